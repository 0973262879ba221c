#include "clean/textcleaner.h"
#include "text/brackets.h"
#include "text/charclass.h"
#include "text/textsearch.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Paragraph::Kind)

class TestTextCleaner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fragmentFoundAmongManyParagraphs();
    void cleans_data();
    void cleans();
    void classifies_data();
    void classifies();
    void flagsRepeats();
    void mapsHighlightsBackToOriginal();
    void dropsBracketedParts_data();
    void dropsBracketedParts();
    void findsEveryNeedleInOnePass_data();
    void findsEveryNeedleInOnePass();

private:
    static void verifyMap(const QString& original, const CleanText& clean);
};

// Every cleaned character comes from an original character: itself, its half-width form, or (for the
// paragraph separator and joined Latin words) a line break or space.
void TestTextCleaner::verifyMap(const QString& original, const CleanText& clean)
{
    QCOMPARE(clean.map.cleanLength(), clean.text.size());
    QCOMPARE(clean.map.originalLength(), original.size());
    qsizetype previous = -1;
    for (qsizetype i = 0; i < clean.text.size(); ++i) {
        const qsizetype o = clean.map.toOriginal(i);
        QVERIFY(o > previous);
        QVERIFY(o < original.size());
        previous = o;
        const char16_t c = clean.text.at(i).unicode();
        const char16_t from = original.at(o).unicode();
        const bool same = c == from;
        const bool halfWidth = CharClass::isFullWidthAlnum(from) && CharClass::toHalfWidth(from) == c;
        const bool decimal = from == u'．' && c == u'.';
        const bool separator =
            (c == u'\n' || c == u' ') && (from == u'\n' || from == u'\r' || CharClass::isSpace(from));
        QVERIFY2(
            same || halfWidth || decimal || separator,
            qPrintable(
                u"cleaned %1 at %2 from original %3 at %4"_s.arg(QChar(c)).arg(i).arg(QChar(from)).arg(o)));
        QCOMPARE(clean.map.toClean(o), i);
    }
}

