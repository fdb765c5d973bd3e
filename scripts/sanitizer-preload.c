/*
 * Preloaded, ahead of the AddressSanitizer runtime, into Debian's php by scripts/test-sanitizers.sh,
 * which runs the phpt suite against a cashfin.so built with -fsanitize=address,undefined.
 *
 * 1. Debian's php is not built with sanitizers, so it loads extensions with
 *    dlopen(RTLD_DEEPBIND) (Zend/zend_portability.h leaves the flag out only when PHP itself is
 *    compiled with ASan). The ASan runtime refuses that flag and kills the process
 *    (https://github.com/google/sanitizers/issues/611). dlopen() is taken over here and passed on
 *    without RTLD_DEEPBIND; the extension's symbols do not clash with PHP's, so nothing else changes.
 *
 * 2. Only the test process is meant to run with the runtime. Its environment is inherited by
 *    everything a test starts (the sandbox's php -S, nginx, openssl, curl), and those are not what
 *    is tested and misbehave with an ASan runtime they were not built for. So LD_PRELOAD is taken
 *    out of this process's environment as soon as it starts; a child that must load the
 *    instrumented extension (php-fpm) is started through a wrapper that preloads again.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

__attribute__((constructor)) static void cashfin_preload_unset(void)
{
    unsetenv("LD_PRELOAD");
}

void *dlopen(const char *file, int mode)
{
    static void *(*next_dlopen)(const char *, int);

    if (next_dlopen == NULL) {
        next_dlopen = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
        if (next_dlopen == NULL) {
            return NULL;
        }
    }
    return next_dlopen(file, mode & ~RTLD_DEEPBIND);
}
