# Sourced by bench.sh and load.sh, which call a Java helper (ctxbench.run.BenchRun,
# ctxbench.load.LoadCli): the helpers print named values, one "key=value" line each
# (ctxbench.cli.CliCommand#value), and the scripts read them by name, never by position.
#   ctxbench_value KEY   the value of the last KEY line on stdin; fails (status 1) when there is none
#   ctxbench_values KEY  every value of KEY on stdin, one a line, in order (a list; nothing when none)

ctxbench_values() { # $1 = key
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in "$1="*) printf '%s\n' "${line#"$1="}" ;; esac
  done
}

ctxbench_value() { # $1 = key
  local line value found=""
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in "$1="*) value=${line#"$1="}; found=1 ;; esac
  done
  [ -n "$found" ] || { echo "ctxbench: the helper gave no $1=" >&2; return 1; }
  printf '%s\n' "$value"
}
