#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed way to start in the tray, run as a user's session runs it:
#   with-desktop.sh sh start-in-tray.sh OMS_SYNC_DESK
# A --refresh-interval below 2 is refused, naming the option, before
# anything opens; --demo --minimized puts only the tray icon on the display
# (no window), and SIGTERM ends it with status 0. Then as at a login where
# the panel comes up after the applications it hosts: started with no tray,
# it waits without a window, and goes into the tray once one appears.
set -u
desk=$1
late_tray=""
cleanup() {
    [ -z "$late_tray" ] || kill "$late_tray" 2>/dev/null || true
}
trap cleanup EXIT
fail() {
    echo "start-in-tray.sh: $*" >&2
    exit 1
}

status=0
"$desk" --refresh-interval 1 >/dev/null 2>"$OMS_SYNC_TEST_DESKTOP/refused.txt" || status=$?
[ "$status" -eq 2 ] || fail "--refresh-interval 1: exit status $status, expected 2"
grep -q -- "--refresh-interval" "$OMS_SYNC_TEST_DESKTOP/refused.txt" ||
    fail "--refresh-interval 1 was refused without naming the option"

# The tray icon: a window of ours inside trayer's panel.
in_tray() {
    xwininfo -root -tree | awk '
        /"panel": \("panel" "trayer"\)/ { panel = 1; next }
        panel && /\("oms-sync-desk" "oms-sync-desk"\)/ { found = 1 }
        END { exit found ? 0 : 1 }'
}
# wait_for_tray_icon PID: fails when PID ends or 20 s pass first.
wait_for_tray_icon() {
    tries=0
    until in_tray; do
        tries=$((tries + 1))
        kill -0 "$1" 2>/dev/null || fail "oms-sync-desk --minimized ended: $(cat "$OMS_SYNC_TEST_DESKTOP/desk.log")"
        [ "$tries" -le 200 ] || fail "no tray icon after 20 s"
        sleep 0.1
    done
}
# no_window WHEN: fails when a window larger than a tray icon is shown.
no_window() {
    for window in $(xdotool search --onlyvisible --class oms-sync-desk); do
        width=$(xwininfo -id "$window" | awk '/Width:/ { print $2 }')
        [ "$width" -le 64 ] || fail "$1: a window of $width pixels is shown"
    done
}
# terminate PID: SIGTERM must end it with status 0.
terminate() {
    kill -TERM "$1"
    status=0
    wait "$1" || status=$?
    [ "$status" -eq 0 ] || fail "SIGTERM: exit status $status"
}

"$desk" --demo --minimized >"$OMS_SYNC_TEST_DESKTOP/desk.log" 2>&1 &
app=$!
wait_for_tray_icon "$app"
# Give a window the time to appear if one were coming, then look for it.
sleep 2
no_window "--minimized with a tray"
terminate "$app"

kill "$OMS_SYNC_TEST_TRAYER_PID"
while kill -0 "$OMS_SYNC_TEST_TRAYER_PID" 2>/dev/null; do
    sleep 0.1
done
"$desk" --demo --minimized >"$OMS_SYNC_TEST_DESKTOP/desk.log" 2>&1 &
app=$!
sleep 2
kill -0 "$app" 2>/dev/null || fail "--minimized without a tray yet ended: $(cat "$OMS_SYNC_TEST_DESKTOP/desk.log")"
no_window "--minimized, 2 s before a tray appears"
trayer --edge bottom --align right --widthtype request --height 32 --transparent false \
    --tint 0xdddddd >"$OMS_SYNC_TEST_DESKTOP/late-trayer.log" 2>&1 &
late_tray=$!
wait_for_tray_icon "$app"
sleep 2
no_window "--minimized with a tray that came late"
terminate "$app"
echo "start-in-tray.sh: the tray icon alone, also with a tray that came late, then a clean exit"