void TestTextCleaner::cleans_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("cleaned");

    // Line joining.
    QTest::newRow("wrapped name joined")
        << u"张江平湖园的招商员沈跃杰又一次联系上了允哲半导\n体科技（浙江）有限公司的负责人，向其介绍了新项目的\n进展情况，并了解企业近段时间发展需求，始终将精准\n高效的服务送到企业的心坎上。"_s
        << u"张江平湖园的招商员沈跃杰又一次联系上了允哲半导体科技（浙江）有限公司的负责人，向其介绍了新项目的进展情况，并了解企业近段时间发展需求，始终将精准高效的服务送到企业的心坎上。"_s;
    QTest::newRow("page break inside sentence")
        << u"招商引资是经济发展的生命线，而招商员更是\n其中的尖兵连，如何锤炼好这支战队的脑力、\n脚力、眼力，是招商引资的关键一环。今年张江\n平湖园创新性推出招商员队伍提能升级的工程\n\n出招商员队伍提能升级工程。"_s
        << u"招商引资是经济发展的生命线，而招商员更是其中的尖兵连，如何锤炼好这支战队的脑力、脚力、眼力，是招商引资的关键一环。今年张江平湖园创新性推出招商员队伍提能升级的工程出招商员队伍提能升级工程。"_s;
    QTest::newRow("sentence end keeps break") << u"签约仪式在平湖顺利举行。\n项目总投资1.2亿元。"_s
                                              << u"签约仪式在平湖顺利举行。\n项目总投资1.2亿元。"_s;
    QTest::newRow("heading between blank lines kept")
        << u"平湖是高质量外资集聚地，国际化程度位居全省\n第4位，更是连续23年利用外资进入浙江省十强\n的城市，走出去招商是重要内容。\n\n招商：奔向发展的春天\n\n一个产业链链主，就会带动一条产业链，创造\n一个产业生态。"_s
        << u"平湖是高质量外资集聚地，国际化程度位居全省第4位，更是连续23年利用外资进入浙江省十强的城市，走出去招商是重要内容。\n招商：奔向发展的春天\n一个产业链链主，就会带动一条产业链，创造一个产业生态。"_s;
    QTest::newRow("long line continues after blank")
        << u"维锐科技首席执行官左湘凌受湘商回归的感召而被打动。首先，左湘凌是湖南湘乡人；其次，湘潭高新区主\n\n要领导和招商团队的服务理念令左湘凌有知音之感。"_s
        << u"维锐科技首席执行官左湘凌受湘商回归的感召而被打动。首先，左湘凌是湖南湘乡人；其次，湘潭高新区主要领导和招商团队的服务理念令左湘凌有知音之感。"_s;
    QTest::newRow("number broken from unit") << u"江苏省昆山市将每年3月14\n\n日定为祖冲之纪念日。"_s
                                             << u"江苏省昆山市将每年3月14日定为祖冲之纪念日。"_s;
    QTest::newRow("short heading lines kept")
        << u"营商环境加分\n做好后半篇文章\n\n湘潭高新区之所以能在招商引资上不断扩大朋友圈，还得益于良好营商环境。"_s
        << u"营商环境加分\n做好后半篇文章\n湘潭高新区之所以能在招商引资上不断扩大朋友圈，还得益于良好营商环境。"_s;
    QTest::newRow("crlf and blank lines")
        << u"第一段结束。\r\n\r\n\r\n第二段结束。\r\n"_s << u"第一段结束。\n第二段结束。"_s;

    // Glyph doubling from bold headline fonts.
    QTest::newRow("tripled headline") << u"奏响奏响奏响“““最强音最强音最强音”””"_s << u"奏响“最强音”"_s;
    QTest::newRow("tripled headline pair")
        << u" 奏响奏响奏响“““最强音最强音最强音””” 蓄势蓄势蓄势“““向未来向未来向未来”””"_s
        << u"奏响“最强音” 蓄势“向未来”"_s;
    QTest::newRow("doubled box text")
        << u"核心提示核心提示：：招商引资招商引资，，"_s << u"核心提示：招商引资，"_s;
    QTest::newRow("doubled numbers") << u"共签约项目共签约项目77个个，，总投资超总投资超110110亿元亿元"_s
                                     << u"共签约项目7个，总投资超110亿元"_s;
    QTest::newRow("doubled dash subtitle")
        << u"———张江平湖园全力构建招商引资—张江平湖园全力构建招商引资““强磁场强磁场””"_s
        << u"——张江平湖园全力构建招商引资“强磁场”"_s;
    QTest::newRow("doubled caption") << u"招商队伍培训招商队伍培训"_s << u"招商队伍培训"_s;
    QTest::newRow("counter: repeated slogan")
        << u"心中只有“招商！招商！招商！”。"_s << u"心中只有“招商！招商！招商！”。"_s;
    QTest::newRow("counter: slogan alone") << u"招商！招商！招商！"_s << u"招商！招商！招商！"_s;
    QTest::newRow("counter: reduplicated words")
        << u"他常常说谢谢，一一道来。"_s << u"他常常说谢谢，一一道来。"_s;
    QTest::newRow("counter: adjacent quotes") << u"平湖出台“星期六招商”“产业链招商”等多个工作方案。"_s
                                              << u"平湖出台“星期六招商”“产业链招商”等多个工作方案。"_s;
    QTest::newRow("counter: doubled word alone") << u"谢谢谢谢"_s << u"谢谢谢谢"_s;

    // Spaces.
    QTest::newRow("letter spacing") << u"一 口 气 签 约 7 个 高 质 量 项 目 ，总 投 资"_s
                                    << u"一口气签约7个高质量项目，总投资"_s;
    QTest::newRow("number spaced from text")
        << u"去年产值达 4939万元，在 2024 年签约"_s << u"去年产值达4939万元，在2024年签约"_s;
    QTest::newRow("Latin word keeps space") << u"面向 IC 设计、封装测试"_s << u"面向 IC 设计、封装测试"_s;
    QTest::newRow("model number keeps space")
        << u"平头动臂塔机 RL205-10E 等6台"_s << u"平头动臂塔机 RL205-10E 等6台"_s;
    QTest::newRow("two-word headline keeps space")
        << u"乘风踏浪高歌行 枝繁巢暖引凤来"_s << u"乘风踏浪高歌行 枝繁巢暖引凤来"_s;
    QTest::newRow("ideographic spaces") << u"　　招商引资　　"_s << u"招商引资"_s;

    // Characters.
    QTest::newRow("full-width letters and digits")
        << u"投资１．２亿元，ＡＢＣ公司"_s << u"投资1.2亿元，ABC公司"_s;
    QTest::newRow("chinese punctuation kept") << u"“招商”（平湖）：签约！"_s << u"“招商”（平湖）：签约！"_s;
    QTest::newRow("invisible characters") << u"招\u200B商\u00AD引资"_s << u"招商引资"_s;
    QTest::newRow("markdown heading marker")
        << u"# 昆山高新区 抓好科技招商关键一招"_s << u"昆山高新区 抓好科技招商关键一招"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only whitespace") << u" \n\t\n　"_s << QString();
}

