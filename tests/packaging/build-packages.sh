#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-packages.sh CPACK CPACK_CONFIG OUTDIR VERSION
#
# One cpack run, as the README's, makes the .deb and the .rpm; here it writes
# into OUTDIR (emptied first) and not into the build directory, so a
# developer's own `cpack` there is neither disturbed nor reused. The other
# package tests inspect and install what this leaves in OUTDIR.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

cpack=$1 config=$2 out=$3 version=$4

need_tools dpkg-deb dpkg-shlibdeps rpmbuild strip gzip
[ -f "$config" ] || die "$config is missing: configure and build the project first"

rm -rf "$out"
mkdir -p "$out"

step "cpack --config $config -B $out"
if ! "$cpack" --config "$config" -B "$out" >"$out/cpack.log" 2>&1; then
    tail -n 60 "$out/cpack.log" >&2
    die "cpack failed; the whole log is $out/cpack.log"
fi
cat "$out/cpack.log"
if grep -E -i 'dpkg-shlibdeps: (warning|error)' "$out/cpack.log" >&2; then
    die "dpkg-shlibdeps complained (see above)"
fi

deb_arch=$(dpkg --print-architecture)
rpm_arch=$(uname -m)
deb="$out/${package}_${version}_${deb_arch}.deb"
rpm="$out/${package}-${version}-1.${rpm_arch}.rpm"
step "expecting $(basename "$deb") and $(basename "$rpm")"
made=$(cd "$out" && echo -- *.deb *.rpm)
[ -f "$deb" ] || die "no $deb; cpack made: ${made#-- }"
[ -f "$rpm" ] || die "no $rpm; cpack made: ${made#-- }"
only_deb=$(single_file "$out" '*.deb')
only_rpm=$(single_file "$out" '*.rpm')
if [ "$only_deb" != "$deb" ] || [ "$only_rpm" != "$rpm" ]; then
    die "unexpected package files in $out"
fi

# The staging trees are big and nothing reads them again.
rm -rf "$out/_CPack_Packages"
ls -l "$deb" "$rpm"
