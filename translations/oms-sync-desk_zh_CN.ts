<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OmsSync::ApiCall</name>
    <message>
        <source>The connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived</source>
        <translation>收到应答前连接已关闭</translation>
    </message>
    <message>
        <source>The host name could not be resolved</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <source>The TLS certificate was not accepted (%1)</source>
        <translation>TLS 证书未被接受（%1）</translation>
    </message>
    <message>
        <source>The proxy asks for credentials</source>
        <translation>代理要求提供凭证</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The reply is larger than %1 MiB and was not read.</source>
        <translation>应答大于 %1 MiB，未读取。</translation>
    </message>
    <message>
        <source>No answer within %1 s: %2 %3</source>
        <translation>%1 秒内无应答：%2 %3</translation>
    </message>
</context>
<context>
    <name>OmsSync::ApiError</name>
    <message>
        <source>The service refused this computer&apos;s IP address (blacklisted).</source>
        <translation>服务拒绝了本机的 IP 地址（已被列入黑名单）。</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>服务返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (HTTP status, request id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between HTTP status and request id</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved: %2</source>
        <translation>无法保存设置文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::CliApplication</name>
    <message>
        <source>synchronizing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>oms-sync: %1</source>
        <translation>oms-sync：%1</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0 to 3600.</source>
        <translation>--timeout 必须是 0 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>No command given; see oms-sync --help.</source>
        <translation>未指定命令；请参阅 oms-sync --help。</translation>
    </message>
    <message>
        <source>--%1 does not belong to &quot;%2&quot;.</source>
        <translation>--%1 不适用于“%2”。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see oms-sync --help.</source>
        <translation>未知命令“%1”；请参阅 oms-sync --help。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %n argument(s); see oms-sync --help.</source>
        <translation>
            <numerusform>“%1 %2”需要 %n 个参数；请参阅 oms-sync --help。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %n or more arguments; see oms-sync --help.</source>
        <translation>
            <numerusform>“%1 %2”需要 %n 个或更多参数；请参阅 oms-sync --help。</numerusform>
        </translation>
    </message>
    <message>
        <source>oms-sync GROUP --help and oms-sync GROUP COMMAND --help describe a command.</source>
        <translation>oms-sync GROUP --help 和 oms-sync GROUP COMMAND --help 说明各个命令。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <comment>option value</comment>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>上面列出的命令之一。</translation>
    </message>
    <message>
        <source>Lists, starts and stops Huawei Cloud OMS sync tasks.

Commands:
  profile add NAME --region ID [options]   save a region profile
  profile list | show NAME | remove NAME | test NAME
  profile export [FILE] | import FILE      share profiles, never secrets
  task list [--status STOPPED|SYNCHRONIZING]
  task show ID
  task start ID [ID...] [--remember]
  task stop ID [ID...]

Secrets are never arguments. The profile&apos;s secret comes from the keychain, from
--secret-stdin at profile add, or from OMS_SYNC_PASSWORD, OMS_SYNC_TOKEN or
OMS_SYNC_SK. Start keys come from OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK,
OMS_SYNC_DST_AK, OMS_SYNC_DST_SK and OMS_SYNC_CDN_KEY, or from the keychain;
a proxy&apos;s password from OMS_SYNC_PROXY_PASSWORD.

Exit codes: 0 success, 2 usage or invalid input, 3 sign-in refused, 4 refused
by the service, 5 network, timeout or service failure, 6 no keychain, 7 the
settings file could not be locked, read or written.</source>
        <translation>列出、启动和停止华为云 OMS 同步任务。

命令：
  profile add NAME --region ID [选项]   保存区域配置
  profile list | show NAME | remove NAME | test NAME
  profile export [FILE] | import FILE      共享区域配置（不含密码和密钥）
  task list [--status STOPPED|SYNCHRONIZING]
  task show ID
  task start ID [ID...] [--remember]
  task stop ID [ID...]

密码、令牌和密钥从不通过命令行参数传入。区域配置的密码、令牌或 SK 来自钥匙串、
profile add 的 --secret-stdin，或环境变量 OMS_SYNC_PASSWORD、OMS_SYNC_TOKEN、
OMS_SYNC_SK。启动密钥来自环境变量 OMS_SYNC_SRC_AK、OMS_SYNC_SRC_SK、
OMS_SYNC_DST_AK、OMS_SYNC_DST_SK 和 OMS_SYNC_CDN_KEY，或来自钥匙串；
代理密码来自 OMS_SYNC_PROXY_PASSWORD。

退出码：0 成功；2 用法错误或输入无效；3 登录被拒绝；4 被服务拒绝；
5 网络错误、超时或服务故障；6 钥匙串不可用；
7 无法锁定、读取或写入设置文件。</translation>
    </message>
    <message>
        <source>Watching, and every profile at once:
  task list --all-profiles                 the tasks of every profile
  watch [--all-profiles] [--interval SECONDS] [--initial]
        [--failure-threshold N]            a line per change until stopped</source>
        <translation>监视，以及同时处理所有区域配置：
  task list --all-profiles                 所有区域配置的任务
  watch [--all-profiles] [--interval SECONDS] [--initial]
        [--failure-threshold N]            每次变化输出一行，直到被停止</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s); see oms-sync --help.</source>
        <translation>
            <numerusform>“%1”需要 %n 个参数；请参阅 oms-sync --help。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n or more arguments; see oms-sync --help.</source>
        <translation>
            <numerusform>“%1”需要 %n 个或更多参数；请参阅 oms-sync --help。</numerusform>
        </translation>
    </message>
    <message>
        <source>A task&apos;s whole life:
  task create [--from FILE] [options]      a new task; prints its id
  task clone ID [options]                  a new task like ID
  task delete ID [ID...] [--yes]           after a confirmation
  task sync-objects ID [KEY...] [--from-file FILE]
                                           sync chosen objects now</source>
        <translation>任务的整个生命周期：
  task create [--from FILE] [选项]         新建任务，打印其 ID
  task clone ID [选项]                     新建一个与 ID 相同的任务
  task delete ID [ID...] [--yes]           确认后删除
  task sync-objects ID [KEY...] [--from-file FILE]
                                           立即同步指定对象</translation>
    </message>
    <message>
        <source>What a new task can sync from:
  source clouds                            the clouds OMS syncs from
  source regions [--cloud NAME]            their regions, for --src-region
  source buckets --cloud NAME [--region REGION] [--app-id APPID]
                                           the buckets OMS_SYNC_SRC_AK/SK open</source>
        <translation>新任务可以从哪里同步：
  source clouds                            OMS 可从中同步的云服务商
  source regions [--cloud NAME]            其区域，供 --src-region 使用
  source buckets --cloud NAME [--region REGION] [--app-id APPID]
                                           OMS_SYNC_SRC_AK/SK 可访问的桶</translation>
    </message>
    <message>
        <source>A task&apos;s figures over time, and tables for other programs:
  task stats ID [--range 24h|7d|30d | --from TIME [--to TIME]]
        [--type TYPE,...]                  requests, successes, failures, skips
                                           and bytes every five minutes or hour
  task list | show ID | stats ID --format table|csv|json</source>
        <translation>任务随时间变化的数据，以及供其他程序使用的表格：
  task stats ID [--range 24h|7d|30d | --from TIME [--to TIME]]
        [--type TYPE,...]                  每五分钟或每小时的请求数、成功数、
                                           失败数、跳过数和字节数
  task list | show ID | stats ID --format table|csv|json</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::Command</name>
    <message>
        <source>Use the profile NAME (default: the last used, or the only one).</source>
        <translation>使用名为 NAME 的区域配置（默认为上次使用的
或唯一的区域配置）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>option value</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Log each request&apos;s method, URL, status and time to stderr.</source>
        <translation>将每个请求的方法、URL、状态和耗时记录到标准错误输出。</translation>
    </message>
    <message>
        <source>Give up on a request after SECONDS without progress (default 30).</source>
        <translation>请求在 SECONDS 秒内无进展即放弃（默认 30）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <comment>option value</comment>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>task list, watch: every profile at once, concurrently.</source>
        <translation>task list、watch：同时并发处理所有区域配置。</translation>
    </message>
    <message>
        <source>--all-profiles and --profile exclude each other.</source>
        <translation>--all-profiles 与 --profile 不能同时使用。</translation>
    </message>
    <message>
        <source>task list, show, stats: print a table, csv or json (default table; --json is --format json).</source>
        <translation>task list、show、stats：输出 table（表格）、csv 或 json（默认 table；--json 即 --format json）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>option value</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format must be table, csv or json; &quot;%1&quot; is none of them.</source>
        <translation>--format 必须是 table、csv 或 json；“%1”都不是。</translation>
    </message>
    <message>
        <source>--json asks for --format json; it cannot be --format %1 as well.</source>
        <translation>--json 表示 --format json，不能同时为 --format %1。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::CommandContext</name>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的区域配置。</translation>
    </message>
    <message>
        <source>There is no profile yet; add one with &quot;oms-sync profile add&quot;.</source>
        <translation>还没有区域配置；请使用“oms-sync profile add”添加。</translation>
    </message>
    <message>
        <source>Several profiles exist; choose one with --profile.</source>
        <translation>存在多个区域配置；请使用 --profile 选择一个。</translation>
    </message>
    <message>
        <source>oms-sync: warning: %1</source>
        <translation>oms-sync：警告：%1</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::Console</name>
    <message>
        <source>oms-sync: %1</source>
        <translation>oms-sync：%1</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::ProfileCommand</name>
    <message>
        <source>Save a region profile; its secret comes from --secret-stdin or the environment.</source>
        <translation>保存区域配置；其密码、令牌或 SK 来自 --secret-stdin 或环境变量。</translation>
    </message>
    <message>
        <source>List the profiles; * marks the one used last.</source>
        <translation>列出区域配置；* 标记上次使用的一个。</translation>
    </message>
    <message>
        <source>Show a profile and the endpoints it uses.</source>
        <translation>显示区域配置及其使用的终端节点。</translation>
    </message>
    <message>
        <source>Remove a profile and every secret kept for it.</source>
        <translation>删除区域配置及为其保存的所有密码和密钥。</translation>
    </message>
    <message>
        <source>Sign in with a profile and list its tasks.</source>
        <translation>使用区域配置登录并列出其任务。</translation>
    </message>
    <message>
        <source>Write the profiles as JSON, never with a secret.</source>
        <translation>以 JSON 写出区域配置，从不包含密码和密钥。</translation>
    </message>
    <message>
        <source>Add the profiles of an export under new ids.</source>
        <translation>以新的 ID 添加导出文件中的区域配置。</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>option value</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>区域配置的名称。</translation>
    </message>
    <message>
        <source>Where to write; standard output when it is - or missing.</source>
        <translation>写入位置；为 - 或省略时写到标准输出。</translation>
    </message>
    <message>
        <source>A file written by profile export.</source>
        <translation>由 profile export 写出的文件。</translation>
    </message>
    <message>
        <source>profile add: the region id, e.g. cn-north-4.</source>
        <translation>profile add：区域 ID，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>option value</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>profile add: the project id (default: found from the region).</source>
        <translation>profile add：项目 ID（默认根据区域自动查找）。</translation>
    </message>
    <message>
        <source>profile add: sign in with password, token or aksk (default password).</source>
        <translation>profile add：登录方式，可以是 password（密码）、
