#!/usr/bin/env bash
# The project's two entry points (see README):
#   ./build.sh test   build everything with warnings as errors, check formatting, run every test suite
#   ./build.sh up     build the plugin, start the local AWS emulator and run `pulumi up` on the flagship stack
set -euo pipefail
cd "$(dirname "$0")"

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "dotnet SDK not found: installing it from Debian packages" >&2
    apt-get update -qq && apt-get install -y -qq dotnet-sdk-10.0
  fi
}

case "${1:-test}" in
  test)
    ensure_dotnet
    dotnet build PulumiStack.sln -c Release
    dotnet format PulumiStack.sln --verify-no-changes --no-restore
    log=$(mktemp)
    set +e
    dotnet test PulumiStack.sln -c Release --no-build 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    # One closing line over all test assemblies, in the plain form CI systems read.
    passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    rm -f "$log"
    echo "tests: $passed passed, $failed failed, $skipped skipped"
    exit "$status"
    ;;
  up)
    ensure_dotnet
    exec ./examples/run-local.sh
    ;;
  *)
    echo "usage: $0 [test|up]" >&2
    exit 2
    ;;
esac
