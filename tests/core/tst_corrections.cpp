#include "cli/cli.h"
#include "extract/extractor.h"
#include "report/chartbuilder.h"
#include "pipeline/corpusprocessor.h"
#include "query/corpusqueries.h"
#include "review/corrections.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

using Fields = QMap<QString, QString>;

// An analyst's corrections: applied to the projects they are anchored to, surviving a newer extractor's
// wording, stored and exported with what they changed, orphans reported; read and written as a sidecar.
class TestCorrections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appliesFields_data();
    void appliesFields();
    void excludesAndConfirms();
    void anchorsSurviveReextraction_data();
    void anchorsSurviveReextraction();
    void addsProjectFromSelection();
    void draftFromSelection_data();
    void draftFromSelection();
    void sidecarRoundTrip();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void storeKeepsTheReview();
    void cliExportAppliesCorrections();
    void cliEvalScoresCorrectedProjects();
    void survivesAChangedRuleFile();
    void chartsMarkCorrectedBars();
    void entityEdits_data();
    void entityEdits();
    void entityEditsRoundTripAndStore();
    void entityEditAndItsInverseGiveTheExtraction();
    void entityAtReadsTheMarkedText_data();
    void entityAtReadsTheMarkedText();

private:
    // A correction of 002's 华创 project, anchored as the window anchors it.
    ProjectCorrection correctionOfHuachuang() const;
    QList<AnalyzedDocument> m_corpus;
    int m_huachuang = -1; // its index in 002's projects
};

void TestCorrections::initTestCase()
{
    m_corpus = TestSupport::sampleCorpus();
    const QList<Project>& projects = m_corpus[2].annotations.projects;
    for (int i = 0; i < projects.size(); ++i) {
        if (projects[i].name == u"华创钢结构装配式智造中心"_s)
            m_huachuang = i;
    }
    QVERIFY(m_huachuang >= 0);
}

ProjectCorrection TestCorrections::correctionOfHuachuang() const
{
    const AnalyzedDocument& d = m_corpus[2];
    const Project& p = d.annotations.projects[m_huachuang];
    ProjectCorrection c;
    c.article = CorrectionSet::contentHash(d.document.originalText);
    c.file = d.document.name;
    c.name = p.name;
    c.evidence = d.clean.text.mid(p.evidence.start, p.evidence.length());
    return c;
}

void TestCorrections::appliesFields_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("field"); // the one checked
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("original");
    using F = QMap<QString, QString>;
    QTest::newRow("status") << F{{u"status"_s, u"operating"_s}} << u"status"_s << u"operating"_s
                            << u"landed"_s;
    QTest::newRow("company") << F{{u"company"_s, u"华创集团"_s}} << u"company"_s << u"华创集团"_s
                             << u"华创"_s;
    QTest::newRow("name") << F{{u"name"_s, u"华创钢结构智造中心"_s}} << u"name"_s << u"华创钢结构智造中心"_s
                          << u"华创钢结构装配式智造中心"_s;
    QTest::newRow("industry") << F{{u"industry"_s, u"EQUIP"_s}} << u"industry"_s << u"EQUIP"_s
                              << u"MATERIAL"_s;
    QTest::newRow("region and its city")
        << F{{u"region"_s, u"湘潭高新区"_s}, {u"zone"_s, u"湘潭高新区"_s}} << u"region"_s << u"湘潭高新区"_s
        << u"湘潭先进金属材料精深加工产业园"_s;
    // The amount as a number in the currency's units; its text follows, the original is the text as written.
    QTest::newRow("amount") << F{{u"amount"_s, u"800000000"_s}} << u"amount"_s << u"800000000"_s
                            << u"500000000"_s;
}

