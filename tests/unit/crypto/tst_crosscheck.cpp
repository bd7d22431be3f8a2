// Cross-checks the crypto core against implementations no one on this project wrote:
// cast (Foundry, from npm), python3-mnemonic (Debian) and the Argon2 reference CLI (Debian).
// A missing checker is a failure, not a skip: tools/test installs all of them.
#include "TestHelpers.h"
#include "crypto/HdKey.h"
#include "crypto/Keccak256.h"
#include "crypto/Mnemonic.h"
#include "crypto/PasswordKdf.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        return {};
    }
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput().trimmed(),
            p.readAllStandardError()};
}

Address ourAddress(const Mnemonic &m)
{
    return HdKey::fromSeed(m.seed())
        .value()
        .derive(QString::fromLatin1(HdKey::kEthereumPath))
        .value()
        .signingKey()
        .value()
        .address();
}
} // namespace

class TestCrossCheck : public QObject
{
    Q_OBJECT
private:
    QString m_cast = QStringLiteral(PASSBOOK_CAST);
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cast),
                 "cast is missing: run `npm ci` in tests/sandbox (tools/test does it)");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/argon2")), "argon2 missing: run tools/install-deps");
        QVERIFY(m_dir.isValid());
    }

    void addressesMatchCastForRandomPhrases()
    {
        for (int i = 0; i < 8; ++i) {
            const Mnemonic m = Mnemonic::generate(WordlistLanguage::English);
            // the phrase goes to cast in a private file, never on a command line or in output
            const QString path = m_dir.filePath(QStringLiteral("phrase.txt"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            f.write(m.words().join(QLatin1Char(' ')).toUtf8());
            f.close();
            const Run r = run(m_cast, {QStringLiteral("wallet"), QStringLiteral("address"),
                                       QStringLiteral("--mnemonic"), path});
            QFile::remove(path);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(QString::fromLatin1(r.out), ourAddress(m).toChecksumString());
        }
    }

    void cjkSeedsMatchPythonMnemonic()
    {
        const QString script = QStringLiteral("import sys\nfrom mnemonic import Mnemonic\n"
                                              "lang, phrase = sys.stdin.read().split('\\n', 1)\n"
                                              "m = Mnemonic(lang)\nassert m.check(phrase), 'invalid'\n"
                                              "print(Mnemonic.to_seed(phrase, '').hex())\n");
        for (auto [lang, pyName] : {std::pair{WordlistLanguage::TraditionalChinese, "chinese_traditional"},
                                    std::pair{WordlistLanguage::Korean, "korean"}}) {
            for (int i = 0; i < 3; ++i) {
                const Mnemonic m = Mnemonic::generate(lang);
                const QByteArray input =
                    QByteArray(pyName) + '\n' + m.words().join(QLatin1Char(' ')).toUtf8();
                const Run r = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script}, input);
                QVERIFY2(r.exitCode == 0, "python3-mnemonic failed: run tools/install-deps");
                QCOMPARE(QString::fromLatin1(r.out), test::hex(m.seed()));
            }
        }
    }

    void personalSignVerifiesWithCast()
    {
        const SigningKey key = SigningKey::generate();
        const QString message =
            QStringLiteral("Health Passbook sign-in check %1").arg(QTest::currentTestFunction());
        const QByteArray sig = key.signPersonalMessage(message.toUtf8()).toRsv27();
        const Run r =
            run(m_cast, {QStringLiteral("wallet"), QStringLiteral("verify"), QStringLiteral("--address"),
                         key.address().toChecksumString(), message, toHex(sig, true)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void keccakMatchesCast()
    {
        for (int len : {0, 1, 55, 136, 137, 500}) {
            QByteArray data(len, Qt::Uninitialized);
            for (int i = 0; i < len; ++i) {
                data[i] = char((i * 131 + len) & 0xff);
            }
            const Run r = run(m_cast, {QStringLiteral("keccak"), toHex(data, true)});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(QString::fromLatin1(r.out), toHex(Keccak256::hash(data), true));
        }
    }

    void argon2MatchesReferenceCli()
    {
        // Random printable salts (the CLI takes the salt on its command line).
        const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (std::uint64_t ops : {1, 3}) {
            KdfParams p = PasswordKdf::fixed(ops, 64ULL * 1024 * 1024);
            const SecureBuffer noise = SecureBuffer::random(std::size_t(p.salt.size()));
            for (qsizetype i = 0; i < p.salt.size(); ++i) {
                p.salt[i] = alphabet[noise.data()[i] % alphabet.size()];
            }
            const QByteArray password = "correct horse battery staple";
            const Run r = run(QStringLiteral("/usr/bin/argon2"),
                              {QString::fromLatin1(p.salt), QStringLiteral("-id"), QStringLiteral("-t"),
                               QString::number(ops), QStringLiteral("-k"), QStringLiteral("65536"),
                               QStringLiteral("-p"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("32"), QStringLiteral("-r")},
                              password);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(
                QString::fromLatin1(r.out),
                test::hex(PasswordKdf::derive(SecureBuffer::copyOf(QByteArrayView(password)), p).value()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrossCheck)
#include "tst_crosscheck.moc"
