#pragma once

#include <QtGlobal>

#include <vector>

// A span of text: [start, end) in UTF-16 code units.
struct TextSpan {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// Maps positions between the cleaned text and the original text it was made from.
// Cleaning only deletes characters or replaces one code unit by one, so every cleaned code unit comes
// from exactly one original code unit, and their origins increase strictly. Offsets are UTF-16 code units.
class OffsetMap final
{
public:
    OffsetMap() = default;
    // origins[i] is the original offset of cleaned unit i; strictly increasing, each < originalLength.
    OffsetMap(std::vector<qsizetype> origins, qsizetype originalLength);
    static OffsetMap identity(qsizetype length);

    qsizetype cleanLength() const { return static_cast<qsizetype>(m_origins.size()); }
    qsizetype originalLength() const { return m_originalLength; }

    // Original offset of cleaned position `cleanPos` (0..cleanLength(); cleanLength() maps to
    // originalLength()).
    qsizetype toOriginal(qsizetype cleanPos) const;
    // First cleaned position whose origin is at or after `originalPos` (0..originalLength()).
    qsizetype toClean(qsizetype originalPos) const;

    // The original text a cleaned span came from: from its first character's origin to just past its last's.
    TextSpan toOriginal(TextSpan clean) const;
    // The cleaned characters that came from an original span.
    TextSpan toClean(TextSpan original) const;

    const std::vector<qsizetype>& origins() const { return m_origins; }

private:
    std::vector<qsizetype> m_origins;
    qsizetype m_originalLength = 0;
};
