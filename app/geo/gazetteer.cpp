#include "gazetteer.h"

#include "text/simplifiedchinese.h"

#include <QFile>
#include <QStringList>
#include <QStringTokenizer>

using namespace Qt::StringLiterals;

namespace {

// The 55 minority nationalities' names as they appear in autonomous division names.
const QStringList& ethnicGroups()
{
    static const QStringList names{
        u"蒙古"_s,   u"回"_s,     u"藏"_s,   u"维吾尔"_s, u"苗"_s,     u"彝"_s,   u"壮"_s,
        u"布依"_s,   u"朝鲜"_s,   u"满"_s,   u"侗"_s,     u"瑶"_s,     u"白"_s,   u"土家"_s,
        u"哈尼"_s,   u"哈萨克"_s, u"傣"_s,   u"黎"_s,     u"傈僳"_s,   u"佤"_s,   u"畲"_s,
        u"高山"_s,   u"拉祜"_s,   u"水"_s,   u"东乡"_s,   u"纳西"_s,   u"景颇"_s, u"柯尔克孜"_s,
        u"土"_s,     u"达斡尔"_s, u"仫佬"_s, u"羌"_s,     u"布朗"_s,   u"撒拉"_s, u"毛南"_s,
        u"仡佬"_s,   u"锡伯"_s,   u"阿昌"_s, u"普米"_s,   u"塔吉克"_s, u"怒"_s,   u"乌孜别克"_s,
        u"俄罗斯"_s, u"鄂温克"_s, u"德昂"_s, u"保安"_s,   u"裕固"_s,   u"京"_s,   u"塔塔尔"_s,
        u"独龙"_s,   u"鄂伦春"_s, u"赫哲"_s, u"门巴"_s,   u"珞巴"_s,   u"基诺"_s, u"各"_s};
    return names;
}

// Nationalities named before 自治: with 族 (广西壮族, 恩施土家族苗族) or without it (新疆维吾尔, 伊犁哈萨克,
// 博尔塔拉蒙古); what is left must keep two characters (内蒙古 is not 内 + 蒙古).
QString stripEthnicGroups(QString name)
{
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString& group : ethnicGroups()) {
            // A one-character name is always written with 族 (回族, 藏族).
            const QString bare = group.size() >= 2 ? group : QString();
            for (const QString& suffix : {QString(group + u'族'), bare}) {
                if (!suffix.isEmpty() && name.size() >= suffix.size() + 2 && name.endsWith(suffix)) {
                    name.chop(suffix.size());
                    stripped = true;
                    break;
                }
            }
            if (stripped)
                break;
        }
    }
    return name;
}

} // namespace

Gazetteer::Level Gazetteer::levelOfCode(QStringView code)
{
    switch (code.size()) {
    case 2:
        return Level::Province;
    case 4:
        return Level::City;
    case 6:
        return Level::County;
    default:
        return Level::Town;
    }
}

QString Gazetteer::shortFormOf(const QString& name, Level level)
{
    if (level == Level::Town || name.size() < 3)
        return {};
    static const QStringList suffixes{
        u"行政委员会"_s, u"管理区管委会"_s, u"特别行政区"_s, u"自治区"_s, u"自治州"_s, u"自治县"_s,
        u"自治旗"_s,     u"地区"_s,         u"林区"_s,       u"特区"_s,   u"新区"_s,   u"省"_s,
        u"市"_s,         u"县"_s,           u"区"_s,         u"盟"_s,     u"旗"_s};
    for (const QString& suffix : suffixes) {
        if (!name.endsWith(suffix))
            continue;
        QString stem = name.chopped(suffix.size());
        if (suffix.startsWith(u"自治"_s))
            stem = stripEthnicGroups(stem);
        return stem.size() >= 2 ? stem : QString();
    }
    return {};
}

Gazetteer::Gazetteer(const QString& tsv)
    : m_text(tsv)
{
    const qsizetype lines = m_text.count(u'\n') + 1;
    m_divisions.reserve(lines);
    m_byCode.reserve(lines);
    m_byName.reserve(lines);
    const auto slice = [](QStringView view) { return QString::fromRawData(view.constData(), view.size()); };
    for (QStringView line : QStringTokenizer(QStringView(m_text), u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        Division d;
        d.code = slice(line.left(tab));
        const QStringView name = line.mid(tab + 1).trimmed();
        d.name = name == u"-" ? QString() : slice(name);
        d.level = levelOfCode(d.code);
        d.shortName = shortFormOf(d.name, d.level);
        // Parents precede their children in the file.
        static constexpr int parentLength[] = {0, 2, 4, 6};
        const int wanted = parentLength[static_cast<int>(d.level)];
        if (wanted > 0)
            d.parent = m_byCode.value(QString::fromRawData(d.code.constData(), wanted), -1);
        const auto index = static_cast<int>(m_divisions.size());
        m_byCode.insert(d.code, index);
        // Names are looked up from the Simplified form of the text (made per ideograph: 乾 -> 干), so each
        // name is also filed under that form, made here once for the extractors too (the same string, shared,
        // for most names).
        d.readingName = SimplifiedChinese::fromTraditional(d.name);
        d.readingShortName = SimplifiedChinese::fromTraditional(d.shortName);
        if (!d.name.isEmpty())
            m_byName.insert(d.name, index);
        if (!d.readingName.isEmpty() && d.readingName != d.name)
            m_byName.insert(d.readingName, index);
        if (!d.shortName.isEmpty())
            m_byShortName.insert(d.shortName, index);
        if (!d.readingShortName.isEmpty() && d.readingShortName != d.shortName)
            m_byShortName.insert(d.readingShortName, index);
        m_divisions.append(std::move(d));
    }
}

const std::shared_ptr<const Gazetteer>& Gazetteer::shared()
{
    // Made on first use (thread-safe) and never destroyed: it lives as long as the process, and taking
    // 45,000 divisions apart at exit cost a short CLI run a sixth of its time. Still reachable, not a leak.
    static const auto* const instance = new std::shared_ptr<const Gazetteer>([] {
        QFile file(u":/investscope/data/gazetteer.tsv"_s);
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        return std::shared_ptr<const Gazetteer>(new Gazetteer(text));
    }());
    return *instance;
}

int Gazetteer::indexOfCode(QStringView code) const
{
    return m_byCode.value(code.toString(), -1);
}

QList<int> Gazetteer::byName(QStringView name) const
{
    QList<int> found = m_byName.values(name.toString());
    std::sort(found.begin(), found.end());
    return found;
}

QList<int> Gazetteer::byShortName(QStringView name) const
{
    QList<int> found = m_byShortName.values(name.toString());
    std::sort(found.begin(), found.end());
    return found;
}

Gazetteer::Hierarchy Gazetteer::hierarchy(int index) const
{
    Hierarchy h;
    for (int i = index; i >= 0; i = m_divisions[i].parent) {
        const Division& d = m_divisions[i];
        switch (d.level) {
        case Level::Province:
            h.province = d.name;
            break;
        case Level::City:
            h.city = d.name;
            break;
        case Level::County:
            h.county = d.name;
            break;
        case Level::Town:
            h.town = d.name;
            break;
        }
    }
    // Municipalities and county-level cities under a province have no city of their own in the table.
    if (h.city.isEmpty() && !h.county.isEmpty()) {
        static const QStringList municipalities{u"北京市"_s, u"天津市"_s, u"上海市"_s, u"重庆市"_s};
        h.city = municipalities.contains(h.province) ? h.province : h.county;
    }
    return h;
}

bool Gazetteer::contains(int ancestor, int index) const
{
    for (int i = index; i >= 0; i = m_divisions[i].parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}
