#include "windowsettings.h"

#include "models/store/postgresaddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace lodestar::ui {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastWorkspace = QStringLiteral("workspace/last");
const QString kLastView = QStringLiteral("window/lastView");
const QString kRecent = QStringLiteral("workspace/recent");

} // namespace

QByteArray WindowSettings::geometry() const { return QSettings().value(kGeometry).toByteArray(); }
void WindowSettings::setGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometry, geometry); }
QByteArray WindowSettings::state() const { return QSettings().value(kState).toByteArray(); }
void WindowSettings::setState(const QByteArray &state) { QSettings().setValue(kState, state); }
QString WindowSettings::lastWorkspace() const { return QSettings().value(kLastWorkspace).toString(); }
void WindowSettings::setLastWorkspace(const QString &path)
{
    QSettings().setValue(kLastWorkspace, PostgresAddress::withoutPassword(path));
}
QString WindowSettings::lastView() const { return QSettings().value(kLastView).toString(); }
void WindowSettings::setLastView(const QString &id) { QSettings().setValue(kLastView, id); }

QStringList WindowSettings::recentWorkspaces() const
{
    QStringList recent = QSettings().value(kRecent).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(), [](const QString &path) { return !isPostgresAddress(path) && !QFileInfo::exists(path); }),
                 recent.end());
    return recent;
}

void WindowSettings::addRecentWorkspace(const QString &path)
{
    // A server's address is kept without its password: the next open takes it from PGPASSWORD or ~/.pgpass.
    const QString absolute = isPostgresAddress(path) ? PostgresAddress::withoutPassword(path) : QFileInfo(path).absoluteFilePath();
    QStringList recent = QSettings().value(kRecent).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

QString WindowSettings::demoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo.lodestar"));
}

} // namespace lodestar::ui
