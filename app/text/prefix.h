#pragma once

#include <QStringView>

#include <algorithm>

namespace Prefix {

// `text` starts with `prefix`, code unit for code unit: QStringView::startsWith() inline, for the extractors'
// loops over word lists at every position (the library's call weighed more than the comparison).
inline bool startsWith(QStringView text, QStringView prefix)
{
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin());
}

} // namespace Prefix
