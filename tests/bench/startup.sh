#!/usr/bin/env bash
# Start-up and first call of the plugin users install (the self-contained linux-x64 build `./build.sh publish`
# packs), beside a hello-world console app this script builds, in one run:
#   - hello world: launch to exit;
#   - the plugin: launch to its port line, and to the first successful Handshake (median of --runs fresh processes);
#   - the first Create in each fresh process against a warm Create in the same process (against the emulator);
#   - the plugin's CPU per Check and per Diff of every type against GetPluginInfo's (the gRPC floor).
# Targets, printed as met / NOT MET: Handshake <= 3x hello world; first Create <= 20 ms over warm;
# Check/Diff CPU <= 1.5x the floor. Figures only: nothing passes or fails on timing (exit 0 unless it breaks).
#
#   tests/bench/startup.sh                          # artifacts in ./artifacts
#   tests/bench/startup.sh --runs 21 --calls 2000
#   AWSDIRECT_PLUGIN=/path/to/pulumi-resource-awsdirect tests/bench/startup.sh   # another build of the plugin
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
artifacts="${ARTIFACTS_PATH:-$repo/artifacts}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "uptime before: $(uptime)"

# Hello world, outside the repository so none of its build settings apply: what `dotnet new console` builds.
mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
XML
echo 'Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
dotnet build "$work/hello/hello.csproj" -c Release -o "$work/hello/out" -nologo -v quiet >&2

if [[ -z "${AWSDIRECT_PLUGIN:-}" ]]; then
  archive=$("$repo/build.sh" publish linux-x64 | tail -1)
  mkdir -p "$work/plugin"
  tar -xzf "$repo/$archive" -C "$work/plugin"
  export AWSDIRECT_PLUGIN="$work/plugin/pulumi-resource-awsdirect"
fi

dotnet build "$repo/tests/bench/Startup/Startup.csproj" -c Release --artifacts-path "$artifacts" -nologo -v quiet >&2
dotnet "$artifacts/bin/Startup/release/Startup.dll" --hello "$work/hello/out/hello" "$@"
echo "uptime after: $(uptime)"
