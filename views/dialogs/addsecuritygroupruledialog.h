#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sd {

class Engine;

// Manage Security Group Rules › Add Rule, as Horizon's form: a rule template (Custom TCP/UDP/ICMP,
// Other Protocol, or a named one such as SSH), the direction, the ports (one, a range or all) or the
// ICMP type and code, and the remote: a CIDR or a security group with its ether type. Every change is
// checked by the engine's own SecurityGroupService::resolveRule, and its message is shown under the
// field it concerns; a refusal of Add stays in the dialog with the input kept.
class AddSecurityGroupRuleDialog : public FormDialog
{
    Q_OBJECT

public:
    // Where a problem is shown.
    enum class Field
    {
        Protocol,
        Ports,
        Icmp,
        Remote,
    };

    AddSecurityGroupRuleDialog(Engine &engine, const RequestContext &ctx, const SecurityGroup &group,
                               QWidget *parent = nullptr);

    // Chooses a template by key ("ssh", "custom_tcp"; SecurityRuleTemplates).
    void selectTemplate(const QString &key);
    // The rule as the form describes it now: what Add sends.
    SecurityGroupRuleSpec spec() const;
    // The message shown under a field; empty when none.
    QString fieldError(Field field) const;

    QComboBox *ruleCombo() const { return m_rule; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *directionCombo() const { return m_direction; }
    QComboBox *openPortCombo() const { return m_openPort; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *fromPortEdit() const { return m_fromPort; }
    QLineEdit *toPortEdit() const { return m_toPort; }
    QLineEdit *protocolEdit() const { return m_protocol; }
    QLineEdit *icmpTypeEdit() const { return m_icmpType; }
    QLineEdit *icmpCodeEdit() const { return m_icmpCode; }
    QComboBox *remoteCombo() const { return m_remote; }
    QLineEdit *cidrEdit() const { return m_cidr; }
    QComboBox *remoteGroupCombo() const { return m_remoteGroup; }
    QComboBox *etherTypeCombo() const { return m_etherType; }

Q_SIGNALS:
    void ruleAdded(const SecurityGroupRule &rule);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Check
    {
        std::optional<Field> field; // none: shown under the form
        QString message;
        bool quiet = false; // a required field still empty: the button says so, the form does not shout
    };

    void addFieldError(Field field);
    void showRows();
    void refresh();
    void fitFieldErrors();
    Check check() const;
    QString templateKey() const;
    QString etherType() const;
    bool remoteIsGroup() const;

    Engine &m_engine;
    RequestContext m_ctx;
    SecurityGroup m_group;
    QComboBox *m_rule;
    QLabel *m_templateHint;
    QLineEdit *m_description;
    QComboBox *m_direction;
    QComboBox *m_openPort;
    QLineEdit *m_port;
    QLineEdit *m_fromPort;
    QLineEdit *m_toPort;
    QLineEdit *m_protocol;
    QLineEdit *m_icmpType;
    QLineEdit *m_icmpCode;
    QComboBox *m_remote;
    QLineEdit *m_cidr;
    QComboBox *m_remoteGroup;
    QComboBox *m_etherType;
    QMap<Field, QLabel *> m_fieldErrors;
};

} // namespace sd
