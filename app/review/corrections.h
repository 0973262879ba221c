#pragma once

#include "pipeline/analyzeddocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// An analyst's corrections to the projects the extractor found, kept apart from the extraction: in a sidecar
// file beside a folder (JSON, written whole or not at all) and in a saved database. Each correction is
// anchored to text, not to ids, so that it survives reloading and re-extraction by a newer extractor: the
// article by the SHA-256 of its original text, the project by its name and the text of its evidence as the
// extractor gave them. A correction whose project is no longer found is reported as orphaned, never dropped.
struct ProjectCorrection {
    QString article;    // SHA-256 (hex) of the article's original text
    QString file;       // the article's file, to tell the analyst which one (not used to match)
    QString name;       // the project's name as extracted (as typed, for an added project)
    QString evidence;   // the text of its evidence in the cleaned text (the selection, for an added project)
    bool added = false; // a project the analyst added from a selection
    bool excluded = false;  // left out of tables, charts and totals
    bool confirmed = false; // checked and right as it stands
    // Corrected fields by name (kFields): name, company, region, city, province, county, zone, amount
    // (a number in units of the currency), currency, qualifier (over, about), industry (taxonomy code),
    // status.
    QMap<QString, QString> fields;
    QDateTime changed;

    static const QStringList kFields;
    friend bool operator==(const ProjectCorrection&, const ProjectCorrection&) = default;
};

class CorrectionSet final
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionSet)

public:
    QList<ProjectCorrection> projects;

    bool isEmpty() const { return projects.isEmpty(); }

    // The sidecar of a folder: "<folder>.investscope-review.json" beside it.
    static QString sidecarPath(const QString& folder);
    static QString contentHash(const QString& originalText);

    // Reads a corrections file; nullopt with *error naming the file and the reason. A file that does not
    // exist reads as an empty set when `missingIsEmpty`.
    static std::optional<CorrectionSet> load(const QString& path, QString* error,
                                             bool missingIsEmpty = false);
    bool save(const QString& path, QString* error) const; // QSaveFile: complete or not at all
    QJsonObject toJson() const;
    static std::optional<CorrectionSet> fromJson(const QJsonObject& json, QString* error);

    struct Outcome {
        int applied = 0;
        QList<ProjectCorrection> orphaned; // anchored to a project or text no longer found
    };
    // Applies the corrections to the documents' projects: fields replaced (the project lists what was
    // corrected and the extracted values), exclusions and confirmations marked, added projects created. A
    // project is found by name and evidence; failing that, by its evidence alone or its name alone when
    // only one project of the article has it (a newer extractor may word either differently). Corrections
    // for articles not among `documents` are neither applied nor orphaned.
    Outcome apply(QList<AnalyzedDocument>& documents) const;

    // One correction on one project: the fields set (the extracted values kept in Project::original), the
    // exclusion and confirmation marked.
    static void applyTo(Project& project, const ProjectCorrection& correction);
    // A reviewed project as the extractor gave it: its original values back, no review marks.
    static Project extracted(const Project& reviewed);
    // A project an analyst marks in an article's cleaned text, pre-filled from the entities inside the
    // selection: the first company, the first investment (else the first amount), the most specific place;
    // named by the selection up to its first "项目", else up to its first clause.
    static ProjectCorrection draft(const AnalyzedDocument& document, const QList<Entity>& entities,
                                   TextSpan selection);
    // The place fields for a region an analyst names: a division of the gazetteer (by full or short name,
    // when only one has it) with its city, province and county; any other name as a zone or park, the
    // other fields left as they are.
    static QMap<QString, QString> regionFields(const QString& place);
    // Checks a field's value ("amount" must be a number, "industry" a known code, …); the reason if not.
    static QString validate(const QString& field, const QString& value);
};
