#!/usr/bin/env bash
# Lodestar's two entry points on a fresh Debian 12 machine (as root or with sudo):
#   ./setup.sh run    install what is missing, build (Release), run the main job on the demo data
#   ./setup.sh test   install what is missing, build (Release), check that the package list covers
#                     every system file the build read, run the whole test suite with ctest,
#                     then build again with ASan + UBSan and run the whole suite and the bounded fuzzing
#                     under them (scripts/ci-hardening.sh)
# Both are idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${LODESTAR_BUILD_DIR:-$here/build}
demo_db=${LODESTAR_DEMO_DB:-$here/build/demo.lodestar}

# The one package list, shared with scripts/check-package-closure.sh (which CI runs after the build).
package_list=$here/packaging/debian-build-packages.txt
mapfile -t packages < <(sed 's/#.*//' "$package_list" | tr -s ' \t' '\n\n' | grep -v '^$')

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}

run_demo() {
    local lodestar="$build_dir/app/lodestar"
    if [ ! -f "$demo_db" ]; then
        "$lodestar" demo --db "$demo_db"
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$lodestar" --db "$demo_db"
    fi
    "$lodestar" summary --db "$demo_db"
    # The headline figures under the workspace's CLV definition, quarter by quarter.
    "$lodestar" kpis --db "$demo_db" --period quarter
    # Without a display, the QBR handout is the visible result: the demo company's PDF report.
    "$lodestar" report --db "$demo_db" --out "$build_dir/demo-report.pdf"
}

# Issue 12: the list above must be all a fresh machine needs; fails naming a package the build used
# from outside it, and proves it would (--self-test). A few seconds.
check_package_closure() {
    "$here/scripts/check-package-closure.sh" --self-test "$build_dir"
}

run_tests() {
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 600
}

# Issue 8: the sanitizer pass; LODESTAR_SKIP_HARDENING=1 skips it on a developer machine.
run_hardening() {
    if [ "${LODESTAR_SKIP_HARDENING:-0}" != 1 ]; then
        "$here/scripts/ci-hardening.sh"
    fi
}

case "${1:-}" in
    run)  install_missing_packages; build; run_demo ;;
    test) install_missing_packages; build; check_package_closure; run_tests; run_hardening ;;
    *)    echo "usage: $0 run|test" >&2; exit 2 ;;
esac
