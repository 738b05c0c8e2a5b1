#!/usr/bin/env bash
# Runs the JMH suites and writes a run folder results/<run-id>/ as docs/results-format.md says:
# env.json, jmh.json (JMH's own), results.csv, samples.csv, then charts/ (scripts/charts.sh).
#
# Usage: scripts/bench.sh [--profile smoke|quick|full] [--suite REGEX] [--results-dir DIR] [-- JMH args]
#   --profile      smoke: every benchmark and parameter once, briefly (CI; under 10 min on 2 cores)
#                  quick: the main job, about 15 min (fewer parameters, 6 samples per series; the default)
#                  full:  the report's run, about 80 min + load (every parameter; each suite's own @Fork,
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
# (-2, -3, ... if taken). The run is written to results/.<run-id>.partial/ (JMH, then the load
# experiments into the same folder) and renamed to results/<run-id>/ once, when both are done; on
# Ctrl-C or TERM it is renamed to results/<run-id>-incomplete/ (env.json "complete": false), with
# JMH's output as jmh.log (the scores of the trials that finished) when JMH was interrupted; Ctrl-C
# during the load experiments also marks the run incomplete, during the charts it leaves the run complete.
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
. "$root/scripts/lib/values.sh"

# Plan: the JMH arguments, the trials and the time estimate; bad JMH arguments stop here (exit 2).
plan_args=(plan --profile "$profile")
[ -n "$suite" ] && plan_args+=(--suite "$suite")
plan=$(helper "${plan_args[@]}" -- ${extra[@]+"${extra[@]}"}) || exit $?
trials=$(ctxbench_value trials <<< "$plan")
estimate=$(ctxbench_value estimate <<< "$plan")
mapfile -t jmh_args < <(ctxbench_values jmh_arg <<< "$plan")

# Start: reserve results/.<run-id>.partial/ and write env.json.
started=$(helper start --results-dir "$results_dir" --profile "$profile" --args "$bench_args" \
  --repo "$root" --trials "$trials" -- "${jmh_args[@]}")
partial=$(ctxbench_value run_dir <<< "$started")
run_id=$(ctxbench_value run_id <<< "$started")
log="${TMPDIR:-/tmp}/ctxbench-bench-$run_id.log"
: > "$log"

jmh_pid=""
follower_pid=""
interrupted=""
final=""
record() { # $1 = whether JMH ran to the end (true|false); prints the summary, sets $jmh_complete
  local out
  trap '' INT TERM
  # An incomplete run keeps JMH's output (--jmh-log): the scores of the trials that finished are in it.
  out=$(helper record --run "$partial" --complete "$1" --jmh-log "$log") \
    || { echo "bench: could not record the JMH results in $partial" >&2; publish false; exit 1; }
  ctxbench_values summary <<< "$out"
  jmh_complete=$(ctxbench_value complete <<< "$out")
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
}
publish() { # $1 = complete (true|false); renames the run, once, to its final name in $final
  local out
  trap '' INT TERM
  out=$(helper publish --run "$partial" --complete "$1") || { echo "bench: could not finish the run in $partial" >&2; exit 1; }
  final=$(ctxbench_value run <<< "$out")
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
jmh_pid=""
set -e

if [ -n "$interrupted" ]; then
  record false
  publish false
  echo "bench: interrupted ($interrupted); the partial run is in $final"
  [ "$interrupted" = INT ] && exit 130 || exit 143
fi
if [ "$rc" -ne 0 ]; then
  echo "bench: JMH failed (exit $rc); the end of its log ($log):" >&2
  tail -n 25 "$log" >&2
  record false
  publish false
  echo "bench: incomplete run in $final" >&2
  exit 1
fi
record true
if [ "$jmh_complete" != true ]; then
  publish false
  echo "bench: incomplete run in $final" >&2
  exit 1
fi
# The load experiments write into the same reserved folder; the run is published after them, once.
if [ -z "$suite" ] || grep -Eq -- "$suite" <<< "load"; then
  echo "bench: load experiments (scripts/load.sh --profile $profile --sched $load_sched --into $partial)"
  set +e
  CTXBENCH_JAR=$jar "$root/scripts/load.sh" --profile "$profile" --sched "$load_sched" --into "$partial"
  child_exit $?
  set -e
  [ "$child_rc" -eq 0 ] || [ -n "$interrupted" ] \
    || echo "bench: the load experiments failed (see above); the JMH results are complete" >&2
fi
if [ -n "$interrupted" ]; then # during the load experiments: the JMH results stay, the run is not complete
  publish false
  echo "bench: interrupted ($interrupted); the partial run is in $final"
  [ "$interrupted" = INT ] && exit 130 || exit 143
fi
publish true
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM
echo "bench: results in $final"
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