token（令牌）或 aksk（访问密钥），默认为 password。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <comment>option value</comment>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>profile add: the IAM user name.</source>
        <translation>profile add：IAM 用户名。</translation>
    </message>
    <message>
        <source>profile add: the account (IAM domain) name.</source>
        <translation>profile add：账号名（IAM 的 domain 名称）。</translation>
    </message>
    <message>
        <source>profile add: the access key id for aksk sign-in.</source>
        <translation>profile add：aksk 登录所用的访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>AK</source>
        <comment>option value</comment>
        <translation>AK</translation>
    </message>
    <message>
        <source>profile add: use this OMS endpoint instead of the region&apos;s.</source>
        <translation>profile add：用此 OMS 终端节点代替区域的默认值。</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>option value</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>profile add: use this IAM endpoint instead of the region&apos;s.</source>
        <translation>profile add：用此 IAM 终端节点代替区域的默认值。</translation>
    </message>
    <message>
        <source>profile add: also trust the certificates in this PEM file.</source>
        <translation>profile add：同时信任此 PEM 文件中的证书。</translation>
    </message>
    <message>
        <source>PEM</source>
        <comment>option value</comment>
        <translation>PEM</translation>
    </message>
    <message>
        <source>profile add: connect through this proxy (http://[user@]host:port or socks5://...; its password comes from OMS_SYNC_PROXY_PASSWORD or the keychain).</source>
        <translation>profile add：通过此代理连接（http://[用户@]主机:端口
或 socks5://...；代理密码来自
OMS_SYNC_PROXY_PASSWORD 或钥匙串）。</translation>
    </message>
    <message>
        <source>profile add: read the password, token or SK from standard input and keep it in the keychain.</source>
        <translation>profile add：从标准输入读取密码、令牌或 SK，
并保存到钥匙串。</translation>
    </message>
    <message>
        <source>--auth must be password, token or aksk.</source>
        <translation>--auth 必须是 password、token 或 aksk。</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 证书文件 %1 不存在。</translation>
    </message>
    <message>
        <source>oms-sync: warning: region %1 is not in the region table; its endpoints are guessed from the documented pattern.</source>
        <translation>oms-sync：警告：区域 %1 不在区域列表中；其终端节点按文档中的命名规则推断。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Standard input held no secret.</source>
        <translation>标准输入为空，未读到密码、令牌或 SK。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>已添加区域配置“%1”。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was saved without its secret: no keychain answers (%2). Set OMS_SYNC_PASSWORD, OMS_SYNC_TOKEN or OMS_SYNC_SK when you use it.</source>
        <translation>区域配置“%1”已保存，但其密码、令牌或 SK 未保存：钥匙串无响应（%2）。使用该区域配置时，请设置 OMS_SYNC_PASSWORD、OMS_SYNC_TOKEN 或 OMS_SYNC_SK。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>(from region)</source>
        <translation>（根据区域查找）</translation>
    </message>
    <message>
        <source>%1 (effective)</source>
        <translation>%1（生效值）</translation>
    </message>
    <message>
        <source>oms-sync: warning: the keychain did not answer; secrets of &quot;%1&quot; may remain there (%2).</source>
        <translation>oms-sync：警告：钥匙串无响应；“%1”的密码、令牌或密钥可能仍保留在钥匙串中（%2）。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>已删除区域配置“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Signed in to project %1 and listed %n task(s).</source>
        <translation>
            <numerusform>已登录项目 %1，列出了 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles exported to %1 (without secrets).</source>
        <translation>区域配置已导出到 %1（不含密码和密钥）。</translation>
    </message>
    <message>
        <source>No profile could be imported from %1.</source>
        <translation>未能从 %1 导入任何区域配置。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s); their secrets are set with profile add or the environment.</source>
        <translation>
            <numerusform>已导入 %n 个区域配置；其密码、令牌或 SK 请通过 profile add 或环境变量设置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::SourceCommand</name>
    <message>
        <source>Name the cloud with --cloud, one of %1.</source>
        <translation>请用 --cloud 指定云服务商，可选值为 %1。</translation>
    </message>
    <message>
        <source>--cloud must be one of %1, not “%2”.</source>
        <translation>--cloud 必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>The buckets are those the cloud&apos;s keys open: set OMS_SYNC_SRC_AK and OMS_SYNC_SRC_SK.</source>
        <translation>列出的是该云服务商的密钥可访问的桶：请设置 OMS_SYNC_SRC_AK 和 OMS_SYNC_SRC_SK。</translation>
    </message>
    <message>
        <source>Set both keys; missing: %1.</source>
        <translation>请设置两个密钥；缺少：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Tencent needs its APPID: add --app-id.</source>
        <translation>腾讯云需要 APPID：请添加 --app-id。</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>List the clouds OMS can sync from.</source>
        <translation>列出 OMS 可以从中同步的云服务商。</translation>
    </message>
    <message>
        <source>List the regions of the source clouds (what --src-region takes).</source>
        <translation>列出源端云服务商的区域（即 --src-region 的取值）。</translation>
    </message>
    <message>
        <source>List the buckets that the keys of a source cloud open.</source>
        <translation>列出源端云服务商的密钥可访问的桶。</translation>
    </message>
    <message>
        <source>The keys never come from an argument: OMS_SYNC_SRC_AK and OMS_SYNC_SRC_SK
(for Azure, the storage account&apos;s name and key). Tencent needs its APPID
too, with --app-id. OMS checks the keys with the cloud; a refusal is
exit 4.

With --region, each bucket&apos;s region is asked for, concurrently, and only
the buckets in REGION are listed; with --json, as objects with their
&quot;name&quot; and &quot;region&quot;. Without it, --json prints an array of names.</source>
        <translation>密钥从不来自参数，而是来自 OMS_SYNC_SRC_AK 和 OMS_SYNC_SRC_SK
（Azure 为存储账户名和密钥）。腾讯云还需要用 --app-id 提供 APPID。
OMS 会向云服务商校验密钥；被拒绝时退出码为 4。

使用 --region 时，会并发查询每个桶的区域，只列出位于 REGION 的桶；
使用 --json 时，输出为带有 &quot;name&quot; 和 &quot;region&quot; 字段的对象。不使用
--region 时，--json 输出桶名数组。</translation>
    </message>
    <message>
        <source>source regions, buckets: the cloud, e.g. Aliyun (see source clouds).</source>
        <translation>source regions、buckets：云服务商，例如 Aliyun
（参见 source clouds）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>option value</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>source buckets: only the buckets in this region of the cloud.</source>
        <translation>source buckets：仅列出云服务商在此区域中的桶。</translation>
    </message>
    <message>
        <source>REGION</source>
        <comment>option value</comment>
        <translation>REGION</translation>
    </message>
    <message>
        <source>source buckets: Tencent&apos;s APPID.</source>
        <translation>source buckets：腾讯云的 APPID。</translation>
    </message>
    <message>
        <source>APPID</source>
        <comment>option value</comment>
        <translation>APPID</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::StatsCommand</name>
    <message>
        <source>REQUESTS</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>SUCCESSES</source>
        <translation>成功数</translation>
    </message>
    <message>
        <source>FAILURES</source>
        <translation>失败数</translation>
    </message>
    <message>
        <source>SKIPS</source>
        <translation>跳过数</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Show a task&apos;s requests, successes, failures, skips and bytes over time.</source>
        <translation>显示任务随时间变化的请求数、成功数、失败数、跳过数和字节数。</translation>
    </message>
    <message>
        <source>TIME is epoch milliseconds or ISO 8601: a date (2026-12-01, the start of that
day), a date and time (2026-12-01T08:00, local time) or one with its offset
(2026-12-01T08:00:00Z, 2026-12-01T16:00+08:00). --to defaults to now; --from
may not be in the future and the range may span at most %1 days. Without
--range, --from or --to: the last 24 hours.

OMS answers every five minutes for a short range and every hour for a long
one; a range over 30 days is asked for in pieces of 30 days, one after the
other, and joined into one hourly series.

--type takes requests, successes, failures, skips and bytes (or the API&apos;s
REQUEST, SUCCESS, FAILURE, SKIP, SIZE), comma-separated; the columns keep
that order. Every figure is a plain integer, bytes too. The table shows
local times.

--format csv prints the header time,requests,successes,failures,skips,bytes
(less the types not asked for) and a row per point, times in ISO 8601 UTC,
with CRLF line ends and no byte order mark: standard output feeds other
programs, where a mark would be a stray character (the desktop application
writes one in the files it saves). --format json, or --json, prints an object
with task_id, from, to, granularity (FIVE_MINUTES or ONE_HOUR) and points,
each with time and the same fields as the CSV.</source>
        <translation>TIME 为 epoch 毫秒数或 ISO 8601 格式：日期（2026-12-01，表示当天开始）、
日期和时间（2026-12-01T08:00，本地时间）或带时差的时间
（2026-12-01T08:00:00Z、2026-12-01T16:00+08:00）。--to 默认为现在；--from
不能晚于现在，时间范围最多 %1 天。不带 --range、--from 和 --to 时：
最近 24 小时。

时间范围较短时 OMS 每五分钟给出一个数据点，较长时每小时一个；超过 30 天的
范围按每段 30 天依次分段请求，再合并为一个按小时的序列。

--type 可取 requests、successes、failures、skips 和 bytes（或 API 的
REQUEST、SUCCESS、FAILURE、SKIP、SIZE），以逗号分隔；各列按此顺序排列。
所有数字都是普通整数，字节数也是。表格显示本地时间。

--format csv 输出表头 time,requests,successes,failures,skips,bytes
（不含未请求的类型），每个数据点一行，时间为 ISO 8601 UTC，行尾为 CRLF，
不带字节顺序标记：标准输出供其他程序读取，标记会成为多余的字符（桌面应用
保存的文件中会写入标记）。--format json 或 --json 输出一个对象，包含
task_id、from、to、granularity（FIVE_MINUTES 或 ONE_HOUR）和 points，
每个数据点包含 time 及与 CSV 相同的字段。</translation>
    </message>
    <message>
        <source>A sync task id.</source>
        <translation>同步任务 ID。</translation>
    </message>
    <message>
        <source>task stats: the last 24h, 7d or 30d (default 24h).</source>
        <translation>task stats：最近 24h、7d 或 30d（默认 24h）。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <comment>option value</comment>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>task stats: from TIME (epoch milliseconds or ISO 8601).</source>
        <translation>task stats：起始时间 TIME（epoch 毫秒数或 ISO 8601）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>option value</comment>
        <translation>TIME</translation>
    </message>
    <message>
        <source>task stats: up to TIME (default now).</source>
        <translation>task stats：截止时间 TIME（默认为现在）。</translation>
    </message>
    <message>
        <source>task stats: only these of requests, successes, failures, skips, bytes (comma-separated).</source>
        <translation>task stats：只显示 requests、successes、failures、skips、bytes 中的这些（以逗号分隔）。</translation>
    </message>
    <message>
        <source>TYPE,...</source>
        <comment>option value</comment>
        <translation>TYPE,...</translation>
    </message>
    <message>
        <source>--range and --from or --to exclude each other: --range is the last 24h, 7d or 30d, --from and --to any other range.</source>
        <translation>--range 与 --from 或 --to 不能同时使用：--range 表示最近 24h、7d 或 30d，--from 和 --to 表示任意其他范围。</translation>
    </message>
    <message>
        <source>--range must be 24h, 7d or 30d, not &quot;%1&quot;; --from and --to give any other range.</source>
        <translation>--range 必须是 24h、7d 或 30d，而不是“%1”；其他范围请用 --from 和 --to 指定。</translation>
    </message>
    <message>
        <source>--to needs --from, where the range starts.</source>
        <translation>--to 需要 --from 指定范围的起点。</translation>
    </message>
    <message>
        <source>--%1 takes epoch milliseconds or an ISO 8601 date or time, such as 2026-12-01, 2026-12-01T08:00 or 2026-12-01T08:00:00Z; &quot;%2&quot; is none of them.</source>
        <translation>--%1 接受 epoch 毫秒数或 ISO 8601 日期或时间，例如 2026-12-01、2026-12-01T08:00 或 2026-12-01T08:00:00Z；“%2”都不是。</translation>
    </message>
    <message>
        <source>--from %1 is in the future (now is %2): there are no figures yet.</source>
        <translation>--from %1 晚于现在（现在是 %2）：还没有数据。</translation>
    </message>
    <message>
        <source>--from %1 must be before --to %2.</source>
        <translation>--from %1 必须早于 --to %2。</translation>
    </message>
    <message>
        <source>--from and --to may be at most %1 days apart; these are %2 days apart.</source>
        <translation>--from 与 --to 最多相隔 %1 天；当前相隔 %2 天。</translation>
    </message>
    <message>
        <source>--type takes %1 (or REQUEST, SUCCESS, FAILURE, SKIP, SIZE), comma-separated; &quot;%2&quot; is none of them.</source>
        <translation>--type 可取 %1（或 REQUEST、SUCCESS、FAILURE、SKIP、SIZE），以逗号分隔；“%2”都不是。</translation>
    </message>
    <message>
        <source>--type names %1 twice; each of %2 may be named once.</source>
        <translation>--type 两次指定了 %1；%2 中的每一项只能指定一次。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::SyncObjectsCommand</name>
    <message>
        <source>Ask OMS to sync the named objects of a task now.</source>
        <translation>请 OMS 立即同步任务中指定的对象。</translation>
    </message>
    <message>
        <source>The keys are the arguments after ID and, with --from-file, the lines of
FILE (&quot;-&quot;: standard input), one key a line. They are sent URL-encoded,
10 a call, one call after the other; each call gets its own result (OMS
reports none per key). A refused call does not stop the others; a sign-in,
network or server failure does, and the calls not sent are reported.</source>
        <translation>对象键为 ID 之后的参数，以及使用 --from-file 时 FILE 中的各行
（&quot;-&quot;：标准输入），每行一个键。键经 URL 编码后发送，每次调用 10 个，
依次发送；每次调用各有结果（OMS 不按键报告结果）。某次调用被拒绝不影响
其他调用；登录、网络或服务器故障则会停止，并报告未发送的调用。</translation>
    </message>
    <message>
        <source>The sync task.</source>
        <translation>同步任务。</translation>
    </message>
    <message>
        <source>Object keys to sync.</source>
        <translation>要同步的对象键。</translation>
    </message>
    <message>
        <source>task sync-objects: read object keys from FILE, one a line (&quot;-&quot;: standard input).</source>
        <translation>task sync-objects：从 FILE 读取对象键，每行一个（&quot;-&quot;：标准输入）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>option value</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name at least one object key, or use --from-file.</source>
        <translation>请至少指定一个对象键，或使用 --from-file。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 大于 %2 字节。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>keys %1 to %2</source>
        <translation>第 %1 至 %2 个键</translation>
    </message>
    <message>
        <source>%1: sync requested</source>
        <translation>%1：已请求同步</translation>
    </message>
    <message>
        <source>oms-sync: %1: %2</source>
        <translation>oms-sync：%1：%2</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::TaskCommand</name>
    <message>
        <source>List every sync task of the profile, all pages.</source>
        <translation>列出区域配置的全部同步任务（所有分页）。</translation>
    </message>
    <message>
        <source>Show one task with this month&apos;s statistics.</source>
        <translation>显示一个任务及其本月统计。</translation>
    </message>
    <message>
        <source>Start paused tasks concurrently with one sign-in.</source>
        <translation>以一次登录并发启动已暂停的任务。</translation>
    </message>
    <message>
        <source>Stop running tasks; OMS discards their access keys.</source>
        <translation>停止运行中的任务；OMS 会丢弃其访问密钥。</translation>
    </message>
    <message>
        <source>A sync task id.</source>
        <translation>同步任务 ID。</translation>
    </message>
    <message>
        <source>Sync task ids; each gets its own result.</source>
        <translation>同步任务 ID；每个任务单独给出结果。</translation>
    </message>
    <message>
        <source>task list: only tasks in this state (STOPPED or SYNCHRONIZING).</source>
        <translation>task list：仅列出处于此状态的任务
