#include "RecordController.h"
#include "SessionController.h"
#include "TimelineModel.h"
#include "VaultTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ::passbook::app::RecordController;
using ::passbook::app::SessionController;
using ::passbook::app::TimelineModel;
namespace pb = ::passbook::passbook;
namespace test = ::passbook::test;

// The timeline model over a real vault database: QAbstractItemModelTester on every change, pages
// fetched on demand (never every row), filters, locking, and the record controller's fields and
// trend.
class TestTimelineModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<::passbook::vault::VaultManager> m_vault;
    std::unique_ptr<SessionController> m_passbook;
    const QString kHospital = QStringLiteral("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

private slots:
    void initTestCase()
    {
        m_vault = std::make_unique<::passbook::vault::VaultManager>(m_dir.filePath(QStringLiteral("p")));
        test::useFastKdf(*m_vault);
        QVERIFY(m_vault->create(test::secret(test::kGoodPassword),
                                ::passbook::crypto::WordlistLanguage::English));
        m_passbook = std::make_unique<SessionController>(m_vault.get());
        QVERIFY(m_passbook->store());
        QVERIFY(m_passbook->store()->saveHospital({kHospital,
                                                   QStringLiteral("Taipei City Hospital"),
                                                   QStringLiteral("http://127.0.0.1:1"),
                                                   QStringLiteral("Patient/A"),
                                                   1,
                                                   0,
                                                   {},
                                                   {}}));
        QList<pb::IngestItem> items;
        const QDateTime t0(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 250; ++i) {
            pb::IngestItem it;
            it.entry.resourceType = QStringLiteral("Observation");
            it.entry.resourceId = QStringLiteral("o%1").arg(i);
            it.entry.versionId = QStringLiteral("1");
            it.entry.category = i % 5 == 0 ? 14 : 4;
            it.entry.date = t0.addDays(i);
            it.entry.title = i % 5 == 0 ? QStringLiteral("Heart rate") : QStringLiteral("Fasting glucose");
            it.entry.value = 90 + i % 20;
            it.entry.unit = QStringLiteral("mg/dL");
            it.entry.summary = QStringLiteral("%1 mg/dL").arg(90 + i % 20);
            it.entry.outOfRange = i % 20 > 9;
            it.entry.trendKey = i % 5 == 0 ? QStringLiteral("loinc|8867-4") : QStringLiteral("loinc|1558-6");
            it.entry.codes = {{QStringLiteral("http://loinc.org"), QStringLiteral("1558-6"),
                               QStringLiteral("Fasting glucose")}};
            it.resource =
                R"({"resourceType":"Observation","referenceRange":[{"low":{"value":70},"high":{"value":99}}]})";
            it.integrity = pb::Integrity::Verified;
            it.proof =
                QStringLiteral(R"({"custodian":"0xaa","root":"0x1234","seq":3,"index":7,"path":["L:0x00"]})");
            items << it;
        }
        QVERIFY(m_passbook->store()->ingest(kHospital, items));
    }

    void pagesOnDemand()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setController(m_passbook.get());
        QCOMPARE(model.total(), 250);
        QCOMPARE(model.rowCount(), TimelineModel::kPageSize); // the first page only
        // pages arrive from the event loop as more is asked for (the tester asks after each insert)
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        // newest first, and the roles QML uses
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(TimelineModel::DayRole).toString(), QStringLiteral("2020-09-06"));
        QCOMPARE(first.data(TimelineModel::HospitalNameRole).toString(),
                 QStringLiteral("Taipei City Hospital"));
        QCOMPARE(first.data(TimelineModel::IntegrityRole).toString(), QStringLiteral("verified"));
        QVERIFY(model.roleNames().values().contains("categoryKey"));
    }

    void filters()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setController(m_passbook.get());
        model.setCategories(1 << 14);
        QCOMPARE(model.total(), 50);
        QCOMPARE(model.index(0, 0).data(TimelineModel::CategoryKeyRole).toString(), QStringLiteral("vitals"));
        model.setCategories(0);
        model.setSearch(QStringLiteral("heart"));
        QCOMPARE(model.total(), 50);
        model.setSearch(QStringLiteral("nothing like this"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});
        model.setHospital(QStringLiteral("0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        QCOMPARE(model.total(), 0);
    }

    void recordController()
    {
        TimelineModel model;
        model.setController(m_passbook.get());
        RecordController record;
        record.setController(m_passbook.get());
        record.setEntryId(model.index(1, 0).data(TimelineModel::EntryIdRole).toLongLong());
        QVERIFY(record.found());
        QCOMPARE(record.hospitalName(), QStringLiteral("Taipei City Hospital"));
        QCOMPARE(record.integrity(), QStringLiteral("verified"));
        QCOMPARE(record.proof().value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(record.trend().size(), 200); // every glucose value, oldest first
        QStringList labels;
        for (const QVariant &f : record.fields()) {
            labels << f.toMap().value(QStringLiteral("label")).toString();
        }
        QVERIFY(labels.contains(QStringLiteral("Reference range")));
        QCOMPARE(record.codes().first().toMap().value(QStringLiteral("system")).toString(),
                 QStringLiteral("LOINC"));
        QVERIFY(record.fhirJson().contains(QLatin1String("referenceRange")));
    }

    void lockingEmptiesEverything()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setController(m_passbook.get());
        QVERIFY(model.rowCount() > 0);
        m_vault->lock();
        QVERIFY(!m_passbook->store());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_vault->unlock(test::secret(test::kGoodPassword)));
        QCOMPARE(model.total(), 250);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
