#!/bin/sh
# Installs Chromium (Debian packages chromium and chromium-driver) for the HTML report's browser test when it is
# missing and we are root. Playwright drives it at /usr/bin/chromium: no browser is downloaded. Otherwise the browser
# test is skipped with this reason, unless CI=true, where it fails.
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium for the HTML report test"
    export DEBIAN_FRONTEND=noninteractive
    (apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 ||
        (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null)) && exit 0
    echo "could not install chromium" >&2
else
    echo "Chromium is not installed and we are not root: the HTML report's browser test will be skipped" \
         "(install the Debian package chromium to run it)" >&2
fi
if [ "${CI:-}" = "true" ]; then
    echo "CI=true: Chromium is required" >&2
    exit 1
fi
exit 0
