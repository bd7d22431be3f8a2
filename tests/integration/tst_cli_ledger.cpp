// The patient's ledger commands end to end (real passbook-cli, real anvil), including the outbox
// crash test: the CLI is killed (SIGKILL) after signing and before sending; the next run sends the
// same transaction, and exactly one is mined.
#include "CliRunner.h"
#include "ConsortiumFixture.h"
#include "VaultTestSupport.h"
#include "ledger/EthClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace passbook;

namespace {
using test::CliRun;
const QByteArray kPassword = "correct horse battery staple\n";
} // namespace

class TestCliLedger : public QObject
{
    Q_OBJECT
private:
    test::ConsortiumFixture m_chain;
    QTemporaryDir m_data;
    QTemporaryDir m_caregiverData; // a second person's own vault
    QString m_dataDir;             // which vault cli() acts on (default: the patient's)
    QString m_address;

    CliRun cli(const QStringList &args, const QByteArray &input = kPassword,
               const QProcessEnvironment &extra = {})
    {
        return test::runCli(m_dataDir.isEmpty() ? m_data.path() : m_dataDir, args, input, extra, 120000);
    }

    CliRun sandbox(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(PASSBOOK_SANDBOX),
                args + QStringList{QStringLiteral("--sandbox"), m_chain.dir()});
        p.waitForFinished(60000);
        return {p.exitCode(), false, QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    quint64 requestAccess(const QString &scopes)
    {
        const CliRun r =
            sandbox({QStringLiteral("request"), QStringLiteral("--as"), QStringLiteral("1"),
                     QStringLiteral("--patient"), m_address, QStringLiteral("--custodian"),
                     m_chain.hospitalKey(0).address().toChecksumString(), QStringLiteral("--scopes"), scopes,
                     QStringLiteral("--purpose"), QStringLiteral("treatment"), QStringLiteral("--expires"),
                     QStringLiteral("30d")});
        return quint64(r.json.value(QStringLiteral("events"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toDouble());
    }

    QString statusOf(quint64 requestId)
    {
        const CliRun r = cli({QStringLiteral("requests")});
        for (const QJsonValue &v : r.json.value(QStringLiteral("requests")).toArray()) {
            if (quint64(v.toObject().value(QStringLiteral("id")).toDouble()) == requestId) {
                return v.toObject().value(QStringLiteral("status")).toString();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_chain.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliRun created = cli({QStringLiteral("vault"), QStringLiteral("create")});
        QCOMPARE(created.exitCode, 0);
        m_address = created.json.value(QStringLiteral("address")).toString();
        QCOMPARE(cli({QStringLiteral("network"), QStringLiteral("use"), m_chain.networkFile()}).exitCode, 0);
    }

    void cleanupTestCase() { m_chain.down(); }

    void directoryFromTheChain()
    {
        const CliRun r = cli({QStringLiteral("hospital"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json.value(QStringLiteral("participants")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Taipei Municipal Wanfang Hospital"));
    }

    void sandboxAdministrationIsNotInThePatientsCli()
    {
        // the consortium's keys are handled by passbook-sandbox, never by the patient's tool
        const CliRun r =
            cli({QStringLiteral("sandbox"), QStringLiteral("deactivate"),
                 m_chain.participant(2).toChecksumString(), QStringLiteral("--sandbox"), m_chain.dir()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown")));
        QVERIFY(sandbox({QStringLiteral("--help")}).exitCode == 0);
    }

    // A usage error says what --help says of the command (one source, so they cannot drift).
    void usageErrorsQuoteTheHelp()
    {
        QProcess helpRun;
        helpRun.start(QStringLiteral(PASSBOOK_CLI), {QStringLiteral("--help")});
        QVERIFY(helpRun.waitForFinished(30000));
        const QString help = QString::fromUtf8(helpRun.readAllStandardOutput());
        QVERIFY(help.contains(QStringLiteral("Usage: passbook-cli")));
        const QList<std::pair<QStringList, QStringList>> cases = {
            {{QStringLiteral("approve")}, {QStringLiteral("approve ID [--scopes LIST] [--expires DATE]")}},
            {{QStringLiteral("grant"), QStringLiteral("--to"), QStringLiteral("0x1")},
             {QStringLiteral("grant --to ADDR --scopes LIST --purpose P --expires DATE [--custodian ADDR]")}},
            {{QStringLiteral("hospital"), QStringLiteral("nonsense")},
             {QStringLiteral("hospital list"), QStringLiteral("hospital connect PARTICIPANT CODE"),
              QStringLiteral("hospital connected"), QStringLiteral("hospital disconnect PARTICIPANT")}},
            {{QStringLiteral("timeline"), QStringLiteral("extra")},
             {QStringLiteral(
                 "timeline [--category LIST] [--hospital PARTICIPANT] [--search TEXT] [--limit N] "
                 "[--include-duplicates]")}},
            {{QStringLiteral("care"), QStringLiteral("nonsense")},
             {QStringLiteral("care invite"), QStringLiteral("care add CODE [--name LABEL]"),
              QStringLiteral("care list"), QStringLiteral("care remove PATIENT")}},
        };
        for (const auto &[args, synopses] : cases) {
            const CliRun r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("usage error: ") + synopses.join(QStringLiteral(" | "))),
                     qPrintable(r.err));
            for (const QString &synopsis : synopses) {
                QVERIFY2(help.contains(synopsis.section(QLatin1Char(' '), 0, 2)), qPrintable(synopsis));
            }
        }
    }

    void requestApproveRevokeActivity()
    {
        const quint64 id = requestAccess(QStringLiteral("labs,imaging"));
        QVERIFY(id > 0);
        QCOMPARE(statusOf(id), QStringLiteral("pending"));
        // widening is refused before anything is signed, in words
        const CliRun widened = cli({QStringLiteral("approve"), QString::number(id),
                                    QStringLiteral("--scopes"), QStringLiteral("all")});
        QCOMPARE(widened.exitCode, 2);
        QVERIFY2(widened.err.contains(QStringLiteral("fewer categories than were asked for")),
                 qPrintable(widened.err));
        const CliRun longer = cli({QStringLiteral("approve"), QString::number(id),
                                   QStringLiteral("--expires"), QStringLiteral("2099-01-01")});
        QCOMPARE(longer.exitCode, 2);
        QVERIFY(longer.err.contains(QStringLiteral("only shorten")));
        const CliRun approved =
            cli({QStringLiteral("approve"), QString::number(id), QStringLiteral("--scopes"),
                 QStringLiteral("labs"), QStringLiteral("--expires"), QStringLiteral("7d")});
        QCOMPARE(approved.exitCode, 0);
        QCOMPARE(statusOf(id), QStringLiteral("approved"));
        const CliRun consents = cli({QStringLiteral("consents")});
        const QJsonObject c = consents.json.value(QStringLiteral("consents")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(c.value(QStringLiteral("scopes")).toArray(), QJsonArray{QStringLiteral("labs")});
        QCOMPARE(c.value(QStringLiteral("granteeName")).toString(),
                 QStringLiteral("Taipei Municipal Wanfang Hospital"));
        const quint64 consentId = quint64(c.value(QStringLiteral("id")).toDouble());
        QCOMPARE(cli({QStringLiteral("revoke"), QString::number(consentId)}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("consents")})
                     .json.value(QStringLiteral("consents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("revoked"));
        const CliRun activity = cli({QStringLiteral("activity")});
        QCOMPARE(activity.exitCode, 0);
        const QString text = QString::fromUtf8(QJsonDocument(activity.json).toJson());
        QVERIFY(
            text.contains(QStringLiteral("Taipei Municipal Wanfang Hospital asked for your lab results")));
        QVERIFY(text.contains(QStringLiteral("was revoked by you")));
        // deny and grant
        const quint64 second = requestAccess(QStringLiteral("vaccinations"));
        QCOMPARE(cli({QStringLiteral("deny"), QString::number(second)}).exitCode, 0);
        QCOMPARE(statusOf(second), QStringLiteral("denied"));
        QCOMPARE(cli({QStringLiteral("grant"), QStringLiteral("--to"),
                      m_chain.hospitalKey(2).address().toChecksumString(), QStringLiteral("--scopes"),
                      QStringLiteral("documents"), QStringLiteral("--purpose"), QStringLiteral("insurance"),
                      QStringLiteral("--expires"), QStringLiteral("2099-01-01")})
                     .exitCode,
                 0);
        // bad input: unknown category, date in the past, nonexistent request
        QCOMPARE(cli({QStringLiteral("approve"), QString::number(second), QStringLiteral("--scopes"),
                      QStringLiteral("xrays")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("grant"), QStringLiteral("--to"),
                      m_chain.hospitalKey(2).address().toChecksumString(), QStringLiteral("--scopes"),
                      QStringLiteral("labs"), QStringLiteral("--purpose"), QStringLiteral("treatment"),
                      QStringLiteral("--expires"), QStringLiteral("2001-01-01")})
                     .exitCode,
                 2);
        // a request from a participant suspended since: shown with the concern, cannot be approved
        const quint64 third = requestAccess(QStringLiteral("labs"));
        const QString requester = m_chain.hospitalKey(1).address().toChecksumString();
        QCOMPARE(sandbox({QStringLiteral("deactivate"), requester}).exitCode, 0);
        const CliRun listed = cli({QStringLiteral("requests")});
        const QJsonObject suspicious =
            listed.json.value(QStringLiteral("requests")).toArray().first().toObject();
        QCOMPARE(quint64(suspicious.value(QStringLiteral("id")).toDouble()), third);
        QCOMPARE(suspicious.value(QStringLiteral("concerns"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("concern")),
                 QJsonValue(QStringLiteral("inactive-requester")));
        const CliRun refused = cli({QStringLiteral("approve"), QString::number(third)});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(refused.err.contains(QStringLiteral("suspended")));
        QCOMPARE(statusOf(third), QStringLiteral("pending"));
        QCOMPARE(sandbox({QStringLiteral("activate"), requester}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("deny"), QString::number(third)}).exitCode, 0);
        const CliRun missing = cli({QStringLiteral("deny"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 6); // the ledger's own answer: no such request
        QVERIFY2(missing.err.contains(QStringLiteral("999")), qPrintable(missing.err));
    }

    void delegateSetAndList()
    {
        const QString caregiver = crypto::SigningKey::generate().address().toChecksumString();
        QCOMPARE(
            cli({QStringLiteral("delegate"), QStringLiteral("set"), caregiver, QStringLiteral("--rights"),
                 QStringLiteral("view,approve"), QStringLiteral("--expires"), QStringLiteral("90d")})
                .exitCode,
            0);
        const CliRun list = cli({QStringLiteral("delegate"), QStringLiteral("list")});
        const QJsonObject d = list.json.value(QStringLiteral("delegates")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("delegate")).toString(), caregiver);
        QCOMPARE(d.value(QStringLiteral("rights")).toArray(),
                 (QJsonArray{QStringLiteral("view"), QStringLiteral("approve")}));
        QVERIFY(d.value(QStringLiteral("active")).toBool());
        QCOMPARE(cli({QStringLiteral("delegate"), QStringLiteral("set"), caregiver,
                      QStringLiteral("--rights"), QStringLiteral("none")})
                     .exitCode,
                 0);
        // never to myself (the same rule as the app's): refused before anything is signed
        const CliRun self =
            cli({QStringLiteral("delegate"), QStringLiteral("set"), m_address, QStringLiteral("--rights"),
                 QStringLiteral("view"), QStringLiteral("--expires"), QStringLiteral("30d")});
        QCOMPARE(self.exitCode, 2);
        QVERIFY(self.err.contains(QStringLiteral("your own code")));
        QVERIFY(!cli({QStringLiteral("delegate"), QStringLiteral("list")})
                     .json.value(QStringLiteral("delegates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("active"))
                     .toBool());
    }

    void caregiverInviteIsCheckedAgainstTheLedger()
    {
        // the patient makes an invite code
        const CliRun invite = cli({QStringLiteral("care"), QStringLiteral("invite")});
        QCOMPARE(invite.exitCode, 0);
        const QString code = invite.json.value(QStringLiteral("invite")).toString();
        QVERIFY(code.startsWith(QStringLiteral("HPCARE1.")));
        // the caregiver, in a vault of their own
        m_dataDir = m_caregiverData.path();
        const CliRun created = cli({QStringLiteral("vault"), QStringLiteral("create")});
        QCOMPARE(created.exitCode, 0);
        const QString caregiver = created.json.value(QStringLiteral("address")).toString();
        QCOMPARE(cli({QStringLiteral("network"), QStringLiteral("use"), m_chain.networkFile()}).exitCode, 0);
        // not a caregiver on the ledger yet: refused, nothing kept
        const CliRun early = cli({QStringLiteral("care"), QStringLiteral("add"), code});
        QCOMPARE(early.exitCode, 6);
        QVERIFY2(early.err.contains(QStringLiteral("not made you a caregiver")), qPrintable(early.err));
        QCOMPARE(cli({QStringLiteral("care"), QStringLiteral("list")})
                     .json.value(QStringLiteral("caredFor"))
                     .toArray()
                     .size(),
                 0);
        // an edited code is refused in words
        QString edited = code;
        edited[edited.size() / 2] =
            edited[edited.size() / 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const CliRun bad = cli({QStringLiteral("care"), QStringLiteral("add"), edited});
        QVERIFY(bad.exitCode == 2 || bad.exitCode == 6);
        QVERIFY(bad.err.contains(QStringLiteral("care-invite code")));
        // the patient makes them a caregiver with VIEW; now the invite is accepted
        m_dataDir.clear();
        QCOMPARE(
            cli({QStringLiteral("delegate"), QStringLiteral("set"), caregiver, QStringLiteral("--rights"),
                 QStringLiteral("view"), QStringLiteral("--expires"), QStringLiteral("30d")})
                .exitCode,
            0);
        m_dataDir = m_caregiverData.path();
        const CliRun added = cli({QStringLiteral("care"), QStringLiteral("add"), code});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json.value(QStringLiteral("patient")).toString(), m_address);
        QCOMPARE(added.json.value(QStringLiteral("rights")).toArray(), QJsonArray{QStringLiteral("view")});
        const QJsonObject listed = cli({QStringLiteral("care"), QStringLiteral("list")})
                                       .json.value(QStringLiteral("caredFor"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(listed.value(QStringLiteral("patient")).toString(), m_address);
        QVERIFY(listed.value(QStringLiteral("active")).toBool());
        // removed by the patient: the list says so at once (asked of the ledger)
        m_dataDir.clear();
        QCOMPARE(cli({QStringLiteral("delegate"), QStringLiteral("set"), caregiver,
                      QStringLiteral("--rights"), QStringLiteral("none")})
                     .exitCode,
                 0);
        // never to myself (the same rule as the app's): refused before anything is signed
        const CliRun self =
            cli({QStringLiteral("delegate"), QStringLiteral("set"), m_address, QStringLiteral("--rights"),
                 QStringLiteral("view"), QStringLiteral("--expires"), QStringLiteral("30d")});
        QCOMPARE(self.exitCode, 2);
        QVERIFY(self.err.contains(QStringLiteral("your own code")));
        m_dataDir = m_caregiverData.path();
        QVERIFY(!cli({QStringLiteral("care"), QStringLiteral("list")})
                     .json.value(QStringLiteral("caredFor"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("active"))
                     .toBool());
        m_dataDir.clear();
    }

    void crashAfterSigningSendsExactlyOnce()
    {
        const quint64 id = requestAccess(QStringLiteral("labs"));
        QCOMPARE(statusOf(id), QStringLiteral("pending"));
        ledger::JsonRpcClient rpc(m_chain.network.rpc);
        ledger::EthClient eth(rpc);
        const auto me = crypto::Address::fromString(m_address).value();
        const quint64 nonceBefore = eth.pendingNonce(me).value();

        QProcessEnvironment crash;
        crash.insert(QStringLiteral("PASSBOOK_FAULT_INJECT"), QStringLiteral("exit-after-sign"));
        const CliRun killed = cli({QStringLiteral("approve"), QString::number(id)}, kPassword, crash);
        QVERIFY(killed.crashed);                             // SIGKILL: no cleanup ran
        QCOMPARE(eth.pendingNonce(me).value(), nonceBefore); // nothing reached the chain
        const CliRun outbox = cli({QStringLiteral("outbox")});
        const QJsonObject newest =
            outbox.json.value(QStringLiteral("transactions")).toArray().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("signed"));
        const QString hash = newest.value(QStringLiteral("transaction")).toString();

        const CliRun resent = cli({QStringLiteral("outbox"), QStringLiteral("--resend")});
        QCOMPARE(resent.exitCode, 0);
        const QJsonObject after =
            resent.json.value(QStringLiteral("transactions")).toArray().first().toObject();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("mined"));
        QCOMPARE(after.value(QStringLiteral("transaction")).toString(), hash); // the very same transaction
        QCOMPARE(eth.pendingNonce(me).value(), nonceBefore + 1);               // exactly one mined
        QCOMPARE(statusOf(id), QStringLiteral("approved"));
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("--resend")}).exitCode,
                 0); // nothing left to do
        QCOMPARE(eth.pendingNonce(me).value(), nonceBefore + 1);
    }

    void decisionsWhileTheLedgerIsDownAreQueued()
    {
        const quint64 id = requestAccess(QStringLiteral("vitals"));
        QCOMPARE(statusOf(id), QStringLiteral("pending"));
        m_chain.down();
        const CliRun offline = cli({QStringLiteral("approve"), QString::number(id)});
        QCOMPARE(offline.exitCode, 5);
        QVERIFY(offline.err.contains(QStringLiteral("kept on this device")));
        QCOMPARE(cli({QStringLiteral("outbox")})
                     .json.value(QStringLiteral("transactions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("queued"));
        const QString problem = m_chain.up(); // resumes with its state
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("--resend")}).exitCode, 0);
        QCOMPARE(statusOf(id), QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestCliLedger)
#include "tst_cli_ledger.moc"
