#pragma once

#include "core/requestcontext.h"

#include "formdialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sd {

class Engine;
class ImageFileCheck;
class VisibilityCombo;

// Horizon's Create Image: details, source (a local file or a URL), format, requirements, sharing and
// custom metadata. A chosen file is inspected at once (off the GUI thread) and what it is shown beside
// the format; a file the inspector refuses keeps Create disabled. Create starts the engine's upload task
// and closes: the row appears as Saving with its progress, the Tasks dock offers Cancel.
class CreateImageDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateImageDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *sourceTypeCombo() const { return m_sourceType; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *architectureEdit() const { return m_architecture; }
    QSpinBox *minDiskSpin() const { return m_minDisk; }
    QSpinBox *minRamSpin() const { return m_minRam; }
    VisibilityCombo *visibilityCombo() const { return m_visibility; }
    QCheckBox *protectedCheck() const { return m_protected; }
    QPlainTextEdit *metadataEdit() const { return m_metadata; }
    // What the inspection says about the chosen file (or its refusal); empty before a file is chosen.
    QString detectedText() const;
    bool detectionRefused() const;
    // Chooses a file as Browse… does, and starts its inspection at once.
    void chooseFile(const QString &path);

Q_SIGNALS:
    // The upload runs as a task; the image's row shows its progress.
    void creationStarted(const QString &taskId, const QString &imageName);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    struct Problem
    {
        QString text;
        bool quiet = false; // not repeated under the fields: untouched, or shown beside its field already
    };
    Problem findProblem() const;
    bool fromFile() const;
    void browse();
    void showSource();
    void showDetection();

    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_sourceType;
    QWidget *m_fileRow;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLineEdit *m_url;
    QComboBox *m_format;
    QLabel *m_detected;
    QLabel *m_refused;
    QLineEdit *m_architecture;
    QSpinBox *m_minDisk;
    QSpinBox *m_minRam;
    VisibilityCombo *m_visibility;
    QCheckBox *m_protected;
    QPlainTextEdit *m_metadata;
    ImageFileCheck *m_check;
    QTimer *m_typing;
    bool m_nameTouched = false;
};

} // namespace sd
