#!/usr/bin/env bash
# CPU and allocation profiles of the seed variants on the fast path, Go 1.19 and the model side by
# side, into RUN/profiles/: pprof files and flame graphs for Go, async-profiler (or JFR) collapsed
# stacks and flame graphs for the model, the category shares of every profile
# (profiles/categories.csv, docs/profiles.md) and their charts. Then `scripts/report.sh RUN`
# writes REPORT's "Where the time goes" from them.
# Usage: scripts/profile.sh RUN [--variant V[,V...]] [--sched go|vt] [--profiler auto|async|jfr]
#                              [--event auto|cpu|itimer|ctimer] [--seconds N]
#        scripts/profile.sh --help
# Needs Go (scripts/go-bench.sh --install). Bad input: one line "profile: <what>", exit 2, nothing written.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
. "$root/scripts/lib/jar.sh"
jar=$(ctxbench_jar "$root")
exec java -Djava.awt.headless=true -cp "$jar" ctxbench.profiles.ProfileCommand --go-dir "$root/experiments/go" "$@"
