#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lodestar {

/// One CSV cell, RFC 4180 quoted when needed. A cell a spreadsheet would run as a formula
/// (starting with = + - @, tab or CR) gets a leading apostrophe: exported rejects hold raw
/// values from untrusted files (OWASP "CSV injection").
QByteArray csvCell(const QString &value);

/// A CSV line of cells, ending in CRLF as RFC 4180 asks.
QByteArray csvLine(const QStringList &cells);

/// A cell for trusted, program-made values (numbers, our own labels): quoted when needed, never altered.
QByteArray csvPlainCell(const QString &value);

} // namespace lodestar
