# Sourced by ctxbench scripts after lib/jdk.sh: locates experiments/target/benchmarks.jar (the shaded
# jar with JMH, the suites, compare and charts) and builds it first when it is missing or older than
# any source or pom. Build output goes to stderr, so $(ctxbench_jar) yields only the path.
# Concurrent scripts wait for each other's build (flock, when available).
# CTXBENCH_JAR=path, when set, is used as it is (no build).

ctxbench_jar_stale() { # $1 = repository root, $2 = jar; true when the jar must be (re)built
  [ -f "$2" ] || return 0
  [ -n "$(find "$1/pom.xml" "$1/context-impl/pom.xml" "$1/experiments/pom.xml" \
      "$1/context-impl/src/main" "$1/experiments/src/main" -newer "$2" -print -quit 2>/dev/null)" ]
}

ctxbench_jar() { # $1 = repository root; prints the jar's path
  local root=$1 jar="$1/experiments/target/benchmarks.jar" lock
  if [ -n "${CTXBENCH_JAR:-}" ]; then
    [ -f "$CTXBENCH_JAR" ] || { echo "error: CTXBENCH_JAR=$CTXBENCH_JAR: no such file" >&2; return 2; }
    printf '%s\n' "$CTXBENCH_JAR"
    return 0
  fi
  if ctxbench_jar_stale "$root" "$jar"; then
    if ! command -v mvn >/dev/null 2>&1; then
      echo "error: Maven (mvn) is needed to build $jar; install it, e.g. 'apt-get install -y maven'." >&2
      return 2
    fi
    lock="${TMPDIR:-/tmp}/ctxbench-jar-$(printf '%s' "$root" | cksum | cut -d' ' -f1).lock"
    (
      if command -v flock >/dev/null 2>&1; then exec 9>"$lock" && flock 9; fi
      if ctxbench_jar_stale "$root" "$jar"; then # another script may have built it meanwhile
        echo "ctxbench: building $jar ..." >&2
        (cd "$root" && mvn -B -q -ntp -pl experiments -am package -Dmaven.test.skip=true) >&2
      fi
    ) || { echo "error: building $jar failed (see the Maven output above)." >&2; return 2; }
  fi
  printf '%s\n' "$jar"
}
