#!/usr/bin/env bash
# Issue 15's benchmark: CUSTOMERS customers (default 1,000,000) with the simulator's purchase rate
# scaled by RATE (default 34: about 10 transactions a customer, 10 million in all; the rate does
# not scale the count linearly, as customers also drop out), imported and valued in a PostgreSQL
# workspace and in a SQLite one, side by side. Prints, for each: import time, the summary query's time (PostgreSQL's own
# statistics), rows the client received, the client's peak RSS and the whole valuation's wall time
# (`lodestar clv --out`, fits included).
#
#   scripts/bench-postgres-scale.sh [--customers N] [--rate R] [--build DIR]
#
# Starts its own throwaway PostgreSQL server (tests/postgres/server.sh) and removes it after; needs
# the benchmarks target (the file generator): cmake --build build --target lodestar benchmarks
set -euo pipefail

customers=1000000
rate=34
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --customers) customers="$2"; shift 2 ;;
        --rate) rate="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
lodestar="$build/app/lodestar"
generator="$build/benchmarks/peer_transactions"
for tool in "$lodestar" "$generator"; do
    [[ -x "$tool" ]] || { echo "missing $tool: cmake --build $build --target lodestar benchmarks" >&2; exit 2; }
done

work="$(mktemp -d)"
chmod 755 "$work"
state="$work/server.state"
trap '"$root/tests/postgres/server.sh" stop "$state"; rm -rf "$work"' EXIT
"$root/tests/postgres/server.sh" start "$state"
if grep -q '^skip=' "$state"; then
    echo "no PostgreSQL server: $(sed -n 's/^skip=//p' "$state")" >&2
    exit 2
fi
admin="$(sed -n 's/^url=//p' "$state")"
psql "$admin" -qc "CREATE DATABASE lodestar_bench" >/dev/null
url="${admin%/*}/lodestar_bench"
psql "$url" -qc "CREATE EXTENSION pg_stat_statements" >/dev/null

csv="$work/tx.csv"
"$generator" "$customers" 78 "$csv" "$rate" >/dev/null
transactions=$(($(wc -l < "$csv") - 1))
echo "file: $customers customers, $transactions transactions ($(du -m "$csv" | cut -f1) MB)"

# Runs a command; prints "seconds peak_rss_mb" (its output is dropped; its errors shown on failure).
measure() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.monotonic() - start
if result.returncode != 0:
    sys.stderr.write(result.stderr.decode())
    sys.exit(1)
print(f"{elapsed:.2f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f}")
PY
}

map=(--map customer_id=customer_id --map date=date --map amount=amount)
sqlite="$work/bench.lodestar"
read -r pg_import pg_import_rss < <(measure "$lodestar" import --db "$url" --transactions "$csv" "${map[@]}")
read -r sq_import sq_import_rss < <(measure "$lodestar" import --db "$sqlite" --transactions "$csv" "${map[@]}")

# The valuation: the first fits are made and stored; the figures are of a second run, as a user's
# every later run is (fits reused), and of the first.
psql "$url" -qc "SELECT pg_stat_statements_reset()" >/dev/null
read -r pg_first pg_first_rss < <(measure "$lodestar" clv --db "$url" --out "$work/pg.csv")
psql "$url" -qc "SELECT pg_stat_statements_reset()" >/dev/null
read -r pg_clv pg_clv_rss < <(measure "$lodestar" clv --db "$url" --out "$work/pg.csv")
pg_rows=$(psql "$url" -Atc "SELECT SUM(rows) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'")
pg_summary=$(psql "$url" -Atc "SELECT ROUND(MAX(total_exec_time)::numeric / 1000, 2) FROM pg_stat_statements WHERE query LIKE 'WITH days AS%'")
read -r sq_first sq_first_rss < <(measure "$lodestar" clv --db "$sqlite" --out "$work/sq.csv")
read -r sq_clv sq_clv_rss < <(measure "$lodestar" clv --db "$sqlite" --out "$work/sq.csv")

printf '\n%-44s %14s %14s\n' "" "PostgreSQL" "SQLite"
printf '%-44s %13ss %13ss\n' "import ($transactions rows)" "$pg_import" "$sq_import"
printf '%-44s %13sM %13sM\n' "import peak RSS" "$pg_import_rss" "$sq_import_rss"
printf '%-44s %13ss %14s\n' "summary query (server time)" "$pg_summary" "(in memory)"
printf '%-44s %14s %14s\n' "rows received by the client (clv)" "$pg_rows" "$transactions"
printf '%-44s %13ss %13ss\n' "clv, first run (fits made)" "$pg_first" "$sq_first"
printf '%-44s %13sM %13sM\n' "clv, first run peak RSS" "$pg_first_rss" "$sq_first_rss"
printf '%-44s %13ss %13ss\n' "clv, later run (fits reused)" "$pg_clv" "$sq_clv"
printf '%-44s %13sM %13sM\n' "clv, later run peak RSS" "$pg_clv_rss" "$sq_clv_rss"
cmp -s <(sort "$work/pg.csv") <(sort "$work/sq.csv") && echo "the two CSVs are identical" \
    || echo "the two CSVs differ in $(diff <(sort "$work/pg.csv") <(sort "$work/sq.csv") | grep -c '^<') rows (float sums in another order)"
