#include "entityhighlighter.h"

#include "entitypalette.h"

#include <QTextBlock>

#include <algorithm>

EntityHighlighter::EntityHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void EntityHighlighter::setEntities(QList<Entity> entities)
{
    m_entities = std::move(entities);
    rehighlight();
}

void EntityHighlighter::setTypeVisible(EntityType type, bool visible)
{
    if (visible == isTypeVisible(type))
        return;
    if (visible)
        m_hidden.remove(type);
    else
        m_hidden.insert(type);
    rehighlight();
}

void EntityHighlighter::setPalette(const QPalette& palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    if (document())
        rehighlight();
}

void EntityHighlighter::setEmphasis(const ProjectFilter& filter)
{
    if (filter == m_emphasis)
        return;
    m_emphasis = filter;
    rehighlight();
}

bool EntityHighlighter::matches(const Entity& e, const ProjectFilter& f)
{
    switch (e.type) {
    case EntityType::Company:
        return !f.company.isEmpty() && (e.normalized == f.company || e.text == f.company);
    case EntityType::Industry:
        return !f.industry.isEmpty() && e.industry == f.industry;
    case EntityType::Region:
        if (f.region.isEmpty() || !e.place)
            return false;
        return e.place->zone == f.region || e.place->county == f.region || e.place->city == f.region ||
               e.place->province == f.region || e.normalized == f.region;
    default:
        return false;
    }
}

void EntityHighlighter::highlightBlock(const QString& text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    // Entities are sorted by start; none is longer than a paragraph by much, so start a little before the
    // block.
    auto it = std::lower_bound(m_entities.cbegin(), m_entities.cend(), blockStart - 512,
                               [](const Entity& e, qsizetype at) { return e.span.start < at; });
    for (; it != m_entities.cend() && it->span.start < blockEnd; ++it) {
        if (it->span.end <= blockStart || m_hidden.contains(it->type))
            continue;
        const qsizetype from = std::max(it->span.start, blockStart) - blockStart;
        const qsizetype to = std::min(it->span.end, blockEnd) - blockStart;
        QTextCharFormat format;
        const bool emphasised = matches(*it, m_emphasis);
        const QColor background = emphasised ? EntityPalette::emphasisBackground(it->type, m_palette)
                                             : EntityPalette::background(it->type, m_palette);
        format.setBackground(background);
        format.setForeground(EntityPalette::foreground(background, m_palette));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(EntityPalette::color(it->type));
        if (emphasised)
            format.setFontWeight(QFont::Bold);
        setFormat(static_cast<int>(from), static_cast<int>(to - from), format);
    }
}
