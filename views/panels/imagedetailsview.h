#pragma once

#include "image/image.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace sd {

// Everything about one image that does not fit its table row, in Horizon's detail page's groups: the
// image, its data (sizes, format, checksum), what it needs to boot, and its custom properties.
class ImageDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImageDetailsView(QWidget *parent = nullptr);

    // memberNames: the member projects as the user can name them (IDs where they cannot look one up).
    void setImage(const Image &image, const QStringList &memberNames);
    // The value shown for a field label ("Checksum (SHA-256)" → "9f86…"), for tests.
    QString valueOf(const QString &label) const;
    // The custom properties as listed.
    QMap<QString, QString> shownProperties() const;

private:
    QLabel *addField(const QString &label);
    void addSection(const QString &title);

    QLabel *m_title;
    QList<std::pair<QString, QLabel *>> m_fields;
    QLabel *m_id, *m_owner, *m_status, *m_visibility, *m_protected, *m_members, *m_created, *m_updated;
    QLabel *m_size, *m_virtualSize, *m_checksum, *m_diskFormat, *m_containerFormat, *m_minDisk, *m_minRam;
    QLabel *m_tags;
    QFormLayout *m_form;
    QFormLayout *m_propertyForm;
    QLabel *m_noProperties;
};

} // namespace sd
