#include "projecttablemodel.h"

#include "report/labels.h"
#include "review/reviewsession.h"
#include "store/store.h"

#include <QFont>
#include <QSet>

using namespace Qt::StringLiterals;

ProjectTableModel::ProjectTableModel(const Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_queries(store)
    , m_rows([this](std::span<const int> ids) { return m_queries.projectsById(ids); })
{
}

int ProjectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorpusQueries::ProjectRow& r = m_rows.at(index.row());
    const bool converted = r.isConverted();
    const QString field = fieldOf(index.column());
    const bool corrected =
        !field.isEmpty() &&
        (r.corrected.contains(field) || (field == u"amount"_s && (r.corrected.contains(u"currency"_s) ||
                                                                  r.corrected.contains(u"qualifier"_s))));
    switch (role) {
    case ProjectIdRole:
        return r.id;
    case DocumentIdRole:
        return r.documentId;
    case EvidenceStartRole:
        return static_cast<qlonglong>(r.evidence.start);
    case EvidenceEndRole:
        return static_cast<qlonglong>(r.evidence.end);
    case AmountCnyRole:
        return r.amountCny ? QVariant(*r.amountCny) : QVariant();
    case ConvertedRole:
        return converted;
    default:
        break;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case CompanyColumn:
            return r.company;
        case RegionColumn:
            return r.region;
        case CityColumn:
            return r.city;
        case ProvinceColumn:
            return r.province;
        case InvestmentColumn:
            return r.amount ? Labels::amountWithYuan(*r.amount, r.currency, r.qualifier, r.amountCny)
                            : QString();
        case IndustryColumn:
            return Labels::industry(r.industry);
        case StatusColumn:
            return r.status.isEmpty() ? QString() : Labels::status(r.status);
        case DocumentColumn:
            return Labels::fileLabel(r.documentFile);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (corrected || r.excluded)) {
        QStringList lines;
        if (r.excluded && !r.mergedInto.isEmpty())
            lines << tr("Merged into “%1”: left out of tables, charts and totals").arg(r.mergedInto);
        else if (r.excluded)
            lines << tr("Excluded from tables, charts and totals");
        if (corrected) {
            const QString before =
                field == u"amount"_s ? r.original.value(u"amount_text"_s) : r.original.value(field);
            lines << tr("Corrected; as extracted: %1").arg(before.isEmpty() ? tr("(none)") : before);
        }
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == InvestmentColumn && r.amount) {
            QString tip = tr("%1 (as written: %2)")
                              .arg(Labels::amount(*r.amount, r.currency, r.qualifier), r.amountText);
            if (converted)
                tip += u'\n' + tr("Converted to %1 at %2")
                                   .arg(Labels::amount(*r.amountCny, u"CNY"_s),
                                        m_store->exchangeRates().describe({r.currency}));
            else if (r.currency != u"CNY"_s)
                tip += u'\n' + tr("Not converted to yuan: no exchange rate for %1").arg(r.currency);
            return tip;
        }
        if (index.column() == NameColumn) {
            QString tip = r.mentions > 1 ? tr("%1\nreported %2 times").arg(r.name).arg(r.mentions) : r.name;
            // Where each field came from, as investscope-cli extract --explain tells it.
            if (!r.explanation.isEmpty())
                tip += u"\n\n"_s + tr("How it was found:") + u'\n' + r.explanation;
            // Article text in it is shown as text: the tooltip is escaped rich text, never the text's HTML.
            return u"<p style='white-space:pre-wrap'>%1</p>"_s.arg(
                tip.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::FontRole &&
        (corrected || r.excluded || (index.column() == InvestmentColumn && converted))) {
        QFont font;
        font.setItalic(index.column() == InvestmentColumn && converted);
        font.setBold(corrected);
        font.setStrikeOut(r.excluded);
        return font;
    }
    if (role == Qt::CheckStateRole && index.column() == NameColumn && m_session)
        return r.confirmed ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case InvestmentColumn:
            return r.amount ? r.amountText : QString();
        case IndustryColumn:
            return r.industry;
        case StatusColumn:
            return r.status;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == InvestmentColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Project");
    case CompanyColumn:
        return tr("Company");
    case RegionColumn:
        return tr("Region");
    case CityColumn:
        return tr("City");
    case ProvinceColumn:
        return tr("Province");
    case InvestmentColumn:
        return tr("Investment");
    case IndustryColumn:
        return tr("Industry");
    case StatusColumn:
        return tr("Status");
    case DocumentColumn:
        return tr("Article");
    default:
        return {};
    }
}

