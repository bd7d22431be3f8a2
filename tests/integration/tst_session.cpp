// core/session: the use-cases the app and passbook-cli share, driven directly against the real
// local consortium (anvil, the registry, three hospital nodes over HTTP) with two vaults on disk —
// a patient and their caregiver. Each use-case is checked for what it does and what it refuses.
#include "ConsortiumFixture.h"
#include "SessionTestSupport.h"
#include "ledger/RegistryClient.h"
#include "ledger/Scopes.h"
#include "session/Session.h"
#include "vault/VaultManager.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace passbook;
using session::DecisionRequest;
using session::Session;

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_net;
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultManager> m_patientVault;
    std::unique_ptr<vault::VaultManager> m_caregiverVault;
    std::unique_ptr<Session> m_patient;
    std::unique_ptr<Session> m_caregiver;

    std::unique_ptr<vault::VaultManager> newVault(const QString &name) { return test::newVault(m_dir, name); }

    std::unique_ptr<ledger::LedgerConnection> ledger(Session &s)
    {
        auto c = s.connectLedger();
        return c ? std::move(c.value()) : nullptr;
    }

    // Hospital 1 asks for the patient's lab results held by hospital 0; the request id.
    quint64 requestLabs() { return m_net.requestRecords(1, m_patient->me(), QStringLiteral("labs")); }

    // A word of the newest record's title, and how many records a search for it finds.
    static std::pair<QString, qint64> searchProbe(::passbook::passbook::TimelineStore *store)
    {
        ::passbook::passbook::TimelineFilter filter;
        const auto rows = store->page(filter, {}, 1);
        if (!rows || rows.value().isEmpty()) {
            return {};
        }
        filter.search = rows.value().first().entry.title.section(QLatin1Char(' '), 0, 0);
        const auto found = store->count(filter);
        return {filter.search, found ? found.value() : -1};
    }

    // Signs and sends a decision the way the app and the CLI both do.
    Result<ledger::TransactionSubmitter::Outcome> decide(Session &s, const DecisionRequest &request)
    {
        return test::decide(s, request);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString up = m_net.up();
        QVERIFY2(up.isEmpty(), qPrintable(up));
        m_patientVault = newVault(QStringLiteral("patient"));
        m_caregiverVault = newVault(QStringLiteral("caregiver"));
        QVERIFY(m_patientVault && m_caregiverVault);
        m_patient = std::make_unique<Session>(*m_patientVault);
        m_caregiver = std::make_unique<Session>(*m_caregiverVault);
    }

    void cleanupTestCase()
    {
        m_patient.reset();
        m_caregiver.reset();
        m_net.down();
    }

    void networkProfile()
    {
        // none yet: every ledger use-case says how to set one up
        QVERIFY(!m_patient->network());
        const auto none = m_patient->connectLedger();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY(!m_patient->careInvite().ok());

        // a file that is not a profile, and a profile of another chain, are refused and change nothing
        const QString junk = m_dir.filePath(QStringLiteral("junk.json"));
        QVERIFY(test::writeAll(junk, "{\"name\": 3}"));
        QVERIFY(!m_patient->useNetworkFile(junk, true).ok());
        QVERIFY(!m_patient->useNetworkFile(m_dir.filePath(QStringLiteral("missing.json")), false).ok());
        QJsonObject other = m_net.network.toJson();
        other.insert(QStringLiteral("chainId"), 4242);
        const QString wrongChain = m_dir.filePath(QStringLiteral("other.json"));
        QVERIFY(test::writeAll(wrongChain, QJsonDocument(other).toJson()));
        const auto refused = m_patient->useNetworkFile(wrongChain, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("another network")),
                 qPrintable(refused.error().message));
        QVERIFY(!m_patient->network());

        // the real one, asked of the ledger first, kept in the vault for the next session
        const auto used = m_patient->useNetworkFile(m_net.networkFile(), true);
        QVERIFY2(used.ok(), used.ok() ? "" : qPrintable(used.error().message));
        QCOMPARE(used.value().chainId, m_net.network.chainId);
        QCOMPARE(Session(*m_patientVault).network()->registry, m_net.network.registry);
        QVERIFY(m_caregiver->useNetworkFile(QUrl::fromLocalFile(m_net.networkFile()).toString(), false).ok());
    }

    void connectSyncAndDisconnect()
    {
        // a wrong activation code is refused by the hospital; nothing is connected
        QVERIFY(!m_patient->connectHospital(m_net.participant(0), QStringLiteral("WRONG-CODE")).ok());
        QCOMPARE(m_patient->store()->hospitals().value().size(), 0);
        for (int h : {0, 1}) {
            auto connected = m_patient->connectHospital(m_net.participant(h), m_net.activationCode(0, h));
            QVERIFY2(connected.ok(), connected.ok() ? "" : qPrintable(connected.error().message));
        }
        auto conn = ledger(*m_patient);
        int progressCalls = 0;
        session::SyncOptions options;
        options.configure = [&](::passbook::passbook::SyncEngine &engine) {
            engine.setProgressCallback([&](const ::passbook::passbook::SyncProgress &) { ++progressCalls; });
        };
        const session::SyncOutcome outcome = m_patient->sync(*conn, options);
        QVERIFY(outcome.failures().isEmpty());
        QVERIFY(outcome.ledger.has_value());
        QVERIFY(outcome.ledger->toBlock > 0);
        QCOMPARE(outcome.records.hospitals.size(), 2);
        int added = 0;
        for (const auto &h : outcome.records.hospitals) {
            QVERIFY(h.ok);
            QVERIFY(h.added > 0);
            QCOMPARE(h.tampered, 0);
            added += h.added;
        }
        QVERIFY(progressCalls > 0);
        ::passbook::passbook::TimelineFilter all;
        all.includeDuplicates = true;
        all.includeUnmapped = true;
        QCOMPARE(m_patient->store()->count(all).value(), qint64(added));

        // ledger only: events, nothing else
        session::SyncOptions ledgerOnly;
        ledgerOnly.ledgerOnly = true;
        const auto quick = m_patient->sync(*conn, ledgerOnly);
        QVERIFY(quick.ledger.has_value());
        QVERIFY(quick.records.hospitals.isEmpty());

        // disconnecting hospital 1 removes its records and nothing else
        ::passbook::passbook::TimelineFilter fromOne;
        fromOne.hospital = m_net.participant(1).toLowerHex();
        fromOne.includeDuplicates = true;
        fromOne.includeUnmapped = true;
        const qint64 before = m_patient->store()->count(fromOne).value();
        const auto removed = m_patient->disconnectHospital(m_net.participant(1).toChecksumString());
        QVERIFY(removed.ok());
        QCOMPARE(qint64(removed.value()), before);
        QCOMPARE(m_patient->store()->count(all).value(), qint64(added) - before);
    }

    void decisions()
    {
        const quint64 requestId = requestLabs();
        QVERIFY(requestId > 0);
        auto conn = ledger(*m_patient);
        QVERIFY(m_patient
                    ->sync(*conn,
                           [] {
                               session::SyncOptions o;
                               o.ledgerOnly = true;
                               return o;
                           }())
                    .ledger);
        // widening is refused before anything is signed
        const auto wider = m_patient->prepareDecision(
            DecisionRequest::approve(requestId, ledger::scopes::parse(QStringLiteral("labs,imaging")).value(),
                                     std::nullopt),
            &conn->registry(), now());
        QVERIFY(!wider.ok());
        // approved as asked: a consent on the ledger at once (submitDecision catches up)
        const auto approved =
            decide(*m_patient, DecisionRequest::approve(requestId, std::nullopt, std::nullopt));
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        const auto store = m_patient->consentStore().value();
        const auto consents = store.consents(m_patient->me(), now()).value();
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().state, QStringLiteral("active"));
        QVERIFY(m_patientVault->database() != nullptr);
        QVERIFY(conn->registry()
                    .isAuthorized(m_patient->me(), m_net.participant(1), m_net.participant(0),
                                  ledger::scopes::parse(QStringLiteral("labs")).value())
                    .value());
        // deciding twice is refused with a sentence
        const auto again =
            m_patient->prepareDecision(DecisionRequest::deny(requestId), &conn->registry(), now());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        // revoked: no longer authorized
        QVERIFY(decide(*m_patient, DecisionRequest::revoke(consents.first().id)).ok());
        QCOMPARE(store.consents(m_patient->me(), now()).value().first().state, QStringLiteral("revoked"));

        // delegation: never to myself, never already expired, never unknown rights
        const auto self = m_patient->prepareDecision(
            DecisionRequest::delegate(m_patient->me(), domain::View, quint64(now() + 3600)), nullptr, now());
        QVERIFY(!self.ok());
        QCOMPARE(self.error().code, ErrorCode::InvalidInput);
        QVERIFY(!m_patient
                     ->prepareDecision(
                         DecisionRequest::delegate(m_caregiver->me(), domain::View, quint64(now() - 10)),
                         nullptr, now())
                     .ok());
        QVERIFY(
            !m_patient
                 ->prepareDecision(DecisionRequest::delegate(m_caregiver->me(), 0x40, quint64(now() + 3600)),
                                   nullptr, now())
                 .ok());
    }

    void caregiverAccess()
    {
        // the patient's invite; the caregiver cannot take it before the ledger says yes
        const auto made = m_patient->careInvite();
        QVERIFY(made.ok());
        QCOMPARE(made.value().hospitals, 1); // hospital 1 was disconnected above
        const QString invite = made.value().code;
        QVERIFY(!m_patient->readCareInvite(invite, QString()).ok()); // my own code
        QVERIFY(!m_caregiver->readCareInvite(QStringLiteral("not an invite"), QString()).ok());
        const auto read = m_caregiver->readCareInvite(invite, QStringLiteral("Dad"));
        QVERIFY(read.ok());
        auto conn = ledger(*m_caregiver);
        QVERIFY(!m_caregiver->addCaredFor(*conn, read.value(), QStringLiteral("Dad")).ok());

        // VIEW only: the caregiver sees the records in a store of their own, and may not decide
        QVERIFY(decide(*m_patient,
                       DecisionRequest::delegate(m_caregiver->me(), domain::View, quint64(now() + 86400)))
                    .ok());
        QVERIFY(m_caregiver
                    ->sync(*conn,
                           [] {
                               session::SyncOptions o;
                               o.ledgerOnly = true;
                               return o;
                           }())
                    .ledger);
        const auto added = m_caregiver->addCaredFor(*conn, read.value(), QStringLiteral("Dad"));
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added.value().rights, quint8(domain::View));
        QString warning;
        const auto dad = m_caregiver->checkCaredFor(*conn, m_patient->me().toChecksumString(), &warning);
        QVERIFY(dad.ok());
        QVERIFY(warning.isEmpty());
        QVERIFY(m_caregiver->viewAs(dad.value()).ok());
        QCOMPARE(m_caregiver->subjectAddress(), m_patient->me());
        const session::SyncOutcome synced = m_caregiver->sync(*conn);
        QVERIFY2(synced.failures().isEmpty(), qPrintable(synced.failures().join(QLatin1Char('\n'))));
        QVERIFY(synced.care.subject.has_value());
        ::passbook::passbook::TimelineFilter all;
        QVERIFY(m_caregiver->store()->count(all).value() > 0);
        QCOMPARE(m_caregiver->store()->count(all).value(), m_patient->store()->count(all).value());

        // a password change re-encrypts the cared-for copy too: every record is still there, and found
        // by the same search
        const auto probe = searchProbe(m_caregiver->store());
        QVERIFY(probe.second > 0);
        conn.reset();
        m_caregiver.reset();
        PB_VERIFY_OK(m_caregiverVault->changePassword(test::secret(test::kGoodPassword),
                                                      test::secret(test::kOtherPassword)));
        m_caregiver = std::make_unique<Session>(*m_caregiverVault);
        conn = ledger(*m_caregiver);
        QVERIFY(conn);
        QVERIFY(m_caregiver->viewAs(dad.value()).ok());
        QCOMPARE(m_caregiver->store()->count(all).value(), m_patient->store()->count(all).value());
        QCOMPARE(searchProbe(m_caregiver->store()), probe);

        const quint64 requestId = requestLabs();
        QVERIFY(requestId > 0);
        (void)conn->catchUp();
        const auto notAllowed = m_caregiver->prepareDecision(
            DecisionRequest::approve(requestId, std::nullopt, std::nullopt), &conn->registry(), now());
        QVERIFY(!notAllowed.ok());
        QCOMPARE(notAllowed.error().code, ErrorCode::Rejected);
        QVERIFY(notAllowed.error().message.contains(QStringLiteral("Dad")));
        const auto noManage =
            m_caregiver->prepareDecision(DecisionRequest::revoke(1), &conn->registry(), now());
        QVERIFY(!noManage.ok());
        QCOMPARE(noManage.error().code, ErrorCode::Rejected);

        // with APPROVE given, the caregiver decides for them (the ledger's answer is taken at the check)
        QVERIFY(
            decide(*m_patient, DecisionRequest::delegate(m_caregiver->me(), domain::View | domain::Approve,
                                                         quint64(now() + 86400)))
                .ok());
        (void)conn->catchUp();
        // the stored events show the new rights before the ledger was asked: one reason to ask, once
        const auto moved = [&] {
            return consent::CareCircle::movedDelegations(
                m_caregiver->consentStore().value(),
                m_caregiver->caredFor(m_patient->me().toChecksumString()).value(), m_caregiver->me(), now());
        };
        QCOMPARE(moved().size(), 1);
        QCOMPARE(moved(), moved()); // the same state, named the same way
        const session::CareCheck checked = m_caregiver->checkCare(*conn);
        QVERIFY(!checked.error);
        QVERIFY(moved().isEmpty()); // what the ledger said is what the events say
        QVERIFY(checked.subject.has_value());
        QVERIFY(m_caregiver->refreshSubject());
        const auto approved =
            decide(*m_caregiver, DecisionRequest::approve(requestId, std::nullopt, std::nullopt));
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));

        // the patient ends the access: the next check says so in words and the copy is gone
        QVERIFY(decide(*m_patient, DecisionRequest::delegate(m_caregiver->me(), 0, 0)).ok());
        (void)conn->catchUp();
        const session::SyncOutcome ended = m_caregiver->sync(*conn);
        QCOMPARE(ended.care.ended.size(), 1);
        QVERIFY(ended.care.subjectEnded);
        QVERIFY(ended.recordsError.has_value());
        QCOMPARE(ended.recordsError->code, ErrorCode::Rejected);
        QCOMPARE(ended.failures().size(), 0); // said once, in care.ended
        const QDir care(QFileInfo(m_caregiverVault->databasePath()).dir().filePath(QStringLiteral("care")));
        QVERIFY(care.entryList({QStringLiteral("*.db")}, QDir::Files).isEmpty());
        const auto refused = m_caregiver->checkCaredFor(*conn, m_patient->me().toChecksumString(), &warning);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Rejected);

        // forgetting them: back to my own passbook
        QVERIFY(m_caregiver->removeCaredFor(m_patient->me()).ok());
        QVERIFY(!m_caregiver->subject());
        QVERIFY(!m_caregiver->caredFor(m_patient->me().toChecksumString()).ok());
        QVERIFY(!m_caregiver->caredFor(QStringLiteral("0x1234")).ok());
    }

    // The patient's password change: every record, the search index and the network stay.
    void passwordChangeKeepsEverything()
    {
        ::passbook::passbook::TimelineFilter all;
        all.includeDuplicates = true;
        all.includeUnmapped = true;
        const qint64 records = m_patient->store()->count(all).value();
        const auto probe = searchProbe(m_patient->store());
        QVERIFY(records > 0 && probe.second > 0);
        m_patient.reset();
        PB_VERIFY_OK(m_patientVault->changePassword(test::secret(test::kGoodPassword),
                                                    test::secret(test::kOtherPassword)));
        m_patient = std::make_unique<Session>(*m_patientVault);
        QVERIFY(m_patient->network());
        QCOMPARE(m_patient->store()->count(all).value(), records);
        QCOMPARE(searchProbe(m_patient->store()), probe);
        PB_VERIFY_OK(m_patientVault->check(test::secret(test::kOtherPassword)));
        PB_VERIFY_OK(m_patientVault->unlock(test::secret(test::kOtherPassword)));
    }

    void exportIsAlwaysMine()
    {
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        const auto n = m_patient->exportRecords(file);
        QVERIFY(n.ok());
        ::passbook::passbook::TimelineFilter all;
        all.includeDuplicates = true;
        all.includeUnmapped = true;
        QCOMPARE(qint64(n.value()), m_patient->store()->count(all).value());
        const QJsonObject bundle = QJsonDocument::fromJson(test::readAll(file)).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("entry")).toArray().size(), n.value());
        // for the patient's account only, also over a file that others could read
        const auto othersMayRead = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                   QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(file) & othersMayRead, QFileDevice::Permissions());
        QVERIFY(QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::ReadOther |
                                                QFileDevice::ReadGroup));
        QVERIFY(m_patient->exportRecords(file).ok());
        QCOMPARE(QFile::permissions(file) & othersMayRead, QFileDevice::Permissions());
        QVERIFY(!m_patient->exportRecords(m_dir.filePath(QStringLiteral("no/such/folder/x.json"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
