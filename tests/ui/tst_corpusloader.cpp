#include "loading/corpusloader.h"
#include "store/searchindex.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The loader analyses on every core and stores in batches: the articles still come in the order of their
// files, every one once, the progress counts what is stored, a cancel stops it cleanly.
class TestCorpusLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesInFileOrder();
    void cancelStopsCleanly();
    void indexesForSearchAfterTheLoad();
    void nothingToIndexSaysSo();

private:
    // A folder of `count` small invented articles, a project each.
    static QString folder(const QTemporaryDir& dir, int count);
};

QString TestCorpusLoader::folder(const QTemporaryDir& dir, int count)
{
    for (int i = 0; i < count; ++i)
        TestSupport::writeFile(
            dir, u"in/%1.txt"_s.arg(i, 4, 10, QChar(u'0')),
            u"株洲签约第%1个项目\n\n本报讯 恒川新材料有限公司投资%2亿元的锂电池材料项目在株洲高新区签约。\n"_s
                .arg(i)
                .arg(i % 9 + 1)
                .toUtf8());
    return dir.filePath(u"in"_s);
}

void TestCorpusLoader::storesInFileOrder()
{
    QTemporaryDir dir;
    const QString path = folder(dir, 300);
    Store store;
    QVERIFY(store.open());
    CorpusLoader loader(&store);
    QSignalSpy added(&loader, &CorpusLoader::documentAdded);
    QSignalSpy progress(&loader, &CorpusLoader::progressChanged);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    loader.load({path});
    QVERIFY(loader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.front().front().toBool(), false);
    QVERIFY(!loader.isRunning());
    QCOMPARE(added.size(), 300);
    QCOMPARE(store.rowCount(u"documents"_s), 300);
    // In the order of the files, whatever worker finished first.
    for (int i = 0; i < added.size(); ++i)
        QCOMPARE(store.document(added[i].front().toInt())->document.name,
                 u"%1.txt"_s.arg(i, 4, 10, QChar(u'0')));
    // The progress counts what is stored: it rises to the total and ends there; fewer steps than
    // documents, as they are stored in batches.
    QCOMPARE(progress.back(), (QList<QVariant>{300, 300}));
    int last = -1;
    for (const QList<QVariant>& p : progress) {
        QVERIFY(p.front().toInt() >= last);
        last = p.front().toInt();
    }
    QVERIFY(progress.size() < 300);
}

void TestCorpusLoader::cancelStopsCleanly()
{
    QTemporaryDir dir;
    const QString path = folder(dir, 400);
    Store store;
    QVERIFY(store.open());
    CorpusLoader loader(&store);
    QSignalSpy added(&loader, &CorpusLoader::documentAdded);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    loader.load({path});
    QTRY_VERIFY_WITH_TIMEOUT(added.size() > 0, 60000);
    loader.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.front().front().toBool(), true);
    QVERIFY(!loader.isRunning());
    // What was stored is whole and in order; nothing arrives after the cancel.
    const int stored = store.rowCount(u"documents"_s);
    QCOMPARE(stored, added.size());
    QTest::qWait(100);
    QCOMPARE(store.rowCount(u"documents"_s), stored);
    // Loading again works.
    loader.load({path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.back().front().toBool(), false);
    QCOMPARE(store.rowCount(u"documents"_s), stored + 400);
}

// The load stores without indexing; the index follows in slices once it is done, and search finds every
// article all along.
void TestCorpusLoader::indexesForSearchAfterTheLoad()
{
    QTemporaryDir dir;
    const QString path = folder(dir, 120);
    Store store;
    QVERIFY(store.open());
    CorpusLoader loader(&store);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QSignalSpy indexProgress(&loader, &CorpusLoader::indexProgressChanged);
    QSignalSpy indexed(&loader, &CorpusLoader::indexFinished);
    // When the load has finished: stored, not indexed yet, and found.
    int unindexedAtFinish = -1;
    bool indexingAtFinish = false;
    QList<int> foundAtFinish;
    connect(&loader, &CorpusLoader::finished, this, [&] {
        unindexedAtFinish = store.unindexedDocuments();
        indexingAtFinish = loader.isIndexing();
        foundAtFinish = SearchIndex::search(store.database(), u"第7个项目"_s, store.indexedThrough());
    });
    loader.load({path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(store.rowCount(u"documents"_s), 120);
    QCOMPARE(unindexedAtFinish, 120);
    QVERIFY(indexingAtFinish);
    QCOMPARE(foundAtFinish, QList<int>{8});
    QTRY_COMPARE_WITH_TIMEOUT(indexed.size(), 1, 60000);
    QVERIFY(!loader.isIndexing());
    QCOMPARE(store.unindexedDocuments(), 0);
    QCOMPARE(store.indexedThrough(), 120);
    QCOMPARE(indexProgress.back(), (QList<QVariant>{120, 120}));
    for (qsizetype i = 1; i < indexProgress.size(); ++i)
        QVERIFY(indexProgress[i].front().toInt() > indexProgress[i - 1].front().toInt());
    QCOMPARE(SearchIndex::search(store.database(), u"第7个项目"_s, store.indexedThrough()), QList<int>{8});
    // Through the index now: the same article by its Traditional form too.
    QCOMPARE(SearchIndex::search(store.database(), u"第7個項目"_s, store.indexedThrough()), QList<int>{8});
}

// A load that stores nothing (every file unreadable) leaves nothing to index: the index is said complete.
void TestCorpusLoader::nothingToIndexSaysSo()
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, u"in/broken.txt"_s, QByteArray("\x00\x01\x02", 3));
    Store store;
    QVERIFY(store.open());
    CorpusLoader loader(&store);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QSignalSpy indexed(&loader, &CorpusLoader::indexFinished);
    loader.load({dir.filePath(u"in"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(indexed.size(), 1);
    QVERIFY(!loader.isIndexing());
}

QTEST_GUILESS_MAIN(TestCorpusLoader)
#include "tst_corpusloader.moc"
