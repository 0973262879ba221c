#pragma once

#include "annotations.h"

#include <QList>
#include <QString>
#include <QStringList>

// Finds companies:
// - legal names: a trade name (often after a place) and an organisational form — 有限公司, 股份有限公司,
//   有限责任公司, 集团 — with a place in brackets of either width (允哲半导体科技（浙江）有限公司,
//   温斯罗普生物医学科技(上海)有限公司);
// - the short names an article uses for them: declared (以下简称“德加能源”) or derived from the legal name
//   by dropping place, form and industry words (允哲, 铂淳新材料, 颅燊医疗);
// - names the context marks as companies: items of a list ending in 等企业
// (御风未来、瑞阳精密、华湖航空等企业),
//   "X是一家…", a company word before a title (海威汽车董事长), "以X为龙头".
// Government bodies, universities, research institutes and associations are not companies. Every mention of a
// known name in the text becomes an entity whose `normalized` is the legal name when one is known.
// Works on Simplified text.
class CompanyExtractor final
{
public:
    static QList<Entity> extract(const QString& text, const QList<Entity>& regions);

    // The short forms of a legal name, longest first: 浙江铂淳新材料股份有限公司 -> 铂淳新材料, 铂淳.
    static QStringList shortFormsOf(const QString& legalName);
};
