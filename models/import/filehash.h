#pragma once

#include "models/result.h"

#include <QString>

namespace lodestar {

/// SHA-256 of a file's bytes as hex, read in chunks: how a re-import of the same file is recognised.
Result<QString> contentHash(const QString &path);

} // namespace lodestar
