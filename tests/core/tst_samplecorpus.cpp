// The cleaner on the five sample articles: what a reader of `investscope-cli clean` must see.
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSampleCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noLayoutArtefacts_data();
    void noLayoutArtefacts();
    void wrappedNamesAreWhole_data();
    void wrappedNamesAreWhole();
    void titlesAndBylines_data();
    void titlesAndBylines();
    void repeatedParagraphsFlagged();

private:
    const AnalyzedDocument& document(const QString& name) const;
    QList<AnalyzedDocument> m_corpus;
};

void TestSampleCorpus::initTestCase()
{
    m_corpus = TestSupport::sampleCorpus();
    QCOMPARE(m_corpus.size(), 5);
}

const AnalyzedDocument& TestSampleCorpus::document(const QString& name) const
{
    for (const AnalyzedDocument& d : m_corpus) {
        if (d.document.name.startsWith(name))
            return d;
    }
    qFatal("no sample document %s", qPrintable(name));
}

void TestSampleCorpus::noLayoutArtefacts_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 5; ++i)
        QTest::addRow("%03d", i) << i;
}

void TestSampleCorpus::noLayoutArtefacts()
{
    QFETCH(int, index);
    const QString& text = m_corpus.at(index).clean.text;
    // Glyphs doubled by bold rendering: the same punctuation twice, or a headline word repeated.
    static const QRegularExpression doubledPunctuation(u"([，。、：；“”（）])\\1"_s);
    QVERIFY2(!doubledPunctuation.match(text).hasMatch(),
             qPrintable(doubledPunctuation.match(text).captured()));
    for (const QString& artefact : {u"奏响奏响"_s, u"核心提示核心提示"_s, u"20242024"_s, u"最强音最强音"_s,
                                    u"招商队伍培训招商队伍培训"_s})
        QVERIFY2(!text.contains(artefact), qPrintable(artefact));
    // Letter spacing: three or more single ideographs separated by spaces.
    static const QRegularExpression spaced(
        u"(?:[\\x{4E00}-\\x{9FFF}] ){2,}[\\x{4E00}-\\x{9FFF}](?![\\x{4E00}-\\x{9FFF}])"_s);
    const auto spacedMatch = spaced.match(text);
    QVERIFY2(!spacedMatch.hasMatch(), qPrintable(spacedMatch.captured()));
    // No space between Chinese and a number.
    static const QRegularExpression hanDigit(u"[\\x{4E00}-\\x{9FFF}] \\d|\\d [\\x{4E00}-\\x{9FFF}]"_s);
    QVERIFY2(!hanDigit.match(text).hasMatch(), qPrintable(hanDigit.match(text).captured()));
    // No blank lines, no trailing spaces.
    QVERIFY(!text.contains(u"\n\n"_s));
    QVERIFY(!text.contains(u" \n"_s));
}

void TestSampleCorpus::wrappedNamesAreWhole_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("phrase");
    // Each phrase is broken by a line break (and sometimes a blank line or spaces) in the original.
    QTest::newRow("允哲") << u"000"_s << u"允哲半导体科技（浙江）有限公司"_s;
    QTest::newRow("铂淳") << u"000"_s << u"浙江铂淳新材料股份有限公司高分子特种粘合材料项目"_s;
    QTest::newRow("total") << u"000"_s << u"一口气签约7个高质量项目，总投资超110亿元"_s;
    QTest::newRow("张江科技城") << u"000"_s << u"张江长三角科技城平湖园意气风发"_s;
    QTest::newRow("page break") << u"000"_s << u"今年张江平湖园创新性推出招商员队伍提能升级"_s;
    QTest::newRow("IC 设计") << u"000"_s << u"面向 IC 设计、设备材料"_s;
    QTest::newRow("尼得科") << u"001"_s << u"尼得科机床（浙江）有限公司的开工奠基"_s;
    QTest::newRow("凯阳") << u"001"_s << u"浙江凯阳新材料股份有限公司年产1500万米高性能光学级TPU薄膜项目"_s;
    QTest::newRow("美元") << u"001"_s << u"项目总投资1500万美元，注册资本1000万美元"_s;
    QTest::newRow("营业额") << u"001"_s << u"营业额可达2亿元"_s;
    QTest::newRow("诺瓦瑞斯") << u"001"_s << u"法国诺瓦瑞斯汽车零部件项目"_s;
    QTest::newRow("湘潭 page break") << u"002"_s << u"湘潭高新区主要领导和招商团队"_s;
    QTest::newRow("新春第一招商") << u"002"_s << u"“新春第一招商”"_s;
    QTest::newRow("新昌") << u"003"_s << u"全年招引项目65个，总投资超300亿元"_s;
    QTest::newRow("祖冲之") << u"004"_s << u"每年3月14日定为"_s;
    QTest::newRow("专注于") << u"004"_s << u"天香古桂子公司专注于香薰等产品研发生产"_s;
    QTest::newRow("丰茂股份") << u"004"_s << u"企业。丰茂股份负责人表示"_s;
}

