#include "spacenormaliser.h"

#include "text/charclass.h"

using namespace CharClass;

namespace {

bool keepSpace(char16_t left, char16_t right, qsizetype leftToken, qsizetype rightToken)
{
    if (isClosingCjkPunct(right) || isOpeningCjkPunct(left))
        return false;
    if (isLatinWordChar(left) || isLatinWordChar(right))
        return true;
    const bool leftCjk = isCjk(left);
    const bool rightCjk = isCjk(right);
    if ((leftCjk && isAsciiDigit(right)) || (isAsciiDigit(left) && rightCjk))
        return false;
    if (leftCjk && rightCjk && (leftToken == 1 || rightToken == 1))
        return false;
    return true;
}

} // namespace

TracedString SpaceNormaliser::normalise(const TracedString& line)
{
    const qsizetype n = line.size();
    TracedString out;
    out.reserve(n);
    qsizetype i = 0;
    while (i < n && isSpace(line.at(i)))
        ++i;
    qsizetype tokenStart = i; // start of the token being copied (in `line`)
    while (i < n) {
        if (!isSpace(line.at(i))) {
            out.append(QChar(line.at(i)), line.origin(i));
            ++i;
            continue;
        }
        const qsizetype spaceStart = i;
        while (i < n && isSpace(line.at(i)))
            ++i;
        if (i == n)
            break; // trailing spaces
        qsizetype rightEnd = i;
        while (rightEnd < n && !isSpace(line.at(rightEnd)))
            ++rightEnd;
        const qsizetype leftToken = spaceStart - tokenStart;
        const qsizetype rightToken = rightEnd - i;
        if (keepSpace(line.at(spaceStart - 1), line.at(i), leftToken, rightToken))
            out.append(QChar(u' '), line.origin(spaceStart));
        tokenStart = i;
    }
    return out;
}
