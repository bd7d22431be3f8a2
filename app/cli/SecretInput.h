#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <cstdio>

namespace passbook::cli {

// Reads one line from a stream straight into secure memory (no QString on the way); the line
// ending is dropped. Secrets come on stdin, one per line, never on the command line. passbook-cli
// makes stdin unbuffered before anything reads it (no stdio copy of a secret); on a terminal, "WHAT: " is
// asked on stderr and the typing is not echoed (the terminal is restored afterwards, also on Ctrl-C).
[[nodiscard]] Result<crypto::SecureBuffer> readSecretLine(std::FILE *in, const char *what);

} // namespace passbook::cli
