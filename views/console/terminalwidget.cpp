#include "terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace sd {

namespace {

VTermModifier modifiersOf(Qt::KeyboardModifiers mods)
{
    int m = VTERM_MOD_NONE;
    if (mods & Qt::ShiftModifier)
        m |= VTERM_MOD_SHIFT;
    if (mods & Qt::AltModifier)
        m |= VTERM_MOD_ALT;
    if (mods & Qt::ControlModifier)
        m |= VTERM_MOD_CTRL;
    return VTermModifier(m);
}

VTermKey vtermKeyOf(int key)
{
    switch (key) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return VTERM_KEY_KP_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
    return VTERM_KEY_NONE;
}

// Ctrl+letter and Ctrl+[\]^_@ are the ASCII control characters a serial console expects (libvterm
// would send Ctrl+I, Ctrl+J, Ctrl+M and Ctrl+[ as CSI u sequences, which a getty does not read).
int controlCharacterOf(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return key - Qt::Key_A + 1;
    switch (key) {
    case Qt::Key_At:
    case Qt::Key_Space:
        return 0x00;
    case Qt::Key_BracketLeft:
        return 0x1b;
    case Qt::Key_Backslash:
        return 0x1c;
    case Qt::Key_BracketRight:
        return 0x1d;
    case Qt::Key_AsciiCircum:
        return 0x1e;
    case Qt::Key_Underscore:
        return 0x1f;
    default:
        return -1;
    }
}

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->setCursor(Qt::IBeamCursor);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));

    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::TypeWriter);
    const QFontMetrics metrics(m_font);
    m_cellWidth = qMax(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = qMax(1, metrics.height());
    m_ascent = metrics.ascent();

    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &TerminalWidget::onOutput, this);
    m_screen = vterm_obtain_screen(m_vt);
    static const VTermScreenCallbacks callbacks = [] {
        VTermScreenCallbacks c{};
        c.damage = &TerminalWidget::onDamage;
        c.movecursor = &TerminalWidget::onMoveCursor;
        c.settermprop = &TerminalWidget::onTermProp;
        c.bell = &TerminalWidget::onBell;
        c.sb_pushline = &TerminalWidget::onPushLine;
        c.sb_popline = &TerminalWidget::onPopLine;
        return c;
    }();
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    VTermColor fg;
    VTermColor bg;
    vterm_color_rgb(&fg, uint8_t(m_defaultFg.red()), uint8_t(m_defaultFg.green()),
                    uint8_t(m_defaultFg.blue()));
    vterm_color_rgb(&bg, uint8_t(m_defaultBg.red()), uint8_t(m_defaultBg.green()),
                    uint8_t(m_defaultBg.blue()));
    vterm_state_set_default_colors(vterm_obtain_state(m_vt), &fg, &bg);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);

    QPalette p = viewport()->palette();
    p.setColor(QPalette::Window, m_defaultBg);
    viewport()->setPalette(p);
    viewport()->setAutoFillBackground(true);
    updateScrollBar();
}

TerminalWidget::~TerminalWidget()
{
    vterm_free(m_vt);
}

void TerminalWidget::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    vterm_input_write(m_vt, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(m_screen);
}

void TerminalWidget::reset()
{
    m_scrollback.clear();
    m_hasSelection = false;
    vterm_screen_reset(m_screen, 1);
    updateScrollBar();
    viewport()->update();
}

// --- libvterm callbacks ------------------------------------------------------------------------------

int TerminalWidget::onDamage(VTermRect rect, void *user)
{
    auto *self = static_cast<TerminalWidget *>(user);
    const int back = self->scrolledBack();
    self->viewport()->update(QRect(rect.start_col * self->m_cellWidth,
                                   (rect.start_row + back) * self->m_cellHeight,
                                   (rect.end_col - rect.start_col) * self->m_cellWidth,
                                   (rect.end_row - rect.start_row) * self->m_cellHeight));
    return 1;
}

int TerminalWidget::onMoveCursor(VTermPos pos, VTermPos oldpos, int visible, void *user)
{
    auto *self = static_cast<TerminalWidget *>(user);
    self->m_cursor = pos;
    self->m_cursorVisible = visible;
    const int back = self->scrolledBack();
    for (const VTermPos &p : {pos, oldpos})
        self->viewport()->update(QRect(p.col * self->m_cellWidth, (p.row + back) * self->m_cellHeight,
                                       self->m_cellWidth * 2, self->m_cellHeight));
    return 1;
}

