#include "review/variants.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The variants the review suggests merging: companies by their legal name and short forms (bracket widths,
// Traditional characters), places written two ways, one project reported by several articles — and the
// look-alikes that are not one.
class TestVariants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestions_data();
    void suggestions();
    void rejectedAreNotOffered();
    void cliListsThem();
};

namespace {

// Projects from "name;company;region;city;amount in yuan;article id" rows (ids from 1 in row order).
QList<CorpusQueries::ProjectRow> rows(const QStringList& specs)
{
    QList<CorpusQueries::ProjectRow> out;
    for (const QString& spec : specs) {
        const QStringList f = spec.split(u';');
        CorpusQueries::ProjectRow r;
        r.id = static_cast<int>(out.size()) + 1;
        r.name = f.value(0);
        r.company = f.value(1);
        r.region = f.value(2);
        r.city = f.value(3);
        if (!f.value(4).isEmpty()) {
            r.amount = f.value(4).toDouble();
            r.amountCny = r.amount;
            r.currency = u"CNY"_s;
        }
        r.documentId = f.value(5, u"1"_s).toInt();
        r.documentFile = u"article%1.txt"_s.arg(r.documentId);
        out << r;
    }
    return out;
}

// The suggestions as "kind: kept <- member, member", in the order they come.
QStringList described(const QList<VariantCluster>& clusters)
{
    QStringList out;
    for (const VariantCluster& c : clusters) {
        QStringList names;
        for (const VariantCluster::Member& m : c.members)
            names << m.name;
        const QString kind = c.kind == VariantCluster::Kind::Company  ? u"company"_s
                             : c.kind == VariantCluster::Kind::Region ? u"region"_s
                                                                      : u"project"_s;
        out << u"%1: %2 <- %3"_s.arg(kind, c.members[c.suggested].name, names.join(u", "_s));
    }
    return out;
}

} // namespace

void TestVariants::suggestions_data()
{
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("legal name and short form")
        << QStringList{u"甲项目;恒川新材料股份有限公司;;;;1"_s, u"乙项目;恒川;;;;2"_s, u"丙项目;恒川;;;;3"_s}
        << QStringList{u"company: 恒川新材料股份有限公司 <- 恒川, 恒川新材料股份有限公司"_s};
    QTest::newRow("a short form with its industry words")
        << QStringList{u"甲项目;宏远智能装备有限公司;;;;1"_s, u"乙项目;宏远智能装备;;;;2"_s}
        << QStringList{u"company: 宏远智能装备有限公司 <- 宏远智能装备, 宏远智能装备有限公司"_s};
    QTest::newRow("bracket widths")
        << QStringList{u"甲项目;南岭精工(株洲)有限公司;;;;1"_s, u"乙项目;南岭精工（株洲）有限公司;;;;2"_s}
        << QStringList{
               u"company: 南岭精工(株洲)有限公司 <- 南岭精工(株洲)有限公司, 南岭精工（株洲）有限公司"_s};
    QTest::newRow("Traditional and Simplified")
        << QStringList{u"甲项目;恆川新材料股份有限公司;;;;1"_s, u"乙项目;恒川新材料股份有限公司;;;;2"_s}
        << QStringList{
               u"company: 恆川新材料股份有限公司 <- 恆川新材料股份有限公司, 恒川新材料股份有限公司"_s};
    QTest::newRow("counter: two trade names with the same industry words")
        << QStringList{u"甲项目;恒川新材料有限公司;;;;1"_s, u"乙项目;宏远新材料有限公司;;;;2"_s}
        << QStringList{};
    QTest::newRow("a county by its short and full name")
        << QStringList{u"甲项目;;江油;绵阳市;;1"_s, u"乙项目;;江油市;绵阳市;;2"_s,
                       u"丙项目;;江油市;绵阳市;;3"_s}
        << QStringList{u"region: 江油市 <- 江油市, 江油"_s};
    QTest::newRow("a zone by its long and short words")
        << QStringList{u"甲项目;;株洲经济技术开发区;株洲市;;1"_s, u"乙项目;;株洲经开区;株洲市;;2"_s}
        << QStringList{u"region: 株洲经济技术开发区 <- 株洲经开区, 株洲经济技术开发区"_s};
    QTest::newRow("counter: two places")
        << QStringList{u"甲项目;;株洲市;株洲市;;1"_s, u"乙项目;;绵阳市;绵阳市;;2"_s} << QStringList{};
    QTest::newRow("one project: its name inside the other's, in one city")
        << QStringList{u"恒川锂电池正极材料项目;;;株洲市;1200000000;1"_s,
                       u"恒川锂电池正极材料产业园项目;;;株洲市;;2"_s}
        << QStringList{
               u"project: 恒川锂电池正极材料项目 <- 恒川锂电池正极材料项目, 恒川锂电池正极材料产业园项目"_s};
    QTest::newRow("one project: the same company and amount")
        << QStringList{u"智造中心项目;宏远;;;800000000;1"_s, u"装配式建筑基地;宏远;;;800000000;2"_s}
        << QStringList{u"project: 智造中心项目 <- 智造中心项目, 装配式建筑基地"_s};
    QTest::newRow("counter: names that only say the industry")
        << QStringList{u"汽车零部件项目;;;株洲市;;1"_s, u"南岭汽车零部件生产基地项目;;;株洲市;;2"_s}
        << QStringList{};
    QTest::newRow("counter: nested names in two cities")
        << QStringList{u"恒川锂电池正极材料项目;;;株洲市;;1"_s, u"恒川锂电池正极材料产业园项目;;;绵阳市;;2"_s}
        << QStringList{};
    QTest::newRow("counter: nested names of two companies")
        << QStringList{u"恒川锂电池正极材料项目;恒川;;株洲市;;1"_s,
                       u"恒川锂电池正极材料产业园项目;宏远;;株洲市;;2"_s}
        << QStringList{};
    QTest::newRow("counter: the same article reports two")
        << QStringList{u"智造中心项目;宏远;;;800000000;1"_s, u"装配式建筑基地;宏远;;;800000000;1"_s}
        << QStringList{};
}

