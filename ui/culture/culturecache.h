#pragma once

#include "models/culture/culturesnapshot.h"
#include "models/itemmodels/analysissnapshot.h"
#include "models/store/store.h"

#include <QObject>

#include <memory>

namespace lodestar::ui {

/// The culture figures of the current analysis, computed once for the matrix, goals page and
/// Overview banner. They describe the whole company, so the global filter does not apply.
/// GUI thread only: it opens the workspace on that thread to read and write the culture tables.
class CultureCache : public QObject
{
    Q_OBJECT
public:
    static CultureCache &instance();

    /// The culture snapshot for this analysis (null without a workspace); recomputed when the
    /// valuation, the workspace or the stored records (after an edit) change.
    std::shared_ptr<const CultureSnapshot> snapshot(const AnalysisSnapshot &analysis);
    /// The workspace of the last analysis, opened read-write on this thread, or null.
    Store *store();
    /// Call after writing culture records; views listening to changed() refresh.
    void invalidate();

signals:
    void changed();

private:
    CultureCache() = default;
    bool openStore(const QString &path);

    std::unique_ptr<Store> m_store;
    QString m_path;
    const Valuation *m_valuation = nullptr;
    std::shared_ptr<const CultureSnapshot> m_snapshot;
};

} // namespace lodestar::ui
