// SpiceSession: keyboard and pointer to the guest over the inputs channel.

#include "spicesessionprivate.h"

#include <array>
#include <cstdlib>

namespace sd {

namespace {

struct ButtonMapping
{
    Qt::MouseButton qt;
    int spiceButton;
    int spiceMask;
};

constexpr std::array kButtons{
    ButtonMapping{Qt::LeftButton, SPICE_MOUSE_BUTTON_LEFT, SPICE_MOUSE_BUTTON_MASK_LEFT},
    ButtonMapping{Qt::MiddleButton, SPICE_MOUSE_BUTTON_MIDDLE, SPICE_MOUSE_BUTTON_MASK_MIDDLE},
    ButtonMapping{Qt::RightButton, SPICE_MOUSE_BUTTON_RIGHT, SPICE_MOUSE_BUTTON_MASK_RIGHT},
    ButtonMapping{Qt::BackButton, SPICE_MOUSE_BUTTON_SIDE, SPICE_MOUSE_BUTTON_MASK_SIDE},
    ButtonMapping{Qt::ForwardButton, SPICE_MOUSE_BUTTON_EXTRA, SPICE_MOUSE_BUTTON_MASK_EXTRA},
};

int spiceMask(Qt::MouseButtons buttons)
{
    int mask = 0;
    for (const ButtonMapping &b : kButtons)
        if (buttons & b.qt)
            mask |= b.spiceMask;
    return mask;
}

} // namespace

void SpiceSession::sendKey(const KeyStroke &key, bool down)
{
    // SPICE carries scancodes only; the 0x100-added form of 0xe0-prefixed keys is spice's own.
    if (state() != State::Connected || !d->inputs || key.scancode == 0)
        return;
    if (down)
        spice_inputs_channel_key_press(d->inputs, key.scancode);
    else
        spice_inputs_channel_key_release(d->inputs, key.scancode);
}

void SpiceSession::sendPointer(const QPoint &position, Qt::MouseButtons buttons, int wheelSteps)
{
    if (state() != State::Connected || !d->inputs)
        return;
    const int oldMask = d->buttonMask;
    const int mask = spiceMask(buttons);
    int mouseMode = SPICE_MOUSE_MODE_SERVER;
    if (d->main)
        g_object_get(d->main, "mouse-mode", &mouseMode, nullptr);
    if (mouseMode == SPICE_MOUSE_MODE_CLIENT) {
        // The domain's tablet or the agent: the guest's pointer goes exactly where ours is.
        const QRect screen = frame().isNull() ? QRect(position, QSize(1, 1)) : frame().rect();
        const QPoint at(qBound(screen.left(), position.x(), screen.right()),
                        qBound(screen.top(), position.y(), screen.bottom()));
        spice_inputs_channel_position(d->inputs, at.x(), at.y(), 0, oldMask);
    } else if (d->hasLastPosition) {
        // A relative mouse only: the best there is are the deltas, and the guest's acceleration applies.
        const QPoint delta = position - d->lastPosition;
        if (!delta.isNull())
            spice_inputs_channel_motion(d->inputs, delta.x(), delta.y(), oldMask);
    }
    d->lastPosition = position;
    d->hasLastPosition = true;

    for (const ButtonMapping &b : kButtons) {
        const bool wasDown = oldMask & b.spiceMask;
        const bool isDown = mask & b.spiceMask;
        if (isDown && !wasDown)
            spice_inputs_channel_button_press(d->inputs, b.spiceButton, mask);
        else if (!isDown && wasDown)
            spice_inputs_channel_button_release(d->inputs, b.spiceButton, mask);
    }
    d->buttonMask = mask;

    const int wheelButton = wheelSteps > 0 ? SPICE_MOUSE_BUTTON_UP : SPICE_MOUSE_BUTTON_DOWN;
    for (int i = 0; i < std::abs(wheelSteps); ++i) {
        spice_inputs_channel_button_press(d->inputs, wheelButton, mask);
        spice_inputs_channel_button_release(d->inputs, wheelButton, mask);
    }
}

} // namespace sd
