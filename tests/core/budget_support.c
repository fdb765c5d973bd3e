#include "budget_support.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/random.h"

void sleep_until_us(uint64_t when)
{
    struct timespec at = {(time_t)(when / CF_BUDGET_SECOND_US), (long)(when % CF_BUDGET_SECOND_US) * 1000};

    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, NULL) == EINTR) {
    }
}

uint64_t wait_from_now(uint64_t start)
{
    uint64_t now = cf_budget_now_us();

    return start > now ? start - now : 0;
}

static size_t record_size(uint64_t capacity)
{
    return sizeof(start_record) + capacity * sizeof(uint64_t);
}

start_record *start_record_new(uint64_t capacity)
{
    start_record *record = mmap(NULL, record_size(capacity), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);

    if (record == MAP_FAILED) {
        abort();
    }
    record->capacity = capacity;
    return record;
}

void start_record_add(start_record *record, uint64_t start)
{
    uint64_t slot = __atomic_fetch_add(&record->count, 1, __ATOMIC_ACQ_REL);

    if (slot < record->capacity) {
        record->starts[slot] = start;
    }
}

void start_record_free(start_record *record)
{
    munmap(record, record_size(record->capacity));
}

static int compare_starts(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

    return x < y ? -1 : x > y;
}

static uint64_t kept(const start_record *record)
{
    return record->count < record->capacity ? record->count : record->capacity;
}

uint64_t start_record_smallest_gap(start_record *record)
{
    uint64_t smallest = UINT64_MAX;

    qsort(record->starts, kept(record), sizeof(uint64_t), compare_starts);
    for (uint64_t i = 1; i < kept(record); i++) {
        if (record->starts[i] - record->starts[i - 1] < smallest) {
            smallest = record->starts[i] - record->starts[i - 1];
        }
    }
    return smallest;
}

uint64_t start_record_count_in(const start_record *record, uint64_t from, uint64_t length)
{
    uint64_t inside = 0;

    for (uint64_t i = 0; i < kept(record); i++) {
        inside += record->starts[i] >= from && record->starts[i] - from < length;
    }
    return inside;
}

void fresh_budget_key(char key[CF_BUDGET_KEY_SIZE])
{
    char secret[CF_IDEMPOTENCY_KEY_SIZE];

    cf_idempotency_key(secret);
    cf_budget_key("http://127.0.0.1", secret, strlen(secret), key);
}

void fork_workers(int count, pid_t *pids, int (*body)(int index, void *argument), void *argument)
{
    fflush(NULL);
    for (int i = 0; i < count; i++) {
        pids[i] = fork();
        if (pids[i] == 0) {
            _exit(body(i, argument));
        }
    }
}

bool join_workers(int count, const pid_t *pids)
{
    bool all_passed = true;

    for (int i = 0; i < count; i++) {
        int status = 0;

        if (pids[i] <= 0 || waitpid(pids[i], &status, 0) != pids[i] || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            all_passed = false;
        }
    }
    return all_passed;
}

/* A port the kernel just handed out and that is free again; the server may still lose a race for
 * it, which redis_server_start answers by trying again. */
static int free_loopback_port(void)
{
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t length = sizeof(address);
    int fd = socket(AF_INET, SOCK_STREAM, 0), port = -1;

    if (fd >= 0 && bind(fd, (struct sockaddr *)&address, sizeof(address)) == 0 &&
        getsockname(fd, (struct sockaddr *)&address, &length) == 0) {
        port = ntohs(address.sin_port);
    }
    if (fd >= 0) {
        close(fd);
    }
    return port;
}

static bool answers_ping(const char *socket_path)
{
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    char reply[16] = {0};
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    bool pong = false;

    snprintf(address.sun_path, sizeof(address.sun_path), "%s", socket_path);
    if (fd >= 0 && connect(fd, (struct sockaddr *)&address, sizeof(address)) == 0 && write(fd, "PING\r\n", 6) == 6 &&
        read(fd, reply, sizeof(reply) - 1) > 0) {
        pong = strncmp(reply, "+PONG", 5) == 0 || strncmp(reply, "-NOAUTH", 7) == 0;
    }
    if (fd >= 0) {
        close(fd);
    }
    return pong;
}

