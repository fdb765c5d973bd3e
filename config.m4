dnl cashfin: a native client for the Cashfin Customers API.
PHP_ARG_ENABLE([cashfin],
  [whether to enable the cashfin extension],
  [AS_HELP_STRING([--enable-cashfin], [Enable the Cashfin Customers API client])],
  [no])

dnl The Redis rate-limit store is optional: it is built when pkg-config finds hiredis (Debian's
dnl libhiredis-dev), so that a machine without it still builds the extension; a redis:// or unix://
dnl rate_limit_store then is a ValueError that says the build has no Redis support.
dnl --with-cashfin-hiredis makes hiredis required, --without-cashfin-hiredis leaves it out.
PHP_ARG_WITH([cashfin-hiredis],
  [whether cashfin shares rate limits through Redis (hiredis)],
  [AS_HELP_STRING([--without-cashfin-hiredis], [cashfin: build without the Redis rate-limit store (default: with it when pkg-config finds hiredis)])],
  [auto],
  [no])

dnl rediss:// (Redis over TLS) is built when the hiredis found has its TLS library too (hiredis_ssl,
dnl hiredis 1.0 and later: Debian 13's libhiredis-dev, not Debian 12's 0.14), with OpenSSL's headers
dnl (libssl-dev, which php-dev brings): the extension makes each connection's SSL object itself, so that
dnl OpenSSL checks the server's name (ext/core/redis_tls.h). Without them a rediss:// rate_limit_store is
dnl a ValueError that says so. --without-cashfin-hiredis-ssl leaves TLS out.
PHP_ARG_WITH([cashfin-hiredis-ssl],
  [whether cashfin reaches Redis over TLS (hiredis_ssl)],
  [AS_HELP_STRING([--without-cashfin-hiredis-ssl], [cashfin: build the Redis rate-limit store without rediss:// (default: with it when pkg-config finds hiredis_ssl and openssl)])],
  [auto],
  [no])

PHP_ARG_ENABLE([cashfin-developer],
  [whether to build cashfin with -Wall -Wextra -Werror],
  [AS_HELP_STRING([--enable-cashfin-developer], [cashfin: treat every compiler warning as an error])],
  [no],
  [no])

dnl Links hiredis_ssl and OpenSSL and defines CASHFIN_HAVE_HIREDIS_SSL when pkg-config finds both and
dnl what the TLS code calls links; else warns (or, with --with-cashfin-hiredis-ssl, stops).
AC_DEFUN([CASHFIN_CHECK_HIREDIS_SSL], [
  PKG_CHECK_MODULES([HIREDIS_SSL], [hiredis_ssl >= 1.0.0 openssl >= 1.1.1], [cashfin_hiredis_ssl=yes], [cashfin_hiredis_ssl=no])
  if test "$cashfin_hiredis_ssl" = "yes"; then
    AC_MSG_CHECKING([whether hiredis_ssl and OpenSSL link with what cashfin uses])
    cashfin_saved_CFLAGS=$CFLAGS
    cashfin_saved_LIBS=$LIBS
    CFLAGS="$CFLAGS $HIREDIS_CFLAGS $HIREDIS_SSL_CFLAGS"
    LIBS="$LIBS $HIREDIS_SSL_LIBS $HIREDIS_LIBS"
    AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <hiredis/hiredis.h>
#include <hiredis/hiredis_ssl.h>
#include <openssl/ssl.h>]], [[
      SSL *ssl = SSL_new(SSL_CTX_new(TLS_client_method()));
      redisInitOpenSSL();
      SSL_set1_host(ssl, "localhost");
      redisInitiateSSL(redisConnect("localhost", 6379), ssl);
    ]])], [cashfin_hiredis_ssl=yes], [cashfin_hiredis_ssl=no])
    AC_MSG_RESULT([$cashfin_hiredis_ssl])
    CFLAGS=$cashfin_saved_CFLAGS
    LIBS=$cashfin_saved_LIBS
  fi
  if test "$cashfin_hiredis_ssl" = "yes"; then
    PHP_EVAL_INCLINE($HIREDIS_SSL_CFLAGS)
    PHP_EVAL_LIBLINE($HIREDIS_SSL_LIBS, CASHFIN_SHARED_LIBADD)
    CASHFIN_CFLAGS="$CASHFIN_CFLAGS -DCASHFIN_HAVE_HIREDIS_SSL"
  elif test "$PHP_CASHFIN_HIREDIS_SSL" != "auto"; then
    AC_MSG_ERROR([cashfin: hiredis_ssl (hiredis 1.0 or later) or OpenSSL 1.1.1 or later was not found: see config.log])
  else
    AC_MSG_WARN([cashfin: hiredis has no TLS (hiredis_ssl) here, so rediss:// is left out (hiredis 1.0 or later has it)])
  fi
])

