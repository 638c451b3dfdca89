#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# lintian.sh OUTDIR
#
# Debian's own checks of the .deb: no errors allowed. Warnings and notes are
# printed for the log; they do not fail the test.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

out=$1
need_tools lintian

deb=$(single_file "$out" '*.deb')
step "lintian --fail-on error --display-info $(basename "$deb")"
# A private HOME: lintian reads ~/.config/lintian and ~/.lintianrc, which
# must not change the verdict from one machine to the next.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
status=0
HOME=$home lintian --fail-on error --display-info --no-cfg "$deb" >"$out/lintian.txt" 2>&1 || status=$?
cat "$out/lintian.txt"
if [ "$status" -ne 0 ] || grep -q '^E: ' "$out/lintian.txt"; then
    die "lintian reports errors on $(basename "$deb") (lines starting with E: above; exit status $status)"
fi
printf 'lintian: no errors (%s warnings, %s notes)\n' \
    "$(grep -c '^W: ' "$out/lintian.txt" || true)" "$(grep -c '^[IP]: ' "$out/lintian.txt" || true)"
