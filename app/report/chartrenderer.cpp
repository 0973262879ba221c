#include "chartrenderer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTextLayout>
#include <QRawFont>
#include <QPainterPath>
#include <QGlyphRun>
#include <QFontInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QColor kBar(0x00, 0x72, 0xB2);
const QColor kAxis(0x44, 0x44, 0x44);
const QColor kGrid(0xDD, 0xDD, 0xDD);

QString number(double v, bool integer)
{
    return integer ? QString::number(std::llround(v)) : QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

QFont ChartRenderer::font(qreal pointSize, bool bold)
{
    // One font for Latin and Chinese alike where it can be had: two fonts on one line sit at different
    // baselines in a print preview. It must map no CJK radical (U+2E80–U+2FDF) to an ideograph's glyph: PDF
    // text extraction reads a glyph as the lowest code point that maps to it, so with Noto Sans CJK 比 comes
    // out as the Kangxi radical ⽐ and a search in the PDF fails. WenQuanYi Micro Hei maps none (and its
    // TrueType Latin glyphs extract with their digits, which Noto's do not). Without it: Latin from a Latin
    // font, Chinese from a CJK one.
    static const QStringList families = [] {
        const QStringList installed = QFontDatabase::families();
        if (installed.contains(u"WenQuanYi Micro Hei"_s))
            return QStringList{u"WenQuanYi Micro Hei"_s};
        QStringList chosen;
        for (const QString& f : {u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Noto Sans"_s}) {
            if (installed.contains(f)) {
                chosen << f;
                break;
            }
        }
        for (const QString& f :
             {u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s, u"Source Han Sans SC"_s, u"Droid Sans Fallback"_s}) {
            if (installed.contains(f)) {
                chosen << f;
                break;
            }
        }
        return chosen;
    }();
    QFont f;
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Outlines at their design advances, so that a line measured for the printer keeps its glyphs in place
    // when the preview draws it at screen size.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void ChartRenderer::drawText(QPainter& p, const QRectF& rect, int flags, const QString& text)
{
    if (p.device()->devType() != QInternal::Printer) {
        p.drawText(rect, flags, text);
        return;
    }
    QTextLayout layout(text, p.font(), p.device());
    QTextOption option(Qt::Alignment(flags) & Qt::AlignHorizontal_Mask);
    option.setWrapMode((flags & Qt::TextWordWrap) ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                                  : QTextOption::NoWrap);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    qreal top = rect.top();
    if (flags & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (flags & Qt::AlignBottom)
        top += rect.height() - height;
    QPainterPath outlines;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const QRawFont raw = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i)
            outlines.addPath(raw.pathForGlyph(glyphs[i]).translated(positions[i]));
    }
    outlines.translate(rect.left(), top);
    p.save();
    const QColor colour = p.pen().color();
    // A bold face the font does not have is drawn thicker by Qt: so here, with a thin stroke.
    if (p.font().bold() && !QFontInfo(p.font()).bold())
        p.setPen(QPen(colour, QFontMetricsF(p.font(), p.device()).height() / 40.0));
    else
        p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(outlines);
    p.restore();
}

void ChartRenderer::paint(QPainter& p, const QRectF& rect, const ChartData& d)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect, Qt::white);
    // Sizes scale with the chart: a 900×560 chart uses 12 pt text.
    const qreal unit = std::max<qreal>(0.6, std::min(rect.width() / 900.0, rect.height() / 560.0));
    // Pixel sizes, so that text keeps its proportion to the chart on any device (screen, 2x image, PDF,
    // printer).
    const auto pixelFont = [](qreal pixels, bool bold = false) {
        QFont f = font(10, bold);
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
        return f;
    };
    const QFont titleFont = pixelFont(20 * unit, true);
    const QFont labelFont = pixelFont(13.5 * unit);
    const QFont axisFont = pixelFont(14 * unit, true);
    const QFont captionFont = pixelFont(12 * unit);
    const qreal margin = 16 * unit;

    QRectF area = rect.adjusted(margin, margin, -margin, -margin);
    // Title.
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const qreal titleHeight = QFontMetricsF(titleFont, p.device()).height();
    drawText(p, QRectF(area.left(), area.top(), area.width(), titleHeight),
             Qt::AlignHCenter | Qt::AlignVCenter, d.title);
    area.setTop(area.top() + titleHeight + 6 * unit);

    // Caption at the bottom (wrapped), then the legend above it.
    p.setFont(captionFont);
    const QRectF captionBox =
        p.boundingRect(QRectF(area.left(), 0, area.width(), 1e6), Qt::TextWordWrap, d.caption);
    const QRectF captionRect(area.left(), area.bottom() - captionBox.height(), area.width(),
                             captionBox.height());
    p.setPen(QColor(0x55, 0x55, 0x55));
    drawText(p, captionRect, Qt::TextWordWrap | Qt::AlignLeft, d.caption);
    area.setBottom(captionRect.top() - 6 * unit);

    p.setFont(labelFont);
    const QFontMetricsF labels(labelFont, p.device());
    const qreal legendHeight = labels.height() + 4 * unit;
    const qreal swatch = labels.height() * 0.8;
    const qreal legendWidth = swatch + 6 * unit + labels.horizontalAdvance(d.legend);
    const QRectF legendRect(area.center().x() - legendWidth / 2, area.bottom() - legendHeight, legendWidth,
                            legendHeight);
    p.fillRect(QRectF(legendRect.left(), legendRect.center().y() - swatch / 2, swatch, swatch), kBar);
    p.setPen(Qt::black);
    drawText(p, QRectF(legendRect.left() + swatch + 6 * unit, legendRect.top(), legendWidth, legendHeight),
             Qt::AlignVCenter | Qt::AlignLeft, d.legend);
    area.setBottom(legendRect.top() - 4 * unit);

    const ValueScale scale = ChartBuilder::valueScale(d);
    const double step = scale.step;
    const double top = scale.top;
    const qsizetype n = d.values.size();

    // Axis titles.
    p.setFont(axisFont);
    const qreal axisTitle = QFontMetricsF(axisFont, p.device()).height();
    qreal categoryWidth = 0;
    for (const QString& c : d.categories)
        categoryWidth = std::max(categoryWidth, labels.horizontalAdvance(c));
    // Horizontal bars, the largest first: names beside their bars, read from the top.
    const qreal left = std::min(categoryWidth + 10 * unit, area.width() * 0.35);
    const QRectF plot(area.left() + axisTitle + left, area.top(), area.width() - axisTitle - left - 10 * unit,
                      area.height() - labels.height() - axisTitle - 8 * unit);
    p.save();
    p.translate(area.left() + axisTitle * 0.8, plot.center().y());
    p.rotate(-90);
    drawText(p, QRectF(-plot.height() / 2, -axisTitle, plot.height(), axisTitle), Qt::AlignCenter,
             d.categoryAxis);
    p.restore();
    drawText(p, QRectF(plot.left(), plot.bottom() + labels.height() + 4 * unit, plot.width(), axisTitle),
             Qt::AlignCenter, d.valueAxis);
    // Grid and value labels.
    p.setFont(labelFont);
    for (double v = 0; v <= top + step / 2; v += step) {
        const qreal x = plot.left() + plot.width() * (v / top);
        p.setPen(kGrid);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(kAxis);
        drawText(p, QRectF(x - 40 * unit, plot.bottom() + 2 * unit, 80 * unit, labels.height()),
                 Qt::AlignHCenter | Qt::AlignTop, number(v, d.integerValues));
    }
    p.setPen(QPen(kAxis, 1));
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const qreal band = n > 0 ? plot.height() / n : 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF bar(plot.left(), plot.top() + band * i + band * 0.15, plot.width() * (d.values[i] / top),
                         band * 0.7);
        p.fillRect(bar, kBar);
        p.setPen(kAxis);
        const QString label = labels.elidedText(d.categories.value(i), Qt::ElideMiddle, left - 8 * unit);
        drawText(p, QRectF(area.left() + axisTitle, bar.top(), left - 6 * unit, bar.height()),
                 Qt::AlignRight | Qt::AlignVCenter, label);
        p.setPen(Qt::black);
        drawText(p, QRectF(bar.right() + 4 * unit, bar.top(), 80 * unit, bar.height()),
                 Qt::AlignLeft | Qt::AlignVCenter, number(d.values[i], d.integerValues));
    }
    p.restore();
}

QImage ChartRenderer::image(const ChartData& data, QSize size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), data);
    return image;
}

bool ChartRenderer::savePng(const ChartData& data, const QString& path, QSize size, qreal devicePixelRatio,
                            QString* error)
{
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 || size.height() > 20000) {
        *error = u"%1: a chart must be between 100 and 20000 pixels wide and high"_s.arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (!image(data, size, devicePixelRatio).save(&file, "PNG") || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartRenderer::saveSvg(const ChartData& data, const QString& path, QSize size, QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(data.title);
        svg.setDescription(data.caption);
        QPainter painter(&svg);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), data);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}
