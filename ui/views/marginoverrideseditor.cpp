#include "marginoverrideseditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lodestar::ui {

namespace {

enum Column { AttributeColumn, ValueColumn, MarginColumn, ColumnCount };

} // namespace

MarginOverridesEditor::MarginOverridesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add mar&gin"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Applies to"), tr("Plan or channel"), tr("Margin")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Gross margin per plan or channel"));
    m_table->setMaximumHeight(170);
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MarginOverridesEditor::addSuggestedOverride);
    connect(m_remove, &QPushButton::clicked, this, &MarginOverridesEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
}

void MarginOverridesEditor::setKnownValues(const QStringList &plans, const QStringList &channels)
{
    m_plans = plans;
    m_channels = channels;
    for (int row = 0; row < m_table->rowCount(); ++row)
        offerValues(row);
}

void MarginOverridesEditor::setNewRowMargin(double margin)
{
    m_newRowMargin = margin;
}

void MarginOverridesEditor::setOverrides(const QMap<QString, double> &byPlan, const QMap<QString, double> &byChannel)
{
    const QSignalBlocker blocker(this);
    m_table->setRowCount(0);
    for (auto it = byPlan.begin(); it != byPlan.end(); ++it)
        addOverride(Attribute::Plan, it.key(), it.value());
    for (auto it = byChannel.begin(); it != byChannel.end(); ++it)
        addOverride(Attribute::Channel, it.key(), it.value());
    m_remove->setEnabled(false);
}

QMap<QString, double> MarginOverridesEditor::marginByPlan() const
{
    return marginsOf(Attribute::Plan);
}

QMap<QString, double> MarginOverridesEditor::marginByChannel() const
{
    return marginsOf(Attribute::Channel);
}

QString MarginOverridesEditor::problem() const
{
    QSet<QString> plans, channels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString value = valueAt(row);
        if (value.isEmpty())
            return tr("Every margin row needs the name of a plan or channel.");
        QSet<QString> &seen = attributeAt(row) == Attribute::Plan ? plans : channels;
        if (seen.contains(value))
            return attributeAt(row) == Attribute::Plan ? tr("The plan %1 has more than one margin.").arg(value)
                                                       : tr("The channel %1 has more than one margin.").arg(value);
        seen.insert(value);
    }
    return QString();
}

int MarginOverridesEditor::rowCount() const
{
    return m_table->rowCount();
}

void MarginOverridesEditor::addOverride(Attribute attribute, const QString &value, double margin)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    kind->addItem(tr("Plan"), static_cast<int>(Attribute::Plan));
    kind->addItem(tr("Channel"), static_cast<int>(Attribute::Channel));
    kind->setCurrentIndex(kind->findData(static_cast<int>(attribute)));
    auto *name = new QComboBox(m_table);
    name->setEditable(true);
    name->setInsertPolicy(QComboBox::NoInsert);
    auto *percent = new QDoubleSpinBox(m_table);
    percent->setRange(0.0, 100.0);
    percent->setDecimals(1);
    percent->setSuffix(QStringLiteral(" %"));
    percent->setValue(margin * 100.0);
    m_table->setCellWidget(row, AttributeColumn, kind);
    m_table->setCellWidget(row, ValueColumn, name);
    m_table->setCellWidget(row, MarginColumn, percent);
    offerValues(row);
    name->setCurrentText(value);

    // Rows move when one above is removed, so the handlers look their row up when they run.
    const auto rowOf = [this, kind] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, AttributeColumn) == kind)
                return r;
        return -1;
    };
    connect(kind, &QComboBox::currentIndexChanged, this, [this, rowOf] {
        offerValues(rowOf());
        emit overridesEdited();
    });
    connect(name, &QComboBox::currentTextChanged, this, &MarginOverridesEditor::overridesEdited);
    connect(percent, &QDoubleSpinBox::valueChanged, this, &MarginOverridesEditor::overridesEdited);
    emit overridesEdited();
}

void MarginOverridesEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit overridesEdited();
}

void MarginOverridesEditor::addSuggestedOverride()
{
    // Suggest the first plan, then the first channel, that has no margin of its own yet.
    const QMap<QString, double> plans = marginByPlan(), channels = marginByChannel();
    for (const QString &plan : m_plans) {
        if (!plans.contains(plan)) {
            addOverride(Attribute::Plan, plan, m_newRowMargin);
            return;
        }
    }
    for (const QString &channel : m_channels) {
        if (!channels.contains(channel)) {
            addOverride(Attribute::Channel, channel, m_newRowMargin);
            return;
        }
    }
    addOverride(Attribute::Plan, QString(), m_newRowMargin);
}

void MarginOverridesEditor::removeCurrentRow()
{
    removeRow(m_table->currentRow());
}

void MarginOverridesEditor::offerValues(int row)
{
    auto *name = qobject_cast<QComboBox *>(m_table->cellWidget(row, ValueColumn));
    if (!name)
        return;
    const QSignalBlocker blocker(name);
    const QString current = name->currentText();
    name->clear();
    name->addItems(attributeAt(row) == Attribute::Plan ? m_plans : m_channels);
    name->setCurrentText(current);
}

MarginOverridesEditor::Attribute MarginOverridesEditor::attributeAt(int row) const
{
    const auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, AttributeColumn));
    return kind ? static_cast<Attribute>(kind->currentData().toInt()) : Attribute::Plan;
}

QString MarginOverridesEditor::valueAt(int row) const
{
    const auto *name = qobject_cast<QComboBox *>(m_table->cellWidget(row, ValueColumn));
    return name ? name->currentText().trimmed() : QString();
}

double MarginOverridesEditor::marginAt(int row) const
{
    const auto *percent = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, MarginColumn));
    return percent ? percent->value() / 100.0 : 0.0;
}

QMap<QString, double> MarginOverridesEditor::marginsOf(Attribute attribute) const
{
    QMap<QString, double> margins;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (attributeAt(row) == attribute && !valueAt(row).isEmpty())
            margins.insert(valueAt(row), marginAt(row));
    return margins;
}

} // namespace lodestar::ui
