#include "documentview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_originalToggle(new QToolButton(this))
    , m_text(new QPlainTextEdit(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_originalToggle->setText(tr("Original text"));
    m_originalToggle->setToolTip(tr("Show the text as it is in the file, before cleaning"));
    m_originalToggle->setCheckable(true);
    m_originalToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_originalToggle, &QToolButton::toggled, this, &DocumentView::setShowOriginal);

    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_text->setFont(textFont);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_originalToggle, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);
}

void DocumentView::setDocument(const AnalyzedDocument& document)
{
    m_document = document;
    refresh();
}

void DocumentView::clear()
{
    m_document = {};
    refresh();
}

bool DocumentView::showsOriginal() const
{
    return m_originalToggle->isChecked();
}

QString DocumentView::displayedText() const
{
    return m_text->toPlainText();
}

void DocumentView::setShowOriginal(bool original)
{
    if (m_originalToggle->isChecked() != original) {
        m_originalToggle->setChecked(original); // re-enters through toggled()
        return;
    }
    refresh();
}

void DocumentView::refresh()
{
    const QString title =
        m_document.clean.title.isEmpty() ? m_document.document.name : m_document.clean.title;
    m_title->setText(title);
    // setPlainText: document text is never interpreted as markup.
    m_text->setPlainText(showsOriginal() ? m_document.document.originalText : m_document.clean.text);
}
