// Throughput of the engine's stages on the sample corpus, repeated to a few megabytes.
// Prints numbers; asserts nothing. Usage: bench_pipeline [megabytes]
#include "clean/textcleaner.h"
#include "corpus/documentloader.h"
#include "corpus/textdecoder.h"
#include "pipeline/corpusprocessor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const double targetMb = argc > 1 ? QByteArray(argv[1]).toDouble() : 5.0;
    const auto corpus = CorpusProcessor::process({DocumentLoader::sampleCorpusPath()}).documents;
    QList<QString> texts;
    qint64 bytes = 0;
    while (bytes < targetMb * 1024 * 1024) {
        for (const AnalyzedDocument& d : corpus) {
            texts.append(d.document.originalText);
            bytes += d.document.originalText.toUtf8().size();
        }
    }
    QList<QByteArray> encoded;
    for (const QString& t : texts)
        encoded.append(t.toUtf8());

    QElapsedTimer timer;
    timer.start();
    qint64 decodedChars = 0;
    for (const QByteArray& b : encoded)
        decodedChars += TextDecoder::decode(b).text.size();
    const double decodeSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qint64 cleanChars = 0;
    for (const QString& t : texts)
        cleanChars += TextCleaner::clean(t).text.size();
    const double cleanSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qint64 entities = 0;
    for (const QString& t : texts) {
        Document d;
        d.originalText = t;
        entities += CorpusProcessor::analyze(std::move(d)).annotations.entities.size();
    }
    const double analyzeSeconds = timer.nsecsElapsed() / 1e9;

    const double mb = bytes / (1024.0 * 1024.0);
    std::printf("input: %d documents, %.2f MB UTF-8 (%lld characters)\n", static_cast<int>(texts.size()), mb,
                static_cast<long long>(decodedChars));
    std::printf("decode: %.3f s, %.1f MB/s\n", decodeSeconds, mb / decodeSeconds);
    std::printf("clean:  %.3f s, %.1f MB/s (%lld characters out)\n", cleanSeconds, mb / cleanSeconds,
                static_cast<long long>(cleanChars));
    std::printf("clean + extract: %.3f s, %.1f MB/s (%lld entities)\n", analyzeSeconds, mb / analyzeSeconds,
                static_cast<long long>(entities));
    return 0;
}
