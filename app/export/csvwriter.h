#pragma once

#include <QString>
#include <QList>
#include <QStringList>
#include <QStringView>

// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled; rows end with CRLF.
namespace Csv {

QString field(const QString& value);
QString row(const QStringList& fields);
// Reads CSV text back into rows (quoted fields with doubled quotes, commas and line breaks inside; CRLF or
// LF; a leading byte-order mark is skipped).
QList<QStringList> parse(QStringView text);
// The UTF-8 byte-order mark that makes Excel read a CSV file as UTF-8.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

} // namespace Csv
