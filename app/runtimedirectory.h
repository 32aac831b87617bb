#pragma once

namespace lodestar::cli {

/// Gives a headless run the private per-user runtime directory the XDG base directory spec promises
/// when the environment names none (servers, CI, cron), so Qt has nothing to warn about on stderr.
/// Call before the application object exists.
void provideRuntimeDirectory();

} // namespace lodestar::cli
