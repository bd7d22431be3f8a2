// passbook-cli vault commands end to end: real binary, real files, secrets on stdin, exit codes
// of DESIGN.md §7, and the created address checked against cast (an implementation we did not write).
#include "CliRunner.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace passbook;

namespace {
using test::CliRun;

const char *kPassword = "correct horse battery staple\n";
const char *kNewPassword = "purple elephant tuesday 42\n";
} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    CliRun cli(const QString &data, const QStringList &args, const QByteArray &input = {})
    {
        return test::runCli(data, args, input, {}, 60000);
    }

    QString phraseOf(const CliRun &created)
    {
        QStringList words;
        for (const auto &w : created.json.value(QStringLiteral("recoveryPhrase")).toArray()) {
            words << w.toString();
        }
        return words.join(QLatin1Char(' '));
    }

    // Runs passbook-cli on a pseudo-terminal, answering each prompt with the next line of `answers`
    // once it is asked; returns everything the terminal showed and the exit code.
    std::pair<QByteArray, int> onTerminal(const QString &data, const QStringList &args,
                                          const QList<QByteArray> &answers, bool &echoRestored)
    {
        QList<QByteArray> argv{QByteArray(PASSBOOK_CLI), "--data", QFile::encodeName(data), "--kdf-cost",
                               "1,64"};
        for (const QString &a : args) {
            argv << a.toUtf8();
        }
        std::vector<char *> raw;
        for (QByteArray &a : argv) {
            raw.push_back(a.data());
        }
        raw.push_back(nullptr);
        int master = -1;
        const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
        if (pid == 0) {
            ::execv(raw[0], raw.data());
            ::_exit(127);
        }
        QByteArray shown;
        qsizetype answered = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            // the next answer once its prompt ("Password: ", "New password: ") is on the terminal
            if (answered < answers.size() && shown.count("assword: ") > answered) {
                const QByteArray line = answers[answered++] + '\n';
                if (::write(master, line.constData(), std::size_t(line.size())) != line.size()) {
                    break;
                }
            }
            pollfd p{master, POLLIN, 0};
            if (::poll(&p, 1, 200) > 0) {
                char buffer[512];
                const ssize_t n = ::read(master, buffer, sizeof buffer);
                if (n <= 0) {
                    break; // EIO: the program ended and the terminal closed
                }
                shown.append(buffer, n);
            }
        }
        struct termios after;
        echoRestored = ::tcgetattr(master, &after) == 0 && (after.c_lflag & ECHO);
        ::close(master);
        int status = 0;
        ::waitpid(pid, &status, 0);
        return {shown, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
    }

