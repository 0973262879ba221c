// The engine at corpus scale, stage by stage: prints throughput (MB/s) or time (ms) and peak memory, asserts
// nothing. Articles come from CorpusGenerator (deterministic from the seed).
//
//   bench_scale [--articles N] [--seed S] [--devset DIR]   a corpus of N generated articles (default 1000)
//   bench_scale --large MB[,MB…] [--one-line]              single articles of those sizes: cost per MB
//   bench_scale --smoke                                    a quick run of both (CI)
//   bench_scale --write DIR [--articles N]                  writes the generated articles (and no more)
//   bench_scale --projects N [--articles M]                the queries on a store of N projects: M generated
//                                                          articles analysed once, then stored again and
//                                                          again under other project names [--save FILE]
//   bench_scale --projects 0 --load FILE                   the queries on a saved store
#include "clean/textcleaner.h"
#include "corpusgenerator.h"
#include "corpus/documentloader.h"
#include "extract/extractor.h"
#include "pipeline/corpusprocessor.h"
#include "query/corpusqueries.h"
#include "report/chartbuilder.h"
#include "report/reportwriter.h"
#include "store/sqlitestatement.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The process's peak resident memory so far, in MB (VmHWM).
double peakMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

double seconds(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e9;
}

QStringList sources(const QString& devset)
{
    QStringList texts;
    QStringList folders{DocumentLoader::sampleCorpusPath()};
    if (!devset.isEmpty())
        folders << devset;
    for (const DocumentLoader::Input& input : DocumentLoader::collect(folders).inputs) {
        auto loaded = DocumentLoader::load(input);
        if (auto* d = std::get_if<Document>(&loaded))
            texts << d->originalText;
    }
    return texts;
}

