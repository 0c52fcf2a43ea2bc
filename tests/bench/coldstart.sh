#!/usr/bin/env bash
# Cold start of the plugin as the engine sees it: process launch -> first stdout line (the port).
# Builds Release once, then launches the plugin N times (default 10), printing each time and the median.
# Target: median < 200 ms. Figures only; nothing here passes or fails on timing.
#
#   tests/bench/coldstart.sh            # artifacts in ./artifacts
#   ARTIFACTS_PATH=/tmp/art-x RUNS=20 tests/bench/coldstart.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
artifacts="${ARTIFACTS_PATH:-$repo/artifacts}"
runs="${RUNS:-10}"

dotnet build "$repo/provider/Awsdirect.Provider.csproj" -c Release --artifacts-path "$artifacts" -nologo -v quiet >&2
bin="$artifacts/bin/Awsdirect.Provider/release/pulumi-resource-awsdirect"
[[ -x "$bin" ]] || { echo "plugin not found at $bin" >&2; exit 1; }

times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  # Nothing listens on the engine address: startup must not depend on reaching the engine.
  coproc PLUGIN { exec "$bin" 127.0.0.1:1 2>/dev/null; }
  pid=$PLUGIN_PID
  if ! IFS= read -r -t 30 port <&"${PLUGIN[0]}"; then
    echo "run $i: no port line within 30 s" >&2
    kill -KILL "$pid" 2>/dev/null || true
    exit 1
  fi
  end=$(date +%s%N)
  kill -INT "$pid"
  wait "$pid" || true
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  printf 'run %2d: %4d ms (port %s)\n' "$i" "$ms" "$port"
done

mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
n=${#sorted[@]}
if (( n % 2 == 1 )); then
  median=${sorted[$((n / 2))]}
else
  median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
fi
echo "median: ${median} ms over $n runs (target < 200 ms)"
