#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// The folder that holds one StackDesk installation: stackdesk.db (mode 0600), images/, logs/, hosts/
// (node XML files of simulated hosts).
class DataDir
{
    Q_DECLARE_TR_FUNCTIONS(sd::DataDir)

public:
    // $STACKDESK_DATA_DIR, else $XDG_DATA_HOME/stackdesk (~/.local/share/stackdesk).
    static QString defaultPath();
    // The demo lab lives beside the default data dir, so XDG_DATA_HOME=/tmp/x gives a fresh one.
    static QString demoPath();

    // Creates the folder and its subfolders if needed, and refuses one that cannot be written.
    static Result<DataDir> open(const QString &path);

    QString path() const { return m_path; }
    QString databaseFile() const;
    QString imagesPath() const;
    QString logsPath() const;
    QString hostsPath() const;

private:
    explicit DataDir(QString path) : m_path(std::move(path)) {}
    QString m_path;
};

} // namespace sd
