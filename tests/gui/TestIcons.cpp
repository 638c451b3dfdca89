// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>
#include <QDirIterator>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

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

private Q_SLOTS:
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
        QVERIFY2(icons >= 29, qPrintable(QString::number(icons)));
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
