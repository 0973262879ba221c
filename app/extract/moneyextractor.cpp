#include "moneyextractor.h"

#include "chinesenumber.h"
#include "extractionrules.h"
#include "money/exchangerates.h"
#include "text/charclass.h"
#include "text/icuadaptor.h"

#include <QFile>

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Currency {
    QString word;
    QString code;
    bool before = true; // may also stand before the number (人民币1.2亿元)
};

// Currency words, longest first (元人民币 before 元): the names CLDR gives in Chinese for CNY and every
// currency of the shipped rate table, and the words of resources/data/currency_names.tsv.
const QList<Currency>& currencies()
{
    static const QList<Currency> words = [] {
        QList<Currency> out;
        QFile file(u":/investscope/data/currency_names.tsv"_s);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
                const QStringList fields = line.split(u'\t');
                if (line.startsWith(u'#') || fields.size() < 3)
                    continue;
                out.append({fields[0].trimmed(), fields[1].trimmed(), fields[2].trimmed() == u"both"_s});
            }
        }
        QStringList codes = ExchangeRates::defaults().rates().keys();
        codes.prepend(u"CNY"_s);
        for (const QString& code : codes) {
            const QString name = Icu::currencyName(code, "zh");
            const bool known =
                std::any_of(out.cbegin(), out.cend(), [&](const Currency& c) { return c.word == name; });
            if (!name.isEmpty() && !known)
                out.append({name, code, true});
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const Currency& a, const Currency& b) { return a.word.size() > b.word.size(); });
        return out;
    }();
    return words;
}

bool isClauseBreak(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'；':
    case u';':
    case u'！':
    case u'？':
    case u'\n':
    case u'，':
    case u',':
        return true;
    default:
        return false;
    }
}

bool startsWithAt(const QString& text, qsizetype at, QStringView word)
{
    return at >= 0 && at + word.size() <= text.size() && QStringView(text).sliced(at, word.size()) == word;
}

bool endsWithAt(const QString& text, qsizetype end, QStringView word)
{
    return end - word.size() >= 0 && QStringView(text).sliced(end - word.size(), word.size()) == word;
}

bool isAsciiDigit(QChar c)
{
    return CharClass::isAsciiDigit(c.unicode());
}

// An Arabic number at `at`: digits, thousands separators between digits, one decimal point.
qsizetype arabicEnd(const QString& text, qsizetype at)
{
    qsizetype i = at;
    bool decimal = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            ++i;
        } else if ((c == u',') && i + 3 < text.size() + 1 && i > at && isAsciiDigit(text.at(i - 1)) &&
                   i + 3 <= text.size() && isAsciiDigit(text.at(i + 1)) && isAsciiDigit(text.at(i + 2)) &&
                   isAsciiDigit(text.at(i + 3)) && !decimal) {
            i += 1; // 1,200
        } else if (c == u'.' && !decimal && i > at && i + 1 < text.size() && isAsciiDigit(text.at(i + 1))) {
            decimal = true;
            ++i;
        } else {
            break;
        }
    }
    return i;
}

struct Amount {
    qsizetype end = 0; // just past the number and its multipliers
    double value = 0;
    std::optional<double> high; // a range written with two numerals (一二百万: 100万 to 200万)
};

std::optional<Currency> currencyAt(const QString& text, qsizetype at);

