// Nothing secret or medical reaches the logs (DESIGN.md §9, STORAGE-2). The end-to-end story runs
// in this process with every logging category at debug level — create a vault, connect the three
// sandbox hospitals, sync every record, a hospital asks, a wrong password, approve, the asking
// hospital fetches, lock, unlock, revoke — and everything logged is then searched for the demo
// patient's name, any two consecutive words of the recovery phrase, the private key, the password,
// bearer tokens, and the text of the records themselves.
#include "ConsortiumFixture.h"
#include "DecisionController.h"
#include "SessionController.h"
#include "VaultTestSupport.h"
#include "crypto/Hex.h"
#include "platform/Notifier.h"
#include "vault/VaultManager.h"

#include "NullNotifier.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QTest>

using namespace passbook;

namespace {
QMutex s_mutex;
QStringList s_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&s_mutex);
    s_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""),
                                          message);
}
} // namespace

class TestLogHygiene : public QObject
{
    Q_OBJECT

    test::ConsortiumFixture m_chain;
    QTemporaryDir m_home;
    platform::NullNotifier m_notifier;

    void waitIdle(app::SessionController &passbook)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!passbook.busy() && !passbook.syncing(), 180000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString problem = m_chain.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_chain.down(); }

    void theWholeStoryLogsNothingPrivate()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        const QtMessageHandler previous = qInstallMessageHandler(capture);

        vault::VaultManager vault(m_home.filePath(QStringLiteral("patient")));
        test::useFastKdf(vault);
        app::SessionController passbook(&vault);
        app::DecisionController sharing(&vault, &passbook, &m_notifier);
        auto created = vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English);
        QVERIFY(created.ok());
        const QStringList words = created.value().mnemonic.words();
        const QString keyHex =
            crypto::toHex(QByteArray(vault.signingKey()->secret().view().data(), 32), false);
        const QString patient = vault.address().toChecksumString();

        QVERIFY(passbook.importNetworkProfile(m_chain.networkFile()));
        waitIdle(passbook);
        for (int h = 0; h < 3; ++h) {
            passbook.connectHospital(m_chain.participant(h).toChecksumString(), m_chain.activationCode(0, h));
            QTRY_VERIFY_WITH_TIMEOUT(passbook.hospitals()->count() == h + 1, 60000);
            waitIdle(passbook);
        }
        QTRY_VERIFY_WITH_TIMEOUT(sharing.live(), 30000);
        // a hospital asks; a wrong password; then approve; the asking hospital fetches
        const auto asked = m_chain.hospitalAct(
            1, QStringLiteral("request"),
            {QStringLiteral("--patient"), patient, QStringLiteral("--from"), QStringLiteral("0"),
             QStringLiteral("--scopes"), QStringLiteral("labs,documents")});
        QCOMPARE(asked.exitCode, 0);
        const int id = asked.json.value(QStringLiteral("requestId")).toInt();
        QTRY_VERIFY_WITH_TIMEOUT(!sharing.request(id).isEmpty(), 10000);
        sharing.approve(id, 1 << 4, 0, QStringLiteral("not my password"));
        QTRY_VERIFY_WITH_TIMEOUT(sharing.stage() == QLatin1String("failed"), 30000);
        sharing.approve(id, 1 << 4, 0, QString::fromLatin1(test::kGoodPassword));
        QTRY_VERIFY_WITH_TIMEOUT(sharing.stage() == QLatin1String("confirmed"), 30000);
        QCOMPARE(m_chain
                     .hospitalAct(1, QStringLiteral("fetch"),
                                  {QStringLiteral("--patient"), patient, QStringLiteral("--from"),
                                   QStringLiteral("0")})
                     .exitCode,
                 0);
        vault.lock();
        QVERIFY(vault.unlock(test::secret(test::kGoodPassword)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(passbook.consents()->count() > 0, 20000);
        sharing.revoke(passbook.consents()->get(0).value(QStringLiteral("id")).toInt(),
                       QString::fromLatin1(test::kGoodPassword));
        QTRY_VERIFY_WITH_TIMEOUT(sharing.stage() == QLatin1String("confirmed"), 30000);

        // what must never appear: the records' own words, from the vault itself
        QStringList recordTexts;
        ::passbook::passbook::TimelineFilter all;
        all.includeDuplicates = true;
        auto rows = passbook.store()->page(all, {}, 2000);
        QVERIFY(rows.ok());
        QVERIFY(rows.value().size() > 100);
        for (const auto &row : rows.value()) {
            for (const QString &text : {row.entry.title, row.entry.summary}) {
                if (text.size() >= 12 && !recordTexts.contains(text)) {
                    recordTexts << text;
                }
            }
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QMutexLocker lock(&s_mutex);
        QVERIFY2(s_log.size() > 10, "the story logged almost nothing: is debug logging on?");
        const QString log = s_log.join(QLatin1Char('\n'));
        const auto mustNotContain = [&](const QString &needle, const char *what) {
            QVERIFY2(!log.contains(needle, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("the log contains %1").arg(QString::fromLatin1(what))));
        };
        const QString name = m_chain.patient(0).value(QStringLiteral("name")).toString();
        QVERIFY(!name.isEmpty());
        mustNotContain(name, "the patient's name");
        for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (part.size() >= 4) {
                mustNotContain(part, "part of the patient's name");
            }
        }
        for (int i = 0; i + 1 < words.size(); ++i) {
            mustNotContain(words[i] + QLatin1Char(' ') + words[i + 1], "two recovery words in a row");
        }
        mustNotContain(keyHex, "the private key");
        // which hospitals treat this patient is medical information too
        for (int i = 0; i < 3; ++i) {
            mustNotContain(m_chain.participant(i).toLowerHex(), "a hospital's address");
        }
        mustNotContain(QString::fromLatin1(test::kGoodPassword), "the password");
        mustNotContain(QStringLiteral("Bearer "), "a bearer token");
        mustNotContain(QStringLiteral("access_token"), "an access token");
        mustNotContain(QStringLiteral("\"resourceType\""), "a FHIR resource");
        int checked = 0;
        for (const QString &text : std::as_const(recordTexts)) {
            mustNotContain(text, "a record's text");
            ++checked;
        }
        QVERIFY(checked > 20);
    }
};

QTEST_GUILESS_MAIN(TestLogHygiene)
#include "tst_log_hygiene.moc"
