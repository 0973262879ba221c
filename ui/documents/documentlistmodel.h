#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class Store;

// The documents in the store, one row each, in the order they were added.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { FileColumn, TitleColumn, EncodingColumn, ParagraphsColumn, RepeatedColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, SortRole };

    explicit DocumentListModel(Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int documentId(int row) const;
    int rowOf(int documentId) const;

public Q_SLOTS:
    void appendDocument(int documentId);
    void reload();

private:
    struct Row {
        int id = 0;
        QString file;
        QString title;
        QString encoding;
        int paragraphs = 0;
        int repeated = 0;
    };
    std::optional<Row> fetch(int documentId) const;

    Store* m_store;
    QList<Row> m_rows;
};
