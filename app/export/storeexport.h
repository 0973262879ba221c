#pragma once

#include "query/corpusqueries.h"

#include <QByteArray>
#include <QCoreApplication>

// The explorer's tables as files: projects and entities of the articles that match a filter, as CSV (UTF-8
// with a byte-order mark, so that Excel reads Chinese right) or JSON. Converted amounts carry their yuan
// value and are marked "converted".
class StoreExport final
{
    Q_DECLARE_TR_FUNCTIONS(StoreExport)

public:
    enum class Format { Csv, Json };

    static QByteArray projects(const CorpusQueries& queries, const ProjectFilter& filter, Format format);
    static QByteArray entities(const CorpusQueries& queries, const ProjectFilter& filter, Format format);
    // Writes `bytes` to `path` completely or not at all.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};