void TestVariants::suggestions()
{
    QFETCH(QStringList, projects);
    QFETCH(QStringList, expected);
    QCOMPARE(described(VariantFinder::find(rows(projects))), expected);
}

void TestVariants::rejectedAreNotOffered()
{
    const auto projects =
        rows({u"甲项目;恒川新材料股份有限公司;江油;绵阳市;;1"_s, u"乙项目;恒川;江油市;绵阳市;;2"_s});
    const QList<VariantCluster> all = VariantFinder::find(projects);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].key, u"company|恒川|恒川新材料股份有限公司"_s);
    QCOMPARE(all[1].key, u"region|江油|江油市"_s);
    QCOMPARE(all[0].projectIds(), (QList<int>{2, 1}));
    QCOMPARE(described(VariantFinder::find(projects, {all[0].key})),
             QStringList{u"region: 江油市 <- 江油, 江油市"_s});
    // Excluded projects are no one's variant.
    auto withExcluded = projects;
    withExcluded[1].excluded = true;
    QVERIFY(VariantFinder::find(withExcluded).isEmpty());
}

void TestVariants::cliListsThem()
{
    QTemporaryDir dir;
    TestSupport::writeFile(
        dir, u"a/1.txt"_s,
        u"恒川项目落户株洲\n\n本报讯 恒川新材料股份有限公司投资12亿元的恒川锂电池正极材料项目"
        u"在株洲高新区签约。\n"_s.toUtf8());
    TestSupport::writeFile(dir, u"a/2.txt"_s,
                           u"株洲新签一批项目\n\n本报讯 恒川锂电池正极材料产业园项目在株洲高新区开工，"
                           u"由恒川投资建设。\n"_s.toUtf8());
    const TestSupport::CliRun r = TestSupport::runCli({u"variants"_s, dir.filePath(u"a"_s)});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             u"company\t恒川新材料股份有限公司\t恒川 (1) | 恒川新材料股份有限公司 (1)\tthe same company: its "
             u"legal name and short forms\n"
             u"project\t恒川锂电池正极材料项目\t恒川锂电池正极材料项目 (1.txt) | "
             u"恒川锂电池正极材料产业园项目 (2.txt)"
             u"\tone project reported by several articles\n"_s);
}

QTEST_GUILESS_MAIN(TestVariants)
#include "tst_variants.moc"
