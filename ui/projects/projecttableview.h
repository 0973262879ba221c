#pragma once

#include <QTableView>

class ProjectTableModel;
class QAction;
class ReviewSession;

// The projects table: sortable by value (the model sorts, in the database), multi-select, Ctrl+C copies the
// selected rows as TSV, double-click opens the article at the project's evidence. With a review session, F2
// (or a click on the selected cell) edits a field, the name's check box confirms, Del excludes the selected
// projects from the figures (and includes excluded ones again).
class ProjectTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTableView)

public:
    ProjectTableView(ProjectTableModel* model, QWidget* parent = nullptr);

    ProjectTableModel* projectModel() const { return m_model; }
    void setReviewSession(ReviewSession* session);
    QAction* excludeAction() const { return m_excludeAction; }
    QAction* mergeAction() const { return m_mergeAction; }
    QAction* splitAction() const { return m_splitAction; }
    // The store ids of the selected projects, in the order shown.
    QList<int> selectedProjectIds() const;

public Q_SLOTS:
    void copySelection();

Q_SIGNALS:
    // The user asked to see a project where it was reported: article id and evidence span (cleaned text).
    void projectActivated(int documentId, qsizetype start, qsizetype end);
    // The project in focus (-1 for none): kept across the reloads an edit causes.
    void currentProjectChanged(int projectId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void activate(const QModelIndex& index);

    void toggleExcluded();
    void mergeSelected();
    void splitCurrent();

    ProjectTableModel* m_model;
    ReviewSession* m_session = nullptr;
    QAction* m_excludeAction = nullptr;
    QAction* m_mergeAction = nullptr;
    QAction* m_splitAction = nullptr;
    int m_keptProject = -1; // the current project while the model resets
};
