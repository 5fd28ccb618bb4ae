#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the engine tests.
#
#   postgres.sh start DIR   initdb + start on 127.0.0.1:<free port>, write DIR/engine.env
#   postgres.sh stop DIR    stop the server (if any) and remove DIR
#
# Overrides: JOINERY_PG_BINDIR (folder with initdb/pg_ctl/postgres),
#            JOINERY_PG_USER (system user to run as when root; default postgres).
#            JOINERY_PG_PORT (port to try first; default: a random free one).
# CI=true turns a missing PostgreSQL into a failure instead of a skip.

set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/common.sh"

startTimeout=30

findBinDir() {
    if [ -n "${JOINERY_PG_BINDIR:-}" ]; then
        # An explicit override is taken literally, so it can also be used to
        # simulate a machine without PostgreSQL.
        echo "$JOINERY_PG_BINDIR"
        return
    fi
    local candidate
    for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/initdb" ]; then
            echo "$candidate"
            return
        fi
    done
    # Non-Debian layouts put the server tools on PATH.
    candidate=$(command -v initdb 2>/dev/null) && dirname "$candidate" && return
    echo /usr/lib/postgresql/15/bin
}

serviceUser() {
    if [ "$(id -u)" -eq 0 ]; then
        echo "${JOINERY_PG_USER:-postgres}"
    else
        id -un
    fi
}

stopServer() {
    local dir=$1 bindir run pid
    [ -d "$dir" ] || return 0
    bindir=$(findBinDir)
    run=$(joinery_rundir_of "$dir")
    if [ -f "$run/data/postmaster.pid" ]; then
        pid=$(head -n 1 "$run/data/postmaster.pid")
        if [ -x "$bindir/pg_ctl" ]; then
            joinery_as "$(serviceUser)" "$bindir/pg_ctl" stop -D "$run/data" -m fast -w -t 30 >/dev/null 2>&1
        fi
        # pg_ctl may be missing or may have failed: make sure nothing survives.
        joinery_kill_pid "$pid"
    fi
    joinery_remove_dirs "$dir"
}

start() {
    local dir=$1
    local bindir user run log port attempt locale

    # A previous run may have been interrupted before its cleanup step.
    stopServer "$dir"
    mkdir -p "$dir"
    chmod 0755 "$dir"

    bindir=$(findBinDir)
    local tool
    for tool in initdb pg_ctl postgres; do
        if [ ! -x "$bindir/$tool" ]; then
            joinery_unavailable "$dir" "PostgreSQL server binary $bindir/$tool not found (install postgresql-15 or set JOINERY_PG_BINDIR)"
        fi
    done

    user=$(serviceUser)
    if ! id "$user" >/dev/null 2>&1; then
        joinery_failed "$dir" "running as root but system user '$user' does not exist (initdb refuses root)"
    fi

    run=$(joinery_prepare_rundir "$dir" "$user" ".s.PGSQL.65535") \
        || joinery_failed "$dir" "cannot prepare a folder for the server files"
    log="$run/postgres.log"

    # C.UTF-8 keeps sorting byte-wise and predictable; fall back to plain C on
    # systems whose libc lacks it.
    local ok=0
    for locale in C.UTF-8 C; do
        rm -rf -- "$run/data"
        if joinery_as "$user" "$bindir/initdb" -D "$run/data" -U postgres -A trust \
                -E UTF8 --locale="$locale" --no-sync >"$run/initdb.log" 2>&1; then
            ok=1
            break
        fi
    done
    if [ "$ok" -ne 1 ]; then
        joinery_log_tail "$run/initdb.log"
        joinery_failed "$dir" "initdb failed (see $run/initdb.log)"
    fi

    # Durability is pointless for a scratch server; turning it off makes DDL
    # tests noticeably faster.
    cat >>"$run/data/postgresql.conf" <<CONF

# --- joinery engine test settings ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$run'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
shared_buffers = 16MB
logging_collector = off
CONF

    for attempt in 1 2 3 4 5; do
        # A fixed first port helps when debugging; retries fall back to a
        # random free one if it is taken.
        if [ "$attempt" -eq 1 ] && [ -n "${JOINERY_PG_PORT:-}" ]; then
            port=$JOINERY_PG_PORT
        else
            port=$(joinery_free_port) || joinery_failed "$dir" "no free TCP port found on 127.0.0.1"
        fi
        # Later lines win in postgresql.conf, so a retry just appends a new port.
        echo "port = $port" >>"$run/data/postgresql.conf"
        if joinery_as "$user" "$bindir/pg_ctl" start -D "$run/data" -l "$log" -w -t "$startTimeout" \
                </dev/null >"$run/pg_ctl.log" 2>&1; then
            break
        fi
        if grep -q "could not bind\|Address already in use" "$log" 2>/dev/null && [ "$attempt" -lt 5 ]; then
            joinery_log "port $port was taken meanwhile, retrying"
            joinery_as "$user" "$bindir/pg_ctl" stop -D "$run/data" -m immediate >/dev/null 2>&1
            continue
        fi
        cat "$run/pg_ctl.log" >&2
        joinery_log_tail "$log"
        joinery_failed "$dir" "PostgreSQL did not start (see $log)"
    done

    # pg_ctl -w checked the unix socket; the tests use TCP, so check that too.
    local isready waited=0
    isready="$bindir/pg_isready"
    [ -x "$isready" ] || isready=$(command -v pg_isready 2>/dev/null || true)
    if [ -n "$isready" ]; then
        until "$isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -t 2; do
            waited=$((waited + 1))
            if [ "$waited" -ge "$startTimeout" ]; then
                joinery_log_tail "$log"
                stopServer "$dir"
                mkdir -p "$dir"
                joinery_failed "$dir" "PostgreSQL does not accept TCP connections on 127.0.0.1:$port"
            fi
            sleep 1
        done
    fi

    joinery_write_env "$dir" "status=ok" "host=127.0.0.1" "port=$port" \
        "user=postgres" "password=" "database=postgres"
    joinery_log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port (files in $run)"
}

case "${1:-}:${2:-}" in
    start:?*) start "$2" ;;
    stop:?*) stopServer "$2"; exit 0 ;;
    *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
