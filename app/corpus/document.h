#pragma once

#include <QList>
#include <QString>

// One article as read from disk (or from the embedded sample corpus), before cleaning.
struct Document {
    enum class Source { Text, Pdf };

    QString path;         // where it was read from (absolute, or a ":/" resource path)
    QString name;         // the file's name as the user gave it: relative to the folder they opened
    QString encoding;     // detected encoding, e.g. "UTF-8", "GB18030", "UTF-16LE"; "PDF" for PDFs
    QString originalText; // decoded text, exactly as in the file (UTF-16)
    Source source = Source::Text;
};

// A file that could not be read, and why, in words a user understands.
struct LoadProblem {
    QString path;
    QString reason;

    friend bool operator==(const LoadProblem&, const LoadProblem&) = default;
};