// A number and its multipliers at `at`: 1.2亿, 4939万, 3.5万亿, 十亿, 两亿, 1500多万, 20余亿, 5千万.
// *approximate is set by 多/余 ("more than").
std::optional<Amount> numberAt(const QString& text, qsizetype at, bool* over)
{
    if (at >= text.size())
        return std::nullopt;
    if (isAsciiDigit(text.at(at))) {
        const qsizetype end = arabicEnd(text, at);
        const auto number = ChineseNumber::parseArabic(QStringView(text).sliced(at, end - at));
        if (!number)
            return std::nullopt;
        qsizetype i = end;
        if (i < text.size() && (text.at(i) == u'多' || text.at(i) == u'余')) {
            *over = true;
            ++i;
        }
        qsizetype m = i;
        while (m < text.size() && ChineseNumber::isMultiplier(text.at(m)))
            ++m;
        const double factor =
            m > i ? ChineseNumber::multiplier(QStringView(text).sliced(i, m - i)).value_or(1) : 1;
        Amount amount{m, *number * factor, {}};
        // 1亿2千万, 3亿5000万: a smaller section after 亿 or 万 adds to it.
        if (factor >= 1e4 && m < text.size() &&
            (isAsciiDigit(text.at(m)) ||
             (ChineseNumber::isNumeral(text.at(m)) && !ChineseNumber::isMultiplier(text.at(m))))) {
            bool ignored = false;
            const auto section = numberAt(text, m, &ignored);
            if (section && section->end > m && ChineseNumber::isMultiplier(text.at(section->end - 1)) &&
                section->value < factor && !section->high) {
                amount.end = section->end;
                amount.value += section->value;
            }
        }
        return amount;
    }
    // "总投资超千亿元", "总投资过百亿元": after over/about a bare 百亿/千亿 with its currency is an amount.
    if ((text.at(at) == u'百' || text.at(at) == u'千') && at > 0 &&
        QStringView(u"超过近约逾达").contains(text.at(at - 1))) {
        qsizetype m = at;
        while (m < text.size() && ChineseNumber::isMultiplier(text.at(m)))
            ++m;
        const bool amountFollows =
            m - at >= 2 && currencyAt(text, m) && !(m + 1 < text.size() && text.at(m + 1) == u'级');
        if (amountFollows)
            return Amount{m, ChineseNumber::multiplier(QStringView(text).sliced(at, m - at)).value_or(0), {}};
    }
    // A Chinese number starts with a digit or 十 (十亿); 百亿, 千亿, 亿元以上 are scales, not amounts.
    if (!ChineseNumber::isNumeral(text.at(at)) ||
        (ChineseNumber::isMultiplier(text.at(at)) && text.at(at) != u'十'))
        return std::nullopt;
    qsizetype end = at;
    while (end < text.size() && ChineseNumber::isNumeral(text.at(end)))
        ++end;
    // 一二百万, 三四千万: two numerals in a row give a range.
    if (end - at >= 3 && !ChineseNumber::isMultiplier(text.at(at)) &&
        !ChineseNumber::isMultiplier(text.at(at + 1)) && ChineseNumber::isMultiplier(text.at(at + 2))) {
        const auto low = ChineseNumber::parseNumerals(QStringView(text).sliced(at, 1));
        const QString highText = text.mid(at + 1, end - at - 1);
        const auto high = ChineseNumber::parseNumerals(highText);
        if (low && high && *low >= 1 &&
            *low + 1 == ChineseNumber::parseNumerals(highText.left(1)).value_or(0)) {
            const double scale = *high / ChineseNumber::parseNumerals(highText.left(1)).value_or(1);
            Amount range{end, *low * scale, {}};
            range.high = *high;
            return range;
        }
    }
    // 十几亿, 几十万: imprecise amounts are not values.
    const auto value = ChineseNumber::parseNumerals(QStringView(text).sliced(at, end - at));
    if (!value)
        return std::nullopt;
    qsizetype i = end;
    if (i < text.size() && (text.at(i) == u'多' || text.at(i) == u'余')) {
        // 十多亿: "more than ten" hundred million.
        qsizetype m = i + 1;
        while (m < text.size() && ChineseNumber::isMultiplier(text.at(m)))
            ++m;
        if (m > i + 1) {
            *over = true;
            return Amount{
                m,
                *value * ChineseNumber::multiplier(QStringView(text).sliced(i + 1, m - i - 1)).value_or(1),
                {}};
        }
    }
    return Amount{end, *value, {}};
}

