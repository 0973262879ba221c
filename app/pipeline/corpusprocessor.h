#pragma once

#include "analyzeddocument.h"

#include <QList>
#include <QStringList>

#include <functional>

// Runs files -> loader -> cleaner -> extractor for a set of paths, on every core: the files are analysed by
// workers of a pool of its own, and the callbacks are invoked on the calling thread, in file order.
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

    // Given each document, in file order, on the calling thread.
    using Consumer = std::function<void(AnalyzedDocument&& document)>;

    // Files analysed ahead of the consumer at most: what waits for it is bounded, whatever the corpus.
    static constexpr int kInFlight = 16;

    static AnalyzedDocument analyze(Document document);
    // Keeps every document in the result.
    static Result process(const QStringList& paths, const Progress& progress = {},
                          const DocumentReady& ready = {});
    // Keeps none: each document goes to `consume` as soon as it and those before it are analysed, so that
    // memory does not grow with the corpus. The result has the problems (in file order) and no documents.
    // `threads` workers analyse the files (0: one per core).
    static Result stream(const QStringList& paths, const Consumer& consume, const Progress& progress = {},
                         int threads = 0);
};
