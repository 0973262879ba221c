#include "documentview.h"

#include "articletextedit.h"
#include "entityhighlighter.h"
#include "entitypalette.h"
#include "report/labels.h"
#include "text/simplifiedchinese.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QIcon swatch(EntityType type, const QPalette& palette)
{
    QPixmap p(12, 12);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setPen(EntityPalette::color(type));
    painter.setBrush(EntityPalette::background(type, palette));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(p);
}

} // namespace

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_originalToggle(new QToolButton(this))
    , m_text(new ArticleTextEdit(this))
    , m_highlighter(new EntityHighlighter(m_text->document()))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setObjectName(u"documentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_originalToggle->setText(tr("Original text"));
    m_originalToggle->setToolTip(tr("Show the text as it is in the file, before cleaning"));
    m_originalToggle->setCheckable(true);
    connect(m_originalToggle, &QToolButton::toggled, this, &DocumentView::setShowOriginal);

    auto* legend = new QHBoxLayout;
    legend->setSpacing(2);
    for (EntityType type : EntityPalette::kTypes) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(swatch(type, palette()));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setObjectName(u"legend_"_s + entityTypeName(type));
        button->setToolTip(tr("Show or hide the highlights of this kind"));
        connect(button, &QToolButton::toggled, this, [this, type](bool on) { setTypeVisible(type, on); });
        m_legend.insert(type, button);
        legend->addWidget(button);
    }
    legend->addStretch(1);

    m_highlighter->setPalette(palette());
    m_text->setReadOnly(true);
    m_text->setObjectName(u"documentText"_s);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QPlainTextEdit::customContextMenuRequested, this, &DocumentView::showContextMenu);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_text->setFont(textFont);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);

    m_findEdit->setPlaceholderText(tr("Find in article"));
    m_findEdit->setObjectName(u"findEdit"_s);
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::textChanged, this, &DocumentView::find);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &DocumentView::findNext);
    auto* closeFind = new QToolButton(m_findBar);
    closeFind->setText(u"✕"_s);
    closeFind->setAutoRaise(true);
    connect(closeFind, &QToolButton::clicked, this, [this] {
        m_findEdit->clear();
        m_findBar->hide();
    });
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(closeFind);
    m_findBar->hide();

    auto* findAction = new QAction(tr("Find in Article"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &DocumentView::openFind);
    addAction(findAction);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_originalToggle, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addLayout(legend);
    layout->addWidget(m_findBar);
    layout->addWidget(m_text, 1);
    updateLegend();
}

DocumentView::~DocumentView() = default;

void DocumentView::setDocument(int documentId, const AnalyzedDocument& document,
                               const QList<Entity>& entities,
                               const QList<CorpusQueries::ProjectRow>& projects)
{
    m_documentId = documentId;
    m_document = document;
    m_entities = entities;
    m_projects = projects;
    m_evidence = {-1, -1};
    m_selected = -1;
    refresh();
}

void DocumentView::setDocumentKeepingView(int documentId, const AnalyzedDocument& document,
                                          const QList<Entity>& entities,
                                          const QList<CorpusQueries::ProjectRow>& projects)
{
    const int scroll = m_text->verticalScrollBar()->value();
    const int cursor = m_text->textCursor().position();
    const bool same = documentId == m_documentId;
    setDocument(documentId, document, entities, projects);
    if (!same)
        return;
    QTextCursor c(m_text->document());
    c.setPosition(std::min(cursor, m_text->document()->characterCount() - 1));
    m_text->setTextCursor(c);
    m_text->verticalScrollBar()->setValue(scroll);
}

void DocumentView::clear()
{
    setDocument(-1, {}, {}, {});
}

bool DocumentView::showsOriginal() const
{
    return m_originalToggle->isChecked();
}

QString DocumentView::displayedText() const
{
    return m_text->toPlainText();
}

QPlainTextEdit* DocumentView::textEdit() const
{
    return m_text;
}

QString DocumentView::visibleText() const
{
    return m_text->visibleText();
}

QMap<int, int> DocumentView::repeatMarks() const
{
    QMap<int, int> marks;
    for (const ArticleTextEdit::RepeatMark& m : m_text->repeatMarks())
        marks.insert(m.block, m.times);
    return marks;
}

