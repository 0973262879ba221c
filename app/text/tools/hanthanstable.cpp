// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: writes the Traditional -> Simplified table of the basic CJK block as C++ source, so that
// the programs read it instead of running ICU's transform over 21,000 ideographs at every start.
//
//   hanthanstable OUTPUT.inc
//
// Each ideograph is transformed alone (phrase rules cannot change neighbours); only those whose Simplified
// form is one other ideograph of the block are written, as {traditional, simplified} pairs in code-point
// order.
#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: hanthanstable OUTPUT.inc\n");
        return 2;
    }
    constexpr char16_t first = 0x4E00;
    constexpr char16_t last = 0x9FFF;

    UErrorCode status = U_ZERO_ERROR;
    const char16_t id[] = u"Hant-Hans";
    UTransliterator* trans = utrans_openU(id, -1, UTRANS_FORWARD, nullptr, 0, nullptr, &status);
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "hanthanstable: ICU has no Hant-Hans transform: %s\n", u_errorName(status));
        return 1;
    }
    std::vector<std::pair<char16_t, char16_t>> pairs;
    for (char32_t c = first; c <= last; ++c) {
        char16_t buffer[16] = {static_cast<char16_t>(c)};
        int32_t length = 1;
        int32_t limit = 1;
        utrans_transUChars(trans, buffer, &length, 16, 0, &limit, &status);
        if (U_FAILURE(status)) {
            std::fprintf(stderr, "hanthanstable: transform failed at U+%04X: %s\n", unsigned(c),
                         u_errorName(status));
            utrans_close(trans);
            return 1;
        }
        if (length == 1 && buffer[0] != c && buffer[0] >= first && buffer[0] <= last)
            pairs.emplace_back(static_cast<char16_t>(c), buffer[0]);
    }
    utrans_close(trans);

    // Written beside the target and renamed over it, so that a failed run leaves no half-written table.
    const std::string target = argv[1];
    const std::string temporary = target + ".tmp";
    std::FILE* out = std::fopen(temporary.c_str(), "w");
    if (!out) {
        std::perror(temporary.c_str());
        return 1;
    }
    std::fprintf(
        out,
        "// Generated at build time by app/text/tools/hanthanstable.cpp from ICU's Hant-Hans transform.\n");
    for (const auto& [from, to] : pairs)
        std::fprintf(out, "{0x%04X, 0x%04X},\n", unsigned(from), unsigned(to));
    if (std::ferror(out) || std::fclose(out) != 0 || std::rename(temporary.c_str(), target.c_str()) != 0) {
        std::perror(target.c_str());
        std::remove(temporary.c_str());
        return 1;
    }
    return 0;
}
