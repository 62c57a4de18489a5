#!/usr/bin/env bash
# One script for a fresh Linux machine with only Python 3.11+:
#   bash build_scripts/dev.sh run [kiosk options]   start the kiosk
#   bash build_scripts/dev.sh test [pytest options] run the whole test suite
#   bash build_scripts/dev.sh kiosk ARGS...         any other kiosk command
#   bash build_scripts/dev.sh system                only the Debian packages below
# It installs what is missing first: Qt's system libraries (Debian/Ubuntu,
# when root) and a virtual environment with the project's packages (.venv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV=${KIOSK_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}

log() { printf '\033[1m[kiosk setup]\033[0m %s\n' "$*" >&2; }

# Debian packages the kiosk and its tests need, by the library that proves
# each is there. Qt's wheels bring Qt itself, not these.
SYSTEM_LIBS=(
  "libEGL.so.1:libegl1" "libGL.so.1:libgl1" "libOpenGL.so.0:libopengl0"
  "libfontconfig.so.1:libfontconfig1" "libfreetype.so.6:libfreetype6"
  "libxkbcommon.so.0:libxkbcommon0" "libxkbcommon-x11.so.0:libxkbcommon-x11-0"
  "libdbus-1.so.3:libdbus-1-3" "libglib-2.0.so.0:libglib2.0-0"
  "libxcb-cursor.so.0:libxcb-cursor0" "libxcb-icccm.so.4:libxcb-icccm4"
  "libxcb-keysyms.so.1:libxcb-keysyms1" "libxcb-image.so.0:libxcb-image0"
  "libxcb-render-util.so.0:libxcb-render-util0" "libxcb-shape.so.0:libxcb-shape0"
  "libxcb-xkb.so.1:libxcb-xkb1" "libX11-xcb.so.1:libx11-xcb1"
  # Qt Multimedia, which the virtual keyboard's components plugin links to.
  "libpulse.so.0:libpulse0"
  # Read aloud: Qt's speechd text-to-speech plugin talks to speech-dispatcher.
  "libspeechd.so.2:libspeechd2"
)
SYSTEM_TOOLS=("Xvfb:xvfb" "xdotool:xdotool" "fc-list:fontconfig")
# When a test run dies of a signal, the native stacks of the crash are read
# from its core file (report_crash below).
SYSTEM_TOOLS+=("gdb:gdb")
SYSTEM_TOOLS+=("soffice:libreoffice-calc-nogui")  # the workbook tests save workbooks with LibreOffice Calc, as staff do
# Read aloud: speech-dispatcher with the espeak-ng voices (Chinese, Russian,
# English and many more); the speech tests and `kiosk bench --only speech` start a
# private one of their own (kiosk/runtime/speechd.py).
SYSTEM_TOOLS+=("speech-dispatcher:speech-dispatcher" "espeak-ng:espeak-ng")
SYSTEM_FILES=("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core")
# Its espeak-ng output module is only "recommended", and recommends are not installed.
SYSTEM_FILES+=("/usr/lib/speech-dispatcher-modules/sd_espeak-ng:speech-dispatcher-espeak-ng")
# The fleet tests serve a pack source with a real web server (nginx-light: no extra modules needed).
SYSTEM_FILES+=("/usr/sbin/nginx:nginx-light")
# The office-database tests start a throwaway PostgreSQL with Debian's own
# programs (initdb, postgres in /usr/lib/postgresql/<version>/bin).
SYSTEM_GLOBS=("/usr/lib/postgresql/*/bin/initdb:postgresql")