（STOPPED 或 SYNCHRONIZING）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <comment>option value</comment>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>task start: keep the start keys in the keychain for next time.</source>
        <translation>task start：将启动密钥保存到钥匙串，供下次使用。</translation>
    </message>
    <message>
        <source>--status must be STOPPED or SYNCHRONIZING.</source>
        <translation>--status 必须是 STOPPED 或 SYNCHRONIZING。</translation>
    </message>
    <message>
        <source>Set all four start keys; missing: %1.</source>
        <translation>请设置全部四个启动密钥；缺少：%1。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>目的端</translation>
    </message>
    <message>
        <source>LAST STARTED</source>
        <translation>上次启动</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>failed object lists</source>
        <translation>失败对象列表</translation>
    </message>
    <message>
        <source>skipped object lists</source>
        <translation>跳过对象列表</translation>
    </message>
    <message>
        <source>oms-sync: %1</source>
        <translation>oms-sync：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The answer was lost and the task is still paused: not started, safe to retry (%1).</source>
        <translation>应答丢失，任务仍处于暂停状态：未启动，可以安全重试（%1）。</translation>
    </message>
    <message>
        <source>The answer was lost and the task is still running: not stopped, safe to retry (%1).</source>
        <translation>应答丢失，任务仍在运行：未停止，可以安全重试（%1）。</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1：已启动</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1：已停止</translation>
    </message>
    <message>
        <source> (the answer was lost; the task&apos;s state confirms it)</source>
        <translation>（应答丢失；任务状态已确认此结果）</translation>
    </message>
    <message>
        <source>oms-sync: warning: the keys of %1 were not remembered: no keychain answers (%2).</source>
        <translation>oms-sync：警告：未能记住 %1 的密钥：钥匙串无响应（%2）。</translation>
    </message>
    <message>
        <source>oms-sync: warning: the keys remembered before for %1 could not be forgotten: no keychain answers (%2).</source>
        <translation>oms-sync：警告：无法清除 %1 之前记住的密钥：钥匙串无响应（%2）。</translation>
    </message>
    <message>
        <source>The start keys of %1 are in the keychain, and no keychain answers: %2</source>
        <translation>%1 的启动密钥保存在钥匙串中，但钥匙串无响应：%2</translation>
    </message>
    <message>
        <source>No start keys for %1: set OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK (and --remember to keep them).</source>
        <translation>没有 %1 的启动密钥：请设置 OMS_SYNC_SRC_AK、OMS_SYNC_SRC_SK、OMS_SYNC_DST_AK 和 OMS_SYNC_DST_SK（加上 --remember 可保存这些密钥）。</translation>
    </message>
    <message>
        <source>With --all-profiles every profile is listed at once, in one table whose first
column is the profile (with --json, a &quot;profile&quot; field in each task). A
profile that fails is reported on standard error while the others are listed;
the exit code is then that of its error (the highest when several fail).</source>
        <translation>使用 --all-profiles 时，所有区域配置的任务列在同一个表格中，第一列为区域配置
（使用 --json 时，每个任务带有 &quot;profile&quot; 字段）。失败的区域配置在标准错误中
报告，其他区域配置照常列出；此时退出码为该错误的退出码（多个失败时取最大值）。</translation>
    </message>
    <message>
        <source>oms-sync: %1: %2</source>
        <translation>oms-sync：%1：%2</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Delete paused tasks, after a confirmation, and forget their keys.</source>
        <translation>确认后删除已暂停的任务，并忘记其密钥。</translation>
    </message>
    <message>
        <source>Without --yes, each task is named with its buckets and the deletion waits
for a &quot;yes&quot; on the terminal; when standard input is not a terminal it is
refused (exit 2) and nothing is sent. OMS refuses to delete a running task:
stop it first. The keys remembered for a deleted task are forgotten.</source>
        <translation>不带 --yes 时，会列出每个任务及其桶，并等待在终端输入 &quot;yes&quot;；
标准输入不是终端时拒绝执行（退出码 2），不发送任何请求。OMS 不允许删除
正在运行的任务：请先停止。已删除任务记住的密钥会被忘记。</translation>
    </message>
    <message>
        <source>task delete: delete without asking.</source>
        <translation>task delete：不询问直接删除。</translation>
    </message>
    <message>
        <source>Standard input is not a terminal to confirm on: add --yes to delete. Nothing was sent.</source>
        <translation>标准输入不是可以确认的终端：请加 --yes 删除。未发送任何请求。</translation>
    </message>
    <message>
        <source>Delete these sync tasks? This cannot be undone.</source>
        <translation>删除这些同步任务？此操作无法撤销。</translation>
    </message>
    <message>
        <source>  %1 (no such task)</source>
        <translation>  %1（无此任务）</translation>
    </message>
    <message>
        <source>  %1 %2: %3 (%4) to %5 (%6), %7</source>
        <translation>  %1 %2：%3（%4）到 %5（%6），%7</translation>
    </message>
    <message>
        <source>Type yes to delete: </source>
        <translation>输入 yes 以删除：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>oms-sync: nothing was deleted.</source>
        <translation>oms-sync：未删除任何任务。</translation>
    </message>
    <message>
        <source>The answer was lost and the task is still there: not deleted, safe to retry (%1).</source>
        <translation>应答丢失，任务仍然存在：未删除，可以安全重试（%1）。</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1：已删除</translation>
    </message>
    <message>
        <source>the keys remembered for %1 were not forgotten: %2</source>
        <translation>为 %1 记住的密钥未能忘记：%2</translation>
    </message>
    <message>
        <source>--format csv prints the API&apos;s field names as the header, sync_task_id
first, and a row per task, with CRLF line ends and no byte order mark:
standard output feeds other programs, where a mark would be a stray
character (the desktop application writes one in the files it saves).</source>
        <translation>--format csv 以 API 的字段名作为表头，sync_task_id 在前，每个任务一行，
行尾为 CRLF，不带字节顺序标记：标准输出供其他程序读取，标记会成为多余的
字符（桌面应用保存的文件中会写入标记）。</translation>
    </message>
    <message>
        <source>With --all-profiles the CSV&apos;s first column is the profile.</source>
        <translation>使用 --all-profiles 时，CSV 的第一列为区域配置。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::TaskCreateCommand</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 大于 %2 字节。</translation>
    </message>
    <message>
        <source>Create a sync task from a JSON file or options; prints its id.</source>
        <translation>根据 JSON 文件或选项创建同步任务，并打印其 ID。</translation>
    </message>
    <message>
        <source>Create a sync task like an existing one, with the options changed.</source>
        <translation>创建一个与现有任务相同、按选项修改的同步任务。</translation>
    </message>
    <message>
        <source>The fields come from --from FILE (a JSON object with the CreateSyncTask
fields, &quot;-&quot; for standard input) and the options, which win over the file.
--src-region, --src-bucket and --dst-bucket are required; --dst-region is
the profile&apos;s region.
</source>
        <translation>字段来自 --from FILE（含 CreateSyncTask 字段的 JSON 对象，&quot;-&quot; 表示
标准输入）和选项，选项优先于文件。--src-region、--src-bucket 和
--dst-bucket 为必填；--dst-region 为配置的区域。
</translation>
    </message>
    <message>
        <source>The new task takes every setting OMS reports of task ID; the options change
them. OMS allows 5 sync tasks: at the quota, delete the original first.
</source>
        <translation>新任务沿用 OMS 报告的任务 ID 的全部设置，选项可修改它们。OMS 最多允许
5 个同步任务：达到配额时，请先删除原任务。
</translation>
    </message>
    <message>
        <source>
The keys never come from a file or an argument: OMS_SYNC_SRC_AK,
OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK, and OMS_SYNC_CDN_KEY
for a CDN that needs one.</source>
        <translation>
密钥从不来自文件或参数：OMS_SYNC_SRC_AK、OMS_SYNC_SRC_SK、
OMS_SYNC_DST_AK 和 OMS_SYNC_DST_SK，需要时还有 CDN 的 OMS_SYNC_CDN_KEY。</translation>
    </message>
    <message>
        <source> Without them, the keys remembered for ID are used.</source>
        <translation>未设置时，使用为 ID 记住的密钥。</translation>
    </message>
    <message>
        <source>

The create is sent once. When its answer is lost, the task list tells
whether the task was made: it is reported created (exit 0) or not created
(exit 4, safe to retry); exit 5 only when that cannot be known.</source>
        <translation>

创建请求只发送一次。应答丢失时，由任务列表判断任务是否已创建：报告
已创建（退出码 0）或未创建（退出码 4，可安全重试）；仅当无法判断时
退出码为 5。</translation>
    </message>
    <message>
        <source>The sync task to copy.</source>
        <translation>要复制的同步任务。</translation>
    </message>
    <message>
        <source>task create: read the fields from a JSON file (&quot;-&quot;: standard input).</source>
        <translation>task create：从 JSON 文件读取字段（&quot;-&quot;：标准输入）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>option value</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>task create, clone: set %1.</source>
        <translation>task create、clone：设置 %1。</translation>
    </message>
    <message>
        <source>VALUE</source>
        <comment>option value</comment>
        <translation>值</translation>
    </message>
    <message>
        <source>task create, clone: set %1 to true.</source>
        <translation>task create、clone：将 %1 设为 true。</translation>
    </message>
    <message>
        <source>task create, clone: set %1 to false.</source>
        <translation>task create、clone：将 %1 设为 false。</translation>
    </message>
    <message>
        <source>task create, clone: sync from the bucket itself, not through a CDN.</source>
        <translation>task create、clone：直接从桶同步，不经过 CDN。</translation>
    </message>
    <message>
        <source>task create, clone: keep the keys in the keychain for the new task.</source>
        <translation>task create、clone：将密钥保存在钥匙串中供新任务使用。</translation>
    </message>
    <message>
        <source>--%1 and --no-%1 contradict each other.</source>
        <translation>--%1 与 --no-%1 相互矛盾。</translation>
    </message>
    <message>
        <source>--no-cdn and --%1 contradict each other.</source>
        <translation>--no-cdn 与 --%1 相互矛盾。</translation>
    </message>
    <message>
        <source>dst_region must be the profile&apos;s region, %1 (it is %2).</source>
        <translation>dst_region 必须是配置的区域 %1（当前为 %2）。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 不是 JSON 对象（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他 JSON 值</translation>
    </message>
    <message>
        <source>A new task needs its keys: set OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK.</source>
        <translation>新任务需要密钥：请设置 OMS_SYNC_SRC_AK、OMS_SYNC_SRC_SK、OMS_SYNC_DST_AK 和 OMS_SYNC_DST_SK。</translation>
    </message>
    <message>
        <source>The keys of %1 are in the keychain, and no keychain answers: %2</source>
        <translation>%1 的密钥保存在钥匙串中，但钥匙串无响应：%2</translation>
    </message>
    <message>
        <source>No keys are remembered for %1: set OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK.</source>
        <translation>没有为 %1 记住的密钥：请设置 OMS_SYNC_SRC_AK、OMS_SYNC_SRC_SK、OMS_SYNC_DST_AK 和 OMS_SYNC_DST_SK。</translation>
    </message>
    <message>
        <source>Delete one with oms-sync task delete ID (stop it first).</source>
        <translation>请用 oms-sync task delete ID 删除一个（先停止它）。</translation>
    </message>
    <message>
        <source>Not created: the answer was lost and the task list shows no such task; safe to retry (%1).</source>
        <translation>未创建：应答丢失，任务列表中没有该任务；可以安全重试（%1）。</translation>
    </message>
    <message>
        <source>Whether the task was created is unknown: the answer was lost and the task list could not be read (%1). Look with oms-sync task list before retrying.</source>
        <translation>无法确定任务是否已创建：应答丢失，且无法读取任务列表（%1）。重试前请用 oms-sync task list 查看。</translation>
    </message>
    <message>
        <source>oms-sync: %1</source>
        <translation>oms-sync：%1</translation>
    </message>
    <message>
        <source>oms-sync: the answer was lost; the task list shows %1 was created.</source>
        <translation>oms-sync：应答丢失；任务列表显示 %1 已创建。</translation>
    </message>
    <message>
        <source>oms-sync: warning: the keys of %1 were not remembered: %2</source>
        <translation>oms-sync：警告：未能记住 %1 的密钥：%2</translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::WatchCommand</name>
    <message>
        <source>Print one line for each change of a task&apos;s status, failed objects or sign-in, until interrupted.</source>
        <translation>任务状态、失败对象数或登录状态每发生一次变化就输出一行，直到被中断。</translation>
    </message>
    <message>
        <source>The first refresh only records what it sees (--initial prints it). Each line
