#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace TextSearch {

// Where each needle occurs in the text, in one pass over it whatever the number of needles. For each
// needle, the positions QString::indexOf gives when each search starts where the last match ended: in
// order, and a needle's own occurrences never overlap. Empty needles occur nowhere.
QList<QList<qsizetype>> occurrences(QStringView text, const QStringList& needles);

} // namespace TextSearch
