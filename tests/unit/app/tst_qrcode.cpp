// QR codes: what the app draws (libqrencode) is read back (zxing-cpp) as the same text, for a
// caregiver code and a full care-invite code, also from a PNG file and scaled down like a photo;
// a picture without a code, a file that is no picture and a missing file get a sentence; and the
// camera path — frames handed to a QVideoSink, decoded off the GUI thread — finds the code once.
#include "QrImageProvider.h"
#include "QrScanner.h"
#include "TestHelpers.h"
#include "consent/CareInvite.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

using namespace passbook;

class TestQrCode : public QObject
{
    Q_OBJECT

    static QVideoFrame frameOf(const QImage &source)
    {
        const QImage image = source.convertToFormat(QImage::Format_ARGB32);
        QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
        frame.map(QVideoFrame::WriteOnly);
        for (int y = 0; y < image.height(); ++y) {
            memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
                   size_t(image.width() * 4));
        }
        frame.unmap();
        return frame;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("caregiver code") << crypto::SigningKey::generate().address().toChecksumString();
        QList<crypto::Address> hospitals;
        for (int i = 0; i < 3; ++i) {
            hospitals << crypto::SigningKey::generate().address();
        }
        QTest::newRow("invite code") << consent::CareInvite::create(crypto::SigningKey::generate(), 31337,
                                                                    hospitals);
        QTest::newRow("unicode") << QStringLiteral("爸爸 아버지");
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const QImage image = app::qr::render(text, 4);
        QVERIFY(!image.isNull());
        auto read = app::qr::read(image);
        PB_VERIFY_OK(read);
        QCOMPARE(read.value(), text);
        // as the QML image provider draws it for a 240-pixel box: whole pixels per module, still read
        const QImage sized = app::qr::renderToWidth(text, 240);
        QVERIFY(sized.width() <= 240 && sized.width() > 120);
        auto fromSized = app::qr::read(sized);
        PB_VERIFY_OK(fromSized);
        QCOMPARE(fromSized.value(), text);
        // a photo of a screen: smaller, on a grey background
        QImage photo(image.width() + 200, image.height() + 120, QImage::Format_RGB32);
        photo.fill(QColor(90, 90, 90));
        QPainter(&photo).drawImage(100, 60, image);
        auto fromPhoto =
            app::qr::read(photo.scaled(photo.size() * 0.8, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        PB_VERIFY_OK(fromPhoto);
        QCOMPARE(fromPhoto.value(), text);
        // from a file
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(image.save(path));
        auto fromFile = app::qr::readFile(QUrl::fromLocalFile(path).toString());
        PB_VERIFY_OK(fromFile);
        QCOMPARE(fromFile.value(), text);
    }

    void noCodeIsSaidInWords()
    {
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        auto r = app::qr::read(blank);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().message.contains(QStringLiteral("No QR code")));

        QTemporaryDir dir;
        const QString notPicture = dir.filePath(QStringLiteral("notes.png"));
        QFile f(notPicture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a PNG");
        f.close();
        auto bad = app::qr::readFile(notPicture);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("not a picture")));
        QVERIFY(!app::qr::readFile(dir.filePath(QStringLiteral("missing.png"))).ok());
        QVERIFY(app::qr::render(QString(8000, QLatin1Char('x'))).isNull()); // too long for a QR code
    }

    void cameraFramesFindTheCodeOnce()
    {
        QVideoSink sink;
        app::QrScanner scanner;
        scanner.setIntervalMs(0);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &app::QrScanner::found);
        // frames without a code first: read, nothing found
        QImage empty(320, 240, QImage::Format_RGB32);
        empty.fill(Qt::white);
        sink.setVideoFrame(frameOf(empty));
        QTRY_COMPARE(scanner.framesRead(), 1);
        QCOMPARE(found.size(), 0);
        // then the code
        const QString code = crypto::SigningKey::generate().address().toChecksumString();
        QImage withCode(480, 480, QImage::Format_RGB32);
        withCode.fill(QColor(200, 200, 200));
        QPainter(&withCode).drawImage(40, 40, app::qr::render(code, 8));
        for (int i = 0; i < 20 && found.isEmpty(); ++i) {
            sink.setVideoFrame(frameOf(withCode));
            QTest::qWait(20);
        }
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.first().first().toString(), code);
        QVERIFY(!scanner.scanning());
        // reported once: more frames of the same code do nothing until restarted
        const int read = scanner.framesRead();
        sink.setVideoFrame(frameOf(withCode));
        QTest::qWait(100);
        QCOMPARE(scanner.framesRead(), read);
        QCOMPARE(found.size(), 1);
        scanner.restart();
        sink.setVideoFrame(frameOf(withCode));
        QTRY_COMPARE(found.size(), 2);
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
