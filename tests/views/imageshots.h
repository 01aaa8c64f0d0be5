#pragma once

// The images part of sd_screenshots: Project › Compute › Images and Admin › Compute › Images (standalone
// until the main window lists them) with images of every visibility, one deactivated and one still
// downloading; Create Image with a detected and a refused file; Edit Image, Update Metadata, Manage
// Members, the details window, the delete confirmation, and a member's view.

#include "imagefiles.h"
#include "testlab.h"

#include "dialogs/createimagedialog.h"
#include "dialogs/editimagedialog.h"
#include "dialogs/imagedetailsdialog.h"
#include "dialogs/imagemembersdialog.h"
#include "dialogs/metadatadialog.h"
#include "panels/imageactions.h"
#include "panels/imagespanel.h"
#include "widgets/visibilitycombo.h"

#include "engine.h"
#include "image/imageservice.h"
#include "tasks/taskrunner.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sd::test {

// Answers every request with a large body a little at a time, so an image download stays Saving long
// enough to be photographed.
class TrickleServer : public QObject
{
public:
    TrickleServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.0 200 OK\r\nContent-Length: 67108864\r\n\r\n");
                    auto *timer = new QTimer(socket);
                    connect(timer, &QTimer::timeout, socket,
                            [socket] { socket->write(QByteArray(256 * 1024, '\0')); });
                    timer->start(40);
                });
            }
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/noble.qcow2").arg(m_server.serverPort());
    }

private:
    QTcpServer m_server;
};

inline Image seedImage(Engine &engine, const RequestContext &ctx, const ImageFiles &files,
                       const QString &name, ImageVisibility visibility,
                       const QMap<QString, QString> &properties = {})
{
    ImageSpec spec;
    spec.name = name;
    spec.visibility = visibility;
    spec.minDiskGb = properties.isEmpty() ? 0 : 2;
    spec.minRamMb = properties.isEmpty() ? 0 : 256;
    spec.properties = properties;
    spec.sourceFile = name.endsWith(QLatin1String("iso"))
                          ? files.iso(name + QStringLiteral(".iso"))
                          : files.qcow2(name + QStringLiteral(".qcow2"), QStringLiteral("2G"));
    auto image = engine.images().importNow(ctx, spec);
    return image ? *image : Image();
}

