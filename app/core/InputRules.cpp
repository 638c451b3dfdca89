// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace OmsSync::InputRules {

bool hasControlCharacters(const QString& value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
}

ApiError checkText(const QString& field, const QString& value, int minLength, int maxLength)
{
    if (value.isEmpty() && minLength > 0) {
        return ApiError::validation(
            field,
            QCoreApplication::translate("OmsSync::InputRules", "%1 is required.").arg(field));
    }
    if (value.size() < minLength || value.size() > maxLength) {
        return ApiError::validation(
            field,
            QCoreApplication::translate("OmsSync::InputRules",
                                        "%1 must be %2 to %3 characters long, not %4.")
                .arg(field)
                .arg(minLength)
                .arg(maxLength)
                .arg(value.size()));
    }
    if (hasControlCharacters(value)) {
        return ApiError::validation(
            field,
            QCoreApplication::translate("OmsSync::InputRules",
                                        "%1 contains a control character or line break.")
                .arg(field));
    }
    if (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace())) {
        return ApiError::validation(
            field,
            QCoreApplication::translate("OmsSync::InputRules",
                                        "%1 starts or ends with white space.")
                .arg(field));
    }
    return {};
}

ApiError checkTaskId(const QString& id)
{
    const QString field = QStringLiteral("sync_task_id");
    if (const ApiError error = checkText(field, id, 1, 255); error.isError()) {
        return error;
    }
    if (id == QLatin1StringView(".") || id == QLatin1StringView("..")) {
        return ApiError::validation(
            field,
            QCoreApplication::translate("OmsSync::InputRules",
                                        "sync_task_id cannot be \".\" or \"..\"."));
    }
    return {};
}

ApiError checkProjectId(const QString& projectId)
{
    const QString field = QStringLiteral("project_id");
    if (const ApiError error = checkText(field, projectId, 1, 1024); error.isError()) {
        return error;
    }
    const bool plain = std::all_of(projectId.cbegin(), projectId.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
    });
    if (!plain) {
        return ApiError::validation(
            field,
            QCoreApplication::translate(
                "OmsSync::InputRules",
                "project_id may contain only letters, digits, '-' and '_'."));
    }
    return {};
}

} // namespace OmsSync::InputRules
