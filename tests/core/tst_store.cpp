#include "query/corpusqueries.h"
#include "store/searchindex.h"
#include "store/sqlitestatement.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void insertsCorpusInOneBatch();
    void annotationsAreStored();
    void saveAndReopen();
    void explanationsAreStoredAndReopened();
    void readsVersionOneFiles();
    void readsVersionFourFiles();
    void saveReplacesExistingFile();
    void loadRefusesOtherFiles_data();
    void loadRefusesOtherFiles();
    void clearKeepsSchema();
    void clearGivesMemoryBack();
    void sameProjectInTwoArticlesIsOne();
    void searchFindsArticlesNotIndexedYet_data();
    void searchFindsArticlesNotIndexedYet();
    void savedFileHasTheWholeIndex();
    void statementBindsAsQtsDriver_data();
    void statementBindsAsQtsDriver();

private:
    QList<AnalyzedDocument> m_corpus;
};

void TestStore::initTestCase()
{
    m_corpus = TestSupport::sampleCorpus();
    QCOMPARE(m_corpus.size(), 5);
}

void TestStore::insertsCorpusInOneBatch()
{
    Store store;
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const auto ids = store.addDocuments(m_corpus, &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(ids->size(), 5);
    QCOMPARE(store.rowCount(u"documents"_s), 5);
    int paragraphs = 0;
    for (const AnalyzedDocument& d : m_corpus)
        paragraphs += static_cast<int>(d.clean.paragraphs.size());
    QCOMPARE(store.rowCount(u"paragraphs"_s), paragraphs);
    QCOMPARE(store.rowCount(u"no_such_table"_s), -1);
    QCOMPARE(store.rowCount(u"industries"_s), 13); // the taxonomy is there from the start

    // A second batch continues the ids.
    const auto more = store.addDocuments({m_corpus.front()}, &error);
    QVERIFY(more);
    QCOMPARE(more->front(), ids->back() + 1);
}

void TestStore::annotationsAreStored()
{
    AnalyzedDocument d = m_corpus.front();
    Entity money;
    money.type = EntityType::Money;
    money.text = u"1.2亿元"_s;
    money.span = {10, 15};
    money.role = u"investment"_s;
    money.money = Money{120000000, std::nullopt, u"CNY"_s, Qualifier::None, 120000000};
    d.annotations.entities = {money};
    Project project;
    project.name = u"年产500套半导体晶圆贴膜设备项目"_s;
    project.company = u"允哲半导体科技（浙江）有限公司"_s;
    project.investment = money.money;
    project.evidence = {5, 40};
    d.annotations.projects = {project};

    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments({d}));
    QSqlQuery q(store.database());
    q.prepare(u"SELECT surface, amount, currency, role FROM entities WHERE type = ?"_s);
    q.addBindValue(u"money"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"1.2亿元"_s);
    QCOMPARE(q.value(1).toDouble(), 120000000.0);
    QCOMPARE(q.value(2).toString(), u"CNY"_s);
    QCOMPARE(q.value(3).toString(), u"investment"_s);
    QCOMPARE(store.rowCount(u"projects"_s), 1);
    QCOMPARE(store.rowCount(u"project_mentions"_s), 1);
}

void TestStore::saveAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corpus.sqlite"_s);
    {
        Store store;
        QVERIFY(store.open());
        QVERIFY(store.addDocuments(m_corpus));
        QString error;
        QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    }
    QVERIFY(QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{u"corpus.sqlite"_s}); // no temporary file left

    Store reopened;
    QVERIFY(reopened.open());
    QString error;
    QVERIFY2(reopened.load(path, &error), qPrintable(error));
    QCOMPARE(reopened.rowCount(u"documents"_s), 5);
    const QList<int> ids = reopened.documentIds();
    QCOMPARE(ids.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const auto d = reopened.document(ids[i]);
        QVERIFY(d);
        const AnalyzedDocument& expected = m_corpus[i];
        QCOMPARE(d->document.name, expected.document.name);
        QCOMPARE(d->document.originalText, expected.document.originalText);
        QCOMPARE(d->clean.text, expected.clean.text);
        QCOMPARE(d->clean.title, expected.clean.title);
        QVERIFY(d->clean.map.origins() == expected.clean.map.origins());
        QCOMPARE(d->clean.map.originalLength(), expected.clean.map.originalLength());
        QCOMPARE(d->clean.paragraphs.size(), expected.clean.paragraphs.size());
        for (qsizetype p = 0; p < d->clean.paragraphs.size(); ++p) {
            QCOMPARE(d->clean.paragraphs[p].span, expected.clean.paragraphs[p].span);
            QCOMPARE(d->clean.paragraphs[p].kind, expected.clean.paragraphs[p].kind);
            QCOMPARE(d->clean.paragraphs[p].repeatOf, expected.clean.paragraphs[p].repeatOf);
        }
    }
}

