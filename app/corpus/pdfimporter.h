#pragma once

#include <QString>

#include <optional>

// Text of a PDF article through poppler-qt6, when the build found it. Pages are separated by a blank line;
// the text then goes through the same cleaner as any .txt file.
class PdfImporter final
{
public:
    static bool isAvailable();
    static std::optional<QString> extractText(const QString& path, QString* error);
};
