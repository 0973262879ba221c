#pragma once

#include <QString>

// Traditional -> Simplified Chinese, one code unit for one, so that offsets into the result are offsets into
// the input: extractors match on the Simplified form while surface forms and offsets stay those of the text.
// The table comes from ICU's Hant-Hans transform, applied at build time to each ideograph of the basic CJK
// block; characters whose Simplified form is not a single BMP ideograph are kept as they are. Thread-safe.
namespace SimplifiedChinese {

QString fromTraditional(const QString& text);
// True when `text` has at least one character that the transform changes.
bool hasTraditional(const QString& text);

} // namespace SimplifiedChinese
