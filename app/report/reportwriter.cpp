#include "reportwriter.h"

#include "chartbuilder.h"
#include "chartrenderer.h"
#include "labels.h"
#include "query/corpusqueries.h"
#include "store/store.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Draw = std::function<void(QPainter&)>;

// Content laid out top to bottom in a page's text area, starting new pages as it fills.
class Flow
{
public:
    Flow(QPaintDevice* device, QRectF area)
        : m_device(device)
        , m_area(area)
        , m_y(area.top())
    {
        m_pages.append(QList<Draw>{});
    }

    QPaintDevice* device() const { return m_device; }
    qreal width() const { return m_area.width(); }
    qreal left() const { return m_area.left(); }
    qreal remaining() const { return m_area.bottom() - m_y; }

    // Places a block of `height`, on a new page when it does not fit (unless the page is empty).
    qreal place(qreal height)
    {
        if (m_y + height > m_area.bottom() && m_y > m_area.top())
            newPage();
        const qreal y = m_y;
        m_y += height;
        return y;
    }
    void add(Draw draw) { m_pages.back().append(std::move(draw)); }
    void space(qreal height) { m_y = std::min(m_y + height, m_area.bottom()); }
    void newPage()
    {
        m_pages.append(QList<Draw>{});
        m_y = m_area.top();
    }
    const QList<QList<Draw>>& pages() const { return m_pages; }

private:
    QPaintDevice* m_device;
    QRectF m_area;
    qreal m_y;
    QList<QList<Draw>> m_pages;
};

// The widest run of a cell that a line cannot break: a Latin word or number ("Semiconductors", "3.15亿"'s
// "3.15"); Chinese breaks between any two characters.
qreal longestUnbreakable(const QString& text, const QFontMetricsF& m)
{
    qreal widest = 0;
    qsizetype start = 0;
    const auto breaksAround = [](QChar c) {
        return c.isSpace() || (c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF) ||
               (c.unicode() >= 0xF900 && c.unicode() <= 0xFAFF) ||
               (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || breaksAround(text.at(i))) {
            if (i > start)
                widest = std::max(widest, m.horizontalAdvance(text.mid(start, i - start)));
            if (i < text.size() && !text.at(i).isSpace())
                widest = std::max(widest, m.horizontalAdvance(text.at(i)));
            start = i + 1;
        }
    }
    return widest;
}

// Column widths that add up to `width`: what each column's text needs when they fit; else each column's
// longest unbreakable run, and the rest shared by how much more each needs.
QList<qreal> columnWidths(const QList<qreal>& natural, const QList<qreal>& minimum, qreal width)
{
    qreal naturalSum = 0;
    qreal minimumSum = 0;
    for (qsizetype c = 0; c < natural.size(); ++c) {
        naturalSum += natural[c];
        minimumSum += minimum[c];
    }
    QList<qreal> widths(natural.size(), 0);
    if (naturalSum <= 0)
        return widths;
    for (qsizetype c = 0; c < natural.size(); ++c) {
        if (naturalSum <= width)
            widths[c] = natural[c] * width / naturalSum;
        else if (minimumSum >= width)
            widths[c] = minimum[c] * width / minimumSum;
        else
            widths[c] =
                minimum[c] + (width - minimumSum) * (natural[c] - minimum[c]) / (naturalSum - minimumSum);
    }
    return widths;
}

} // namespace

ReportWriter::ReportWriter(const Store* store, ProjectFilter filter, Options options)
    : m_store(store)
    , m_filter(std::move(filter))
    , m_options(std::move(options))
{
    if (m_options.title.isEmpty())
        m_options.title = tr("Investment projects report");
}

