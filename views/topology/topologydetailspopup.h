#pragma once

#include <QFrame>

#include <functional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sd {

// Horizon's topology balloon: what was clicked (kind, name, ID, status and the rest), and a few actions
// as buttons. A popup: it closes on a click elsewhere or on Escape.
class TopologyDetailsPopup : public QFrame
{
    Q_OBJECT

public:
    TopologyDetailsPopup(const QString &kind, const QString &name, QWidget *parent = nullptr);

    void addField(const QString &label, const QString &value);
    // A heading with one line per entry below it ("Subnets", "Interfaces").
    void addList(const QString &title, const QStringList &lines, const QString &emptyText);
    // A button that closes the popup, then runs run.
    QPushButton *addAction(const QString &text, const QString &objectName, std::function<void()> run);

    // Shows the popup at a global position, kept on the screen.
    void popup(const QPoint &globalPos);
    QString text() const;

private:
    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    QHBoxLayout *m_actions;
};

} // namespace sd