void TestStore::explanationsAreStoredAndReopened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corpus.sqlite"_s);
    QStringList stored;
    {
        Store store;
        QVERIFY(store.open());
        QVERIFY(store.addDocuments(m_corpus));
        for (const CorpusQueries::ProjectRow& r : CorpusQueries(&store).projects({}))
            stored << r.explanation;
        QVERIFY(store.saveAs(path));
    }
    QVERIFY(!stored.isEmpty());
    // Each project tells how it was found, the first line first.
    for (const QString& e : stored)
        QVERIFY2(e.startsWith(u"found: “"_s), qPrintable(e));
    const Project& first = m_corpus.front().annotations.projects.front();
    QCOMPARE(stored.front(), first.explanation.join(u'\n'));
    Store reopened;
    QVERIFY(reopened.open());
    QVERIFY(reopened.load(path));
    QStringList loaded;
    for (const CorpusQueries::ProjectRow& r : CorpusQueries(&reopened).projects({}))
        loaded << r.explanation;
    QCOMPARE(loaded, stored);
}

void TestStore::readsVersionOneFiles()
{
    // A database saved before projects had explanations: schema 1, no explanation column.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        Store store;
        QVERIFY(store.open());
        QVERIFY(store.addDocuments(m_corpus));
        QVERIFY(store.saveAs(path));
    }
    TestSupport::alterDatabase(path, {u"DROP INDEX documents_list"_s,
                                      u"ALTER TABLE projects DROP COLUMN explanation"_s,
                                      u"ALTER TABLE documents DROP COLUMN region"_s,
                                      u"UPDATE meta SET value = '1' WHERE name = 'schema_version'"_s});
    Store reopened;
    QVERIFY(reopened.open());
    QString error;
    QVERIFY2(reopened.load(path, &error), qPrintable(error));
    const QList<CorpusQueries::ProjectRow> rows = CorpusQueries(&reopened).projects({});
    int expected = 0;
    {
        Store store;
        QVERIFY(store.open());
        QVERIFY(store.addDocuments(m_corpus));
        expected = store.rowCount(u"projects"_s);
    }
    QCOMPARE(rows.size(), expected);
    QVERIFY(rows.front().explanation.isEmpty());
    QVERIFY(!rows.front().name.isEmpty());
}

void TestStore::readsVersionFourFiles()
{
    // Saved before merges were recorded: schema 4, no merged_into; its review columns come along.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.sqlite"_s);
    QList<AnalyzedDocument> corpus = m_corpus;
    corpus.front().annotations.projects.front().excluded = true;
    corpus.front().annotations.projects.front().mergedInto = u"另一个项目"_s;
    const QString excludedName = corpus.front().annotations.projects.front().name;
    {
        Store store;
        QVERIFY(store.open());
        QVERIFY(store.addDocuments(corpus));
        ProjectFilter all;
        all.showExcluded = true;
        for (const auto& r : CorpusQueries(&store).projects(all)) {
            if (r.name == excludedName)
                QCOMPARE(r.mergedInto, u"另一个项目"_s);
        }
        QVERIFY(store.saveAs(path));
    }
    // (SQLite cannot drop the table's last column when a comment ends the line before it: the table is
    // made again without it.)
    TestSupport::alterDatabase(
        path,
        {u"CREATE TABLE v4 AS SELECT id, name, company, region, city, province, county, zone, region_code, "
         u"amount, currency, qualifier, amount_cny, amount_text, industry_code, status, merge_key, "
         u"explanation, corrected, original, excluded, confirmed, added FROM projects"_s,
         u"DROP TABLE projects"_s, u"ALTER TABLE v4 RENAME TO projects"_s,
         u"UPDATE meta SET value = '4' WHERE name = 'schema_version'"_s});
    Store reopened;
    QVERIFY(reopened.open());
    QString error;
    QVERIFY2(reopened.load(path, &error), qPrintable(error));
    ProjectFilter all;
    all.showExcluded = true;
    int excluded = 0;
    for (const auto& r : CorpusQueries(&reopened).projects(all)) {
        if (r.excluded) {
            ++excluded;
            QCOMPARE(r.name, excludedName);
            QCOMPARE(r.mergedInto, QString());
        }
    }
    QCOMPARE(excluded, 1);
}

