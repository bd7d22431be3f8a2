// passbook-cli decisions: approve, deny, revoke, grant, delegate — checked by the core session
// (the caregiver's right, DecisionBuilder's checks) before anything is signed.
#include "LedgerSession.h"
#include "crypto/Hex.h"
#include "ledger/Scopes.h"
#include "session/SessionJson.h"

#include <QJsonArray>

namespace passbook::cli {

using crypto::Address;

int decide(Run &r, const session::DecisionRequest &request, QJsonObject extra)
{
    auto decision = r.s.core->prepareDecision(request, &r.s.ledger->registry(), nowSecs());
    if (!decision) {
        return fail(decision.error());
    }
    resendOutbox(r.s);
    message(QStringLiteral("Signing and sending: %1").arg(decision.value().description));
    auto outcome = r.s.core->submitDecision(*r.s.ledger, decision.value());
    if (!outcome) {
        return fail(outcome.error());
    }
    extra.insert(QStringLiteral("ok"), true);
    extra.insert(QStringLiteral("transaction"), crypto::toHex(outcome.value().hash, true));
    extra.insert(QStringLiteral("block"), double(outcome.value().receipt.blockNumber));
    extra.insert(QStringLiteral("outboxId"), double(outcome.value().outboxId));
    printJson(extra);
    return Ok;
}

std::optional<quint64> expiryOr(const std::optional<QString> &text, int &failed)
{
    if (!text) {
        return std::nullopt;
    }
    auto parsed = ledger::scopes::parseExpiry(*text, nowSecs());
    if (!parsed) {
        failed = fail(parsed.error());
        return std::nullopt;
    }
    return parsed.value();
}

int approve(Run &r)
{
    const auto id = r.id();
    if (!id || r.args.size() != 1) {
        return usageOf(QStringLiteral("approve"));
    }
    std::optional<quint32> scopes;
    if (r.scopes) {
        auto parsed = ledger::scopes::parse(*r.scopes);
        if (!parsed) {
            return fail(parsed.error());
        }
        scopes = parsed.value();
    }
    int failed = Ok;
    const auto expires = expiryOr(r.expires, failed);
    if (failed != Ok) {
        return failed;
    }
    return decide(r, session::DecisionRequest::approve(*id, scopes, expires),
                  {{QStringLiteral("requestId"), double(*id)}});
}

int deny(Run &r)
{
    const auto id = r.id();
    if (!id || r.args.size() != 1) {
        return usageOf(QStringLiteral("deny"));
    }
    return decide(r, session::DecisionRequest::deny(*id), {{QStringLiteral("requestId"), double(*id)}});
}

int revoke(Run &r)
{
    const auto id = r.id();
    if (!id || r.args.size() != 1) {
        return usageOf(QStringLiteral("revoke"));
    }
    return decide(r, session::DecisionRequest::revoke(*id), {{QStringLiteral("consentId"), double(*id)}});
}

int grant(Run &r)
{
    if (!r.args.isEmpty() || !r.to || !r.scopes || !r.purpose || !r.expires) {
        return usageOf(QStringLiteral("grant"));
    }
    auto to = Address::fromString(*r.to);
    auto custodian = r.custodian ? Address::fromString(*r.custodian)
                                 : Result<Address>(Address::fromBytes(QByteArray(20, '\0')));
    auto scopes = ledger::scopes::parse(*r.scopes);
    auto purpose = ledger::scopes::parsePurpose(*r.purpose);
    auto expires = ledger::scopes::parseExpiry(*r.expires, nowSecs());
    for (const Error *e : {to ? nullptr : &to.error(), custodian ? nullptr : &custodian.error(),
                           scopes ? nullptr : &scopes.error(), purpose ? nullptr : &purpose.error(),
                           expires ? nullptr : &expires.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    return decide(r,
                  session::DecisionRequest::grant(to.value(), custodian.value(), scopes.value(),
                                                  purpose.value(), expires.value()),
                  {});
}

int delegate(Run &r)
{
    if (r.args.value(0) == QLatin1String("list") && r.args.size() == 1) {
        auto list = r.store().delegations(r.s.me(), nowSecs());
        if (!list) {
            return fail(list.error());
        }
        QJsonArray out;
        for (const auto &d : list.value()) {
            out.append(session::json::delegation(d));
        }
        printJson({{QStringLiteral("delegates"), out}});
        return Ok;
    }
    if (r.args.value(0) != QLatin1String("set") || r.args.size() != 2 || !r.rights) {
        return usageOf(QStringLiteral("delegate"));
    }
    auto caregiver = Address::fromString(r.args[1]);
    if (!caregiver) {
        return fail(caregiver.error());
    }
    const bool removing = *r.rights == QLatin1String("none");
    auto rights = removing ? Result<quint8>(quint8(0)) : ledger::scopes::parseRights(*r.rights);
    if (!rights) {
        return fail(rights.error());
    }
    if (!removing && !r.expires) {
        return usage(QStringLiteral("delegate set needs --expires"));
    }
    int failed = Ok;
    const auto expires = removing ? std::nullopt : expiryOr(r.expires, failed);
    if (failed != Ok) {
        return failed;
    }
    return decide(
        r, session::DecisionRequest::delegate(caregiver.value(), rights.value(), expires.value_or(0)), {});
}

} // namespace passbook::cli
