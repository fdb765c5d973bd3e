#include "random.h"

#include <string.h>

#ifdef _WIN32
#include <windows.h>
#include <bcrypt.h>
#else
#include <errno.h>
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>
#endif

bool cf_random_bytes(void *buffer, size_t size)
{
#ifdef _WIN32
    return BCRYPT_SUCCESS(BCryptGenRandom(NULL, buffer, (ULONG)size, BCRYPT_USE_SYSTEM_PREFERRED_RNG));
#else
    unsigned char *out = buffer;

    while (size > 0) {
        ssize_t got = getrandom(out, size, 0);

        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        out += got;
        size -= (size_t)got;
    }
    return true;
#endif
}

bool cf_idempotency_key(char out[CF_IDEMPOTENCY_KEY_SIZE])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char bytes[16];
    size_t o = 0;

    if (!cf_random_bytes(bytes, sizeof(bytes))) {
        return false;
    }
    bytes[6] = (unsigned char)((bytes[6] & 0x0F) | 0x40); /* version 4 */
    bytes[8] = (unsigned char)((bytes[8] & 0x3F) | 0x80); /* RFC 4122 variant */
    for (size_t i = 0; i < sizeof(bytes); i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out[o++] = '-';
        }
        out[o++] = hex[bytes[i] >> 4];
        out[o++] = hex[bytes[i] & 0x0F];
    }
    out[o] = '\0';
    return true;
}

unsigned long cf_random_below(unsigned long bound)
{
    unsigned long value = 0;

    if (bound == 0 || !cf_random_bytes(&value, sizeof(value))) {
        return 0;
    }
    return value % (bound + 1);
}
