// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamService.h"

#include "ErrorReplies.h"
#include "GatewayAuthenticator.h"
#include "HttpRequest.h"
#include "QueryParameters.h"
#include "SimClock.h"
#include "SimulatorConfig.h"
#include "SimulatorState.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

// Walks a path of nested objects; nullopt (and a message naming the path)
// when a step is missing or not an object.
std::optional<QJsonObject> objectAt(const QJsonObject& root, const QStringList& path,
                                    QString* problem)
{
    QJsonObject current = root;
    QString where;
    for (const QString& step : path) {
        where += where.isEmpty() ? step : u'.' + step;
        const QJsonValue next = current.value(step);
        if (!next.isObject()) {
            *problem = u"Invalid request body: %1 must be an object."_s.arg(where);
            return std::nullopt;
        }
        current = next.toObject();
    }
    return current;
}

QJsonObject domainJson(const Identity& identity)
{
    return QJsonObject {{u"id"_s, identity.domainId}, {u"name"_s, identity.domainName}};
}

} // namespace

IamService::IamService(SimulatorState& state, const SimClock& clock)
    : m_state(state)
    , m_clock(clock)
{ }

QString IamService::iamTime(qint64 msecsSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    return time.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) + u"000Z"_s;
}

HttpResponse IamService::issueToken(const HttpRequest& request)
{
    if (!request.hasJsonContentType()) {
        return ErrorReplies::iam(
            400, u"The request body must be JSON (Content-Type: application/json)."_s);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        return ErrorReplies::iam(400, u"The request body is not a JSON object."_s);
    }
    QString problem;
    const auto identity = objectAt(document.object(), {u"auth"_s, u"identity"_s}, &problem);
    if (!identity) {
        return ErrorReplies::iam(400, problem);
    }
    const QJsonArray methods = identity->value(u"methods"_s).toArray();
    if (methods != QJsonArray {u"password"_s}) {
        return ErrorReplies::iam(
            400, u"Invalid request body: auth.identity.methods must be [\"password\"]."_s);
    }
    const QStringList userPath {u"auth"_s, u"identity"_s, u"password"_s, u"user"_s};
    const auto user = objectAt(document.object(), userPath, &problem);
    const auto domain = user
        ? objectAt(document.object(), userPath + QStringList {u"domain"_s}, &problem)
        : std::nullopt;
    if (!user || !domain) {
        return ErrorReplies::iam(400, problem);
    }
    const QJsonValue name = user->value(u"name"_s);
    const QJsonValue password = user->value(u"password"_s);
    const QJsonValue domainName = domain->value(u"name"_s);
    if (!name.isString() || !password.isString() || !domainName.isString()) {
        return ErrorReplies::iam(
            400, u"Invalid request body: the user needs a name, a password and a domain name."_s);
    }
    const auto caller =
        m_state.checkPassword(domainName.toString(), name.toString(), password.toString());
    if (!caller) {
        return ErrorReplies::iam(401, u"The username or password is wrong."_s);
    }

    const auto scope = objectAt(document.object(), {u"auth"_s, u"scope"_s, u"project"_s}, &problem);
    if (!scope) {
        // IAM would issue a domain or unscoped token; OMS needs a project.
        return ErrorReplies::iam(
            400,
            u"Invalid request body: oms-sim only issues tokens scoped to a project "
            "(auth.scope.project with a name or an id)."_s);
    }
    const QJsonValue projectName = scope->value(u"name"_s);
    const QJsonValue projectId = scope->value(u"id"_s);
    if ((!projectName.isUndefined() && !projectName.isString())
        || (!projectId.isUndefined() && !projectId.isString())
        || (projectName.isUndefined() && projectId.isUndefined())) {
        return ErrorReplies::iam(
            400, u"Invalid request body: auth.scope.project needs a name or an id."_s);
    }
    const SimProject* project = nullptr;
    for (const SimProject* candidate : m_state.projectsOf(caller->domainId)) {
        if ((projectName.isUndefined() || candidate->name == projectName.toString())
            && (projectId.isUndefined() || candidate->id == projectId.toString())) {
            project = candidate;
            break;
        }
    }
    if (!project) {
        return ErrorReplies::iam(
            400,
            u"The project does not exist in this account: %1."_s.arg(
                projectName.isString() ? projectName.toString() : projectId.toString()));
    }

    const qint64 now = m_clock.nowMs();
    const QByteArray token = m_state.issueToken(*caller, project->id, now);
    const IssuedToken* issued = m_state.token(token);
    QJsonObject body {
        {u"expires_at"_s, iamTime(issued->expiresAtMs)},
        {u"issued_at"_s, iamTime(issued->issuedAtMs)},
        {u"methods"_s, QJsonArray {u"password"_s}},
        {u"project"_s,
         QJsonObject {{u"id"_s, project->id},
                      {u"name"_s, project->name},
                      {u"domain"_s, domainJson(*caller)}}},
        {u"roles"_s,
         QJsonArray {QJsonObject {{u"id"_s, SimulatorConfig::derivedId(u"role:te_admin"_s)},
                                  {u"name"_s, u"te_admin"_s}}}},
        {u"user"_s,
         QJsonObject {{u"id"_s, caller->userId},
                      {u"name"_s, caller->userName},
                      {u"domain"_s, domainJson(*caller)},
                      {u"password_expires_at"_s, QString()}}},
    };
    const auto query = QueryParameters::parse(request.query);
    if (!query || query->value(u"nocatalog") != u"true"_s) {
        body.insert(u"catalog"_s, QJsonArray());
    }
    HttpResponse response = HttpResponse::json(201, QJsonObject {{u"token"_s, body}});
    response.setHeader("X-Subject-Token", token);
    return response;
}

HttpResponse IamService::listProjects(const HttpRequest& request, const AuthResult& auth,
                                      const QByteArray& baseUrl)
{
    const auto query = QueryParameters::parse(request.query);
    if (!query) {
        return ErrorReplies::iam(400, u"The query string is not correctly encoded."_s);
    }
    const bool filtered = query->contains(u"name");
    const QString name = query->value(u"name");
    QJsonArray projects;
    for (const SimProject* project : m_state.projectsOf(auth.identity.domainId)) {
        if (filtered && project->name != name) {
            continue;
        }
        projects.append(QJsonObject {
            {u"id"_s, project->id},
            {u"name"_s, project->name},
            {u"domain_id"_s, project->domainId},
            {u"parent_id"_s, project->domainId},
            {u"description"_s, QString()},
            {u"enabled"_s, true},
            {u"is_domain"_s, false},
            {u"links"_s,
             QJsonObject {
                 {u"self"_s,
                  QString(QString::fromUtf8(baseUrl) + u"/v3/projects/"_s + project->id)}}},
        });
    }
    return HttpResponse::json(
        200,
        QJsonObject {
            {u"projects"_s, projects},
            {u"links"_s,
             QJsonObject {{u"self"_s, QString::fromUtf8(baseUrl + QByteArray(request.target))},
                          {u"previous"_s, QJsonValue::Null},
                          {u"next"_s, QJsonValue::Null}}}});
}

} // namespace OmsSync::Sim
