#include "fieldwitherror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sd {

FieldWithError::FieldWithError(QWidget *field, QWidget *parent, const QString &hint)
    : QWidget(parent), m_field(field), m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    // The box takes the form's width, so the error under a narrow field has room for its sentence.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(field);
    if (!(field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag))
        row->addStretch(1);
    column->addLayout(row);
    if (!hint.isEmpty()) {
        m_hint = new QLabel(hint, this);
        m_hint->setObjectName(QStringLiteral("HintLabel"));
        m_hint->setWordWrap(true);
        column->addWidget(m_hint);
    }
    column->addWidget(m_error);
}

void FieldWithError::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (m_hint)
        m_hint->setVisible(text.isEmpty());
}

QString FieldWithError::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sd
