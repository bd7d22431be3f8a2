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
bus_pid='' mock_pid=''
cleanup() {
  [ -n "$mock_pid" ] && kill "$mock_pid" 2>/dev/null
  [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null
  bash "$consortium" down --dir "$dir" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
PASSBOOK_CLI=$cli PASSBOOK_HOSPITAL=$hospital bash "$consortium" up --dir "$dir" >/dev/null 2>"$dir/up.log" ||
  { cat "$dir/up.log" >&2; exit 1; }
mkdir -p "$out"
# A fingerprint reader (dbusmock fprintd that matches every finger) on a private bus that stands for
# the system bus, so the tour shows fingerprint unlock too.
mkdir -p "$dir/bus"
dbus-daemon --session --nofork --print-address=1 --address="unix:dir=$dir/bus" >"$dir/bus/address" &
bus_pid=$!
for _ in $(seq 100); do [ -s "$dir/bus/address" ] && break; sleep 0.1; done
address=$(head -n1 "$dir/bus/address")
[ -n "$address" ] || { echo "tour: dbus-daemon did not start" >&2; exit 1; }
DBUS_SYSTEM_BUS_ADDRESS=$address /usr/bin/python3 -m dbusmock --template "$here/../dbusmock/fprintd.py" \
  -p '{"auto_match": 400}' >/dev/null 2>"$dir/bus/mock.log" &
mock_pid=$!
for _ in $(seq 150); do
  dbus-send --bus="$address" --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
    string:net.reactivated.Fprint 2>/dev/null | grep -q "boolean true" && break
  sleep 0.1
done
dbus-send --bus="$address" --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
  string:net.reactivated.Fprint 2>/dev/null | grep -q "boolean true" ||
  { echo "tour: the fingerprint reader mock did not start" >&2; cat "$dir/bus/mock.log" >&2; exit 1; }
# The app runs in a session keyring of its own (a fresh login), so the fingerprint key it keeps there
# goes with the tour.
DBUS_SYSTEM_BUS_ADDRESS=$address PASSBOOK_CLI=$cli PASSBOOK_HOSPITAL=$hospital /usr/bin/python3 -c \
  'import ctypes, os, sys; ctypes.CDLL("libkeyutils.so.1").keyctl_join_session_keyring(None); os.execvp(sys.argv[1], sys.argv[1:])' \
  xvfb-run -a -s "-screen 0 1400x900x24" "$app" --tour "$out" --size "$size" --tour-phrase-language "$language" \
  --language "$language" --tour-sandbox "$dir"
