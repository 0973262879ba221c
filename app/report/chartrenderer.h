#pragma once

#include "chartbuilder.h"

#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

// Draws a ChartData with QPainter: title, axes with their labels, bars with values, legend and caption.
// Works on any paint device (image, SVG, PDF, printer) and needs no widgets; a QGuiApplication must exist
// (fonts). Chinese text uses a CJK font when one is installed.
class ChartRenderer final
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const ChartData& data);

    // The chart as an image of `size` logical pixels at `devicePixelRatio` (2 by default: sharp text).
    static QImage image(const ChartData& data, QSize size, qreal devicePixelRatio = 2.0);
    // Writes a PNG or SVG file completely or not at all; *error says why not.
    static bool savePng(const ChartData& data, const QString& path, QSize size, qreal devicePixelRatio,
                        QString* error);
    static bool saveSvg(const ChartData& data, const QString& path, QSize size, QString* error);

    static QFont font(qreal pointSize, bool bold = false);
    // QPainter::drawText, except on a printer (and its print preview), where the text is drawn as glyph
    // outlines at the positions laid out for the printer: Qt's preview replays text runs of a line at
    // screen metrics and sets Latin and Chinese runs at different heights. PDF files keep their text layer.
    static void drawText(QPainter& painter, const QRectF& rect, int flags, const QString& text);
};
