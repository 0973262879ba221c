#include "sqlitestatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase& db, const QString& sql)
    : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_error = u"not an SQLite connection"_s;
        return;
    }
    if (sqlite3_prepare16_v2(m_db, sql.constData(), static_cast<int>(sql.size() * sizeof(QChar)),
                             &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::endRun()
{
    if (m_hasRow) { // a run that gave a row stays open until the row has been read
        sqlite3_reset(m_statement);
        m_hasRow = false;
    }
}

void SqliteStatement::bind(const QVariant& value)
{
    if (!m_statement)
        return;
    endRun();
    const int i = m_next++;
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_statement, i);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, i, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, i, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull()) // as Qt's driver binds it
            sqlite3_bind_null(m_statement, i);
        else
            sqlite3_bind_blob64(m_statement, i, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QString text = value.toString();
        if (text.isNull()) // as Qt's driver binds it
            sqlite3_bind_null(m_statement, i);
        else
            sqlite3_bind_text16(m_statement, i, text.constData(),
                                static_cast<int>(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
        break;
    }
    }
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    endRun();
    m_next = 1;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_hasRow = true; // readable until the next bind() or exec()
        return true;
    }
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    if (!m_hasRow)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    endRun();
    return false;
}

void SqliteStatement::finish()
{
    if (m_statement)
        endRun();
}

qint64 SqliteStatement::intValue(int column) const
{
    return m_hasRow ? sqlite3_column_int64(m_statement, column) : 0;
}

double SqliteStatement::doubleValue(int column) const
{
    return m_hasRow ? sqlite3_column_double(m_statement, column) : 0;
}

QString SqliteStatement::textValue(int column) const
{
    if (!m_hasRow)
        return {};
    const void* text = sqlite3_column_text16(m_statement, column);
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return text ? QString(static_cast<const QChar*>(text), bytes / static_cast<int>(sizeof(QChar)))
                : QString(u""_s);
}

bool SqliteStatement::isNull(int column) const
{
    return !m_hasRow || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::utf8View(int column) const
{
    if (!m_hasRow)
        return {};
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}
