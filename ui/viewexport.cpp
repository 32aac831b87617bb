#include "viewexport.h"

#include "workspacefiles.h"
#include "views/view.h"

#include "models/itemmodels/csvexport.h"
#include "models/output/outputfile.h"
#include "ui/charts/chartwidget.h"

#include <QCoreApplication>
#include <QDir>

namespace lodestar::ui::viewexport {

// The messages keep the window's translation context, where the translations of File → Export live.
namespace {

Outcome saved(bool written, const QString &path, const QString &error)
{
    return written ? Outcome{QCoreApplication::translate("lodestar::ui::MainWindow", "Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Information}
                   : Outcome{error, MessageBar::Kind::Error};
}

} // namespace

std::optional<Outcome> exportTable(View *view, const QString &workspacePath, QWidget *parent)
{
    const QAbstractItemModel *table = view ? view->exportTable() : nullptr;
    if (!table)
        return Outcome{QCoreApplication::translate("lodestar::ui::MainWindow", "This view has no table to export."), MessageBar::Kind::Information};
    const QString path = workspacefiles::askExportPath(parent, QCoreApplication::translate("lodestar::ui::MainWindow", "Export Table as CSV"), view->id() + QStringLiteral(".csv"),
                                                       QCoreApplication::translate("lodestar::ui::MainWindow", "CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return std::nullopt;
    const Status written = writeCsvFile(*table, path, view->id() == QLatin1String("cohorts"), workspaceFiles(workspacePath));
    return saved(bool(written), path, written ? QString() : written.errorString());
}

std::optional<Outcome> exportChart(View *view, QWidget *parent)
{
    charts::ChartWidget *chart = view ? view->exportChart() : nullptr;
    if (!chart)
        return Outcome{QCoreApplication::translate("lodestar::ui::MainWindow", "This view has no chart to export."), MessageBar::Kind::Information};
    const QString path = workspacefiles::askExportPath(parent, QCoreApplication::translate("lodestar::ui::MainWindow", "Export Chart as PNG"), view->id() + QStringLiteral(".png"),
                                                       QCoreApplication::translate("lodestar::ui::MainWindow", "PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty())
        return std::nullopt;
    QString error;
    const bool written = chart->exportPng(path, &error);
    return saved(written, path, error);
}

} // namespace lodestar::ui::viewexport
