// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemLabel.h"
#include "ReadableColor.h"

#include <QApplication>
#include <QTest>

using namespace OmsSync::Gui;

namespace {

// Backgrounds the system's palettes give: light, Adwaita dark, a dark grey,
// and the two high-contrast themes (black on white, white on black), plus a
// mid grey where only black or white can be enough.
const QColor backgrounds[] = {QColor(0xff, 0xff, 0xff), QColor(0xfa, 0xfa, 0xfa),
                              QColor(0x24, 0x24, 0x24), QColor(0x35, 0x35, 0x35),
                              QColor(0x00, 0x00, 0x00), QColor(0x77, 0x77, 0x77)};
// The application's status and chart colours.
const QColor wanted[] = {QColor(0xd1, 0x24, 0x2f), QColor(0x3b, 0x82, 0xf6),
                         QColor(0x22, 0xa0, 0x4a), QColor(0xd4, 0x9a, 0x06),
                         QColor(0x8b, 0x5c, 0xf6), QColor(0x09, 0x69, 0xda)};

} // namespace

class TestReadableColor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresContrastAsWcagDoes()
    {
        QCOMPARE(ReadableColor::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ReadableColor::contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(ReadableColor::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)),
                 1.0);
        // #767676 is the lightest grey that passes 4.5:1 on white, #777777
        // the darkest that fails (WebAIM's figures: 4.54 and 4.48).
        QVERIFY(qAbs(ReadableColor::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54)
                < 0.01);
        QVERIFY(qAbs(ReadableColor::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48)
                < 0.01);
    }

    void keepsAColourThatIsAlreadyReadable()
    {
        const QColor red(0xd1, 0x24, 0x2f);
        QCOMPARE(ReadableColor::on(red, Qt::white), red);
        QCOMPARE(ReadableColor::problem(Qt::white), red);
    }

    void reachesTheMinimumOnEveryBackground()
    {
        for (const QColor& background : backgrounds) {
            for (const QColor& colour : wanted) {
                for (double minimum :
                     {ReadableColor::textContrast, ReadableColor::graphicsContrast}) {
                    const QColor readable = ReadableColor::on(colour, background, minimum);
                    const double ratio = ReadableColor::contrastRatio(readable, background);
                    QVERIFY2(ratio >= minimum,
                             qPrintable(QStringLiteral("%1 on %2: %3 gives %4")
                                            .arg(colour.name(), background.name(), readable.name())
                                            .arg(ratio)));
                }
            }
        }
    }

    void changesAsLittleAsItCanAndKeepsTheHue()
    {
        // Red on Adwaita's dark window: lighter, still red, and only just
        // enough (a white would pass too, but it would no longer say "error").
        const QColor dark(0x24, 0x24, 0x24);
        const QColor readable = ReadableColor::problem(dark);
        QCOMPARE(readable.toHsl().hslHue(), QColor(0xd1, 0x24, 0x2f).toHsl().hslHue());
        const double ratio = ReadableColor::contrastRatio(readable, dark);
        QVERIFY2(ratio >= 4.5 && ratio < 4.6, qPrintable(QString::number(ratio)));
        QVERIFY(readable.lightnessF() > QColor(0xd1, 0x24, 0x2f).lightnessF());
        // On white the same red darkens when it must reach 7:1 (AAA).
        const QColor strict = ReadableColor::on(QColor(0xd1, 0x24, 0x2f), Qt::white, 7.0);
        QVERIFY(strict.lightnessF() < QColor(0xd1, 0x24, 0x2f).lightnessF());
    }

    void aProblemLabelFollowsThePalette()
    {
        ProblemLabel label;
        label.setText(QStringLiteral("Required"));
        for (const QColor& background : backgrounds) {
            QPalette palette = label.palette();
            palette.setColor(QPalette::Window, background);
            label.setPalette(palette);
            const QColor text = label.palette().color(QPalette::WindowText);
            QVERIFY2(ReadableColor::contrastRatio(text, background) >= 4.5,
                     qPrintable(text.name() + QLatin1String(" on ") + background.name()));
        }
        // A new palette for the whole application (the user switched to a
        // high-contrast theme) reaches the label too.
        QPalette inverse = QApplication::palette();
        inverse.setColor(QPalette::Window, Qt::black);
        inverse.setColor(QPalette::WindowText, Qt::white);
        ProblemLabel following;
        QApplication::setPalette(inverse);
        QTRY_VERIFY(
            ReadableColor::contrastRatio(following.palette().color(QPalette::WindowText), Qt::black)
            >= 4.5);
        QCOMPARE(following.palette().color(QPalette::Window), QColor(Qt::black));
    }
};

QTEST_MAIN(TestReadableColor)
#include "TestReadableColor.moc"
