#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-deb.sh OUTDIR EXPECTED_FILES VERSION
#
# The .deb of package.cpack without installing it: its control fields (the
# dependencies dpkg-shlibdeps found among them), its exact file list, owners
# and modes, and its files as they will be installed: desktop entry and
# AppStream metainfo validated, executables stripped, icons of their size.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

out=$1 expected=$2 version=$3
need_tools dpkg-deb desktop-file-validate appstreamcli file

deb=$(single_file "$out" '*.deb')
work="$out/check-deb"
rm -rf "$work"
mkdir -p "$work"

step "dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb"

field() {
    dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = "$package" ] || die "Package is '$(field Package)', not $package"
[ "$(field Version)" = "$version" ] || die "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] \
    || die "Architecture is '$(field Architecture)'"

step "Depends found by dpkg-shlibdeps"
depends=$(field Depends)
[ -n "$depends" ] || die "the .deb has no Depends: was CPACK_DEBIAN_PACKAGE_SHLIBDEPS turned off?"
printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//'
# Package names only, one a line: "libqt6svg6 (>= 6.4.0)" -> libqt6svg6.
names=$(printf '%s\n' "$depends" | tr ',|' '\n' | sed 's/^ *//; s/[ (].*//' | sort -u)
for wanted in 'libc6' 'libqt6core6' 'libqt6keychain[0-9]+' 'libqt6charts[0-9]+' \
        'libqt6svg[0-9]+' 'libqt6widgets6' 'libqt6network6'; do
    grep -q -x -E "$wanted" <<<"$names" \
        || die "Depends lacks a package matching '$wanted': $depends"
done
# Versioned as dpkg-shlibdeps does it, not a hand-written list.
grep -q -E 'libc6 \(>= [0-9.]+\)' <<<"$depends" || die "libc6 in Depends is not versioned: $depends"

step "Recommends: a keychain and a font for Chinese names"
recommends=$(field Recommends)
printf '%s\n' "$recommends"
grep -q -E '(^|, )gnome-keyring( |,|$)' <<<"$recommends" || die "Recommends lacks gnome-keyring: $recommends"
grep -q -E '(^|, )fonts-noto-cjk \| fonts-wqy-microhei' <<<"$recommends" \
    || die "Recommends lacks a CJK font with its alternatives: $recommends"

step "dpkg-deb -c: the files, their owner and mode"
dpkg-deb -c "$deb" | tee "$work/contents.txt"
# "-rwxr-xr-x root/root 12345 2026-11-28 08:00 ./usr/bin/oms-sync"
awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' "$work/contents.txt" | LC_ALL=C sort >"$work/files.txt"
expected_files "$expected" >"$work/expected.txt"
same_list "the .deb's files" "$work/expected.txt" "$work/files.txt"
awk '$2 != "root/root" { print "owner " $2 ": " $6; bad = 1 } END { exit bad }' "$work/contents.txt" \
    || die "files not owned by root/root (above)"
awk '$1 ~ /^d/ && $1 != "drwxr-xr-x" { print; bad = 1 }
     $1 ~ /^-/ && $6 ~ /\/(bin|libexec)\// && $1 != "-rwxr-xr-x" { print; bad = 1 }
     $1 ~ /^-/ && $6 !~ /\/(bin|libexec)\// && $1 != "-rw-r--r--" { print; bad = 1 }
     END { exit bad }' "$work/contents.txt" \
    || die "unexpected modes (above): directories 0755, executables 0755, other files 0644"

root="$work/root"
dpkg-deb -x "$deb" "$root"

step "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" \
    || die "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || die "appstreamcli rejects $app_id.metainfo.xml"

step "executables and the chart plugin: stripped ELF"
plugin=$(grep -E '/oms-sync-desk/plugins/' "$work/expected.txt")
for executable in usr/bin/oms-sync usr/bin/oms-sync-desk usr/libexec/oms-sim "${plugin#/}"; do
    description=$(file -b "$root/$executable")
    printf '%s: %s\n' "$executable" "$description"
    [[ $description == ELF* ]] || die "$executable is not an ELF executable"
    [[ $description == *", stripped"* ]] || die "$executable is not stripped (CPACK_STRIP_FILES)"
done

step "icons: each PNG of its size"
for size in 16 22 24 32 48 64 128 256; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    description=$(file -b "$root/$png")
    [[ $description == "PNG image data, $size x $size,"* ]] \
        || die "$png: $description (expected a $size x $size PNG)"
done
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    || die "the scalable icon is not an SVG"

step "man pages and changelog: gzip without a timestamp"
for document in usr/share/man/man1/{oms-sync,oms-sync-desk,oms-sim}.1.gz \
        usr/share/doc/oms-sync-desk/changelog.gz; do
    gzip -t "$root/$document" || die "$document is not valid gzip"
    description=$(file -b "$root/$document")
    [[ $description != *"last modified"* ]] || die "$document has a timestamp: $description"
done

rm -rf "$work"
step "the .deb is as expected"
