#include "settings.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// Every key and its default, in one place.
const QHash<QString, QVariant>& defaults()
{
    static const QHash<QString, QVariant> table{
        {u"window/geometry"_s, QByteArray()},
        {u"window/state"_s, QByteArray()},
        {u"window/documentSplitter"_s, QByteArray()},
        {u"files/recent"_s, QStringList()},
        {u"money/exchangeRates"_s, QString()},
        {u"report/pageSize"_s, QString()},
        {u"report/title"_s, QString()},
        {u"charts/exportSize"_s, QSize(900, 560)},
        {u"charts/exportRatio"_s, 2.0},
    };
    return table;
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QVariant Settings::value(const char* key) const
{
    const QString k = QString::fromLatin1(key);
    return m_settings->value(k, defaults().value(k));
}

void Settings::setValue(const char* key, const QVariant& value)
{
    m_settings->setValue(QString::fromLatin1(key), value);
}

QByteArray Settings::windowGeometry() const
{
    return value("window/geometry").toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    setValue("window/geometry", geometry);
}
QByteArray Settings::windowState() const
{
    return value("window/state").toByteArray();
}
void Settings::setWindowState(const QByteArray& state)
{
    setValue("window/state", state);
}
QByteArray Settings::documentSplitterState() const
{
    return value("window/documentSplitter").toByteArray();
}
void Settings::setDocumentSplitterState(const QByteArray& state)
{
    setValue("window/documentSplitter", state);
}

QString Settings::exchangeRates() const
{
    return value("money/exchangeRates").toString();
}
void Settings::setExchangeRates(const QString& table)
{
    setValue("money/exchangeRates", table);
}
QString Settings::reportPageSize() const
{
    return value("report/pageSize").toString();
}
void Settings::setReportPageSize(const QString& name)
{
    setValue("report/pageSize", name);
}
QString Settings::reportTitle() const
{
    return value("report/title").toString();
}
void Settings::setReportTitle(const QString& title)
{
    setValue("report/title", title);
}

QSize Settings::chartExportSize() const
{
    const QSize size = value("charts/exportSize").toSize();
    return size.isValid() ? size : QSize(900, 560);
}
qreal Settings::chartExportRatio() const
{
    const qreal ratio = value("charts/exportRatio").toReal();
    return ratio >= 1 && ratio <= 4 ? ratio : 2.0;
}
void Settings::setChartExport(QSize size, qreal ratio)
{
    setValue("charts/exportSize", size);
    setValue("charts/exportRatio", ratio);
}

QStringList Settings::recentPaths() const
{
    return value("files/recent").toStringList();
}

void Settings::addRecentPath(const QString& path)
{
    QStringList paths = recentPaths();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > kMaxRecent)
        paths.removeLast();
    setValue("files/recent", paths);
}
