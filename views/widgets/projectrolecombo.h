#pragma once

#include <QComboBox>

class QStandardItemModel;

namespace sd {

// The roles one user or group holds on a project, picked in a combo whose items are check boxes:
// Keystone allows several roles per member, Horizon's membership widget shows them in one drop-down.
// At least one role stays checked: a member without a role is not a member.
class ProjectRoleCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ProjectRoleCombo(const QStringList &roles, QWidget *parent = nullptr);

    QStringList checkedRoles() const;
    // Unknown roles are ignored; an empty list keeps what is checked.
    void setCheckedRoles(const QStringList &roles);
    void setRoleChecked(const QString &role, bool checked);

Q_SIGNALS:
    void rolesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggle(int row);

    QStandardItemModel *m_model;
};

} // namespace sd
