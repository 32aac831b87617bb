#!/usr/bin/env bash
# Refreshes translations/lodestar_*.ts from the sources (lupdate, through the update_translations target):
# new strings come in as unfinished, strings gone from the code are dropped. Then translate the unfinished
# entries (linguist translations/lodestar_de.ts, or by hand) and commit the .ts files.
# Usage: scripts/update-translations.sh [BUILD_DIR]   (default: build-translations beside the sources)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$here/build-translations}

if [ ! -f "$build_dir/build.ninja" ] && [ ! -f "$build_dir/Makefile" ]; then
    # Configuring is enough: update_translations builds nothing but runs lupdate.
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DLODESTAR_BUILD_TESTS=OFF -DLODESTAR_BUILD_BENCHMARKS=OFF >/dev/null
fi
cmake --build "$build_dir" --target update_translations

# lodestar_en.ts holds only the plural forms of English sources. Where a source follows the "(s)"
# convention ("%n row(s)"), its two forms are mechanical: "%n row" and "%n rows". Anything else
# stays unfinished, so the translation tests point at it.
perl -0pi -e '
    s{<source>([^<]*?)\(s\)([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>}{
        my ($before, $after) = ($1, $2);
        my $singular = "$before$after";
        my $plural = "${before}s$after";
        "<source>$before(s)$after</source>\n        <translation>\n            <numerusform>$singular</numerusform>\n            <numerusform>$plural</numerusform>\n        </translation>"
    }ge' "$here/translations/lodestar_en.ts"

for ts in "$here"/translations/lodestar_*.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$(basename "$ts"): $unfinished unfinished"
done
