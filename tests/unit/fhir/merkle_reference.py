#!/usr/bin/env python3
# Independent reference for the record tree of DESIGN.md §5 (used by tst_merkle): reads a JSON
# array of plain documents on stdin and prints the Merkle root in hex. json.dumps with sorted keys
# and no whitespace equals RFC 8785 for documents with integers and plain strings only.
import hashlib
import json
import sys

docs = json.load(sys.stdin)
level = [hashlib.sha256(b"\x00" + json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).digest()
         for d in docs]
while len(level) > 1:
    nxt = [hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
    if len(level) % 2:
        nxt.append(level[-1])
    level = nxt
print(level[0].hex())
