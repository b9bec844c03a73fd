#!/usr/bin/env bash
# Puts every app of bench/precision/apps.json (or of --apps FILE), at its pinned commit, into
# CORPUS/<owner>+<name>/ and writes CORPUS/<owner>+<name>/.corpus-commit (the harness checks it).
#
#   bench/precision/fetch-corpus.sh CORPUS                 shallow git fetch of each pinned commit from GitHub
#   bench/precision/fetch-corpus.sh CORPUS --mirror DIR    extract from bare snapshots DIR/<owner>+<name>/repo
#                                                           (e.g. /work/.mirror); blobs the snapshot lacks
#                                                           (files of 4 MiB and more) are skipped: the scanner
#                                                           skips files over 2 MB anyway
#   ... --apps FILE                                         another app list, e.g. the held-out test set:
#   bench/precision/fetch-corpus.sh /work/corpus-holdout --apps bench/precision/holdout-apps.json [--mirror DIR]
#
# Folders that already exist are left alone. Nothing here builds or runs the fetched code.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
usage="usage: fetch-corpus.sh CORPUS [--apps FILE] [--mirror DIR]"
corpus="${1:?$usage}"; shift
mirror=""
apps="$here/apps.json"
while [ $# -gt 0 ]; do
  case "$1" in
    --mirror) mirror="${2:?--mirror needs a folder}"; shift 2 ;;
    --apps) apps="$(cd "$(dirname "${2:?--apps needs a file}")" && pwd)/$(basename "$2")"; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
[ -f "$apps" ] || { echo "no app list at $apps" >&2; exit 2; }
mkdir -p "$corpus"

node -e 'for (const a of require(process.argv[1])) console.log(a.repo, a.commit)' "$apps" |
while read -r repo commit; do
  dest="$corpus/${repo/\//+}"
  if [ -e "$dest" ]; then echo "have     $repo"; continue; fi
  if [ -n "$mirror" ]; then
    gitdir="$mirror/${repo/\//+}/repo"
    [ -d "$gitdir" ] || { echo "no snapshot of $repo under $mirror (fetch it first)" >&2; exit 1; }
    # The pinned commit when the snapshot has it (a newer snapshot usually keeps its history),
    # else the snapshot's HEAD, with a warning.
    if git --git-dir="$gitdir" cat-file -e "$commit^{commit}" 2>/dev/null; then have="$commit"
    else
      have="$(git --git-dir="$gitdir" rev-parse HEAD)"
      echo "warning: snapshot of $repo lacks $commit (pinned in $(basename "$apps")); extracting its HEAD $have" >&2
    fi
    mkdir -p "$dest"
    # Fast path: git archive. It stops at the first blob the snapshot lacks; then start over
    # and copy blob by blob, skipping the absent ones.
    if git --git-dir="$gitdir" archive "$have" 2>/dev/null | tar -x -C "$dest" 2>/dev/null; then
      find "$dest" -type l -delete   # as the blob-by-blob copy: no symbolic links
      echo "extract  $repo: git archive of $have"
      echo "$have" > "$dest/.corpus-commit"
      continue
    fi
    rm -rf "$dest"; mkdir -p "$dest"
    git --git-dir="$gitdir" ls-tree -r -z --full-tree "$have" | node -e '
      const { execFileSync } = require("node:child_process");
      const fs = require("node:fs"), path = require("node:path");
      const [gitdir, dest] = process.argv.slice(1);
      let missing = 0, n = 0;
      for (const rec of fs.readFileSync(0).toString("utf8").split("\0")) {
        if (!rec) continue;
        const [meta, name] = rec.split("\t");
        const [mode, type, sha] = meta.split(" ");
        if (type !== "blob" || mode === "120000") continue;
        let data;
        try { data = execFileSync("git", ["--git-dir", gitdir, "cat-file", "blob", sha], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] }); }
        catch { missing++; continue; }
        const out = path.join(dest, name);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, data); n++;
      }
      console.log(`${n} files` + (missing ? `, ${missing} blob(s) absent from the snapshot skipped` : ""));
    ' "$gitdir" "$dest" | sed "s|^|extract  $repo: |"
    echo "$have" > "$dest/.corpus-commit"
  else
    mkdir -p "$dest"
    if ! { git -C "$dest" init -q &&
           git -C "$dest" fetch -q --depth 1 "https://github.com/$repo.git" "$commit" &&
           git -C "$dest" -c advice.detachedHead=false checkout -q FETCH_HEAD; }; then
      rm -rf "$dest"; echo "could not fetch $repo at $commit" >&2; exit 1
    fi
    echo "$commit" > "$dest/.corpus-commit"
    echo "fetched  $repo at $commit"
  fi
done
