# Sourced by bench.sh and load.sh before they write anything: why no run folder can be made under a
# results folder. ctxbench_results_dir_problem DIR prints "is not a folder" or "is not writable", or
# nothing when DIR (or, if it does not exist yet, its nearest existing parent) takes a new folder.

ctxbench_results_dir_problem() { # $1 = the results folder (absolute)
  local existing=$1
  if [ -e "$1" ] && [ ! -d "$1" ]; then echo "is not a folder"; return 0; fi
  while [ ! -e "$existing" ]; do existing=$(dirname "$existing"); done
  if [ ! -w "$existing" ] || [ ! -x "$existing" ]; then echo "is not writable"; fi
}
