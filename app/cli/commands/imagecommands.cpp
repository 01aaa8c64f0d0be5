// stackctl image create|list|show|set|unset|delete|save (create --volume: a volume's data as an image)

#include "commands.h"

#include "clicontext.h"
#include "foregroundtask.h"
#include "identityoptions.h"
#include "imagecolumns.h"
#include "imageoptions.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "volume/volumeservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

namespace sd::cli {

namespace {
// How long `image create --volume` waits for the new image to become active (a large volume on a slow disk).
constexpr int kUploadWaitMs = 600000;
} // namespace

namespace {

class ImageCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ImageCommands)

public:
    static QList<CommandSpec> all();

private:
    static PositionalSpec imageArgument(bool many = false)
    {
        return IdentityOptions::argument(QStringLiteral("IMAGE"), tr("image name or ID"), many);
    }

    static CliResult<void> checkCreate(const ParsedArgs &args);
    static CliResult<void> checkSet(const ParsedArgs &args);
    static CliResult<void> checkList(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unset(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> save(CliContext &ctx, const ParsedArgs &args);

    static CliResult<void> printImage(CliContext &ctx, const QString &nameOrId);
    // `image create --volume`: Cinder's upload-to-image, the volume's data as a new private image.
    static CliResult<void> createFromVolume(CliContext &ctx, const ParsedArgs &args);
};

QList<CommandSpec> ImageCommands::all()
{
    const QString image = QStringLiteral("image");
    const OptionSpec file{.names = {QStringLiteral("--file")},
                          .valueName = QStringLiteral("FILE"),
                          .help = tr("upload the image's data from this local file")};
    const OptionSpec url{.names = {QStringLiteral("--url")},
                         .valueName = QStringLiteral("URL"),
                         .help = tr("download the image's data from this http or https URL")};
    const OptionSpec volume{.names = {QStringLiteral("--volume")},
                            .valueName = QStringLiteral("VOLUME"),
                            .help = tr("make a private image of this volume's data (name or ID)")};
    const OptionSpec force{.names = {QStringLiteral("--force")},
                           .help = tr("with --volume: upload a volume that is attached to an instance")};
    const OptionSpec name{.names = {QStringLiteral("--name")},
                          .valueName = QStringLiteral("NAME"),
                          .help = tr("new image name")};
    const OptionSpec deactivate{.names = {QStringLiteral("--deactivate")},
                                .help =
                                    tr("keep instances from being launched from it (administrators only)")};
    const OptionSpec activate{.names = {QStringLiteral("--activate")},
                              .help = tr("make a deactivated image usable again (administrators only)")};
    return {
        {.words = {image, QStringLiteral("create")},
         .summary = tr("Upload or download an image; it is active only once its data is whole and checked"),
         .options =
             QList<OptionSpec>{file, url, volume, force, ImageOptions::diskFormat(),
                               ImageOptions::containerFormat(), ImageOptions::minDisk(),
                               ImageOptions::minRam()} +
             ImageOptions::visibility() + ImageOptions::protection() +
             QList<OptionSpec>{ImageOptions::property(QStringLiteral("KEY=VALUE"),
                                                      tr("a property, e.g. os_distro=ubuntu (repeatable)")),
                               ImageOptions::tag(tr("a tag (repeatable)"))},
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new image"))},
         .columns = ImageColumns::show(),
         .run = create,
         .check = checkCreate},
        {.words = {image, QStringLiteral("list")},
         .summary = tr("List the images you may use"),
         .options = ImageOptions::visibility() +
                    QList<OptionSpec>{
                        {.names = {QStringLiteral("--status")},
                         .valueName = QStringLiteral("STATUS"),
                         .help = tr("only images in this status: queued, saving, active, deactivated")},
                        {.names = {QStringLiteral("--name")},
                         .valueName = QStringLiteral("NAME"),
                         .help = tr("only images whose name contains this, in any case")},
                        {.names = {QStringLiteral("--long")},
                         .help = tr("also show formats, size, checksum, visibility, protection, owner and "
                                    "tags")}},
         .columns = ImageColumns::list(true),
         .run = list,
         .check = checkList},
        {.words = {image, QStringLiteral("show")},
         .summary = tr("Show one image"),
         .positionals = {imageArgument()},
         .columns = ImageColumns::show(),
         .run = show},
        {.words = {image, QStringLiteral("set")},
         .summary = tr("Change an image's name, sizes, visibility, protection, properties or tags"),
         .options =
             QList<OptionSpec>{name, ImageOptions::minDisk(), ImageOptions::minRam(),
                               ImageOptions::containerFormat()} +
             ImageOptions::visibility() + ImageOptions::protection() +
             QList<OptionSpec>{ImageOptions::property(QStringLiteral("KEY=VALUE"),
                                                      tr("a property to add or change (repeatable)")),
                               ImageOptions::tag(tr("a tag to add (repeatable)")), deactivate, activate},
         .positionals = {imageArgument()},
         .run = set,
         .check = checkSet},
        {.words = {image, QStringLiteral("unset")},
         .summary = tr("Remove properties or tags from an image"),
         .options = {ImageOptions::property(QStringLiteral("KEY"), tr("a property to remove (repeatable)")),
                     ImageOptions::tag(tr("a tag to remove (repeatable)"))},
         .positionals = {imageArgument()},
         .run = unset,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("image unset"),
                                                    {QStringLiteral("property"), QStringLiteral("tag")});
             }},
        {.words = {image, QStringLiteral("delete")},
         .summary = tr("Delete images; each is reported, and the others are still deleted if one is refused"),
         .positionals = {imageArgument(true)},
         .run = remove},
        {.words = {image, QStringLiteral("save")},
         .summary = tr("Download an image's data to a local file"),
         .options = {{.names = {QStringLiteral("--file")},
                      .valueName = QStringLiteral("FILE"),
                      .help = tr("where to write it (replaced if it exists)"),
                      .required = true}},
         .positionals = {imageArgument()},
         .run = save},
    };
}