std::optional<Currency> currencyAt(const QString& text, qsizetype at)
{
    for (const Currency& c : currencies()) {
        if (startsWithAt(text, at, c.word))
            return c;
    }
    return std::nullopt;
}

Qualifier qualifierBefore(const QString& text, qsizetype start, qsizetype* qualifierStart)
{
    static const std::array<std::pair<QStringView, Qualifier>, 10> prefixes{{
        {u"超过", Qualifier::Over},
        {u"不少于", Qualifier::Over},
        {u"不低于", Qualifier::Over},
        {u"大约", Qualifier::About},
        {u"接近", Qualifier::About},
        {u"超", Qualifier::Over},
        {u"逾", Qualifier::Over},
        {u"约", Qualifier::About},
        {u"近", Qualifier::About},
        {u"过", Qualifier::Over},
    }};
    for (const auto& [word, qualifier] : prefixes) {
        if (endsWithAt(text, start, word)) {
            // 约 in 签约, 合约, 节约, 制约 … is not "about".
            if (word == u"约" && start >= 2 &&
                QStringView(u"签合节制公预特邀履违守誓").contains(text.at(start - 2)))
                break;
            // 过 in 通过, 经过, 不过, 超过 (read above) is not "over".
            if (word == u"过" && start >= 2 && QStringView(u"通经不度越").contains(text.at(start - 2)))
                break;
            *qualifierStart = start - word.size();
            return qualifier;
        }
    }
    *qualifierStart = start;
    return Qualifier::None;
}

bool isRangeSeparator(QChar c)
{
    return c == u'-' || c == u'－' || c == u'—' || c == u'–' || c == u'~' || c == u'～' || c == u'至' ||
           c == u'到';
}

} // namespace

QString MoneyExtractor::roleBefore(const QString& text, qsizetype position)
{
    static const qsizetype window = ExtractionRules::shared()->threshold(u"money_role_window"_s, 16);
    const qsizetype limit = qMax<qsizetype>(0, position - window);
    for (qsizetype end = position; end > limit; --end) {
        if (isClauseBreak(text.at(end - 1)))
            break;
        // The longest role word ending here (合同外资 before 外资, 总投资 before 投资).
        static const ExtractionRules::Words& roles = ExtractionRules::shared()->kind(u"money_role"_s);
        const QString word = roles.endingAt(text, end);
        if (!word.isEmpty())
            return roles.value(word);
    }
    return {};
}

