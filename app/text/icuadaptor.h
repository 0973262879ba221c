#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// The one place that calls ICU's C API. Every call checks U_FAILURE; callers see QString and plain values.
// Thread-safe: no state is shared between calls.
namespace Icu {

struct CharsetMatch {
    QString name;       // ICU's canonical name, e.g. "GB18030", "Big5", "UTF-16LE"
    int confidence = 0; // 0..100
};

// Charsets ICU's detector considers plausible for these bytes, most likely first.
QList<CharsetMatch> detectCharsets(QByteArrayView data);

// Decodes strictly: std::nullopt when a byte sequence is not valid in `charset`; then *errorOffset
// (if given) is the byte offset where decoding stopped and *error says why.
std::optional<QString> decode(QByteArrayView data, const char* charset, qsizetype* errorOffset = nullptr,
                              QString* error = nullptr);

// Encodes strictly; an empty optional when a character has no mapping in `charset`.
std::optional<QByteArray> encode(const QString& text, const char* charset);

// True when ICU's dictionary-based word segmentation for Chinese places no word boundary at `pos`
// (a UTF-16 offset strictly inside `text`), i.e. the characters on both sides form one word.
bool isInsideWord(const QString& text, qsizetype pos);

// The display name CLDR gives a currency (ISO 4217 code) in `locale`: ("SGD", "zh") -> 新加坡元; empty if
// ICU has none.
QString currencyName(const QString& isoCode, const char* locale);

// Applies an ICU transform (e.g. "Hant-Hans") to `text`; std::nullopt if the transform is unknown.
std::optional<QString> transform(const QString& text, const char* transformId);

} // namespace Icu
