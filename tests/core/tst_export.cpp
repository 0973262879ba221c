#include "export/csvwriter.h"
#include "export/storeexport.h"
#include "query/corpusqueries.h"
#include "report/labels.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvParse_data();
    void csvParse();
    void projectsCsv();
    void projectsCsvFollowsTheFilter();
    void projectsJson();
    void entitiesCsvAndJson();
    void writeLeavesNoPartialFile();
    void sqliteShellSeesTheSameRows_data();
    void sqliteShellSeesTheSameRows();
    void cliExport_data();
    void cliExport();

private:
    Store m_store;
    QTemporaryDir m_dir;
};

namespace {

QString decodeCsv(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes.mid(3));
}

} // namespace

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open());
    QVERIFY(m_store.addDocuments(TestSupport::sampleCorpus()));
}

void TestExport::csvRoundTrip_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("comma") << QList<QStringList>{{u"苏州市, 江苏省"_s, u"x"_s}};
    QTest::newRow("quotes") << QList<QStringList>{{u"\"天合光能\"项目"_s, u"他说\"签约\""_s}};
    QTest::newRow("newline") << QList<QStringList>{{u"第一行\n第二行"_s, u"z"_s}, {u"next"_s, u""_s}};
    QTest::newRow("crlf inside") << QList<QStringList>{{u"a\r\nb"_s, u"c"_s}};
    QTest::newRow("empty fields") << QList<QStringList>{{u""_s, u""_s, u""_s}, {u"x"_s, u""_s, u""_s}};
    QTest::newRow("only quote") << QList<QStringList>{{u"\""_s}, {u"\"\""_s}};
    QTest::newRow("spaces kept") << QList<QStringList>{{u" lead"_s, u"trail "_s}};
    QTest::newRow("everything") << QList<QStringList>{
        {u"name"_s, u"note"_s}, {u"A, \"B\"\nC"_s, u"14.2亿元（约2亿美元）"_s}, {u"last"_s, u"\"\n,\""_s}};
}

void TestExport::csvRoundTrip()
{
    QFETCH(QList<QStringList>, rows);
    QString text;
    for (const QStringList& r : rows)
        text += Csv::row(r);
    QCOMPARE(Csv::parse(text), rows);
    // As written to a file, with the byte-order mark Excel wants.
    const QByteArray bytes = QByteArray(Csv::kUtf8Bom) + text.toUtf8();
    QCOMPARE(Csv::parse(QString::fromUtf8(bytes)), rows);
}

void TestExport::csvParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("lf endings") << u"a,b\nc,d\n"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("no final newline")
        << u"a,b\r\nc,d"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("trailing empty field") << u"a,\r\n"_s << QList<QStringList>{{u"a"_s, u""_s}};
    QTest::newRow("quoted empty") << u"\"\",x"_s << QList<QStringList>{{u""_s, u"x"_s}};
    QTest::newRow("doubled quote") << u"\"a\"\"b\""_s << QList<QStringList>{{u"a\"b"_s}};
    QTest::newRow("bom") << u"\uFEFF名称,金额\r\n"_s << QList<QStringList>{{u"名称"_s, u"金额"_s}};
}

void TestExport::csvParse()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QCOMPARE(Csv::parse(text), rows);
}

void TestExport::projectsCsv()
{
    const CorpusQueries queries(&m_store);
    const QList<CorpusQueries::ProjectRow> expected = queries.projects({});
    QVERIFY(expected.size() >= 15);
    const QByteArray bytes = StoreExport::projects(queries, {}, StoreExport::Format::Csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = Csv::parse(decodeCsv(bytes));
    QCOMPARE(rows.size(), expected.size() + 1);
    const QStringList header = rows.first();
    QCOMPARE(header.first(), u"name"_s);
    const qsizetype currency = header.indexOf(u"currency"_s);
    const qsizetype converted = header.indexOf(u"converted"_s);
    const qsizetype amount = header.indexOf(u"amount"_s);
    const qsizetype amountCny = header.indexOf(u"amount_cny"_s);
    QVERIFY(currency > 0 && converted > 0 && amount > 0 && amountCny > 0);
    int foreign = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList& row = rows.at(i + 1);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.first(), expected.at(i).name);
        if (!row.at(amount).isEmpty() && row.at(currency) != u"CNY"_s) {
            // Every converted figure is marked and carries its yuan value.
            ++foreign;
            QCOMPARE(row.at(converted), u"yes"_s);
            QVERIFY(row.at(amountCny).toDouble() > row.at(amount).toDouble());
        } else {
            QVERIFY(row.at(converted).isEmpty());
        }
    }
    QVERIFY2(foreign >= 1, "the sample corpus has a project in US dollars");
    // Codes and, beside them, the names a reader reads (in the program's language: English here).
    const qsizetype industry = header.indexOf(u"industry"_s);
    const qsizetype status = header.indexOf(u"status"_s);
    QCOMPARE(header.at(industry + 1), u"industry_name"_s);
    QCOMPARE(header.at(status + 1), u"status_name"_s);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected.at(i).name != u"比亚迪新能源动力电池项目"_s)
            continue;
        const QStringList& row = rows.at(i + 1);
        QCOMPARE(row.at(amountCny), u"13000000000"_s); // a number a spreadsheet sums
        QCOMPARE(row.mid(industry, 2), (QStringList{u"ENERGY"_s, u"New energy"_s}));
        QCOMPARE(row.mid(status, 2), (QStringList{u"operating"_s, u"Operating"_s}));
    }
}

