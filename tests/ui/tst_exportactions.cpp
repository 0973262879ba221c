#include "charts/chartpanel.h"
#include "export/csvwriter.h"
#include "export/imagesizedialog.h"
#include "filter/filterstate.h"
#include "loading/corpusloader.h"
#include "mainwindow.h"
#include "query/corpusqueries.h"
#include "money/exchangeratesdialog.h"
#include "projects/projecttablemodel.h"
#include "projects/projecttableview.h"
#include "review/reviewsession.h"
#include "settings.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

// The window's export, print and exchange-rate actions, end to end: from the menu item through its dialogs
// to the file written.
class TestExportActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actionsAreInTheMenus();
    void chartPngViaMenuHasTheChosenSize();
    void chartSvgAndClipboard();
    void captionDescribesFilterAndConversion();
    void projectsViaMenuFollowTheFilter();
    void entitiesAsJson();
    void reportAsPdfAndPrinted();
    void printPreviewShowsTheReport();
    void savedDatabaseKeepsCorrections();
    void convertedAmountsAreMarked();
    void exchangeRatesApplyAndPersist();
    void exchangeRatesDialogValidates_data();
    void exchangeRatesDialogValidates();
    void exportErrorsNameTheFile();

private:
    void loadSample();
    void openWindow();
    // Runs `handle` on the next modal dialog once it shows (the action's exec() blocks meanwhile).
    void onNextDialog(std::function<void(QWidget*)> handle);
    // Types `path` into a file dialog's name field and accepts it.
    static void acceptFileDialog(QWidget* modal, const QString& path);
    QAction* menuAction(const QString& menu, const QString& objectName) const;
    static int pdfPages(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportActions::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    openWindow();
}

void TestExportActions::openWindow()
{
    m_window.reset();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExportActions::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestExportActions::loadSample()
{
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openSampleCorpus();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(m_window->projectTable()->model()->rowCount() > 10);
}

void TestExportActions::onNextDialog(std::function<void(QWidget*)> handle)
{
    auto* timer = new QTimer(m_window.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, m_window.get(), [timer, handle] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        const QPointer<QWidget> dialog = modal;
        handle(modal);
        // A handler that failed leaves its dialog open: close it so that the test ends instead of hanging.
        if (dialog && dialog->isVisible() && QApplication::activeModalWidget() == dialog)
            QMetaObject::invokeMethod(dialog, "reject");
    });
    timer->start();
}

void TestExportActions::acceptFileDialog(QWidget* modal, const QString& path)
{
    auto* files = qobject_cast<QFileDialog*>(modal);
    QVERIFY(files);
    // Typed into the name field, as a user does (selectFile() leaves a focused name field alone).
    auto* name = files->findChild<QLineEdit*>(u"fileNameEdit"_s);
    QVERIFY(name);
    name->setText(path);
    QTRY_COMPARE_WITH_TIMEOUT(files->selectedFiles().value(0), path, 5000);
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept() is protected
}

QAction* TestExportActions::menuAction(const QString& menu, const QString& objectName) const
{
    for (QAction* top : m_window->menuBar()->actions()) {
        if (!top->menu() || top->menu()->title().remove(u'&') != menu)
            continue;
        for (QAction* a : top->menu()->actions()) {
            if (a->objectName() == objectName)
                return a;
        }
    }
    return nullptr;
}

