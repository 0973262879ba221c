#pragma once

#include "annotations.h"

#include <QList>
#include <QString>

// Finds people: a name after a title (董事长王承永, 党工委副书记张立帆, 招商员沈跃杰, 首席执行官皮埃尔·布莱),
// before a verb of saying (张立帆说, 马晓萍表示), and the authors in bylines; then every other mention of a
// name found. A name is a known family name and one or two more characters (or a transliterated name with ·).
// `role` is the title the text gives, empty when none. Names inside companies or places are not people.
class PersonExtractor final
{
public:
    static QList<Entity> extract(const QString& text, const QList<Entity>& taken,
                                 const QStringList& bylineNames = {});
};
