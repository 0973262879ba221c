#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// The SQLite handle under a QSQLITE connection; nullptr for another driver (or none).
sqlite3* sqliteHandle(const QSqlDatabase& db);

// A prepared statement on a QSQLITE connection, bound and run through SQLite's C API. For the store's
// inserts, run hundreds of thousands of times in a load: Qt's binding names a placeholder per value
// (QSqlResult:: bindValue formats ":%1"), which took a quarter of storing. Values are bound in order, as with
// QSqlQuery::addBindValue, and copied; exec() runs the statement and makes it ready for the next values.
// Used on the connection's thread, inside the transaction the caller opened through Qt.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase& db, const QString& sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_statement != nullptr; }

    // The next parameter: a null QVariant, string or byte array binds NULL (as Qt's driver does); integers,
    // doubles, strings (as UTF-16) and byte arrays (as a blob) as themselves; any other value as its text.
    void bind(const QVariant& value);
    // Runs the statement; true when it ran. A row it gives can be read with value() until the next exec().
    bool exec();
    bool hasRow() const { return m_hasRow; }
    // The run's next row: false, and the run ended, after its last (or on an error).
    bool next();
    // Ends the run whose row was read (as QSqlQuery::finish()).
    void finish();
    qint64 intValue(int column) const;
    double doubleValue(int column) const;
    QString textValue(int column) const; // "" for NULL
    // The column's UTF-8 bytes as SQLite holds them, not copied: valid until the next step (empty for NULL).
    QByteArray utf8View(int column) const;
    bool isNull(int column) const;
    // What went wrong in the last prepare or exec.
    QString error() const { return m_error; }

private:
    void endRun();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_next = 1;
    bool m_hasRow = false;
    QString m_error;
};
