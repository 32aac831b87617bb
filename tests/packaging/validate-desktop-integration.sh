#!/usr/bin/env bash
# Validates the desktop entry and the (configured) AppStream metainfo the way distributions do.
# Usage: validate-desktop-integration.sh FILE.desktop FILE.metainfo.xml
# Any warning fails the test; exit 77 (ctest: skipped) when a validator is not installed.
set -euo pipefail
desktop=$1
metainfo=$2

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not installed (Debian packages desktop-file-utils, appstream)"
        exit 77
    fi
done

# desktop-file-validate exits 0 on mere warnings and hints, so any output counts as a failure.
report=$(desktop-file-validate "$desktop" 2>&1) || true
if [ -n "$report" ]; then
    echo "desktop-file-validate $desktop:"
    echo "$report"
    exit 1
fi
echo "desktop-file-validate: $desktop is valid"

# --strict fails on warnings and infos too. Pedantic hints are not shown: the only one is the upper-case
# letters of the reverse-DNS id, which the freedesktop application-id convention uses.
appstreamcli validate --no-net --strict --explain "$metainfo"