void corpus(CorpusGenerator& generator, int articles)
{
    QTemporaryDir dir;
    qint64 bytes = 0;
    for (int i = 0; i < articles; ++i) {
        const QByteArray utf8 = generator.article(i).toUtf8();
        QFile f(dir.filePath(u"a%1.txt"_s.arg(i, 6, 10, QChar(u'0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(utf8) != utf8.size())
            std::fprintf(stderr, "bench_scale: cannot write %s\n", qPrintable(f.fileName()));
        bytes += utf8.size();
    }
    const double mb = bytes / (1024.0 * 1024.0);
    std::printf("corpus: %d articles, %.2f MB UTF-8, generated from %lld paragraphs\n", articles, mb,
                static_cast<long long>(generator.paragraphCount()));

    QElapsedTimer t;
    t.start();
    QList<Document> documents;
    for (const DocumentLoader::Input& input : DocumentLoader::collect({dir.path()}).inputs) {
        auto loaded = DocumentLoader::load(input);
        if (auto* d = std::get_if<Document>(&loaded))
            documents << std::move(*d);
    }
    const double readSeconds = seconds(t);
    std::printf("read+decode      %8.1f ms  %7.1f MB/s\n", readSeconds * 1e3, mb / readSeconds);

    t.restart();
    QList<CleanText> cleaned;
    for (const Document& d : documents)
        cleaned << TextCleaner::clean(d.originalText);
    std::printf("clean            %8.1f ms  %7.1f MB/s\n", seconds(t) * 1e3, mb / seconds(t));

    t.restart();
    QList<Annotations> annotations;
    for (const CleanText& c : cleaned)
        annotations << Extractor::extract(c);
    std::printf("extract          %8.1f ms  %7.1f MB/s  (one core)\n", seconds(t) * 1e3, mb / seconds(t));

    t.restart();
    const QList<AnalyzedDocument> analyzed = QtConcurrent::blockingMapped(
        documents, [](const Document& d) { return CorpusProcessor::analyze(d); });
    const double analyseSeconds = seconds(t);
    std::printf("clean+extract    %8.1f ms  %7.1f MB/s  (%d threads)\n", analyseSeconds * 1e3,
                mb / analyseSeconds, QThreadPool::globalInstance()->maxThreadCount());

    Store store;
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
        return;
    }
    t.restart();
    // As the explorer stores a load: the search index afterwards.
    if (!store.addDocuments(analyzed, &error, Store::Indexing::Later))
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
    const double storeSeconds = seconds(t);
    const QStringList tables{u"documents"_s, u"paragraphs"_s,       u"entities"_s,
                             u"projects"_s,  u"project_mentions"_s, u"aggregates"_s};
    int rows = 0;
    for (const QString& table : tables)
        rows += store.rowCount(table);
    std::printf("store insert     %8.1f ms  %7.1f MB/s  %.0f rows/s (%d rows, %d projects)\n",
                storeSeconds * 1e3, mb / storeSeconds, rows / storeSeconds, rows,
                store.rowCount(u"projects"_s));
    const auto databaseMb = [&store] {
        QSqlQuery q(store.database());
        const qint64 pages = q.exec(u"PRAGMA page_count"_s) && q.next() ? q.value(0).toLongLong() : 0;
        const qint64 size = q.exec(u"PRAGMA page_size"_s) && q.next() ? q.value(0).toLongLong() : 0;
        return pages * size / (1024.0 * 1024.0);
    };
    std::printf("database         %8.1f MB  (peak memory so far %.1f MB)\n", databaseMb(), peakMb());
    t.restart();
    if (!store.indexMore(std::numeric_limits<int>::max(), &error))
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
    std::printf("search index     %8.1f ms  %7.1f MB/s  (database %.1f MB with it)\n", seconds(t) * 1e3,
                mb / seconds(t), databaseMb());
    std::printf("load end to end  %8.1f ms  %7.1f MB/s  (read, clean+extract on 2 threads, store)\n",
                (readSeconds + analyseSeconds + storeSeconds) * 1e3,
                mb / (readSeconds + analyseSeconds + storeSeconds));

    // SQLite's own rate for the same rows: read back, then inserted by prepared statements in one transaction
    // into an empty store (the values already in memory).
    QList<std::pair<QString, QList<QVariantList>>> copies;
    for (const QString& table : tables) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.exec(u"SELECT * FROM "_s + table);
        QList<QVariantList> values;
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c);
            values << row;
        }
        copies.append({table, values});
    }
    Store raw;
    if (raw.open(&error)) {
        QSqlDatabase db = raw.database();
        t.restart();
        db.transaction();
        for (const auto& [table, values] : copies) {
            if (values.isEmpty())
                continue;
            QStringList marks(values.front().size(), u"?"_s);
            SqliteStatement insert(db, u"INSERT INTO %1 VALUES (%2)"_s.arg(table, marks.join(u", "_s)));
            for (const QVariantList& row : values) {
                for (const QVariant& v : row)
                    insert.bind(v);
                if (!insert.exec())
                    std::fprintf(stderr, "bench_scale: %s\n", qPrintable(insert.error()));
            }
        }
        db.commit();
        const double rawSeconds = seconds(t);
        std::printf("SQLite alone     %8.1f ms  %.0f rows/s (the store takes %.2f times as long)\n",
                    rawSeconds * 1e3, rows / rawSeconds, storeSeconds / rawSeconds);
    }

    const CorpusQueries queries(&store);
    const auto time = [&t](const char* what, const std::function<void()>& run) {
        t.restart();
        run();
        std::printf("%-16s %8.1f ms\n", what, seconds(t) * 1e3);
    };
    time("query projects", [&] { (void)queries.projects({}); });
    time("query documents", [&] { (void)queries.documents({}); });
    time("query summary", [&] { (void)queries.summary({}); });
    time("chart region", [&] {
        (void)ChartBuilder::build(ChartBuilder::Kind::Region, queries, {}, {}, store.exchangeRates());
    });
    time("chart size", [&] {
        (void)ChartBuilder::build(ChartBuilder::Kind::Size, queries, {}, {}, store.exchangeRates());
    });
    time("chart industry", [&] {
        (void)ChartBuilder::build(ChartBuilder::Kind::Industry, queries, {}, {}, store.exchangeRates());
    });
    time("report (PDF)", [&] {
        QTemporaryDir out;
        if (!ReportWriter(&store, {}, {}).writePdf(out.filePath(u"r.pdf"_s), &error))
            std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
    });
    std::printf("peak memory      %8.1f MB\n", peakMb());
}