static pid_t spawn_redis(redis_server *server, const char *const *extra)
{
    char port[16];
    const char *argv[64] = {
        "redis-server", "--bind",     "127.0.0.1", "--port",    port,           "--unixsocket", server->socket_path,
        "--dir",        server->dir,  "--save",    "",          "--appendonly", "no",           "--daemonize",
        "no",           "--loglevel", "warning",   "--logfile", "redis.log"};
    int argc = 19;
    pid_t pid;

    snprintf(port, sizeof(port), "%d", server->port);
    for (int i = 0; extra && extra[i] && argc < 63; i++) {
        argv[argc++] = extra[i];
    }
    argv[argc] = NULL;
    fflush(NULL);
    pid = fork();
    if (pid == 0) {
        if (chdir(server->dir) != 0) {
            _exit(126);
        }
        execvp("redis-server", (char *const *)argv);
        _exit(127);
    }
    return pid;
}

/* Waits up to 5 s for the server to answer; false when it exited or never answered. */
static bool wait_until_ready(redis_server *server)
{
    for (int i = 0; i < 500; i++) {
        int status;

        if (answers_ping(server->socket_path)) {
            return true;
        }
        if (waitpid(server->pid, &status, WNOHANG) == server->pid) {
            server->pid = 0;
            return false;
        }
        usleep(10000);
    }
    return false;
}

bool redis_server_start(redis_server *server, const char *const *extra)
{
    memset(server, 0, sizeof(*server));
    snprintf(server->dir, sizeof(server->dir), "/tmp/cashfin-redis-XXXXXX");
    if (!mkdtemp(server->dir)) {
        perror("  mkdtemp");
        return false;
    }
    snprintf(server->socket_path, sizeof(server->socket_path), "%s/redis.sock", server->dir);
    for (int attempt = 0; attempt < 3; attempt++) {
        server->port = free_loopback_port();
        server->pid = spawn_redis(server, extra);
        if (server->pid > 0 && wait_until_ready(server)) {
            return true;
        }
        if (server->pid > 0) {
            kill(server->pid, SIGKILL);
            waitpid(server->pid, NULL, 0);
        }
    }
    fprintf(stderr, "  redis-server did not start (is it installed? bash scripts/setup.sh); its log: %s/redis.log\n",
            server->dir);
    server->pid = 0;
    return false;
}

static void remove_directory(const char *path)
{
    DIR *dir = opendir(path);
    struct dirent *entry;

    while (dir && (entry = readdir(dir)) != NULL) {
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0) {
            unlinkat(dirfd(dir), entry->d_name, 0);
        }
    }
    if (dir) {
        closedir(dir);
    }
    rmdir(path);
}

void redis_server_stop(redis_server *server)
{
    if (server->pid > 0) {
        bool reaped = false;

        kill(server->pid, SIGCONT); /* a test may have stopped it */
        kill(server->pid, SIGTERM);
        for (int i = 0; i < 500 && !reaped; i++) {
            reaped = waitpid(server->pid, NULL, WNOHANG) == server->pid;
            if (!reaped) {
                usleep(10000);
            }
        }
        if (!reaped) { /* not reaped, so the pid is still this server's */
            kill(server->pid, SIGKILL);
            waitpid(server->pid, NULL, 0);
        }
        server->pid = 0;
    }
    if (server->dir[0]) {
        remove_directory(server->dir);
        server->dir[0] = '\0';
    }
}

