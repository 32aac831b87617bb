#!/usr/bin/env bash
# Proves that packaging/debian-build-packages.txt (what setup.sh installs) is enough to build Lodestar
# on a fresh Debian 12 machine: every system file the build in BUILD_DIR read must come from a package
# inside the dependency closure of that list. A machine where a package happens to be installed by hand
# otherwise passes CI and fails for the next new user (issue 12: libqt6opengl6-dev).
#
# Files the build read: the compiler's dependency files (ninja -t deps), the CMake files configure read
# (build.ninja's own inputs: every package config found), the programs and libraries named on the
# build's command lines, and the shared libraries the built programs load (ldd). Each is mapped to its
# package through dpkg's file lists; the closure is `apt-cache depends --recurse` over Depends and
# Pre-Depends only, plus the Essential packages every Debian system has.
#
# Usage: scripts/check-package-closure.sh [--without PACKAGE]... [--self-test] BUILD_DIR...
#   --without PACKAGE   check as if PACKAGE were not in the list (shows what it is needed for)
#   --self-test         also prove the check can fail: without libqt6opengl6-dev the build's own files
#                       must be named as outside the closure
# Exit 0 the list is complete, 1 a package or file is missing from it, 2 usage.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
package_list=$here/packaging/debian-build-packages.txt
self_test_package=libqt6opengl6-dev

without=()
build_dirs=()
self_test=0
while [ $# -gt 0 ]; do
    case "$1" in
        --without) without+=("${2:?--without needs a package}"); shift 2 ;;
        --self-test) self_test=1; shift ;;
        -*) echo "usage: $0 [--without PACKAGE]... [--self-test] BUILD_DIR..." >&2; exit 2 ;;
        *) build_dirs+=("$(cd "$1" && pwd)"); shift ;;
    esac
