#!/usr/bin/env bash
# Regenerates REPORT.md's tables, inline numbers, data-dependent words and chart links (the regions
# between <!-- ctxbench:KIND NAME --> and <!-- /ctxbench --> markers) from one run folder, so that
# the report never drifts from the results. The hand-written text is kept byte for byte; running it
# twice changes nothing. Draw the run's charts first: scripts/charts.sh RUN.
#
# Usage: scripts/report.sh [--check] RUN
#   RUN       a run folder, e.g. results/20261126T0300Z-full-jdk25
#   --check   write nothing; exit 1 if regenerating would change REPORT.md or an image it links is
#             missing (one line "report: <what>" each)
# Exit status: 0 done or up to date, 1 --check found a difference, 2 bad input (one line
# "report: <what>" on stderr; REPORT.md untouched: it is only ever replaced through a temporary
# file and a rename). Environment: CTXBENCH_JAR=path runs that jar instead of building
# experiments/target/benchmarks.jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
if [ -n "${CTXBENCH_JAR:-}" ]; then
  [ -f "$CTXBENCH_JAR" ] || { echo "report: CTXBENCH_JAR=$CTXBENCH_JAR: no such file" >&2; exit 2; }
  jar=$CTXBENCH_JAR
else
  . "$root/scripts/lib/jar.sh"
  jar=$(ctxbench_jar "$root")
fi
exec java -cp "$jar" ctxbench.report.Report --report "$root/REPORT.md" "$@"
