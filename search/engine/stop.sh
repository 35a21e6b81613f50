#!/usr/bin/env bash
# Stop the node start.sh started (same ENGINE_STATE) and wait until it has exited.
set -euo pipefail
cd "$(dirname "$0")"
state=${ENGINE_STATE:-target/node}
[ -f "$state/pid" ] || { echo "no node is running"; exit 0; }
pid=$(cat "$state/pid")
if kill "$pid" 2>/dev/null; then
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
fi
rm -f "$state/pid" "$state/url"
echo "stopped"
