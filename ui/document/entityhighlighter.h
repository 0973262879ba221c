#pragma once

#include "extract/annotations.h"
#include "query/projectfilter.h"

#include <QPalette>
#include <QSet>
#include <QSyntaxHighlighter>

// Colours the entities of the shown text by type. Spans are offsets into the document's plain text.
class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityHighlighter)

public:
    explicit EntityHighlighter(QTextDocument* document);

    void setEntities(QList<Entity> entities); // sorted by start
    void setTypeVisible(EntityType type, bool visible);
    bool isTypeVisible(EntityType type) const { return !m_hidden.contains(type); }
    // Entities the filter names (its company, place or industry) are drawn in bold.
    void setEmphasis(const ProjectFilter& filter);
    static bool matches(const Entity& entity, const ProjectFilter& filter);
    // The text area's palette: highlight colours blend into its background and keep its text readable.
    void setPalette(const QPalette& palette);
    const QPalette& palette() const { return m_palette; }

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<Entity> m_entities;
    QSet<EntityType> m_hidden;
    ProjectFilter m_emphasis;
    QPalette m_palette;
};
