#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace lodestar::ui {

/// Edits the gross margins that override the global one for a plan or a channel (a plan's
/// margin wins, ClvDefinition::marginFor). One row per override: attribute, value, margin.
class MarginOverridesEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Attribute { Plan, Channel };

    explicit MarginOverridesEditor(QWidget *parent = nullptr);

    /// The workspace's plans and channels, offered in the value column (other names can be typed).
    void setKnownValues(const QStringList &plans, const QStringList &channels);
    /// The margin a new row starts with (the global one).
    void setNewRowMargin(double margin);
    void setOverrides(const QMap<QString, double> &byPlan, const QMap<QString, double> &byChannel);
    QMap<QString, double> marginByPlan() const;
    QMap<QString, double> marginByChannel() const;
    /// Empty when every row names a distinct plan or channel; otherwise one sentence.
    QString problem() const;

    int rowCount() const;
    /// Adds a row; margin is a fraction of net revenue.
    void addOverride(Attribute attribute, const QString &value, double margin);
    void removeRow(int row);

signals:
    void overridesEdited();

private:
    void addSuggestedOverride();
    void removeCurrentRow();
    void offerValues(int row);
    Attribute attributeAt(int row) const;
    QString valueAt(int row) const;
    double marginAt(int row) const;
    QMap<QString, double> marginsOf(Attribute attribute) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStringList m_plans;
    QStringList m_channels;
    double m_newRowMargin = 0.3;
};

} // namespace lodestar::ui
