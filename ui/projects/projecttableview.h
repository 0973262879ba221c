#pragma once

#include <QTableView>

class ProjectTableModel;
class QSortFilterProxyModel;

// The projects table: sortable by value, multi-select, Ctrl+C copies the selected rows as TSV, double-click
// opens the article at the project's evidence.
class ProjectTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTableView)

public:
    ProjectTableView(ProjectTableModel* model, QWidget* parent = nullptr);

    ProjectTableModel* projectModel() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

public Q_SLOTS:
    void copySelection();

Q_SIGNALS:
    // The user asked to see a project where it was reported: article id and evidence span (cleaned text).
    void projectActivated(int documentId, qsizetype start, qsizetype end);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void activate(const QModelIndex& proxyIndex);

    ProjectTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};