int TerminalWidget::onTermProp(VTermProp prop, VTermValue *value, void *user)
{
    auto *self = static_cast<TerminalWidget *>(user);
    switch (prop) {
    case VTERM_PROP_CURSORVISIBLE:
        self->m_cursorVisible = value->boolean;
        break;
    case VTERM_PROP_REVERSE:
        self->m_screenReverse = value->boolean;
        break;
    default:
        return 0;
    }
    self->viewport()->update();
    return 1;
}

int TerminalWidget::onBell(void *user)
{
    emit static_cast<TerminalWidget *>(user)->bell();
    return 1;
}

int TerminalWidget::onPushLine(int cols, const VTermScreenCell *cells, void *user)
{
    auto *self = static_cast<TerminalWidget *>(user);
    // Trailing blank cells are not kept: most console lines are short, and 5000 full rows add up.
    int used = cols;
    while (used > 0 && cells[used - 1].chars[0] == 0 && VTERM_COLOR_IS_DEFAULT_BG(&cells[used - 1].bg))
        --used;
    const bool atBottom = self->scrolledBack() == 0;
    self->m_scrollback.emplace_back(cells, cells + used);
    bool dropped = false;
    if (self->m_scrollback.size() > size_t(kScrollbackLines)) {
        self->m_scrollback.pop_front();
        dropped = true;
    }
    // The selection is in absolute lines; keep it on the same text.
    if (dropped && self->m_hasSelection) {
        --self->m_anchor.line;
        --self->m_extent.line;
    }
    // Scrolled back, the view stays on the same text while new lines arrive below it.
    QScrollBar *bar = self->verticalScrollBar();
    const int keepBack = atBottom ? 0 : qMin(int(self->m_scrollback.size()), self->scrolledBack() + 1);
    self->updateScrollBar();
    bar->setValue(bar->maximum() - keepBack);
    return 1;
}

int TerminalWidget::onPopLine(int cols, VTermScreenCell *cells, void *user)
{
    auto *self = static_cast<TerminalWidget *>(user);
    if (self->m_scrollback.empty())
        return 0;
    const Line line = std::move(self->m_scrollback.back());
    self->m_scrollback.pop_back();
    const VTermScreenCell blank = self->blankCell();
    for (int c = 0; c < cols; ++c)
        cells[c] = c < line.size() ? line[c] : blank;
    self->updateScrollBar();
    return 1;
}

void TerminalWidget::onOutput(const char *bytes, size_t len, void *user)
{
    emit static_cast<TerminalWidget *>(user)->input(QByteArray(bytes, qsizetype(len)));
}

// --- geometry ----------------------------------------------------------------------------------------

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateTerminalSize();
}

void TerminalWidget::updateTerminalSize()
{
    const int cols = qMax(2, viewport()->width() / m_cellWidth);
    const int rows = qMax(1, viewport()->height() / m_cellHeight);
    if (cols == m_cols && rows == m_rows)
        return;
    m_cols = cols;
    m_rows = rows;
    vterm_set_size(m_vt, rows, cols);
    vterm_screen_flush_damage(m_screen);
    updateScrollBar();
    viewport()->update();
    emit sizeChanged(cols, rows);
}

void TerminalWidget::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    bar->setRange(0, int(m_scrollback.size()));
    bar->setPageStep(m_rows);
    bar->setSingleStep(1);
    if (atBottom)
        bar->setValue(bar->maximum());
}

int TerminalWidget::scrolledBack() const
{
    return verticalScrollBar()->maximum() - verticalScrollBar()->value();
}

// --- cells and text ----------------------------------------------------------------------------------

VTermScreenCell TerminalWidget::blankCell() const
{
    VTermScreenCell cell{};
    cell.width = 1;
    vterm_state_get_default_colors(vterm_obtain_state(m_vt), &cell.fg, &cell.bg);
    cell.fg.type |= VTERM_COLOR_DEFAULT_FG;
    cell.bg.type |= VTERM_COLOR_DEFAULT_BG;
    return cell;
}

VTermScreenCell TerminalWidget::screenCell(int row, int column) const
{
    VTermScreenCell cell;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, column}, &cell))
        return blankCell();
    return cell;
}

TerminalWidget::Line TerminalWidget::lineAt(int absoluteLine) const
{
    const int sb = int(m_scrollback.size());
    if (absoluteLine < 0)
        return {};
    if (absoluteLine < sb)
        return m_scrollback[size_t(absoluteLine)];
    const int row = absoluteLine - sb;
    if (row >= m_rows)
        return {};
    Line line(m_cols);
    for (int c = 0; c < m_cols; ++c)
        line[c] = screenCell(row, c);
    return line;
}

