#pragma once

// What the tests of core/session and of what it feeds share: vaults on disk and decisions sent
// the way the app and the CLI both send them.
#include "VaultTestSupport.h"
#include "session/Session.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace passbook::test {

// A new vault `name` in `dir`, with the fast KDF; null when it could not be made.
inline std::unique_ptr<vault::VaultManager> newVault(const QTemporaryDir &dir, const QString &name)
{
    auto v = std::make_unique<vault::VaultManager>(dir.filePath(name));
    useFastKdf(*v);
    if (!v->create(secret(kGoodPassword), crypto::WordlistLanguage::English).ok()) {
        return nullptr;
    }
    return v;
}

// Prepares (every check before signing) and submits a decision, then catches up.
inline Result<ledger::TransactionSubmitter::Outcome> decide(session::Session &s,
                                                            const session::DecisionRequest &request)
{
    auto conn = s.connectLedger();
    if (!conn) {
        return conn.error();
    }
    auto decision = s.prepareDecision(request, &conn.value()->registry(), QDateTime::currentSecsSinceEpoch());
    if (!decision) {
        return decision.error();
    }
    return s.submitDecision(*conn.value(), decision.value());
}

} // namespace passbook::test
