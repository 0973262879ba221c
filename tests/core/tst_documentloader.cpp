#include "corpus/documentloader.h"
#include "pipeline/corpusprocessor.h"
#include "testsupport.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDocumentLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderIsReadRecursivelyAndProblemsNamed();
    void explicitFileOfAnyExtension();
    void missingPath();
    void sampleCorpusIsDefault();
    void cancelStopsEarly();
    void streamGivesFileOrderOnAnyThreadCount_data();
    void streamGivesFileOrderOnAnyThreadCount();
    void streamCancelsWithWorkersRunning();
    void pdfWithoutTextIsReported();
    void pdfTextIsImportedAndCleaned();
};

void TestDocumentLoader::folderIsReadRecursivelyAndProblemsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestSupport::writeFile(dir, u"a.txt"_s, u"平湖招商"_s.toUtf8());
    TestSupport::writeFile(dir, u"sub/b.txt"_s, TestSupport::encoded(u"总投资1.2亿元"_s, "GB18030"));
    TestSupport::writeFile(dir, u"sub/deeper/c.TXT"_s,
                           QByteArray("\xFF\xFE") + TestSupport::encoded(u"签约"_s, "UTF-16LE"));
    const QString bad = TestSupport::writeFile(dir, u"sub/bad.txt"_s, QByteArray("abc\x00\x01", 5));
    const QString empty = TestSupport::writeFile(dir, u"empty.txt"_s, QByteArray());
    TestSupport::writeFile(dir, u"notes.md"_s, QByteArray("ignored in folders"));

    const CorpusProcessor::Result result = CorpusProcessor::process({dir.path()});
    QStringList names;
    for (const AnalyzedDocument& d : result.documents)
        names << d.document.name;
    QCOMPARE(names, (QStringList{u"a.txt"_s, u"sub/b.txt"_s, u"sub/deeper/c.TXT"_s}));
    QCOMPARE(result.documents[1].document.encoding, u"GB18030"_s);
    QCOMPARE(result.documents[1].clean.text, u"总投资1.2亿元"_s);
    QCOMPARE(result.documents[2].document.encoding, u"UTF-16LE"_s);

    QCOMPARE(result.problems.size(), 2);
    QStringList problemPaths;
    for (const LoadProblem& p : result.problems) {
        problemPaths << p.path;
        QVERIFY(!p.reason.isEmpty());
    }
    problemPaths.sort();
    QStringList expected{bad, empty};
    expected.sort();
    QCOMPARE(problemPaths, expected);
}

void TestDocumentLoader::explicitFileOfAnyExtension()
{
    QTemporaryDir dir;
    const QString md = TestSupport::writeFile(dir, u"notes.md"_s, u"允哲半导体"_s.toUtf8());
    const auto collected = DocumentLoader::collect({md});
    QCOMPARE(collected.inputs.size(), 1);
    QCOMPARE(collected.inputs.front().name, md);
    const auto loaded = DocumentLoader::load(collected.inputs.front());
    QVERIFY(std::holds_alternative<Document>(loaded));
    QCOMPARE(std::get<Document>(loaded).originalText, u"允哲半导体"_s);
}

void TestDocumentLoader::missingPath()
{
    const auto collected = DocumentLoader::collect({u"/nonexistent/article.txt"_s});
    QVERIFY(collected.inputs.isEmpty());
    QCOMPARE(collected.problems.size(), 1);
    QCOMPARE(collected.problems.front().path, u"/nonexistent/article.txt"_s);
    QVERIFY(collected.problems.front().reason.contains(u"no such"_s));
}

void TestDocumentLoader::sampleCorpusIsDefault()
{
    const auto result = CorpusProcessor::process({DocumentLoader::sampleCorpusPath()});
    QCOMPARE(result.documents.size(), 5);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.documents.front().document.name, u"000_37aff5f5053d39e6.txt"_s);
    for (const AnalyzedDocument& d : result.documents)
        QCOMPARE(d.document.encoding, u"UTF-8"_s);
}

void TestDocumentLoader::cancelStopsEarly()
{
    int calls = 0;
    const auto result =
        CorpusProcessor::process({DocumentLoader::sampleCorpusPath()}, [&](int done, int total) {
            ++calls;
            return !(done == 2 && total == 5);
        });
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(result.documents.size(), 2);
}

namespace {

// 40 articles, each naming its own number in its amount, with unreadable files among them (every seventh).
QString writeNumberedCorpus(const QTemporaryDir& dir)
{
    for (int i = 0; i < 40; ++i) {
        const QString name = u"%1.txt"_s.arg(i, 2, 10, QChar(u'0'));
        if (i % 7 == 3)
            TestSupport::writeFile(dir, name,
                                   QByteArray("\x7F"
                                              "ELF\x00\x01",
                                              6));
        else
            TestSupport::writeFile(dir, name, u"平湖市签约项目%1个，总投资%1亿元。"_s.arg(i + 1).toUtf8());
    }
    return dir.path();
}

} // namespace

