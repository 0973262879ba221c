#pragma once

#include "extract/annotations.h"
#include "pipeline/analyzeddocument.h"
#include "query/corpusqueries.h"

#include <QMap>
#include <QTextEdit>
#include <QWidget>

class ArticleTextEdit;
class EntityHighlighter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// An analyst's edit of one entity in the article on show (cleaned-text offsets): `from` (none: an entity is
// added) becomes one of `type` at `to` (none: it is removed).
struct EntityEdit {
    std::optional<Entity> from;
    std::optional<TextSpan> to;
    EntityType type = EntityType::Company;
};

// One article, its entities highlighted inline by type (with a legend that toggles each type and counts it),
// the selected project's evidence marked, find in text, and a switch to the original text with the same
// highlights mapped back. Text is always plain text, never HTML.
class DocumentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget* parent = nullptr);
    ~DocumentView() override;

    void setDocument(int documentId, const AnalyzedDocument& document, const QList<Entity>& entities,
                     const QList<CorpusQueries::ProjectRow>& projects);
    void clear();
    int documentId() const { return m_documentId; }

    bool showsOriginal() const;
    QString displayedText() const;
    QPlainTextEdit* textEdit() const;
    // What the reader sees: the shown text without the hidden copies of repeated paragraphs.
    QString visibleText() const;
    // Block number -> how often the layout printed that paragraph, for the paragraphs shown once with a
    // mark ("×3"); empty in the original text, which shows every copy.
    QMap<int, int> repeatMarks() const;
    EntityHighlighter* highlighter() const { return m_highlighter; }
    QToolButton* legendButton(EntityType type) const { return m_legend.value(type); }

    // Keeps the place of the text in view when the same article is set again (its entities edited).
    void setDocumentKeepingView(int documentId, const AnalyzedDocument& document,
                                const QList<Entity>& entities,
                                const QList<CorpusQueries::ProjectRow>& projects);

    // The evidence span and the selected entity, in the shown text's offsets.
    TextSpan evidenceSpan() const { return m_evidenceShown; }
    const Entity* selectedEntity() const;
    int findHitCount() const { return static_cast<int>(m_findHits.size()); }

    // Entity at a position of the shown text, or nullptr; its tooltip text.
    const Entity* entityAt(qsizetype shownPosition) const;
    QString toolTipFor(const Entity& entity) const;
    const AnalyzedDocument& document() const { return m_document; }
    const QList<Entity>& entities() const { return m_entities; } // cleaned-text offsets

public Q_SLOTS:
    void setShowOriginal(bool original);
    void setTypeVisible(EntityType type, bool visible);
    // The filter the views follow: the entities it names stand out.
    void setEmphasis(const ProjectFilter& filter);
    // Marks the cleaned-text span [start, end) and scrolls it into view.
    void showEvidence(qsizetype start, qsizetype end);
    void selectEntityAt(qsizetype shownPosition);
    // Selects entity `index` of the list setDocument() was given and scrolls to it.
    void revealEntity(int index);
    void openFind();
    void find(const QString& text);
    void findNext();

Q_SIGNALS:
    // "Filter by this": a company, a place or an industry the user picked in the text.
    void filterRequested(const Entity& entity);
    // "Add project from selection": [start, end) of the cleaned text.
    void addProjectRequested(int documentId, TextSpan selection);
    // An entity added from the selection, removed, given another type or the selection's span.
    void entityEditRequested(int documentId, const EntityEdit& edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void hideRepeatedParagraphs();
    void updateSelections();
    void updateLegend();
    TextSpan shown(TextSpan clean) const; // cleaned offsets -> offsets of what is shown
    QList<Entity> shownEntities() const;
    void showContextMenu(const QPoint& pos);
    void addEntityActions(QMenu* menu, const Entity* entity, std::optional<TextSpan> selection);

    int m_documentId = -1;
    AnalyzedDocument m_document;
    QList<Entity> m_entities; // cleaned-text offsets
    QList<Entity> m_shown;    // offsets of the shown text
    QList<CorpusQueries::ProjectRow> m_projects;
    TextSpan m_evidence{-1, -1}; // cleaned offsets
    TextSpan m_evidenceShown{-1, -1};
    int m_selected = -1; // index into m_shown
    QList<TextSpan> m_findHits;
    int m_currentHit = -1;

    QLabel* m_title;
    QToolButton* m_originalToggle;
    QMap<EntityType, QToolButton*> m_legend;
    ArticleTextEdit* m_text;
    EntityHighlighter* m_highlighter;
    QWidget* m_findBar;
    QLineEdit* m_findEdit;
    QLabel* m_findStatus;
};
