#include "articletextedit.h"

#include <QPainter>
#include <QTextBlock>

using namespace Qt::StringLiterals;

ArticleTextEdit::ArticleTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
}

void ArticleTextEdit::setRepeatMarks(const QList<RepeatMark>& marks)
{
    m_marks = marks;
    viewport()->update();
}

int ArticleTextEdit::timesPrinted(int block) const
{
    for (const RepeatMark& m : m_marks) {
        if (m.block == block)
            return m.times;
    }
    return 1;
}

QString ArticleTextEdit::markText(int times)
{
    return u"×%1"_s.arg(times);
}

QString ArticleTextEdit::visibleText() const
{
    QStringList lines;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (b.isVisible())
            lines << b.text();
    }
    return lines.join(u'\n');
}

void ArticleTextEdit::paintEvent(QPaintEvent* event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_marks.isEmpty())
        return;
    QPainter p(viewport());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    const QFontMetrics metrics(small);
    const QPointF offset = contentOffset();
    for (const RepeatMark& m : m_marks) {
        const QTextBlock block = document()->findBlockByNumber(m.block);
        if (!block.isValid() || !block.isVisible())
            continue;
        const QRectF box = blockBoundingGeometry(block).translated(offset);
        if (!box.intersects(event->rect()))
            continue;
        const QString text = markText(m.times);
        const int width = metrics.horizontalAdvance(text) + 8;
        const QRectF badge(viewport()->width() - width - 2, box.top() + 1, width, metrics.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Mid));
        p.drawRoundedRect(badge, 4, 4);
        p.setPen(palette().color(QPalette::Base));
        p.drawText(badge, Qt::AlignCenter, text);
    }
}
