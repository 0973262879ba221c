// How long the document view takes to show a large article with its highlights. Prints numbers; asserts
// nothing. Usage: QT_QPA_PLATFORM=offscreen bench_documentview [megabytes]
#include "document/documentview.h"
#include "pipeline/corpusprocessor.h"
#include "corpus/documentloader.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const double megabytes = argc > 1 ? QByteArray(argv[1]).toDouble() : 1.0;
    const auto corpus = CorpusProcessor::process({DocumentLoader::sampleCorpusPath()}).documents;
    QString text;
    while (text.toUtf8().size() < megabytes * 1024 * 1024) {
        for (const AnalyzedDocument& d : corpus)
            text += d.document.originalText + u'\n';
    }
    Document document;
    document.name = QStringLiteral("large.txt");
    document.originalText = text;
    QElapsedTimer timer;
    timer.start();
    const AnalyzedDocument analyzed = CorpusProcessor::analyze(document);
    const double analyzeSeconds = timer.nsecsElapsed() / 1e9;

    DocumentView view;
    view.resize(900, 700);
    view.show();
    timer.restart();
    view.setDocument(1, analyzed, analyzed.annotations.entities, {});
    QCoreApplication::processEvents();
    const double showSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    view.setShowOriginal(true);
    QCoreApplication::processEvents();
    const double originalSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    view.find(QStringLiteral("招商"));
    const double findSeconds = timer.nsecsElapsed() / 1e9;

    std::printf("article: %.2f MB, %lld characters, %lld entities\n", text.toUtf8().size() / 1048576.0,
                static_cast<long long>(analyzed.clean.text.size()),
                static_cast<long long>(analyzed.annotations.entities.size()));
    std::printf(
        "analyse: %.3f s\nshow with highlights: %.3f s\nswitch to original: %.3f s\nfind (%d hits): %.3f s\n",
        analyzeSeconds, showSeconds, originalSeconds, view.findHitCount(), findSeconds);
    return 0;
}
