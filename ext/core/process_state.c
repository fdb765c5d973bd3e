#include "process_state.h"

#include <curl/curl.h>
#include <stdlib.h>

#ifdef _WIN32
#include <process.h>
#include <windows.h>
#else
#include <pthread.h>
#include <unistd.h>
#endif

/* ---- one lock for the little state shared by every thread ---- */

#ifdef _WIN32
static SRWLOCK shared_lock = SRWLOCK_INIT;

static void lock_shared(void)
{
    AcquireSRWLockExclusive(&shared_lock);
}

static void unlock_shared(void)
{
    ReleaseSRWLockExclusive(&shared_lock);
}

long cf_current_pid(void)
{
    return (long)_getpid();
}
#else
static pthread_mutex_t shared_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t fork_watch = PTHREAD_ONCE_INIT;
static long cached_pid;

static void lock_shared_now(void)
{
    pthread_mutex_lock(&shared_lock);
}

static void unlock_shared_now(void)
{
    pthread_mutex_unlock(&shared_lock);
}

/* The child of a fork runs one thread: the lock is taken around fork() so that it is never copied while
 * another thread holds it, and the child learns its own pid. */
static void child_after_fork(void)
{
    cached_pid = (long)getpid();
    unlock_shared_now();
}

static void watch_forks(void)
{
    cached_pid = (long)getpid();
    pthread_atfork(lock_shared_now, unlock_shared_now, child_after_fork);
}

static void lock_shared(void)
{
    pthread_once(&fork_watch, watch_forks);
    lock_shared_now();
}

static void unlock_shared(void)
{
    unlock_shared_now();
}

/* getpid() is a system call; every request asks. */
long cf_current_pid(void)
{
    pthread_once(&fork_watch, watch_forks);
    return cached_pid;
}
#endif

/* ---- libcurl's global state ---- */

static int curl_users;

bool cf_curl_acquire(void)
{
    bool ok = true;

    lock_shared();
    if (curl_users == 0) {
        ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    }
    if (ok) {
        curl_users++;
    }
    unlock_shared();
    return ok;
}

void cf_curl_release(void)
{
    lock_shared();
    if (curl_users > 0 && --curl_users == 0) {
        curl_global_cleanup();
    }
    unlock_shared();
}

int cf_curl_users(void)
{
    int users;

    lock_shared();
    users = curl_users;
    unlock_shared();
    return users;
}

const char *cf_curl_version(void)
{
    return curl_version_info(CURLVERSION_NOW)->version;
}

const char *cf_tls_version(void)
{
    const char *tls = curl_version_info(CURLVERSION_NOW)->ssl_version;

    return tls ? tls : "none";
}

/* ---- handles inherited through fork() ---- */

typedef struct abandoned_handle {
    void *handle;
    struct abandoned_handle *next;
} abandoned_handle;

static abandoned_handle *abandoned;
static size_t abandoned_count;

void cf_abandon_curl_handle(void *handle)
{
    abandoned_handle *entry;

    if (!handle) {
        return;
    }
    entry = malloc(sizeof(*entry));
    if (!entry) {
        return; /* then it is lost, which is still better than touching it */
    }
    entry->handle = handle;
    lock_shared();
    entry->next = abandoned;
    abandoned = entry;
    abandoned_count++;
    unlock_shared();
}

size_t cf_abandoned_count(void)
{
    size_t count;

    lock_shared();
    count = abandoned_count;
    unlock_shared();
    return count;
}
