#pragma once

#include "CliSupport.h"

namespace passbook::cli {

// passbook-sandbox COMMAND … --sandbox DIR (see main.cpp): init, register, activate, deactivate,
// request, anchor. JSON on stdout, passbook-cli's exit codes.
int sandboxCommand(const Context &ctx, const QStringList &args);

} // namespace passbook::cli
