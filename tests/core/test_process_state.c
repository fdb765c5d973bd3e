#include "check.h"
#include "core/pool.h"

#include <pthread.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

TEST(a_pool_keeps_libcurl_initialised_after_the_module_lets_go)
{
    int before = cf_curl_users();
    cf_pool *pool;

    /* The order under ZTS: MINIT, a request thread's pool, MSHUTDOWN, then that thread's GSHUTDOWN. */
    CHECK(cf_curl_acquire());
    pool = cf_pool_new();
    CHECK(pool != NULL);
    cf_pool_give(pool, "k", cf_http_new(NULL));
    cf_curl_release();
    CHECK(cf_curl_users() > before); /* the pool still holds it: its handle and connections close with libcurl up */
    cf_pool_free(pool);
    CHECK(cf_curl_users() == before);
}

#define THREADS 8
#define HANDLES_PER_THREAD 5000

static void *abandon_many(void *first)
{
    /* Never dereferenced: abandoned handles are only kept. */
    for (uintptr_t i = 0; i < HANDLES_PER_THREAD; i++) {
        cf_abandon_curl_handle((void *)((uintptr_t)first + i));
    }
    return NULL;
}

TEST(handles_abandoned_from_many_threads_are_all_kept)
{
    size_t before = cf_abandoned_count();
    pthread_t threads[THREADS];

    for (uintptr_t t = 0; t < THREADS; t++) {
        CHECK(pthread_create(&threads[t], NULL, abandon_many, (void *)(1 + t * HANDLES_PER_THREAD)) == 0);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
    }
    CHECK(cf_abandoned_count() == before + THREADS * HANDLES_PER_THREAD);
}

TEST(a_forked_child_lets_go_of_inherited_handles_once_without_closing_them)
{
    cf_http *own = cf_http_new(NULL);
    cf_pool *pool = cf_pool_new();
    pid_t child;
    int status = 0;

    cf_pool_give(pool, "k", cf_http_new(NULL));
    CHECK(!cf_http_inherited(own));
    child = fork();
    if (child == 0) {
        size_t before = cf_abandoned_count();
        bool inherited = cf_http_inherited(own);

        /* Both paths a child takes: an object's handle, and the pool at shutdown (its idle handle, then its
         * shared connections). A double free aborts. */
        cf_http_release(own);
        cf_pool_free(pool);
        _exit(inherited && cf_abandoned_count() == before + 3 ? 0 : 1);
    }
    CHECK(child > 0);
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(cf_pool_idle(pool) == 1);
    cf_http_release(own);
    cf_pool_free(pool);
}