int TestExportActions::pdfPages(const QString& path)
{
    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    if (!info.waitForFinished(30000) || info.exitCode() != 0)
        return -1;
    for (const QString& line : QString::fromUtf8(info.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

void TestExportActions::actionsAreInTheMenus()
{
    for (const char* name : {"exportProjects", "exportEntities", "exportChartPng", "exportChartSvg",
                             "exportReportPdf", "printReport"})
        QVERIFY2(menuAction(u"File"_s, QString::fromLatin1(name)), name);
    QVERIFY(menuAction(u"Edit"_s, u"copyChart"_s));
    QVERIFY(menuAction(u"Edit"_s, u"exchangeRates"_s));
    QCOMPARE(menuAction(u"File"_s, u"printReport"_s)->shortcut(), QKeySequence(QKeySequence::Print));
    // Every chart offers its exports in its context menu.
    ChartPanel* charts = m_window->chartPanel();
    for (auto chart : {ChartPanel::RegionChart, ChartPanel::SizeChart, ChartPanel::IndustryChart}) {
        QChartView* view = charts->view(chart);
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(view->actions().contains(charts->exportPngAction()));
        QVERIFY(view->actions().contains(charts->exportSvgAction()));
        QVERIFY(view->actions().contains(charts->copyAction()));
    }
}

void TestExportActions::chartPngViaMenuHasTheChosenSize()
{
    loadSample();
    m_window->chartPanel()->showChart(ChartPanel::IndustryChart);
    const QString path = m_dir->filePath(u"industry"_s); // typed without the extension
    onNextDialog([this, path](QWidget* modal) {
        auto* size = qobject_cast<ImageSizeDialog*>(modal);
        QVERIFY(size);
        QCOMPARE(size->logicalSize(), ChartPanel::kDefaultExportSize);
        QCOMPARE(size->devicePixelRatio(), 2.0);
        size->setLogicalSize(QSize(640, 400));
        onNextDialog([path](QWidget* next) { acceptFileDialog(next, path); });
        size->accept();
    });
    menuAction(u"File"_s, u"exportChartPng"_s)->trigger();
    QImage image;
    QVERIFY(image.load(path + u".png"_s, "PNG"));
    QCOMPARE(image.size(), QSize(1280, 800));
    // The size chosen is the one offered next time, after a restart too.
    openWindow();
    QCOMPARE(m_window->chartPanel()->exportSize(), QSize(640, 400));
    QCOMPARE(m_window->chartPanel()->exportRatio(), 2.0);
    // Something is drawn: the bars' colour is there beside the white background.
    int bar = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            bar += image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2) ? 1 : 0;
    }
    QVERIFY(bar > 100);
}

void TestExportActions::chartSvgAndClipboard()
{
    loadSample();
    ChartPanel* charts = m_window->chartPanel();
    const QString svg = m_dir->filePath(u"size.svg"_s);
    QString error;
    QVERIFY2(charts->exportSvg(ChartPanel::SizeChart, svg, QSize(800, 500), &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<svg"));
    QVERIFY(xml.contains("viewBox=\"0 0 800 500\""));

    QApplication::clipboard()->clear();
    charts->showChart(ChartPanel::RegionChart);
    charts->copyAction()->trigger();
    const QImage copied = QApplication::clipboard()->image();
    QCOMPARE(copied.size(), ChartPanel::kDefaultExportSize * 2);
}

void TestExportActions::captionDescribesFilterAndConversion()
{
    loadSample();
    ChartPanel* charts = m_window->chartPanel();
    auto* caption = charts->findChild<QLabel*>(u"chartCaption"_s);
    QVERIFY(caption);
    charts->showChart(ChartPanel::SizeChart);
    QVERIFY2(caption->text().contains(u"USD"_s), qPrintable(caption->text())); // a project in dollars
    m_window->filterState()->setRegion(ProjectFilter::RegionLevel::Province, u"浙江省"_s);
    QTRY_VERIFY2(caption->text().contains(u"浙江省"_s), qPrintable(caption->text()));
    QCOMPARE(caption->text(), charts->chartData(ChartPanel::SizeChart).caption);
}

void TestExportActions::projectsViaMenuFollowTheFilter()
{
    loadSample();
    m_window->filterState()->setRegion(ProjectFilter::RegionLevel::Province, u"江苏省"_s);
    const int shown = m_window->projectTable()->model()->rowCount();
    QVERIFY(shown > 0 && shown < m_store->rowCount(u"projects"_s));
    const QString path = m_dir->filePath(u"jiangsu"_s);
    onNextDialog([path](QWidget* modal) { acceptFileDialog(modal, path); });
    menuAction(u"File"_s, u"exportProjects"_s)->trigger();
    QFile file(path + u".csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = Csv::parse(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), shown + 1);
    const qsizetype province = rows.first().indexOf(u"province"_s);
    for (const QStringList& row : rows.mid(1))
        QCOMPARE(row.at(province), u"江苏省"_s);
}

void TestExportActions::entitiesAsJson()
{
    loadSample();
    const QString path = m_dir->filePath(u"entities.json"_s);
    QString error;
    QVERIFY2(m_window->exportTable(MainWindow::Table::Entities, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"entities"_s).toArray().size(), m_store->rowCount(u"entities"_s));
}

void TestExportActions::reportAsPdfAndPrinted()
{
    loadSample();
    const QString pdf = m_dir->filePath(u"report.pdf"_s);
    QString error;
    int pages = 0;
    QVERIFY2(m_window->exportReport(pdf, QPageSize(QPageSize::Letter), u"季度招商报告"_s, &error, &pages),
             qPrintable(error));
    QVERIFY(pages >= 3);
    QCOMPARE(pdfPages(pdf), pages);

    // What the print preview's printer receives: the same report, laid out on the printer's paper.
    const QString printed = m_dir->filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const int printedPages = m_window->printReport(&printer);
    QVERIFY(printedPages >= 3);
    QCOMPARE(pdfPages(printed), printedPages);

    // The exported PDF keeps its text; a printer (and so the print preview, which replays what a printer
    // is sent) gets the glyphs as outlines at the printer's positions, Latin and Chinese on one baseline.
    const auto fonts = [](const QString& path) {
        QProcess p;
        p.start(u"pdffonts"_s, {path});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size() - 2;
    };
    QVERIFY(fonts(pdf) >= 1);
    QCOMPARE(fonts(printed), 0);
}

void TestExportActions::printPreviewShowsTheReport()
{
    loadSample();
    int previewPages = -1;
    onNextDialog([&previewPages](QWidget* modal) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
        QVERIFY(preview);
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() > 0);
        previewPages = widget->pageCount();
        preview->reject();
    });
    menuAction(u"File"_s, u"printReport"_s)->trigger();
    QVERIFY2(previewPages >= 3, qPrintable(QString::number(previewPages)));
}

void TestExportActions::savedDatabaseKeepsCorrections()
{
    loadSample();
    // The sample corpus has no sidecar: its corrections live in the window, and in a saved database.
    const ProjectTableModel* model = m_window->projectTable()->projectModel();
    int id = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r).name == u"华创钢结构装配式智造中心"_s)
            id = model->row(r).id;
    }
    QVERIFY(id >= 0);
    QVERIFY(m_window->review()->setFields(id, {{u"company"_s, u"华创集团"_s}}));
    QTRY_COMPARE(m_window->review()->corrections().projects.size(), 1);
    // …and an entity edit: its park's entity removed, so the project lies where the article's place is.
    const int article = CorpusQueries(m_store.get()).project(id)->documentId;
    static const QString kPark = u"湘潭先进金属材料精深加工产业园"_s;
    // The park named in the project's own sentence (the article names it elsewhere too).
    const auto parkEntity = [this](int document) -> std::optional<Entity> {
        const QString text = m_store->document(document)->clean.text;
        const qsizetype start = text.indexOf(u"华创钢结构"_s);
        const qsizetype end = text.indexOf(u'。', start);
        for (const Entity& e : CorpusQueries(m_store.get()).entities(document)) {
            if (e.text == kPark && e.span.start > start && e.span.end <= end)
                return e;
        }
        return std::nullopt;
    };
    QVERIFY(parkEntity(article));
    QVERIFY(m_window->review()->editEntity(article, parkEntity(article), std::nullopt, EntityType::Region));
    QCOMPARE(m_window->review()->corrections().entities.size(), 1);
    // Reading the same files again keeps them (there is no sidecar to read them from).
    {
        QSignalSpy reloaded(m_window->loader(), &CorpusLoader::finished);
        m_window->reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 30000);
    }
    QCOMPARE(m_window->review()->corrections().projects.size(), 1);
    QCOMPARE(m_window->review()->corrections().entities.size(), 1);
    bool corrected = false;
    for (int r = 0; r < model->rowCount(); ++r)
        corrected = corrected || (model->row(r).name == u"华创钢结构装配式智造中心"_s &&
                                  model->row(r).company == u"华创集团"_s && model->row(r).region != kPark);
    QVERIFY(corrected);
    const QString path = m_dir->filePath(u"reviewed.sqlite"_s);
    onNextDialog([this, path](QWidget* modal) { acceptFileDialog(modal, path); });
    menuAction(u"File"_s, u"saveDatabase"_s)->trigger();
    QTRY_VERIFY(QFileInfo::exists(path));

    // Another corpus, then the database again: the corrected row and the corrections both come back.
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openPaths({m_dir->path()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(m_window->review()->corrections().isEmpty());
    onNextDialog([this, path](QWidget* modal) { acceptFileDialog(modal, path); });
    menuAction(u"File"_s, u"openDatabase"_s)->trigger();
    QTRY_COMPARE(m_window->review()->corrections().projects.size(), 1);
    bool found = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r).name == u"华创钢结构装配式智造中心"_s) {
            found = true;
            QCOMPARE(model->row(r).company, u"华创集团"_s);
            QCOMPARE(model->row(r).corrected, QStringList{u"company"_s});
            QVERIFY(model->row(r).region != kPark);
        }
    }
    QVERIFY(found);
    QCOMPARE(m_window->review()->corrections().entities.size(), 1);
    // Edits go on on the opened database: the article is analysed again with every correction it has.
    int reopened = -1;
    for (int document : m_store->documentIds()) {
        if (m_store->document(document)->document.name == u"002_2db777985a72217c.txt"_s)
            reopened = document;
    }
    QVERIFY(reopened >= 0);
    QVERIFY(!parkEntity(reopened));
    const QString text = m_store->document(reopened)->clean.text;
    const qsizetype at = text.indexOf(kPark, text.indexOf(u"华创钢结构"_s));
    QVERIFY(at >= 0);
    QVERIFY(m_window->review()->editEntity(reopened, std::nullopt, TextSpan{at, at + kPark.size()},
                                           EntityType::Region));
    QVERIFY(parkEntity(reopened));
    // The table once the views have followed: the project in its park again, its corrected company kept.
    const auto reviewed = [model]() -> QString {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r).name == u"华创钢结构装配式智造中心"_s)
                return model->row(r).company + u" / "_s + model->row(r).region;
        }
        return QString();
    };
    QTRY_COMPARE(reviewed(), u"华创集团 / "_s + kPark);
}

