// SPDX-License-Identifier: GPL-3.0-or-later
#include "NaturalOrder.h"

#include <QCollator>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// Names made of what the order settles itself, with a little of what it
// must hand to the collator.
class NameGenerator
{
public:
    explicit NameGenerator(quint32 seed)
        : m_random(seed)
    { }

    QString name(int maxLength)
    {
        QString text;
        const int length = int(m_random.bounded(maxLength + 1));
        while (text.size() < length) {
            const quint32 kind = m_random.bounded(100);
            if (kind < 35) {
                text += QChar(char16_t((m_random.bounded(2) ? u'a' : u'A') + m_random.bounded(26)));
            } else if (kind < 60) {
                // Runs of digits, with leading zeros now and then.
                const int digits = 1 + int(m_random.bounded(4));
                for (int i = 0; i < digits; ++i) {
                    text += QChar(char16_t(u'0' + m_random.bounded(m_random.bounded(3) ? 10 : 2)));
                }
            } else if (kind < 75) {
                text +=
                    QChar(char16_t(0x20 + m_random.bounded(0x7F - 0x20))); // any printable ASCII
            } else if (kind < 82) {
                text += u' ';
            } else if (kind < 90) {
                text += u"腾讯云华为同步图片"[m_random.bounded(9)];
            } else if (kind < 97) {
                // Anywhere in the block, both ends included.
                text += QChar(char16_t(0x4E00 + m_random.bounded(0x9FFF - 0x4E00 + 1)));
            } else {
                // What only the collator knows: accents, combining marks,
                // full-width forms, a tab.
                text += u"éÅ\u0301\u0338ｅ。\tß"[m_random.bounded(9)];
            }
        }
        return text;
    }

    // A name that starts as `other` does, for as long as a random prefix.
    QString sibling(const QString& other, int maxTail)
    {
        return QString(other.first(int(m_random.bounded(other.size() + 1))) + name(maxTail));
    }

    quint32 bounded(quint32 bound) { return m_random.bounded(bound); }

private:
    QRandomGenerator m_random;
};

// Empty when both order `a` and `b` alike.
QString disagreement(const NaturalOrder& order, const QCollator& collator, const QString& a,
                     const QString& b)
{
    const int expected = sign(collator.compare(a, b));
    const int actual = sign(order.compare(a, b));
    if (actual == expected) {
        return {};
    }
    return u"\"%1\" against \"%2\": %3, the collator says %4"_s.arg(a, b, QString::number(actual),
                                                                    QString::number(expected));
}

} // namespace

class TestNaturalOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheCollator_data()
    {
        QTest::addColumn<QString>("locale");
        for (const QString& name : {u"en_US"_s, u"en_GB"_s, u"zh_CN"_s, u"zh_TW"_s, u"zh_HK"_s,
                                    u"de_DE"_s, u"da_DK"_s, u"tr_TR"_s, u"C"_s}) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    // The whole point: the same answers as the collator it stands in for,
    // on random names and on names that share a beginning (where a walk
    // along both goes wrong, if it does).
    void agreesWithTheCollator()
    {
        QFETCH(QString, locale);
        QCollator collator {QLocale(locale)};
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const NaturalOrder order {QLocale(locale)};

        // Every pair of characters it settles, alone and between others.
        QString characters = u"腾华一\u9FFF"_s;
        for (char16_t c = 0x20; c < 0x7F; ++c) {
            characters += QChar(c);
        }
        for (const QChar first : std::as_const(characters)) {
            for (const QChar second : std::as_const(characters)) {
                for (const QString& a : {QString(first), QString(u"x"_s + first + u"2"_s)}) {
                    const QString b =
                        a.size() == 1 ? QString(second) : QString(u"x"_s + second + u"10"_s);
                    const QString problem = disagreement(order, collator, a, b);
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                }
            }
        }

        NameGenerator names(20261205);
        int settledWithoutCollator = 0;
        constexpr int pairs = 60000;
        for (int round = 0; round < pairs; ++round) {
            const QString a = names.name(12);
            const QString b = names.bounded(2) ? names.sibling(a, 6) : names.name(12);
            const QString problem = disagreement(order, collator, a, b);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const NaturalOrder fresh {QLocale(locale)};
            fresh.compare(a, b);
            settledWithoutCollator += fresh.hasLoadedCollator() ? 0 : 1;
        }
        // Most pairs in English and Chinese never reach the collator (or
        // this test compared it with itself); all do elsewhere.
        const QLocale::Language language = QLocale(locale).language();
        if (language == QLocale::English || language == QLocale::Chinese) {
            QVERIFY2(settledWithoutCollator > pairs / 2,
                     qPrintable(QString::number(settledWithoutCollator)));
        } else {
            QCOMPARE(settledWithoutCollator, 0);
        }
    }

    // The demo's names (one of them Chinese) sort at start-up without
    // loading the collator, in either language of the application.
    void sortsTheDemoWithoutTheCollator()
    {
        QStringList names {u"Product images and videos from Aliyun OSS"_s,
                           u"Nightly analytics logs from Amazon S3"_s,
                           u"腾讯云 COS 图片库同步到华为云 OBS"_s,
                           u"Video library through the Qiniu CDN"_s,
                           u"Azure Blob backups (paused for the audit)"_s};
        for (const QString& locale : {u"en_US"_s, u"zh_CN"_s}) {
            const NaturalOrder order {QLocale(locale)};
            std::sort(names.begin(), names.end(), [&order](const QString& a, const QString& b) {
                return order.compare(a, b) < 0;
            });
            QVERIFY2(!order.hasLoadedCollator(), qPrintable(locale));
            QCOMPARE(names.indexOf(u"腾讯云 COS 图片库同步到华为云 OBS"_s),
                     locale == u"en_US"_s ? 4 : 0);
        }
    }

    void sortsNumbersByValueAndCaseAside()
    {
        const NaturalOrder order {QLocale(u"en_US"_s)};
        QVERIFY(order.compare(u"task 9", u"task 10") < 0);
        QVERIFY(order.compare(u"Task 10", u"task 9") > 0);
        QCOMPARE(order.compare(u"backup 007", u"Backup 7"), 0);
        QVERIFY(order.compare(u"logs", u"logs-2024") < 0);
        QVERIFY(order.compare(u"logs 2024", u"logs-2024") < 0); // space, then punctuation
        QVERIFY(order.compare(u"logs-2024", u"logs2024") < 0);
        QVERIFY(!order.hasLoadedCollator());
    }

    void placesChineseNamesByTheLocale()
    {
        // English puts Latin letters before ideographs; Chinese the other way.
        const NaturalOrder english {QLocale(u"en_US"_s)};
        QVERIFY(english.compare(u"Video library", u"腾讯云 COS") < 0);
        const NaturalOrder chinese {QLocale(u"zh_CN"_s)};
        QVERIFY(chinese.compare(u"Video library", u"腾讯云 COS") > 0);
        QVERIFY(chinese.compare(u"2024 备份", u"腾讯云 COS") < 0); // digits first in both
        QVERIFY(!chinese.hasLoadedCollator());
        // Two ideographs take pinyin: hua (华) before teng (腾).
        QVERIFY(chinese.compare(u"腾讯云", u"华为云") > 0);
        QVERIFY(chinese.hasLoadedCollator());
    }
};

QTEST_GUILESS_MAIN(TestNaturalOrder)
#include "TestNaturalOrder.moc"
