/* The decoder comparison: one JSON file (a canned page) decoded into PHP arrays by each candidate, in a
 * process embedding PHP (libphp, the embed SAPI), so that every candidate builds the same zvals with
 * the same allocator:
 *
 *   decoders FILE ROUNDS N            time: ROUNDS rounds of N decodes each per candidate, interleaved
 *   decoders FILE 1 N CANDIDATE       only CANDIDATE, N times (for callgrind: --toggle-collect=measured_CANDIDATE)
 *
 * Candidates: json (php_json_parser, what json_decode($json, true) runs), cashfin (the extension's
 * decoder, ext/decode.c), simdjson (simdjson's DOM parser then its tape into zvals, simdjson.cpp; it
 * copies the JSON into a padded buffer first) and simdjson_padded (the JSON already followed by
 * simdjson's padding). Every candidate's value is first checked to be identical to json's, or the run
 * stops. Prints one JSON line: per candidate the median over the rounds of the per-round median µs,
 * and the smallest and largest round median. */
#include "cashfin_private.h"
#include "ext/json/php_json_parser.h"
#include "sapi/embed/php_embed.h"

#include <time.h>

void bench_simdjson_startup(void);
bool bench_simdjson_decode(const char *json, size_t len, bool padded, zval *out);
size_t bench_simdjson_padding(void);

#define MAX_ROUNDS 64
#define MAX_N 100000

static bool php_parser(const char *json, size_t len, zval *out)
{
    php_json_parser parser;

    php_json_parser_init(&parser, out, json, len, PHP_JSON_OBJECT_AS_ARRAY, 512);
    return php_json_parse(&parser) == SUCCESS;
}

/* One function per candidate, never inlined, so that callgrind can count exactly the decodes. */
__attribute__((noinline)) bool measured_json(const char *json, size_t len, zval *out)
{
    return php_parser(json, len, out);
}

__attribute__((noinline)) bool measured_cashfin(const char *json, size_t len, zval *out)
{
    return cashfin_decode_fast(json, len, out);
}

__attribute__((noinline)) bool measured_simdjson(const char *json, size_t len, zval *out)
{
    return bench_simdjson_decode(json, len, false, out);
}

__attribute__((noinline)) bool measured_simdjson_padded(const char *json, size_t len, zval *out)
{
    return bench_simdjson_decode(json, len, true, out);
}

static const struct candidate {
    const char *name;
    bool (*decode)(const char *json, size_t len, zval *out);
} candidates[] = {
    {"json", measured_json},
    {"cashfin", measured_cashfin},
    {"simdjson", measured_simdjson},
    {"simdjson_padded", measured_simdjson_padded},
};
#define CANDIDATES (sizeof(candidates) / sizeof(candidates[0]))

static double now_ns(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *file = fopen(path, "rb");
    long size;
    char *text;

    if (!file || fseek(file, 0, SEEK_END) != 0 || (size = ftell(file)) < 0 || fseek(file, 0, SEEK_SET) != 0) {
        fprintf(stderr, "decoders: cannot read %s\n", path);
        exit(1);
    }
    /* Zeros after the JSON: a NUL for PHP's parser, simdjson's padding for simdjson_padded. */
    text = calloc((size_t)size + bench_simdjson_padding() + 1, 1);
    if (!text || fread(text, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "decoders: cannot read %s\n", path);
        exit(1);
    }
    fclose(file);
    *len = (size_t)size;
    return text;
}

/* Each candidate's value must be json_decode's, or its speed means nothing. */
static void check_candidates(const char *json, size_t len)
{
    zval expected;

    if (!php_parser(json, len, &expected)) {
        fprintf(stderr, "decoders: the file is not JSON json_decode accepts\n");
        exit(2);
    }
    for (size_t i = 0; i < CANDIDATES; i++) {
        zval value;
        bool same = (i == 0 ? php_parser(json, len, &value)
                            : i == 1 ? cashfin_decode_fast(json, len, &value)
                                     : bench_simdjson_decode(json, len, i == 3, &value)) &&
                    zend_is_identical(&value, &expected);

        if (!same) {
            fprintf(stderr, "decoders: %s does not give json_decode's value\n", candidates[i].name);
            exit(2);
        }
        zval_ptr_dtor(&value);
    }
    zval_ptr_dtor(&expected);
}

int main(int argc, char **argv)
{
    static double medians[CANDIDATES][MAX_ROUNDS], times[MAX_N];
    const char *only = argc > 4 ? argv[4] : NULL;
    int rounds = argc > 2 ? atoi(argv[2]) : 0, n = argc > 3 ? atoi(argv[3]) : 0;
    size_t len;
    char *json;

    if (argc < 4 || rounds < 1 || rounds > MAX_ROUNDS || n < 1 || n > MAX_N) {
        fprintf(stderr, "usage: decoders FILE ROUNDS(1..%d) N(1..%d) [CANDIDATE]\n", MAX_ROUNDS, MAX_N);
        return 1;
    }
    json = read_file(argv[1], &len);
    php_embed_module.php_ini_ignore = 1; /* no php.ini, no conf.d extensions */
    if (php_embed_init(0, NULL) != SUCCESS) {
        fprintf(stderr, "decoders: PHP's embed SAPI did not start\n");
        return 1;
    }
    cashfin_decode_startup();
    bench_simdjson_startup();
    check_candidates(json, len);

    for (int round = 0; round < rounds; round++) {
        for (size_t k = 0; k < CANDIDATES; k++) {
            const struct candidate *c = &candidates[(k + (size_t)round) % CANDIDATES];

            if (only && strcmp(only, c->name) != 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                zval value;
                double start = now_ns();

                c->decode(json, len, &value);
                times[i] = now_ns() - start;
                zval_ptr_dtor(&value);
            }
            qsort(times, (size_t)n, sizeof(double), by_value);
            medians[c - candidates][round] = times[n / 2] / 1000;
        }
    }
    printf("{\"bytes\":%zu,\"rounds\":%d,\"n\":%d", len, rounds, n);
    for (size_t k = 0; k < CANDIDATES; k++) {
        double *m = medians[k];

        if (only && strcmp(only, candidates[k].name) != 0) {
            continue;
        }
        qsort(m, (size_t)rounds, sizeof(double), by_value);
        printf(",\"%s\":{\"median_us\":%.2f,\"min_us\":%.2f,\"max_us\":%.2f}", candidates[k].name, m[rounds / 2], m[0],
               m[rounds - 1]);
    }
    printf("}\n");
    free(json);
    php_embed_shutdown();
    return 0;
}
