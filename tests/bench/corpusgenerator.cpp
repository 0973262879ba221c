#include "corpusgenerator.h"

#include "geo/gazetteer.h"
#include "pipeline/corpusprocessor.h"

using namespace Qt::StringLiterals;

namespace {

// Characters trade names are made of, and the words around them: general Chinese, no real company's name.
const QString kTradeCharacters = u"恒宏华泰瑞德鑫隆盛和兴达通安康明新立信智"_s;
const QStringList kIndustryWords{u"新材料"_s,   u"智能装备"_s,   u"电子科技"_s, u"新能源"_s,   u"生物医药"_s,
                                 u"精密机械"_s, u"汽车零部件"_s, u"食品"_s,     u"环保科技"_s, u"数字科技"_s};
const QStringList kLegalForms{u"有限公司"_s, u"股份有限公司"_s, u"集团有限公司"_s, u"科技有限公司"_s};

int pick(std::mt19937_64& rng, qsizetype n)
{
    return static_cast<int>(std::uniform_int_distribution<qsizetype>(0, n - 1)(rng));
}

} // namespace

CorpusGenerator::CorpusGenerator(const QStringList& sources, quint64 seed)
    : m_seed(seed)
{
    const auto gazetteer = Gazetteer::shared();
    for (qsizetype i = 0; i < gazetteer->size(); ++i) {
        const Gazetteer::Division& d = gazetteer->at(static_cast<int>(i));
        if (d.name.isEmpty())
            continue;
        (d.level == Gazetteer::Level::Province ? m_provinces
         : d.level == Gazetteer::Level::City   ? m_cities
         : d.level == Gazetteer::Level::County ? m_counties
                                               : m_counties)
            .append(d.name);
    }
    for (const QString& text : sources) {
        Document document;
        document.originalText = text;
        const AnalyzedDocument d = CorpusProcessor::analyze(document);
        for (int p = 0; p < d.clean.paragraphs.size(); ++p) {
            const Paragraph& para = d.clean.paragraphs[p];
            if (para.isRepeat() ||
                (para.kind != Paragraph::Kind::Body && para.kind != Paragraph::Kind::Title))
                continue;
            Source s;
            s.text = d.clean.paragraphText(p);
            for (const Entity& e : d.annotations.entities) {
                if (e.span.start < para.span.start || e.span.end > para.span.end)
                    continue;
                char kind = 0;
                if (e.type == EntityType::Company)
                    kind = 'c';
                else if (e.type == EntityType::Money && e.money)
                    kind = 'm';
                else if (e.type == EntityType::Region && e.place && e.place->zone.isEmpty())
                    kind = e.place->level == u"province"_s ? 'p'
                           : e.place->level == u"city"_s   ? 'y'
                           : e.place->level == u"county"_s ? 'n'
                                                           : 0;
                if (kind)
                    s.spans.append({e.span.start - para.span.start, e.span.end - para.span.start, kind});
            }
            (para.kind == Paragraph::Kind::Title ? m_titles : m_paragraphs).append(s);
        }
    }
    if (m_titles.isEmpty())
        m_titles = m_paragraphs.mid(0, 1);
}

QString CorpusGenerator::companyName(std::mt19937_64& rng) const
{
    return QString(kTradeCharacters.at(pick(rng, kTradeCharacters.size()))) +
           kTradeCharacters.at(pick(rng, kTradeCharacters.size())) +
           kIndustryWords.at(pick(rng, kIndustryWords.size())) +
           kLegalForms.at(pick(rng, kLegalForms.size()));
}

QString CorpusGenerator::varied(const Source& s, std::mt19937_64& rng) const
{
    QString out;
    qsizetype at = 0;
    for (const Replaceable& r : s.spans) {
        if (r.start < at)
            continue;
        out += QStringView(s.text).mid(at, r.start - at);
        switch (r.kind) {
        case 'c':
            out += companyName(rng);
            break;
        case 'm': {
            const int value = std::uniform_int_distribution<int>(1, 999)(rng);
            out +=
                value % 3 == 0 ? u"%1万元"_s.arg(value * 10) : u"%1.%2亿元"_s.arg(value / 10).arg(value % 10);
            break;
        }
        case 'p':
            out += m_provinces.value(pick(rng, m_provinces.size()));
            break;
        case 'y':
            out += m_cities.value(pick(rng, m_cities.size()));
            break;
        default:
            out += m_counties.value(pick(rng, m_counties.size()));
            break;
        }
        at = r.end;
    }
    out += QStringView(s.text).mid(at);
    return out;
}

QString CorpusGenerator::article(int index)
{
    std::mt19937_64 rng(m_seed * 1000003u + static_cast<quint64>(index));
    QStringList lines{varied(m_titles.at(pick(rng, m_titles.size())), rng), QString()};
    const int paragraphs = std::uniform_int_distribution<int>(3, 12)(rng);
    for (int i = 0; i < paragraphs; ++i)
        lines << varied(m_paragraphs.at(pick(rng, m_paragraphs.size())), rng);
    return lines.join(u'\n') + u'\n';
}

QString CorpusGenerator::large(qint64 bytes, bool lineBreaks)
{
    std::mt19937_64 rng(m_seed);
    QString out = varied(m_titles.at(pick(rng, m_titles.size())), rng) + u"\n\n"_s;
    qint64 size = out.toUtf8().size();
    while (size < bytes) {
        const QString p = varied(m_paragraphs.at(pick(rng, m_paragraphs.size())), rng);
        out += p;
        if (lineBreaks)
            out += u'\n';
        size += p.size() * 3 + (lineBreaks ? 1 : 0); // CJK text: about three bytes a character
    }
    return out;
}