CliResult<void> ImageCommands::checkCreate(const ParsedArgs &args)
{
    const bool file = args.isSet(QStringLiteral("file"));
    const bool url = args.isSet(QStringLiteral("url"));
    const bool volume = args.isSet(QStringLiteral("volume"));
    QStringList sources;
    for (const char *key : {"file", "url", "volume"})
        if (args.isSet(QLatin1String(key)))
            sources.append(QStringLiteral("--") + QLatin1String(key));
    if (sources.size() > 1)
        return CliError::usage(
            tr("%1 exclude each other; give one").arg(sources.join(QStringLiteral(" and "))));
    if (sources.isEmpty())
        return CliError::usage(
            tr("missing --file or --url, or --volume: give the image's data as a local file, "
               "a URL or a volume"));
    if (args.isSet(QStringLiteral("force")) && !volume)
        return CliError::usage(tr("--force goes with --volume, an attached volume to upload"));
    if (volume) {
        // Upload-to-image makes a private image with the volume's properties; the rest is `image set`'s.
        for (const char *key : {"container-format", "min-disk", "min-ram", "public", "shared", "community",
                                "protected", "unprotected", "property", "tag"})
            if (args.isSet(QLatin1String(key)))
                return CliError::usage(
                    tr("--%1 cannot go with --volume; change the new image with `image set` afterwards")
                        .arg(QLatin1String(key)));
    }
    if (url) {
        const QString text = args.value(QStringLiteral("url"));
        const QUrl parsed(text, QUrl::StrictMode);
        // Which schemes are allowed is the engine's to say; this only catches what is no URL at all.
        if (!parsed.isValid() || parsed.isRelative())
            return CliError::usage(tr("--url %1: not a URL").arg(text));
    }
    if (file && args.value(QStringLiteral("file")).isEmpty())
        return CliError::usage(tr("--file: the file name is empty"));
    return ImageOptions::checkCommon(args);
}

