// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include <QFileDialog>

#include <utility>

namespace OmsSync::Gui {

namespace {

std::optional<QString> g_nextFileName;
FileDialog::Request g_lastRequest;

} // namespace

void FileDialog::setNextFileName(const QString& path)
{
    g_nextFileName = path;
}

FileDialog::Request FileDialog::lastRequest()
{
    return g_lastRequest;
}

std::optional<QString> FileDialog::takeNextAnswer(const Request& request)
{
    if (!g_nextFileName) {
        return std::nullopt;
    }
    g_lastRequest = request;
    return std::exchange(g_nextFileName, std::nullopt);
}

QString FileDialog::saveFileName(QWidget* parent, const Request& request)
{
    if (const auto answer = takeNextAnswer(request)) {
        return *answer;
    }
    return QFileDialog::getSaveFileName(parent, request.caption, request.directory, request.filter);
}

QString FileDialog::openFileName(QWidget* parent, const Request& request)
{
    if (const auto answer = takeNextAnswer(request)) {
        return *answer;
    }
    return QFileDialog::getOpenFileName(parent, request.caption, request.directory, request.filter);
}

} // namespace OmsSync::Gui