void TestTextCleaner::cleans()
{
    QFETCH(QString, original);
    QFETCH(QString, cleaned);
    const CleanText clean = TextCleaner::clean(original);
    QCOMPARE(clean.text, cleaned);
    verifyMap(original, clean);
    // Paragraphs tile the text, one per line.
    QCOMPARE(clean.paragraphs.size(), cleaned.isEmpty() ? 0 : cleaned.count(u'\n') + 1);
}

void TestTextCleaner::classifies_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QList<Paragraph::Kind>>("kinds");
    using K = Paragraph::Kind;

    QTest::newRow("kicker, title, lone-name byline")
        << u"连续4年获评湖南省营商环境先进园区\n\n湘潭高新区打好招商引资主动仗\n\n丁玉洁\n\n春光作序，万物和鸣。"_s
        << u"连续4年获评湖南省营商环境先进园区 湘潭高新区打好招商引资主动仗"_s << u"丁玉洁"_s
        << QList<K>{K::Title, K::Title, K::Byline, K::Body};
    QTest::newRow("marker byline after page header")
        << u"经济创新深度 11\n■胡佳英\n\n迈步春风里，奋力招大商。\n\n拼出“一号工程”硬实力\n\n核心提示：全力以赴拼经济。"_s
        << u"拼出“一号工程”硬实力"_s << u"胡佳英"_s
        << QList<K>{K::PageInfo, K::Byline, K::Body, K::Title, K::Body};
    QTest::newRow("arrow byline with two names")
        << u"# 昆山高新区 抓好科技招商关键一招\n\n► 吕科 汤天伦\n\n招商引资是经济工作的第一抓手。"_s
        << u"昆山高新区 抓好科技招商关键一招"_s << u"吕科 汤天伦"_s << QList<K>{K::Title, K::Byline, K::Body};
    QTest::newRow("reporter byline and caption")
        << u"新项目落户平湖\n\n本报记者 张三\n\n项目总投资10亿元。\n\n(图片由平湖市招商中心提供)"_s
        << u"新项目落户平湖"_s << u"张三"_s << QList<K>{K::Title, K::Byline, K::Body, K::Caption};
    QTest::newRow("no byline: opening headings are the title")
        << u"奏响奏响““最强音最强音””\n\n“我们当前正在推进土地保障相关事项。”"_s << u"奏响“最强音”"_s
        << QString() << QList<K>{K::Title, K::Body};
    QTest::newRow("counter: words are not names")
        << u"招商引资\n\n高质量发展\n\n项目签约落地。"_s << u"招商引资 高质量发展"_s << QString()
        << QList<K>{K::Title, K::Title, K::Body};

    // Metadata and page furniture are never a title.
    QTest::newRow("source line under the headline")
        << u"南岭新区上半年签约项目46个\n\n来源：南岭日报\n\n上半年，南岭新区共签约项目46个。"_s
        << u"南岭新区上半年签约项目46个"_s << QString() << QList<K>{K::Title, K::Meta, K::Body};
    QTest::newRow("date, time and source in Traditional")
        << u"宏遠集團赴南嶺考察\n\n2019-03-15 08:54來源:南嶺網\n\n記者從南嶺市政府獲悉，雙方簽約。"_s
        << u"宏遠集團赴南嶺考察"_s << QString() << QList<K>{K::Title, K::Meta, K::Body};
    QTest::newRow("headline ending in an exclamation mark, then the date")
        << u"2024南岭产业投资推介会在省城举行！\n\n发稿时间：2024/6/9\n\n6月6日，推介会在省城举行。"_s
        << u"2024南岭产业投资推介会在省城举行！"_s << QString() << QList<K>{K::Title, K::Meta, K::Body};
    QTest::newRow("publisher and date on one line")
        << u"西部钢铁企业加快发展\n\n发布时间：2012-05-18发布人：南岭日报\n\n据报道，企业将加快发展。"_s
        << u"西部钢铁企业加快发展"_s << QString() << QList<K>{K::Title, K::Meta, K::Body};
    QTest::newRow("date and time alone")
        << u"南岭招商再传捷报\n\n2026 01/15 10:31:59\n\n唯有招大商，才可强产业。"_s << u"南岭招商再传捷报"_s
        << QString() << QList<K>{K::Title, K::Meta, K::Body};
    QTest::newRow("site boilerplate first")
        << u"扫一扫在手机打开当前页\n\n宏远项目开工\n\n宏远项目今日开工。"_s << u"宏远项目开工"_s << QString()
        << QList<K>{K::Meta, K::Title, K::Body};
    // No headline: the first sentence, after the dateline, cut at a clause.
    QTest::newRow("dateline and reporter before the first sentence")
        << u"中新网南岭3月5日电(王明) 记者5日从南岭市商务局获悉，南岭市代表团赴外地开展考察招商推介活动，共签约6个大项目，总投资超过百亿元。"_s
        << u"记者5日从南岭市商务局获悉，南岭市代表团赴外地开展考察招商推介活动，共签约6个大项目"_s
        << QString() << QList<K>{K::Body};
    QTest::newRow("newspaper dateline")
        << u"本报南岭电(记者 王明) 8月26日上午，宏远集团投资建设的新材料产业园开工。"_s
        << u"8月26日上午，宏远集团投资建设的新材料产业园开工"_s << QString() << QList<K>{K::Body};
    QTest::newRow("reporter in brackets alone")
        << u"(记者 王明)2025年重大项目集中签约大会20日在省城举行。"_s
        << u"2025年重大项目集中签约大会20日在省城举行"_s << QString() << QList<K>{K::Body};
    QTest::newRow("layout marker before the first sentence")
        << u"■本届交流会签约109亿美元，占签约总额的2/3。"_s << u"本届交流会签约109亿美元，占签约总额的2/3"_s
        << QString() << QList<K>{K::Body};
    QTest::newRow("long first sentence without a clause")
        << u"宏远集团与南岭市人民政府在省城签订年产五十万吨高性能新材料及其下游深加工一体化产业基地项目投资协议。"_s
        << u"宏远集团与南岭市人民政府在省城签订年产五十万吨高性能新材料及其下游深加工一体化产…"_s << QString()
        << QList<K>{K::Body};
    QTest::newRow("counter: a company's power plant is no dateline")
        << u"宏远光伏发电（一期）项目今日开工，总投资5亿元。"_s
        << u"宏远光伏发电（一期）项目今日开工，总投资5亿元"_s << QString() << QList<K>{K::Body};
    QTest::newRow("counter: a section heading deep in the text is no title")
        << u"本届交流会签约109亿美元。\n\n高新技术项目受青睐\n\n信息技术项目受到关注。"_s
        << u"本届交流会签约109亿美元"_s << QString() << QList<K>{K::Body, K::Heading, K::Body};
    QTest::newRow("counter: a time clause in the text is not metadata")
        << u"项目开工\n\n时间紧、任务重，项目按期开工。"_s << u"项目开工"_s << QString()
        << QList<K>{K::Title, K::Body};
}