CliResult<void> ImageCommands::checkList(const ParsedArgs &args)
{
    if (auto v = ImageOptions::visibility(args); !v)
        return v.error();
    const QString status = args.value(QStringLiteral("status"));
    if (args.isSet(QStringLiteral("status")) && !imageStatusFromName(status))
        return CliError::usage(
            tr("--status %1: not one of queued, saving, active, killed, deleted, deactivated").arg(status));
    return {};
}

CliResult<void> ImageCommands::checkSet(const ParsedArgs &args)
{
    static const QStringList keys = {
        QStringLiteral("name"),        QStringLiteral("min-disk"),
        QStringLiteral("min-ram"),     QStringLiteral("public"),
        QStringLiteral("private"),     QStringLiteral("shared"),
        QStringLiteral("community"),   QStringLiteral("protected"),
        QStringLiteral("unprotected"), QStringLiteral("container-format"),
        QStringLiteral("property"),    QStringLiteral("tag"),
        QStringLiteral("deactivate"),  QStringLiteral("activate"),
    };
    if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("image set"), keys); !r)
        return r;
    if (auto r =
            IdentityOptions::checkExclusive(args, QStringLiteral("deactivate"), QStringLiteral("activate"));
        !r)
        return r;
    return ImageOptions::checkCommon(args);
}

CliResult<void> ImageCommands::printImage(CliContext &ctx, const QString &nameOrId)
{
    auto image = ctx.engine().images().show(ctx.request(), nameOrId);
    if (!image)
        return CliError::fromEngine(image.error());
    const QList<Column> columns = ImageColumns::show();
    ctx.printOne(columns, ImageColumns::row(columns, *image));
    return {};
}

CliResult<void> ImageCommands::createFromVolume(CliContext &ctx, const ParsedArgs &args)
{
    ctx.engine().hosts().waitUntilSettled(5000);
    auto task = ctx.engine().volumes().uploadToImage(
        ctx.request(), args.value(QStringLiteral("volume")), args.positionals.at(0),
        args.value(QStringLiteral("disk-format")), args.isSet(QStringLiteral("force")));
    if (!task)
        return CliError::fromEngine(task.error());
    auto imageId = ForegroundTask::wait(ctx, *task, tr("Uploading"));
    if (!imageId)
        return imageId.error();
    // The volume's data is copied out; the image's own upload (ImageService's task, which checks it) makes
    // it active. Show the image once that has ended, as `image create --file` does.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto image = ctx.engine().images().show(ctx.request(), imageId->toString());
        if (!image || (image->status != ImageStatus::Queued && image->status != ImageStatus::Saving) ||
            waited.elapsed() > kUploadWaitMs)
            break;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return printImage(ctx, imageId->toString());
}

CliResult<void> ImageCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    if (args.isSet(QStringLiteral("volume")))
        return createFromVolume(ctx, args);
    // checkCreate has vetted every option, so the results below are values.
    ImageSpec spec;
    spec.name = args.positionals.at(0);
    spec.diskFormat = args.value(QStringLiteral("disk-format"));
    if (args.isSet(QStringLiteral("container-format")))
        spec.containerFormat = args.value(QStringLiteral("container-format"));
    spec.minDiskGb = args.integer(QStringLiteral("min-disk"))->value_or(0);
    spec.minRamMb = args.integer(QStringLiteral("min-ram"))->value_or(0);
    spec.visibility = ImageOptions::visibility(args)->value_or(spec.visibility);
    spec.isProtected = ImageOptions::isProtected(args).value_or(false);
    spec.properties = *ImageOptions::properties(args);
    spec.tags = args.values(QStringLiteral("tag"));
    qint64 totalBytes = -1;
    QString label;
    if (args.isSet(QStringLiteral("file"))) {
        spec.sourceFile = args.value(QStringLiteral("file"));
        const QFileInfo info(spec.sourceFile);
        totalBytes = info.exists() ? info.size() : -1;
        label = tr("Uploading");
    } else {
        spec.sourceUrl = QUrl(args.value(QStringLiteral("url")), QUrl::StrictMode);
        label = tr("Downloading");
    }

    auto task = ctx.engine().images().create(ctx.request(), spec);
    if (!task)
        return CliError::fromEngine(task.error());
    auto imageId = ForegroundTask::wait(ctx, *task, label, totalBytes);
    if (!imageId)
        return imageId.error();
    return printImage(ctx, imageId->toString());
}