void TestCorrections::appliesFields()
{
    QFETCH(Fields, fields);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, original);
    CorrectionSet set;
    ProjectCorrection c = correctionOfHuachuang();
    c.fields = fields;
    set.projects << c;
    QList<AnalyzedDocument> corpus = m_corpus;
    const CorrectionSet::Outcome outcome = set.apply(corpus);
    QCOMPARE(outcome.applied, 1);
    QVERIFY(outcome.orphaned.isEmpty());
    const Project& p = corpus[2].annotations.projects[m_huachuang];
    QCOMPARE(p.corrected, fields.keys());
    QCOMPARE(p.original.value(field), original);
    if (field == u"amount"_s) {
        QVERIFY(p.investment);
        QCOMPARE(p.investment->amount, value.toDouble());
        QCOMPARE(p.investment->currency, u"CNY"_s);
        QCOMPARE(p.investment->amountCny, std::optional<double>(value.toDouble())); // the yuan value follows
        QCOMPARE(p.amountText, u"8.00亿 CNY"_s);
        QCOMPARE(p.original.value(u"amount_text"_s), u"5亿元"_s); // as written, for the exports
    } else {
        const QMap<QString, QString> values{{u"status"_s, p.status},
                                            {u"company"_s, p.company},
                                            {u"name"_s, p.name},
                                            {u"industry"_s, p.industry},
                                            {u"region"_s, p.region}};
        QCOMPARE(values.value(field), value);
    }
    // The other projects are as extracted.
    QCOMPARE(corpus[2].annotations.projects[0].corrected, QStringList());
    // And the review can be taken back: the project as the extractor gave it.
    const Project& before = m_corpus[2].annotations.projects[m_huachuang];
    const Project back = CorrectionSet::extracted(p);
    QCOMPARE(back.name, before.name);
    QCOMPARE(back.company, before.company);
    QCOMPARE(back.region, before.region);
    QCOMPARE(back.zone, before.zone);
    QCOMPARE(back.industry, before.industry);
    QCOMPARE(back.status, before.status);
    QCOMPARE(back.amountText, before.amountText);
    QCOMPARE(back.investment->amount, before.investment->amount);
    QCOMPARE(back.investment->currency, before.investment->currency);
    QVERIFY(back.corrected.isEmpty() && back.original.isEmpty());
}

void TestCorrections::excludesAndConfirms()
{
    CorrectionSet set;
    ProjectCorrection c = correctionOfHuachuang();
    c.excluded = true;
    set.projects << c;
    QList<AnalyzedDocument> corpus = m_corpus;
    QCOMPARE(set.apply(corpus).applied, 1);
    QVERIFY(corpus[2].annotations.projects[m_huachuang].excluded);
    QVERIFY(!corpus[2].annotations.projects[m_huachuang].confirmed);
    set.projects.front().excluded = false;
    set.projects.front().confirmed = true;
    corpus = m_corpus;
    set.apply(corpus);
    QVERIFY(corpus[2].annotations.projects[m_huachuang].confirmed);
    QVERIFY(corpus[2].annotations.projects[m_huachuang].corrected.isEmpty());
}

void TestCorrections::anchorsSurviveReextraction_data()
{
    QTest::addColumn<bool>("sameName");
    QTest::addColumn<bool>("sameEvidence");
    QTest::addColumn<bool>("applied");
    // A newer extractor may name the project or cut its evidence differently: either still finds it.
    QTest::newRow("both as extracted") << true << true << true;
    QTest::newRow("name worded differently") << false << true << true;
    QTest::newRow("evidence cut differently") << true << false << true;
    QTest::newRow("counter: neither left: orphaned") << false << false << false;
}

void TestCorrections::anchorsSurviveReextraction()
{
    QFETCH(bool, sameName);
    QFETCH(bool, sameEvidence);
    QFETCH(bool, applied);
    CorrectionSet set;
    ProjectCorrection c = correctionOfHuachuang();
    if (!sameName)
        c.name = u"华创钢结构中心项目"_s;
    if (!sameEvidence)
        c.evidence = u"华创钢结构装配式智造中心已落户。"_s;
    c.fields.insert(u"status"_s, u"operating"_s);
    set.projects << c;
    QList<AnalyzedDocument> corpus = m_corpus;
    const CorrectionSet::Outcome outcome = set.apply(corpus);
    QCOMPARE(outcome.applied, applied ? 1 : 0);
    QCOMPARE(outcome.orphaned.size(), applied ? 0 : 1);
    QCOMPARE(corpus[2].annotations.projects[m_huachuang].status, applied ? u"operating"_s : u"landed"_s);
    // An article not in the corpus: neither applied nor orphaned.
    set.projects.front().article = QString(64, u'0');
    corpus = m_corpus;
    const CorrectionSet::Outcome elsewhere = set.apply(corpus);
    QCOMPARE(elsewhere.applied, 0);
    QVERIFY(elsewhere.orphaned.isEmpty());
}

