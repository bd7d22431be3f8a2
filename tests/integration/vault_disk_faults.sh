#!/usr/bin/env bash
# Change the password while the vault's storage is full, then while it is read-only: the CLI must
# fail with exit 4 and a clear message, and the old password must still open the vault afterwards.
# Runs in a private mount namespace on a small tmpfs; needs root (or user namespaces).
set -u
cli=$1
fast=(--kdf-cost 1,64)
old='correct horse battery staple'
new='purple elephant tuesday 42'
passed=0
failed=0
check() { # name, expected exit, actual exit
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "PASS: $1"; else failed=$((failed + 1)); echo "FAIL: $1 (expected exit $2, got $3)"; fi
}

if [ "${IN_NAMESPACE:-}" != 1 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    exec unshare -m env IN_NAMESPACE=1 bash "$0" "$@"
  else
    exec unshare -rm env IN_NAMESPACE=1 bash "$0" "$@"
  fi
  echo "FAIL: cannot create a private mount namespace (unshare)"; exit 1
fi

mnt=$(mktemp -d)
mount -t tmpfs -o size=2m tmpfs "$mnt" || { echo "FAIL: cannot mount tmpfs"; exit 1; }
data=$mnt/data

printf '%s\n' "$old" | "$cli" --data "$data" "${fast[@]}" vault create >/dev/null 2>&1
check "create on tmpfs" 0 $?

# --- full disk ---
dd if=/dev/zero of="$mnt/filler" bs=4k >/dev/null 2>&1   # fills the tmpfs until ENOSPC
# Completely full: not even the unlock throttle's record can be written, so no attempt is allowed
# (it fails closed: uncounted guesses are not allowed).
printf '%s\n%s\n' "$old" "$new" | "$cli" --data "$data" "${fast[@]}" vault change-password >/dev/null 2>/tmp/faults.err
check "change-password on a completely full disk fails with exit 4" 4 $?
grep -q "keep count of password attempts" /tmp/faults.err && { passed=$((passed + 1)); echo "PASS: message says attempts cannot be counted"; } || { failed=$((failed + 1)); echo "FAIL: message: $(cat /tmp/faults.err)"; }
# One page free: room for the throttle's record, not for re-sealing the vault and its database.
truncate -s -4K "$mnt/filler"
printf '%s\n%s\n' "$old" "$new" | "$cli" --data "$data" "${fast[@]}" vault change-password >"$mnt/../out.json" 2>/tmp/faults.err
rc=$?
check "change-password on a full disk fails with exit 4" 4 $rc
grep -q "full or read-only" /tmp/faults.err && ! grep -q "keep count" /tmp/faults.err && { passed=$((passed + 1)); echo "PASS: message names the cause"; } || { failed=$((failed + 1)); echo "FAIL: message: $(cat /tmp/faults.err)"; }
rm -f "$mnt/filler"
printf '%s\n' "$old" | "$cli" --data "$data" "${fast[@]}" vault check >/dev/null 2>&1
check "old password still opens after the full-disk failure" 0 $?
printf '%s\n' "$new" | "$cli" --data "$data" "${fast[@]}" vault check >/dev/null 2>&1
check "new password was not half-applied" 3 $?

# --- read-only storage ---
mount -o remount,ro "$mnt" || { echo "FAIL: cannot remount read-only"; exit 1; }
printf '%s\n%s\n' "$old" "$new" | "$cli" --data "$data" "${fast[@]}" vault change-password >/dev/null 2>/tmp/faults.err
check "change-password on read-only storage fails with exit 4" 4 $?
mount -o remount,rw "$mnt"
printf '%s\n' "$old" | "$cli" --data "$data" "${fast[@]}" vault check >/dev/null 2>&1
check "old password still opens after the read-only failure" 0 $?
printf '%s\n%s\n' "$old" "$new" | "$cli" --data "$data" "${fast[@]}" vault change-password >/dev/null 2>&1
check "change-password works once storage is writable again" 0 $?
printf '%s\n' "$new" | "$cli" --data "$data" "${fast[@]}" vault check >/dev/null 2>&1
check "new password opens" 0 $?

umount "$mnt"
rmdir "$mnt"
rm -f /tmp/faults.err
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
