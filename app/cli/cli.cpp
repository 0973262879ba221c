#include "cli.h"

#include "clean/textcleaner.h"
#include "corpus/documentloader.h"
#include "eval/evaluator.h"
#include "report/chartbuilder.h"
#include "report/chartrenderer.h"
#include "report/reportwriter.h"
#include "review/variants.h"
#include "store/store.h"
#include "export/csvexport.h"
#include "export/csvwriter.h"
#include "export/jsonexport.h"
#include "export/storeexport.h"
#include "pipeline/corpusprocessor.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString overview()
{
    return Cli::tr(
        "Usage: investscope-cli COMMAND [OPTIONS] [PATH...]\n"
        "\n"
        "Reads Chinese articles about investment promotion (.txt in UTF-8, UTF-16 or GB18030; .pdf when\n"
        "built with poppler) from files and folders (recursively). Without a PATH, the embedded sample\n"
        "corpus is read.\n"
        "\n"
        "Commands:\n"
        "  extract   print what was found in the articles (JSON or CSV)\n"
        "  clean     print the cleaned text of one article\n"
        "  stats     print per-article and corpus statistics\n"
        "  eval      score extraction against gold files\n"
        "  chart     draw a chart of the projects to a PNG or SVG file\n"
        "  report    write the summary report as a PDF file\n"
        "  export    write the projects or entities as CSV or JSON, or the database as .sqlite\n"
        "  variants  list companies, places and projects that look like one written several ways\n"
        "\n"
        "Run 'investscope-cli COMMAND --help' for a command's options.\n"
        "\n"
        "Exit codes: 0 success; 1 some inputs could not be read (reported on stderr), the rest were\n"
        "processed; 2 usage error; 3 nothing could be read or the output could not be written.\n");
}

// Parses `arguments` (command name first); on failure prints the reason and returns false.
bool parse(QCommandLineParser& parser, const QStringList& arguments, QString* error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

Cli::Cli(QIODevice* out, QIODevice* err)
    : m_out(out)
    , m_err(err)
{
}

void Cli::print(const QString& text)
{
    write(text.toUtf8());
}

void Cli::write(const QByteArray& bytes)
{
    if (m_out->write(bytes) != bytes.size())
        m_outputFailed = true;
}

void Cli::printError(const QString& text)
{
    m_err->write(text.toUtf8());
}

std::optional<int> Cli::parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                     const QString& usageLine)
{
    parser.addHelpOption();
    QString error;
    if (!parse(parser, arguments, &error))
        return usage(error);
    if (parser.isSet(u"help"_s)) {
        print(usageLine + u"\n\n"_s + parser.helpText().section(u'\n', 2));
        return Ok;
    }
    return std::nullopt;
}

std::optional<CorpusProcessor::Result> Cli::readInputs(const QStringList& paths)
{
    CorpusProcessor::Result result =
        CorpusProcessor::process(paths.isEmpty() ? QStringList{DocumentLoader::sampleCorpusPath()} : paths);
    for (const LoadProblem& p : result.problems)
        printError(u"%1: %2\n"_s.arg(p.path, p.reason));
    if (result.documents.isEmpty()) {
        printError(tr("investscope-cli: no article could be read\n"));
        return std::nullopt;
    }
    return result;
}

int Cli::failure(const QString& message)
{
    printError(u"investscope-cli: %1\n"_s.arg(message));
    return Failure;
}

int Cli::usage(const QString& message)
{
    printError(u"investscope-cli: %1\n"_s.arg(message));
    printError(tr("Try 'investscope-cli --help'.\n"));
    return UsageError;
}