QString TerminalWidget::textOf(const Line &line, int from, int to)
{
    if (to < 0 || to > line.size())
        to = int(line.size());
    QString text;
    for (int c = qMax(0, from); c < to; ++c) {
        const VTermScreenCell &cell = line[c];
        if (c > 0 && line[c - 1].width == 2)
            continue; // the right half of a wide character
        if (cell.chars[0] == 0) {
            text += QLatin1Char(' ');
            continue;
        }
        for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; ++i) {
            const char32_t ch = cell.chars[i];
            text += QString::fromUcs4(&ch, 1);
        }
    }
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

QString TerminalWidget::screenText() const
{
    QStringList lines;
    const int sb = int(m_scrollback.size());
    for (int r = 0; r < m_rows; ++r)
        lines << textOf(lineAt(sb + r));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString TerminalWidget::scrollbackText() const
{
    QStringList lines;
    for (const Line &line : m_scrollback)
        lines << textOf(line);
    return lines.join(QLatin1Char('\n'));
}

QColor TerminalWidget::rgbOf(VTermColor color, bool foreground) const
{
    if (foreground && VTERM_COLOR_IS_DEFAULT_FG(&color))
        return m_defaultFg;
    if (!foreground && VTERM_COLOR_IS_DEFAULT_BG(&color))
        return m_defaultBg;
    vterm_screen_convert_color_to_rgb(m_screen, &color);
    return QColor(color.rgb.red, color.rgb.green, color.rgb.blue);
}

void TerminalWidget::cellColours(const VTermScreenCell &cell, QColor *fg, QColor *bg) const
{
    *fg = rgbOf(cell.fg, true);
    *bg = rgbOf(cell.bg, false);
    if (bool(cell.attrs.reverse) != m_screenReverse)
        std::swap(*fg, *bg);
}

QColor TerminalWidget::foregroundAt(int row, int column) const
{
    QColor fg, bg;
    cellColours(screenCell(row, column), &fg, &bg);
    return fg;
}

QColor TerminalWidget::backgroundAt(int row, int column) const
{
    QColor fg, bg;
    cellColours(screenCell(row, column), &fg, &bg);
    return bg;
}

// --- painting ----------------------------------------------------------------------------------------

void TerminalWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), m_screenReverse ? m_defaultFg : m_defaultBg);
    const int back = scrolledBack();
    const int firstLine = int(m_scrollback.size()) - back;
    const int firstRow = qMax(0, event->rect().top() / m_cellHeight);
    const int lastRow = qMin(m_rows - 1, event->rect().bottom() / m_cellHeight);
    for (int r = firstRow; r <= lastRow; ++r) {
        const int absolute = firstLine + r;
        const Line line = lineAt(absolute);
        const int y = r * m_cellHeight;
        for (int c = 0; c < line.size() && c < m_cols; ++c) {
            const VTermScreenCell &cell = line[c];
            if (c > 0 && line[c - 1].width == 2)
                continue;
            QColor fg, bg;
            cellColours(cell, &fg, &bg);
            const bool liveRow = absolute >= int(m_scrollback.size());
            const bool cursorHere =
                liveRow && m_cursorVisible && hasFocus() && m_cursor.row == r - back && m_cursor.col == c;
            if (isSelected(absolute, c) != cursorHere)
                std::swap(fg, bg);
            const int width = m_cellWidth * qMax(1, int(cell.width));
            const QRect rect(c * m_cellWidth, y, width, m_cellHeight);
            if (bg != (m_screenReverse ? m_defaultFg : m_defaultBg))
                p.fillRect(rect, bg);
            if (cell.chars[0] && cell.chars[0] != ' ') {
                QString text;
                for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; ++i) {
                    const char32_t ch = cell.chars[i];
                    text += QString::fromUcs4(&ch, 1);
                }
                QFont font = m_font;
                font.setBold(cell.attrs.bold);
                font.setItalic(cell.attrs.italic);
                font.setUnderline(cell.attrs.underline != VTERM_UNDERLINE_OFF);
                font.setStrikeOut(cell.attrs.strike);
                p.setFont(font);
                p.setPen(fg);
                p.drawText(rect.left(), y + m_ascent, text);
            } else if (cell.attrs.underline != VTERM_UNDERLINE_OFF) {
                p.fillRect(QRect(rect.left(), y + m_ascent + 1, width, 1), fg);
            }
        }
    }
    // Unfocused, the cursor is an outline: the block shows where typing will go once focused.
    const int cursorRow = m_cursor.row + back;
    if (m_cursorVisible && !hasFocus() && cursorRow < m_rows) {
        p.setPen(m_defaultFg);
        p.drawRect(m_cursor.col * m_cellWidth, cursorRow * m_cellHeight, m_cellWidth - 1, m_cellHeight - 1);
    }
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

// --- keyboard ----------------------------------------------------------------------------------------

