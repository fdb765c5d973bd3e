/* Environment variables as PHP's own getenv() reads them: the SAPI's environment of the request first
 * (nginx fastcgi_param and FPM's request variables, Apache SetEnv), then the process's environment
 * (FPM's env[...], a shell's export, putenv()). Under PHP-FPM the variables an application is deployed
 * with usually live in the first, which the C library's getenv() never sees. */
#include "cashfin_private.h"

#include "SAPI.h"
#include "core/text.h"

zend_string *cashfin_getenv(const char *name)
{
    size_t name_len = strlen(name);
    char *from_sapi = sapi_getenv(name, name_len);
    const char *from_process;
    zend_string *value = NULL;

    if (from_sapi) {
        size_t len = strlen(from_sapi);

        value = zend_string_init(from_sapi, len, 0);
        cf_wipe(from_sapi, len); /* the value may be the client secret */
        efree(from_sapi);
        return value;
    }
    /* Another thread's putenv() may replace the variable while it is copied. */
    tsrm_env_lock();
    from_process = getenv(name);
    if (from_process) {
        value = zend_string_init(from_process, strlen(from_process), 0);
    }
    tsrm_env_unlock();
    return value;
}

void cashfin_getenv_free(zend_string *value)
{
    if (value) {
        cf_wipe(ZSTR_VAL(value), ZSTR_LEN(value));
        zend_string_efree(value);
    }
}