void TestDocumentLoader::streamGivesFileOrderOnAnyThreadCount_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one") << 1;
    QTest::newRow("two") << 2;
    QTest::newRow("eight") << 8;
    QTest::newRow("more than the files in flight") << CorpusProcessor::kInFlight + 4;
}

// Files are analysed by several workers at once and finish in any order; the consumer sees them in file
// order, each once, with the problems in file order too, and the same analysis as one worker gives.
void TestDocumentLoader::streamGivesFileOrderOnAnyThreadCount()
{
    QFETCH(int, threads);
    QTemporaryDir dir;
    const QString folder = writeNumberedCorpus(dir);
    QStringList names;
    QList<double> amounts;
    QList<int> progress;
    const CorpusProcessor::Result result = CorpusProcessor::stream(
        {folder},
        [&](AnalyzedDocument&& d) {
            names << d.document.name;
            QCOMPARE(d.annotations.entities.isEmpty(), false);
            for (const Entity& e : d.annotations.entities) {
                if (e.money)
                    amounts << e.money->amount;
            }
        },
        [&](int done, int total) {
            progress << done;
            return total == 40;
        },
        threads);
    QVERIFY(!result.cancelled);
    QVERIFY(result.documents.isEmpty()); // nothing kept
    QStringList expectedNames;
    QList<double> expectedAmounts;
    QStringList expectedProblems;
    for (int i = 0; i < 40; ++i) {
        const QString name = u"%1.txt"_s.arg(i, 2, 10, QChar(u'0'));
        if (i % 7 == 3) {
            expectedProblems << dir.filePath(name);
        } else {
            expectedNames << name;
            expectedAmounts << (i + 1) * 1e8;
        }
    }
    QCOMPARE(names, expectedNames);
    QCOMPARE(amounts, expectedAmounts);
    QStringList problems;
    for (const LoadProblem& p : result.problems)
        problems << p.path;
    QCOMPARE(problems, expectedProblems);
    QCOMPARE(progress.size(), 40);
    QCOMPARE(progress.front(), 1);
    QCOMPARE(progress.back(), 40);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
}

// A cancel while workers are analysing returns at once with what was given, and gives nothing after it.
void TestDocumentLoader::streamCancelsWithWorkersRunning()
{
    QTemporaryDir dir;
    const QString folder = writeNumberedCorpus(dir);
    int given = 0;
    const CorpusProcessor::Result result = CorpusProcessor::stream(
        {folder}, [&](AnalyzedDocument&&) { ++given; }, [](int done, int) { return done < 5; }, 4);
    QVERIFY(result.cancelled);
    QCOMPARE(given, 4); // files 0, 1, 2 and 4 (3 is unreadable)
    QCOMPARE(result.problems.size(), 1);
}

void TestDocumentLoader::pdfWithoutTextIsReported()
{
    if (!DocumentLoader::pdfSupported())
        QSKIP("built without poppler-qt6");
    QTemporaryDir dir;
    const QString fake =
        TestSupport::writeFile(dir, u"broken.pdf"_s, QByteArray("%PDF-1.4\nnot really a pdf\n"));
    const auto loaded = DocumentLoader::load({fake, u"broken.pdf"_s});
    QVERIFY(std::holds_alternative<LoadProblem>(loaded));
    QCOMPARE(std::get<LoadProblem>(loaded).path, fake);
}

void TestDocumentLoader::pdfTextIsImportedAndCleaned()
{
    if (!DocumentLoader::pdfSupported())
        QSKIP("built without poppler-qt6");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.pdf"_s);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font(u"Noto Sans CJK SC"_s);
        font.setPointSize(12);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), u"Investment project signed"_s);
        painter.drawText(QPointF(200, 800), u"Total 12 million"_s);
        writer.newPage();
        painter.drawText(QPointF(200, 400), u"Second page"_s);
    }
    const auto result = CorpusProcessor::process({path});
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.documents.size(), 1);
    const AnalyzedDocument& d = result.documents.front();
    QCOMPARE(d.document.encoding, u"PDF"_s);
    QCOMPARE(d.document.source, Document::Source::Pdf);
    QVERIFY2(d.clean.text.contains(u"Investment project signed"_s), qPrintable(d.clean.text));
    QVERIFY2(d.clean.text.contains(u"Second page"_s), qPrintable(d.clean.text));
}

QTEST_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
