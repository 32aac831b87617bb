#!/usr/bin/env bash
# The bounded hardening steps of `./setup.sh test` (issue 8), after the Release test suite (which
# already runs tests_hardening: kill test, hostile files, SQL from input, exports, fuzz replays).
#
# CI (default): an AddressSanitizer + UBSan build of lodestar_models with clang and the two libFuzzer
# harnesses; each harness replays its seeds and crashers, then fuzzes for LODESTAR_FUZZ_SECONDS
# (default 30), both at once. About 3 minutes on two cores from a clean tree.
#
# LODESTAR_HARDENING_FULL=1: also builds lodestar and the test areas in LODESTAR_SANITIZE_AREAS
# under the sanitizers (LeakSanitizer on) and runs them. That doubles the project's build time, so
# CI, which must finish in 15 minutes, leaves it to developers (and to the hardening report).
#
# Without clang + libFuzzer (libclang-rt-14-dev) the script falls back to GCC and the sanitizers.
# LODESTAR_HARDENING_BUILD_DIR (default build-hardening) keeps the build between runs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${LODESTAR_HARDENING_BUILD_DIR:-$here/build-hardening}
fuzz_seconds=${LODESTAR_FUZZ_SECONDS:-30}
full=${LODESTAR_HARDENING_FULL:-0}
areas=(${LODESTAR_SANITIZE_AREAS:-store import clv engine culture cli hardening})
jobs=$(nproc)
passed=0
failed=0

step() { echo; echo "=== hardening: $*"; }

# libFuzzer ships with clang in libclang-rt-*-dev; without both there is no fuzzing, only sanitizers.
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
        -DLODESTAR_SANITIZE=ON -DLODESTAR_FUZZ="$fuzz" -DLODESTAR_BUILD_BENCHMARKS=OFF >/dev/null
fi

targets=(lodestar_models)
run_areas=()
if [ "$full" = 1 ]; then
    targets+=(lodestar)
    for area in "${areas[@]}"; do
        if compgen -G "$here/tests/$area/*.cpp" >/dev/null; then
            targets+=("tests_$area")
            run_areas+=("$area")
        fi
    done
fi
[ "$fuzz" = ON ] && targets+=(fuzz_csv fuzz_parsers)

step "build ${targets[*]}"
cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]}"

# Leaks and UB stop the test; the suppressions name each known one-off allocation in Qt/fontconfig.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/hardening/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

[ ${#run_areas[@]} -gt 0 ] && step "sanitizer tests: ${run_areas[*]}"
run_area() {
    local area=$1 log="$build_dir/hardening-$1.log"
    if "$build_dir/tests/tests_$area" --gtest_brief=1 >"$log" 2>&1; then
        echo "  PASS tests_$area ($(grep -Eo '[0-9]+ tests? ran' "$log" | tail -1 || true))"
    else
        echo "  FAIL tests_$area"
        grep -E '^\[  FAILED  \]|ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:|SUMMARY:' "$log" | head -40 || true
        echo "  full log: $log"
        return 1
    fi
}
export -f run_area
export build_dir
# Two areas at a time: the kill and large-file tests spend their time in child processes.
printf '%s\n' "${run_areas[@]}" | grep . | xargs -r -P 2 -I{} bash -c 'run_area {}' >"$build_dir/hardening-summary.log" || true
cat "$build_dir/hardening-summary.log"
passed=$((passed + $(grep -c '^  PASS' "$build_dir/hardening-summary.log" || true)))
failed=$((failed + $(grep -c '^  FAIL' "$build_dir/hardening-summary.log" || true)))

if [ "$fuzz" = ON ]; then
    step "fuzzing, ${fuzz_seconds} s per harness"
    pids=()
    for harness in csv parsers; do
        "$here/tests/fuzz/run-bounded.sh" "$build_dir/tests/fuzz/fuzz_$harness" "$fuzz_seconds" \
            "$here/tests/fuzz/corpus/$harness" "$here/tests/fuzz/regressions/$harness" "$build_dir/fuzz-$harness" \
            >"$build_dir/fuzz-$harness.log" 2>&1 &
        pids+=($!)
    done
    for i in 0 1; do
        harness=$([ "$i" = 0 ] && echo csv || echo parsers)
        if wait "${pids[$i]}"; then
            echo "  PASS fuzz_$harness: $(grep -E 'number_of_executed_units' "$build_dir/fuzz-$harness.log" | awk '{print $2}') executions"
            passed=$((passed + 1))
        else
            echo "  FAIL fuzz_$harness"
            tail -40 "$build_dir/fuzz-$harness.log"
            failed=$((failed + 1))
        fi
    done
else
    echo "clang with libFuzzer not found: fuzzing skipped"
fi

echo
echo "hardening: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
