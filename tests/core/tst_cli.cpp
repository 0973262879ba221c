#include "cli/cli.h"
#include "export/csvexport.h"
#include "export/csvwriter.h"
#include "export/jsonexport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractJsonFollowsContract();
    void extractWritesAsTheWholeCorpusWould_data();
    void extractWritesAsTheWholeCorpusWould();
    void extractCsv_data();
    void extractCsv();
    void cleanPrintsCleanedText();
    void cleanAnnotatesRepeats();
    void statsCountsSampleCorpus();
    void exitCodes_data();
    void exitCodes();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void executableRuns();
    void evalScoresAgainstGold();
    void extractExplains();

private:
    struct Run {
        int code = 0;
        QByteArray out;
        QString err;
    };
    static Run run(const QStringList& arguments);
};

TestCli::Run TestCli::run(const QStringList& arguments)
{
    const TestSupport::CliRun r = TestSupport::runCli(arguments);
    return {r.code, r.out, r.err};
}

void TestCli::extractJsonFollowsContract()
{
    const Run r = run({u"extract"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray documents = doc.object().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 5);
    for (const QJsonValue& v : documents) {
        const QJsonObject d = v.toObject();
        for (const QString& key : {u"file"_s, u"title"_s, u"entities"_s, u"projects"_s, u"aggregates"_s})
            QVERIFY2(d.contains(key), qPrintable(key));
        QVERIFY(d.value(u"entities"_s).isArray());
        QVERIFY(d.value(u"projects"_s).isArray());
        QVERIFY(d.value(u"aggregates"_s).isArray());
    }
    QCOMPARE(documents.at(0).toObject().value(u"file"_s).toString(), u"000_37aff5f5053d39e6.txt"_s);
    QCOMPARE(documents.at(4).toObject().value(u"title"_s).toString(), u"昆山高新区 抓好科技招商关键一招"_s);
}

void TestCli::extractWritesAsTheWholeCorpusWould_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected");
    const QList<AnalyzedDocument> corpus = TestSupport::sampleCorpus();
    // What writing the whole corpus at once gives: one JSON document, one CSV table.
    const auto whole = [&](bool explain) {
        QJsonArray documents;
        for (const AnalyzedDocument& d : corpus)
            documents.append(JsonExport::document(d, explain));
        return QJsonDocument(QJsonObject{{u"documents"_s, documents}}).toJson(QJsonDocument::Indented);
    };
    const auto table = [&](CsvExport::Table which) {
        QString out = CsvExport::header(which);
        for (const AnalyzedDocument& d : corpus)
            out += CsvExport::rows(which, d);
        return out.toUtf8();
    };
    QTest::newRow("json") << QStringList{} << whole(false);
    QTest::newRow("json, explained") << QStringList{u"--format"_s, u"json"_s, u"--explain"_s} << whole(true);
    QTest::newRow("explained") << QStringList{u"--explain"_s} << JsonExport::explanation(corpus).toUtf8();
    QTest::newRow("csv projects") << QStringList{u"--format"_s, u"csv"_s}
                                  << table(CsvExport::Table::Projects);
    QTest::newRow("csv aggregates with a BOM")
        << QStringList{u"--format"_s, u"csv"_s, u"--table"_s, u"aggregates"_s, u"--bom"_s}
        << QByteArray(Csv::kUtf8Bom) + table(CsvExport::Table::Aggregates);
}

// Articles are written one by one as they are analysed (memory independent of the corpus), and the output is
// byte for byte what writing the whole corpus at once gives.
void TestCli::extractWritesAsTheWholeCorpusWould()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    const Run r = run(QStringList{u"extract"_s} + options);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.size(), expected.size());
    QCOMPARE(r.out, expected);
}

void TestCli::extractCsv_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("header");
    QTest::newRow("projects") << u"projects"_s << u"file,name,company,region,city,province,amount,currency"_s;
    QTest::newRow("entities") << u"entities"_s << u"file,type,text,start,end"_s;
    QTest::newRow("documents") << u"documents"_s << u"file,title,byline,encoding"_s;
}