void TestSampleCorpus::wrappedNamesAreWhole()
{
    QFETCH(QString, file);
    QFETCH(QString, phrase);
    const QString& text = document(file).clean.text;
    QVERIFY2(text.contains(phrase), qPrintable(phrase));
}

void TestSampleCorpus::titlesAndBylines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::newRow("000") << u"000"_s << u"奏响“最强音” 蓄势“向未来”——张江平湖园全力构建招商引资“强磁场”"_s
                         << u"李雨婷"_s;
    QTest::newRow("001") << u"001"_s << u"拼出“一号工程”硬实力"_s << u"胡佳英"_s;
    QTest::newRow("002") << u"002"_s << u"连续4年获评湖南省营商环境先进园区 湘潭高新区打好招商引资主动仗"_s
                         << u"丁玉洁"_s;
    QTest::newRow("003") << u"003"_s << u"乘风踏浪高歌行 枝繁巢暖引凤来 绍兴高质量构建招商引资“强磁场”"_s
                         << u"金汉青 应观群"_s;
    QTest::newRow("004") << u"004"_s << u"昆山高新区 抓好科技招商关键一招"_s << u"吕科 汤天伦"_s;
}

void TestSampleCorpus::titlesAndBylines()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QCOMPARE(document(file).clean.title, title);
    QCOMPARE(document(file).clean.byline, byline);
}

void TestSampleCorpus::repeatedParagraphsFlagged()
{
    // 003 prints a block of paragraphs three times (the layout repeated it around photos).
    const CleanText& clean = document(u"003"_s).clean;
    const QString haiwei = u"去年12月，海威汽车年产480万套新能源汽车车身一体化压铸项目落户嵊州。"_s;
    QList<int> mentions;
    for (int i = 0; i < clean.paragraphs.size(); ++i) {
        if (clean.paragraphText(i).startsWith(haiwei))
            mentions << i;
    }
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(clean.paragraphs[mentions[0]].repeatOf, -1);
    QCOMPARE(clean.paragraphs[mentions[1]].repeatOf, mentions[0]);
    int zhuji = 0;
    int zhujiOriginals = 0;
    for (int i = 0; i < clean.paragraphs.size(); ++i) {
        if (clean.paragraphText(i).startsWith(u"诸暨走出一条"_s)) {
            ++zhuji;
            zhujiOriginals += clean.paragraphs[i].isRepeat() ? 0 : 1;
        }
    }
    QCOMPARE(zhuji, 4);
    QCOMPARE(zhujiOriginals, 1);
    // The other articles repeat nothing.
    for (const QString& file : {u"000"_s, u"001"_s, u"002"_s, u"004"_s})
        QCOMPARE(document(file).clean.repeatedParagraphCount(), 0);
}

QTEST_GUILESS_MAIN(TestSampleCorpus)
#include "tst_samplecorpus.moc"
