/* Unpredictable bytes from the operating system: idempotency keys must not collide across workers,
 * and backoff jitter must not synchronise them. */
#ifndef CASHFIN_CORE_RANDOM_H
#define CASHFIN_CORE_RANDOM_H

#include <stdbool.h>
#include <stddef.h>

#define CF_IDEMPOTENCY_KEY_SIZE 37 /* a UUID v4 and its NUL */

bool cf_random_bytes(void *buffer, size_t size);

/* A random UUID v4, the form payment APIs expect in Idempotency-Key. */
bool cf_idempotency_key(char out[CF_IDEMPOTENCY_KEY_SIZE]);

/* Uniform in [0, bound]; bound 0 gives 0. */
unsigned long cf_random_below(unsigned long bound);

#endif
