// Admin › Volume › Volume Types: the demo lab's `standard` type with its pool, Create Volume Type with the
// pool option fields of each pool type (required ones marked, a bad path refused with the engine's words),
// Edit, View/Manage Extra Specs, Edit Access of a private type, and Delete refused while volumes use it.

#include "viewhelpers.h"
#include "viewtestlab.h"
#include "volumelab.h"

#include "dialogs/createvolumetypedialog.h"
#include "dialogs/editvolumetypedialog.h"
#include "dialogs/metadatadialog.h"
#include "dialogs/volumetypeaccessdialog.h"
#include "models/volumetypemodel.h"
#include "panels/tablepane.h"
#include "panels/volumetypeactions.h"
#include "panels/volumetypespanel.h"
#include "widgets/projectpicker.h"

#include "volume/volumestorage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace sd;

class TestVolumeTypesPanel : public QObject
{
    Q_OBJECT

    test::VolumeLab lab;
    QTemporaryDir pool;

    static int rowOf(const QAbstractItemModel *model, const QString &name)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == name)
                return r;
        return -1;
    }
    std::optional<VolumeType> type(const QString &name)
    {
        auto t = lab.engine->volumeTypes().show(lab.admin, name);
        return t ? std::optional<VolumeType>(*t) : std::nullopt;
    }
    CreateVolumeTypeDialog *openCreate(VolumeTypesPanel &panel)
    {
        panel.actions()->createAction()->trigger();
        return test::openedDialog<CreateVolumeTypeDialog>(&panel);
    }
    // The label the form shows beside a pool option's field.
    static QString labelOf(QLineEdit *edit)
    {
        auto *form = qobject_cast<QFormLayout *>(edit->parentWidget()->layout());
        auto *label = form ? qobject_cast<QLabel *>(form->labelForField(edit)) : nullptr;
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        QVERIFY(pool.isValid());
    }

    void standardTypeShowsItsPool()
    {
        VolumeTypesPanel panel(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(
            test::headerTexts(panel.model()),
            (QStringList{QStringLiteral("Name"), QStringLiteral("Description"), QStringLiteral("Pool Type"),
                         QStringLiteral("Pool"), QStringLiteral("Public"), QStringLiteral("Extra Specs")}));
        const int r = rowOf(panel.model(), QStringLiteral("standard"));
        QVERIFY(r >= 0);
        const auto cell = [&](int c) { return panel.model()->index(r, c).data().toString(); };
        QCOMPARE(cell(VolumeTypeModel::PoolType), QStringLiteral("Directory (dir)"));
        QCOMPARE(cell(VolumeTypeModel::Pool), QStringLiteral("stackdesk-vt-standard"));
        QCOMPARE(cell(VolumeTypeModel::Public), QStringLiteral("Yes"));
        QVERIFY(panel.model()
                    ->index(r, VolumeTypeModel::Pool)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::fromLatin1(VolumeTypeService::kDefaultPath)));
        // Members have no such panel's actions: types are the administrators'.
        VolumeTypeActions member(*lab.engine, lab.demo, &panel);
        QVERIFY(!member.createAction()->isVisible());
        QVERIFY(!member.deleteAction()->isVisible());
    }

    void optionFieldsFollowThePoolType()
    {
        VolumeTypesPanel panel(*lab.engine, lab.admin);
        auto *dialog = openCreate(panel);
        QVERIFY(dialog);
        QComboBox *types = dialog->poolTypeCombo();
        QCOMPARE(types->count(), poolTypeNames().size());
        for (int i = 0; i < types->count(); ++i) {
            types->setCurrentIndex(i);
            const PoolType poolType = *poolTypeFromName(types->itemData(i).toString());
            QStringList expected;
            for (const VolumeStorage::PoolOption &o : VolumeStorage::poolOptions(poolType)) {
                const QString key = QString::fromLatin1(o.key);
                expected << key;
                QLineEdit *edit = dialog->optionEdit(key);
                QVERIFY2(edit, qPrintable(key));
                QCOMPARE(labelOf(edit), o.required ? key + QStringLiteral(" *") : key);
                QVERIFY(!edit->toolTip().isEmpty());
            }
            expected.sort();
            QStringList shown = dialog->optionKeys();
            shown.sort();
            QCOMPARE(shown, expected);
        }
        // An NFS pool without its server is refused, naming the field.
        types->setCurrentIndex(types->findData(QStringLiteral("netfs")));
        dialog->nameEdit()->setText(QStringLiteral("shared-nfs"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("source_host")),
                 qPrintable(dialog->problemText()));
        // Back to dir: the path typed before (or the default) is still there.
        types->setCurrentIndex(types->findData(QStringLiteral("dir")));
        QCOMPARE(dialog->optionEdit(QStringLiteral("path"))->text(),
                 QString::fromLatin1(VolumeTypeService::kDefaultPath));
        dialog->reject();
    }

    void badPathIsRefusedWithTheReason()
    {
        VolumeTypesPanel panel(*lab.engine, lab.admin);
        auto *dialog = openCreate(panel);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("fast"));
        dialog->poolTypeCombo()->setCurrentIndex(dialog->poolTypeCombo()->findData(QStringLiteral("dir")));
        QLineEdit *path = dialog->optionEdit(QStringLiteral("path"));
        path->setText(QStringLiteral("relative/dir"));
        QVERIFY(!dialog->okButton()->isEnabled());
        const QString problem = dialog->problemText();
        QVERIFY2(problem.contains(QStringLiteral("relative/dir")), qPrintable(problem));
        QCOMPARE(dialog->okButton()->toolTip(), problem);
        // A bad extra spec line is named by its number.
        path->setText(pool.path());
        dialog->extraSpecsEdit()->setPlainText(QStringLiteral("volume_backend_name=fast\nno equals sign"));
        QVERIFY(dialog->problemText().startsWith(QStringLiteral("Extra specs line 2")));
        dialog->extraSpecsEdit()->setPlainText(QStringLiteral("volume_backend_name=fast"));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
        dialog->okButton()->click();
        // The pool is prepared on the hosts by a task; the dialog closes when it has succeeded.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreparing(), 20000);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_VERIFY(rowOf(panel.model(), QStringLiteral("fast")) >= 0);
        auto fast = type(QStringLiteral("fast"));
        QVERIFY(fast);
        QCOMPARE(fast->poolType, PoolType::Dir);
        QCOMPARE(fast->poolOptions.value(QStringLiteral("path")), pool.path());
        QCOMPARE(fast->extraSpecs.value(QStringLiteral("volume_backend_name")), QStringLiteral("fast"));
        // The new row is selected, so its actions are at hand.
        QCOMPARE(panel.selectedTypes().size(), 1);
        QCOMPARE(panel.selectedTypes().first().name, QStringLiteral("fast"));
    }

    void editMakesATypePrivateAndAccessFollows()
    {
        VolumeTypesPanel panel(*lab.engine, lab.admin);
        panel.table()->selectByName({QStringLiteral("fast")});
        QAction *access = panel.actions()->accessAction();
        QVERIFY(!access->isEnabled());
        QVERIFY(access->toolTip().contains(QStringLiteral("is public")));
        panel.actions()->editAction()->trigger();
        auto *edit = test::openedDialog<EditVolumeTypeDialog>(&panel);
        QVERIFY(edit);
        edit->descriptionEdit()->setText(QStringLiteral("SSD pool"));
        edit->publicCheck()->setChecked(false);
        edit->okButton()->click();
        QVERIFY2(edit->errorText().isEmpty(), qPrintable(edit->errorText()));
        QTRY_COMPARE(panel.model()
                         ->index(rowOf(panel.model(), QStringLiteral("fast")), VolumeTypeModel::Public)
                         .data()
                         .toString(),
                     QStringLiteral("No"));
        QCOMPARE(type(QStringLiteral("fast"))->description, QStringLiteral("SSD pool"));
        panel.table()->selectByName({QStringLiteral("fast")});
        QVERIFY(access->isEnabled());
        access->trigger();
        auto *dialog = test::openedDialog<VolumeTypeAccessDialog>(&panel);
        QVERIFY(dialog);
        dialog->picker()->choose(QStringLiteral("demo"));
        dialog->saveButton()->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QCOMPARE(type(QStringLiteral("fast"))->projectIds, QStringList{lab.demo.projectId});
    }

    void extraSpecsAreManagedInTheMetadataDialog()
    {
        VolumeTypesPanel panel(*lab.engine, lab.admin);
        panel.table()->selectByName({QStringLiteral("fast")});
        panel.actions()->extraSpecsAction()->trigger();
        auto *dialog = panel.findChild<MetadataDialog *>(QStringLiteral("VolumeTypeExtraSpecsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->currentValues().value(QStringLiteral("volume_backend_name")),
                 QStringLiteral("fast"));
        dialog->keyEdit()->setText(QStringLiteral("tier"));
        dialog->valueEdit()->setText(QStringLiteral("gold"));
        dialog->addButton()->click();
        QVERIFY(dialog->removeKey(QStringLiteral("volume_backend_name")));
        dialog->saveButton()->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        const QMap<QString, QString> specs = type(QStringLiteral("fast"))->extraSpecs;
        QCOMPARE(specs, (QMap<QString, QString>{{QStringLiteral("tier"), QStringLiteral("gold")}}));
        QTRY_COMPARE(panel.model()
                         ->index(rowOf(panel.model(), QStringLiteral("fast")), VolumeTypeModel::ExtraSpecs)
                         .data()
                         .toString(),
                     QStringLiteral("tier=gold"));
    }

    void deleteIsRefusedWhileVolumesUseIt()
    {
        VolumeSpec spec;
        spec.name = QStringLiteral("on-fast");
        spec.sizeGb = 1;
        spec.type = QStringLiteral("fast");
        auto made = lab.engine->volumes().create(lab.demo, spec);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QVERIFY(lab.waitForVolume(made->id, VolumeStatus::Available));

        VolumeTypesPanel panel(*lab.engine, lab.admin);
        QSignalSpy notes(&panel, &Panel::notify);
        panel.table()->selectByName({QStringLiteral("fast")});
        panel.actions()->deleteAction()->trigger();
        auto *box = panel.findChild<QMessageBox *>(QStringLiteral("DeleteVolumeTypeConfirmation"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Delete volume type fast?"));
        test::destructiveButton(box)->click();
        // The engine's refusal is shown (a notification), and the type stays.
        QTRY_COMPARE(notes.count(), 1);
        const QString message = notes.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("fast")), qPrintable(message));
        QTest::qWait(100);
        QVERIFY(type(QStringLiteral("fast")));
        QVERIFY(rowOf(panel.model(), QStringLiteral("fast")) >= 0);

        // Without its volume the same delete goes through.
        auto removed = lab.engine->volumes().remove(lab.demo, made->id);
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message));
        QVERIFY(lab.waitUntil([&] { return !lab.engine->volumes().show(lab.admin, made->id).ok(); }));
        panel.table()->selectByName({QStringLiteral("fast")});
        panel.actions()->deleteAction()->trigger();
        for (auto *b : panel.findChildren<QMessageBox *>(QStringLiteral("DeleteVolumeTypeConfirmation")))
            if (b->isVisible())
                box = b;
        test::destructiveButton(box)->click();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(panel.model(), QStringLiteral("fast")), -1, 20000);
        QCOMPARE(notes.count(), 1);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SD_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("SD_SHOTS_DIR not set: no screenshot wanted");
        VolumeTypeSpec fast;
        fast.name = QStringLiteral("fast-ssd");
        fast.description = QStringLiteral("SSDs of every host");
        fast.poolOptions = {{QStringLiteral("path"), pool.path()}};
        fast.extraSpecs = {{QStringLiteral("volume_backend_name"), QStringLiteral("ssd")}};
        QVERIFY(lab.engine->volumeTypes().create(lab.admin, fast).ok());
        VolumeTypesPanel panel(*lab.engine, lab.admin);
        panel.resize(1100, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(rowOf(panel.model(), QStringLiteral("fast-ssd")) >= 0);
        panel.table()->selectByName({QStringLiteral("fast-ssd")});
        QVERIFY(panel.grab().save(dir + QStringLiteral("/volumetypes.png")));
        auto *dialog = openCreate(panel);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("nfs-share"));
        dialog->poolTypeCombo()->setCurrentIndex(dialog->poolTypeCombo()->findData(QStringLiteral("netfs")));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/createvolumetype.png")));
        dialog->reject();
    }
};

SD_GUI_TEST_MAIN(TestVolumeTypesPanel)
#include "tst_volumetypespanel.moc"
