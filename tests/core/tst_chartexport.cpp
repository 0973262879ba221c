#include "report/chartbuilder.h"
#include "report/chartrenderer.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChartExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartData_data();
    void chartData();
    void valueScale_data();
    void valueScale();
    void pngHasTheRequestedSize_data();
    void pngHasTheRequestedSize();
    void svgIsWritten();
    void refusesBadSizesAndLeavesNoFile();
    void cliDrawsWithoutDisplay_data();
    void cliDrawsWithoutDisplay();

private:
    Store m_store;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_store.open());
    QVERIFY(m_store.addDocuments(TestSupport::sampleCorpus()));
}

void TestChartExport::chartData_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("byAmount");
    QTest::newRow("region count") << int(ChartBuilder::Kind::Region) << false;
    QTest::newRow("region amount") << int(ChartBuilder::Kind::Region) << true;
    QTest::newRow("size") << int(ChartBuilder::Kind::Size) << false;
    QTest::newRow("industry") << int(ChartBuilder::Kind::Industry) << false;
}

void TestChartExport::chartData()
{
    QFETCH(int, kind);
    QFETCH(bool, byAmount);
    ChartBuilder::Options options;
    options.byAmount = byAmount;
    ProjectFilter filter;
    filter.regionLevel = ProjectFilter::RegionLevel::Province;
    filter.region = u"浙江省"_s;
    const ChartData d = ChartBuilder::build(static_cast<ChartBuilder::Kind>(kind), CorpusQueries(&m_store),
                                            filter, options, m_store.exchangeRates());
    QVERIFY(!d.title.isEmpty());
    QVERIFY(!d.valueAxis.isEmpty() && !d.categoryAxis.isEmpty() && !d.legend.isEmpty());
    QCOMPARE(d.categories.size(), d.values.size());
    QVERIFY(!d.values.isEmpty());
    QVERIFY2(d.caption.contains(u"浙江省"_s), qPrintable(d.caption)); // the caption describes the filter
    if (byAmount || kind == int(ChartBuilder::Kind::Size))
        QVERIFY2(d.caption.contains(u"USD"_s), qPrintable(d.caption)); // and how dollars became yuan
}

void TestChartExport::valueScale_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("decimals");
    // Counts: whole steps, so that a bar of 7 meets the gridline labelled 7 or lies between two whole ones.
    QTest::newRow("count up to 7") << QList<double>{7, 3, 1} << true << 8.0 << 2.0 << 5 << 0;
    QTest::newRow("count up to 13") << QList<double>{13, 2} << true << 15.0 << 5.0 << 4 << 0;
    QTest::newRow("count up to 10") << QList<double>{10} << true << 10.0 << 2.0 << 6 << 0;
    QTest::newRow("one project") << QList<double>{1} << true << 1.0 << 1.0 << 2 << 0;
    QTest::newRow("no projects") << QList<double>{} << true << 1.0 << 1.0 << 2 << 0;
    QTest::newRow("count up to 48") << QList<double>{48, 20} << true << 50.0 << 10.0 << 6 << 0;
    // Amounts in 亿元: round steps with the digits they need.
    QTest::newRow("amount 255.36") << QList<double>{255.36, 5.36} << false << 300.0 << 100.0 << 4 << 0;
    QTest::newRow("amount 1.2") << QList<double>{1.2} << false << 1.25 << 0.25 << 6 << 2;
    QTest::newRow("amount 3.7") << QList<double>{3.7, 0.5} << false << 4.0 << 1.0 << 5 << 0;
    QTest::newRow("amount 0.44") << QList<double>{0.44} << false << 0.5 << 0.1 << 6 << 1;
}

void TestChartExport::valueScale()
{
    QFETCH(QList<double>, values);
    QFETCH(bool, integer);
    ChartData data;
    data.values = values;
    data.integerValues = integer;
    const ValueScale scale = ChartBuilder::valueScale(data);
    QTEST(scale.top, "top");
    QTEST(scale.step, "step");
    QTEST(scale.tickCount(), "ticks");
    QTEST(scale.decimals(), "decimals");
}

void TestChartExport::pngHasTheRequestedSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("default 2x") << QSize(900, 560) << 2.0;
    QTest::newRow("1x") << QSize(640, 400) << 1.0;
    QTest::newRow("tall 3x") << QSize(300, 700) << 3.0;
}

void TestChartExport::pngHasTheRequestedSize()
{
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.png"_s);
    const ChartData d = ChartBuilder::build(ChartBuilder::Kind::Region, CorpusQueries(&m_store), {}, {},
                                            m_store.exchangeRates());
    QString error;
    QVERIFY2(ChartRenderer::savePng(d, path, size, ratio, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), size * ratio);
    // Not a blank image: the bars are drawn in the chart colour.
    bool bar = false;
    for (int y = 0; y < image.height() && !bar; y += 4) {
        for (int x = 0; x < image.width() && !bar; x += 4)
            bar = image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2);
    }
    QVERIFY(bar);
}

void TestChartExport::svgIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.svg"_s);
    const ChartData d = ChartBuilder::build(ChartBuilder::Kind::Industry, CorpusQueries(&m_store), {}, {},
                                            m_store.exchangeRates());
    QString error;
    QVERIFY2(ChartRenderer::saveSvg(d, path, QSize(800, 500), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains(d.title.toUtf8()));
}

void TestChartExport::refusesBadSizesAndLeavesNoFile()
{
    QTemporaryDir dir;
    const ChartData d = ChartBuilder::build(ChartBuilder::Kind::Size, CorpusQueries(&m_store), {}, {},
                                            m_store.exchangeRates());
    QString error;
    QVERIFY(!ChartRenderer::savePng(d, dir.filePath(u"tiny.png"_s), QSize(10, 10), 2, &error));
    QVERIFY(error.contains(u"tiny.png"_s));
    QVERIFY(!ChartRenderer::savePng(d, dir.filePath(u"no/such/folder/c.png"_s), QSize(400, 300), 2, &error));
    QVERIFY(error.contains(u"c.png"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{});
}

void TestChartExport::cliDrawsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("region") << QStringList{u"--kind"_s, u"region"_s,   u"--width"_s,
                                           u"640"_s,    u"--height"_s, u"400"_s}
                            << 0 << QSize(1280, 800);
    QTest::newRow("size, 1x") << QStringList{u"--kind"_s, u"size"_s, u"--scale"_s, u"1"_s} << 0
                              << QSize(900, 560);
    QTest::newRow("filtered industry")
        << QStringList{u"--kind"_s, u"industry"_s, u"--city"_s, u"嘉兴市"_s} << 0 << QSize(1800, 1120);
    QTest::newRow("unknown kind") << QStringList{u"--kind"_s, u"pie"_s} << 2 << QSize();
    QTest::newRow("bad size class") << QStringList{u"--kind"_s, u"region"_s, u"--size"_s, u"9"_s} << 2
                                    << QSize();
}

void TestChartExport::cliDrawsWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QSize, pixels);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"c.png"_s);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(INVESTSCOPE_CLI_PATH), QStringList{u"chart"_s, u"--out"_s, out} + arguments);
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), exitCode);
    if (exitCode != 0) {
        QVERIFY(!QFile::exists(out));
        return;
    }
    QVERIFY2(cli.readAllStandardError().isEmpty(), "no warnings without a display");
    QImage image;
    QVERIFY(image.load(out));
    QCOMPARE(image.size(), pixels);
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
