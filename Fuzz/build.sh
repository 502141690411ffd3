#!/usr/bin/env bash
# Builds Assure's libFuzzer harnesses with AddressSanitizer into .build-fuzz/bin/:
#
#   fuzz-rules        bytes → a rules file → `assure check` (text and JSON), `assure fmt --check`,
#                     and `assure report` when the rules check clean
#   fuzz-indicators   bytes → an indicator extract → `assure indicators` (text and JSON), `assure spc -`
#   fuzz-templates    bytes → a narrative template and a report section file → `assure check`,
#                     then the report in every format
#
#   Fuzz/build.sh [HARNESS…]      (default: all three)
#
# Package.swift is not touched: each library module is compiled here with swiftc, whole module,
# optimised, with `-sanitize=fuzzer,address` (coverage for libFuzzer, AddressSanitizer checks),
# into one object and one .swiftmodule; each harness is then linked against them with the
# libFuzzer runtime that the Swift toolchain ships. A normal `swift build` never sees any of it.
#
# Exit status: 0 built; 1 the build failed (compiler errors, warnings, or a toolchain without
# libFuzzer — the message says which).
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-fuzz
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(rules indicators templates)
# The library modules, dependencies first (as in Package.swift).
modules=(AssureData AssureAnalysis AssureLanguage AssureEngine AssureReport AssureRuleTesting AssureCommands)
# Every library target must be in that list: a module added to Package.swift and not here would
# fail the link with a confusing message, so say so plainly.
for folder in Sources/*/; do
    name=$(basename "$folder")
    case "$name" in assure|assure-bench) continue ;; esac
    if [[ ! " ${modules[*]} " == *" $name "* ]]; then
        echo "fuzz build: Sources/$name is not in Fuzz/build.sh's list of modules; add it (dependencies first)" >&2
        exit 1
    fi
done
flags=(-swift-version 6 -O -g -sanitize=fuzzer,address -parse-as-library)

swiftc=$(command -v swiftc || true)
if [ -z "$swiftc" ]; then
    echo "fuzz build: swiftc is not on PATH (the Swift toolchain is at /opt/swift/usr/bin)" >&2
    exit 1
fi
# `-sanitize=fuzzer` links clang's libFuzzer runtime from the toolchain's own resource folder.
toolchain=$(dirname "$(dirname "$(readlink -f "$swiftc")")")
if ! ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 \
    && ! ls "$toolchain"/lib/swift/clang/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "fuzz build: this Swift toolchain ($toolchain) has no libFuzzer runtime (libclang_rt.fuzzer-*.a)," >&2
    echo "  so -sanitize=fuzzer cannot link; the Swift 6 toolchains for Linux from swift.org ship it" >&2
    exit 1
fi

mkdir -p "$out/modules" "$out/objects" "$out/bin" "$out/generated"
# Where the harnesses find their fixed partnerships (Fuzz/*/partnership, the sample's Rules/),
# wherever they are started from.
root=$(pwd)
printf '/// The repository the harness was built from (written by Fuzz/build.sh).\nlet repositoryRoot = "%s"\n' \
    "$(printf '%s' "$root" | sed 's/[\\"]/\\&/g')" >"$out/generated/RepositoryRoot.swift.new"
cmp -s "$out/generated/RepositoryRoot.swift.new" "$out/generated/RepositoryRoot.swift" 2>/dev/null \
    || mv "$out/generated/RepositoryRoot.swift.new" "$out/generated/RepositoryRoot.swift"
rm -f "$out/generated/RepositoryRoot.swift.new"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Compiles with swiftc, failing on any warning as CI's normal build does.
compile() {
    local what=$1
    shift
    if ! swiftc "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "fuzz build: $what did not compile" >&2
        exit 1
    fi
    if grep -q "warning:" "$log"; then
        cat "$log" >&2
        echo "fuzz build: $what compiled with warnings; Assure builds with none" >&2
        exit 1
    fi
}

rebuilt=no
for module in "${modules[@]}"; do
    sources=()
    while IFS= read -r -d '' file; do sources+=("$file"); done \
        < <(find "Sources/$module" -name '*.swift' -print0 | sort -z)
    # Rebuilt when a source (or this script) is newer than the object, the list of files
    # changed, or a module before it was rebuilt.
    stamp="$out/objects/$module.sources"
    listing=$(printf '%s\n' "${sources[@]}")
    if [ "$rebuilt" = no ] && [ -f "$out/objects/$module.o" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$listing" ] \
        && [ -z "$(find "${sources[@]}" "$0" -newer "$out/objects/$module.o" -print -quit)" ]; then
        continue
    fi
    rebuilt=yes
    echo "== fuzz build: $module (${#sources[@]} files)"
    compile "$module" "${flags[@]}" -module-name "$module" -wmo -I "$out/modules" \
        -emit-module -emit-module-path "$out/modules/$module.swiftmodule" \
        -c -o "$out/objects/$module.o" "${sources[@]}"
    printf '%s' "$listing" >"$stamp"
done

for harness in "${harnesses[@]}"; do
    if [ ! -d "Fuzz/$harness" ]; then
        echo "fuzz build: there is no harness 'Fuzz/$harness' (there are: rules, indicators, templates)" >&2
        exit 1
    fi
    echo "== fuzz build: fuzz-$harness"
    objects=()
    for module in "${modules[@]}"; do objects+=("$out/objects/$module.o"); done
    compile "fuzz-$harness" "${flags[@]}" -use-ld=lld -module-name "Fuzz_$harness" -I "$out/modules" \
        Fuzz/Harness/*.swift "$out/generated/RepositoryRoot.swift" "Fuzz/$harness"/*.swift "${objects[@]}" -o "$out/bin/fuzz-$harness"
done
echo "fuzz build: ${harnesses[*]/#/$out/bin/fuzz-}"