void DocumentView::hideRepeatedParagraphs()
{
    QList<ArticleTextEdit::RepeatMark> marks;
    if (!showsOriginal()) {
        QTextDocument* doc = m_text->document();
        const QList<Paragraph>& paragraphs = m_document.clean.paragraphs;
        QMap<int, int> copies; // paragraph shown -> copies hidden
        for (const Paragraph& p : paragraphs) {
            if (!p.isRepeat() || p.repeatOf >= paragraphs.size())
                continue;
            QTextBlock block = doc->findBlock(static_cast<int>(p.span.start));
            // The evidence of a project is never hidden.
            const bool evidence =
                m_evidence.start >= 0 && m_evidence.start < p.span.end && p.span.start < m_evidence.end;
            if (!block.isValid() || evidence)
                continue;
            block.setVisible(false);
            ++copies[p.repeatOf];
        }
        for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
            const QTextBlock shown = doc->findBlock(static_cast<int>(paragraphs[it.key()].span.start));
            if (shown.isValid())
                marks.append({shown.blockNumber(), it.value() + 1});
        }
        if (!copies.isEmpty())
            doc->markContentsDirty(0, doc->characterCount());
    }
    m_text->setRepeatMarks(marks);
}

void DocumentView::setShowOriginal(bool original)
{
    if (m_originalToggle->isChecked() != original) {
        m_originalToggle->setChecked(original); // re-enters through toggled()
        return;
    }
    refresh();
}

TextSpan DocumentView::shown(TextSpan clean) const
{
    return showsOriginal() ? m_document.clean.map.toOriginal(clean) : clean;
}

QList<Entity> DocumentView::shownEntities() const
{
    QList<Entity> out = m_entities;
    for (Entity& e : out)
        e.span = shown(e.span);
    return out;
}

void DocumentView::refresh()
{
    const QString title =
        m_document.clean.title.isEmpty() ? m_document.document.name : m_document.clean.title;
    m_title->setText(title);
    QString text = showsOriginal() ? m_document.document.originalText : m_document.clean.text;
    text.replace(u'\r', u' '); // keeps offsets: QTextDocument would read CR LF as two breaks
    m_shown = shownEntities();
    m_highlighter->setDocument(nullptr); // no highlighting while the text is replaced
    m_text->setPlainText(text);          // setPlainText: document text is never markup
    m_highlighter->setEntities(m_shown);
    m_highlighter->setDocument(m_text->document());
    m_highlighter->rehighlight(); // now, not at the next turn of the event loop
    hideRepeatedParagraphs();
    m_evidenceShown = m_evidence.start >= 0 ? shown(m_evidence) : TextSpan{-1, -1};
    m_selected = -1;
    find(m_findEdit->text());
    updateLegend();
    if (m_evidenceShown.start >= 0) {
        QTextCursor c(m_text->document());
        c.setPosition(static_cast<int>(m_evidenceShown.start));
        m_text->setTextCursor(c);
        m_text->centerCursor();
    }
}

void DocumentView::updateLegend()
{
    QMap<EntityType, int> counts;
    for (const Entity& e : m_entities)
        ++counts[e.type];
    for (auto it = m_legend.cbegin(); it != m_legend.cend(); ++it)
        it.value()->setText(
            tr("%1 %2").arg(Labels::entityType(entityTypeName(it.key()))).arg(counts.value(it.key())));
}

void DocumentView::setTypeVisible(EntityType type, bool visible)
{
    if (QToolButton* b = m_legend.value(type); b && b->isChecked() != visible)
        b->setChecked(visible);
    m_highlighter->setTypeVisible(type, visible);
}

void DocumentView::setEmphasis(const ProjectFilter& filter)
{
    m_highlighter->setEmphasis(filter);
}

void DocumentView::showEvidence(qsizetype start, qsizetype end)
{
    m_evidence = {start, end};
    m_evidenceShown = shown(m_evidence);
    // Evidence in a hidden copy of a repeated paragraph: that copy is shown.
    QTextDocument* doc = m_text->document();
    if (QTextBlock block = doc->findBlock(static_cast<int>(m_evidenceShown.start));
        block.isValid() && !block.isVisible()) {
        block.setVisible(true);
        doc->markContentsDirty(block.position(), block.length());
    }
    updateSelections();
    QTextCursor c(m_text->document());
    c.setPosition(static_cast<int>(
        std::min<qsizetype>(m_evidenceShown.start, m_text->document()->characterCount() - 1)));
    m_text->setTextCursor(c);
    m_text->centerCursor();
}

const Entity* DocumentView::entityAt(qsizetype shownPosition) const
{
    for (const Entity& e : m_shown) {
        if (e.span.start <= shownPosition && shownPosition < e.span.end &&
            m_highlighter->isTypeVisible(e.type))
            return &e;
    }
    return nullptr;
}

const Entity* DocumentView::selectedEntity() const
{
    return m_selected >= 0 && m_selected < m_shown.size() ? &m_shown[m_selected] : nullptr;
}

void DocumentView::selectEntityAt(qsizetype shownPosition)
{
    const Entity* e = entityAt(shownPosition);
    m_selected = e ? static_cast<int>(e - m_shown.constData()) : -1;
    updateSelections();
}

