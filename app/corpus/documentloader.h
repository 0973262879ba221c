#pragma once

#include "document.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

// Reads articles from files and folders: .txt always, .pdf when built with poppler-qt6.
// Thread-safe (no shared state); meant to run on a worker thread.
class DocumentLoader final
{
public:
    // One input file and the name it is shown under (relative to the folder the user opened).
    struct Input {
        QString path;
        QString name;
    };

    struct Collected {
        QList<Input> inputs;
        QList<LoadProblem> problems; // paths that do not exist or cannot be listed
    };

    // Expands folders (recursively, in a stable, sorted order) into their article files.
    // Files named explicitly are taken whatever their extension.
    static Collected collect(const QStringList& paths);

    // Reads and decodes one file.
    static std::variant<Document, LoadProblem> load(const Input& input);

    // The embedded sample corpus (the default when no path is given).
    static QString sampleCorpusPath();

    static bool pdfSupported();
    static QStringList supportedSuffixes(); // lower case, without the dot: "txt", "pdf"
};
