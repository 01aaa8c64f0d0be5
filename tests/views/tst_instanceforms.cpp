// The Instances row actions that open a form (Resize, Migrate, Rescue, Rebuild, Create Snapshot,
// interfaces, security groups, floating IPs), the plain ones beyond power (Shelve, Unshelve, Unrescue,
// Confirm/Revert Resize), and the Launch wizard's own Create/Import Key Pair: each gated with its reason,
// each form checking its fields as the engine does, each really changing the simulated hosts' instances.

#include "instancelab.h"
#include "viewhelpers.h"

#include "dialogs/createkeypairdialog.h"
#include "dialogs/instance/attachinterfacedialog.h"
#include "dialogs/instance/createsnapshotdialog.h"
#include "dialogs/instance/detachinterfacedialog.h"
#include "dialogs/instance/editsecuritygroupsdialog.h"
#include "dialogs/instance/imagechoicecombo.h"
#include "dialogs/instance/instancefloatingipdialogs.h"
#include "dialogs/instance/instancepasswordfields.h"
#include "dialogs/instance/migrateinstancedialog.h"
#include "dialogs/instance/rebuildinstancedialog.h"
#include "dialogs/instance/rescueinstancedialog.h"
#include "dialogs/instance/resizeinstancedialog.h"
#include "dialogs/privatekeydialog.h"
#include "panels/instanceactions.h"
#include "panels/instancespanel.h"
#include "wizards/launch/choicetable.h"
#include "wizards/launch/keypairpage.h"

#include "image/imageservice.h"
#include "network/floatingipservice.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace sd;
using A = InstanceAction;

class TestInstanceForms : public QObject
{
    Q_OBJECT

    test::InstanceLab lab;
    QString web;

    Instance instance(const QString &id)
    {
        auto i = lab.engine->instances().show(lab.admin, id);
        return i ? *i : Instance();
    }