void DocumentView::revealEntity(int index)
{
    if (index < 0 || index >= m_shown.size())
        return;
    m_selected = index;
    updateSelections();
    QTextCursor c(m_text->document());
    c.setPosition(static_cast<int>(m_shown[index].span.start));
    m_text->setTextCursor(c);
    m_text->centerCursor();
}

QString DocumentView::toolTipFor(const Entity& e) const
{
    QStringList parts;
    switch (e.type) {
    case EntityType::Money:
        if (e.money) {
            parts << QLocale().toString(e.money->amount, 'f', 0) + u' ' + e.money->currency;
            parts << Labels::moneyRole(e.role);
            // The project the amount belongs to, when one is reported in the same sentence.
            for (const auto& p : m_projects) {
                if (p.documentId == m_documentId && p.amountText == e.text)
                    parts << tr("project: %1").arg(p.name);
            }
        }
        break;
    case EntityType::Region:
        parts << e.normalized;
        break;
    case EntityType::Industry:
        parts << Labels::industry(e.industry) + u" ("_s + e.industry + u')';
        break;
    case EntityType::Person:
        if (!e.role.isEmpty())
            parts << e.role;
        break;
    default:
        if (!e.normalized.isEmpty() && e.normalized != e.text)
            parts << e.normalized;
        break;
    }
    const QString head = Labels::entityType(entityTypeName(e.type)) + u": "_s + e.text;
    return parts.isEmpty() ? head : head + u" → "_s + parts.join(u" · "_s);
}

void DocumentView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_evidenceShown.start >= 0) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(static_cast<int>(m_evidenceShown.start));
        s.cursor.setPosition(static_cast<int>(std::min<qsizetype>(m_evidenceShown.end,
                                                                  m_text->document()->characterCount() - 1)),
                             QTextCursor::KeepAnchor);
        s.format.setProperty(QTextFormat::OutlinePen, QPen(QColor(0xD5, 0x5E, 0x00), 1));
        s.format.setFontUnderline(true);
        s.format.setUnderlineColor(QColor(0xD5, 0x5E, 0x00));
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selections << s;
    }
    for (int i = 0; i < m_findHits.size(); ++i) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(static_cast<int>(m_findHits[i].start));
        s.cursor.setPosition(static_cast<int>(m_findHits[i].end), QTextCursor::KeepAnchor);
        const QColor background = i == m_currentHit ? QColor(0xFF, 0x99, 0x33) : QColor(0xFF, 0xE0, 0x80);
        s.format.setBackground(background);
        s.format.setForeground(EntityPalette::foreground(background, palette()));
        selections << s;
    }
    if (const Entity* e = selectedEntity()) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(static_cast<int>(e->span.start));
        s.cursor.setPosition(static_cast<int>(e->span.end), QTextCursor::KeepAnchor);
        const QColor background = EntityPalette::color(e->type).darker(150);
        s.format.setBackground(background);
        s.format.setForeground(EntityPalette::foreground(background, palette()));
        selections << s;
    }
    m_text->setExtraSelections(selections);
}

