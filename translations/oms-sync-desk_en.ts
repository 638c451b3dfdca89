<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OmsSync::ApiCall</name>
    <message>
        <source>The connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate was not accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asks for credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is larger than %1 MiB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::ApiError</name>
    <message>
        <source>The service refused this computer&apos;s IP address (blacklisted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::CliApplication</name>
    <message>
        <source>synchronizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, starts and stops Huawei Cloud OMS sync tasks.

Commands:
  profile add NAME --region ID [options]   save a region profile
  profile list | show NAME | remove NAME | test NAME
  task list [--status STOPPED|SYNCHRONIZING]
  task show ID
  task start ID [ID...] [--remember]
  task stop ID [ID...]

Secrets are never arguments. The profile&apos;s secret comes from the keychain, from
--secret-stdin at profile add, or from OMS_SYNC_PASSWORD, OMS_SYNC_TOKEN or
OMS_SYNC_SK. Start keys come from OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK,
OMS_SYNC_DST_AK, OMS_SYNC_DST_SK and OMS_SYNC_CDN_KEY, or from the keychain.

Exit codes: 0 success, 2 usage or invalid input, 3 sign-in refused, 4 refused
by the service, 5 network, timeout or service failure, 6 no keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile NAME (default: the last used, or the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log each request&apos;s method, URL, status and time to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a request after SECONDS without progress (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: the region id, e.g. cn-north-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: the project id (default: found from the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: sign in with password, token or aksk (default password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: the account (IAM domain) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: the access key id for aksk sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: use this OMS endpoint instead of the region&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: use this IAM endpoint instead of the region&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: also trust the certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add: read the password, token or SK from standard input and keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task list: only tasks in this state (STOPPED or SYNCHRONIZING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task start: keep the start keys in the keychain for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oms-sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; see oms-sync --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oms-sync: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not belong to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; takes %3 argument(s); see oms-sync --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see oms-sync --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be password, token or aksk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oms-sync: warning: region %1 is not in the region table; its endpoints are guessed from the documented pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input held no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was saved without its secret: no keychain answers (%2). Set OMS_SYNC_PASSWORD, OMS_SYNC_TOKEN or OMS_SYNC_SK when you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oms-sync: warning: the keychain did not answer; secrets of &quot;%1&quot; may remain there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in to project %1 and listed %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile yet; add one with &quot;oms-sync profile add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several profiles exist; choose one with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be STOPPED or SYNCHRONIZING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed object lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped object lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set all four start keys; missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and the task is still paused: not started, safe to retry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and the task is still running: not stopped, safe to retry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the answer was lost; the task&apos;s state confirms it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oms-sync: warning: the keys of %1 were not remembered: no keychain answers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start keys of %1 are in the keychain, and no keychain answers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start keys for %1: set OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK (and --remember to keep them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::Console</name>
    <message>
        <source>oms-sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OMS Sync Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and restart the Huawei Cloud OMS synchronization tasks of every region and account, with their keys kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © the OMS Sync Desk authors. OMS Sync Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (LGPL-3.0-only or GPL-2.0/3.0), The Qt Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Charts (GPL-3.0-only), The Qt Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt SVG (LGPL-3.0-only or GPL-2.0/3.0), The Qt Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain (BSD-3-Clause), Frank Osterfeld and contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud and OMS are trademarks of Huawei Technologies Co., Ltd. This program is not made or endorsed by Huawei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::CredentialsDialog</name>
    <message>
        <source>Start Sync Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 bucket %2 (%3) to OBS bucket %4 (%5), profile “%6”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS discarded the access keys of this task when it was paused. Enter them again to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 bucket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (&amp;AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key (&amp;SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;DN key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication key of the CDN domain %1 (%2), when the source is read through it with URL signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: Huawei Cloud OBS bucket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this profile&apos;s AK/SK for the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret k&amp;ey (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile signs in with a password or token, not an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember these keys in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain under this profile, so the next start of this task fills them in. Never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember these keys until OMS Sync Desk quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session keeps secrets in memory only: the next start of this task fills them in until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys cannot be remembered: %1 They are used for this start only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with the keys remembered for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the access key the profile signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s access key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters, this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a control character or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS did not start the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::DemoEnvironment</name>
    <message>
        <source>The demo simulator crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary directory for the demo settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator oms-sim was not found. Looked in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator %1 exited before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator %1 did not get ready in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::DisplayText</name>
    <message>
        <source>Synchronizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QingCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kingsoft Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baidu AI Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiniu Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite when size or modification time differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite when the CRC64 checksum differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrequent Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>account / user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message, error code and request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::MainWindow</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be loaded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answers: secrets are kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected paused tasks (asks for their keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected running tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the tasks again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Remembered Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the keys remembered for the selected task from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Task Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit and order the region profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OMS Sync Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to OMS Sync Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a region profile to see its OMS sync tasks and start paused ones again. Or try the demo first: a simulator on this computer with sample tasks, where nothing reaches Huawei Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a second window on a local simulator; your settings are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, id, bucket or region (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tasks by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tasks come from a simulator on this computer (port %1): nothing reaches Huawei Cloud, and nothing is saved. The demo user signs in with the password demo-password; any keys you type start a paused task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tasks of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no sync tasks in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n Tasks…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;top %n Tasks…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start Sync Task (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain answers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Sync Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pause %n sync tasks?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OMS discards the source and destination access keys of a paused task. To start it again you will need all four keys once more, unless you let the keychain remember them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Tasks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied task ids: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::MessageBox</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileController</name>
    <message>
        <source>No keychain answers (%1). The secret is kept in memory until OMS Sync Desk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was changed while it was in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password, token or SK is stored for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password, token or SK to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile does not sign in with an access key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileEditDialog</name>
    <message>
        <source>Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Beijing4 production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (domain) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IAM token from another tool. It expires after 24 hours at the latest; paste a new one then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system proxy, e.g. http://proxy:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OMS endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret contains a control character or line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS documents starting and stopping sync tasks only in CN North-Beijing4, CN East-Shanghai1 and CN Southwest-Guiyang1; this region may refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in. Project %1, sync tasks: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The profile was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileListModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>region · account</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Region: %2 (%3)
Sign-in: %4, %5
%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfilesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the start keys remembered for this profile&apos;s tasks from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy has no stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password, token or SK and every key remembered for its tasks are removed from the keychain. The sync tasks in the cloud are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be deleted completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Remembered Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget the remembered keys of “%1”? Tasks with keys: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the keychain; the next start of these tasks asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some keys could not be forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the window is visible, the task list is refreshed this often. Hidden or minimized, it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh the tasks every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::StatisticsChartView</name>
    <message>
        <source>Statistics of the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was synchronized in the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TaskDetailsWidget</name>
    <message>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its details and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata migration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore archived objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object lists in the destination bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the statistics…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TaskListController</name>
    <message>
        <source>Could not sign in with profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the tasks of profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start was interrupted because the profile changed. Refresh to see whether the task runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task started, but its keys could not be remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not forget the keys of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the remembered keys of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TaskTableModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>cloud · region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Task id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, region %2, bucket %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud OBS, %1 (%2), bucket %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never restarted; created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s figures are being loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: %1 requests, %2 objects synchronized, %3 failed, %4 skipped, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects synchronized this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects that failed to synchronize this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data synchronized this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the task was last started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::IamToken</name>
    <message>
        <source>IAM answered the sign-in with an unexpected status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM answered the sign-in without a usable token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM answered the sign-in without the token&apos;s expiry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::InputRules</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character or line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts or ends with white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync_task_id cannot be &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project_id may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::JsonFields</name>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::OmsClient</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http or https URL with a host and nothing after the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM knows no project for region %1 in this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::Profile</name>
    <message>
        <source>region must be a region id such as cn-north-4 (lower-case letters, digits and dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy must be an http:// or socks5:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy must not contain a password; it belongs in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth must be password, token or aksk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::ProfileSession</name>
    <message>
        <source>No password, token or SK is stored for profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; is in the keychain, and no keychain answers: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::ProfileStore</name>
    <message>
        <source>The settings were written by a newer version of OMS Sync Desk (format %1); they are shown but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored a profile entry with an invalid id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored profile &quot;%1&quot;: unknown sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings belong to a newer version and are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program keeps the settings locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an OMS Sync Desk profile export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::StatisticsJob</name>
    <message>
        <source>start_time must be before end_time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_type needs at least one type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsSync::SyncTaskPage</name>
    <message>
        <source>The task list reply has no &quot;tasks&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Huawei Cloud OMS sync tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo on a local simulator, with settings of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profiles could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and open the demo again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
