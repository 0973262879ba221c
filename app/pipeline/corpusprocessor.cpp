#include "corpusprocessor.h"

#include "clean/textcleaner.h"
#include "corpus/documentloader.h"
#include "extract/companyextractor.h"
#include "extract/industrytaxonomy.h"
#include "extract/moneyextractor.h"
#include "extract/regionextractor.h"
#include "text/simplifiedchinese.h"

AnalyzedDocument CorpusProcessor::analyze(Document document) {
    AnalyzedDocument analyzed;
    analyzed.clean = TextCleaner::clean(document.originalText);
    // Extractors match on the Simplified form (same length, same offsets); surfaces come from the text
    // itself.
    const QString& text = analyzed.clean.text;
    const QString simplified = SimplifiedChinese::fromTraditional(text);
    QList<Entity>& entities = analyzed.annotations.entities;
    entities = MoneyExtractor::extract(simplified);
    const QList<Entity> regions = RegionExtractor::shared()->extract(simplified);
    const QList<Entity> companies = CompanyExtractor::extract(simplified, regions);
    // A company's name wins over a place or industry word inside it (浙江铂淳新材料股份有限公司).
    const auto insideCompany = [&](const Entity& e) {
        return std::any_of(companies.cbegin(), companies.cend(), [&](const Entity& c) {
            return c.span.start <= e.span.start && e.span.end <= c.span.end;
        });
    };
    for (const Entity& r : regions) {
        if (!insideCompany(r))
            entities.append(r);
    }
    entities += companies;
    for (const Entity& i : IndustryTaxonomy::shared()->extract(simplified)) {
        if (!insideCompany(i))
            entities.append(i);
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
    for (Entity& e : entities)
        e.text = text.mid(e.span.start, e.span.length());
    analyzed.document = std::move(document);
    return analyzed;
}

CorpusProcessor::Result CorpusProcessor::process(const QStringList& paths, const Progress& progress,
                                                 const DocumentReady& ready) {
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
