#include "workspacefiles.h"

#include "models/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace lodestar::ui::workspacefiles {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFiles)
};

QString workspaceFilter()
{
    return Text::tr("Lodestar workspaces (*.lodestar);;All files (*)");
}

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString askNewWorkspacePath(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(parent, Text::tr("New Workspace"),
                                                QDir(documents()).filePath(Text::tr("Workspace.lodestar")), workspaceFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".lodestar");
    return path;
}

QString askOpenWorkspacePath(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, Text::tr("Open Workspace"), documents(), workspaceFilter());
}

QString askExportPath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                      const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(documents()).filePath(suggestedName), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

Status createWorkspace(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error{Text::tr("Cannot replace %1.").arg(path), {}};
    auto store = Store::open(path, Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    return {};
}

} // namespace lodestar::ui::workspacefiles
