#include "bylinedetector.h"

#include "text/charclass.h"

#include <QFile>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Surnames {
    QSet<QString> single;
    QSet<QString> compound;
};

// Loaded once from the embedded data file; immutable afterwards, so safe to share between threads.
const Surnames& surnames()
{
    static const Surnames table = [] {
        Surnames s;
        QFile file(u":/investscope/data/surnames.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            return s;
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n')) {
            if (line.startsWith(u'#'))
                continue;
            for (QStringView name : line.split(u' ', Qt::SkipEmptyParts)) {
                if (name.size() == 1)
                    s.single.insert(name.toString());
                else
                    s.compound.insert(name.toString());
            }
        }
        return s;
    }();
    return table;
}

bool isMarker(QChar c)
{
    switch (c.unicode()) {
    case u'■':
    case u'□':
    case u'►':
    case u'▶':
    case u'▲':
    case u'●':
    case u'◆':
    case u'★':
    case u'☆':
    case u'◎':
    case u'▌':
    case u'│':
        return true;
    default:
        return false;
    }
}

const QStringList& roleWords()
{
    static const QStringList words{u"本报记者"_s, u"特约记者"_s, u"记者"_s, u"特约通讯员"_s, u"通讯员"_s,
                                   u"文/图"_s,    u"文／图"_s,   u"撰稿"_s, u"作者"_s,       u"文"_s,
                                   u"图"_s,       u"本報記者"_s, u"記者"_s, u"通訊員"_s};
    return words;
}

} // namespace

bool BylineDetector::looksLikePersonalName(QStringView name)
{
    if (name.size() < 2 || name.size() > 4)
        return false;
    for (QChar c : name) {
        if (!CharClass::isHan(c.unicode()) && c != u'·')
            return false;
    }
    const Surnames& s = surnames();
    if (name.size() >= 3 && s.compound.contains(name.first(2).toString()))
        return true;
    return name.size() <= 3 && s.single.contains(name.first(1).toString());
}

QString BylineDetector::names(QStringView line)
{
    line = line.trimmed();
    while (!line.isEmpty() && (isMarker(line.front()) || line.front().isSpace()))
        line = line.sliced(1);
    if (line.isEmpty() || line.size() > 24)
        return {};
    QStringList tokens;
    for (QStringView token : line.split(u' ', Qt::SkipEmptyParts))
        tokens.append(token.toString());
    if (!tokens.isEmpty() && roleWords().contains(tokens.front()))
        tokens.removeFirst();
    if (tokens.isEmpty() || tokens.size() > 4)
        return {};
    for (const QString& token : tokens) {
        if (!looksLikePersonalName(token))
            return {};
    }
    return tokens.join(u' ');
}

bool BylineDetector::isByline(QStringView line)
{
    return !names(line).isEmpty();
}
