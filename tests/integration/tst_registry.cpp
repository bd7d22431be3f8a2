// Every ConsentRegistry path, accepted and rejected, on a real anvil through the project's own
// client; state is also read back with cast (an independent client), and the binding's
// signatures are checked against the ABI solc produced.
#include "ConsortiumFixture.h"
#include "TestHelpers.h"
#include "crypto/Keccak256.h"
#include "ledger/Abi.h"
#include "ledger/RegistryClient.h"
#include "ledger/RegistryErrors.h"
#include "ledger/TransactionSubmitter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace passbook;
using namespace passbook::ledger;
using crypto::Address;
using crypto::SigningKey;

class TestRegistry : public QObject
{
    Q_OBJECT
private:
    test::ConsortiumFixture m_chain;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<EthClient> m_eth;
    std::unique_ptr<RegistryClient> m_registry;
    SigningKey m_patient = SigningKey::generate();
    SigningKey m_stranger = SigningKey::generate();
    SigningKey m_caregiver = SigningKey::generate();
    Address m_hospitalA, m_hospitalB;

    Result<TransactionSubmitter::Outcome> send(const SigningKey &key, const QByteArray &data)
    {
        TransactionSubmitter submitter(*m_eth, key, m_chain.network.chainId, nullptr);
        return submitter.submit(m_chain.network.registry, data, QStringLiteral("test"));
    }

