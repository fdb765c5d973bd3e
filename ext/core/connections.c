#include "connections.h"
#include "process_state.h"

#include <curl/curl.h>
#include <stdlib.h>

struct cf_connections {
    CURLSH *share;
    long pid; /* the process that made `share`: only it may use or close the share's connections */
    unsigned holders;
};

/* Connections and TLS sessions (a new connection to a host resumes the session of an earlier one). */
static CURLSH *new_share(void)
{
    CURLSH *share = curl_share_init();

    if (share && (curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT) != CURLSHE_OK ||
                  curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) != CURLSHE_OK)) {
        curl_share_cleanup(share);
        share = NULL;
    }
    return share;
}

cf_connections *cf_connections_new(void)
{
    cf_connections *connections;

    /* Held for the share's own sake: it may close its connections after the module let go of libcurl. */
    if (!cf_curl_acquire()) {
        return NULL;
    }
    connections = calloc(1, sizeof(*connections));
    if (connections) {
        connections->share = new_share();
        connections->pid = cf_current_pid();
        connections->holders = 1;
    }
    if (!connections || !connections->share) {
        free(connections);
        cf_curl_release();
        return NULL;
    }
    return connections;
}

cf_connections *cf_connections_hold(cf_connections *connections)
{
    if (connections) {
        connections->holders++;
    }
    return connections;
}

void cf_connections_let_go(cf_connections *connections)
{
    if (!connections || --connections->holders > 0) {
        return;
    }
    if (connections->pid != cf_current_pid()) {
        cf_abandon_curl_handle(connections->share);
    } else if (connections->share) {
        curl_share_cleanup(connections->share);
    }
    free(connections);
    cf_curl_release();
}

void *cf_connections_share(cf_connections *connections)
{
    if (!connections) {
        return NULL;
    }
    if (connections->pid != cf_current_pid()) {
        /* A forked child: the parent's connections stay as they are, for the parent. */
        cf_abandon_curl_handle(connections->share);
        connections->share = new_share();
        connections->pid = cf_current_pid();
    }
    return connections->share;
}
