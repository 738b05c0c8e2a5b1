#!/usr/bin/env bash
# Runs the Go mirror of the ctxbench suites (experiments/go) and Go's own context and channel
# benchmarks (GOROOT: package context, runtime's chan/select benchmarks) with -benchmem, and
# converts the output into the result schema (docs/results-format.md) with source=go.
#
# Usage: scripts/go-bench.sh [options]
#   --profile smoke|quick|full  smoke: -count 1 -benchtime 10ms; quick (default): -count 6
#                               -benchtime 200ms; full: -count 10 -benchtime 1s
#   --suite REGEX               suites to run (extended regex over: seed timers propagation values
#                               channels naive gobench); default all
#   --bench REGEX               go test's -bench regex within the chosen suites, e.g.
#                               'BenchmarkTimerOps_fire' (default: every benchmark of each suite)
#   --into RUN_DIR              add the Go rows to an existing run folder (Java rows kept, earlier Go
#                               rows of the same suites replaced), as one merge when everything has
#                               run (nothing in RUN_DIR changes on failure); default: a new run folder
#                               results/<UTC yyyyMMddTHHmmZ>-go-go1.19/
#   --go LIST                   the Go toolchains, comma-separated among 1.19 (default), 1.21,
#                               1.23, or "installed" (every one installed). Go 1.23 runs twice:
#                               the mirror as written (its go.mod says go 1.19: old asynchronous
#                               timer channels, rows labelled go=1.23;timers=go1.19) and built as
#                               go 1.23 (new timers, go=1.23;timers=go1.23). Rows of a toolchain
#                               other than Go 1.19 carry those labels (docs/results-format.md);
#                               compare.sh --sources go,go1.23-new compares two of them
#   --load                      also run the Go load experiment (experiments/go/load), one process
#                               per variant and toolchain, writing RUN/hdr/<variant>-go.lat and
#                               <variant>-go-timeseries.csv (memory every 100 ms); other
#                               toolchains' files are named <variant>-go1.23[-new]...
#   --load-only                 only the load experiment, no benchmarks
#   --load-rate R               requests/s (default 1000)
#   --load-duration D           Go duration (default smoke 2s, quick 10s, full 30s)
#   --load-slow P               share of requests slower than the timeout (default 0.01)
#   --install                   install the --go toolchains with apt-get and exit (1.19:
#                               golang-go golang-1.19-src; 1.21, 1.23: golang-1.2X-go from Debian's
#                               bookworm-backports, added as an apt source when missing)
#   -h, --help                  this text
# Environment: CTXBENCH_JAR = a built experiments benchmarks.jar to use for the conversion
# (default: experiments/target/benchmarks.jar, rebuilt with Maven when older than the sources);
# CTXBENCH_MVN_ARGS = extra Maven arguments for that build (e.g. -o).
# Bad input: one line "go-bench: <what>" on stderr, exit 2, nothing written.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GO_DIR=$ROOT/experiments/go
RESULTS=$ROOT/results
ALL_SUITES=(seed timers propagation values channels naive gobench)
RUNTIME_BENCH='^Benchmark(ChanNonblocking|SelectUncontended|SelectSyncContended|SelectAsyncContended|SelectNonblock|ChanUncontended|ChanContended|ChanSync|ChanProdCons0|ChanProdCons10|ChanProdCons100|ChanProdConsWork0|ChanProdConsWork10|ChanProdConsWork100|SelectProdCons|ChanCreation|ChanSem|ChanPopular|ChanClosed)$'
ARGS="$*"
. "$ROOT/scripts/lib/go-toolchains.sh"

die() { echo "go-bench: $*" >&2; exit 2; }
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

profile=quick suite_re='.' bench_re='' into='' load=false load_only=false install=false go_list=
load_rate=1000 load_duration='' load_slow=0.01
while (($#)); do
  opt=$1
  case $opt in
    --*=*) set -- "${opt%%=*}" "${opt#*=}" "${@:2}"; continue ;;
  esac
  case $opt in
    --profile|--suite|--bench|--into|--go|--load-rate|--load-duration|--load-slow)
      (($# >= 2)) || die "$opt needs a value"
      case $opt in
        --profile) profile=$2 ;;
        --suite) suite_re=$2 ;;
        --bench) bench_re=$2 ;;
        --into) into=$2 ;;
        --go) go_list=$2 ;;
        --load-rate) load_rate=$2 ;;
        --load-duration) load_duration=$2 ;;
        --load-slow) load_slow=$2 ;;
      esac
      shift 2 ;;
    --load) load=true; shift ;;
    --load-only) load=true; load_only=true; shift ;;
    --install) install=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $opt (see --help)" ;;
  esac