void TestCli::extractCsv()
{
    QFETCH(QString, table);
    QFETCH(QString, header);
    const Run r = run({u"extract"_s, u"--format"_s, u"csv"_s, u"--table"_s, table});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(header), qPrintable(text.left(200)));
    if (table == u"documents"_s) {
        QCOMPARE(text.count(u"\r\n"_s), 6); // header + 5 articles
        QVERIFY(
            text.contains(u"004_1583015d0ddebf3e.txt,昆山高新区 抓好科技招商关键一招,吕科 汤天伦,UTF-8"_s));
    }
}

void TestCli::cleanPrintsCleanedText()
{
    QTemporaryDir dir;
    const QString file = TestSupport::writeFile(
        dir, u"a.txt"_s, u"允哲半导\n体科技（浙江）有限公司新建项目，\n将投资 1.2亿元。"_s.toUtf8());
    const Run r = run({u"clean"_s, file});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out), u"允哲半导体科技（浙江）有限公司新建项目，将投资1.2亿元。\n"_s);
}

void TestCli::cleanAnnotatesRepeats()
{
    QTemporaryDir dir;
    const QString block = u"诸暨走出一条异地研发孵化本土转化生产的区域联动产业培育新道路。"_s;
    const QString file = TestSupport::writeFile(
        dir, u"a.txt"_s, (u"新项目落户平湖\n\n"_s + block + u"\n\n招商！\n\n"_s + block).toUtf8());
    const Run r = run({u"clean"_s, u"--annotate"_s, file});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], u"¶1 [title] 新项目落户平湖"_s);
    QCOMPARE(lines[1], u"¶2 [body] "_s + block);
    QCOMPARE(lines[3], u"¶4 [body repeats ¶2] "_s + block);
    QVERIFY2(r.err.contains(u"repeated: 1 (¶4=¶2)"_s), qPrintable(r.err));

    const Run json = run({u"clean"_s, u"--json"_s, file});
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(u"title"_s).toString(), u"新项目落户平湖"_s);
    QCOMPARE(o.value(u"paragraphs"_s).toArray().at(3).toObject().value(u"repeat_of"_s).toInt(), 1);
}

void TestCli::statsCountsSampleCorpus()
{
    const Run r = run({u"stats"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject totals = QJsonDocument::fromJson(r.out).object().value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"documents"_s).toInt(), 5);
    QCOMPARE(totals.value(u"failed"_s).toInt(), 0);
    QVERIFY(totals.value(u"repeated_paragraphs"_s).toInt() >= 10);
    const Run text = run({u"stats"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(u"total: 5 documents"_s));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no command") << QStringList{} << int(Cli::UsageError) << u"missing command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << int(Cli::UsageError)
                                     << u"unknown command"_s;
    QTest::newRow("unknown option") << QStringList{u"extract"_s, u"--bogus"_s} << int(Cli::UsageError)
                                    << u"bogus"_s;
    QTest::newRow("bad format") << QStringList{u"extract"_s, u"--format"_s, u"xml"_s} << int(Cli::UsageError)
                                << u"xml"_s;
    QTest::newRow("clean without file")
        << QStringList{u"clean"_s} << int(Cli::UsageError) << u"exactly one"_s;
    QTest::newRow("missing file") << QStringList{u"extract"_s, u"/nonexistent/a.txt"_s} << int(Cli::Failure)
                                  << u"/nonexistent/a.txt: no such file"_s;
    QTest::newRow("clean missing file")
        << QStringList{u"clean"_s, u"/nonexistent/a.txt"_s} << int(Cli::Failure) << u"/nonexistent/a.txt"_s;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stderrContains);
    const Run r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
}

void TestCli::helpForEachCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("overview") << QStringList{u"--help"_s} << u"Usage: investscope-cli COMMAND"_s;
    QTest::newRow("extract") << QStringList{u"extract"_s, u"--help"_s} << u"Usage: investscope-cli extract"_s;
    QTest::newRow("clean") << QStringList{u"clean"_s, u"--help"_s} << u"Usage: investscope-cli clean"_s;
    QTest::newRow("stats") << QStringList{u"stats"_s, u"--help"_s} << u"Usage: investscope-cli stats"_s;
}

void TestCli::helpForEachCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run r = run(arguments);
    QCOMPARE(r.code, 0);
    QVERIFY2(QString::fromUtf8(r.out).startsWith(usage), r.out.constData());
}

