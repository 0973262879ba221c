#pragma once

#include "tracedstring.h"

// Removes the spaces PDF extraction puts into Chinese text while keeping the ones that separate words:
// - letter-spaced runs lose their spaces: `一 口 气 签 约 7 个` -> `一口气签约7个`;
// - no space between Chinese text and a number: `产值达 4939万元` -> `产值达4939万元`;
// - no space before closing or after opening Chinese punctuation;
// - spaces next to Latin letters stay (`IC 设计`, `RL205-10E 型`), as do spaces between two Chinese words of
//   two or more characters (`乘风踏浪高歌行 枝繁巢暖引凤来`, `吕科 汤天伦`).
// Runs of spaces become one space; leading and trailing spaces go.
class SpaceNormaliser final
{
public:
    static TracedString normalise(const TracedString& line);
};
