#!/usr/bin/env bash
# ime-check.sh BUNDLE [OUT]: Chinese input through IBus into the bundle's window, on Xvfb.
#
# Starts Xvfb, a D-Bus session and ibus-daemon with the libpinyin engine, starts the
# bundle's window with QT_IM_MODULE=fcitx (what Fcitx desktops set: the bundle's runtime
# hook must switch it to the bundled IBus plugin), opens the new assessment (Ctrl+O),
# focuses the first item's justification box (J), types the pinyin "nihao" and a space as key presses
# (xdotool), quits, and reads the saved justification back with the command line.
# Exit 0 when it is 你好. A screenshot of the window with the text lands in OUT.
# Needs (Debian): xvfb xdotool dbus-x11 ibus ibus-libpinyin imagemagick.
set -euo pipefail
bundle=$(realpath "$1")
out=$(realpath -m "${2:-/tmp/ime-check}")
for tool in Xvfb xdotool dbus-launch ibus-daemon ibus import; do
  command -v "$tool" >/dev/null || { echo "ime-check: $tool not found (apt-get install xvfb xdotool dbus-x11 ibus ibus-libpinyin imagemagick)"; exit 2; }
done
mkdir -p "$out"
work=$(mktemp -d /tmp/ime-check.XXXXXX)
export HOME="$work/home" SELFCHECK_HOME="$work/data" XDG_CONFIG_HOME="$work/home/.config" LANG=C.UTF-8
mkdir -p "$HOME"
# Every process started from here (and the D-Bus services it activates) inherits this
# mark; at the end those processes, and only those, are stopped by their process ids.
export IME_CHECK_RUN="$work"
ours() {
  local f p
  for f in /proc/[0-9]*/environ; do
    p=${f#/proc/}; p=${p%/environ}
    if [ "$p" != $$ ] && { tr '\0' '\n' <"$f"; } 2>/dev/null | grep -qx "IME_CHECK_RUN=$work"; then echo "$p"; fi
  done
  return 0
}
cleanup() {
  local left
  set +e
  left=$(ours); [ -n "$left" ] && kill $left 2>/dev/null; sleep 1
  left=$(ours); [ -n "$left" ] && kill -9 $left 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

id=$("$bundle/selfcheck-cli" assess new --pack aisgf-key-sector --org 输入法测试 --system S --sector government \
  --criticality low --autonomy advises --people under-100 --data public)
display=":$(( 50 + RANDOM % 40 ))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
export DISPLAY=$display
sleep 2
eval "$(dbus-launch --sh-syntax)"
ibus-daemon --replace --panel=disable >/dev/null 2>&1 &
for _ in $(seq 20); do ibus engine libpinyin 2>/dev/null && break; sleep 0.5; done
echo "ime-check: ibus engine: $(ibus engine)"

QT_IM_MODULE=fcitx "$bundle/selfcheck" >"$work/app.log" 2>&1 & app=$!
window=""
for _ in $(seq 60); do
  window=$(xdotool search --classname '^selfcheck$' 2>/dev/null | head -1) && [ -n "$window" ] && break; sleep 0.5
done
[ -n "$window" ] || { echo "ime-check: the window did not appear"; tail -20 "$work/app.log"; exit 1; }
sleep 4
xdotool windowfocus --sync "$window"
xdotool key ctrl+o     # open the assessment selected in the list (the only one)
sleep 3
xdotool key --delay 200 j
sleep 1
xdotool type --delay 250 nihao
sleep 1
xdotool key space
sleep 3
import -window root "$out/ime-pinyin.png"
xdotool key Tab        # leaving the field saves it
sleep 2
xdotool key ctrl+q
for _ in $(seq 40); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
text=$("$bundle/selfcheck-cli" assess show "$id" --json)
if grep -q '你好' <<<"$text"; then
  echo "ime-check: OK: the justification reads 你好 (screenshot $out/ime-pinyin.png)"
else
  echo "ime-check: FAILED: no 你好 in the saved answers (screenshot $out/ime-pinyin.png); app log:"
  tail -20 "$work/app.log"
  exit 1
fi
