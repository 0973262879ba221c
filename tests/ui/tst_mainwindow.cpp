#include "document/documentview.h"
#include "documents/documentlistmodel.h"
#include "loading/corpusloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsSampleCorpus();
    void selectingShowsCleanedAndOriginalText();
    void problemsAreListed();
    void layoutIsRestored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMainWindow::loadsSampleCorpus()
{
    QAbstractItemModelTester tester(m_window->documentModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    QSignalSpy added(m_window->loader(), &CorpusLoader::documentAdded);
    m_window->openSampleCorpus();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.front().front().toBool(), false);
    QCOMPARE(added.size(), 5);
    QCOMPARE(m_window->documentModel()->rowCount(), 5);
    QCOMPARE(m_store->rowCount(u"documents"_s), 5);
    // The first article is shown as soon as it arrives.
    QVERIFY(!m_window->documentView()->displayedText().isEmpty());
}

void TestMainWindow::selectingShowsCleanedAndOriginalText()
{
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openSampleCorpus();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    const QList<AnalyzedDocument> corpus = TestSupport::sampleCorpus();
    QTableView* table = m_window->documentTable();
    // Click the row of the fourth article (the table may be sorted: find it by file name).
    const QModelIndexList matches =
        table->model()->match(table->model()->index(0, DocumentListModel::FileColumn), Qt::DisplayRole,
                              corpus[3].document.name, 1, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    const QRect rect = table->visualRect(matches.front());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->documentView()->displayedText(), corpus[3].clean.text);

    m_window->documentView()->setShowOriginal(true);
    QCOMPARE(m_window->documentView()->displayedText(), corpus[3].document.originalText);
    m_window->documentView()->setShowOriginal(false);
    QCOMPARE(m_window->documentView()->displayedText(), corpus[3].clean.text);
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
}

void TestMainWindow::layoutIsRestored()
{
    m_window->resize(1111, 777);
    m_window->close();
    MainWindow second(m_store.get(), m_settings.get());
    QCOMPARE(second.size(), QSize(1111, 777));
    QCOMPARE(m_settings->recentPaths(), QStringList{});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
