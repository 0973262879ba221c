#include "documents/documentlistmodel.h"
#include "projects/projecttablemodel.h"
#include "projects/projecttableview.h"
#include "query/pagedrows.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Lists of any length read only the rows they show: PagedRows, and the projects table and articles list on a
// store of more projects than a few pages hold, sorted by the database.
class TestPagedViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesAreReadOnceAndAligned_data();
    void pagesAreReadOnceAndAligned();
    void leastRecentlyUsedPagesGo();
    void projectsTableSortsInTheDatabase_data();
    void projectsTableSortsInTheDatabase();
    void projectsTableReadsWhatItShows();
    void currentProjectKeptAcrossReload();
    void articlesListSortsInTheDatabase_data();
    void articlesListSortsInTheDatabase();

private:
    Store m_store;
};

namespace {

struct Item {
    int id = 0;
    QString text;
};

constexpr int kCopies = 12; // the sample corpus's projects this many times: several pages of them

} // namespace

void TestPagedViews::initTestCase()
{
    QVERIFY(m_store.open());
    const QList<AnalyzedDocument> corpus = TestSupport::sampleCorpus();
    for (int copy = 0; copy < kCopies; ++copy) {
        QList<AnalyzedDocument> round = corpus;
        for (AnalyzedDocument& d : round) {
            d.document.name = d.document.path =
                u"copy%1/%2"_s.arg(copy, 2, 10, QChar(u'0')).arg(d.document.name);
            for (Project& p : d.annotations.projects)
                p.name += u" %1"_s.arg(copy);
        }
        QVERIFY(m_store.addDocuments(round));
    }
    QVERIFY(m_store.rowCount(u"projects"_s) > 2 * PagedRows<Item>::kPageSize);
}

void TestPagedViews::pagesAreReadOnceAndAligned_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("missing"); // ids the fetch does not give back
    QTest::newRow("one short page") << 5 << QList<int>{};
    QTest::newRow("exactly one page") << int(PagedRows<Item>::kPageSize) << QList<int>{};
    QTest::newRow("three pages and a bit") << int(3 * PagedRows<Item>::kPageSize + 7) << QList<int>{};
    QTest::newRow("rows gone from the store") << 300 << QList<int>{3, 128, 129, 299};
}

void TestPagedViews::pagesAreReadOnceAndAligned()
{
    QFETCH(int, count);
    QFETCH(QList<int>, missing);
    int fetches = 0;
    qsizetype largest = 0;
    PagedRows<Item> rows([&](std::span<const int> ids) {
        ++fetches;
        largest = std::max<qsizetype>(largest, ids.size());
        QList<Item> items;
        for (int id : ids) {
            if (!missing.contains(id))
                items.append(Item{id, u"item %1"_s.arg(id)});
        }
        return items;
    });
    QList<int> ids;
    for (int i = count - 1; i >= 0; --i) // in an order of their own
        ids << i;
    rows.reset(ids);
    QCOMPARE(rows.size(), count);
    QCOMPARE(fetches, 0);
    for (int pass = 0; pass < 2; ++pass) { // the second pass reads nothing
        for (int r = 0; r < count; ++r) {
            QCOMPARE(rows.at(r).id, ids[r]);
            QCOMPARE(rows.at(r).text, missing.contains(ids[r]) ? QString() : u"item %1"_s.arg(ids[r]));
        }
    }
    const int pages = int((count + PagedRows<Item>::kPageSize - 1) / PagedRows<Item>::kPageSize);
    QCOMPARE(fetches, pages);
    QCOMPARE(largest, std::min<qsizetype>(count, PagedRows<Item>::kPageSize));
    QCOMPARE(rows.rowOf(ids.back()), count - 1);
    QCOMPARE(rows.rowOf(count), -1);
    rows.reset(ids); // a new list reads again
    QCOMPARE(rows.pagesRead(), 0);
    QCOMPARE(rows.at(count - 1).id, ids.back());
    QCOMPARE(fetches, pages + 1);
}

