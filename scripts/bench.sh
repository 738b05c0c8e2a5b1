#!/usr/bin/env bash
# Runs the JMH suites and writes a run folder results/<run-id>/ as docs/results-format.md says:
# env.json, jmh.json (JMH's own), results.csv, samples.csv, then charts/ (scripts/charts.sh).
#
# Usage: scripts/bench.sh [--profile smoke|quick|full] [--suite REGEX] [--results-dir DIR] [-- JMH args]
#   --profile      smoke: every benchmark and parameter once, briefly (CI; under 10 min on 2 cores)
#                  quick: the main job, about 15 min (fewer parameters, 6 samples per series; the default)
#                  full:  the report's run, about 75 min (every parameter; each suite's own @Fork,
#                         @Warmup, @Measurement: 3 forks × 5 × 1 s for the seed suite)
#                  (the exact JMH options: experiments/src/main/java/ctxbench/run/Profile.java)
#   --suite REGEX  only benchmarks whose name matches (JMH include regex), e.g. seed or 'timers.TimerOps.fire';
#                  the load experiments (scripts/load.sh, same profile) run after JMH unless REGEX
#                  is given and does not match 'load'; they run on the goroutine runtime go
#                  (load.sh --sched go), or on those of a '-p sched=...' among the JMH args
#   --results-dir  where run folders go (default: results/ of this repository)
#   -- ...         JMH options; each replaces the profile's option of the same name (for -p, of the
#                  same parameter), e.g. -- -f 3 -p queue=wheel
# Always on: -prof gc (B/op beside time) and -prof ctxbench.bench.prof.ContextSwitchProfiler (OS context
# switches per op, Linux only). The run id is <UTC yyyyMMdd'T'HHmm'Z'>-<profile>-jdk<major>
# (-2, -3, ... if taken). The run is written to results/.<run-id>.partial/ and renamed when complete;
# on Ctrl-C or TERM it is renamed to results/<run-id>-incomplete/ (env.json "complete": false), with
# JMH's output as jmh.log (the scores of the trials that finished); Ctrl-C during the load
# experiments also marks the run incomplete, during the charts it leaves the run complete.
# JMH's full output goes to a log file outside results/ (its path is printed); the terminal shows
# one progress line per trial. Environment: CTXBENCH_JAR=path runs that jar instead of building
# experiments/target/benchmarks.jar.
# Exit status: 0 complete (a chart failure is reported but keeps 0), 1 the run failed or was
# incomplete, 2 bad arguments (one line "bench: <what>" on stderr, nothing written), 130/143 interrupted.
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
bad() { echo "bench: $*" >&2; exit 2; }

profile=quick
suite=""
results_dir=""
bench_args="$*"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --profile|--suite|--results-dir)
      if [ $# -lt 2 ] || [ -z "$2" ] || [ "${2#--}" != "$2" ]; then bad "$1 needs a value"; fi
      case "$1" in
        --profile) profile=$2 ;;
        --suite) suite=$2 ;;
        --results-dir) results_dir=$2 ;;
      esac
      shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) bad "unknown option '$1' (see --help)" ;;
  esac
done
# The load experiments' goroutine runtime(s): go (the model of Go's scheduler, as load.sh's
# default), or what '-p sched=...' restricts the JMH runs to (the plan below checks its values).
load_sched=go
for ((i = 0; i + 1 < ${#extra[@]}; i++)); do
  if [ "${extra[$i]}" = -p ] && [ "${extra[$((i + 1))]#sched=}" != "${extra[$((i + 1))]}" ]; then
    load_sched=${extra[$((i + 1))]#sched=}
  fi
done
case "$profile" in
  smoke|quick|full) ;;
  *) bad "unknown profile '$profile' (smoke, quick, full)" ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
results_dir=$(realpath -m "${results_dir:-$root/results}")
. "$root/scripts/lib/results-dir.sh"
problem=$(ctxbench_results_dir_problem "$results_dir")
[ -z "$problem" ] || bad "--results-dir $results_dir $problem"

. "$root/scripts/lib/jdk.sh"
if [ -n "${CTXBENCH_JAR:-}" ]; then
  [ -f "$CTXBENCH_JAR" ] || bad "CTXBENCH_JAR=$CTXBENCH_JAR: no such file"
  jar=$CTXBENCH_JAR
else
  . "$root/scripts/lib/jar.sh"
  jar=$(ctxbench_jar "$root")
fi
helper() { java -cp "$jar" ctxbench.run.BenchRun "$@"; }

# Plan: the JMH arguments, the trials and the time estimate; bad JMH arguments stop here (exit 2).
plan_args=(plan --profile "$profile")
[ -n "$suite" ] && plan_args+=(--suite "$suite")
plan=$(helper "${plan_args[@]}" -- ${extra[@]+"${extra[@]}"}) || exit $?
mapfile -t plan_lines <<< "$plan"
trials=${plan_lines[0]}
estimate=${plan_lines[2]}
jmh_args=("${plan_lines[@]:3}")

# Start: reserve results/.<run-id>.partial/ and write env.json.
started=$(helper start --results-dir "$results_dir" --profile "$profile" --args "$bench_args" \
  --repo "$root" --trials "$trials" -- "${jmh_args[@]}")
partial=$(sed -n 1p <<< "$started")
run_id=$(sed -n 2p <<< "$started")
log="${TMPDIR:-/tmp}/ctxbench-bench-$run_id.log"
: > "$log"

jmh_pid=""
follower_pid=""
interrupted=""
finish() { # $1 = complete (true|false); prints the summary, sets $final
  local out
  trap '' INT TERM
  # An incomplete run keeps JMH's output: the scores of the trials that finished are in it.
  [ "$1" = true ] || cp "$log" "$partial/jmh.log" 2>/dev/null || true
  out=$(helper finish --run "$partial" --complete "$1") || { echo "bench: could not finish the run in $partial" >&2; exit 1; }
  trap - INT TERM
  final=$(tail -n 1 <<< "$out")
  sed '$d' <<< "$out"
}
stop_jmh() { # ends JMH and the benchmark JVM it forked
  local children
  [ -n "$jmh_pid" ] || return 0
  children=$(pgrep -P "$jmh_pid" || true)
  kill -TERM "$jmh_pid" $children 2>/dev/null || true
}
on_signal() {
  interrupted=$1
  stop_jmh
}
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM
# A foreground child (load.sh, charts.sh) that handles Ctrl-C itself exits 130 (143 for TERM) and
# bash, seeing a normal exit, does not run the trap above: take its status as the signal.
child_rc=0
child_exit() {
  child_rc=$1
  case "$1" in
    130) interrupted=${interrupted:-INT} ;;
    143) interrupted=${interrupted:-TERM} ;;
  esac
}

