#!/usr/bin/env bash
# Asks the real kubectl v1.32, with no cluster, what it makes of a command line:
#   scripts/kubectl-oracle.sh get pods -n payments --foo
# Prints kubectl's stdout/stderr and exit code. The server 127.0.0.1:9 refuses connections, so a
# line kubectl accepts ends in "The connection to the server ... was refused"; one it rejects ends
# in a client-side error. See ../shared/kubectl/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kubectl_bin=${KUBECTL_1_32:-$(dirname "$(readlink -f "$(command -v kubectl)")")/kubectl.1.32}
cache=${KUBECTL_DISCOVERY:-$here/../../shared/kubectl/discovery-cache-v1.32}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.kube/cache/discovery/127.0.0.1_9"
cp -r "$cache"/. "$home/.kube/cache/discovery/127.0.0.1_9/"
cat > "$home/.kube/config" <<CFG
apiVersion: v1
kind: Config
clusters:
- name: prod-us-east-1
  cluster: { server: "https://127.0.0.1:9", insecure-skip-tls-verify: true }
- name: prod-eu-west-1
  cluster: { server: "https://127.0.0.1:9", insecure-skip-tls-verify: true }
users:
- name: oncall
  user: { token: oracle }
contexts:
- name: prod-us-east-1
  context: { cluster: prod-us-east-1, user: oncall, namespace: default }
- name: prod-eu-west-1
  context: { cluster: prod-eu-west-1, user: oncall, namespace: default }
current-context: prod-us-east-1
CFG
cd "$home"
set +e
env -i PATH=/usr/bin:/bin HOME="$home" timeout 20 "$kubectl_bin" "$@" </dev/null
code=$?
echo "[exit $code]" >&2
exit 0
