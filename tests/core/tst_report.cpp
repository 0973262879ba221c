#include "query/corpusqueries.h"
#include "report/reportwriter.h"
#include "review/corrections.h"
#include "store/store.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfHasPagesNumbersAndProjects_data();
    void pdfHasPagesNumbersAndProjects();
    void contentStaysInsideTheMargins_data();
    void contentStaysInsideTheMargins();
    void filteredReport();
    void reportListsTheCorrections();
    void cliWritesReport();

private:
    static QString pdfText(const QString& path, const QStringList& mode = {u"-layout"_s});
    static QString pdfInfo(const QString& path);
    Store m_store;
};

// The text of a PDF as pdftotext reads it, as a reader who searches or copies it gets it: no normalisation.
QString TestReport::pdfText(const QString& path, const QStringList& mode)
{
    QProcess p;
    p.start(u"pdftotext"_s, mode + QStringList{path, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestReport::pdfInfo(const QString& path)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReport::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed; README's set-up installs it");
    QVERIFY(m_store.open());
    QVERIFY(m_store.addDocuments(TestSupport::sampleCorpus()));
}

void TestReport::pdfHasPagesNumbersAndProjects_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("sizeName");
    QTest::newRow("A4") << u"A4"_s << u"(A4)"_s;
    QTest::newRow("Letter") << u"Letter"_s << u"(letter)"_s;
}

void TestReport::pdfHasPagesNumbersAndProjects()
{
    QFETCH(QString, size);
    QFETCH(QString, sizeName);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    ReportWriter::Options options;
    options.title = u"Sample report"_s;
    options.pageSize = *ReportWriter::pageSizeFromName(size);
    int pages = 0;
    QString error;
    QVERIFY2(ReportWriter(&m_store, {}, options).writePdf(path, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 3);
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(u"Pages:"_s) && info.contains(QString::number(pages)), qPrintable(info));
    QVERIFY2(info.contains(sizeName), qPrintable(info));

    const QString text = pdfText(path);
    // Headline numbers, page furniture, project names and the rates used.
    QVERIFY(text.contains(u"Sample report"_s));
    QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    // The headline count is the store's count of the corpus's projects.
    const int all = CorpusQueries(&m_store).summary({}).projects;
    QVERIFY(all > 20);
    const QRegularExpression projects(u"Projects\\s+%1\\s"_s.arg(all));
    QVERIFY2(projects.match(text).hasMatch(), qPrintable(text.left(800)));
    static const QRegularExpression articles(u"Articles\\s+5"_s);
    QVERIFY(articles.match(text).hasMatch());
    // One converted total, and the part of it other currencies gave, in the status bar's words.
    static const QRegularExpression total(
        u"Total investment \\(in yuan, converted\\)\\s+255\\.36亿 CNY\\s"_s);
    QVERIFY2(total.match(text).hasMatch(), qPrintable(text.left(1200)));
    static const QRegularExpression converted(
        u"Converted into yuan\\s+of which 5\\.36亿 CNY converted from EUR, USD"_s);
    QVERIFY2(converted.match(text).hasMatch(), qPrintable(text.left(1200)));
    // Names whole, though a cell may wrap them over lines (in the content stream a cell's lines follow
    // each other).
    const QString stream = pdfText(path, {u"-raw"_s}).remove(u'\n');
    for (const QString& name : {u"比亚迪新能源动力电池项目"_s, u"智算中心项目"_s, u"尼得科机床项目"_s,
                                u"浙江铂淳新材料股份有限公司"_s})
        QVERIFY2(stream.contains(name), qPrintable(name));
    QVERIFY(text.contains(u"1 USD = "_s));                 // the rates of the converted figures
    QVERIFY(text.contains(u"000_37aff5f5053d39e6.txt"_s)); // the sources

    // The text layer has the real characters: 比 is not the Kangxi radical ⽐ that shares its glyph in some
    // CJK fonts, so searching and copying from the PDF work.
    QVERIFY(text.contains(u"比亚迪"_s));
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(u"U+%1"_s.arg(c.unicode(), 4, 16)));
    // Unknown amounts are "—" and counted, never "0.00亿": 苏州市's one project has no amount.
    static const QRegularExpression noAmount(u"Projects with no amount stated\\s+14\\s"_s);
    QVERIFY2(noAmount.match(text).hasMatch(), qPrintable(text.left(1500)));
    static const QRegularExpression suzhou(u"苏州市\\s+1\\s+—\\s+1\\s"_s);
    QVERIFY2(suzhou.match(text).hasMatch(), qPrintable(text));
    static const QRegularExpression zero(u"(?<![0-9])0\\.00亿"_s);
    QVERIFY(!zero.match(text).hasMatch());
    // Cells wrap instead of being cut: nothing is elided.
    QVERIFY2(!text.contains(u'…'), qPrintable(text));
}

void TestReport::contentStaysInsideTheMargins_data()
{
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << u"A4"_s;
    QTest::newRow("Letter") << u"Letter"_s;
}

