#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Full-text search over the articles' titles and cleaned text: an SQLite FTS5 table with the trigram
// tokenizer, which suits Chinese (any three characters find their article). The table holds the text's
// Simplified shadow and the query is simplified too, so that a word finds its Traditional form. This is the
// one SQLite-specific part of the store besides saving; without FTS5 in the SQLite library, search falls back
// to LIKE. Lives on the store's connection; used from the thread that owns it.
class SearchIndex final
{
public:
    // Creates the index table if it can; returns false only on an unexpected error.
    static bool create(QSqlDatabase db, QString* error);
    static bool available(QSqlDatabase db);
    static bool add(QSqlDatabase db, int documentId, const QString& title, const QString& text,
                    QString* error);
    static bool clear(QSqlDatabase db, QString* error);
    static bool rebuild(QSqlDatabase db, QString* error); // from the documents table
    // Ids of the articles containing `text` (as a phrase), in id order.
    static QList<int> search(QSqlDatabase db, const QString& text);
};