void TestExportActions::convertedAmountsAreMarked()
{
    loadSample();
    const QAbstractItemModel* model = m_window->projectTable()->projectModel();
    int converted = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ProjectTableModel::InvestmentColumn);
        if (!index.data(ProjectTableModel::ConvertedRole).toBool()) {
            QVERIFY(!index.data().toString().contains(u'≈'));
            continue;
        }
        ++converted;
        QVERIFY2(index.data().toString().contains(u'≈'), qPrintable(index.data().toString()));
        QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());
        static const QRegularExpression rate(u"Converted to .* at 1 [A-Z]{3} = [0-9.]+ CNY"_s);
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(rate),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
    }
    QVERIFY(converted >= 1);
}

void TestExportActions::exchangeRatesApplyAndPersist()
{
    loadSample();
    const QAbstractItemModel* model = m_window->projectTable()->projectModel();
    const auto dollarRow = [model]() -> QModelIndex {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ProjectTableModel::InvestmentColumn);
            if (index.data(ProjectTableModel::ConvertedRole).toBool())
                return index;
        }
        return {};
    };
    const QModelIndex before = dollarRow();
    QVERIFY(before.isValid());
    const double cnyBefore = before.data(ProjectTableModel::AmountCnyRole).toDouble();
    const double usdRate = *m_store->exchangeRates().rate(u"USD"_s);

    // Through the dialog, as a user would: double the dollar.
    onNextDialog([usdRate](QWidget* modal) {
        auto* dialog = qobject_cast<ExchangeRatesDialog*>(modal);
        QVERIFY(dialog);
        QTableWidget* table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == u"USD"_s)
                table->item(row, 1)->setText(QString::number(usdRate * 2, 'g', 8));
        }
        dialog->accept();
    });
    menuAction(u"Edit"_s, u"exchangeRates"_s)->trigger();
    QCOMPARE(*m_store->exchangeRates().rate(u"USD"_s), usdRate * 2);
    const QModelIndex after = dollarRow();
    QVERIFY(after.isValid());
    QCOMPARE(after.data(ProjectTableModel::AmountCnyRole).toDouble(), cnyBefore * 2);

    // The next start converts with the same rates.
    openWindow();
    QCOMPARE(*m_store->exchangeRates().rate(u"USD"_s), usdRate * 2);
    // Back to the shipped table: nothing kept in the settings.
    QString error;
    QVERIFY(m_window->setExchangeRates(ExchangeRates::defaults(), &error));
    QVERIFY(m_settings->exchangeRates().isEmpty());
}

