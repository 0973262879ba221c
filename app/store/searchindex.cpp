#include "searchindex.h"

#include "text/simplifiedchinese.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString likePattern(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u"%"_s, u"\\%"_s);
    text.replace(u"_"_s, u"\\_"_s);
    return u'%' + text + u'%';
}

} // namespace

bool SearchIndex::available(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM sqlite_master WHERE type = ? AND name = ?"_s);
    q.addBindValue(u"table"_s);
    q.addBindValue(u"documents_fts"_s);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

bool SearchIndex::create(QSqlDatabase db, QString* error)
{
    if (available(db))
        return true;
    QSqlQuery q(db);
    if (!q.exec(u"CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = 'trigram')"_s)) {
        // No FTS5 (or no trigram tokenizer) in this SQLite: search uses LIKE instead.
        Q_UNUSED(error);
        return true;
    }
    return true;
}

namespace {

// One article into the index, through `insert` (prepared once by the caller).
bool insertRow(QSqlQuery& insert, int documentId, const QString& title, const QString& text, QString* error)
{
    insert.addBindValue(documentId);
    // The Simplified shadow: 投资 finds 投資 and the reverse. Same length, so offsets would carry over.
    insert.addBindValue(SimplifiedChinese::fromTraditional(title));
    insert.addBindValue(SimplifiedChinese::fromTraditional(text));
    if (!insert.exec()) {
        if (error)
            *error = insert.lastError().text();
        return false;
    }
    return true;
}

const QString kInsert = QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)");

} // namespace

bool SearchIndex::clear(QSqlDatabase db, QString* error)
{
    if (!available(db))
        return true;
    // Dropped and made again rather than emptied: FTS5 keeps deleted rows' index entries until segments
    // merge, so an emptied index would still hold the last corpus's pages.
    QSqlQuery q(db);
    if (!q.exec(u"DROP TABLE documents_fts"_s)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return create(db, error);
}

bool SearchIndex::rebuild(QSqlDatabase db, QString* error)
{
    int last = 0;
    return clear(db, error) && addFrom(db, 0, std::numeric_limits<int>::max(), &last, error).has_value();
}

std::optional<int> SearchIndex::addFrom(QSqlDatabase db, int after, int maxDocuments, int* last,
                                        QString* error)
{
    *last = after;
    QSqlQuery documents(db);
    documents.setForwardOnly(true);
    documents.prepare(
        u"SELECT id, COALESCE(title, ''), clean_text FROM documents WHERE id > ? ORDER BY id LIMIT ?"_s);
    documents.addBindValue(after);
    documents.addBindValue(maxDocuments);
    if (!documents.exec()) {
        if (error)
            *error = documents.lastError().text();
        return std::nullopt;
    }
    const bool index = available(db);
    QSqlQuery insert(db);
    if (index)
        insert.prepare(kInsert);
    int indexed = 0;
    while (documents.next()) {
        const int id = documents.value(0).toInt();
        if (index &&
            !insertRow(insert, id, documents.value(1).toString(), documents.value(2).toString(), error))
            return std::nullopt;
        *last = id;
        ++indexed;
    }
    return indexed;
}

QList<int> SearchIndex::search(QSqlDatabase db, const QString& text, int indexedThrough)
{
    QList<int> ids;
    const QString needle = SimplifiedChinese::fromTraditional(text.trimmed());
    if (needle.isEmpty())
        return ids;
    QSqlQuery q(db);
    // The trigram tokenizer needs three characters; shorter words are looked for with LIKE, over the same
    // Simplified shadow.
    if (available(db) && needle.size() >= 3) {
        q.prepare(u"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid"_s);
        QString phrase = needle;
        phrase.replace(u"\""_s, u"\"\""_s);
        q.addBindValue(QString(u'"' + phrase + u'"'));
    } else if (available(db)) {
        q.prepare(
            u"SELECT rowid FROM documents_fts WHERE body LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' ORDER BY rowid"_s);
        q.addBindValue(likePattern(needle));
        q.addBindValue(likePattern(needle));
    } else {
        q.prepare(
            u"SELECT id FROM documents WHERE clean_text LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' ORDER BY id"_s);
        q.addBindValue(likePattern(needle));
        q.addBindValue(likePattern(needle));
    }
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toInt());
    }
    // The articles not indexed yet, read: their Simplified shadow searched as the index would be.
    if (available(db)) {
        QSqlQuery rest(db);
        rest.setForwardOnly(true);
        rest.prepare(u"SELECT id, COALESCE(title, ''), clean_text FROM documents WHERE id > ? ORDER BY id"_s);
        rest.addBindValue(indexedThrough);
        if (rest.exec()) {
            while (rest.next()) {
                if (SimplifiedChinese::fromTraditional(rest.value(2).toString())
                        .contains(needle, Qt::CaseInsensitive) ||
                    SimplifiedChinese::fromTraditional(rest.value(1).toString())
                        .contains(needle, Qt::CaseInsensitive))
                    ids.append(rest.value(0).toInt());
            }
        }
    }
    return ids;
}
