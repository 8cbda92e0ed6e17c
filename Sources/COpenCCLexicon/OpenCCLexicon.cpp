// The dictionaries of an OpenCC configuration, read by OpenCC itself (its C API converts text but
// does not expose them). HuizongText uses the entries to tell which characters OpenCC may change,
// so that only the spans of a text holding one of them are sent to OpenCC (ScriptConverter).
#include "COpenCCLexicon.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MaxMatchSegmentation.hpp>

namespace {
void listEntries(const opencc::DictPtr &dict, huizong_opencc_entry_fn entry, void *context) {
  // A DictGroup's lexicon is the union of its members' entries.
  const opencc::LexiconPtr lexicon = dict->GetLexicon();
  for (size_t i = 0; i < lexicon->Length(); i++) {
    const opencc::DictEntry *e = lexicon->At(i);
    const std::string key = e->Key();
    const std::string value = e->GetDefault();
    entry(key.data(), key.size(), value.data(), value.size(), context);
  }
}
} // namespace

extern "C" int huizong_opencc_entries(const char *config, huizong_opencc_entry_fn entry, void *context) {
  try {
    opencc::Config reader;
    const opencc::ConverterPtr converter = reader.NewFromFile(config);
    const auto segmentation =
        std::dynamic_pointer_cast<opencc::MaxMatchSegmentation>(converter->GetSegmentation());
    const std::list<opencc::ConversionPtr> conversions = converter->GetConversionChain()->GetConversions();
    if (!segmentation || conversions.size() != 1) return -1;
    listEntries(segmentation->GetDict(), entry, context);
    listEntries(conversions.front()->GetDict(), entry, context);
    return 0;
  } catch (...) {
    // OpenCC reports a missing or malformed configuration by throwing.
    return -1;
  }
}
