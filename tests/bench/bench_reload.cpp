// Memory of the explorer across reloads of the same folder: what the previous corpus held must be given
// back. Writes N articles (the sample corpus, copied) to a temporary folder, opens it in the main window,
// reloads it, and prints the resident memory after each load. Prints numbers; asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen bench_reload [articles] [reloads]
#include "corpus/documentloader.h"
#include "diagnostics/stallwatchdog.h"
#include "loading/corpusloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

long residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void waitForLoad(CorpusLoader* loader)
{
    QEventLoop loop;
    QObject::connect(loader, &CorpusLoader::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int articles = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int reloads = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    QStringList texts;
    const QDir samples(DocumentLoader::sampleCorpusPath());
    for (const QString& name : samples.entryList(QDir::Files, QDir::Name)) {
        QFile f(samples.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(f.readAll());
    }
    for (int i = 0; i < articles; ++i) {
        QFile out(dir.filePath(QStringLiteral("%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(texts[i % texts.size()].toUtf8());
    }
    Store store;
    if (!store.open())
        return 1;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&store, &settings);
    window.show();
    std::printf("articles: %d\nstart: %ld KB\n", articles, residentKilobytes());
    QElapsedTimer timer;
    timer.start();
    // When the first article shows in the list, and how long the window fails to answer while loading.
    const auto* documents = window.findChild<QTableView*>(QStringLiteral("documentTable"));
    qint64 firstShownNs = -1;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (firstShownNs < 0 && documents && documents->model()->rowCount() > 0)
            firstShownNs = timer.nsecsElapsed();
    });
    StallWatchdog watchdog;
    watchdog.start();
    poll.start();
    window.openPaths({dir.path()});
    waitForLoad(window.loader());
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    watchdog.stop();
    std::printf(
        "load: %ld KB (%.1f s; first article listed after %.2f s; longest stall %lld ms, %d over %d ms)\n",
        residentKilobytes(), loadSeconds, firstShownNs / 1e9, static_cast<long long>(watchdog.longestMs()),
        watchdog.stalls(), watchdog.thresholdMs());
    // The search index, after the load.
    watchdog.start();
    timer.restart();
    if (window.loader()->isIndexing()) {
        QEventLoop indexing;
        QObject::connect(window.loader(), &CorpusLoader::indexFinished, &indexing, &QEventLoop::quit);
        indexing.exec();
    }
    watchdog.stop();
    std::printf("search index: %.1f s (longest stall %lld ms)\n", timer.nsecsElapsed() / 1e9,
                static_cast<long long>(watchdog.longestMs()));
    for (int i = 1; i <= reloads; ++i) {
        timer.restart();
        window.reload();
        waitForLoad(window.loader());
        std::printf("reload %d: %ld KB (%.1f s)\n", i, residentKilobytes(), timer.nsecsElapsed() / 1e9);
    }
    return 0;
}