void TestCorrections::addsProjectFromSelection()
{
    const AnalyzedDocument& d = m_corpus[2];
    const QString selection = d.clean.text.mid(d.annotations.projects[m_huachuang].evidence.start, 20);
    CorrectionSet set;
    ProjectCorrection c;
    c.article = CorrectionSet::contentHash(d.document.originalText);
    c.added = true;
    c.name = u"钢结构二期项目"_s;
    c.evidence = selection;
    c.fields = {{u"company"_s, u"华创"_s}, {u"amount"_s, u"300000000"_s}, {u"status"_s, u"signed"_s}};
    set.projects << c;
    // The same, anchored to text the article no longer has.
    ProjectCorrection gone = c;
    gone.evidence = u"这段文字不在文章里。"_s;
    set.projects << gone;
    QList<AnalyzedDocument> corpus = m_corpus;
    const CorrectionSet::Outcome outcome = set.apply(corpus);
    QCOMPARE(outcome.applied, 1);
    QCOMPARE(outcome.orphaned.size(), 1);
    QCOMPARE(outcome.orphaned.front().evidence, gone.evidence);
    const Project& added = corpus[2].annotations.projects.back();
    QCOMPARE(corpus[2].annotations.projects.size(), m_corpus[2].annotations.projects.size() + 1);
    QVERIFY(added.added);
    QCOMPARE(added.name, u"钢结构二期项目"_s);
    QCOMPARE(added.company, u"华创"_s);
    QCOMPARE(added.status, u"signed"_s);
    QCOMPARE(added.investment->amount, 3e8);
    QCOMPARE(corpus[2].clean.text.mid(added.evidence.start, added.evidence.length()), selection);
}

void TestCorrections::draftFromSelection_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("city");
    const QString sentence = u"宏远集团在株洲市投资5亿元建设新材料项目，预计明年投产。"_s;
    QTest::newRow("name up to 项目, amount and place from the entities")
        << sentence << u"宏远集团在株洲市投资5亿元建设新材料项目"_s << u"500000000"_s << u"株洲市"_s;
    QTest::newRow("no 项目: up to the first clause")
        << u"宏远集团在株洲市投资5亿元，预计明年投产。"_s << u"宏远集团在株洲市投资5亿元"_s << u"500000000"_s
        << u"株洲市"_s;
    QTest::newRow("counter: entities outside the selection are not taken")
        << u"预计明年投产。"_s << u"预计明年投产"_s << QString() << QString();
}

void TestCorrections::draftFromSelection()
{
    QFETCH(QString, selected);
    QFETCH(QString, name);
    QFETCH(QString, amount);
    QFETCH(QString, city);
    Document doc;
    doc.path = doc.name = u"a.txt"_s;
    doc.originalText =
        u"招商引资再传捷报\n宏远集团在株洲市投资5亿元建设新材料项目，预计明年投产。\n宏远集团在株洲市投资5亿元，预计明年投产。\n"_s;
    const AnalyzedDocument d = CorpusProcessor::analyze(doc);
    const qsizetype at = d.clean.text.indexOf(selected);
    QVERIFY(at >= 0);
    const ProjectCorrection c = CorrectionSet::draft(d, d.annotations.entities, {at, at + selected.size()});
    QVERIFY(c.added);
    QCOMPARE(c.article, CorrectionSet::contentHash(doc.originalText));
    QCOMPARE(c.evidence, selected);
    QCOMPARE(c.name, name);
    QCOMPARE(c.fields.value(u"amount"_s), amount);
    QCOMPARE(c.fields.value(u"city"_s), city);
}

void TestCorrections::sidecarRoundTrip()
{
    QTemporaryDir dir;
    QCOMPARE(CorrectionSet::sidecarPath(dir.filePath(u"articles/"_s)),
             dir.filePath(u"articles.investscope-review.json"_s));
    CorrectionSet set;
    ProjectCorrection c = correctionOfHuachuang();
    c.fields = {{u"status"_s, u"operating"_s}, {u"amount"_s, u"800000000"_s}};
    c.confirmed = true;
    c.changed = QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
    set.projects << c;
    const QString path = dir.filePath(u"a.investscope-review.json"_s);
    QString error;
    QVERIFY2(set.save(path, &error), qPrintable(error));
    const auto loaded = CorrectionSet::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->projects, set.projects);
    // A folder without a sidecar has no corrections.
    const auto none = CorrectionSet::load(dir.filePath(u"none.json"_s), &error, true);
    QVERIFY(none && none->isEmpty());
    // Nothing is left half-written where the file cannot be made.
    QVERIFY(!set.save(dir.filePath(u"missing/x.json"_s), &error));
    QVERIFY2(error.startsWith(dir.filePath(u"missing/x.json"_s)), qPrintable(error));
}

