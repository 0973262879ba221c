#pragma once

#include "pipeline/analyzeddocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QTemporaryDir;

// Fixtures shared by the suites.
namespace TestSupport {

// Writes `bytes` to `dir/relativePath` (creating folders); returns the absolute path.
QString writeFile(const QTemporaryDir& dir, const QString& relativePath, const QByteArray& bytes);
// `text` in `charset` (ICU names: "GB18030", "UTF-16LE", "Big5"); fails the test if it cannot be encoded.
QByteArray encoded(const QString& text, const char* charset);
// Runs `statements` on the SQLite file at `path` (to make an older schema from a saved one); fails the test
// run if one fails.
void alterDatabase(const QString& path, const QStringList& statements);
// What investscope-cli printed and returned for `arguments` (without the program name), run in-process.
struct CliRun {
    int code = 0;
    QByteArray out;
    QString err;
};
CliRun runCli(const QStringList& arguments);
// The five sample articles, analysed, in file-name order.
QList<AnalyzedDocument> sampleCorpus();
// The original text of one embedded sample article, by file name.
QString sampleText(const QString& fileName);

} // namespace TestSupport
