// core/models: the lists the app's screens show, read from what a real session stored — a patient
// and a caregiver vault on disk, the local consortium (anvil, the registry, hospital nodes over
// HTTP). Every model passes QAbstractItemModelTester while it is loaded, replaced and emptied, and
// its roles say what the ledger and the records say.
#include "ConsortiumFixture.h"
#include "SessionTestSupport.h"
#include "consent/CareCircle.h"
#include "ledger/RegistryClient.h"
#include "ledger/Scopes.h"
#include "models/LedgerModels.h"
#include "models/PeopleModels.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace passbook;
using session::DecisionRequest;
using session::Session;

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

session::SyncOptions ledgerOnly()
{
    session::SyncOptions options;
    options.ledgerOnly = true;
    return options;
}

QVariant roleOf(const models::RowModel &model, int row, const char *name)
{
    return model.data(model.index(row, 0), model.role(name));
}
} // namespace

class TestListModels : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_net;
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultManager> m_patientVault, m_caregiverVault;
    std::unique_ptr<Session> m_patient, m_caregiver;
    quint64 m_approved = 0, m_denied = 0, m_pending = 0;

    std::unique_ptr<vault::VaultManager> newVault(const QString &name) { return test::newVault(m_dir, name); }

    quint64 request(const QString &scopes) { return m_net.requestRecords(1, m_patient->me(), scopes); }

    bool decide(Session &s, const DecisionRequest &request) { return test::decide(s, request).ok(); }

    consent::ConsentStore consents(Session &s) { return s.consentStore().value(); }
    QString name(int hospital) const
    {
        return m_net.hospital(hospital).value(QStringLiteral("name")).toString();
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
        QVERIFY(m_patient->useNetworkFile(m_net.networkFile(), false).ok());
        QVERIFY(m_caregiver->useNetworkFile(m_net.networkFile(), false).ok());

        // the patient's story: two hospitals, one request approved, one denied, one waiting, a caregiver
        for (int h : {0, 1}) {
            QVERIFY(m_patient->connectHospital(m_net.participant(h), m_net.activationCode(0, h)).ok());
        }
        m_approved = request(QStringLiteral("labs"));
        m_denied = request(QStringLiteral("imaging"));
        m_pending = request(QStringLiteral("labs,medications"));
        QVERIFY(m_approved && m_denied && m_pending);
        auto conn = m_patient->connectLedger();
        QVERIFY(conn.ok());
        QVERIFY(m_patient->sync(*conn.value(), {}).failures().isEmpty());
        QVERIFY(decide(*m_patient, DecisionRequest::approve(m_approved, std::nullopt, std::nullopt)));
        QVERIFY(decide(*m_patient, DecisionRequest::deny(m_denied)));
        QVERIFY(
            decide(*m_patient, DecisionRequest::delegate(m_caregiver->me(), domain::View | domain::Approve,
                                                         quint64(now() + 30 * 86400))));
        QVERIFY(m_patient->sync(*conn.value(), {}).failures().isEmpty());
    }

    void cleanupTestCase()
    {
        m_patient.reset();
        m_caregiver.reset();
        m_net.down();
    }

    void requests()
    {
        models::RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &models::RowModel::countChanged);
        const auto store = consents(*m_patient);
        model.load(&store, m_patient->me(), now());
        QCOMPARE(model.count(), 3);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.pending(), 1);
        // newest first, with names from the directory and machine words for QML to translate
        QCOMPARE(roleOf(model, 0, "id").toULongLong(), m_pending);
        QCOMPARE(roleOf(model, 0, "status").toString(), QStringLiteral("pending"));
        QCOMPARE(roleOf(model, 0, "categories").toStringList(),
                 ledger::scopes::keys(ledger::scopes::parse(QStringLiteral("labs,medications")).value()));
        QCOMPARE(roleOf(model, 0, "categories").toStringList().size(), 2);
        QCOMPARE(roleOf(model, 0, "purpose").toString(), QStringLiteral("treatment"));
        QCOMPARE(roleOf(model, 0, "requester").toString(), name(1));
        QCOMPARE(roleOf(model, 0, "custodian").toString(), name(0));
        QVERIFY(roleOf(model, 0, "concerns").toStringList().isEmpty());
        QVERIFY(!roleOf(model, 0, "requested").toString().isEmpty());
        QCOMPARE(model.get(model.rowOf(m_approved)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
        QCOMPARE(model.get(model.rowOf(m_denied)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("denied"));
        QCOMPARE(model.rowOf(9999), -1);
        QVERIFY(model.get(-1).isEmpty());
        QVERIFY(!model.data(model.index(0, 0), Qt::DisplayRole).isValid()); // only the named roles
        QCOMPARE(model.toList().size(), 3);

        // read again: same rows, no count change; a locked session empties the list
        model.load(&store, m_patient->me(), now());
        QCOMPARE(counted.count(), 1);
        model.load(nullptr, m_patient->me(), now());
        QCOMPARE(model.count(), 0);
        QCOMPARE(counted.count(), 2);
    }

    void consentsAndActivity()
    {
        // a second consent, then revoked: the active one stays first
        const quint64 later = request(QStringLiteral("imaging"));
        auto conn = m_patient->connectLedger();
        QVERIFY(m_patient->sync(*conn.value(), ledgerOnly()).failures().isEmpty());
        QVERIFY(decide(*m_patient, DecisionRequest::approve(later, std::nullopt, std::nullopt)));
        const auto before = consents(*m_patient).consents(m_patient->me(), now()).value();
        QCOMPARE(before.size(), 2);
        QVERIFY(decide(*m_patient, DecisionRequest::revoke(before.first().id))); // the newer one

        models::ConsentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto store = consents(*m_patient);
        model.load(&store, m_patient->me(), now());
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleOf(model, 0, "state").toString(), QStringLiteral("active"));
        QCOMPARE(roleOf(model, 0, "categories").toStringList(), QStringList{QStringLiteral("labs")});
        QCOMPARE(roleOf(model, 0, "grantee").toString(), name(1));
        QCOMPARE(roleOf(model, 0, "grantedBy").toString(), store.nameOf(m_patient->me()));
        QVERIFY(!roleOf(model, 0, "emergency").toBool());
        QCOMPARE(roleOf(model, 1, "state").toString(), QStringLiteral("revoked"));

        models::ActivityModel activity;
        QAbstractItemModelTester activityTester(&activity,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        activity.load(&store, m_patient->me());
        QVERIFY(activity.count() >= 7); // 4 requests, 2 approvals, a denial, a delegation, a revocation
        QCOMPARE(roleOf(activity, 0, "type").toString(), QStringLiteral("ConsentRevoked"));
        QVERIFY(roleOf(activity, 0, "byPatient").toBool());
        QStringList types;
        for (const QVariant &row : activity.toList()) {
            types << row.toMap().value(QStringLiteral("type")).toString();
        }
        QVERIFY(types.contains(QStringLiteral("DelegateSet")));
        QVERIFY(types.contains(QStringLiteral("AccessDenied")));
        const int delegated = int(types.indexOf(QStringLiteral("DelegateSet")));
        QCOMPARE(roleOf(activity, delegated, "rights").toStringList(),
                 (QStringList{QStringLiteral("view"), QStringLiteral("approve")}));
    }

    void hospitalsAndDirectory()
    {
        models::HospitalsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(m_patient->store());
        QCOMPARE(model.count(), 2);
        ::passbook::passbook::TimelineFilter everything;
        everything.includeDuplicates = true;
        int records = 0;
        for (int row = 0; row < model.count(); ++row) {
            QVERIFY(roleOf(model, row, "ok").toBool());
            QVERIFY(!roleOf(model, row, "lastSync").toString().isEmpty());
            records += roleOf(model, row, "records").toInt();
        }
        QCOMPARE(qint64(records), m_patient->store()->count(everything).value());
        model.load(nullptr);
        QCOMPARE(model.count(), 0);

        models::DirectoryModel directory;
        QAbstractItemModelTester directoryTester(&directory,
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto conn = m_patient->connectLedger();
        QList<ledger::registry::Participant> all = conn.value()->registry().directory().value();
        const int active =
            int(std::count_if(all.cbegin(), all.cend(), [](const auto &p) { return p.active; }));
        ledger::registry::Participant gone = all.first();
        gone.active = false;
        all.append(gone); // an inactive participant is not offered
        directory.load(all);
        QCOMPARE(directory.count(), active);
        QCOMPARE(roleOf(directory, 0, "participant").toString(), all.first().account.toChecksumString());
        QCOMPARE(roleOf(directory, 0, "kind").toString(), ledger::scopes::kindName(all.first().kind));
    }

    void caregiversAndPeople()
    {
        models::CaregiversModel caregivers;
        QAbstractItemModelTester tester(&caregivers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto store = consents(*m_patient);
        caregivers.load(&store, m_patient->me(), now());
        QCOMPARE(caregivers.count(), 1);
        QCOMPARE(roleOf(caregivers, 0, "address").toString(), m_caregiver->me().toChecksumString());
        QCOMPARE(roleOf(caregivers, 0, "rights").toInt(), int(domain::View | domain::Approve));
        QVERIFY(roleOf(caregivers, 0, "active").toBool());
        QVERIFY(!roleOf(caregivers, 0, "expires").toString().isEmpty());

        // the caregiver adds the patient from their invite; the pending request counts for them
        auto conn = m_caregiver->connectLedger();
        QVERIFY(m_caregiver->sync(*conn.value(), ledgerOnly()).failures().isEmpty());
        const auto invite =
            m_caregiver->readCareInvite(m_patient->careInvite().value().code, QStringLiteral("Dad"));
        QVERIFY(invite.ok());
        QVERIFY(m_caregiver->addCaredFor(*conn.value(), invite.value(), QStringLiteral("Dad")).ok());
        models::PeopleModel people;
        QAbstractItemModelTester peopleTester(&people,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto theirs = consents(*m_caregiver);
        const auto circle = consent::CareCircle(*m_caregiverVault->database()).list().value();
        people.load(circle, &theirs, {}, now());
        QCOMPARE(people.count(), 1);
        QCOMPARE(roleOf(people, 0, "name").toString(), QStringLiteral("Dad"));
        QCOMPARE(roleOf(people, 0, "pending").toInt(), 1);
        QCOMPARE(roleOf(people, 0, "hospitals").toInt(), 2);
        QVERIFY(roleOf(people, 0, "active").toBool());
        QVERIFY(roleOf(people, 0, "endedText").toString().isEmpty());
        QVERIFY(!roleOf(people, 0, "viewing").toBool());
        people.load(circle, &theirs, m_patient->me(), now());
        QVERIFY(roleOf(people, 0, "viewing").toBool());
        people.load(circle, nullptr, m_patient->me(),
                    now()); // the ledger's events unreadable: nothing pending
        QCOMPARE(roleOf(people, 0, "pending").toInt(), 0);
    }

    void outboxAndLanguage()
    {
        models::OutboxModel outbox;
        QAbstractItemModelTester tester(&outbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&outbox, &models::OutboxModel::loaded);
        outbox.load(m_patientVault->database());
        QCOMPARE(loaded.count(), 1);
        QVERIFY(outbox.count() >= 5); // every decision above
        QVERIFY(!outbox.waiting());   // all of them mined
        QCOMPARE(roleOf(outbox, 0, "status").toString(), QStringLiteral("mined"));
        QVERIFY(!roleOf(outbox, 0, "description").toString().isEmpty());

        // a change of language asks the views to read the rows again (dates are in that language)
        QSignalSpy changed(&outbox, &QAbstractItemModel::dataChanged);
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), outbox.count() - 1);
        outbox.load(nullptr);
        QCOMPARE(outbox.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
