#!/usr/bin/env bash
# Opens the HTML report in a real headless Chromium and checks what a reader would get:
# the page renders (a screenshot and a printed PDF are saved as test artefacts), its charts
# are in the DOM, and an indicator title holding <script>, & and quotes appears as text,
# never as markup.
#
#   chromium-check.sh REPORT.html [ARTEFACT_DIR] [EXPECTED_CHARTS]
#
# Exit status: 0 checked and fine; 1 a check failed; 2 bad usage; 77 Chromium is not
# installed, so nothing was checked (the caller must report that as skipped, not passed).
set -u

html=${1:-}
artefacts=${2:-.build/artefacts}
expected_charts=${3:-1}
if [ -z "$html" ] || [ ! -f "$html" ]; then
    echo "usage: chromium-check.sh REPORT.html [ARTEFACT_DIR] [EXPECTED_CHARTS]" >&2
    exit 2
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "SKIPPED: chromium is not installed, so the HTML report was not checked in a real browser (apt-get install chromium)"
    exit 77
fi

mkdir -p "$artefacts"
absolute=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
screenshot="$artefacts/report.png"
dom="$artefacts/report.dom.html"
log="$artefacts/chromium.log"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions)
rm -f "$screenshot" "$dom" "$artefacts/report.pdf"

timeout 120 "$browser" "${flags[@]}" --screenshot="$screenshot" --window-size=1200,2000 "file://$absolute" >"$log" 2>&1
if [ ! -s "$screenshot" ]; then
    echo "FAILED: Chromium wrote no screenshot (see $log)"
    exit 1
fi
# Printed, as a sub-group chair would: the print stylesheet applies.
timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$artefacts/report.pdf" "file://$absolute" >>"$log" 2>&1
if [ ! -s "$artefacts/report.pdf" ]; then
    echo "FAILED: Chromium could not print the report to PDF (see $log)"
    exit 1
fi
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$absolute" >"$dom" 2>>"$log"
if [ ! -s "$dom" ]; then
    echo "FAILED: Chromium dumped no DOM (see $log)"
    exit 1
fi

failed=0
charts=$(grep -o '<svg' "$dom" | wc -l)
if [ "$charts" -lt "$expected_charts" ]; then
    echo "FAILED: $charts charts in the rendered DOM, expected $expected_charts"
    failed=1
fi
if ! grep -q 'role="img"' "$dom"; then
    echo "FAILED: the charts have no role=\"img\" text alternative"
    failed=1
fi
# The title as text: the DOM serialises a text node's <, > and & as entities.
if ! grep -qF '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"' "$dom"; then
    echo "FAILED: the title with <script>, & and quotes does not appear as text"
    failed=1
fi
if grep -qi '<script' "$dom"; then
    echo "FAILED: the rendered DOM has a <script> element"
    failed=1
fi
if [ "$failed" -ne 0 ]; then
    exit 1
fi
echo "OK: rendered by $("$browser" --version 2>/dev/null | head -n 1); $charts charts; the hostile title is text; screenshot $screenshot; printed $artefacts/report.pdf"
