#pragma once

#include "query/corpusqueries.h"
#include "query/pagedrows.h"

#include <QAbstractTableModel>

class ReviewSession;
class Store;

// The projects that match the filter, one row each, in the order sort() asked for (the database sorts: text
// by the UI language's collation, the investment by its yuan value). The rows are read a page at a time as
// the view shows them, so that a hundred thousand projects list at once. Display roles give formatted text
// (investment in 亿, the industry's and status's names); AmountCnyRole the yuan value.
// With a review session, the fields are editable (EditRole: the raw value, a code for industry and status,
// the amount as written) and the name column's check box confirms a project; corrected fields are bold
// with their extracted value in the tooltip, excluded projects struck through.
class ProjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTableModel)

public:
    enum Column {
        NameColumn,
        CompanyColumn,
        RegionColumn,
        CityColumn,
        ProvinceColumn,
        InvestmentColumn,
        IndustryColumn,
        StatusColumn,
        DocumentColumn,
        ColumnCount
    };
    enum Role {
        ProjectIdRole = Qt::UserRole + 1,
        DocumentIdRole,
        EvidenceStartRole,
        EvidenceEndRole,
        AmountCnyRole,
        ConvertedRole // true when the yuan value was converted from another currency
    };

    // How many rows a column sized to its contents is measured by (two pages).
    static constexpr int kSizedRows = 2 * PagedRows<CorpusQueries::ProjectRow>::kPageSize;

    explicit ProjectTableModel(const Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Sorts by a column (-1: as stored), reading the list again; kept for the next reload.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setReviewSession(ReviewSession* session) { m_session = session; }
    const Store* store() const { return m_store; }
    // Also the projects the analyst excluded (struck through), which the rest of the views leave out.
    void setShowExcluded(bool show) { m_showExcluded = show; }
    // The correction field a column edits ("amount" for the investment); empty for none.
    static QString fieldOf(int column);
    // The last edit that was refused, and why (an amount that is no amount, …).
    QString lastError() const { return m_lastError; }

    // A row's project (its page read if it was not): valid until many other pages have been read.
    const CorpusQueries::ProjectRow& row(int r) const { return m_rows.at(r); }
    int projectId(int row) const { return m_rows.idAt(row); }
    // The row of a project; -1 when it is not listed.
    int rowOf(int projectId) const { return static_cast<int>(m_rows.rowOf(projectId)); }
    // The pages of rows read and kept: what showing the list has cost (for tests and benchmarks).
    int pagesRead() const { return static_cast<int>(m_rows.pagesRead()); }
    // Rows of `indexes`, in their order, as tab-separated text with a header line (what "Copy" puts on the
    // clipboard).
    QString toTsv(const QModelIndexList& indexes) const;

public Q_SLOTS:
    void reload(const ProjectFilter& filter);

private:
    const Store* m_store;
    ReviewSession* m_session = nullptr;
    bool m_showExcluded = false;
    QString m_lastError;
    CorpusQueries m_queries;
    PagedRows<CorpusQueries::ProjectRow> m_rows;
    std::optional<ProjectFilter> m_filter; // as last loaded
    CorpusQueries::ProjectOrder m_order;
};
