#include "textdecoder.h"

#include "text/icuadaptor.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    }
    return true;
}

// Text files have no NUL bytes (outside UTF-16/32, which carry a BOM here) and almost no C0 controls.
QString binaryReason(QByteArrayView bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == 0)
            return u"binary data (NUL byte at offset %1), not a text file"_s.arg(i);
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B)
            ++controls;
    }
    if (controls * 100 > sample) // more than 1% control characters
        return u"binary data (%1 control bytes in the first %2), not a text file"_s.arg(controls).arg(sample);
    return {};
}

TextDecoder::Result decodeWith(QByteArrayView bytes, const char* charset, const QString& name)
{
    QString error;
    if (auto text = Icu::decode(bytes, charset, nullptr, &error))
        return {true, *std::move(text), name, {}};
    return {false, {}, name, error};
}

} // namespace

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {false, {}, {}, u"the file is empty"_s};

    // A byte-order mark decides.
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return decodeWith(bytes.sliced(3), "UTF-8", u"UTF-8"_s);
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return decodeWith(bytes.sliced(4), "UTF-32LE", u"UTF-32LE"_s);
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return decodeWith(bytes.sliced(4), "UTF-32BE", u"UTF-32BE"_s);
    if (startsWith(bytes, {0xFF, 0xFE}))
        return decodeWith(bytes.sliced(2), "UTF-16LE", u"UTF-16LE"_s);
    if (startsWith(bytes, {0xFE, 0xFF}))
        return decodeWith(bytes.sliced(2), "UTF-16BE", u"UTF-16BE"_s);

    if (const QString reason = binaryReason(bytes); !reason.isEmpty())
        return {false, {}, {}, reason};

    // Strict UTF-8 (which includes plain ASCII).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {true, std::move(text), u"UTF-8"_s, {}};
    qsizetype utf8ErrorAt = 0;
    QString utf8Error;
    Icu::decode(bytes, "UTF-8", &utf8ErrorAt, &utf8Error);

    // Legacy Chinese encodings, in the order ICU's statistics prefer; GB18030 is the fallback for GBK/GB2312.
    bool preferBig5 = false;
    const QList<Icu::CharsetMatch> matches = Icu::detectCharsets(bytes);
    for (const Icu::CharsetMatch& m : matches) {
        if (m.name == u"GB18030")
            break;
        if (m.name == u"Big5" && m.confidence >= 30) {
            preferBig5 = true;
            break;
        }
    }
    const std::pair<const char*, QString> candidates[] = {
        preferBig5 ? std::pair{"Big5", u"Big5"_s} : std::pair{"GB18030", u"GB18030"_s},
        preferBig5 ? std::pair{"GB18030", u"GB18030"_s} : std::pair{"Big5", u"Big5"_s},
    };
    for (const auto& [charset, name] : candidates) {
        Result r = decodeWith(bytes, charset, name);
        if (r.ok)
            return r;
    }
    return {false,
            {},
            {},
            u"not valid UTF-8 (%1) and not GB18030 or Big5 text either"_s.arg(
                utf8Error.isEmpty() ? u"invalid byte at offset %1"_s.arg(utf8ErrorAt) : utf8Error)};
}