void TestCorrections::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    const QByteArray hash(64, 'a');
    QTest::newRow("not JSON") << QByteArray("{ not json") << u"not JSON"_s;
    QTest::newRow("another format") << QByteArray(R"({"format": "other", "version": 1})")
                                    << u"not an InvestScope corrections file"_s;
    QTest::newRow("newer version") << QByteArray(R"({"format": "investscope-corrections", "version": 9})")
                                   << u"corrections format version 9, this program reads versions up to 2"_s;
    QTest::newRow("no article") << QByteArray(R"({"format": "investscope-corrections", "version": 1,
        "projects": [{"name": "x", "fields": {}}]})")
                                << u"correction 1 names no article (its SHA-256) or no project"_s;
    QTest::newRow("amount not a number")
        << (R"({"format": "investscope-corrections", "version": 1, "projects": [{"article": ")" + hash +
            R"(", "name": "x", "fields": {"amount": "五亿"}}]})")
        << u"correction 1: the amount “五亿” is not a number of yuan (or of the currency's units)"_s;
    QTest::newRow("unknown status")
        << (R"({"format": "investscope-corrections", "version": 1, "projects": [{"article": ")" + hash +
            R"(", "name": "x", "fields": {"status": "done"}}]})")
        << u"correction 1: “done” is not a status (signed, started, operating, landed, negotiating, planned)"_s;
    QTest::newRow("unknown field")
        << (R"({"format": "investscope-corrections", "version": 1, "projects": [{"article": ")" + hash +
            R"(", "name": "x", "fields": {"colour": "red"}}]})")
        << u"correction 1: “colour” is not a field that can be corrected"_s;
}

void TestCorrections::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, u"bad.json"_s, content);
    QString error;
    QVERIFY(!CorrectionSet::load(path, &error));
    QVERIFY2(error.startsWith(path + u": "_s) && error.contains(reason), qPrintable(error));
}

void TestCorrections::storeKeepsTheReview()
{
    CorrectionSet set;
    ProjectCorrection status = correctionOfHuachuang();
    status.fields = {{u"status"_s, u"operating"_s}};
    status.confirmed = true;
    set.projects << status;
    // 金属深加工项目, excluded.
    const AnalyzedDocument& d = m_corpus[2];
    ProjectCorrection excluded;
    excluded.article = status.article;
    excluded.name = d.annotations.projects[0].name;
    excluded.excluded = true;
    set.projects << excluded;
    QList<AnalyzedDocument> corpus = m_corpus;
    QCOMPARE(set.apply(corpus).applied, 2);
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(corpus));
    const CorpusQueries queries(&store);
    const auto rows = queries.projects({});
    QCOMPARE(rows.size(), store.rowCount(u"projects"_s) - 1); // the excluded one is left out
    bool found = false;
    for (const auto& r : rows) {
        QVERIFY(r.name != excluded.name);
        if (r.name == status.name) {
            found = true;
            QCOMPARE(r.status, u"operating"_s);
            QCOMPARE(r.corrected, QStringList{u"status"_s});
            QCOMPARE(r.original, (QMap<QString, QString>{{u"status"_s, u"landed"_s}}));
            QVERIFY(r.confirmed);
        }
    }
    QVERIFY(found);
    ProjectFilter all;
    all.showExcluded = true;
    QCOMPARE(queries.projects(all).size(), store.rowCount(u"projects"_s));
    QCOMPARE(queries.summary({}).projects, store.rowCount(u"projects"_s) - 1);
    // Saved and opened again, the review is still there.
    QTemporaryDir dir;
    QVERIFY(store.saveAs(dir.filePath(u"c.sqlite"_s)));
    Store reopened;
    QVERIFY(reopened.open());
    QVERIFY(reopened.load(dir.filePath(u"c.sqlite"_s)));
    QCOMPARE(CorpusQueries(&reopened).projects({}).size(), rows.size());
}

void TestCorrections::cliExportAppliesCorrections()
{
    QTemporaryDir dir;
    CorrectionSet set;
    ProjectCorrection c = correctionOfHuachuang();
    c.fields = {{u"amount"_s, u"800000000"_s}};
    set.projects << c;
    ProjectCorrection orphan = c;
    orphan.name = u"不存在的项目"_s;
    orphan.evidence = u"不存在的句子。"_s;
    set.projects << orphan;
    const QString sidecar = dir.filePath(u"review.json"_s);
    QString error;
    QVERIFY(set.save(sidecar, &error));
    const QString csv = dir.filePath(u"projects.csv"_s);
    const TestSupport::CliRun r =
        TestSupport::runCli({u"export"_s, u"--out"_s, csv, u"--corrections"_s, sidecar});
    // Written, but the orphan is reported and makes the run a partial one.
    QCOMPARE(r.code, int(Cli::PartialFailure));
    QCOMPARE(r.err, sidecar + u": orphaned correction of “不存在的项目” in 002_2db777985a72217c.txt: the "
                              u"project is no longer found\n"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"华创钢结构装配式智造中心,华创,"_s), qPrintable(text.left(400)));
    const QString line = text.section(u"华创钢结构装配式智造中心,华创,"_s, 1).section(u"\r\n"_s, 0, 0);
    QVERIFY2(line.contains(u",800000000,CNY,,800000000,"_s) && line.endsWith(u",amount,amount: 5亿元,"_s),
             qPrintable(line));
}

