#pragma once

#include "models/import/importkind.h"

#include <QWizardPage>

#include <map>

class QLabel;
class QLineEdit;

namespace lodestar::ui {

/// The wizard's first page: one file per kind (transactions, customers, marketing spend, NPS),
/// any of them optional as long as there is one.
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilesPage(QWidget *parent = nullptr);

    void setPath(ImportKind kind, const QString &path);
    /// The chosen file of a kind, or an empty string.
    QString path(ImportKind kind) const;
    bool validatePage() override;
    /// Why the page did not validate, for the user (and the tests).
    QString problem() const;

private:
    QLineEdit *m_paths[4];
    QLabel *m_problem;
};

} // namespace lodestar::ui
