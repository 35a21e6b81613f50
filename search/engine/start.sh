#!/usr/bin/env bash
# Build the launcher and start one OpenSearch node in the background; print its URL
# as the last line once it answers. Needs Java 17 and Maven (the first build
# downloads the artifacts from Maven Central; later builds work offline).
#
#   OPENSEARCH_PORT  port to listen on (default: a free one)
#   OPENSEARCH_HOME  keep the node's data there across restarts (default: a
#                    temporary directory removed when the node stops)
#   ENGINE_STATE     where the pid, log and URL files go (default: target/node)
set -euo pipefail
cd "$(dirname "$0")"
state=${ENGINE_STATE:-target/node}
for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed: the search engine needs Java 17 and Maven" >&2; exit 1; }
done
if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
  echo "already running (pid $(cat "$state/pid"))" >&2
  grep "^http" "$state/url" | tail -1
  exit 0
fi
# Offline when the local repository already holds everything, else from Maven Central.
mvn -B -q -Dstyle.color=never -o compile >/dev/null 2>&1 || mvn -B -q -Dstyle.color=never compile
mkdir -p "$state"
rm -f "$state/url"
args=("${OPENSEARCH_PORT:-0}")
[ -n "${OPENSEARCH_HOME:-}" ] && args+=("$OPENSEARCH_HOME")
nohup java -Xms512m -Xmx512m -XX:+UseSerialGC -cp "target/classes:$(cat target/classpath.txt)" \
  th.go.rd.smile.engine.SingleNode "${args[@]}" >"$state/url" 2>"$state/log" </dev/null &
echo $! >"$state/pid"
for _ in $(seq 1 180); do
  if grep -q '^http' "$state/url" 2>/dev/null; then
    grep "^http" "$state/url" | tail -1
    exit 0
  fi
  if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
    echo "the node exited; its log ($state/log) ends:" >&2
    tail -20 "$state/log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "the node did not answer within 90 s; see $state/log" >&2
exit 1
