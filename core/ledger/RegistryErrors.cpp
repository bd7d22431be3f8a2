#include "RegistryErrors.h"

#include "Abi.h"
#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QList>

namespace passbook::ledger {

namespace {
struct Known
{
    const char *signature;
    const char *sentence; // %1.. = arguments in order
};

// Keep in step with core/ledger/ConsentRegistry.sol (tst_registry compares with the compiled ABI).
constexpr Known kErrors[] = {
    {"NotAdmin(address)", QT_TRANSLATE_NOOP("passbook", "Only the consortium's administrator may do this.")},
    {"ZeroAddress()", QT_TRANSLATE_NOOP("passbook", "An account address is missing.")},
    {"AlreadyRegistered(address)",
     QT_TRANSLATE_NOOP("passbook", "%1 is already in the consortium's directory.")},
    {"UnknownParticipant(address)",
     QT_TRANSLATE_NOOP("passbook", "%1 is not in the consortium's directory.")},
    {"NotActiveParticipant(address)",
     QT_TRANSLATE_NOOP("passbook", "%1 is not an active participant of the consortium.")},
    {"NotHospital(address)", QT_TRANSLATE_NOOP("passbook", "Only a hospital may use emergency access.")},
    {"InvalidKind(uint8)",
     QT_TRANSLATE_NOOP("passbook", "Participant kind %1 is not one the consortium knows.")},
    {"InvalidPurpose(uint8)", QT_TRANSLATE_NOOP("passbook", "Purpose %1 is not one the consortium knows.")},
    {"InvalidScopes(uint32)",
     QT_TRANSLATE_NOOP("passbook", "The record categories asked for are not valid.")},
    {"InvalidRights(uint8)", QT_TRANSLATE_NOOP("passbook", "Those caregiver rights are not valid.")},
    {"ExpiryInPast(uint64)",
     QT_TRANSLATE_NOOP("passbook", "The end date has already passed. Choose a date in the future.")},
    {"UnknownRequest(uint256)", QT_TRANSLATE_NOOP("passbook", "There is no request number %1.")},
    {"RequestNotPending(uint256)", QT_TRANSLATE_NOOP("passbook", "Request %1 has already been answered.")},
    {"RequestExpired(uint256)",
     QT_TRANSLATE_NOOP("passbook", "Request %1 has expired; the hospital has to ask again.")},
    {"NotPatientOrDelegate(address,address,uint8)",
     QT_TRANSLATE_NOOP("passbook",
                       "Only the patient, or a caregiver the patient allowed to do so, may do this.")},
    {"ScopesWidened(uint32,uint32)",
     QT_TRANSLATE_NOOP("passbook",
                       "An approval may leave out categories that were asked for, never add others.")},
    {"ExpiryExtended(uint64,uint64)",
     QT_TRANSLATE_NOOP("passbook", "An approval may end sooner than asked, never later.")},
    {"UnknownConsent(uint256)", QT_TRANSLATE_NOOP("passbook", "There is no consent number %1.")},
    {"ConsentNotActive(uint256)",
     QT_TRANSLATE_NOOP("passbook", "Consent %1 is no longer active: it was revoked or has expired.")},
    {"SelfDelegation()", QT_TRANSLATE_NOOP("passbook", "You cannot make yourself your own caregiver.")},
    {"EmptyRoot()", QT_TRANSLATE_NOOP("passbook", "The record batch to anchor has no root.")},
    {"EmptyBatch()", QT_TRANSLATE_NOOP("passbook", "The record batch to anchor is empty.")},
    {"ReleaseNotCovered(uint256)",
     QT_TRANSLATE_NOOP("passbook", "That release of records is not covered by consent %1.")},
};

QString formatArgument(const QString &type, const QByteArray &word)
{
    if (type == QLatin1String("address")) {
        auto a = abi::Decoder::addressWord(word);
        return a ? a.value().toChecksumString() : QStringLiteral("?");
    }
    auto n = abi::Decoder::uintWord(word);
    return n ? QString::number(n.value()) : crypto::toHex(word, true);
}
} // namespace

QStringList registryErrorSignatures()
{
    QStringList out;
    for (const Known &k : kErrors) {
        out << QString::fromLatin1(k.signature);
    }
    return out;
}

DecodedRevert decodeRevert(const QByteArray &data)
{
    if (data.size() < 4) {
        return {QStringLiteral("Revert"),
                QCoreApplication::translate("passbook",
                                            "The ledger refused the transaction without saying why.")};
    }
    const QByteArray sel = data.left(4);
    const abi::Decoder args(data.mid(4));
    if (sel == abi::selector("Error(string)")) {
        auto reason = args.string(0);
        return {QStringLiteral("Error"),
                reason ? QCoreApplication::translate("passbook", "The ledger refused: %1").arg(reason.value())
                       : QCoreApplication::translate("passbook", "The ledger refused the transaction.")};
    }
    if (sel == abi::selector("Panic(uint256)")) {
        return {QStringLiteral("Panic"),
                QCoreApplication::translate("passbook", "The ledger's contract failed an internal check.")};
    }
    for (const Known &k : kErrors) {
        if (sel != abi::selector(k.signature)) {
            continue;
        }
        const QString signature = QString::fromLatin1(k.signature);
        const QString name = signature.section(QLatin1Char('('), 0, 0);
        const QString typeList = signature.section(QLatin1Char('('), 1).chopped(1);
        const QStringList types = typeList.isEmpty() ? QStringList() : typeList.split(QLatin1Char(','));
        QString sentence = QCoreApplication::translate("passbook", k.sentence);
        for (int i = 0; i < types.size(); ++i) {
            auto w = args.word(i);
            if (w && sentence.contains(QStringLiteral("%%1").arg(i + 1))) {
                sentence = sentence.arg(formatArgument(types[i], w.value()));
            }
        }
        return {name, sentence};
    }
    return {QStringLiteral("Unknown"),
            QCoreApplication::translate("passbook", "The ledger refused the transaction (reason %1).")
                .arg(crypto::toHex(sel, true))};
}

Error rejectedWith(const QByteArray &revertData, const QString &context)
{
    const DecodedRevert d = decodeRevert(revertData);
    return makeError(
        ErrorCode::Rejected, d.sentence,
        QStringLiteral("%1: reverted with %2 (%3)").arg(context, d.name, crypto::toHex(revertData, true)));
}

} // namespace passbook::ledger
