#!/bin/sh
# Installs Dovecot (Debian package dovecot-imapd) for the IMAP tests when it is missing and we are root.
# Otherwise the Dovecot tests are skipped with this reason, unless AUDIT_REQUIRE_DOVECOT=1 (CI), which fails.
if command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing dovecot-imapd for the IMAP tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq dovecot-imapd >/dev/null && exit 0
    echo "could not install dovecot-imapd" >&2
else
    echo "Dovecot is not installed and we are not root: the Dovecot tests will be skipped" \
         "(install the Debian package dovecot-imapd to run them)" >&2
fi
if [ "${AUDIT_REQUIRE_DOVECOT:-0}" = "1" ]; then
    echo "AUDIT_REQUIRE_DOVECOT=1: Dovecot is required" >&2
    exit 1
fi
exit 0
