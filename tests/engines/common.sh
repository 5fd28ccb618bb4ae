# Shared helpers for postgres.sh and mariadb.sh. Sourced, not executed.
#
# The engine scripts are CTest fixture setup/cleanup steps, so they must never
# leave a daemon attached to CTest's output pipes (CTest would wait for the
# pipe to close) and must always leave a parseable engine.env behind, even
# when the engine cannot be started, so the C++ side can say why it skipped.

set -u

# True when running under CI, where a missing engine is an error instead of a
# reason to skip.
joinery_ci() {
    [ "${CI:-}" = "true" ]
}

joinery_log() {
    echo "[$(basename "$0")] $*" >&2
}

# Writes DIR/engine.env atomically so a reader never sees a half-written file.
# Usage: joinery_write_env DIR key=value...
joinery_write_env() {
    local dir=$1
    shift
    local tmp="$dir/engine.env.tmp"
    : >"$tmp"
    local kv
    for kv in "$@"; do
        printf '%s\n' "$kv" >>"$tmp"
    done
    mv -f "$tmp" "$dir/engine.env"
}

# Binaries are missing: record it and decide between skip (exit 0) and
# failure (exit 1) depending on CI.
joinery_unavailable() {
    local dir=$1 reason=$2
    mkdir -p "$dir"
    joinery_write_env "$dir" "status=unavailable" "reason=$reason"
    if joinery_ci; then
        joinery_log "ERROR: $reason (CI=true, so a missing engine is a failure)"
        exit 1
    fi
    joinery_log "SKIP: $reason; dependent tests will be skipped"
    exit 0
}

# The server started but could not be brought up: always a failure.
joinery_failed() {
    local dir=$1 reason=$2
    mkdir -p "$dir"
    joinery_write_env "$dir" "status=error" "reason=$reason"
    joinery_log "ERROR: $reason"
    exit 1
}

# Prints the last lines of a log file to stderr so CTest's
# --output-on-failure shows why a server did not come up.
joinery_log_tail() {
    local file=$1
    if [ -f "$file" ]; then
        echo "----- last lines of $file -----" >&2
        tail -n 40 "$file" >&2
        echo "----- end of $file -----" >&2
    fi
}

# 0 when something listens on 127.0.0.1:$1 (or the port is otherwise taken).
joinery_port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        # ss sees listeners on every address, including 0.0.0.0 and ::, that
        # would clash with our bind even though 127.0.0.1 looks free.
        if ss -Htan "sport = :$port" 2>/dev/null | grep -q .; then
            return 0
        fi
        return 1
    fi
    # Fallback: a successful connect means someone listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# Picks a random free port in a range that is outside the usual ephemeral
# range (32768-60999 on Linux), so outgoing connections of other processes do
# not steal it between the probe and the bind. The callers still retry on a
# bind failure because another test run may race us for the same port.
joinery_free_port() {
    local attempt port
    for attempt in $(seq 1 200); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 12000 ))
        if ! joinery_port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Runs a command as the service user when we are root (the servers refuse to
# run as root, or need to own their files), otherwise as ourselves.
# Usage: joinery_as USER cmd args...
joinery_as() {
    local user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u "$user" -- "$@"
        else
            setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- "$@"
        fi
    else
        "$@"
    fi
}

# Chooses where the server's files live. DIR itself is preferred, but the
# service user must be able to reach it (build trees under a 0700 home or
# mktemp folder are not) and the unix socket path must stay well below the
# 107-byte sun_path limit. Otherwise a private folder under /tmp is used and
# remembered in DIR/rundir so stop can find and remove it.
# Usage: joinery_prepare_rundir DIR SERVICE_USER SOCKET_NAME -> prints path
joinery_prepare_rundir() {
    local dir=$1 user=$2 socket=$3
    local run=$dir
    if [ "$(id -u)" -eq 0 ]; then
        chown "$user:" "$dir" || return 1
        chmod 0755 "$dir"
        if ! joinery_as "$user" test -w "$dir" -a -x "$dir"; then
            run=""
        fi
    fi
    if [ -n "$run" ] && [ $(( ${#run} + ${#socket} + 1 )) -gt 100 ]; then
        run=""
    fi
    if [ -z "$run" ]; then
        run=$(mktemp -d "${TMPDIR:-/tmp}/joinery-engine.XXXXXX") || return 1
        if [ "$(id -u)" -eq 0 ]; then
            chown "$user:" "$run" || return 1
        fi
        chmod 0700 "$run"
        printf '%s\n' "$run" >"$dir/rundir"
        # Keeps the logs reachable from DIR, as the fixture output promises.
        ln -s "$run" "$dir/files"
    fi
    printf '%s\n' "$run"
}

# Prints the folder holding the server files for DIR (see above).
joinery_rundir_of() {
    local dir=$1
    if [ -f "$dir/rundir" ]; then
        cat "$dir/rundir"
    else
        printf '%s\n' "$dir"
    fi
}

# Removes DIR and a separate run folder, if one was used.
joinery_remove_dirs() {
    local dir=$1 run
    run=$(joinery_rundir_of "$dir")
    case "$run" in
        "$dir"|"") ;;
        */joinery-engine.*) rm -rf -- "$run" ;;
    esac
    rm -rf -- "$dir"
}

# Sends SIGTERM, then SIGKILL, to a pid and waits until it is gone.
joinery_kill_pid() {
    local pid=$1 i
    [ -n "$pid" ] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null
    sleep 0.5
}
