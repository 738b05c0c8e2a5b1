# Sourced by the Go scripts (go-bench.sh, go-test.sh): which Go toolchains ctxbench knows, where
# each one lives, how to install it, and which timer-channel semantics each one can run.
#
# Go 1.19 is the seeds' era and the default (Debian bookworm: golang-1.19-go, also `go` on PATH);
# Go 1.21 and 1.23 come from Debian's bookworm-backports suite (golang-1.21-go, golang-1.23-go),
# installed under /usr/lib/go-1.X/bin. Go 1.23 rewrote timers; which behaviour a program gets
# depends on its main module's go.mod `go` line (GODEBUG asynctimerchan): the mirror says `go 1.19`,
# so Go 1.23 runs it with the old asynchronous timer channels ("async") unless the module is built
# as `go 1.23` ("sync": go_modfile writes that go.mod for `go -modfile`).

CTXBENCH_GO_VERSIONS=(1.19 1.21 1.23)
# The default toolchain: its rows carry no label (ctxbench.results.GoToolchain).
GO_DEFAULT=1.19

# go_known VERSION: true when ctxbench knows VERSION (1.19, 1.21 or 1.23).
go_known() {
  local v
  for v in "${CTXBENCH_GO_VERSIONS[@]}"; do [ "$v" = "$1" ] && return 0; done
  return 1
}

# go_bin VERSION: prints the go binary of that toolchain; fails when it is not installed.
go_bin() {
  local candidate=/usr/lib/go-$1/bin/go goversion
  if [ -x "$candidate" ]; then printf '%s\n' "$candidate"; return 0; fi
  if command -v go >/dev/null 2>&1; then
    goversion=$(GOTOOLCHAIN=local go env GOVERSION 2>/dev/null) || return 1
    case $goversion in "go$1"|"go$1".*) command -v go; return 0 ;; esac
  fi
  return 1
}

# go_install_hint VERSION: the command that installs that toolchain.
go_install_hint() {
  case $1 in
    1.19) printf '%s\n' "apt-get install -y golang-go golang-1.19-src" ;;
    *) printf '%s\n' "scripts/go-bench.sh --go $1 --install (Debian bookworm-backports: golang-$1-go)" ;;
  esac
}

# go_installed_versions: the known versions that are installed, one per line.
go_installed_versions() {
  local v
  for v in "${CTXBENCH_GO_VERSIONS[@]}"; do go_bin "$v" >/dev/null && printf '%s\n' "$v"; done
  return 0
}

# go_timer_semantics VERSION: the timer-channel semantics that toolchain can run the mirror with:
# "async" (buffered, cap 1; Go <= 1.22, and Go 1.23 for a go 1.19 module) and, from Go 1.23,
# "sync" (unbuffered to the user, nothing stale after Stop/Reset, collectable when unreferenced).
go_timer_semantics() {
  case $1 in
    1.19|1.21) echo async ;;
    *) echo async sync ;;
  esac
}

# go_modfile MODULE_DIR OUT: writes to OUT the module's go.mod with its go line raised to 1.23
# (for `go test -modfile OUT`), which is how a Go 1.23 toolchain gives the mirror "sync" timers.
go_modfile() {
  sed -E 's/^go [0-9]+(\.[0-9]+)*$/go 1.23/' "$1/go.mod" >"$2"
  grep -qx 'go 1.23' "$2"
}

# go_parse_versions LIST: sets GO_VERSIONS to the versions of a comma-separated LIST (every
# installed one for "installed"); on a bad LIST sets GO_ERROR to one line naming the first unknown
# or uninstalled version and how to install it, and fails.
go_parse_versions() {
  local list=$1 v
  GO_VERSIONS=() GO_ERROR=''
  if [ "$list" = installed ]; then
    mapfile -t GO_VERSIONS < <(go_installed_versions)
    ((${#GO_VERSIONS[@]})) || { GO_ERROR="no Go toolchain is installed: $(go_install_hint 1.19)"; return 1; }
    return 0
  fi
  IFS=, read -r -a GO_VERSIONS <<<"$list"
  ((${#GO_VERSIONS[@]})) || { GO_ERROR="--go needs a comma-separated list of versions (known: $(IFS=,; echo "${CTXBENCH_GO_VERSIONS[*]}"))"; return 1; }
  for v in "${GO_VERSIONS[@]}"; do
    go_known "$v" || { GO_ERROR="unknown Go version '$v' (known: $(IFS=,; echo "${CTXBENCH_GO_VERSIONS[*]}"))"; return 1; }
    go_bin "$v" >/dev/null || { GO_ERROR="Go $v is not installed: $(go_install_hint "$v")"; return 1; }
  done
}

# go_install VERSION: installs that toolchain with apt-get (as root, or through sudo), adding
# Debian's bookworm-backports suite as an apt source first when the version needs it.
go_install() {
  local sudo=''
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "installing Go needs root (apt-get)" >&2; return 1; }
    sudo=sudo
  fi
  if [ "$1" = 1.19 ]; then
    $sudo apt-get update && $sudo apt-get install -y golang-go golang-1.19-src
    return
  fi
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm-backports' 'Components: main' \
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' | $sudo tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
  fi
  $sudo apt-get update && $sudo apt-get install -y -t bookworm-backports "golang-$1-go" "golang-$1-src"
}

# go_label VERSION SEMANTICS: the row label of that toolchain run, as go-bench.txt markers carry it
# ("go=1.23 timers=go1.23"); empty for the default toolchain with its own semantics.
go_label() {
  local timers=go1.19
  [ "$2" = sync ] && timers=go1.23
  if [ "$1" = "$GO_DEFAULT" ] && [ "$timers" = go1.19 ]; then return 0; fi
  printf 'go=%s timers=%s\n' "$1" "$timers"
}

# go_file_label VERSION SEMANTICS: the load experiment's file label of that toolchain run: "go" for
# the default toolchain, else "go1.21", "go1.23" (old timers) or "go1.23-new".
go_file_label() {
  if [ "$1" = "$GO_DEFAULT" ] && [ "$2" = async ]; then echo go; return 0; fi
  if [ "$2" = sync ]; then echo "go$1-new"; else echo "go$1"; fi
}
