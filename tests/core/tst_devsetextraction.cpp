// Extraction on the dev set (30 real articles from 27 provinces, gold written independently), kept inside the
// repository in tests/devset/. The floors are the scores reached so far: a change that lowers one fails here.
#include "eval/evaluator.h"
#include "pipeline/corpusprocessor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDevsetExtraction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void floors_data();
    void floors();

private:
    Evaluator::Report m_report;
};

void TestDevsetExtraction::initTestCase()
{
    QStringList errors;
    const auto gold = Evaluator::loadGoldFolder(QStringLiteral(INVESTSCOPE_DEVSET_DIR "/gold"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(gold.size(), 30);
    const CorpusProcessor::Result result =
        CorpusProcessor::process({QStringLiteral(INVESTSCOPE_DEVSET_DIR "/articles")});
    QCOMPARE(result.documents.size(), 30);
    m_report = Evaluator::evaluate(result.documents, gold);
    qInfo().noquote() << Evaluator::formatText(m_report, false);
    QCOMPARE(m_report.documents, 30);
    QVERIFY(m_report.withoutGold.isEmpty());
}

void TestDevsetExtraction::floors_data()
{
    QTest::addColumn<QString>("score"); // an entity type, projects, aggregates, or field:NAME
    QTest::addColumn<double>("floor");  // F1 for kinds, accuracy for fields

    QTest::newRow("projects") << u"projects"_s << 0.87;
    QTest::newRow("aggregates") << u"aggregates"_s << 0.80;
    QTest::newRow("company") << u"company"_s << 0.85;
    QTest::newRow("region") << u"region"_s << 0.85;
    QTest::newRow("person") << u"person"_s << 0.94;
    QTest::newRow("money") << u"money"_s << 0.97;
    QTest::newRow("investment") << u"field:investment"_s << 0.95;
    QTest::newRow("region field") << u"field:region"_s << 0.85;
    QTest::newRow("city field") << u"field:city"_s << 0.93;
    QTest::newRow("industry field") << u"field:industry"_s << 0.88;
    QTest::newRow("status field") << u"field:status"_s << 0.87;
    QTest::newRow("company field") << u"field:company"_s << 0.88;
}

void TestDevsetExtraction::floors()
{
    QFETCH(QString, score);
    QFETCH(double, floor);
    double value = 0;
    if (score.startsWith(u"field:"_s)) {
        const Evaluator::Field f = m_report.fields.value(score.mid(6));
        QVERIFY2(f.total > 0, qPrintable(score));
        value = double(f.correct) / f.total;
    } else if (score == u"projects"_s) {
        value = m_report.projects.f1();
    } else if (score == u"aggregates"_s) {
        value = m_report.aggregates.f1();
    } else {
        QVERIFY2(m_report.entities.contains(score), qPrintable(score));
        value = m_report.entities.value(score).f1();
    }
    QVERIFY2(value >= floor, qPrintable(u"%1 = %2, floor %3"_s.arg(score).arg(value, 0, 'f', 3).arg(floor)));
}

QTEST_GUILESS_MAIN(TestDevsetExtraction)
#include "tst_devsetextraction.moc"