void TestCorrections::cliEvalScoresCorrectedProjects()
{
    const QString gold = QStringLiteral(INVESTSCOPE_GOLD_DIR);
    const auto statusLine = [](const QByteArray& out) {
        return QString::fromUtf8(out).section(u"  status"_s, 1).section(u'\n', 0, 0).simplified();
    };
    const TestSupport::CliRun before = TestSupport::runCli({u"eval"_s, u"--gold"_s, gold});
    QCOMPARE(before.code, 0);
    QCOMPARE(statusLine(before.out), u"23/24 (95.8%)"_s);
    // The analyst sets the status the gold has: the score shows it.
    QTemporaryDir dir;
    CorrectionSet set;
    ProjectCorrection c = correctionOfHuachuang();
    c.fields = {{u"status"_s, u"operating"_s}};
    set.projects << c;
    QString error;
    QVERIFY(set.save(dir.filePath(u"review.json"_s), &error));
    const TestSupport::CliRun after = TestSupport::runCli(
        {u"eval"_s, u"--gold"_s, gold, u"--corrections"_s, dir.filePath(u"review.json"_s)});
    QCOMPARE(after.code, 0);
    QCOMPARE(statusLine(after.out), u"24/24 (100.0%)"_s);
}

void TestCorrections::chartsMarkCorrectedBars()
{
    // 华创's project moved to 株洲市 by the analyst: that bar is marked, the others are not.
    CorrectionSet set;
    ProjectCorrection c = correctionOfHuachuang();
    c.fields = CorrectionSet::regionFields(u"株洲市"_s);
    set.projects << c;
    QList<AnalyzedDocument> corpus = m_corpus;
    QCOMPARE(set.apply(corpus).applied, 1);
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(corpus));
    const CorpusQueries queries(&store);
    ChartBuilder::Options options;
    options.level = ProjectFilter::RegionLevel::City;
    const ChartData byCity =
        ChartBuilder::build(ChartBuilder::Kind::Region, queries, {}, options, store.exchangeRates());
    QStringList marked;
    for (qsizetype i = 0; i < byCity.categories.size(); ++i) {
        QCOMPARE(byCity.categories[i].endsWith(u" †"_s), byCity.corrected[i] > 0);
        if (byCity.corrected[i] > 0)
            marked << byCity.categories[i] + u'=' + QString::number(byCity.corrected[i]);
    }
    QCOMPARE(marked, QStringList{u"株洲市 †=1"_s});
    // (The source text: this suite loads no translation.)
    QCOMPARE(byCity.caption, u"All projects  ·  † with values an analyst corrected (1 project(s))"_s);
    // The size chart marks the class of the 5亿 project; without corrections nothing is marked.
    const ChartData bySize =
        ChartBuilder::build(ChartBuilder::Kind::Size, queries, {}, options, store.exchangeRates());
    QCOMPARE(std::accumulate(bySize.corrected.cbegin(), bySize.corrected.cend(), 0), 1);
    Store plain;
    QVERIFY(plain.open());
    QVERIFY(plain.addDocuments(m_corpus));
    const ChartData unmarked = ChartBuilder::build(ChartBuilder::Kind::Region, CorpusQueries(&plain), {},
                                                   options, plain.exchangeRates());
    QVERIFY(std::none_of(unmarked.categories.cbegin(), unmarked.categories.cend(),
                         [](const QString& c) { return c.contains(u'†'); }));
    QVERIFY(!unmarked.caption.contains(u'†'));
}

