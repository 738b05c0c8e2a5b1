# Sourced by every ctxbench script: finds a JDK >= 21 and exports JAVA_HOME and PATH for it.
# Order: $JAVA_HOME if it is >= 21, else the newest JDK >= 21 under /usr/lib/jvm.
# Fails with one clear line (exit 2) when there is none.

ctxbench_java_major() { # $1 = a java executable; prints its feature version, e.g. 25
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

ctxbench_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(ctxbench_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      printf '%s\n' "$JAVA_HOME"; return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -L "$candidate" ] && continue
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(ctxbench_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

if ! CTXBENCH_JDK=$(ctxbench_find_jdk); then
  echo "error: ctxbench needs a JDK >= 21 (virtual threads); none found in JAVA_HOME or /usr/lib/jvm. Install one, e.g. 'apt-get install -y openjdk-21-jdk', or set JAVA_HOME." >&2
  exit 2
fi
export JAVA_HOME=$CTXBENCH_JDK
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's own libraries use sun.misc.Unsafe; JDK 24+ warns about it on every build.
if [ "$(ctxbench_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
