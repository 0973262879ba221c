#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

// Typed access to the user's settings. The default constructor uses the platform's settings store; tests pass
// a file so they never touch the user's.
class Settings final
{
public:
    Settings();
    explicit Settings(const QString& iniFile);
    Q_DISABLE_COPY_MOVE(Settings)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray documentSplitterState() const;
    void setDocumentSplitterState(const QByteArray& state);

    QStringList recentPaths() const;
    void addRecentPath(const QString& path); // most recent first, at most kMaxRecent

    static constexpr int kMaxRecent = 10;

private:
    QVariant value(const char* key) const;
    void setValue(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};
