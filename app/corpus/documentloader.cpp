#include "documentloader.h"

#include "pdfimporter.h"
#include "textdecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Larger files are not news articles; refusing them keeps a stray database dump from exhausting memory.
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

bool isArticleFile(const QFileInfo& info)
{
    return DocumentLoader::supportedSuffixes().contains(info.suffix().toLower());
}

} // namespace

QString DocumentLoader::sampleCorpusPath()
{
    return u":/investscope/corpus"_s;
}

bool DocumentLoader::pdfSupported()
{
    return PdfImporter::isAvailable();
}

QStringList DocumentLoader::supportedSuffixes()
{
    QStringList suffixes{u"txt"_s};
    if (pdfSupported())
        suffixes << u"pdf"_s;
    return suffixes;
}

DocumentLoader::Collected DocumentLoader::collect(const QStringList& paths)
{
    Collected out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            out.problems.append({path, u"no such file or folder"_s});
            continue;
        }
        if (info.isDir()) {
            const QDir root(path);
            if (!root.isReadable()) {
                out.problems.append({path, u"the folder cannot be read (permission denied)"_s});
                continue;
            }
            QList<Input> found;
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QFileInfo f = it.nextFileInfo();
                if (isArticleFile(f))
                    found.append({f.filePath(), root.relativeFilePath(f.filePath())});
            }
            std::sort(found.begin(), found.end(),
                      [](const Input& a, const Input& b) { return a.name < b.name; });
            out.inputs.append(found);
        } else {
            out.inputs.append({path, path});
        }
    }
    return out;
}

std::variant<Document, LoadProblem> DocumentLoader::load(const Input& input)
{
    const QFileInfo info(input.path);
    if (info.suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0) {
        if (!PdfImporter::isAvailable())
            return LoadProblem{input.path,
                               u"PDF import is not available in this build (poppler-qt6 was not found)"_s};
        QString error;
        auto text = PdfImporter::extractText(input.path, &error);
        if (!text)
            return LoadProblem{input.path, error};
        return Document{input.path, input.name, u"PDF"_s, *std::move(text), Document::Source::Pdf};
    }

    QFile file(input.path);
    if (info.size() > kMaxFileBytes)
        return LoadProblem{input.path,
                           u"the file is too large for an article (%1 MB)"_s.arg(info.size() >> 20)};
    if (!file.open(QIODevice::ReadOnly))
        return LoadProblem{input.path, u"cannot open the file: %1"_s.arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return LoadProblem{input.path, u"cannot read the file: %1"_s.arg(file.errorString())};

    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok)
        return LoadProblem{input.path, decoded.error};
    return Document{input.path, input.name, decoded.encoding, std::move(decoded.text),
                    Document::Source::Text};
}
