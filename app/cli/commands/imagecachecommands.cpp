// stackctl image cache add|list: copies of images in the hosts' image caches, so that a class launching
// thirty instances at once does not wait for thirty copies.

#include "commands.h"

#include "clicontext.h"
#include "foregroundtask.h"
#include "imagecolumns.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "image/imagecache.h"
#include "image/imageservice.h"

namespace sd::cli {

namespace {

// The copy goes through the host's libvirt connection, so it must have had its chance to come up.
constexpr int settleTimeoutMs = 5000;

class ImageCacheCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ImageCacheCommands)

public:
    static QList<CommandSpec> all();

private:
    static CliResult<void> add(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
};

QList<CommandSpec> ImageCacheCommands::all()
{
    const QString image = QStringLiteral("image");
    const QString cache = QStringLiteral("cache");
    return {
        {.words = {image, cache, QStringLiteral("add")},
         .summary = tr("Copy an image into a host's image cache ahead of launches (administrators only)"),
         .positionals = {{QStringLiteral("IMAGE"), tr("image name or ID")},
                         {QStringLiteral("HOST"), tr("host name or ID")}},
         .columns = ImageColumns::cache(),
         .run = add},
        {.words = {image, cache, QStringLiteral("list")},
         .summary = tr("List the images the hosts' caches hold"),
         .options = {{.names = {QStringLiteral("--host")},
                      .valueName = QStringLiteral("HOST"),
                      .help = tr("only this host's cache")}},
         .columns = ImageColumns::cache(),
         .run = list},
    };
}

CliResult<void> ImageCacheCommands::add(CliContext &ctx, const ParsedArgs &args)
{
    const QString host = args.positionals.at(1);
    auto image = ctx.engine().images().show(ctx.request(), args.positionals.at(0));
    if (!image)
        return CliError::fromEngine(image.error());
    ctx.engine().hosts().waitUntilSettled(settleTimeoutMs);
    auto task = ctx.engine().imageCache().ensureOnHost(ctx.request(), image->id, host);
    if (!task)
        return CliError::fromEngine(task.error());
    if (auto done = ForegroundTask::wait(ctx, *task, tr("Copying"), image->size); !done)
        return done.error();
    auto entries = ctx.engine().imageCache().list(ctx.request(), host);
    if (!entries)
        return CliError::fromEngine(entries.error());
    for (const CachedImage &entry : *entries)
        if (entry.imageId == image->id) {
            ctx.printOne(ImageColumns::cache(), ImageColumns::cacheRow(entry));
            break;
        }
    return {};
}

CliResult<void> ImageCacheCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto entries = ctx.engine().imageCache().list(ctx.request(), args.value(QStringLiteral("host")));
    if (!entries)
        return CliError::fromEngine(entries.error());
    QList<Row> rows;
    for (const CachedImage &entry : *entries)
        rows.append(ImageColumns::cacheRow(entry));
    ctx.printList(ImageColumns::cache(), rows);
    return {};
}

} // namespace

QList<CommandSpec> imageCacheCommands()
{
    return ImageCacheCommands::all();
}

} // namespace sd::cli