QList<Entity> MoneyExtractor::extract(const QString& text)
{
    QList<Entity> found;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const bool arabic = isAsciiDigit(c);
        if (!arabic && !ChineseNumber::isNumeral(c)) {
            ++i;
            continue;
        }
        // Start of a number only: not the middle of one (a year like 2024 followed by 年 is not money
        // anyway).
        if (i > 0 && (isAsciiDigit(text.at(i - 1)) || text.at(i - 1) == u'.')) {
            ++i;
            continue;
        }
        bool over = false;
        const auto first = numberAt(text, i, &over);
        if (!first || first->end == i) {
            ++i;
            continue;
        }
        double low = first->value;
        std::optional<double> high = first->high;
        qsizetype end = first->end;

        // A range: 5-10亿元, 5亿至10亿元. The low end takes the high end's multiplier when it has none.
        if (end < n && isRangeSeparator(text.at(end)) && end + 1 < n) {
            bool overHigh = false;
            if (const auto second = numberAt(text, end + 1, &overHigh); second && second->end > end + 1) {
                const bool lowHasMultiplier = ChineseNumber::isMultiplier(text.at(first->end - 1));
                const bool highHasMultiplier = ChineseNumber::isMultiplier(text.at(second->end - 1));
                if (!lowHasMultiplier && highHasMultiplier && arabic) {
                    qsizetype m = second->end;
                    while (m > end + 1 && ChineseNumber::isMultiplier(text.at(m - 1)))
                        --m;
                    low *=
                        ChineseNumber::multiplier(QStringView(text).sliced(m, second->end - m)).value_or(1);
                }
                high = second->value;
                end = second->end;
            }
        }

        // Currency, possibly written first (人民币1.2亿元) or after the amount (1500万美元, 1490亿元人民币).
        std::optional<Currency> currency = currencyAt(text, end);
        qsizetype spanEnd = end;
        if (currency) {
            spanEnd = end + currency->word.size();
            if (currency->word == u"元"_s && startsWithAt(text, spanEnd, u"人民币"))
                spanEnd += 3;
        }
        // A currency written before the amount: 人民币1.2亿元, 新台币5000亿元, 美元3000万.
        qsizetype spanStart = i;
        for (const Currency& prefix : currencies()) {
            if (!prefix.before || !endsWithAt(text, i, prefix.word))
                continue;
            // The prefix decides; a trailing 元 (新台币5000亿元) belongs to it.
            if (!currency || currency->word == u"元"_s)
                currency = prefix;
            spanStart = i - prefix.word.size();
            break;
        }
        const bool hasMultiplier = ChineseNumber::isMultiplier(text.at(end - 1));
        // Without a currency word, only an amount in 万/亿 right after an investment word counts
        // (总投资10亿).
        if (!currency) {
            // 7500万米, 300万吨, 20万辆: a quantity with its unit, not money.
            const bool unitAfter =
                end < n &&
                QStringView(u"米吨亩台套件辆瓦双只人户家头平千公株斤箱册部张").contains(text.at(end));
            if (!hasMultiplier || unitAfter || roleBefore(text, i).isEmpty() || end - i < 2) {
                i = end;
                continue;
            }
            currency = Currency{QString(), u"CNY"_s, false};
        }
        // Scale words are not amounts: 百亿级, 千亿元级产业园区.
        if (spanEnd < n && text.at(spanEnd) == u'级') {
            i = spanEnd;
            continue;
        }
        // A Chinese numeral needs a multiplier or a currency right after it and must not be part of a word
        // (一万元 yes; 一元化 no).
        if (!arabic && !hasMultiplier && currency->word.isEmpty()) {
            i = end;
            continue;
        }

        qsizetype qualifierStart = spanStart;
        Qualifier qualifier = qualifierBefore(text, spanStart, &qualifierStart);
        if (over)
            qualifier = Qualifier::Over;
        spanStart = qualifierStart;
        if (startsWithAt(text, spanEnd, u"以上") || startsWithAt(text, spanEnd, u"多")) {
            qualifier = Qualifier::Over;
            spanEnd += text.at(spanEnd) == u'多' ? 1 : 2;
        } else if (startsWithAt(text, spanEnd, u"左右")) {
            qualifier = Qualifier::About;
            spanEnd += 2;
        }

        Entity e;
        e.type = EntityType::Money;
        e.span = {spanStart, spanEnd};
        e.text = text.mid(spanStart, spanEnd - spanStart);
        Money money;
        money.amount = low;
        money.amountHigh = high;
        money.currency = currency->code;
        money.qualifier = qualifier;
        if (money.currency == u"CNY"_s)
            money.amountCny = low;
        e.money = money;
        e.role = roleBefore(text, spanStart);
        // "…二期项目8.75亿美元": an amount written right after a project's name is its investment.
        if (e.role.isEmpty() && endsWithAt(text, spanStart, u"项目"))
            e.role = u"investment"_s;
        // "投资60亿元的A项目、6亿元的B项目": an amount listed after another in one clause shares its role.
        if (e.role.isEmpty() && !found.isEmpty() && !found.back().role.isEmpty()) {
            const QStringView between =
                QStringView(text).sliced(found.back().span.end, spanStart - found.back().span.end);
            if (between.contains(u'、') && std::none_of(between.begin(), between.end(), isClauseBreak))
                e.role = found.back().role;
        }
        e.normalized = QString::number(low, 'f', 0) + u' ' + money.currency;
        found.append(e);
        i = spanEnd;
    }
    return found;
}