void DocumentView::openFind()
{
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void DocumentView::find(const QString& text)
{
    m_findHits.clear();
    m_currentHit = -1;
    if (!text.isEmpty()) {
        // Both sides Simplified, one code unit for one: 投资 finds 投資, and the hit is marked on the text as
        // written.
        const QString shownText = SimplifiedChinese::fromTraditional(m_text->toPlainText());
        const QString needle = SimplifiedChinese::fromTraditional(text);
        const QTextDocument* doc = m_text->document();
        for (qsizetype at = shownText.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = shownText.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            if (doc->findBlock(static_cast<int>(at)).isVisible()) // not in a hidden copy
                m_findHits.append({at, at + needle.size()});
        }
    }
    m_findStatus->setText(text.isEmpty() ? QString()
                                         : tr("%n match(es)", nullptr, static_cast<int>(m_findHits.size())));
    if (!m_findHits.isEmpty())
        findNext();
    else
        updateSelections();
}

void DocumentView::findNext()
{
    if (m_findHits.isEmpty())
        return;
    m_currentHit = (m_currentHit + 1) % static_cast<int>(m_findHits.size());
    QTextCursor c(m_text->document());
    c.setPosition(static_cast<int>(m_findHits[m_currentHit].start));
    m_text->setTextCursor(c);
    m_text->ensureCursorVisible();
    updateSelections();
}

void DocumentView::showContextMenu(const QPoint& pos)
{
    const int position = m_text->cursorForPosition(pos).position();
    selectEntityAt(position);
    QMenu* menu = m_text->createStandardContextMenu(pos);
    if (const Entity* e = selectedEntity()) {
        const Entity entity = *e;
        if (entity.type == EntityType::Company || entity.type == EntityType::Region ||
            entity.type == EntityType::Industry) {
            menu->addSeparator();
            QAction* filter = menu->addAction(tr("Filter by “%1”").arg(entity.text));
            connect(filter, &QAction::triggered, this, [this, entity] { Q_EMIT filterRequested(entity); });
        }
    }
    const QTextCursor selection = m_text->textCursor();
    std::optional<TextSpan> selected;
    if (selection.hasSelection())
        selected = TextSpan{selection.selectionStart(), selection.selectionEnd()};
    if (!showsOriginal() && m_documentId >= 0) {
        addEntityActions(menu, selectedEntity(), selected);
        if (selected) {
            const TextSpan span = *selected;
            QAction* add = menu->addAction(tr("Add Project from Selection…"));
            add->setObjectName(u"addProjectFromSelection"_s);
            connect(add, &QAction::triggered, this,
                    [this, span] { Q_EMIT addProjectRequested(m_documentId, span); });
        }
    }
    menu->addSeparator();
    QAction* find = menu->addAction(tr("Find in Article"));
    connect(find, &QAction::triggered, this, &DocumentView::openFind);
    menu->exec(m_text->viewport()->mapToGlobal(pos));
    delete menu;
}

void DocumentView::addEntityActions(QMenu* menu, const Entity* entity, std::optional<TextSpan> selection)
{
    // In the cleaned text the shown offsets are the cleaned ones (copies of repeated paragraphs are hidden,
    // not removed): the edit names them as they are.
    menu->addSeparator();
    const auto request = [this](const EntityEdit& edit) { Q_EMIT entityEditRequested(m_documentId, edit); };
    if (selection) {
        QMenu* mark = menu->addMenu(tr("&Mark Selection As"));
        mark->setObjectName(u"markSelectionAs"_s);
        for (EntityType type : EntityPalette::kTypes) {
            QAction* a = mark->addAction(swatch(type, palette()), Labels::entityType(entityTypeName(type)));
            a->setObjectName(u"mark_"_s + entityTypeName(type));
            connect(a, &QAction::triggered, this, [request, span = *selection, type] {
                request({std::nullopt, span, type});
            });
        }
    }
    if (!entity)
        return;
    const Entity from = m_entities.value(m_selected);
    QMenu* retype = menu->addMenu(tr("Change &Type of “%1”").arg(from.text));
    retype->setObjectName(u"changeEntityType"_s);
    for (EntityType type : EntityPalette::kTypes) {
        if (type == from.type)
            continue;
        QAction* a = retype->addAction(swatch(type, palette()), Labels::entityType(entityTypeName(type)));
        a->setObjectName(u"retype_"_s + entityTypeName(type));
        connect(a, &QAction::triggered, this, [request, from, type] { request({from, from.span, type}); });
    }
    if (selection && *selection != from.span && selection->start < from.span.end &&
        from.span.start < selection->end) {
        QAction* respan = menu->addAction(tr("Set “%1” to the Selection").arg(from.text));
        respan->setObjectName(u"setEntitySpan"_s);
        connect(respan, &QAction::triggered, this, [request, from, span = *selection] {
            request({from, span, from.type});
        });
    }
    QAction* remove = menu->addAction(tr("&Remove Entity “%1”").arg(from.text));
    remove->setObjectName(u"removeEntity"_s);
    connect(remove, &QAction::triggered, this, [request, from] { request({from, std::nullopt, from.type}); });
}

void DocumentView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // A dark palette: tints and text colours follow, the swatches too.
        // (The text area's own palette is resolved after this event: read this view's, which it inherits.)
        m_highlighter->setPalette(palette());
        for (auto it = m_legend.cbegin(); it != m_legend.cend(); ++it)
            it.value()->setIcon(swatch(it.key(), palette()));
        updateSelections();
    }
}

bool DocumentView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const QTextCursor at = m_text->cursorForPosition(help->pos());
            const Entity* e = entityAt(at.position());
            const int times = m_text->timesPrinted(at.blockNumber());
            if (e)
                QToolTip::showText(help->globalPos(), toolTipFor(*e), m_text);
            else if (times > 1)
                QToolTip::showText(help->globalPos(),
                                   tr("The layout printed this paragraph %n time(s); it is shown and counted "
                                      "once. “Original text” shows every copy.",
                                      nullptr, times),
                                   m_text);
            else
                QToolTip::hideText();
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection())
                selectEntityAt(m_text->cursorForPosition(mouse->position().toPoint()).position());
        }
    }
    if (watched == m_findEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_findEdit->clear();
        m_findBar->hide();
        m_text->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
