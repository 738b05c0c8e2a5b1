#!/usr/bin/env bash
# Run by the Maven profile 'bench' (experiments/pom.xml) after the jar is built: turns the Maven
# properties into scripts/bench.sh's options and runs it; nothing else (bench.sh checks them all).
#
# Usage: scripts/lib/maven-bench.sh profile=P suite=REGEX results-dir=DIR jmh-args=ARGS
#   Every argument is always given (Maven cannot leave one out); an empty value means the option
#   is not given, as when it is left out of bench.sh's command line. ARGS are split at whitespace
#   (no quoting), e.g. jmh-args='-f 3 -p queue=wheel' → bench.sh ... -- -f 3 -p queue=wheel.
# Environment: CTXBENCH_JAR (the jar Maven has just built; set by the profile, so bench.sh does not
# build again) and JAVA_HOME (the JDK that runs Maven).
# Exit status: bench.sh's.
set -euo pipefail

options=()
jmh=()
for arg in "$@"; do
  value=${arg#*=}
  case "$arg" in
    profile=*) [ -z "$value" ] || options+=(--profile "$value") ;;
    suite=*) [ -z "$value" ] || options+=(--suite "$value") ;;
    results-dir=*) [ -z "$value" ] || options+=(--results-dir "$value") ;;
    jmh-args=*) read -r -a jmh <<< "$value" ;;
    *) echo "bench: maven-bench.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done
[ ${#jmh[@]} -eq 0 ] || options+=(-- "${jmh[@]}")
echo "bench: scripts/bench.sh ${options[*]}"
exec "$(dirname "$0")/../bench.sh" "${options[@]}"
