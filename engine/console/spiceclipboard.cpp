// SpiceSession: text between this side and the guest's clipboard, through the guest's spice-vdagent on
// the main channel. Only the CLIPBOARD selection and UTF-8 text take part.

#include "spicesessionprivate.h"

namespace sd {

namespace {

using Private = SpiceSession::Private;

gboolean onSelectionGrab(SpiceMainChannel *, guint selection, gpointer types, guint count, gpointer self)
{
    SpiceCallbackScope scope;
    return static_cast<Private *>(self)->guestGrabbed(selection, static_cast<const guint32 *>(types), count);
}

void onSelection(SpiceMainChannel *, guint selection, guint type, gpointer data, guint size, gpointer self)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(self)->guestSent(selection, type, static_cast<const uchar *>(data), size);
}

gboolean onSelectionRequest(SpiceMainChannel *, guint selection, guint type, gpointer self)
{
    SpiceCallbackScope scope;
    return static_cast<Private *>(self)->guestRequested(selection, type);
}

} // namespace

void SpiceSession::Private::connectClipboard(SpiceMainChannel *channel)
{
    g_signal_connect(channel, "main-clipboard-selection-grab", G_CALLBACK(onSelectionGrab), this);
    g_signal_connect(channel, "main-clipboard-selection", G_CALLBACK(onSelection), this);
    g_signal_connect(channel, "main-clipboard-selection-request", G_CALLBACK(onSelectionRequest), this);
}

bool SpiceSession::Private::guestGrabbed(guint selection, const guint32 *types, guint count)
{
    if (selection != VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD || !main)
        return false;
    // The guest owns its clipboard now: what this side offered is no longer on it.
    clipboardOffer.clear();
    for (guint i = 0; i < count; ++i) {
        if (types[i] == VD_AGENT_CLIPBOARD_UTF8_TEXT) {
            spice_main_channel_clipboard_selection_request(main, selection, VD_AGENT_CLIPBOARD_UTF8_TEXT);
            break;
        }
    }
    return true;
}

void SpiceSession::Private::guestSent(guint selection, guint type, const uchar *data, guint size)
{
    if (selection != VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD || type != VD_AGENT_CLIPBOARD_UTF8_TEXT || !data)
        return;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Windows guests end lines with CR LF.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    emit q->clipboardReceived(text);
}

bool SpiceSession::Private::guestRequested(guint selection, guint type)
{
    if (selection != VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD || type != VD_AGENT_CLIPBOARD_UTF8_TEXT ||
        !main || clipboardOffer.isNull())
        return false;
    spice_main_channel_clipboard_selection_notify(
        main, selection, type, reinterpret_cast<const guchar *>(clipboardOffer.constData()),
        size_t(clipboardOffer.size()));
    return true;
}

QString SpiceSession::sendText(const QString &text)
{
    if (!d->main || state() != State::Connected)
        return tr("SPICE: the console is not connected, so the clipboard cannot reach the guest");
    gboolean agent = FALSE;
    g_object_get(d->main, "agent-connected", &agent, nullptr);
    if (!agent)
        return tr("SPICE: the guest has no agent (spice-vdagent), so the clipboard cannot reach it");
    d->clipboardOffer = text.toUtf8();
    guint32 types[] = {VD_AGENT_CLIPBOARD_UTF8_TEXT};
    spice_main_channel_clipboard_selection_grab(d->main, VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD, types, 1);
    return {};
}

} // namespace sd
