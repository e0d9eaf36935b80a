#!/usr/bin/env bash
# Asks the real kubectl v1.32, with no cluster, what it makes of a command line (see
# scripts/kubectl-oracle.ts):  scripts/kubectl-oracle.sh get pods -n payments --foo
exec "$(dirname "$0")/../node_modules/.bin/tsx" "$(dirname "$0")/kubectl-oracle.ts" "$@"
