// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 9, item 4: what one request costs in the core, without the network.
// Each figure has a baseline next to it, the least Qt needs for the same
// work: the bare URL and QNetworkRequest for building, the HMAC and hashes
// of the very same canonical request for signing, QJsonDocument alone for
// parsing. oms-bench runs this with -csv and reads microseconds per call.

#include "AkSkAuthenticator.h"
#include "AkSkSigner.h"
#include "ApiCall.h"
#include "JsonFields.h"
#include "OmsClient.h"
#include "StartCredentials.h"
#include "SyncTask.h"
#include "TokenAuthenticator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync;

namespace {

const QString projectId = u"6866373608ce25c0ea4d707e95915ad8"_s;

// A task as oms-sim (and OMS) list it.
QJsonObject taskJson(int index)
{
    return QJsonObject {
        {u"app_id"_s, u"1250000000"_s},
        {u"consistency_check"_s, u"size_last_modified"_s},
        {u"create_time"_s, 1793691334912LL + index},
        {u"description"_s, u"腾讯云 COS 图片库同步到华为云 OBS %1"_s.arg(index)},
        {u"dst_bucket"_s, u"photos-backup"_s},
        {u"dst_region"_s, u"cn-north-4"_s},
        {u"dst_storage_policy"_s, u"STANDARD"_s},
        {u"enable_kms"_s, false},
        {u"enable_metadata_migration"_s, false},
        {u"enable_restore"_s, false},
        {u"last_start_time"_s, 1794987334912LL + index},
        {u"object_overwrite_mode"_s, u"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE"_s},
        {u"src_bucket"_s, u"photos-1250000000"_s},
        {u"src_cloud_type"_s, u"Tencent"_s},
        {u"src_region"_s, u"ap-guangzhou"_s},
        {u"status"_s, index % 2 ? u"STOPPED"_s : u"SYNCHRONIZING"_s},
        {u"sync_task_id"_s, u"3c9e1b7a-4d2f-4a8c-9e6b-%1"_s.arg(index, 12, 10, QChar(u'0'))},
    };
}

QByteArray listPage(int tasks)
{
    QJsonArray array;
    for (int i = 0; i < tasks; ++i) {
        array.append(taskJson(i));
    }
    return QJsonDocument(QJsonObject {{u"count"_s, tasks}, {u"tasks"_s, array}})
        .toJson(QJsonDocument::Compact);
}

QByteArray showBody()
{
    QJsonObject task = taskJson(1);
    task.insert(u"monthly_acceptance_request"_s, 2939467);
    task.insert(u"monthly_failure_object"_s, 5477);
    task.insert(u"monthly_size"_s, 8333464238327LL);
    task.insert(u"monthly_skip_object"_s, 85165);
    task.insert(u"monthly_success_object"_s, 2841779);
    return QJsonDocument(task).toJson(QJsonDocument::Compact);
}

StartCredentials startKeys()
{
    return {u"SRCAK0000000000000001"_s,
            u"src-secret-0000000000000000000000000001"_s,
            u"DSTAK0000000000000001"_s,
            u"dst-secret-0000000000000000000000000001"_s,
            {}};
}

QUrlQuery listQuery()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"100"_s);
    query.addQueryItem(u"offset"_s, u"0"_s);
    return query;
}

} // namespace

class BenchCore : public QObject
{
    Q_OBJECT

private:
    const QUrl m_base {u"http://127.0.0.1:18080"_s};
    const QUrl m_listUrl {
        u"http://127.0.0.1:18080/v2/%1/sync-tasks?limit=100&offset=0"_s.arg(projectId)};
    const QByteArray m_page5 = listPage(5);
    const QByteArray m_page100 = listPage(100);
    const QByteArray m_show = showBody();
    const QByteArray m_ak = "DEMOACCESSKEY0000001";
    const QByteArray m_sk = "demoSecretKey0000000000000000000000000001";
    std::unique_ptr<OmsClient> m_client;
    std::unique_ptr<AkSkAuthenticator> m_aksk;
    AkSkSigner::Signature m_signature; // of the list request, for the signing baseline

