/* The lexer's string cases with runs scanned byte by byte (the portable way). */
#define CF_JSON_NO_SSE2
#define CF_JSON_NO_WORDS
#define LEX_VARIANT bytes
#include "json_lex_cases.h"