void TestCorrections::survivesAChangedRuleFile()
{
    // A newer rule file that words one project's name differently (name_trim 金属: 金属深加工项目 becomes
    // 深加工项目), read by the CLI in a process of its own (the rules load once per process).
    QFile shipped(u":/investscope/data/extraction_rules.tsv"_s);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString rules = dir.filePath(u"rules.tsv"_s);
    TestSupport::writeFile(dir, u"rules.tsv"_s, shipped.readAll() + "name_trim\t金属\n");
    // Corrections made on what the shipped rules extracted: the renamed project's status, another's company.
    const AnalyzedDocument& d = m_corpus[2];
    const Project& renamed = d.annotations.projects[0];
    QCOMPARE(renamed.name, u"金属深加工项目"_s);
    CorrectionSet set;
    ProjectCorrection status;
    status.article = CorrectionSet::contentHash(d.document.originalText);
    status.file = d.document.name;
    status.name = renamed.name;
    status.evidence = d.clean.text.mid(renamed.evidence.start, renamed.evidence.length());
    status.fields = {{u"status"_s, u"signed"_s}};
    ProjectCorrection company = correctionOfHuachuang();
    company.fields = {{u"company"_s, u"华创集团"_s}};
    set.projects << status << company;
    QString error;
    QVERIFY(set.save(dir.filePath(u"review.json"_s), &error));
    const QString article =
        TestSupport::writeFile(dir, u"a/"_s + d.document.name, d.document.originalText.toUtf8());
    const auto exportWith = [&](const QString& rulesFile) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INVESTSCOPE_RULES"_s, rulesFile);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(INVESTSCOPE_CLI_PATH),
                  {u"export"_s, u"--out"_s, dir.filePath(u"p.json"_s), u"--corrections"_s,
                   dir.filePath(u"review.json"_s), article});
        cli.waitForFinished(60000);
        QFile json(dir.filePath(u"p.json"_s));
        json.open(QIODevice::ReadOnly);
        QMap<QString, QString> projects; // name -> company / status
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        for (const QJsonValue& v : root.value(u"projects"_s).toArray()) {
            const QJsonObject o = v.toObject();
            projects.insert(o.value(u"name"_s).toString(),
                            o.value(u"company"_s).toString() + u" / "_s + o.value(u"status"_s).toString());
        }
        return std::pair{cli.exitCode(), projects};
    };
    const auto [shippedCode, shippedProjects] = exportWith(QString());
    QCOMPARE(shippedCode, 0);
    QCOMPARE(shippedProjects.value(u"金属深加工项目"_s), u"中冶集团 / signed"_s);
    const auto [newerCode, newerProjects] = exportWith(rules);
    // Nothing orphaned: the renamed project is found by its evidence, the other by name and evidence.
    QCOMPARE(newerCode, 0);
    QVERIFY(!newerProjects.contains(u"金属深加工项目"_s));
    QCOMPARE(newerProjects.value(u"深加工项目"_s), u"中冶集团 / signed"_s);
    QCOMPARE(newerProjects.value(u"华创钢结构装配式智造中心"_s), u"华创集团 / landed"_s);
}

