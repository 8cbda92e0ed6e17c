#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, which clash
// with the copy of ICU that Swift's Foundation bundles. Huizong never touches the ICU converter
// fields (they sit at the end of xmlCharEncodingHandler, only ever used through pointers), so the
// headers are read as if ICU were off.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
