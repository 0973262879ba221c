#pragma once

#include "review/corrections.h"
#include "review/variants.h"

#include <QObject>
#include <QUndoStack>

class Store;

// The analyst's review of the corpus on show: the corrections, where they are kept (the sidecar beside an
// opened folder), and the undo history of every edit. Each edit is one undoable step that changes the
// corrections, writes the project's row in the store and the sidecar, and then says changed() so that the
// views redraw. Lives on the UI thread, like the store.
class ReviewSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSession)

public:
    explicit ReviewSession(Store* store, QObject* parent = nullptr);

    QUndoStack* undoStack() { return &m_undo; }
    const CorrectionSet& corrections() const { return m_corrections; }
    QString sidecarPath() const { return m_sidecar; }

    // A new corpus: its corrections come from the sidecar when it is one folder (else they start empty, or
    // stay as they are when the same files are read again); the history starts afresh. False, with *error
    // naming the file and the reason, when the sidecar cannot be read (the corpus then starts with none, and
    // the sidecar is not overwritten).
    bool setCorpus(const QStringList& paths, QString* error);
    // The corrections of a corpus opened from a database (whose rows already carry them).
    void adopt(const CorrectionSet& corrections) { m_corrections = corrections; }

    // Edits of project `projectId` (an id of the store). Fields as ProjectCorrection::kFields; an empty
    // value clears the field. False (and nothing changed) when a value is not valid.
    bool setFields(int projectId, const QMap<QString, QString>& fields, QString* error = nullptr);
    bool setRegion(int projectId, const QString& place); // with its city, province and county
    // The amount as an analyst types it ("8亿", "4400万美元", "500000000"); empty for none.
    bool setAmount(int projectId, const QString& text, QString* error = nullptr);
    // The amount fields (amount, currency, qualifier) for what an analyst typed; nullopt with *error when
    // it is no amount.
    static std::optional<QMap<QString, QString>> amountFields(const QString& text, QString* error);
    // The reverse: amount fields as an analyst would type them ("5亿", "4400万美元", "超10亿"), which
    // amountFields reads back to the same fields; empty for no amount.
    static QString typedAmount(const QMap<QString, QString>& fields);
    void setExcluded(int projectId, bool excluded);
    // Several reports of one project made one: the first of `projectIds` takes `fields` (the values the
    // analyst chose among theirs), the others are excluded as merged into it. One undoable step.
    bool merge(const QList<int>& projectIds, const QMap<QString, QString>& fields, QString* error = nullptr);
    void setConfirmed(int projectId, bool confirmed);
    // A project the analyst marked in article `documentId`: `draft` (CorrectionSet::draft, as the dialog
    // left it) reported at `selection` of the cleaned text. One undoable step; the new project's id.
    std::optional<int> addProject(int documentId, TextSpan selection, const ProjectCorrection& draft,
                                  QString* error = nullptr);

    // Splitting project `projectId` in two: the new project as a draft reported in the same text, with the
    // project's values (name, company, amount, place, industry, status) to start from; nullopt if it is gone.
    std::optional<ProjectCorrection> splitDraft(int projectId) const;
    // The split: `first` (fields of the project that change) and `second` (the draft, as the analyst left
    // it) added as a project of the same article and text. One undoable step; the new project's id.
    std::optional<int> split(int projectId, const QMap<QString, QString>& first,
                             const ProjectCorrection& second, QString* error = nullptr);
    // A suggestion of the variants dialog taken: the member `keep` is what the others become (company or
    // place of their projects set to it; for a project, the others merged into it). One undoable step.
    void acceptVariant(const VariantCluster& cluster, int keep);
    // …or turned down: not offered again for this corpus (kept in the sidecar). Undoable.
    void rejectVariant(const VariantCluster& cluster);
    // An entity edit in article `documentId`: entity `from` (none: one is added) becomes one of `type` at
    // `to` (none: it is removed). The article's projects are assembled again from its entities, its project
    // corrections applied to them again. One undoable step; false with *error when the article is not in
    // the store or the span holds no text.
    bool editEntity(int documentId, const std::optional<Entity>& from, std::optional<TextSpan> to,
                    EntityType type, QString* error = nullptr);

Q_SIGNALS:
    void changed();
    // The entities (and so the projects) of article `documentId` changed: a view showing it reads it again.
    void documentChanged(int documentId);
    // Something the analyst should know that is not an error of the edit: the sidecar could not be written.
    void problem(const QString& message);

private:
    friend class ReviewCommand;
    friend class AddProjectCommand;
    friend class EntityCommand;
    friend class RejectVariantCommand;
    // Article `documentId` analysed again with the corrections now in force, written to the store.
    void reanalyze(int documentId);
    void save();
    struct Target {
        int documentId = -1;      // of its first report, whose text the anchor is
        ProjectCorrection anchor; // article, file, name, evidence
        std::optional<ProjectCorrection> current;
    };
    std::optional<Target> target(int projectId) const;
    void edit(int projectId, const QString& text, const std::function<void(ProjectCorrection&)>& change);
    // Makes `correction` (or none) the one anchored at `anchor`, and writes the project's row.
    void put(int projectId, int documentId, const ProjectCorrection& anchor,
             const std::optional<ProjectCorrection>& correction);
    // The id the project anchored at `anchor` in article `documentId` has now (an entity edit assembles the
    // article's projects again, with new ids): an extracted one by its name as extracted and its evidence,
    // an added one by its name and evidence.
    std::optional<int> projectIdOf(int documentId, const ProjectCorrection& anchor) const;

    Store* m_store;
    CorrectionSet m_corrections;
    QStringList m_paths; // of the corpus on show
    QString m_sidecar;
    bool m_sidecarUnreadable = false;
    QUndoStack m_undo;
};