int Cli::run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return usage(tr("missing command (extract, clean, stats, eval, chart, report, export or variants)"));
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(1); // command name stands in for the program name
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        print(overview());
        return Ok;
    }
    if (command == u"--version"_s || command == u"-v"_s) {
        print(u"investscope-cli %1\n"_s.arg(QStringLiteral(INVESTSCOPE_VERSION)));
        return Ok;
    }
    int code = UsageError;
    if (command == u"extract"_s)
        code = extract(rest);
    else if (command == u"clean"_s)
        code = clean(rest);
    else if (command == u"stats"_s)
        code = stats(rest);
    else if (command == u"eval"_s)
        code = eval(rest);
    else if (command == u"chart"_s)
        code = chart(rest);
    else if (command == u"report"_s)
        code = report(rest);
    else if (command == u"export"_s)
        code = exportTables(rest);
    else if (command == u"variants"_s)
        code = variants(rest);
    else
        return usage(tr("unknown command '%1'").arg(command));
    if (m_outputFailed) {
        printError(tr("investscope-cli: the output could not be written\n"));
        return Failure;
    }
    return code;
}

int Cli::extract(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the entities, projects and aggregates found in the articles."));
    const QCommandLineOption format({u"f"_s, u"format"_s}, tr("Output format: json (default) or csv."),
                                    u"format"_s, u"json"_s);
    const QCommandLineOption table({u"t"_s, u"table"_s},
                                   tr("With --format csv: the table to print: projects (default), entities, "
                                      "aggregates or documents."),
                                   u"table"_s, u"projects"_s);
    const QCommandLineOption bom(u"bom"_s,
                                 tr("With --format csv: start with a UTF-8 byte-order mark (for Excel)."));
    const QCommandLineOption explain(
        u"explain"_s, tr("Tell for every project which rule found it and where each field came from, and "
                         "why each rejected name was refused (text; with --format json, as fields)."));
    parser.addOptions({format, table, bom, explain});
    parser.addPositionalArgument(u"PATH"_s, tr("Files or folders to read; the sample corpus when none."),
                                 u"[PATH...]"_s);
    if (const auto done = parseCommand(
            parser, arguments,
            u"Usage: investscope-cli extract [--format json|csv] [--table TABLE] [--bom] [--explain] [PATH...]"_s))
        return *done;
    const QString fmt = parser.value(format);
    if (fmt != u"json"_s && fmt != u"csv"_s)
        return usage(tr("unknown format '%1' (json or csv)").arg(fmt));
    const auto which = CsvExport::tableFromName(parser.value(table));
    if (!which)
        return usage(
            tr("unknown table '%1' (projects, entities, aggregates or documents)").arg(parser.value(table)));

    // Each article is written as soon as it is analysed and then dropped: memory does not grow with the
    // corpus. The output is the same as the whole corpus's JSON document or CSV table written at once.
    const bool explainText = parser.isSet(explain) && !parser.isSet(format);
    const bool json = fmt == u"json"_s;
    int written = 0;
    const QStringList paths = parser.positionalArguments();
    const CorpusProcessor::Result result = CorpusProcessor::stream(
        paths.isEmpty() ? QStringList{DocumentLoader::sampleCorpusPath()} : paths, [&](AnalyzedDocument&& d) {
            if (explainText) {
                print(JsonExport::explanation({d}));
            } else if (json) {
                write(written == 0 ? QByteArrayLiteral("{\n    \"documents\": [\n")
                                   : QByteArrayLiteral(",\n"));
                write(JsonExport::indented(JsonExport::document(d, parser.isSet(explain)), 2));
            } else {
                if (written == 0) {
                    if (parser.isSet(bom))
                        write(Csv::kUtf8Bom);
                    print(CsvExport::header(*which));
                }
                print(CsvExport::rows(*which, d));
            }
            ++written;
        });
    for (const LoadProblem& p : result.problems)
        printError(u"%1: %2\n"_s.arg(p.path, p.reason));
    if (written == 0) {
        printError(tr("investscope-cli: no article could be read\n"));
        return Failure;
    }
    if (json && !explainText)
        write(QByteArrayLiteral("\n    ]\n}\n"));
    return result.problems.isEmpty() ? Ok : PartialFailure;
}

