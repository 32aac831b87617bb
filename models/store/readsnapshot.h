#pragma once

#include <QSqlDatabase>

namespace lodestar {

/// One read transaction over several statements, so a concurrent import cannot tear what they read
/// (PostgreSQL is asked for REPEATABLE READ: by default each statement sees its own snapshot). Ended
/// however the read ends, so a failed read does not leave the connection inside a transaction.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace lodestar
