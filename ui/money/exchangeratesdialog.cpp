#include "exchangeratesdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExchangeRatesDialog::ExchangeRatesDialog(const ExchangeRates& rates, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Exchange Rates"));
    setObjectName(u"exchangeRatesDialog"_s);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_table->setObjectName(u"rates"_s);
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("Yuan per unit")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_error->setObjectName(u"error"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();

    auto* explanation = new QLabel(
        tr("Investment reported in other currencies is converted to yuan (CNY) with these rates; every "
           "converted figure is marked as such in the tables, charts and reports."),
        this);
    explanation->setWordWrap(true);

    auto* add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(remove, &QPushButton::clicked, this, &ExchangeRatesDialog::removeSelectedRows);
    auto* import = new QPushButton(tr("&Import…"), this);
    import->setToolTip(tr("Read a table of rates from a text file: a line \"date<TAB>2025-06-30\", then one "
                          "line \"USD<TAB>7.17\" per currency"));
    connect(import, &QPushButton::clicked, this, &ExchangeRatesDialog::importFile);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Shipped &Rates"));
    buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Go back to the table that ships with InvestScope"));
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setRates(ExchangeRates::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ExchangeRatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Rates as of:"), m_date);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(import);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, 440);
    setRates(rates);
}

void ExchangeRatesDialog::setRates(const ExchangeRates& rates)
{
    m_date->setDate(rates.date().isValid() ? rates.date() : QDate::currentDate());
    m_table->setRowCount(0);
    for (auto it = rates.rates().cbegin(); it != rates.rates().cend(); ++it)
        addRow(it.key(), it.value());
    m_error->hide();
}

void ExchangeRatesDialog::addRow(const QString& currency, double rate)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(currency));
    auto* value = new QTableWidgetItem(rate > 0 ? QString::number(rate, 'g', 8) : QString());
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 1, value);
}

void ExchangeRatesDialog::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
}

std::optional<ExchangeRates> ExchangeRatesDialog::rates(QString* error) const
{
    static const QRegularExpression code(u"^[A-Z]{3}$"_s);
    ExchangeRates rates;
    rates.setDate(m_date->date());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QString currency = text(0).toUpper();
        const QString rateText = text(1);
        if (currency.isEmpty() && rateText.isEmpty())
            continue; // an added row left empty
        if (!code.match(currency).hasMatch() || currency == u"CNY"_s) {
            *error = tr("Row %1: \"%2\" is not a currency code (three letters such as USD, other than CNY).")
                         .arg(row + 1)
                         .arg(currency);
            return std::nullopt;
        }
        bool ok = false;
        const double rate = QLocale().toDouble(rateText, &ok);
        const double value = ok ? rate : rateText.toDouble(&ok);
        if (!ok || !(value > 0)) {
            *error =
                tr("Row %1: the rate of %2 must be a positive number of yuan.").arg(row + 1).arg(currency);
            return std::nullopt;
        }
        if (rates.rate(currency)) {
            *error = tr("Row %1: %2 is listed twice.").arg(row + 1).arg(currency);
            return std::nullopt;
        }
        rates.setRate(currency, value);
    }
    return rates;
}

void ExchangeRatesDialog::accept()
{
    QString error;
    if (!rates(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void ExchangeRatesDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Exchange Rates"), QString(),
                                                      tr("Rate tables (*.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto loaded = ExchangeRates::load(path, &error);
    if (!loaded) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    setRates(*loaded);
}
