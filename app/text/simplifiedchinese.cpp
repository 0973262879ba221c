#include "simplifiedchinese.h"

#include "icuadaptor.h"

#include <array>
#include <mutex>

namespace {

constexpr char16_t kFirst = 0x4E00;
constexpr char16_t kLast = 0x9FFF;
using Table = std::array<char16_t, kLast - kFirst + 1>;

// Built once: each ideograph transformed alone (so that phrase rules cannot change neighbours).
const Table& table()
{
    static Table t{};
    static std::once_flag once;
    std::call_once(once, [] {
        // Transform all ideographs in one call, separated by newlines, then read them back one by one.
        QString all;
        all.reserve((kLast - kFirst + 1) * 2);
        for (char16_t c = kFirst; c <= kLast; ++c) {
            all.append(QChar(c));
            all.append(QChar(u'\n'));
            if (c == kLast)
                break;
        }
        const QString simplified = Icu::transform(all, "Hant-Hans").value_or(all);
        const QStringList parts = simplified.split(QChar(u'\n'));
        for (char16_t c = kFirst;; ++c) {
            const qsizetype i = c - kFirst;
            const QString& s = i < parts.size() ? parts[i] : QString();
            t[static_cast<size_t>(i)] =
                s.size() == 1 && s.at(0).unicode() >= kFirst && s.at(0).unicode() <= kLast ? s.at(0).unicode()
                                                                                           : c;
            if (c == kLast)
                break;
        }
    });
    return t;
}

} // namespace

namespace SimplifiedChinese {

QString fromTraditional(const QString& text)
{
    const Table& t = table();
    QString out = text;
    QChar* data = out.data();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c >= kFirst && c <= kLast)
            data[i] = QChar(t[c - kFirst]);
    }
    return out;
}

bool hasTraditional(const QString& text)
{
    const Table& t = table();
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= kFirst && c <= kLast && t[c - kFirst] != c)
            return true;
    }
    return false;
}

} // namespace SimplifiedChinese
