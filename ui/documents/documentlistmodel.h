#pragma once

#include "query/corpusqueries.h"

#include <QAbstractTableModel>

class Store;

// The articles that match the filter: file, title, the place most of their projects land in, how many
// matching projects they report and what those total. SortRole gives raw values.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { FileColumn, TitleColumn, RegionColumn, ProjectsColumn, InvestmentColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, SortRole };

    explicit DocumentListModel(const Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int documentId(int row) const;
    int rowOf(int documentId) const;

public Q_SLOTS:
    void reload(const ProjectFilter& filter);

private:
    CorpusQueries m_queries;
    QList<CorpusQueries::DocumentRow> m_rows;
};
