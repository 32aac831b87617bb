#include "analysisstatus.h"

#include "models/clv/clvdefinition.h"
#include "models/itemmodels/analysissnapshot.h"
#include "models/store/postgresaddress.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace lodestar::ui {

namespace {
constexpr int kSteps = 1000;
}

AnalysisStatus::AnalysisStatus(QStatusBar *bar)
    : QObject(bar)
    , m_bar(bar)
    , m_text(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
{
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, kSteps);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Computation progress"));
    bar->addWidget(m_text, 1);
    bar->addPermanentWidget(m_progress);
}

QString AnalysisStatus::describe(const AnalysisSnapshot &snapshot, const ClvDefinition &definition)
{
    if (snapshot.workspacePath.isEmpty())
        return tr("No workspace open");
    QStringList parts{isPostgresAddress(snapshot.workspacePath) ? workspaceLabel(snapshot.workspacePath)
                                                                : QFileInfo(snapshot.workspacePath).fileName()};
    if (snapshot.valuation) {
        const QLocale locale;
        const AnalysisFilter *filter = snapshot.insights ? &snapshot.insights->filter : nullptr;
        const QDate from = filter && filter->from.isValid() ? std::max(filter->from, snapshot.valuation->dataStart)
                                                            : snapshot.valuation->dataStart;
        const QDate to = filter && filter->to.isValid() ? std::min(filter->to, snapshot.valuation->dataEnd)
                                                        : snapshot.valuation->dataEnd;
        parts << tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
        parts << definition.shortText();
    } else {
        parts << tr("no transactions");
    }
    return parts.join(QStringLiteral("  ·  "));
}

void AnalysisStatus::showAnalysis(const AnalysisSnapshot &snapshot, const ClvDefinition &definition)
{
    m_text->setText(describe(snapshot, definition));
}

QString AnalysisStatus::text() const
{
    return m_text->text();
}

void AnalysisStatus::showWork(bool working, const QString &task, bool indeterminate)
{
    m_progress->setVisible(working);
    m_progress->setRange(0, indeterminate ? 0 : kSteps);
    m_progress->setValue(0);
    if (working)
        m_bar->showMessage(task);
    else
        m_bar->clearMessage();
}

void AnalysisStatus::setProgress(double fraction)
{
    m_progress->setValue(static_cast<int>(fraction * kSteps));
}

} // namespace lodestar::ui
