// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "ProfileController.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "TwoLineDelegate.h"

#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

class TestProfileListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Profile profile(const QString& name, const QString& region)
    {
        Profile p;
        p.name = name;
        p.regionId = region;
        p.accountName = u"acme"_s;
        p.userName = u"alice"_s;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void listsProfilesInOrderWithRegionAndAccount()
    {
        ProfileStore store(m_dir.filePath(u"list.ini"_s));
        SecretStore secrets;
        secrets.setSessionOnly(true);
        Profile beijing = profile(u"Beijing4"_s, u"cn-north-4"_s);
        Profile shanghai = profile(u"Shanghai1"_s, u"cn-east-3"_s);
        shanghai.authMethod = AuthMethod::AkSk;
        shanghai.accessKeyId = u"AKID"_s;
        QVERIFY(!store.add(beijing).isError());
        QVERIFY(!store.add(shanghai).isError());
        ProfileService service(&store, &secrets);
        ProfileController controller(&service);
        ProfileListModel model(&controller);
        const auto tester = Test::modelTester(&model);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Beijing4"_s);
        QCOMPARE(model.index(0, 0).data(TwoLineDelegate::SecondaryTextRole).toString(),
                 u"CN North-Beijing4 · acme / alice"_s);
        QCOMPARE(model.index(1, 0).data(TwoLineDelegate::SecondaryTextRole).toString(),
                 u"CN East-Shanghai1 · AK AKID"_s);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"cn-east-3"_s));
        QCOMPARE(model.profileId(model.index(1, 0)), shanghai.id);
        QCOMPARE(model.indexOf(shanghai.id).row(), 1);

        // Reordered in the store: the model follows.
        QVERIFY(!controller.moveProfile(shanghai.id, 0).isError());
        QCOMPARE(model.index(0, 0).data().toString(), u"Shanghai1"_s);
    }

    void followsProfilesAddedAndRemoved()
    {
        ProfileStore store(m_dir.filePath(u"changes.ini"_s));
        SecretStore secrets;
        secrets.setSessionOnly(true);
        ProfileService service(&store, &secrets);
        ProfileController controller(&service);
        ProfileListModel model(&controller);
        const auto tester = Test::modelTester(&model);
        QCOMPARE(model.rowCount(), 0);

        const auto ignore = [](const ApiError&) {
        };
        Profile beijing = profile(u"Beijing4"_s, u"cn-north-4"_s);
        QVERIFY(!controller.saveProfile(beijing, u"secret"_s, this, ignore).isError());
        QCOMPARE(model.rowCount(), 1);
        Profile shanghai = profile(u"Shanghai1"_s, u"cn-east-3"_s);
        QVERIFY(!controller.saveProfile(shanghai, {}, this, ignore).isError());
        QCOMPARE(model.rowCount(), 2);
        // Renamed: the same row, another name.
        beijing.name = u"Beijing"_s;
        QVERIFY(!controller.saveProfile(beijing, {}, this, ignore).isError());
        QCOMPARE(model.index(0, 0).data().toString(), u"Beijing"_s);
        Profile copy;
        QVERIFY(!controller.duplicateProfile(beijing.id, &copy, this, ignore).isError());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!controller.moveProfile(copy.id, 0).isError());
        QCOMPARE(model.profileId(model.index(0, 0)), copy.id);

        bool removed = false;
        controller.removeProfile(shanghai.id, this, [&removed](const ApiError& error) {
            QVERIFY(!error.isError());
            removed = true;
        });
        QTRY_VERIFY(removed);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.indexOf(shanghai.id).isValid());
    }

    void showsTheSignInState()
    {
        ProfileStore store(m_dir.filePath(u"state.ini"_s));
        SecretStore secrets;
        secrets.setSessionOnly(true);
        Profile beijing = profile(u"Beijing4"_s, u"cn-north-4"_s);
        QVERIFY(!store.add(beijing).isError());
        ProfileService service(&store, &secrets);
        ProfileController controller(&service);
        ProfileListModel model(&controller);
        const auto tester = Test::modelTester(&model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex index = model.index(0, 0);
        QCOMPARE(index.data(ProfileListModel::SignInStateRole).toInt(),
                 int(ProfileController::SignInState::Idle));
        const QImage idle = index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();

        controller.markConnecting(beijing.id);
        QCOMPARE(index.data(ProfileListModel::SignInStateRole).toInt(),
                 int(ProfileController::SignInState::Connecting));
        controller.reportOutcome(beijing.id, ApiError::fromHttpReply(401, "{}"_ba, "rid"_ba));
        QCOMPARE(index.data(ProfileListModel::SignInStateRole).toInt(),
                 int(ProfileController::SignInState::Failed));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"401"_s));
        QVERIFY(index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage() != idle);
        controller.reportOutcome(beijing.id, {});
        QCOMPARE(index.data(ProfileListModel::SignInStateRole).toInt(),
                 int(ProfileController::SignInState::Connected));
        QCOMPARE(changed.size(), 3);
        // A refused start is not a sign-in problem.
        controller.reportOutcome(beijing.id, ApiError::fromHttpReply(400, "{}"_ba, {}));
        QCOMPARE(index.data(ProfileListModel::SignInStateRole).toInt(),
                 int(ProfileController::SignInState::Connected));
    }
};

QTEST_MAIN(TestProfileListModel)
#include "TestProfileListModel.moc"