namespace {

// An invented article: a company the extractor does not know as one (宏远, no legal form), a project with
// its amount, and one by a company it does know.
const QString kEntityArticle =
    u"株洲高新区签约新材料项目\n\n"
    u"本报讯 3月12日，宏远与株洲高新区签约年产5万吨新材料项目，总投资8亿元，计划年底开工。\n"
    u"南岭精工智能装备项目由恒川新材料有限公司投资建设，总投资3亿元。\n"_s;

AnalyzedDocument entityArticle()
{
    Document d;
    d.name = u"entities.txt"_s;
    d.path = u"/tmp/entities.txt"_s;
    d.encoding = u"UTF-8"_s;
    d.originalText = kEntityArticle;
    return CorpusProcessor::analyze(d);
}

const Project* projectNamed(const AnalyzedDocument& d, const QString& name)
{
    for (const Project& p : d.annotations.projects) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

// The entities of `d` as "type:surface", in text order.
QStringList entitySummary(const AnalyzedDocument& d)
{
    QStringList out;
    for (const Entity& e : d.annotations.entities)
        out << entityTypeName(e.type) + u':' + e.text;
    return out;
}

} // namespace

void TestCorrections::entityEdits_data()
{
    QTest::addColumn<QString>("fromText"); // empty: an entity is added
    QTest::addColumn<int>("fromOccurrence");
    QTest::addColumn<QString>("fromType");
    QTest::addColumn<QString>("toText"); // empty: the entity is removed
    QTest::addColumn<int>("toOccurrence");
    QTest::addColumn<QString>("toType");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("company"); // the project's, once the entities changed
    QTest::addColumn<double>("amount");   // 0: none
    QTest::addColumn<bool>("orphaned");
    QTest::addColumn<QString>("derived"); // an entity the extractor then finds from the projects, or none

    const QString first = u"年产5万吨新材料项目"_s;
    const QString second = u"南岭精工智能装备项目"_s;
    QTest::newRow("as extracted: no company for the first")
        << u"3月12日"_s << 0 << u"date"_s << u"3月12日"_s << 0 << u"date"_s << first << QString() << 8e8
        << false << QString();
    QTest::newRow("a company marked: the project takes it")
        << QString() << 0 << QString() << u"宏远"_s << 0 << u"company"_s << first << u"宏远"_s << 8e8 << false
        << QString();
    QTest::newRow("an amount removed: the project has none")
        << u"8亿元"_s << 0 << u"money"_s << QString() << 0 << QString() << first << QString() << 0.0 << false
        << QString();
    // …and takes the maker its own name gives.
    QTest::newRow("a company made a person: the project loses it")
        << u"恒川新材料有限公司"_s << 0 << u"company"_s << u"恒川新材料有限公司"_s << 0 << u"person"_s
        << second << u"南岭精工"_s << 3e8 << false << u"company:南岭精工"_s;
    QTest::newRow("a company's span shortened: the project follows")
        << u"恒川新材料有限公司"_s << 0 << u"company"_s << u"恒川新材料"_s << 0 << u"company"_s << second
        << u"恒川新材料"_s << 3e8 << false << QString();
    QTest::newRow("counter: anchored to an occurrence the text lacks: orphaned, nothing changes")
        << u"8亿元"_s << 3 << u"money"_s << QString() << 0 << QString() << first << QString() << 8e8 << true
        << QString();
    QTest::newRow("counter: anchored to another type there: orphaned")
        << u"8亿元"_s << 0 << u"company"_s << QString() << 0 << QString() << first << QString() << 8e8 << true
        << QString();
}

void TestCorrections::entityEdits()
{
    QFETCH(QString, fromText);
    QFETCH(int, fromOccurrence);
    QFETCH(QString, fromType);
    QFETCH(QString, toText);
    QFETCH(int, toOccurrence);
    QFETCH(QString, toType);
    QFETCH(QString, project);
    QFETCH(QString, company);
    QFETCH(double, amount);
    QFETCH(bool, orphaned);
    QFETCH(QString, derived);
    const AnalyzedDocument extracted = entityArticle();
    EntityCorrection c;
    c.article = CorrectionSet::contentHash(extracted.document.originalText);
    c.file = extracted.document.name;
    c.text = fromText;
    c.occurrence = fromOccurrence;
    c.type = fromType;
    c.newText = toText;
    c.newOccurrence = toOccurrence;
    c.newType = toType;
    CorrectionSet set;
    set.entities << c;
    QList<AnalyzedDocument> corpus{extracted};
    const CorrectionSet::Outcome outcome = set.apply(corpus);
    QCOMPARE(outcome.orphanedEntities.size(), orphaned ? 1 : 0);
    const AnalyzedDocument& d = corpus.front();
    const Project* p = projectNamed(d, project);
    QVERIFY2(p, qPrintable(project));
    QCOMPARE(p->company, company);
    QCOMPARE(p->investment ? p->investment->amount : 0.0, amount);
    // The entity list: the edited entity in, the one it replaced out, the rest as extracted (in text order;
    // compared sorted).
    QStringList expected = entitySummary(extracted);
    if (!orphaned) {
        if (!fromText.isEmpty())
            expected.removeOne(fromType + u':' + fromText);
        if (!toText.isEmpty())
            expected << toType + u':' + toText;
        if (!derived.isEmpty())
            expected << derived;
    }
    QStringList actual = entitySummary(d);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestCorrections::entityEditsRoundTripAndStore()
{
    const AnalyzedDocument extracted = entityArticle();
    // 宏远 marked a company, then the project it made corrected: both kept in the sidecar, both applied in
    // order (the project correction anchors to the project the entity edit assembled).
    const Entity* date = nullptr;
    for (const Entity& e : extracted.annotations.entities) {
        if (e.type == EntityType::Date)
            date = &e;
    }
    QVERIFY(date);
    const qsizetype at = extracted.clean.text.indexOf(u"宏远"_s);
    CorrectionSet set;
    set.entities << CorrectionSet::entityEdit(extracted, nullptr, TextSpan{at, at + 2}, EntityType::Company);
    set.entities << CorrectionSet::entityEdit(extracted, date, std::nullopt, EntityType::Date);
    QCOMPARE(set.entities[0].newText, u"宏远"_s);
    QCOMPARE(set.entities[0].newOccurrence, 0);
    QVERIFY(set.entities[0].adds());
    QVERIFY(set.entities[1].removes());
    QCOMPARE(set.entities[1].text, u"3月12日"_s);
    ProjectCorrection status;
    status.article = set.entities[0].article;
    status.name = u"年产5万吨新材料项目"_s;
    const Project* p = projectNamed(extracted, status.name);
    QVERIFY(p);
    status.evidence = extracted.clean.text.mid(p->evidence.start, p->evidence.length());
    status.fields = {{u"status"_s, u"started"_s}};
    set.projects << status;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.json"_s);
    QString error;
    QVERIFY2(set.save(path, &error), qPrintable(error));
    const auto loaded = CorrectionSet::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->entities, set.entities);
    QCOMPARE(loaded->projects, set.projects);

    QList<AnalyzedDocument> corpus{extracted};
    const CorrectionSet::Outcome outcome = loaded->apply(corpus);
    QVERIFY(outcome.orphaned.isEmpty());
    QVERIFY(outcome.orphanedEntities.isEmpty());
    const Project* reviewed = projectNamed(corpus.front(), status.name);
    QVERIFY(reviewed);
    QCOMPARE(reviewed->company, u"宏远"_s);
    QCOMPARE(reviewed->status, u"started"_s);
    QVERIFY(!entitySummary(corpus.front()).contains(u"date:3月12日"_s));

    // The store takes the article's new annotations in place of the old: entities and projects follow.
    Store store;
    QVERIFY(store.open());
    const auto ids = store.addDocuments({extracted});
    QVERIFY(ids);
    const CorpusQueries queries(&store);
    const int before = store.rowCount(u"entities"_s);
    QVERIFY2(store.replaceAnnotations(ids->front(), corpus.front().annotations, &error), qPrintable(error));
    QCOMPARE(store.rowCount(u"entities"_s), before); // one added, one removed
    QCOMPARE(store.rowCount(u"projects"_s), static_cast<int>(corpus.front().annotations.projects.size()));
    QCOMPARE(store.rowCount(u"project_mentions"_s),
             static_cast<int>(corpus.front().annotations.projects.size()));
    bool found = false;
    for (const auto& r : queries.projects({})) {
        if (r.name == status.name) {
            found = true;
            QCOMPARE(r.company, u"宏远"_s);
            QCOMPARE(r.status, u"started"_s);
        }
    }
    QVERIFY(found);
    QCOMPARE(queries.companyNames().contains(u"宏远"_s), true);
}

void TestCorrections::entityEditAndItsInverseGiveTheExtraction()
{
    // Each entity of a sample article removed and marked again: the article's projects are as extracted.
    const AnalyzedDocument& d = m_corpus[2];
    const auto fieldsOf = [](const AnalyzedDocument& doc) {
        QStringList out;
        for (const Project& p : doc.annotations.projects)
            out << u"%1|%2|%3|%4|%5"_s.arg(p.name, p.company, p.region, p.status, p.amountText);
        return out;
    };
    int checked = 0;
    for (const Entity& e : d.annotations.entities) {
        if (e.type != EntityType::Region && e.type != EntityType::Company && e.type != EntityType::Money)
            continue;
        CorrectionSet set;
        set.entities << CorrectionSet::entityEdit(d, &e, std::nullopt, e.type)
                     << CorrectionSet::entityEdit(d, nullptr, e.span, e.type);
        QList<AnalyzedDocument> corpus{d};
        QVERIFY(set.apply(corpus).orphanedEntities.isEmpty());
        QCOMPARE(fieldsOf(corpus.front()), fieldsOf(d));
        ++checked;
    }
    QVERIFY(checked > 10);
    // The article as the store keeps it gives the same extraction.
    Store store;
    QVERIFY(store.open());
    const auto ids = store.addDocuments({d});
    QVERIFY(ids);
    AnalyzedDocument stored = *store.document(ids->front());
    stored.annotations = Extractor::extract(stored.clean);
    QCOMPARE(fieldsOf(stored), fieldsOf(d));
}

void TestCorrections::entityAtReadsTheMarkedText_data()
{
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("detail"); // money: amount/role; region: city; industry: code
    QTest::newRow("amount with its role from the article")
        << u"8亿元"_s << u"money"_s << QString() << u"800000000/investment"_s;
    QTest::newRow("amount marked without its unit")
        << u"3亿"_s << u"money"_s << QString() << u"300000000/investment"_s;
    QTest::newRow("zone: the gazetteer's city")
        << u"株洲高新区"_s << u"region"_s << u"株洲高新区"_s << u"株洲市"_s;
    QTest::newRow("industry word: its code") << u"智能装备"_s << u"industry"_s << QString() << u"EQUIP"_s;
    QTest::newRow("company: as written") << u"南岭精工"_s << u"company"_s << u"南岭精工"_s << QString();
    QTest::newRow("counter: a person named as written, no role")
        << u"宏远"_s << u"person"_s << u"宏远"_s << QString();
    QTest::newRow("counter: no amount in the marked text")
        << u"年底"_s << u"money"_s << QString() << u"none"_s;
}

void TestCorrections::entityAtReadsTheMarkedText()
{
    QFETCH(QString, surface);
    QFETCH(QString, type);
    QFETCH(QString, normalized);
    QFETCH(QString, detail);
    const AnalyzedDocument d = entityArticle();
    const qsizetype at = d.clean.text.lastIndexOf(surface);
    QVERIFY(at >= 0);
    const Entity e = CorrectionSet::entityAt(d, {at, at + surface.size()}, *entityTypeFromName(type));
    QCOMPARE(e.text, surface);
    QCOMPARE(entityTypeName(e.type), type);
    QCOMPARE(e.normalized, normalized);
    if (e.type == EntityType::Money)
        QCOMPARE(e.money ? QString::number(e.money->amount, 'f', 0) + u'/' + e.role : u"none"_s, detail);
    else if (e.type == EntityType::Region)
        QCOMPARE(e.place ? e.place->city : QString(), detail);
    else if (e.type == EntityType::Industry)
        QCOMPARE(e.industry, detail);
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
