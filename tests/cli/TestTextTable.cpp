// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <QTest>

#include <clocale>

using namespace Qt::StringLiterals;
using OmsSync::Cli::TextTable;

// oms-sync's columns: widths as a terminal draws them, in a UTF-8 locale
// and in one that is not.
class TestTextTable : public QObject
{
    Q_OBJECT

private:
    // The cell at which each line's second column starts.
    static QList<int> secondColumnStarts(const QString& rendered)
    {
        QList<int> starts;
        for (const QString& line : rendered.split(u'\n')) {
            const qsizetype gap = line.indexOf(u"  "_s);
            qsizetype next = gap;
            while (next < line.size() && line.at(next) == u' ') {
                ++next;
            }
            starts.append(TextTable::displayWidth(line.left(next)));
        }
        return starts;
    }

private Q_SLOTS:
    void measuresInTerminalCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cells");

        QTest::newRow("ascii") << u"sync-task 1"_s << 11;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("Chinese") << u"同步任务"_s << 8;
        QTest::newRow("kana and hangul") << u"あア한"_s << 6;
        QTest::newRow("fullwidth") << u"ＡＢ"_s << 4;
        QTest::newRow("ideographic space") << u"a\u3000b"_s << 4;
        QTest::newRow("CJK extension B") << QString::fromUcs4(U"\U00020000x") << 3;
        QTest::newRow("combining acute") << u"e\u0301te\u0301"_s << 3;
        QTest::newRow("precomposed") << u"été"_s << 3;
        QTest::newRow("zero-width space") << u"a\u200Bb"_s << 2;
        QTest::newRow("zero-width joiner") << u"a\u200Db"_s << 2;
        QTest::newRow("emoji") << QString::fromUcs4(U"\U0001F600 ok") << 5;
        QTest::newRow("variation selector") << u"\u2764\uFE0F"_s << 1;
        QTest::newRow("control") << u"a\u0007b"_s << 2;
        QTest::newRow("mixed") << u"任务 task-1 ✓"_s << 13;
    }

    void measuresInTerminalCells()
    {
        QFETCH(QString, text);
        QFETCH(int, cells);
        QCOMPARE(TextTable::displayWidth(text), cells);
    }

    // LC_ALL=C, or no setlocale() at all: wcwidth() alone would give up on
    // everything past ASCII.
    void measuresTheSameWithoutAUtf8Locale()
    {
        const QByteArray before = std::setlocale(LC_CTYPE, nullptr);
        QVERIFY(std::setlocale(LC_CTYPE, "C"));
        const int chinese = TextTable::displayWidth(u"同步任务"_s);
        const int combining = TextTable::displayWidth(u"e\u0301"_s);
        const int emoji = TextTable::displayWidth(QString::fromUcs4(U"\U0001F600"));
        const QByteArray during = std::setlocale(LC_CTYPE, nullptr);
        std::setlocale(LC_CTYPE, before.constData());
        QCOMPARE(chinese, 8);
        QCOMPARE(combining, 1);
        QCOMPARE(emoji, 2);
        QCOMPARE(during, QByteArray("C")); // measuring left the locale alone
    }

    void alignsColumnsOfWideText()
    {
        TextTable table({u"ID"_s, u"NAME"_s, u"STATUS"_s});
        table.addRow({u"t-1"_s, u"同步任务"_s, u"SYNCHRONIZING"_s});
        table.addRow({u"t-22"_s, u"cafe\u0301 \u200B"_s, u"STOPPED"_s});
        table.addRow({u"t-333"_s, QString::fromUcs4(U"\U0001F600\U0001F600 x"), u"FAILED"_s});
        const QString rendered = table.render();
        const QStringList lines = rendered.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(secondColumnStarts(rendered), QList<int>(4, 7)); // "t-333" + two spaces
        // The third column too: the widest name is 8 cells.
        for (const QString& line : lines) {
            const qsizetype third = line.lastIndexOf(u"  "_s) + 2;
            QCOMPARE(TextTable::displayWidth(line.left(third)), 7 + 8 + 2);
        }
    }

    void keepsEachRowOnOneLine()
    {
        TextTable table({u"A"_s, u"B"_s});
        table.addRow({u"x"_s, u"two\nlines\tand tabs"_s});
        QCOMPARE(table.render(), u"A  B\nx  two lines and tabs"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "TestTextTable.moc"
