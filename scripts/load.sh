#!/usr/bin/env bash
# Runs the load experiments (experiments/src/main/java/ctxbench/load): the seed scenario open-loop
# at a fixed request rate with HdrHistogram latencies (coordinated-omission corrected) and a 100 ms
# time series of live timers, heap after GC, goroutines, GC and rate; with --profile full also
# timer lateness, cancel propagation and channel hand-off latency. Every variant (and every other
# experiment) runs in a fresh JVM. Writes hdr/*.hgrm, hdr/*.hlog, hdr/*-timeseries.csv and
# suite=load rows in results.csv (docs/results-format.md); Go latencies found as hdr/*-go.lat
# (scripts/go-bench.sh --load) are imported as source=go rows.
#
# Usage: scripts/load.sh [--profile smoke|quick|full] [--rate R] [--duration D] [--variants LIST]
#                        [--queues LIST] [--slow P] [--sched go|vt|go,vt] [--timers LIST]
#                        [--into RUN_DIR | --results-dir DIR]
#   --profile      smoke: 200 req/s for 2 s per variant, go-heap (CI, about 40 s)
#                  quick: 2000 req/s for 10 s per variant, go-heap and jdk (about 3 min; the default)
#                  full:  2000 req/s for 30 s, go-heap, jdk and wheel, plus the other distributions (about 28 min)
#   --rate R       requests per second of the seed scenario (overrides the profile's)
#   --duration D   how long each variant sends requests: 500ms, 3s, 2m (overrides the profile's)
#   --variants L   comma list of before-leaky, before-cancel, after, timer-stop (default: all four)
#   --queues L     comma list of go-heap, jdk, wheel (also the queues of timer lateness in full)
#   --slow P       share of requests whose worker answers after twice the 200 ms timeout (default 0)
#   --sched L      goroutine runtime(s), comma list of go (the model of Go's G/M/P scheduler) and vt
#                  (JDK virtual threads); default go, the runtime whose rows stand beside Go's. With
#                  go,vt the whole profile runs once per runtime (twice the time). Each experiment's
#                  JVM gets -Dctxbench.sched=<runtime> and --add-exports java.base/jdk.internal.vm=ALL-UNNAMED;
#                  rows carry sched=<runtime> and hdr/ files end in -<runtime> (docs/results-format.md)
#   --timers L     the seed scenario's channel-timer semantics, comma list of go1.19 and go1.23 (the
#                  model's timer modes, docs/model.md), each on every queue; default go1.19 on every
#                  queue and go1.23 on go-heap. Rows carry timers=<semantics>; go1.23's hdr/ files
#                  are <variant>-<queue>-<sched>-go1.23
#   --into RUN     add to an existing run folder; rows of earlier load runs with the same parameters
#                  and hdr/ files of the same name are replaced, other files kept. A published run is
#                  changed as one merge: the experiments write into a staging folder beside it, whose
#                  files are renamed into RUN when all have run (on failure or Ctrl-C RUN is left as
#                  it was); bench.sh gives its run still being written (results/.<run-id>.partial),
#                  which the experiments write into directly
#   --results-dir  where a new run folder goes (default: results/ of this repository)
# Without --into the run is written to results/.<run-id>.partial/ and renamed to results/<run-id>/
# when complete (run id <UTC yyyyMMdd'T'HHmm'Z'>-load-jdk<major>, -2, -3, ... if taken); on Ctrl-C,
# TERM or a failed experiment it becomes results/<run-id>-incomplete/. Then scripts/charts.sh draws it.
# Environment: CTXBENCH_JAR=path runs that jar instead of building experiments/target/benchmarks.jar;
# LOAD_JAVA_OPTS replaces the experiments' JVM options (default: -XX:+UseG1GC -Xms256m -Xmx1g, and on
# JDK 24+ --sun-misc-unsafe-memory-access=allow for Netty); the runtime's -Dctxbench.sched and the
# jdk.internal.vm export are added after them in any case; each run's flags are kept in env.json.
# Exit status: 0 done, 1 an experiment failed, 2 bad arguments (one line "load: <what>" on stderr,
# nothing written), 130/143 interrupted.
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
bad() { echo "load: $*" >&2; exit 2; }

profile=quick
into=""
results_dir=""
load_args="$*"
plan_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --profile|--rate|--duration|--variants|--queues|--slow|--sched|--timers|--into|--results-dir)
      if [ $# -lt 2 ] || [ -z "$2" ] || [ "${2#--}" != "$2" ]; then bad "$1 needs a value"; fi
      case "$1" in
        --profile) profile=$2; plan_args+=("$1" "$2") ;;
        --into) into=$2 ;;
        --results-dir) results_dir=$2 ;;
        *) plan_args+=("$1" "$2") ;;
      esac
      shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) bad "unknown option '$1' (see --help)" ;;
  esac
done
case "$profile" in
  smoke|quick|full) ;;
  *) bad "unknown profile '$profile' (smoke, quick, full)" ;;
esac
if [ -n "$into" ] && [ -n "$results_dir" ]; then bad "--into and --results-dir exclude each other"; fi
if [ -n "$into" ]; then
  [ -d "$into" ] || bad "--into $into is not a run folder"
  [ -w "$into" ] || bad "--into $into is not writable"
  into=$(realpath "$into")
fi