done

if $install; then
  IFS=, read -r -a install_versions <<<"${go_list:-$GO_DEFAULT}"
  for v in "${install_versions[@]}"; do
    go_known "$v" || die "unknown Go version '$v' (known: $(IFS=,; echo "${CTXBENCH_GO_VERSIONS[*]}"))"
  done
  for v in "${install_versions[@]}"; do
    if gobin=$(go_bin "$v"); then echo "go-bench: $("$gobin" version) is already installed"; continue; fi
    [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1 || die "--install needs root (apt-get)"
    go_install "$v"
    "$(go_bin "$v")" version
  done
  exit 0
fi

# ---- validate everything before touching the disk ----
case $profile in
  smoke) count=1; benchtime=10ms; default_load_duration=2s ;;
  quick) count=6; benchtime=200ms; default_load_duration=10s ;;
  full) count=10; benchtime=1s; default_load_duration=30s ;;
  *) die "--profile must be smoke, quick or full, not '$profile'" ;;
esac
load_duration=${load_duration:-$default_load_duration}
[[ $load_rate =~ ^[0-9]+(\.[0-9]+)?$ ]] && awk "BEGIN{exit !($load_rate > 0)}" || die "--load-rate must be a positive number, not '$load_rate'"
[[ $load_duration =~ ^[0-9]+(\.[0-9]+)?(ms|s|m|h)$ ]] || die "--load-duration must be a Go duration such as 10s or 500ms, not '$load_duration'"
[[ $load_slow =~ ^[0-9]*\.?[0-9]+$ ]] && awk "BEGIN{exit !($load_slow <= 1)}" || die "--load-slow must be within 0..1, not '$load_slow'"

