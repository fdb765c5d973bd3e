/* SHA-256 (FIPS 180-4), for naming a shared rate-limit budget after a client secret without the
 * name revealing anything of the secret. Not used for anything that needs speed. */
#ifndef CASHFIN_CORE_SHA256_H
#define CASHFIN_CORE_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define CF_SHA256_SIZE 32

typedef struct cf_sha256 {
    uint32_t state[8];
    uint64_t length; /* bytes hashed so far */
    unsigned char block[64];
    size_t used; /* bytes waiting in block */
} cf_sha256;

void cf_sha256_init(cf_sha256 *sha);
void cf_sha256_update(cf_sha256 *sha, const void *data, size_t len);
/* Writes the digest and wipes the context, which may have held secret bytes. */
void cf_sha256_final(cf_sha256 *sha, unsigned char digest[CF_SHA256_SIZE]);

#endif
