#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lodestar::ui {

/// What the window remembers between runs (QSettings): geometry, the last workspace and view,
/// and the recent workspaces.
class WindowSettings
{
public:
    static constexpr int kMaxRecent = 8;

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray state() const;
    void setState(const QByteArray &state);
    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);
    QString lastView() const;
    void setLastView(const QString &id);
    QStringList recentWorkspaces() const;
    /// Moves path to the front of the recent list.
    void addRecentWorkspace(const QString &path);
    /// Where the demo workspace lives (the app data folder).
    static QString demoWorkspacePath();
};

} // namespace lodestar::ui
