#!/usr/bin/env bash
# Deployment lag: how late the plugin's Create answers after CloudFront reports a connection group (and
# an Anycast static IP list) Deployed, for 3 s, 10 s and 30 s deployments and the same 0.2 s later (just
# after one of the waiter's polls: the worst phase), with the status calls the waiter made and their rate
# per minute of waiting. The real plugin process runs against the emulator
# (tests/AwsEmulator), driven over gRPC as the engine drives it; "Deployed at" comes from the emulator's
# call log. Target: every lag <= 5 s. Exits 1 when a lag misses it; timings are noisy on a loaded machine.
#
#   tests/bench/deployment-lag.sh                       # artifacts in ./artifacts
#   ARTIFACTS_PATH=/tmp/art-x tests/bench/deployment-lag.sh --deployments 3,10,30,61.5 --runs 3
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
artifacts="${ARTIFACTS_PATH:-$repo/artifacts}"

dotnet build "$repo/tests/bench/DeploymentLag/DeploymentLag.csproj" -c Release --artifacts-path "$artifacts" -nologo -v quiet >&2
exec dotnet "$artifacts/bin/DeploymentLag/release/DeploymentLag.dll" "$@"
