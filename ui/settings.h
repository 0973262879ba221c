#pragma once

#include <QByteArray>
#include <QSettings>
#include <QSize>
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

    // The user's exchange-rate table (ExchangeRates' text format); empty: the shipped table.
    QString exchangeRates() const;
    void setExchangeRates(const QString& table);
    // The last report options: page size name (A4, Letter) and title.
    QString reportPageSize() const;
    void setReportPageSize(const QString& name);
    QString reportTitle() const;
    void setReportTitle(const QString& title);

    // The last size chosen for chart images: logical pixels and device pixel ratio.
    QSize chartExportSize() const;
    qreal chartExportRatio() const;
    void setChartExport(QSize size, qreal ratio);

    QStringList recentPaths() const;
    void addRecentPath(const QString& path); // most recent first, at most kMaxRecent

    static constexpr int kMaxRecent = 10;

private:
    QVariant value(const char* key) const;
    void setValue(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};
