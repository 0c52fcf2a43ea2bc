#!/usr/bin/env bash
# The project's entry points (see README):
#   ./build.sh test      build everything with warnings as errors, check formatting, run every test suite, then
#                        the engine-protocol tests again against the plugin unpacked from its published archive
#   ./build.sh up        build the plugin, start the local AWS emulator and run `pulumi up` on the flagship stack
#   ./build.sh publish [RID...]
#                        write the plugin archives `pulumi plugin install --file` takes to artifacts/publish/
#                        (default: every platform below; e.g. `./build.sh publish linux-x64`)
set -euo pipefail
cd "$(dirname "$0")"

# Runtime identifiers we publish for, and the os-arch Pulumi names its plugin archives by. Each needs its
# runtime and apphost packs from NuGet; ReadyToRun code for all of them is compiled here by the linux-x64 crossgen.
declare -A pulumi_platform=(
  [linux-x64]=linux-amd64
  [linux-arm64]=linux-arm64
  [osx-x64]=darwin-amd64
  [osx-arm64]=darwin-arm64
  [win-x64]=windows-amd64
)
publish_dir=artifacts/publish

plugin_version() {
  dotnet msbuild provider/Awsdirect.Provider.csproj -getProperty:Version -nologo
}

# Publishes the plugin self-contained for one runtime and packs it as Pulumi names and lays out a plugin
# archive: pulumi-resource-awsdirect-v<version>-<os>-<arch>.tar.gz with the executable at its root.
# Prints the archive's path.
publish_plugin() {
  local rid=$1 version=$2
  local platform=${pulumi_platform[$rid]:-}
  if [[ -z "$platform" ]]; then
    echo "unknown runtime identifier '$rid' (one of: ${!pulumi_platform[*]})" >&2
    return 2
  fi
  local stage="$publish_dir/$rid"
  local archive="$publish_dir/pulumi-resource-awsdirect-v$version-$platform.tar.gz"
  rm -rf "$stage" "$archive"
  # -m:1 keeps crossgen from taking every core on a shared machine; the properties are in the csproj.
  dotnet publish provider/Awsdirect.Provider.csproj -c Release -r "$rid" -o "$stage" -m:1 -nologo -v quiet >&2
  # Sorted names, fixed owner and time: the same build gives the same archive. Symbols stay out (size).
  (cd "$stage" && find . -mindepth 1 ! -name '*.pdb' -printf '%P\n' | LC_ALL=C sort \
    | tar -czf "$OLDPWD/$archive" --no-recursion --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00:00Z' -T -)
  echo "$archive"
}

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
    # What users install: the engine-protocol tests once more against the plugin unpacked from its archive,
    # which the fixture starts with no dotnet on its PATH and no DOTNET_* host variables (AWSDIRECT_PLUGIN).
    archive=$(publish_plugin linux-x64 "$(plugin_version)")
    unpacked=$(mktemp -d)
    tar -xzf "$archive" -C "$unpacked"
    set +e
    env -u DOTNET_ROOT AWSDIRECT_PLUGIN="$unpacked/pulumi-resource-awsdirect" \
      dotnet test tests/Awsdirect.Integration.Tests -c Release --no-build \
      --filter "FullyQualifiedName~Awsdirect.Integration.Tests.Engine" 2>&1 | tee -a "$log"
    archive_status=${PIPESTATUS[0]}
    set -e
    rm -rf "$unpacked"
    (( status == 0 )) && status=$archive_status
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
  publish)
    ensure_dotnet
    shift
    rids=("$@")
    (( ${#rids[@]} > 0 )) || rids=(linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64)
    version=$(plugin_version)
    for rid in "${rids[@]}"; do
      publish_plugin "$rid" "$version"
    done
    ;;
  *)
    echo "usage: $0 [test|up|publish [RID...]]" >&2
    exit 2
    ;;
esac
