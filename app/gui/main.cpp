#include "corpus/documentloader.h"
#include "diagnostics/stallwatchdog.h"
#include "mainwindow.h"
#include "settings.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"InvestScope"_s);
    QApplication::setOrganizationName(u"InvestScope"_s);
    QApplication::setApplicationVersion(QStringLiteral(INVESTSCOPE_VERSION));
    QApplication::setDesktopFileName(u"org.investscope.InvestScope"_s);
    QApplication::setWindowIcon(QIcon(u":/investscope/icons/investscope.svg"_s));

    // Qt's own strings, then ours, in the UI language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English (the sources' language, with its plural forms) when the UI language has no translation.
    if (translator.load(QLocale(), u"investscope"_s, u"_"_s, u":/i18n"_s) ||
        translator.load(u"investscope_en"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explorer for Chinese news about investment promotion."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption watchStalls(
        u"watch-stalls"_s,
        QApplication::translate("main",
                                "Say on standard error each time the window does not answer for more than "
                                "50 ms, and the longest at the end (a diagnostic)."));
    parser.addOption(watchStalls);
    parser.addPositionalArgument(
        u"PATH"_s,
        QApplication::translate("main", "Article files or folders to open; the sample corpus when none."),
        u"[PATH...]"_s);
    parser.process(app);

    Store store;
    QString error;
    if (!store.open(&error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "InvestScope"),
            QApplication::translate("main", "The corpus database could not be created: %1").arg(error));
        return 1;
    }
    Settings settings;
    MainWindow window(&store, &settings);
    window.show();
    StallWatchdog watchdog;
    if (parser.isSet(watchStalls)) {
        QObject::connect(&watchdog, &StallWatchdog::stalled, [](qint64 ms) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "investscope: the window did not answer for %1 ms")
                               .arg(ms)));
        });
        watchdog.start();
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        window.openSampleCorpus();
    else
        window.openPaths(paths);
    const int code = QApplication::exec();
    if (parser.isSet(watchStalls)) {
        watchdog.stop();
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate(
                           "main", "investscope: the window's longest stall was %1 ms; %2 over %3 ms")
                           .arg(watchdog.longestMs())
                           .arg(watchdog.stalls())
                           .arg(watchdog.thresholdMs())));
    }
    return code;
}
