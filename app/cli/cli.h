#pragma once

#include "money/exchangerates.h"
#include "pipeline/corpusprocessor.h"
#include "query/projectfilter.h"
#include "review/corrections.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QIODevice;
class Store;

// investscope-cli: extract, clean, stats, eval, chart, report, export. Writes results to `out` and
// diagnostics to `err` (UTF-8). Exit codes (documented in README.md):
//   0  success
//   1  some inputs could not be read (each reported on stderr); the rest were processed
//   2  usage error (unknown command or option, missing argument)
//   3  nothing to process (no input could be read), or the output could not be written
// chart and report draw text: they need a QGuiApplication (main() creates one, offscreen).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Ok = 0, PartialFailure = 1, UsageError = 2, Failure = 3 };

    Cli(QIODevice* out, QIODevice* err);

    // `arguments` as from QCoreApplication::arguments(): the program name first.
    int run(const QStringList& arguments);

private:
    int extract(const QStringList& arguments);
    int clean(const QStringList& arguments);
    int stats(const QStringList& arguments);
    int eval(const QStringList& arguments);
    int variants(const QStringList& arguments);
    int chart(const QStringList& arguments);
    int report(const QStringList& arguments);
    int exportTables(const QStringList& arguments);
    int usage(const QString& message);
    // Reports a failure to read or write ("investscope-cli: MESSAGE") and returns Failure.
    int failure(const QString& message);
    // Adds --help, parses; an exit code when the command is done (usage error or help printed).
    std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& usageLine);
    // Reads the articles (the sample corpus when `paths` is empty), reporting unreadable files on stderr;
    // std::nullopt when none could be read.
    std::optional<CorpusProcessor::Result> readInputs(const QStringList& paths);
    // The options that narrow the projects (--city, --industry, …), --rates and --corrections; the filter
    // and rates they give (the corrections are kept for fillStore), or an exit code after a usage error.
    static void addFilterOptions(QCommandLineParser& parser);
    std::optional<int> readFilterOptions(const QCommandLineParser& parser, ProjectFilter* filter,
                                         ExchangeRates* rates);
    // Reads the articles named by the positional arguments into `store` with `rates`; an exit code when
    // nothing could be read or stored.
    // Both: the filter options read, then the corpus the positional arguments name into `store`.
    std::optional<int> readCorpus(const QCommandLineParser& parser, Store* store, ProjectFilter* filter,
                                  ExchangeRates* rates, bool* partial);
    std::optional<int> fillStore(Store* store, const QStringList& paths, const ExchangeRates& rates,
                                 bool* partial);
    // Applies the analyst's corrections to the documents, reporting each orphaned one on stderr; false when
    // one was orphaned.
    bool applyCorrections(QList<AnalyzedDocument>& documents, const CorrectionSet& corrections,
                          const QString& path);
    void print(const QString& text);
    void write(const QByteArray& bytes);
    void printError(const QString& text);

    QIODevice* m_out;
    QIODevice* m_err;
    bool m_outputFailed = false;
    CorrectionSet m_corrections; // from --corrections
    QString m_correctionsPath;
};
