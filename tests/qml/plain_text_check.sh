#!/usr/bin/env bash
# Every Label and Text in qml/ says `textFormat: Text.PlainText` first thing (the self-test checks
# the ones it can see on screen; this checks the rest, e.g. those only a delegate or a state shows).
set -euo pipefail
src=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
python3 - "$src/qml" <<'PY'
import pathlib, re, sys
bad = []
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.qml")):
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        m = re.search(r"(^|[^\w.])(Label|Text) \{(.*)$", line)
        if not m or line.lstrip().startswith("//"):
            continue
        rest = m.group(3).strip()
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not (rest.startswith("textFormat: Text.PlainText") or (not rest and following == "textFormat: Text.PlainText")):
            bad.append(f"{path.relative_to(sys.argv[1])}:{i + 1}: {line.strip()}")
if bad:
    print("Labels and Texts without textFormat: Text.PlainText first:", *bad, sep="\n  ", file=sys.stderr)
    sys.exit(1)
PY
