#pragma once

#include "loadevent.h"
#include "review/corrections.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class Store;

// Loads and analyses files on a worker thread (QtConcurrent) and inserts the results into the store on the
// thread that owns it (this object's thread), as they arrive. One load at a time.
class CorpusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLoader)

public:
    explicit CorpusLoader(Store* store, QObject* parent = nullptr);
    ~CorpusLoader() override;

    bool isRunning() const;
    // Corrections applied to each article as it is stored (from `path`, named in the orphans' problems).
    void setCorrections(const CorrectionSet& corrections, const QString& path);

public Q_SLOTS:
    // Starts reading `paths`; a load already running is cancelled first.
    void load(const QStringList& paths);
    void cancel();

Q_SIGNALS:
    void started(const QStringList& paths);
    void progressChanged(int done, int total);
    void documentAdded(int documentId);
    void problemFound(const LoadProblem& problem);
    void finished(bool cancelled);

private:
    void take(quint64 generation, const LoadEvent& event);
    void onFinished();

    Store* m_store;
    QFutureWatcher<void> m_watcher;
    quint64 m_generation = 0;
    CorrectionSet m_corrections;
    QString m_correctionsPath;
};
