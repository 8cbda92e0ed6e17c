// libFuzzer's driver, called from a Swift `main` when the fuzz targets are built with
// -sanitize=fuzzer -DFUZZING. SwiftPM renames an executable's `main` (to link it into tests), so
// libFuzzer's own `main` cannot be used; the Swift entry point hands over to the driver instead.
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
