#!/usr/bin/env bash
# ime-check.sh BUNDLE [OUT]: Chinese input through IBus into the bundle's window, on Xvfb.
#
# Starts Xvfb, a D-Bus session and ibus-daemon with the libpinyin engine, opens the
# bundle's window on a new assessment with QT_IM_MODULE=fcitx (what Fcitx desktops set:
# the bundle's runtime hook must switch it to the bundled IBus plugin), focuses the first
# item's justification box (J), types the pinyin "nihao" and a space as key presses
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
pids=()
descendants() { local p; for p in $(ps -o pid= --ppid "$1" 2>/dev/null); do descendants "$p"; echo "$p"; done; }
cleanup() {  # the processes this script started, and theirs, by process id
  local all=() p
  for p in "${pids[@]}"; do all+=($(descendants "$p") "$p"); done
  echo "ime-check: stopping ${all[*]}"; [ ${#all[@]} -gt 0 ] && kill "${all[@]}" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

id=$("$bundle/selfcheck-cli" assess new --pack aisgf-key-sector --org 输入法测试 --system S --sector government \
  --criticality low --autonomy advises --people under-100 --data public)
display=":$(( 50 + RANDOM % 40 ))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
export DISPLAY=$display
sleep 2
eval "$(dbus-launch --sh-syntax)"; pids+=("$DBUS_SESSION_BUS_PID")
ibus-daemon --replace --panel=disable >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 20); do ibus engine libpinyin 2>/dev/null && break; sleep 0.5; done
echo "ime-check: ibus engine: $(ibus engine)"

QT_IM_MODULE=fcitx SELFCHECK_OPEN_ASSESSMENT="$id" "$bundle/selfcheck" >"$work/app.log" 2>&1 & app=$!; pids+=("$app")
window=""
for _ in $(seq 60); do
  window=$(xdotool search --classname '^selfcheck$' 2>/dev/null | head -1) && [ -n "$window" ] && break; sleep 0.5
done
[ -n "$window" ] || { echo "ime-check: the window did not appear"; tail -20 "$work/app.log"; exit 1; }
sleep 4
xdotool windowfocus --sync "$window"
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
wait "$app" || true
text=$("$bundle/selfcheck-cli" assess show "$id" --json)
if grep -q '你好' <<<"$text"; then
  echo "ime-check: OK: the justification reads 你好 (screenshot $out/ime-pinyin.png)"
else
  echo "ime-check: FAILED: no 你好 in the saved answers (screenshot $out/ime-pinyin.png); app log:"
  tail -20 "$work/app.log"
  exit 1
fi
