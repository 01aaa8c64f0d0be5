#pragma once

#include <QWidget>

class QVBoxLayout;

namespace sd {

// What every page in the main window has: Horizon's breadcrumb and title on top, the content below,
// and one way to raise a non-blocking notification (the main window shows it).
class Panel : public QWidget
{
    Q_OBJECT

public:
    Panel(const QString &breadcrumb, const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

protected:
    QVBoxLayout *body() const { return m_body; }

private:
    QString m_title;
    QVBoxLayout *m_body;
};

} // namespace sd