    // The request ApiCall::send() puts together before it is authorized.
    QNetworkRequest listRequest() const
    {
        QNetworkRequest request(m_listUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        request.setHeader(QNetworkRequest::UserAgentHeader, "oms-sync-desk/0.1.0"_ba);
        request.setRawHeader("X-Project-Id"_ba, projectId.toUtf8());
        return request;
    }

    QByteArray signBaseline(const QByteArray& body = {}) const
    {
        const QByteArray bodyHash =
            QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        const QByteArray requestHash =
            QCryptographicHash::hash(m_signature.canonicalRequest, QCryptographicHash::Sha256)
                .toHex();
        return QMessageAuthenticationCode::hash(m_signature.stringToSign + requestHash + bodyHash,
                                                m_sk, QCryptographicHash::Sha256)
            .toHex();
    }

private Q_SLOTS:
    void initTestCase()
    {
        OmsClient::Endpoints endpoints {m_base, m_base, u"cn-north-4"_s, projectId};
        m_client = std::make_unique<OmsClient>(endpoints, CallPolicy());
        m_aksk = std::make_unique<AkSkAuthenticator>(QString::fromLatin1(m_ak),
                                                     QString::fromLatin1(m_sk));
        const QNetworkRequest request = listRequest();
        HeaderList headers;
        for (const QByteArray& name : request.rawHeaderList()) {
            headers.append({name, request.rawHeader(name)});
        }
        m_signature =
            AkSkSigner::sign("GET", m_listUrl, headers, {}, "20260101T000000Z", m_ak, m_sk);
        QVERIFY(!m_signature.authorization.isEmpty());
        QString error;
        QCOMPARE(SyncTaskPage::parse(m_page100, &error)->tasks.size(), 100);
    }

    // Building: OmsClient::call() makes the URL (every segment and query
    // item encoded) and the ApiCall that will carry it.
    void build()
    {
        QBENCHMARK
        {
            delete m_client->call("GET", {}, listQuery());
        }
    }
    void build_baseline()
    {
        QBENCHMARK
        {
            QUrl url = m_base;
            url.setPath(u"/v2/"_s + projectId + u"/sync-tasks"_s);
            url.setQuery(listQuery());
            QNetworkRequest request(url);
            QVERIFY(request.url().isValid());
        }
    }

    // Signing: the request as ApiCall sends it, then SDK-HMAC-SHA256.
    void sign()
    {
        QBENCHMARK
        {
            QNetworkRequest request = listRequest();
            m_aksk->authorize(request, "GET", {});
        }
    }
    void sign_baseline()
    {
        QBENCHMARK
        {
            QNetworkRequest request = listRequest();
            request.setRawHeader("Authorization"_ba, signBaseline());
        }
    }

    // A pasted or IAM token: one header.
    void sign_token()
    {
        const TokenAuthenticator token(QString(8000, u'x'));
        QBENCHMARK
        {
            QNetworkRequest request = listRequest();
            token.authorize(request, "GET", {});
        }
    }

    // Serializing: the body of a start (both key pairs).
    void serialize()
    {
        const StartCredentials keys = startKeys();
        QBENCHMARK
        {
            QVERIFY(!keys.toJsonBody().isEmpty());
        }
    }

    // Parsing: a list page of the demo's size, a full page, one task.
    void parse_page5()
    {
        QString error;
        QBENCHMARK
        {
            QVERIFY(SyncTaskPage::parse(m_page5, &error));
        }
    }
    void parse_page5_baseline()
    {
        QBENCHMARK
        {
            QVERIFY(QJsonDocument::fromJson(m_page5).isObject());
        }
    }
    void parse_page100()
    {
        QString error;
        QBENCHMARK
        {
            QVERIFY(SyncTaskPage::parse(m_page100, &error));
        }
    }
    void parse_page100_baseline()
    {
        QBENCHMARK
        {
            QVERIFY(QJsonDocument::fromJson(m_page100).isObject());
        }
    }
    void parse_show()
    {
        QString error;
        QBENCHMARK
        {
            const auto object = JsonFields::parseObject(m_show, &error);
            QVERIFY(SyncTask::fromJson(*object).monthly.has_value());
        }
    }
    void parse_show_baseline()
    {
        QBENCHMARK
        {
            QVERIFY(QJsonDocument::fromJson(m_show).isObject());
        }
    }

    // One request's work in the core, end to end but for the wire: build,
    // sign, serialize a start body, parse a five-task answer.
    void request()
    {
        const StartCredentials keys = startKeys();
        QString error;
        QBENCHMARK
        {
            delete m_client->call("GET", {}, listQuery());
            QNetworkRequest request = listRequest();
            m_aksk->authorize(request, "POST", keys.toJsonBody());
            QVERIFY(SyncTaskPage::parse(m_page5, &error));
        }
    }
    void request_baseline()
    {
        const StartCredentials keys = startKeys();
        QBENCHMARK
        {
            QUrl url = m_base;
            url.setPath(u"/v2/"_s + projectId + u"/sync-tasks"_s);
            url.setQuery(listQuery());
            QNetworkRequest request = listRequest();
            request.setRawHeader("Authorization"_ba, signBaseline(keys.toJsonBody()));
            QVERIFY(QJsonDocument::fromJson(m_page5).isObject());
        }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "BenchCore.moc"
