#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the test PKI of the TLS tests: a CA, and three server certificates it
# signed for oms-sim: a good one (127.0.0.1 and localhost), one for another
# host name, and one that expired in 2020. Validity starts in 2020, so a test
# machine's clock never makes the good one "not yet valid". The keys are
# public test data and protect nothing. Run in this folder; needs openssl.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 36500 \
    -subj "/CN=OMS Sync Desk test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"

mkdir -p "$work/newcerts"
: > "$work/index.txt"
echo 1000 > "$work/serial"
cat > "$work/ca.cnf" <<CONF
[ca]
default_ca = test
[test]
dir = $work
database = $work/index.txt
new_certs_dir = $work/newcerts
serial = $work/serial
certificate = ca.pem
private_key = ca-key.pem
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = copy
[anything]
commonName = supplied
CONF

issue() { # name, subjectAltName, start, end
    openssl req -newkey rsa:2048 -nodes -keyout "$1-key.pem" -out "$work/$1.csr" \
        -subj "/CN=oms-sim $1" -addext "subjectAltName=$2"
    openssl ca -batch -config "$work/ca.cnf" -in "$work/$1.csr" -out "$work/$1.crt" \
        -startdate "$3" -enddate "$4" -notext
    openssl x509 -in "$work/$1.crt" -out "$1.pem"
}

issue server "IP:127.0.0.1,DNS:localhost" 20200101000000Z 21200101000000Z
issue wrong-host "DNS:wrong-host.example" 20200101000000Z 21200101000000Z
issue expired "IP:127.0.0.1,DNS:localhost" 20200101000000Z 20200102000000Z
rm -f ca-key.pem
