#!/usr/bin/env bash
# One fuzz target in the suite: every seed and every kept crash input first (a regression fails
# here), then SECONDS of new inputs. New interesting inputs go to WORK, never into the sources.
# Usage: run-target.sh BINARY SEEDS_DIR REGRESSIONS_DIR WORK_DIR NAME SECONDS
set -euo pipefail
binary=$1 seeds=$2 regressions=$3 work=$4 name=$5 seconds=$6
mkdir -p "$work/$name" "$work/$name-artifacts"
dirs=("$work/$name")
for d in "$seeds/$name" "$regressions/$name"; do
  [ -d "$d" ] && dirs+=("$d")
done
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$work/$name-artifacts/" "${dirs[@]}"
