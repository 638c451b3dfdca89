#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-rpm.sh OUTDIR EXPECTED_FILES VERSION
#
# The .rpm of package.cpack: its header, its file list (rpm -qlp) against the
# same expected paths as the .deb, the directories it owns (only its own, not
# those of the filesystem or the icon theme), and the library dependencies
# rpm's automatic requires found.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

out=$1 expected=$2 version=$3
need_tools rpm

rpm_file=$(single_file "$out" '*.rpm')
work="$out/check-rpm"
rm -rf "$work"
mkdir -p "$work"
# rpm on a Debian system has no database of its own; -qp needs none.
query() {
    rpm --dbpath "$work/db" -qp "$@" "$rpm_file"
}

step "rpm -qip $(basename "$rpm_file")"
query -i
[ "$(query --qf '%{NAME}')" = "$package" ] || die "Name is '$(query --qf '%{NAME}')', not $package"
[ "$(query --qf '%{VERSION}')" = "$version" ] || die "Version is '$(query --qf '%{VERSION}')', not $version"
[ "$(query --qf '%{ARCH}')" = "$(uname -m)" ] || die "Arch is '$(query --qf '%{ARCH}')'"

step "rpm -qlp"
query -l | tee "$work/list.txt"
# Files and directories apart: the mode says which.
query --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' >"$work/modes.txt"
awk '$1 !~ /^d/ { print $2 }' "$work/modes.txt" | LC_ALL=C sort >"$work/files.txt"
awk '$1 ~ /^d/ { print $2 }' "$work/modes.txt" | LC_ALL=C sort >"$work/directories.txt"
[ "$(LC_ALL=C sort "$work/list.txt")" = "$(LC_ALL=C sort "$work/files.txt" "$work/directories.txt")" ] \
    || die "rpm -qlp and the file modes disagree"
expected_files "$expected" >"$work/expected.txt"
same_list "the .rpm's files (rpm -qlp)" "$work/expected.txt" "$work/files.txt"
# The chart plugin's directory and its parent are the package's too.
plugins=$(dirname "$(grep -E '/oms-sync-desk/plugins/' "$work/expected.txt")")
printf '%s\n' /usr/share/doc/oms-sync-desk /usr/share/oms-sync-desk \
    /usr/share/oms-sync-desk/translations "$(dirname "$plugins")" "$plugins" \
    | LC_ALL=C sort >"$work/own-directories.txt"
if ! diff -u --label "directories it should own" --label "directories the .rpm owns" \
        "$work/own-directories.txt" "$work/directories.txt" >&2; then
    die "the .rpm owns other directories than its own (see CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION)"
fi
awk '$1 ~ /^-/ && $2 ~ /\/(bin|libexec)\// && $1 != "-rwxr-xr-x" { print; bad = 1 }
     END { exit bad }' "$work/modes.txt" || die "executables not 0755 (above)"

step "rpm -qRp: requirements found by rpm's autoreq"
query -R | tee "$work/requires.txt"
for library in 'libc\.so\.6' 'libQt6Core\.so\.6' 'libqt6keychain\.so\.[0-9]+' \
        'libQt6Charts\.so\.6' 'libQt6Svg\.so\.6' 'libQt6Widgets\.so\.6'; do
    grep -q -E "^${library}\(" "$work/requires.txt" \
        || die "the .rpm does not require $library: was CPACK_RPM_PACKAGE_AUTOREQ turned off?"
done

rm -rf "$work"
step "the .rpm is as expected"
