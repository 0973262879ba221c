#include "glyphrepeatcollapser.h"

#include "text/charclass.h"

#include <limits>
#include <vector>

namespace {

// Longest run we look for; doubled headline runs seen in print are under 25 characters.
constexpr qsizetype kMaxUnit = 40;
// Lines longer than this are running paragraphs, which bold rendering never doubles.
constexpr qsizetype kMaxLine = 600;

struct Plan {
    int factor = 0;
    qsizetype uncovered = std::numeric_limits<qsizetype>::max(); // non-space characters outside any run
    qsizetype covered = 0;                                       // characters inside runs (all copies)
    int segments = 0;
    std::vector<qsizetype> unitAt; // unitAt[i] > 0: a run of that unit length starts at i
};

bool repeatsAt(const TracedString& s, qsizetype i, qsizetype unit, int factor)
{
    for (int copy = 1; copy < factor; ++copy) {
        const qsizetype base = i + copy * unit;
        for (qsizetype j = 0; j < unit; ++j) {
            if (s.at(i + j) != s.at(base + j))
                return false;
        }
    }
    return true;
}

// Dynamic programme over the line: the cheapest cover by runs repeated exactly `factor` times,
// where a character left outside every run costs 1 (spaces cost nothing).
Plan plan(const TracedString& s, int factor)
{
    const qsizetype n = s.size();
    constexpr qsizetype inf = std::numeric_limits<qsizetype>::max() / 2;
    std::vector<qsizetype> cost(static_cast<size_t>(n + 1), inf);
    std::vector<qsizetype> from(static_cast<size_t>(n + 1), -1);
    std::vector<qsizetype> unitOf(static_cast<size_t>(n + 1), 0);
    cost[0] = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype here = cost[static_cast<size_t>(i)];
        if (here >= inf)
            continue;
        const qsizetype step = here + (CharClass::isSpace(s.at(i)) ? 0 : 1);
        if (step < cost[static_cast<size_t>(i + 1)]) {
            cost[static_cast<size_t>(i + 1)] = step;
            from[static_cast<size_t>(i + 1)] = i;
            unitOf[static_cast<size_t>(i + 1)] = 0;
        }
        if (CharClass::isSpace(s.at(i)))
            continue;
        for (qsizetype unit = 1; unit <= kMaxUnit && i + factor * unit <= n; ++unit) {
            if (s.at(i + unit) != s.at(i) || !repeatsAt(s, i, unit, factor))
                continue;
            const qsizetype to = i + factor * unit;
            // Ties go to the longer unit: fewer, larger runs.
            if (here <= cost[static_cast<size_t>(to)]) {
                cost[static_cast<size_t>(to)] = here;
                from[static_cast<size_t>(to)] = i;
                unitOf[static_cast<size_t>(to)] = unit;
            }
        }
    }
    Plan p;
    p.factor = factor;
    p.uncovered = cost[static_cast<size_t>(n)];
    p.unitAt.assign(static_cast<size_t>(n), 0);
    for (qsizetype at = n; at > 0; at = from[static_cast<size_t>(at)]) {
        const qsizetype unit = unitOf[static_cast<size_t>(at)];
        if (unit > 0) {
            const qsizetype start = from[static_cast<size_t>(at)];
            p.unitAt[static_cast<size_t>(start)] = unit;
            p.covered += factor * unit;
            ++p.segments;
        }
    }
    return p;
}

// The single run of a plan covers a unit of at least four letters, digits or ideographs (no punctuation).
bool isWordRun(const TracedString& s, const Plan& p)
{
    for (size_t i = 0; i < p.unitAt.size(); ++i) {
        const qsizetype unit = p.unitAt[i];
        if (unit == 0)
            continue;
        if (unit < 4)
            return false;
        for (qsizetype j = 0; j < unit; ++j) {
            const QChar c(s.at(static_cast<qsizetype>(i) + j));
            if (!c.isLetterOrNumber())
                return false;
        }
        return true;
    }
    return false;
}

} // namespace

bool GlyphRepeatCollapser::collapse(const TracedString& line, TracedString* out)
{
    const qsizetype n = line.size();
    if (n < 4 || n > kMaxLine)
        return false;
    qsizetype visible = 0;
    qsizetype adjacentPairs =
        0; // ““, ，，, 个个: bold doubling leaves at least one, or repeats the whole line
    for (qsizetype i = 0; i < n; ++i) {
        visible += CharClass::isSpace(line.at(i)) ? 0 : 1;
        adjacentPairs += i + 1 < n && line.at(i) == line.at(i + 1) ? 1 : 0;
    }
    const bool halvesEqual =
        n % 2 == 0 && QStringView(line.text()).first(n / 2) == QStringView(line.text()).sliced(n / 2);
    const bool thirdsEqual =
        n % 3 == 0 &&
        QStringView(line.text()).first(n / 3) == QStringView(line.text()).sliced(n / 3, n / 3) &&
        QStringView(line.text()).first(n / 3) == QStringView(line.text()).sliced(2 * n / 3);
    if (adjacentPairs == 0 && !halvesEqual && !thirdsEqual)
        return false;

    Plan best;
    for (int factor : {2, 3}) {
        Plan p = plan(line, factor);
        if (p.uncovered < best.uncovered)
            best = std::move(p);
    }
    // A display line: at least two runs, at least three repeated glyph groups' worth of text, and at most
    // one visible character in eight left outside the runs. A line that is nothing but one repeated run
    // (a doubled caption: `招商队伍培训招商队伍培训`) counts when the run is four or more characters of words
    // alone: repeated exclamations (`招商！招商！招商！`) carry punctuation.
    const bool wholeLineRun = best.segments == 1 && best.uncovered == 0 && isWordRun(line, best);
    if (!wholeLineRun && (best.segments < 2 || best.covered < 6 || best.uncovered * 8 > visible))
        return false;

    TracedString result;
    result.reserve(n);
    for (qsizetype i = 0; i < n;) {
        const qsizetype unit = best.unitAt[static_cast<size_t>(i)];
        if (unit > 0) {
            result.append(line, i, i + unit);
            i += best.factor * unit;
        } else {
            result.append(QChar(line.at(i)), line.origin(i));
            ++i;
        }
    }
    *out = std::move(result);
    return true;
}