void TestExportActions::exchangeRatesDialogValidates_data()
{
    QTest::addColumn<QStringList>("cells"); // currency, rate, currency, rate, …
    QTest::addColumn<QString>("error");     // empty: accepted
    QTest::newRow("good") << QStringList{u"USD"_s, u"7.2"_s, u"eur"_s, u"8.1"_s} << QString();
    QTest::newRow("empty row ignored") << QStringList{u"USD"_s, u"7.2"_s, u""_s, u""_s} << QString();
    QTest::newRow("bad code") << QStringList{u"US$"_s, u"7.2"_s} << u"Row 1"_s;
    QTest::newRow("yuan") << QStringList{u"CNY"_s, u"1"_s} << u"CNY"_s;
    QTest::newRow("zero rate") << QStringList{u"USD"_s, u"7.2"_s, u"JPY"_s, u"0"_s} << u"Row 2"_s;
    QTest::newRow("not a number") << QStringList{u"USD"_s, u"seven"_s} << u"USD"_s;
    QTest::newRow("twice") << QStringList{u"USD"_s, u"7.2"_s, u"USD"_s, u"7.3"_s} << u"twice"_s;
}

void TestExportActions::exchangeRatesDialogValidates()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, error);
    ExchangeRatesDialog dialog(ExchangeRates{});
    QTableWidget* table = dialog.table();
    QCOMPARE(table->rowCount(), 0);
    for (qsizetype i = 0; i + 1 < cells.size(); i += 2) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(cells[i]));
        table->setItem(row, 1, new QTableWidgetItem(cells[i + 1]));
    }
    QString message;
    const auto rates = dialog.rates(&message);
    if (error.isEmpty()) {
        QVERIFY2(rates, qPrintable(message));
        QCOMPARE(rates->rate(u"USD"_s), std::optional<double>(7.2));
        if (cells.contains(u"eur"_s))
            QCOMPARE(rates->rate(u"EUR"_s), std::optional<double>(8.1));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    } else {
        QVERIFY(!rates);
        QVERIFY2(message.contains(error), qPrintable(message));
        dialog.show();
        dialog.accept(); // refused: the dialog stays open and shows why
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(u"error"_s)->text(), message);
    }
}

void TestExportActions::exportErrorsNameTheFile()
{
    loadSample();
    const QString missing = m_dir->filePath(u"no/such/folder/projects.csv"_s);
    QString error;
    QVERIFY(!m_window->exportTable(MainWindow::Table::Projects, missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    const QString pdf = m_dir->filePath(u"no/such/folder/report.pdf"_s);
    QVERIFY(!m_window->exportReport(pdf, QPageSize(QPageSize::A4), QString(), &error));
    QVERIFY2(error.contains(u"report.pdf"_s), qPrintable(error));
    QVERIFY(!m_window->chartPanel()->exportPng(ChartPanel::RegionChart, m_dir->filePath(u"no/x.png"_s),
                                               QSize(900, 560), 2, &error));
    QVERIFY2(error.contains(u"x.png"_s), qPrintable(error));
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
