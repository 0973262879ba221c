#include "testsupport.h"

#include "cli/cli.h"
#include "corpus/documentloader.h"
#include "pipeline/corpusprocessor.h"
#include "text/icuadaptor.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace TestSupport {

QString writeFile(const QTemporaryDir& dir, const QString& relativePath, const QByteArray& bytes)
{
    const QString path = dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

CliRun runCli(const QStringList& arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Cli cli(&out, &err);
    CliRun r;
    r.code = cli.run(QStringList{u"investscope-cli"_s} + arguments);
    r.out = out.data();
    r.err = QString::fromUtf8(err.data());
    return r;
}

void alterDatabase(const QString& path, const QStringList& statements)
{
    const QString connection = u"testsupport-alter"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString& statement : statements) {
            if (!q.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QByteArray encoded(const QString& text, const char* charset)
{
    const auto bytes = Icu::encode(text, charset);
    if (!bytes)
        qFatal("cannot encode test text in %s", charset);
    return *bytes;
}

QList<AnalyzedDocument> sampleCorpus()
{
    return CorpusProcessor::process({DocumentLoader::sampleCorpusPath()}).documents;
}

QString sampleText(const QString& fileName)
{
    QFile file(DocumentLoader::sampleCorpusPath() + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no sample article %s", qPrintable(fileName));
    return QString::fromUtf8(file.readAll());
}

} // namespace TestSupport
