#pragma once

#include "pipeline/analyzeddocument.h"

#include <QList>
#include <QString>

// Tables of a corpus as CSV text (header row first), for the CLI.
namespace CsvExport {

enum class Table { Projects, Entities, Aggregates, Documents };

// The table in parts, written as the documents come: the header row, and one document's rows.
QString header(Table which);
QString rows(Table which, const AnalyzedDocument& document);
// "projects", "entities", "aggregates", "documents"; std::nullopt for anything else.
std::optional<Table> tableFromName(const QString& name);

} // namespace CsvExport
