#!/usr/bin/env bash
# Runs the whole test suite (every module) with a JDK >= 21 found by scripts/lib/jdk.sh.
# Unit tests (surefire), once under each goroutine runtime (ctxbench.sched: the default execution
# under vt, then sched-go under go), and context-impl's time package once more in Go 1.23's timer
# mode (timers-go1.23, when no -Dtest is given); then the integration tests (failsafe: *IT, the
# tables of docs/bad-input.md run against the built jar and scripts, and the Go mirror's own tests
# on every installed Go toolchain).
# Usage: scripts/test.sh [extra Maven arguments, e.g. -pl context-impl or -Dtest=ChanTest]
#        scripts/test.sh --repeat N [--cpu-hog] [-- extra Maven arguments]
#          the whole suite N times, each in a fresh clone of HEAD (optionally beside one busy
#          process per core); names every test that failed in any run (scripts/lib/repeat-tests.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
case ${1:-} in
  --repeat|--cpu-hog) . scripts/lib/repeat-tests.sh; exit 0 ;;
esac
. scripts/lib/jdk.sh
if ! command -v mvn >/dev/null 2>&1; then
  echo "error: Maven (mvn) is not installed; install it, e.g. 'apt-get install -y maven'." >&2
  exit 2
fi
echo "ctxbench: testing with $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1) at $JAVA_HOME"
exec mvn -B -ntp verify "$@"
