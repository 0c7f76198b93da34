#!/bin/sh
# A private PostgreSQL for the tests and benchmarks that run on PostgreSQL too (tests/helpers/postgres.py).
# Installs Debian's postgresql when it is missing and we are root; initdb's a data directory of its own under
# $AUDIT_PG_DIR (default /var/tmp/audit-postgres), and starts it on a free loopback port with a socket directory of
# its own, as the postgres user (PostgreSQL refuses to run as root), or as ourselves when we are not root. Then it
# writes the server's URL to $AUDIT_PG_DIR/url, which the tests read. A second call finds it running and returns.
# Without a server the PostgreSQL tests are skipped with the reason, unless AUDIT_REQUIRE_POSTGRES=1 (CI): it fails.
# A test server: durability is traded for speed (fsync off), and trust authentication on loopback only (but for one
# role, which needs its password).
set -u
DIR="${AUDIT_PG_DIR:-/var/tmp/audit-postgres}"
DATA="$DIR/data"
LOG="$DIR/log/server.log"  # in a folder of the owner's: the server writes it

give_up() {
    echo "$1" >&2
    if [ "${AUDIT_REQUIRE_POSTGRES:-0}" = "1" ]; then
        echo "AUDIT_REQUIRE_POSTGRES=1: PostgreSQL is required" >&2
        exit 1
    fi
    exit 0
}

bindir() {
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
}

BIN="$(bindir)"
if [ -z "$BIN" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing postgresql for the tests on PostgreSQL"
        export DEBIAN_FRONTEND=noninteractive
        (apt-get install -y -qq postgresql >/dev/null 2>&1 ||
            (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null)) ||
            give_up "could not install postgresql: the tests on PostgreSQL will be skipped"
        BIN="$(bindir)"
    fi
    [ -n "$BIN" ] || give_up "PostgreSQL is not installed and we are not root: the tests on PostgreSQL will be" \
        "skipped (install the Debian package postgresql to run them)"
fi

# who runs the server: never root
if [ "$(id -u)" = "0" ]; then
    OWNER=postgres
    id -u "$OWNER" >/dev/null 2>&1 || OWNER=nobody
    as_owner() { runuser -u "$OWNER" -- "$@"; }
else
    OWNER="$(id -un)"
    as_owner() { "$@"; }
fi

mkdir -p "$DIR" && chmod 755 "$DIR" || give_up "cannot create $DIR"
# two `make test` at once (two work trees) share one server: the second waits for the first to set it up
exec 9>"$DIR/lock"
flock -w 120 9 || give_up "another setup of $DIR holds its lock"

port_of() { sed -n "s/^port = \([0-9]*\).*/\1/p" "$DATA/postgresql.conf" 2>/dev/null | tail -n 1; }

ready() {
    port="$(port_of)"
    [ -n "$port" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 &&
        "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 5
}

write_url() {
    echo "postgresql+psycopg://audit@127.0.0.1:$(port_of)/postgres" > "$DIR/url.new" && mv "$DIR/url.new" "$DIR/url"
}

if ready; then
    write_url
    exit 0
fi

free_port() {  # below Linux's ephemeral range, so a client's outgoing connection cannot take it between restarts
    port=25432
    while [ "$port" -lt 25532 ]; do
        if python3 -c "import socket, sys; socket.socket().bind(('127.0.0.1', int(sys.argv[1])))" "$port" \
                2>/dev/null; then
            echo "$port"
            return
        fi
        port=$((port + 1))
    done
}

major="$(basename "$(dirname "$BIN")")"
if [ -f "$DATA/PG_VERSION" ] && [ "$(cat "$DATA/PG_VERSION")" != "$major" ]; then
    rm -rf "$DATA"  # made by another major version: test data only, made again
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA" "$DIR/socket" "$DIR/log"
    mkdir -p "$DATA" "$DIR/socket" "$DIR/log" && chown "$OWNER" "$DATA" "$DIR/socket" "$DIR/log" &&
        chmod 700 "$DATA" ||
        give_up "cannot prepare $DATA for $OWNER"
    as_owner "$BIN/initdb" -D "$DATA" -U audit --auth=trust -E UTF8 --locale=C.UTF-8 -N >"$DIR/initdb.log" 2>&1 ||
        give_up "initdb failed: $(tail -n 5 "$DIR/initdb.log")"
    # trust on the socket and loopback, but a password for the role the password test makes (tests/store)
    cat > "$DATA/pg_hba.conf" <<EOF
local all all trust
host all audit_password 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF
    cat >> "$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/socket'
max_connections = 400
fsync = off
synchronous_commit = off
full_page_writes = off
port = $(free_port)
EOF
fi

# fd 9 (the lock) is closed for the server: a postmaster that inherits it would hold the lock for good
for _ in 1 2 3; do
    if as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null 2>&1 9>&- && ready; then
        write_url
        exit 0
    fi
    if grep -q "could not bind\|Address already in use" "$LOG" 2>/dev/null; then
        echo "port = $(free_port)" >> "$DATA/postgresql.conf"  # someone else took our port: the next free one
    fi
done
give_up "PostgreSQL did not start: $(tail -n 5 "$LOG" 2>/dev/null)"
