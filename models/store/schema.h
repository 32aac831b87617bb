#pragma once

#include <QList>
#include <QStringList>

namespace lodestar {

/// One forward step of the schema: the statements that take version-1 to version.
struct Migration
{
    int version;
    QStringList statements;
};

/// The single source of truth for the workspace schema, oldest first.
/// Append new steps at the end; never edit a released step.
const QList<Migration> &schemaMigrations();

} // namespace lodestar
