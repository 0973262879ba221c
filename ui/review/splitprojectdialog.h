#pragma once

#include "query/corpusqueries.h"
#include "review/corrections.h"

#include <QDialog>
#include <QMap>

class QLineEdit;

// Splits one project into two — a report that names two undertakings as one, or one amount that is two:
// the project as it stays and a new one reported in the same text, side by side (name, company, amount as
// written, region), both pre-filled with the project's values.
class SplitProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitProjectDialog)

public:
    // `second`: the new project as ReviewSession::splitDraft gives it.
    SplitProjectDialog(const CorpusQueries::ProjectRow& project, const ProjectCorrection& second,
                       QWidget* parent = nullptr);

    struct Parts {
        QMap<QString, QString> first; // the fields of the project that change
        ProjectCorrection second;
    };
    // What the analyst typed; nullopt with *error when an amount is no amount or the two are not told apart.
    std::optional<Parts> parts(QString* error) const;
    // Part 0 (the project) or 1 (the new one); field name, company, amount or region.
    QLineEdit* edit(int part, const QString& field) const { return m_edits.value({part, field}); }

private:
    CorpusQueries::ProjectRow m_project;
    ProjectCorrection m_second;
    QMap<std::pair<int, QString>, QLineEdit*> m_edits;
    QMap<std::pair<int, QString>, QString> m_initial;
};
