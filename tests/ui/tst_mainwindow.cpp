#include "charts/chartpanel.h"
#include "document/articletextedit.h"
#include "document/documentview.h"
#include "document/entitypalette.h"
#include "documents/documentlistmodel.h"
#include "filter/filterbar.h"
#include "filter/filterstate.h"
#include "loading/corpusloader.h"
#include "mainwindow.h"
#include "projects/projecttablemodel.h"
#include "report/chartrenderer.h"
#include "projects/projecttableview.h"
#include "settings.h"
#include "store/store.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsSampleCorpus();
    void statusBarShowsOneConvertedTotal();
    void selectingShowsCleanedAndOriginalText();
    void chartBarFiltersEveryView();
    void chartsHaveRoundTicksAndWholeLabels();
    void unknownAndOtherBarsFilter();
    void openingAnotherCorpusDropsStaleConditions();
    void doubleClickOpensEvidence();
    void entityTypeToggleChangesHighlights();
    void searchAndFind();
    void searchAndFindCrossScripts();
    void repeatedParagraphShownAndCountedOnce();
    void listShowsTitlesNeverMetadata();
    void darkPaletteKeepsTextReadable();
    void entityToolTipTellsValueRoleAndProject();
    void copyProjectsAsTsv();
    void problemsAreListed();
    void droppedFilesAreAddedShiftReplaces();
    void layoutIsRestored();

private:
    void loadSample();
    int highlightedCharacters(EntityType type) const;

    WindowFixture m_fixture;
    QTemporaryDir* m_dir = nullptr;
    Store* m_store = nullptr;
    Settings* m_settings = nullptr;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::init()
{
    QVERIFY(m_fixture.open());
    m_dir = m_fixture.dir.get();
    m_store = m_fixture.store.get();
    m_settings = m_fixture.settings.get();
    m_window = m_fixture.window.get();
}

void TestMainWindow::cleanup()
{
    m_fixture.close();
}

void TestMainWindow::loadSample()
{
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openSampleCorpus();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QTRY_COMPARE(m_window->documentModel()->rowCount(), 5);
}

int TestMainWindow::highlightedCharacters(EntityType type) const
{
    int count = 0;
    const QTextDocument* doc = m_window->documentView()->textEdit()->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange& r : b.layout()->formats()) {
            if (r.format.background().color() ==
                EntityPalette::background(type, m_window->documentView()->palette()))
                count += r.length;
        }
    }
    return count;
}