void TestTextCleaner::classifies()
{
    QFETCH(QString, original);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QList<Paragraph::Kind>, kinds);
    const CleanText clean = TextCleaner::clean(original);
    QList<Paragraph::Kind> found;
    for (const Paragraph& p : clean.paragraphs)
        found << p.kind;
    QCOMPARE(found, kinds);
    QCOMPARE(clean.title, title);
    QCOMPARE(clean.byline, byline);
}

void TestTextCleaner::flagsRepeats()
{
    const QString block = u"诸暨走出一条异地研发孵化本土转化生产的区域联动产业培育新道路。"_s;
    const QString other = u"新昌县不断革新招商理念，率先探索国企人员驻外招商新机制。"_s;
    const QString fragment = u"新昌县不断革新招商理念，率先探索国企人员"_s; // a copy the layout cut short
    const QString text = block + u"\n\n"_s + other + u"\n\n招商！\n\n"_s + block + u"\n\n"_s + fragment +
                         u"\n\n图为项目签约现场\n\n"_s + block;
    const CleanText clean = TextCleaner::clean(text);
    QCOMPARE(clean.paragraphs.size(), 7);
    QList<int> repeatOf;
    for (const Paragraph& p : clean.paragraphs)
        repeatOf << p.repeatOf;
    // The fragment repeats the full paragraph; the caption after it stays its own paragraph.
    QCOMPARE(repeatOf, (QList<int>{-1, -1, -1, 0, 1, -1, 0}));
    QCOMPARE(clean.repeatedParagraphCount(), 3);
    QVERIFY(clean.text.count(block) == 3); // the text itself keeps them
}