    bool taskSucceeded(const QString &taskId)
    {
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            auto info = lab.engine->tasks().task(taskId);
            if (info && info->isFinished())
                return info->state == TaskState::Succeeded;
            QTest::qWait(20);
        }
        return false;
    }

    QList<Port> portsOf(const QString &id)
    {
        PortFilter filter;
        filter.deviceId = id;
        auto ports = lab.engine->ports().list(lab.admin, filter);
        return ports ? *ports : QList<Port>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        auto made = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web")));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE(made->status(), QStringLiteral("ACTIVE"));
        web = made->id;
    }

    void formActionsFollowTheGates()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceActions *actions = panel.actions();
        // Nothing selected: every form action says what it needs.
        QVERIFY(!actions->action(A::Resize)->isEnabled());
        QCOMPARE(actions->action(A::Resize)->toolTip(), QStringLiteral("Select one instance"));
        panel.selectInstances({QStringLiteral("web")});
        for (A a : {A::CreateImage, A::AttachInterface, A::DetachInterface, A::AddSecurityGroup, A::Rescue, A::Resize,
                    A::Migrate, A::Rebuild, A::AddFloatingIp, A::Shelve})
            QVERIFY2(actions->action(a)->isEnabled(), qPrintable(ActionGate::label(a)));
        QVERIFY(!actions->action(A::RemoveFloatingIp)->isEnabled());
        QCOMPARE(actions->action(A::RemoveFloatingIp)->toolTip(), QStringLiteral("Instance web has no floating IP"));
        QCOMPARE(actions->action(A::ConfirmResize)->toolTip(),
                 QStringLiteral("Instance web is ACTIVE: Confirm Resize/Migrate needs it VERIFY_RESIZE"));
        QVERIFY(!actions->action(A::Unshelve)->isEnabled());
        QVERIFY(!actions->action(A::Unrescue)->isEnabled());
        // Live migration is the administrators': hidden from a member, shown to an admin.
        QVERIFY(!actions->action(A::LiveMigrate)->isVisible());
        InstancesPanel admin(*lab.engine, lab.admin, InstanceModel::Scope::Admin);
        QVERIFY(admin.actions()->action(A::LiveMigrate)->isVisible());
        // Every action of the menu is one of the engine's (no dead entries).
        for (QAction *a : actions->menuActions())
            if (a)
                QVERIFY(!a->text().isEmpty());
    }

    void resizeChecksThenConfirms()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.selectInstances({QStringLiteral("web")});
        panel.actions()->action(A::Resize)->trigger();
        auto *dialog = test::openedDialog<ResizeInstanceDialog>(&panel);
        QVERIFY(dialog);
        // The current flavor is not offered.
        QCOMPARE(dialog->flavorCombo()->findText(QStringLiteral("m1.tiny")), -1);
        dialog->flavorCombo()->setCurrentIndex(dialog->flavorCombo()->findText(QStringLiteral("m1.small")));
        QVERIFY(dialog->detailsLabel()->text().contains(QStringLiteral("2 GB")));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("VERIFY_RESIZE")));
        QCOMPARE(instance(web).flavor.name, QStringLiteral("m1.small"));

        panel.selectInstances({QStringLiteral("web")});
        QAction *confirm = panel.actions()->action(A::ConfirmResize);
        QTRY_VERIFY(confirm->isEnabled());
        confirm->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("ACTIVE")));

        // Back to a smaller root disk is refused before the form is sent.
        panel.selectInstances({QStringLiteral("web")});
        panel.actions()->action(A::Resize)->trigger();
        QTRY_VERIFY(panel.findChildren<ResizeInstanceDialog *>().size() == 1);
        auto *again = panel.findChildren<ResizeInstanceDialog *>().constLast();
        again->flavorCombo()->setCurrentIndex(again->flavorCombo()->findText(QStringLiteral("m1.tiny")));
        QVERIFY(!again->okButton()->isEnabled());
        QCOMPARE(again->problemText(), QStringLiteral("Flavor m1.tiny has a 1 GB root disk, smaller than the "
                                                      "instance's 20 GB: a disk cannot shrink"));
        again->reject();
    }

    void snapshotBecomesAnImage()
    {
        CreateSnapshotDialog dialog(*lab.engine, lab.demo, instance(web));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("web-snapshot"));
        dialog.nameEdit()->setText(QString());
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.nameEdit()->setText(QStringLiteral("web-snap"));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QVERIFY(!dialog.taskId().isEmpty());
        QVERIFY(taskSucceeded(dialog.taskId()));
        auto image = lab.engine->images().show(lab.demo, QStringLiteral("web-snap"));
        QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().message));
        QCOMPARE(image->status, ImageStatus::Active);
        QCOMPARE(image->properties.value(QStringLiteral("image_type")), QStringLiteral("snapshot"));
        QCOMPARE(image->properties.value(QStringLiteral("instance_uuid")), web);
        // Rebuild offers it like any other image.
        RebuildInstanceDialog rebuild(*lab.engine, lab.demo, instance(web));
        QVERIFY(rebuild.imageCombo()->select(image->id));
    }

    void rescueAndUnrescue()
    {
        RescueInstanceDialog dialog(*lab.engine, lab.demo, instance(web));
        QVERIFY(dialog.imageCombo()->imageId().isEmpty()); // the instance's own image by default
        dialog.passwordFields()->passwordEdit()->setText(QStringLiteral("secret1"));
        dialog.passwordFields()->confirmEdit()->setText(QStringLiteral("secret2"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.problemText(), QStringLiteral("Passwords do not match."));
        dialog.passwordFields()->confirmEdit()->setText(QStringLiteral("secret1"));
        dialog.okButton()->click();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("RESCUE")));

        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.selectInstances({QStringLiteral("web")});
        QAction *unrescue = panel.actions()->action(A::Unrescue);
        QTRY_VERIFY(unrescue->isEnabled());
        QVERIFY(!panel.actions()->action(A::Rescue)->isEnabled());
        unrescue->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("ACTIVE")));
    }

    void rebuildFromAnotherImage()
    {
        RebuildInstanceDialog dialog(*lab.engine, lab.demo, instance(web));
        QVERIFY(dialog.imageCombo()->select(lab.imageId));
        dialog.okButton()->click();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("ACTIVE")));
        QCOMPARE(instance(web).imageId, lab.imageId);
    }

    void attachAndDetachInterface()
    {
        const int before = int(portsOf(web).size());
        AttachInterfaceDialog attach(*lab.engine, lab.demo, instance(web));
        QVERIFY(attach.networkCombo()->findText(QStringLiteral("private")) >= 0);
        // External networks take no instances.
        QCOMPARE(attach.networkCombo()->findText(QStringLiteral("public")), -1);
        attach.networkCombo()->setCurrentIndex(attach.networkCombo()->findText(QStringLiteral("private")));
        attach.fixedIpEdit()->setText(QStringLiteral("10.0.0.300"));
        QVERIFY(!attach.okButton()->isEnabled());
        QCOMPARE(attach.problemText(), QStringLiteral("Fixed IP Address '10.0.0.300': not an IP address"));
        attach.fixedIpEdit()->setText(QStringLiteral("10.0.0.77"));
        attach.okButton()->click();
        QTRY_COMPARE(portsOf(web).size(), before + 1);
        QTRY_VERIFY(std::any_of(instance(web).addresses.cbegin(), instance(web).addresses.cend(),
                                [](const InstanceAddress &a) { return a.address == QLatin1String("10.0.0.77"); }));

        DetachInterfaceDialog detach(*lab.engine, lab.demo, instance(web));
        const int entry = detach.portCombo()->findText(QStringLiteral("10.0.0.77"), Qt::MatchContains);
        QVERIFY(entry >= 0);
        detach.portCombo()->setCurrentIndex(entry);
        detach.okButton()->click();
        QTRY_COMPARE(portsOf(web).size(), before);
    }

    void editSecurityGroups()
    {
        auto group = lab.engine->securityGroups().create(lab.demo, QStringLiteral("web-servers"), QString());
        QVERIFY(group.ok());
        EditSecurityGroupsDialog dialog(*lab.engine, lab.demo, instance(web));
        QListWidget *list = dialog.groupList();
        QListWidgetItem *defaultGroup = nullptr;
        QListWidgetItem *webGroup = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("default")))
                defaultGroup = list->item(i);
            if (list->item(i)->text() == QLatin1String("web-servers"))
                webGroup = list->item(i);
        }
        QVERIFY(defaultGroup && webGroup);
        QCOMPARE(defaultGroup->checkState(), Qt::Checked);
        QCOMPARE(webGroup->checkState(), Qt::Unchecked);
        webGroup->setCheckState(Qt::Checked);
        dialog.okButton()->click();
        QTRY_VERIFY(portsOf(web).first().securityGroupIds.contains(group->id));
    }

    void floatingIpThroughTheInstance()
    {
        FloatingIpSpec spec;
        spec.network = QStringLiteral("public");
        auto fip = lab.engine->floatingIps().create(lab.demo, spec);
        QVERIFY2(fip.ok(), fip.ok() ? "" : qPrintable(fip.error().message));
        AssociateInstanceFloatingIpDialog associate(*lab.engine, lab.demo, instance(web));
        QVERIFY(associate.floatingIpCombo()->findText(fip->floatingIpAddress) >= 0);
        associate.floatingIpCombo()->setCurrentIndex(associate.floatingIpCombo()->findText(fip->floatingIpAddress));
        QVERIFY(associate.okButton()->isEnabled());
        associate.okButton()->click();
        QTRY_COMPARE(lab.engine->floatingIps().show(lab.demo, fip->id)->portId.isEmpty(), false);
        QTRY_VERIFY(std::any_of(instance(web).addresses.cbegin(), instance(web).addresses.cend(),
                                [](const InstanceAddress &a) { return a.floating; }));

        DisassociateInstanceFloatingIpDialog disassociate(*lab.engine, lab.demo, instance(web));
        QCOMPARE(disassociate.floatingIpCombo()->currentText(), fip->floatingIpAddress);
        disassociate.releaseBox()->setChecked(true);
        disassociate.okButton()->click();
        // Released: the address is gone from the project.
        QTRY_VERIFY(!lab.engine->floatingIps().show(lab.demo, fip->id).ok());
    }

    void shelveAndUnshelve()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.selectInstances({QStringLiteral("web")});
        panel.actions()->action(A::Shelve)->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("SHELVED_OFFLOADED")));
        panel.selectInstances({QStringLiteral("web")});
        QAction *unshelve = panel.actions()->action(A::Unshelve);
        QTRY_VERIFY(unshelve->isEnabled());
        unshelve->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("ACTIVE")));
    }

    void migrateFormForAdmins()
    {
        MigrateInstanceDialog member(*lab.engine, lab.demo, instance(web), false);
        QVERIFY(!member.hostCombo()); // members may not choose the host
        MigrateInstanceDialog admin(*lab.engine, lab.admin, instance(web), true);
        QVERIFY(admin.hostCombo());
        QVERIFY(admin.blockMigrationBox()->isChecked());
        // The current host is not offered.
        QCOMPARE(admin.hostCombo()->findText(instance(web).hostName), -1);
        admin.hostCombo()->setCurrentIndex(1);
        const QString target = admin.hostCombo()->currentData().toString();
        admin.okButton()->click();
        QVERIFY(lab.waitForStatus(lab.admin, web, QStringLiteral("ACTIVE")));
        QCOMPARE(instance(web).hostId, target);
    }

    void keyPairMadeInTheWizard()
    {
        QWidget parent;
        KeyPairPage page(*lab.engine, lab.demo, {}, &parent);
        QVERIFY(page.createButton()->isVisible() || !page.createButton()->isHidden());
        page.createButton()->click();
        auto *create = test::openedDialog<CreateKeyPairDialog>(&page);
        QVERIFY(create);
        create->nameEdit()->setText(QStringLiteral("wizard-key"));
        create->okButton()->click();
        // The private key is shown once; the new key pair is chosen for the launch.
        auto *shown = test::openedDialog<PrivateKeyDialog>(&page);
        QVERIFY(shown);
        QCOMPARE(page.table()->chosen(), QStringList{QStringLiteral("wizard-key")});
        LaunchSpec spec;
        page.contribute(spec);
        QCOMPARE(spec.keyName, QStringLiteral("wizard-key"));
    }
};

QTEST_MAIN(TestInstanceForms)
#include "tst_instanceforms.moc"
