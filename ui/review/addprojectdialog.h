#pragma once

#include "review/corrections.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// Asks for the fields of a project the analyst marked in an article, pre-filled from the entities inside the
// selection (CorrectionSet::draft): name, company, amount as written (8亿, 4400万美元), region.
class AddProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddProjectDialog)

public:
    AddProjectDialog(const ProjectCorrection& draft, QWidget* parent = nullptr);

    // The draft with what the analyst typed; nullopt with *error when the amount is no amount.
    std::optional<ProjectCorrection> correction(QString* error) const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* companyEdit() const { return m_company; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* regionEdit() const { return m_region; }

private:
    ProjectCorrection m_draft;
    QLineEdit* m_name;
    QLineEdit* m_company;
    QLineEdit* m_amount;
    QLineEdit* m_region;
};