void TestMainWindow::loadsSampleCorpus()
{
    QAbstractItemModelTester documents(m_window->documentModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester projects(m_window->projectTable()->projectModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester entities(m_window->entityTable()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(m_window->loader(), &CorpusLoader::documentAdded);
    loadSample();
    QCOMPARE(added.size(), 5);
    QCOMPARE(m_store->rowCount(u"documents"_s), 5);
    QCOMPARE(m_window->projectTable()->model()->rowCount(), m_store->rowCount(u"projects"_s));
    QVERIFY(m_window->projectTable()->model()->rowCount() > 10);
    QVERIFY(!m_window->documentView()->displayedText().isEmpty());
    QVERIFY(m_window->entityTable()->model()->rowCount() > 10);
    QVERIFY(m_window->summaryText().contains(u'5'));
}

void TestMainWindow::statusBarShowsOneConvertedTotal()
{
    loadSample();
    // One total in yuan, with the part other currencies gave named as such: never "X + Y EUR", which reads
    // as a sum of amounts the total already holds.
    QCOMPARE(m_window->summaryText(),
             u"5 article(s) · 24 project(s) · total investment (in yuan, converted) 255.36亿 CNY, "
             u"of which 5.36亿 CNY converted from EUR, USD"_s);
}

void TestMainWindow::selectingShowsCleanedAndOriginalText()
{
    loadSample();
    const QList<AnalyzedDocument> corpus = TestSupport::sampleCorpus();
    QTableView* table = m_window->documentTable();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const int id = table->model()->index(r, 0).data(DocumentListModel::DocumentIdRole).toInt();
        if (m_store->document(id)->document.name == corpus[3].document.name)
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect rect = table->visualRect(table->model()->index(row, DocumentListModel::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->documentView()->displayedText(), corpus[3].clean.text);

    m_window->documentView()->setShowOriginal(true);
    QCOMPARE(m_window->documentView()->displayedText(), corpus[3].document.originalText);
    // Highlights follow to the original text: a company entity is still coloured there.
    QVERIFY(highlightedCharacters(EntityType::Region) > 0);
    m_window->documentView()->setShowOriginal(false);
    QCOMPARE(m_window->documentView()->displayedText(), corpus[3].clean.text);
}

void TestMainWindow::chartBarFiltersEveryView()
{
    loadSample();
    ChartPanel* charts = m_window->chartPanel();
    const int allProjects = m_window->projectTable()->model()->rowCount();
    const int allDocuments = m_window->documentModel()->rowCount();

    // The region chart (by city) has 绍兴市 among its bars: click it through the series' signal.
    QAbstractBarSeries* series = charts->series(ChartPanel::RegionChart);
    QVERIFY(series);
    int bar = -1;
    const int bars = static_cast<int>(series->barSets().front()->count());
    for (int drawn = 0; drawn < bars; ++drawn) {
        if (charts->keyAt(ChartPanel::RegionChart, bars - 1 - drawn) ==
            u"绍兴市"_s) // horizontal: drawn bottom-up
            bar = drawn;
    }
    QVERIFY(bar >= 0);
    Q_EMIT series->clicked(bar, series->barSets().front());

    QTRY_COMPARE(m_window->filterState()->filter().region, u"绍兴市"_s);
    QAbstractItemModel* projects = m_window->projectTable()->model();
    QVERIFY(projects->rowCount() > 0 && projects->rowCount() < allProjects);
    for (int r = 0; r < projects->rowCount(); ++r)
        QCOMPARE(projects->index(r, ProjectTableModel::CityColumn).data().toString(), u"绍兴市"_s);
    QCOMPARE(m_window->documentModel()->rowCount(), 1); // only 003 reports projects in 绍兴
    QCOMPARE(m_window->filterBar()->chips().size(), 1);
    QVERIFY(m_window->summaryText().contains(QString::number(projects->rowCount())));
    // The highlights follow too: the places in 绍兴 stand out (bold) in the article on show.
    int emphasised = 0;
    for (QTextBlock b = m_window->documentView()->textEdit()->document()->begin(); b.isValid();
         b = b.next()) {
        for (const QTextLayout::FormatRange& r : b.layout()->formats())
            emphasised += r.format.fontWeight() == QFont::Bold ? 1 : 0;
    }
    QVERIFY2(emphasised > 0, qPrintable(m_window->documentView()->displayedText().left(40)));

    // The size chart's bars follow: their counts add up to the table's rows.
    charts->showChart(ChartPanel::SizeChart);
    int sized = 0;
    for (int i = 0; i < ProjectFilter::kSizeBucketCount; ++i)
        sized += static_cast<int>(charts->series(ChartPanel::SizeChart)->barSets().front()->at(i));
    QCOMPARE(sized, projects->rowCount());
    // A chart not on show is built when it is asked for, for the filter of the moment.
    QCOMPARE(charts->currentChart(), ChartPanel::SizeChart);
    int byIndustry = 0;
    for (auto count : charts->chartData(ChartPanel::IndustryChart).counts)
        byIndustry += static_cast<int>(count);
    QCOMPARE(byIndustry, projects->rowCount());

    // One click clears everything.
    QTest::mouseClick(m_window->filterBar()->clearAllButton(), Qt::LeftButton);
    QVERIFY(m_window->filterState()->isEmpty());
    QCOMPARE(projects->rowCount(), allProjects);
    QCOMPARE(m_window->documentModel()->rowCount(), allDocuments);
    QCOMPARE(m_window->filterBar()->chips().size(), 0);
}

void TestMainWindow::chartsHaveRoundTicksAndWholeLabels()
{
    m_window->resize(1000, 700);
    loadSample();
    ChartPanel* charts = m_window->chartPanel();
    struct Expected {
        ChartPanel::Chart chart;
        double top;
        int ticks;
    };
    // The sample's largest bars: 14 projects with no city and 14 of unknown size (steps of 5, to 15), 5 in
    // one industry (steps of 1).
    for (const Expected& e :
         {Expected{ChartPanel::RegionChart, 15, 4}, Expected{ChartPanel::SizeChart, 15, 4},
          Expected{ChartPanel::IndustryChart, 5, 6}}) {
        charts->showChart(e.chart);
        QChart* chart = charts->view(e.chart)->chart();
        const auto values = chart->axes(Qt::Horizontal | Qt::Vertical);
        QValueAxis* valueAxis = nullptr;
        QBarCategoryAxis* categoryAxis = nullptr;
        for (QAbstractAxis* axis : values) {
            if (auto* v = qobject_cast<QValueAxis*>(axis))
                valueAxis = v;
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                categoryAxis = c;
        }
        QVERIFY(valueAxis && categoryAxis);
        QCOMPARE(chart->axes().size(), 2); // the previous refresh's axes are gone
        // Whole-number gridlines at a round step from 0, as in the exported chart.
        QCOMPARE(valueAxis->min(), 0.0);
        QCOMPARE(valueAxis->max(), e.top);
        QCOMPARE(valueAxis->tickCount(), e.ticks);
        QCOMPARE(valueAxis->labelFormat(), u"%d"_s);
        const ValueScale scale = ChartBuilder::valueScale(charts->chartData(e.chart));
        QCOMPARE(scale.top, e.top);
        QCOMPARE(scale.tickCount(), e.ticks);
        // Every category name whole, never cut to "10–50…".
        QStringList shown = charts->chartData(e.chart).categories;
        std::reverse(shown.begin(), shown.end()); // horizontal bars are drawn from the bottom
        QCOMPARE(categoryAxis->categories(), shown);
        QVERIFY(!categoryAxis->truncateLabels());
        QTRY_VERIFY2(charts->view(e.chart)->isVisible(), "chart on show");
        QTest::qWait(50);
        QVERIFY2(!categoryAxis->labelsTruncated(), qPrintable(shown.join(u' ')));
        // …and inside the chart: the plot starts after the longest name ("Consumer goods and fashion").
        int longest = 0;
        for (const QString& name : shown)
            longest = std::max(longest, QFontMetrics(categoryAxis->labelsFont()).horizontalAdvance(name));
        QTRY_VERIFY2(chart->plotArea().left() - chart->rect().left() >= longest,
                     qPrintable(u"%1 px for names of %2 px"_s.arg(chart->plotArea().left()).arg(longest)));
    }
}

void TestMainWindow::unknownAndOtherBarsFilter()
{
    loadSample();
    ChartPanel* charts = m_window->chartPanel();
    auto* level = charts->findChild<QComboBox*>(u"regionLevel"_s);
    auto* topN = charts->findChild<QSpinBox*>(u"regionTopN"_s);
    QVERIFY(level && topN);
    level->setCurrentIndex(level->findData(static_cast<int>(ProjectFilter::RegionLevel::County)));
    topN->setValue(3);
    // The top three counties, the one other county, then the seven projects with no county: unknown is
    // never merged into "other".
    const ChartData& data = charts->chartData(ChartPanel::RegionChart);
    QCOMPARE(data.keys,
             (QStringList{u"平湖市"_s, u"嵊州市"_s, u"上虞区"_s, CorpusQueries::kOtherKey, QString()}));
    QCOMPARE(data.categories,
             (QStringList{u"平湖市"_s, u"嵊州市"_s, u"上虞区"_s, u"Other"_s, u"(unknown)"_s}));
    QCOMPARE(data.counts, (QList<int>{13, 2, 1, 1, 7}));

    const auto click = [charts](int bucket) {
        QAbstractBarSeries* series = charts->series(ChartPanel::RegionChart);
        const int bars = static_cast<int>(series->barSets().front()->count());
        Q_EMIT series->clicked(bars - 1 - bucket, series->barSets().front()); // drawn bottom-up
    };
    QAbstractItemModel* projects = m_window->projectTable()->model();
    click(4);
    QTRY_COMPARE(m_window->filterState()->filter().region, ProjectFilter::kNoRegion);
    QCOMPARE(projects->rowCount(), 7);
    const CorpusQueries queries(m_store);
    for (const auto& p : queries.projects(m_window->filterState()->filter()))
        QCOMPARE(p.county, QString());
    QCOMPARE(m_window->filterBar()->chips().size(), 1);
    QCOMPARE(m_window->filterBar()->chips().front()->text(), u"County: (unknown)  ✕"_s);

    QTest::mouseClick(m_window->filterBar()->clearAllButton(), Qt::LeftButton);
    click(3);
    QTRY_COMPARE(m_window->filterState()->filter().regionOthers,
                 (QStringList{u"平湖市"_s, u"嵊州市"_s, u"上虞区"_s}));
    QCOMPARE(projects->rowCount(), 1);
    QCOMPARE(queries.projects(m_window->filterState()->filter()).front().county, u"昆山市"_s);
    QCOMPARE(m_window->filterBar()->chips().front()->text(),
             u"County: other than 平湖市, 嵊州市, 上虞区  ✕"_s);
    QCOMPARE(charts->chartData(ChartPanel::RegionChart).keys, QStringList{u"昆山市"_s});
}

void TestMainWindow::openingAnotherCorpusDropsStaleConditions()
{
    loadSample();
    m_window->filterState()->setRegion(ProjectFilter::RegionLevel::City, u"绍兴市"_s);
    m_window->filterState()->setSearch(u"签约"_s);
    const ProjectFilter before = m_window->filterState()->filter();

    // Reloading the same corpus keeps every condition.
    {
        QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
        m_window->reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }
    QCOMPARE(m_window->filterState()->filter(), before);

    // Another folder has no project in 绍兴市: that condition goes, the search (which it matches) stays.
    const QString folder = m_dir->filePath(u"other"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + u"/a.txt"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        u"长沙市招商引资再传捷报\n3月5日，宏远新材料产业园项目在长沙市签约，总投资20亿元。\n"_s.toUtf8());
    file.close();
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openPaths({folder});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    ProjectFilter expected;
    expected.search = u"签约"_s;
    QCOMPARE(m_window->filterState()->filter(), expected);
    QCOMPARE(m_window->documentModel()->rowCount(), 1);
    QVERIFY(m_window->projectTable()->model()->rowCount() > 0);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Filter conditions this corpus has nothing for were removed: City: 绍兴市"_s);
    QCOMPARE(m_window->filterBar()->chips().size(), 1);
}

void TestMainWindow::doubleClickOpensEvidence()
{
    loadSample();
    ProjectTableView* view = m_window->projectTable();
    QAbstractItemModel* model = view->model();
    // The project 尼得科机床项目 is reported in 001.
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ProjectTableModel::NameColumn).data().toString() == u"尼得科机床项目"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row, ProjectTableModel::NameColumn);
    // Its tooltip tells how it was found, as extract --explain does, with the article's text escaped.
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(
        tip.contains(u"How it was found:<br>found: “尼得科机床（浙江）有限公司” at 2628–2641, a company's "
                     u"report with a status and an amount but no project name<br>"_s),
        qPrintable(tip));
    QVERIFY2(tip.contains(u"investment: “4400万美元” at 2653–2660, after the name, in its item"_s),
             qPrintable(tip));
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);

    DocumentView* document = m_window->documentView();
    QTRY_VERIFY(document->evidenceSpan().start >= 0);
    const TextSpan evidence = document->evidenceSpan();
    const QString shown = document->displayedText().mid(evidence.start, evidence.length());
    QVERIFY2(shown.contains(u"尼得科机床"_s) && shown.contains(u"4400万美元"_s), qPrintable(shown));
    QCOMPARE(m_store->document(document->documentId())->document.name, u"001_053c5eb8fb896fe2.txt"_s);
    // The evidence is in view: the text cursor stands at its start.
    QCOMPARE(document->textEdit()->textCursor().position(), evidence.start);
}

void TestMainWindow::entityTypeToggleChangesHighlights()
{
    loadSample();
    const int money = highlightedCharacters(EntityType::Money);
    const int places = highlightedCharacters(EntityType::Region);
    QVERIFY(money > 0);
    QVERIFY(places > 0);
    QToolButton* toggle = m_window->documentView()->legendButton(EntityType::Money);
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT COUNT(*) FROM entities WHERE document_id = ? AND type = ?"_s);
    q.addBindValue(m_window->documentView()->documentId());
    q.addBindValue(u"money"_s);
    QVERIFY(q.exec() && q.next());
    QVERIFY2(toggle->text().endsWith(u' ' + q.value(0).toString()),
             qPrintable(toggle->text())); // the legend counts
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(highlightedCharacters(EntityType::Money), 0);
    QCOMPARE(highlightedCharacters(EntityType::Region), places);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(highlightedCharacters(EntityType::Money), money);
}

void TestMainWindow::searchAndFind()
{
    loadSample();
    QLineEdit* search = m_window->filterBar()->searchBox();
    search->setText(u"晶圆贴膜"_s); // QTest types ASCII only
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->filterState()->filter().search, u"晶圆贴膜"_s);
    QCOMPARE(m_window->documentModel()->rowCount(), 1);

    DocumentView* document = m_window->documentView();
    document->openFind();
    document->find(u"允哲"_s);
    QVERIFY(document->findHitCount() >= 5);
    document->find(u"没有这个词"_s);
    QCOMPARE(document->findHitCount(), 0);

    m_window->filterState()->clear();
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_window->documentModel()->rowCount(), 5);
}

