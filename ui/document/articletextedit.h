#pragma once

#include <QList>
#include <QPlainTextEdit>

// The article's text, with a discreet mark beside each paragraph the layout printed more than once: the
// copies are hidden blocks (offsets stay those of the cleaned text) and the paragraph on show carries
// "×N" at its right edge.
class ArticleTextEdit final : public QPlainTextEdit
{
public:
    explicit ArticleTextEdit(QWidget* parent = nullptr);

    struct RepeatMark {
        int block = -1; // block number of the paragraph on show
        int times = 1;  // how often the layout printed it
    };
    void setRepeatMarks(const QList<RepeatMark>& marks);
    const QList<RepeatMark>& repeatMarks() const { return m_marks; }
    // How often the paragraph of block `block` was printed (1 when it was not repeated).
    int timesPrinted(int block) const;
    // The mark's label, "×3".
    static QString markText(int times);
    // The text of the visible blocks, one per line: what the reader sees.
    QString visibleText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<RepeatMark> m_marks;
};
