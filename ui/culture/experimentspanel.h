#pragma once

#include "models/culture/culturesnapshot.h"
#include "models/itemmodels/analysissnapshot.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lodestar::ui {

class CultureCache;

/// The experiments of the Goals page: their incremental CLV, retention and revenue with 95%
/// intervals, and creating or deleting one (stored as `lodestar experiments add` stores it).
class ExperimentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentsPanel(CultureCache &cache, QWidget *parent = nullptr);

    void showCulture(const AnalysisSnapshot &analysis, std::shared_ptr<const CultureSnapshot> culture);

    /// Stores a new experiment; the table shows its result once the pages refresh.
    bool addExperiment(const Experiment &experiment);
    /// Deletes the experiment and its customer lists after the user confirms.
    void removeExperiment(qint64 experimentId);

    QTableWidget *table() const { return m_table; }

private:
    void askNewExperiment();
    void removeSelected();
    void updateButtons();

    CultureCache &m_cache;
    AnalysisSnapshot m_analysis;
    std::shared_ptr<const CultureSnapshot> m_culture;
    QTableWidget *m_table;
    QLabel *m_problems;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace lodestar::ui