/* Runs a command in dir, its output to dir/commands.log; true when it exits 0 within its own time. */
static bool run_in(const char *dir, const char *const *argv)
{
    int status = -1;
    pid_t pid;

    fflush(NULL);
    pid = fork();
    if (pid == 0) {
        if (chdir(dir) != 0 || !freopen("commands.log", "a", stdout) || dup2(fileno(stdout), 2) < 0) {
            _exit(126);
        }
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* openssl req -x509 -new: a fresh EC P-256 key (made in a millisecond) in name.key, and name.pem for it with
 * the subject /CN=common_name and the further arguments of `more` (-addext, -CA). A configuration of the
 * test's own keeps the system's openssl.cnf from adding anything. */
static bool openssl_req(const char *dir, const char *name, const char *common_name, const char *const *more)
{
    char key[64], certificate[64], subject[96];
    const char *argv[40] = {"openssl",     "req",     "-x509", "-new",     "-config",
                            "openssl.cnf", "-newkey", "ec",    "-pkeyopt", "ec_paramgen_curve:prime256v1",
                            "-nodes",      "-keyout", key,     "-out",     certificate,
                            "-days",       "2",       "-subj", subject};
    int argc = 19;

    snprintf(key, sizeof(key), "%s.key", name);
    snprintf(certificate, sizeof(certificate), "%s.pem", name);
    snprintf(subject, sizeof(subject), "/CN=%s", common_name);
    for (int i = 0; more[i] && argc < 39; i++) {
        argv[argc++] = more[i];
    }
    argv[argc] = NULL;
    return run_in(dir, argv);
}

/* A server certificate for `subject_alt_name`, signed by ca.pem (OpenSSL 3's req -CA). */
static bool make_certificate(const char *dir, const char *name, const char *subject_alt_name)
{
    char names[128];
    const char *const more[] = {"-CA",     "ca.pem",
                                "-CAkey",  "ca.key",
                                "-addext", "basicConstraints=critical,CA:FALSE",
                                "-addext", "extendedKeyUsage=serverAuth",
                                "-addext", names,
                                NULL};

    snprintf(names, sizeof(names), "subjectAltName=%s", subject_alt_name);
    return openssl_req(dir, name, "cashfin core test server", more);
}

bool tls_files_make(tls_files *files)
{
    static const char *const ca[] = {"-addext", "basicConstraints=critical,CA:TRUE", "-addext",
                                     "keyUsage=critical,keyCertSign", NULL};
    char config[96];
    FILE *file;

    snprintf(files->dir, sizeof(files->dir), "/tmp/cashfin-tls-XXXXXX");
    if (!mkdtemp(files->dir)) {
        perror("  mkdtemp");
        return false;
    }
    snprintf(config, sizeof(config), "%s/openssl.cnf", files->dir);
    if (!(file = fopen(config, "w")) || fputs("[req]\ndistinguished_name = dn\n[dn]\n", file) < 0 ||
        fclose(file) != 0) {
        perror("  openssl.cnf");
        return false;
    }
    if (!openssl_req(files->dir, "ca", "cashfin core test CA", ca) ||
        !make_certificate(files->dir, "server", "IP:127.0.0.1,DNS:localhost") ||
        !make_certificate(files->dir, "wrong-name", "DNS:wrong-name.invalid")) {
        fprintf(stderr, "  the test certificates could not be made (openssl 3 installed?); see %s/commands.log\n",
                files->dir);
        return false;
    }
    return true;
}

void tls_files_remove(tls_files *files)
{
    if (files->dir[0]) {
        remove_directory(files->dir);
        files->dir[0] = '\0';
    }
}

bool redis_tls_server_start(redis_server *server, const tls_files *files, const char *certificate,
                            const char *const *extra)
{
    char port[16], certificate_file[128], key_file[128], ca_file[128];
    const char *argv[48] = {"--tls-port",         port,     "--tls-cert-file",    certificate_file,
                            "--tls-key-file",     key_file, "--tls-ca-cert-file", ca_file,
                            "--tls-auth-clients", "no"};
    int argc = 10, tls_port = free_loopback_port();

    snprintf(port, sizeof(port), "%d", tls_port);
    snprintf(certificate_file, sizeof(certificate_file), "%s/%s.pem", files->dir, certificate);
    snprintf(key_file, sizeof(key_file), "%s/%s.key", files->dir, certificate);
    snprintf(ca_file, sizeof(ca_file), "%s/ca.pem", files->dir);
    for (int i = 0; extra && extra[i] && argc < 47; i++) {
        argv[argc++] = extra[i];
    }
    if (!redis_server_start(server, argv)) {
        return false;
    }
    server->tls_port = tls_port;
    return true;
}
