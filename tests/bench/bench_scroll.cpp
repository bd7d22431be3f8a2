// Scrolling the timeline with 200 000 entries (DESIGN.md §8: 60 frames per second, resident memory
// <= 200 MB): fills a vault with N synthetic passbook entries (varied categories, dates, titles,
// values), then runs the real app on it under the current display (tools/bench uses Xvfb) with
// --bench-scroll, which scrolls at a steady fling for a few seconds and reports frame times and
// peak resident memory.
// Usage: bench_scroll APP [ENTRIES] [SECONDS] [WxH]
#include "passbook/TimelineStore.h"
#include "vault/ProfileStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace passbook;
using ::passbook::passbook::IngestItem;
using ::passbook::passbook::TimelineStore;

namespace {
const char *kPassword = "correct horse battery staple";

IngestItem entry(int i)
{
    static const char *const titles[] = {"Hemoglobin A1c/Hemoglobin.total in Blood",
                                         "Body weight",
                                         "Blood pressure panel",
                                         "Glucose [Mass/volume] in Serum or Plasma",
                                         "Outpatient visit",
                                         "Influenza vaccine",
                                         "Metformin 500 mg tablet",
                                         "Chest X-ray",
                                         "Discharge summary",
                                         "Acupuncture"};
    static const int categories[] = {4, 14, 14, 4, 0, 7, 2, 5, 8, 10};
    IngestItem item;
    fhir::PassbookEntry &e = item.entry;
    const int kind = i % 10;
    e.resourceType = QStringLiteral("Observation");
    e.resourceId = QStringLiteral("bench-%1").arg(i);
    e.versionId = QStringLiteral("1");
    e.category = categories[kind];
    e.date = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(-qint64(i) * 1800);
    e.lastUpdated = e.date;
    e.title = QString::fromLatin1(titles[kind]);
    e.value = 5.0 + (i % 37) / 10.0;
    e.unit = QStringLiteral("%");
    e.summary = QStringLiteral("%1 %2 (ref 4–5.6)").arg(*e.value).arg(e.unit);
    e.outOfRange = *e.value > 5.6;
    e.status = QStringLiteral("final");
    e.codes = {{QStringLiteral("http://loinc.org"), QStringLiteral("4548-4"), e.title}};
    e.trendKey = QStringLiteral("http://loinc.org|4548-4");
    item.resource = QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), e.resourceType},
                                              {QStringLiteral("id"), e.resourceId}})
                        .toJson(QJsonDocument::Compact);
    item.integrity = ::passbook::passbook::Integrity::Verified;
    return item;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_scroll APP [ENTRIES] [SECONDS] [WxH]\n");
        return 2;
    }
    const QString appPath = QString::fromLocal8Bit(argv[1]);
    const int entries = argc > 2 ? std::max(1000, atoi(argv[2])) : 200000;
    const QString seconds = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("10");
    const QString size = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QStringLiteral("390x844");

    QTemporaryDir data;
    {
        vault::ProfileStore profiles(data.path());
        vault::VaultManager vault(profiles.defaultProfileDir());
        vault.setKdfCost(1, 64ULL << 20);
        if (!vault.create(crypto::SecureBuffer::copyOf(QByteArrayView(kPassword)),
                          crypto::WordlistLanguage::English)) {
            std::fprintf(stderr, "bench_scroll: cannot create the vault\n");
            return 1;
        }
        TimelineStore store(*vault.database());
        ::passbook::passbook::Hospital h;
        h.participant = QStringLiteral("0x00000000000000000000000000000000000000b1");
        h.name = QStringLiteral("Taipei City Hospital");
        h.endpoint = QStringLiteral("http://127.0.0.1:1");
        h.patientRef = QStringLiteral("Patient/TCH-1001");
        (void)store.saveHospital(h);
        QElapsedTimer t;
        t.start();
        QList<IngestItem> batch;
        for (int i = 0; i < entries; ++i) {
            batch << entry(i);
            if (batch.size() == 8000 || i + 1 == entries) {
                if (!store.ingest(h.participant, batch)) {
                    std::fprintf(stderr, "bench_scroll: ingest failed\n");
                    return 1;
                }
                batch.clear();
            }
        }
        (void)store.optimizeSearchIndex();
        std::fprintf(stderr, "bench_scroll: %d entries in %.1f s\n", entries, double(t.elapsed()) / 1000);
        vault.lock();
    }
    QProcess run;
    run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    run.start(appPath,
              {QStringLiteral("--data"), data.path(), QStringLiteral("--kdf-cost"), QStringLiteral("1,64"),
               QStringLiteral("--size"), size, QStringLiteral("--bench-scroll"), seconds});
    run.write(QByteArray(kPassword) + '\n');
    run.closeWriteChannel();
    if (!run.waitForFinished(300000) || run.exitCode() != 0) {
        std::fprintf(stderr, "bench_scroll: the app did not finish the run\n");
        return 1;
    }
    const QByteArray out = run.readAllStandardOutput();
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}
