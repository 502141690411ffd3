#!/bin/sh
# Every area in one run against the loop a user has today, on the national workload of
# issue 16 (153 areas × 200 monthly indicators × 120 months, one long CSV; 200 measures).
#
#   docs/bench/national.sh [RUNS]        # from the package folder; RUNS defaults to 3
#   FORMATS=json docs/bench/national.sh 5   # only those formats of each area's report (assure run --formats)
#
# Builds the release binaries, writes the workload (the same bytes on every machine) into
# $TMPDIR/assure-national, then RUNS times, one after the other (interleaved, so that both
# see the same load on a shared machine):
#   all  — assure run --all-areas (the data loaded once, every area on the cores, the overview)
#   loop — assure run --area X --out loop/X for each of the 153 areas, one process each
# each timed by /usr/bin/time (wall seconds, peak resident memory of the largest process).
# Both write every format of every area's report. Prints each run, then fastest, median
# and slowest of each.
set -eu
RUNS=${1:-3}
FORMATS=${FORMATS:-md,text,html,json,csv,docx}
DIR=${TMPDIR:-/tmp}/assure-national
swift build -c release --product assure >/dev/null
swift build -c release --product assure-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)
"$BIN/assure-bench" national --write "$DIR"
AREAS=$(tail -n +2 "$DIR/Indicators/national.csv" | cut -d, -f1 | uniq | tr '\n' ' ')
RESULTS="$DIR/times.txt"
: > "$RESULTS"
for run in $(seq 1 "$RUNS"); do
    rm -rf "$DIR/all" "$DIR/loop"
    /usr/bin/time -f "all %e %M" -a -o "$RESULTS" \
        "$BIN/assure" run --all-areas --formats "$FORMATS" --rules "$DIR/Rules" --indicators "$DIR/Indicators" --out "$DIR/all" 2>/dev/null
    mkdir -p "$DIR/loop"
    /usr/bin/time -f "loop %e %M" -a -o "$RESULTS" sh -c '
        for area in $3; do
            "$1/assure" run --area "$area" --rules "$2/Rules" --indicators "$2/Indicators" --out "$2/loop/$area" 2>/dev/null
        done' sh "$BIN" "$DIR" "$AREAS"
    tail -n 2 "$RESULTS"
done
for kind in all loop; do
    grep "^$kind " "$RESULTS" | sort -k2 -n | awk -v kind="$kind" '
        { wall[NR] = $2; if ($3 > memory) memory = $3 }
        END { printf "%s: %d runs, fastest %.1f s, median %.1f s, slowest %.1f s, peak memory %.0f MB\n",
              kind, NR, wall[1], wall[int((NR + 1) / 2)], wall[NR], memory / 1024 }'
done
