/* The lexer's string cases with runs scanned 8 bytes at a time (no SSE2). */
#define CF_JSON_NO_SSE2
#define LEX_VARIANT words
#include "json_lex_cases.h"
