#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("investscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVESTSCOPE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("investscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
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
