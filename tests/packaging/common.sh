# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by the package tests: loud failures and the few facts they share.

# shellcheck disable=SC2034 # used by the scripts that source this
package=oms-sync-desk
app_id=io.github.omssyncdesk.OmsSyncDesk
test_name=${0##*/}

step() {
    printf '==> %s\n' "$*"
}

die() {
    printf '\n%s: FAILED: %s\n' "$test_name" "$*" >&2
    exit 1
}

need_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 \
            || die "'$tool' is not installed; tools/dev deps installs what tools/debian-packages.txt lists"
    done
}

# The one file matching a glob in a directory, or a failure saying what is there.
single_file() {
    local dir=$1 pattern=$2 matches
    shopt -s nullglob
    # shellcheck disable=SC2206
    matches=("$dir"/$pattern)
    shopt -u nullglob
    [ ${#matches[@]} -eq 1 ] \
        || die "expected one $pattern in $dir (made by the package.cpack test), found ${#matches[@]}: ${matches[*]:-none}"
    printf '%s\n' "${matches[0]}"
}

# The expected files, without comments, sorted.
expected_files() {
    grep -v -E '^\s*(#|$)' "$1" | LC_ALL=C sort
}

# Fails with a diff when two sorted lists differ.
same_list() {
    local what=$1 expected=$2 actual=$3
    if ! diff -u --label expected --label "$what" "$expected" "$actual" >&2; then
        die "$what differs from tests/packaging/expected-files.txt (- missing, + unexpected)"
    fi
}
