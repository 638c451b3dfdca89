#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   links-no-charts.sh OMS_SYNC_DESK CHART_PLUGIN
# The libraries the dynamic linker maps when oms-sync-desk starts (ldd: the
# executable's and theirs) include neither Qt Charts nor Qt OpenGL or Qt
# OpenGL Widgets, which Qt Charts brings: those are the chart plugin's, and
# loaded only with it. The plugin is checked to link Qt Charts, so that an
# ldd that reads nothing cannot pass.
set -u
desk=$1
plugin=$2
fail() {
    echo "links-no-charts.sh: $*" >&2
    exit 1
}
unwanted='libQt6(Charts|OpenGL|OpenGLWidgets)\.so'

libraries=$(ldd "$desk") || fail "ldd $desk failed"
echo "$libraries"
if echo "$libraries" | grep -E "$unwanted" >/dev/null; then
    fail "$desk maps $(echo "$libraries" | grep -o -E "$unwanted" | tr '\n' ' ')at start: Qt Charts belongs in the chart plugin"
fi

plugin_libraries=$(ldd "$plugin") || fail "ldd $plugin failed"
echo "$plugin_libraries" | grep -E 'libQt6Charts\.so' >/dev/null \
    || fail "$plugin does not link Qt Charts: is it the chart plugin?"
echo "ok: $(basename "$desk") maps no Qt Charts or Qt OpenGL; $(basename "$plugin") does"