holds the time, the profile, the task and what changed. With --json each line
is one JSON object with the fields time (ISO 8601, UTC), event (status,
failures or sign-in), profile, task_id, task_name, from and to (statuses as the
API names them; from is null with --initial), failures (the increase) and error
(null when the profile signs in again).

Errors of a refresh go to standard error once when a profile starts failing and
once when it recovers; meanwhile it is asked less and less often, up to every
15 minutes. Nothing is sent while the computer is offline.

SIGINT or SIGTERM ends the watch with exit code 0. When no profile could be
watched at the first refresh, the exit code is that of the error (3 sign-in
refused, 4 refused by the service, 5 network, 6 no keychain).</source>
        <translation>第一次刷新只记录当前状态（使用 --initial 则输出）。每行包含时间、区域配置、
任务以及变化内容。使用 --json 时每行是一个 JSON 对象，字段为 time（ISO 8601，
UTC）、event（status、failures 或 sign-in）、profile、task_id、task_name、
from 和 to（API 中的状态名；使用 --initial 时 from 为 null）、failures（增加的
数量）以及 error（区域配置恢复登录时为 null）。

刷新出错时，区域配置开始失败时和恢复时各在标准错误中报告一次；其间查询间隔
逐渐加长，最长 15 分钟一次。计算机离线期间不发送任何请求。

