// stackctl image add project | image remove project | image member list: the projects a shared image is
// shared with (Glance's image members).

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"
#include "imagecolumns.h"

#include "engine.h"
#include "identity/projectservice.h"
#include "image/imageservice.h"

namespace sd::cli {

namespace {

class ImageMemberCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ImageMemberCommands)

public:
    static QList<CommandSpec> all();

private:
    static CliResult<void> add(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);

    static Row memberRow(CliContext &ctx, const Image &image, const QString &projectId);
};

QList<CommandSpec> ImageMemberCommands::all()
{
    const QString image = QStringLiteral("image");
    const PositionalSpec imageArgument =
        IdentityOptions::argument(QStringLiteral("IMAGE"), tr("name or ID of a shared image"));
    const PositionalSpec project =
        IdentityOptions::argument(QStringLiteral("PROJECT"), tr("project name or ID"));
    return {
        {.words = {image, QStringLiteral("add"), QStringLiteral("project")},
         .summary = tr("Share an image (visibility shared) with a project"),
         .positionals = {imageArgument, project},
         .columns = ImageColumns::members(),
         .run = add},
        {.words = {image, QStringLiteral("remove"), QStringLiteral("project")},
         .summary = tr("Stop sharing an image with a project"),
         .positionals = {imageArgument, project},
         .run = remove},
        {.words = {image, QStringLiteral("member"), QStringLiteral("list")},
         .summary = tr("List the projects an image is shared with"),
         .positionals = {imageArgument},
         .columns = ImageColumns::members(),
         .run = list},
    };
}

Row ImageMemberCommands::memberRow(CliContext &ctx, const Image &image, const QString &projectId)
{
    // A member may not see other tenants' projects (NotFound, so their names do not leak); the id is
    // what the image holds anyway, and the name is shown to whoever may see it.
    auto project = ctx.engine().projects().show(ctx.request(), projectId);
    return ImageColumns::memberRow(image.id, projectId, project ? project->name : QString());
}

CliResult<void> ImageMemberCommands::add(CliContext &ctx, const ParsedArgs &args)
{
    ImageService &images = ctx.engine().images();
    auto before = images.show(ctx.request(), args.positionals.at(0));
    if (!before)
        return CliError::fromEngine(before.error());
    auto after = images.addMember(ctx.request(), before->id, args.positionals.at(1));
    if (!after)
        return CliError::fromEngine(after.error());
    // The engine resolves PROJECT (a member may name a project it cannot look up), so the new member is
    // the id the image did not have before; adding a member again changes nothing, and then the project
    // is found by looking it up.
    QString added;
    for (const QString &projectId : after->memberProjectIds)
        if (!before->memberProjectIds.contains(projectId))
            added = projectId;
    if (added.isEmpty())
        if (auto project = ctx.engine().projects().show(ctx.request(), args.positionals.at(1)); project)
            added = project->id;
    if (!added.isEmpty())
        ctx.printOne(ImageColumns::members(), memberRow(ctx, *after, added));
    return {};
}

CliResult<void> ImageMemberCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    auto r =
        ctx.engine().images().removeMember(ctx.request(), args.positionals.at(0), args.positionals.at(1));
    if (!r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> ImageMemberCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto image = ctx.engine().images().show(ctx.request(), args.positionals.at(0));
    if (!image)
        return CliError::fromEngine(image.error());
    QList<Row> rows;
    for (const QString &projectId : image->memberProjectIds)
        rows.append(memberRow(ctx, *image, projectId));
    ctx.printList(ImageColumns::members(), rows);
    return {};
}

} // namespace

QList<CommandSpec> imageMemberCommands()
{
    return ImageMemberCommands::all();
}

} // namespace sd::cli