// save: the caller's function that waits a moment and writes widget's PNG.
template <typename Save> bool shootImages(TestLab &lab, const QString &out, Save save)
{
    Engine &engine = *lab.engine;
    const RequestContext &admin = lab.admin;
    const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
    ImageFiles files;
    const Image debian =
        seedImage(engine, admin, files, QStringLiteral("debian-12"), ImageVisibility::Public,
                  {{QStringLiteral("os_distro"), QStringLiteral("debian")},
                   {QStringLiteral("os_version"), QStringLiteral("12")},
                   {QStringLiteral("architecture"), QStringLiteral("x86_64")},
                   {QStringLiteral("hw_disk_bus"), QStringLiteral("virtio")},
                   {QStringLiteral("description"), QStringLiteral("Debian 12 generic cloud image")}});
    ImageUpdate protect;
    protect.isProtected = true;
    (void)engine.images().update(admin, debian.id, protect);
    seedImage(engine, admin, files, QStringLiteral("rescue-iso"), ImageVisibility::Community);
    const Image course =
        seedImage(engine, admin, files, QStringLiteral("course-base"), ImageVisibility::Shared);
    (void)engine.images().addMember(admin, course.id, QStringLiteral("demo"));
    const Image old =
        seedImage(engine, admin, files, QStringLiteral("ubuntu-18.04"), ImageVisibility::Public);
    (void)engine.images().deactivate(admin, old.id);
    ImageUpdate snapshot;
    snapshot.setProperties = {{QStringLiteral("image_type"), QStringLiteral("snapshot")}};
    const Image web =
        seedImage(engine, member, files, QStringLiteral("web-server-snap"), ImageVisibility::Private);
    (void)engine.images().update(member, web.id, snapshot);
    TrickleServer trickle;
    ImageSpec download;
    download.name = QStringLiteral("ubuntu-24.04");
    download.sourceUrl = QUrl(trickle.url());
    auto downloading = engine.images().create(admin, download);
    QTest::qWait(600);

    bool ok = true;
    ImagesPanel project(engine, admin, ImageModel::Scope::Project);
    project.resize(1180, 620);
    project.show();
    ok = QTest::qWaitForWindowExposed(&project) && ok;
    project.selectImages({QStringLiteral("debian-12")});
    ok = save(&project, out + QStringLiteral("/images.png")) && ok;

    ImagesPanel all(engine, admin, ImageModel::Scope::Admin);
    all.resize(1180, 620);
    all.show();
    ok = QTest::qWaitForWindowExposed(&all) && ok;
    all.selectImages({QStringLiteral("ubuntu-18.04")});
    ok = save(&all, out + QStringLiteral("/images-admin.png")) && ok;
    if (downloading)
        engine.tasks().cancel(*downloading);

    {
        CreateImageDialog create(engine, admin, &project);
        create.show();
        ok = QTest::qWaitForWindowExposed(&create) && ok;
        create.chooseFile(files.qcow2(QStringLiteral("fedora-40.qcow2"), QStringLiteral("5G")));
        create.descriptionEdit()->setText(QStringLiteral("Fedora 40 for the networking course"));
        create.metadataEdit()->setPlainText(QStringLiteral("os_distro=fedora\nhw_qemu_guest_agent=yes"));
        QTest::qWait(1500); // the file check runs off the GUI thread
        ok = save(&create, out + QStringLiteral("/create-image.png")) && ok;
        create.chooseFile(files.qcow2WithBacking(QStringLiteral("sneaky.qcow2")));
        create.nameEdit()->setText(QStringLiteral("sneaky"));
        QTest::qWait(1500);
        ok = save(&create, out + QStringLiteral("/create-image-refused.png")) && ok;
        create.sourceTypeCombo()->setCurrentIndex(1);
        create.urlEdit()->setText(QStringLiteral("ftp://mirror.example.org/cirros.img"));
        ok = save(&create, out + QStringLiteral("/create-image-url.png")) && ok;
    }
    {
        EditImageDialog edit(engine, admin, *engine.images().show(admin, debian.id), &project);
        edit.show();
        ok = QTest::qWaitForWindowExposed(&edit) && ok;
        ok = save(&edit, out + QStringLiteral("/edit-image.png")) && ok;
    }
    {
        ImageDetailsDialog details(engine, admin, course.id, &project);
        details.show();
        ok = QTest::qWaitForWindowExposed(&details) && ok;
        ok = save(&details, out + QStringLiteral("/image-details.png")) && ok;
    }
    {
        ImageMembersDialog members(engine, admin, *engine.images().show(admin, course.id), &project);
        members.show();
        ok = QTest::qWaitForWindowExposed(&members) && ok;
        ok = save(&members, out + QStringLiteral("/image-members.png")) && ok;
    }
    project.selectImages({QStringLiteral("debian-12")});
    project.actions()->metadataAction()->trigger();
    if (auto *metadata = project.findChild<MetadataDialog *>()) {
        ok = QTest::qWaitForWindowExposed(metadata) && ok;
        ok = save(metadata, out + QStringLiteral("/image-metadata.png")) && ok;
        metadata->reject();
    }
    project.selectImages({QStringLiteral("debian-12"), QStringLiteral("course-base")});
    project.actions()->deleteAction()->trigger();
    if (auto *box = project.findChild<QMessageBox *>(QStringLiteral("DeleteImageConfirmation"))) {
        ok = QTest::qWaitForWindowExposed(box) && ok;
        ok = save(box, out + QStringLiteral("/delete-images.png")) && ok;
        box->reject();
    }

    ImagesPanel mine(engine, member, ImageModel::Scope::Project);
    mine.resize(1180, 620);
    mine.show();
    ok = QTest::qWaitForWindowExposed(&mine) && ok;
    mine.selectImages({QStringLiteral("course-base")});
    ok = save(&mine, out + QStringLiteral("/images-member.png")) && ok;
    return ok;
}

} // namespace sd::test
