#include "consolewidget.h"

#include "consolestateoverlay.h"
#include "framefit.h"
#include "keytranslate.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>

#include <utility>

namespace sd {

namespace {

const QColor kLetterbox(0x1f, 0x23, 0x28);

// The physical key of an event, for pairing its release with its press.
quint32 physicalKey(const QKeyEvent *event, const KeyStroke &stroke)
{
    if (stroke.scancode)
        return stroke.scancode;
    if (event->nativeScanCode())
        return 0x40000000u | event->nativeScanCode();
    return 0x80000000u | quint32(event->key());
}

// The note over the screen: white on a dark, rounded bubble, readable over any guest picture.
class HintBubble : public QLabel
{
public:
    explicit HintBubble(QWidget *parent) : QLabel(parent) {}

    QSize sizeHint() const override
    {
        return fontMetrics().size(Qt::TextSingleLine, text()) + QSize(2 * kPadX, 2 * kPadY);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(15, 23, 42, 215));
        painter.drawRoundedRect(QRectF(rect()), 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter, text());
    }

private:
    static constexpr int kPadX = 14, kPadY = 8;
};

bool isCtrl(int key)
{
    return key == Qt::Key_Control;
}
bool isAlt(int key)
{
    return key == Qt::Key_Alt;
}

} // namespace

ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent), m_overlay(new ConsoleStateOverlay(this)), m_hint(new HintBubble(this))
{
    setObjectName(QStringLiteral("ConsoleWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Keys go to the guest as keys; an input method would swallow them into composed text.
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setAttribute(Qt::WA_OpaquePaintEvent);

    connect(m_overlay, &ConsoleStateOverlay::reconnectRequested, this, [this] {
        if (m_session)
            m_session->open();
    });

    m_hint->setObjectName(QStringLiteral("ConsoleHint"));
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->hide();
    m_hintTimer.setSingleShot(true);
    m_hintTimer.setInterval(kHintMs);
    connect(&m_hintTimer, &QTimer::timeout, m_hint, &QLabel::hide);

    updateOverlay();
}

ConsoleWidget::~ConsoleWidget()
{
    // Whatever the guest holds down is let go before the view disappears.
    releaseAllKeys();
}

void ConsoleWidget::setSession(GraphicsSession *session)
{
    if (m_session == session)
        return;
    releaseInput();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_remoteCursor = false;
    unsetCursor();
    if (session) {
        connect(session, &GraphicsSession::frameResized, this, &ConsoleWidget::onFrameResized);
        connect(session, &GraphicsSession::frameUpdated, this, &ConsoleWidget::onFrameUpdated);
        connect(session, &GraphicsSession::firstFrameComplete, this, &ConsoleWidget::updateOverlay);
        connect(session, &GraphicsSession::cursorChanged, this, &ConsoleWidget::onCursorChanged);
        connect(session, &GraphicsSession::stateChanged, this, [this] {
            if (!isConnected()) {
                // The guest forgot its pressed keys with the connection; so do we.
                m_pressed.clear();
                releaseInput();
            }
            updateOverlay();
            update();
        });
        connect(session, &GraphicsSession::bell, this, [] { QApplication::beep(); });
        connect(session, &GraphicsSession::clipboardReceived, this,
                [](const QString &text) { QGuiApplication::clipboard()->setText(text); });
        connect(session, &QObject::destroyed, this, [this] {
            m_pressed.clear();
            releaseInput();
            updateOverlay();
            update();
        });
    }
    onFrameResized();
    updateOverlay();
}

void ConsoleWidget::setScaling(Scaling scaling)
{
    if (m_scaling == scaling)
        return;
    m_scaling = scaling;
    onFrameResized();
}

QRect ConsoleWidget::imageRect() const
{
    if (!m_session || m_session->frame().isNull())
        return {};
    const QSize frame = m_session->frame().size();
    return m_scaling == Scaling::Fit ? fitFrame(frame, rect()) : actualSizeFrame(actualSize(), rect());
}

QSize ConsoleWidget::actualSize() const
{
    // One guest pixel per device pixel: on a 2x screen that is half as many logical pixels.
    const QSize frame = m_session->frame().size();
    return (QSizeF(frame) / devicePixelRatioF()).toSize();
}

QPoint ConsoleWidget::toFrame(QPoint widgetPos) const
{
    const QRect image = imageRect();
    if (image.isEmpty())
        return {};
    const QSize frame = m_session->frame().size();
    const int x = int((widgetPos.x() - image.x()) * qint64(frame.width()) / image.width());
    const int y = int((widgetPos.y() - image.y()) * qint64(frame.height()) / image.height());
    return QPoint(qBound(0, x, frame.width() - 1), qBound(0, y, frame.height() - 1));
}

QSize ConsoleWidget::sizeHint() const
{
    if (m_session && !m_session->frame().isNull())
        return m_session->frame().size();
    return QSize(800, 600);
}

bool ConsoleWidget::isConnected() const
{
    return m_session && m_session->state() == GraphicsSession::State::Connected;
}

void ConsoleWidget::grabInput()
{
    if (m_grabbed || !isConnected())
        return;
    setFocus(Qt::MouseFocusReason);
    grabKeyboard();
    m_grabbed = true;
    m_releaseArmed = false;
    showHint(tr("Press Ctrl+Alt to release the keyboard"));
    emit keyboardGrabChanged(true);
}

void ConsoleWidget::releaseInput()
{
    if (!m_grabbed)
        return;
    releaseAllKeys();
    releaseKeyboard();
    m_grabbed = false;
    m_releaseArmed = false;
    if (m_hint->isVisible())
        m_hint->hide();
    emit keyboardGrabChanged(false);
}

void ConsoleWidget::showHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->adjustSize();
    placeOverlays();
    m_hint->show();
    m_hint->raise();
    m_hintTimer.start();
}

QString ConsoleWidget::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

QString ConsoleWidget::overlayText() const
{
    return m_overlay->text();
}

void ConsoleWidget::updateOverlay()
{
    m_overlay->describe(m_session);
    if (!m_overlay->isHidden())
        placeOverlays();
}

void ConsoleWidget::placeOverlays()
{
    // In a scroll area at 1:1 only part of the widget is on screen: centre on that part.
    QRect visible = visibleRegion().boundingRect();
    if (visible.isEmpty())
        visible = rect();
    if (!m_overlay->isHidden())
        m_overlay->placeIn(visible);
    m_hint->move(visible.x() + (visible.width() - m_hint->width()) / 2, visible.y() + 16);
}

void ConsoleWidget::onFrameResized()
{
    if (m_scaling == Scaling::ActualSize && m_session && !m_session->frame().isNull())
        setMinimumSize(actualSize());
    else
        setMinimumSize(0, 0);
    updateGeometry();
    applyCursor();
    updateOverlay();
    update();
}

void ConsoleWidget::onFrameUpdated(const QRect &dirty)
{
    const QRect image = imageRect();
    if (image.isEmpty() || dirty.isEmpty())
        return;
    const QSize frame = m_session->frame().size();
    if (image.size() == frame) {
        update(dirty.translated(image.topLeft()));
        return;
    }
    const qreal sx = qreal(image.width()) / frame.width();
    const qreal sy = qreal(image.height()) / frame.height();
    const QRectF mapped(image.x() + dirty.x() * sx, image.y() + dirty.y() * sy, dirty.width() * sx,
                        dirty.height() * sy);
    // One pixel more on each side: smooth scaling blends each pixel with its neighbours.
    update(mapped.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(image));
}

void ConsoleWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect image = imageRect();
    for (const QRect &r : event->region() - QRegion(image))
        painter.fillRect(r, kLetterbox);
    if (image.isEmpty())
        return;
    const QImage &frame = m_session->frame();
    if (image.size() == frame.size()) {
        const QRect exposed = event->rect().intersected(image);
        painter.drawImage(exposed.topLeft(), frame, exposed.translated(-image.topLeft()));
    } else {
        painter.setClipRegion(event->region());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(image, frame);
    }
    // What is on screen is not live while disconnected: dimmed under the overlay that says why.
    if (!isConnected())
        painter.fillRect(image, QColor(0, 0, 0, 140));
}

void ConsoleWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyCursor();
    placeOverlays();
}

void ConsoleWidget::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    placeOverlays(); // scrolled inside a scroll area
}

void ConsoleWidget::onCursorChanged(const QImage &shape, const QPoint &hotspot)
{
    m_cursorShape = shape;
    m_cursorHotspot = hotspot;
    m_remoteCursor = true;
    applyCursor();
}

void ConsoleWidget::applyCursor()
{
    if (!m_remoteCursor)
        return;
    // A null or empty shape: the guest hid its pointer.
    if (m_cursorShape.isNull() || m_cursorShape.size().isEmpty()) {
        setCursor(Qt::BlankCursor);
        return;
    }
    QImage shape = m_cursorShape;
    QPoint hotspot = m_cursorHotspot;
    const QRect image = imageRect();
    // Scaled like the screen, so the pointer matches the icons it points at; never below 8 px.
    if (!image.isEmpty() && image.size() != m_session->frame().size()) {
        const qreal scale = qreal(image.width()) / m_session->frame().width();
        const QSize size = (QSizeF(shape.size()) * scale).toSize();
        if (size.width() >= 8 && size.height() >= 8) {
            shape = shape.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            hotspot = (QPointF(hotspot) * scale).toPoint();
        }
    }
    setCursor(QCursor(QPixmap::fromImage(shape), hotspot.x(), hotspot.y()));
}

