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
    connect(&m_watcher, &QFutureWatcher<LoadEvent>::resultReadyAt, this, &CorpusLoader::takeResult);
    connect(&m_watcher, &QFutureWatcher<LoadEvent>::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<LoadEvent>::finished, this, &CorpusLoader::onFinished);
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
    Q_EMIT started(paths);
    m_watcher.setFuture(QtConcurrent::run([paths](QPromise<LoadEvent>& promise) {
        const DocumentLoader::Collected collected = DocumentLoader::collect(paths);
        for (const LoadProblem& p : collected.problems)
            promise.addResult(LoadEvent{std::nullopt, p});
        const auto total = static_cast<int>(collected.inputs.size());
        promise.setProgressRange(0, total);
        for (int i = 0; i < total; ++i) {
            if (promise.isCanceled())
                return;
            auto loaded = DocumentLoader::load(collected.inputs[i]);
            if (auto* problem = std::get_if<LoadProblem>(&loaded))
                promise.addResult(LoadEvent{std::nullopt, *problem});
            else
                promise.addResult(
                    LoadEvent{CorpusProcessor::analyze(std::get<Document>(std::move(loaded))), std::nullopt});
            promise.setProgressValue(i + 1);
        }
    }));
}

void CorpusLoader::cancel()
{
    m_watcher.cancel();
}

void CorpusLoader::takeResult(int index)
{
    const LoadEvent event = m_watcher.resultAt(index);
    if (event.problem) {
        Q_EMIT problemFound(*event.problem);
        return;
    }
    if (!event.document)
        return;
    QString error;
    const auto ids = m_store->addDocuments({*event.document}, &error);
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
