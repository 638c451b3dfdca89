// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

class TestErrorBanner : public QObject
{
    Q_OBJECT

private:
    static ApiError serviceError()
    {
        return ApiError::fromHttpReply(
            404, "{\"error_code\":\"OMS.1009\",\"error_msg\":\"No resources found.\"}"_ba,
            "5f2c0000000000000000000000000abc"_ba);
    }

private Q_SLOTS:
    void showsCodeMessageAndRequestId()
    {
        ErrorBanner banner;
        QVERIFY(banner.isHidden());
        banner.showError(u"Could not load the tasks"_s, serviceError());
        QVERIFY(!banner.isHidden());
        const QString shown = banner.findChild<QLabel*>(u"errorBannerText"_s)->text();
        for (const QString& part :
             {u"Could not load the tasks"_s, u"OMS.1009"_s, u"No resources found."_s,
              u"5f2c0000000000000000000000000abc"_s}) {
            QVERIFY2(shown.contains(part), qPrintable(part));
        }
        QCOMPARE(banner.error(), serviceError());
        // Selectable, so a user can copy a part of it.
        QVERIFY(banner.findChild<QLabel*>(u"errorBannerText"_s)->textInteractionFlags()
                & Qt::TextSelectableByMouse);
    }

    void escapesMarkupOfTheService()
    {
        ErrorBanner banner;
        banner.showError(u"<b>what</b>"_s, ApiError::network(u"<i>reset</i>"_s));
        const QString shown = banner.findChild<QLabel*>(u"errorBannerText"_s)->text();
        QVERIFY2(shown.contains(u"&lt;i&gt;reset"_s), qPrintable(shown));
    }

    void copiesWhatUsersQuote()
    {
        ErrorBanner banner;
        banner.show();
        banner.showError(u"Could not stop"_s, serviceError());
        QTest::mouseClick(banner.findChild<QToolButton*>(u"errorBannerCopy"_s), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, u"Could not stop\n"_s + serviceError().summary());
        QVERIFY(copied.contains(u"5f2c0000000000000000000000000abc"_s));
    }

    void replacesAndDismisses()
    {
        ErrorBanner banner;
        banner.show();
        QSignalSpy dismissed(&banner, &ErrorBanner::dismissed);
        banner.showError(u"first"_s, serviceError());
        banner.showError(u"second"_s, ApiError::timeout(u"timed out"_s));
        QVERIFY(banner.plainText().startsWith(u"second"_s));
        QVERIFY(!banner.plainText().contains(u"first"_s));
        QTest::mouseClick(banner.findChild<QToolButton*>(u"errorBannerClose"_s), Qt::LeftButton);
        QVERIFY(banner.isHidden());
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(!banner.error().isError());
    }

    void offersOneAction()
    {
        ErrorBanner banner;
        banner.show();
        QSignalSpy triggered(&banner, &ErrorBanner::actionTriggered);
        auto* action = banner.findChild<QPushButton*>(u"errorBannerAction"_s);
        QVERIFY(action->isHidden());
        banner.showMessage(ErrorBanner::Severity::Warning, u"No keychain"_s, u"why"_s);
        banner.setActionText(u"Try Again"_s);
        QVERIFY(!action->isHidden());
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(banner.severity(), ErrorBanner::Severity::Warning);
    }
};

QTEST_MAIN(TestErrorBanner)
#include "TestErrorBanner.moc"
