#!/usr/bin/env bash
# Install the packaged kiosk on a Linux kiosk PC (written for Debian/Ubuntu
# with systemd and LightDM or GDM; the bundle needs glibc >= 2.34).
# Tested on the build machine only in its --root staging form (tests/package);
# the account, autologin and self-test steps need a real kiosk PC.
#
#   sudo bash install.sh jiaozhou-kiosk-<version>-linux-x86_64.tar.gz [options]
#
#   --user NAME         the dedicated kiosk account (default: kiosk; created if missing)
#   --autologin DM      lightdm | gdm | none (default: detect; none if neither is installed)
#   --root DIR          install into DIR instead of / (staging or testing: no account,
#                       no systemctl, no display manager changes)
#
# What it does:
#   1. unpacks the archive to /opt/jiaozhou-kiosk (the previous version is kept
#      as /opt/jiaozhou-kiosk.previous, so an update can be undone with two mv);
#   2. installs the systemd user unit (/etc/systemd/user/jiaozhou-kiosk.service),
#      the menu entry, and the kiosk X session (/usr/share/xsessions/jiaozhou-kiosk.desktop);
#   3. creates the kiosk account and makes the kiosk session its login session;
#   4. turns on automatic login of that account (LightDM or GDM);
#   5. runs the bundle's self-test as the kiosk user (offscreen, its own data folder).
# It never touches the kiosk's data folder (~kiosk/.local/share/jiaozhou-kiosk):
# the kiosk creates its database on first start and migrates it (after a
# backup) when a newer version starts.
set -euo pipefail

APP_ID=jiaozhou-kiosk
KIOSK_USER=kiosk
AUTOLOGIN=detect
ROOT=
ARCHIVE=

die() { echo "install.sh: $*" >&2; exit 1; }
say() { printf '\033[1m[%s]\033[0m %s\n' "$APP_ID" "$*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --user) [ $# -ge 2 ] || die "--user needs a user name"; KIOSK_USER=$2; shift 2 ;;
    --autologin) [ $# -ge 2 ] || die "--autologin needs lightdm, gdm or none"; AUTOLOGIN=$2; shift 2 ;;
    --root) [ $# -ge 2 ] || die "--root needs a folder"; ROOT=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [ -z "$ARCHIVE" ] || die "one archive only (got $ARCHIVE and $1)"; ARCHIVE=$1; shift ;;
  esac
done

case "$AUTOLOGIN" in detect|lightdm|gdm|none) ;; *) die "--autologin: $AUTOLOGIN is not lightdm, gdm or none" ;; esac
[[ "$KIOSK_USER" =~ ^[a-z_][a-z0-9_-]*$ ]] || die "--user: $KIOSK_USER is not a valid user name"
[ -n "$ARCHIVE" ] || die "which archive? usage: sudo bash install.sh $APP_ID-<version>-linux-x86_64.tar.gz"
[ -f "$ARCHIVE" ] || die "$ARCHIVE: no such file"
if [ -z "$ROOT" ] && [ "$(id -u)" != 0 ]; then
  die "run it as root (sudo), or give --root DIR to stage the files somewhere else"
fi
tar -tzf "$ARCHIVE" "$APP_ID/$APP_ID" >/dev/null 2>&1 \
  || die "$ARCHIVE: not a kiosk archive (no $APP_ID/$APP_ID inside)"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# The unit, session and menu files travel next to this script (build_scripts/linux).
for f in "$APP_ID.service" "$APP_ID.desktop" "$APP_ID-session" "$APP_ID-xsession.desktop"; do
  [ -f "$HERE/$f" ] || die "$HERE/$f is missing; keep install.sh next to the other files of build_scripts/linux"
done

OPT="$ROOT/opt/$APP_ID"

# 1. The program: unpack beside the old one, then swap, so a failed unpack
#    never leaves a half-installed kiosk.
say "installing the program to $OPT"
mkdir -p "$ROOT/opt"
rm -rf "$OPT.new"
mkdir "$OPT.new"
tar -xzf "$ARCHIVE" -C "$OPT.new" --strip-components=1
[ -x "$OPT.new/$APP_ID" ] || die "$ARCHIVE did not unpack to a runnable $APP_ID"
if [ -d "$OPT" ]; then
  rm -rf "$OPT.previous"
  mv "$OPT" "$OPT.previous"
fi
mv "$OPT.new" "$OPT"
# Read-only for everyone: the kiosk never writes inside its own folder.
chmod -R a+rX,go-w "$OPT"

