#include "reportoptionsdialog.h"

#include "report/reportwriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

ReportOptionsDialog::ReportOptionsDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
{
    setWindowTitle(tr("Report Options"));
    setObjectName(u"reportOptionsDialog"_s);
    m_title->setObjectName(u"title"_s);
    m_title->setPlaceholderText(ReportWriter::tr("Investment projects report"));
    m_title->setClearButtonEnabled(true);
    m_title->setMinimumWidth(320);
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), u"A4"_s);
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), u"Letter"_s);
    setPageSizeName(defaultPageSizeName());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Paper:"), m_pageSize);
    form->addRow(buttons);
}

QString ReportOptionsDialog::title() const
{
    return m_title->text().trimmed();
}

void ReportOptionsDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

QPageSize ReportOptionsDialog::pageSize() const
{
    return ReportWriter::pageSizeFromName(pageSizeName()).value_or(QPageSize(QPageSize::A4));
}

QString ReportOptionsDialog::pageSizeName() const
{
    return m_pageSize->currentData().toString();
}

void ReportOptionsDialog::setPageSizeName(const QString& name)
{
    const int index = m_pageSize->findData(name, Qt::UserRole, Qt::MatchFixedString);
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

QString ReportOptionsDialog::defaultPageSizeName()
{
    switch (QLocale::system().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
        return u"Letter"_s;
    default:
        return u"A4"_s;
    }
}
