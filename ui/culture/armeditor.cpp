#include "armeditor.h"

#include "models/culture/customeridlist.h"
#include "models/culture/experimentresult.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lodestar::ui {

ArmEditor::ArmEditor(const QString &title, const AnalysisSnapshot &analysis, QWidget *parent)
    : QGroupBox(title, parent), m_analysis(analysis), m_byAttribute(new QRadioButton(tr("Customers matching"), this)),
      m_byList(new QRadioButton(tr("Customers listed in a file (first column: customer id)"), this)),
      m_file(new QLineEdit(this)), m_count(new QLabel(this))
{
    m_byAttribute->setChecked(true);
    auto *attributes = new QFormLayout;
    attributes->setContentsMargins(20, 0, 0, 0);
    attributes->addRow(tr("Channel:"), addAttribute(QStringLiteral("channel"), analysis.options.channels));
    attributes->addRow(tr("Region:"), addAttribute(QStringLiteral("region"), analysis.options.regions));
    attributes->addRow(tr("Plan:"), addAttribute(QStringLiteral("plan"), analysis.options.plans));
    attributes->addRow(tr("CLV tier:"), addAttribute(QStringLiteral("tier"), {tierName(Tier::High), tierName(Tier::Medium), tierName(Tier::Low)}));
    auto *browse = new QPushButton(tr("Choose…"), this);
    m_file->setReadOnly(true);
    m_file->setAccessibleName(tr("Customer list file"));
    auto *file = new QHBoxLayout;
    file->setContentsMargins(20, 0, 0, 0);
    file->addWidget(m_file, 1);
    file->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_byAttribute);
    layout->addLayout(attributes);
    layout->addWidget(m_byList);
    layout->addLayout(file);
    layout->addWidget(m_count);
    connect(browse, &QPushButton::clicked, this, &ArmEditor::chooseFile);
    connect(m_byAttribute, &QRadioButton::toggled, this, &ArmEditor::update);
    update();
}

QComboBox *ArmEditor::addAttribute(const QString &key, const QStringList &values)
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("(any)"), QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    m_attributes.emplace_back(key, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        m_byAttribute->setChecked(true);
        update();
    });
    return combo;
}

CustomerSelection ArmEditor::selection() const
{
    CustomerSelection selection;
    if (m_byList->isChecked()) {
        selection.externalIds = m_listedIds;
        return selection;
    }
    QStringList conditions;
    for (const auto &[key, combo] : m_attributes) {
        if (const QString value = combo->currentData().toString(); !value.isEmpty())
            conditions << key + QLatin1Char('=') + value;
    }
    selection.filter = conditions.join(QLatin1Char(';'));
    return selection;
}

void ArmEditor::setAttribute(const QString &attribute, const QString &value)
{
    for (const auto &[key, combo] : m_attributes) {
        if (key == attribute)
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
}

void ArmEditor::setListFile(const QString &path)
{
    m_file->setText(path);
    const auto ids = readCustomerIdList(path);
    m_listedIds = ids ? *ids : QStringList();
    m_fileProblem = ids ? QString() : ids.errorString();
    m_byList->setChecked(true);
    update();
}

void ArmEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Customer list"), m_file->text(),
                                                      tr("Text or CSV files (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        setListFile(path);
}

// Counting on every change is cheap next to a valuation: one pass over the customers.
void ArmEditor::update()
{
    m_customers = 0;
    m_problem.clear();
    const CustomerSelection chosen = selection();
    if (m_byList->isChecked() && !m_fileProblem.isEmpty())
        m_problem = m_fileProblem;
    else if (m_byList->isChecked() && m_listedIds.isEmpty())
        m_problem = tr("Choose a file that lists customer ids.");
    else if (m_byAttribute->isChecked() && chosen.isEmpty())
        m_problem = tr("Choose at least one attribute: all customers is no comparison.");
    else if (m_analysis.data) {
        const auto members = resolveSelection(*m_analysis.data, chosen, m_analysis.valuation.get());
        m_customers = members ? static_cast<int>(members->size()) : 0;
        if (!members)
            m_problem = members.errorString();
        else if (m_customers == 0)
            m_problem = tr("No customer of this workspace is selected.");
    }
    m_count->setText(m_problem.isEmpty() ? tr("%n customer(s) selected", nullptr, m_customers) : m_problem);
    emit selectionChanged();
}

} // namespace lodestar::ui
