#!/usr/bin/env bash
# Runs Assure's libFuzzer harnesses (built by Fuzz/build.sh) for a bounded time each, one
# after the other, and fails on the first crash, hang, or allocation beyond the limit.
#
#   Fuzz/run.sh [SECONDS] [HARNESS…]       (default: 60 seconds each; rules indicators templates)
#
# Each harness starts from its committed seeds (Fuzz/HARNESS/corpus, never written to) and the
# inputs earlier runs found (.build-fuzz/corpus/HARNESS, where new ones are kept). A failing
# input is written to .build-fuzz/crashes/HARNESS/ and its path printed with the command that
# replays it. Extra libFuzzer options can be given in ASSURE_FUZZ_OPTIONS (for example
# "-jobs=4 -workers=2"); docs/fuzzing.md says how to run a long campaign.
#
# Exit status: 0 no failure found; 1 a harness failed (the input is kept); 2 bad usage or a
# harness not built.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: Fuzz/run.sh [SECONDS] [HARNESS…]" >&2
    exit 2
fi
shift $(( $# > 0 ? 1 : 0 ))
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(rules indicators templates)

out=.build-fuzz
# The harnesses write each input as a file; on a RAM-backed folder, when there is one, the
# report's flush to disk costs nothing. Removed at the end, with whatever a crash left.
scratch_parent=/dev/shm
[ -d "$scratch_parent" ] && [ -w "$scratch_parent" ] || scratch_parent=${TMPDIR:-/tmp}
scratch=$(mktemp -d "$scratch_parent/assure-fuzz-run.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

for harness in "${harnesses[@]}"; do
    binary="$out/bin/fuzz-$harness"
    if [ ! -x "$binary" ]; then
        echo "fuzz run: $binary is not built (run Fuzz/build.sh first)" >&2
        exit 2
    fi
    corpus="$out/corpus/$harness"
    crashes="$out/crashes/$harness"
    mkdir -p "$corpus" "$crashes"
    before=$(mktemp)
    ls "$crashes" | sort >"$before"
    echo "== fuzz: $harness for ${seconds}s (seeds: Fuzz/$harness/corpus)"
    # ASan: a report is a crash; leaks are not checked (Foundation leaks 4 KiB for each empty
    # file FileManager.contents(atPath:) reads, and the runtime's caches can look like leaks).
    # Swift's own backtracer is off: libFuzzer prints the stack, and the backtracer's reading
    # of the stack is itself reported by ASan, hiding the real message.
    # shellcheck disable=SC2086
    TMPDIR="$scratch" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" \
        "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$crashes/" ${ASSURE_FUZZ_OPTIONS:-} \
        "$corpus" "Fuzz/$harness/corpus" >"$scratch/$harness.log" 2>&1
    status=$?
    grep -E "^(stat::|Done [0-9]+ runs)" "$scratch/$harness.log" || true
    found=$(ls "$crashes" | sort | comm -13 "$before" - | grep -v '^slow-unit-' || true)
    rm -f "$before"
    if [ "$status" -ne 0 ] || [ -n "$found" ]; then
        # libFuzzer's log without its progress lines: the message, the stack, the input.
        grep -v -E '^(INFO:|#[0-9]+ )' "$scratch/$harness.log" | head -n 200
        echo "fuzz run: fuzz-$harness FAILED (libFuzzer exit status $status)" >&2
        for name in $found; do
            echo "  failing input: $crashes/$name" >&2
            echo "  replay it:     SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 ASSURE_FUZZ_SHOW=1 $binary $crashes/$name" >&2
        done
        echo "  docs/fuzzing.md says how to minimise it and turn it into a regression test" >&2
        exit 1
    fi
done
echo "fuzz run: no failure in ${harnesses[*]} (${seconds}s each)"