void TestMainWindow::searchAndFindCrossScripts()
{
    const QString folder = m_dir->filePath(u"hant"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + u"/a.txt"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"宏遠集團擴大投資\n宏遠集團在本市投資建設新廠，總投資20億元。\n"_s.toUtf8());
    file.close();
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openPaths({folder});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    // The Simplified word finds the Traditional article, in the list and in the article.
    m_window->filterState()->setSearch(u"投资建设"_s);
    QCOMPARE(m_window->documentModel()->rowCount(), 1);
    DocumentView* document = m_window->documentView();
    QTRY_VERIFY(document->displayedText().contains(u"投資建設"_s));
    document->openFind();
    document->find(u"投资"_s);
    QCOMPARE(document->findHitCount(), 3);
    // The hit is marked on the text as written.
    const QTextCursor hit = document->textEdit()->textCursor();
    QCOMPARE(document->displayedText().mid(hit.position(), 2), u"投資"_s);
    document->find(u"集团"_s);
    QCOMPARE(document->findHitCount(), 2);
    document->find(u"投资者"_s);
    QCOMPARE(document->findHitCount(), 0);
}

void TestMainWindow::repeatedParagraphShownAndCountedOnce()
{
    const QString folder = m_dir->filePath(u"repeated"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + u"/a.txt"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString block = u"恒川集团投资10亿元建设新能源电池项目，项目落户南岭经济开发区。"_s;
    // The layout printed the block three times.
    file.write((u"南岭招商再传捷报\n"_s + block + u'\n' + block + u'\n' + block +
                u"\n招商部门表示将继续做好服务保障工作。\n"_s)
                   .toUtf8());
    file.close();
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openPaths({folder});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    DocumentView* document = m_window->documentView();
    QTRY_VERIFY(!document->displayedText().isEmpty());

    // Shown once, with a mark saying it was printed three times.
    QCOMPARE(document->visibleText(),
             u"南岭招商再传捷报\n"_s + block + u"\n招商部门表示将继续做好服务保障工作。"_s);
    QCOMPARE(document->repeatMarks(), (QMap<int, int>{{1, 3}}));
    QCOMPARE(ArticleTextEdit::markText(3), u"×3"_s);
    // Its entities count once: in the legend, the entity table and the store.
    QVERIFY2(document->legendButton(EntityType::Company)->text().endsWith(u" 1"_s),
             qPrintable(document->legendButton(EntityType::Company)->text()));
    QVERIFY2(document->legendButton(EntityType::Money)->text().endsWith(u" 1"_s),
             qPrintable(document->legendButton(EntityType::Money)->text()));
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM entities WHERE type = 'money'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Find sees the paragraph once too.
    document->find(u"新能源电池"_s);
    QCOMPARE(document->findHitCount(), 1);

    // The original text shows every copy, without marks.
    document->setShowOriginal(true);
    QCOMPARE(document->visibleText().count(block), 3);
    QVERIFY(document->repeatMarks().isEmpty());
    document->setShowOriginal(false);
    QCOMPARE(document->visibleText().count(block), 1);
}

void TestMainWindow::listShowsTitlesNeverMetadata()
{
    const QString folder = m_dir->filePath(u"web"_s);
    QVERIFY(QDir().mkpath(folder + u"/sub"_s));
    const auto write = [&](const QString& name, const QString& text) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    // A web page: boilerplate, then the date and source, then the text with no headline.
    write(u"a.txt"_s,
          u"扫一扫在手机打开当前页\n\n2024-03-15 08:54 来源：南岭网\n\n3月14日，宏远集团新材料产业园"
          u"项目在南岭市签约，总投资20亿元。\n"_s);
    // A headline over its source line.
    write(u"sub/b.txt"_s, u"南岭新区签约项目46个\n\n来源：南岭日报\n\n上半年，南岭新区共签约项目46个。\n"_s);
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openPaths({folder});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QAbstractItemModel* list = m_window->documentTable()->model();
    QCOMPARE(list->rowCount(), 2);
    QMap<QString, QString> titles; // tooltip -> title shown
    for (int r = 0; r < list->rowCount(); ++r) {
        const QModelIndex title = list->index(r, DocumentListModel::TitleColumn);
        titles.insert(title.data(Qt::ToolTipRole).toString(), title.data().toString());
    }
    QCOMPARE(titles,
             (QMap<QString, QString>{{u"3月14日，宏远集团新材料产业园项目在南岭市签约，总投资20亿元\na.txt"_s,
                                      u"3月14日，宏远集团新材料产业园项目在南岭市签约，总投资20亿元"_s},
                                     {u"南岭新区签约项目46个\nsub/b.txt"_s, u"南岭新区签约项目46个"_s}}));
}

void TestMainWindow::darkPaletteKeepsTextReadable()
{
    loadSample();
    // Every highlighted run: its text against its background at 4.5:1 or better (WCAG AA).
    const auto checkHighlights = [this](bool dark) {
        int runs = 0;
        const QTextDocument* doc = m_window->documentView()->textEdit()->document();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (const QTextLayout::FormatRange& r : b.layout()->formats()) {
                if (r.format.background().style() == Qt::NoBrush)
                    continue;
                const QColor background = r.format.background().color();
                const QColor text = r.format.foreground().color();
                if (EntityPalette::contrast(text, background) < 4.5 || (background.lightness() < 128) != dark)
                    return u"%1 on %2"_s.arg(text.name(), background.name());
                ++runs;
            }
        }
        return runs > 100 ? QString() : u"only %1 highlighted runs"_s.arg(runs);
    };
    QCOMPARE(checkHighlights(false), QString());

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2D, 0x2D, 0x2D));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    m_window->setPalette(dark);
    QCOMPARE(checkHighlights(true), QString());

    // The charts on screen follow the palette…
    QChart* chart = m_window->chartPanel()->view(ChartPanel::RegionChart)->chart();
    QCOMPARE(chart->backgroundBrush().color(), QColor(0x1E, 0x1E, 0x1E));
    for (QAbstractAxis* axis : chart->axes())
        QCOMPARE(axis->labelsColor(), QColor(0xEE, 0xEE, 0xEE));
    // …their exports keep the light look.
    const QImage exported =
        ChartRenderer::image(m_window->chartPanel()->chartData(ChartPanel::RegionChart), QSize(300, 200), 1);
    QCOMPARE(exported.pixelColor(2, 2), QColor(Qt::white));
}

