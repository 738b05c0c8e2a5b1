#!/usr/bin/env bash
# Runs the Go mirror's tests (experiments/go: go test ./..., which includes seed's
# TestVetReportsLostCancel, the full `go vet` finding the seed's leaky "before" code) with each
# chosen Go toolchain, and on Go 1.23 under both timer-channel semantics: "async" (the module as it
# is, `go 1.19`: asynctimerchan=1) and "sync" (the module built as `go 1.23`, through -modfile).
#
# Usage: scripts/go-test.sh [options]
#   --go LIST    comma-separated Go versions among 1.19,1.21,1.23, or "installed" (default): every
#                one of those that is installed (scripts/go-bench.sh --go V --install installs one)
#   -h, --help   this text
# Prints one line per toolchain and semantics, "go-test: go1.23.5 timers=sync: ok" (or FAIL, with
# go test's output above it); exits 1 when any failed. Bad input: one line "go-test: <what>" on
# stderr, exit 2.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GO_DIR=$ROOT/experiments/go
. "$ROOT/scripts/lib/go-toolchains.sh"

die() { echo "go-test: $*" >&2; exit 2; }
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

list=installed
while (($#)); do
  case $1 in
    --go=*) list=${1#--go=}; shift ;;
    --go) (($# >= 2)) || die "--go needs a value"; list=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
go_parse_versions "$list" || die "$GO_ERROR"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export GOTOOLCHAIN=local GOFLAGS=-count=1
failed=0
for v in "${GO_VERSIONS[@]}"; do
  gobin=$(go_bin "$v")
  goversion=$("$gobin" env GOVERSION)
  for semantics in $(go_timer_semantics "$v"); do
    modfile=()
    if [ "$semantics" = sync ]; then
      go_modfile "$GO_DIR" "$scratch/go.mod"
      modfile=(-modfile "$scratch/go.mod")
    fi
    if (cd "$GO_DIR" && CTXBENCH_TIMERS=$semantics "$gobin" test "${modfile[@]}" ./...); then
      echo "go-test: $goversion timers=$semantics: ok"
    else
      echo "go-test: $goversion timers=$semantics: FAIL"
      failed=1
    fi
  done
done
exit "$failed"
