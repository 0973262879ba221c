#pragma once

#include "query/corpusqueries.h"
#include "query/pagedrows.h"

#include <QAbstractTableModel>

class Store;

// The articles that match the filter: file, title, the place most of their projects land in, how many
// matching projects they report and what those total. In the order sort() asked for (the database sorts;
// -1: as stored), read a page at a time as the view shows them.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { FileColumn, TitleColumn, RegionColumn, ProjectsColumn, InvestmentColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    // How many rows a column sized to its contents is measured by (two pages).
    static constexpr int kSizedRows = 2 * PagedRows<CorpusQueries::DocumentRow>::kPageSize;

    explicit DocumentListModel(const Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int documentId(int row) const;
    int rowOf(int documentId) const;
    // The pages of rows read and kept: what showing the list has cost (for tests and benchmarks).
    int pagesRead() const { return static_cast<int>(m_rows.pagesRead()); }

public Q_SLOTS:
    void reload(const ProjectFilter& filter);

private:
    CorpusQueries m_queries;
    std::optional<ProjectFilter> m_filter; // as last loaded
    CorpusQueries::DocumentOrder m_order;
    PagedRows<CorpusQueries::DocumentRow> m_rows;
};
