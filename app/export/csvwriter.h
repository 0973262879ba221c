#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled; rows end with CRLF.
namespace Csv {

QString field(const QString& value);
QString row(const QStringList& fields);
// The UTF-8 byte-order mark that makes Excel read a CSV file as UTF-8.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

} // namespace Csv
