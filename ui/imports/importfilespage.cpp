#include "importfilespage.h"

#include "importkindtitle.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lodestar::ui {

namespace {

std::size_t slot(ImportKind kind)
{
    return static_cast<std::size_t>(kind);
}

QString hint(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Transactions: return ImportFilesPage::tr("customer id, date and amount per purchase");
    case ImportKind::Customers: return ImportFilesPage::tr("optional: sign-up date, channel, region, plan");
    case ImportKind::Spend: return ImportFilesPage::tr("optional: month, channel and amount spent");
    case ImportKind::Nps: return ImportFilesPage::tr("optional: customer id, date and score");
    }
    return {};
}

} // namespace

ImportFilesPage::ImportFilesPage(QWidget *parent)
    : QWizardPage(parent)
    , m_problem(new QLabel(this))
{
    setTitle(tr("Choose the files"));
    setSubTitle(tr("Transactions are the heart of a workspace; customers, marketing spend and NPS files add detail. "
                   "Each file gets its own column page."));
    auto *form = new QFormLayout(this);
    // In the same order as the import runs; Transactions first on screen all the same, since most imports have only it.
    for (const ImportKind kind : {ImportKind::Transactions, ImportKind::Customers, ImportKind::Spend, ImportKind::Nps}) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(hint(kind));
        edit->setAccessibleName(kindTitle(kind));
        auto *browse = new QPushButton(tr("Browse…"), this);
        browse->setAccessibleName(tr("Browse for the %1 file").arg(kindTitle(kind)));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        // A label with a buddy, so Alt+<first letter> jumps to the file (a row layout cannot be a buddy).
        auto *label = new QLabel(tr("&%1:").arg(kindTitle(kind)), this);
        label->setBuddy(edit);
        form->addRow(label, row);
        m_paths[slot(kind)] = edit;
        connect(browse, &QPushButton::clicked, this, [this, edit, kind] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Choose the %1 file").arg(kindTitle(kind)), edit->text(),
                                                              tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
            if (!path.isEmpty())
                edit->setText(QDir::toNativeSeparators(path));
        });
    }
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    form->addRow(m_problem);
}

void ImportFilesPage::setPath(ImportKind kind, const QString &path)
{
    m_paths[slot(kind)]->setText(path);
}

QString ImportFilesPage::path(ImportKind kind) const
{
    return QDir::fromNativeSeparators(m_paths[slot(kind)]->text().trimmed());
}

bool ImportFilesPage::validatePage()
{
    bool any = false;
    for (const ImportKind kind : kImportOrder) {
        const QString file = path(kind);
        if (file.isEmpty())
            continue;
        if (!QFileInfo(file).isFile()) {
            m_problem->setText(tr("There is no file at %1.").arg(QDir::toNativeSeparators(file)));
            m_paths[slot(kind)]->setFocus();
            return false;
        }
        any = true;
    }
    if (!any) {
        m_problem->setText(tr("Choose at least one file to import."));
        m_paths[slot(ImportKind::Transactions)]->setFocus();
        return false;
    }
    m_problem->clear();
    return true;
}

QString ImportFilesPage::problem() const
{
    return m_problem->text();
}

} // namespace lodestar::ui