install_system_packages() {
  local want=() entry
  for entry in "${SYSTEM_LIBS[@]}"; do
    ldconfig -p 2>/dev/null | grep -q "${entry%%:*}" || want+=("${entry##*:}")
  done
  for entry in "${SYSTEM_TOOLS[@]}"; do
    command -v "${entry%%:*}" >/dev/null 2>&1 || want+=("${entry##*:}")
  done
  for entry in "${SYSTEM_FILES[@]}"; do
    [ -e "${entry%%:*}" ] || want+=("${entry##*:}")
  done
  for entry in "${SYSTEM_GLOBS[@]}"; do
    compgen -G "${entry%%:*}" >/dev/null || want+=("${entry##*:}")
  done
  [ ${#want[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "missing system packages: ${want[*]} (install them with your package manager; continuing)"
    return 0
  fi
  log "installing system packages: ${want[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.kiosk-installed" want
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! "$VENV/bin/python" -c "import kiosk" 2>/dev/null; then
    log "installing the project and its packages (first run takes a few minutes)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[dev,postgres]"
    echo "$want" > "$stamp"
  fi
}

# pytest died of a signal (a crash inside Qt or PySide): print the native
# stacks from the core file, the crashing thread last, so the end of a CI log
# names where it happened. Python's own stacks were printed by faulthandler.
# The test that was running (written by tests/conftest.py), said last, where
# the end of a CI log shows it.
name_running_test() {
  if [ -s "$ROOT/.pytest-running" ]; then
    log "the test running when pytest died: $(cat "$ROOT/.pytest-running")"
  fi
}

report_crash() {
  local signal=$1 core
  core=$(ls -t "$ROOT"/core "$ROOT"/core.[0-9]* 2>/dev/null | head -1 || true)
  if [ -z "$core" ] || ! command -v gdb >/dev/null 2>&1; then
    log "pytest died of signal $signal; no core file to read (core_pattern: $(cat /proc/sys/kernel/core_pattern 2>/dev/null || echo unknown))"
    name_running_test
    return 0
  fi
  log "pytest died of signal $signal; native stacks from $core (the crashing thread last):"
  # The interpreter's own frames (the Python stack above says what they ran) are left out.
  gdb -q -batch -ex "thread apply all bt 10" -ex "echo \n=== the crashing thread ===\n" -ex "bt 80" \
      "$(readlink -f "$VENV/bin/python")" "$core" 2>&1 \
    | grep -E '^(#[0-9]|Thread |=== )' \
    | grep -vE '^#([4-9]|[0-9]{2,}) .* (at|from) (Python/|Objects/|Modules/|\./Include/|/tmp/python-build)' \
    | cut -c1-220 >&2 || true
  rm -f "$core"
  name_running_test
}

# One pytest process; its exit status, with "no test collected" (5) a failure.
run_pytest() {
  local rc
  rm -f "$ROOT"/core "$ROOT"/core.[0-9]* "$ROOT/.pytest-running"
  export KIOSK_TEST_BREADCRUMB="$ROOT/.pytest-running"
  set +e
  "$VENV/bin/python" -m pytest "$@"
  rc=$?
  set -e
  [ $rc -gt 128 ] && report_crash $((rc - 128))
  if [ $rc -eq 5 ]; then
    log "pytest collected no tests in $*: that is a failure, not a pass"
    return 1
  fi
  return $rc
}

# The whole suite as groups of test paths, a line each: the unit tests, the
# end-to-end and package tests, the staff console's, and the kiosk's own Qt
# tests in four groups of files. A new test file under tests/ lands in a group
# by itself being there: nothing here names single files.
test_groups() {
  echo "tests/unit"
  echo "tests/e2e tests/package"
  echo "tests/qt/admin"
  local files=(tests/qt/test_*.py) i groups=4 line
  for ((g = 0; g < groups; g++)); do
    line=""
    for ((i = g; i < ${#files[@]}; i += groups)); do line+="${files[$i]} "; done
    [ -n "$line" ] && echo "${line% }"
  done
  # Anything else under tests/ (a new folder, a file at its top) runs too.
  local dir
  compgen -G "tests/test_*.py" >/dev/null && echo tests/test_*.py
  for dir in tests/*/; do
    case "${dir%/}" in
      tests/unit|tests/e2e|tests/package|tests/qt|tests/data|tests/support) ;;
      *) find "$dir" -name 'test_*.py' -print -quit | grep -q . && echo "${dir%/}" ;;
    esac
  done
  return 0
}

build_translations() {
  "$VENV/bin/python" -m kiosk.i18n.build --quiet
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
install_system_packages
# Only the Debian packages (a CI image, or a machine whose venv lives elsewhere).
[ "$cmd" = system ] && exit 0
ensure_venv
case "$cmd" in
  run)
    build_translations
    exec "$VENV/bin/kiosk" run "$@"
    ;;
  test)
    build_translations
    export QT_QPA_PLATFORM=offscreen
    # As root with apt (CI), every real part the tests start (PostgreSQL,
    # nginx, speech-dispatcher, LibreOffice) was installed above: a test that
    # finds one missing fails instead of skipping. Elsewhere it skips and says
    # what to install.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      export KIOSK_TESTS_NEED_ALL=1
    fi
    ulimit -c unlimited 2>/dev/null || true
    if [ $# -gt 0 ]; then
      run_pytest "$@"
      exit $?
    fi
    # The whole suite runs as a few pytest processes, one after another
    # (test_groups below): every kiosk a test makes and closes leaves some of
    # PySide's bookkeeping behind in its process, so hundreds of kiosks in one
    # process are far from a kiosk in service (one kiosk, one process), and a
    # native crash ends one group, not the whole run.
    failed=()
    while IFS= read -r group; do
      # shellcheck disable=SC2086  # a group is a list of paths without spaces
      run_pytest $group || failed+=("$group")
    done < <(test_groups)
    if [ ${#failed[@]} -gt 0 ]; then
      log "failed: ${#failed[@]} of the test groups:"
      printf '  %s\n' "${failed[@]}" >&2
      exit 1
    fi
    log "every test group passed"
    exit 0
    ;;
  kiosk)
    build_translations
    exec "$VENV/bin/kiosk" "$@"
    ;;
  *)
    echo "usage: bash build_scripts/dev.sh run|test|kiosk|system [args]" >&2
    exit 2
    ;;
esac
