#include "QrScanner.h"

#include "QrImageProvider.h"

#include <QImage>
#include <QVideoFrame>
#include <QtConcurrent/QtConcurrentRun>

namespace passbook::app {

QrScanner::QrScanner(QObject *parent) : QObject(parent)
{
    connect(&m_decode, &QFutureWatcher<QString>::finished, this, [this] {
        ++m_framesRead;
        emit framesReadChanged();
        const QString text = m_decode.result();
        if (m_scanning && !text.isEmpty()) {
            m_scanning = false;
            emit scanningChanged();
            emit found(text);
        }
    });
}

QrScanner::~QrScanner()
{
    m_decode.waitForFinished();
}

void QrScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink) {
        return;
    }
    if (m_sink) {
        disconnect(m_sink, nullptr, this, nullptr);
    }
    m_sink = sink;
    if (m_sink) {
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::onFrame);
    }
    emit videoSinkChanged();
}

void QrScanner::restart()
{
    if (!m_scanning) {
        m_scanning = true;
        emit scanningChanged();
    }
}

void QrScanner::onFrame(const QVideoFrame &frame)
{
    // one decode at a time, a few a second: the preview stays smooth
    if (!m_scanning || m_decode.isRunning() || !frame.isValid() ||
        (m_sinceLast.isValid() && m_sinceLast.elapsed() < m_intervalMs)) {
        return;
    }
    m_sinceLast.start();
    const QImage image = frame.toImage();
    m_decode.setFuture(QtConcurrent::run([image] {
        auto text = qr::read(image);
        return text ? text.value() : QString();
    }));
}

} // namespace passbook::app
