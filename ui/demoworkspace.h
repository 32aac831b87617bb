#pragma once

#include <QObject>
#include <QProcess>

namespace lodestar::ui {

/// Creates the demo workspace by running this program's `demo --db FILE` command as a child
/// process: the generator stays a command-line feature and the GUI thread never waits on it.
class DemoWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit DemoWorkspace(QObject *parent = nullptr);

    void create(const QString &path);
    void cancel();
    bool isRunning() const;

signals:
    void created(const QString &path);
    void failed(const QString &message);

private:
    void finished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QString m_path;
};

} // namespace lodestar::ui