void TestReport::contentStaysInsideTheMargins()
{
    QFETCH(QString, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    ReportWriter::Options options;
    options.pageSize = *ReportWriter::pageSizeFromName(size);
    QString error;
    QVERIFY2(ReportWriter(&m_store, {}, options).writePdf(path, &error), qPrintable(error));
    // Page 1 as an image at 50 dpi: the 18 mm margins are 35 pixels.
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                 u"-singlefile"_s, path, dir.filePath(u"page"_s)});
    QVERIFY(render.waitForFinished(30000));
    QImage page;
    QVERIFY(page.load(dir.filePath(u"page.png"_s)));
    int left = page.width(), right = -1, top = page.height(), bottom = -1;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 235) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    const int rightMargin = page.width() - 1 - right;
    const int bottomMargin = page.height() - 1 - bottom;
    const QByteArray margins = QByteArray::number(left) + ' ' + QByteArray::number(rightMargin) + ' ' +
                               QByteArray::number(top) + ' ' + QByteArray::number(bottomMargin);
    QVERIFY2(left >= 30 && rightMargin >= 30 && top >= 30 && bottomMargin >= 30, margins.constData());
    // The header rule runs the full width: the margins are the same on both sides.
    QVERIFY2(std::abs(left - rightMargin) <= 4, margins.constData());
}

void TestReport::filteredReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    ProjectFilter filter;
    filter.regionLevel = ProjectFilter::RegionLevel::City;
    filter.region = u"绍兴市"_s;
    QString error;
    QVERIFY(ReportWriter(&m_store, filter, {}).writePdf(path, &error));
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"绍兴市"_s));
    QVERIFY(text.contains(u"比亚迪新能源动力电池项目"_s));
    QVERIFY(!text.contains(u"智算中心项目"_s)); // a 嘉兴 project is left out
    const int inCity = CorpusQueries(&m_store).summary(filter).projects;
    QVERIFY(inCity >= 3);
    const QRegularExpression projects(u"Projects\\s+%1\\s"_s.arg(inCity));
    QVERIFY(projects.match(text).hasMatch());
}

void TestReport::reportListsTheCorrections()
{
    QList<AnalyzedDocument> corpus = TestSupport::sampleCorpus();
    const QString article = CorrectionSet::contentHash(corpus[2].document.originalText);
    CorrectionSet set;
    ProjectCorrection company;
    company.article = article;
    company.name = u"华创钢结构装配式智造中心"_s;
    company.fields = {{u"company"_s, u"华创集团"_s}, {u"amount"_s, u"800000000"_s}};
    ProjectCorrection excluded;
    excluded.article = article;
    excluded.name = u"金属深加工项目"_s;
    excluded.excluded = true;
    // A second report of another project, merged into it.
    ProjectCorrection merged;
    merged.article = article;
    merged.name = u"数字经济新零售产业基地"_s;
    merged.excluded = true;
    merged.mergedInto = u"华创钢结构装配式智造中心"_s;
    set.projects << company << excluded << merged;
    QCOMPARE(set.apply(corpus).applied, 3);
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(corpus));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reviewed.pdf"_s);
    QString error;
    QVERIFY2(ReportWriter(&store, {}, {}).writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Analyst corrections"_s), qPrintable(text.right(1500)));
    static const QRegularExpression companyRow(u"华创钢结构装配式智造中心\\s+Company\\s+华创\\s+华创集团"_s);
    static const QRegularExpression amountRow(u"Investment\\s+5亿元\\s+8\\.00亿 CNY"_s);
    static const QRegularExpression excludedRow(u"金属深加工项目\\s+Excluded from the figures"_s);
    static const QRegularExpression mergedRow(
        u"数字经济新零售产业基地\\s+Merged into “华创钢结构装配式智造中心”"_s);
    for (const QRegularExpression* row : {&companyRow, &amountRow, &excludedRow, &mergedRow})
        QVERIFY2(row->match(text).hasMatch(), qPrintable(row->pattern() + u'\n' + text.right(1500)));
    // The figures leave the excluded project out and take the corrected amount.
    static const QRegularExpression projects(u"Projects\\s+22\\s"_s);
    QVERIFY2(projects.match(text).hasMatch(), qPrintable(text.left(800)));
}

void TestReport::cliWritesReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.pdf"_s);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(INVESTSCOPE_CLI_PATH),
              {u"report"_s, u"--pdf"_s, path, u"--page-size"_s, u"Letter"_s, u"--industry"_s, u"auto"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(pdfInfo(path).contains(u"(letter)"_s));
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"海威"_s)); // 车 comes out as a radical no normalisation undoes
    QVERIFY(text.contains(u"Industry: Vehicles and parts"_s));
    cli.start(QStringLiteral(INVESTSCOPE_CLI_PATH),
              {u"report"_s, u"--pdf"_s, path, u"--page-size"_s, u"A3"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