    // The call must be refused with the named custom error and a sentence for people.
    void expectRevert(const SigningKey &key, const QByteArray &data, const char *errorName)
    {
        auto r = send(key, data);
        QVERIFY2(!r.ok(), errorName);
        QCOMPARE(r.error().code, ErrorCode::Rejected);
        QVERIFY2(r.error().detail.contains(QStringLiteral("reverted with %1").arg(QLatin1String(errorName))),
                 qPrintable(r.error().detail));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().message.contains(QLatin1String("0x0000")));
    }

    quint64 chainNow() { return m_eth->blockTimestamp().value(); }

    void advanceTime(quint64 seconds)
    {
        QVERIFY(m_rpc->callBlocking(QStringLiteral("evm_increaseTime"), {double(seconds)}).ok());
        QVERIFY(m_rpc->callBlocking(QStringLiteral("evm_mine"), {}).ok());
    }

    QString cast(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(PASSBOOK_CAST), args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    quint64 eventId(const TransactionSubmitter::Outcome &o, registry::Event::Type type)
    {
        for (const Log &log : o.receipt.logs) {
            auto e = registry::decodeEvent(log);
            if (e && e.value().type == type) {
                return e.value().id;
            }
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_chain.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_rpc = std::make_unique<JsonRpcClient>(m_chain.network.rpc);
        m_eth = std::make_unique<EthClient>(*m_rpc);
        m_registry = std::make_unique<RegistryClient>(*m_eth, m_chain.network.registry);
        m_hospitalA = m_chain.hospitalKey(0).address();
        m_hospitalB = m_chain.hospitalKey(1).address();
    }

    void cleanupTestCase() { m_chain.down(); }

    void bindingMatchesCompiledAbi()
    {
        QFile f(m_chain.dir() + QStringLiteral("/ConsentRegistry.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject artifact = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(artifact.value(QStringLiteral("evmVersion")).toString(), QStringLiteral("cancun"));
        const QJsonObject methods = artifact.value(QStringLiteral("methodIdentifiers")).toObject();
        for (const QString &sig : registry::functionSignatures()) {
            QVERIFY2(methods.contains(sig), qPrintable(sig));
            QCOMPARE(methods.value(sig).toString(), test::hex(abi::selector(sig.toLatin1().constData())));
        }
        QStringList abiErrors, abiEvents;
        for (const QJsonValue &v : artifact.value(QStringLiteral("abi")).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList types;
            for (const QJsonValue &in : o.value(QStringLiteral("inputs")).toArray()) {
                types << in.toObject().value(QStringLiteral("type")).toString();
            }
            const QString sig = o.value(QStringLiteral("name")).toString() + QLatin1Char('(') +
                                types.join(QLatin1Char(',')) + QLatin1Char(')');
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("error")) {
                abiErrors << sig;
            } else if (o.value(QStringLiteral("type")).toString() == QLatin1String("event")) {
                abiEvents << sig;
            }
        }
        abiErrors.sort();
        abiEvents.sort();
        QStringList ours = registryErrorSignatures();
        ours.sort();
        QCOMPARE(ours, abiErrors); // every custom error has a sentence
        QStringList events = registry::eventSignatures();
        events.sort();
        QCOMPARE(events, abiEvents);
    }

    void directory()
    {
        QCOMPARE(m_registry->admin().value(), m_chain.adminKey().address());
        auto dir = m_registry->directory();
        QVERIFY(dir.ok());
        QCOMPARE(dir.value().size(), 3);
        QCOMPARE(dir.value()[0].name, QStringLiteral("Taipei City Hospital"));
        QCOMPARE(dir.value()[2].name, QStringLiteral("Myongji Hospital"));
        QVERIFY(dir.value()[1].active);
        // a stranger cannot register; the admin cannot register twice or an unknown kind
        expectRevert(m_stranger,
                     registry::registerParticipant(m_stranger.address(), QStringLiteral("Fake"), 1,
                                                   QStringLiteral("https://x")),
                     "NotAdmin");
        expectRevert(m_chain.adminKey(),
                     registry::registerParticipant(m_hospitalA, QStringLiteral("Again"), 1,
                                                   QStringLiteral("https://x")),
                     "AlreadyRegistered");
        expectRevert(m_chain.adminKey(),
                     registry::registerParticipant(m_stranger.address(), QStringLiteral("X"), 9,
                                                   QStringLiteral("https://x")),
                     "InvalidKind");
        expectRevert(m_stranger, registry::setParticipantActive(m_hospitalA, false), "NotAdmin");
        QVERIFY(!m_registry->participant(m_stranger.address()).ok()); // UnknownParticipant, decoded
    }

    void requestApproveNarrowRevoke()
    {
        const quint64 expires = chainNow() + 30 * 86400;
        const quint32 asked = (1U << 4) | (1U << 5); // labs, imaging
        auto requested = send(m_chain.hospitalKey(1),
                              registry::requestAccess(m_patient.address(), m_hospitalA, asked,
                                                      quint8(domain::Purpose::Treatment), expires));
        QVERIFY(requested.ok());
        const quint64 requestId = eventId(requested.value(), registry::Event::Type::AccessRequested);
        QVERIFY(requestId > 0);
        auto info = m_registry->request(requestId);
        QCOMPARE(info.value().requester, m_hospitalB);
        QCOMPARE(info.value().status, quint8(registry::Pending));

        expectRevert(m_stranger, registry::approveRequest(requestId, asked, expires), "NotPatientOrDelegate");
        expectRevert(m_patient, registry::approveRequest(requestId, asked | 1U, expires), "ScopesWidened");
        expectRevert(m_patient, registry::approveRequest(requestId, asked, expires + 10), "ExpiryExtended");
        expectRevert(m_patient, registry::approveRequest(requestId, 0, expires), "InvalidScopes");

        auto approved =
            send(m_patient, registry::approveRequest(requestId, 1U << 4, expires - 86400)); // narrowed
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().detail));
        const quint64 consentId = eventId(approved.value(), registry::Event::Type::ConsentGranted);
        QVERIFY(consentId > 0);
        QVERIFY(m_registry->isAuthorized(m_patient.address(), m_hospitalB, m_hospitalA, 1U << 4).value());
        QVERIFY(!m_registry->isAuthorized(m_patient.address(), m_hospitalB, m_hospitalA, asked).value());
        QVERIFY(
            !m_registry
                 ->isAuthorized(m_patient.address(), m_hospitalB, m_chain.hospitalKey(2).address(), 1U << 4)
                 .value()); // another custodian
        // read back by an independent client
        QCOMPARE(cast({QStringLiteral("call"), QStringLiteral("--rpc-url"), m_chain.network.rpc.toString(),
                       m_chain.network.registry.toChecksumString(),
                       QStringLiteral("isAuthorized(address,address,address,uint32)(bool)"),
                       m_patient.address().toChecksumString(), m_hospitalB.toChecksumString(),
                       m_hospitalA.toChecksumString(), QStringLiteral("16")}),
                 QStringLiteral("true"));
        expectRevert(m_patient, registry::approveRequest(requestId, 1U << 4, expires - 86400),
                     "RequestNotPending");
        expectRevert(m_patient, registry::denyRequest(requestId), "RequestNotPending");

        // the custodian logs a covered release; an uncovered one is refused
        QVERIFY(send(m_chain.hospitalKey(0),
                     registry::recordRelease(m_patient.address(), m_hospitalB, 1U << 4, consentId))
                    .ok());
        expectRevert(m_chain.hospitalKey(0),
                     registry::recordRelease(m_patient.address(), m_hospitalB, asked, consentId),
                     "ReleaseNotCovered");
        expectRevert(m_chain.hospitalKey(2),
                     registry::recordRelease(m_patient.address(), m_hospitalB, 1U << 4, consentId),
                     "ReleaseNotCovered"); // not the consent's custodian

        expectRevert(m_stranger, registry::revokeConsent(consentId), "NotPatientOrDelegate");
        QVERIFY(send(m_patient, registry::revokeConsent(consentId)).ok());
        QVERIFY(!m_registry->isAuthorized(m_patient.address(), m_hospitalB, m_hospitalA, 1U << 4).value());
        QVERIFY(m_registry->consent(consentId).value().revoked);
        expectRevert(m_patient, registry::revokeConsent(consentId), "ConsentNotActive");
        expectRevert(m_chain.hospitalKey(0),
                     registry::recordRelease(m_patient.address(), m_hospitalB, 1U << 4, consentId),
                     "ConsentNotActive");
        expectRevert(m_patient, registry::revokeConsent(9999), "UnknownConsent");
    }

    void denyAndRequestValidation()
    {
        const quint64 expires = chainNow() + 86400;
        auto requested = send(m_chain.hospitalKey(1),
                              registry::requestAccess(m_patient.address(), m_hospitalA, 1U,
                                                      quint8(domain::Purpose::Treatment), expires));
        QVERIFY(requested.ok());
        const quint64 id = eventId(requested.value(), registry::Event::Type::AccessRequested);
        QVERIFY(send(m_patient, registry::denyRequest(id)).ok());
        QCOMPARE(m_registry->request(id).value().status, quint8(registry::Denied));
        expectRevert(m_patient, registry::approveRequest(id, 1U, expires), "RequestNotPending");
        expectRevert(m_patient, registry::denyRequest(424242), "UnknownRequest");
        // malformed requests
        expectRevert(m_chain.hospitalKey(1),
                     registry::requestAccess(m_patient.address(), m_hospitalA, 1U << 20,
                                             quint8(domain::Purpose::Treatment), expires),
                     "InvalidScopes");
        expectRevert(m_chain.hospitalKey(1),
                     registry::requestAccess(m_patient.address(), m_hospitalA, 1U, 9, expires),
                     "InvalidPurpose");
        expectRevert(m_chain.hospitalKey(1),
                     registry::requestAccess(m_patient.address(), m_hospitalA, 1U,
                                             quint8(domain::Purpose::Treatment), chainNow() - 10),
                     "ExpiryInPast");
        expectRevert(m_stranger,
                     registry::requestAccess(m_patient.address(), m_hospitalA, 1U,
                                             quint8(domain::Purpose::Treatment), expires),
                     "NotActiveParticipant");
    }

    void delegatesAndTheirRights()
    {
        const quint64 expires = chainNow() + 7 * 86400;
        expectRevert(m_patient, registry::setDelegate(m_patient.address(), domain::View, expires),
                     "SelfDelegation");
        expectRevert(m_patient, registry::setDelegate(m_caregiver.address(), 8, expires), "InvalidRights");
        QVERIFY(send(m_patient, registry::setDelegate(m_caregiver.address(), domain::View, expires)).ok());
        QCOMPARE(m_registry->delegateRights(m_patient.address(), m_caregiver.address()).value(),
                 quint8(domain::View));
        QCOMPARE(cast({QStringLiteral("call"), QStringLiteral("--rpc-url"), m_chain.network.rpc.toString(),
                       m_chain.network.registry.toChecksumString(),
                       QStringLiteral("delegateRights(address,address)(uint8)"),
                       m_patient.address().toChecksumString(), m_caregiver.address().toChecksumString()}),
                 QStringLiteral("1"));

        auto requested = send(m_chain.hospitalKey(1),
                              registry::requestAccess(m_patient.address(), m_hospitalA, 1U,
                                                      quint8(domain::Purpose::Treatment), expires));
        const quint64 id = eventId(requested.value(), registry::Event::Type::AccessRequested);
        // VIEW only: may not approve or manage
        expectRevert(m_caregiver, registry::approveRequest(id, 1U, expires), "NotPatientOrDelegate");
        expectRevert(m_caregiver,
                     registry::grantConsentFor(m_patient.address(), m_hospitalB,
                                               Address::fromBytes(QByteArray(20, 0)).value(), 1U,
                                               quint8(domain::Purpose::Treatment), expires),
                     "NotPatientOrDelegate");
        // APPROVE: the caregiver approves; the ledger names the caregiver as actor
        QVERIFY(send(m_patient,
                     registry::setDelegate(m_caregiver.address(), domain::View | domain::Approve, expires))
                    .ok());
        auto approved = send(m_caregiver, registry::approveRequest(id, 1U, expires));
        QVERIFY(approved.ok());
        for (const Log &log : approved.value().receipt.logs) {
            auto e = registry::decodeEvent(log);
            if (e && e.value().type == registry::Event::Type::ConsentGranted) {
                QCOMPARE(e.value().actor, m_caregiver.address());
                QCOMPARE(e.value().patient, m_patient.address());
            }
        }
        // MANAGE: grants for the patient
        QVERIFY(send(m_patient, registry::setDelegate(m_caregiver.address(), domain::Manage, expires)).ok());
        QVERIFY(send(m_caregiver,
                     registry::grantConsentFor(m_patient.address(), m_hospitalB,
                                               Address::fromBytes(QByteArray(20, 0)).value(), 1U << 8,
                                               quint8(domain::Purpose::InsuranceClaim), expires))
                    .ok());
        // removal and expiry
        QVERIFY(send(m_patient, registry::setDelegate(m_caregiver.address(), 0, 0)).ok());
        QCOMPARE(m_registry->delegateRights(m_patient.address(), m_caregiver.address()).value(), quint8(0));
        QVERIFY(send(m_patient, registry::setDelegate(m_caregiver.address(), domain::View, chainNow() + 100))
                    .ok());
        advanceTime(200);
        QCOMPARE(m_registry->delegateRights(m_patient.address(), m_caregiver.address()).value(), quint8(0));
    }

    void expiredGrantAndExpiredRequest()
    {
        const Address anyCustodian = Address::fromBytes(QByteArray(20, 0)).value();
        auto granted =
            send(m_patient, registry::grantConsent(m_hospitalB, anyCustodian, 1U << 3,
                                                   quint8(domain::Purpose::PersonalShare), chainNow() + 60));
        QVERIFY(granted.ok());
        const quint64 consentId = eventId(granted.value(), registry::Event::Type::ConsentGranted);
        QVERIFY(m_registry->isAuthorized(m_patient.address(), m_hospitalB, m_hospitalA, 1U << 3).value());
        auto requested = send(m_chain.hospitalKey(1),
                              registry::requestAccess(m_patient.address(), m_hospitalA, 1U,
                                                      quint8(domain::Purpose::Treatment), chainNow() + 60));
        const quint64 requestId = eventId(requested.value(), registry::Event::Type::AccessRequested);
        advanceTime(120);
        QVERIFY(!m_registry->isAuthorized(m_patient.address(), m_hospitalB, m_hospitalA, 1U << 3).value());
        expectRevert(m_chain.hospitalKey(0),
                     registry::recordRelease(m_patient.address(), m_hospitalB, 1U << 3, consentId),
                     "ConsentNotActive");
        expectRevert(m_patient, registry::approveRequest(requestId, 1U, chainNow() + 10), "RequestExpired");
        // grants to strangers or for nonsense are refused
        expectRevert(m_patient,
                     registry::grantConsent(m_stranger.address(), anyCustodian, 1U,
                                            quint8(domain::Purpose::Treatment), chainNow() + 100),
                     "NotActiveParticipant");
    }

    void inactiveParticipants()
    {
        const Address c = m_chain.hospitalKey(2).address();
        QVERIFY(send(m_chain.adminKey(), registry::setParticipantActive(c, false)).ok());
        QVERIFY(!m_registry->participant(c).value().active);
        expectRevert(m_chain.hospitalKey(2),
                     registry::requestAccess(m_patient.address(), m_hospitalA, 1U,
                                             quint8(domain::Purpose::Treatment), chainNow() + 100),
                     "NotActiveParticipant");
        expectRevert(m_chain.hospitalKey(1),
                     registry::requestAccess(m_patient.address(), c, 1U, quint8(domain::Purpose::Treatment),
                                             chainNow() + 100),
                     "NotActiveParticipant"); // custodian inactive
        expectRevert(m_chain.hospitalKey(2), registry::anchor(QByteArray(32, 'r'), 3),
                     "NotActiveParticipant");
        QVERIFY(send(m_chain.adminKey(), registry::setParticipantActive(c, true)).ok());
        expectRevert(m_chain.adminKey(), registry::setParticipantActive(m_stranger.address(), true),
                     "UnknownParticipant");
    }

    void anchorsAndEmergencyAccess()
    {
        const QByteArray root = crypto::Keccak256::hash("batch 1");
        auto anchored = send(m_chain.hospitalKey(0), registry::anchor(root, 12));
        QVERIFY(anchored.ok());
        QVERIFY(m_registry->isAnchored(m_hospitalA, root).value());
        QVERIFY(!m_registry->isAnchored(m_hospitalB, root).value());
        expectRevert(m_chain.hospitalKey(0), registry::anchor(QByteArray(32, '\0'), 1), "EmptyRoot");
        expectRevert(m_chain.hospitalKey(0), registry::anchor(root, 0), "EmptyBatch");

        // an insurer may not break the glass; a hospital may, for 24 hours, loudly
        const SigningKey insurer = SigningKey::generate();
        QVERIFY(send(m_chain.adminKey(),
                     registry::registerParticipant(insurer.address(), QStringLiteral("Cathay Life"),
                                                   quint8(domain::ParticipantKind::Insurer),
                                                   QStringLiteral("https://i")))
                    .ok());
        expectRevert(insurer, registry::emergencyAccess(m_patient.address()), "NotHospital");
        const SigningKey patient2 = SigningKey::generate();
        auto emergency = send(m_chain.hospitalKey(2), registry::emergencyAccess(patient2.address()));
        QVERIFY(emergency.ok());
        bool announced = false;
        for (const Log &log : emergency.value().receipt.logs) {
            auto e = registry::decodeEvent(log);
            announced |= e && e.value().type == registry::Event::Type::EmergencyAccessed &&
                         e.value().patient == patient2.address();
        }
        QVERIFY(announced);
        QVERIFY(m_registry
                    ->isAuthorized(patient2.address(), m_chain.hospitalKey(2).address(), m_hospitalA,
                                   domain::kAllCategories)
                    .value());
        advanceTime(24 * 3600 + 10);
        QVERIFY(
            !m_registry->isAuthorized(patient2.address(), m_chain.hospitalKey(2).address(), m_hospitalA, 1U)
                 .value());
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
