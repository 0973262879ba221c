#pragma once

#include "analyzeddocument.h"

#include <QList>
#include <QStringList>

#include <functional>

// Runs files -> loader -> cleaner -> extractor for a set of paths.
// Runs on whatever thread calls it; callbacks are invoked on that thread.
class CorpusProcessor final
{
public:
    struct Result {
        QList<AnalyzedDocument> documents;
        QList<LoadProblem> problems;
        bool cancelled = false;
    };

    // Called after each file with (files done, files in all). Return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    // Called with each document as soon as it is ready (before it is added to the result).
    using DocumentReady = std::function<void(const AnalyzedDocument&)>;

    static AnalyzedDocument analyze(Document document);
    static Result process(const QStringList& paths, const Progress& progress = {},
                          const DocumentReady& ready = {});
};
