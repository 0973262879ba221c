// The explorer's views on a saved corpus: opens the database in the main window and prints how long each
// views refresh takes (a filter set or cleared: articles list, projects table, charts, summary, painted), and
// sorting the projects table and the articles list by each column. Prints numbers; asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen bench_views FILE.sqlite [ROUNDS]
// (bench_scale --projects N --save FILE makes one)
#include "documents/documentlistmodel.h"
#include "filter/filterstate.h"
#include "mainwindow.h"
#include "projects/projecttablemodel.h"
#include "projects/projecttableview.h"
#include "query/corpusqueries.h"
#include "settings.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_views FILE.sqlite\n");
        return 2;
    }
    Store store;
    QString error;
    QElapsedTimer t;
    t.start();
    if (!store.open(&error) || !store.load(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "bench_views: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("database: %d projects, %d articles (%.1f s to load)\n", store.rowCount(u"projects"_s),
                store.rowCount(u"documents"_s), t.elapsed() / 1e3);
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    t.restart();
    MainWindow window(&store, &settings);
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    std::printf("%-40s %8.1f ms\n", "window with its views", t.elapsed() / 1e3 * 1e3);
    // The views' work, then what painting them took.
    const auto time = [&t](const char* what, const std::function<void()>& run) {
        t.restart();
        run();
        const double work = static_cast<double>(t.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
        const double total = static_cast<double>(t.nsecsElapsed()) / 1e6;
        std::printf("%-40s %8.1f ms (painting %.1f ms)\n", what, total, total - work);
    };
    FilterState* filter = window.filterState();
    const QString city =
        CorpusQueries(&store).byRegion(ProjectFilter::RegionLevel::City, {}, 1, false).value(0).key;
    const QString industry = CorpusQueries(&store).byIndustry({}).value(0).key;
    // A second argument: the filter changes this many times over (to profile them).
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 1;
    std::printf("views refresh (articles list, projects table, the chart on show, summary):\n");
    for (int round = 0; round < rounds; ++round) {
        time("  filter: one city", [&] { filter->setRegion(ProjectFilter::RegionLevel::City, city); });
        time("  filter: and one industry", [&] { filter->setIndustry(industry); });
        time("  filter: cleared", [&] { filter->clear(); });
        time("  filter: signed projects", [&] { filter->setStatus(u"signed"_s); });
        time("  filter: cleared", [&] { filter->clear(); });
    }
    std::printf("projects table sorted by:\n");
    ProjectTableView* projects = window.projectTable();
    for (int column = 0; column < ProjectTableModel::ColumnCount; ++column) {
        const QByteArray label =
            "  " + projects->model()->headerData(column, Qt::Horizontal).toString().toUtf8();
        time(label.constData(), [&] { projects->sortByColumn(column, Qt::AscendingOrder); });
    }
    time("  (scrolled to the end)", [&] { projects->scrollToBottom(); });
    projects->sortByColumn(ProjectTableModel::InvestmentColumn, Qt::DescendingOrder);
    std::printf("articles list sorted by:\n");
    auto* articles = window.findChild<QTableView*>(u"documentTable"_s);
    for (int column = DocumentListModel::TitleColumn; column < DocumentListModel::ColumnCount; ++column) {
        const QByteArray label =
            "  " + articles->model()->headerData(column, Qt::Horizontal).toString().toUtf8();
        time(label.constData(), [&] { articles->sortByColumn(column, Qt::AscendingOrder); });
    }
    return 0;
}
