#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVideoSink>

namespace passbook::app {

// Reads QR codes from a camera's frames (QML: a CaptureSession's VideoOutput.videoSink). A few
// frames a second are decoded off the GUI thread with zxing-cpp; the first code found is
// reported once, then the scanner stops until restarted.
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool scanning READ scanning NOTIFY scanningChanged)
    Q_PROPERTY(int framesRead READ framesRead NOTIFY framesReadChanged)

public:
    explicit QrScanner(QObject *parent = nullptr);
    ~QrScanner() override;

    [[nodiscard]] QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    [[nodiscard]] bool scanning() const { return m_scanning; }
    [[nodiscard]] int framesRead() const { return m_framesRead; }
    void setIntervalMs(int ms) { m_intervalMs = ms; }

    Q_INVOKABLE void restart();

signals:
    void videoSinkChanged();
    void scanningChanged();
    void framesReadChanged();
    void found(const QString &text);

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QFutureWatcher<QString> m_decode;
    QElapsedTimer m_sinceLast;
    int m_intervalMs = 250;
    int m_framesRead = 0;
    bool m_scanning = true;
};

} // namespace passbook::app
