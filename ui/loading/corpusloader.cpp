#include "corpusloader.h"

#include "pipeline/corpusprocessor.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <map>

using namespace Qt::StringLiterals;

// What the workers and this thread share for one load.
struct CorpusLoader::Job {
    QList<DocumentLoader::Input> inputs;
    std::atomic<int> next{0}; // the next file a worker takes
    std::atomic<bool> cancelled{false};
    QSemaphore room{kInFlight}; // one per file taken and not yet stored
    QMutex mutex;
    std::map<int, LoadEvent> ready; // results by file index, under `mutex`
    int nextToStore = 0;            // this thread's only
    int stored = 0;
};

CorpusLoader::CorpusLoader(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    // Results arriving close together are stored together: a short delay gathers a batch.
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(20);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        if (drain())
            m_drainTimer.start(0); // more ready: the next batch after the events waiting meanwhile
    });
    connect(&m_collecting, &QFutureWatcher<DocumentLoader::Collected>::finished, this, [this] {
        if (m_job && !m_job->cancelled) {
            startWorkers(m_collecting.result());
        } else {
            m_running = false;
            Q_EMIT finished(true);
        }
    });
    connect(&m_working, &QFutureWatcher<void>::finished, this, &CorpusLoader::onFinished);
    m_indexTimer.setSingleShot(true);
    m_indexTimer.setInterval(0);
    connect(&m_indexTimer, &QTimer::timeout, this, &CorpusLoader::indexSlice);
}

CorpusLoader::~CorpusLoader()
{
    m_collecting.disconnect(this);
    m_working.disconnect(this);
    cancel();
    m_collecting.waitForFinished();
    m_working.waitForFinished();
}

bool CorpusLoader::isRunning() const
{
    return m_running;
}

bool CorpusLoader::isIndexing() const
{
    return m_store->unindexedDocuments() > 0;
}

void CorpusLoader::indexSlice()
{
    if (m_running)
        return; // the load first: indexing goes on when it has finished
    QElapsedTimer slice;
    slice.start();
    constexpr int kStep = 2; // articles indexed between two looks at the clock
    for (;;) {
        QString error;
        const std::optional<int> indexed = m_store->indexMore(kStep, &error);
        if (!indexed) {
            Q_EMIT problemFound({tr("Search index"), tr("could not be built: %1").arg(error)});
            return;
        }
        if (*indexed < kStep || slice.elapsed() >= kIndexSliceMs)
            break;
    }
    const int left = m_store->unindexedDocuments();
    const int total = m_store->rowCount(u"documents"_s);
    Q_EMIT indexProgressChanged(total - left, total);
    if (left > 0)
        m_indexTimer.start();
    else
        Q_EMIT indexFinished();
}

void CorpusLoader::load(const QStringList& paths)
{
    if (m_job) {
        cancel();
        m_collecting.waitForFinished();
        m_working.waitForFinished();
    }
    m_drainTimer.stop();
    m_running = true;
    m_workingFor = nullptr;
    m_job = std::make_shared<Job>();
    Q_EMIT started(paths);
    // Folders are walked on a worker too: ten thousand files take a while to list.
    m_collecting.setFuture(QtConcurrent::run([paths] { return DocumentLoader::collect(paths); }));
}

void CorpusLoader::startWorkers(const DocumentLoader::Collected& collected)
{
    const std::shared_ptr<Job> job = m_job;
    for (const LoadProblem& p : collected.problems)
        Q_EMIT problemFound(p);
    job->inputs = collected.inputs;
    Q_EMIT progressChanged(0, static_cast<int>(job->inputs.size()));
    m_workers.clear();
    m_workingFor = job.get();
    for (int i = 0; i < m_pool.maxThreadCount(); ++i)
        m_workers << i;
    // Each worker takes the next file, analyses it and leaves the result for this thread; it waits for a
    // slot first, so that no more than kInFlight results wait to be stored. The store is told through a
    // queued call (dropped with this object; the destructor waits for the workers).
    m_working.setFuture(QtConcurrent::map(&m_pool, m_workers, [this, job](int) {
        for (;;) {
            job->room.acquire();
            const int i = job->next.fetch_add(1);
            if (job->cancelled || i >= job->inputs.size()) {
                job->room.release();
                return;
            }
            auto loaded =
                DocumentLoader::load(job->inputs.at(i)); // const: workers share the list, never detach it
            LoadEvent event;
            if (auto* problem = std::get_if<LoadProblem>(&loaded))
                event.problem = *problem;
            else
                event.document = CorpusProcessor::analyze(std::get<Document>(std::move(loaded)));
            {
                QMutexLocker locker(&job->mutex);
                job->ready.emplace(i, std::move(event));
            }
            QMetaObject::invokeMethod(
                this,
                [this, job] {
                    if (job == m_job && !m_drainTimer.isActive())
                        m_drainTimer.start();
                },
                Qt::QueuedConnection);
        }
    }));
}

