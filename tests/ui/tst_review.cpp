#include "document/documentview.h"
#include "documents/documentlistmodel.h"
#include "loading/corpusloader.h"
#include "mainwindow.h"
#include "projects/projecttablemodel.h"
#include "projects/projecttableview.h"
#include "review/corrections.h"
#include "review/mergeprojectsdialog.h"
#include "review/splitprojectdialog.h"
#include "review/projectdetails.h"
#include "review/variantsdialog.h"
#include "review/reviewsession.h"
#include "settings.h"
#include "store/store.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonDocument>
#include <QMessageBox>
#include <QLabel>
#include <QCheckBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QTextCursor>
#include <QApplication>
#include <QTimer>
#include <QTableView>
#include <QPlainTextEdit>
#include <QMenu>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Reviewing projects in the window: edits in the projects table, each undoable, kept in the folder's
// sidecar, applied again when the folder is opened again, carried into the figures.
class TestReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editUndoRedo_data();
    void editUndoRedo();
    void badAmountIsRefused();
    void excludeLeavesTheFigures();
    void confirmWithTheCheckBox();
    void reopeningTheFolderAppliesCorrections();
    void orphanedCorrectionIsListed();
    void addProjectFromSelection();
    void mergeProjects();
    void editorsOfferTheCorpusNames();
    void entityEditsInTheArticle();
    void splitProject();
    void variantsAcceptedAndRejected();
    void detailsPaneEdits();
    void everyEditUndoesAndRedoes_data();
    void everyEditUndoesAndRedoes();
    void typedAmountReadsBack_data();
    void typedAmountReadsBack();

private:
    // What an edit can change: every project (excluded ones too) with its review, every entity of every
    // article, and the corrections (as the sidecar has them), one line each.
    QStringList snapshot() const;
    int documentNamed(const QString& file) const;
    // Opens the article's context menu at cleaned-text position `at` (with the text selection as it is) and
    // triggers the action called `action`; false if the menu has no such action.
    bool triggerInContextMenu(qsizetype at, const QString& action);
    void openFolder();
    // The proxy row of the project called `name`, or -1.
    int rowOf(const QString& name) const;
    QModelIndex cell(const QString& name, int column) const;
    QAbstractItemModel* table() const { return m_fixture.window->projectTable()->model(); }

    WindowFixture m_fixture;
    QString m_folder;
};

void TestReview::init()
{
    QVERIFY(m_fixture.open());
    m_folder = m_fixture.dir->filePath(u"articles"_s);
    // Two sample articles in a folder of their own.
    for (const QString& name : {u"002_2db777985a72217c.txt"_s, u"003_fffc7a88d94d1c7d.txt"_s})
        TestSupport::writeFile(*m_fixture.dir, u"articles/"_s + name, TestSupport::sampleText(name).toUtf8());
}

void TestReview::cleanup()
{
    m_fixture.close();
}

void TestReview::openFolder()
{
    QSignalSpy finished(m_fixture.window->loader(), &CorpusLoader::finished);
    m_fixture.window->openPaths({m_folder});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCoreApplication::processEvents();
}

