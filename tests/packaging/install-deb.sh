#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# install-deb.sh OUTDIR EXPECTED_FILES VERSION
#
# Installs the .deb of package.cpack with dpkg -i, runs what it installed
# from the installed paths (--version of both commands, the man pages, the
# bash completion, the translations, the desktop files, and the demo under
# a private Xvfb: its window shows, /usr/libexec/oms-sim runs as its child,
# and both exit cleanly on SIGTERM), then removes it with dpkg -r and checks
# nothing of it is left.
#
# It changes the system, so it needs root: CI runs as root; elsewhere
# `sudo -n` is used if it works without a password, and otherwise the test
# FAILS (never skips) saying so. It refuses to run, changing nothing, when
# oms-sync-desk is installed already or one of its files exists: removing
# the package at the end would take away what was there before.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

out=$1 expected=$2 version=$3
need_tools dpkg dpkg-query dpkg-deb man Xvfb xdotool desktop-file-validate appstreamcli od

deb=$(single_file "$out" '*.deb')

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        die "installing the .deb needs root, and 'sudo -n' does not work here (no sudo,
or it asks for a password). Run the package tests as root (as CI does), or
after 'sudo -v' in the same terminal, e.g.: sudo -v && ctest --test-dir build/ci -L package"
    fi
fi

status_of_package() {
    dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true
}

