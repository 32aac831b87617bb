#pragma once

#include "models/culture/experiment.h"
#include "models/itemmodels/analysissnapshot.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace lodestar::ui {

/// One arm of an experiment (treatment or control): the customers matching channel, region, plan
/// and tier, or the customers listed in a text or CSV file; counts them as the user chooses.
class ArmEditor : public QGroupBox
{
    Q_OBJECT
public:
    ArmEditor(const QString &title, const AnalysisSnapshot &analysis, QWidget *parent = nullptr);

    CustomerSelection selection() const;
    /// Customers of the workspace the arm selects (0 also when the filter or file is unusable).
    int customers() const { return m_customers; }
    /// Why the arm cannot be used yet, or empty.
    QString problem() const { return m_problem; }

    /// Chooses the attribute value for "channel", "region", "plan" or "tier" ("" for any).
    void setAttribute(const QString &attribute, const QString &value);
    /// Uses the customer ids listed in a file instead of the attributes.
    void setListFile(const QString &path);

signals:
    void selectionChanged();

private:
    QComboBox *addAttribute(const QString &key, const QStringList &values);
    void chooseFile();
    void update();

    AnalysisSnapshot m_analysis;
    QRadioButton *m_byAttribute;
    QRadioButton *m_byList;
    std::vector<std::pair<QString, QComboBox *>> m_attributes;
    QLineEdit *m_file;
    QStringList m_listedIds;
    QString m_fileProblem;
    QLabel *m_count;
    int m_customers = 0;
    QString m_problem;
};

} // namespace lodestar::ui