int Cli::clean(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the cleaned text of one article."));
    const QCommandLineOption annotate(
        {u"a"_s, u"annotate"_s},
        tr("Number the paragraphs and show their kind (title, byline, heading, caption, "
           "page) and which ones repeat an earlier one."));
    const QCommandLineOption json(u"json"_s,
                                  tr("Print the cleaned text, title, byline and paragraphs as JSON."));
    parser.addOptions({annotate, json});
    parser.addPositionalArgument(u"FILE"_s, tr("The article to clean."), u"FILE"_s);
    if (const auto done =
            parseCommand(parser, arguments, u"Usage: investscope-cli clean [--annotate | --json] FILE"_s))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(tr("clean takes exactly one FILE"));

    auto loaded = DocumentLoader::load({files.front(), files.front()});
    if (auto* problem = std::get_if<LoadProblem>(&loaded)) {
        printError(u"%1: %2\n"_s.arg(problem->path, problem->reason));
        return Failure;
    }
    const CleanText cleaned = TextCleaner::clean(std::get<Document>(loaded).originalText);

    if (parser.isSet(json)) {
        QJsonArray paragraphs;
        for (const Paragraph& p : cleaned.paragraphs) {
            QJsonObject o{{u"start"_s, static_cast<qint64>(p.span.start)},
                          {u"end"_s, static_cast<qint64>(p.span.end)},
                          {u"kind"_s, paragraphKindName(p.kind)}};
            if (p.isRepeat())
                o.insert(u"repeat_of"_s, p.repeatOf);
            paragraphs.append(o);
        }
        const QJsonObject o{{u"file"_s, files.front()},
                            {u"title"_s, cleaned.title},
                            {u"byline"_s, cleaned.byline},
                            {u"text"_s, cleaned.text},
                            {u"paragraphs"_s, paragraphs}};
        write(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (!parser.isSet(annotate)) {
        print(cleaned.text + u'\n');
    } else {
        for (int i = 0; i < cleaned.paragraphs.size(); ++i) {
            const Paragraph& p = cleaned.paragraphs[i];
            QString tag = paragraphKindName(p.kind);
            if (p.isRepeat())
                tag += u" repeats ¶%1"_s.arg(p.repeatOf + 1);
            print(u"¶%1 [%2] %3\n"_s.arg(i + 1).arg(tag, cleaned.paragraphText(i)));
        }
    }
    // A summary for the reader on stderr, so that stdout stays the cleaned text.
    QStringList repeated;
    for (int i = 0; i < cleaned.paragraphs.size(); ++i) {
        if (cleaned.paragraphs[i].isRepeat())
            repeated.append(u"¶%1=¶%2"_s.arg(i + 1).arg(cleaned.paragraphs[i].repeatOf + 1));
    }
    printError(tr("title: %1\nbyline: %2\nparagraphs: %3, repeated: %4%5\n")
                   .arg(cleaned.title.isEmpty() ? tr("(none)") : cleaned.title,
                        cleaned.byline.isEmpty() ? tr("(none)") : cleaned.byline)
                   .arg(cleaned.paragraphs.size())
                   .arg(repeated.size())
                   .arg(repeated.isEmpty() ? QString() : u" ("_s + repeated.join(u", "_s) + u')'));
    return Ok;
}

int Cli::stats(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print statistics per article and for the whole corpus."));
    const QCommandLineOption format({u"f"_s, u"format"_s}, tr("Output format: text (default) or json."),
                                    u"format"_s, u"text"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"PATH"_s, tr("Files or folders to read; the sample corpus when none."),
                                 u"[PATH...]"_s);
    if (const auto done =
            parseCommand(parser, arguments, u"Usage: investscope-cli stats [--format text|json] [PATH...]"_s))
        return *done;
    const QString fmt = parser.value(format);
    if (fmt != u"text"_s && fmt != u"json"_s)
        return usage(tr("unknown format '%1' (text or json)").arg(fmt));

    const auto read = readInputs(parser.positionalArguments());
    if (!read)
        return Failure;
    const CorpusProcessor::Result& result = *read;

    qint64 originalChars = 0, cleanChars = 0, paragraphs = 0, repeated = 0, entities = 0, projects = 0,
           aggregates = 0;
    QJsonArray docs;
    QString text =
        tr("file\tencoding\tcharacters\tcleaned\tparagraphs\trepeated\tentities\tprojects\ttitle\n");
    for (const AnalyzedDocument& d : result.documents) {
        const qint64 rep = d.clean.repeatedParagraphCount();
        originalChars += d.document.originalText.size();
        cleanChars += d.clean.text.size();
        paragraphs += d.clean.paragraphs.size();
        repeated += rep;
        entities += d.annotations.entities.size();
        projects += d.annotations.projects.size();
        aggregates += d.annotations.aggregates.size();
        text += u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n"_s.arg(d.document.name, d.document.encoding)
                    .arg(d.document.originalText.size())
                    .arg(d.clean.text.size())
                    .arg(d.clean.paragraphs.size())
                    .arg(rep)
                    .arg(d.annotations.entities.size())
                    .arg(d.annotations.projects.size())
                    .arg(d.clean.title);
        docs.append(QJsonObject{{u"file"_s, d.document.name},
                                {u"encoding"_s, d.document.encoding},
                                {u"title"_s, d.clean.title},
                                {u"byline"_s, d.clean.byline},
                                {u"original_chars"_s, d.document.originalText.size()},
                                {u"clean_chars"_s, d.clean.text.size()},
                                {u"paragraphs"_s, d.clean.paragraphs.size()},
                                {u"repeated_paragraphs"_s, rep},
                                {u"entities"_s, d.annotations.entities.size()},
                                {u"projects"_s, d.annotations.projects.size()},
                                {u"aggregates"_s, d.annotations.aggregates.size()}});
    }
    if (fmt == u"json"_s) {
        const QJsonObject totals{{u"documents"_s, result.documents.size()},
                                 {u"failed"_s, result.problems.size()},
                                 {u"original_chars"_s, originalChars},
                                 {u"clean_chars"_s, cleanChars},
                                 {u"paragraphs"_s, paragraphs},
                                 {u"repeated_paragraphs"_s, repeated},
                                 {u"entities"_s, entities},
                                 {u"projects"_s, projects},
                                 {u"aggregates"_s, aggregates}};
        write(QJsonDocument(QJsonObject{{u"documents"_s, docs}, {u"totals"_s, totals}})
                  .toJson(QJsonDocument::Indented));
    } else {
        text +=
            tr("total: %1 documents (%2 could not be read), %3 characters (%4 after cleaning), %5 paragraphs "
               "(%6 repeated), %7 entities, %8 projects, %9 aggregates\n")
                .arg(result.documents.size())
                .arg(result.problems.size())
                .arg(originalChars)
                .arg(cleanChars)
                .arg(paragraphs)
                .arg(repeated)
                .arg(entities)
                .arg(projects)
                .arg(aggregates);
        print(text);
    }
    return result.problems.isEmpty() ? Ok : PartialFailure;
}

int Cli::eval(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Score extraction against gold files (format: tests/gold/README.md): precision, "
           "recall and F1 per entity type, for projects and aggregates, and per-field accuracy "
           "on matched projects."));
    const QCommandLineOption goldOption(u"gold"_s, tr("Folder of gold JSON files, one per article."),
                                        u"DIR"_s);
    const QCommandLineOption format({u"f"_s, u"format"_s}, tr("Output format: text (default) or json."),
                                    u"format"_s, u"text"_s);
    const QCommandLineOption verbose({u"v"_s, u"verbose"_s}, tr("List every miss and mismatch."));
    const QCommandLineOption corrections(
        u"corrections"_s, tr("Score the projects as an analyst corrected them (a review sidecar file)."),
        u"FILE"_s);
    parser.addOptions({goldOption, format, verbose, corrections});
    parser.addPositionalArgument(u"PATH"_s, tr("Files or folders to read; the sample corpus when none."),
                                 u"[PATH...]"_s);
    if (const auto done = parseCommand(
            parser, arguments,
            u"Usage: investscope-cli eval --gold DIR [--format text|json] [--verbose] [--corrections FILE] "
            u"[PATH...]"_s))
        return *done;
    if (!parser.isSet(goldOption))
        return usage(tr("eval needs --gold DIR"));
    const QString fmt = parser.value(format);
    if (fmt != u"text"_s && fmt != u"json"_s)
        return usage(tr("unknown format '%1' (text or json)").arg(fmt));

    QStringList goldErrors;
    const auto gold = Evaluator::loadGoldFolder(parser.value(goldOption), &goldErrors);
    for (const QString& e : goldErrors)
        printError(e + u'\n');
    auto read = readInputs(parser.positionalArguments());
    if (!read)
        return Failure;
    CorpusProcessor::Result& result = *read;
    bool allApplied = true;
    if (parser.isSet(corrections)) {
        QString error;
        const auto set = CorrectionSet::load(parser.value(corrections), &error);
        if (!set)
            return failure(error);
        allApplied = applyCorrections(result.documents, *set, parser.value(corrections));
        // Excluded projects are not the extraction's any more.
        for (AnalyzedDocument& d : result.documents)
            d.annotations.projects.removeIf([](const Project& p) { return p.excluded; });
    }
    const Evaluator::Report report = Evaluator::evaluate(result.documents, gold);
    if (report.documents == 0) {
        printError(tr("investscope-cli: no article has a gold file in %1\n").arg(parser.value(goldOption)));
        return Failure;
    }
    if (fmt == u"json"_s)
        write(QJsonDocument(Evaluator::toJson(report)).toJson(QJsonDocument::Indented));
    else
        print(Evaluator::formatText(report, parser.isSet(verbose)));
    return result.problems.isEmpty() && goldErrors.isEmpty() && allApplied ? Ok : PartialFailure;
}

