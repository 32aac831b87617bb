#include "demoworkspace.h"

#include <QCoreApplication>
#include <QFile>

namespace lodestar::ui {

DemoWorkspace::DemoWorkspace(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::finished, this, &DemoWorkspace::finished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("Cannot start the demo generator: %1").arg(m_process.errorString()));
    });
}

void DemoWorkspace::create(const QString &path)
{
    if (isRunning())
        return;
    m_path = path;
    QFile::remove(path);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("demo"), QStringLiteral("--db"), path});
}

void DemoWorkspace::cancel()
{
    if (isRunning())
        m_process.kill();
}

bool DemoWorkspace::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void DemoWorkspace::finished(int exitCode, QProcess::ExitStatus status)
{
    if (status == QProcess::NormalExit && exitCode == 0) {
        emit created(m_path);
        return;
    }
    const QString output = QString::fromLocal8Bit(m_process.readAll()).trimmed();
    emit failed(tr("The demo workspace could not be created%1").arg(output.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + output));
}

} // namespace lodestar::ui