void TestMainWindow::entityToolTipTellsValueRoleAndProject()
{
    loadSample();
    DocumentView* document = m_window->documentView();
    const qsizetype at = document->displayedText().indexOf(u"1.2亿元"_s);
    QVERIFY(at > 0);
    const Entity* money = document->entityAt(at + 1);
    QVERIFY(money);
    const QString tip = document->toolTipFor(*money);
    QVERIFY2(tip.contains(u"1.2亿元 → "_s) &&
                 (tip.contains(u"120000000 CNY"_s) || tip.contains(u"120,000,000 CNY"_s)),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Investment"_s) && tip.contains(u"新建年产500套半导体晶圆贴膜设备"_s),
             qPrintable(tip));
    // Clicking it selects it.
    document->selectEntityAt(at + 1);
    QVERIFY(document->selectedEntity());
    QCOMPARE(document->selectedEntity()->text, u"1.2亿元"_s);
}

void TestMainWindow::copyProjectsAsTsv()
{
    loadSample();
    ProjectTableView* view = m_window->projectTable();
    view->selectAll();
    view->copySelection();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), view->model()->rowCount() + 1);
    // The columns as shown, with the yuan value as a number and the codes beside the names.
    QCOMPARE(lines.front().split(u'\t'),
             (QStringList{u"Project"_s, u"Company"_s, u"Region"_s, u"City"_s, u"Province"_s, u"Investment"_s,
                          u"Investment (yuan)"_s, u"Industry"_s, u"Industry code"_s, u"Status"_s,
                          u"Status code"_s, u"Article"_s}));
    // Sorted by investment, largest first: 比亚迪 (130亿) leads.
    QCOMPARE(lines[1].split(u'\t'),
             (QStringList{u"比亚迪新能源动力电池项目"_s, u"比亚迪"_s, u"嵊州市"_s, u"绍兴市"_s, u"浙江省"_s,
                          u"130.00亿 CNY"_s, u"13000000000"_s, u"New energy"_s, u"ENERGY"_s, u"Operating"_s,
                          u"operating"_s, u"003_fffc7a88d94d1c7d.txt"_s}));
}

