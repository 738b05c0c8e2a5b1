#!/usr/bin/env bash
# Renders the charts of one or more runs, headless, as PNG and SVG into RUN/charts/ (regenerated):
# bars with error bars per suite (Java and Go side by side), allocation beside time, log-log
# scaling lines, HdrHistogram percentile plots and time series from RUN/hdr/, and with two runs
# the change per benchmark with its interval (into the last run's charts/).
# Usage: scripts/charts.sh RUN [RUN...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
. "$root/scripts/lib/jar.sh"
jar=$(ctxbench_jar "$root")
exec java -Djava.awt.headless=true -cp "$jar" ctxbench.charts.Charts "$@"
