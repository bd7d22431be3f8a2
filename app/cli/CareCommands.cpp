// passbook-cli care invite | add | remove | list: the people I care for, as the ledger allows.
#include "LedgerSession.h"
#include "consent/CareCircle.h"
#include "session/SessionJson.h"

#include <QJsonArray>

namespace passbook::cli {

using crypto::Address;

int care(Run &r)
{
    const QString sub = r.args.value(0);
    session::Session &core = *r.s.core;
    if (sub == QLatin1String("invite") && r.args.size() == 1) {
        // for the patient: a code to give a caregiver (address and hospitals; no medical data)
        auto invite = core.careInvite();
        if (!invite) {
            return fail(invite.error());
        }
        printJson({{QStringLiteral("invite"), invite.value().code},
                   {QStringLiteral("hospitals"), double(invite.value().hospitals)}});
        return Ok;
    }
    if (sub == QLatin1String("add") && r.args.size() == 2) {
        auto invite = core.readCareInvite(r.args[1], r.name.value_or(QString()));
        if (!invite) {
            return fail(invite.error());
        }
        auto added = core.addCaredFor(*r.s.ledger, invite.value(), r.name.value_or(QString()));
        if (!added) {
            return fail(added.error());
        }
        QJsonObject out = session::json::caredFor(added.value());
        out.insert(QStringLiteral("ok"), true);
        printJson(out);
        return Ok;
    }
    if (sub == QLatin1String("remove") && r.args.size() == 2) {
        auto patient = Address::fromString(r.args[1]);
        if (!patient) {
            return usage(QStringLiteral("care remove PATIENT (the address from 'care list')"));
        }
        auto removed = core.removeCaredFor(patient.value());
        if (!removed) {
            return fail(removed.error());
        }
        printJson({{QStringLiteral("ok"), true}, {QStringLiteral("recordsDeleted"), removed.value()}});
        return Ok;
    }
    if (sub == QLatin1String("list") && r.args.size() == 1) {
        const session::CareCheck checked = core.checkCare(*r.s.ledger);
        if (checked.error) {
            message(QStringLiteral("warning: %1 Showing what this device knew at the last check.")
                        .arg(checked.error->message));
        }
        for (const QString &ended : checked.ended) {
            message(ended);
        }
        auto people = consent::CareCircle(*r.s.vault->database()).list();
        if (!people) {
            return fail(people.error());
        }
        QJsonArray out;
        for (const consent::CaredFor &p : people.value()) {
            out.append(session::json::caredFor(p));
        }
        printJson({{QStringLiteral("caredFor"), out}});
        return Ok;
    }
    return usageOf(QStringLiteral("care"));
}

} // namespace passbook::cli
