#pragma once

#include "query/corpusqueries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A suggestion that several values in the corpus are one: a company written as its legal name and its short
// forms (with half- or full-width brackets, in Traditional or Simplified characters), a place written two
// ways, or one project reported by several articles that the store did not take for one. The analyst
// accepts or rejects each (ReviewSession::acceptVariant, rejectVariant).
struct VariantCluster {
    enum class Kind { Company, Region, Project };
    Kind kind = Kind::Company;
    // Identifies the suggestion across reloads (a rejected one is not offered again): the kind and the
    // members, sorted.
    QString key;
    // Companies and places: the names written, with the projects that have each. Projects: one member per
    // project, its name, its article's file beside it.
    struct Member {
        QString name;
        QString file;   // projects: the article of its first report
        QList<int> ids; // store ids of the projects
    };
    QList<Member> members;
    int suggested = 0; // the member to keep: the legal name, the gazetteer's full name, the fullest project
    QString reason;    // why they are thought one, for the analyst

    QList<int> projectIds() const;
};

class VariantFinder final
{
    Q_DECLARE_TR_FUNCTIONS(VariantFinder)

public:
    // The suggestions for `projects` (those not excluded count), companies first, then places, then
    // projects; each cluster's members in order of how many projects have them. `rejected` keys are left
    // out.
    static QList<VariantCluster> find(const QList<CorpusQueries::ProjectRow>& projects,
                                      const QStringList& rejected = {});

    // A name as compared: Simplified, full-width brackets, no spaces.
    static QString normalized(const QString& name);
    // The forms a company name is known by: itself normalized and its short forms (CompanyExtractor).
    static QStringList companyForms(const QString& name);
    // A place as compared: a division of the gazetteer by its full name ("division:平湖市"), else a zone with
    // its long words in their short form (经济技术开发区 -> 经开区; rules zone_short).
    static QString placeKey(const QString& name);
};
