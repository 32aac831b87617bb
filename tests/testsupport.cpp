#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace lodestar::test {

QString testData(const QString &relativePath)
{
    return QDir(QStringLiteral(LODESTAR_TEST_DATA)).filePath(relativePath);
}

QString sharedData(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(LODESTAR_SHARED_DATA)).filePath(relativePath);
    return QFileInfo::exists(path) ? path : QString();
}

TempWorkspace::TempWorkspace() = default;

QString TempWorkspace::dbPath() const
{
    return m_dir.filePath(QStringLiteral("workspace.lodestar"));
}

QString TempWorkspace::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString TempWorkspace::writeFile(const QString &name, const QByteArray &contents) const
{
    const QString path = filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        ADD_FAILURE() << "cannot write " << qPrintable(path);
    file.write(contents);
    return path;
}

ProcessResult runLodestar(const QStringList &arguments, int timeoutMs)
{
    return runLodestar(arguments, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

ProcessResult runLodestar(const QStringList &arguments, QProcessEnvironment environment, int timeoutMs)
{
    QProcess process;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Tests read English messages; a developer's German desktop must not change what they see.
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LODESTAR_BINARY), arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "lodestar " << qPrintable(arguments.join(QLatin1Char(' '))) << " timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace lodestar::test
