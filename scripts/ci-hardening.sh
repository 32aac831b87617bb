#!/usr/bin/env bash
# The hardening step of `./setup.sh test` (issue 8), after the Release test suite:
# the whole project and its whole ctest suite again, built with AddressSanitizer + UBSan (LeakSanitizer
# on), plus the two libFuzzer harnesses, each replaying its crashers and fuzzing for
# LODESTAR_FUZZ_SECONDS (default 30) as ctest tests of the same run.
#
# clang with libFuzzer (libclang-rt-14-dev) builds it; without them the script falls back to GCC,
# which has the sanitizers but no libFuzzer, and the fuzz tests are skipped.
# LODESTAR_HARDENING_BUILD_DIR (default build-hardening) keeps the build between runs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${LODESTAR_HARDENING_BUILD_DIR:-$here/build-hardening}
fuzz_seconds=${LODESTAR_FUZZ_SECONDS:-30}

step() { echo; echo "=== hardening: $*"; }

compiler=g++
fuzz=OFF
if command -v clang++ >/dev/null 2>&1 \
    && echo 'extern "C" int LLVMFuzzerTestOneInput(const char *, unsigned long) { return 0; }' \
        | clang++ -x c++ -fsanitize=fuzzer,address -o /dev/null - >/dev/null 2>&1; then
    compiler=clang++
    fuzz=ON
fi

step "configure $build_dir ($compiler, ASan+UBSan, fuzz $fuzz)"
if [ ! -f "$build_dir/build.ninja" ]; then
    # -O1 -g1: a third quicker to compile than -O2, and stack traces with line numbers.
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
        -DLODESTAR_SANITIZE=ON -DLODESTAR_FUZZ="$fuzz" -DLODESTAR_FUZZ_SECONDS="$fuzz_seconds" \
        -DLODESTAR_BUILD_BENCHMARKS=OFF >/dev/null
fi

step "build"
cmake --build "$build_dir" --parallel "$(nproc)"

# clang, its sanitizer runtimes and libFuzzer must come from the package list too (issue 12).
step "package closure of the $compiler build"
"$here/scripts/check-package-closure.sh" "$build_dir"

# Leaks and UB fail the test; the suppressions name each known one-off allocation in system libraries.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/hardening/lsan.supp:print_suppressions=0"
# The Release pass kills ten imports of 100,000 rows; here a few smaller ones exercise the same
# recovery code under the sanitizers at a fraction of the (instrumented, much slower) cost.
export LODESTAR_KILL_ITERATIONS=${LODESTAR_KILL_ITERATIONS:-4}
export LODESTAR_KILL_ROWS=${LODESTAR_KILL_ROWS:-30000}
# The fit scans judge every window in the Release pass; here every 40th exercises the same fitting
# code under the sanitizers (the instrumented likelihood is ~10x slower: every 8th took 273 s).
export LODESTAR_FIT_SCAN_STRIDE=${LODESTAR_FIT_SCAN_STRIDE:-40}

step "the whole test suite under the sanitizers, fuzzing ${fuzz_seconds} s per harness"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 900
