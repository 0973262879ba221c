#pragma once

#include <QLocale>
#include <QString>

class QSqlDatabase;

// The SQL function sort_key(text) on an SQLite connection: a BLOB whose byte order (the order SQLite gives
// blobs) is the order of `locale`'s collation, so that ORDER BY sort_key(name) sorts names as the views
// show them: by pinyin for Chinese, as QString::localeAwareCompare does (by UTF-16 code unit in the C
// locale, as there). NULL gives NULL (first, as SQLite sorts it). A second registration replaces the first
// (another locale). Used on the connection's thread.
bool registerSortKey(const QSqlDatabase& db, const QLocale& locale, QString* error);
