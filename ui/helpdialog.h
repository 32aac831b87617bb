#pragma once

#include <QDialog>

namespace lodestar {
struct ClvDefinition;
}

namespace lodestar::ui {

/// F1: what each figure means under the workspace's own CLV definition, and how to work the window.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    /// definition: the open workspace's, or null without one (the glossary alone).
    explicit HelpDialog(const ClvDefinition *definition, QWidget *parent = nullptr);

    /// The help as HTML (also what the dialog shows).
    static QString html(const ClvDefinition *definition);
};

} // namespace lodestar::ui
