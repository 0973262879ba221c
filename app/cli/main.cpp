#include "cli/cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <memory>

int main(int argc, char* argv[])
{
    // Charts and reports draw text, which needs fonts and so a QGuiApplication; they never need a display.
    const bool draws = argc > 1 && (qstrcmp(argv[1], "chart") == 0 || qstrcmp(argv[1], "report") == 0);
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    if (draws && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Without a session (CI, ssh) Qt would warn on every run; give it a private runtime folder.
        const QByteArray runtime =
            QDir::tempPath().toLocal8Bit() + "/investscope-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
#endif
    std::unique_ptr<QCoreApplication> application = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                          : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("investscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVESTSCOPE_VERSION));
    QTranslator translator;
    // English (the sources' language, with its plural forms) when the locale's language has no translation.
    if (translator.load(QLocale(), QStringLiteral("investscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("investscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Cli::Failure;
    Cli cli(&out, &err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    return code;
}
