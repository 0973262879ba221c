// Extraction on the five sample articles, scored against the gold files written by reading them.
#include "eval/evaluator.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSampleExtraction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meetsTargets();
};

void TestSampleExtraction::meetsTargets()
{
    QStringList errors;
    const auto gold = Evaluator::loadGoldFolder(QStringLiteral(INVESTSCOPE_GOLD_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(gold.size(), 5);
    const Evaluator::Report report = Evaluator::evaluate(TestSupport::sampleCorpus(), gold);
    qInfo().noquote() << Evaluator::formatText(report, false);
    QCOMPARE(report.documents, 5);
    // The targets on the sample articles.
    QVERIFY2(report.projects.f1() >= 0.90, qPrintable(QString::number(report.projects.f1())));
    QVERIFY2(report.entities.value(u"money"_s).f1() >= 0.95,
             qPrintable(QString::number(report.entities.value(u"money"_s).f1())));
    // Guards against regressions of the other scores.
    QVERIFY(report.entities.value(u"company"_s).f1() >= 0.85);
    QVERIFY(report.entities.value(u"region"_s).f1() >= 0.90);
    const Evaluator::Field amount = report.fields.value(u"investment"_s);
    QVERIFY(amount.total > 0 && amount.correct * 100 >= amount.total * 95);
}

QTEST_GUILESS_MAIN(TestSampleExtraction)
#include "tst_sampleextraction.moc"
