#!/usr/bin/env bash
# Every user-visible string has a finished zh_TW and ko translation: lupdate runs over the sources
# into copies of the committed .ts files, and any new, changed or unfinished entry fails the test
# (run tools/update-translations to fix).
set -euo pipefail
src=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src"/resources/translations/passbook_*.ts "$tmp"/
cd "$src"
/usr/lib/qt6/bin/lupdate -silent -locations none -no-obsolete -extensions cpp,h,qml,js,mm qml app/*.cpp app/*.h core platform \
  -ts "$tmp/passbook_zh_TW.ts" "$tmp/passbook_ko.ts" >/dev/null
status=0
for f in "$tmp"/passbook_*.ts; do
  n=$(grep -c 'type="unfinished"' "$f" || true)
  if [ "$n" != 0 ]; then
    echo "$(basename "$f"): $n string(s) without a translation:" >&2
    grep -B2 'type="unfinished"' "$f" | grep '<source>' | sed 's/^ */  /' >&2
    status=1
  fi
done
[ $status = 0 ] && echo "translations complete: $(grep -c '<source>' "$tmp/passbook_ko.ts") strings in zh_TW and ko"
exit $status