done
[ ${#build_dirs[@]} -gt 0 ] || { echo "usage: $0 [--without PACKAGE]... [--self-test] BUILD_DIR..." >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
started=$(date +%s.%N)

listed_packages() {
    sed 's/#.*//' "$package_list" | tr -s ' \t' '\n\n' | grep -v '^$'
}

# One "FILE<TAB>WHAT READ IT" line per system file the build used.
files_the_build_read() {
    local build=$1
    # Headers: ninja's deps log (the compiler's .d files), "    /usr/include/..." under each target.
    ninja -C "$build" -t deps | awk -v build="$build" '
        /^[^ ]/ { target = $1; sub(/:$/, "", target) }
        /^    \// { print $1 "\t" build "/" target }'
    # CMake: build.ninja's inputs are every file configure read, package configs included.
    ninja -C "$build" -t query build.ninja | awk '$NF ~ /^\// { print $NF "\tcmake configure" }'
    # Programs and libraries named on the command lines (compiler, moc, lrelease, linked .so files).
    ninja -C "$build" -t commands | tr ' ' '\n' | grep -E '^(/|-l[A-Za-z])' | sort -u >"$scratch/words"
    grep '^/' "$scratch/words" | while read -r word; do
        [ -f "$word" ] && printf '%s\tcommand line\n' "$word"
    done
    local compiler
    compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
    printf '%s\tCMAKE_CXX_COMPILER\n' "$compiler"
    grep '^-l' "$scratch/words" | while read -r flag; do
        local found
        found=$("$compiler" -print-file-name="lib${flag#-l}.so")
        [ "${found#/}" != "$found" ] && printf '%s\tlinked with %s\n' "$found" "$flag"
    done
    # Shared libraries the built programs load, so the tests can run: one ldd for all of them.
    local programs=() program magic
    while IFS= read -r program; do
        IFS= read -r -d '' -n 4 magic <"$program" || true
        [ "$magic" = $'\x7fELF' ] && programs+=("$program")
    done < <(find "$build" -path '*/CMakeFiles' -prune -o -type f -perm -u+x -print)
    [ ${#programs[@]} -gt 0 ] || return 0
    ldd "${programs[@]}" 2>/dev/null | awk -v single="${programs[0]}" -v many="${#programs[@]}" '
        BEGIN { program = single }
        many > 1 && /^[^\t ].*:$/ { program = substr($0, 1, length($0) - 1); next }
        $(NF-1) ~ /^\// { print $(NF-1) "\t" program }
        $1 ~ /^\// { print $1 "\t" program }'
}

# The project's own trees (sources and builds) and scratch files come from no package.
own_trees=()
for build in "${build_dirs[@]}"; do
    [ -f "$build/build.ninja" ] || { echo "FAIL: $build is not a configured Ninja build" >&2; exit 1; }
    own_trees+=("$build/" "$(sed -n 's/^CMAKE_HOME_DIRECTORY:[A-Z]*=//p' "$build/CMakeCache.txt")/")
done
for build in "${build_dirs[@]}"; do
    files_the_build_read "$build"
done >"$scratch/all-read"
printf '%s\n' "${own_trees[@]}" >"$scratch/own-trees"
awk -F'\t' '
    FNR == NR { own[++n] = $0; next }
    $1 ~ /^\/(tmp|proc|dev)\// { next }
    { for (i = 1; i <= n; ++i) if (index($1, own[i]) == 1) next }
    !seen[$1]++' "$scratch/own-trees" "$scratch/all-read" >"$scratch/read"

# Each file as named and with its symlinks resolved (/usr/bin/c++ is an alternative, its target is
# g++'s); dpkg names files as they were packed, on merged /usr both /lib/... and /usr/lib/... are one.
cut -f1 "$scratch/read" >"$scratch/paths"
xargs -d '\n' realpath -m -s <"$scratch/paths" >"$scratch/as-named"
xargs -d '\n' realpath -m <"$scratch/paths" >"$scratch/resolved"
paste "$scratch/as-named" "$scratch/resolved" "$scratch/read" >"$scratch/candidates"

# The owner of every file, from dpkg's lists read once (a dpkg -S per file would take minutes).
awk -F'\t' '
    function key(path) { return path ~ /^\/usr\/(bin|sbin|lib|lib32|lib64|libx32)\// ? substr(path, 5) : path }
    FNR == NR { wanted[key($1)] = 1; wanted[key($2)] = 1; next }
    FNR == 1 { package = FILENAME; sub(/.*\//, "", package); sub(/\.list$/, "", package); sub(/:.*/, "", package) }
    key($0) in wanted { print key($0) "\t" package }' "$scratch/candidates" /var/lib/dpkg/info/*.list \
    | sort -u >"$scratch/owners"

# Package<TAB>file<TAB>what read it, for every package a file came from; "-" when nobody owns a file.
awk -F'\t' '
    function key(path) { return path ~ /^\/usr\/(bin|sbin|lib|lib32|lib64|libx32)\// ? substr(path, 5) : path }
    FNR == NR { owners[$1] = owners[$1] " " $2; next }
    {
        found = owners[key($1)] owners[key($2)]
        if (found == "") { print "-\t" $3 "\t" $4; next }
        n = split(found, list, " ")
        for (i = 1; i <= n; ++i) print list[i] "\t" $3 "\t" $4
    }' "$scratch/owners" "$scratch/candidates" | sort -t$'\t' -k1,1 -u >"$scratch/needed"

# apt-cache's recursive Depends graph of the list and of the Essential packages every Debian system
# has, read once: "package<TAB>dependency" edges, a virtual package's edges leading to its providers.
{
    listed_packages
    dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }'
} | sort -u >"$scratch/roots"
xargs -a "$scratch/roots" apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances | awk '
    function name(word) { sub(/:any$/, "", word); gsub(/[<>]/, "", word); return word }
    /^[^ ]/ { package = name($1); print package "\t" package; next }
    /^ +\|?(Pre)?Depends:/ { dependency = name($2); print package "\t" dependency; next }
    /^    [^ ]/ { print package "\t" name($1); print dependency "\t" name($1) }' >"$scratch/graph"

# The packages reachable from the list less the excluded ones, and from the Essential packages.
closure_without() {
    printf '%s\n' "$@" | awk -F'\t' '
        FILENAME == "-" { excluded[$0] = 1; next }
        FILENAME ~ /roots$/ { if (!($0 in excluded)) queue[++n] = $0; next }
        { edges[$1] = edges[$1] "\t" $2 }
        END {
            for (i = 1; i <= n; ++i) {
                if (queue[i] in inside) continue
                inside[queue[i]] = 1
                print queue[i]
                m = split(edges[queue[i]], next_ones, "\t")
                for (j = 2; j <= m; ++j) if (!(next_ones[j] in inside)) queue[++n] = next_ones[j]
            }
        }' - "$scratch/roots" "$scratch/graph"
}

# Prints each needed package outside the closure of the list less the excluded ones; 1 if any.
check() {
    closure_without "$@" | sort -u >"$scratch/closure"
    awk -F'\t' -v list="$package_list" '
        FNR == NR { inside[$1] = 1; next }
        $1 == "-" { printf "FAIL: %s (read by %s) belongs to no Debian package\n", $2, $3; bad = 1; next }
        !($1 in inside) {
            printf "FAIL: package %s is not in the closure of %s; the build read %s (%s)\n", $1, list, $2, $3
            bad = 1
        }
        END { exit bad }' "$scratch/closure" "$scratch/needed"
}

status=0
check "${without[@]}" || status=1
echo "$(wc -l <"$scratch/read") system files read by the build, from $(grep -cv '^-' "$scratch/needed") packages;" \
     "closure of the list: $(wc -l <"$scratch/closure") packages"
# Not wrong (the tests run some, a later pass uses others), but the place to look for a package to drop.
echo "listed, the build read no file of their own (metapackages, tools the tests run, later passes):" \
     $(listed_packages | sort -u | comm -23 - <(cut -f1 "$scratch/needed" | sort -u))

if [ "$self_test" = 1 ]; then
    if output=$(check "$self_test_package"); then
        echo "FAIL: self-test: without $self_test_package the check still passed"
        status=1
    elif ! grep -q "package $self_test_package is not in the closure" <<<"$output"; then
        printf '%s\n' "$output"
        echo "FAIL: self-test: without $self_test_package the check did not name it"
        status=1
    else
        echo "self-test: without $self_test_package the check fails naming it:"
        grep "package $self_test_package " <<<"$output"
    fi
fi

echo "package closure check took $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"
[ "$status" = 0 ] && echo "package closure check passed"
exit "$status"
