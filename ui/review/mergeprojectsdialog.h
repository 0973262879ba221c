#pragma once

#include "query/corpusqueries.h"

#include <QDialog>
#include <QMap>

class QComboBox;

// Merges projects reported more than once: for each field, the analyst picks one of the values the
// projects have (the first project's by default). The first project keeps the chosen values; the others are
// excluded as merged into it.
class MergeProjectsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeProjectsDialog)

public:
    MergeProjectsDialog(const QList<CorpusQueries::ProjectRow>& projects, QWidget* parent = nullptr);

    // The chosen values as correction fields (the amount as its number, currency and qualifier).
    QMap<QString, QString> fields() const;
    QComboBox* chooser(const QString& field) const { return m_choosers.value(field); }

private:
    QList<CorpusQueries::ProjectRow> m_projects;
    QMap<QString, QComboBox*> m_choosers; // field -> a combo whose items' data is the project's index
};