QString ProjectTableModel::fieldOf(int column)
{
    switch (column) {
    case NameColumn:
        return u"name"_s;
    case CompanyColumn:
        return u"company"_s;
    case RegionColumn:
        return u"region"_s;
    case CityColumn:
        return u"city"_s;
    case ProvinceColumn:
        return u"province"_s;
    case InvestmentColumn:
        return u"amount"_s;
    case IndustryColumn:
        return u"industry"_s;
    case StatusColumn:
        return u"status"_s;
    default:
        return {};
    }
}

Qt::ItemFlags ProjectTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_session || !index.isValid())
        return f;
    if (!fieldOf(index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ProjectTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const CorpusQueries::ProjectRow& r = m_rows.at(index.row());
    m_lastError.clear();
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        m_session->setConfirmed(r.id, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString field = fieldOf(index.column());
    const QString text = value.toString().trimmed();
    if (field.isEmpty() || text == data(index, Qt::EditRole).toString())
        return false;
    // The store and every view change once the session has written the edit; this row is read again then.
    if (field == u"amount"_s)
        return m_session->setAmount(r.id, text, &m_lastError);
    if (field == u"region"_s)
        return m_session->setRegion(r.id, text);
    return m_session->setFields(r.id, {{field, text}}, &m_lastError);
}

void ProjectTableModel::reload(const ProjectFilter& filter)
{
    beginResetModel();
    ProjectFilter f = filter;
    f.showExcluded = m_showExcluded;
    m_filter = filter;
    m_rows.reset(m_queries.projectIds(f, m_order));
    endResetModel();
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    using Key = CorpusQueries::ProjectOrder::Key;
    static constexpr Key keys[ColumnCount] = {Key::Name,     Key::Company,  Key::Region,
                                              Key::City,     Key::Province, Key::Investment,
                                              Key::Industry, Key::Status,   Key::Document};
    m_order = {column >= 0 && column < ColumnCount ? keys[column] : Key::Id, order == Qt::DescendingOrder};
    if (m_filter) // nothing to read before the first load
        reload(*m_filter);
}

QString ProjectTableModel::toTsv(const QModelIndexList& indexes) const
{
    QList<int> rows; // each once, in the order given
    QSet<int> seen;
    for (const QModelIndex& i : indexes) {
        if (!seen.contains(i.row())) {
            seen.insert(i.row());
            rows.append(i.row());
        }
    }
    const auto clean = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
    // The columns as shown, and beside them what a spreadsheet computes with: the yuan value as a plain
    // number, and the industry and status codes.
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c) {
        header << headerData(c, Qt::Horizontal).toString();
        if (c == InvestmentColumn)
            header << tr("Investment (yuan)");
        else if (c == IndustryColumn)
            header << tr("Industry code");
        else if (c == StatusColumn)
            header << tr("Status code");
    }
    QStringList lines{header.join(u'\t')};
    for (int r : rows) {
        const CorpusQueries::ProjectRow& row = m_rows.at(r);
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            cells << clean(data(index(r, c)).toString());
            if (c == InvestmentColumn)
                cells << (row.amountCny ? QString::number(*row.amountCny, 'f', 0) : QString());
            else if (c == IndustryColumn)
                cells << row.industry;
            else if (c == StatusColumn)
                cells << row.status;
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}
