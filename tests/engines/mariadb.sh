#!/usr/bin/env bash
# Starts or stops a throw-away MariaDB server for the engine tests.
#
#   mariadb.sh start DIR   mariadb-install-db + mariadbd on 127.0.0.1:<free port>, write DIR/engine.env
#   mariadb.sh stop DIR    shut the server down (if any) and remove DIR
#
# Overrides: JOINERY_MARIADBD (server binary), JOINERY_MARIADB_INSTALL_DB,
#            JOINERY_MARIADB_ADMIN, JOINERY_MARIADB_USER (system user to run
#            as when root; default mysql).
#            JOINERY_MARIADB_PORT (port to try first; default: a random free one).
# CI=true turns a missing MariaDB into a failure instead of a skip.

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/common.sh"

startTimeout=30

# Prints the first candidate that is an executable; an explicit override is
# taken literally so it can simulate a machine without MariaDB.
findTool() {
    local override=$1
    shift
    if [ -n "$override" ]; then
        echo "$override"
        return
    fi
    local candidate
    for candidate in "$@"; do
        case "$candidate" in
            /*) [ -x "$candidate" ] && { echo "$candidate"; return; } ;;
            *) command -v "$candidate" 2>/dev/null && return ;;
        esac
    done
    echo "$1"
}

mariadbd=$(findTool "${JOINERY_MARIADBD:-}" /usr/sbin/mariadbd mariadbd /usr/sbin/mysqld mysqld)
installDb=$(findTool "${JOINERY_MARIADB_INSTALL_DB:-}" /usr/bin/mariadb-install-db mariadb-install-db mysql_install_db)
admin=$(findTool "${JOINERY_MARIADB_ADMIN:-}" /usr/bin/mariadb-admin mariadb-admin mysqladmin)

serviceUser() {
    if [ "$(id -u)" -eq 0 ]; then
        echo "${JOINERY_MARIADB_USER:-mysql}"
    else
        id -un
    fi
}

# --no-defaults everywhere: the system's /etc/mysql config (bind address, log
# paths under /var/log, socket under /run) must not leak into the scratch server.
adminCmd() {
    local port=$1
    shift
    "$admin" --no-defaults --protocol=TCP -h 127.0.0.1 -P "$port" -u root \
        --connect-timeout=2 "$@"
}

stopServer() {
    local dir=$1 run pid port
    [ -d "$dir" ] || return 0
    run=$(joinery_rundir_of "$dir")
    if [ -f "$run/mariadbd.pid" ] || [ -f "$run/mariadbd.pid.launcher" ]; then
        pid=$(cat "$run/mariadbd.pid" 2>/dev/null || cat "$run/mariadbd.pid.launcher" 2>/dev/null)
        port=$(cat "$run/port" 2>/dev/null)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            if [ -n "$port" ] && [ -x "$admin" ]; then
                adminCmd "$port" shutdown >/dev/null 2>&1
            fi
            local i
            for i in $(seq 1 150); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.2
            done
            # mariadb-admin may be missing or the server hung: do not leak it.
            joinery_kill_pid "$pid"
        fi
    fi
    joinery_remove_dirs "$dir"
}

start() {
    local dir=$1
    local user run log port attempt pid

    # A previous run may have been interrupted before its cleanup step.
    stopServer "$dir"
    mkdir -p "$dir"
    chmod 0755 "$dir"

    local tool
    for tool in "$mariadbd" "$installDb" "$admin"; do
        if [ ! -x "$tool" ]; then
            joinery_unavailable "$dir" "MariaDB binary $tool not found (install mariadb-server or set JOINERY_MARIADBD / JOINERY_MARIADB_INSTALL_DB / JOINERY_MARIADB_ADMIN)"
        fi
    done

    user=$(serviceUser)
    if ! id "$user" >/dev/null 2>&1; then
        joinery_failed "$dir" "running as root but system user '$user' does not exist"
    fi

    run=$(joinery_prepare_rundir "$dir" "$user" "mysqld.sock") \
        || joinery_failed "$dir" "cannot prepare a folder for the server files"
    log="$run/mariadb.log"

    # 'normal' gives root@localhost an empty password instead of unix_socket
    # auth, so the tests can connect over TCP as root without knowing which
    # system user started the server.
    local userArgs=()
    [ "$(id -u)" -eq 0 ] && userArgs=(--user="$user")
    if ! "$installDb" --no-defaults --datadir="$run/data" "${userArgs[@]}" \
            --auth-root-authentication-method=normal --skip-test-db \
            --skip-name-resolve --skip-log-bin \
            >"$run/install-db.log" 2>&1 </dev/null; then
        joinery_log_tail "$run/install-db.log"
        joinery_failed "$dir" "mariadb-install-db failed (see $run/install-db.log)"
    fi

    for attempt in 1 2 3 4 5; do
        # A fixed first port helps when debugging; retries fall back to a
        # random free one if it is taken.
        if [ "$attempt" -eq 1 ] && [ -n "${JOINERY_MARIADB_PORT:-}" ]; then
            port=$JOINERY_MARIADB_PORT
        else
            port=$(joinery_free_port) || joinery_failed "$dir" "no free TCP port found on 127.0.0.1"
        fi
        echo "$port" >"$run/port"
        : >"$log"
        [ "$(id -u)" -eq 0 ] && chown "$user:" "$log"
        # setsid + redirections detach the daemon from CTest's pipes;
        # otherwise CTest would wait for mariadbd to exit before finishing
        # this fixture step. Durability is switched off for speed: with syncs on,
        # every DDL statement waits for the DDL log and the redo log to reach the
        # disk (tens of milliseconds each), which made the migration tests' DDL
        # three to four times slower.
        setsid "$mariadbd" --no-defaults "${userArgs[@]}" \
            --datadir="$run/data" --socket="$run/mysqld.sock" \
            --pid-file="$run/mariadbd.pid" --log-error="$log" --tmpdir="$run" \
            --bind-address=127.0.0.1 --port="$port" --skip-networking=0 \
            --skip-name-resolve --skip-log-bin \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            --innodb-buffer-pool-size=32M --innodb-log-file-size=8M \
            --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
            --sync-frm=0 --debug-no-sync --innodb-flush-method=nosync \
            --innodb-log-file-buffering=ON \
            </dev/null >>"$run/mariadbd.out" 2>&1 &
        pid=$!
        # The pid file appears late; remember the pid now so stop can always
        # find the process even if startup hangs.
        echo "$pid" >"$run/mariadbd.pid.launcher"

        local waited=0 up=0
        while [ "$waited" -lt $((startTimeout * 5)) ]; do
            # Only trust the ping once our own server says it is ready: a
            # foreign server that won the race for the port would answer too.
            if grep -q "ready for connections" "$log" 2>/dev/null && kill -0 "$pid" 2>/dev/null \
                    && adminCmd "$port" ping >/dev/null 2>&1; then
                up=1
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
            waited=$((waited + 1))
        done
        if [ "$up" -eq 1 ]; then
            break
        fi
        local what="did not answer within ${startTimeout}s"
        kill -0 "$pid" 2>/dev/null || what="exited during startup"
        kill -0 "$pid" 2>/dev/null && joinery_kill_pid "$pid"
        if grep -q "Address already in use\|Can't start server: Bind" "$log" 2>/dev/null && [ "$attempt" -lt 5 ]; then
            joinery_log "port $port was taken meanwhile, retrying"
            continue
        fi
        cat "$run/mariadbd.out" >&2 2>/dev/null
        joinery_log_tail "$log"
        rm -f "$run/mariadbd.pid"
        joinery_failed "$dir" "mariadbd on 127.0.0.1:$port $what (see $log)"
    done
    # stop relies on the pid file; write it ourselves in case --pid-file lags.
    [ -s "$run/mariadbd.pid" ] || echo "$pid" >"$run/mariadbd.pid"

    joinery_write_env "$dir" "status=ok" "host=127.0.0.1" "port=$port" \
        "user=root" "password=" "database="
    joinery_log "$("$mariadbd" --version | awk '{print $2, $3}') listening on 127.0.0.1:$port (files in $run)"
}

case "${1:-}:${2:-}" in
    start:?*) start "$2" ;;
    stop:?*) stopServer "$2"; exit 0 ;;
    *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
