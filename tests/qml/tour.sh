#!/usr/bin/env bash
# The screenshot tour against a real local consortium: starts one in a temporary folder (anvil,
# the registry, three hospital nodes), runs the app's tour — onboarding, unlock, restore, then
# network, connecting the demo patient's hospitals, sync, timeline, search, a record, filters —
# and stops the consortium.  usage: tour.sh APP CLI HOSPITAL OUTDIR WxH [PHRASE_LANGUAGE]
set -euo pipefail
app=$1 cli=$2 hospital=$3 out=$4 size=$5 language=${6:-en}
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
consortium="$here/../sandbox/consortium"
dir=$(mktemp -d)
cleanup() { bash "$consortium" down --dir "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
PASSBOOK_CLI=$cli PASSBOOK_HOSPITAL=$hospital bash "$consortium" up --dir "$dir" >/dev/null 2>"$dir/up.log" ||
  { cat "$dir/up.log" >&2; exit 1; }
mkdir -p "$out"
PASSBOOK_CLI=$cli PASSBOOK_HOSPITAL=$hospital xvfb-run -a -s "-screen 0 1400x900x24" "$app" --tour "$out" --size "$size" --tour-phrase-language "$language" \
  --language "$language" --tour-sandbox "$dir"
