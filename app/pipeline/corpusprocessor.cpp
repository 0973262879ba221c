#include "corpusprocessor.h"

#include "clean/textcleaner.h"
#include "corpus/documentloader.h"
#include "extract/extractor.h"

#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent>

#include <atomic>
#include <map>
#include <variant>

AnalyzedDocument CorpusProcessor::analyze(Document document)
{
    AnalyzedDocument analyzed;
    analyzed.clean = TextCleaner::clean(document.originalText);
    analyzed.annotations = Extractor::extract(analyzed.clean);
    analyzed.document = std::move(document);
    return analyzed;
}

CorpusProcessor::Result CorpusProcessor::process(const QStringList& paths, const Progress& progress,
                                                 const DocumentReady& ready)
{
    QList<AnalyzedDocument> documents;
    Result result = stream(
        paths,
        [&](AnalyzedDocument&& analyzed) {
            if (ready)
                ready(analyzed);
            documents.append(std::move(analyzed));
        },
        progress);
    result.documents = std::move(documents);
    return result;
}

CorpusProcessor::Result CorpusProcessor::stream(const QStringList& paths, const Consumer& consume,
                                                const Progress& progress, int threads)
{
    Result result;
    DocumentLoader::Collected collected = DocumentLoader::collect(paths);
    result.problems = std::move(collected.problems);
    const auto total = static_cast<int>(collected.inputs.size());
    if (total == 0)
        return result;

    // What the workers share with this thread. A worker takes a slot of `room` before it takes a file, and
    // this thread gives it back once it has passed that file on: no more than kInFlight are ever ahead.
    using Outcome = std::variant<LoadProblem, AnalyzedDocument>;
    struct Shared {
        std::atomic<int> next{0};
        std::atomic<bool> cancelled{false};
        QSemaphore room{kInFlight};
        QMutex mutex;
        QWaitCondition done;
        std::map<int, Outcome> ready; // under `mutex`
    } shared;
    const auto work = [&] {
        for (;;) {
            shared.room.acquire();
            const int i = shared.next.fetch_add(1);
            if (shared.cancelled || i >= total) {
                shared.room.release();
                return;
            }
            auto loaded = DocumentLoader::load(collected.inputs.at(i)); // const: the workers share the list
            Outcome outcome = std::holds_alternative<LoadProblem>(loaded)
                                  ? Outcome(std::get<LoadProblem>(std::move(loaded)))
                                  : Outcome(analyze(std::get<Document>(std::move(loaded))));
            QMutexLocker locker(&shared.mutex);
            shared.ready.emplace(i, std::move(outcome));
            shared.done.wakeAll();
        }
    };
    // A pool of its own: its workers wait for room, and a thread of the global pool waiting so would hold
    // back whatever else uses it.
    QThreadPool pool;
    const int workers = std::min(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()), total);
    pool.setMaxThreadCount(workers);
    QList<QFuture<void>> running;
    for (int w = 0; w < workers; ++w)
        running << QtConcurrent::run(&pool, work);

    for (int i = 0; i < total; ++i) {
        Outcome outcome;
        {
            QMutexLocker locker(&shared.mutex);
            while (shared.ready.empty() || shared.ready.begin()->first != i)
                shared.done.wait(&shared.mutex);
            outcome = std::move(shared.ready.begin()->second);
            shared.ready.erase(shared.ready.begin());
        }
        shared.room.release();
        if (auto* problem = std::get_if<LoadProblem>(&outcome))
            result.problems.append(std::move(*problem));
        else
            consume(std::get<AnalyzedDocument>(std::move(outcome)));
        if (progress && !progress(i + 1, total)) {
            result.cancelled = true;
            break;
        }
    }
    shared.cancelled = true;
    shared.room.release(workers); // a worker waiting for a slot sees the end
    for (QFuture<void>& f : running)
        f.waitForFinished();
    return result;
}