// A store of at least `wanted` projects: `articles` generated articles analysed once, then stored again and
// again under other project names.
bool fill(Store& store, CorpusGenerator& generator, int articles, int wanted)
{
    QList<Document> documents;
    for (int i = 0; i < articles; ++i) {
        Document d;
        d.name = d.path = u"a%1.txt"_s.arg(i, 6, 10, QChar(u'0'));
        d.originalText = generator.article(i);
        documents << std::move(d);
    }
    const QList<AnalyzedDocument> analyzed = QtConcurrent::blockingMapped(
        documents, [](const Document& d) { return CorpusProcessor::analyze(d); });
    QString error;
    int rounds = 0;
    while (store.rowCount(u"projects"_s) < wanted) {
        // Each round another set of articles with other projects: the same analysis, the names numbered.
        QList<AnalyzedDocument> round = analyzed;
        for (AnalyzedDocument& d : round) {
            d.document.name = d.document.path = u"r%1/%2"_s.arg(rounds).arg(d.document.name);
            for (Project& p : d.annotations.projects)
                p.name += u" %1"_s.arg(rounds);
        }
        // Not indexed for search: the queries measured here do not search.
        if (!store.addDocuments(round, &error, Store::Indexing::Later)) {
            std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
            return false;
        }
        ++rounds;
    }
    return true;
}

// The views' questions on a store of at least `wanted` projects (or the one saved in `load`).
void queriesAt(CorpusGenerator& generator, int articles, int wanted, const QString& save, const QString& load)
{
    Store store;
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
        return;
    }
    QElapsedTimer t;
    t.start();
    if (!load.isEmpty() ? !store.load(load, &error) : !fill(store, generator, articles, wanted)) {
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
        return;
    }
    std::printf("store: %d projects, %d articles, %d mentions (%.1f s to %s)\n",
                store.rowCount(u"projects"_s), store.rowCount(u"documents"_s),
                store.rowCount(u"project_mentions"_s), seconds(t), load.isEmpty() ? "fill" : "load");
    if (!save.isEmpty() && !store.saveAs(save, &error))
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(error));
    const CorpusQueries queries(&store);
    const auto time = [&t](const char* what, const std::function<void()>& run) {
        t.restart();
        run();
        std::printf("%-34s %8.1f ms\n", what, seconds(t) * 1e3);
    };
    // What the views read: the ids in order, then the rows on screen (a page).
    constexpr qsizetype kPage = 128;
    using ProjectKey = CorpusQueries::ProjectOrder::Key;
    using DocumentKey = CorpusQueries::DocumentOrder::Key;
    // Read once after the store changes; every chart, the summary and the articles' count use them.
    time("projects' facts, read", [&] { (void)store.projectFacts(); });
    ProjectFilter oneCity;
    oneCity.regionLevel = ProjectFilter::RegionLevel::City;
    oneCity.region = queries.byRegion(ProjectFilter::RegionLevel::City, {}, 1, false).value(0).key;
    for (const auto& [label, filter] : {std::pair{"", ProjectFilter{}}, std::pair{" (one city)", oneCity}}) {
        std::printf("filter: %s\n", *label ? "one city" : "none");
        QElapsedTimer refresh;
        refresh.start();
        QList<int> ids;
        time("  projects table: ids by investment", [&] {
            ids = queries.projectIds(filter, {ProjectKey::Investment, true});
        });
        time("  projects table: a page of rows",
             [&] { (void)queries.projectsById(std::span(ids).first(std::min(kPage, ids.size()))); });
        time("  articles list: ids", [&] { ids = queries.documentIds(filter, {}); });
        time("  articles list: a page of rows",
             [&] { (void)queries.documentsById(filter, std::span(ids).first(std::min(kPage, ids.size()))); });
        time("  summary", [&] { (void)queries.summary(filter); });
        time("  chart region", [&] {
            (void)ChartBuilder::build(ChartBuilder::Kind::Region, queries, filter, {}, store.exchangeRates());
        });
        time("  chart size", [&] {
            (void)ChartBuilder::build(ChartBuilder::Kind::Size, queries, filter, {}, store.exchangeRates());
        });
        time("  chart industry", [&] {
            (void)ChartBuilder::build(ChartBuilder::Kind::Industry, queries, filter, {},
                                      store.exchangeRates());
        });
        std::printf("  %-32s %8.1f ms\n", "(all of the above)", seconds(refresh) * 1e3);
        // Sorting on a header click, and what whole lists cost (exports, the report).
        time("  projects table: ids by name", [&] { (void)queries.projectIds(filter, {ProjectKey::Name}); });
        time("  projects table: ids by company",
             [&] { (void)queries.projectIds(filter, {ProjectKey::Company}); });
        time("  projects table: ids by article",
             [&] { (void)queries.projectIds(filter, {ProjectKey::Document}); });
        time("  articles list: ids by title",
             [&] { (void)queries.documentIds(filter, {DocumentKey::Title}); });
        time("  articles list: ids by investment", [&] {
            (void)queries.documentIds(filter, {DocumentKey::Investment, true});
        });
        time("  all projects' rows", [&] { (void)queries.projects(filter); });
        time("  all articles' rows", [&] { (void)queries.documents(filter); });
    }
    std::printf("peak memory      %8.1f MB\n", peakMb());
}

