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
