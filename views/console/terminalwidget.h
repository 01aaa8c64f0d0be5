#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QVector>

#include <deque>

#include <vterm.h>

namespace sd {

// A terminal on libvterm: feed() it what the guest printed, and what the user types comes out of
// input() as the bytes a terminal sends (escape sequences for the cursor keys, control characters for
// Ctrl+letter). Lines scrolled off the top are kept (kScrollbackLines) and the wheel or Shift+PgUp/PgDn
// shows them. Select with the mouse; Ctrl+Shift+C copies, Ctrl+Shift+V or the middle button pastes.
class TerminalWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kScrollbackLines = 5000;

    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    int columns() const { return m_cols; }
    int rows() const { return m_rows; }

    // The screen's lines joined by \n, trailing spaces and trailing empty lines left out.
    QString screenText() const;
    // The scrolled-off lines, oldest first, joined by \n, trailing spaces left out.
    QString scrollbackText() const;
    int scrollbackSize() const { return int(m_scrollback.size()); }
    // The colour a screen cell is painted in (reverse video applied), for tests and screenshots.
    QColor foregroundAt(int row, int column) const;
    QColor backgroundAt(int row, int column) const;
    QString selectedText() const;

public Q_SLOTS:
    void feed(const QByteArray &bytes);
    void copySelection();
    void paste();
    // Forgets the screen and the scrollback (a new session on the same widget).
    void reset();

Q_SIGNALS:
    // Bytes for the guest: keys typed, pasted text, and libvterm's answers to the guest's queries.
    void input(const QByteArray &bytes);
    void sizeChanged(int columns, int rows);
    void bell();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    using Line = QVector<VTermScreenCell>;
    // A cell in "absolute" lines: 0 is the oldest scrollback line, scrollbackSize() + r is screen row r.
    struct Cell
    {
        int line = 0;
        int column = 0;
        auto operator<=>(const Cell &) const = default;
    };

    static int onDamage(VTermRect rect, void *user);
    static int onMoveCursor(VTermPos pos, VTermPos oldpos, int visible, void *user);
    static int onTermProp(VTermProp prop, VTermValue *value, void *user);
    static int onBell(void *user);
    static int onPushLine(int cols, const VTermScreenCell *cells, void *user);
    static int onPopLine(int cols, VTermScreenCell *cells, void *user);
    static void onOutput(const char *bytes, size_t len, void *user);

    void updateTerminalSize();
    void updateScrollBar();
    int scrolledBack() const;
    Line lineAt(int absoluteLine) const;
    VTermScreenCell screenCell(int row, int column) const;
    VTermScreenCell blankCell() const;
    QColor rgbOf(VTermColor color, bool foreground) const;
    void cellColours(const VTermScreenCell &cell, QColor *fg, QColor *bg) const;
    static QString textOf(const Line &line, int from = 0, int to = -1);
    Cell cellAt(const QPoint &viewportPos) const;
    bool isSelected(int absoluteLine, int column) const;
    bool sendKey(QKeyEvent *event);
    void pasteText(const QString &text);

    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    int m_rows = 24;
    int m_cols = 80;
    QFont m_font;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    QColor m_defaultFg{0xd0, 0xd0, 0xd0};
    QColor m_defaultBg{0x10, 0x10, 0x10};
    VTermPos m_cursor{0, 0};
    bool m_cursorVisible = true;
    bool m_screenReverse = false;
    std::deque<Line> m_scrollback;
    bool m_selecting = false;
    Cell m_anchor;
    Cell m_extent;
    bool m_hasSelection = false;
};

} // namespace sd
