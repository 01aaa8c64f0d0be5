#pragma once

// The flavors part of sd_screenshots: Admin › Compute › Flavors with a private flavor and one with extra
// specs, the Create Flavor wizard's two steps (and a refused field), Update Metadata, Modify Access,
// Edit Flavor and the delete confirmation.

#include "dialogs/editflavordialog.h"
#include "dialogs/flavoraccessdialog.h"
#include "dialogs/flavorform.h"
#include "dialogs/metadatadialog.h"
#include "mainwindow.h"
#include "panels/flavoractions.h"
#include "panels/flavorspanel.h"
#include "panels/tablepane.h"
#include "widgets/projectpicker.h"
#include "wizards/createflavor/createflavorwizard.h"
#include "wizards/createflavor/flavoraccesspage.h"
#include "wizards/createflavor/flavorinfopage.h"

#include "compute/flavorservice.h"
#include "engine.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

namespace sd::test {

inline void seedFlavors(Engine &engine, const RequestContext &admin)
{
    FlavorSpec gpu;
    gpu.name = QStringLiteral("g1.large");
    gpu.description = QStringLiteral("One GPU, for the machine-learning course");
    gpu.vcpus = 8;
    gpu.ramMb = 32768;
    gpu.diskGb = 100;
    gpu.ephemeralGb = 200;
    gpu.swapMb = 4096;
    gpu.isPublic = false;
    gpu.projects = {QStringLiteral("demo")};
    gpu.extraSpecs = {{QStringLiteral("pci_passthrough:alias"), QStringLiteral("a100:1")},
                      {QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}};
    (void)engine.flavors().create(admin, gpu);
    (void)engine.flavors().setExtraSpecs(admin, QStringLiteral("m1.small"),
                                         {{QStringLiteral("hw:mem_page_size"), QStringLiteral("large")}});
}

// save: the caller's function that waits a moment and writes widget's PNG.
template <typename Save>
bool shootFlavors(Engine &engine, const RequestContext &admin, MainWindow &window, const QString &out,
                  Save save)
{
    seedFlavors(engine, admin);
    bool ok = window.showPanel(QStringLiteral("admin/flavors"));
    auto *panel = window.findChild<FlavorsPanel *>();
    if (!panel)
        return false;
    panel->table()->selectByName({QStringLiteral("g1.large")});
    ok = save(&window, out + QStringLiteral("/flavors.png")) && ok;

    {
        CreateFlavorWizard wizard(engine, admin, &window);
        wizard.show();
        ok = QTest::qWaitForWindowExposed(&wizard) && ok;
        FlavorForm *form = wizard.infoPage()->form();
        QTest::keyClicks(form->nameEdit(), QStringLiteral("m1.small"));
        form->vcpusBox()->setValue(0);
        ok = save(&wizard, out + QStringLiteral("/createflavor-invalid.png")) && ok;
        form->nameEdit()->setText(QStringLiteral("c1.compile"));
        form->vcpusBox()->setValue(4);
        form->ramBox()->setValue(6144);
        form->rootDiskBox()->setValue(20);
        form->swapBox()->setValue(1024);
        form->descriptionEdit()->setPlainText(QStringLiteral("Build machines for the C++ course"));
        ok = save(&wizard, out + QStringLiteral("/createflavor.png")) && ok;
        wizard.next();
        wizard.accessPage()->picker()->choose(QStringLiteral("demo"));
        ok = save(&wizard, out + QStringLiteral("/createflavor-access.png")) && ok;
        wizard.reject();
    }

    panel->table()->selectByName({QStringLiteral("g1.large")});
    panel->actions()->metadataAction()->trigger();
    if (auto *metadata = panel->findChild<MetadataDialog *>()) {
        ok = QTest::qWaitForWindowExposed(metadata) && ok;
        metadata->removeKey(QStringLiteral("hw:cpu_policy"));
        metadata->keyEdit()->setText(QStringLiteral("bad key!"));
        ok = save(metadata, out + QStringLiteral("/flavormetadata.png")) && ok;
        metadata->reject();
    } else {
        ok = false;
    }

    panel->actions()->accessAction()->trigger();
    if (auto *access = panel->findChild<FlavorAccessDialog *>()) {
        ok = QTest::qWaitForWindowExposed(access) && ok;
        ok = save(access, out + QStringLiteral("/flavoraccess.png")) && ok;
        access->reject();
    } else {
        ok = false;
    }

    panel->actions()->editAction()->trigger();
    if (auto *edit = panel->findChild<EditFlavorDialog *>()) {
        ok = QTest::qWaitForWindowExposed(edit) && ok;
        ok = save(edit, out + QStringLiteral("/editflavor.png")) && ok;
        edit->reject();
    } else {
        ok = false;
    }

    panel->table()->selectByName({QStringLiteral("m1.tiny"), QStringLiteral("g1.large")});
    panel->actions()->deleteAction()->trigger();
    if (auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteFlavorConfirmation"))) {
        ok = QTest::qWaitForWindowExposed(box) && ok;
        ok = save(box, out + QStringLiteral("/deleteflavors.png")) && ok;
        box->reject();
    } else {
        ok = false;
    }
    // The hover text of a public flavor's disabled Modify Access, as the toolbar would show it.
    panel->table()->selectByName({QStringLiteral("m1.tiny")});
    qInfo().noquote() << "Modify Access on m1.tiny:" << panel->actions()->accessAction()->toolTip();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ok;
}

} // namespace sd::test
