// Images: what ImageInspector accepts and refuses, uploads and downloads as tasks that leave nothing
// behind when they fail, Glance's visibility rules, and the hosts' image cache.

#include "imagefiles.h"
#include "testlab.h"
#include "tinyhttpserver.h"

#include "image/imagecache.h"
#include "image/imageinspector.h"
#include "image/imageservice.h"
#include "tasks/taskrunner.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sd;
using sd::test::ImageFiles;
using sd::test::TestLab;
using sd::test::TinyHttpServer;

class TestImages : public QObject
{
    Q_OBJECT

    ImageFiles files;

    static ImageSpec fileSpec(const QString &name, const QString &file, const QString &format = {})
    {
        ImageSpec spec;
        spec.name = name;
        spec.sourceFile = file;
        spec.diskFormat = format;
        return spec;
    }

    // Runs create to its end; the image, or the error of whichever step refused.
    static Result<Image> createAndWait(TestLab &lab, const RequestContext &ctx, const ImageSpec &spec)
    {
        auto task = lab.engine->images().create(ctx, spec);
        if (!task)
            return task.error();
        auto done = lab.engine->tasks().wait(*task);
        if (!done)
            return done.error();
        return lab.engine->images().show(ctx, done->toString());
    }

    static QStringList storeFiles(TestLab &lab)
    {
        return QDir(lab.engine->dataDir().imagesPath()).entryList(QDir::Files);
    }

    static int imageCount(TestLab &lab)
    {
        return int(lab.engine->images().list(lab.admin)->size());
    }

private Q_SLOTS:
    void inspectorKnowsTheFormats()
    {
        const auto qcow = ImageInspector::inspect(files.qcow2(QStringLiteral("a.qcow2"), QStringLiteral("16M")),
                                                  QString(), QStringLiteral("a.qcow2"));
        QVERIFY2(qcow.ok(), qPrintable(qcow.error().toString()));
        QCOMPARE(qcow->format, QStringLiteral("qcow2"));
        QCOMPARE(qcow->virtualSize, qint64(16) * 1024 * 1024);
        const auto raw = ImageInspector::inspect(files.randomRaw(QStringLiteral("r.img"), 1), QStringLiteral("raw"),
                                                 QStringLiteral("r.img"));
        QVERIFY(raw.ok());
        QCOMPARE(raw->virtualSize, qint64(1024 * 1024));
        const auto iso = ImageInspector::inspect(files.iso(QStringLiteral("cd.iso")), QString(), QStringLiteral("cd.iso"));
        QVERIFY(iso.ok());
        QCOMPARE(iso->format, QStringLiteral("iso"));
    }