root=$(cd "$(dirname "$0")/.." && pwd)
results_dir=$(realpath -m "${results_dir:-$root/results}")
if [ -z "$into" ]; then
  . "$root/scripts/lib/results-dir.sh"
  problem=$(ctxbench_results_dir_problem "$results_dir")
  [ -z "$problem" ] || bad "--results-dir $results_dir $problem"
fi

. "$root/scripts/lib/jdk.sh"
if [ -n "${CTXBENCH_JAR:-}" ]; then
  [ -f "$CTXBENCH_JAR" ] || bad "CTXBENCH_JAR=$CTXBENCH_JAR: no such file"
  jar=$CTXBENCH_JAR
else
  . "$root/scripts/lib/jar.sh"
  jar=$(ctxbench_jar "$root")
fi
default_opts="-XX:+UseG1GC -Xms256m -Xmx1g"
# Netty (the wheel queue) uses sun.misc.Unsafe, which JDK 24+ warns about once per JVM.
if [ "$(ctxbench_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then default_opts="$default_opts --sun-misc-unsafe-memory-access=allow"; fi
read -r -a java_opts <<< "${LOAD_JAVA_OPTS:-$default_opts}"
# The model's G/M/P scheduler (ctxbench.sched=go) runs goroutines as jdk.internal.vm continuations.
sched_opts=(--add-exports java.base/jdk.internal.vm=ALL-UNNAMED)
cli() { java -cp "$jar" ctxbench.load.LoadCli "$@"; }
. "$root/scripts/lib/values.sh"

# Plan: the Java side checks every value (exit 2, nothing written) and lists one command per JVM,
# each with the --sched its JVM must run.
plan=$(cli plan ${plan_args[@]+"${plan_args[@]}"}) || exit $?
estimate=$(ctxbench_value seconds <<< "$plan")
mapfile -t runs < <(ctxbench_values command <<< "$plan")
sched_of() { # $@ = the words of one command line; prints the value of its --sched
  while [ $# -gt 1 ]; do
    if [ "$1" = --sched ]; then echo "$2"; return 0; fi
    shift
  done
  echo "load: the plan gave no --sched" >&2
  return 1
}
scheds=""
for line in "${runs[@]}"; do
  read -r -a words <<< "$line"
  s=$(sched_of "${words[@]}") || exit 1
  case ",$scheds," in *",$s,"*) ;; *) scheds=${scheds:+$scheds,}$s ;; esac
done

final=""
if [ -n "$into" ]; then # the folder the experiments write: RUN itself while it is being written, else a staging folder
  staged=$(cli stage --into "$into") || exit 1
  run_dir=$(ctxbench_value run_dir <<< "$staged")
else
  started=$(cli start --results-dir "$results_dir" --profile "$profile" --args "$load_args" --repo "$root")
  run_dir=$(ctxbench_value run_dir <<< "$started")
  run_id=$(ctxbench_value run_id <<< "$started")
fi

child=""
interrupted=""
finish() { # $1 = complete (true|false); a run started here is renamed (its final folder in $final), an --into merge committed or discarded
  local out
  trap '' INT TERM
  out=$(cli finish --run "$run_dir" --complete "$1" ${into:+--into "$into"}) \
    || { echo "load: could not finish the run in $run_dir" >&2; exit 1; }
  trap - INT TERM
  [ -n "$into" ] || final=$(ctxbench_value run <<< "$out")
}
on_signal() {
  interrupted=$1
  [ -z "$child" ] || kill -TERM "$child" 2>/dev/null || true
}
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM

echo "load: ${#runs[@]} experiment(s), profile $profile, sched $scheds, about ${estimate}s; writing ${run_id:+run $run_id in }$run_dir"
k=0
for line in "${runs[@]}"; do
  k=$((k + 1))
  read -r -a words <<< "$line"
  sched=$(sched_of "${words[@]}")
  echo "[$k/${#runs[@]}] $line"
  java "${java_opts[@]}" "${sched_opts[@]}" "-Dctxbench.sched=$sched" -cp "$jar" ctxbench.load.LoadCli "${words[@]}" \
    --run-dir "$run_dir" --profile "$profile" &
  child=$!
  set +e
  wait "$child"
  rc=$?
  while [ -n "$interrupted" ] && kill -0 "$child" 2>/dev/null; do wait "$child"; done
  set -e
  child=""
  if [ -n "$interrupted" ]; then
    finish false
    echo "load: interrupted ($interrupted)${final:+; the partial run is in $final}"
    [ "$interrupted" = INT ] && exit 130 || exit 143
  fi
  if [ "$rc" -ne 0 ]; then
    finish false
    echo "load: experiment failed (exit $rc): $line${final:+; incomplete run in $final}" >&2
    exit 1
  fi
done

# Go latencies (scripts/go-bench.sh --load) in the run: imported beside the Java ones (nothing to do without them).
cli go-import --run-dir "$run_dir" || { finish false; echo "load: importing Go latencies failed${final:+; incomplete run in $final}" >&2; exit 1; }

finish true
if [ -n "$into" ]; then
  echo "load: results added to $into"
  exit 0
fi
echo "load: results in $final"
if [ -x "$root/scripts/charts.sh" ]; then
  "$root/scripts/charts.sh" "$final" || echo "load: charts failed (see above); the run itself is complete" >&2
fi