void TestStore::saveReplacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corpus.sqlite"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
    }
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments({m_corpus.front()}));
    QVERIFY(store.saveAs(path));
    Store reopened;
    QVERIFY(reopened.open());
    QVERIFY(reopened.load(path));
    QCOMPARE(reopened.rowCount(u"documents"_s), 1);
}

void TestStore::loadRefusesOtherFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QByteArray("plain text, not a database") << u"InvestScope database"_s;
    QTest::newRow("missing") << QByteArray() << u"no such file"_s;
}

void TestStore::loadRefusesOtherFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    if (!content.isEmpty())
        TestSupport::writeFile(dir, u"other.sqlite"_s, content);
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments({m_corpus.front()}));
    QString error;
    QVERIFY(!store.load(path, &error));
    QVERIFY2(error.contains(reason) || error.contains(u"file is not a database"_s), qPrintable(error));
    QVERIFY(error.contains(path));
    QCOMPARE(store.rowCount(u"documents"_s), 1); // the corpus in memory is untouched
}

void TestStore::clearKeepsSchema()
{
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(m_corpus));
    QVERIFY(store.clear());
    QCOMPARE(store.rowCount(u"documents"_s), 0);
    QCOMPARE(store.rowCount(u"paragraphs"_s), 0);
    QVERIFY(store.addDocuments({m_corpus.front()}));
    QCOMPARE(store.rowCount(u"documents"_s), 1);
}

void TestStore::clearGivesMemoryBack()
{
    // The in-memory database's pages: a cleared corpus leaves the database as small as a new one, not
    // with the pages its rows and their search index took (which a reload would keep beside the new
    // corpus's).
    const auto pages = [](const Store& store) {
        QSqlQuery q(store.database());
        return q.exec(u"PRAGMA page_count"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    Store store;
    QVERIFY(store.open());
    const int empty = pages(store);
    QVERIFY(empty > 0);
    QVERIFY(store.addDocuments(m_corpus));
    const int full = pages(store);
    QVERIFY2(full > empty * 4, qPrintable(u"%1 pages empty, %2 full"_s.arg(empty).arg(full)));
    QVERIFY(store.clear());
    QCOMPARE(pages(store), empty);
    // Search still works on what comes next.
    QVERIFY(store.addDocuments({m_corpus.front()}));
    QCOMPARE(SearchIndex::search(store.database(), u"晶圆贴膜"_s, store.indexedThrough()).size(), 1);
}

void TestStore::searchFindsArticlesNotIndexedYet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("found"); // articles of the sample corpus
    QTest::newRow("three characters, through the index") << u"晶圆贴膜"_s << 1;
    QTest::newRow("Traditional finds Simplified") << u"晶圓貼膜"_s << 1;
    QTest::newRow("two characters") << u"昆山"_s << 1;
    QTest::newRow("Latin") << u"IC"_s << 1;
    QTest::newRow("Latin, other case") << u"ic"_s << 1;
    QTest::newRow("nowhere") << u"无此文字"_s << 0;
}

// Articles stored for later indexing (the explorer's load) are found by search before, while and after they
// are indexed: the same ids every time.
void TestStore::searchFindsArticlesNotIndexedYet()
{
    QFETCH(QString, text);
    QFETCH(int, found);
    Store reference;
    QVERIFY(reference.open());
    QVERIFY(reference.addDocuments(m_corpus));
    QCOMPARE(reference.unindexedDocuments(), 0);
    const QList<int> expected = SearchIndex::search(reference.database(), text, reference.indexedThrough());
    QCOMPARE(expected.size(), found);

    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(m_corpus, nullptr, Store::Indexing::Later));
    QCOMPARE(store.unindexedDocuments(), 5);
    QCOMPARE(store.indexedThrough(), 0);
    QCOMPARE(SearchIndex::search(store.database(), text, store.indexedThrough()), expected);
    QCOMPARE(store.indexMore(2), std::optional<int>(2));
    QCOMPARE(store.unindexedDocuments(), 3);
    QCOMPARE(store.indexedThrough(), 2);
    QCOMPARE(SearchIndex::search(store.database(), text, store.indexedThrough()), expected);
    // Storing with the index at once indexes what was left too.
    QVERIFY(store.addDocuments({m_corpus.front()}));
    QCOMPARE(store.unindexedDocuments(), 0);
    QCOMPARE(store.indexedThrough(), 6);
    QCOMPARE(store.indexMore(5), std::optional<int>(0)); // none left
    QList<int> withCopy = expected;
    if (expected.contains(1))
        withCopy << 6; // the first article again
    QCOMPARE(SearchIndex::search(store.database(), text, store.indexedThrough()), withCopy);
}

