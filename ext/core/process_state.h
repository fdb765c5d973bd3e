/* What the core keeps per process: libcurl's global state (initialised while anything uses it), the
 * process id (renewed in a forked child), and the libcurl handles a forked child inherited and must
 * never clean up. Safe to call from any thread (ZTS runs requests on many). */
#ifndef CASHFIN_CORE_PROCESS_STATE_H
#define CASHFIN_CORE_PROCESS_STATE_H

#include <stdbool.h>
#include <stddef.h>

/* libcurl's global init, counted: the first user initialises it, the last one's release cleans it up.
 * The module holds it from MINIT to MSHUTDOWN and every connection pool for its own lifetime, so a pool
 * that a thread frees after MSHUTDOWN (ZTS frees every thread's globals after it) still closes its
 * connections with libcurl and its TLS library initialised. False when libcurl could not start. */
bool cf_curl_acquire(void);
void cf_curl_release(void);
int cf_curl_users(void); /* for tests */

const char *cf_curl_version(void); /* "7.88.1" */
const char *cf_tls_version(void);  /* "OpenSSL/3.0.11", or "none" */

long cf_current_pid(void); /* cheap: kept, and renewed after fork() */

/* Keeps a libcurl easy or multi handle that belongs to the parent of a fork from ever being cleaned up
 * (that would write a TLS close_notify on the parent's connection, or close its sockets' state). It stays
 * reachable here, a few bytes per handle. */
void cf_abandon_curl_handle(void *handle);
size_t cf_abandoned_count(void); /* for tests */

#endif
