#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lodestar::test {

/// Path of a fixture in tests/data.
QString testData(const QString &relativePath);

/// Path of a file in ../shared/data, or an empty string when that folder is not beside the project.
QString sharedData(const QString &relativePath);

/// A scratch folder with a workspace path inside it, removed after the test.
class TempWorkspace
{
public:
    TempWorkspace();
    QString dbPath() const;
    QString filePath(const QString &name) const;
    /// Writes text to a file in the scratch folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &contents) const;

private:
    QTemporaryDir m_dir;
};

/// Output of running the real lodestar binary.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the built lodestar executable with arguments (headless), waiting up to timeoutMs.
ProcessResult runLodestar(const QStringList &arguments, int timeoutMs = 120000);

/// The same in a given environment (a server's, say); QT_QPA_PLATFORM and LANGUAGE are still set.
ProcessResult runLodestar(const QStringList &arguments, QProcessEnvironment environment, int timeoutMs = 120000);

/// True in the AddressSanitizer build, where shadow memory and the quarantine make RSS figures meaningless.
constexpr bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace lodestar::test

/// Skips the current test when a ../shared/data file is absent (clones without shared/).
#define LODESTAR_REQUIRE_SHARED(path)                                                    \
    do {                                                                                 \
        if (::lodestar::test::sharedData(path).isEmpty())                                \
            GTEST_SKIP() << "shared data not available: " << qPrintable(QString(path)); \
    } while (false)
