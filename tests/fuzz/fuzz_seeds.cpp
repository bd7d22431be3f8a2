// Writes each fuzz target's seed corpus into DIR/<target>/: valid inputs made by core itself from
// the unit tests' known-answer vectors (../shared/vectors.md) and the Synthea fixtures (read from
// ../shared, never copied into the repository), so that fuzzing starts from what real input
// looks like. Usage: fuzz_seeds DIR SYNTHEA_DIR
#include "consent/CareInvite.h"
#include "crypto/Hex.h"
#include "crypto/Jcs.h"
#include "crypto/Mnemonic.h"
#include "crypto/SigningKey.h"
#include "fhir/Merkle.h"
#include "fhir/SiweMessage.h"
#include "ledger/Abi.h"
#include "ledger/NetworkProfile.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace passbook;

namespace {

QDir g_out;
int g_written = 0;

void seed(const char *target, const QByteArray &data)
{
    g_out.mkpath(QString::fromLatin1(target));
    QFile f(g_out.filePath(QStringLiteral("%1/seed-%2").arg(QString::fromLatin1(target)).arg(g_written++)));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        std::fprintf(stderr, "fuzz_seeds: cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

QByteArray hex(const char *text)
{
    return crypto::fromHex(QString::fromLatin1(text)).value_or(QByteArray());
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

crypto::SigningKey key(const char *hexKey)
{
    return crypto::SigningKey::fromSecret(crypto::SecureBuffer::copyOf(hex(hexKey))).value();
}

fhir::SiweMessage siwe(const crypto::Address &who)
{
    fhir::SiweMessage m;
    m.domain = QStringLiteral("127.0.0.1:8545");
    m.address = who;
    m.statement = QStringLiteral("Sign in to Mackay Memorial to read your health records.");
    m.uri = QStringLiteral("http://127.0.0.1:8545/fhir");
    m.chainId = 31337;
    m.nonce = QStringLiteral("k3Jd82hQz0aLm5Xe");
    m.issuedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    m.expirationTime = m.issuedAt.addSecs(300);
    return m;
}

void ledgerSeeds()
{
    // RLP (ethereum/tests) and the two signed transactions of vectors.md
    for (const char *v :
         {"80", "83646f67", "8180", "8203e8", "c0", "cc83646f6783676f6483636174", "c6827a77c10401",
          "b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069"
          "736963696e6720656c6974"}) {
        seed("rlp", hex(v));
    }
    seed(
        "rlp",
        hex("f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61"
            "340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf5"
            "55c9f3dc64214b297fb1966a3b6d83"));
    seed(
        "rlp",
        hex("02f8ca827a69808080830186a0945fbdb2315678afecb367f032d93f642f64180aa380b864507a4e3e11111111111111"
            "111111111111111111111111111111111111111111111111110000000000000000000000000000000000000000000000"
            "00"
            "000000000000aaaa0000000000000000000000000000000000000000000000000000000067748580c080a048ff492249"
            "e7"
            "2af5a9f07cd6b8dec746b2f191f2f08151da9f2db4babdc16347a06940916e32ad0c6f70280f1fc256e4c5a42868eb92"
            "3fcbaa691ebd27c5b22916"));

    // a registry event as eth_getLogs returns it, and ABI return data
    const crypto::Address patient =
        key("4646464646464646464646464646464646464646464646464646464646464646").address();
    const crypto::Address hospital =
        crypto::Address::fromString(QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3")).value();
    const auto word = [](const QByteArray &bytes) {
        return crypto::toHex(QByteArray(32 - bytes.size(), '\0') + bytes, true);
    };
    QByteArray id(32, '\0');
    id[31] = 2;
    const QByteArray data =
        ledger::abi::Encoder().address(hospital).uint(0x10).uint(1).uint(1798761600).encode();
    const QJsonObject log{
        {QStringLiteral("address"), hospital.toChecksumString()},
        {QStringLiteral("topics"),
         QJsonArray{crypto::toHex(ledger::abi::topic(
                                      "AccessRequested(uint256,address,address,address,uint32,uint8,uint64)"),
                                  true),
                    crypto::toHex(id, true), word(patient.bytes()), word(hospital.bytes())}},
        {QStringLiteral("data"), crypto::toHex(data, true)},
        {QStringLiteral("blockNumber"), QStringLiteral("0x1b")},
        {QStringLiteral("logIndex"), QStringLiteral("0x0")},
        {QStringLiteral("transactionHash"), crypto::toHex(QByteArray(32, '\x11'), true)},
        {QStringLiteral("blockTimestamp"), QStringLiteral("0x6774858a")},
        {QStringLiteral("removed"), false}};
    seed("ledger_events", "0" + compact(log));
    seed("ledger_events", "0" + QJsonDocument(QJsonArray{log, log}).toJson(QJsonDocument::Compact));
    seed("ledger_events", "1" + ledger::abi::Encoder()
                                    .address(patient)
                                    .string(QStringLiteral("Mackay Memorial"))
                                    .uint(3)
                                    .boolean(true)
                                    .bytes(QByteArray(40, '\x07'))
                                    .encode());

    // network profiles
    ledger::NetworkProfile p;
    p.name = QStringLiteral("Local sandbox consortium");
    p.chainId = 31337;
    p.rpc = QUrl(QStringLiteral("http://127.0.0.1:8545"));
    p.ws = QUrl(QStringLiteral("ws://127.0.0.1:8545"));
    p.registry = hospital;
    seed("network_profile", compact(p.toJson()));
    p.rpc = QUrl(QStringLiteral("https://besu.example.org:8545"));
    p.ws = QUrl(QStringLiteral("wss://besu.example.org:8546"));
    seed("network_profile", QJsonDocument(p.toJson()).toJson());
}

void identitySeeds()
{
    const crypto::SigningKey patient =
        key("4646464646464646464646464646464646464646464646464646464646464646");
    // SIWE, and the node's sign-in body signed as the app signs it
    const fhir::SiweMessage m = siwe(patient.address());
    seed("siwe", m.toText().toUtf8());
    fhir::SiweMessage bare = m;
    bare.statement.clear();
    seed("siwe", bare.toText().toUtf8());
    const QByteArray signature = patient.signPersonalMessage(m.toText().toUtf8()).toRsv27();
    seed("node_requests", "0" + compact({{QStringLiteral("message"), m.toText()},
                                         {QStringLiteral("signature"), crypto::toHex(signature, true)}}));
    seed("node_requests", "0" + compact({{QStringLiteral("address"), patient.address().toChecksumString()}}));
    seed("node_requests",
         "0" + compact({{QStringLiteral("activationCode"), QStringLiteral("MACK-7F3K-Q9")}}));
    for (const char *q :
         {"patient=p-1&_count=10", "patient=Patient/p-1&_lastUpdated=gt2026-11-30T08:00:00.123Z",
          "_cursor=1764489600000.42&_count=50", "category=laboratory&_count=200",
          "category=vital-signs&patient=p-2"}) {
        seed("node_requests", QByteArray("1") + q);
    }

    // care invites and caregiver codes, as a QR code carries them
    const crypto::Address h1 =
        crypto::Address::fromString(QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3")).value();
    seed("care_invite", consent::CareInvite::create(patient, 31337, {h1}).toUtf8());
    seed("care_invite", consent::CareInvite::create(patient, 31337, {}).toUtf8());
    seed("care_invite", patient.address().toChecksumString().toUtf8());

    // recovery phrases (Trezor vectors), and the same entropy in Chinese and Korean
    seed("mnemonic",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art");
    seed(
        "mnemonic",
        "legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful "
        "legal winner thank year wave sausage worth title");
    for (auto language : {crypto::WordlistLanguage::TraditionalChinese, crypto::WordlistLanguage::Korean}) {
        auto phrase =
            crypto::Mnemonic::fromEntropy(crypto::SecureBuffer::copyOf(QByteArray(32, '\x7f')), language);
        seed("mnemonic", phrase.value().words().join(QLatin1Char(' ')).toUtf8());
    }
    seed("mnemonic",
         "  Abandon  ABANDON abandon abandon abandon abandon abandon abandon abandon abandon abandon about ");
}

void vaultSeeds()
{
    // a throwaway vault's header (cheapest Argon2id), and throttle records
    QTemporaryDir dir;
    vault::VaultManager v(dir.filePath(QStringLiteral("p")));
    v.setKdfCost(1, 64ULL * 1024 * 1024);
    if (!v.create(crypto::SecureBuffer::copyOf(QByteArrayLiteral("correct horse battery staple")),
                  crypto::WordlistLanguage::English)) {
        std::fprintf(stderr, "fuzz_seeds: could not make a vault\n");
        std::exit(1);
    }
    QFile header(v.headerPath());
    if (!header.open(QIODevice::ReadOnly)) {
        std::exit(1);
    }
    seed("vault_header", header.readAll());
    seed("unlock_throttle",
         compact({{QStringLiteral("failures"), 7}, {QStringLiteral("lastFailureMs"), 1800000000000.0}}));
    seed("unlock_throttle", compact({{QStringLiteral("failures"), 0}}));
    seed("unlock_throttle", "");
}

void recordSeeds(const QString &synthea)
{
    // FHIR resources from the Synthea fixtures: a few of each type
    QHash<QString, int> perType;
    QList<QJsonObject> kept;
    QDirIterator it(synthea, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && kept.size() < 60) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QJsonValue &e :
             QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("entry")).toArray()) {
            const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
            const QString type = r.value(QStringLiteral("resourceType")).toString();
            if (!type.isEmpty() && perType[type]++ < 3 && kept.size() < 60) {
                kept << r;
            }
        }
    }
    if (kept.isEmpty()) {
        std::fprintf(stderr, "fuzz_seeds: no FHIR resources under %s\n", qPrintable(synthea));
        std::exit(1);
    }
    for (const QJsonObject &r : kept) {
        seed("fhir_mapping", compact(r));
    }
    for (const char *d :
         {"2026", "2026-12", "2026-12-01", "2026-12-01T08:30:00Z", "2026-12-01T08:30:00.123+08:00",
          "2016-12-31T23:59:60Z", "1900-01-01T00:00:00-12:00", "0001-01-01"}) {
        seed("fhir_date", d);
    }
    // RFC 8785's own examples, and a record
    seed("jcs", "{\"numbers\":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"
                "\"string\":\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/"
                "\",\"literals\":[null,true,false]}");
    seed("jcs", "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew\",\"1\":\"One\","
                "\"\\ud83d\\ude00\":\"Emoji\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O "
                "With Diaeresis\"}");
    seed("jcs", compact(kept.first()));

    // records with their proofs, as a node sends them
    QList<QByteArray> canonical;
    QList<QByteArray> leaves;
    for (int i = 0; i < 5 && i < kept.size(); ++i) {
        canonical << crypto::canonicalJson(kept[i]);
        leaves << fhir::merkle::leafHashOfCanonical(canonical.last());
    }
    const fhir::merkle::Tree tree(leaves);
    for (int i = 0; i < leaves.size(); ++i) {
        const QJsonObject proof{
            {QStringLiteral("custodian"), QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")},
            {QStringLiteral("root"), crypto::toHex(tree.root(), true)},
            {QStringLiteral("path"), QJsonArray::fromStringList(fhir::merkle::encodePath(tree.proof(i)))}};
        seed("merkle_proof", canonical[i] + '\n' + compact(proof));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR SYNTHEA_DIR\n");
        return 2;
    }
    g_out = QDir(QString::fromLocal8Bit(argv[1]));
    g_out.removeRecursively();
    g_out.mkpath(QStringLiteral("."));
    ledgerSeeds();
    identitySeeds();
    vaultSeeds();
    recordSeeds(QString::fromLocal8Bit(argv[2]));
    std::printf("fuzz_seeds: %d seeds in %s\n", g_written, argv[1]);
    return 0;
}
