// Fingerprint verification through fprintd, against a python3-dbusmock fprintd (tests/dbusmock/
// fprintd.py) on a private bus standing for the system bus: match, no match, a retry, no reader, a
// busy reader, a timeout and a cancel — and the reader released every time.
#include "DBusMockFixture.h"
#include "FprintdAuthenticator.h"

#include <QSignalSpy>
#include <QTest>

using namespace passbook;
using Outcome = platform::BiometricAuthenticator::Outcome;

namespace {
const QString kTemplate = QStringLiteral(PASSBOOK_SOURCE_DIR "/tests/dbusmock/fprintd.py");
const QString kDevicePath = QStringLiteral("/net/reactivated/Fprint/Device/0");
} // namespace

class TestPlatformFprintd : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DBusMockFixture> m_bus;

    void startFprintd(const QString &parameters = QStringLiteral("{}"))
    {
        m_bus = std::make_unique<test::DBusMockFixture>();
        const QString problem =
            m_bus->startMock({QStringLiteral("--template"), kTemplate, QStringLiteral("-p"), parameters},
                             QStringLiteral("net.reactivated.Fprint"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    bool scan(const QString &result, bool done)
    {
        return m_bus->call(kDevicePath, QStringLiteral("org.freedesktop.DBus.Mock"),
                           QStringLiteral("EmitSignal"),
                           {QStringLiteral("net.reactivated.Fprint.Device"), QStringLiteral("VerifyStatus"),
                            QStringLiteral("sb"), QVariant::fromValue(QVariantList{result, done})});
    }
    Outcome run(platform::FprintdAuthenticator &auth, const std::function<void()> &during,
                int timeoutMs = 5000)
    {
        QSignalSpy finished(&auth, &platform::BiometricAuthenticator::finished);
        auth.verify(timeoutMs);
        if (during) {
            during();
        }
        if (!finished.wait(timeoutMs + 3000) && finished.isEmpty()) {
            return Outcome::Failed;
        }
        return finished.first().first().value<Outcome>();
    }
    void expectReleased() const
    {
        QTRY_VERIFY(!m_bus->calls(QStringLiteral("VerifyStop")).isEmpty());
        QTRY_VERIFY(!m_bus->calls(QStringLiteral("Release")).isEmpty());
    }

private slots:
    void cleanup() { m_bus.reset(); }

    void matchReleasesTheReader()
    {
        startFprintd();
        platform::FprintdAuthenticator auth(m_bus->bus());
        QVERIFY2(auth.isAvailable(), qPrintable(auth.unavailableReason()));
        QCOMPARE(run(auth,
                     [&] {
                         QTRY_VERIFY(!m_bus->calls(QStringLiteral("VerifyStart")).isEmpty());
                         scan(QStringLiteral("verify-match"), true);
                     }),
                 Outcome::Match);
        QVERIFY(m_bus->calls(QStringLiteral("Claim")).size() == 1);
        expectReleased();
    }

    void noMatch()
    {
        startFprintd();
        platform::FprintdAuthenticator auth(m_bus->bus());
        QCOMPARE(run(auth,
                     [&] {
                         QTRY_VERIFY(!m_bus->calls(QStringLiteral("VerifyStart")).isEmpty());
                         scan(QStringLiteral("verify-no-match"), true);
                     }),
                 Outcome::NoMatch);
        expectReleased();
    }

    void retryThenMatch()
    {
        startFprintd();
        platform::FprintdAuthenticator auth(m_bus->bus());
        QSignalSpy retry(&auth, &platform::BiometricAuthenticator::retry);
        QCOMPARE(run(auth,
                     [&] {
                         QTRY_VERIFY(!m_bus->calls(QStringLiteral("VerifyStart")).isEmpty());
                         scan(QStringLiteral("verify-retry-scan"), false);
                         QTRY_COMPARE(retry.size(), 1);
                         scan(QStringLiteral("verify-match"), true);
                     }),
                 Outcome::Match);
    }

    void noReaderIsExplained()
    {
        startFprintd(QStringLiteral("{\"no_device\": true}"));
        platform::FprintdAuthenticator auth(m_bus->bus());
        QVERIFY(!auth.isAvailable());
        QVERIFY(auth.unavailableReason().contains(QStringLiteral("no fingerprint reader")));
        QCOMPARE(run(auth, {}), Outcome::Unavailable);
    }

    void busyReader()
    {
        startFprintd(QStringLiteral("{\"busy\": true}"));
        platform::FprintdAuthenticator auth(m_bus->bus());
        QCOMPARE(run(auth, {}), Outcome::Busy);
        QVERIFY(m_bus->calls(QStringLiteral("VerifyStart")).isEmpty());
    }

    void timeoutReleasesTheReader()
    {
        startFprintd();
        platform::FprintdAuthenticator auth(m_bus->bus());
        QCOMPARE(run(auth, {}, 400), Outcome::TimedOut);
        expectReleased();
    }

    void cancelReleasesTheReader()
    {
        startFprintd();
        platform::FprintdAuthenticator auth(m_bus->bus());
        QCOMPARE(run(auth,
                     [&] {
                         QTRY_VERIFY(!m_bus->calls(QStringLiteral("VerifyStart")).isEmpty());
                         auth.cancel();
                     }),
                 Outcome::Cancelled);
        expectReleased();
    }

    void noServiceAtAll()
    {
        // a bus with no fprintd on it
        startFprintd();
        platform::FprintdAuthenticator auth(QDBusConnection(QStringLiteral("not connected")));
        QVERIFY(!auth.isAvailable());
        QVERIFY(!auth.unavailableReason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlatformFprintd)
#include "tst_platform_fprintd.moc"