void TestPagedViews::leastRecentlyUsedPagesGo()
{
    using Rows = PagedRows<Item>;
    QList<qsizetype> fetched; // first row of each page read
    Rows rows([&](std::span<const int> ids) {
        fetched << ids.front();
        QList<Item> items;
        for (int id : ids)
            items.append(Item{id, QString()});
        return items;
    });
    QList<int> ids;
    for (int i = 0; i < (Rows::kMaxPages + 2) * Rows::kPageSize; ++i)
        ids << i;
    rows.reset(ids);
    for (qsizetype page = 0; page < Rows::kMaxPages; ++page)
        (void)rows.at(page * Rows::kPageSize);
    (void)rows.at(0); // page 0 used again: page 1 is now the oldest
    QCOMPARE(rows.pagesRead(), Rows::kMaxPages);
    (void)rows.at(Rows::kMaxPages * Rows::kPageSize); // one more: page 1 goes
    QCOMPARE(rows.pagesRead(), Rows::kMaxPages);
    fetched.clear();
    (void)rows.at(0);
    QVERIFY(fetched.isEmpty());
    (void)rows.at(Rows::kPageSize);
    QCOMPARE(fetched, QList<qsizetype>{Rows::kPageSize});
}

void TestPagedViews::projectsTableSortsInTheDatabase_data()
{
    using Key = CorpusQueries::ProjectOrder::Key;
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("key");
    QTest::newRow("project, A–Z") << int(ProjectTableModel::NameColumn) << false << int(Key::Name);
    QTest::newRow("company, Z–A") << int(ProjectTableModel::CompanyColumn) << true << int(Key::Company);
    QTest::newRow("region") << int(ProjectTableModel::RegionColumn) << false << int(Key::Region);
    QTest::newRow("city") << int(ProjectTableModel::CityColumn) << false << int(Key::City);
    QTest::newRow("province") << int(ProjectTableModel::ProvinceColumn) << true << int(Key::Province);
    QTest::newRow("investment, largest first")
        << int(ProjectTableModel::InvestmentColumn) << true << int(Key::Investment);
    QTest::newRow("investment, smallest first")
        << int(ProjectTableModel::InvestmentColumn) << false << int(Key::Investment);
    QTest::newRow("industry") << int(ProjectTableModel::IndustryColumn) << false << int(Key::Industry);
    QTest::newRow("status") << int(ProjectTableModel::StatusColumn) << true << int(Key::Status);
    QTest::newRow("article") << int(ProjectTableModel::DocumentColumn) << false << int(Key::Document);
}

void TestPagedViews::projectsTableSortsInTheDatabase()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(int, key);
    ProjectTableModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectTableView view(&model);
    model.reload({});
    // A click on the header: the model reads the list again in that order.
    view.sortByColumn(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    const QList<int> expected = CorpusQueries(&m_store).projectIds(
        {}, {static_cast<CorpusQueries::ProjectOrder::Key>(key), descending});
    QCOMPARE(model.rowCount(), expected.size());
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.projectId(r), expected[r]);
    // What a row shows is that project's.
    const int last = model.rowCount() - 1;
    const auto project = CorpusQueries(&m_store).project(expected[last]);
    QVERIFY(project);
    QCOMPARE(model.index(last, ProjectTableModel::NameColumn).data().toString(), project->name);
    QCOMPARE(model.index(last, ProjectTableModel::NameColumn).data(ProjectTableModel::ProjectIdRole).toInt(),
             project->id);
    // The order stays for the next load (a filter change).
    ProjectFilter signedOnly;
    signedOnly.status = u"signed"_s;
    model.reload(signedOnly);
    QCOMPARE(QList<int>(model.rowCount() > 0 ? QList<int>{model.projectId(0)} : QList<int>{}),
             CorpusQueries(&m_store)
                 .projectIds(signedOnly, {static_cast<CorpusQueries::ProjectOrder::Key>(key), descending})
                 .mid(0, 1));
}

