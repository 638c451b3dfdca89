// SPDX-License-Identifier: GPL-3.0-or-later
//
// make-vectors.js: ground-truth test vectors for the SDK-HMAC-SHA256 request
// signer, computed by Huawei's official Node.js SDK core
// (@huaweicloud/huaweicloud-sdk-core, class AKSKSigner).
//
// The SDK is NOT part of this project. Install it in a scratch folder outside
// the source tree, then run this script from the project root:
//
//   mkdir -p /tmp/sdk-signer && cd /tmp/sdk-signer
//   npm init -y >/dev/null
//   npm install --no-audit --no-fund @huaweicloud/huaweicloud-sdk-core@3.1.211
//   cd -   # back to the project root
//   NODE_PATH=/tmp/sdk-signer/node_modules \
//     node tests/data/signing/make-vectors.js > tests/data/signing/vectors.json
//
// Every expected value (canonical request, string to sign, signed headers,
// Authorization) is produced by the SDK's own code:
//   * most vectors call the public static AKSKSigner.sign(request, credential)
//     with a request built by the SDK's HttpRequestBuilder;
//   * the "sdk_client_*" vectors go through the SDK's whole client pipeline
//     (HcClient.sendRequest -> BasicCredentials.processAuthRequest -> AKSKSigner)
//     with an in-process axios adapter in place of the network, so they show
//     what an SDK service client really signs and sends;
//   * the canonical request and string to sign are not returned by sign(), so
//     the SDK's own internal AKSKSigner.buildCanonicalRequest and
//     AKSKSigner.getStringToSign are wrapped (called unchanged, their return
//     values recorded).
// The clock is fixed by replacing Date.now (moment(), which the SDK uses for
// X-Sdk-Date, reads Date.now). Each vector is then re-signed with the date
// given as an X-Sdk-Date request header instead, and must give the same
// Authorization.
//
// How the query map given to the SDK relates to the "url" field: the SDK takes
// query parameters as a map (request.queryParams) and puts them on the wire
// with Node's querystring.stringify. This script goes the other way: it parses
// the query of each vector's wire URL with Node's querystring.parse and hands
// that map to the SDK. Unless a vector is marked `nonSdkWire`, the script
// checks that querystring.stringify(map) gives back the wire query exactly.
// The path is handed to the SDK exactly as it is on the wire (already
// percent-encoded), inside request.endpoint.

'use strict';

const crypto = require('crypto');
const { createRequire } = require('module');
const querystring = require('querystring');

const SDK = '@huaweicloud/huaweicloud-sdk-core';
const sdkPackage = require(`${SDK}/package.json`);
const { AKSKSigner } = require(`${SDK}/auth/AKSKSigner`);
const { BasicCredentials } = require(SDK);
const { HttpRequestBuilder } = require(`${SDK}/http/IHttpRequestBuilder`);
const { HcClient } = require(`${SDK}/HcClient`);
const { DefaultHttpClient } = require(`${SDK}/http/DefaultHttpClient`);
// The axios instance the SDK itself uses (to compute the wire URL it sends).
const axios = createRequire(require.resolve(`${SDK}/package.json`))('axios');

// ---------------------------------------------------------------- clock ----

