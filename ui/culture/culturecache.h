#pragma once

#include "models/culture/culturesnapshot.h"
#include "models/itemmodels/analysissnapshot.h"
#include "models/store/store.h"

#include <QObject>

#include <memory>

namespace lodestar::ui {

/// The culture figures of the current analysis, computed once for the matrix, goals page and
/// Overview banner. They describe the whole company, so the global filter does not apply.
/// GUI thread only: it opens the workspace on that thread to write the culture tables. The first
/// snapshot of an analysis comes from the analysis job (worker thread); after an edit it is recomputed here.
/// The main window owns it, so its connection closes with the window, before the SQLite driver goes.
class CultureCache : public QObject
{
    Q_OBJECT
public:
    explicit CultureCache(QObject *parent = nullptr);

    /// The culture snapshot for this analysis (null without a workspace); recomputed when the
    /// valuation, the workspace or the stored records (after an edit) change.
    std::shared_ptr<const CultureSnapshot> snapshot(const AnalysisSnapshot &analysis);
    /// The workspace of the last analysis, opened read-write on this thread, or null.
    Store *store();
    /// Call after writing culture records; views listening to changed() refresh.
    void invalidate();
    /// Call after an edit's write: a failure is announced (editFailed), then the pages refresh either way.
    void recordWrite(const Status &status);

signals:
    void changed();
    /// The workspace refused an edit (e.g. read-only); one sentence for the user.
    void editFailed(const QString &message);

private:
    bool openStore(const QString &path);

    std::unique_ptr<Store> m_store;
    QString m_path;
    const Valuation *m_valuation = nullptr;
    std::shared_ptr<const CultureSnapshot> m_snapshot;
    bool m_stale = false; ///< records edited since the analysis job of m_staleValuation computed its snapshot
    const Valuation *m_staleValuation = nullptr;
};

} // namespace lodestar::ui