void Cli::addFilterOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"province"_s, tr("Only projects in this province."), u"NAME"_s},
        {u"city"_s, tr("Only projects in this city."), u"NAME"_s},
        {u"county"_s, tr("Only projects in this county or district."), u"NAME"_s},
        {u"zone"_s, tr("Only projects in this development zone or park."), u"NAME"_s},
        {u"industry"_s, tr("Only projects of this industry code (ICT, SEMI, EQUIP, AUTO, …)."), u"CODE"_s},
        {u"status"_s,
         tr("Only projects with this status (signed, started, operating, landed, negotiating, planned)."),
         u"STATUS"_s},
        {u"size"_s,
         tr("Only projects of this size class: 0 <1亿, 1 1–10亿, 2 10–50亿, 3 50–100亿, 4 ≥100亿, 5 "
            "unknown."),
         u"N"_s},
        {u"company"_s, tr("Only projects of this company."), u"NAME"_s},
        {u"search"_s, tr("Only projects reported in articles containing this text."), u"TEXT"_s},
        {u"rates"_s,
         tr("Exchange-rate table to convert other currencies to yuan (default: the shipped table)."),
         u"FILE"_s},
        {u"corrections"_s,
         tr("An analyst's corrections (the window's review sidecar, NAME.investscope-review.json) to apply "
            "to the projects before they are counted."),
         u"FILE"_s},
    });
}