void TestTextCleaner::mapsHighlightsBackToOriginal()
{
    const QString original = u"联系上了允哲半导\n体科技（浙江）有限公司的负责人。"_s;
    const CleanText clean = TextCleaner::clean(original);
    const QString name = u"允哲半导体科技（浙江）有限公司"_s;
    const qsizetype at = clean.text.indexOf(name);
    QVERIFY(at >= 0);
    const TextSpan inOriginal = clean.map.toOriginal(TextSpan{at, at + name.size()});
    QCOMPARE(original.mid(inOriginal.start, inOriginal.length()), u"允哲半导\n体科技（浙江）有限公司"_s);
    QCOMPARE(clean.map.toClean(inOriginal), (TextSpan{at, at + name.size()}));
}

void TestTextCleaner::dropsBracketedParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full width") << u"恒川（南岭）科技"_s << u"恒川科技"_s;
    QTest::newRow("half width") << u"恒川(南岭)科技"_s << u"恒川科技"_s;
    QTest::newRow("mixed widths") << u"恒川(南岭）科技"_s << u"恒川科技"_s;
    QTest::newRow("two groups") << u"甲（一）乙(二)丙"_s << u"甲乙丙"_s;
    QTest::newRow("an opening inside goes to the first closing") << u"甲（一（二）三）"_s << u"甲三）"_s;
    QTest::newRow("never closed stays") << u"恒川（南岭科技"_s << u"恒川（南岭科技"_s;
    QTest::newRow("lone closing stays") << u"恒川）科技"_s << u"恒川）科技"_s;
    QTest::newRow("empty brackets") << u"恒川()科技"_s << u"恒川科技"_s;
    QTest::newRow("none") << u"恒川科技"_s << u"恒川科技"_s;
}

