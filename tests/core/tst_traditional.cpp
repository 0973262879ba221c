#include "pipeline/corpusprocessor.h"
#include "text/icuadaptor.h"
#include "text/simplifiedchinese.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTraditional final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simplifies_data();
    void simplifies();
    void extractionKeepsTraditionalSurface();
    void tableIsIcusTransformOfEachIdeograph();
};

void TestTraditional::simplifies_data()
{
    QTest::addColumn<QString>("traditional");
    QTest::addColumn<QString>("simplified");
    QTest::addColumn<bool>("changed");
    QTest::newRow("招商引資") << u"招商引資"_s << u"招商引资"_s << true;
    QTest::newRow("簽約") << u"簽約項目"_s << u"签约项目"_s << true;
    QTest::newRow("總投資") << u"總投資額"_s << u"总投资额"_s << true;
    QTest::newRow("億元") << u"1.2億元、3000萬美元"_s << u"1.2亿元、3000万美元"_s << true;
    QTest::newRow("有限公司") << u"臺灣積體電路製造股份有限公司"_s << u"台湾积体电路制造股份有限公司"_s
                              << true;
    QTest::newRow("already simplified") << u"招商引资签约"_s << u"招商引资签约"_s << false;
    QTest::newRow("mixed script and punctuation")
        << u"IC設計（浙江）１２"_s << u"IC设计（浙江）１２"_s << true;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestTraditional::simplifies()
{
    QFETCH(QString, traditional);
    QFETCH(QString, simplified);
    QFETCH(bool, changed);
    const QString result = SimplifiedChinese::fromTraditional(traditional);
    QCOMPARE(result, simplified);
    QCOMPARE(result.size(), traditional.size()); // offsets are preserved
    QCOMPARE(SimplifiedChinese::hasTraditional(traditional), changed);
}

void TestTraditional::extractionKeepsTraditionalSurface()
{
    Document d;
    d.name = u"hant.txt"_s;
    d.originalText = u"該項目總投資1.2億元，註冊資本3000萬美元。"_s;
    const AnalyzedDocument a = CorpusProcessor::analyze(d);
    QCOMPARE(a.annotations.entities.size(), 2);
    const Entity& investment = a.annotations.entities[0];
    QCOMPARE(investment.text, u"1.2億元"_s);
    QCOMPARE(a.clean.text.mid(investment.span.start, investment.span.length()), u"1.2億元"_s);
    QCOMPARE(investment.money->amount, 1.2e8);
    QCOMPARE(investment.role, u"investment"_s);
    QCOMPARE(a.annotations.entities[1].text, u"3000萬美元"_s);
    QCOMPARE(a.annotations.entities[1].role, u"registered_capital"_s);
}

// The table is written at build time; it must be what ICU's transform gives each ideograph alone, every one
// of the block (a single BMP ideograph of the block, else the character kept).
void TestTraditional::tableIsIcusTransformOfEachIdeograph()
{
    int changed = 0;
    for (char16_t c = 0x4E00;; ++c) {
        const QString one(QChar{c});
        const QString icu = Icu::transform(one, "Hant-Hans").value_or(one);
        const bool single = icu.size() == 1 && icu.at(0).unicode() >= 0x4E00 && icu.at(0).unicode() <= 0x9FFF;
        const QString expected = single ? icu : one;
        const QString table = SimplifiedChinese::fromTraditional(one);
        if (table != expected)
            QFAIL(
                qPrintable(u"U+%1: table %2, ICU %3"_s.arg(int(c), 4, 16, QChar(u'0')).arg(table, expected)));
        QCOMPARE(SimplifiedChinese::hasTraditional(one), expected != one);
        changed += expected != one;
        if (c == 0x9FFF)
            break;
    }
    QCOMPARE(changed, 2801); // ICU 72 (Debian 12)
}

QTEST_APPLESS_MAIN(TestTraditional)
#include "tst_traditional.moc"