void TestPagedViews::projectsTableReadsWhatItShows()
{
    ProjectTableModel model(&m_store);
    ProjectTableView view(&model);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.reload({});
    QCoreApplication::processEvents();
    const int rows = model.rowCount();
    const int pages = int((rows + PagedRows<Item>::kPageSize - 1) / PagedRows<Item>::kPageSize);
    QVERIFY(pages >= 3);
    // The rows on screen and those the investment column is sized by: not the whole list.
    QVERIFY2(model.pagesRead() >= 1 && model.pagesRead() < pages,
             qPrintable(QString::number(model.pagesRead())));
    view.scrollToBottom();
    QCoreApplication::processEvents();
    QCOMPARE(view.indexAt(QPoint(5, view.viewport()->height() - 5)).isValid(), true);
    QVERIFY(model.pagesRead() <= pages);
    // Copying the last row reads it as shown.
    view.selectRow(rows - 1);
    view.copySelection();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[1].section(u'\t', 0, 0), model.row(rows - 1).name);
}

void TestPagedViews::currentProjectKeptAcrossReload()
{
    ProjectTableModel model(&m_store);
    ProjectTableView view(&model);
    model.reload({});
    // A project far down the list (on its third page) stays current when the list is read again.
    const int row = 2 * PagedRows<Item>::kPageSize + 3;
    QVERIFY(row < model.rowCount());
    const int id = model.projectId(row);
    view.setCurrentIndex(model.index(row, ProjectTableModel::NameColumn));
    QSignalSpy changed(&view, &ProjectTableView::currentProjectChanged);
    model.reload({});
    QCOMPARE(view.currentIndex().row(), row);
    QCOMPARE(view.selectedProjectIds(), QList<int>{id});
    // Sorted another way, it is still the current project, on its new row.
    view.sortByColumn(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.projectId(view.currentIndex().row()), id);
    QVERIFY(changed.isEmpty() || changed.last().at(0).toInt() == id);
}

void TestPagedViews::articlesListSortsInTheDatabase_data()
{
    using Key = CorpusQueries::DocumentOrder::Key;
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("key");
    QTest::newRow("as stored") << -1 << false << int(Key::Id);
    QTest::newRow("file") << int(DocumentListModel::FileColumn) << true << int(Key::File);
    QTest::newRow("title") << int(DocumentListModel::TitleColumn) << false << int(Key::Title);
    QTest::newRow("region") << int(DocumentListModel::RegionColumn) << false << int(Key::Region);
    QTest::newRow("projects, most first")
        << int(DocumentListModel::ProjectsColumn) << true << int(Key::Projects);
    QTest::newRow("investment") << int(DocumentListModel::InvestmentColumn) << false << int(Key::Investment);
}

void TestPagedViews::articlesListSortsInTheDatabase()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(int, key);
    DocumentListModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    ProjectFilter semiconductors;
    semiconductors.industry = u"SEMI"_s;
    model.reload(semiconductors);
    view.sortByColumn(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    const CorpusQueries queries(&m_store);
    const QList<int> expected = queries.documentIds(
        semiconductors, {static_cast<CorpusQueries::DocumentOrder::Key>(key), descending});
    QVERIFY(expected.size() > 1);
    QCOMPARE(model.rowCount(), expected.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.documentId(r), expected[r]);
        QCOMPARE(model.rowOf(expected[r]), r);
    }
    // A row shows its article's figures for the filter.
    const auto rows = queries.documentsById(semiconductors, std::span(expected).last(1));
    QCOMPARE(rows.size(), 1);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, DocumentListModel::TitleColumn).data().toString(), rows[0].title);
    QCOMPARE(model.index(last, DocumentListModel::ProjectsColumn).data().toInt(), rows[0].projects);
}

QTEST_MAIN(TestPagedViews)
#include "tst_pagedviews.moc"
