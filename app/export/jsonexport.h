#pragma once

#include "pipeline/analyzeddocument.h"

#include <QJsonObject>
#include <QList>

// The JSON contract of `investscope-cli extract --format json` (DESIGN.md): field names are a contract,
// fields may be added, never renamed. Offsets are UTF-16 code units into the cleaned text.
namespace JsonExport {

QJsonObject entity(const Entity& e);
QJsonObject project(const Project& p);
QJsonObject aggregate(const Aggregate& a);
QJsonObject document(const AnalyzedDocument& d);
QJsonObject corpus(const QList<AnalyzedDocument>& documents);

} // namespace JsonExport
