#include "corpusprocessor.h"

#include "clean/textcleaner.h"
#include "corpus/documentloader.h"
#include "extract/extractor.h"

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
    Result result;
    DocumentLoader::Collected collected = DocumentLoader::collect(paths);
    result.problems = std::move(collected.problems);
    const auto total = static_cast<int>(collected.inputs.size());
    for (int i = 0; i < total; ++i) {
        auto loaded = DocumentLoader::load(collected.inputs[i]);
        if (auto* problem = std::get_if<LoadProblem>(&loaded)) {
            result.problems.append(*problem);
        } else {
            AnalyzedDocument analyzed = analyze(std::get<Document>(std::move(loaded)));
            if (ready)
                ready(analyzed);
            result.documents.append(std::move(analyzed));
        }
        if (progress && !progress(i + 1, total)) {
            result.cancelled = true;
            break;
        }
    }
    return result;
}
