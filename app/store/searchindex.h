#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

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
    static bool clear(QSqlDatabase db, QString* error);
    static bool rebuild(QSqlDatabase db, QString* error); // from the documents table
    // Indexes the articles after id `after`, `maxDocuments` at most, in id order; *last is the last one
    // indexed (`after` when none was). How many were indexed; std::nullopt and *error on failure.
    static std::optional<int> addFrom(QSqlDatabase db, int after, int maxDocuments, int* last,
                                      QString* error);
    // Ids of the articles containing `text` (as a phrase), in id order: those up to `indexedThrough` looked
    // up in the index, the later ones read.
    static QList<int> search(QSqlDatabase db, const QString& text, int indexedThrough);
};
