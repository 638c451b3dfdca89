// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStyle.h"
#include "Icons.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QPalette>
#include <QPixmap>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

class TestIcons : public QObject
{
    Q_OBJECT

private:
    static int paintedPixels(const QPixmap& pixmap)
    {
        const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            }
        }
        return painted;
    }

    static bool imagePluginsAreMapped()
    {
        QFile maps(u"/proc/self/maps"_s);
        return !maps.open(QIODevice::ReadOnly) || maps.readAll().contains("/imageformats/");
    }

private Q_SLOTS:
    // First: nothing has read an image file yet.
    void theStyleDrawsOverflowChevronsWithoutImagePlugins()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        QApplication::setStyle(new ApplicationStyle(QApplication::style()->name()));
        QVERIFY(!imagePluginsAreMapped());
        // A window with a menu bar and a tool bar too narrow for them: both
        // show their overflow button.
        QMainWindow window;
        for (int i = 0; i < 12; ++i) {
            window.menuBar()->addMenu(u"Menu %1"_s.arg(i));
        }
        QToolBar* tools = window.addToolBar(u"Tools"_s);
        for (int i = 0; i < 12; ++i) {
            tools->addAction(Icons::action(u"refresh"_s), u"Action %1"_s.arg(i));
        }
        window.resize(160, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.grab().isNull());
        QVERIFY(!imagePluginsAreMapped());

        const auto image = [](const QIcon& icon) {
            return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
        };
        QStyle* style = QApplication::style();
        QCOMPARE(image(style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)),
                 image(Icons::action(u"more-right"_s)));
        QCOMPARE(image(style->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton)),
                 image(Icons::action(u"more-down"_s)));
        // Every other icon is still the style's own.
        QVERIFY(!style->standardIcon(QStyle::SP_MessageBoxWarning).isNull());
    }

    void everyEmbeddedIconDraws()
    {
        int icons = 0;
        QDirIterator it(u":/icons"_s, {u"*.svg"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).completeBaseName();
            const QString folder = QFileInfo(path).dir().dirName();
            const QIcon icon = folder == u"actions" ? Icons::action(name)
                : folder == u"status"               ? Icons::status(name)
                                                    : Icons::application();
            QVERIFY2(!icon.isNull(), qPrintable(path));
            for (int side : {16, 32, 256}) {
                const QPixmap pixmap = icon.pixmap(QSize(side, side));
                QCOMPARE(pixmap.size(), QSize(side, side));
                QVERIFY2(paintedPixels(pixmap) > side, qPrintable(path));
            }
            ++icons;
        }
        QVERIFY2(icons >= 31, qPrintable(QString::number(icons)));
    }

    void drawsSharplyAtHighResolution()
    {
        const QPixmap pixmap = Icons::action(u"refresh"_s).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(16, 16));
        QCOMPARE(pixmap.size(), QSize(32, 32));
    }

    void monochromeIconsFollowThePalette()
    {
        const QPalette original = QApplication::palette();
        auto colourOf = [](const QPixmap& pixmap) {
            const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qAlpha(image.pixel(x, y)) == 255) {
                        return QColor(image.pixel(x, y));
                    }
                }
            }
            return QColor();
        };
        QPalette dark = original;
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        const QColor onDark = colourOf(Icons::action(u"add"_s).pixmap(32, 32));
        QPalette light = original;
        light.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
        QApplication::setPalette(light);
        const QColor onLight = colourOf(Icons::action(u"add"_s).pixmap(32, 32));
        QApplication::setPalette(original);
        QCOMPARE(onDark, QColor(0xee, 0xee, 0xee));
        QCOMPARE(onLight, QColor(0x11, 0x11, 0x11));
    }

    void disabledIconsAreGrey()
    {
        const QImage image = Icons::action(u"start"_s)
                                 .pixmap(QSize(32, 32), QIcon::Disabled)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        bool anyPainted = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) > 0) {
                    anyPainted = true;
                    QVERIFY(std::abs(qRed(pixel) - qGreen(pixel)) <= 2);
                    QVERIFY(qAlpha(pixel) <= 128);
                }
            }
        }
        QVERIFY(anyPainted);
    }

    void taskStatesHaveTheirOwnIcons()
    {
        const QImage running =
            Icons::taskStatus(SyncTaskStatus::Synchronizing).pixmap(16, 16).toImage();
        const QImage paused = Icons::taskStatus(SyncTaskStatus::Stopped).pixmap(16, 16).toImage();
        const QImage unknown = Icons::taskStatus(SyncTaskStatus::Unknown).pixmap(16, 16).toImage();
        QVERIFY(running != paused);
        QVERIFY(paused != unknown);
        QVERIFY(!Icons::application().isNull());
    }
};

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"
