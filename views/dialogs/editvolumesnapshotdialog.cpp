#include "editvolumesnapshotdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumeservice.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sd {

EditVolumeSnapshotDialog::EditVolumeSnapshotDialog(Engine &engine, const RequestContext &ctx,
                                                   const VolumeSnapshot &snapshot, QWidget *parent)
    : FormDialog(tr("Edit Snapshot %1").arg(snapshot.label()), tr("Save"), parent), m_engine(engine),
      m_ctx(ctx), m_snapshot(snapshot), m_name(new QLineEdit(snapshot.name, this)),
      m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("EditVolumeSnapshotDialog"));
    m_name->setObjectName(QStringLiteral("SnapshotNameEdit"));
    form()->addRow(tr("Snapshot Name *"), m_name);
    m_description->setObjectName(QStringLiteral("SnapshotDescriptionEdit"));
    m_description->setPlainText(snapshot.description);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form()->addRow(tr("Description"), m_description);
    connect(m_name, &QLineEdit::textChanged, this, &EditVolumeSnapshotDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EditVolumeSnapshotDialog::updateOk);
    updateOk();
}

QString EditVolumeSnapshotDialog::problem() const
{
    if (auto name = checkedName(tr("Snapshot Name"), m_name->text().trimmed()); !name)
        return name.error().message;
    if (auto text = checkedText(tr("Description"), m_description->toPlainText()); !text)
        return text.error().message;
    return {};
}

bool EditVolumeSnapshotDialog::submit()
{
    const QString name = m_name->text().trimmed();
    const QString description = m_description->toPlainText();
    if (name == m_snapshot.name && description == m_snapshot.description)
        return true;
    auto result = m_engine.volumes().updateSnapshot(
        m_ctx.withNewRequestId(), m_snapshot.id,
        name == m_snapshot.name ? std::nullopt : std::optional<QString>(name),
        description == m_snapshot.description ? std::nullopt : std::optional<QString>(description));
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
