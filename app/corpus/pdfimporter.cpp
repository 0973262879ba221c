#include "pdfimporter.h"

#ifdef INVESTSCOPE_HAVE_POPPLER
#include <poppler-qt6.h>
#endif

#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

bool PdfImporter::isAvailable()
{
#ifdef INVESTSCOPE_HAVE_POPPLER
    return true;
#else
    return false;
#endif
}

std::optional<QString> PdfImporter::extractText(const QString& path, QString* error)
{
#ifdef INVESTSCOPE_HAVE_POPPLER
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        *error = QFileInfo::exists(path) ? u"not a readable PDF file"_s : u"no such file"_s;
        return std::nullopt;
    }
    if (doc->isLocked()) {
        *error = u"the PDF is password-protected"_s;
        return std::nullopt;
    }
    QStringList pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (page)
            pages.append(page->text(QRectF()));
    }
    QString text = pages.join(u"\n\n"_s);
    if (text.trimmed().isEmpty()) {
        *error = u"the PDF has no text layer (scanned pages need OCR first)"_s;
        return std::nullopt;
    }
    return text;
#else
    Q_UNUSED(path);
    *error = u"PDF import is not available in this build"_s;
    return std::nullopt;
#endif
}
