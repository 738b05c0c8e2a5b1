#!/usr/bin/env bash
# Runs one of the Go concurrency examples (docs/examples.md) on the model.
# Usage: scripts/example.sh [--sched go|vt] [--timers go1.19|go1.23] NAME   run the example NAME
#        scripts/example.sh --list                 list the examples: name, class, what it shows
#   --sched  the goroutine runtime: vt (JDK virtual threads; the default, as for any JVM that does not
#            choose, and what the examples' tests run on) or go (the model of Go's G/M/P scheduler).
#            The JVM gets -Dctxbench.sched=<runtime> and --add-exports java.base/jdk.internal.vm=ALL-UNNAMED.
#   --timers the timer semantics of channel timers: go1.19 (the default: Go before 1.23) or go1.23
#            (Go 1.23's synchronous timer channels, queued only while a goroutine waits; docs/model.md).
#            The JVM gets -Dctxbench.timermode=<semantics>.
# Builds context-impl first if its classes are missing or older than its sources
# (into context-impl/$CTXBENCH_TARGET, default "target").
set -euo pipefail
cd "$(dirname "$0")/.."

# name | class in ctxbench.examples | what it shows
EXAMPLES="\
timing-out|TimingOut|select on a channel or time.After (seed 001)
moving-on|MovingOn|Query: the fastest of several connections, trySend, no goroutine left (seed 001)
pipeline|Pipeline|gen -> sq -> sq prints 16 then 81 (seed 001)
fan-in|FanOutFanIn|two sq workers, merge with a WaitGroup: 4 and 9 in either order (seed 001)
cancellation|ExplicitCancellation|a done channel closed on exit stops every stage; without it 2 leak (seed 001)
context-timeout|ContextTimeout|handle with WithTimeout: context deadline exceeded vs rpc done (seed 001)
error-cancel|ErrorCancellation|f1 fails, f2 gets context canceled; the same with errgroup (seed 001)
generator|Generator|gen(ctx) stopped by cancel leaves 0 goroutines, gen() without ctx 1 (seed 001)
timer-hygiene|TimerHygiene|time.After vs NewTimer+Stop when ctx.Done wins: pending timers 1 vs 0 (seed 003)
seed|SeedLeftovers|the before/after request code, 4 variants: pending timers and goroutines (seed 000)
timeout-handler|TimeoutHandler|http.TimeoutHandler answers 503 while its handler runs on (seed 001)"

usage() {
  echo "example: usage: scripts/example.sh [--sched go|vt] [--timers go1.19|go1.23] NAME | --list" >&2
  exit 2
}

# need_value OPTION WHAT VALUE: refuses an option given without a value (none, empty, or another option).
need_value() {
  if [ -z "$3" ] || [ "${3#--}" != "$3" ]; then
    echo "example: $1 needs a value ($2)" >&2
    exit 2
  fi
}

if [ $# -eq 1 ] && [ "$1" = --list ]; then
  while IFS='|' read -r name class what; do
    printf '%-16s %-21s %s\n' "$name" "$class" "$what"
  done <<<"$EXAMPLES"
  exit 0
fi
sched=vt
timers=go1.19
example=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sched) need_value "$1" "go or vt" "${2-}"; sched=$2; shift 2 ;;
    --timers) need_value "$1" "go1.19 or go1.23" "${2-}"; timers=$2; shift 2 ;;
    -*) usage ;;
    *)
      [ -z "$example" ] || usage
      example=$1
      shift ;;
  esac
done
[ -n "$example" ] || usage
case "$sched" in
  go|vt) ;;
  *) echo "example: --sched must be go or vt, not '$sched'" >&2; exit 2 ;;
esac
case "$timers" in
  go1.19|go1.23) ;;
  *) echo "example: --timers must be go1.19 or go1.23, not '$timers'" >&2; exit 2 ;;
esac

class=$(awk -F'|' -v n="$example" '$1 == n { print $2 }' <<<"$EXAMPLES")
if [ -z "$class" ]; then
  echo "example: unknown example '$example' (try --list)" >&2
  exit 2
fi

. scripts/lib/jdk.sh
target=${CTXBENCH_TARGET:-target}
classes="context-impl/$target/classes"
class_file="$classes/ctxbench/examples/$class.class"
if [ ! -f "$class_file" ] || [ -n "$(find context-impl/src/main -newer "$class_file" -print -quit)" ]; then
  if ! command -v mvn >/dev/null 2>&1; then
    echo "error: Maven (mvn) is not installed; install it, e.g. 'apt-get install -y maven'." >&2
    exit 2
  fi
  echo "example: building context-impl ..." >&2
  mvn -B -q -ntp -Dstyle.color=never -pl context-impl package -DskipTests -Dctxbench.target="$target" >&2
fi
# The go runtime runs goroutines as jdk.internal.vm continuations; vt does not need the export.
exec java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED -Dctxbench.sched="$sched" -Dctxbench.timermode="$timers" \
  -cp "$classes" "ctxbench.examples.$class"