rc=0; printf '' | grep -Eq -- "$suite_re" 2>/dev/null || rc=$?
[ "$rc" -le 1 ] || die "--suite '$suite_re' is not a valid extended regex"
suites=()
if ! $load_only; then
  for s in "${ALL_SUITES[@]}"; do
    if printf '%s\n' "$s" | grep -Eq -- "$suite_re"; then suites+=("$s"); fi
  done
  ((${#suites[@]})) || die "--suite '$suite_re' matches none of: ${ALL_SUITES[*]}"
fi

if [ -n "$into" ]; then
  [ -e "$into" ] || die "run folder $into does not exist"
  [ -d "$into" ] || die "$into is not a folder"
  [ -f "$into/results.csv" ] || [ -f "$into/env.json" ] || die "$into is not a run folder (no results.csv or env.json)"
  case $(basename "$into") in .*.partial) die "$into is a run still being written" ;; esac
  [ -w "$into" ] || die "run folder $into is not writable"
  for f in results.csv samples.csv env.json go-bench.txt hdr; do
    [ ! -e "$into/$f" ] || [ -w "$into/$f" ] || die "$into/$f is not writable"
  done
  RUN=$(cd "$into" && pwd)
elif [ -e "$RESULTS" ]; then
  [ -d "$RESULTS" ] && [ -w "$RESULTS" ] || die "$RESULTS is not a writable folder"
else
  [ -w "$ROOT" ] || die "cannot create $RESULTS"
fi

if [ -z "$go_list" ] && ! command -v go >/dev/null 2>&1; then
  die "Go is not installed: run 'scripts/go-bench.sh --install' or 'apt-get install -y golang-go golang-1.19-src'"
fi
go_parse_versions "${go_list:-$GO_DEFAULT}" || die "$GO_ERROR"
export GOTOOLCHAIN=local
# the first toolchain names a Go-only run and is env.json's go.version; the others are in go.toolchains
GO_VERSION=$("$(go_bin "${GO_VERSIONS[0]}")" env GOVERSION)
GO_MINOR=$(printf '%s' "$GO_VERSION" | sed -E 's/^(go[0-9]+\.[0-9]+).*/\1/')
GOMAXPROCS_NOW=${GOMAXPROCS:-$(nproc)}

if [ -z "$into" ]; then
  RUN_ID="$(date -u +%Y%m%dT%H%MZ)-go-$GO_MINOR"
  for d in "$RESULTS/$RUN_ID" "$RESULTS/$RUN_ID-incomplete" "$RESULTS/.$RUN_ID.partial"; do
    [ ! -e "$d" ] || die "$d already exists (one Go run per minute; never overwritten)"
  done
  RUN=$RESULTS/$RUN_ID
fi

# ---- the converter (Java) ----
. "$ROOT/scripts/lib/jdk.sh"
JAR=${CTXBENCH_JAR:-$ROOT/experiments/target/benchmarks.jar}
if [ -z "${CTXBENCH_JAR:-}" ]; then
  stale=true
  if [ -f "$JAR" ] && unzip -l "$JAR" ctxbench/goimport/GoBenchImport.class >/dev/null 2>&1; then
    [ -n "$(find "$ROOT/experiments/src/main" "$ROOT/context-impl/src/main" "$ROOT/pom.xml" "$ROOT/experiments/pom.xml" \
      -newer "$JAR" -type f 2>/dev/null | head -n 1)" ] || stale=false
  fi
  if $stale; then
    command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to build the converter; install it, e.g. 'apt-get install -y maven'"
    echo "go-bench: building experiments/target/benchmarks.jar (converter)"
    # shellcheck disable=SC2086
    (cd "$ROOT" && mvn -B -q -ntp ${CTXBENCH_MVN_ARGS:-} -pl experiments -am -DskipTests package) >&2
  fi
fi
[ -f "$JAR" ] || die "converter jar $JAR not found"
gobench_import() { java -cp "$JAR" ctxbench.goimport.GoBenchImport "$@"; }

git_commit=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
git_dirty=false; [ -z "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ] || git_dirty=true
START=$(date -u +%Y-%m-%dT%H:%M:%SZ)
env_opts=(--go-version "$GO_VERSION" --gomaxprocs "$GOMAXPROCS_NOW" --profile "$profile" --count "$count"
          --benchtime "$benchtime" --args "$ARGS" --start "$START" --git-commit "$git_commit" --git-dirty "$git_dirty")

# ---- where the output goes while running ----
WORK=$(mktemp -d "${TMPDIR:-/tmp}/go-bench.XXXXXX")
if [ -n "$into" ]; then
  OUT=$WORK                       # nothing in RUN changes until the import succeeds
else
  mkdir -p "$RESULTS"
  OUT=$RESULTS/.$RUN_ID.partial
  mkdir "$OUT"
fi
RAW=$OUT/go-bench.txt

finished=false
on_exit() {
  local status=$?
  $finished && { rm -rf "$WORK"; return; }
  trap - EXIT INT TERM
  if [ -n "$into" ]; then
    echo "go-bench: interrupted or failed; $RUN unchanged (raw output left in $WORK)" >&2
  elif [ -d "$OUT" ]; then
    if [ ! -f "$OUT/results.csv" ] && [ -f "$RAW" ]; then
      gobench_import --run-dir "$OUT" --input "$RAW" --mode new "${env_opts[@]}" --end "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
        --complete false >/dev/null 2>&1 || true
    else
      gobench_import --run-dir "$OUT" --env-only --mode new "${env_opts[@]}" --complete false >/dev/null 2>&1 || true
    fi
    mv "$OUT" "$RESULTS/$RUN_ID-incomplete"
    echo "go-bench: run incomplete: results/$RUN_ID-incomplete" >&2
    rm -rf "$WORK"
  fi
  exit $((status == 0 ? 1 : status))
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ -n "$into" ] || gobench_import --run-dir "$OUT" --env-only --mode new "${env_opts[@]}" --complete false >/dev/null

# ---- benchmarks ----
failed=()
# One toolchain run: GOBIN, its GOVERSION, the semantics (async|sync) and the -modfile arguments
# that give it (sync: the module built as go 1.23), set by use_toolchain.
use_toolchain() { # $1 = version, $2 = semantics
  GOBIN_NOW=$(go_bin "$1"); GOVERSION_NOW=$("$GOBIN_NOW" env GOVERSION); SEMANTICS_NOW=$2
  LABEL_NOW=$(go_label "$1" "$2"); MODFILE_NOW=()
  if [ "$2" = sync ]; then
    go_modfile "$GO_DIR" "$WORK/go.$1.mod"
    MODFILE_NOW=(-modfile "$WORK/go.$1.mod")
  fi
}
run_go_test() { # $1 = package, $2 = -bench regex
  local pkg=$1 re=$2 status
  printf '%s pkg=%s profile=%s count=%s benchtime=%s start=%s toolchain=%s%s\n' '# go-bench:' "$pkg" "$profile" "$count" \
    "$benchtime" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$GOVERSION_NOW" "${LABEL_NOW:+ $LABEL_NOW}" >> "$RAW"
  echo "go-bench: go test -run '^\$' -bench '$re' -benchmem -count $count -benchtime $benchtime $pkg ($GOVERSION_NOW, timers $SEMANTICS_NOW)" >&2
  set +e
  (cd "$GO_DIR" && "$GOBIN_NOW" test "${MODFILE_NOW[@]}" -run '^$' -bench "$re" -benchmem -count "$count" -benchtime "$benchtime" \
    -timeout 0 "$pkg") 2>&1 | tee -a "$RAW"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || failed+=("$GOVERSION_NOW/$SEMANTICS_NOW:$pkg")
}
for v in "${GO_VERSIONS[@]}"; do
  for semantics in $(go_timer_semantics "$v"); do
    use_toolchain "$v" "$semantics"
    for s in "${suites[@]}"; do
      if [ "$s" = gobench ]; then
        run_go_test context "${bench_re:-.}"
        run_go_test runtime "${bench_re:-$RUNTIME_BENCH}"
      else
        run_go_test "./$s" "${bench_re:-.}"
      fi
    done
  done
done

# ---- load experiment: one process per variant ----
if $load; then
  mkdir -p "$OUT/hdr"
  for v in "${GO_VERSIONS[@]}"; do
    for semantics in $(go_timer_semantics "$v"); do
      use_toolchain "$v" "$semantics"
      label=$(go_file_label "$v" "$semantics")
      (cd "$GO_DIR" && "$GOBIN_NOW" build "${MODFILE_NOW[@]}" -o "$WORK/seedload-$label" ./load)
      for variant in $("$WORK/seedload-$label" -list); do
        echo "go-bench: load $variant on $GOVERSION_NOW (timers $semantics): rate $load_rate/s for $load_duration, slow $load_slow" >&2
        "$WORK/seedload-$label" -rate "$load_rate" -duration "$load_duration" -variant "$variant" -slow "$load_slow" \
          -label "$label" -out "$OUT/hdr" || failed+=("load:$label:$variant")
      done
    done
  done
fi

END=$(date -u +%Y-%m-%dT%H:%M:%SZ)
complete=true; ((${#failed[@]} == 0)) || complete=false

if [ -n "$into" ]; then
  if ! $complete; then
    echo "go-bench: failed: ${failed[*]}; $RUN unchanged (raw output left in $WORK)" >&2
    finished=true; trap - EXIT; exit 1
  fi
  # One merge (GoBenchImport --mode into): the rows, env.json, the raw output appended to
  # go-bench.txt and the load experiment's .lat files, staged and then renamed into RUN.
  what=(--input "$RAW"); [ -f "$RAW" ] || what=(--env-only)
  [ ! -d "$WORK/hdr" ] || what+=(--lat-dir "$WORK/hdr")
  gobench_import --run-dir "$RUN" "${what[@]}" --mode into "${env_opts[@]}" --end "$END" --complete true
  echo "go-bench: added Go rows to $RUN"
else
  input=$RAW; [ -f "$input" ] || input=/dev/null
  gobench_import --run-dir "$OUT" --input "$input" --mode new "${env_opts[@]}" --end "$END" --complete "$complete"
  chmod 644 "$OUT"/results.csv "$OUT"/samples.csv "$OUT"/env.json 2>/dev/null || true
  if $complete; then
    mv "$OUT" "$RUN"
    echo "go-bench: run complete: ${RUN#"$ROOT"/}"
  else
    mv "$OUT" "$RUN-incomplete"
    rm -rf "$WORK"
    echo "go-bench: failed: ${failed[*]}; run kept as ${RUN#"$ROOT"/}-incomplete" >&2
    finished=true; trap - EXIT; exit 1
  fi
fi
finished=true
