// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

class TestMessageBox : public QObject
{
    Q_OBJECT

private:
    static MessageBox::Question stopQuestion()
    {
        MessageBox::Question question;
        question.title = u"Stop Sync Tasks"_s;
        question.text = u"Pause “photos”?"_s;
        question.buttons = MessageBox::Stop | MessageBox::Cancel;
        question.defaultButton = MessageBox::Cancel;
        question.actionText = u"Stop Task"_s;
        return question;
    }

private Q_SLOTS:
    void answersInAdvanceOnce()
    {
        MessageBox::setNextAnswer(MessageBox::Stop);
        QCOMPARE(MessageBox::question(nullptr, stopQuestion()), MessageBox::Stop);
        QCOMPARE(MessageBox::lastQuestion().text, u"Pause “photos”?"_s);

        // The next one is a real box again: answer it by clicking.
        QString seenButton;
        QTimer::singleShot(0, this, [&seenButton] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton* button : box->buttons()) {
                if (button->text() == u"Stop Task") {
                    seenButton = button->text();
                    button->click();
                }
            }
        });
        QCOMPARE(MessageBox::question(nullptr, stopQuestion()), MessageBox::Stop);
        QCOMPARE(seenButton, u"Stop Task"_s);
    }

    void escapeMeansTheEscapeButton()
    {
        QTimer::singleShot(0, this, [] {
            QWidget* box = QApplication::activeModalWidget();
            QVERIFY(box);
            QTest::keyClick(box, Qt::Key_Escape);
        });
        QCOMPARE(MessageBox::question(nullptr, stopQuestion()), MessageBox::Cancel);
    }
};

QTEST_MAIN(TestMessageBox)
#include "TestMessageBox.moc"
