// Declarations only (include/CLibFuzzer.h); the definition comes from libFuzzer at link time.
#include "CLibFuzzer.h"
