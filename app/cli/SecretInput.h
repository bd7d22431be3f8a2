#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <cstdio>

namespace passbook::cli {

// Reads one line from a stream straight into secure memory (no QString on the way); the line
// ending is dropped. Secrets come on stdin, one per line, never on the command line.
[[nodiscard]] Result<crypto::SecureBuffer> readSecretLine(std::FILE *in, const char *what);

} // namespace passbook::cli