    void inspectorRefusesBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero bytes") << files.write(QStringLiteral("empty.qcow2"), {}) << "qcow2" << "empty";
        QTest::newRow("text named .qcow2") << files.write(QStringLiteral("notes.qcow2"), "just some notes\n")
                                           << "qcow2" << "no qcow2 header";
        QTest::newRow("truncated qcow2") << files.truncatedQcow2(QStringLiteral("cut.qcow2")) << "qcow2"
                                         << "damaged or incomplete";
        QTest::newRow("backing file") << files.qcow2WithBacking(QStringLiteral("evil.qcow2")) << "qcow2"
                                      << "/etc/passwd";
        QTest::newRow("backing file, declared raw")
            << files.qcow2WithBacking(QStringLiteral("evil2.qcow2")) << "raw" << "the content is qcow2";
        QTest::newRow("external data file") << files.qcow2WithDataFile(QStringLiteral("df.qcow2")) << "qcow2"
                                            << "refers to another file";
        QTest::newRow("iso declared raw") << files.iso(QStringLiteral("cd2.iso")) << "raw" << "the content is iso";
        QTest::newRow("vmdk descriptor") << files.write(QStringLiteral("d.vmdk"), "# Disk DescriptorFile\nversion=1\n")
                                         << "vmdk" << "points at other files";
    }

    void inspectorRefusesBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, declared);
        QFETCH(QString, mentions);
        const auto r = ImageInspector::inspect(file, declared, QFileInfo(file).fileName());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QVERIFY2(r.error().message.startsWith(QFileInfo(file).fileName()), qPrintable(r.error().message));
    }

    void uploadFromFileBecomesActive()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const QString file = files.qcow2WithData(QStringLiteral("up.qcow2"));
        ImageSpec spec = fileSpec(QStringLiteral("cirros"), file);
        spec.minDiskGb = 1;
        spec.minRamMb = 64;
        spec.tags = {QStringLiteral("test")};
        spec.properties = {{QStringLiteral("os_distro"), QStringLiteral("cirros")}};
        const auto image = createAndWait(lab, lab.admin, spec);
        QVERIFY2(image.ok(), qPrintable(image.error().toString()));
        QCOMPARE(image->status, ImageStatus::Active);
        QCOMPARE(image->diskFormat, QStringLiteral("qcow2")); // detected
        QCOMPARE(image->size, QFileInfo(file).size());
        QCOMPARE(image->virtualSize, qint64(4) * 1024 * 1024);
        QCOMPARE(image->checksum, ImageFiles::sha256Of(file));
        QCOMPARE(image->ownerId, lab.admin.projectId);
        QCOMPARE(image->tags, QStringList{QStringLiteral("test")});
        QCOMPARE(image->properties.value(QStringLiteral("os_distro")), QStringLiteral("cirros"));
        QCOMPARE(storeFiles(lab), QStringList{image->id});
        QCOMPARE(ImageFiles::sha256Of(lab.engine->dataDir().imagesPath() + QLatin1Char('/') + image->id),
                 image->checksum);
    }

    void refusedUploadsLeaveNothing()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const int before = imageCount(lab);
        const QStringList bad{files.write(QStringLiteral("e.qcow2"), {}),
                              files.write(QStringLiteral("t.qcow2"), "text"),
                              files.truncatedQcow2(QStringLiteral("c.qcow2")),
                              files.qcow2WithBacking(QStringLiteral("b.qcow2"))};
        for (const QString &file : bad) {
            const auto r = createAndWait(lab, lab.admin, fileSpec(QStringLiteral("bad"), file, QStringLiteral("qcow2")));
            QVERIFY2(!r.ok(), qPrintable(file));
            QVERIFY2(r.error().message.contains(QFileInfo(file).fileName()), qPrintable(r.error().message));
        }
        QCOMPARE(imageCount(lab), before);
        QVERIFY(storeFiles(lab).isEmpty());
        // No source, two sources, an unknown format, a bad property: refused before anything is stored.
        ImageSpec none;
        none.name = QStringLiteral("x");
        QVERIFY(!lab.engine->images().create(lab.admin, none).ok());
        ImageSpec both = fileSpec(QStringLiteral("x"), bad.first());
        both.sourceUrl = QUrl(QStringLiteral("http://127.0.0.1/x"));
        QVERIFY(lab.engine->images().create(lab.admin, both).error().message.contains(QStringLiteral("exactly one")));
        ImageSpec format = fileSpec(QStringLiteral("x"), files.qcow2(QStringLiteral("ok.qcow2")), QStringLiteral("qcow3"));
        QVERIFY(lab.engine->images().create(lab.admin, format).error().message.contains(QStringLiteral("qcow3")));
        ImageSpec prop = fileSpec(QStringLiteral("x"), files.qcow2(QStringLiteral("ok2.qcow2")));
        prop.properties.insert(QStringLiteral("bad key!"), QStringLiteral("v"));
        QVERIFY(lab.engine->images().create(lab.admin, prop).error().message.contains(QStringLiteral("bad key!")));
        QCOMPARE(imageCount(lab), before);
    }

    void downloadsOverHttp()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        TinyHttpServer http;
        QFile good(files.qcow2WithData(QStringLiteral("web.qcow2")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        http.set(QStringLiteral("/web.qcow2"), {200, good.readAll()});
        http.set(QStringLiteral("/text.qcow2"), {200, QByteArray("<html>a login page</html>")});

        ImageSpec spec;
        spec.name = QStringLiteral("from-web");
        spec.sourceUrl = QUrl(http.url(QStringLiteral("/web.qcow2")));
        spec.diskFormat = QStringLiteral("qcow2");
        const auto image = createAndWait(lab, lab.admin, spec);
        QVERIFY2(image.ok(), qPrintable(image.error().toString()));
        QCOMPARE(image->checksum, ImageFiles::sha256Of(good.fileName()));
        QCOMPARE(image->status, ImageStatus::Active);

        spec.sourceUrl = QUrl(http.url(QStringLiteral("/missing.qcow2")));
        const auto missing = createAndWait(lab, lab.admin, spec);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("404")), qPrintable(missing.error().message));
        spec.sourceUrl = QUrl(http.url(QStringLiteral("/text.qcow2")));
        QVERIFY(!createAndWait(lab, lab.admin, spec).ok());
        spec.sourceUrl = QUrl(QStringLiteral("ftp://127.0.0.1/x.qcow2"));
        const auto ftp = lab.engine->images().create(lab.admin, spec);
        QVERIFY(!ftp.ok());
        QVERIFY(ftp.error().message.contains(QStringLiteral("http")));
        QCOMPARE(imageCount(lab), 1);
        QCOMPARE(storeFiles(lab), QStringList{image->id});
    }

    void cancelledUploadLeavesNothing()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const QString big = files.randomRaw(QStringLiteral("big.raw"), 64);
        auto task = lab.engine->images().create(lab.admin, fileSpec(QStringLiteral("big"), big));
        QVERIFY(task.ok());
        QCOMPARE(imageCount(lab), 1); // the row shows while saving
        QCOMPARE(lab.engine->images().list(lab.admin)->first().status, ImageStatus::Saving);
        QVERIFY(lab.engine->tasks().cancel(*task));
        QVERIFY(!lab.engine->tasks().wait(*task).ok());
        QCOMPARE(lab.engine->tasks().task(*task)->state, TaskState::Cancelled);
        QCOMPARE(imageCount(lab), 0);
        QVERIFY(storeFiles(lab).isEmpty());
    }

    void abandonedUploadsAreReaped()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        auto image = createAndWait(lab, lab.admin, fileSpec(QStringLiteral("keep"), files.qcow2(QStringLiteral("k.qcow2"))));
        QVERIFY(image.ok());
        // A row some other process was uploading when it died.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reap"));
            db.setDatabaseName(lab.engine->dataDir().databaseFile());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO images (id, name, status, visibility, upload_pid, created_at, "
                                          "updated_at) VALUES ('dead', 'half', 'saving', 'private', %1, 'x', 'x')")
                               .arg(gone.processId())));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reap"));
        QCOMPARE(imageCount(lab), 2);
        lab.engine->images().reapAbandonedUploads();
        QCOMPARE(imageCount(lab), 1);
        QVERIFY(lab.engine->images().show(lab.admin, QStringLiteral("keep")).ok());
    }

    void visibilityFollowsGlance()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        ImageSpec spec = fileSpec(QStringLiteral("admin-private"), files.qcow2(QStringLiteral("p.qcow2")));
        QVERIFY(createAndWait(lab, lab.admin, spec).ok());
        spec.name = QStringLiteral("admin-public");
        spec.visibility = ImageVisibility::Public;
        QVERIFY(createAndWait(lab, lab.admin, spec).ok());
        spec.name = QStringLiteral("admin-shared");
        spec.visibility = ImageVisibility::Shared;
        QVERIFY(createAndWait(lab, lab.admin, spec).ok());

        auto seen = [&](const RequestContext &ctx) {
            QStringList names;
            const QList<Image> images = *lab.engine->images().list(ctx);
            for (const Image &im : images)
                names << im.name;
            names.sort();
            return names;
        };
        QCOMPARE(seen(member), QStringList{QStringLiteral("admin-public")});
        QCOMPARE(lab.engine->images().show(member, QStringLiteral("admin-private")).error().code, ErrorCode::NotFound);
        QVERIFY(lab.engine->images().addMember(lab.admin, QStringLiteral("admin-shared"), QStringLiteral("demo")).ok());
        QCOMPARE(seen(member), (QStringList{QStringLiteral("admin-public"), QStringLiteral("admin-shared")}));
        // Members of demo may not change admin's images, nor make their own public.
        ImageUpdate rename;
        rename.name = QStringLiteral("mine");
        QCOMPARE(lab.engine->images().update(member, QStringLiteral("admin-public"), rename).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(lab.engine->images().remove(member, QStringLiteral("admin-shared")).error().code, ErrorCode::Forbidden);
        ImageSpec own = fileSpec(QStringLiteral("student"), files.qcow2(QStringLiteral("s.qcow2")));
        own.visibility = ImageVisibility::Public;
        QCOMPARE(lab.engine->images().create(member, own).error().code, ErrorCode::Forbidden);
        own.visibility = ImageVisibility::Private;
        const auto mine = createAndWait(lab, member, own);
        QVERIFY(mine.ok());
        QCOMPARE(mine->ownerName, QStringLiteral("demo"));
        ImageUpdate publish;
        publish.visibility = ImageVisibility::Public;
        QCOMPARE(lab.engine->images().update(member, QStringLiteral("student"), publish).error().code,
                 ErrorCode::Forbidden);
        QVERIFY(lab.engine->images().update(member, QStringLiteral("student"), rename).ok());
        // Members name other projects by ID only: a name could tell them which projects exist.
        ImageUpdate share;
        share.visibility = ImageVisibility::Shared;
        QVERIFY(lab.engine->images().update(member, QStringLiteral("mine"), share).ok());
        QCOMPARE(lab.engine->images().addMember(member, QStringLiteral("mine"), QStringLiteral("admin")).error().code,
                 ErrorCode::NotFound);
        QVERIFY(lab.engine->images().addMember(member, QStringLiteral("mine"), lab.admin.projectId).ok());
        ImageSpec hidden = fileSpec(QStringLiteral("student-private"), files.qcow2(QStringLiteral("sp.qcow2")));
        QVERIFY(createAndWait(lab, member, hidden).ok());
        // An admin's project view holds what project admin may use: not demo's private image.
        ImageFilter projectView;
        projectView.projectScope = true;
        QStringList adminProject;
        const QList<Image> usable = *lab.engine->images().list(lab.admin, projectView);
        for (const Image &im : usable)
            adminProject << im.name;
        QVERIFY(adminProject.contains(QStringLiteral("mine"))); // shared with project admin now
        QVERIFY(!adminProject.contains(QStringLiteral("student-private")));
        QVERIFY(adminProject.contains(QStringLiteral("admin-private")));
        QCOMPARE(lab.engine->images().list(lab.admin)->size(), usable.size() + 1);
        // Members may be added to shared images only.
        QVERIFY(lab.engine->images().addMember(lab.admin, QStringLiteral("admin-private"), QStringLiteral("demo"))
                    .error().message.contains(QStringLiteral("shared")));
    }

    void editsProtectionAndStatus()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        ImageSpec spec = fileSpec(QStringLiteral("golden"), files.qcow2WithData(QStringLiteral("g.qcow2")));
        spec.isProtected = true;
        const auto image = createAndWait(lab, lab.admin, spec);
        QVERIFY(image.ok());
        const auto refused = lab.engine->images().remove(lab.admin, QStringLiteral("golden"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("protected")));

        ImageUpdate change;
        change.minDiskGb = 2;
        change.setProperties = {{QStringLiteral("hw_disk_bus"), QStringLiteral("virtio")}};
        change.addTags = {QStringLiteral("gold")};
        auto updated = lab.engine->images().update(lab.admin, QStringLiteral("golden"), change);
        QVERIFY(updated.ok());
        QCOMPARE(updated->minDiskGb, qint64(2));
        QCOMPARE(updated->properties.value(QStringLiteral("hw_disk_bus")), QStringLiteral("virtio"));
        ImageUpdate badUnset;
        badUnset.unsetProperties = {QStringLiteral("nope")};
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("golden"), badUnset).error().message.contains(
            QStringLiteral("nope")));
        ImageUpdate badSize;
        badSize.minRamMb = -1;
        QVERIFY(!lab.engine->images().update(lab.admin, QStringLiteral("golden"), badSize).ok());
        QCOMPARE(lab.engine->images().show(lab.admin, QStringLiteral("golden"))->minRamMb, qint64(0));

        // Deactivated: admins only may read the data.
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        ImageUpdate pub;
        pub.visibility = ImageVisibility::Public;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("golden"), pub).ok());
        QCOMPARE(lab.engine->images().deactivate(member, QStringLiteral("golden")).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->images().deactivate(lab.admin, QStringLiteral("golden"))->status, ImageStatus::Deactivated);
        QVERIFY(!lab.engine->images().save(member, QStringLiteral("golden"), files.path(QStringLiteral("m.out"))).ok());
        const auto adminSave = lab.engine->images().save(lab.admin, QStringLiteral("golden"), files.path(QStringLiteral("a.out")));
        QVERIFY(adminSave.ok());
        QVERIFY(lab.engine->tasks().wait(*adminSave).ok());
        QCOMPARE(ImageFiles::sha256Of(files.path(QStringLiteral("a.out"))), image->checksum);
        QCOMPARE(lab.engine->images().reactivate(lab.admin, QStringLiteral("golden"))->status, ImageStatus::Active);

        ImageUpdate unprotect;
        unprotect.isProtected = false;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("golden"), unprotect).ok());
        QVERIFY(lab.engine->images().remove(lab.admin, QStringLiteral("golden")).ok());
        QVERIFY(storeFiles(lab).isEmpty());
    }

    void namesMayRepeatIdsDecide()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto a = createAndWait(lab, lab.admin, fileSpec(QStringLiteral("twin"), files.qcow2(QStringLiteral("t1.qcow2"))));
        const auto b = createAndWait(lab, lab.admin, fileSpec(QStringLiteral("twin"), files.qcow2(QStringLiteral("t2.qcow2"))));
        QVERIFY(a.ok() && b.ok());
        const auto ambiguous = lab.engine->images().show(lab.admin, QStringLiteral("twin"));
        QCOMPARE(ambiguous.error().code, ErrorCode::Conflict);
        QVERIFY(ambiguous.error().message.contains(QStringLiteral("ID")));
        QCOMPARE(lab.engine->images().show(lab.admin, b->id)->id, b->id);
    }

    void demoLabRegistersTinyLinux()
    {
        TestLab lab;
        const QString file = files.qcow2WithData(QStringLiteral("tiny.qcow2"));
        auto e = Engine::open(EngineOptions{lab.dir.path() + QStringLiteral("/data"), true, false, file});
        QVERIFY(e.ok());
        lab.engine = std::move(e).value();
        lab.admin = *lab.engine->localAdminContext();
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        const auto tiny = lab.engine->images().show(member, QStringLiteral("tiny-linux"));
        QVERIFY2(tiny.ok(), qPrintable(tiny.error().toString()));
        QCOMPARE(tiny->diskFormat, QStringLiteral("qcow2"));
        QCOMPARE(tiny->minDiskGb, qint64(1));
        QCOMPARE(tiny->minRamMb, qint64(64));
        QCOMPARE(tiny->visibility, ImageVisibility::Public);
        QCOMPARE(tiny->checksum, ImageFiles::sha256Of(file));
    }

    void cacheOnSimulatedHost()
    {
        TestLab lab;
        QVERIFY(lab.open(true, true));
        const auto image = createAndWait(lab, lab.admin, fileSpec(QStringLiteral("c"), files.qcow2(QStringLiteral("c.qcow2"))));
        QVERIFY(image.ok());
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QCOMPARE(lab.engine->imageCache().ensureOnHost(member, image->id, QStringLiteral("compute-1")).error().code,
                 ErrorCode::Forbidden);
        auto task = lab.engine->imageCache().ensureOnHost(lab.admin, image->id, QStringLiteral("compute-1"));
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        const auto path = lab.engine->tasks().wait(*task);
        QVERIFY2(path.ok(), qPrintable(path.error().toString()));
        QVERIFY(path->toString().endsWith(image->id));
        const auto cached = lab.engine->imageCache().list(lab.admin, QStringLiteral("compute-1"));
        QCOMPARE(cached->size(), 1);
        QCOMPARE(cached->first().imageName, QStringLiteral("c"));
        QCOMPARE(lab.engine->imageCache().list(lab.admin, QStringLiteral("compute-2"))->size(), 0);
        // A second request finds the copy.
        auto again = lab.engine->imageCache().ensureOnHost(lab.admin, QStringLiteral("c"), QStringLiteral("compute-1"));
        QCOMPARE(lab.engine->tasks().wait(*again)->toString(), path->toString());
        QVERIFY(!lab.engine->imageCache().ensureOnHost(lab.admin, QStringLiteral("nope"), QStringLiteral("compute-1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestImages)
#include "tst_images.moc"
