#!/bin/sh
# Cyrus IMAP, the second IMAP server implementation the mailbox layout tests run against (tests/helpers/cyrus.py).
# Debian's cyrus-imapd conflicts with dovecot-imapd (installing one removes the other), so it is not installed:
# its packages, and the libraries they need that the system lacks, are downloaded with `apt-get download` and
# unpacked with `dpkg -x` under $AUDIT_CYRUS_DIR (default /var/tmp/audit-cyrus)/root, from where the fixture runs
# Cyrus's master with a configuration, data directory and loopback port of its own per test. A second call finds
# it unpacked and returns at once. Without it the Cyrus tests are skipped with the reason, unless
# AUDIT_REQUIRE_CYRUS=1 (CI): then this fails.
set -u
DIR="${AUDIT_CYRUS_DIR:-/var/tmp/audit-cyrus}"
ROOT="$DIR/root"
MASTER="$ROOT/usr/lib/cyrus/bin/master"

give_up() {
    echo "$1" >&2
    if [ "${AUDIT_REQUIRE_CYRUS:-0}" = "1" ]; then
        echo "AUDIT_REQUIRE_CYRUS=1: Cyrus is required" >&2
        exit 1
    fi
    exit 0
}

# ready: unpacked, and every library the binaries need is found (the unpacked ones by the path in $DIR/libpath)
ready() {
    [ -x "$MASTER" ] && [ -f "$DIR/libpath" ] || return 1
    for bin in master imapd ctl_cyrusdb; do
        LD_LIBRARY_PATH="$(cat "$DIR/libpath")" ldd "$ROOT/usr/lib/cyrus/bin/$bin" 2>/dev/null |
            grep -q "not found" && return 1
    done
    return 0
}

if ready; then
    exit 0
fi
command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1 ||
    give_up "Cyrus IMAP is not unpacked in $DIR and this is no Debian (apt-get, dpkg): the Cyrus tests will be skipped"

mkdir -p "$DIR/debs" && chmod 755 "$DIR" || give_up "cannot create $DIR"
exec 9>"$DIR/lock"  # two set-ups at once (two work trees): the second waits, then finds it ready
flock -w 300 9 || give_up "another setup of $DIR holds its lock"
if ready; then
    exit 0
fi

cd "$DIR/debs" || give_up "cannot enter $DIR/debs"
# the packages, and of their library dependencies those the system does not have
wanted="cyrus-common cyrus-imapd"
for dep in $(apt-cache depends cyrus-common cyrus-imapd 2>/dev/null | sed -n 's/^ *Depends: \(lib[^ <>]*\)$/\1/p' |
        sort -u); do
    dpkg-query -W -f='${Status}\n' "$dep" 2>/dev/null | grep -q "install ok installed" || wanted="$wanted $dep"
done
echo "downloading $wanted for the Cyrus IMAP tests (unpacked in $ROOT, not installed)"
download() { apt-get download $wanted >"$DIR/download.log" 2>&1; }
if ! download; then
    [ "$(id -u)" = "0" ] && apt-get update -qq >/dev/null 2>&1
    download || give_up "could not download $wanted: $(tail -n 3 "$DIR/download.log")"
fi
rm -rf "$ROOT" && mkdir -p "$ROOT" || give_up "cannot create $ROOT"
for deb in *.deb; do
    dpkg -x "$deb" "$ROOT" || give_up "could not unpack $deb"
done
find "$ROOT" -name '*.so*' -printf '%h\n' | sort -u | tr '\n' ':' | sed 's/:$//' > "$DIR/libpath"
rm -f "$DIR/debs/"*.deb
ready || give_up "Cyrus IMAP is unpacked in $ROOT but a library it needs is missing: $(
    LD_LIBRARY_PATH="$(cat "$DIR/libpath")" ldd "$MASTER" "$ROOT/usr/lib/cyrus/bin/imapd" | grep 'not found' | sort -u)"
exit 0
