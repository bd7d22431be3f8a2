#pragma once

#include "common/Result.h"

#include <QImage>
#include <QQuickImageProvider>
#include <QString>

namespace passbook::app {

// QR codes for what people pass between phones: a caregiver's address, a care-invite code.
// Encoding with libqrencode, reading with zxing-cpp (a photo or screenshot of a code).
namespace qr {

// Black modules on white with a four-module quiet zone, `scale` pixels per module. Null when the
// text does not fit in a QR code.
[[nodiscard]] QImage render(const QString &text, int scale = 8);
// The same, as many whole pixels per module as fit in `width`.
[[nodiscard]] QImage renderToWidth(const QString &text, int width);
// The text of the one QR code in the image; a sentence for people when there is none.
[[nodiscard]] Result<QString> read(const QImage &image);
[[nodiscard]] Result<QString> readFile(const QString &pathOrUrl);

} // namespace qr

// "image://qr/<percent-encoded text>" for QML Image.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace passbook::app
