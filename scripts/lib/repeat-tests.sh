# Sourced by scripts/test.sh for --repeat: runs the whole suite N times, each time in a fresh
# clone of the committed HEAD (its own target/ folders, files checked out anew, so the order the
# file system lists test classes in is new each time), optionally beside a CPU hog, and names every
# test that failed in any run.
#
# Usage (through test.sh): scripts/test.sh --repeat N [--cpu-hog] [-- extra Maven arguments]
# Output: one line per run, then the failed tests with the runs they failed in, then
# "runs: P passed, F failed". Logs and the failed runs' test reports stay in a folder under
# ${TMPDIR:-/tmp} (named at the start). Exit 0 if every run passed, 1 if one failed, 2 on bad input.

repeat_usage="usage: scripts/test.sh --repeat N [--cpu-hog] [-- extra Maven arguments]"

repeat_fail() { echo "test: $*" >&2; exit 2; }

# What the EXIT trap cleans up: the CPU hog's processes and the clone of the run in progress.
repeat_hogs=()
repeat_clone=""
repeat_cleanup() {
  [ ${#repeat_hogs[@]} -eq 0 ] || kill "${repeat_hogs[@]}" 2>/dev/null
  [ -z "$repeat_clone" ] || rm -rf "$repeat_clone"
}

repeat_main() {
  local runs="" hog=0
  local -a mvn_args=()
  while [ $# -gt 0 ]; do
    case $1 in
      --repeat)
        [ $# -ge 2 ] || repeat_fail "--repeat needs a number of runs ($repeat_usage)"
        runs=$2; shift 2 ;;
      --cpu-hog) hog=1; shift ;;
      --) shift; mvn_args=("$@"); break ;;
      *) repeat_fail "unknown option '$1' with --repeat ($repeat_usage)" ;;
    esac
  done
  case $runs in
    ''|*[!0-9]*|0*) repeat_fail "--repeat must be a whole number of runs ≥ 1, not '$runs'" ;;
  esac
  command -v git >/dev/null 2>&1 || repeat_fail "--repeat needs git (each run is a fresh clone)"
  local root head
  root=$(git rev-parse --show-toplevel 2>/dev/null) || repeat_fail "--repeat needs a git checkout (each run is a fresh clone of HEAD)"
  head=$(git -C "$root" rev-parse --short HEAD)

  local out
  out=$(mktemp -d "${TMPDIR:-/tmp}/ctxbench-repeat-XXXXXX")
  trap repeat_cleanup EXIT
  trap 'echo "test: interrupted; logs so far in $out"; exit 130' INT TERM

  echo "test: $runs runs of the whole suite, each in a fresh clone of HEAD $head; logs in $out"
  if [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
    echo "test: note: uncommitted changes are not tested (the runs clone the committed HEAD)"
  fi
  if [ "$hog" = 1 ]; then
    local n i
    n=$(nproc)
    for ((i = 0; i < n; i++)); do
      yes >/dev/null &
      repeat_hogs+=($!)
    done
    echo "test: CPU hog: $n busy processes (one per core) run beside the suite"
  fi

  local passed=0 failed=0 run status tests start secs
  local failures="$out/failures.txt"
  : >"$failures"
  for ((run = 1; run <= runs; run++)); do
    repeat_clone="$out/clone"
    local clone=$repeat_clone
    git clone --quiet --no-hardlinks "$root" "$clone"
    start=$SECONDS
    status=0
    (cd "$clone" && bash scripts/test.sh "${mvn_args[@]}") >"$out/run-$run.log" 2>&1 || status=$?
    secs=$((SECONDS - start))
    tests=$(repeat_count_tests "$clone")
    repeat_failed_tests "$clone" | sed "s/\$/ (run $run)/" >>"$failures"
    if [ "$status" = 0 ]; then
      passed=$((passed + 1))
      echo "run $run/$runs: passed ($tests tests, $((secs / 60))m$((secs % 60))s)"
    else
      failed=$((failed + 1))
      mkdir -p "$out/run-$run-reports"
      find "$clone" -path '*/target/*-reports/*' -name 'TEST-*.xml' -exec cp {} "$out/run-$run-reports/" \;
      if grep -q "(run $run)\$" "$failures"; then
        echo "run $run/$runs: FAILED ($tests tests, $((secs / 60))m$((secs % 60))s; log: $out/run-$run.log)"
      else
        echo "run $run/$runs: FAILED before or outside the tests (exit $status; log: $out/run-$run.log)"
      fi
    fi
    rm -rf "$clone"
    repeat_clone=""
  done

  if [ -s "$failures" ]; then
    echo "failed tests:"
    sort "$failures" | sed 's/^/  /'
  fi
  echo "runs: $passed passed, $failed failed"
  [ "$failed" = 0 ]
}

# The number of tests the run's reports count (surefire and failsafe).
repeat_count_tests() {
  find "$1" -path '*/target/*-reports/*' -name 'TEST-*.xml' -exec grep -ho '<testsuite [^>]*' {} + 2>/dev/null \
    | grep -o ' tests="[0-9]*"' | tr -dc '0-9\n' | awk '{ s += $1 } END { print s + 0 }'
}

# Class.method of every test case with a <failure> or <error> in the run's reports, one per line.
# The unit tests' further surefire executions (sched-go: the go runtime; timers-go1.23: Go 1.23's
# timer mode) write their reports beside the first's, as TEST-<class>-<execution>.xml whose classes
# are named <class>(<execution>).
repeat_failed_tests() {
  find "$1" -path '*/target/*-reports/*' -name 'TEST-*.xml' -print0 2>/dev/null \
    | xargs -0 -r awk '
        /<testcase / {
          n = ""; c = ""
          if (match($0, / name="[^"]*"/)) n = substr($0, RSTART + 7, RLENGTH - 8)
          if (match($0, / classname="[^"]*"/)) c = substr($0, RSTART + 12, RLENGTH - 13)
        }
        /<(failure|error)[ >\/]/ { print c "." n }'
}

repeat_main "$@"
