// SPDX-License-Identifier: GPL-3.0-or-later
//
// The committed catalogs are what update_translations makes of the current
// sources, and the translated ones leave nothing unfinished: a new string
// without its translation, or a catalog nobody refreshed, fails here rather
// than reaching a user in English.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QStringList definedList(const char* joined)
{
    return QString::fromUtf8(joined).split(u'|', Qt::SkipEmptyParts);
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of <translation>: "", unfinished, vanished, obsolete
    QStringList translations; // one, or one per numerus form

    QString where() const
    {
        return context + u": \""_s + source + u'"'
            + (comment.isEmpty() ? QString() : u" ("_s + comment + u')');
    }
};

struct Catalog
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalog readCatalog(const QString& path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = file.errorString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                catalog.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus) {
                    message.translations.append(xml.readElementText());
                }
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalog.messages.append(message);
        }
    }
    if (xml.hasError()) {
        catalog.error = xml.errorString();
    }
    return catalog;
}

// %1 to %99 and %n, each as often as it appears.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

// "&F" marks a mnemonic, "&&" a literal ampersand.
int mnemonicCount(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
            } else if (!text.at(i + 1).isSpace()) {
                ++count;
            }
        }
    }
    return count;
}

// The numerus forms a catalog of this language has (Qt's plural rules).
int numerusForms(const QString& language)
{
    if (language.startsWith(u"zh"_s) || language.startsWith(u"ja"_s)
        || language.startsWith(u"ko"_s)) {
        return 1;
    }
    return 2;
}

} // namespace

class TestCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isCurrent_data()
    {
        QTest::addColumn<QString>("committed");
        QTest::addColumn<QStringList>("options");
        const QStringList options = definedList(OMS_SYNC_LUPDATE_OPTIONS);
        for (const QString& ts : definedList(OMS_SYNC_TRANSLATED_TS)) {
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts << options;
        }
        const QString source = QString::fromUtf8(OMS_SYNC_SOURCE_LANGUAGE_TS);
        QTest::newRow(qPrintable(QFileInfo(source).fileName()))
            << source << options + definedList(OMS_SYNC_LUPDATE_SOURCE_LANGUAGE_OPTIONS);
    }

    // lupdate over the current sources, on a copy: what it writes is what
    // update_translations would have committed.
    void isCurrent()
    {
        QFETCH(QString, committed);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(committed).fileName());
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // The project of the build, refreshing the copy.
        QFile projectFile(QString::fromUtf8(OMS_SYNC_LUPDATE_PROJECT));
        QVERIFY2(projectFile.open(QIODevice::ReadOnly), qPrintable(projectFile.fileName()));
        QJsonObject project = QJsonDocument::fromJson(projectFile.readAll()).object();
        QVERIFY(!project.value("sources"_L1).toArray().isEmpty());
        project.insert("translations"_L1, QJsonArray {copy});
        QFile projectCopy(dir.filePath(u"project.json"_s));
        QVERIFY(projectCopy.open(QIODevice::WriteOnly));
        projectCopy.write(QJsonDocument(project).toJson());
        projectCopy.close();

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::SeparateChannels);
        lupdate.start(QString::fromUtf8(OMS_SYNC_LUPDATE),
                      QStringList {u"-project"_s, projectCopy.fileName()} + options);
        QVERIFY2(lupdate.waitForFinished(300000), qPrintable(lupdate.errorString()));
        const QByteArray errors = lupdate.readAllStandardError();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 errors.constData());
        // lupdate warns of tr() calls it cannot read: such a string never
        // reaches a catalog.
        QVERIFY2(!errors.contains("arning") && !errors.contains("rror"), errors.constData());

        QFile before(committed);
        QFile after(copy);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QList<QByteArray> expected = after.readAll().split('\n');
        const QList<QByteArray> actual = before.readAll().split('\n');
        if (expected == actual) {
            return;
        }
        qsizetype line = 0;
        while (line < expected.size() && line < actual.size()
               && expected.at(line) == actual.at(line)) {
            ++line;
        }
        QFAIL(qPrintable(u"%1 does not match the sources (first difference at line %2: \"%3\", "
                         "refreshed: \"%4\"). Run `cmake --build <build dir> --target "
                         "update_translations` and translate what is new."_s.arg(committed)
                             .arg(line + 1)
                             .arg(QString::fromUtf8(actual.value(line).trimmed()),
                                  QString::fromUtf8(expected.value(line).trimmed()))));
    }

    void isComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& ts : definedList(OMS_SYNC_TRANSLATED_TS)) {
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
        }
    }

    // Every message translated, with its placeholders and its mnemonic, and
    // every plural form filled in.
    void isComplete()
    {
        QFETCH(QString, path);
        const Catalog catalog = readCatalog(path);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QVERIFY(!catalog.messages.isEmpty());
        const int forms = numerusForms(catalog.language);
        QStringList problems;
        for (const Message& message : catalog.messages) {
            if (!message.type.isEmpty()) {
                problems.append(message.type + u": "_s + message.where());
                continue;
            }
            if (message.translations.size() != (message.numerus ? forms : 1)) {
                problems.append(u"%1 forms instead of %2: "_s.arg(message.translations.size())
                                    .arg(message.numerus ? forms : 1)
                                + message.where());
                continue;
            }
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems.append(u"empty: "_s + message.where());
                } else if (placeholders(translation) != placeholders(message.source)) {
                    problems.append(u"placeholders differ in \""_s + translation + u"\": "_s
                                    + message.where());
                } else if (mnemonicCount(translation) != mnemonicCount(message.source)) {
                    problems.append(u"mnemonic lost or added in \""_s + translation + u"\": "_s
                                    + message.where());
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // English is the source: its catalog holds only the plural forms, and
    // all of them.
    void sourceLanguageHasEveryPluralForm()
    {
        const Catalog catalog = readCatalog(QString::fromUtf8(OMS_SYNC_SOURCE_LANGUAGE_TS));
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QVERIFY(!catalog.messages.isEmpty());
        QStringList problems;
        for (const Message& message : catalog.messages) {
            if (!message.numerus) {
                problems.append(u"not a plural message: "_s + message.where());
            } else if (!message.type.isEmpty()) {
                problems.append(message.type + u": "_s + message.where());
            } else if (message.translations.size() != 2) {
                problems.append(u"not two forms: "_s + message.where());
            } else {
                for (const QString& form : message.translations) {
                    if (placeholders(form) != placeholders(message.source)
                        || mnemonicCount(form) != mnemonicCount(message.source)) {
                        problems.append(u"\""_s + form + u"\" differs from "_s + message.where());
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCatalogs)
#include "TestCatalogs.moc"