# 2. Unit, session, menu entry.
say "installing the systemd user unit, the kiosk session and the menu entry"
install -D -m 0644 "$HERE/$APP_ID.service" "$ROOT/etc/systemd/user/$APP_ID.service"
install -D -m 0644 "$HERE/$APP_ID.desktop" "$ROOT/usr/share/applications/$APP_ID.desktop"
install -D -m 0755 "$HERE/$APP_ID-session" "$ROOT/usr/local/bin/$APP_ID-session"
install -D -m 0644 "$HERE/$APP_ID-xsession.desktop" "$ROOT/usr/share/xsessions/$APP_ID.desktop"
mkdir -p "$ROOT/usr/local/bin"
ln -sf "/opt/$APP_ID/$APP_ID" "$ROOT/usr/local/bin/$APP_ID"

if [ -n "$ROOT" ]; then
  say "staged under $ROOT (no account, autologin or self-test with --root)"
  exit 0
fi

# 3. The dedicated account, with the kiosk session as its session.
if ! id "$KIOSK_USER" >/dev/null 2>&1; then
  say "creating the account $KIOSK_USER"
  useradd --create-home --shell /bin/bash --comment "Kiosk" "$KIOSK_USER"
fi
for group in video input audio render; do
  getent group "$group" >/dev/null && usermod -aG "$group" "$KIOSK_USER"
done
if [ -d /var/lib/AccountsService/users ] || command -v gdm3 >/dev/null 2>&1; then
  mkdir -p /var/lib/AccountsService/users
  printf '[User]\nSession=%s\nXSession=%s\nSystemAccount=false\n' "$APP_ID" "$APP_ID" \
    > "/var/lib/AccountsService/users/$KIOSK_USER"
fi

# 4. Automatic login.
if [ "$AUTOLOGIN" = detect ]; then
  if [ -d /etc/lightdm ]; then AUTOLOGIN=lightdm
  elif [ -d /etc/gdm3 ]; then AUTOLOGIN=gdm
  else AUTOLOGIN=none; fi
fi
case "$AUTOLOGIN" in
  lightdm)
    say "LightDM: automatic login of $KIOSK_USER into the kiosk session"
    mkdir -p /etc/lightdm/lightdm.conf.d
    printf '[Seat:*]\nautologin-user=%s\nautologin-user-timeout=0\nautologin-session=%s\nuser-session=%s\n' \
      "$KIOSK_USER" "$APP_ID" "$APP_ID" > "/etc/lightdm/lightdm.conf.d/50-$APP_ID.conf"
    getent group autologin >/dev/null || groupadd -r autologin
    usermod -aG autologin "$KIOSK_USER"
    ;;
  gdm)
    say "GDM: automatic login of $KIOSK_USER (Wayland off: the kiosk session is X11)"
    conf=/etc/gdm3/custom.conf
    [ -f "$conf" ] || printf '[daemon]\n' > "$conf"
    cp "$conf" "$conf.before-$APP_ID"
    python3 - "$conf" "$KIOSK_USER" <<'PY' 2>/dev/null || die "could not edit $conf; set AutomaticLogin there by hand"
import configparser, sys
path, user = sys.argv[1], sys.argv[2]
cp = configparser.ConfigParser(strict=False, interpolation=None)
cp.optionxform = str
cp.read(path)
if not cp.has_section("daemon"):
    cp.add_section("daemon")
cp["daemon"].update({"AutomaticLoginEnable": "true", "AutomaticLogin": user, "WaylandEnable": "false"})
with open(path, "w") as f:
    cp.write(f)
PY
    ;;
  none)
    say "no LightDM or GDM found: set up automatic login of $KIOSK_USER into the '$APP_ID' session by hand (README)"
    ;;
esac

# 5. Prove the installed program runs here, as the kiosk user, on a
#    throw-away data folder (the real one is created on the first real start).
say "self-test of the installed program"
tmp=$(runuser -u "$KIOSK_USER" -- mktemp -d)
if runuser -u "$KIOSK_USER" -- env QT_QPA_PLATFORM=offscreen KIOSK_DATA_DIR="$tmp" "$OPT/$APP_ID" self-test --quiet; then
  say "self-test passed"
else
  echo "install.sh: the self-test failed; the kiosk is installed but will not work on this PC as it is" >&2
  rm -rf "$tmp"
  exit 1
fi
rm -rf "$tmp"
say "done. Reboot: the PC logs $KIOSK_USER in and the kiosk starts. Remaining OS steps: README, 'Deployment'."