void TestExport::projectsCsvFollowsTheFilter()
{
    ProjectFilter filter;
    filter.regionLevel = ProjectFilter::RegionLevel::Province;
    filter.region = u"浙江省"_s;
    const CorpusQueries queries(&m_store);
    const QList<QStringList> rows =
        Csv::parse(decodeCsv(StoreExport::projects(queries, filter, StoreExport::Format::Csv)));
    const qsizetype province = rows.first().indexOf(u"province"_s);
    QCOMPARE(rows.size() - 1, queries.projects(filter).size());
    QVERIFY(rows.size() - 1 < queries.projects({}).size());
    for (const QStringList& row : rows.mid(1))
        QCOMPARE(row.at(province), u"浙江省"_s);
}

void TestExport::projectsJson()
{
    const CorpusQueries queries(&m_store);
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(StoreExport::projects(queries, {}, StoreExport::Format::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray projects = doc.object().value(u"projects"_s).toArray();
    const auto expected = queries.projects({});
    QCOMPARE(projects.size(), expected.size());
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QJsonObject p = projects.at(i).toObject();
        QCOMPARE(p.value(u"name"_s).toString(), expected.at(i).name);
        QCOMPARE(p.value(u"amount_cny"_s).isNull(), !expected.at(i).amountCny.has_value());
        QCOMPARE(p.value(u"converted"_s).toBool(),
                 expected.at(i).amount.has_value() && expected.at(i).currency != u"CNY"_s);
        QCOMPARE(p.value(u"industry_name"_s).toString(), Labels::industry(expected.at(i).industry));
    }
}

void TestExport::entitiesCsvAndJson()
{
    const CorpusQueries queries(&m_store);
    const QByteArray csv = StoreExport::entities(queries, {}, StoreExport::Format::Csv);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = Csv::parse(decodeCsv(csv));
    QCOMPARE(rows.size() - 1, m_store.rowCount(u"entities"_s));
    const qsizetype text = rows.first().indexOf(u"text"_s);
    const qsizetype start = rows.first().indexOf(u"start"_s);
    const qsizetype end = rows.first().indexOf(u"end"_s);
    for (const QStringList& row : rows.mid(1))
        QCOMPARE(row.at(text).size(), row.at(end).toInt() - row.at(start).toInt());

    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(StoreExport::entities(queries, {}, StoreExport::Format::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"entities"_s).toArray().size(), m_store.rowCount(u"entities"_s));
}

void TestExport::writeLeavesNoPartialFile()
{
    const QString path = m_dir.filePath(u"out.csv"_s);
    QString error;
    QVERIFY2(StoreExport::write(path, "a,b\r\n", &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));

    const QString missing = m_dir.filePath(u"no/such/folder/out.csv"_s);
    QVERIFY(!StoreExport::write(missing, "x", &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
}

void TestExport::sqliteShellSeesTheSameRows_data()
{
    QTest::addColumn<QString>("table");
    for (const char* table : {"documents", "paragraphs", "entities", "projects", "project_mentions",
                              "aggregates", "regions", "industries"})
        QTest::newRow(table) << QString::fromLatin1(table);
}

void TestExport::sqliteShellSeesTheSameRows()
{
    QFETCH(QString, table);
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    QVERIFY2(!shell.isEmpty(), "the sqlite3 shell is installed by README's set-up command");
    const QString path = m_dir.filePath(u"corpus.sqlite"_s);
    if (!QFile::exists(path)) {
        QString error;
        QVERIFY2(m_store.saveAs(path, &error), qPrintable(error));
    }
    QProcess sqlite;
    // Table names come from the fixed list above; the shell has no bound parameters.
    sqlite.start(shell, {u"-readonly"_s, path, u"SELECT count(*) FROM %1;"_s.arg(table)});
    QVERIFY(sqlite.waitForFinished(30000));
    QCOMPARE(sqlite.exitCode(), 0);
    const int count = QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().toInt();
    QCOMPARE(count, m_store.rowCount(table));
    if (table == u"documents"_s || table == u"projects"_s || table == u"entities"_s)
        QVERIFY(count > 0);
}

void TestExport::cliExport_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("projects csv") << QStringList{} << u"p.csv"_s << 0 << QByteArray("\xEF\xBB\xBFname,");
    QTest::newRow("entities json") << QStringList{u"--table"_s, u"entities"_s} << u"e.json"_s << 0
                                   << QByteArray("{");
    QTest::newRow("database") << QStringList{} << u"db.sqlite"_s << 0 << QByteArray("SQLite format 3");
    QTest::newRow("filtered database")
        << QStringList{u"--city"_s, u"苏州市"_s} << u"f.sqlite"_s << 2 << QByteArray();
    QTest::newRow("unknown suffix") << QStringList{} << u"x.xlsx"_s << 2 << QByteArray();
    QTest::newRow("unknown table") << QStringList{u"--table"_s, u"rates"_s} << u"t.csv"_s << 2
                                   << QByteArray();
}

void TestExport::cliExport()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, starts);
    const QString path = m_dir.filePath(file);
    QProcess cli;
    cli.start(QStringLiteral(INVESTSCOPE_CLI_PATH), QStringList{u"export"_s, u"--out"_s, path} + arguments);
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), exitCode);
    QFile out(path);
    if (exitCode != 0) {
        QVERIFY(!cli.readAllStandardError().isEmpty());
        QVERIFY(!out.exists());
        return;
    }
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll().startsWith(starts));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
