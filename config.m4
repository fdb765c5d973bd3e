dnl cashfin: a native client for the Cashfin Customers API.
PHP_ARG_ENABLE([cashfin],
  [whether to enable the cashfin extension],
  [AS_HELP_STRING([--enable-cashfin], [Enable the Cashfin Customers API client])],
  [no])

PHP_ARG_ENABLE([cashfin-developer],
  [whether to build cashfin with -Wall -Wextra -Werror],
  [AS_HELP_STRING([--enable-cashfin-developer], [cashfin: treat every compiler warning as an error])],
  [no],
  [no])

if test "$PHP_CASHFIN" != "no"; then
  PKG_PROG_PKG_CONFIG

  PKG_CHECK_MODULES([CURL], [libcurl >= 7.62.0], [],
    [AC_MSG_ERROR([cashfin needs libcurl 7.62 or later with its headers: on Debian, apt-get install libcurl4-openssl-dev])])
  PHP_EVAL_INCLINE($CURL_CFLAGS)
  PHP_EVAL_LIBLINE($CURL_LIBS, CASHFIN_SHARED_LIBADD)

  PKG_CHECK_MODULES([CJSON], [libcjson >= 1.7.10], [],
    [AC_MSG_ERROR([cashfin needs cJSON 1.7.10 or later with its headers: on Debian, apt-get install libcjson-dev])])
  PHP_EVAL_INCLINE($CJSON_CFLAGS)
  PHP_EVAL_LIBLINE($CJSON_LIBS, CASHFIN_SHARED_LIBADD)

  CASHFIN_CFLAGS="-Wall -Wextra"
  if test "$PHP_CASHFIN_DEVELOPER" != "no"; then
    CASHFIN_CFLAGS="$CASHFIN_CFLAGS -Werror"
  fi

  CASHFIN_SOURCES="ext/cashfin.c \
    ext/customers.c \
    ext/bulk.c \
    ext/pager.c \
    ext/options.c \
    ext/errors.c \
    ext/marshal.c \
    ext/decode.c \
    ext/core/call.c \
    ext/core/customer.c \
    ext/core/envelope.c \
    ext/core/error.c \
    ext/core/headers.c \
    ext/core/json_check.c \
    ext/core/json_lex.c \
    ext/core/http.c \
    ext/core/pool.c \
    ext/core/batch.c \
    ext/core/throttle.c \
    ext/core/random.c \
    ext/core/text.c"

  PHP_NEW_EXTENSION(cashfin, $CASHFIN_SOURCES, $ext_shared,, [$CASHFIN_CFLAGS -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext], 1)
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/core], 1)
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_EXTENSION_DEP(cashfin, spl)
  PHP_SUBST(CASHFIN_SHARED_LIBADD)
fi
