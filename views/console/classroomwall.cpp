#include "classroomwall.h"

#include "consolethumbnail.h"

#include "console/graphicssession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sd {

ClassroomWall::ClassroomWall(QWidget *parent)
    : QScrollArea(parent), m_content(new QWidget), m_grid(new QGridLayout), m_empty(new QLabel)
{
    setObjectName(QStringLiteral("ClassroomWall"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns follow the width instead
    m_empty->setObjectName(QStringLiteral("ClassroomWallEmpty"));
    m_empty->setText(tr("No consoles on the wall: there is no running instance with a graphical console "
                        "to show."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_grid->setSpacing(kSpacing);
    m_grid->setContentsMargins(kSpacing, kSpacing, kSpacing, kSpacing);
    // Centred across, packed at the top.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(m_grid);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(row);
    layout->addStretch(1);
    setWidget(m_content);
    viewport()->installEventFilter(this);
    relayout(true);
}

int ClassroomWall::columnsFor(int width)
{
    const int cell = ConsoleThumbnail::cellWidth();
    return qMax(1, (width - 2 * kSpacing + kSpacing) / (cell + kSpacing));
}

void ClassroomWall::addSession(GraphicsSession *session, const QString &title)
{
    if (!session)
        return;
    session->setMaxFrameRate(kFrameRate);
    auto *thumbnail = new ConsoleThumbnail(session, title, m_content);
    m_thumbnails.append(thumbnail);
    connect(thumbnail, &ConsoleThumbnail::clicked, this, &ClassroomWall::openRequested);
    connect(session, &QObject::destroyed, thumbnail, [this, thumbnail] { remove(thumbnail); });
    relayout(true);
    if (session->state() == GraphicsSession::State::Idle)
        session->open();
}

void ClassroomWall::remove(ConsoleThumbnail *thumbnail)
{
    m_thumbnails.removeOne(thumbnail);
    m_grid->removeWidget(thumbnail);
    thumbnail->deleteLater();
    relayout(true);
}

void ClassroomWall::clear()
{
    for (ConsoleThumbnail *thumbnail : std::exchange(m_thumbnails, {})) {
        if (thumbnail->session())
            thumbnail->session()->disconnect(thumbnail);
        m_grid->removeWidget(thumbnail);
        delete thumbnail;
    }
    relayout(true);
}

bool ClassroomWall::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::Resize)
        relayout();
    return QScrollArea::eventFilter(watched, event);
}

void ClassroomWall::relayout(bool force)
{
    m_empty->setVisible(m_thumbnails.isEmpty());
    const int columns = columnsFor(viewport()->width());
    if (columns == m_columns && !force)
        return;
    m_columns = columns;
    for (ConsoleThumbnail *thumbnail : std::as_const(m_thumbnails))
        m_grid->removeWidget(thumbnail);
    for (int i = 0; i < m_thumbnails.size(); ++i)
        m_grid->addWidget(m_thumbnails.at(i), i / columns, i % columns);
}

} // namespace sd
