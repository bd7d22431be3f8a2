#include "QrCode.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QUrl>

#include <qrencode.h>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <memory>

namespace passbook::app::qr {

QImage render(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || scale < 1) {
        return {};
    }
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + quiet) * scale + dy);
                std::fill_n(line + (x + quiet) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

Result<QString> read(const QImage &source)
{
    if (source.isNull()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("passbook", "That file is not a picture this app can open."),
            QStringLiteral("null image"));
    }
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("passbook", "No QR code could be read in that picture. Try a sharper "
                                                    "picture, or paste the code as text."),
            QStringLiteral("no QR code found"));
    }
    return QString::fromStdString(result.text());
}

Result<QString> readFile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    QImageReader reader(url.isLocalFile() ? url.toLocalFile() : pathOrUrl);
    reader.setAutoTransform(true);
    // a phone photo is large; a QR code needs no more than this to be read
    if (reader.size().isValid() && (reader.size().width() > 2400 || reader.size().height() > 2400)) {
        reader.setScaledSize(reader.size().scaled(2400, 2400, Qt::KeepAspectRatio));
    }
    return read(reader.read());
}

} // namespace passbook::app::qr

namespace passbook::app {

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    QImage image = qr::render(text, 8);
    if (!image.isNull() && requestedSize.isValid() && requestedSize.width() > 0) {
        // whole pixels per module keep the code crisp and readable
        const int modules = image.width() / 8;
        const int scale = std::max(1, requestedSize.width() / modules);
        image = qr::render(text, scale);
    }
    if (size) {
        *size = image.size();
    }
    return image;
}

} // namespace passbook::app
