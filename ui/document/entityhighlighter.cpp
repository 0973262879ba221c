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
        format.setBackground(EntityPalette::background(it->type));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(EntityPalette::color(it->type));
        setFormat(static_cast<int>(from), static_cast<int>(to - from), format);
    }
}