const realDateNow = Date.now;
function setClock(iso) {
    const ms = new Date(iso).getTime();
    if (Number.isNaN(ms)) throw new Error(`bad date ${iso}`);
    Date.now = () => ms;
}
function poisonClock() {
    Date.now = () => { throw new Error('clock read although X-Sdk-Date was given'); };
}
function restoreClock() {
    Date.now = realDateNow;
}
function sdkDate(iso) { // 2025-03-14T09:26:53Z -> 20250314T092653Z
    return iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

// ---------------------------------------- record what the SDK computes ----

let record = null;
function wrapStatic(name, onResult) {
    const original = AKSKSigner[name];
    AKSKSigner[name] = function (...args) {
        const result = original.apply(this, args);
        if (record) onResult(result, args);
        return result;
    };
}
wrapStatic('buildCanonicalRequest', (r) => { record.canonical_request = r; });
wrapStatic('getStringToSign', (r) => { record.string_to_sign = r; });
// Input as it reaches the signer (used for the client-pipeline vectors).
{
    const originalSign = AKSKSigner.sign;
    AKSKSigner.sign = function (request, credential) {
        if (record) {
            record.input = {
                endpoint: request.endpoint,
                method: request.method,
                headers: { ...request.headers },
                queryParams: JSON.parse(JSON.stringify(request.queryParams || {})),
                data: request.data,
            };
        }
        const headers = originalSign.call(this, request, credential);
        if (record) record.authorization = headers.Authorization;
        return headers;
    };
}

// ------------------------------------------------------------ fixtures ----

const OMS = 'https://oms.cn-north-4.myhuaweicloud.com';
const IAM = 'https://iam.cn-north-4.myhuaweicloud.com';
const PID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const TID = '7c4e4d6a-1b2f-4e3a-9c8d-5f6e7a8b9c0d';
const TASKS = `${OMS}/v2/${PID}/sync-tasks`;

const KEYS = {
    demo: { ak: 'DEMOACCESSKEY0000001', sk: 'demoSecretKey0000000000000000000000000001' },
    // Typical lengths (20 / 40), SK with base64-style punctuation.
    example: { ak: 'EXAMPLEAKEXAMPLE0002', sk: 'Example+Secret/Key=With+Punct/0000000002' },
    // Very short pair.
    tiny: { ak: 'A', sk: 's' },
    // 100-char AK and 132-char SK: SK longer than the HMAC-SHA256 block (64 bytes).
    long: { ak: 'LONGAK' + '0123456789'.repeat(9) + 'WXYZ', sk: 'long-secret-key-'.repeat(8) + 'end!' },
};

const D = {
    a: '2025-03-14T09:26:53Z',
    b: '2024-01-02T03:04:05Z',
    c: '2024-02-29T23:59:59Z',
    d: '2026-12-31T00:00:00Z',
};

const JSON_HDR = { 'Content-Type': 'application/json', 'X-Project-Id': PID };
const JSON_UTF8_HDR = { 'Content-Type': 'application/json;charset=UTF-8', 'X-Project-Id': PID };

const START_BODY = {
    src_ak: 'SRCACCESSKEY00000001',
    src_sk: 'srcSecretKey000000000000000000000000001',
    dst_ak: 'DSTACCESSKEY00000001',
    dst_sk: 'dstSecretKey000000000000000000000000001',
    source_cdn_authentication_key: 'clé-密钥-ключ-🔑',
};

// Vectors signed directly with AKSKSigner.sign. `data` is the JSON body as an
// object: the SDK hashes JSON.stringify(data), which is also exactly the body
// string axios sends, so "body" below is JSON.stringify(data).
const DIRECT = [
    // --- the OMS sync-task operations -------------------------------------
    { name: 'oms_list_sync_tasks_limit_offset_status', method: 'GET',
      url: `${TASKS}?limit=10&offset=0&status=SYNCHRONIZING`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'oms_list_sync_tasks_no_query', method: 'GET',
      url: TASKS, headers: JSON_HDR, keys: 'example', date: D.b },
    { name: 'oms_show_sync_task_query_time', method: 'GET',
      url: `${TASKS}/${TID}?query_time=1741944413000`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'oms_start_sync_task_json_charset_utf8_non_ascii_body', method: 'POST',
      url: `${TASKS}/${TID}/start`, headers: JSON_UTF8_HDR, data: START_BODY, keys: 'demo', date: D.a },
    { name: 'oms_stop_sync_task_empty_body', method: 'POST',
      url: `${TASKS}/${TID}/stop`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'oms_delete_sync_task', method: 'DELETE',
      url: `${TASKS}/${TID}`, headers: JSON_HDR, keys: 'example', date: D.c },
    { name: 'oms_list_statistics_data_type_comma_encoded', method: 'GET',
      url: `${TASKS}/${TID}/statistics?data_type=REQUEST%2CSUCCESS%2CFAILURE%2CSKIP%2CSIZE&start_time=1741939200000&end_time=1741944413000`,
      headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'oms_list_statistics_data_type_literal_comma_on_wire_signs_same', method: 'GET', nonSdkWire: true,
      url: `${TASKS}/${TID}/statistics?data_type=REQUEST,SUCCESS,FAILURE,SKIP,SIZE&start_time=1741939200000&end_time=1741944413000`,
      headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'oms_list_api_versions_root_path', method: 'GET',
      url: `${OMS}/`, headers: { 'Content-Type': 'application/json' }, keys: 'demo', date: D.b },
    { name: 'iam_post_auth_tokens_nocatalog_no_project_header', method: 'POST',
      url: `${IAM}/v3/auth/tokens?nocatalog=true`, headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      data: { auth: { identity: { methods: ['password'], password: { user: { name: 'demo-user', password: 'Pässw0rd!', domain: { name: 'demo-domain' } } } },
                      scope: { project: { name: 'cn-north-4' } } } },
      keys: 'example', date: D.d },

    // --- path canonicalisation (segments as sent on the wire) -------------
    { name: 'path_encoded_slash_2f_is_double_encoded', method: 'GET',
      url: `${TASKS}/a%2Fb`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'path_encoded_question_mark_3f_is_double_encoded', method: 'GET',
      url: `${TASKS}/what%3F`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'path_encoded_hash_23_is_double_encoded', method: 'DELETE',
      url: `${TASKS}/tag%23one`, headers: JSON_HDR, keys: 'tiny', date: D.a },
    { name: 'path_encoded_percent_25_is_double_encoded', method: 'GET',
      url: `${TASKS}/100%25done`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'path_encoded_space_20_is_double_encoded', method: 'POST',
      url: `${TASKS}/my%20task/stop`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'path_dot_dot_segment_literal_kept_not_resolved', method: 'GET',
      url: `${TASKS}/../stop`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'path_dot_dot_segment_encoded_2e2e_is_double_encoded', method: 'GET',
      url: `${TASKS}/%2E%2E`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'path_tilde_and_unreserved_chars_kept', method: 'GET',
      url: `${TASKS}/~task-1_a.b~`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'path_chinese_utf8_percent_encoded_is_double_encoded', method: 'GET',
      url: `${TASKS}/%E5%90%8C%E6%AD%A5%E4%BB%BB%E5%8A%A1`, headers: JSON_HDR, keys: 'long', date: D.a },
    { name: 'path_trailing_slash_signs_same_as_without', method: 'GET',
      url: `${TASKS}/`, headers: JSON_HDR, keys: 'example', date: D.b },

    // --- query canonicalisation -------------------------------------------
    { name: 'query_keys_sorted_wire_order_unsorted', method: 'GET',
      url: `${TASKS}?status=STOPPED&offset=20&limit=100&marker=x`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'query_repeated_key_values_sorted', method: 'GET',
      url: `${TASKS}?tag=b&tag=a&tag=c&a=1`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'query_empty_value', method: 'GET',
      url: `${TASKS}?marker=&limit=5`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'query_key_without_equals_parsed_as_empty_value', method: 'GET', nonSdkWire: true,
      url: `${TASKS}?flag&limit=5`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'query_values_plus_star_tilde_equals_amp_space', method: 'GET',
      url: `${TASKS}?plus=1%2B1&star=a*b&tilde=~x~&eq=a%3Db&amp=a%26b&sp=a%20b%20c`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'query_keys_sorted_by_decoded_utf16_not_by_encoded_form', method: 'GET',
      url: `${TASKS}?%C3%A9=5&a%3A=4&a0=3&a%20b=2&Z=1`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'query_non_ascii_value_utf8', method: 'GET',
      url: `${TASKS}?name=%E5%90%8C%E6%AD%A5-%C3%A9`, headers: JSON_HDR, keys: 'demo', date: D.a },

    // --- headers ------------------------------------------------------------
    { name: 'headers_mixed_case_names_lowercased_extra_header_signed', method: 'GET',
      url: `${TASKS}?limit=1`, headers: { 'x-PROJECT-id': PID, 'CONTENT-type': 'application/json', 'X-Custom-Header': 'Value With  Caps' },
      keys: 'demo', date: D.a },
    { name: 'header_values_whitespace_not_trimmed_by_sdk', method: 'GET',
      url: `${TASKS}?limit=1`, headers: { 'Content-Type': '  application/json ', 'X-Project-Id': ` ${PID}  ` },
      keys: 'demo', date: D.a },
    { name: 'no_headers_signs_only_host_and_x_sdk_date', method: 'GET',
      url: `${TASKS}?limit=10`, headers: {}, keys: 'demo', date: D.c },
    { name: 'x_sdk_content_sha256_unsigned_payload_replaces_body_hash', method: 'PUT',
      url: `${TASKS}/${TID}`, headers: { 'Content-Type': 'application/octet-stream', 'X-Project-Id': PID, 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' },
      data: { description: 'not hashed' }, keys: 'demo', date: D.a },

    // --- local test servers: non-default port, http and https --------------
    { name: 'local_http_127_0_0_1_port_8443_host_signed_with_port', method: 'GET',
      url: `http://127.0.0.1:8443/v2/${PID}/sync-tasks?limit=10&offset=0`, headers: JSON_HDR, keys: 'demo', date: D.a },
    { name: 'local_https_localhost_port_18443_start', method: 'POST',
      url: `https://localhost:18443/v2/${PID}/sync-tasks/${TID}/start`, headers: JSON_UTF8_HDR,
      data: { src_ak: 'a', src_sk: 'b', dst_ak: 'c', dst_sk: 'd' }, keys: 'demo', date: D.a },
];

// Vectors produced through the SDK's client pipeline. `options` mirrors what
// the generated OMS service client (OmsClient ParamCreater) builds.
const PIPELINE = [
    { name: 'sdk_client_list_sync_tasks_adds_x_project_id', keys: 'demo', date: D.a, projectId: PID,
      options: { method: 'GET', url: '/v2/{project_id}/sync-tasks', contentType: 'application/json',
                 queryParams: { limit: 10, offset: 0, status: 'STOPPED' }, pathParams: {}, headers: {} } },
    { name: 'sdk_client_start_sync_task_content_type_normalised_to_application_json', keys: 'demo', date: D.a, projectId: PID,
      options: { method: 'POST', url: '/v2/{project_id}/sync-tasks/{sync_task_id}/start', contentType: 'application/json;charset=UTF-8',
                 queryParams: {}, pathParams: { sync_task_id: TID }, headers: { 'Content-Type': 'application/json;charset=UTF-8' },
                 data: START_BODY } },
];

// -------------------------------------------------------------- helpers ----

const sha256 = (s) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (k, s) => crypto.createHmac('sha256', k).update(s, 'utf8').digest('hex');

function splitUrl(url) {
    const q = url.indexOf('?');
    return q < 0 ? { base: url, query: '' } : { base: url.slice(0, q), query: url.slice(q + 1) };
}

function credential(keys) {
    return new BasicCredentials().withAk(KEYS[keys].ak).withSk(KEYS[keys].sk);
}

function signDirect(v, extraHeaders) {
    const { base, query } = splitUrl(v.url);
    const queryParams = { ...querystring.parse(query) };
    // Round trip checked before signing: sign() sorts repeated-key arrays in place.
    const roundTrip = querystring.stringify(queryParams);
    const request = new HttpRequestBuilder()
        .withEndpoint(base)
        .withMethod(v.method)
        .withHeaders({ ...v.headers, ...extraHeaders })
        .withQueryParams(queryParams)
        .withData(v.data)
        .build();
    return { query, roundTrip, headers: AKSKSigner.sign(request, credential(v.keys)) };
}

function fail(name, what) {
    throw new Error(`${name}: ${what}`);
}

// Consistency checks on what the SDK produced (no re-implementation of the
// canonicalisation: only hashes of the SDK's own strings).
function check(out, sk, payloadOverride) {
    const cr = out.canonical_request.split('\n');
    const sts = out.string_to_sign.split('\n');
    if (sts[0] !== 'SDK-HMAC-SHA256' || sts[1] !== out.date || sts[2] !== sha256(out.canonical_request)) {
        fail(out.name, 'string to sign does not match');
    }
    if (cr[0] !== out.method) fail(out.name, 'method line');
    if (cr[cr.length - 2] !== out.signed_headers) fail(out.name, 'signed headers line');
    const payload = payloadOverride || sha256(out.body);
    if (cr[cr.length - 1] !== payload) fail(out.name, 'payload hash is not sha256(body)');
    const sig = hmac(sk, out.string_to_sign);
    if (!out.authorization.endsWith(`Signature=${sig}`)) fail(out.name, 'signature');
}

function vectorFrom(name, method, url, headers, body, date, keys) {
    const m = /SignedHeaders=([^,]*), Signature=/.exec(record.authorization);
    return {
        name, method, url, headers, body, date: sdkDate(date), ak: KEYS[keys].ak, sk: KEYS[keys].sk,
        canonical_request: record.canonical_request,
        string_to_sign: record.string_to_sign,
        signed_headers: m[1],
        authorization: record.authorization,
    };
}

// ----------------------------------------------------------------- main ----

async function main() {
    const vectors = [];
    const names = new Set();

    for (const v of DIRECT) {
        if (names.has(v.name)) fail(v.name, 'duplicate name');
        names.add(v.name);

        // 1. Sign with the clock fixed (the SDK sets X-Sdk-Date itself).
        setClock(v.date);
        record = {};
        const first = signDirect(v, {});
        if (first.headers['X-Sdk-Date'] !== sdkDate(v.date)) fail(v.name, 'X-Sdk-Date');
        if (!v.nonSdkWire && first.roundTrip !== first.query) {
            fail(v.name, `wire query is not what the SDK would send: ${first.roundTrip}`);
        }
        const body = v.data === undefined ? '' : JSON.stringify(v.data);
        const out = vectorFrom(v.name, v.method, v.url, v.headers, body, v.date, v.keys);
        check(out, KEYS[v.keys].sk, v.headers['X-Sdk-Content-Sha256']);

        // 2. Re-sign with the date injected as an X-Sdk-Date request header.
        poisonClock();
        record = {};
        const second = signDirect(v, { 'X-Sdk-Date': sdkDate(v.date) });
        if (second.headers.Authorization !== out.authorization) fail(v.name, 'injected X-Sdk-Date gives another signature');
        restoreClock();

        vectors.push(out);
    }

    for (const p of PIPELINE) {
        if (names.has(p.name)) fail(p.name, 'duplicate name');
        names.add(p.name);

        let wire = null;
        const adapter = async (config) => {
            wire = { url: axios.getUri(config), data: config.data };
            return { data: {}, status: 200, statusText: 'OK', headers: {}, config, request: {} };
        };
        const endpoint = OMS;
        const client = new HcClient(new DefaultHttpClient({}, [endpoint]), {})
            .withEndpoints([endpoint])
            .withCredential(credential(p.keys).withProjectId(p.projectId));
        const options = JSON.parse(JSON.stringify(p.options));
        options.axiosRequestConfig = { adapter };

        setClock(p.date);
        record = {};
        await client.sendRequest(options);
        restoreClock();

        const input = record.input;
        const headers = input.headers;
        const body = typeof wire.data === 'string' ? wire.data : '';
        if (input.data !== undefined && JSON.stringify(input.data) !== body) fail(p.name, 'wire body differs from hashed body');
        const out = vectorFrom(p.name, input.method, wire.url, headers, body, p.date, p.keys);
        check(out, KEYS[p.keys].sk);
        vectors.push(out);
    }

    const result = {
        generator: 'make-vectors.js',
        sdk: `${SDK}@${sdkPackage.version}`,
        vectors,
    };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

main().catch((e) => {
    restoreClock();
    process.stderr.write(`make-vectors: ${e.stack || e}\n`);
    process.exit(1);
});