if test "$PHP_CASHFIN" != "no"; then
  dnl The oldest versions that have everything the code uses: PHP 8.2 (#[\SensitiveParameter]),
  dnl libcurl 7.85 (CURLOPT_PROTOCOLS_STR; curl_multi_poll is 7.66, the URL API 7.62) and
  dnl cJSON 1.7.13 (cJSON_ParseWithLength).
  AC_MSG_CHECKING([for PHP 8.2 or later])
  cashfin_php_vernum=`${PHP_CONFIG:-php-config} --vernum 2>/dev/null`
  if test -n "$cashfin_php_vernum" && test "$cashfin_php_vernum" -lt 80200; then
    AC_MSG_ERROR([cashfin needs PHP 8.2 or later, this is PHP_VERSION_ID $cashfin_php_vernum])
  fi
  AC_MSG_RESULT([${cashfin_php_vernum:-not known here, the compiler checks it}])

  PKG_PROG_PKG_CONFIG

  PKG_CHECK_MODULES([CURL], [libcurl >= 7.85.0], [],
    [AC_MSG_ERROR([cashfin needs libcurl 7.85 or later with its headers: on Debian, apt-get install libcurl4-openssl-dev])])
  PHP_EVAL_INCLINE($CURL_CFLAGS)
  PHP_EVAL_LIBLINE($CURL_LIBS, CASHFIN_SHARED_LIBADD)

  PKG_CHECK_MODULES([CJSON], [libcjson >= 1.7.13], [],
    [AC_MSG_ERROR([cashfin needs cJSON 1.7.13 or later with its headers: on Debian, apt-get install libcjson-dev])])
  PHP_EVAL_INCLINE($CJSON_CFLAGS)
  PHP_EVAL_LIBLINE($CJSON_LIBS, CASHFIN_SHARED_LIBADD)

  dnl The versions pkg-config names are those of its .pc files: the headers and libraries found
  dnl must have the newest functions and options the code uses too.
  AC_MSG_CHECKING([whether libcurl and cJSON link with what cashfin uses])
  cashfin_saved_CFLAGS=$CFLAGS
  cashfin_saved_LIBS=$LIBS
  CFLAGS="$CFLAGS $CURL_CFLAGS $CJSON_CFLAGS"
  LIBS="$LIBS $CURL_LIBS $CJSON_LIBS"
  AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <curl/curl.h>
#include <cjson/cJSON.h>]], [[
    CURL *easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_multi_poll(NULL, NULL, 0, 0, NULL);
    cJSON_Delete(cJSON_ParseWithLength("{}", 2));
  ]])], [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no])
     AC_MSG_ERROR([the libcurl or cJSON headers found are older than libcurl 7.85 or cJSON 1.7.13; see config.log])])
  CFLAGS=$cashfin_saved_CFLAGS
  LIBS=$cashfin_saved_LIBS

  CASHFIN_CFLAGS="-Wall -Wextra"

  dnl The host-wide rate-limit budget: POSIX shared memory (in libc since glibc 2.34, in librt before).
  AC_CHECK_FUNC([shm_open], [],
    [PHP_CHECK_LIBRARY([rt], [shm_open], [PHP_ADD_LIBRARY([rt], [], [CASHFIN_SHARED_LIBADD])])])

  if test "$PHP_CASHFIN_HIREDIS" != "no"; then
    PKG_CHECK_MODULES([HIREDIS], [hiredis >= 0.14], [cashfin_hiredis=yes], [cashfin_hiredis=no])
    if test "$cashfin_hiredis" = "yes"; then
      PHP_EVAL_INCLINE($HIREDIS_CFLAGS)
      PHP_EVAL_LIBLINE($HIREDIS_LIBS, CASHFIN_SHARED_LIBADD)
      dnl pthread_sigmask keeps SIGPIPE away while hiredis writes (in libc since glibc 2.32).
      AC_CHECK_FUNC([pthread_sigmask], [],
        [PHP_CHECK_LIBRARY([pthread], [pthread_sigmask], [PHP_ADD_LIBRARY([pthread], [], [CASHFIN_SHARED_LIBADD])])])
      CASHFIN_CFLAGS="$CASHFIN_CFLAGS -DCASHFIN_HAVE_HIREDIS"
      if test "$PHP_CASHFIN_HIREDIS_SSL" != "no"; then
        CASHFIN_CHECK_HIREDIS_SSL
      fi
    elif test "$PHP_CASHFIN_HIREDIS" != "auto"; then
      AC_MSG_ERROR([cashfin: hiredis 0.14 or later was not found: on Debian, apt-get install libhiredis-dev])
    else
      AC_MSG_WARN([cashfin: hiredis not found, so the Redis rate-limit store is left out (on Debian, apt-get install libhiredis-dev)])
    fi
  fi
  if test "$PHP_CASHFIN_DEVELOPER" != "no"; then
    CASHFIN_CFLAGS="$CASHFIN_CFLAGS -Werror"
  fi

  dnl Only the module entry (get_module) is exported: the core's cf_* functions stay inside the .so.
  AC_CACHE_CHECK([whether $CC accepts -fvisibility=hidden], [cashfin_cv_visibility_hidden], [
    cashfin_saved_cflags=$CFLAGS
    CFLAGS="$CFLAGS -fvisibility=hidden -Werror"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])], [cashfin_cv_visibility_hidden=yes], [cashfin_cv_visibility_hidden=no])
    CFLAGS=$cashfin_saved_cflags
  ])
  if test "$cashfin_cv_visibility_hidden" = "yes"; then
    CASHFIN_CFLAGS="$CASHFIN_CFLAGS -fvisibility=hidden"
  fi

  CASHFIN_SOURCES="ext/cashfin.c \
    ext/customers.c \
    ext/bulk.c \
    ext/pager.c \
    ext/options.c \
    ext/environment.c \
    ext/observer.c \
    ext/logger.c \
    ext/errors.c \
    ext/exception_ctor.c \
    ext/find.c \
    ext/marshal.c \
    ext/decode.c \
    ext/core/call.c \
    ext/core/endpoint.c \
    ext/core/process_state.c \
    ext/core/retry.c \
    ext/core/wait.c \
    ext/core/customer.c \
    ext/core/envelope.c \
    ext/core/error.c \
    ext/core/headers.c \
    ext/core/json_check.c \
    ext/core/json_lex.c \
    ext/core/http.c \
    ext/core/pool.c \
    ext/core/connections.c \
    ext/core/batch.c \
    ext/core/throttle.c \
    ext/core/limiter.c \
    ext/core/random.c \
    ext/core/text.c \
    ext/core/sha256.c \
    ext/core/budget.c \
    ext/core/budget_host.c \
    ext/core/redis_url.c \
    ext/core/redis_tls.c \
    ext/core/budget_redis.c"

  PHP_NEW_EXTENSION(cashfin, $CASHFIN_SOURCES, $ext_shared,, [$CASHFIN_CFLAGS -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext], 1)
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/core], 1)
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_EXTENSION_DEP(cashfin, spl)
  PHP_SUBST(CASHFIN_SHARED_LIBADD)
fi
