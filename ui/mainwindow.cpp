#include "mainwindow.h"

namespace lodestar::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Lodestar"));
    resize(1280, 800);
}

} // namespace lodestar::ui
