#include "offsetpacking.h"

#include <QtEndian>

namespace {

// Read as the first format's first origin, it would be negative: no text has such an offset.
constexpr char kRunsMark[4] = {'R', 'U', 'N', '\xFF'};

void put(QByteArray& out, qint32 value)
{
    char bytes[sizeof(qint32)];
    qToLittleEndian<qint32>(value, bytes);
    out.append(bytes, sizeof(qint32));
}

} // namespace

namespace OffsetPacking {

QByteArray pack(const OffsetMap& map)
{
    const std::vector<qsizetype>& origins = map.origins();
    QByteArray out(kRunsMark, sizeof(kRunsMark));
    size_t i = 0;
    while (i < origins.size()) {
        size_t end = i + 1;
        while (end < origins.size() && origins[end] == origins[end - 1] + 1)
            ++end;
        put(out, static_cast<qint32>(origins[i]));
        put(out, static_cast<qint32>(end - i));
        i = end;
    }
    return out;
}

OffsetMap unpack(const QByteArray& blob, qsizetype originalLength)
{
    std::vector<qsizetype> origins;
    const auto* in = reinterpret_cast<const uchar*>(blob.constData());
    if (blob.startsWith(QByteArray(kRunsMark, sizeof(kRunsMark)))) {
        for (qsizetype at = sizeof(kRunsMark); at + 2 * qsizetype(sizeof(qint32)) <= blob.size();
             at += 2 * sizeof(qint32)) {
            const qint32 first = qFromLittleEndian<qint32>(in + at);
            const qint32 length = qFromLittleEndian<qint32>(in + at + sizeof(qint32));
            for (qint32 k = 0; k < length; ++k)
                origins.push_back(qsizetype(first) + k);
        }
    } else {
        // The first format: an origin per cleaned code unit.
        origins.resize(static_cast<size_t>(blob.size()) / sizeof(qint32));
        for (auto& origin : origins) {
            origin = qFromLittleEndian<qint32>(in);
            in += sizeof(qint32);
        }
    }
    return OffsetMap(std::move(origins), originalLength);
}

} // namespace OffsetPacking