void TestStore::savedFileHasTheWholeIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corpus.sqlite"_s);
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(m_corpus, nullptr, Store::Indexing::Later));
    QVERIFY(store.saveAs(path));
    QCOMPARE(store.unindexedDocuments(), 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"savedindex"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM documents_fts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
    }
    QSqlDatabase::removeDatabase(u"savedindex"_s);
}

void TestStore::statementBindsAsQtsDriver_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("type"); // SQLite's typeof() of what was stored
    QTest::addColumn<QString>("quoted");
    QTest::newRow("null") << QVariant() << u"null"_s << u"NULL"_s;
    QTest::newRow("null string") << QVariant(QString()) << u"null"_s << u"NULL"_s;
    QTest::newRow("null double") << QVariant(QMetaType::fromType<double>()) << u"null"_s << u"NULL"_s;
    QTest::newRow("empty string") << QVariant(u""_s) << u"text"_s << u"''"_s;
    QTest::newRow("Chinese") << QVariant(u"总投资"_s) << u"text"_s << u"'总投资'"_s;
    QTest::newRow("int") << QVariant(42) << u"integer"_s << u"42"_s;
    QTest::newRow("qsizetype") << QVariant(qsizetype(1) << 40) << u"integer"_s << u"1099511627776"_s;
    QTest::newRow("bool") << QVariant(true) << u"integer"_s << u"1"_s;
    QTest::newRow("double") << QVariant(1.5e8) << u"real"_s << u"150000000.0"_s;
    QTest::newRow("bytes") << QVariant(QByteArray("\x01\x02", 2)) << u"blob"_s << u"X'0102'"_s;
    QTest::newRow("null bytes") << QVariant(QByteArray()) << u"null"_s << u"NULL"_s;
}

// The store's inserts bind through SQLite's C API: each value as Qt's driver would bind it.
void TestStore::statementBindsAsQtsDriver()
{
    QFETCH(QVariant, value);
    QFETCH(QString, type);
    QFETCH(QString, quoted);
    Store store;
    QVERIFY(store.open());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"CREATE TEMP TABLE t (v)"_s));
    SqliteStatement insert(store.database(), u"INSERT INTO t (v) VALUES (?)"_s);
    QVERIFY2(insert.isValid(), qPrintable(insert.error()));
    insert.bind(value);
    QVERIFY2(insert.exec(), qPrintable(insert.error()));
    QVERIFY(q.exec(u"SELECT typeof(v), quote(v) FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toString(), type);
    QCOMPARE(q.value(1).toString(), quoted);
    // A statement that gives a row keeps it until the next values are bound, and runs again after.
    SqliteStatement select(store.database(), u"SELECT COUNT(*) FROM t WHERE typeof(v) = ?"_s);
    select.bind(type);
    QVERIFY(select.exec() && select.hasRow());
    QCOMPARE(select.intValue(0), 1);
    select.bind(u"none"_s);
    QVERIFY(select.exec() && select.hasRow());
    QCOMPARE(select.intValue(0), 0);
    // A failing statement says why.
    SqliteStatement bad(store.database(), u"INSERT INTO nowhere VALUES (?)"_s);
    QVERIFY(!bad.isValid());
    QCOMPARE(bad.error(), u"no such table: nowhere"_s);
}

void TestStore::sameProjectInTwoArticlesIsOne()
{
    // Two articles report the same project: one row in projects, a mention from each article.
    AnalyzedDocument first = m_corpus.front();
    Project p;
    p.name = u"比亚迪新能源动力电池项目"_s;
    p.company = u"比亚迪"_s;
    p.evidence = {10, 40};
    first.annotations.projects = {p};
    AnalyzedDocument second = m_corpus.back();
    p.evidence = {100, 140};
    second.annotations.projects = {p};
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments({first}));
    QVERIFY(store.addDocuments({second}));
    QCOMPARE(store.rowCount(u"projects"_s), 1);
    QCOMPARE(store.rowCount(u"project_mentions"_s), 2);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT COUNT(DISTINCT document_id) FROM project_mentions"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