std::optional<int> Cli::readFilterOptions(const QCommandLineParser& parser, ProjectFilter* f,
                                          ExchangeRates* rates)
{
    using L = ProjectFilter::RegionLevel;
    for (const auto& [option, level] : {std::pair{u"province"_s, L::Province}, std::pair{u"city"_s, L::City},
                                        std::pair{u"county"_s, L::County}, std::pair{u"zone"_s, L::Zone}}) {
        if (parser.isSet(option)) {
            f->regionLevel = level;
            f->region = parser.value(option);
        }
    }
    f->industry = parser.value(u"industry"_s).toUpper();
    f->status = parser.value(u"status"_s);
    f->company = parser.value(u"company"_s);
    f->search = parser.value(u"search"_s);
    if (parser.isSet(u"size"_s)) {
        bool ok = false;
        const int size = parser.value(u"size"_s).toInt(&ok);
        if (!ok || size < 0 || size >= ProjectFilter::kSizeBucketCount)
            return usage(tr("--size takes a number from 0 to %1").arg(ProjectFilter::kSizeBucketCount - 1));
        f->size = static_cast<ProjectFilter::SizeBucket>(size);
    }
    *rates = ExchangeRates::defaults();
    if (parser.isSet(u"rates"_s)) {
        QString error;
        const auto loaded = ExchangeRates::load(parser.value(u"rates"_s), &error);
        if (!loaded)
            return failure(error);
        *rates = *loaded;
    }
    if (parser.isSet(u"corrections"_s)) {
        QString error;
        m_correctionsPath = parser.value(u"corrections"_s);
        const auto loaded = CorrectionSet::load(m_correctionsPath, &error);
        if (!loaded)
            return failure(error);
        m_corrections = *loaded;
    }
    return std::nullopt;
}

