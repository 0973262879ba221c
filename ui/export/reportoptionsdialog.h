#pragma once

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QLineEdit;

// Asks for the report's title and paper (A4 or Letter) before it is written as a PDF.
class ReportOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportOptionsDialog)

public:
    explicit ReportOptionsDialog(QWidget* parent = nullptr);

    QString title() const; // empty: the report's default title
    void setTitle(const QString& title);
    QPageSize pageSize() const;
    QString pageSizeName() const; // A4, Letter
    void setPageSizeName(const QString& name);

    // Letter where it is the usual paper (North America and a few others), else A4.
    static QString defaultPageSizeName();

private:
    QLineEdit* m_title;
    QComboBox* m_pageSize;
};
