#pragma once

#include "clean/offsetmap.h"

#include <QByteArray>

// How the store keeps a cleaned text's offset map (documents.offset_map): as runs of consecutive origins, a
// pair of little-endian 32-bit integers each (the first origin, the run's length) after a 4-byte mark. Most
// of a cleaned text is copied from the original in long runs, so this takes a few bytes a line where a number
// per character (the first format, still read) took more than the text itself.
namespace OffsetPacking {

QByteArray pack(const OffsetMap& map);
// Either format; `originalLength` is the original text's.
OffsetMap unpack(const QByteArray& blob, qsizetype originalLength);

} // namespace OffsetPacking