bool Cli::applyCorrections(QList<AnalyzedDocument>& documents, const CorrectionSet& corrections,
                           const QString& path)
{
    const CorrectionSet::Outcome outcome = corrections.apply(documents);
    for (const ProjectCorrection& c : outcome.orphaned)
        printError(tr("%1: orphaned correction of “%2” in %3: the project is no longer found\n")
                       .arg(path, c.name.isEmpty() ? c.evidence.left(20) : c.name, c.file));
    for (const EntityCorrection& c : outcome.orphanedEntities)
        printError(tr("%1: orphaned correction of the entity “%2” in %3: its text is no longer found\n")
                       .arg(path, c.adds() ? c.newText : c.text, c.file));
    return outcome.orphaned.isEmpty() && outcome.orphanedEntities.isEmpty();
}

int Cli::chart(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draw a chart of the projects (by region, size or industry) to a PNG or SVG file, "
           "with its title, axes, legend and a caption saying what it counts."));
    const QCommandLineOption kind(u"kind"_s, tr("region, size or industry."), u"KIND"_s, u"region"_s);
    const QCommandLineOption out(u"out"_s, tr("The file to write (.png or .svg)."), u"FILE"_s);
    const QCommandLineOption width(u"width"_s, tr("Width in pixels (default 900)."), u"W"_s, u"900"_s);
    const QCommandLineOption height(u"height"_s, tr("Height in pixels (default 560)."), u"H"_s, u"560"_s);
    const QCommandLineOption scale(u"scale"_s, tr("Device pixel ratio of a PNG (default 2, for sharp text)."),
                                   u"R"_s, u"2"_s);
    const QCommandLineOption level(u"level"_s, tr("Region chart: province, city (default), county or zone."),
                                   u"LEVEL"_s, u"city"_s);
    const QCommandLineOption metric(u"metric"_s, tr("Region chart: count (default) or amount."), u"METRIC"_s,
                                    u"count"_s);
    const QCommandLineOption top(u"top"_s, tr("Region chart: regions shown before \"other\" (default 10)."),
                                 u"N"_s, u"10"_s);
    parser.addOptions({kind, out, width, height, scale, level, metric, top});
    addFilterOptions(parser);
    parser.addPositionalArgument(u"PATH"_s, tr("Files or folders to read; the sample corpus when none."),
                                 u"[PATH...]"_s);
    if (const auto done =
            parseCommand(parser, arguments,
                         u"Usage: investscope-cli chart --kind region|size|industry --out FILE.png|FILE.svg "
                         "[--width W --height H] [filters] [PATH...]"_s))
        return *done;
    const auto chartKind = ChartBuilder::kindFromName(parser.value(kind));
    if (!chartKind)
        return usage(tr("unknown chart kind '%1' (region, size or industry)").arg(parser.value(kind)));
    if (!parser.isSet(out))
        return usage(tr("chart needs --out FILE"));
    const QString path = parser.value(out);
    const bool svg = path.endsWith(u".svg"_s, Qt::CaseInsensitive);
    if (!svg && !path.endsWith(u".png"_s, Qt::CaseInsensitive))
        return usage(tr("the output must be a .png or .svg file"));
    bool okW = false, okH = false, okS = false, okT = false;
    const QSize size(parser.value(width).toInt(&okW), parser.value(height).toInt(&okH));
    const double ratio = parser.value(scale).toDouble(&okS);
    ChartBuilder::Options options;
    options.topN = parser.value(top).toInt(&okT);
    if (!okW || !okH || !okS || !okT || ratio <= 0 || ratio > 8 || options.topN < 1)
        return usage(tr("--width, --height, --scale and --top take positive numbers"));
    static const QMap<QString, ProjectFilter::RegionLevel> levels{
        {u"province"_s, ProjectFilter::RegionLevel::Province},
        {u"city"_s, ProjectFilter::RegionLevel::City},
        {u"county"_s, ProjectFilter::RegionLevel::County},
        {u"zone"_s, ProjectFilter::RegionLevel::Zone}};
    if (!levels.contains(parser.value(level)))
        return usage(tr("unknown level '%1' (province, city, county or zone)").arg(parser.value(level)));
    options.level = levels.value(parser.value(level));
    if (parser.value(metric) != u"count"_s && parser.value(metric) != u"amount"_s)
        return usage(tr("unknown metric '%1' (count or amount)").arg(parser.value(metric)));
    options.byAmount = parser.value(metric) == u"amount"_s;
    ProjectFilter filter;
    ExchangeRates rates;
    Store store;
    bool partial = false;
    if (const auto done = readCorpus(parser, &store, &filter, &rates, &partial))
        return *done;
    QString error;
    const ChartData data = ChartBuilder::build(*chartKind, CorpusQueries(&store), filter, options, rates);
    const bool written = svg ? ChartRenderer::saveSvg(data, path, size, &error)
                             : ChartRenderer::savePng(data, path, size, ratio, &error);
    if (!written)
        return failure(error);
    return partial ? PartialFailure : Ok;
}

