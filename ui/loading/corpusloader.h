#pragma once

#include "corpus/documentloader.h"
#include "loadevent.h"
#include "review/corrections.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class Store;

// Loads and analyses files on every core (QtConcurrent, one worker a pool thread) and inserts the results
// into the store on the thread that owns it (this object's thread) in batches, one transaction each, in the
// order of the files. At most kInFlight files are being analysed or waiting to be stored, so that a slow
// store holds the workers back instead of letting results pile up. One load at a time.
//
// The articles go into the full-text index afterwards, a slice of at most kIndexSliceMs at a time between the
// thread's other events (the index would slow the load by a third; search reads what is not indexed yet).
class CorpusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLoader)

public:
    static constexpr int kInFlight = 64; // files analysed or being analysed, not yet stored
    static constexpr int kBatch = 32;    // documents stored in one transaction at most
    static constexpr qsizetype kBatchCharacters = 64 * 1024; // and their text, at most (one may be longer)
    static constexpr int kIndexSliceMs = 20; // indexing for search at most this long before other events

    explicit CorpusLoader(Store* store, QObject* parent = nullptr);
    ~CorpusLoader() override;

    bool isRunning() const;
    // The full-text index is behind the store (indexing, or about to).
    bool isIndexing() const;
    // Corrections applied to each article as it is stored (from `path`, named in the orphans' problems).
    void setCorrections(const CorrectionSet& corrections, const QString& path);

public Q_SLOTS:
    // Starts reading `paths`; a load already running is cancelled first.
    void load(const QStringList& paths);
    void cancel();

Q_SIGNALS:
    void started(const QStringList& paths);
    // Files analysed and stored (or found unreadable), of all files.
    void progressChanged(int done, int total);
    void documentAdded(int documentId);
    void problemFound(const LoadProblem& problem);
    void finished(bool cancelled);
    // Articles in the full-text index, of all stored; then indexFinished() once all are.
    void indexProgressChanged(int indexed, int total);
    void indexFinished();

private:
    struct Job;
    void startWorkers(const DocumentLoader::Collected& collected);
    // Stores the results that are next in file order (a batch at most); true if more are ready.
    bool drain();
    void store(QList<LoadEvent>& batch);
    void onFinished();
    void indexSlice();

    Store* m_store;
    std::shared_ptr<Job> m_job;
    QFutureWatcher<DocumentLoader::Collected> m_collecting;
    QFutureWatcher<void> m_working;
    QList<int> m_workers; // one number per worker, the sequence the workers are mapped over
    // The workers' own threads: they wait for room when the store is behind, and a thread of the global
    // pool waiting so would hold back what else uses it (Qt's raster painting does, from this thread).
    QThreadPool m_pool;
    QTimer m_drainTimer;
    QTimer m_indexTimer;
    bool m_running = false;            // from load() until finished()
    const Job* m_workingFor = nullptr; // the job m_working's workers are for (a stale finish is ignored)
    CorrectionSet m_corrections;
    QString m_correctionsPath;
};
