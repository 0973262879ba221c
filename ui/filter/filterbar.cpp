#include "filterbar.h"

#include "filterstate.h"
#include "report/labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

FilterBar::FilterBar(FilterState* filter, QWidget* parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_chipLayout(new QHBoxLayout)
    , m_clearAll(new QToolButton(this))
{
    m_search->setObjectName(u"searchBox"_s);
    m_search->setPlaceholderText(tr("Search titles and text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_filter->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_filter->setSearch(m_search->text());
    });

    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setObjectName(u"clearFilter"_s);
    m_clearAll->setToolTip(tr("Show the whole corpus again"));
    connect(m_clearAll, &QToolButton::clicked, m_filter, &FilterState::clear);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_search);
    auto* label = new QLabel(tr("Filter:"), this);
    layout->addWidget(label);
    layout->addLayout(m_chipLayout);
    layout->addStretch(1);
    layout->addWidget(m_clearAll);

    connect(m_filter, &FilterState::changed, this, &FilterBar::rebuildChips);
    rebuildChips();
}

void FilterBar::rebuildChips()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    const ProjectFilter& f = m_filter->filter();
    for (FilterState::Part part : m_filter->activeParts()) {
        QString text;
        switch (part) {
        case FilterState::Part::Region:
            text = Labels::regionCondition(f);
            break;
        case FilterState::Part::Industry:
            text = tr("Industry: %1").arg(Labels::industry(f.industry));
            break;
        case FilterState::Part::Size:
            text = tr("Size: %1").arg(Labels::sizeBucket(*f.size));
            break;
        case FilterState::Part::Status:
            text = tr("Status: %1").arg(Labels::status(f.status));
            break;
        case FilterState::Part::Company:
            text = tr("Company: %1").arg(f.company);
            break;
        case FilterState::Part::Search:
            text = tr("Text: %1").arg(f.search);
            break;
        }
        auto* chip = new QToolButton(this);
        chip->setText(text + u"  ✕"_s);
        chip->setToolTip(tr("Remove this condition"));
        chip->setAutoRaise(false);
        chip->setStyleSheet(
            u"QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"_s);
        connect(chip, &QToolButton::clicked, m_filter, [this, part] {
            if (part == FilterState::Part::Search)
                m_search->clear();
            m_filter->clearPart(part);
        });
        m_chipLayout->addWidget(chip);
        m_chips.append(chip);
    }
    m_clearAll->setEnabled(!m_filter->isEmpty());
    if (m_filter->filter().search.isEmpty() && !m_search->text().isEmpty() && !m_searchDelay->isActive())
        m_search->clear();
}
