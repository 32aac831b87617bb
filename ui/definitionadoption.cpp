#include "definitionadoption.h"

#include "models/engine/analysisservice.h"
#include "ui/views/view.h"

#include <QtConcurrent>

namespace lodestar::ui {

DefinitionAdoption::DefinitionAdoption(QObject *parent) : QObject(parent) {}

DefinitionAdoption::~DefinitionAdoption()
{
    m_writes.waitForFinished();
}

bool DefinitionAdoption::presentsClv(const QString &viewId)
{
    static const QSet<QString> ids{QStringLiteral("overview"), QStringLiteral("segments"), QStringLiteral("cohorts"),
                                   QStringLiteral("customers"), QStringLiteral("matrix"), QStringLiteral("goals")};
    return ids.contains(viewId);
}

void DefinitionAdoption::viewPresented(const View *view, const AnalysisSnapshot &snapshot)
{
    if (!view || !snapshot.valuation || !snapshot.insights || !presentsClv(view->id()))
        return;
    if (snapshot.valuation.get() != m_valuation) {
        m_valuation = snapshot.valuation.get();
        m_recorded.clear();
    }
    if (m_recorded.contains(view->id()))
        return;
    m_recorded.insert(view->id());
    const QString path = snapshot.workspacePath;
    const QString surface = view->id();
    const QDate dataEnd = snapshot.valuation->dataEnd;
    // A worker opens its own connection: nothing is written on the GUI thread.
    m_writes.addFuture(QtConcurrent::run([path, surface, dataEnd] { AnalysisService(path).recordDefinitionUse(surface, dataEnd); }));
}

} // namespace lodestar::ui