int Cli::report(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the summary report of the projects as a PDF: headline numbers, the three "
           "charts, top projects, summaries by city and industry, the source articles."));
    const QCommandLineOption pdf(u"pdf"_s, tr("The PDF file to write."), u"FILE"_s);
    const QCommandLineOption pageSize(u"page-size"_s, tr("A4 (default) or Letter."), u"SIZE"_s, u"A4"_s);
    const QCommandLineOption title(u"title"_s, tr("The report's title."), u"TEXT"_s);
    parser.addOptions({pdf, pageSize, title});
    addFilterOptions(parser);
    parser.addPositionalArgument(u"PATH"_s, tr("Files or folders to read; the sample corpus when none."),
                                 u"[PATH...]"_s);
    if (const auto done =
            parseCommand(parser, arguments,
                         u"Usage: investscope-cli report --pdf FILE.pdf [--page-size A4|Letter] "
                         "[--title TEXT] [filters] [PATH...]"_s))
        return *done;
    if (!parser.isSet(pdf))
        return usage(tr("report needs --pdf FILE"));
    const auto size = ReportWriter::pageSizeFromName(parser.value(pageSize));
    if (!size)
        return usage(tr("unknown page size '%1' (A4 or Letter)").arg(parser.value(pageSize)));
    ProjectFilter filter;
    ExchangeRates rates;
    Store store;
    bool partial = false;
    if (const auto done = readCorpus(parser, &store, &filter, &rates, &partial))
        return *done;
    QString error;
    ReportWriter::Options options;
    options.title = parser.value(title);
    options.pageSize = *size;
    int pages = 0;
    if (!ReportWriter(&store, filter, options).writePdf(parser.value(pdf), &error, &pages))
        return failure(error);
    printError(tr("%1: %n page(s)\n", nullptr, pages).arg(parser.value(pdf)));
    return partial ? PartialFailure : Ok;
}

std::optional<int> Cli::readCorpus(const QCommandLineParser& parser, Store* store, ProjectFilter* filter,
                                   ExchangeRates* rates, bool* partial)
{
    if (const auto done = readFilterOptions(parser, filter, rates))
        return done;
    return fillStore(store, parser.positionalArguments(), *rates, partial);
}

std::optional<int> Cli::fillStore(Store* store, const QStringList& paths, const ExchangeRates& rates,
                                  bool* partial)
{
    auto read = readInputs(paths);
    if (!read)
        return Failure;
    const bool allApplied = applyCorrections(read->documents, m_corrections, m_correctionsPath);
    QString error;
    if (!store->open(&error) || !store->setExchangeRates(rates, &error) ||
        !store->addDocuments(read->documents, &error))
        return failure(error);
    *partial = !read->problems.isEmpty() || !allApplied;
    return std::nullopt;
}