void TestTextCleaner::dropsBracketedParts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Brackets::withoutBracketed(text), expected);
}

void TestTextCleaner::findsEveryNeedleInOnePass_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("needles");
    QTest::addColumn<QList<QList<qsizetype>>>("expected");
    QTest::newRow("several needles, shared first character")
        << u"恒川科技与恒川签约，恒远随后"_s << QStringList{u"恒川科技"_s, u"恒川"_s, u"恒远"_s}
        << QList<QList<qsizetype>>{{0}, {0, 5}, {10}};
    QTest::newRow("own occurrences never overlap")
        << u"啊啊啊啊啊"_s << QStringList{u"啊啊"_s} << QList<QList<qsizetype>>{{0, 2}};
    QTest::newRow("at the very end") << u"签约恒川"_s << QStringList{u"恒川"_s}
                                     << QList<QList<qsizetype>>{{2}};
    QTest::newRow("cut off at the end")
        << u"签约恒"_s << QStringList{u"恒川"_s} << QList<QList<qsizetype>>{{}};
    QTest::newRow("empty needle") << u"恒川"_s << QStringList{QString(), u"川"_s}
                                  << QList<QList<qsizetype>>{{}, {1}};
    QTest::newRow("no needles") << u"恒川"_s << QStringList{} << QList<QList<qsizetype>>{};
    // One-character needles beside longer ones that start with them, at the end too.
    QTest::newRow("one character and two sharing it")
        << u"恒川恒远恒"_s << QStringList{u"恒"_s, u"恒远"_s, u"恒川"_s}
        << QList<QList<qsizetype>>{{0, 2, 4}, {2}, {0}};
    QTest::newRow("counter: the second character differs")
        << u"恒山恒水"_s << QStringList{u"恒川"_s, u"恒远"_s} << QList<QList<qsizetype>>{{}, {}};
}

void TestTextCleaner::findsEveryNeedleInOnePass()
{
    QFETCH(QString, text);
    QFETCH(QStringList, needles);
    QFETCH(QList<QList<qsizetype>>, expected);
    const QList<QList<qsizetype>> found = TextSearch::occurrences(text, needles);
    QCOMPARE(found, expected);
    // The same as searching for each needle on its own.
    for (int k = 0; k < needles.size(); ++k) {
        QList<qsizetype> one;
        if (!needles[k].isEmpty()) {
            for (qsizetype at = text.indexOf(needles[k]); at >= 0;
                 at = text.indexOf(needles[k], at + needles[k].size()))
                one.append(at);
        }
        QCOMPARE(found[k], one);
    }
}

void TestTextCleaner::fragmentFoundAmongManyParagraphs()
{
    // Thousands of paragraphs (a newspaper page's worth many times over): a copy cut short is still found,
    // and a paragraph that only shares its opening words is not taken for one.
    QStringList lines;
    for (int i = 0; i < 4000; ++i)
        lines << u"第%1段：恒川新材料项目的建设进展顺利，各项工作有序推进。预计年内完成，届时带动就业。"_s
                     .arg(i);
    lines << lines[10].section(u'。', 0, 0) + u'。'; // cut short after its first sentence
    lines << lines[20].section(u'。', 0, 0) +
                 u"。此后另有说明，与前文内容并不相同。"_s; // shares its start only
    const CleanText clean = TextCleaner::clean(lines.join(u'\n'));
    QCOMPARE(clean.paragraphs.size(), 4002);
    QCOMPARE(clean.paragraphs[4000].repeatOf, 10);
    QCOMPARE(clean.paragraphs[4001].repeatOf, -1);
    QCOMPARE(clean.paragraphs[10].repeatOf, -1);
}

QTEST_GUILESS_MAIN(TestTextCleaner)
#include "tst_textcleaner.moc"