void TestMainWindow::problemsAreListed()
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, u"good.txt"_s, u"平湖签约项目。"_s.toUtf8());
    const QString bad = TestSupport::writeFile(dir, u"bad.txt"_s, QByteArray("\x00\x01", 2));
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openPaths({dir.path()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(m_window->documentModel()->rowCount(), 1);
    QCOMPARE(m_window->problemList()->count(), 1);
    QVERIFY(m_window->problemList()->item(0)->text().contains(bad));
    QVERIFY(m_window->problemList()->isVisible());
    QVERIFY(m_window->summaryText().contains(u"1"_s));
}

void TestMainWindow::droppedFilesAreAddedShiftReplaces()
{
    loadSample();
    QTemporaryDir dir;
    TestSupport::writeFile(dir, u"folder/a.txt"_s,
                           u"嘉兴市平湖市：丰茂汽车零部件项目签约，总投资10亿元。"_s.toUtf8());
    TestSupport::writeFile(dir, u"folder/sub/b.txt"_s,
                           TestSupport::encoded(u"湘潭高新区与中冶集团洽谈金属深加工项目。"_s, "GB18030"));
    const QString single = TestSupport::writeFile(
        dir, u"single.txt"_s,
        u"宏远新材料项目落户株洲\n\n宏远新材料项目在株洲市签约，总投资5亿元。\n"_s.toUtf8());
    const QString folder = dir.filePath(u"folder"_s);
    const auto drop = [this](const QString& path, Qt::KeyboardModifiers modifiers) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, modifiers);
        QApplication::sendEvent(m_window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, modifiers);
        QApplication::sendEvent(m_window, &event);
        if (m_window->loader()->isRunning())
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    };

    // A folder dropped on the sample corpus joins it.
    drop(folder, Qt::NoModifier);
    QTRY_COMPARE(m_window->documentModel()->rowCount(), 7);
    QCOMPARE(m_settings->recentPaths().value(0), QFileInfo(folder).absoluteFilePath());
    // Dropped again, it is not read twice.
    drop(folder, Qt::NoModifier);
    QCOMPARE(m_window->documentModel()->rowCount(), 7);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Already in the corpus: nothing was added"_s);
    // A file on its own is named by its file name, and listed by its title.
    drop(single, Qt::NoModifier);
    QTRY_COMPARE(m_window->documentModel()->rowCount(), 8);
    QAbstractItemModel* list = m_window->documentTable()->model();
    QStringList titles;
    for (int r = 0; r < list->rowCount(); ++r) {
        if (list->index(r, DocumentListModel::TitleColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(u"\nsingle.txt"_s))
            titles << list->index(r, DocumentListModel::TitleColumn).data().toString();
    }
    QCOMPARE(titles, QStringList{u"宏远新材料项目落户株洲"_s});
    // Reload reads all of it again.
    {
        QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
        m_window->reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }
    QCOMPARE(m_window->documentModel()->rowCount(), 8);
    // Shift+drop replaces the corpus.
    drop(folder, Qt::ShiftModifier);
    QTRY_COMPARE(m_window->documentModel()->rowCount(), 2);
    QCOMPARE(m_store->rowCount(u"documents"_s), 2);
}

void TestMainWindow::layoutIsRestored()
{
    m_window->resize(1500, 930);
    m_window->close();
    MainWindow second(m_store, m_settings);
    QCOMPARE(second.size(), QSize(1500, 930));
    QCOMPARE(m_settings->recentPaths(), QStringList{});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
