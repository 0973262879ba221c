#include "corpusloader.h"

#include "corpus/documentloader.h"
#include "pipeline/corpusprocessor.h"
#include "store/store.h"

#include <QPromise>
#include <QtConcurrent>

CorpusLoader::CorpusLoader(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &CorpusLoader::onFinished);
}

CorpusLoader::~CorpusLoader()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool CorpusLoader::isRunning() const
{
    return m_watcher.isRunning();
}

void CorpusLoader::load(const QStringList& paths)
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    const quint64 generation = ++m_generation;
    Q_EMIT started(paths);
    // Each result goes to this thread as an event of its own and is dropped once stored: the future keeps
    // no copy of the corpus (a QFuture's results stay until the future is replaced, so a corpus loaded
    // that way stayed in memory beside the store until the next load). Events of an earlier, cancelled
    // load are told apart by their generation; those still queued when this object is deleted are dropped
    // with it.
    m_watcher.setFuture(QtConcurrent::run([this, paths, generation](QPromise<void>& promise) {
        const auto deliver = [this, generation](LoadEvent event) {
            auto shared = std::make_shared<LoadEvent>(std::move(event));
            QMetaObject::invokeMethod(
                this, [this, generation, shared] { take(generation, *shared); }, Qt::QueuedConnection);
        };
        const DocumentLoader::Collected collected = DocumentLoader::collect(paths);
        for (const LoadProblem& p : collected.problems)
            deliver(LoadEvent{std::nullopt, p});
        const auto total = static_cast<int>(collected.inputs.size());
        promise.setProgressRange(0, total);
        for (int i = 0; i < total; ++i) {
            if (promise.isCanceled())
                return;
            auto loaded = DocumentLoader::load(collected.inputs[i]);
            if (auto* problem = std::get_if<LoadProblem>(&loaded))
                deliver(LoadEvent{std::nullopt, *problem});
            else
                deliver(
                    LoadEvent{CorpusProcessor::analyze(std::get<Document>(std::move(loaded))), std::nullopt});
            promise.setProgressValue(i + 1);
        }
    }));
}

void CorpusLoader::setCorrections(const CorrectionSet& corrections, const QString& path)
{
    m_corrections = corrections;
    m_correctionsPath = path;
}

void CorpusLoader::cancel()
{
    m_watcher.cancel();
}

void CorpusLoader::take(quint64 generation, const LoadEvent& event)
{
    if (generation != m_generation || m_watcher.isCanceled())
        return;
    if (event.problem) {
        Q_EMIT problemFound(*event.problem);
        return;
    }
    if (!event.document)
        return;
    QList<AnalyzedDocument> documents{*event.document};
    if (!m_corrections.isEmpty()) {
        const CorrectionSet::Outcome outcome = m_corrections.apply(documents);
        const QString where = m_correctionsPath.isEmpty() ? event.document->document.name : m_correctionsPath;
        for (const ProjectCorrection& c : outcome.orphaned)
            Q_EMIT problemFound(
                {where, tr("orphaned correction of “%1” in %2: the project is no longer found")
                            .arg(c.name.isEmpty() ? c.evidence.left(20) : c.name, c.file)});
        for (const EntityCorrection& c : outcome.orphanedEntities)
            Q_EMIT problemFound(
                {where, tr("orphaned correction of the entity “%1” in %2: its text is no longer found")
                            .arg(c.adds() ? c.newText : c.text, c.file)});
    }
    QString error;
    const auto ids = m_store->addDocuments(documents, &error);
    if (!ids) {
        Q_EMIT problemFound({event.document->document.path, tr("could not be stored: %1").arg(error)});
        return;
    }
    for (int id : *ids)
        Q_EMIT documentAdded(id);
}

void CorpusLoader::onFinished()
{
    Q_EMIT finished(m_watcher.isCanceled());
}
