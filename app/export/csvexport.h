#pragma once

#include "pipeline/analyzeddocument.h"

#include <QList>
#include <QString>

// Tables of a corpus as CSV text (header row first), for the CLI and the export menu.
namespace CsvExport {

enum class Table { Projects, Entities, Aggregates, Documents };

QString table(Table which, const QList<AnalyzedDocument>& documents);
// "projects", "entities", "aggregates", "documents"; std::nullopt for anything else.
std::optional<Table> tableFromName(const QString& name);

} // namespace CsvExport