std::optional<QPageSize> ReportWriter::pageSizeFromName(const QString& name)
{
    if (name.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

int ReportWriter::paint(QPagedPaintDevice* device) const
{
    const CorpusQueries queries(m_store);
    const ExchangeRates& rates = m_store->exchangeRates();
    // A painter on a paged device starts at the top left of the area inside the margins.
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    const qreal pt = device->logicalDpiY() / 72.0; // device pixels per point
    const QFont titleFont = ChartRenderer::font(20, true);
    const QFont headingFont = ChartRenderer::font(13, true);
    const QFont textFont = ChartRenderer::font(9.5);
    const QFont smallFont = ChartRenderer::font(8);
    const QFont boldFont = ChartRenderer::font(9.5, true);
    const QFontMetricsF text(textFont, device);
    const qreal line = text.height() * 1.25;
    const qreal header = QFontMetricsF(smallFont, device).height() * 2.2;
    Flow flow(device, page.adjusted(0, header, 0, -header));

    const auto paragraph = [&](const QString& s, const QFont& font, const QColor& color = Qt::black) {
        const QRectF bound =
            QFontMetricsF(font, device).boundingRect(QRectF(0, 0, flow.width(), 1e6), Qt::TextWordWrap, s);
        const qreal y = flow.place(bound.height() + 2 * pt);
        const QRectF rect(flow.left(), y, flow.width(), bound.height());
        flow.add([=](QPainter& p) {
            p.setFont(font);
            p.setPen(color);
            ChartRenderer::drawText(p, rect, Qt::TextWordWrap, s);
        });
    };
    const auto heading = [&](const QString& s) {
        flow.space(8 * pt);
        if (flow.remaining() < line * 6) // keep a heading with some of what follows
            flow.newPage();
        paragraph(s, headingFont, QColor(0x00, 0x4C, 0x80));
        flow.space(3 * pt);
    };
    // A table: header row, then rows. Each column gets the width its text needs when the page has room;
    // else it keeps its longest word and the rest of the width is shared by how much more text each column
    // holds. Cells wrap, and a row is as tall as its tallest cell: no name, company or amount is ever cut.
    const auto table = [&](const QStringList& headers, const QList<QStringList>& rows,
                           const QList<int>& rightAligned) {
        const QFontMetricsF plain(textFont, device);
        const QFontMetricsF bold(boldFont, device);
        const qreal pad = 3 * pt;
        const qsizetype columns = headers.size();
        QList<qreal> natural(columns, 0);
        QList<qreal> minimum(columns, 0);
        const auto measure = [&](const QString& cell, qsizetype c, const QFontMetricsF& m) {
            natural[c] = std::max(natural[c], m.horizontalAdvance(cell) + 2 * pad);
            minimum[c] = std::max(minimum[c], longestUnbreakable(cell, m) + 2 * pad);
        };
        for (qsizetype c = 0; c < columns; ++c)
            measure(headers[c], c, bold);
        for (const QStringList& r : rows) {
            for (qsizetype c = 0; c < columns && c < r.size(); ++c)
                measure(r[c], c, plain);
        }
        const QList<qreal> widths = columnWidths(natural, minimum, flow.width());
        const auto row = [&](const QStringList& cells, bool isHeader, bool shaded) {
            const QFontMetricsF& m = isHeader ? bold : plain;
            qreal height = line;
            for (qsizetype c = 0; c < cells.size() && c < columns; ++c) {
                const QRectF bound =
                    m.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e6), Qt::TextWordWrap, cells[c]);
                height = std::max(height, bound.height() + 2 * pad);
            }
            const qreal y = flow.place(height);
            flow.add([=, &flow](QPainter& p) {
                if (shaded)
                    p.fillRect(QRectF(flow.left(), y, flow.width(), height), QColor(0xF2, 0xF5, 0xF8));
                p.setFont(isHeader ? boldFont : textFont);
                p.setPen(Qt::black);
                qreal x = flow.left();
                for (qsizetype c = 0; c < cells.size() && c < columns; ++c) {
                    const QRectF cell(x + pad, y + pad, widths[c] - 2 * pad, height - 2 * pad);
                    const Qt::Alignment align =
                        (rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
                    ChartRenderer::drawText(p, cell, align | Qt::TextWordWrap, cells[c]);
                    x += widths[c];
                }
                if (isHeader) {
                    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8 * pt));
                    p.drawLine(QPointF(flow.left(), y + height),
                               QPointF(flow.left() + flow.width(), y + height));
                }
            });
            return height;
        };
        row(headers, true, false);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (flow.remaining() < line * 2) { // repeat the header on a new page
                flow.newPage();
                row(headers, true, false);
            }
            row(rows[i], false, i % 2 == 1);
        }
    };
    // An amount, or "—" when no project of the group has one (never "0.00亿元").
    const auto total = [](double cny, int withAmount) {
        return withAmount > 0 ? Labels::amount(cny, u"CNY"_s) : u"—"_s;
    };

    // Title, date, corpus and filter.
    paragraph(m_options.title, titleFont);
    const CorpusQueries::Summary all = queries.summary({});
    const CorpusQueries::Summary s = queries.summary(m_filter);
    paragraph(tr("Generated %1 · corpus of %n article(s)", nullptr, all.documents)
                  .arg(m_options.generated.toString(u"yyyy-MM-dd HH:mm"_s)),
              textFont, QColor(0x44, 0x44, 0x44));
    paragraph(tr("Filter: %1").arg(Labels::filterDescription(m_filter)), textFont, QColor(0x44, 0x44, 0x44));

    // Headline numbers.
    heading(tr("Headline numbers"));
    QList<QStringList> numbers{
        {tr("Articles"), QString::number(s.documents)},
        {tr("Projects"), QString::number(s.projects)},
        {tr("Total investment (in yuan, converted)"), total(s.totalCny, s.projects - s.withoutAmount)}};
    QStringList foreign;
    for (auto it = s.totalByCurrency.cbegin(); it != s.totalByCurrency.cend(); ++it) {
        numbers.append({tr("Total stated in %1").arg(it.key()), Labels::amount(it.value(), it.key())});
        if (it.key() != u"CNY"_s)
            foreign << it.key();
    }
    if (s.convertedCny > 0)
        numbers.insert(3,
                       {tr("Converted into yuan"), Labels::convertedPart(s.convertedCny, s.convertedFrom)});
    numbers.append({tr("Projects with no amount stated"), QString::number(s.withoutAmount)});
    table({tr("Figure"), tr("Value")}, numbers, {1});
    if (!foreign.isEmpty())
        paragraph(tr("* Exchange rates used: %1").arg(rates.describe(foreign)), smallFont,
                  QColor(0x55, 0x55, 0x55));

    // The three charts.
    heading(tr("Charts"));
    const qreal chartHeight = flow.width() * 0.55;
    for (ChartBuilder::Kind kind :
         {ChartBuilder::Kind::Region, ChartBuilder::Kind::Size, ChartBuilder::Kind::Industry}) {
        const ChartData data = ChartBuilder::build(kind, queries, m_filter, {}, rates);
        const qreal y = flow.place(chartHeight + 6 * pt);
        const QRectF rect(flow.left(), y, flow.width(), chartHeight);
        flow.add([=](QPainter& p) { ChartRenderer::paint(p, rect, data); });
    }

    // Top projects by investment.
    QList<CorpusQueries::ProjectRow> projects = queries.projects(m_filter);
    std::stable_sort(projects.begin(), projects.end(), [](const auto& a, const auto& b) {
        return a.amountCny.value_or(-1) > b.amountCny.value_or(-1);
    });
    heading(tr("Top projects by investment"));
    QList<QStringList> projectRows;
    bool converted = false;
    for (qsizetype i = 0; i < projects.size() && i < m_options.topProjects; ++i) {
        const auto& p = projects[i];
        QString amount = u"—"_s;
        if (p.amount) {
            amount = Labels::amountWithYuan(*p.amount, p.currency, p.qualifier, p.amountCny);
            if (p.isConverted()) {
                amount += u'*';
                converted = true;
            }
        }
        projectRows.append(
            {p.name, p.company, p.region, amount, Labels::industry(p.industry), Labels::status(p.status)});
    }
    table({tr("Project"), tr("Company"), tr("Region"), tr("Investment"), tr("Industry"), tr("Status")},
          projectRows, {3});
    if (converted)
        paragraph(tr("* converted to yuan at %1").arg(rates.describe(foreign)), smallFont,
                  QColor(0x55, 0x55, 0x55));

    // Per region (city) and per industry.
    heading(tr("By city"));
    QList<QStringList> regionRows;
    for (const auto& b : queries.byRegion(ProjectFilter::RegionLevel::City, m_filter, 0, false))
        regionRows.append({b.key.isEmpty() ? tr("(unknown)") : b.key, QString::number(b.count),
                           total(b.totalCny, b.withAmount), QString::number(b.count - b.withAmount)});
    table({tr("City"), tr("Projects"), tr("Total investment"), tr("Amount not stated")}, regionRows,
          {1, 2, 3});
    heading(tr("By industry chain"));
    QList<QStringList> industryRows;
    for (const auto& b : queries.byIndustry(m_filter))
        industryRows.append({Labels::industry(b.key), QString::number(b.count),
                             total(b.totalCny, b.withAmount), QString::number(b.count - b.withAmount)});
    table({tr("Industry"), tr("Projects"), tr("Total investment"), tr("Amount not stated")}, industryRows,
          {1, 2, 3});

    // What an analyst changed: every correction with the value the extractor gave, and the projects left
    // out of the figures, so that a reader of the report sees what is not the extraction's.
    ProjectFilter reviewed = m_filter;
    reviewed.showExcluded = true;
    QList<QStringList> reviewRows;
    for (const auto& p : queries.projects(reviewed)) {
        for (const QString& field : p.corrected) {
            if (field != u"currency"_s && field != u"qualifier"_s) // both shown with the amount
                reviewRows.append({p.name, Labels::reviewField(field), Labels::reviewedValue(p, field, true),
                                   Labels::reviewedValue(p, field, false)});
        }
        if (p.excluded && !p.mergedInto.isEmpty())
            reviewRows.append({p.name, tr("Merged into “%1”").arg(p.mergedInto), QString(), QString()});
        else if (p.excluded)
            reviewRows.append({p.name, tr("Excluded from the figures"), QString(), QString()});
    }
    if (!reviewRows.isEmpty()) {
        heading(tr("Analyst corrections"));
        table({tr("Project"), tr("Field"), tr("As extracted"), tr("Corrected")}, reviewRows, {});
    }

    // Sources.
    heading(tr("Source articles"));
    QList<QStringList> sourceRows;
    for (const auto& d : queries.documents(m_filter))
        sourceRows.append({Labels::fileLabel(d.file), d.title, QString::number(d.projects)});
    table({tr("File"), tr("Title"), tr("Projects")}, sourceRows, {2});

    // Paint, with the header and "Page i of n" now that n is known.
    const auto& pages = flow.pages();
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        painter.setFont(smallFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF top(page.left(), page.top(), page.width(), header * 0.6);
        ChartRenderer::drawText(painter, top, Qt::AlignLeft | Qt::AlignVCenter, m_options.title);
        ChartRenderer::drawText(painter, top, Qt::AlignRight | Qt::AlignVCenter,
                                m_options.generated.toString(u"yyyy-MM-dd"_s));
        painter.drawLine(QPointF(page.left(), top.bottom()), QPointF(page.right(), top.bottom()));
        ChartRenderer::drawText(painter,
                                QRectF(page.left(), page.bottom() - header * 0.6, page.width(), header * 0.6),
                                Qt::AlignCenter, tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        for (const Draw& draw : pages[i])
            draw(painter);
    }
    return static_cast<int>(pages.size());
}

bool ReportWriter::writePdf(const QString& path, QString* error, int* pages) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int count = 0;
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(m_options.title);
        pdf.setCreator(u"InvestScope"_s);
        pdf.setResolution(150);
        pdf.setPageLayout(QPageLayout(m_options.pageSize, QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                      QPageLayout::Millimeter));
        count = paint(&pdf);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = count;
    return true;
}
