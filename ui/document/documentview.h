#pragma once

#include "pipeline/analyzeddocument.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

// Shows one article's text, cleaned or as in the file. Text is always plain text, never HTML.
class DocumentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget* parent = nullptr);

    void setDocument(const AnalyzedDocument& document);
    void clear();

    bool showsOriginal() const;
    QString displayedText() const;

public Q_SLOTS:
    void setShowOriginal(bool original);

private:
    void refresh();

    AnalyzedDocument m_document;
    QLabel* m_title;
    QToolButton* m_originalToggle;
    QPlainTextEdit* m_text;
};