private slots:
    void createPrintsAddressAndPhraseThatCastAgreesWith()
    {
        const QString data = m_tmp.filePath(QStringLiteral("a"));
        const CliRun created = cli(data, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword);
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.json.value(QStringLiteral("recoveryPhrase")).toArray().size(), 24);
        const QString address = created.json.value(QStringLiteral("address")).toString();
        QVERIFY(address.startsWith(QStringLiteral("0x")));
        QVERIFY(created.err.contains(QStringLiteral("Write the 24 words down")));

        QTemporaryDir secretDir;
        const QString phraseFile = secretDir.filePath(QStringLiteral("phrase"));
        QVERIFY(test::writeAll(phraseFile, phraseOf(created).toUtf8()));
        QProcess cast;
        cast.start(QStringLiteral(PASSBOOK_CAST), {QStringLiteral("wallet"), QStringLiteral("address"),
                                                   QStringLiteral("--mnemonic"), phraseFile});
        QVERIFY(cast.waitForFinished(30000));
        QCOMPARE(QString::fromLatin1(cast.readAllStandardOutput().trimmed()), address);

        const CliRun shown = cli(data, {QStringLiteral("address")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json.value(QStringLiteral("address")).toString(), address);

        // a second vault in the same data folder is refused, the first untouched
        const CliRun second = cli(data, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword);
        QCOMPARE(second.exitCode, 2);
        QCOMPARE(cli(data, {QStringLiteral("address")}).json.value(QStringLiteral("address")).toString(),
                 address);
    }

    void restoreOnANewDeviceGivesTheSameAddress()
    {
        const QString a = m_tmp.filePath(QStringLiteral("r1"));
        const QString b = m_tmp.filePath(QStringLiteral("r2"));
        const CliRun created = cli(a,
                                   {QStringLiteral("vault"), QStringLiteral("create"),
                                    QStringLiteral("--language"), QStringLiteral("zh_TW")},
                                   kPassword);
        QCOMPARE(created.exitCode, 0);
        const CliRun restored = cli(b, {QStringLiteral("vault"), QStringLiteral("restore")},
                                    phraseOf(created).toUtf8() + '\n' + kNewPassword);
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(restored.json.value(QStringLiteral("address")),
                 created.json.value(QStringLiteral("address")));
        QVERIFY(!restored.json.contains(QStringLiteral("recoveryPhrase")));
        QCOMPARE(cli(b, {QStringLiteral("vault"), QStringLiteral("check")}, kNewPassword).exitCode, 0);
    }

    void badPhrasesNameTheProblem()
    {
        const QString a = m_tmp.filePath(QStringLiteral("p1"));
        const CliRun created = cli(a, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword);
        QStringList words = phraseOf(created).split(QLatin1Char(' '));
        QStringList typo = words;
        typo[4] = QStringLiteral("notaword");
        CliRun r =
            cli(m_tmp.filePath(QStringLiteral("p2")), {QStringLiteral("vault"), QStringLiteral("restore")},
                typo.join(QLatin1Char(' ')).toUtf8() + '\n' + kPassword);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Word 5")), qPrintable(r.err));
        QVERIFY(!QDir(m_tmp.filePath(QStringLiteral("p2/profiles"))).exists() ||
                QDir(m_tmp.filePath(QStringLiteral("p2/profiles"))).isEmpty());
        QStringList swapped = words;
        // swapping two different words keeps every word valid but breaks the checksum (almost surely;
        // pick a pair that differs)
        int j = 1;
        while (j < 23 && words[j] == words[0]) {
            ++j;
        }
        swapped.swapItemsAt(0, j);
        r = cli(m_tmp.filePath(QStringLiteral("p3")), {QStringLiteral("vault"), QStringLiteral("restore")},
                swapped.join(QLatin1Char(' ')).toUtf8() + '\n' + kPassword);
        if (r.exitCode == 0) {
            // 1 in 256: the swapped phrase happened to be valid; it must then be a different identity
            QVERIFY(r.json.value(QStringLiteral("address")) != created.json.value(QStringLiteral("address")));
        } else {
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QStringLiteral("checksum")));
        }
    }

    void passwordsAndExitCodes()
    {
        const QString a = m_tmp.filePath(QStringLiteral("pw"));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword).exitCode, 0);
        const CliRun wrong =
            cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, "wrong wrong wrong\n");
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(
            wrong.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("wrong_password"));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("change-password")},
                     QByteArray(kPassword) + kNewPassword)
                     .exitCode,
                 0);
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kPassword).exitCode, 3);
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kNewPassword).exitCode, 0);
        // weak new password: refused, old one still works
        const CliRun weak = cli(a, {QStringLiteral("vault"), QStringLiteral("change-password")},
                                QByteArray(kNewPassword) + "1234\n");
        QCOMPARE(weak.exitCode, 2);
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kNewPassword).exitCode, 0);
        // no secret on stdin, unknown commands, no vault
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(cli(a, {QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check"), QStringLiteral("extra")}).exitCode,
                 2);
        QCOMPARE(cli(m_tmp.filePath(QStringLiteral("none")), {QStringLiteral("address")}).exitCode, 2);
    }

    // change-password gives the vault new keys. Straight after it, with no unlock in between: the old
    // vault.json put back alone opens nothing (exit 4, and the newer one put back opens everything); the
    // old vault.json and database put back together open only with the old password, with the old content.
    void changePasswordGivesNewKeysAndOldCopiesStayOld()
    {
        const QString a = m_tmp.filePath(QStringLiteral("rekey"));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword).exitCode, 0);
        const QString profile =
            a + QStringLiteral("/profiles/") +
            QDir(a + QStringLiteral("/profiles")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
        const QString header = profile + QStringLiteral("/vault.json");
        const QString db = profile + QStringLiteral("/passbook.db");
        const auto note = [&](const char *password, const QString &write = {}) -> QString {
            vault::VaultManager vault(profile);
            if (!vault.unlock(test::secret(password))) {
                return QStringLiteral("(does not open)");
            }
            if (!write.isEmpty() && !vault.database()->setMeta(QStringLiteral("test_note"), write)) {
                return QStringLiteral("(not written)");
            }
            const auto n = vault.database()->meta(QStringLiteral("test_note"));
            return n ? n.value() : QString();
        };
        const char *oldPassword = "correct horse battery staple";
        const char *newPassword = "purple elephant tuesday 42";
        QCOMPARE(note(oldPassword, QStringLiteral("before")), QStringLiteral("before"));
        const QByteArray oldHeader = test::readAll(header);
        const QByteArray oldDatabase = test::readAll(db);

        const CliRun changed = cli(a, {QStringLiteral("vault"), QStringLiteral("change-password")},
                                   QByteArray(kPassword) + kNewPassword);
        QCOMPARE(changed.exitCode, 0);
        QVERIFY(test::readAll(db).first(16) != oldDatabase.first(16)); // a new file under a new key
        const QByteArray newHeader = test::readAll(header);

        QVERIFY(test::writeAll(header, oldHeader));
        const CliRun alone = cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kPassword);
        QCOMPARE(alone.exitCode, 4);
        QVERIFY2(alone.err.contains(QStringLiteral("put back from before a password change")),
                 qPrintable(alone.err));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kNewPassword).exitCode, 3);
        QVERIFY(test::writeAll(header, newHeader));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kNewPassword).exitCode, 0);
        QCOMPARE(note(newPassword, QStringLiteral("after")), QStringLiteral("after"));

        QVERIFY(test::writeAll(header, oldHeader));
        QVERIFY(test::writeAll(db, oldDatabase));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kNewPassword).exitCode, 3);
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kPassword).exitCode, 0);
        QCOMPARE(note(oldPassword), QStringLiteral("before"));
    }

    // Typed on a terminal, a password is asked for and not echoed; the terminal gets its echo back.
    void secretsTypedOnATerminalAreNotEchoed()
    {
        const QString a = m_tmp.filePath(QStringLiteral("tty"));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword).exitCode, 0);
        const QByteArray current = QByteArray(kPassword).trimmed();
        const QByteArray next = QByteArray(kNewPassword).trimmed();
        bool echoRestored = false;
        const auto [shown, exitCode] = onTerminal(
            a, {QStringLiteral("vault"), QStringLiteral("change-password")}, {current, next}, echoRestored);
        QCOMPARE(exitCode, 0);
        QVERIFY2(shown.contains("Password: ") && shown.contains("New password: "), shown.constData());
        QVERIFY(!shown.contains(current));
        QVERIFY(!shown.contains(next));
        QVERIFY(echoRestored);
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kNewPassword).exitCode, 0);

        // Ctrl-C at the prompt ends the program and gives the terminal its echo back
        bool restoredAfterCtrlC = false;
        const auto [interrupted, interruptedCode] = onTerminal(
            a, {QStringLiteral("vault"), QStringLiteral("check")}, {QByteArray("\x03")}, restoredAfterCtrlC);
        QVERIFY2(interrupted.contains("Password: "), interrupted.constData());
        QVERIFY(interruptedCode != 0);
        QVERIFY(restoredAfterCtrlC);
    }

    void damagedDatabaseExitsFourAndRebuilds()
    {
        const QString a = m_tmp.filePath(QStringLiteral("dmg"));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword).exitCode, 0);
        const QString profile =
            QDir(a + QStringLiteral("/profiles")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
        const QString db = a + QStringLiteral("/profiles/") + profile + QStringLiteral("/passbook.db");
        QByteArray bytes = test::readAll(db);
        bytes[200] = char(bytes[200] ^ 0x40);
        QVERIFY(test::writeAll(db, bytes));
        const CliRun check = cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kPassword);
        QCOMPARE(check.exitCode, 4);
        QCOMPARE(
            check.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("damaged_database"));
        const CliRun rebuilt = cli(a, {QStringLiteral("vault"), QStringLiteral("rebuild-db")}, kPassword);
        QCOMPARE(rebuilt.exitCode, 0);
        QCOMPARE(test::readAll(rebuilt.json.value(QStringLiteral("keptAside")).toString()), bytes);
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kPassword).exitCode, 0);
    }

    void truncatedHeaderExitsFour()
    {
        const QString a = m_tmp.filePath(QStringLiteral("hdr"));
        QCOMPARE(cli(a, {QStringLiteral("vault"), QStringLiteral("create")}, kPassword).exitCode, 0);
        const QString profile =
            QDir(a + QStringLiteral("/profiles")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
        const QString header = a + QStringLiteral("/profiles/") + profile + QStringLiteral("/vault.json");
        const QByteArray original = test::readAll(header);
        QVERIFY(test::writeAll(header, original.left(100)));
        const CliRun check = cli(a, {QStringLiteral("vault"), QStringLiteral("check")}, kPassword);
        QCOMPARE(check.exitCode, 4);
        QVERIFY(check.err.contains(QStringLiteral("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
