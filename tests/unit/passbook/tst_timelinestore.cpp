#include "VaultTestSupport.h"
#include "passbook/TimelineStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ::passbook::passbook;
namespace vault = ::passbook::vault;
namespace crypto = ::passbook::crypto;
namespace test = ::passbook::test;

namespace {
IngestItem item(const QString &id, int category, const QDateTime &date, const QString &title,
                const QString &summary = {}, const QString &dedup = {})
{
    IngestItem i;
    i.entry.resourceType = QStringLiteral("Observation");
    i.entry.resourceId = id;
    i.entry.versionId = QStringLiteral("1");
    i.entry.category = category;
    i.entry.date = date;
    i.entry.lastUpdated = date;
    i.entry.title = title;
    i.entry.summary = summary;
    i.entry.codes = {
        {QStringLiteral("http://loinc.org"), QStringLiteral("1558-6"), QStringLiteral("Fasting glucose")}};
    i.entry.dedupKey = dedup;
    i.resource = "{\"resourceType\":\"Observation\",\"id\":\"" + id.toUtf8() + "\"}";
    i.integrity = Integrity::Verified;
    return i;
}

const QString kA = QStringLiteral("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kB = QStringLiteral("0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QDateTime kT0(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
} // namespace

// The timeline on a real SQLCipher vault database: ingest, keyset paging, filters, FTS4 search in
// English, Chinese and Korean, de-duplication across hospitals, and removal of a hospital.
class TestTimelineStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultManager> m_vault;

    TimelineStore store() { return TimelineStore(*m_vault->database()); }

    // Pages through `filter` 40 rows at a time with the keyset cursor: every row once, newest first.
    static void pageThrough(const TimelineStore &s, const TimelineFilter &filter, int expected)
    {
        QSet<qint64> seen;
        PageCursor cursor;
        QDateTime last = QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::max() / 2);
        for (int guard = 0; guard < 100; ++guard) {
            auto page = s.page(filter, cursor, 40);
            QVERIFY(page);
            if (page.value().isEmpty()) {
                break;
            }
            for (const TimelineRow &r : page.value()) {
                QVERIFY(!seen.contains(r.id));
                QVERIFY(r.entry.date <= last);
                last = r.entry.date;
                seen.insert(r.id);
            }
            cursor = {page.value().last().entry.date.toMSecsSinceEpoch(), page.value().last().id};
        }
        QCOMPARE(int(seen.size()), expected);
    }

private slots:
    void initTestCase()
    {
        m_vault = std::make_unique<vault::VaultManager>(m_dir.filePath(QStringLiteral("p")));
        test::useFastKdf(*m_vault);
        QVERIFY(m_vault->create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        auto s = store();
        QVERIFY(s.saveHospital({kA,
                                QStringLiteral("Taipei City Hospital"),
                                QStringLiteral("http://127.0.0.1:1"),
                                QStringLiteral("Patient/A1"),
                                1,
                                0,
                                {},
                                {}}));
        QVERIFY(s.saveHospital({kB,
                                QStringLiteral("Myongji Hospital"),
                                QStringLiteral("http://127.0.0.1:2"),
                                QStringLiteral("Patient/B1"),
                                2,
                                0,
                                {},
                                {}}));
    }

    void ingestCountsAndUpdates()
    {
        auto s = store();
        QList<IngestItem> items;
        for (int i = 0; i < 250; ++i) {
            items << item(QStringLiteral("a%1").arg(i), i % 2 ? 4 : 14, kT0.addDays(i),
                          QStringLiteral("Fasting glucose %1").arg(i),
                          QStringLiteral("%1 mg/dL").arg(90 + i));
        }
        auto counts = s.ingest(kA, items);
        QVERIFY(counts);
        QCOMPARE(counts.value().added, 250);
        // Same again: unchanged; a new version: updated and re-indexed.
        items[10].entry.versionId = QStringLiteral("2");
        items[10].entry.title = QStringLiteral("Hemoglobin A1c");
        items[10].resource += ' ';
        counts = s.ingest(kA, items);
        QCOMPARE(counts.value().unchanged, 249);
        QCOMPARE(counts.value().updated, 1);
        TimelineFilter f;
        f.search = QStringLiteral("a1c");
        QCOMPARE(s.count(f).value(), 1);
        f.search = QStringLiteral("hemoglobin");
        QCOMPARE(s.count(f).value(), 1);
        QCOMPARE(s.count({}).value(), 250);
    }

    void keysetPagingVisitsEveryRowOnce()
    {
        auto s = store();
        pageThrough(s, {}, 250);
    }

    void searchResultsPageNewestFirst()
    {
        auto s = store();
        TimelineFilter f;
        f.search = QStringLiteral("glucose");
        pageThrough(s, f, 250);
        QCOMPARE(s.count(f).value(), 250);
    }

    void filters()
    {
        auto s = store();
        TimelineFilter f;
        f.categories = 1U << 4;
        QCOMPARE(s.count(f).value(), 125);
        f.categories = (1U << 4) | (1U << 14);
        QCOMPARE(s.count(f).value(), 250);
        f.categories = 1U << 7;
        QCOMPARE(s.count(f).value(), 0);
        TimelineFilter h;
        h.hospital = kB;
        QCOMPARE(s.count(h).value(), 0);
    }

    void searchInThreeLanguages()
    {
        auto s = store();
        QVERIFY(s.ingest(
            kB,
            {item(QStringLiteral("b1"), 4, kT0, QStringLiteral("空腹血糖"), QStringLiteral("偏高")),
             item(QStringLiteral("b2"), 4, kT0, QStringLiteral("공복혈당 검사"), QStringLiteral("정상")), [] {
                 IngestItem doc = item(QStringLiteral("b3"), 8, kT0, QStringLiteral("Discharge summary"),
                                       QStringLiteral("Appendectomy, uneventful"));
                 doc.entry.codes = {{QStringLiteral("http://loinc.org"), QStringLiteral("18842-5"),
                                     QStringLiteral("Discharge summary")}};
                 return doc;
             }()}));
        const auto hits = [&](const QString &q) {
            TimelineFilter f;
            f.search = q;
            return s.count(f).value();
        };
        QCOMPARE(hits(QStringLiteral("血糖")), 1);   // inside a longer word
        QCOMPARE(hits(QStringLiteral("혈당")), 1);   // inside a Korean word
        QCOMPARE(hits(QStringLiteral("append")), 1); // prefix
        QCOMPARE(hits(QStringLiteral("discharge appendectomy")), 1);
        QCOMPARE(hits(QStringLiteral("discharge glucose")), 0);
        QCOMPARE(hits(QStringLiteral("18842")), 1); // codes are searchable
        // FTS syntax is never passed through.
        QCOMPARE(hits(QStringLiteral("\"")), 0);
        QCOMPARE(hits(QStringLiteral("glucose OR NEAR*")), 0);
        TimelineFilter odd;
        odd.search = QStringLiteral("(*) AND -");
        QVERIFY(s.page(odd, {}, 10));
    }

    void duplicatesAcrossHospitals()
    {
        auto s = store();
        QVERIFY(s.ingest(kA, {item(QStringLiteral("d1"), 4, kT0.addYears(1), QStringLiteral("Creatinine"),
                                   QStringLiteral("0.9 mg/dL"), QStringLiteral("dup-key"))}));
        auto c = s.ingest(kB, {item(QStringLiteral("d2"), 4, kT0.addYears(1), QStringLiteral("Creatinine"),
                                    QStringLiteral("0.9 mg/dL"), QStringLiteral("dup-key"))});
        QCOMPARE(c.value().duplicates, 1);
        TimelineFilter f;
        f.search = QStringLiteral("creatinine");
        QCOMPARE(s.count(f).value(), 1);
        f.includeDuplicates = true;
        QCOMPARE(s.count(f).value(), 2);
    }

    void removingAHospitalRemovesItsRecordsOnly()
    {
        auto s = store();
        auto removed = s.removeHospital(kA);
        QVERIFY(removed);
        QCOMPARE(removed.value(), 251);
        TimelineFilter f;
        f.search = QStringLiteral("creatinine");
        QCOMPARE(s.count(f).value(), 1); // B's copy is no longer a duplicate of anything
        TimelineFilter a;
        a.hospital = kA;
        a.includeDuplicates = true;
        QCOMPARE(s.count(a).value(), 0);
        QCOMPARE(s.hospitals().value().size(), 1);
    }

    void exportsEveryRecordAsOneBundle()
    {
        auto s = store();
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        auto n = s.exportBundle(path);
        QVERIFY(n);
        QCOMPARE(n.value(), int(s.count([] {
                                     TimelineFilter f;
                                     f.includeDuplicates = true;
                                     f.includeUnmapped = true;
                                     return f;
                                 }())
                                    .value()));
        const QJsonObject bundle = QJsonDocument::fromJson(test::readAll(path)).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("entry")).toArray().size(), n.value());
        QCOMPARE(bundle.value(QStringLiteral("entry"))
                     .toArray()
                     .first()[QStringLiteral("resource")][QStringLiteral("resourceType")]
                     .toString(),
                 QStringLiteral("Observation"));
        QVERIFY(!s.exportBundle(m_dir.filePath(QStringLiteral("no/such/folder/x.json"))));
    }

    void survivesLockAndUnlock()
    {
        m_vault->lock();
        QVERIFY(m_vault->unlock(test::secret(test::kGoodPassword)));
        auto s = store();
        QCOMPARE(s.count({}).value(), 4);
        auto row = s.entry(s.page({}, {}, 1).value().first().id);
        QVERIFY(row && row.value());
        QVERIFY(!row.value()->resource.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "tst_timelinestore.moc"
