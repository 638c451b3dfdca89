// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace OmsSync::Gui {

// The application's file choosers, so that tests can give the next answer
// in advance with setNextFileName() instead of driving a native dialog, the
// way MessageBox::setNextAnswer() answers a question.
class FileDialog
{
public:
    struct Request
    {
        QString caption;
        QString directory; // or a file name to start with
        QString filter;
    };

    // Empty: the user cancelled.
    static QString saveFileName(QWidget* parent, const Request& request);
    static QString openFileName(QWidget* parent, const Request& request);

    // The next file dialog returns this at once without being shown (empty:
    // as if cancelled). Reset after one use.
    static void setNextFileName(const QString& path);
    // The request of the last dialog answered by setNextFileName().
    static Request lastRequest();

private:
    static std::optional<QString> takeNextAnswer(const Request& request);
};

} // namespace OmsSync::Gui