echo "bench: run $run_id: profile $profile, $trials trials, about $estimate (estimate; JMH's ETA follows)"
echo "bench: writing $partial (JMH log: $log)"

# One line per trial from JMH's output: [k/n] benchmark params · fork · JMH's progress and ETA.
show_progress() {
  local line bench="" params="" progress="" k=0 failed=""
  while IFS= read -r line; do
    case "$line" in
      "# Benchmark: "*) bench=${line#"# Benchmark: "}; bench=${bench#ctxbench.bench.}; params="" ;;
      "# Parameters: "*) params=${line#"# Parameters: ("}; params=${params%)}; params=${params// = /=} ;;
      "# Run progress: "*) progress=${line#"# Run progress: "} ;;
      "# Fork: "*|"# Warmup Fork: "*)
        case "$line" in "# Fork: 1 of "*|"# Warmup Fork: 1 of "*) k=$((k + 1)) ;; esac
        echo "[$k/$trials] $bench${params:+ ($params)} · ${line#"# "} · $progress" ;;
      "<failure>") failed=1 ;;
      "Exception in thread"*) echo "  warning: $line" ;;
      *)
        if [ -n "$failed" ] && [ -n "$line" ]; then echo "  FAILED: $line"; failed=""; fi ;;
    esac
  done
}

java -jar "$jar" "${jmh_args[@]}" -rf json -rff "$partial/jmh.json" > "$log" 2>&1 &
jmh_pid=$!
tail -n +1 -F --pid="$jmh_pid" "$log" 2>/dev/null | show_progress &
follower_pid=$!
set +e
wait "$jmh_pid"
rc=$?
while [ -n "$interrupted" ] && kill -0 "$jmh_pid" 2>/dev/null; do wait "$jmh_pid"; done
wait "$follower_pid" 2>/dev/null
set -e

if [ -n "$interrupted" ]; then
  finish false
  echo "bench: interrupted ($interrupted); the partial run is in $final"
  [ "$interrupted" = INT ] && exit 130 || exit 143
fi
if [ "$rc" -ne 0 ]; then
  echo "bench: JMH failed (exit $rc); the end of its log ($log):" >&2
  tail -n 25 "$log" >&2
  finish false
  echo "bench: incomplete run in $final" >&2
  exit 1
fi
finish true
case "$final" in
  *-incomplete) cp "$log" "$final/jmh.log" 2>/dev/null || true; echo "bench: incomplete run in $final" >&2; exit 1 ;;
esac
echo "bench: results in $final"
if [ -z "$suite" ] || grep -Eq -- "$suite" <<< "load"; then
  echo "bench: load experiments (scripts/load.sh --profile $profile --sched $load_sched --into $final)"
  set +e
  CTXBENCH_JAR=$jar "$root/scripts/load.sh" --profile "$profile" --sched "$load_sched" --into "$final"
  child_exit $?
  set -e
  [ "$child_rc" -eq 0 ] || [ -n "$interrupted" ] \
    || echo "bench: the load experiments failed (see above); the JMH results are complete" >&2
fi
if [ -n "$interrupted" ]; then # during the load experiments: the JMH results stay, the run is not complete
  final=$(helper demote --run "$final")
  echo "bench: interrupted ($interrupted); the partial run is in $final"
  [ "$interrupted" = INT ] && exit 130 || exit 143
fi
if [ -x "$root/scripts/charts.sh" ]; then
  set +e
  CTXBENCH_JAR=$jar "$root/scripts/charts.sh" "$final"
  child_exit $?
  set -e
  [ "$child_rc" -eq 0 ] || [ -n "$interrupted" ] || echo "bench: charts failed (see above); the run itself is complete" >&2
fi
if [ -n "$interrupted" ]; then # while drawing: the run is complete, scripts/charts.sh redraws
  echo "bench: interrupted ($interrupted) while drawing charts; the run is complete in $final"
  [ "$interrupted" = INT ] && exit 130 || exit 143
fi
