#pragma once

#include "core/requestcontext.h"

#include "formdialog.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd {

class Engine;

// Project › Compute › Key Pairs › Import Public Key: a name and an OpenSSH public key, pasted or loaded
// from a file. The key is checked as it is typed by the engine's own parser (SshKeys), whose verdict
// shows under the box: the reason it is refused, or the fingerprint to compare with `ssh-keygen -l`.
class ImportKeyPairDialog : public FormDialog
{
    Q_OBJECT

public:
    ImportKeyPairDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *keyEdit() const { return m_key; }
    QPushButton *loadButton() const { return m_load; }
    // The line under the key box: the parser's refusal or the key's fingerprint.
    QString keyVerdict() const;
    // Reads path into the key box as "Load from File…" does; false (and the reason under the box) when it
    // cannot be read.
    bool loadFile(const QString &path);

Q_SIGNALS:
    void keyPairImported(const QString &name);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    void checkKey();
    void chooseFile();

    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_name;
    QPlainTextEdit *m_key;
    QPushButton *m_load;
    QLabel *m_verdict;
    QString m_keyProblem;
};

} // namespace sd
