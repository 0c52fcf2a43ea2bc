#!/usr/bin/env bash
# The README's main job (`./build.sh up`): build the plugin, start the local AWS emulator
# (tests/AwsEmulator), and `pulumi up` the flagship mission (the root Pulumi.yaml) against it with a
# local state backend, then print the stack outputs. The emulator is stopped on exit.
#
# usage: examples/run-local.sh                  build, emulator, pulumi up, stack outputs
#        examples/run-local.sh --emulator-only  build and start the emulator only, until Ctrl-C
#
# environment:
#   AWSDIRECT_EMULATOR_PORT   emulator port on 127.0.0.1 (default 4599)
#   AWSDIRECT_REGION          region of the stack (default us-east-1)
#   AWSDIRECT_STACK           stack name (default local)
#   AWSDIRECT_ARTIFACTS_PATH  passed to `dotnet build --artifacts-path` (keeps obj/ out of the tree)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${AWSDIRECT_EMULATOR_PORT:-4599}
region=${AWSDIRECT_REGION:-us-east-1}
stack=${AWSDIRECT_STACK:-local}
plugin_dir=$repo/provider/bin/plugin   # where the root Pulumi.yaml's plugins.providers points
emulator_dir=$repo/.emulator
work_dir=$repo/.pulumi-local
emulator_url=http://127.0.0.1:$port
emulator_pid=

emulator_only=false
case "${1:-}" in
  "") ;;
  --emulator-only) emulator_only=true ;;
  -h | --help)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "usage: $0 [--emulator-only]" >&2
    exit 2
    ;;
esac

step() { printf '\n==> %s\n' "$*" >&2; }
die() {
  printf '\nerror: %s\n' "$*" >&2
  exit 1
}