void TestCli::executableRuns()
{
    // The installed program, end to end: a folder with one good and one unreadable file.
    QTemporaryDir dir;
    TestSupport::writeFile(dir, u"good.txt"_s,
                           TestSupport::encoded(u"平湖签约项目总投资10亿元。"_s, "GB18030"));
    const QString bad = TestSupport::writeFile(dir, u"bad.txt"_s, QByteArray("\x00\x01\x02", 3));
    QProcess process;
    process.start(QStringLiteral(INVESTSCOPE_CLI_PATH), {u"extract"_s, dir.path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), int(Cli::PartialFailure));
    const QJsonArray documents =
        QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0).toObject().value(u"file"_s).toString(), u"good.txt"_s);
    QCOMPARE(documents.at(0).toObject().value(u"encoding"_s).toString(), u"GB18030"_s);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(bad) && err.contains(u"binary"_s), qPrintable(err));
}

void TestCli::evalScoresAgainstGold()
{
    const Run r =
        run({u"eval"_s, u"--gold"_s, QStringLiteral(INVESTSCOPE_GOLD_DIR), u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"documents"_s).toInt(), 5);
    for (const QString& type : {u"company"_s, u"region"_s, u"money"_s})
        QVERIFY(report.value(u"entities"_s).toObject().value(type).toObject().contains(u"f1"_s));
    QVERIFY(report.value(u"projects"_s).toObject().value(u"gold"_s).toInt() > 0);
    QVERIFY(report.value(u"fields"_s).toObject().contains(u"investment"_s));
    const Run text = run({u"eval"_s, u"--gold"_s, QStringLiteral(INVESTSCOPE_GOLD_DIR)});
    QVERIFY(QString::fromUtf8(text.out).contains(u"projects"_s));
    QCOMPARE(run({u"eval"_s}).code, int(Cli::UsageError));
    QTemporaryDir empty;
    QCOMPARE(run({u"eval"_s, u"--gold"_s, empty.path()}).code, int(Cli::Failure));
}

void TestCli::extractExplains()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"宁波市北仑区签约恒川家电产业园项目，总投资20亿元。平湖市推进招商项目签约。"_s.toUtf8());
    file.close();

    const Run text = run({u"extract"_s, u"--explain"_s, path});
    QCOMPARE(text.code, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), path);
    QCOMPARE(lines.value(1), u"  project 1: 恒川家电产业园项目"_s);
    QCOMPARE(lines.value(2), u"    found: “恒川家电产业园项目” at 8–17, name ending in 项目"_s);
    QCOMPARE(lines.value(3), u"    status: signed from “签约” at 6–8 in its item"_s);
    QCOMPARE(lines.value(4), u"    company: “恒川”, the trade name the project's name starts with"_s);
    QCOMPARE(lines.value(5), u"    investment: “20亿元” at 21–25, after the name, in its item"_s);
    QCOMPARE(lines.value(6), u"    region: “北仑区” at 3–6, the most specific place in its item"_s);
    QCOMPARE(lines.value(7), u"    industry: CONSUMER from its name"_s);
    QVERIFY2(lines.contains(u"  rejected: “招商项目” at 31–35: name too short or cut"_s),
             qPrintable(lines.join(u'\n')));

    const Run json = run({u"extract"_s, u"--explain"_s, u"--format"_s, u"json"_s, path});
    QCOMPARE(json.code, 0);
    const QJsonObject d =
        QJsonDocument::fromJson(json.out).object().value(u"documents"_s).toArray().at(0).toObject();
    const QJsonArray explanation =
        d.value(u"projects"_s).toArray().at(0).toObject().value(u"explanation"_s).toArray();
    QCOMPARE(explanation.size(), 6);
    QCOMPARE(explanation.at(3).toString(), u"investment: “20亿元” at 21–25, after the name, in its item"_s);
    const QJsonObject rejected = d.value(u"rejected"_s).toArray().at(0).toObject();
    QCOMPARE(rejected.value(u"name"_s).toString(), u"招商项目"_s);
    QCOMPARE(rejected.value(u"reason"_s).toString(), u"name too short or cut"_s);
    // Without --explain the JSON keeps its contract, with nothing added.
    const QJsonObject plain = QJsonDocument::fromJson(run({u"extract"_s, path}).out)
                                  .object()
                                  .value(u"documents"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QVERIFY(!plain.contains(u"rejected"_s));
    QVERIFY(!plain.value(u"projects"_s).toArray().at(0).toObject().contains(u"explanation"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