bool CorpusLoader::drain()
{
    const std::shared_ptr<Job> job = m_job;
    if (!job || job->cancelled)
        return false;
    QList<LoadEvent> batch;
    bool more = false;
    {
        QMutexLocker locker(&job->mutex);
        // A batch is bounded by its text too: storing it keeps the window from answering meanwhile.
        qsizetype characters = 0;
        while (!job->ready.empty() && job->ready.begin()->first == job->nextToStore &&
               batch.size() < kBatch && characters < kBatchCharacters) {
            if (const auto& d = job->ready.begin()->second.document)
                characters += d->document.originalText.size();
            batch.append(std::move(job->ready.begin()->second));
            job->ready.erase(job->ready.begin());
            ++job->nextToStore;
        }
        more = !job->ready.empty() && job->ready.begin()->first == job->nextToStore;
    }
    if (batch.isEmpty())
        return false;
    store(batch);
    job->stored += static_cast<int>(batch.size());
    job->room.release(static_cast<int>(batch.size()));
    Q_EMIT progressChanged(job->stored, static_cast<int>(job->inputs.size()));
    return more;
}

void CorpusLoader::store(QList<LoadEvent>& batch)
{
    QList<AnalyzedDocument> documents;
    for (LoadEvent& event : batch) {
        if (event.problem)
            Q_EMIT problemFound(*event.problem);
        else if (event.document)
            documents.append(std::move(*event.document));
    }
    if (documents.isEmpty())
        return;
    if (!m_corrections.isEmpty()) {
        const CorrectionSet::Outcome outcome = m_corrections.apply(documents);
        for (const ProjectCorrection& c : outcome.orphaned)
            Q_EMIT problemFound({m_correctionsPath.isEmpty() ? c.file : m_correctionsPath,
                                 tr("orphaned correction of “%1” in %2: the project is no longer found")
                                     .arg(c.name.isEmpty() ? c.evidence.left(20) : c.name, c.file)});
        for (const EntityCorrection& c : outcome.orphanedEntities)
            Q_EMIT problemFound(
                {m_correctionsPath.isEmpty() ? c.file : m_correctionsPath,
                 tr("orphaned correction of the entity “%1” in %2: its text is no longer found")
                     .arg(c.adds() ? c.newText : c.text, c.file)});
    }
    QString error;
    const auto ids = m_store->addDocuments(documents, &error, Store::Indexing::Later);
    if (!ids) {
        for (const AnalyzedDocument& d : documents)
            Q_EMIT problemFound({d.document.path, tr("could not be stored: %1").arg(error)});
        return;
    }
    for (int id : *ids)
        Q_EMIT documentAdded(id);
}

void CorpusLoader::setCorrections(const CorrectionSet& corrections, const QString& path)
{
    m_corrections = corrections;
    m_correctionsPath = path;
}

void CorpusLoader::cancel()
{
    if (!m_job || m_job->cancelled)
        return;
    m_job->cancelled = true;
    m_job->room.release(kInFlight + static_cast<int>(m_workers.size())); // no worker waits for a slot now
    m_drainTimer.stop();
}

void CorpusLoader::onFinished()
{
    if (m_workingFor != m_job.get())
        return; // the workers of a load replaced since
    const std::shared_ptr<Job> job = m_job;
    const bool cancelled = !job || job->cancelled;
    // The results the workers left last.
    while (!cancelled && drain()) {
    }
    m_drainTimer.stop();
    m_running = false;
    Q_EMIT finished(cancelled);
    // What was stored goes into the search index, between the window's other events; a load that left nothing
    // to index says the index is complete (a notice of an earlier corpus's indexing goes). Unless a slot of
    // finished() started the next load (the window does, for files dropped meanwhile): that one goes first.
    if (m_running)
        return;
    if (m_store->unindexedDocuments() > 0)
        m_indexTimer.start();
    else
        Q_EMIT indexFinished();
}
