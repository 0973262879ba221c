#pragma once

#include "review/variants.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class ReviewSession;
class Store;

// The variants of the corpus, one suggestion after the other, in the spirit of a cluster-and-merge tool:
// each shows its members (the names and how many projects have each; for one project reported twice, the
// articles), the analyst picks the one to keep and accepts — the others become it, one undoable step — or
// rejects it, and it is not offered again.
class VariantsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantsDialog)

public:
    VariantsDialog(const Store* store, ReviewSession* session, QWidget* parent = nullptr);

    const QList<VariantCluster>& suggestions() const { return m_clusters; }
    QTreeWidget* tree() const { return m_tree; }
    QComboBox* keepChooser() const { return m_keep; }
    int current() const; // index into suggestions(), or -1

public Q_SLOTS:
    void acceptCurrent();
    void rejectCurrent();

private:
    // Suggestions found again from the store (after an edit), the one at `select` made current.
    void refresh(int select);
    void showCurrent();

    const Store* m_store;
    ReviewSession* m_session;
    QList<VariantCluster> m_clusters;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QComboBox* m_keep;
    QLabel* m_reason;
    QPushButton* m_accept;
    QPushButton* m_reject;
};