bool TerminalWidget::event(QEvent *event)
{
    // Every key belongs to the guest (Ctrl+W, Ctrl+Q, Tab...), except our own copy and paste.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false; // Tab goes to the guest
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods =
        event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_C) {
        copySelection();
        return;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_V) {
        paste();
        return;
    }
    if (mods == Qt::ShiftModifier && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_PageUp ? -1 : 1) * m_rows);
        return;
    }
    if (sendKey(event)) {
        // Typing brings the live screen back, as every terminal does.
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TerminalWidget::sendKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers qmods = event->modifiers();
    VTermModifier mod = modifiersOf(qmods);
    if (event->key() == Qt::Key_Backtab)
        mod = VTermModifier(mod | VTERM_MOD_SHIFT);
    if (const VTermKey key = vtermKeyOf(event->key()); key != VTERM_KEY_NONE) {
        vterm_keyboard_key(m_vt, key, mod);
        return true;
    }
    if ((qmods & Qt::ControlModifier) && !(qmods & Qt::AltModifier)) {
        if (const int control = controlCharacterOf(event->key()); control >= 0) {
            vterm_keyboard_unichar(m_vt, uint32_t(control), VTERM_MOD_NONE);
            return true;
        }
    }
    const QString text = event->text();
    if (text.isEmpty())
        return false;
    // Alt+x is ESC x; Ctrl with anything else goes out in libvterm's CSI u form.
    const VTermModifier textMod = VTermModifier(mod & ~VTERM_MOD_SHIFT);
    for (const char32_t ch : text.toUcs4()) {
        if (ch < 0x20 || ch == 0x7f)
            vterm_keyboard_unichar(m_vt, ch, VTERM_MOD_NONE); // already a control character
        else
            vterm_keyboard_unichar(m_vt, ch, textMod);
    }
    return true;
}

// --- selection, copy and paste -----------------------------------------------------------------------

TerminalWidget::Cell TerminalWidget::cellAt(const QPoint &pos) const
{
    const int row = qBound(0, pos.y() / m_cellHeight, m_rows - 1);
    const int col = qBound(0, pos.x() / m_cellWidth, m_cols - 1);
    return Cell{int(m_scrollback.size()) - scrolledBack() + row, col};
}

bool TerminalWidget::isSelected(int absoluteLine, int column) const
{
    if (!m_hasSelection)
        return false;
    const Cell from = std::min(m_anchor, m_extent);
    const Cell to = std::max(m_anchor, m_extent);
    const Cell here{absoluteLine, column};
    return from <= here && here <= to;
}

QString TerminalWidget::selectedText() const
{
    if (!m_hasSelection)
        return {};
    const Cell from = std::min(m_anchor, m_extent);
    const Cell to = std::max(m_anchor, m_extent);
    QStringList lines;
    for (int l = from.line; l <= to.line; ++l) {
        const int start = l == from.line ? from.column : 0;
        const int end = l == to.line ? to.column + 1 : -1;
        lines << textOf(lineAt(l), start, end);
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selecting = true;
        m_hasSelection = false;
        m_anchor = m_extent = cellAt(event->position().toPoint());
        viewport()->update();
        return;
    }
    if (event->button() == Qt::MiddleButton) {
        QClipboard *clipboard = QApplication::clipboard();
        pasteText(clipboard->supportsSelection() ? clipboard->text(QClipboard::Selection)
                                                 : clipboard->text());
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    QPoint pos = event->position().toPoint();
    // Dragging past the top or bottom edge scrolls through the scrollback.
    QScrollBar *bar = verticalScrollBar();
    if (pos.y() < 0)
        bar->setValue(bar->value() - 1);
    else if (pos.y() >= viewport()->height())
        bar->setValue(bar->value() + 1);
    m_extent = cellAt(pos);
    m_hasSelection = m_extent != m_anchor;
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    QClipboard *clipboard = QApplication::clipboard();
    if (m_hasSelection && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::copySelection()
{
    if (m_hasSelection)
        QApplication::clipboard()->setText(selectedText());
}

void TerminalWidget::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void TerminalWidget::pasteText(const QString &text)
{
    if (text.isEmpty())
        return;
    QString typed = text;
    // A terminal's Enter is CR; pasted lines end the same way.
    typed.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    typed.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    // Bracketed only when the guest asked for it (libvterm knows; otherwise these send nothing).
    vterm_keyboard_start_paste(m_vt);
    emit input(typed.toUtf8());
    vterm_keyboard_end_paste(m_vt);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 40; // three lines a notch
    if (steps == 0)
        return;
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() - steps);
    event->accept();
}

} // namespace sd