int Cli::variants(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List what the window's Find Variants suggests: companies written as their legal name and short "
           "forms, places written two ways, projects reported by several articles. One suggestion a line, "
           "tab-separated: kind, the name to keep, every name with its number of projects (for projects, "
           "the article), why."));
    addFilterOptions(parser);
    parser.addPositionalArgument(u"PATH"_s, tr("Files or folders to read; the sample corpus when none."),
                                 u"[PATH...]"_s);
    if (const auto done =
            parseCommand(parser, arguments, u"Usage: investscope-cli variants [filters] [PATH...]"_s))
        return *done;
    ProjectFilter filter;
    ExchangeRates rates;
    Store store;
    bool partial = false;
    if (const auto done = readCorpus(parser, &store, &filter, &rates, &partial))
        return *done;
    const auto kindName = [](VariantCluster::Kind k) {
        return k == VariantCluster::Kind::Company  ? u"company"_s
               : k == VariantCluster::Kind::Region ? u"region"_s
                                                   : u"project"_s;
    };
    for (const VariantCluster& c :
         VariantFinder::find(CorpusQueries(&store).projects(filter), m_corrections.rejectedVariants)) {
        QStringList members;
        for (const VariantCluster::Member& m : c.members)
            members << (c.kind == VariantCluster::Kind::Project ? u"%1 (%2)"_s.arg(m.name, m.file)
                                                                : u"%1 (%2)"_s.arg(m.name).arg(m.ids.size()));
        print(u"%1\t%2\t%3\t%4\n"_s.arg(kindName(c.kind), c.members[c.suggested].name, members.join(u" | "_s),
                                        c.reason));
    }
    return partial ? PartialFailure : Ok;
}

int Cli::exportTables(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the projects or the entities of the articles to a CSV file (UTF-8 with a byte-order "
           "mark, for Excel) or a JSON file, or the whole database to a .sqlite file the sqlite3 shell "
           "opens. The format follows the file's extension."));
    const QCommandLineOption out(u"out"_s, tr("The file to write (.csv, .json or .sqlite)."), u"FILE"_s);
    const QCommandLineOption table({u"t"_s, u"table"_s},
                                   tr("For CSV and JSON: projects (default) or entities."), u"TABLE"_s,
                                   u"projects"_s);
    parser.addOptions({out, table});
    addFilterOptions(parser);
    parser.addPositionalArgument(u"PATH"_s, tr("Files or folders to read; the sample corpus when none."),
                                 u"[PATH...]"_s);
    if (const auto done = parseCommand(parser, arguments,
                                       u"Usage: investscope-cli export --out FILE.csv|FILE.json|FILE.sqlite "
                                       "[--table projects|entities] [filters] [PATH...]"_s))
        return *done;
    if (!parser.isSet(out))
        return usage(tr("export needs --out FILE"));
    const QString path = parser.value(out);
    const QString suffix = path.section(u'.', -1).toLower();
    if (suffix != u"csv"_s && suffix != u"json"_s && suffix != u"sqlite"_s)
        return usage(tr("the output must be a .csv, .json or .sqlite file"));
    const QString tableName = parser.value(table);
    if (tableName != u"projects"_s && tableName != u"entities"_s)
        return usage(tr("unknown table '%1' (projects or entities)").arg(tableName));
    ProjectFilter filter;
    ExchangeRates rates;
    if (const auto done = readFilterOptions(parser, &filter, &rates))
        return *done;
    if (suffix == u"sqlite"_s && !filter.isEmpty())
        return usage(tr("a .sqlite file holds the whole database: filters do not apply"));

    Store store;
    bool partial = false;
    if (const auto done = fillStore(&store, parser.positionalArguments(), rates, &partial))
        return *done;
    QString error;
    bool written = false;
    if (suffix == u"sqlite"_s) {
        written = store.saveAs(path, &error);
    } else {
        const auto format = suffix == u"csv"_s ? StoreExport::Format::Csv : StoreExport::Format::Json;
        const CorpusQueries queries(&store);
        const QByteArray bytes = tableName == u"entities"_s ? StoreExport::entities(queries, filter, format)
                                                            : StoreExport::projects(queries, filter, format);
        written = StoreExport::write(path, bytes, &error);
    }
    if (!written)
        return failure(error);
    return partial ? PartialFailure : Ok;
}