void large(CorpusGenerator& generator, const QList<double>& sizes, bool lineBreaks)
{
    std::printf("single articles, %s:\n", lineBreaks ? "one paragraph a line" : "all on one line");
    for (double mbWanted : sizes) {
        const QString text = generator.large(static_cast<qint64>(mbWanted * 1024 * 1024), lineBreaks);
        const double mb = text.toUtf8().size() / (1024.0 * 1024.0);
        QElapsedTimer t;
        t.start();
        const CleanText clean = TextCleaner::clean(text);
        const double cleanSeconds = seconds(t);
        t.restart();
        const Annotations a = Extractor::extract(clean);
        const double extractSeconds = seconds(t);
        std::printf("  %7.2f MB  clean %8.1f ms (%6.2f s/MB)  extract %9.1f ms (%6.2f s/MB)  %lld entities\n",
                    mb, cleanSeconds * 1e3, cleanSeconds / mb, extractSeconds * 1e3, extractSeconds / mb,
                    static_cast<long long>(a.entities.size()));
    }
    std::printf("peak memory      %8.1f MB\n", peakMb());
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // the report needs fonts
    QCommandLineParser parser;
    const QCommandLineOption articles(u"articles"_s, u"Articles to generate (default 1000)."_s, u"N"_s,
                                      u"1000"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption devset(u"devset"_s, u"Also take paragraphs from these articles."_s, u"DIR"_s);
    const QCommandLineOption largeSizes(u"large"_s,
                                        u"Single articles of these sizes in MB, comma-separated."_s, u"MB"_s);
    const QCommandLineOption oneLine(u"one-line"_s, u"Single articles without line breaks."_s);
    const QCommandLineOption smoke(u"smoke"_s, u"A quick run: 50 articles, single articles of 0.05 MB."_s);
    const QCommandLineOption write(u"write"_s, u"Write the generated articles to this folder, and stop."_s,
                                   u"DIR"_s);
    const QCommandLineOption projects(u"projects"_s, u"The queries on a store of this many projects."_s,
                                      u"N"_s);
    const QCommandLineOption saveTo(u"save"_s, u"With --projects: also save the store to this file."_s,
                                    u"FILE"_s);
    const QCommandLineOption loadFrom(u"load"_s, u"With --projects: the store saved in this file instead."_s,
                                      u"FILE"_s);
    parser.addOptions(
        {articles, seed, devset, largeSizes, oneLine, smoke, write, projects, saveTo, loadFrom});
    parser.addHelpOption();
    parser.process(app);
    CorpusGenerator generator(sources(parser.value(devset)), parser.value(seed).toULongLong());
    if (parser.isSet(write)) {
        QDir().mkpath(parser.value(write));
        const QDir dir(parser.value(write));
        for (int i = 0; i < parser.value(articles).toInt(); ++i) {
            QFile f(dir.filePath(u"a%1.txt"_s.arg(i, 6, 10, QChar(u'0'))));
            const QByteArray utf8 = generator.article(i).toUtf8();
            if (!f.open(QIODevice::WriteOnly) || f.write(utf8) != utf8.size()) {
                std::fprintf(stderr, "bench_scale: cannot write %s\n", qPrintable(f.fileName()));
                return 1;
            }
        }
        return 0;
    }
    if (parser.isSet(smoke)) {
        corpus(generator, 50);
        large(generator, {0.05}, true);
        large(generator, {0.05}, false);
        return 0;
    }
    if (parser.isSet(projects)) {
        queriesAt(generator, parser.value(articles).toInt(), parser.value(projects).toInt(),
                  parser.value(saveTo), parser.value(loadFrom));
        return 0;
    }
    if (parser.isSet(largeSizes)) {
        QList<double> sizes;
        for (const QString& s : parser.value(largeSizes).split(u','))
            sizes << s.toDouble();
        large(generator, sizes, !parser.isSet(oneLine));
        return 0;
    }
    corpus(generator, parser.value(articles).toInt());
    return 0;
}
