// Project › Compute › Images and Admin › Compute › Images: the table, Create Image with real qcow2 files
// (and a URL), Edit, Update Metadata, Manage Members, Delete, Deactivate/Reactivate, the details window,
// and what a member of another project sees.

#include "imagefiles.h"
#include "tinyhttpserver.h"
#include "units.h"
#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/createimagedialog.h"
#include "dialogs/editimagedialog.h"
#include "dialogs/imagedetailsdialog.h"
#include "dialogs/imagemembersdialog.h"
#include "dialogs/metadatadialog.h"
#include "models/imagefilterproxy.h"
#include "models/imagemodel.h"
#include "panels/imageactions.h"
#include "panels/imagedetailsview.h"
#include "panels/imagespanel.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/projectpicker.h"
#include "widgets/visibilitycombo.h"

#include "identity/projectservice.h"
#include "image/imageservice.h"
#include "tasks/taskrunner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace sd;

class TestImagesPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    test::ImageFiles files;
    std::unique_ptr<ImagesPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    // The text of column `column` in the row of image `name`, as the panel shows it.
    static QString cell(const ImagesPanel &p, const QString &name, ImageModel::Column column)
    {
        const int nameColumn = p.model()->columnOf(ImageModel::Name);
        for (int row = 0; row < p.proxy()->rowCount(); ++row)
            if (p.proxy()->index(row, nameColumn).data().toString() == name)
                return p.proxy()->index(row, p.model()->columnOf(column)).data().toString();
        return QStringLiteral("<no row %1>").arg(name);
    }

    static QStringList names(const ImagesPanel &p)
    {
        QStringList list;
        for (int row = 0; row < p.proxy()->rowCount(); ++row)
            list.append(p.proxy()->index(row, p.model()->columnOf(ImageModel::Name)).data().toString());
        list.sort();
        return list;
    }

    // Closed dialogs delete themselves later; finish that, so findChild() finds the next one.
    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    static void clickDestructive(QMessageBox *box)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    }

    // An active image stored directly through the engine, for tests about everything after the upload.
    Image imported(const RequestContext &ctx, const QString &name, ImageVisibility visibility)
    {
        ImageSpec spec;
        spec.name = name;
        spec.visibility = visibility;
        spec.sourceFile = files.qcow2(name + QStringLiteral(".qcow2"));
        auto image = lab.engine->images().importNow(ctx, spec);
        if (!image)
            qWarning() << image.error().message;
        return image ? *image : Image();
    }

    CreateImageDialog *openCreateDialog()
    {
        deleteClosedDialogs();
        panel->actions()->createAction()->trigger();
        return panel->findChild<CreateImageDialog *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(files.dir.isValid());
        QVERIFY2(ImageInspector::qemuImgAvailable(), "qemu-img is needed to make and check test images");
        QVERIFY(lab.open());
        panel = std::make_unique<ImagesPanel>(*lab.engine, lab.admin, ImageModel::Scope::Project);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1200, 700);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void init() { deleteClosedDialogs(); }

    void cleanupTestCase()
    {
        proxyTester.reset();
        modelTester.reset();
        panel.reset();
    }

    void imageSizesReadLikeHorizon_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << qint64(0) << "0 bytes";
        QTest::newRow("bytes") << qint64(1023) << "1023 bytes";
        QTest::newRow("qcow2 header") << qint64(196640) << "192 KB";
        QTest::newRow("fraction") << qint64(1536) * 1024 << "1.5 MB";
        QTest::newRow("cloud image") << qint64(2) * 1024 * 1024 * 1024 << "2 GB";
        QTest::newRow("huge") << qint64(3) * 1024 * 1024 * 1024 * 1024 << "3 TB";
    }

    void imageSizesReadLikeHorizon()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(Units::bytes(bytes), text);
    }

    void projectPanelHasHorizonsColumnsWithoutOwner()
    {
        QCOMPARE(panel->objectName(), QStringLiteral("ImagesPanel"));
        QCOMPARE(test::headerTexts(panel->proxy()),
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("Status"),
                              QStringLiteral("Visibility"), QStringLiteral("Protected"),
                              QStringLiteral("Disk Format"), QStringLiteral("Size")}));
        QCOMPARE(panel->model()->columnOf(ImageModel::Owner), -1);
        QCOMPARE(panel->proxy()->rowCount(), 0);
        QCOMPARE(panel->countLabel()->text(), QStringLiteral("Displaying 0 items"));
        QVERIFY(panel->actions()->createAction()->isVisible());
        QVERIFY(panel->actions()->createAction()->isEnabled());
        QVERIFY(!panel->actions()->deleteAction()->isEnabled());
        QVERIFY(!panel->actions()->editAction()->isEnabled());
    }

    void choosingAFileShowsWhatItIs()
    {
        CreateImageDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->formatCombo()->itemText(0), QStringLiteral("Detect automatically"));
        QCOMPARE(dialog->formatCombo()->itemText(2), QStringLiteral("QCOW2"));
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing chosen yet
        QVERIFY(dialog->problemText().isEmpty());  // and no red text for untouched fields

        dialog->chooseFile(files.qcow2(QStringLiteral("probe.qcow2")));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("probe")); // named after the file
        QTRY_VERIFY2(
            dialog->detectedText().startsWith(QStringLiteral("Detected: QCOW2, virtual size 16 MB (")),
            qPrintable(dialog->detectedText()));
        QVERIFY2(dialog->detectedText().endsWith(QStringLiteral(" KB file)")),
                 qPrintable(dialog->detectedText()));
        QVERIFY(!dialog->detectionRefused());
        QVERIFY(dialog->okButton()->isEnabled());

        // A declared format the content contradicts is caught before the upload.
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(QStringLiteral("raw")));
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Format: the file is QCOW2, not RAW; choose QCOW2 or Detect automatically."));
        dialog->formatCombo()->setCurrentIndex(0);
        QVERIFY(dialog->okButton()->isEnabled());

        // An empty file is refused with the inspector's reason, in red beside the format, and Create says
        // why.
        dialog->chooseFile(files.write(QStringLiteral("empty.img"), QByteArray()));
        QTRY_VERIFY(dialog->detectionRefused());
        QCOMPARE(dialog->detectedText(), QStringLiteral("empty.img: the file is empty"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->okButton()->toolTip(), QStringLiteral("File: empty.img: the file is empty"));
        dialog->reject();
    }

    void metadataAndUrlProblemsNameTheField()
    {
        CreateImageDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("from-web"));
        dialog->sourceTypeCombo()->setCurrentIndex(1);
        QVERIFY(!dialog->fileEdit()->isVisibleTo(dialog));
        QVERIFY(dialog->urlEdit()->isVisibleTo(dialog));
        dialog->urlEdit()->setText(QStringLiteral("ftp://mirror.example.org/disk.qcow2"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Image URL 'ftp://mirror.example.org/disk.qcow2': only http:// "
                                "and https:// URLs can be downloaded"));
        dialog->urlEdit()->setText(QStringLiteral("https://mirror.example.org/disk.qcow2"));
        QVERIFY(dialog->okButton()->isEnabled());

        dialog->metadataEdit()->setPlainText(QStringLiteral("os_distro=debian\nmin_disk=4"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().startsWith(QStringLiteral("Metadata line 2: Property 'min_disk'")),
                 qPrintable(dialog->problemText()));
        dialog->metadataEdit()->setPlainText(QStringLiteral("os_distro=debian\ndescription=x"));
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Metadata line 2: description has its own field above"));
        dialog->metadataEdit()->setPlainText(QStringLiteral("os_distro debian"));
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Metadata line 1: write key=value, e.g. os_distro=debian"));
        dialog->reject();
    }

    void createUploadsAndTheRowTurnsActive()
    {
        CreateImageDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        const QString file = files.qcow2(QStringLiteral("cirros.qcow2"));
        dialog->chooseFile(file);
        dialog->nameEdit()->setText(QStringLiteral("cirros"));
        dialog->descriptionEdit()->setText(QStringLiteral("CirrOS for the lab"));
        dialog->architectureEdit()->setText(QStringLiteral("x86_64"));
        dialog->minDiskSpin()->setValue(1);
        dialog->minRamSpin()->setValue(64);
        dialog->visibilityCombo()->select(ImageVisibility::Shared);
        dialog->metadataEdit()->setPlainText(QStringLiteral("os_distro=cirros\n\nhw_disk_bus = virtio\n"));
        QTRY_VERIFY(dialog->okButton()->isEnabled());

        // Every status the row shows on its way, to see the upload's progress among them.
        QStringList statuses;
        const auto watch = connect(panel->model(), &QAbstractItemModel::dataChanged, this, [&] {
            const QString status = cell(*panel, QStringLiteral("cirros"), ImageModel::Status);
            if (statuses.value(statuses.size() - 1) != status)
                statuses.append(status);
        });
        QSignalSpy started(panel->actions(), &ImageActions::creationStarted);
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(started.size(), 1);
        const QString taskId = started.first().first().toString();
        QVERIFY(lab.engine->tasks().task(taskId));
        // The row is there at once, selected, while the data is still arriving.
        QVERIFY(
            cell(*panel, QStringLiteral("cirros"), ImageModel::Status).startsWith(QStringLiteral("Saving")));
        QCOMPARE(panel->selectedImages().value(0).name, QStringLiteral("cirros"));

        QTRY_COMPARE(cell(*panel, QStringLiteral("cirros"), ImageModel::Status), QStringLiteral("Active"));
        disconnect(watch);
        QVERIFY2(
            std::any_of(
                statuses.begin(), statuses.end(),
                [](const QString &s) {
                    return QRegularExpression(QStringLiteral("^Saving \\(\\d+%\\)$")).match(s).hasMatch();
                }),
            qPrintable(statuses.join(QStringLiteral(" → "))));
        QCOMPARE(lab.engine->tasks().task(taskId)->state, TaskState::Succeeded);
        QCOMPARE(cell(*panel, QStringLiteral("cirros"), ImageModel::DiskFormat), QStringLiteral("QCOW2"));
        QCOMPARE(cell(*panel, QStringLiteral("cirros"), ImageModel::Visibility), QStringLiteral("Shared"));
        QCOMPARE(cell(*panel, QStringLiteral("cirros"), ImageModel::Type), QStringLiteral("Image"));
        QCOMPARE(cell(*panel, QStringLiteral("cirros"), ImageModel::Protected), QStringLiteral("No"));
        QVERIFY(cell(*panel, QStringLiteral("cirros"), ImageModel::Size).endsWith(QStringLiteral(" KB")));

        auto image = lab.engine->images().show(lab.admin, QStringLiteral("cirros"));
        QVERIFY(image);
        QCOMPARE(image->minDiskGb, qint64(1));
        QCOMPARE(image->minRamMb, qint64(64));
        QCOMPARE(image->properties, (QMap<QString, QString>{
                                        {QStringLiteral("architecture"), QStringLiteral("x86_64")},
                                        {QStringLiteral("description"), QStringLiteral("CirrOS for the lab")},
                                        {QStringLiteral("hw_disk_bus"), QStringLiteral("virtio")},
                                        {QStringLiteral("os_distro"), QStringLiteral("cirros")}}));
        QCOMPARE(image->checksum, test::ImageFiles::sha256Of(file));
    }

    void aRefusedCreateKeepsTheDialogAndItsInputs()
    {
        CreateImageDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        const QString file = files.qcow2(QStringLiteral("vanishing.qcow2"));
        dialog->chooseFile(file);
        QTRY_VERIFY(dialog->okButton()->isEnabled());
        QVERIFY(QFile::remove(file)); // gone between the check and Create
        dialog->okButton()->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->errorText(), file + QStringLiteral(": no such file"));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("vanishing"));
        QVERIFY(!names(*panel).contains(QStringLiteral("vanishing")));
        dialog->reject();
    }

    void createFromAUrlDownloads()
    {
        test::TinyHttpServer server;
        QFile source(files.qcow2(QStringLiteral("web.qcow2")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        server.set(QStringLiteral("/web.qcow2"), {200, source.readAll()});
        CreateImageDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("from-web"));
        dialog->sourceTypeCombo()->setCurrentIndex(1);
        dialog->urlEdit()->setText(server.url(QStringLiteral("/web.qcow2")));
        dialog->visibilityCombo()->select(ImageVisibility::Public);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_COMPARE(cell(*panel, QStringLiteral("from-web"), ImageModel::Status), QStringLiteral("Active"));
        QCOMPARE(cell(*panel, QStringLiteral("from-web"), ImageModel::DiskFormat), QStringLiteral("QCOW2"));
        QCOMPARE(cell(*panel, QStringLiteral("from-web"), ImageModel::Visibility), QStringLiteral("Public"));
    }

    void quickFilterNarrowsTheRows()
    {
        QCOMPARE(names(*panel), (QStringList{QStringLiteral("cirros"), QStringLiteral("from-web")}));
        QComboBox *quick = panel->quickFilter();
        QCOMPARE(quick->itemText(1), QStringLiteral("Project"));
        QCOMPARE(quick->itemText(2), QStringLiteral("Shared with Project"));
        quick->setCurrentIndex(quick->findData(int(ImageFilterProxy::Quick::Public)));
        QCOMPARE(names(*panel), QStringList{QStringLiteral("from-web")});
        quick->setCurrentIndex(quick->findData(int(ImageFilterProxy::Quick::SharedWithProject)));
        QCOMPARE(names(*panel), QStringList()); // both are admin's own
        quick->setCurrentIndex(quick->findData(int(ImageFilterProxy::Quick::Project)));
        QCOMPARE(names(*panel).size(), 2);
        panel->filterEdit()->setText(QStringLiteral("CIRR"));
        QCOMPARE(names(*panel), QStringList{QStringLiteral("cirros")});
        panel->filterEdit()->clear();
        quick->setCurrentIndex(0);
        QCOMPARE(panel->proxy()->rowCount(), 2);
    }

    void editChangesNameAndMinimumDisk()
    {
        panel->selectImages({QStringLiteral("cirros")});
        QVERIFY(panel->actions()->editAction()->isEnabled());
        panel->actions()->editAction()->trigger();
        auto *dialog = panel->findChild<EditImageDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->formatLabel()->text(), QStringLiteral("QCOW2")); // shown, not editable
        QCOMPARE(dialog->descriptionEdit()->text(), QStringLiteral("CirrOS for the lab"));
        QCOMPARE(dialog->minDiskSpin()->value(), 1);
        dialog->nameEdit()->clear();
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->okButton()->toolTip(), QStringLiteral("Image Name: enter a name for the image."));
        dialog->nameEdit()->setText(QStringLiteral("cirros-0.6"));
        dialog->minDiskSpin()->setValue(2);
        dialog->architectureEdit()->clear();
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());

        auto image = lab.engine->images().show(lab.admin, QStringLiteral("cirros-0.6"));
        QVERIFY(image);
        QCOMPARE(image->minDiskGb, qint64(2));
        QCOMPARE(image->minRamMb, qint64(64)); // untouched
        QVERIFY(!image->properties.contains(QStringLiteral("architecture")));
        QCOMPARE(image->properties.value(QStringLiteral("description")),
                 QStringLiteral("CirrOS for the lab"));
        QCOMPARE(cell(*panel, QStringLiteral("cirros-0.6"), ImageModel::Status), QStringLiteral("Active"));
        QCOMPARE(panel->selectedImages().value(0).name, QStringLiteral("cirros-0.6"));
    }

    void updateMetadataSetsAndRemovesProperties()
    {
        panel->selectImages({QStringLiteral("cirros-0.6")});
        panel->actions()->metadataAction()->trigger();
        auto *dialog = panel->findChild<MetadataDialog *>(QStringLiteral("ImageMetadataDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->currentValues().value(QStringLiteral("os_distro")), QStringLiteral("cirros"));
        dialog->keyEdit()->setText(QStringLiteral("checksum"));
        QVERIFY(!dialog->addButton()->isEnabled()); // one of the image's own fields
        QVERIFY(dialog->addProblem().contains(QStringLiteral("own fields")));
        dialog->keyEdit()->setText(QStringLiteral("hw_qemu_guest_agent"));
        dialog->valueEdit()->setText(QStringLiteral("yes"));
        dialog->addButton()->click();
        QVERIFY(dialog->removeKey(QStringLiteral("hw_disk_bus")));
        dialog->saveButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        const auto properties =
            lab.engine->images().show(lab.admin, QStringLiteral("cirros-0.6"))->properties;
        QCOMPARE(properties.value(QStringLiteral("hw_qemu_guest_agent")), QStringLiteral("yes"));
        QVERIFY(!properties.contains(QStringLiteral("hw_disk_bus")));
        QCOMPARE(properties.value(QStringLiteral("os_distro")), QStringLiteral("cirros"));
    }

    void manageMembersNeedsASharedImageAndAddsProjects()
    {
        panel->selectImages({QStringLiteral("from-web")});
        QVERIFY(!panel->actions()->membersAction()->isEnabled()); // public, not shared
        QVERIFY(panel->actions()->membersAction()->toolTip().contains(QStringLiteral("only a shared image")));

        QVERIFY(
            lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("physics"), {}, true}).ok());
        panel->selectImages({QStringLiteral("cirros-0.6")});
        QVERIFY(panel->actions()->membersAction()->isEnabled());
        panel->actions()->membersAction()->trigger();
        auto *dialog = panel->findChild<ImageMembersDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->projectEdit()->isVisibleTo(dialog)); // an admin picks from every project
        QStringList offered;
        for (int i = 0; i < dialog->picker()->allList()->count(); ++i)
            offered.append(dialog->picker()->allList()->item(i)->text());
        offered.sort();
        QCOMPARE(offered, (QStringList{QStringLiteral("demo"), QStringLiteral("physics")})); // not the owner
        dialog->picker()->choose(QStringLiteral("physics"));
        dialog->picker()->choose(QStringLiteral("demo"));
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        const QString physics = lab.engine->projects().show(lab.admin, QStringLiteral("physics"))->id;
        const QString demo = lab.engine->projects().show(lab.admin, QStringLiteral("demo"))->id;
        auto image = lab.engine->images().show(lab.admin, QStringLiteral("cirros-0.6"));
        QCOMPARE(QSet<QString>(image->memberProjectIds.begin(), image->memberProjectIds.end()),
                 (QSet<QString>{physics, demo}));

        deleteClosedDialogs();
        panel->actions()->membersAction()->trigger();
        dialog = panel->findChild<ImageMembersDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->picker()->chosenNames(),
                 (QStringList{QStringLiteral("demo"), QStringLiteral("physics")}));
        dialog->picker()->unchoose(QStringLiteral("physics"));
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(lab.engine->images().show(lab.admin, QStringLiteral("cirros-0.6"))->memberProjectIds,
                 QStringList{demo});
    }

    void detailsShowEveryField()
    {
        const Image image = *lab.engine->images().show(lab.admin, QStringLiteral("cirros-0.6"));
        panel->selectImages({QStringLiteral("cirros-0.6")});
        const QModelIndex index =
            panel->proxy()->index(panel->view()->selectionModel()->selectedRows().value(0).row(),
                                  panel->model()->columnOf(ImageModel::Name));
        QCOMPARE(index.data().toString(), QStringLiteral("cirros-0.6"));
        emit panel->view()->doubleClicked(index);
        auto *dialog = panel->findChild<ImageDetailsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        ImageDetailsView *view = dialog->view();
        QCOMPARE(view->valueOf(QStringLiteral("ID")), image.id);
        QCOMPARE(view->valueOf(QStringLiteral("Owner")), QStringLiteral("admin"));
        QCOMPARE(view->valueOf(QStringLiteral("Status")), QStringLiteral("Active"));
        QCOMPARE(view->valueOf(QStringLiteral("Visibility")), QStringLiteral("Shared"));
        QCOMPARE(view->valueOf(QStringLiteral("Member projects")), QStringLiteral("demo"));
        QCOMPARE(view->valueOf(QStringLiteral("Checksum (SHA-256)")), image.checksum);
        QCOMPARE(view->valueOf(QStringLiteral("Virtual Size")), QStringLiteral("16 MB"));
        QCOMPARE(view->valueOf(QStringLiteral("Disk Format")), QStringLiteral("QCOW2"));
        QCOMPARE(view->valueOf(QStringLiteral("Container Format")), QStringLiteral("BARE"));
        QCOMPARE(view->valueOf(QStringLiteral("Min. Disk")), QStringLiteral("2 GB"));
        QCOMPARE(view->valueOf(QStringLiteral("Min. RAM")), QStringLiteral("64 MB"));
        QCOMPARE(view->shownProperties(), image.properties);
        QCOMPARE(view->shownProperties().value(QStringLiteral("os_distro")), QStringLiteral("cirros"));
        // It follows the image.
        ImageUpdate change;
        change.minRamMb = 128;
        QVERIFY(lab.engine->images().update(lab.admin, image.id, change).ok());
        QCOMPARE(view->valueOf(QStringLiteral("Min. RAM")), QStringLiteral("128 MB"));
        // A second double-click brings back the same window.
        emit panel->view()->doubleClicked(index);
        QCOMPARE(panel->findChildren<ImageDetailsDialog *>().size(), 1);
        dialog->close();
    }

    void aProtectedImageCannotBeDeleted()
    {
        panel->selectImages({QStringLiteral("from-web")});
        QVERIFY(panel->actions()->deleteAction()->isEnabled());
        ImageUpdate protect;
        protect.isProtected = true;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("from-web"), protect).ok());
        QCOMPARE(cell(*panel, QStringLiteral("from-web"), ImageModel::Protected), QStringLiteral("Yes"));
        // The gate followed the change without the selection moving.
        QVERIFY(!panel->actions()->deleteAction()->isEnabled());
        QCOMPARE(panel->actions()->deleteAction()->toolTip(),
                 QStringLiteral("Image from-web is protected; clear Protected with Edit Image first"));
    }

    void deleteConfirmsAndTheEngineRefusesTheProtectedOne()
    {
        imported(lab.admin, QStringLiteral("scratch"), ImageVisibility::Private);
        QSignalSpy notified(panel.get(), &Panel::notify);
        panel->selectImages({QStringLiteral("from-web"), QStringLiteral("scratch")});
        QCOMPARE(panel->selectedImages().size(), 2);
        QVERIFY(panel->actions()->deleteAction()->isEnabled()); // one of them can go
        QCOMPARE(panel->actions()->deleteAction()->text(), QStringLiteral("Delete Images…"));
        panel->actions()->deleteAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteImageConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("from-web")));
        QVERIFY(box->text().contains(QStringLiteral("scratch")));
        QVERIFY(
            box->informativeText().contains(QStringLiteral("Not deleted (protected, uploading or not yours): "
                                                           "from-web")));
        clickDestructive(box);
        QTRY_VERIFY(!names(*panel).contains(QStringLiteral("scratch")));
        QVERIFY(names(*panel).contains(QStringLiteral("from-web")));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().first().toString(),
                 QStringLiteral("Image from-web is protected; unprotect it first (Edit Image, or image set "
                                "--unprotected)"));

        // Cancel deletes nothing.
        deleteClosedDialogs();
        panel->selectImages({QStringLiteral("cirros-0.6")});
        QCOMPARE(panel->actions()->deleteAction()->text(), QStringLiteral("Delete Image…"));
        panel->actions()->deleteAction()->trigger();
        box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteImageConfirmation"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Delete image cirros-0.6?"));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(names(*panel).contains(QStringLiteral("cirros-0.6")));
    }

    void adminPanelShowsOwnersAndDeactivates()
    {
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        imported(member, QStringLiteral("demo-private"), ImageVisibility::Private);

        ImagesPanel admin(*lab.engine, lab.admin, ImageModel::Scope::Admin);
        QAbstractItemModelTester tester(admin.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(admin.objectName(), QStringLiteral("AdminImagesPanel"));
        QCOMPARE(test::headerTexts(admin.proxy()).value(0), QStringLiteral("Owner"));
        QCOMPARE(admin.proxy()->columnCount(), 8);
        QCOMPARE(cell(admin, QStringLiteral("demo-private"), ImageModel::Owner), QStringLiteral("demo"));
        QCOMPARE(cell(admin, QStringLiteral("cirros-0.6"), ImageModel::Owner), QStringLiteral("admin"));
        // The project panel shows what the admin project can use; another project's private image is not it.
        QVERIFY(!names(*panel).contains(QStringLiteral("demo-private")));
        QVERIFY(names(admin).contains(QStringLiteral("demo-private")));

        admin.selectImages({QStringLiteral("demo-private")});
        QVERIFY(admin.actions()->deactivateAction()->isVisible());
        QVERIFY(admin.actions()->deactivateAction()->isEnabled());
        QVERIFY(!admin.actions()->reactivateAction()->isEnabled());
        admin.actions()->deactivateAction()->trigger();
        QCOMPARE(cell(admin, QStringLiteral("demo-private"), ImageModel::Status),
                 QStringLiteral("Deactivated"));
        QCOMPARE(lab.engine->images().show(lab.admin, QStringLiteral("demo-private"))->status,
                 ImageStatus::Deactivated);
        QVERIFY(!admin.actions()->deactivateAction()->isEnabled());
        QVERIFY(admin.actions()->reactivateAction()->isEnabled());
        admin.actions()->reactivateAction()->trigger();
        QCOMPARE(cell(admin, QStringLiteral("demo-private"), ImageModel::Status), QStringLiteral("Active"));

        // The admin's quick filter is by visibility.
        QComboBox *quick = admin.quickFilter();
        quick->setCurrentIndex(quick->findData(int(ImageFilterProxy::Quick::Private)));
        QCOMPARE(names(admin), QStringList{QStringLiteral("demo-private")});
    }

    void aMemberSeesWhatTheirProjectMayUseAndCannotPublicize()
    {
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        imported(lab.admin, QStringLiteral("admin-secret"), ImageVisibility::Private);
        ImagesPanel mine(*lab.engine, member, ImageModel::Scope::Project);
        QAbstractItemModelTester tester(mine.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Their own, admin's public one and the one shared with demo; never admin's private image.
        QCOMPARE(names(mine), (QStringList{QStringLiteral("cirros-0.6"), QStringLiteral("demo-private"),
                                           QStringLiteral("from-web")}));
        QCOMPARE(cell(mine, QStringLiteral("cirros-0.6"), ImageModel::Visibility), QStringLiteral("Shared"));
        QComboBox *quick = mine.quickFilter();
        quick->setCurrentIndex(quick->findData(int(ImageFilterProxy::Quick::SharedWithProject)));
        QCOMPARE(names(mine), QStringList{QStringLiteral("cirros-0.6")});
        quick->setCurrentIndex(0);

        ImageActions *a = mine.actions();
        QVERIFY(a->createAction()->isVisible());
        QVERIFY(!a->deactivateAction()->isVisible());
        QVERIFY(!a->reactivateAction()->isVisible());
        mine.selectImages({QStringLiteral("cirros-0.6")});
        QVERIFY(a->detailsAction()->isEnabled());
        QVERIFY(!a->editAction()->isEnabled());
        QCOMPARE(
            a->editAction()->toolTip(),
            QStringLiteral("Image cirros-0.6 belongs to project admin; only its members or an administrator "
                           "may change it"));
        QVERIFY(!a->deleteAction()->isEnabled());
        mine.selectImages({QStringLiteral("demo-private")});
        QVERIFY(a->editAction()->isEnabled());
        QVERIFY(a->deleteAction()->isEnabled());

        // A member's Create Image does not offer Public.
        a->createAction()->trigger();
        auto *create = mine.findChild<CreateImageDialog *>();
        QVERIFY(create);
        QVERIFY(!create->visibilityCombo()->offers(ImageVisibility::Public));
        QCOMPARE(create->visibilityCombo()->count(), 3);
        create->reject();

        // The admin's private image appears for demo once it is shared with demo, and goes when it is not.
        ImageUpdate share;
        share.visibility = ImageVisibility::Shared;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("admin-secret"), share).ok());
        QVERIFY(!names(mine).contains(QStringLiteral("admin-secret")));
        QVERIFY(lab.engine->images()
                    .addMember(lab.admin, QStringLiteral("admin-secret"), QStringLiteral("demo"))
                    .ok());
        QVERIFY(names(mine).contains(QStringLiteral("admin-secret")));
        QVERIFY(lab.engine->images()
                    .removeMember(lab.admin, QStringLiteral("admin-secret"), QStringLiteral("demo"))
                    .ok());
        QVERIFY(!names(mine).contains(QStringLiteral("admin-secret")));
    }

    void aMemberNamesProjectsToShareWith()
    {
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        ImageUpdate share;
        share.visibility = ImageVisibility::Shared;
        QVERIFY(lab.engine->images().update(member, QStringLiteral("demo-private"), share).ok());
        ImagesPanel mine(*lab.engine, member, ImageModel::Scope::Project);
        mine.selectImages({QStringLiteral("demo-private")});
        QVERIFY(mine.actions()->membersAction()->isEnabled());
        mine.actions()->membersAction()->trigger();
        auto *dialog = mine.findChild<ImageMembersDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->projectEdit()->isVisibleTo(dialog)); // a member cannot list other projects
        dialog->projectEdit()->setText(QStringLiteral("no-such-project"));
        dialog->addProjectButton()->click();
        dialog->okButton()->click();
        QVERIFY(dialog->isVisible()); // refused, and said so in the dialog
        QCOMPARE(dialog->errorText(), QStringLiteral("Project 'no-such-project': no such project"));
        dialog->picker()->unchoose(QStringLiteral("no-such-project"));
        // Another project's name is refused too (it would tell members which projects exist); its ID works.
        const QString physics = lab.engine->projects().show(lab.admin, QStringLiteral("physics"))->id;
        dialog->projectEdit()->setText(QStringLiteral("physics"));
        dialog->addProjectButton()->click();
        dialog->okButton()->click();
        QVERIFY(dialog->isVisible());
        dialog->picker()->unchoose(QStringLiteral("physics"));
        dialog->projectEdit()->setText(physics);
        dialog->addProjectButton()->click();
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(lab.engine->images().show(member, QStringLiteral("demo-private"))->memberProjectIds,
                 QStringList{physics});
    }
};

SD_GUI_TEST_MAIN(TestImagesPanel)
#include "tst_imagespanel.moc"
