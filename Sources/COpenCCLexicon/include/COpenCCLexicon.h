#ifndef HUIZONG_COPENCC_LEXICON_H
#define HUIZONG_COPENCC_LEXICON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Called once per dictionary entry: the key and its default value (the first of its values, the
/// one OpenCC writes), both UTF-8 and not zero-terminated.
typedef void (*huizong_opencc_entry_fn)(const char *key, size_t key_length,
                                        const char *value, size_t value_length, void *context);

/// Lists every entry of every dictionary the OpenCC configuration `config` (e.g. "t2s.json",
/// found as opencc_open finds it) converts with: its segmentation's dictionary and its
/// conversion's. Returns 0 on success; -1 when the configuration cannot be opened or is not of
/// the shape whose output the caller may reason about (maximum-match segmentation and a single
/// conversion), in which case `entry` may have been called for some entries already.
int huizong_opencc_entries(const char *config, huizong_opencc_entry_fn entry, void *context);

#ifdef __cplusplus
}
#endif

#endif