stop_emulator() {
  if [[ -n "$emulator_pid" ]] && kill -0 "$emulator_pid" 2>/dev/null; then
    echo "==> stopping the emulator (pid $emulator_pid)" >&2
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
}
trap stop_emulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# GET a URL and print the body; curl when present, else bash's /dev/tcp (a fresh machine may lack curl).
http_get() {
  local url=$1
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 2 "$url"
    return
  fi
  local rest=${url#http://} host port path
  host=${rest%%/*}
  path=/${rest#*/}
  port=${host##*:}
  host=${host%%:*}
  exec 3<>"/dev/tcp/$host/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host" >&3
  local status
  IFS= read -r status <&3 || { exec 3<&-; return 1; }
  cat <&3
  exec 3<&-
  [[ "$status" == *" 200 "* ]]
}

build_args=(-c Release --nologo -v quiet)
if [[ -n "${AWSDIRECT_ARTIFACTS_PATH:-}" ]]; then
  build_args+=(--artifacts-path "$AWSDIRECT_ARTIFACTS_PATH")
fi

# --- Pulumi CLI --------------------------------------------------------------------------------------
# Checked first: without it the rest is wasted work.
ensure_pulumi() {
  if command -v pulumi >/dev/null 2>&1; then
    return
  fi

  if [[ -x "$HOME/.pulumi/bin/pulumi" ]]; then
    export PATH="$HOME/.pulumi/bin:$PATH"
    return
  fi

  step "Pulumi CLI not found: installing it with Pulumi's official installer (https://get.pulumi.com)"
  local manual
  manual=$(cat <<'EOF'
Install the Pulumi CLI by hand, then run ./build.sh up again:
  - on a machine with internet access:  curl -fsSL https://get.pulumi.com | sh
    (it installs into ~/.pulumi/bin; this script looks there too)
  - or download the release archive for your platform from https://www.pulumi.com/docs/install/
    (pulumi-v<version>-linux-x64.tar.gz), copy it here and unpack it:
        mkdir -p ~/.pulumi/bin && tar -xzf pulumi-v*-linux-x64.tar.gz -C ~/.pulumi/bin --strip-components=1
  - then check:  ~/.pulumi/bin/pulumi version
EOF
)
  command -v curl >/dev/null 2>&1 \
    || die "the Pulumi CLI is not installed and curl, which its installer needs, is missing.
$manual"

  local installer
  installer=$(mktemp)
  # Downloaded first rather than piped into sh: a failed download must not run as an empty script.
  if ! curl -fsSL --connect-timeout 15 --max-time 300 https://get.pulumi.com -o "$installer"; then
    rm -f "$installer"
    die "the Pulumi CLI is not installed and its installer could not be downloaded from https://get.pulumi.com
(no network access to it from this machine?).
$manual"
  fi

  if ! sh "$installer" --no-edit-path; then
    rm -f "$installer"
    die "Pulumi's installer failed (see its output above); it downloads the CLI from get.pulumi.com as well.
$manual"
  fi
  rm -f "$installer"
  export PATH="$HOME/.pulumi/bin:$PATH"
  command -v pulumi >/dev/null 2>&1 || die "Pulumi's installer finished but ~/.pulumi/bin/pulumi is missing.
$manual"
}

if ! $emulator_only; then
  step "Checking for the Pulumi CLI"
  ensure_pulumi
  echo "using $(command -v pulumi) ($(pulumi version 2>/dev/null || echo 'version unknown'))" >&2
fi

command -v dotnet >/dev/null 2>&1 \
  || die "the .NET SDK (dotnet) is not installed: run ./build.sh up, which installs it from Debian packages, or install dotnet-sdk-10.0."

# --- builds ------------------------------------------------------------------------------------------
if ! $emulator_only; then
  step "Building the plugin (Release) into provider/bin/plugin"
  dotnet build "$repo/provider/Awsdirect.Provider.csproj" "${build_args[@]}" -o "$plugin_dir" \
    || die "building the plugin failed (output above)."
  [[ -x "$plugin_dir/pulumi-resource-awsdirect" ]] \
    || die "the build did not produce $plugin_dir/pulumi-resource-awsdirect."
fi

step "Building the AWS emulator (tests/AwsEmulator)"
dotnet build "$repo/tests/AwsEmulator/AwsEmulator.csproj" "${build_args[@]}" -o "$emulator_dir/bin" \
  || die "building the emulator failed (output above)."

# --- emulator ----------------------------------------------------------------------------------------
step "Starting the emulator on $emulator_url"
if http_get "$emulator_url/_emulator/health" >/dev/null 2>&1; then
  die "something already answers on $emulator_url (an emulator left running?). Stop it, or choose another port with AWSDIRECT_EMULATOR_PORT=<port>."
fi

mkdir -p "$emulator_dir"
log=$emulator_dir/emulator.log
dotnet "$emulator_dir/bin/AwsEmulator.dll" --urls "$emulator_url" --quiet >"$log" 2>&1 &
emulator_pid=$!

ready=false
for _ in $(seq 1 60); do
  if ! kill -0 "$emulator_pid" 2>/dev/null; then
    emulator_pid=
    die "the emulator exited during start-up. Its log ($log):
$(tail -n 20 "$log")"
  fi
  if http_get "$emulator_url/_emulator/health" >/dev/null 2>&1; then
    ready=true
    break
  fi
  sleep 0.5
done
$ready || die "the emulator did not answer $emulator_url/_emulator/health within 30 s. Its log ($log):
$(tail -n 20 "$log")"
echo "emulator ready: $emulator_url (pid $emulator_pid, log $log)" >&2

# Any key pair works: the emulator checks a SigV4 header is well formed but does not verify it.
export AWS_ACCESS_KEY_ID=${AWSDIRECT_TEST_ACCESS_KEY:-AKIAEMULATOREXAMPLE0}
export AWS_SECRET_ACCESS_KEY=${AWSDIRECT_TEST_SECRET_KEY:-emulator-secret-not-checked}
unset AWS_SESSION_TOKEN AWS_PROFILE
export AWS_REGION=$region
# Keeps the AWS SDK from probing the EC2 instance metadata service for credentials or region.
export AWS_EC2_METADATA_DISABLED=true

if $emulator_only; then
  cat >&2 <<EOF

The emulator runs until Ctrl-C. Point a stack at it with:
  pulumi config set awsdirect:region $region
  pulumi config set --path awsdirect:endpoints.groundstation $emulator_url
  pulumi config set --path awsdirect:endpoints.cloudfront $emulator_url
and any AWS keys, e.g. AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test.
EOF
  wait "$emulator_pid" || true
  emulator_pid=
  exit 0
fi

# --- pulumi up ---------------------------------------------------------------------------------------
# The emulator starts empty, so state from an earlier run would describe resources that no longer
# exist: every run starts from a fresh local backend. The project is run from a scratch directory whose
# Pulumi.yaml and provider/ link back to the repository, so the stack's config file
# (Pulumi.<stack>.yaml, which also holds the passphrase salt) lands there and not in the work tree.
step "Preparing a local Pulumi backend and the '$stack' stack in $work_dir"
rm -rf "$work_dir"
mkdir -p "$work_dir/state" "$work_dir/project"
ln -s "$repo/Pulumi.yaml" "$work_dir/project/Pulumi.yaml"
ln -s "$repo/provider" "$work_dir/project/provider"

# PULUMI_BACKEND_URL has the effect of `pulumi login file://...` for this script only, without
# changing which backend the user's own shell is logged in to.
export PULUMI_BACKEND_URL="file://$work_dir/state"
export PULUMI_CONFIG_PASSPHRASE=${PULUMI_CONFIG_PASSPHRASE:-awsdirect-local-emulator}
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true

cd "$work_dir/project"
pulumi stack select --create --non-interactive "$stack" \
  || die "could not create the '$stack' stack in $PULUMI_BACKEND_URL."
pulumi config set --stack "$stack" awsdirect:region "$region"
pulumi config set --stack "$stack" --path awsdirect:endpoints.groundstation "$emulator_url"
pulumi config set --stack "$stack" --path awsdirect:endpoints.cloudfront "$emulator_url"

step "pulumi up (the JPSS-1 downlink mission, against the emulator)"
pulumi up --stack "$stack" --yes --non-interactive \
  || die "pulumi up failed (output above). The emulator's log is $log."

step "Stack outputs"
pulumi stack output --stack "$stack" --non-interactive

echo >&2
echo "Done. State and stack config are in $work_dir; the emulator stops now, so they describe resources that are gone." >&2
