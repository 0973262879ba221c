#pragma once

#include "pipeline/analyzeddocument.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The JSON contract of `investscope-cli extract --format json` (DESIGN.md): field names are a contract,
// fields may be added, never renamed. Offsets are UTF-16 code units into the cleaned text.
namespace JsonExport {

QJsonObject entity(const Entity& e);
QJsonObject project(const Project& p);
QJsonObject aggregate(const Aggregate& a);
// With `explain`, each project gets "explanation" (a list of lines) and each document "rejected" (the names
// looked at and refused, with the reason).
QJsonObject document(const AnalyzedDocument& d, bool explain = false);
// `object` as QJsonDocument::Indented writes it `depth` levels deep (four spaces a level), without the final
// line break: the parts of a document written a piece at a time.
QByteArray indented(const QJsonObject& object, int depth);
// The same, as text for a reader: per article, each project with its explanation, then the rejected names.
QString explanation(const QList<AnalyzedDocument>& documents);

} // namespace JsonExport
