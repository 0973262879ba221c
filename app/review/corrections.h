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
    QString mergedInto;     // excluded as another report of the project of this name
    // Corrected fields by name (kFields): name, company, region, city, province, county, zone, amount
    // (a number in units of the currency), currency, qualifier (over, about), industry (taxonomy code),
    // status.
    QMap<QString, QString> fields;
    QDateTime changed;

    static const QStringList kFields;
    friend bool operator==(const ProjectCorrection&, const ProjectCorrection&) = default;
};

// An analyst's change to one entity of an article: one added from a selection, one removed, its type changed
// or its span adjusted. Anchored to text like a project's correction: the article by its hash, the entity by
// its surface and which occurrence of that surface in the cleaned text it is (the cleaner is stable where the
// extractors change). The projects of the article are assembled again from the corrected entities.
struct EntityCorrection {
    QString article;
    QString file;
    // The entity as extracted: its surface, the how-many-th occurrence of that surface (from 0) it is, its
    // type name. No surface for an entity the analyst added.
    QString text;
    int occurrence = 0;
    QString type;
    // The entity afterwards: surface, occurrence and type. No surface for an entity removed.
    QString newText;
    int newOccurrence = 0;
    QString newType;
    QDateTime changed;

    bool adds() const { return text.isEmpty(); }
    bool removes() const { return newText.isEmpty(); }
    friend bool operator==(const EntityCorrection&, const EntityCorrection&) = default;
};

class CorrectionSet final
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionSet)

public:
    QList<ProjectCorrection> projects;
    // In the order they were made: each applies to the result of those before.
    QList<EntityCorrection> entities;
    QStringList rejectedVariants; // suggestions the analyst turned down (VariantCluster::key)

    bool isEmpty() const { return projects.isEmpty() && entities.isEmpty(); }

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
        QList<ProjectCorrection> orphaned;        // anchored to a project or text no longer found
        QList<EntityCorrection> orphanedEntities; // anchored to an entity or text no longer found
    };
    // Applies the corrections to the documents: first the entity corrections (after which the projects of
    // an article they change are assembled again from its entities), then those of the projects: fields
    // replaced (the project lists what was corrected and the extracted values), exclusions and confirmations
    // marked, added projects created. A project is found by name and evidence; failing that, by its evidence
    // alone or its name alone when only one project of the article has it (a newer extractor may word either
    // differently). Corrections for articles not among `documents` are neither applied nor orphaned.
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
    // The article analysed again with its entity corrections: they change the entities its projects are
    // assembled from (one on an entity the extractor finds only from the projects, a maker's mention,
    // changes the final list); the ones whose entity or text is no longer found are returned.
    QList<EntityCorrection> applyEntities(AnalyzedDocument& document) const;
    // An entity of `type` that an analyst marks at `span` of the document's cleaned text, with what the
    // extractors make of that text: a place's division, an amount's value and role, an industry's code, a
    // date's ISO form; a company or a person named as written.
    static Entity entityAt(const AnalyzedDocument& document, TextSpan span, EntityType type);
    // The correction that turns entity `from` (none: an entity is added) into an entity of `type` at `to`
    // (none: it is removed).
    static EntityCorrection entityEdit(const AnalyzedDocument& document, const Entity* from,
                                       std::optional<TextSpan> to, EntityType type);
    // Which occurrence (from 0) of the text at `span` in `text` it is, and the span of an occurrence.
    static int occurrenceAt(const QString& text, TextSpan span);
    static std::optional<TextSpan> spanOf(const QString& text, const QString& surface, int occurrence);

    // Checks a field's value ("amount" must be a number, "industry" a known code, …); the reason if not.
    static QString validate(const QString& field, const QString& value);
};
