#pragma once

#include <QString>

namespace lodestar::test {

/// The throwaway server tests/postgres/server.sh started for this ctest run (a fixture), read from
/// the build's state file (or the one the environment variable LODESTAR_TEST_POSTGRES_STATE names).
struct PostgresServer
{
    QString url;        ///< the superuser's URL, password included, to the database lodestar_test
    int port = 0;
    QString skipReason; ///< why there is no server (the tests skip with it), or empty

    static const PostgresServer &get();
    /// The superuser's URL with its workspace in schema (a test of its own: tests run in parallel).
    QString workspace(const QString &schema) const;
    /// The same server and database as another user.
    QString as(const QString &user, const QString &password, const QString &schema) const;
    /// Runs SQL as the superuser in the test database (or another); false (and a test failure) when it fails.
    bool run(const QString &sql, const QString &database = QString()) const;
    /// The first value the query returns, as text ("" when none).
    QString value(const QString &sql, const QString &database = QString()) const;
};

/// The server of this ctest run.
inline const PostgresServer &server()
{
    return PostgresServer::get();
}

/// A QString of a literal, for the tests' many SQL and argument strings.
inline QString str(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace lodestar::test

#define LODESTAR_REQUIRE_POSTGRES()                                                                                  \
    do {                                                                                                             \
        if (!::lodestar::test::PostgresServer::get().skipReason.isEmpty())                                           \
            GTEST_SKIP() << "no PostgreSQL server: " << qPrintable(::lodestar::test::PostgresServer::get().skipReason); \
    } while (false)
