#include "sortkey.h"

#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QVarLengthArray>

#include <sqlite3.h>
#include <unicode/ucol.h>

using namespace Qt::StringLiterals;

namespace {

void sortKey(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = static_cast<const UChar*>(sqlite3_value_text16(arguments[0]));
    const int32_t length = sqlite3_value_bytes16(arguments[0]) / static_cast<int>(sizeof(UChar));
    const auto* collator = static_cast<const UCollator*>(sqlite3_user_data(context));
    if (!collator) { // the C locale: UTF-16 code units, as Qt compares there (big-endian bytes sort so)
        QVarLengthArray<uint8_t, 256> bytes(2 * qsizetype(length));
        for (int32_t i = 0; i < length; ++i) {
            bytes[2 * i] = static_cast<uint8_t>(text[i] >> 8);
            bytes[2 * i + 1] = static_cast<uint8_t>(text[i] & 0xFF);
        }
        sqlite3_result_blob(context, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    // Most keys fit the stack buffer; ICU says how long a longer one is (its terminating 0 included).
    QVarLengthArray<uint8_t, 256> key(256);
    int32_t size = ucol_getSortKey(collator, text, length, key.data(), static_cast<int32_t>(key.size()));
    if (size > key.size()) {
        key.resize(size);
        size = ucol_getSortKey(collator, text, length, key.data(), size);
    }
    sqlite3_result_blob(context, key.constData(), size, SQLITE_TRANSIENT);
}

} // namespace

bool registerSortKey(const QSqlDatabase& db, const QLocale& locale, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return fail(u"sort_key: not an SQLite connection"_s);
    // The C locale compares code units, as QCollator does there.
    UCollator* collator = nullptr;
    if (locale.language() != QLocale::C) {
        UErrorCode status = U_ZERO_ERROR;
        collator = ucol_open(locale.name().toLatin1().constData(), &status);
        if (U_FAILURE(status))
            return fail(u"sort_key: no collation for %1 (%2)"_s.arg(locale.name(),
                                                                    QLatin1StringView(u_errorName(status))));
    }
    // SQLite owns the collator from here: it closes it when the function is replaced or the connection
    // closes.
    const int rc = sqlite3_create_function_v2(
        connection, "sort_key", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, collator, sortKey,
        nullptr, nullptr, [](void* c) { ucol_close(static_cast<UCollator*>(c)); });
    if (rc != SQLITE_OK)
        return fail(u"sort_key: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    return true;
}
