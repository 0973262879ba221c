#pragma once

#include <QWidget>

class FilterState;
class QHBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;

// The filter as the user sees it: a search box over titles and full text, one removable chip per active part,
// and "Clear all".
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(FilterState* filter, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QList<QToolButton*> chips() const { return m_chips; }
    QToolButton* clearAllButton() const { return m_clearAll; }

private:
    void rebuildChips();

    FilterState* m_filter;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QHBoxLayout* m_chipLayout;
    QList<QToolButton*> m_chips;
    QToolButton* m_clearAll;
};
