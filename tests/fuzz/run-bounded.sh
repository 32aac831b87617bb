#!/usr/bin/env bash
# Runs one libFuzzer harness for a bounded time, as CI does:
#   run-bounded.sh HARNESS SECONDS SEED_CORPUS REGRESSIONS WORKDIR
# First every committed crasher is replayed (a fixed bug must stay fixed), then the harness fuzzes
# from a scratch copy of the seed corpus for SECONDS, one job, at the lowest priority.
set -euo pipefail
harness=$1 seconds=$2 seeds=$3 regressions=$4 work=$5

rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp -r "$seeds/." "$work/corpus/"

if compgen -G "$regressions/*" >/dev/null; then
    "$harness" "$regressions"/* 2>"$work/regressions.log" || { cat "$work/regressions.log" >&2; exit 1; }
fi
# -max_len keeps single inputs small; -rss_limit_mb catches memory blow-ups; -timeout catches hangs.
nice -n 19 "$harness" "$work/corpus" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 2>"$work/fuzz.log" || status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' "$work/fuzz.log" || true
if [ "${status:-0}" -ne 0 ]; then
    tail -60 "$work/fuzz.log" >&2
    echo "fuzzing found a failure; the input is in $work/artifacts/" >&2
    exit 1
fi
