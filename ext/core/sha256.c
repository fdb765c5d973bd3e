#include "sha256.h"
#include "text.h"

#include <string.h>

static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotate_right(uint32_t x, unsigned n)
{
    return (x >> n) | (x << (32 - n));
}

static uint32_t load_big_endian(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static void compress(uint32_t state[8], const unsigned char block[64])
{
    uint32_t w[64], v[8];

    for (int i = 0; i < 16; i++) {
        w[i] = load_big_endian(block + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotate_right(w[i - 15], 7) ^ rotate_right(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotate_right(w[i - 2], 17) ^ rotate_right(w[i - 2], 19) ^ (w[i - 2] >> 10);

        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, state, sizeof(v));
    for (int i = 0; i < 64; i++) {
        /* v[0..7] are a..h of the standard */
        uint32_t sum1 = rotate_right(v[4], 6) ^ rotate_right(v[4], 11) ^ rotate_right(v[4], 25);
        uint32_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + sum1 + choose + round_constants[i] + w[i];
        uint32_t sum0 = rotate_right(v[0], 2) ^ rotate_right(v[0], 13) ^ rotate_right(v[0], 22);
        uint32_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);

        memmove(v + 1, v, 7 * sizeof(v[0]));
        v[4] += t1;
        v[0] = t1 + sum0 + majority;
    }
    for (int i = 0; i < 8; i++) {
        state[i] += v[i];
    }
    cf_wipe(w, sizeof(w));
    cf_wipe(v, sizeof(v));
}

void cf_sha256_init(cf_sha256 *sha)
{
    static const uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

    memcpy(sha->state, initial, sizeof(initial));
    sha->length = 0;
    sha->used = 0;
}

void cf_sha256_update(cf_sha256 *sha, const void *data, size_t len)
{
    const unsigned char *in = data;

    sha->length += len;
    while (len > 0) {
        size_t take = sizeof(sha->block) - sha->used;

        if (take > len) {
            take = len;
        }
        memcpy(sha->block + sha->used, in, take);
        sha->used += take;
        in += take;
        len -= take;
        if (sha->used == sizeof(sha->block)) {
            compress(sha->state, sha->block);
            sha->used = 0;
        }
    }
}

void cf_sha256_final(cf_sha256 *sha, unsigned char digest[CF_SHA256_SIZE])
{
    uint64_t bits = sha->length * 8;
    unsigned char length_bytes[8];

    for (int i = 0; i < 8; i++) {
        length_bytes[i] = (unsigned char)(bits >> (56 - 8 * i));
    }
    /* 0x80, then zeros up to 8 bytes short of a block, then the length in bits */
    cf_sha256_update(sha, "\x80", 1);
    while (sha->used != sizeof(sha->block) - 8) {
        cf_sha256_update(sha, "", 1);
    }
    cf_sha256_update(sha, length_bytes, 8);
    for (int i = 0; i < 8; i++) {
        digest[4 * i] = (unsigned char)(sha->state[i] >> 24);
        digest[4 * i + 1] = (unsigned char)(sha->state[i] >> 16);
        digest[4 * i + 2] = (unsigned char)(sha->state[i] >> 8);
        digest[4 * i + 3] = (unsigned char)sha->state[i];
    }
    cf_wipe(sha, sizeof(*sha));
}
