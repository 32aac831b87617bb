#!/usr/bin/env bash
# Builds the .deb from a configured and built tree, unpacks it into a scratch root and checks it:
# control fields, installed files, desktop integration, and the installed binary running.
# Usage: scripts/check-package.sh BUILD_DIR [EXPECTED_VERSION]
# Exit 0 good, 1 a check failed, 77 (ctest: skipped) when dpkg tooling is missing.
set -euo pipefail

build_dir=$(cd "${1:?usage: check-package.sh BUILD_DIR [VERSION]}" && pwd)
expected_version=${2:-}
app_id=io.github.lodestar.Lodestar

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not installed (Debian packages cmake, dpkg-dev)"
        exit 77
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The package goes to the scratch folder, never into the build tree another job may be packing.
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
debs=("$scratch"/out/*.deb)
if [ ! -f "${debs[0]}" ]; then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack wrote no .deb"
    exit 1
fi
deb=${debs[0]}
echo "built $(basename "$deb")"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = lodestar ] || fail "Package is '$(field Package)'"
[ -z "$expected_version" ] || [ "$(field Version)" = "$expected_version" ] \
    || fail "Version is '$(field Version)', expected $expected_version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
echo "Depends: $depends"
# The plugin nobody links against, then what dpkg-shlibdeps must have found in the binary.
depends_names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for package in libqt6sql6-sqlite libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libc6 libstdc++6; do
    grep -Fxq "$package" <<<"$depends_names" || fail "Depends lacks $package"
done

root=$scratch/root
dpkg-deb -x "$deb" "$root"
for path in usr/bin/lodestar \
            "usr/share/applications/$app_id.desktop" \
            "usr/share/metainfo/$app_id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            usr/share/doc/lodestar/copyright; do
    [ -f "$root/$path" ] || fail "package lacks /$path"
done
for size in 16 32 48 64 128 256; do
    [ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "package lacks the ${size}px icon"
done

if command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null; then
    "$(dirname "${BASH_SOURCE[0]}")/../tests/packaging/validate-desktop-integration.sh" \
        "$root/usr/share/applications/$app_id.desktop" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
        || fail "installed desktop entry or metainfo does not validate"
fi

# The installed copy, not the build tree's: Qt comes from the system, so no library path is needed.
lodestar=$root/usr/bin/lodestar
export QT_QPA_PLATFORM=offscreen
if version_output=$("$lodestar" --version 2>&1); then
    echo "$version_output"
    grep -q "^Lodestar ${expected_version:-[0-9]}" <<<"$version_output" || fail "--version does not say Lodestar $expected_version"
else
    echo "$version_output"
    fail "installed lodestar --version exited non-zero"
fi
help_output=$("$lodestar" --help 2>&1) || fail "installed lodestar --help exited non-zero"

# Once the demo command exists, the installed copy must create and summarise a workspace on its own.
if grep -Eq '^  demo ' <<<"$help_output"; then
    workspace=$scratch/demo.lodestar
    "$lodestar" demo --db "$workspace" >"$scratch/demo.log" 2>&1 || { cat "$scratch/demo.log"; fail "installed lodestar demo failed"; }
    "$lodestar" summary --db "$workspace" >"$scratch/summary.log" 2>&1 || { cat "$scratch/summary.log"; fail "installed lodestar summary failed"; }
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures package check(s) failed"
    exit 1
fi
echo "package checks passed"
