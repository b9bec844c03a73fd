#!/usr/bin/env bash
# Rebuilds the tree-sitter WASM grammars in this folder from the npm registry
# and Debian's emscripten, then refreshes grammars.json (sha256, abi, build).
#
#   grammars/build-grammars.sh                 # everything
#   grammars/build-grammars.sh xml             # only the listed grammars
#   GRAMMAR_BUILD_DIR=/tmp/gb grammars/build-grammars.sh   # keep the scratch dir
#
# Grammars: java kotlin typescript tsx (prebuilt .wasm copied from the npm
# packages) and swift xml (compiled here with emcc; swift is patched first).
# Compiling Swift takes 3-5 minutes on 2 cores (its parser.c is 18 MB).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WEB_TREE_SITTER_VERSION=0.27.1

# name -> "npm package@version"
declare -A PKG=(
  [java]=tree-sitter-java@0.23.5
  [kotlin]=@tree-sitter-grammars/tree-sitter-kotlin@1.1.0
  [typescript]=tree-sitter-typescript@0.23.2
  [tsx]=tree-sitter-typescript@0.23.2
  [swift]=tree-sitter-swift@0.7.1
  [xml]=@tree-sitter-grammars/tree-sitter-xml@0.7.0
)
ALL=(java kotlin swift typescript tsx xml)

# Flags follow `tree-sitter build --wasm` (tree-sitter CLI's emcc invocation):
# a SIDE_MODULE=2 that exports only tree_sitter_<lang>; libc functions it needs
# (malloc, calloc, iswalpha, ...) are imported from web-tree-sitter's wasm.
emcc_args() { # $1 = language name; prints one argument per line
  printf '%s\n' -o "tree-sitter-$1.wasm" -Os -fno-exceptions -fvisibility=hidden \
    -s WASM=1 -s SIDE_MODULE=2 -s TOTAL_MEMORY=33554432 -s NODEJS_CATCH_EXIT=0 \
    -s "EXPORTED_FUNCTIONS=[\"_tree_sitter_$1\"]" -I src src/parser.c src/scanner.c
}
show_cmd() { # args... -> copy-pasteable command line
  local out="emcc" a
  for a in "$@"; do
    if [[ "$a" =~ ^[A-Za-z0-9_./=,:+-]+$ ]]; then out+=" $a"; else out+=" '$a'"; fi
  done
  echo "$out"
}

if [ "$#" -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL[@]}"); fi
for t in "${TARGETS[@]}"; do
  [ -n "${PKG[$t]:-}" ] || { echo "unknown grammar: $t (known: ${ALL[*]})" >&2; exit 2; }
done
wants() { local x; for x in "${TARGETS[@]}"; do [ "$x" = "$1" ] && return 0; done; return 1; }

# --- tools ---------------------------------------------------------------
command -v node >/dev/null || { echo "node is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is required" >&2; exit 1; }
if (wants swift || wants xml) && ! command -v emcc >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo ">> installing Debian's emscripten"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq emscripten
  else
    echo "emcc not found: run 'apt-get install emscripten' (as root) first" >&2; exit 1
  fi
fi
EMCC_VERSION=""
if command -v emcc >/dev/null; then
  EMCC_VERSION="$(emcc --version | head -n1 | sed -E 's/.* ([0-9]+\.[0-9]+\.[0-9]+).*/\1/')"
fi

# --- fetch packages ------------------------------------------------------
WORK="${GRAMMAR_BUILD_DIR:-}"
if [ -z "$WORK" ]; then WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT; fi
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
echo ">> scratch dir: $WORK"
specs=("web-tree-sitter@$WEB_TREE_SITTER_VERSION")
for t in "${TARGETS[@]}"; do specs+=("${PKG[$t]}"); done
mapfile -t specs < <(printf '%s\n' "${specs[@]}" | sort -u)
[ -f "$WORK/package.json" ] || echo '{"name":"grammar-build","private":true}' > "$WORK/package.json"
echo ">> npm i ${specs[*]}"
(cd "$WORK" && npm i --ignore-scripts --legacy-peer-deps --no-audit --no-fund --save-exact "${specs[@]}")

pkgdir() { # "name@version" -> installed dir
  local spec="$1"; echo "$WORK/node_modules/${spec%@*}"
}
check_version() { # name
  local spec="${PKG[$1]}" got
  got="$(node -p "require('$(pkgdir "$spec")/package.json').version")"
  [ "$got" = "${spec##*@}" ] || { echo "$spec: npm installed $got" >&2; exit 1; }
}

declare -A BUILD=()

