#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end tests: code-server 4.99.4 (the VS Code 1.99.3 server
# and web workbench) on the machine's Node 20, plus Debian's Chromium, using only the npm registry
# and Debian apt (VS Code desktop cannot be downloaded here). Idempotent: a second run only checks.
#
# usage: test/e2e/install-code-server.sh [DEST]     (default .vscode-test/code-server, git-ignored)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=$(realpath -m "${1:-$ROOT/.vscode-test/code-server}")
CS_VERSION=4.99.4   # VS Code 1.99.3; the last code-server line whose postinstall accepts Node 20

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" != 20 ]; then
  echo "install-code-server: code-server $CS_VERSION needs Node 20 (this is $(node --version))" >&2
  exit 2
fi

# 1. Debian packages: chromium (the browser playwright-core drives), libkrb5-dev (gssapi headers
#    for code-server's 'kerberos' native module), ripgrep (stands in for @vscode/ripgrep's GitHub
#    download), fonts-ipafont-gothic (Japanese glyphs for the Japanese UI screenshots).
need=()
command -v chromium >/dev/null || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s fonts-ipafont-gothic >/dev/null 2>&1 || need+=(fonts-ipafont-gothic)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-code-server: missing Debian packages: ${need[*]} (run as root, or apt-get install them)" >&2
    exit 2
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
fi

if [ -x "$DEST/node_modules/.bin/code-server" ] && [ -f "$DEST/.installed-$CS_VERSION" ]; then
  echo "code-server $CS_VERSION already installed in ${DEST#"$ROOT"/}"
  exit 0
fi
mkdir -p "$DEST"
cd "$DEST"
rm -f .installed-*
cat > package.json <<JSON
{ "name": "code-server-runtime", "private": true,
  "allowScripts": { "code-server": true, "argon2": true } }
JSON

# 2. @vscode/ripgrep@1.15.11 (pinned by code-server 4.99.4) downloads rg from GitHub in its
#    postinstall; pre-seed its download cache with Debian's rg so it never goes online.
RGC="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RGC"
tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
# Native modules build against the installed Node's headers (Debian's nodejs ships them in /usr).
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

# 3. code-server. Its postinstall runs 'npm install' in lib/vscode and lib/vscode/extensions (native builds).
#    npm_config_unsafe_perm=true : its postinstall refuses to run as root without it (npm 11 warns "unknown config", harmless)
#    npm_config_yes=true         : node-pty's postinstall calls 'npx node-gyp'; ~/.npmrc may say yes=false and CI has no TTY
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --no-save "code-server@$CS_VERSION"
"$DEST/node_modules/.bin/code-server" --version
touch ".installed-$CS_VERSION"
