#include "QrImageProvider.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QUrl>

#include <qrencode.h>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <memory>

namespace passbook::app::qr {

namespace {
constexpr int kQuiet = 4; // modules of white around the code

using Code = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

Code encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return Code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
}

QImage draw(const Code &code, int scale)
{
    if (!code || scale < 1) {
        return {};
    }
    const int modules = code->width + 2 * kQuiet;
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + kQuiet) * scale + dy);
                std::fill_n(line + (x + kQuiet) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}
} // namespace

QImage render(const QString &text, int scale)
{
    return draw(encode(text), scale);
}

QImage renderToWidth(const QString &text, int width)
{
    const Code code = encode(text);
    // whole pixels per module keep the code crisp and readable
    return code ? draw(code, std::max(1, width / (code->width + 2 * kQuiet))) : QImage();
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
    const QImage image = requestedSize.isValid() && requestedSize.width() > 0
                             ? qr::renderToWidth(text, requestedSize.width())
                             : qr::render(text, 8);
    if (size) {
        *size = image.size();
    }
    return image;
}

} // namespace passbook::app
