import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Values of the same observation over time; the current record's point is larger. Drawn with
// Canvas (no Qt Charts dependency); the points are also read out for screen readers.
Canvas {
    id: chart
    property var points: []   // [{date, value, current}]
    property string unit
    implicitHeight: 160
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Trend of %n value(s)", "", points.length)
    Accessible.description: points.map(p => p.dateText + ": " + p.value + " " + unit).join("; ")

    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        if (points.length < 2)
            return
        const pad = 28
        let lo = points[0].value, hi = points[0].value
        for (const p of points) { lo = Math.min(lo, p.value); hi = Math.max(hi, p.value) }
        if (hi === lo) { hi += 1; lo -= 1 }
        const t0 = points[0].date.getTime(), t1 = points[points.length - 1].date.getTime()
        const x = t => pad + (width - 2 * pad) * (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0))
        const y = v => height - pad - (height - 2 * pad) * (v - lo) / (hi - lo)
        ctx.strokeStyle = Material.hintTextColor
        ctx.lineWidth = 1
        ctx.beginPath(); ctx.moveTo(pad, height - pad); ctx.lineTo(width - pad, height - pad); ctx.stroke()
        ctx.fillStyle = Material.hintTextColor
        ctx.font = "11px sans-serif"
        ctx.fillText(hi.toLocaleString(Qt.locale()) + " " + unit, 2, pad - 8)
        ctx.fillText(lo.toLocaleString(Qt.locale()), 2, height - pad + 14)
        ctx.strokeStyle = Material.accentColor
        ctx.lineWidth = 2
        ctx.beginPath()
        points.forEach((p, i) => i === 0 ? ctx.moveTo(x(p.date.getTime()), y(p.value)) : ctx.lineTo(x(p.date.getTime()), y(p.value)))
        ctx.stroke()
        for (const p of points) {
            ctx.fillStyle = p.current ? Material.foreground : Material.accentColor
            ctx.beginPath()
            ctx.arc(x(p.date.getTime()), y(p.value), p.current ? 5 : 3, 0, 2 * Math.PI)
            ctx.fill()
        }
    }
}
