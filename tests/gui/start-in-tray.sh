#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed way to start in the tray, run as a user's session runs it:
#   with-desktop.sh sh start-in-tray.sh OMS_SYNC_DESK
# A --refresh-interval below 2 is refused, naming the option, before
# anything opens; --demo --minimized puts only the tray icon on the display
# (no window), and SIGTERM ends it with status 0.
set -u
desk=$1
fail() {
    echo "start-in-tray.sh: $*" >&2
    exit 1
}

status=0
"$desk" --refresh-interval 1 >/dev/null 2>"$OMS_SYNC_TEST_DESKTOP/refused.txt" || status=$?
[ "$status" -eq 2 ] || fail "--refresh-interval 1: exit status $status, expected 2"
grep -q -- "--refresh-interval" "$OMS_SYNC_TEST_DESKTOP/refused.txt" ||
    fail "--refresh-interval 1 was refused without naming the option"

"$desk" --demo --minimized >"$OMS_SYNC_TEST_DESKTOP/desk.log" 2>&1 &
app=$!
# The tray icon: a window of ours inside trayer's panel.
in_tray() {
    xwininfo -root -tree | awk '
        /"panel": \("panel" "trayer"\)/ { panel = 1; next }
        panel && /\("oms-sync-desk" "oms-sync-desk"\)/ { found = 1 }
        END { exit found ? 0 : 1 }'
}
tries=0
until in_tray; do
    tries=$((tries + 1))
    kill -0 "$app" 2>/dev/null || fail "oms-sync-desk --minimized ended: $(cat "$OMS_SYNC_TEST_DESKTOP/desk.log")"
    [ "$tries" -le 200 ] || fail "no tray icon after 20 s"
    sleep 0.1
done
# Give a window the time to appear if one were coming, then look for it.
sleep 2
for window in $(xdotool search --onlyvisible --class oms-sync-desk); do
    width=$(xwininfo -id "$window" | awk '/Width:/ { print $2 }')
    [ "$width" -le 64 ] || fail "a window of $width pixels is shown: --minimized opened the window"
done

kill -TERM "$app"
status=0
wait "$app" || status=$?
[ "$status" -eq 0 ] || fail "SIGTERM: exit status $status"
echo "start-in-tray.sh: the tray icon alone, then a clean exit"
