#!/bin/sh
# System packages the tests need beyond Python: headless Chromium, which renders the HTML
# view in tests/test_render.py. Idempotent: does nothing when chromium is on PATH. Installs it
# with apt-get when run as root on Debian/Ubuntu; otherwise says what to install and goes on
# (the browser test then skips, except in CI, where it fails).
set -eu
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "claimex: installing chromium for the browser test (apt-get, about 1-2 minutes)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
    echo "claimex: the browser test needs Chromium: install the Debian package 'chromium'" \
         "(sudo apt-get install chromium), or set CLAIMEX_CHROMIUM to a Chromium/Chrome binary" >&2
fi