int TestReview::rowOf(const QString& name) const
{
    for (int r = 0; r < table()->rowCount(); ++r) {
        if (table()->index(r, ProjectTableModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

QModelIndex TestReview::cell(const QString& name, int column) const
{
    const int row = rowOf(name);
    return row < 0 ? QModelIndex() : table()->index(row, column);
}

void TestReview::editUndoRedo_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("extracted");
    QTest::addColumn<QString>("original"); // in the tooltip
    QTest::newRow("company") << int(ProjectTableModel::CompanyColumn) << QVariant(u"华创集团"_s)
                             << u"华创集团"_s << u"华创"_s << u"华创"_s;
    QTest::newRow("amount") << int(ProjectTableModel::InvestmentColumn) << QVariant(u"8亿"_s)
                            << u"8.00亿 CNY"_s << u"5.00亿 CNY"_s << u"5亿元"_s;
    QTest::newRow("status") << int(ProjectTableModel::StatusColumn) << QVariant(u"operating"_s)
                            << u"Operating"_s << u"Landed"_s << u"landed"_s;
    QTest::newRow("industry") << int(ProjectTableModel::IndustryColumn) << QVariant(u"EQUIP"_s)
                              << u"High-end equipment"_s << u"New materials"_s << u"MATERIAL"_s;
    // A division of the gazetteer brings its city and province.
    QTest::newRow("region") << int(ProjectTableModel::RegionColumn) << QVariant(u"株洲市"_s) << u"株洲市"_s
                            << u"湘潭先进金属材料精深加工产业园"_s << u"湘潭先进金属材料精深加工产业园"_s;
}

void TestReview::editUndoRedo()
{
    QFETCH(int, column);
    QFETCH(QVariant, typed);
    QFETCH(QString, shown);
    QFETCH(QString, extracted);
    QFETCH(QString, original);
    openFolder();
    QAbstractItemModelTester tester(m_fixture.window->projectTable()->projectModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString name = u"华创钢结构装配式智造中心"_s;
    QVERIFY(rowOf(name) >= 0);
    QCOMPARE(cell(name, column).data().toString(), extracted);
    QVERIFY(cell(name, column).flags() & Qt::ItemIsEditable);

    QSignalSpy resets(m_fixture.window->projectTable()->projectModel(), &QAbstractItemModel::modelReset);
    QVERIFY(table()->setData(cell(name, column), typed));
    QTRY_COMPARE(cell(name, column).data().toString(), shown);
    QCOMPARE(resets.size(), 1); // one redraw for one edit
    QVERIFY2(m_fixture.window->summaryText().contains(u" · 1 corrected by you"_s),
             qPrintable(m_fixture.window->summaryText()));
    QVERIFY(cell(name, column).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(name, column).data(Qt::ToolTipRole).toString(), u"Corrected; as extracted: "_s + original);
    if (column == ProjectTableModel::RegionColumn) {
        QCOMPARE(cell(name, ProjectTableModel::CityColumn).data().toString(), u"株洲市"_s);
        QCOMPARE(cell(name, ProjectTableModel::ProvinceColumn).data().toString(), u"湖南省"_s);
    }
    // Kept in the folder's sidecar at once.
    QString error;
    auto saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->projects.size(), 1);
    QCOMPARE(saved->projects.front().name, name);

    QUndoStack* undo = m_fixture.window->review()->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QTRY_COMPARE(cell(name, column).data().toString(), extracted);
    QVERIFY(!cell(name, column).data(Qt::FontRole).value<QFont>().bold());
    saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY(saved && saved->projects.isEmpty());
    undo->redo();
    QTRY_COMPARE(cell(name, column).data().toString(), shown);
}

void TestReview::badAmountIsRefused()
{
    openFolder();
    const QString name = u"华创钢结构装配式智造中心"_s;
    QVERIFY(!table()->setData(cell(name, ProjectTableModel::InvestmentColumn), u"很多钱"_s));
    QCOMPARE(m_fixture.window->projectTable()->projectModel()->lastError(),
             u"“很多钱” is not an amount (type 8亿, 4400万美元 or a number of yuan)"_s);
    QCOMPARE(m_fixture.window->review()->undoStack()->count(), 0);
    // In US dollars, over a figure: the yuan value follows at the shipped rate.
    QVERIFY(table()->setData(cell(name, ProjectTableModel::InvestmentColumn), u"超1亿美元"_s));
    QTRY_COMPARE(cell(name, ProjectTableModel::InvestmentColumn).data().toString(),
                 u"over 1.00亿 USD ≈ 7.17亿 CNY"_s);
}

void TestReview::excludeLeavesTheFigures()
{
    openFolder();
    const int rows = table()->rowCount();
    const QString before = m_fixture.window->summaryText();
    const QString name = u"华创钢结构装配式智造中心"_s;
    m_fixture.window->projectTable()->selectRow(rowOf(name));
    m_fixture.window->projectTable()->excludeAction()->trigger();
    QTRY_COMPARE(table()->rowCount(), rows - 1);
    QCOMPARE(rowOf(name), -1);
    // Out of the totals: one project and its 5亿 fewer.
    QVERIFY2(m_fixture.window->summaryText() != before, qPrintable(m_fixture.window->summaryText()));
    QVERIFY2(m_fixture.window->summaryText().startsWith(u"2 article(s) · %1 project(s)"_s.arg(rows - 1)),
             qPrintable(m_fixture.window->summaryText()));
    QVERIFY2(m_fixture.window->summaryText().contains(u" · 1 excluded"_s),
             qPrintable(m_fixture.window->summaryText()));
    // Still there under "show excluded", struck through.
    QAction* showExcluded = m_fixture.window->menuBar()->findChild<QAction*>(u"showExcluded"_s);
    QVERIFY(showExcluded);
    showExcluded->setChecked(true);
    QTRY_COMPARE(table()->rowCount(), rows);
    QVERIFY(cell(name, ProjectTableModel::NameColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    showExcluded->setChecked(false);
    // Undone, it is back in the figures.
    m_fixture.window->review()->undoStack()->undo();
    QTRY_COMPARE(table()->rowCount(), rows);
    QCOMPARE(m_fixture.window->summaryText(), before);
}

void TestReview::confirmWithTheCheckBox()
{
    openFolder();
    const QString name = u"华创钢结构装配式智造中心"_s;
    QCOMPARE(cell(name, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(table()->setData(cell(name, 0), Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE(cell(name, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QString error;
    const auto saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY(saved && saved->projects.size() == 1 && saved->projects.front().confirmed);
    m_fixture.window->review()->undoStack()->undo();
    QTRY_COMPARE(cell(name, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

void TestReview::reopeningTheFolderAppliesCorrections()
{
    openFolder();
    const QString name = u"华创钢结构装配式智造中心"_s;
    QVERIFY(table()->setData(cell(name, ProjectTableModel::CompanyColumn), u"华创集团"_s));
    QTRY_COMPARE(cell(name, ProjectTableModel::CompanyColumn).data().toString(), u"华创集团"_s);
    // Reloaded, and opened in a new window: the correction is applied from the sidecar.
    m_fixture.window->reload();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.window->loader()->isRunning(), false, 30000);
    QTRY_COMPARE(cell(name, ProjectTableModel::CompanyColumn).data().toString(), u"华创集团"_s);
    m_fixture.window.reset();
    m_fixture.store = std::make_unique<Store>();
    QVERIFY(m_fixture.store->open());
    m_fixture.window = std::make_unique<MainWindow>(m_fixture.store.get(), m_fixture.settings.get());
    openFolder();
    QCOMPARE(cell(name, ProjectTableModel::CompanyColumn).data().toString(), u"华创集团"_s);
    QVERIFY(cell(name, ProjectTableModel::CompanyColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(m_fixture.window->problemList()->count(), 0);
}

void TestReview::orphanedCorrectionIsListed()
{
    // A correction of a project the article does not (or no longer) report.
    CorrectionSet set;
    ProjectCorrection c;
    c.article = CorrectionSet::contentHash(TestSupport::sampleText(u"002_2db777985a72217c.txt"_s));
    c.file = u"002_2db777985a72217c.txt"_s;
    c.name = u"已删除的项目"_s;
    c.evidence = u"这句话已不在文章里。"_s;
    c.fields = {{u"status"_s, u"signed"_s}};
    set.projects << c;
    QString error;
    QVERIFY(set.save(CorrectionSet::sidecarPath(m_folder), &error));
    openFolder();
    QCOMPARE(m_fixture.window->problemList()->count(), 1);
    QCOMPARE(m_fixture.window->problemList()->item(0)->text(),
             CorrectionSet::sidecarPath(m_folder) +
                 u" — orphaned correction of “已删除的项目” in 002_2db777985a72217c.txt: the project is no "
                 u"longer found"_s);
    // Never dropped: the sidecar keeps it.
    const auto saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY(saved && saved->projects.size() == 1);
}

void TestReview::addProjectFromSelection()
{
    openFolder();
    // Show 002 and mark the sentence that reports a project the extractor missed.
    const QString file = u"002_2db777985a72217c.txt"_s;
    int documentId = -1;
    for (int r = 0; r < m_fixture.window->documentModel()->rowCount(); ++r) {
        const int id = m_fixture.window->documentModel()->documentId(r);
        if (m_fixture.store->document(id)->document.name == file)
            documentId = id;
    }
    QVERIFY(documentId >= 0);
    m_fixture.window->showDocument(documentId);
    DocumentView* view = m_fixture.window->documentView();
    const QString sentence =
        u"本报讯 近日，在鑫众壹智能装备(江阴)有限公司的生产车间，一台崭新的设备正在紧锣密鼓地安装调试。"_s;
    const qsizetype at = view->document().clean.text.indexOf(sentence);
    QVERIFY(at >= 0);
    const TextSpan selection{at, at + sentence.size()};
    // Pre-filled from the entities inside: the company (its place is part of its name, no place entity).
    const ProjectCorrection draft = CorrectionSet::draft(view->document(), view->entities(), selection);
    QCOMPARE(draft.evidence, sentence);
    QCOMPARE(draft.fields.value(u"company"_s), u"鑫众壹智能装备（江阴）有限公司"_s); // its legal name
    QVERIFY(!draft.fields.contains(u"region"_s));
    // The analyst names it and its place, as the dialog does.
    ProjectCorrection edited = draft;
    edited.name = u"鑫众壹智能装备项目"_s;
    const QMap<QString, QString> place = CorrectionSet::regionFields(u"江阴市"_s);
    for (auto it = place.cbegin(); it != place.cend(); ++it)
        edited.fields.insert(it.key(), it.value());
    const int rows = table()->rowCount();
    QString error;
    const auto id = m_fixture.window->review()->addProject(documentId, selection, edited, &error);
    QVERIFY2(id, qPrintable(error));
    QTRY_COMPARE(table()->rowCount(), rows + 1);
    QCOMPARE(cell(u"鑫众壹智能装备项目"_s, ProjectTableModel::CityColumn).data().toString(), u"无锡市"_s);
    // Counted as the analyst's in the status bar.
    QVERIFY2(m_fixture.window->summaryText().contains(u" · 1 corrected by you"_s),
             qPrintable(m_fixture.window->summaryText()));
    // Kept in the sidecar, made again when the folder is read again.
    m_fixture.window->reload();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.window->loader()->isRunning(), false, 30000);
    QTRY_COMPARE(table()->rowCount(), rows + 1);
    QVERIFY(rowOf(u"鑫众壹智能装备项目"_s) >= 0);
    QCOMPARE(m_fixture.window->problemList()->count(), 0);
    // The reload started a new history: a project added now is taken out again by Undo.
    const auto again = m_fixture.window->review()->addProject(documentId, selection, edited, &error);
    QVERIFY(again);
    QTRY_COMPARE(table()->rowCount(), rows + 2);
    m_fixture.window->review()->undoStack()->undo();
    QTRY_COMPARE(table()->rowCount(), rows + 1);
}

void TestReview::mergeProjects()
{
    openFolder();
    const QString first = u"华创钢结构装配式智造中心"_s;
    const QString second = u"金属深加工项目"_s;
    const ProjectTableModel* model = m_fixture.window->projectTable()->projectModel();
    QList<CorpusQueries::ProjectRow> rows;
    for (const QString& name : {first, second}) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r).name == name)
                rows << model->row(r);
        }
    }
    QCOMPARE(rows.size(), 2);
    // The analyst keeps the first's name and amount and takes the second's company and status.
    MergeProjectsDialog dialog(rows);
    dialog.chooser(u"company"_s)->setCurrentIndex(dialog.chooser(u"company"_s)->findText(u"中冶集团"_s));
    dialog.chooser(u"status"_s)->setCurrentIndex(dialog.chooser(u"status"_s)->findText(u"Negotiating"_s));
    QCOMPARE(dialog.fields(),
             (QMap<QString, QString>{{u"company"_s, u"中冶集团"_s}, {u"status"_s, u"negotiating"_s}}));
    const int count = table()->rowCount();
    QString error;
    QVERIFY2(m_fixture.window->review()->merge({rows[0].id, rows[1].id}, dialog.fields(), &error),
             qPrintable(error));
    QTRY_COMPARE(table()->rowCount(), count - 1);
    QCOMPARE(rowOf(second), -1);
    // Shown among the excluded, it says what it was merged into; the sidecar says it too.
    m_fixture.window->findChild<QAction*>(u"showExcluded"_s)->setChecked(true);
    QTRY_VERIFY(rowOf(second) >= 0);
    QCOMPARE(cell(second, ProjectTableModel::NameColumn).data(Qt::ToolTipRole).toString(),
             u"Merged into “华创钢结构装配式智造中心”: left out of tables, charts and totals"_s);
    m_fixture.window->findChild<QAction*>(u"showExcluded"_s)->setChecked(false);
    QString sidecarError;
    const auto sidecar = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &sidecarError);
    QVERIFY2(sidecar, qPrintable(sidecarError));
    QCOMPARE(sidecar->projects.size(), 2);
    QCOMPARE(sidecar->projects[1].name, second);
    QCOMPARE(sidecar->projects[1].mergedInto, first);
    QCOMPARE(cell(first, ProjectTableModel::CompanyColumn).data().toString(), u"中冶集团"_s);
    QCOMPARE(cell(first, ProjectTableModel::InvestmentColumn).data().toString(), u"5.00亿 CNY"_s);
    // One step back undoes all of it.
    QCOMPARE(m_fixture.window->review()->undoStack()->count(), 1);
    m_fixture.window->review()->undoStack()->undo();
    QTRY_COMPARE(table()->rowCount(), count);
    QCOMPARE(cell(first, ProjectTableModel::CompanyColumn).data().toString(), u"华创"_s);
}

void TestReview::editorsOfferTheCorpusNames()
{
    openFolder();
    ProjectTableView* view = m_fixture.window->projectTable();
    const QString name = u"华创钢结构装配式智造中心"_s;
    const auto completions = [&](int column, const QString& typed) {
        const QModelIndex index = cell(name, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QLineEdit* editor = nullptr;
        for (QLineEdit* e : view->viewport()->findChildren<QLineEdit*>()) {
            if (e->isVisible())
                editor = e;
        }
        QStringList found;
        if (!editor || !editor->completer())
            return found;
        editor->completer()->setCompletionPrefix(typed);
        for (int r = 0; r < editor->completer()->completionCount(); ++r) {
            editor->completer()->setCurrentRow(r);
            found << editor->completer()->currentCompletion();
        }
        QTest::keyClick(editor, Qt::Key_Escape); // closes it without a change
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return found;
    };
    // The corpus's companies, by any part of the name.
    const QStringList companies = completions(ProjectTableModel::CompanyColumn, u"中冶"_s);
    QVERIFY2(companies.contains(u"中冶集团"_s), qPrintable(companies.join(u' ')));
    // Places: the corpus's zones and the gazetteer's divisions.
    const QStringList places = completions(ProjectTableModel::RegionColumn, u"湘潭"_s);
    QVERIFY2(places.contains(u"湘潭高新区"_s) && places.contains(u"湘潭县"_s), qPrintable(places.join(u' ')));
    QVERIFY(!places.contains(u"中冶集团"_s));
}

void TestReview::splitProject()
{
    openFolder();
    const QString name = u"华创钢结构装配式智造中心"_s;
    // Offered for one selected project only.
    ProjectTableView* view = m_fixture.window->projectTable();
    QAction* split = view->splitAction();
    view->clearSelection();
    QVERIFY(!split->isEnabled());
    view->selectRow(rowOf(name));
    QVERIFY(split->isEnabled());
    view->selectAll();
    QVERIFY(!split->isEnabled());
    view->selectRow(rowOf(name));

    const int id = cell(name, 0).data(ProjectTableModel::ProjectIdRole).toInt();
    const auto draft = m_fixture.window->review()->splitDraft(id);
    QVERIFY(draft);
    QCOMPARE(draft->name, name);
    QCOMPARE(draft->fields.value(u"company"_s), u"华创"_s);
    QCOMPARE(draft->fields.value(u"amount"_s), u"500000000"_s);
    const auto row = CorpusQueries(m_fixture.store.get()).project(id);
    QVERIFY(row);
    SplitProjectDialog dialog(*row, *draft);
    QCOMPARE(dialog.edit(0, u"amount"_s)->text(), u"5亿"_s);
    QCOMPARE(dialog.edit(1, u"company"_s)->text(), u"华创"_s);
    // Not told apart: refused.
    QString error;
    QVERIFY(!dialog.parts(&error));
    QCOMPARE(error, u"the two projects need different names"_s);
    // The analyst makes the 5亿 two: 3亿 for the steel works, 2亿 for a second phase.
    dialog.edit(0, u"amount"_s)->setText(u"3亿"_s);
    dialog.edit(1, u"name"_s)->setText(u"华创二期项目"_s);
    dialog.edit(1, u"amount"_s)->setText(u"2亿"_s);
    const auto parts = dialog.parts(&error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->first,
             (QMap<QString, QString>{
                 {u"amount"_s, u"300000000"_s}, {u"currency"_s, u"CNY"_s}, {u"qualifier"_s, QString()}}));
    QCOMPARE(parts->second.name, u"华创二期项目"_s);
    QCOMPARE(parts->second.fields.value(u"amount"_s), u"200000000"_s);
    const int rows = table()->rowCount();
    const auto added = m_fixture.window->review()->split(id, parts->first, parts->second, &error);
    QVERIFY2(added, qPrintable(error));
    QTRY_COMPARE(table()->rowCount(), rows + 1);
    QCOMPARE(cell(name, ProjectTableModel::InvestmentColumn).data().toString(), u"3.00亿 CNY"_s);
    QCOMPARE(cell(u"华创二期项目"_s, ProjectTableModel::InvestmentColumn).data().toString(), u"2.00亿 CNY"_s);
    QCOMPARE(cell(u"华创二期项目"_s, ProjectTableModel::CompanyColumn).data().toString(), u"华创"_s);
    // Both reported in the same text.
    QCOMPARE(cell(u"华创二期项目"_s, 0).data(ProjectTableModel::EvidenceStartRole),
             cell(name, 0).data(ProjectTableModel::EvidenceStartRole));
    // One step: undone whole, redone whole.
    QUndoStack* undo = m_fixture.window->review()->undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->text(0), u"Split project 华创钢结构装配式智造中心"_s);
    undo->undo();
    QTRY_COMPARE(table()->rowCount(), rows);
    QCOMPARE(cell(name, ProjectTableModel::InvestmentColumn).data().toString(), u"5.00亿 CNY"_s);
    undo->redo();
    QTRY_COMPARE(table()->rowCount(), rows + 1);
    // Opened again, the folder has both.
    openFolder();
    QCOMPARE(table()->rowCount(), rows + 1);
    QCOMPARE(cell(u"华创二期项目"_s, ProjectTableModel::InvestmentColumn).data().toString(), u"2.00亿 CNY"_s);
    QCOMPARE(cell(name, ProjectTableModel::InvestmentColumn).data().toString(), u"3.00亿 CNY"_s);
}

void TestReview::variantsAcceptedAndRejected()
{
    // Two invented articles: one company written two ways, one project reported twice under two names.
    TestSupport::writeFile(
        *m_fixture.dir, u"articles/v1.txt"_s,
        u"恒川项目落户株洲\n\n本报讯 恒川新材料股份有限公司投资12亿元的恒川锂电池正极材料项目"
        u"在株洲高新区签约。\n"_s.toUtf8());
    TestSupport::writeFile(*m_fixture.dir, u"articles/v2.txt"_s,
                           u"株洲新签一批项目\n\n本报讯 恒川锂电池正极材料产业园项目在株洲高新区开工，"
                           u"由恒川投资建设。\n"_s.toUtf8());
    openFolder();
    QVERIFY(m_fixture.window->findChild<QAction*>(u"findVariants"_s));
    const QString legal = u"恒川新材料股份有限公司"_s;
    const QString park = u"恒川锂电池正极材料产业园项目"_s;
    QCOMPARE(cell(park, ProjectTableModel::CompanyColumn).data().toString(), u"恒川"_s);
    {
        VariantsDialog dialog(m_fixture.store.get(), m_fixture.window->review());
        QCOMPARE(dialog.suggestions().size(), 2);
        QCOMPARE(dialog.tree()->topLevelItem(0)->text(0), u"Company: 恒川新材料股份有限公司"_s);
        QCOMPARE(dialog.tree()->topLevelItem(0)->childCount(), 2);
        QCOMPARE(dialog.tree()->topLevelItem(1)->text(0), u"Same project: 恒川锂电池正极材料项目"_s);
        QCOMPARE(dialog.current(), 0);
        QCOMPARE(dialog.keepChooser()->currentText(), legal);
        // Accepted: the short form's project takes the legal name; the suggestion is done.
        dialog.findChild<QPushButton*>(u"acceptVariant"_s)->click();
        QTRY_COMPARE(cell(park, ProjectTableModel::CompanyColumn).data().toString(), legal);
        QCOMPARE(dialog.suggestions().size(), 1);
        QCOMPARE(dialog.current(), 0);
        QCOMPARE(dialog.tree()->topLevelItem(0)->text(0), u"Same project: 恒川锂电池正极材料项目"_s);
        // Rejected: kept apart, and not offered again.
        const int rows = table()->rowCount();
        dialog.findChild<QPushButton*>(u"rejectVariant"_s)->click();
        QVERIFY(dialog.suggestions().isEmpty());
        QCOMPARE(dialog.current(), -1);
        QVERIFY(!dialog.findChild<QPushButton*>(u"acceptVariant"_s)->isEnabled());
        QCOMPARE(table()->rowCount(), rows);
    }
    QUndoStack* undo = m_fixture.window->review()->undoStack();
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->text(0), u"Use company 恒川新材料股份有限公司"_s);
    QString error;
    const auto saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->rejectedVariants.size(), 1);
    QVERIFY(saved->rejectedVariants.front().startsWith(u"project|"_s));
    // Opened again: the company as accepted, the rejected suggestion still not offered.
    openFolder();
    QCOMPARE(cell(park, ProjectTableModel::CompanyColumn).data().toString(), legal);
    QVERIFY(VariantsDialog(m_fixture.store.get(), m_fixture.window->review()).suggestions().isEmpty());
    // With the review started afresh, accepting the project merges the second report into the first.
    CorrectionSet none;
    QVERIFY(none.save(CorrectionSet::sidecarPath(m_folder), &error));
    openFolder();
    VariantsDialog again(m_fixture.store.get(), m_fixture.window->review());
    QCOMPARE(again.suggestions().size(), 2);
    again.tree()->setCurrentItem(again.tree()->topLevelItem(1));
    const int rows = table()->rowCount();
    again.findChild<QPushButton*>(u"acceptVariant"_s)->click();
    QTRY_COMPARE(table()->rowCount(), rows - 1);
    QCOMPARE(rowOf(park), -1);
    undo->undo();
    QTRY_COMPARE(table()->rowCount(), rows);
}

void TestReview::detailsPaneEdits()
{
    openFolder();
    auto* details = m_fixture.window->findChild<ProjectDetails*>(u"projectDetails"_s);
    QVERIFY(details);
    QCOMPARE(details->projectId(), -1);
    const QString name = u"华创钢结构装配式智造中心"_s;
    ProjectTableView* view = m_fixture.window->projectTable();
    view->setCurrentIndex(view->model()->index(rowOf(name), ProjectTableModel::NameColumn));
    const int id = cell(name, 0).data(ProjectTableModel::ProjectIdRole).toInt();
    QCOMPARE(details->projectId(), id);
    QCOMPARE(
        details->evidenceLabel()->text(),
        u"总投资额5亿元、占地104亩的华创钢结构装配式智造中心，是湘潭先进金属材料精深加工产业园引进的优质项目之一。"_s);
    QCOMPARE(details->edit(u"company"_s)->text(), u"华创"_s);
    QCOMPARE(details->edit(u"amount"_s)->text(), u"5亿元"_s);
    QCOMPARE(details->statusChooser()->currentData().toString(), u"landed"_s);

    // The company typed in the pane: the table follows, the pane stays on the project and marks the field.
    details->edit(u"company"_s)->setText(u"华创集团"_s);
    Q_EMIT details->edit(u"company"_s)->editingFinished();
    QTRY_COMPARE(cell(name, ProjectTableModel::CompanyColumn).data().toString(), u"华创集团"_s);
    QTRY_COMPARE(details->edit(u"company"_s)->font().bold(), true);
    QCOMPARE(details->projectId(), id);
    QCOMPARE(details->edit(u"company"_s)->toolTip(), u"Corrected; as extracted: 华创"_s);
    QCOMPARE(view->currentIndex().data(ProjectTableModel::ProjectIdRole).toInt(), id);
    // The status chosen, the project confirmed: each an edit of its own.
    details->statusChooser()->setCurrentIndex(details->statusChooser()->findData(u"operating"_s));
    Q_EMIT details->statusChooser()->activated(details->statusChooser()->currentIndex());
    QTRY_COMPARE(cell(name, ProjectTableModel::StatusColumn).data(Qt::EditRole).toString(), u"operating"_s);
    details->confirmedBox()->click();
    QTRY_COMPARE(cell(name, ProjectTableModel::NameColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
    QUndoStack* undo = m_fixture.window->review()->undoStack();
    QCOMPARE(undo->count(), 3);
    // A bad amount is refused and the pane shows the value as it is.
    QTimer::singleShot(0, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    details->edit(u"amount"_s)->setText(u"很多"_s);
    Q_EMIT details->edit(u"amount"_s)->editingFinished();
    QCOMPARE(details->edit(u"amount"_s)->text(), u"5亿元"_s);
    QCOMPARE(undo->count(), 3);
    // Undone, the pane shows the extracted values again.
    undo->undo();
    undo->undo();
    undo->undo();
    QTRY_COMPARE(details->edit(u"company"_s)->text(), u"华创"_s);
    QCOMPARE(details->edit(u"company"_s)->font().bold(), false);
    QCOMPARE(details->statusChooser()->currentData().toString(), u"landed"_s);
    QVERIFY(!details->confirmedBox()->isChecked());
}

QStringList TestReview::snapshot() const
{
    QStringList out;
    ProjectFilter all;
    all.showExcluded = true;
    const CorpusQueries queries(m_fixture.store.get());
    for (const auto& r : queries.projects(all))
        out << u"P %1|%2|%3|%4|%5|%6|%7|%8|%9"_s
                   .arg(r.name, r.company, r.region, r.amountText, r.status, r.industry)
                   .arg(r.excluded)
                   .arg(r.confirmed)
                   .arg(r.mergedInto);
    for (int id : m_fixture.store->documentIds()) {
        for (const Entity& e : queries.entities(id))
            out << u"E %1 %2 %3 %4"_s.arg(id).arg(entityTypeName(e.type), e.text).arg(e.span.start);
    }
    CorrectionSet corrections = m_fixture.window->review()->corrections();
    for (auto& c : corrections.projects)
        c.changed = {};
    for (auto& c : corrections.entities)
        c.changed = {};
    out << QString::fromUtf8(QJsonDocument(corrections.toJson()).toJson(QJsonDocument::Compact));
    out.sort();
    return out;
}

int TestReview::documentNamed(const QString& file) const
{
    for (int id : m_fixture.store->documentIds()) {
        if (m_fixture.store->document(id)->document.name == file)
            return id;
    }
    return -1;
}

void TestReview::everyEditUndoesAndRedoes_data()
{
    QTest::addColumn<QString>("edit");
    for (const char* edit :
         {"field", "amount", "region", "exclude", "confirm", "merge", "split", "add project", "mark entity",
          "remove entity", "retype entity", "respan entity", "accept variant", "reject variant"})
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestReview::everyEditUndoesAndRedoes()
{
    QFETCH(QString, edit);
    // The invented entity article and the variants' two beside the samples.
    TestSupport::writeFile(
        *m_fixture.dir, u"articles/entities.txt"_s,
        u"株洲高新区签约新材料项目\n\n本报讯 3月12日，宏远与株洲高新区签约年产5万吨新材料项目，"
        u"总投资8亿元，计划年底开工。\n南岭精工智能装备项目由恒川新材料有限公司投资建设，总投资3亿元。\n"_s
            .toUtf8());
    TestSupport::writeFile(
        *m_fixture.dir, u"articles/v1.txt"_s,
        u"恒川项目落户株洲\n\n本报讯 恒川新材料股份有限公司投资12亿元的恒川锂电池正极材料项目"
        u"在株洲高新区签约。\n"_s.toUtf8());
    TestSupport::writeFile(*m_fixture.dir, u"articles/v2.txt"_s,
                           u"株洲新签一批项目\n\n本报讯 恒川锂电池正极材料产业园项目在株洲高新区开工，"
                           u"由恒川投资建设。\n"_s.toUtf8());
    openFolder();
    ReviewSession* review = m_fixture.window->review();
    const QString huachuang = u"华创钢结构装配式智造中心"_s;
    const int id = cell(huachuang, 0).data(ProjectTableModel::ProjectIdRole).toInt();
    const int other = cell(u"金属深加工项目"_s, 0).data(ProjectTableModel::ProjectIdRole).toInt();
    const int article = documentNamed(u"entities.txt"_s);
    QVERIFY(article >= 0);
    const QString text = m_fixture.store->document(article)->clean.text;
    const auto entity = [&](const QString& surface) -> std::optional<Entity> {
        for (const Entity& e : CorpusQueries(m_fixture.store.get()).entities(article)) {
            if (e.text == surface)
                return e;
        }
        return std::nullopt;
    };
    const auto spanOf = [&](const QString& surface) {
        const qsizetype at = text.indexOf(surface);
        return TextSpan{at, at + surface.size()};
    };
    const QStringList before = snapshot();
    QString error;
    bool done = false;
    if (edit == u"field"_s)
        done = review->setFields(id, {{u"company"_s, u"华创集团"_s}}, &error);
    else if (edit == u"amount"_s)
        done = review->setAmount(id, u"8亿"_s, &error);
    else if (edit == u"region"_s)
        done = review->setRegion(id, u"株洲市"_s);
    else if (edit == u"exclude"_s)
        done = (review->setExcluded(id, true), true);
    else if (edit == u"confirm"_s)
        done = (review->setConfirmed(id, true), true);
    else if (edit == u"merge"_s)
        done = review->merge({id, other}, {{u"status"_s, u"signed"_s}}, &error);
    else if (edit == u"split"_s) {
        auto second = review->splitDraft(id);
        QVERIFY(second);
        second->name = u"华创二期项目"_s;
        done = bool(review->split(id, {{u"amount"_s, u"300000000"_s}}, *second, &error));
    } else if (edit == u"add project"_s) {
        const TextSpan span = spanOf(u"南岭精工智能装备项目由恒川新材料有限公司投资建设"_s);
        ProjectCorrection draft =
            CorrectionSet::draft(*m_fixture.store->document(article),
                                 CorpusQueries(m_fixture.store.get()).entities(article), span);
        draft.name = u"南岭精工二期项目"_s;
        done = bool(review->addProject(article, span, draft, &error));
    } else if (edit == u"mark entity"_s)
        done = review->editEntity(article, std::nullopt, spanOf(u"宏远"_s), EntityType::Company, &error);
    else if (edit == u"remove entity"_s)
        done = review->editEntity(article, entity(u"8亿元"_s), std::nullopt, EntityType::Money, &error);
    else if (edit == u"retype entity"_s)
        done = review->editEntity(article, entity(u"恒川新材料有限公司"_s),
                                  entity(u"恒川新材料有限公司"_s)->span, EntityType::Person, &error);
    else if (edit == u"respan entity"_s)
        done = review->editEntity(article, entity(u"恒川新材料有限公司"_s), spanOf(u"恒川新材料"_s),
                                  EntityType::Company, &error);
    else if (edit == u"accept variant"_s || edit == u"reject variant"_s) {
        const QList<VariantCluster> found = VariantFinder::find(
            CorpusQueries(m_fixture.store.get()).projects({}), review->corrections().rejectedVariants);
        QVERIFY(!found.isEmpty());
        if (edit == u"accept variant"_s)
            review->acceptVariant(found.front(), found.front().suggested);
        else
            review->rejectVariant(found.front());
        done = true;
    }
    QVERIFY2(done, qPrintable(error));
    QCoreApplication::processEvents();
    const QStringList after = snapshot();
    QVERIFY(after != before);
    QUndoStack* undo = review->undoStack();
    QCOMPARE(undo->count(), 1); // every edit is one step
    undo->undo();
    QCoreApplication::processEvents();
    QCOMPARE(snapshot(), before);
    undo->redo();
    QCoreApplication::processEvents();
    QCOMPARE(snapshot(), after);
    // The sidecar holds what the session holds.
    const auto saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->toJson(), review->corrections().toJson());
}

void TestReview::typedAmountReadsBack_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("typed");
    QTest::newRow("亿 of yuan") << u"500000000"_s << u"CNY"_s << QString() << u"5亿"_s;
    QTest::newRow("a fraction of 亿") << u"350000000"_s << u"CNY"_s << u"about"_s << u"约3.5亿"_s;
    QTest::newRow("万 of dollars") << u"44000000"_s << u"USD"_s << QString() << u"4400万美元"_s;
    QTest::newRow("over") << u"1000000000"_s << u"CNY"_s << u"over"_s << u"超10亿"_s;
    QTest::newRow("euros") << u"12000"_s << u"EUR"_s << QString() << u"1.2万欧元"_s;
    QTest::newRow("counter: under 万, a plain number") << u"5000"_s << u"CNY"_s << QString() << u"5000"_s;
    QTest::newRow("counter: no amount") << QString() << QString() << QString() << QString();
}

void TestReview::typedAmountReadsBack()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, qualifier);
    QFETCH(QString, typed);
    const QMap<QString, QString> fields{
        {u"amount"_s, amount}, {u"currency"_s, currency}, {u"qualifier"_s, qualifier}};
    QCOMPARE(ReviewSession::typedAmount(fields), typed);
    QString error;
    const auto read = ReviewSession::amountFields(typed, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, fields);
}

bool TestReview::triggerInContextMenu(qsizetype at, const QString& action)
{
    QPlainTextEdit* text = m_fixture.window->documentView()->textEdit();
    QTextCursor c(text->document());
    c.setPosition(static_cast<int>(at));
    const QPoint pos = text->cursorRect(c).center() + QPoint(2, 0);
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        if (auto* a = menu->findChild<QAction*>(action)) {
            found = true;
            a->trigger();
        }
        menu->close();
    });
    Q_EMIT text->customContextMenuRequested(pos);
    QCoreApplication::processEvents();
    return found;
}

void TestReview::entityEditsInTheArticle()
{
    // An invented article: 宏远 is a company the extractor does not know as one.
    const QString article =
        u"株洲高新区签约新材料项目\n\n"
        u"本报讯 3月12日，宏远与株洲高新区签约年产5万吨新材料项目，总投资8亿元，计划年底开工。\n"
        u"南岭精工智能装备项目由恒川新材料有限公司投资建设，总投资3亿元。\n"_s;
    TestSupport::writeFile(*m_fixture.dir, u"articles/entities.txt"_s, article.toUtf8());
    openFolder();
    int documentId = -1;
    for (int r = 0; r < m_fixture.window->documentModel()->rowCount(); ++r) {
        const int id = m_fixture.window->documentModel()->documentId(r);
        if (m_fixture.store->document(id)->document.name == u"entities.txt"_s)
            documentId = id;
    }
    QVERIFY(documentId >= 0);
    m_fixture.window->showDocument(documentId);
    DocumentView* view = m_fixture.window->documentView();
    const QString& text = view->document().clean.text;
    const QString project = u"年产5万吨新材料项目"_s;
    const auto entityTypeAt = [view](const QString& surface) {
        for (const Entity& e : view->entities()) {
            if (e.text == surface)
                return entityTypeName(e.type);
        }
        return QString();
    };
    const auto entityRows = [this](const QString& surface) {
        QAbstractItemModel* model = m_fixture.window->findChild<QTableView*>(u"entityTable"_s)->model();
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                n += model->index(r, c).data().toString() == surface;
        }
        return n;
    };
    QCOMPARE(cell(project, ProjectTableModel::CompanyColumn).data().toString(), QString());
    QCOMPARE(entityTypeAt(u"宏远"_s), QString());

    // A field corrected first: its project gets a new id when the entity edit assembles the projects again,
    // and undoing the field still finds it.
    QVERIFY(m_fixture.window->review()->setFields(
        cell(project, 0).data(ProjectTableModel::ProjectIdRole).toInt(), {{u"status"_s, u"started"_s}}));
    QTRY_COMPARE(cell(project, ProjectTableModel::StatusColumn).data(Qt::EditRole).toString(), u"started"_s);

    // Mark 宏远 a company: highlighted, listed, and the project's company.
    const qsizetype at = text.indexOf(u"宏远"_s);
    QTextCursor select(view->textEdit()->document());
    select.setPosition(static_cast<int>(at));
    select.setPosition(static_cast<int>(at + 2), QTextCursor::KeepAnchor);
    view->textEdit()->setTextCursor(select);
    QVERIFY(triggerInContextMenu(at + 1, u"mark_company"_s));
    QTRY_COMPARE(cell(project, ProjectTableModel::CompanyColumn).data().toString(), u"宏远"_s);
    QCOMPARE(entityTypeAt(u"宏远"_s), u"company"_s);
    QCOMPARE(entityRows(u"宏远"_s), 1);
    QCOMPARE(view->documentId(), documentId);
    // The field correction made before still holds on the project assembled again.
    QCOMPARE(cell(project, ProjectTableModel::StatusColumn).data(Qt::EditRole).toString(), u"started"_s);

    // Remove the amount (right-click on it, no selection): the project has none.
    QTextCursor none(view->textEdit()->document());
    view->textEdit()->setTextCursor(none);
    QVERIFY(triggerInContextMenu(text.indexOf(u"8亿元"_s) + 1, u"removeEntity"_s));
    QTRY_COMPARE(cell(project, ProjectTableModel::InvestmentColumn).data().toString(), QString());
    QCOMPARE(entityTypeAt(u"8亿元"_s), QString());

    // Make the known company a person.
    QVERIFY(triggerInContextMenu(text.indexOf(u"恒川新材料有限公司"_s) + 1, u"retype_person"_s));
    QTRY_COMPARE(entityTypeAt(u"恒川新材料有限公司"_s), u"person"_s);

    // In the sidecar, and applied again when the folder is opened again.
    QString error;
    auto saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->entities.size(), 3);
    QCOMPARE(saved->entities[0].newText, u"宏远"_s);
    QVERIFY(saved->entities[1].removes());
    QCOMPARE(saved->entities[2].newType, u"person"_s);
    openFolder();
    m_fixture.window->showDocument(documentId);
    QTRY_COMPARE(cell(project, ProjectTableModel::CompanyColumn).data().toString(), u"宏远"_s);
    QCOMPARE(cell(project, ProjectTableModel::InvestmentColumn).data().toString(), QString());
    QCOMPARE(cell(project, ProjectTableModel::StatusColumn).data(Qt::EditRole).toString(), u"started"_s);
    QCOMPARE(entityTypeAt(u"恒川新材料有限公司"_s), u"person"_s);
    QCOMPARE(m_fixture.window->problemList()->count(), 0);

    // The reopened folder starts a new history: edits made now are undone one by one, and redone.
    QTextCursor none2(view->textEdit()->document());
    view->textEdit()->setTextCursor(none2);
    QVERIFY(triggerInContextMenu(text.indexOf(u"宏远"_s) + 1, u"removeEntity"_s));
    QTRY_COMPARE(cell(project, ProjectTableModel::CompanyColumn).data().toString(), QString());
    QUndoStack* undo = m_fixture.window->review()->undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->text(0), u"Remove entity “宏远”"_s);
    undo->undo();
    QTRY_COMPARE(cell(project, ProjectTableModel::CompanyColumn).data().toString(), u"宏远"_s);
    QCOMPARE(entityTypeAt(u"宏远"_s), u"company"_s);
    undo->redo();
    QTRY_COMPARE(cell(project, ProjectTableModel::CompanyColumn).data().toString(), QString());
    saved = CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error);
    QVERIFY(saved);
    QCOMPARE(saved->entities.size(), 4);
    undo->undo();
    QTRY_COMPARE(cell(project, ProjectTableModel::CompanyColumn).data().toString(), u"宏远"_s);
    QCOMPARE(CorrectionSet::load(CorrectionSet::sidecarPath(m_folder), &error)->entities.size(), 3);
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
