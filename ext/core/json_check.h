/* A strict JSON check: true exactly when PHP's json_decode() would accept the text (RFC 8259 grammar,
 * valid UTF-8, paired \u surrogates, whitespace limited to space, tab, CR and LF, no BOM) at the depth
 * given (json_decode's $depth: at most max_depth - 1 arrays and objects open at once). cJSON is lenient
 * on several of these; answers are held to json_decode's rules so that an error answer reads the same
 * whichever parser reads it. Builds nothing. */
#ifndef CASHFIN_CORE_JSON_CHECK_H
#define CASHFIN_CORE_JSON_CHECK_H

#include "json_lex.h"

#include <stdbool.h>
#include <stddef.h>

bool cf_json_valid(const char *text, size_t len, int max_depth);

#endif
