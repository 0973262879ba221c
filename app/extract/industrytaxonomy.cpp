#include "industrytaxonomy.h"

#include "text/charclass.h"
#include "text/prefix.h"

#include <QFile>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

IndustryTaxonomy::IndustryTaxonomy(const QString& tsv)
{
    for (const QString& line : tsv.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 3)
            continue;
        Industry industry{fields[0].trimmed(), fields[1].trimmed(), fields[2].trimmed(), {}};
        if (fields.size() > 3)
            industry.keywords = fields[3].trimmed().split(u'、', Qt::SkipEmptyParts);
        const auto index = static_cast<int>(m_industries.size());
        for (const QString& keyword : industry.keywords) {
            m_byInitial[keyword.front()].append({keyword, index});
            m_initials[keyword.front().unicode()] = true;
        }
        m_industries.append(std::move(industry));
    }
    for (auto& list : m_byInitial)
        std::stable_sort(list.begin(), list.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

const std::shared_ptr<const IndustryTaxonomy>& IndustryTaxonomy::shared()
{
    static std::shared_ptr<const IndustryTaxonomy> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        QFile file(u":/investscope/data/taxonomy.tsv"_s);
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        instance = std::make_shared<const IndustryTaxonomy>(text);
    });
    return instance;
}

const IndustryTaxonomy::Industry* IndustryTaxonomy::industry(const QString& code) const
{
    for (const Industry& i : m_industries) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

QList<Entity> IndustryTaxonomy::extract(const QString& text) const
{
    QList<Entity> found;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype matched = 0;
        const auto candidates =
            m_initials[text.at(i).unicode()] ? m_byInitial.constFind(text.at(i)) : m_byInitial.cend();
        if (candidates != m_byInitial.cend()) {
            for (const auto& [keyword, index] : *candidates) {
                if (!Prefix::startsWith(QStringView(text).sliced(i), keyword))
                    continue;
                // Latin keywords (5G, RFID) only as whole words.
                const qsizetype end = i + keyword.size();
                if (CharClass::isAsciiLetter(keyword.front().unicode()) ||
                    CharClass::isAsciiDigit(keyword.front().unicode())) {
                    const bool joinedBefore = i > 0 && CharClass::isAsciiLetter(text.at(i - 1).unicode());
                    const bool joinedAfter = end < n && CharClass::isAsciiLetter(text.at(end).unicode()) &&
                                             CharClass::isAsciiLetter(keyword.back().unicode());
                    if (joinedBefore || joinedAfter)
                        continue;
                }
                Entity e;
                e.type = EntityType::Industry;
                e.span = {i, end};
                e.text = keyword;
                e.industry = m_industries[index].code;
                e.normalized = m_industries[index].nameZh;
                found.append(e);
                matched = keyword.size();
                break;
            }
        }
        i += matched > 0 ? matched : 1;
    }
    return found;
}

QString IndustryTaxonomy::classify(const QString& text) const
{
    QString best;
    qsizetype bestLength = 0;
    for (const Entity& e : extract(text)) {
        if (e.span.length() > bestLength) {
            bestLength = e.span.length();
            best = e.industry;
        }
    }
    return best;
}
