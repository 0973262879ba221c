#pragma once

#include "query/corpusqueries.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class ReviewSession;
class Store;

// The project in focus, field by field beside the text it was reported in: every field editable (as in the
// table: the amount as written, a place from the gazetteer or any zone; company and place names offered as
// one types), confirmed and excluded as check boxes, what the extractor gave for each corrected field and
// how it found the project. An edit goes through the review session like any other: undoable, saved.
class ProjectDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDetails)

public:
    ProjectDetails(const Store* store, ReviewSession* session, QWidget* parent = nullptr);

    int projectId() const { return m_row ? m_row->id : -1; }
    // Shows project `id` (none for -1 or one no longer stored), read again from the store.
    void showProject(int id);
    QLineEdit* edit(const QString& field) const;
    QComboBox* industryChooser() const { return m_industry; }
    QComboBox* statusChooser() const { return m_status; }
    QCheckBox* confirmedBox() const { return m_confirmed; }
    QCheckBox* excludedBox() const { return m_excluded; }
    QLabel* evidenceLabel() const { return m_evidence; }

Q_SIGNALS:
    // "Open in Article": the article and the evidence span (cleaned text).
    void openRequested(int documentId, qsizetype start, qsizetype end);

private:
    void commitText(const QString& field);
    void commitChoice(const QString& field, QComboBox* combo);
    void warn(const QString& error);

    const Store* m_store;
    ReviewSession* m_session;
    std::optional<CorpusQueries::ProjectRow> m_row;
    QLabel* m_empty;
    QWidget* m_scroll; // holds m_form
    QWidget* m_form;
    QLabel* m_evidence;
    QLabel* m_file;
    QMap<QString, QLineEdit*> m_edits; // name, company, amount, region
    QComboBox* m_industry;
    QComboBox* m_status;
    QCheckBox* m_confirmed;
    QCheckBox* m_excluded;
    QLabel* m_explanation;
};
