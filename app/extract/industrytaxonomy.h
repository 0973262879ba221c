#pragma once

#include "annotations.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// The industry taxonomy (resources/data/taxonomy.tsv): codes with Chinese and English names and the keywords
// that map a mention to a code. Finds industry mentions in Simplified text, longest keyword first.
// Immutable; share between threads.
class IndustryTaxonomy final
{
public:
    struct Industry {
        QString code; // ICT, SEMI, EQUIP, AUTO, ENERGY, MATERIAL, BIO, GREEN, SERVICE, CONSUMER, AGRI,
                      // CULTURE, OTHER
        QString nameZh;
        QString nameEn;
        QStringList keywords;
    };

    explicit IndustryTaxonomy(const QString& tsv);
    // A reference to the one instance, which lives until the process ends: using it costs no reference count
    // (an atomic both cores would fight over).
    static const std::shared_ptr<const IndustryTaxonomy>& shared();

    const QList<Industry>& industries() const { return m_industries; }
    const Industry* industry(const QString& code) const;

    QList<Entity> extract(const QString& text) const;
    // The code of the longest keyword inside `text`, ties broken by the earliest; empty if none.
    QString classify(const QString& text) const;

private:
    QList<Industry> m_industries;
    // First character -> (keyword, industry index), longest keyword first.
    QHash<QChar, QList<std::pair<QString, int>>> m_byInitial;
    std::vector<bool> m_initials = std::vector<bool>(65536); // a quick no before the look-up, most characters
};
