#pragma once

#include "money/exchangerates.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

// Edits the table that converts other currencies to yuan: the date the rates hold for and, per currency,
// how many yuan one unit is worth. Starts from the rates in use; can go back to the shipped table or read a
// table from a file in the same format.
class ExchangeRatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRatesDialog)

public:
    explicit ExchangeRatesDialog(const ExchangeRates& rates, QWidget* parent = nullptr);

    void setRates(const ExchangeRates& rates);
    // The table as edited, or std::nullopt and *error naming the row and the reason.
    std::optional<ExchangeRates> rates(QString* error) const;

    QTableWidget* table() const { return m_table; }

    void accept() override;

private:
    void addRow(const QString& currency = {}, double rate = 0);
    void removeSelectedRows();
    void importFile();

    QDateEdit* m_date;
    QTableWidget* m_table;
    QLabel* m_error;
};
