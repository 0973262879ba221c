// The rule file of the project extractor: it loads without errors, every kind the mechanisms read is there,
// longer words come first, and a malformed row is reported with its line.
#include "extract/extractionrules.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestExtractionRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedRulesLoad();
    void kindsAreThere_data();
    void kindsAreThere();
    void longerWordsFirst();
    void valuesAndThresholds();
    void malformedRowsAreReported_data();
    void malformedRowsAreReported();
};

void TestExtractionRules::shippedRulesLoad()
{
    const auto rules = ExtractionRules::shared();
    QVERIFY2(rules->errors().isEmpty(), qPrintable(rules->errors().join(u'\n')));
}

void TestExtractionRules::kindsAreThere_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"status",
                             "not_status",
                             "to_come",
                             "head",
                             "not_head_after",
                             "build_verb",
                             "goal_verb",
                             "name_stop",
                             "name_trim",
                             "list_not_end",
                             "list_owner_not",
                             "trade_name_end",
                             "generic",
                             "content",
                             "list_intro",
                             "company_left_stop",
                             "company_generic_stem",
                             "company_descriptor",
                             "person_title",
                             "event_lead",
                             "event_noun",
                             "actor_after",
                             "subject_lead",
                             "company_bare_not_end",
                             "company_bare_not",
                             "company_list_noun",
                             "supplier_verb",
                             "supplier_end",
                             "supplier_not",
                             "heading_zone_end",
                             "provincial_body",
                             "trade_name_not",
                             "trade_name_not_end",
                             "money_role"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestExtractionRules::kindsAreThere()
{
    QFETCH(QString, kind);
    QVERIFY(!ExtractionRules::shared()->words(kind).isEmpty());
}

void TestExtractionRules::longerWordsFirst()
{
    const ExtractionRules rules(
        u"status\t开工\tstarted\nstatus\t开工建设\tstarted\nstatus\t未开工\tplanned\n"_s);
    QCOMPARE(rules.words(u"status"_s), (QStringList{u"开工建设"_s, u"未开工"_s, u"开工"_s}));
    QCOMPARE(rules.wordStartingAt(u"status"_s, u"已开工建设"_s, 1), u"开工建设"_s);
    QCOMPARE(rules.wordStartingAt(u"status"_s, u"尚未开工"_s, 1), u"未开工"_s);
    QCOMPARE(rules.wordEndingAt(u"status"_s, u"尚未开工"_s, 4), u"未开工"_s);
    QCOMPARE(rules.wordStartingAt(u"status"_s, u"签约"_s, 0), QString());
}

void TestExtractionRules::valuesAndThresholds()
{
    const auto rules = ExtractionRules::shared();
    QCOMPARE(rules->value(u"status"_s, u"签约"_s), u"signed"_s);
    QCOMPARE(rules->value(u"status"_s, u"未开工"_s), u"planned"_s);
    QCOMPARE(rules->value(u"head"_s, u"项目"_s), u"project"_s);
    QCOMPARE(rules->value(u"head"_s, u"基地"_s), u"facility"_s);
    QCOMPARE(rules->threshold(u"max_name_length"_s, -1), 36);
    QCOMPARE(rules->threshold(u"no_such_threshold"_s, -1), -1);
}

void TestExtractionRules::malformedRowsAreReported_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<QString>("error");
    QTest::newRow("no word") << u"# comment\nstatus\n"_s << u"line 2: a row needs a kind and a word"_s;
    QTest::newRow("threshold not a number") << u"threshold\tmax_name_length\tlong\n"_s
                                            << u"line 1: threshold max_name_length is not a whole number"_s;
    QTest::newRow("threshold missing")
        << u"status\t签约\tsigned\n"_s << u"threshold max_name_length is not set"_s;
}

void TestExtractionRules::malformedRowsAreReported()
{
    QFETCH(QString, tsv);
    QFETCH(QString, error);
    const ExtractionRules rules(tsv);
    QVERIFY2(rules.errors().contains(error), qPrintable(rules.errors().join(u'\n')));
}

QTEST_APPLESS_MAIN(TestExtractionRules)
#include "tst_extractionrules.moc"
