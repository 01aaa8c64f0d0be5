// stackctl keypair create|list|show|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"

#include "compute/keypairservice.h"
#include "compute/privatekeyfile.h"
#include "engine.h"

#include <QFile>

namespace sd::cli {

namespace {

class KeyPairCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::KeyPairCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> columns();
    static Row row(const KeyPair &keyPair);
    static OptionSpec userOption();

    static CliResult<void> checkCreate(const ParsedArgs &args);
    // The spec from the command line; reads --public-key's file.
    static CliResult<KeyPairSpec> spec(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> KeyPairCommands::columns()
{
    // `openstack keypair list` prints Name, Fingerprint, Type; show, json and yaml add the rest. The public
    // key itself is `keypair show --public-key`, as in the OpenStack client.
    return {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("fingerprint"), tr("Fingerprint")},
        {QStringLiteral("type"), tr("Type")},
        {QStringLiteral("key_type"), tr("Key Type"), {}, false},
        {QStringLiteral("user_id"), tr("User ID"), {}, false},
        {QStringLiteral("user_name"), tr("User Name"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
    };
}

Row KeyPairCommands::row(const KeyPair &k)
{
    // Key Type as `ssh-keygen -l` says it: "ED25519 256", "RSA 3072".
    return {k.name,   k.fingerprint, k.type,      QStringLiteral("%1 %2").arg(k.algorithm).arg(k.bits),
            k.userId, k.userName,    k.createdAt, k.publicKey};
}

OptionSpec KeyPairCommands::userOption()
{
    return {.names = {QStringLiteral("--user")},
            .valueName = QStringLiteral("USER"),
            .help = tr("another user's key pairs (administrators only; name or ID)")};
}

QList<CommandSpec> KeyPairCommands::all()
{
    const QString keypair = QStringLiteral("keypair");
    return {
        {.words = {keypair, QStringLiteral("create")},
         .summary =
             tr("Create a key pair, or import a public key; without --public-key or --private-key the new "
                "private key is printed (once: it is not stored)"),
         .options =
             {
                 {.names = {QStringLiteral("--public-key")},
                  .valueName = QStringLiteral("FILE"),
                  .help = tr("import the OpenSSH public key in FILE (e.g. ~/.ssh/id_ed25519.pub)")},
                 {.names = {QStringLiteral("--private-key")},
                  .valueName = QStringLiteral("FILE"),
                  .help = tr("write the new private key to FILE (mode 0600; an existing file is never "
                             "overwritten)")},
                 {.names = {QStringLiteral("--type")},
                  .valueName = QStringLiteral("TYPE"),
                  .help = tr("the new key's type: ed25519 (default) or rsa")},
                 {.names = {QStringLiteral("--bits")},
                  .valueName = QStringLiteral("N"),
                  .help = tr("RSA key size: 2048, 3072 (default) or 4096"),
                  .kind = ValueKind::Integer},
                 userOption(),
             },
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new key pair"))},
         .columns = columns(),
         .run = create,
         .check = checkCreate},
        {.words = {keypair, QStringLiteral("list")},
         .summary = tr("List your key pairs"),
         .options = {userOption()},
         .columns = columns(),
         .run = list},
        {.words = {keypair, QStringLiteral("show")},
         .summary = tr("Show one key pair"),
         .options = {{.names = {QStringLiteral("--public-key")},
                      .help = tr("print only the public key line (for authorized_keys)")},
                     userOption()},
         .positionals = {IdentityOptions::argument(QStringLiteral("KEYPAIR"), tr("key pair name"))},
         .columns = columns(),
         .run = show},
        {.words = {keypair, QStringLiteral("delete")},
         .summary = tr("Delete key pairs; instances launched with one keep the key they were given"),
         .options = {userOption()},
         .positionals = {IdentityOptions::argument(QStringLiteral("KEYPAIR"), tr("key pair name"), true)},
         .run = remove},
    };
}

CliResult<void> KeyPairCommands::checkCreate(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("public-key"),
                                                 QStringLiteral("private-key"));
        !r)
        return r;
    const QString type = args.value(QStringLiteral("type"));
    if (args.isSet(QStringLiteral("type")) && type != QLatin1String("ed25519") &&
        type != QLatin1String("rsa"))
        return CliError::usage(tr("--type: '%1' is not a key type; use ed25519 or rsa").arg(type));
    if (args.isSet(QStringLiteral("public-key")) &&
        (args.isSet(QStringLiteral("type")) || args.isSet(QStringLiteral("bits"))))
        return CliError::usage(tr("--type and --bits are for new keys; an imported key has its own"));
    auto bits = args.integer(QStringLiteral("bits"));
    if (!bits)
        return bits.error();
    if (bits->has_value() && type != QLatin1String("rsa"))
        return CliError::usage(tr("--bits: only RSA keys have a size; add --type rsa"));
    return {};
}

CliResult<KeyPairSpec> KeyPairCommands::spec(const ParsedArgs &args)
{
    KeyPairSpec spec;
    spec.name = args.positionals.at(0);
    spec.user = args.value(QStringLiteral("user"));
    if (args.value(QStringLiteral("type")) == QLatin1String("rsa")) {
        spec.type = KeyPairSpec::Type::Rsa;
        // checkCreate vetted the number.
        spec.rsaBits = int(args.integer(QStringLiteral("bits"))->value_or(3072));
    }
    if (args.isSet(QStringLiteral("public-key"))) {
        const QString path = args.value(QStringLiteral("public-key"));
        QFile file(path);
        // A public key is one line; anything much longer is not one (and is not read into memory whole).
        if (!file.open(QIODevice::ReadOnly))
            return CliError{ExitUserError, tr("Public key file '%1': %2").arg(path, file.errorString()), {}};
        const QByteArray bytes = file.read(64 * 1024);
        spec.publicKey = QString::fromUtf8(bytes);
    }
    return spec;
}

CliResult<void> KeyPairCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto keySpec = spec(args);
    if (!keySpec)
        return keySpec.error();
    const QString privateFile = args.value(QStringLiteral("private-key"));
    // Before the key pair exists: a key pair whose private key could not be written would be useless.
    if (!privateFile.isEmpty())
        if (auto w = PrivateKeyFile::checkWritable(privateFile); !w)
            return CliError::fromEngine(w.error());
    auto created = ctx.engine().keyPairs().create(ctx.request(), *keySpec);
    if (!created)
        return CliError::fromEngine(created.error());
    if (!keySpec->publicKey && privateFile.isEmpty()) {
        // As `openstack keypair create NAME`: the private key itself, ready to redirect into a file.
        ctx.out() << created->privateKey;
        return {};
    }
    if (!privateFile.isEmpty()) {
        if (auto w = PrivateKeyFile::write(privateFile, created->privateKey); !w) {
            // The key is lost with the file: take the key pair back rather than leave one nobody can use.
            (void)ctx.engine().keyPairs().remove(ctx.request(), keySpec->name, keySpec->user);
            return CliError::fromEngine(w.error());
        }
    }
    ctx.printOne(columns(), row(created->keyPair));
    return {};
}

CliResult<void> KeyPairCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto keys = ctx.engine().keyPairs().list(ctx.request(), args.value(QStringLiteral("user")));
    if (!keys)
        return CliError::fromEngine(keys.error());
    QList<Row> rows;
    for (const KeyPair &k : *keys)
        rows.append(row(k));
    ctx.printList(columns(), rows);
    return {};
}

CliResult<void> KeyPairCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto key = ctx.engine().keyPairs().show(ctx.request(), args.positionals.at(0),
                                            args.value(QStringLiteral("user")));
    if (!key)
        return CliError::fromEngine(key.error());
    if (args.isSet(QStringLiteral("public-key"))) {
        ctx.out() << key->publicKey << '\n';
        return {};
    }
    ctx.printOne(columns(), row(*key));
    return {};
}

CliResult<void> KeyPairCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    const QString user = args.value(QStringLiteral("user"));
    return deleteEach(ctx, args.positionals, tr("Failed to delete key pair with name '%1': %2"),
                      tr("%1 of %2 key pairs failed to delete."), [&ctx, &user](const QString &name) {
                          return ctx.engine().keyPairs().remove(ctx.request(), name, user);
                      });
}

} // namespace

QList<CommandSpec> keyPairCommands()
{
    return KeyPairCommands::all();
}

} // namespace sd::cli