CliResult<void> ImageCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    ImageFilter filter;
    filter.visibility = *ImageOptions::visibility(args);
    if (args.isSet(QStringLiteral("status")))
        filter.status = imageStatusFromName(args.value(QStringLiteral("status")));
    filter.name = args.value(QStringLiteral("name"));
    auto images = ctx.engine().images().list(ctx.request(), filter);
    if (!images)
        return CliError::fromEngine(images.error());
    const QList<Column> columns = ImageColumns::list(args.isSet(QStringLiteral("long")));
    QList<Row> rows;
    for (const Image &image : *images)
        rows.append(ImageColumns::row(columns, image));
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> ImageCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    return printImage(ctx, args.positionals.at(0));
}

CliResult<void> ImageCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    const QString image = args.positionals.at(0);
    ImageService &images = ctx.engine().images();
    ImageUpdate change;
    if (args.isSet(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    change.minDiskGb = *args.integer(QStringLiteral("min-disk"));
    change.minRamMb = *args.integer(QStringLiteral("min-ram"));
    change.visibility = *ImageOptions::visibility(args);
    change.isProtected = ImageOptions::isProtected(args);
    if (args.isSet(QStringLiteral("container-format")))
        change.containerFormat = args.value(QStringLiteral("container-format"));
    change.setProperties = *ImageOptions::properties(args);
    change.addTags = args.values(QStringLiteral("tag"));

    const bool edits = change.name || change.minDiskGb || change.minRamMb || change.visibility ||
                       change.isProtected || change.containerFormat || !change.setProperties.isEmpty() ||
                       !change.addTags.isEmpty();
    QString target = image;
    if (edits) {
        auto edited = images.update(ctx.request(), image, change);
        if (!edited)
            return CliError::fromEngine(edited.error());
        // The edit may have renamed it; its id still names it.
        target = edited->id;
    }
    if (!args.isSet(QStringLiteral("deactivate")) && !args.isSet(QStringLiteral("activate")))
        return {};
    auto r = args.isSet(QStringLiteral("deactivate")) ? images.deactivate(ctx.request(), target)
                                                      : images.reactivate(ctx.request(), target);
    if (!r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> ImageCommands::unset(CliContext &ctx, const ParsedArgs &args)
{
    ImageUpdate change;
    change.unsetProperties = args.values(QStringLiteral("property"));
    change.removeTags = args.values(QStringLiteral("tag"));
    if (auto r = ctx.engine().images().update(ctx.request(), args.positionals.at(0), change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> ImageCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    // As the OpenStack client: try every image, report each refusal, and fail once at the end.
    qsizetype failed = 0;
    for (const QString &image : args.positionals) {
        if (auto r = ctx.engine().images().remove(ctx.request(), image); !r) {
            ++failed;
            ctx.err() << tr("Failed to delete image with name or ID '%1': %2").arg(image, r.error().message)
                      << '\n';
        }
    }
    if (failed == 0)
        return {};
    return CliError{
        ExitUserError, tr("%1 of %2 images failed to delete.").arg(failed).arg(args.positionals.size()), {}};
}

CliResult<void> ImageCommands::save(CliContext &ctx, const ParsedArgs &args)
{
    auto image = ctx.engine().images().show(ctx.request(), args.positionals.at(0));
    if (!image)
        return CliError::fromEngine(image.error());
    auto task = ctx.engine().images().save(ctx.request(), image->id, args.value(QStringLiteral("file")));
    if (!task)
        return CliError::fromEngine(task.error());
    if (auto done = ForegroundTask::wait(ctx, *task, tr("Saving"), image->size); !done)
        return done.error();
    return {};
}

} // namespace

QList<CommandSpec> imageCommands()
{
    return ImageCommands::all();
}

} // namespace sd::cli
