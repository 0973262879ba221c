#include "icuadaptor.h"

#include <unicode/ubrk.h>
#include <unicode/ucurr.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

#include <QtGlobal>

#include <limits>
#include <memory>
#include <string>

namespace {

struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct TransliteratorCloser {
    void operator()(UTransliterator* t) const { utrans_close(t); }
};
struct BreakIteratorCloser {
    void operator()(UBreakIterator* b) const { ubrk_close(b); }
};

// With its length: ICU needs no terminator, and a string shared between threads is never touched (utf16()
// would make a raw-data string terminated in place).
const UChar* utf16(const QString& s)
{
    return reinterpret_cast<const UChar*>(s.constData());
}

int32_t clampedLength(qsizetype n)
{
    return static_cast<int32_t>(qMin<qsizetype>(n, std::numeric_limits<int32_t>::max()));
}

} // namespace

namespace Icu {

QList<CharsetMatch> detectCharsets(QByteArrayView data)
{
    QList<CharsetMatch> result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return result;
    ucsdet_setText(detector.get(), data.data(), clampedLength(data.size()), &status);
    if (U_FAILURE(status))
        return result;
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || matches == nullptr)
        return result;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[i], &s);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &s);
        if (U_SUCCESS(s) && name != nullptr)
            result.append({QString::fromLatin1(name), confidence});
    }
    return result;
}

std::optional<QString> decode(QByteArrayView data, const char* charset, qsizetype* errorOffset,
                              QString* error)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status)) {
        if (error)
            *error = QStringLiteral("no converter for %1: %2")
                         .arg(QString::fromLatin1(charset), QString::fromLatin1(u_errorName(status)));
        return std::nullopt;
    }
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;

    // Convert in one call into a buffer sized for the worst case (one UTF-16 unit per byte, plus
    // surrogate pairs for 4-byte sequences: never more than bytes + 1 units).
    QString out(data.size() + 1, Qt::Uninitialized);
    UChar* target = reinterpret_cast<UChar*>(out.data());
    UChar* const targetBegin = target;
    const UChar* targetLimit = target + out.size();
    const char* source = data.data();
    const char* const sourceBegin = source;
    const char* sourceLimit = data.data() + data.size();
    ucnv_toUnicode(conv.get(), &target, targetLimit, &source, sourceLimit, nullptr, /*flush*/ true, &status);
    if (U_FAILURE(status)) {
        // With the STOP callback, `source` points just past the offending bytes; report the first of them.
        char invalid[8];
        int8_t invalidLength = sizeof invalid;
        UErrorCode s = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv.get(), invalid, &invalidLength, &s);
        const qsizetype offset = (source - sourceBegin) - (U_SUCCESS(s) ? invalidLength : 0);
        if (errorOffset)
            *errorOffset = offset;
        if (error) {
            QString bytes;
            for (int i = 0; U_SUCCESS(s) && i < invalidLength; ++i)
                bytes += QStringLiteral("0x%1 ").arg(static_cast<unsigned char>(invalid[i]), 2, 16,
                                                     QLatin1Char('0'));
            *error = QStringLiteral("invalid %1 byte sequence %2at byte %3")
                         .arg(QString::fromLatin1(charset), bytes)
                         .arg(offset);
        }
        return std::nullopt;
    }
    out.truncate(target - targetBegin);
    return out;
}

std::optional<QByteArray> encode(const QString& text, const char* charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    const int32_t capacity =
        UCNV_GET_MAX_BYTES_FOR_STRING(clampedLength(text.size()), ucnv_getMaxCharSize(conv.get()));
    QByteArray out(capacity, Qt::Uninitialized);
    const int32_t written =
        ucnv_fromUChars(conv.get(), out.data(), capacity, utf16(text), clampedLength(text.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(written);
    return out;
}

bool isInsideWord(const QString& text, qsizetype pos)
{
    if (pos <= 0 || pos >= text.size())
        return false;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, BreakIteratorCloser> it(
        ubrk_open(UBRK_WORD, "zh", utf16(text), clampedLength(text.size()), &status));
    if (U_FAILURE(status))
        return false;
    return !ubrk_isBoundary(it.get(), static_cast<int32_t>(pos));
}

QString currencyName(const QString& isoCode, const char* locale)
{
    if (isoCode.size() != 3)
        return {};
    const std::u16string code = isoCode.toStdU16String(); // ICU wants it terminated
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoiceFormat = false;
    int32_t length = 0;
    const UChar* name =
        ucurr_getName(code.c_str(), locale, UCURR_LONG_NAME, &isChoiceFormat, &length, &status);
    if (U_FAILURE(status) || !name || status == U_USING_DEFAULT_WARNING)
        return {};
    const QString out = QString::fromUtf16(reinterpret_cast<const char16_t*>(name), length);
    return out == isoCode ? QString() : out;
}

std::optional<QString> transform(const QString& text, const char* transformId)
{
    UErrorCode status = U_ZERO_ERROR;
    const QString id = QString::fromLatin1(transformId);
    std::unique_ptr<UTransliterator, TransliteratorCloser> t(
        utrans_openU(utf16(id), clampedLength(id.size()), UTRANS_FORWARD, nullptr, 0, nullptr, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    // utrans_transUChars works in place and may grow the text: give it room.
    QString buffer = text;
    int32_t length = clampedLength(text.size());
    int32_t capacity = length * 2 + 16;
    buffer.resize(capacity);
    int32_t limit = length;
    utrans_transUChars(t.get(), reinterpret_cast<UChar*>(buffer.data()), &length, capacity, 0, &limit,
                       &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        buffer = text;
        length = clampedLength(text.size());
        capacity = length * 4 + 64;
        buffer.resize(capacity);
        limit = length;
        utrans_transUChars(t.get(), reinterpret_cast<UChar*>(buffer.data()), &length, capacity, 0, &limit,
                           &status);
    }
    if (U_FAILURE(status))
        return std::nullopt;
    buffer.truncate(length);
    return buffer;
}

} // namespace Icu