SIGINT 或 SIGTERM 结束监视，退出码为 0。如果第一次刷新时没有任何区域配置
可以监视，退出码为该错误的退出码（3 登录被拒绝，4 被服务拒绝，5 网络，
6 钥匙串不可用）。</translation>
    </message>
    <message>
        <source>watch: refresh every SECONDS, at least %1 (default %2).</source>
        <translation>watch：每 SECONDS 秒刷新一次，至少 %1 秒（默认 %2 秒）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <comment>option value</comment>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>watch: print the state of every task at the first refresh.</source>
        <translation>watch：第一次刷新时输出每个任务的状态。</translation>
    </message>
    <message>
        <source>watch: report failed objects when they grow by at least N between two refreshes (default 1).</source>
        <translation>watch：两次刷新之间失败对象增加至少 N 个时报告（默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <comment>option value</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from %1 to %2.</source>
        <translation>--interval 必须是 %1 到 %2 之间的整数秒。</translation>
    </message>
    <message>
        <source>--failure-threshold must be a whole number of at least 1.</source>
        <translation>--failure-threshold 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>oms-sync: the computer is offline; waiting for it.</source>
        <translation>oms-sync：计算机已离线，正在等待网络恢复。</translation>
    </message>
    <message>
        <source>oms-sync: the computer is online again.</source>
        <translation>oms-sync：计算机已重新联网。</translation>
    </message>
    <message numerus="yes">
        <source>oms-sync: %1: refreshed again after %n failed attempt(s).</source>
        <translation>
            <numerusform>oms-sync：%1：在 %n 次失败后重新刷新成功。</numerusform>
        </translation>
    </message>
    <message>
        <source>oms-sync: %1: %2</source>
        <translation>oms-sync：%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>task name (task id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <comment>time, profile, task: status</comment>
        <translation>%1  %2  %3：%4</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4 → %5</source>
        <comment>time, profile, task: old status → new status</comment>
        <translation>%1  %2  %3：%4 → %5</translation>
    </message>
    <message>
        <source>%1  %2  %3: +%4 failed objects (%5 this month)</source>
        <translation>%1  %2  %3：失败对象 +%4（本月 %5）</translation>
    </message>
    <message>
        <source>%1  %2: cannot sign in: %3</source>
        <translation>%1  %2：无法登录：%3</translation>
    </message>
    <message>
        <source>%1  %2: signs in again</source>
        <translation>%1  %2：已恢复登录</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>About OMS Sync Desk</source>
        <translation>关于 OMS Sync Desk</translation>
    </message>
    <message>
        <source>See and restart the Huawei Cloud OMS synchronization tasks of every region and account, with their keys kept in the system keychain.</source>
        <translation>查看并重新启动各区域、各账号的华为云 OMS 同步任务，密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Copyright © the OMS Sync Desk authors. OMS Sync Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>版权所有 © OMS Sync Desk 作者。OMS Sync Desk 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款重新分发和/或修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>基于：</translation>
    </message>
    <message>
        <source>Qt %1 (LGPL-3.0-only or GPL-2.0/3.0), The Qt Company</source>
        <translation>Qt %1（LGPL-3.0-only 或 GPL-2.0/3.0），The Qt Company</translation>
    </message>
    <message>
        <source>Qt Charts (GPL-3.0-only), The Qt Company</source>
        <translation>Qt Charts（GPL-3.0-only），The Qt Company</translation>
    </message>
    <message>
        <source>Qt SVG (LGPL-3.0-only or GPL-2.0/3.0), The Qt Company</source>
        <translation>Qt SVG（LGPL-3.0-only 或 GPL-2.0/3.0），The Qt Company</translation>
    </message>
    <message>
        <source>QtKeychain (BSD-3-Clause), Frank Osterfeld and contributors</source>
        <translation>QtKeychain（BSD-3-Clause），Frank Osterfeld 及贡献者</translation>
    </message>
    <message>
        <source>Huawei Cloud and OMS are trademarks of Huawei Technologies Co., Ltd. This program is not made or endorsed by Huawei.</source>
        <translation>华为云和 OMS 是华为技术有限公司的商标。本程序并非由华为开发，也未经华为认可。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>OMS Sync Desk logo</source>
        <translation>OMS Sync Desk 标志</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>网站：%1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Some names cannot be shown: no installed font has %1 characters. Install one, such as Noto Sans CJK (on Debian: fonts-noto-cjk).</source>
        <translation>部分名称无法显示：已安装的字体都不含 %1 字符。请安装一种含这些字符的字体，例如 Noto Sans CJK（Debian 上为 fonts-noto-cjk）。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::AutostartEntry</name>
    <message>
        <source>the file could not be removed</source>
        <translation>无法删除该文件</translation>
    </message>
    <message>
        <source>its folder could not be made</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::CredentialsDialog</name>
    <message>
        <source>Start Sync Task</source>
        <translation>启动同步任务</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>启动“%1”</translation>
    </message>
    <message>
        <source>From %1 bucket %2 (%3) to OBS bucket %4 (%5), profile “%6”.</source>
        <translation>从%1的桶 %2（%3）同步到 OBS 桶 %4（%5），区域配置为“%6”。</translation>
    </message>
    <message>
        <source>OMS discarded the access keys of this task when it was paused. Enter them again to start it.</source>
        <translation>此任务暂停时，OMS 已丢弃其访问密钥。请重新输入密钥以启动任务。</translation>
    </message>
    <message>
        <source>Source: %1 bucket %2</source>
        <translation>源端：%1 桶 %2</translation>
    </message>
    <message>
        <source>Access key (&amp;AK):</source>
        <translation>访问密钥（AK）(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;DN key:</source>
        <translation>CDN 鉴权密钥(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>The authentication key of the CDN domain %1 (%2), when the source is read through it with URL signing.</source>
        <translation>通过 CDN 域名 %1 以 URL 鉴权方式读取源端时，该域名的鉴权密钥（%2）。</translation>
    </message>
    <message>
        <source>Destination: Huawei Cloud OBS bucket %1</source>
        <translation>目的端：华为云 OBS 桶 %1</translation>
    </message>
    <message>
        <source>&amp;Use this profile&apos;s AK/SK for the destination</source>
        <translation>目的端使用此区域配置的 AK/SK(&amp;U)</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>访问密钥（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>Secret k&amp;ey (SK):</source>
        <translation>私有访问密钥（SK）(&amp;E)：</translation>
    </message>
    <message>
        <source>The profile signs in with a password or token, not an access key.</source>
        <translation>此区域配置使用密码或令牌登录，而不是访问密钥。</translation>
    </message>
    <message>
        <source>&amp;Remember these keys in the keychain</source>
        <translation>在钥匙串中记住这些密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Starting the task…</source>
        <translation>正在启动任务…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Stored in the system keychain under this profile, so the next start of this task fills them in. Never written to a file.</source>
        <translation>保存在系统钥匙串中，归属于此区域配置；下次启动此任务时自动填入。绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Remember these keys until OMS Sync Desk quits</source>
        <translation>记住这些密钥，直到退出 OMS Sync Desk(&amp;R)</translation>
    </message>
    <message>
        <source>This session keeps secrets in memory only: the next start of this task fills them in until you quit.</source>
        <translation>本次会话仅在内存中保存密码和密钥：退出前再次启动此任务时会自动填入。</translation>
    </message>
    <message>
        <source>Keys cannot be remembered: %1 They are used for this start only.</source>
        <translation>无法记住密钥：%1这些密钥仅用于本次启动。</translation>
    </message>
    <message>
        <source>Filled in with the keys remembered for this task.</source>
        <translation>已填入为此任务记住的密钥。</translation>
    </message>
    <message>
        <source>The remembered keys could not be read: %1</source>
        <translation>无法读取已记住的密钥：%1</translation>
    </message>
    <message>
        <source>Fill in the access key the profile signs in with.</source>
        <translation>填入此区域配置登录所用的访问密钥。</translation>
    </message>
    <message>
        <source>The profile&apos;s access key could not be read: %1</source>
        <translation>无法读取区域配置的访问密钥：%1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters, this has %2.</source>
        <translation>过长：最多 %1 个字符，当前为 %2 个。</translation>
    </message>
    <message>
        <source>Contains a control character or a line break.</source>
        <translation>包含控制字符或换行符。</translation>
    </message>
    <message>
        <source>Starts or ends with a space.</source>
        <translation>开头或结尾有空格。</translation>
    </message>
    <message>
        <source>OMS did not start the task</source>
        <translation>OMS 未启动该任务</translation>
    </message>
    <message>
        <source>Source access key (AK)</source>
        <translation>源端访问密钥（AK）</translation>
    </message>
    <message>
        <source>Source secret key (SK)</source>
        <translation>源端私有访问密钥（SK）</translation>
    </message>
    <message>
        <source>Source CDN key</source>
        <translation>源端 CDN 鉴权密钥</translation>
    </message>
    <message>
        <source>Destination access key (AK)</source>
        <translation>目的端访问密钥（AK）</translation>
    </message>
    <message>
        <source>Destination secret key (SK)</source>
        <translation>目的端私有访问密钥（SK）</translation>
    </message>
    <message>
        <source>Secre&amp;t key (SK):</source>
        <translation>私有访问密钥（SK）(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::DemoEnvironment</name>
    <message>
        <source>The demo simulator crashed.</source>
        <translation>演示模拟器已崩溃。</translation>
    </message>
    <message>
        <source>The demo simulator stopped (exit code %1).</source>
        <translation>演示模拟器已停止（退出码 %1）。</translation>
    </message>
    <message>
        <source>Could not create a temporary directory for the demo settings: %1</source>
        <translation>无法为演示设置创建临时目录：%1</translation>
    </message>
    <message>
        <source>The demo simulator oms-sim was not found. Looked in:
%1</source>
        <translation>未找到演示模拟器 oms-sim。已查找：
%1</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The demo simulator %1 exited before it was ready.</source>
        <translation>演示模拟器 %1 在就绪前已退出。</translation>
    </message>
    <message>
        <source>The demo simulator %1 did not get ready in time.</source>
        <translation>演示模拟器 %1 未能及时就绪。</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <source>No free port for the demo simulator: %1</source>
        <translation>没有可供演示模拟器使用的空闲端口：%1</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::DesktopWatch</name>
    <message>
        <source>OMS Sync Desk keeps watching</source>
        <translation>OMS Sync Desk 仍在监视</translation>
    </message>
    <message>
        <source>The window is closed, and the tasks are still watched from the tray. Choose Quit in the tray icon&apos;s menu to end it.</source>
        <translation>窗口已关闭，托盘中仍在监视任务。要结束监视，请在托盘图标的菜单中选择“退出”。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::DisplayText</name>
    <message>
        <source>Synchronizing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>微软云 Azure</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>QingCloud</source>
        <translation>青云</translation>
    </message>
    <message>
        <source>Kingsoft Cloud</source>
        <translation>金山云</translation>
    </message>
    <message>
        <source>Baidu AI Cloud</source>
        <translation>百度智能云</translation>
    </message>
    <message>
        <source>Qiniu Cloud</source>
        <translation>七牛云</translation>
    </message>
    <message>
        <source>UCloud</source>
        <translation>优刻得</translation>
    </message>
    <message>
        <source>Never overwrite</source>
        <translation>不覆盖</translation>
    </message>
    <message>
        <source>Overwrite when size or modification time differ</source>
        <translation>大小或最后修改时间不同时覆盖</translation>
    </message>
    <message>
        <source>Overwrite when the CRC64 checksum differs</source>
        <translation>CRC64 校验值不同时覆盖</translation>
    </message>
    <message>
        <source>Always overwrite</source>
        <translation>总是覆盖</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准存储</translation>
    </message>
    <message>
        <source>Infrequent Access</source>
        <translation>低频访问存储</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档存储</translation>
    </message>
    <message>
        <source>Deep Archive</source>
        <translation>深度归档存储</translation>
    </message>
    <message>
        <source>Same as the source</source>
        <translation>与源端一致</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <source>Pasted IAM token</source>
        <translation>粘贴的 IAM 令牌</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>account / user</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>粘贴的令牌</translation>
    </message>
    <message>
        <source>AK %1</source>
        <translation>AK %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile (region)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Copy the message, error code and request id</source>
        <translation>复制消息、错误码和请求 ID</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::MainWindow</name>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>The statistics could not be loaded.
%1</source>
        <translation>无法加载统计数据。
%1</translation>
    </message>
    <message>
        <source>No keychain answers: secrets are kept for this session only</source>
        <translation>钥匙串无响应：密码和密钥仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Some settings could not be used</source>
        <translation>部分设置无法使用</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>启动(&amp;S)…</translation>
    </message>
    <message>
        <source>Start the selected paused tasks (asks for their keys)</source>
        <translation>启动所选的已暂停任务（需要输入其密钥）</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>停止(&amp;T)…</translation>
    </message>
    <message>
        <source>Pause the selected running tasks</source>
        <translation>暂停所选的同步中任务</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the tasks again (F5)</source>
        <translation>重新加载任务（F5）</translation>
    </message>
    <message>
        <source>Remove the keys remembered for the selected task from the keychain</source>
        <translation>从钥匙串中删除为所选任务记住的密钥</translation>
    </message>
    <message>
        <source>&amp;Copy Task Id</source>
        <translation>复制任务 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter Tasks</source>
        <translation>筛选任务(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>区域配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit and order the region profiles</source>
        <translation>添加、编辑区域配置并调整其顺序</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>添加区域配置(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About OMS Sync Desk</source>
        <translation>关于 OMS Sync Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Welcome to OMS Sync Desk</source>
        <translation>欢迎使用 OMS Sync Desk</translation>
    </message>
    <message>
        <source>Add a region profile to see its OMS sync tasks and start paused ones again. Or try the demo first: a simulator on this computer with sample tasks, where nothing reaches Huawei Cloud.</source>
        <translation>添加区域配置，即可查看其中的 OMS 同步任务，并重新启动已暂停的任务。也可以先试用演示：它在本机运行一个带有示例任务的模拟器，不会连接华为云。</translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation>添加区域配置(&amp;A)…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Opens a second window on a local simulator; your settings are not touched.</source>
        <translation>在本地模拟器上打开另一个窗口；不会改动您的设置。</translation>
    </message>
    <message>
        <source>Region profiles</source>
        <translation>区域配置</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>区域配置(&amp;P)</translation>
    </message>
    <message>
        <source>Filter by name, id, bucket or region (Ctrl+F)</source>
        <translation>按名称、ID、桶或区域筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <source>Show tasks by status</source>
        <translation>按状态显示任务</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Synchronizing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Sync tasks</source>
        <translation>同步任务</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>These tasks come from a simulator on this computer (port %1): nothing reaches Huawei Cloud, and nothing is saved. The demo user signs in with the password demo-password; any keys you type start a paused task.</source>
        <translation>这些任务来自本机上的模拟器（端口 %1）：不会连接华为云，也不会保存任何内容。演示用户的登录密码为 demo-password；输入任意密钥即可启动已暂停的任务。</translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>编辑区域配置…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Loading the tasks of “%1”…</source>
        <translation>正在加载“%1”的任务…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Select a profile.</source>
        <translation>请选择一个区域配置。</translation>
    </message>
    <message>
        <source>Loading the tasks…</source>
        <translation>正在加载任务…</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>无法加载任务。</translation>
    </message>
    <message>
        <source>This project has no sync tasks in this region.</source>
        <translation>此项目在该区域没有同步任务。</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>没有符合筛选条件的任务。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n Tasks…</source>
        <translation>
            <numerusform>启动 %n 个任务(&amp;S)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;top %n Tasks…</source>
        <translation>
            <numerusform>停止 %n 个任务(&amp;T)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Sync Tasks</source>
        <translation>停止同步任务</translation>
    </message>
    <message>
        <source>Pause “%1”?</source>
        <translation>暂停“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n sync tasks?</source>
        <translation>
            <numerusform>暂停 %n 个同步任务？</numerusform>
        </translation>
    </message>
    <message>
        <source>OMS discards the source and destination access keys of a paused task. To start it again you will need all four keys once more, unless you let the keychain remember them.</source>
        <translation>OMS 会丢弃已暂停任务的源端和目的端访问密钥。再次启动时需要重新提供全部四个密钥，除非让钥匙串记住它们。</translation>
    </message>
    <message>
        <source>Stop Task</source>
        <translation>停止任务</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Tasks</source>
        <translation>
            <numerusform>停止 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>无法启动演示。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task id(s).</source>
        <translation>
            <numerusform>已复制 %n 个任务 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>已启动“%1”。</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>所有区域配置</translation>
    </message>
    <message numerus="yes">
        <source>The tasks of %n profile(s) could not be loaded</source>
        <translation>
            <numerusform>%n 个区域配置的任务无法加载</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the tasks of every profile…</source>
        <translation>正在加载所有区域配置的任务…</translation>
    </message>
    <message>
        <source>No profile has sync tasks.</source>
        <translation>没有任何区域配置包含同步任务。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>profile: error</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;New Sync Task…</source>
        <translation>新建同步任务(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a sync task in this profile&apos;s region</source>
        <translation>在此区域配置的区域中创建同步任务</translation>
    </message>
    <message>
        <source>New Task &amp;Like This…</source>
        <translation>新建类似任务(&amp;L)…</translation>
    </message>
    <message>
        <source>Create a sync task with the settings of the selected one, to change what OMS cannot change in place</source>
        <translation>以所选任务的设置创建同步任务，用于更改 OMS 无法直接修改的设置</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected paused tasks</source>
        <translation>删除所选的已暂停任务</translation>
    </message>
    <message>
        <source>Sync &amp;Objects Now…</source>
        <translation>立即同步对象(&amp;O)…</translation>
    </message>
    <message>
        <source>Ask OMS to copy chosen objects of the selected task without waiting</source>
        <translation>请 OMS 立即复制所选任务中指定的对象，无需等待</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Tasks…</source>
        <translation>
            <numerusform>删除 %n 个任务(&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2 bucket %3 (%4) to OBS bucket %5 (%6)</source>
        <translation>• %1：%2 桶 %3（%4）到 OBS 桶 %5（%6）</translation>
    </message>
    <message>
        <source>Delete Sync Tasks</source>
        <translation>删除同步任务</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sync tasks?</source>
        <translation>
            <numerusform>删除 %n 个同步任务？</numerusform>
        </translation>
    </message>
    <message>
        <source>A deleted task cannot be restored; its objects in the buckets stay. Keys remembered for it are forgotten.</source>
        <translation>删除的任务无法恢复；桶中的对象会保留。为其记住的密钥将被忘记。</translation>
    </message>
    <message numerus="yes">
        <source>%n running task(s) in the selection will not be deleted: stop them first.</source>
        <translation>
            <numerusform>所选任务中有 %n 个正在运行，不会被删除：请先停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>删除任务</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tasks</source>
        <translation>
            <numerusform>删除 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync requested in %n call(s).</source>
        <translation>
            <numerusform>已通过 %n 次调用请求同步。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 calls failed.</source>
        <translation>%2 次调用中有 %1 次失败。</translation>
    </message>
    <message>
        <source>Created “%1”; OMS starts it now.</source>
        <translation>已创建“%1”；OMS 正在启动它。</translation>
    </message>
    <message>
        <source>Copy the selected tasks as rows that paste into a spreadsheet</source>
        <translation>将所选任务复制为可粘贴到电子表格中的行</translation>
    </message>
    <message>
        <source>&amp;Export Task List…</source>
        <translation>导出任务列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the tasks shown, as filtered, to a CSV file</source>
        <translation>将当前显示（已筛选）的任务保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Loading the statistics…</source>
        <translation>正在加载统计数据…</translation>
    </message>
    <message>
        <source>Exported the statistics to %1.</source>
        <translation>统计数据已导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s) as a table.</source>
        <translation>
            <numerusform>已将 %n 个任务复制为表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Task List</source>
        <translation>导出任务列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The task list could not be saved to %1.</source>
        <translation>无法将任务列表保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>更多工具栏操作</translation>
    </message>
    <message>
        <source>OMS Sync Desk logo</source>
        <translation>OMS Sync Desk 标志</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Forget Remembered &amp;Keys</source>
        <translation>忘记已记住的密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;as Table</source>
        <translation>复制为表格(&amp;A)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>The tasks as they were at %1, kept from the last time; refreshing.</source>
        <translation>这是 %1 时的任务列表，保存自上次运行；正在刷新。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::MessageBox</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::NewTaskWizard</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters, this has %2.</source>
        <translation>过长：最多 %1 个字符，当前为 %2 个。</translation>
    </message>
    <message>
        <source>Contains a control character or a line break.</source>
        <translation>包含控制字符或换行符。</translation>
    </message>
    <message>
        <source>Starts or ends with a space.</source>
        <translation>开头或结尾有空格。</translation>
    </message>
    <message>
        <source>New Sync Task</source>
        <translation>新建同步任务</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>The bucket at another cloud that OMS copies from, and the keys that read it.</source>
        <translation>OMS 从中复制数据的其他云上的桶，以及读取该桶所用的密钥。</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>云服务商(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>For example cn-hangzhou</source>
        <translation>例如 cn-hangzhou</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>访问密钥（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>私有访问密钥（SK）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;APPID:</source>
        <translation>APPID(&amp;A)：</translation>
    </message>
    <message>
        <source>Tencent Cloud&apos;s APPID, the number at the end of its bucket names.</source>
        <translation>腾讯云的 APPID，即其桶名末尾的数字。</translation>
    </message>
    <message>
        <source>&amp;List Buckets</source>
        <translation>列出桶(&amp;L)</translation>
    </message>
    <message>
        <source>Ask the cloud which buckets these keys can read</source>
        <translation>向云服务商查询这些密钥可以读取哪些桶</translation>
    </message>
    <message>
        <source>CDN (optional)</source>
        <translation>CDN（可选）</translation>
    </message>
    <message>
        <source>Read the source through its CDN domain instead of the bucket itself, for example to save the cloud&apos;s outbound traffic fees.</source>
        <translation>通过源端的 CDN 域名读取数据，而不是直接从桶读取，例如可以节省该云服务商的外网流出流量费用。</translation>
    </message>
    <message>
        <source>Read the source through a C&amp;DN</source>
        <translation>通过 CDN 读取源端(&amp;D)</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>域名(&amp;M)：</translation>
    </message>
    <message>
        <source>For example cdn.example.com</source>
        <translation>例如 cdn.example.com</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>鉴权方式(&amp;A)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Authentication &amp;key:</source>
        <translation>鉴权密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;heck Access</source>
        <translation>检查访问(&amp;H)</translation>
    </message>
    <message>
        <source>Ask OMS whether it can download the bucket&apos;s objects through this CDN</source>
        <translation>询问 OMS 能否通过此 CDN 下载桶中的对象</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的端</translation>
    </message>
    <message>
        <source>The Huawei Cloud OBS bucket OMS copies to, in this profile&apos;s region.</source>
        <translation>OMS 将数据复制到的华为云 OBS 桶，位于此区域配置的区域。</translation>
    </message>
    <message>
        <source>Region: %1. A sync task runs in its destination&apos;s region, so the new task belongs to this profile.</source>
        <translation>区域：%1。同步任务运行在其目的端所在的区域，因此新任务属于此区域配置。</translation>
    </message>
    <message>
        <source>&amp;Use this profile&apos;s AK/SK</source>
        <translation>使用此区域配置的 AK/SK(&amp;U)</translation>
    </message>
    <message>
        <source>The profile signs in with a password or token, not an access key.</source>
        <translation>此区域配置使用密码或令牌登录，而不是访问密钥。</translation>
    </message>
    <message>
        <source>Access k&amp;ey (AK):</source>
        <translation>访问密钥（AK）(&amp;E)：</translation>
    </message>
    <message>
        <source>Secret ke&amp;y (SK):</source>
        <translation>私有访问密钥（SK）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ask OBS which buckets these keys can write</source>
        <translation>向 OBS 查询这些密钥可以写入哪些桶</translation>
    </message>
    <message>
        <source>Storage &amp;class:</source>
        <translation>数据存储类型(&amp;C)：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>How OMS compares and copies the objects.</source>
        <translation>OMS 比较和复制对象的方式。</translation>
    </message>
    <message>
        <source>C&amp;onsistency check:</source>
        <translation>一致性校验(&amp;O)：</translation>
    </message>
    <message>
        <source>Size and last modified time</source>
        <translation>大小和最后修改时间</translation>
    </message>
    <message>
        <source>CRC64 checksum</source>
        <translation>CRC64 校验值</translation>
    </message>
    <message>
        <source>None: copy whatever is new</source>
        <translation>不校验：复制所有新对象</translation>
    </message>
    <message>
        <source>Copy object &amp;metadata</source>
        <translation>迁移对象元数据(&amp;M)</translation>
    </message>
    <message>
        <source>Encrypt at the destination with &amp;KMS</source>
        <translation>在目的端使用 KMS 加密(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore archived source objects first</source>
        <translation>先自动解冻源端的归档对象(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>May not contain any of &lt; &gt; ( ) &quot; &apos; &amp; (it has %1).</source>
        <translation>不能包含 &lt; &gt; ( ) &quot; &apos; &amp; 中的任何字符（其中有 %1）。</translation>
    </message>
    <message>
        <source>Optional; shown as the task&apos;s name</source>
        <translation>可选；显示为任务名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>OMS starts the new task as soon as it is created.</source>
        <translation>新任务创建后，OMS 会立即启动它。</translation>
    </message>
    <message>
        <source>Summary of the new task</source>
        <translation>新任务摘要</translation>
    </message>
    <message>
        <source>&amp;Remember these keys in the keychain</source>
        <translation>在钥匙串中记住这些密钥(&amp;R)</translation>
    </message>
    <message>
        <source>So that a start after a pause does not ask for them again</source>
        <translation>任务暂停后再次启动时无需重新输入</translation>
    </message>
    <message>
        <source>&amp;Remember these keys until OMS Sync Desk quits</source>
        <translation>记住这些密钥，直到退出 OMS Sync Desk(&amp;R)</translation>
    </message>
    <message>
        <source>No keychain answers (%1).</source>
        <translation>钥匙串无响应（%1）。</translation>
    </message>
    <message>
        <source>This project has %1 of the %2 sync tasks OMS allows.</source>
        <translation>此项目已有 %1 个同步任务，OMS 最多允许 %2 个。</translation>
    </message>
    <message>
        <source>This project already has the %1 sync tasks OMS allows: delete one before creating another.</source>
        <translation>此项目已有 OMS 允许的最多 %1 个同步任务：请先删除一个，再创建新任务。</translation>
    </message>
    <message>
        <source>This project already has the %1 sync tasks OMS allows: the original must be deleted before its copy can be created. The summary page offers to do that.</source>
        <translation>此项目已有 OMS 允许的最多 %1 个同步任务：必须先删除原任务，才能创建其副本。摘要页面提供此操作。</translation>
    </message>
    <message>
        <source>S&amp;top and delete “%1” first, then create this task</source>
        <translation>先停止并删除“%1”，再创建此任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete “%1” first, then create this task</source>
        <translation>先删除“%1”，再创建此任务(&amp;D)</translation>
    </message>
    <message>
        <source>OMS allows %1 sync tasks and this project has them all. A deleted task cannot be restored; if the new task cannot be created afterwards, every setting stays here to try again.</source>
        <translation>OMS 最多允许 %1 个同步任务，此项目已全部用完。删除的任务无法恢复；如果之后无法创建新任务，所有设置都会保留在此处，以便重试。</translation>
    </message>
    <message>
        <source>From %1 bucket %2 in %3</source>
        <translation>源端：%1 桶 %2，位于 %3</translation>
    </message>
    <message>
        <source>APPID %1</source>
        <translation>APPID %1</translation>
    </message>
    <message>
        <source>Through the CDN %1://%2 (authentication: %3)</source>
        <translation>通过 CDN %1://%2（鉴权方式：%3）</translation>
    </message>
    <message>
        <source>To OBS bucket %1 in %2, storage class %3</source>
        <translation>目的端：OBS 桶 %1，位于 %2，数据存储类型为 %3</translation>
    </message>
    <message>
        <source>Consistency check: %1</source>
        <translation>一致性校验：%1</translation>
    </message>
    <message>
        <source>Metadata: %1, KMS: %2, restore archived objects: %3</source>
        <translation>元数据迁移：%1，KMS 加密：%2，自动解冻归档对象：%3</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Could not sign in to list the clouds and regions (%1). Type them instead.</source>
        <translation>无法登录以列出云服务商和区域（%1）。请手动输入。</translation>
    </message>
    <message>
        <source>Could not list the clouds OMS reads from (%1).</source>
        <translation>无法列出 OMS 可从中读取的云服务商（%1）。</translation>
    </message>
    <message>
        <source>Could not list the regions of the clouds (%1). Type the region instead.</source>
        <translation>无法列出各云服务商的区域（%1）。请手动输入区域。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在向 %1 查询…</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) found.</source>
        <translation>
            <numerusform>找到 %n 个桶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>正在向 OBS 查询…</translation>
    </message>
    <message>
        <source>Choose the source bucket first.</source>
        <translation>请先选择源端桶。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>OMS can download the bucket&apos;s objects through this CDN.</source>
        <translation>OMS 可以通过此 CDN 下载桶中的对象。</translation>
    </message>
    <message>
        <source>OMS cannot download through this CDN with these settings: check the domain, the authentication and its key.</source>
        <translation>OMS 无法按这些设置通过此 CDN 下载：请检查域名、鉴权方式及鉴权密钥。</translation>
    </message>
    <message>
        <source>New Task Like “%1”</source>
        <translation>新建类似“%1”的任务</translation>
    </message>
    <message>
        <source>The remembered keys could not be read (%1): type them.</source>
        <translation>无法读取已记住的密钥（%1）：请手动输入。</translation>
    </message>
    <message>
        <source>Check the page “%1”</source>
        <translation>请检查“%1”页面</translation>
    </message>
    <message>
        <source>No room for another task</source>
        <translation>同步任务数已达上限</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Creating the task…</source>
        <translation>正在创建任务…</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>The original was not deleted, and nothing was created</source>
        <translation>原任务未删除，也未创建任何任务</translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation>正在停止“%1”…</translation>
    </message>
    <message>
        <source>The original was not stopped, and nothing was deleted or created</source>
        <translation>原任务未停止，未删除或创建任何任务</translation>
    </message>
    <message>
        <source>Not created: the answer was lost and the task list shows no such task. Create again</source>
        <translation>未创建：应答丢失，任务列表中没有该任务。请重新创建</translation>
    </message>
    <message>
        <source>Whether the task was created is unknown: the answer was lost and the task list could not be read. Refresh the task list before creating again</source>
        <translation>无法确定任务是否已创建：应答丢失，且无法读取任务列表。请先刷新任务列表，再重新创建</translation>
    </message>
    <message>
        <source>The original was deleted, but the new task was not created</source>
        <translation>原任务已删除，但新任务未创建</translation>
    </message>
    <message>
        <source>The task was not created</source>
        <translation>任务未创建</translation>
    </message>
    <message>
        <source>Remembering the keys…</source>
        <translation>正在记住密钥…</translation>
    </message>
    <message>
        <source>“%1” was created, but its keys were not remembered</source>
        <translation>已创建“%1”，但未能记住其密钥</translation>
    </message>
    <message>
        <source>Source region</source>
        <translation>源端区域</translation>
    </message>
    <message>
        <source>Source access key (AK)</source>
        <translation>源端访问密钥（AK）</translation>
    </message>
    <message>
        <source>Source secret key (SK)</source>
        <translation>源端私有访问密钥（SK）</translation>
    </message>
    <message>
        <source>Source bucket</source>
        <translation>源端桶</translation>
    </message>
    <message>
        <source>Destination access key (AK)</source>
        <translation>目的端访问密钥（AK）</translation>
    </message>
    <message>
        <source>Destination secret key (SK)</source>
        <translation>目的端私有访问密钥（SK）</translation>
    </message>
    <message>
        <source>Destination bucket</source>
        <translation>目的端桶</translation>
    </message>
    <message>
        <source>Bucke&amp;t:</source>
        <translation>桶(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::NotificationPolicy</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Task paused</source>
        <translation>任务已暂停</translation>
    </message>
    <message>
        <source>%1 in %2 stopped synchronizing, and was not stopped here.</source>
        <translation>%2 中的 %1 已停止同步，且不是在本程序中停止的。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Objects failed to sync</source>
        <translation>对象同步失败</translation>
    </message>
    <message>
        <source>%1 in %2: %3 more objects failed since the last refresh, %4 this month.</source>
        <translation>%2 中的 %1：自上次刷新以来新增 %3 个失败对象，本月共 %4 个。</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>%1 can no longer sign in: %2</source>
        <translation>%1 已无法登录：%2</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>任务已启动</translation>
    </message>
    <message>
        <source>%1 in %2 was started elsewhere.</source>
        <translation>%2 中的 %1 已在别处启动。</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks paused in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个任务已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objects failed to sync in %n tasks in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个任务的对象同步失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个任务已启动</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 more failed</source>
        <translation>%1：新增 %2 个失败</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileController</name>
    <message>
        <source>The profile was changed while it was in use.</source>
        <translation>区域配置在使用过程中被修改。</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>该区域配置已不存在。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileEditDialog</name>
    <message>
        <source>Add Profile</source>
        <translation>添加区域配置</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>编辑区域配置</translation>
    </message>
    <message>
        <source>e.g. Beijing4 production</source>
        <translation>例如：北京四生产环境</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S)：</translation>
    </message>
    <message>
        <source>The account (domain) name</source>
        <translation>账号名（domain）</translation>
    </message>
    <message>
        <source>The IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号名(&amp;A)：</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>访问密钥（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>私有访问密钥（SK）(&amp;E)：</translation>
    </message>
    <message>
        <source>An IAM token from another tool. It expires after 24 hours at the latest; paste a new one then.</source>
        <translation>从其他工具获取的 IAM 令牌，最长 24 小时后过期，届时请粘贴新令牌。</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificates</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The system proxy, e.g. http://proxy:3128</source>
        <translation>系统代理，例如 http://proxy:3128</translation>
    </message>
    <message>
        <source>&amp;OMS endpoint:</source>
        <translation>OMS 终端节点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 终端节点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 证书文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>已保存在钥匙串中；输入新值即可替换</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Paste the token.</source>
        <translation>请粘贴令牌。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>The secret contains a control character or line break.</source>
        <translation>密码、令牌或 SK 中包含控制字符或换行符。</translation>
    </message>
    <message>
        <source>OMS documents starting and stopping sync tasks only in CN North-Beijing4, CN East-Shanghai1 and CN Southwest-Guiyang1; this region may refuse them.</source>
        <translation>OMS 文档仅说明华北-北京四、华东-上海一和西南-贵阳一支持启动和停止同步任务；此区域可能会拒绝这些操作。</translation>
    </message>
    <message>
        <source>The connection test failed</source>
        <translation>连接测试失败</translation>
    </message>
    <message>
        <source>The profile was saved</source>
        <translation>区域配置已保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The profile could not be saved</source>
        <translation>无法保存区域配置</translation>
    </message>
    <message>
        <source>Choose CA Certificates</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. Project %1 has %n sync task(s).</source>
        <translation>
            <numerusform>登录成功。项目 %1 有 %n 个同步任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入区域配置的名称。</translation>
    </message>
    <message>
        <source>Enter the account name.</source>
        <translation>请输入账号名。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥（AK）。</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Proxy passwor&amp;d:</source>
        <translation>代理密码(&amp;D)：</translation>
    </message>
    <message>
        <source>Remove the stored proxy password</source>
        <translation>删除已保存的代理密码</translation>
    </message>
    <message>
        <source>Removed from the keychain on save</source>
        <translation>保存时从钥匙串中删除</translation>
    </message>
    <message>
        <source>Kept as stored; type to replace it</source>
        <translation>保留已保存的密码；输入新密码以替换</translation>
    </message>
    <message>
        <source>The password of %1 at the proxy, kept in the keychain; never written to the settings.</source>
        <translation>%1 在代理上的密码，保存在钥匙串中，从不写入设置。</translation>
    </message>
    <message>
        <source>Name the user in the proxy URL (http://user@proxy:3128) to enter a password.</source>
        <translation>在代理 URL 中写明用户（http://user@proxy:3128）后才能输入密码。</translation>
    </message>
    <message>
        <source>The proxy password contains a control character or line break.</source>
        <translation>代理密码包含控制字符或换行符。</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileListModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>region · account</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation>尚未登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1
Region: %2 (%3)
Sign-in: %4, %5
%6</source>
        <translation>%1
区域：%2（%3）
登录方式：%4，%5
%6</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n 个区域配置</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>profile count · failing count</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n 个出错</numerusform>
        </translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>所有区域配置</translation>
    </message>
    <message>
        <source>The tasks of every profile in one table: %1</source>
        <translation>所有区域配置的任务汇总在一个表格中：%1</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfilesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Forget Keys…</source>
        <translation>忘记密钥(&amp;F)…</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Region Profiles</source>
        <translation>区域配置</translation>
    </message>
    <message>
        <source>Region profiles</source>
        <translation>区域配置</translation>
    </message>
    <message>
        <source>Remove the start keys remembered for this profile&apos;s tasks from the keychain</source>
        <translation>从钥匙串中删除为此区域配置的任务记住的启动密钥</translation>
    </message>
    <message>
        <source>The copy has no stored secret</source>
        <translation>副本中没有保存的密码、令牌或 SK</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除区域配置</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>删除区域配置“%1”？</translation>
    </message>
    <message>
        <source>Its password, token or SK and every key remembered for its tasks are removed from the keychain. The sync tasks in the cloud are not touched.</source>
        <translation>其密码、令牌或 SK 以及为其任务记住的所有密钥都将从钥匙串中删除。云上的同步任务不受影响。</translation>
    </message>
    <message>
        <source>The profile could not be deleted completely</source>
        <translation>无法完全删除区域配置</translation>
    </message>
    <message>
        <source>Forget Remembered Keys</source>
        <translation>忘记已记住的密钥</translation>
    </message>
    <message>
        <source>They are removed from the keychain; the next start of these tasks asks for them.</source>
        <translation>这些密钥将从钥匙串中删除；下次启动这些任务时需要重新输入。</translation>
    </message>
    <message>
        <source>Forget Keys</source>
        <translation>忘记密钥</translation>
    </message>
    <message>
        <source>Some keys could not be forgotten</source>
        <translation>部分密钥未能忘记</translation>
    </message>
    <message>
        <source>The profile could not be moved</source>
        <translation>无法移动区域配置</translation>
    </message>
    <message numerus="yes">
        <source>Forget the keys remembered for %n task(s) of “%1”?</source>
        <translation>
            <numerusform>忘记为“%1”的 %n 个任务记住的密钥？</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;All Profiles…</source>
        <translation>全部区域配置(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Selected Profile…</source>
        <translation>所选区域配置(&amp;S)…</translation>
    </message>
    <message>
        <source>Save profiles to a file to share a set-up; passwords, tokens and SKs are never written</source>
        <translation>将区域配置保存到文件以便共享；从不写入密码、令牌和 SK</translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation>添加导出文件中的区域配置</translation>
    </message>
    <message>
        <source>The profile could not be copied</source>
        <translation>无法复制区域配置</translation>
    </message>
    <message>
        <source>Profile exports (*.json);;All files (*)</source>
        <translation>区域配置导出文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>导出区域配置</translation>
    </message>
    <message>
        <source>The profiles could not be exported</source>
        <translation>无法导出区域配置</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个区域配置导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No password, token or SK is in the file.</source>
        <translation>文件中不含任何密码、令牌或 SK。</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>导入区域配置</translation>
    </message>
    <message>
        <source>Nothing was imported from %1</source>
        <translation>未从 %1 导入任何内容</translation>
    </message>
    <message>
        <source>%1 holds no profile to import.</source>
        <translation>%1 中没有可导入的区域配置。</translation>
    </message>
    <message>
        <source>Their passwords, tokens and SKs are not in the file: edit each to enter its own.</source>
        <translation>文件中没有它们的密码、令牌和 SK：请逐个编辑并输入。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个区域配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1; %2 refused</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个区域配置；%2 个被拒绝</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <comment>a secret field&apos;s name</comment>
        <translation>隐藏%1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a secret field&apos;s name</comment>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Hide the text (%1)</source>
        <translation>隐藏文本（%1）</translation>
    </message>
    <message>
        <source>Show the text (%1)</source>
        <translation>显示文本（%1）</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Refresh the tasks every:</source>
        <translation>任务刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>The language changes the next time OMS Sync Desk starts.</source>
        <translation>语言将在下次启动 OMS Sync Desk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>显示桌面通知(&amp;D)</translation>
    </message>
    <message>
        <source>Also when a task is &amp;started elsewhere</source>
        <translation>任务在别处启动时也通知(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续监视(&amp;K)</translation>
    </message>
    <message>
        <source>Start at lo&amp;gin, in the tray</source>
        <translation>登录时启动，并最小化到托盘(&amp;G)</translation>
    </message>
    <message>
        <source>Every profile is refreshed this often, also while the window is in the tray. After an error a profile waits longer, up to 15 minutes; while the network is down, nothing is sent. Off: only when you refresh, and nothing is watched.</source>
        <translation>按此间隔刷新每个区域配置，窗口在托盘中时也是如此。出错后该区域配置的等待时间会加长，最长 15 分钟；网络断开期间不发送任何请求。关闭：仅在手动刷新时更新，不进行监视。</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>监视</translation>
    </message>
    <message>
        <source> objects</source>
        <translation> 个对象</translation>
    </message>
    <message>
        <source>A notification comes when a task pauses without being stopped here, when its failed objects grow by at least this many between two refreshes, and when a profile can no longer sign in.</source>
        <translation>以下情况会发出通知：任务暂停且不是在本程序中停止的；两次刷新之间失败对象至少增加了这么多；区域配置无法再登录。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>系统托盘</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits OMS Sync Desk, and started at login it opens its window minimized.</source>
        <translation>此桌面没有系统托盘，因此关闭窗口会退出 OMS Sync Desk；登录时启动则以最小化窗口打开。</translation>
    </message>
    <message>
        <source>The demo does not start at login; OMS Sync Desk itself can, from its own settings.</source>
        <translation>演示不会在登录时启动；OMS Sync Desk 本身可以在其设置中开启此项。</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>无法更改登录时启动设置</translation>
    </message>
    <message>
        <source>When &amp;failed objects grow by:</source>
        <translation>失败对象增加达到(&amp;F)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::StartFlow</name>
    <message>
        <source>Start Sync Task (%1 of %2)</source>
        <translation>启动同步任务（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <source>Start Sync Task</source>
        <translation>启动同步任务</translation>
    </message>
    <message>
        <source>no keychain answers (%1).</source>
        <translation>钥匙串无响应（%1）。</translation>
    </message>
    <message>
        <source>“%1” did not start</source>
        <translation>“%1”未启动</translation>
    </message>
    <message>
        <source>The start was interrupted because the profile changed. Refresh to see whether the task runs.</source>
        <translation>区域配置已更改，启动被中断。请刷新以确认任务是否在运行。</translation>
    </message>
    <message>
        <source>The task started, but its keys could not be remembered</source>
        <translation>任务已启动，但未能记住其密钥</translation>
    </message>
    <message>
        <source>The task started, but the keys remembered before could not be forgotten</source>
        <translation>任务已启动，但无法清除之前记住的密钥</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::StatisticsChartPlugin</name>
    <message>
        <source>%1 is not a chart plugin of this version</source>
        <translation>%1 不是此版本的图表插件</translation>
    </message>
    <message>
        <source>%1 was not found in %2</source>
        <translation>在 %2 中找不到 %1</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::StatisticsChartView</name>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Select a task to see its statistics.</source>
        <translation>选择一个任务以查看其统计数据。</translation>
    </message>
    <message>
        <source>Statistics chart</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>Show the statistics as a table to read every figure.</source>
        <translation>以表格显示统计数据，以便读取每个数字。</translation>
    </message>
    <message>
        <source>Synchronized bytes</source>
        <translation>已同步字节数</translation>
    </message>
    <message>
        <source>Nothing was synchronized in this range.</source>
        <translation>此时间范围内没有同步任何数据。</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>every 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Bytes (%1)</source>
        <translation>字节数（%1）</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 in all, at most %3 at %4.</source>
        <comment>series: total, peak, its time</comment>
        <translation>%1：共 %2，最高 %3，在 %4。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::StatisticsPanel</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Statistics range</source>
        <translation>统计时间范围</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>Show as Ta&amp;ble</source>
        <translation>以表格显示(&amp;B)</translation>
    </message>
    <message>
        <source>The same figures as a table, to read or copy exact values</source>
        <translation>以表格显示相同的数据，便于读取或复制精确数值</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the figures of this range as CSV or JSON</source>
        <translation>将此时间范围的数据保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>范围起点</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>范围终点</translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Give both “From” and “To”.</source>
        <translation>请同时填写“从”和“到”。</translation>
    </message>
    <message>
        <source>“From” must be before “To”.</source>
        <translation>“从”必须早于“到”。</translation>
    </message>
    <message>
        <source>A range may span at most %1 days.</source>
        <translation>时间范围最多 %1 天。</translation>
    </message>
    <message>
        <source>“From” is in the future: there are no figures yet.</source>
        <translation>“从”晚于现在：还没有数据。</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The statistics could not be saved to %1.</source>
        <translation>无法将统计数据保存到 %1。</translation>
    </message>
    <message>
        <source>Statistics chart</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>Select a task to see its statistics.</source>
        <translation>选择一个任务以查看其统计数据。</translation>
    </message>
    <message>
        <source>Nothing was synchronized in this range.</source>
        <translation>此时间范围内没有同步任何数据。</translation>
    </message>
    <message>
        <source>The chart could not be loaded (%1); the figures are shown as a table.</source>
        <translation>无法加载统计图（%1），数据改以表格显示。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::StatisticsTableModel</name>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>成功数</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败数</translation>
    </message>
    <message>
        <source>Skips</source>
        <translation>跳过数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::SyncObjectsDialog</name>
    <message>
        <source>Sync Objects Now</source>
        <translation>立即同步对象</translation>
    </message>
    <message>
        <source>Sync chosen objects of “%1” now</source>
        <translation>立即同步“%1”中指定的对象</translation>
    </message>
    <message>
        <source>OMS copies these objects from %1 bucket %2 to OBS bucket %3 without waiting for the next scan. Paste one object key a line, as it is named in the source bucket (for example photos/2026/beach.jpg).</source>
        <translation>OMS 会立即将这些对象从 %1 桶 %2 复制到 OBS 桶 %3，无需等待下一次扫描。请粘贴对象键，每行一个，与其在源端桶中的名称一致（例如 photos/2026/beach.jpg）。</translation>
    </message>
    <message>
        <source>Object &amp;keys, one a line:</source>
        <translation>对象键，每行一个(&amp;K)：</translation>
    </message>
    <message>
        <source>Object keys, one a line</source>
        <translation>对象键，每行一个</translation>
    </message>
    <message>
        <source>Results, one row a call</source>
        <translation>结果，每次调用一行</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>No keys yet.</source>
        <translation>尚未输入对象键。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent in %n call(s) of at most 10.</source>
        <translation>
            <numerusform>分 %n 次调用发送，每次最多 10 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1 is longer than %2 characters once URL-encoded.</source>
        <translation>第 %1 个键经 URL 编码后超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>%1 … %2 (%3 to %4)</source>
        <translation>%1 … %2（第 %3 至 %4 个）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Sync requested</source>
        <translation>已请求同步</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TaskDetailsWidget</name>
    <message>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>Select a task to see its details and statistics.</source>
        <translation>选择一个任务以查看其详情和统计数据。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Last started:</source>
        <translation>上次启动：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>云服务商：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>桶：</translation>
    </message>
    <message>
        <source>App id:</source>
        <translation>应用 ID：</translation>
    </message>
    <message>
        <source>CDN domain:</source>
        <translation>CDN 域名：</translation>
    </message>
    <message>
        <source>CDN protocol:</source>
        <translation>CDN 协议：</translation>
    </message>
    <message>
        <source>CDN authentication:</source>
        <translation>CDN 鉴权方式：</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的端</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>数据存储类型：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Overwrite:</source>
        <translation>覆盖方式：</translation>
    </message>
    <message>
        <source>Consistency check:</source>
        <translation>一致性校验：</translation>
    </message>
    <message>
        <source>Metadata migration:</source>
        <translation>元数据迁移：</translation>
    </message>
    <message>
        <source>Restore archived objects:</source>
        <translation>自动解冻归档对象：</translation>
    </message>
    <message>
        <source>KMS encryption:</source>
        <translation>KMS 加密：</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>请求数：</translation>
    </message>
    <message>
        <source>Synchronized:</source>
        <translation>已同步：</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据量：</translation>
    </message>
    <message>
        <source>Object lists in the destination bucket</source>
        <translation>目的端桶中的对象列表</translation>
    </message>
    <message>
        <source>Failed objects:</source>
        <translation>失败对象列表：</translation>
    </message>
    <message>
        <source>Skipped objects:</source>
        <translation>跳过对象列表：</translation>
    </message>
    <message>
        <source>Copy the location</source>
        <translation>复制位置</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks selected.</source>
        <translation>
            <numerusform>已选择 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading the statistics…</source>
        <translation>正在加载统计数据…</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TaskListController</name>
    <message>
        <source>Could not sign in with profile “%1”</source>
        <translation>无法使用区域配置“%1”登录</translation>
    </message>
    <message>
        <source>Could not load the tasks of profile “%1”</source>
        <translation>无法加载区域配置“%1”的任务</translation>
    </message>
    <message>
        <source>Could not stop “%1”</source>
        <translation>无法停止“%1”</translation>
    </message>
    <message>
        <source>Stopped “%1”.</source>
        <translation>已停止“%1”。</translation>
    </message>
    <message>
        <source>Could not forget the keys of “%1”</source>
        <translation>无法忘记“%1”的密钥</translation>
    </message>
    <message>
        <source>Forgot the remembered keys of “%1”.</source>
        <translation>已忘记为“%1”记住的密钥。</translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation>无法删除“%1”</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>“%1” was deleted, but its remembered keys could not be forgotten</source>
        <translation>已删除“%1”，但无法忘记为其记住的密钥</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TaskTableModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>cloud · region</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <source>%1
Task id: %2</source>
        <translation>%1
任务 ID：%2</translation>
    </message>
    <message>
        <source>%1, region %2, bucket %3</source>
        <translation>%1，区域 %2，桶 %3</translation>
    </message>
    <message>
        <source>Huawei Cloud OBS, %1 (%2), bucket %3</source>
        <translation>华为云 OBS，%1（%2），桶 %3</translation>
    </message>
    <message>
        <source>Never restarted; created %1</source>
        <translation>从未重新启动；创建于 %1</translation>
    </message>
    <message>
        <source>Never restarted</source>
        <translation>从未重新启动</translation>
    </message>
    <message>
        <source>This month&apos;s figures are being loaded.</source>
        <translation>正在加载本月数据。</translation>
    </message>
    <message>
        <source>This month: %1 requests, %2 objects synchronized, %3 failed, %4 skipped, %5</source>
        <translation>本月：请求 %1 个，已同步对象 %2 个，失败 %3 个，跳过 %4 个，数据量 %5</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的端</translation>
    </message>
    <message>
        <source>Last started</source>
        <translation>上次启动</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数据量</translation>
    </message>
    <message>
        <source>Objects synchronized this month</source>
        <translation>本月已同步的对象数</translation>
    </message>
    <message>
        <source>Objects that failed to synchronize this month</source>
        <translation>本月同步失败的对象数</translation>
    </message>
    <message>
        <source>Data synchronized this month</source>
        <translation>本月已同步的数据量</translation>
    </message>
    <message>
        <source>When the task was last started</source>
        <translation>任务上次启动的时间</translation>
    </message>
    <message>
        <source>Profile %1, region %2</source>
        <translation>区域配置 %1，区域 %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>区域配置</translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TrayIcon</name>
    <message>
        <source>No profile is watched</source>
        <translation>没有正在监视的区域配置</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n 个任务运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n paused</source>
        <comment>tasks running, paused</comment>
        <translation>
            <numerusform>%1，%n 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles cannot sign in</source>
        <translation>
            <numerusform>%n 个区域配置无法登录</numerusform>
        </translation>
    </message>
    <message>
        <source>Start “%1” (%2)…</source>
        <translation>启动“%1”（%2）…</translation>
    </message>
    <message numerus="yes">
        <source>%n more paused tasks…</source>
        <translation>
            <numerusform>另外 %n 个已暂停的任务…</numerusform>
        </translation>
    </message>
    <message>
        <source>No paused tasks</source>
        <translation>没有已暂停的任务</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Show OMS Sync Desk</source>
        <translation>显示 OMS Sync Desk(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>OmsSync::HttpTransport</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
</context>
<context>
    <name>OmsSync::IamToken</name>
    <message>
        <source>IAM answered the sign-in with an unexpected status.</source>
        <translation>IAM 对登录请求返回了意外的状态。</translation>
    </message>
    <message>
        <source>IAM answered the sign-in without a usable token.</source>
        <translation>IAM 对登录请求的应答中没有可用的令牌。</translation>
    </message>
    <message>
        <source>IAM answered the sign-in without the token&apos;s expiry.</source>
        <translation>IAM 对登录请求的应答中没有令牌的过期时间。</translation>
    </message>
</context>
<context>
    <name>OmsSync::InputRules</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long, not %4.</source>
        <translation>%1 的长度必须为 %2 到 %3 个字符，当前为 %4 个。</translation>
    </message>
    <message>
        <source>%1 contains a control character or line break.</source>
        <translation>%1 包含控制字符或换行符。</translation>
    </message>
    <message>
        <source>%1 starts or ends with white space.</source>
        <translation>%1 的开头或结尾有空白字符。</translation>
    </message>
    <message>
        <source>sync_task_id cannot be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>sync_task_id 不能是“.”或“..”。</translation>
    </message>
    <message>
        <source>project_id may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>project_id 只能包含字母、数字、“-”和“_”。</translation>
    </message>
</context>
<context>
    <name>OmsSync::JsonFields</name>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation>应答不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The reply is JSON but not an object.</source>
        <translation>应答是 JSON，但不是对象。</translation>
    </message>
</context>
<context>
    <name>OmsSync::ObjectStorageJob</name>
    <message>
        <source>The reply is JSON but not an array.</source>
        <translation>应答是 JSON，但不是数组。</translation>
    </message>
    <message>
        <source>The reply&apos;s %1 is missing, empty or not a string.</source>
        <translation>应答中的 %1 缺失、为空或不是字符串。</translation>
    </message>
    <message>
        <source>The reply&apos;s %1 is missing or not true or false.</source>
        <translation>应答中的 %1 缺失，或不是 true 或 false。</translation>
    </message>
    <message>
        <source>The reply&apos;s %1 is not an object.</source>
        <translation>应答中的 %1 不是对象。</translation>
    </message>
    <message>
        <source>The reply&apos;s %1 is missing or not an array.</source>
        <translation>应答中的 %1 缺失或不是数组。</translation>
    </message>
</context>
<context>
    <name>OmsSync::OmsClient</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>无法从 %1 读取 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 must be an http or https URL with a host and nothing after the path.</source>
        <translation>%1 必须是包含主机名的 http 或 https URL，且路径之后不能有其他内容。</translation>
    </message>
    <message>
        <source>The profile has no sign-in.</source>
        <translation>此区域配置没有登录信息。</translation>
    </message>
    <message>
        <source>IAM knows no project for region %1 in this account.</source>
        <translation>IAM 中此账号下没有区域 %1 的项目。</translation>
    </message>
    <message>
        <source>prefix.keys holds at most %1 object keys, not %2.</source>
        <translation>prefix.keys 最多包含 %1 个对象键，而不是 %2 个。</translation>
    </message>
</context>
<context>
    <name>OmsSync::Profile</name>
    <message>
        <source>region must be a region id such as cn-north-4 (lower-case letters, digits and dashes).</source>
        <translation>region 必须是区域 ID，例如 cn-north-4（由小写字母、数字和连字符组成）。</translation>
    </message>
    <message>
        <source>proxy must be an http:// or socks5:// URL with a host.</source>
        <translation>proxy 必须是包含主机名的 http:// 或 socks5:// URL。</translation>
    </message>
    <message>
        <source>proxy must not contain a password; it belongs in the keychain.</source>
        <translation>proxy 中不能包含密码；密码应保存在钥匙串中。</translation>
    </message>
    <message>
        <source>auth must be password, token or aksk.</source>
        <translation>auth 必须是 password、token 或 aksk。</translation>
    </message>
</context>
<context>
    <name>OmsSync::ProfileService</name>
    <message>
        <source>No keychain answers (%1). The secret is kept in memory for this session only.</source>
        <translation>钥匙串无响应（%1）。密码或密钥仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No password, token or SK is stored for the profile.</source>
        <translation>此区域配置未保存密码、令牌或 SK。</translation>
    </message>
    <message>
        <source>The profile does not sign in with an access key.</source>
        <translation>此区域配置不使用访问密钥登录。</translation>
    </message>
    <message>
        <source>Enter the password, token or SK to test the connection.</source>
        <translation>请输入密码、令牌或 SK 以测试连接。</translation>
    </message>
    <message>
        <source>No keychain answers (%1); secrets filed there may remain.</source>
        <translation>钥匙串无响应（%1）；其中保存的密码和密钥可能仍然存在。</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>OmsSync::ProfileSession</name>
    <message>
        <source>No password, token or SK is stored for profile &quot;%1&quot;.</source>
        <translation>区域配置“%1”未保存密码、令牌或 SK。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; is in the keychain, and no keychain answers: %2</source>
        <translation>区域配置“%1”的密码、令牌或 SK 保存在钥匙串中，但钥匙串无响应：%2</translation>
    </message>
</context>
<context>
    <name>OmsSync::ProfileStore</name>
    <message>
        <source>The settings were written by a newer version of OMS Sync Desk (format %1); they are shown but not changed.</source>
        <translation>这些设置由更高版本的 OMS Sync Desk 写入（格式 %1）；仅显示，不会修改。</translation>
    </message>
    <message>
        <source>Ignored a profile entry with an invalid id: %1</source>
        <translation>已忽略 ID 无效的区域配置条目：%1</translation>
    </message>
    <message>
        <source>Ignored profile &quot;%1&quot;: unknown sign-in method.</source>
        <translation>已忽略区域配置“%1”：未知的登录方式。</translation>
    </message>
    <message>
        <source>Ignored profile &quot;%1&quot;: %2</source>
        <translation>已忽略区域配置“%1”：%2</translation>
    </message>
    <message>
        <source>The settings belong to a newer version and are not changed.</source>
        <translation>这些设置属于更高版本，不会被修改。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的区域配置已存在。</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>该区域配置已不存在。</translation>
    </message>
    <message>
        <source>The file is not an OMS Sync Desk profile export.</source>
        <translation>该文件不是 OMS Sync Desk 导出的区域配置。</translation>
    </message>
</context>
<context>
    <name>OmsSync::SecretStore</name>
    <message>
        <source>No D-Bus session bus is running, so no keychain can answer.</source>
        <translation>没有运行 D-Bus 会话总线，因此没有钥匙串可以响应。</translation>
    </message>
</context>
<context>
    <name>OmsSync::SettingsFile</name>
    <message>
        <source>it cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>no temporary copy could be made in %1: %2</source>
        <translation>无法在 %1 中创建临时副本：%2</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>该文件不是设置文件格式</translation>
    </message>
    <message>
        <source>no temporary copy could be made in %1</source>
        <translation>无法在 %1 中创建临时副本</translation>
    </message>
    <message>
        <source>its folder %1 cannot be created</source>
        <translation>无法创建其所在文件夹 %1</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation>无法创建其锁文件 %1</translation>
    </message>
    <message>
        <source>locked by another program for more than %1 s</source>
        <translation>被其他程序锁定超过 %1 秒</translation>
    </message>
</context>
<context>
    <name>OmsSync::SourceAccess</name>
    <message>
        <source>cloud_type is required.</source>
        <translation>cloud_type 为必填项。</translation>
    </message>
    <message>
        <source>cloud_type must be one of %1, not “%2”.</source>
        <translation>cloud_type 必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>app_id (the APPID) is required for Tencent.</source>
        <translation>源端为腾讯云时必须填写 app_id（APPID）。</translation>
    </message>
    <message>
        <source>connection_string is for Azure only, not %1.</source>
        <translation>connection_string 仅适用于 Azure，不适用于 %1。</translation>
    </message>
</context>
<context>
    <name>OmsSync::StatisticsJob</name>
    <message>
        <source>start_time must be before end_time.</source>
        <translation>start_time 必须早于 end_time。</translation>
    </message>
    <message>
        <source>data_type needs at least one type.</source>
        <translation>data_type 至少需要一种类型。</translation>
    </message>
</context>
<context>
    <name>OmsSync::SyncEventsJob</name>
    <message>
        <source>object_keys needs at least one key.</source>
        <translation>object_keys 至少需要一个键。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters once URL-encoded.</source>
        <translation>%1 经 URL 编码后超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Not sent: an earlier call failed (%1).</source>
        <translation>未发送：之前的调用失败（%1）。</translation>
    </message>
</context>
<context>
    <name>OmsSync::SyncTaskPage</name>
    <message>
        <source>The task list reply has no &quot;tasks&quot; array.</source>
        <translation>任务列表应答中没有“tasks”数组。</translation>
    </message>
</context>
<context>
    <name>OmsSync::SyncTaskSpec</name>
    <message>
        <source>%1 must be one of %2, not “%3”.</source>
        <translation>%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>app_id (the APPID) is required for a Tencent source.</source>
        <translation>源端为腾讯云时必须填写 app_id（APPID）。</translation>
    </message>
    <message>
        <source>source_cdn.protocol must be http or https.</source>
        <translation>source_cdn.protocol 必须是 http 或 https。</translation>
    </message>
    <message>
        <source>description must not contain any of %1 (it holds “%2”).</source>
        <translation>description 不能包含 %1 中的任何字符（其中有“%2”）。</translation>
    </message>
    <message>
        <source>%1 is a secret: it is read from the environment or the keychain, never from a file.</source>
        <translation>%1 是密钥：只从环境变量或钥匙串读取，绝不从文件读取。</translation>
    </message>
    <message>
        <source>%1 is not a field of a new sync task.</source>
        <translation>%1 不是新建同步任务的字段。</translation>
    </message>
    <message>
        <source>source_cdn must be an object with domain, protocol and authentication_type.</source>
        <translation>source_cdn 必须是包含 domain、protocol 和 authentication_type 的对象。</translation>
    </message>
    <message>
        <source>source_cdn.%1 is not a field of source_cdn.</source>
        <translation>source_cdn.%1 不是 source_cdn 的字段。</translation>
    </message>
</context>
<context>
    <name>OmsSync::TaskCreateJob</name>
    <message>
        <source>This project already has %1 sync tasks and OMS allows at most %2: delete one first.</source>
        <translation>此项目已有 %1 个同步任务，OMS 最多允许 %2 个：请先删除一个。</translation>
    </message>
    <message>
        <source>The answer to the create names no valid task id.</source>
        <translation>创建请求的应答中没有有效的任务 ID。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Huawei Cloud OMS sync tasks.</source>
        <translation>华为云 OMS 同步任务的桌面客户端。</translation>
    </message>
    <message>
        <source>Open a demo on a local simulator, with settings of its own.</source>
        <translation>在本地模拟器上打开演示，使用独立的设置。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>无法启动演示。</translation>
    </message>
    <message>
        <source>The demo profiles could not be created.</source>
        <translation>无法创建演示区域配置。</translation>
    </message>
    <message>
        <source>Quit and open the demo again to continue.</source>
        <translation>请退出并重新打开演示以继续。</translation>
    </message>
    <message>
        <source>Refresh every profile every SECONDS (2 or more) for this run, whatever the settings say.</source>
        <translation>本次运行中每 SECONDS 秒（至少 2 秒）刷新一次每个区域配置，忽略设置中的间隔。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>%1: --refresh-interval must be whole seconds from %2 to %3, not “%4”.</source>
        <translation>%1：--refresh-interval 必须是 %2 到 %3 之间的整数秒，而不是“%4”。</translation>
    </message>
    <message>
        <source>Start in the system tray (waiting up to 10 s for one; without one, with the window minimized).</source>
        <translation>启动到系统托盘（最多等待托盘出现 10 秒；仍没有托盘时以最小化窗口启动）。</translation>
    </message>
</context>
</TS>
