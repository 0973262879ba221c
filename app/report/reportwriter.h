#pragma once

#include "money/exchangerates.h"
#include "query/projectfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class Store;

// The summary report of the projects that match a filter: title, date, corpus and filter; headline numbers
// with the exchange rates used; the three charts; top projects by investment; summaries per region and per
// industry; the source articles. Every page has a header and "Page i of n". Paints on any paged device: a
// QPdfWriter (fonts embedded) or the printer of a print preview. Runs on the thread that owns the store;
// needs a QGuiApplication.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Options {
        QString title; // default: "Investment projects report"
        QDateTime generated = QDateTime::currentDateTime();
        QPageSize pageSize = QPageSize(QPageSize::A4);
        int topProjects = 20;
    };

    ReportWriter(const Store* store, ProjectFilter filter, Options options);

    // Lays out and paints the whole report on `device` (which must be ready to paint); returns the page
    // count.
    int paint(QPagedPaintDevice* device) const;
    // Writes a PDF completely or not at all.
    bool writePdf(const QString& path, QString* error, int* pages = nullptr) const;

    static std::optional<QPageSize> pageSizeFromName(const QString& name); // A4, Letter (any case)

private:
    const Store* m_store;
    ProjectFilter m_filter;
    Options m_options;
};
