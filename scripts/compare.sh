#!/usr/bin/env bash
# Compares two benchmark runs the way benchstat does: medians with 95% confidence intervals, a
# Mann-Whitney U test per benchmark and metric, '~' where the change is not significant.
# Usage: scripts/compare.sh [--format text|csv] [--filter REGEX] [--alpha A]
#                           [--fail-on-regression PCT] OLD NEW
#        scripts/compare.sh [options] --sources java,go RUN
# OLD, NEW, RUN: a run folder (results/<run-id>), a results.csv, or JMH's own JSON/CSV file.
# Exit status: 0 done, 2 bad input, 3 a significant regression beyond --fail-on-regression.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
. "$root/scripts/lib/jar.sh"
jar=$(ctxbench_jar "$root")
exec java -cp "$jar" ctxbench.compare.Compare "$@"
