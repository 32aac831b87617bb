#!/usr/bin/env bash
# Regenerates the committed PNG sizes of the application icon from its SVG source.
# Run after editing hicolor/scalable/apps/io.github.lodestar.Lodestar.svg; the build itself never renders,
# so building needs no SVG tool. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
id=io.github.lodestar.Lodestar
svg="$here/hicolor/scalable/apps/$id.svg"

if ! command -v rsvg-convert >/dev/null; then
    echo "render-icons.sh: rsvg-convert not found; install librsvg2-bin" >&2
    exit 2
fi

for size in 16 32 48 64 128 256; do
    out="$here/hicolor/${size}x${size}/apps/$id.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$out"
    echo "wrote $out"
done
