#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// Keystone's objects as the engine hands them out. Names are unique per kind; ids are UUIDs.

struct Project
{
    QString id;
    QString name;
    QString description;
    bool enabled = true;
    QDateTime createdAt;
};

struct ProjectSpec
{
    QString name;
    QString description;
    bool enabled = true;
};

struct ProjectUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> enabled;
};

struct User
{
    QString id;
    QString name;
    QString email;
    QString description;
    QString primaryProjectId;
    QString primaryProjectName;
    bool enabled = true;
    QDateTime createdAt;
};

struct UserSpec
{
    QString name;
    QString email;
    QString description;
    QString password;
    QString primaryProject; // name or id; may be empty
    bool enabled = true;
};

struct UserUpdate
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> description;
    std::optional<QString> password;
    std::optional<QString> primaryProject;
    std::optional<bool> enabled;
};

struct Role
{
    QString id;
    QString name;
    bool builtIn = false; // admin, member, reader: cannot be deleted
};

struct Group
{
    QString id;
    QString name;
    QString description;
    QStringList memberNames;
};

struct GroupSpec
{
    QString name;
    QString description;
};

// One role of a user or a group on a project.
struct RoleAssignment
{
    QString roleId;
    QString roleName;
    QString userId;   // set for a user's assignment
    QString userName;
    QString groupId;  // set for a group's assignment
    QString groupName;
    QString projectId;
    QString projectName;
};

struct RoleAssignmentFilter
{
    QString user;    // name or id; empty: any
    QString project; // name or id; empty: any
    // A user's effective roles include those of their groups (Keystone's --effective).
    bool effective = false;
};

} // namespace sd