void ConsoleWidget::sendMouse(QMouseEvent *event, bool clampOutside)
{
    if (!isConnected())
        return;
    const QPoint pos = event->position().toPoint();
    // Outside the letterboxed image there is no guest; a drag that leaves it stays at its edge.
    if (!imageRect().contains(pos) && !clampOutside)
        return;
    m_session->sendPointer(toFrame(pos), event->buttons());
}

void ConsoleWidget::mousePressEvent(QMouseEvent *event)
{
    if (!isConnected() || !imageRect().contains(event->position().toPoint())) {
        QWidget::mousePressEvent(event);
        return;
    }
    grabInput();
    sendMouse(event, false);
    event->accept();
}

void ConsoleWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The guest tells double clicks from two clicks itself.
    mousePressEvent(event);
}

void ConsoleWidget::mouseReleaseEvent(QMouseEvent *event)
{
    // Released outside the image still lets go of the button in the guest.
    sendMouse(event, true);
    event->accept();
}

void ConsoleWidget::mouseMoveEvent(QMouseEvent *event)
{
    sendMouse(event, event->buttons() != Qt::NoButton);
    event->accept();
}

void ConsoleWidget::wheelEvent(QWheelEvent *event)
{
    event->accept();
    if (!isConnected() || !imageRect().contains(event->position().toPoint()))
        return;
    // Touchpads send fractions of a step (120 = one notch); they add up to whole steps.
    m_wheelRemainder += event->angleDelta().y();
    const int steps = m_wheelRemainder / 120;
    m_wheelRemainder -= steps * 120;
    if (steps != 0)
        m_session->sendPointer(toFrame(event->position().toPoint()), event->buttons(), steps);
}

bool ConsoleWidget::isReserved(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    return m_reservedKeys.contains(pressed);
}

bool ConsoleWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // While grabbed every key is the guest's, but the reserved ones (full screen).
        if (m_grabbed && !isReserved(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::WindowDeactivate:
        releaseInput();
        releaseAllKeys();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool ConsoleWidget::focusNextPrevChild(bool)
{
    return false; // Tab is a key for the guest, not a focus move
}

void ConsoleWidget::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    if (!isConnected())
        return;
    const KeyStroke stroke = KeyTranslate::fromEvent(*event);
    if (!stroke.isValid())
        return;
    const quint32 id = physicalKey(event, stroke);
    if (event->isAutoRepeat() && m_pressed.contains(id)) {
        // Held down: the guest repeats as the user's own system does, one press after another.
        m_session->sendKey(m_pressed.value(id), true);
        return;
    }
    m_pressed.insert(id, stroke);
    const int key = event->key();
    if (isCtrl(key) || isAlt(key)) {
        bool ctrl = false, alt = false, other = false;
        // By physical key: with Shift or another layout, Alt's keysym may be Meta_L.
        for (const KeyStroke &held : std::as_const(m_pressed)) {
            if (held.scancode == 0x1d || held.scancode == 0x11d || held.keysym == 0xffe3 ||
                held.keysym == 0xffe4)
                ctrl = true;
            else if (held.scancode == 0x38 || held.keysym == 0xffe9 || held.keysym == 0xffea)
                alt = true;
            else
                other = true;
        }
        m_releaseArmed = ctrl && alt && !other;
    } else {
        m_releaseArmed = false;
    }
    m_session->sendKey(stroke, true);
}

void ConsoleWidget::keyReleaseEvent(QKeyEvent *event)
{
    event->accept();
    if (event->isAutoRepeat() || !isConnected())
        return;
    const KeyStroke stroke = KeyTranslate::fromEvent(*event);
    const quint32 id = physicalKey(event, stroke);
    const auto it = m_pressed.find(id);
    if (it == m_pressed.end())
        return; // pressed before the console had the focus: the guest never saw it go down
    const KeyStroke pressed = *it;
    m_pressed.erase(it);
    m_session->sendKey(pressed, false);
    if (m_releaseArmed && m_grabbed && (isCtrl(event->key()) || isAlt(event->key())))
        releaseInput();
}

void ConsoleWidget::releaseAllKeys()
{
    m_releaseArmed = false;
    if (m_pressed.isEmpty())
        return;
    const QHash<quint32, KeyStroke> pressed = std::exchange(m_pressed, {});
    if (!isConnected())
        return;
    for (const KeyStroke &stroke : pressed)
        m_session->sendKey(stroke, false);
}

void ConsoleWidget::focusOutEvent(QFocusEvent *event)
{
    releaseAllKeys();
    QWidget::focusOutEvent(event);
}

void ConsoleWidget::hideEvent(QHideEvent *event)
{
    releaseInput();
    releaseAllKeys();
    QWidget::hideEvent(event);
}

} // namespace sd
