// passbook-cli end to end against the local consortium: connect three hospitals, sync, read the
// timeline with filters and search, open one record, disconnect. Then the same with the Synthea
// fixtures served by the hospital nodes: every clinical resource lands in a category, verified.
#include "CliRunner.h"
#include "ConsortiumFixture.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace passbook;

namespace {
using test::CliRun;
const QByteArray kPassword = "correct horse battery staple\n";
} // namespace

class TestCliRecords : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_net;
    QTemporaryDir m_data;

    CliRun cli(const QStringList &args, const QString &data = {})
    {
        return test::runCli(data.isEmpty() ? m_data.path() : data, args, kPassword);
    }

    void connectAll(test::ConsortiumFixture &net, int patient, const QString &data)
    {
        QCOMPARE(cli({QStringLiteral("network"), QStringLiteral("use"), net.networkFile()}, data).exitCode,
                 0);
        for (int i = 0; i < 3; ++i) {
            const CliRun r = cli({QStringLiteral("hospital"), QStringLiteral("connect"),
                                  net.participant(i).toChecksumString(), net.activationCode(patient, i)},
                                 data);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_net.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(cli({QStringLiteral("vault"), QStringLiteral("create")}).exitCode, 0);
    }
    void cleanupTestCase() { m_net.down(); }

    void connectSyncAndRead()
    {
        connectAll(m_net, 0, m_data.path());
        const CliRun sync = cli({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(sync.json.value(QStringLiteral("ok")).toBool());
        QVERIFY(
            sync.json.value(QStringLiteral("ledger")).toObject().contains(QStringLiteral("throughBlock")));
        int fetched = 0;
        for (const QJsonValue &h : sync.json.value(QStringLiteral("hospitals")).toArray()) {
            fetched += h.toObject().value(QStringLiteral("fetched")).toInt();
            QCOMPARE(h.toObject().value(QStringLiteral("verified")).toInt(),
                     h.toObject().value(QStringLiteral("fetched")).toInt());
        }
        QVERIFY(fetched > 500);

        const CliRun all = cli({QStringLiteral("timeline"), QStringLiteral("--limit"), QStringLiteral("20")});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray entries = all.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 20);
        for (int i = 1; i < entries.size(); ++i) {
            QVERIFY(entries[i - 1][QStringLiteral("date")].toString() >=
                    entries[i][QStringLiteral("date")].toString());
        }
        const CliRun labs =
            cli({QStringLiteral("timeline"), QStringLiteral("--category"), QStringLiteral("labs"),
                 QStringLiteral("--search"), QStringLiteral("hemoglobin a1c")});
        QCOMPARE(labs.exitCode, 0);
        QVERIFY(!labs.json.value(QStringLiteral("entries")).toArray().isEmpty());
        for (const QJsonValue &e : labs.json.value(QStringLiteral("entries")).toArray()) {
            QCOMPARE(e[QStringLiteral("category")].toString(), QStringLiteral("labs"));
            QVERIFY(e[QStringLiteral("title")].toString().contains(QLatin1String("A1c")));
            QVERIFY(e[QStringLiteral("summary")].toString().contains(QLatin1String("%")));
        }
        const CliRun tcm =
            cli({QStringLiteral("timeline"), QStringLiteral("--search"), QStringLiteral("中醫")});
        QVERIFY(!tcm.json.value(QStringLiteral("entries")).toArray().isEmpty());
        const CliRun one =
            cli({QStringLiteral("record"), QString::number(entries[0][QStringLiteral("id")].toInt())});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.json.value(QStringLiteral("fhir")).toObject().contains(QStringLiteral("resourceType")));
        QVERIFY(one.json.value(QStringLiteral("proof")).toObject().contains(QStringLiteral("root")));

        const QString exported = m_data.filePath(QStringLiteral("my-records.json"));
        const CliRun exportRun = cli({QStringLiteral("export"), exported});
        QCOMPARE(exportRun.exitCode, 0);
        const QJsonObject bundle = QJsonDocument::fromJson(test::readAll(exported)).object();
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        QCOMPARE(bundle.value(QStringLiteral("entry")).toArray().size(),
                 exportRun.json.value(QStringLiteral("records")).toInt());
        QVERIFY(exportRun.json.value(QStringLiteral("records")).toInt() >= fetched);
        const CliRun bad =
            cli({QStringLiteral("timeline"), QStringLiteral("--category"), QStringLiteral("astrology")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("astrology")));
        QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("999999")}).exitCode, 2);
    }

    void connectErrorsAndDisconnect()
    {
        const CliRun again = cli({QStringLiteral("hospital"), QStringLiteral("connect"),
                                  m_net.participant(0).toChecksumString(), m_net.activationCode(0, 0)});
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains(QLatin1String("already been used")), qPrintable(again.err));
        QCOMPARE(cli({QStringLiteral("hospital"), QStringLiteral("connect"), QStringLiteral("not-an-address"),
                      QStringLiteral("X")})
                     .exitCode,
                 2);

        const CliRun connected = cli({QStringLiteral("hospital"), QStringLiteral("connected")});
        QCOMPARE(connected.json.value(QStringLiteral("hospitals")).toArray().size(), 3);
        const CliRun gone = cli({QStringLiteral("hospital"), QStringLiteral("disconnect"),
                                 m_net.participant(2).toChecksumString()});
        QCOMPARE(gone.exitCode, 0);
        QVERIFY(gone.json.value(QStringLiteral("removed")).toInt() > 0);
        const CliRun after = cli({QStringLiteral("timeline"), QStringLiteral("--hospital"),
                                  m_net.participant(2).toChecksumString()});
        QCOMPARE(after.json.value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("hospital"), QStringLiteral("connected")})
                     .json.value(QStringLiteral("hospitals"))
                     .toArray()
                     .size(),
                 2);
    }

    void syntheaPatientsThroughTheHospitalNodes()
    {
        const QString fixtures = QStringLiteral(PASSBOOK_SOURCE_DIR "/../shared/fixtures/synthea");
        if (!QDir(fixtures).exists()) {
            QSKIP("../shared/fixtures/synthea is not present on this machine");
        }
        test::ConsortiumFixture synthea;
        const QString problem = synthea.up({QStringLiteral("--patients"), fixtures});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const int patients = int(synthea.sandbox.value(QStringLiteral("patients")).toArray().size());
        QCOMPARE(patients, 8);
        QMap<QString, int> byCategory;
        int total = 0;
        for (int k = 0; k < patients; ++k) {
            QTemporaryDir data;
            QCOMPARE(cli({QStringLiteral("vault"), QStringLiteral("create")}, data.path()).exitCode, 0);
            connectAll(synthea, k, data.path());
            const CliRun sync = cli({QStringLiteral("sync")}, data.path());
            QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
            for (const QJsonValue &hv : sync.json.value(QStringLiteral("hospitals")).toArray()) {
                const QJsonObject h = hv.toObject();
                QCOMPARE(h.value(QStringLiteral("rejected")).toInt(), 0);
                QCOMPARE(h.value(QStringLiteral("unmapped")).toInt(), 0);
                QCOMPARE(h.value(QStringLiteral("verified")).toInt(),
                         h.value(QStringLiteral("fetched")).toInt());
                total += h.value(QStringLiteral("fetched")).toInt();
                const QJsonObject cats = h.value(QStringLiteral("byCategory")).toObject();
                for (auto it = cats.begin(); it != cats.end(); ++it) {
                    byCategory[it.key()] += it.value().toInt();
                }
            }
        }
        QString counts;
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
            counts += QStringLiteral(" %1:%2").arg(it.key()).arg(it.value());
        }
        qInfo("Synthea through the hospital nodes: %d patients, %d clinical resources, all verified; by "
              "category%s",
              patients, total, qPrintable(counts));
        QVERIFY(total > 2500);
        synthea.down();
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