work=$(mktemp -d "${TMPDIR:-/tmp}/oms-sync-desk-package-test.XXXXXX")
installed_by_us=0
xvfb_pid=
app_pid=
cleanup() {
    local status=$?
    set +e
    [ -n "$app_pid" ] && kill -KILL "$app_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill -TERM "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    if [ "$installed_by_us" -eq 1 ] && [ -n "$(status_of_package)" ] \
            && [ "$(status_of_package)" != not-installed ]; then
        printf '%s: removing the %s this test installed (dpkg --purge)\n' "$test_name" "$package" >&2
        "${as_root[@]}" dpkg --purge "$package" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "before: $package must not be installed, nor any of its files present"
before=$(status_of_package)
if [ -n "$before" ] && [ "$before" != not-installed ]; then
    die "$package is installed already (dpkg status: $before). This test installs
and removes the package; it will not remove yours. Remove it first:
    sudo dpkg -r $package"
fi
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | LC_ALL=C sort >"$work/files.txt"
while read -r path; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        die "$path exists already (from 'cmake --install' or another package?): installing
the .deb would overwrite it and removing it would delete it. Remove it first."
    fi
done <"$work/files.txt"

step "dpkg -i $(basename "$deb")"
installed_by_us=1
"${as_root[@]}" dpkg -i "$deb" \
    || die "dpkg -i failed (missing dependencies? 'apt-get install -f' or tools/dev deps)"
[ "$(status_of_package)" = installed ] || die "dpkg says '$(status_of_package)' after dpkg -i"
[ "$(dpkg-query -W -f='${Version}' "$package")" = "$version" ] || die "installed version is not $version"
dpkg-query -L "$package" | while read -r path; do [ -d "$path" ] || printf '%s\n' "$path"; done \
    | LC_ALL=C sort >"$work/installed.txt"
expected_files "$expected" >"$work/expected.txt"
same_list "the installed files (dpkg -L)" "$work/expected.txt" "$work/installed.txt"

step "the chart plugin: loadable with what the package depends on, and only it links Qt Charts"
plugin=$(grep -E '/oms-sync-desk/plugins/' "$work/expected.txt")
libraries=$(ldd "$plugin") || die "ldd $plugin failed"
! grep 'not found' <<<"$libraries" || die "$plugin needs libraries that are not installed (above)"
grep -q 'libQt6Charts\.so' <<<"$libraries" || die "$plugin does not link Qt Charts"
! ldd /usr/bin/oms-sync-desk | grep -E 'libQt6(Charts|OpenGL)' \
    || die "/usr/bin/oms-sync-desk links Qt Charts or Qt OpenGL (above): they belong in $plugin"

# Without a display, as over SSH or in a package manager's hook.
no_display=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8)
for command in oms-sync oms-sync-desk /usr/libexec/oms-sim; do
    name=${command##*/}
    path=$command
    [[ $path == /* ]] || path=/usr/bin/$command
    step "$path --version (no display)"
    output=$("${no_display[@]}" "$path" --version 2>&1) || die "$path --version failed: $output"
    printf '%s\n' "$output"
    grep -q -x -F "$name $version" <<<"$output" || die "$path --version does not say '$name $version'"
done
[ "$(command -v oms-sync)" = /usr/bin/oms-sync ] || die "oms-sync on the PATH is not /usr/bin/oms-sync"

step "translations"
for qm in /usr/share/oms-sync-desk/translations/oms-sync-desk_{en,zh_CN}.qm; do
    [ -s "$qm" ] || die "$qm is missing or empty"
    # Every .qm starts with the same 16 magic bytes.
    magic=$(od -A n -t x1 -N 16 "$qm" | tr -d ' \n')
    [ "$magic" = 3cb86418caef9c95cd211cbf60a1bddd ] || die "$qm is not a Qt translation catalog"
    ls -l "$qm"
done
# Both commands speak Chinese in a Chinese locale ("同步任务": sync task).
for command in oms-sync oms-sync-desk; do
    output=$(env -i PATH=/usr/bin:/bin HOME="$work" LANG=zh_CN.UTF-8 "/usr/bin/$command" --help 2>&1) \
        || die "LANG=zh_CN.UTF-8 $command --help failed: $output"
    grep -q '同步任务' <<<"$output" \
        || die "LANG=zh_CN.UTF-8 $command --help is not in Chinese: $(head -n 3 <<<"$output")"
    printf 'LANG=zh_CN.UTF-8 %s --help: %s\n' "$command" "$(grep -m 1 '同步任务' <<<"$output")"
done

step "man pages"
for page in oms-sync oms-sync-desk oms-sim; do
    found=$(man -w "$page" 2>&1) || die "man -w $page finds no page: $found"
    [ "$found" = "/usr/share/man/man1/$page.1.gz" ] || die "man -w $page finds $found"
    printf 'man -w %s: %s\n' "$page" "$found"
    # Rendered without a groff warning.
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$found" 2>&1 >/dev/null) || true
    [ -z "$warnings" ] || die "man $page: $warnings"
done

step "bash completion"
completion=/usr/share/bash-completion/completions/oms-sync
[ -f "$completion" ] || die "$completion is missing"
registered=$(bash --norc --noprofile -c ". $completion && complete -p oms-sync" 2>&1) \
    || die "$completion does not load in bash: $registered"
printf '%s\n' "$registered"
[ "$registered" = "complete -F _oms_sync oms-sync" ] || die "unexpected completion: $registered"

step "desktop entry and AppStream metainfo, as installed"
desktop-file-validate "/usr/share/applications/$app_id.desktop" \
    || die "desktop-file-validate rejects the installed $app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" \
    || die "appstreamcli rejects the installed $app_id.metainfo.xml"
for icon in "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
        "/usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
    [ -s "$icon" ] || die "$icon is missing"
done

step "demo: oms-sync-desk --demo under a private Xvfb"
# -displayfd: the server picks a free display and tells which once ready.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
    grep -q '^[0-9]' "$work/display" 2>/dev/null && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; die "Xvfb exited"; }
    sleep 0.1
done
display=:$(head -n 1 "$work/display")
[ "$display" != : ] || { cat "$work/xvfb.log" >&2; die "Xvfb did not start within 10 s"; }
echo "Xvfb on $display"

mkdir -m 700 "$work/home" "$work/runtime" "$work/tmp"
# A clean environment: no OMS_SYNC_SIM override, no settings of the user.
env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" TMPDIR="$work/tmp" \
    DISPLAY="$display" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
    /usr/bin/oms-sync-desk --demo >"$work/app.log" 2>&1 &
app_pid=$!

# Found by its WM_CLASS, the desktop entry's StartupWMClass that docks and
# launchers match it by; xdotool's --name would read WM_NAME, which Qt sets
# without the " — OMS Sync Desk" that _NET_WM_NAME has.
wm_class=$(sed -n 's/^StartupWMClass=//p' "/usr/share/applications/$app_id.desktop")
[ -n "$wm_class" ] || die "the desktop entry has no StartupWMClass"
window=
for _ in $(seq 60); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        cat "$work/app.log" >&2
        die "oms-sync-desk --demo exited before showing its window (log above)"
    fi
    window=$(DISPLAY=$display xdotool search --onlyvisible --class "^$wm_class\$" 2>/dev/null | head -n 1) || true
    [ -n "$window" ] && break
    sleep 0.5
done
[ -n "$window" ] || { cat "$work/app.log" >&2; die "no visible window of class $wm_class within 30 s"; }
title=$(DISPLAY=$display xdotool getwindowname "$window")
printf 'window %s: %s\n' "$window" "$title"
[[ $title == *Demo*"OMS Sync Desk" ]] || die "the visible window is not the demo's main window: '$title'"

sim_pid=
for _ in $(seq 20); do
    for status_file in /proc/[0-9]*/status; do
        pid=${status_file#/proc/}
        pid=${pid%/status}
        ppid=$(awk '/^PPid:/ { print $2 }' "$status_file" 2>/dev/null) || continue
        if [ "$ppid" = "$app_pid" ] && [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = /usr/libexec/oms-sim ]; then
            sim_pid=$pid
        fi
    done
    [ -n "$sim_pid" ] && break
    sleep 0.25
done
[ -n "$sim_pid" ] || { cat "$work/app.log" >&2; die "no /usr/libexec/oms-sim child of oms-sync-desk (pid $app_pid)"; }
printf 'simulator: pid %s, %s\n' "$sim_pid" "$(tr '\0' ' ' <"/proc/$sim_pid/cmdline")"
compgen -G "$work/tmp/oms-sync-desk-demo-*" >/dev/null || die "the demo made no settings directory in TMPDIR"

step "SIGTERM: oms-sync-desk and its simulator exit cleanly"
kill -TERM "$app_pid"
for _ in $(seq 100); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$app_pid" 2>/dev/null; then
    cat "$work/app.log" >&2
    die "oms-sync-desk did not exit within 10 s of SIGTERM"
fi
app_status=0
wait "$app_pid" || app_status=$?
app_pid=
cat "$work/app.log"
printf 'oms-sync-desk exited with status %s\n' "$app_status"
[ "$app_status" -eq 0 ] || die "oms-sync-desk exited with status $app_status on SIGTERM (log above)"
# It says so when oms-sim did not go on SIGTERM and had to be killed.
if grep -F 'did not stop on SIGTERM' "$work/app.log" >&2; then
    die "oms-sim did not go on SIGTERM and was killed"
fi
if [ -e "/proc/$sim_pid" ]; then
    die "oms-sim (pid $sim_pid) is still there: $(awk '/^State:/ { print $2, $3 }' "/proc/$sim_pid/status")"
fi
if grep -E -i 'crash|QProcess: Destroyed|Segmentation|Aborted' "$work/app.log" >&2; then
    die "oms-sync-desk or oms-sim did not exit cleanly (above)"
fi
leftover=$(ls -A "$work/tmp")
[ -z "$leftover" ] || die "the demo left files in TMPDIR: $leftover"
kill -TERM "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=

step "dpkg -r $package"
"${as_root[@]}" dpkg -r "$package" || die "dpkg -r $package failed"
after=$(status_of_package)
if [ -n "$after" ] && [ "$after" != not-installed ]; then
    die "dpkg says '$after' after dpkg -r (config files left behind?)"
fi
if dpkg -s "$package" >/dev/null 2>&1; then
    die "dpkg -s $package still describes it after dpkg -r"
fi
installed_by_us=0
while read -r path; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        die "$path is still there after dpkg -r"
    fi
done <"$work/files.txt"
for directory in /usr/share/oms-sync-desk /usr/share/doc/oms-sync-desk; do
    [ ! -e "$directory" ] || die "$directory is still there after dpkg -r"
done
step "installed, run and removed cleanly"
