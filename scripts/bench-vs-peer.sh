#!/usr/bin/env bash
# Lodestar against lifetimes 0.11.3 (../shared/peer), side by side on one simulated file of
# CUSTOMERS customers with daily dates over 78 weeks (customer_id,date,amount).
#
#   scripts/bench-vs-peer.sh [--runs N] [--customers N] [--build DIR] [--peer DIR] [--only JOBS]
#
# JOBS is a comma list of: job (the whole job), pnbd (Pareto/NBD fit), overview (painted overview,
# second open, against the peer's whole job). Each run times Lodestar and the peer back to back,
# alternating which goes first (A B B A ...), because this machine's speed drifts by 2x within
# minutes: only medians of interleaved runs are worth comparing. Needs python3-numpy, -scipy, -dill and
# -pandas for the peer (not in CI) and the benchmarks target (the file generator):
#   cmake --build build --target lodestar benchmarks
set -euo pipefail

runs=5
customers=100000
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
peer="$root/../shared/peer"
only="job,pnbd,overview"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --customers) customers="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        --peer) peer="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

lodestar="$build/app/lodestar"
generator="$build/benchmarks/peer_transactions"
for tool in "$lodestar" "$generator"; do
    [[ -x "$tool" ]] || { echo "missing $tool: cmake --build $build --target lodestar benchmarks" >&2; exit 2; }
done
[[ -f "$peer/peer_pipeline.py" ]] || { echo "missing the peer at $peer" >&2; exit 2; }
# Debian's python3, where the python3-* packages live (a pyenv shim earlier on PATH has none); PYTHON overrides.
python="${PYTHON:-/usr/bin/python3}"
"$python" -c 'import numpy, scipy, pandas, dill' 2>/dev/null \
    || { echo "the peer needs python3-numpy python3-scipy python3-pandas python3-dill" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
csv="$work/tx.csv"
calibration_end="$("$generator" "$customers" 78 "$csv")"
echo "file: $customers customers, $(($(wc -l < "$csv") - 1)) transactions, calibration end $calibration_end"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
peer_python=(env "PYTHONPATH=$peer/lifetimes:$peer/autograd" "$python")

# Seconds of wall time a command takes (its output goes to $work/last.out).
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > "$work/last.out" 2>&1 || { echo "failed: $*" >&2; cat "$work/last.out" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

# The peer prints its own seconds (the Python start-up before its clock is not counted in its favour).
peer_job() { "${peer_python[@]}" "$peer/peer_pipeline.py" "$csv" "$calibration_end" | tail -1; }
peer_pnbd() { "${peer_python[@]}" "$peer/peer_pnbd.py" "$csv" "$calibration_end" | tail -1; }

# Lodestar's whole job as a user runs it: four separate commands on a fresh workspace.
lodestar_job() {
    local db="$work/job.lodestar" total=0 part parts=()
    rm -f "$db" "$db"-*
    for step in "import --db $db --transactions $csv" "fit --db $db --model bgnbd" \
                "fit --db $db --model gamma-gamma" \
                "clv --db $db --horizon-months 12 --out $work/clv.csv"; do
        # shellcheck disable=SC2086
        part=$(seconds "$lodestar" $step)
        parts+=("$(printf '%.2f' "$part")")
        total=$(echo "$total + $part" | bc -l)
    done
    printf '%.3f %s\n' "$total" "$(IFS=+; echo "${parts[*]}")"
}

pnbd_db="$work/pnbd.lodestar"
lodestar_pnbd() { seconds "$lodestar" fit --db "$pnbd_db" --model pareto-nbd; }

# Window open to a painted overview, second open (the first may build caches).
lodestar_overview() { seconds "$lodestar" screenshot --db "$pnbd_db" --view overview --out "$work/overview.png"; }

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_pair NAME LODESTAR_FN PEER_FN: N interleaved runs, then medians and the ratio.
run_pair() {
    local name="$1" ours="$2" theirs="$3" i a b
    : > "$work/$name.ours"; : > "$work/$name.peer"
    for ((i = 0; i < runs; ++i)); do
        if ((i % 2 == 0)); then
            a=$($ours); b=$($theirs)
        else
            b=$($theirs); a=$($ours)
        fi
        echo "$a" >> "$work/$name.ours"; echo "$b" >> "$work/$name.peer"
        printf '  %-9s run %d: lodestar %s s, lifetimes %s s\n' "$name" $((i + 1)) "$a" "$b"
    done
    local mo mp
    mo=$(cut -d' ' -f1 "$work/$name.ours" | median)
    mp=$(median < "$work/$name.peer")
    printf '%-9s median lodestar %.3f s, lifetimes %.3f s, ratio %.1fx\n' "$name" "$mo" "$mp" "$(echo "$mp / $mo" | bc -l)" \
        | tee -a "$work/summary"
}

: > "$work/summary"
[[ ",$only," == *",job,"* ]] && run_pair job lodestar_job peer_job
if [[ ",$only," == *",pnbd,"* || ",$only," == *",overview,"* ]]; then
    "$lodestar" import --db "$pnbd_db" --transactions "$csv" > /dev/null
fi
[[ ",$only," == *",pnbd,"* ]] && run_pair pnbd lodestar_pnbd peer_pnbd
if [[ ",$only," == *",overview,"* ]]; then
    lodestar_overview > /dev/null # the first open
    run_pair overview lodestar_overview peer_job
fi
echo "== medians of $runs interleaved runs =="
cat "$work/summary"
