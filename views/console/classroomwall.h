#pragma once

#include <QList>
#include <QScrollArea>

class QGridLayout;
class QLabel;

namespace sd {

class ConsoleThumbnail;
class GraphicsSession;

// The classroom wall: live thumbnails of many consoles in a grid whose column count follows the width,
// so a teacher sees 30 screens at once. Each session is slowed to kFrameRate frames a second. A click
// on a thumbnail asks for that instance's full console (openRequested); the owner opens a ConsoleWindow
// with a session of its own at full rate.
// The sessions are not owned: whoever created them closes and deletes them. A thumbnail leaves the
// wall by itself when its session is deleted; clear() empties the wall first when the owner replaces
// the whole set.
class ClassroomWall : public QScrollArea
{
    Q_OBJECT

public:
    explicit ClassroomWall(QWidget *parent = nullptr);

    // Shows `session` under `title` (the instance name), opening it if it is not open yet.
    void addSession(GraphicsSession *session, const QString &title);
    void clear();

    int count() const { return int(m_thumbnails.size()); }
    int columnCount() const { return m_columns; }
    QList<ConsoleThumbnail *> thumbnails() const { return m_thumbnails; }
    // The columns that fit in `width` pixels of viewport (at least one).
    static int columnsFor(int width);

    static constexpr int kFrameRate = 2;
    static constexpr int kSpacing = 12;

Q_SIGNALS:
    void openRequested(const QString &instanceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout(bool force = false);
    void remove(ConsoleThumbnail *thumbnail);

    QWidget *m_content;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<ConsoleThumbnail *> m_thumbnails;
    int m_columns = 0;
};

} // namespace sd
