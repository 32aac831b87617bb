#pragma once

#include "models/culture/culturesettings.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QFormLayout;

namespace lodestar::ui {

class CultureCache;

/// The guardrail thresholds as settings: each change is checked against the setting's range, saved
/// in the workspace where the command line and the report read it, and applied at once (the banners
/// refresh through the cache).
class ThresholdsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ThresholdsPanel(CultureCache &cache, QWidget *parent = nullptr);

    /// Shows the stored values; disabled without a workspace.
    void showSettings(const CultureSettings *settings);
    /// Sets one threshold by its key as the user would (in the unit shown), for tests and scripts.
    void setValue(const QString &key, double shownValue);
    double value(const QString &key) const;

private:
    struct Row
    {
        QString key;
        QDoubleSpinBox *spin;
        double scale; ///< shown = stored x scale (100 for shares shown as percentages)
    };

    void addRow(QFormLayout *form, const char *key, const QString &label, double scale, int decimals);
    void save(const Row &row);
    void restoreDefaults();
    const Row *row(const QString &key) const;

    CultureCache &m_cache;
    std::vector<Row> m_rows;
};

} // namespace lodestar::ui