# --- prebuilt ------------------------------------------------------------
for t in java kotlin typescript tsx; do
  BUILD[$t]="prebuilt: copied from the npm package's tree-sitter-$t.wasm"
  wants "$t" || continue
  check_version "$t"
  src="$(pkgdir "${PKG[$t]}")/tree-sitter-$t.wasm"
  echo ">> $t: copying $src"
  install -m 644 "$src" "$HERE/tree-sitter-$t.wasm"
done

# --- swift (patched, compiled) -------------------------------------------
if wants swift; then
  check_version swift
  d="$WORK/build/swift"
  rm -rf "$d" && mkdir -p "$d"
  cp -r "$(pkgdir "${PKG[swift]}")/src" "$d/src"
  for p in "$HERE"/patches/tree-sitter-swift-0.7.1-*.patch; do
    echo ">> swift: applying $(basename "$p")"
    patch -d "$d" -p1 --no-backup-if-mismatch < "$p"
  done
  grep -q 'calloc(1, sizeof(struct ScannerState))' "$d/src/scanner.c" \
    || { echo "swift: scanner patch did not apply" >&2; exit 1; }
  mapfile -t args < <(emcc_args swift)
  cmd="$(show_cmd "${args[@]}")"
  echo ">> swift: (cd <patched package root> && $cmd)   # takes several minutes"
  (cd "$d" && emcc "${args[@]}")
  install -m 644 "$d/tree-sitter-swift.wasm" "$HERE/tree-sitter-swift.wasm"
  BUILD[swift]="emscripten $EMCC_VERSION (Debian): $cmd (run in the patched package root)"
fi

# --- xml (compiled; keeps the package's xml/src + common/ layout) --------
if wants xml; then
  check_version xml
  d="$WORK/build/xml"
  rm -rf "$d" && mkdir -p "$d"
  src="$(pkgdir "${PKG[xml]}")"
  cp -r "$src/xml" "$src/common" "$d/"   # xml/src/scanner.c includes ../../common/scanner.h
  for p in "$HERE"/patches/tree-sitter-xml-0.7.0-*.patch; do
    echo ">> xml: applying $(basename "$p")"
    patch -d "$d" -p1 --no-backup-if-mismatch < "$p"
  done
  mapfile -t args < <(emcc_args xml)
  cmd="$(show_cmd "${args[@]}")"
  echo ">> xml: (cd <package>/xml && $cmd)"
  (cd "$d/xml" && emcc "${args[@]}")
  install -m 644 "$d/xml/tree-sitter-xml.wasm" "$HERE/tree-sitter-xml.wasm"
  BUILD[xml]="emscripten $EMCC_VERSION (Debian): $cmd (run in the package's xml/ folder)"
fi

# --- grammars.json -------------------------------------------------------
build_json="{"
sep=""
for t in "${!BUILD[@]}"; do
  build_json+="$sep\"$t\":$(node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' "${BUILD[$t]}")"
  sep=","
done
build_json+="}"

pkg_json="{"
sep=""
for t in "${ALL[@]}"; do
  s="${PKG[$t]}"
  pkg_json+="$sep\"$t\":{\"package\":\"${s%@*}\",\"version\":\"${s##*@}\"}"
  sep=","
done
pkg_json+="}"

cat > "$WORK/update-manifest.mjs" <<'EOF'
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Language } from 'web-tree-sitter';

const [dir, wtsVersion, pkgs, builds] = process.argv.slice(2);
const PKG = JSON.parse(pkgs), BUILD = JSON.parse(builds);
const manifestPath = join(dir, 'grammars.json');
const old = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { grammars: {} };
await Parser.init();
const grammars = {};
for (const name of Object.keys(PKG)) {
  const file = `tree-sitter-${name}.wasm`;
  const prev = old.grammars?.[name] ?? {};
  const bytes = readFileSync(join(dir, file));
  const lang = await Language.load(bytes);
  const entry = {
    file,
    package: PKG[name].package,
    version: PKG[name].version,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    abi: lang.abiVersion,
    build: BUILD[name] ?? prev.build,
  };
  if (name === 'swift') entry.patches = ['patches/tree-sitter-swift-0.7.1-scanner-calloc.patch'];
  if (name === 'xml') entry.patches = ['patches/tree-sitter-xml-0.7.0-serialize-use-after-free.patch'];
  grammars[name] = entry;
  console.log(`${name.padEnd(10)} abi ${entry.abi}  ${entry.sha256}  ${bytes.length} bytes`);
}
writeFileSync(manifestPath, JSON.stringify({ webTreeSitter: wtsVersion, grammars }, null, 2) + '\n');
EOF
echo ">> updating grammars.json"
(cd "$WORK" && node update-manifest.mjs "$HERE" "$WEB_TREE_SITTER_VERSION" "$pkg_json" "$build_json")
echo ">> done"
