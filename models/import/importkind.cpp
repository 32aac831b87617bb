#include "importkind.h"

namespace lodestar {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromLatin1(word);
    return result;
}

// Aliases come from the exports users bring: shop systems, CRMs, the CDNOW and CLVTools data sets.
QList<FieldSpec> transactionFields()
{
    return {
        {ImportField::CustomerId, QStringLiteral("customer_id"), true,
         words({"customerid", "customer", "clientid", "client", "custid", "cust", "masterid", "userid", "user",
                "accountid", "memberid", "customerno", "customernumber", "id"})},
        {ImportField::Date, QStringLiteral("date"), true,
         words({"date", "orderdate", "createdat", "transactiondate", "purchasedate", "invoicedate", "occurredat",
                "timestamp", "datetime", "time"})},
        {ImportField::Amount, QStringLiteral("amount"), true,
         words({"amount", "revenue", "total", "sales", "price", "value", "dollarvalue", "dollars", "totalamount",
                "ordervalue", "ordertotal", "netamount", "net"})},
        {ImportField::OrderId, QStringLiteral("order_id"), false,
         words({"orderid", "order", "invoice", "invoiceno", "invoiceid", "invoicenumber", "orderno", "ordernumber",
                "transactionid"})},
        {ImportField::Quantity, QStringLiteral("quantity"), false,
         words({"quantity", "qty", "units", "items", "cds", "numberofcds"})},
        {ImportField::Discount, QStringLiteral("discount"), false, words({"discount", "discountamount"})},
        {ImportField::Cost, QStringLiteral("cost"), false, words({"cost", "cogs", "costofgoods", "costofgoodssold"})},
        {ImportField::Currency, QStringLiteral("currency"), false, words({"currency", "currencycode", "ccy"})},
    };
}

QList<FieldSpec> customerFields()
{
    return {
        {ImportField::CustomerId, QStringLiteral("customer_id"), true,
         words({"customerid", "customer", "clientid", "client", "custid", "cust", "masterid", "userid", "user",
                "accountid", "memberid", "customerno", "customernumber", "id"})},
        {ImportField::SignupDate, QStringLiteral("signup_date"), false,
         words({"signupdate", "signup", "signedup", "signupat", "joindate", "joined", "registrationdate",
                "acquisitiondate", "acquiredat", "createdat", "firstseen", "date"})},
        {ImportField::Channel, QStringLiteral("channel"), false,
         words({"channel", "acquisitionchannel", "source", "utmsource"})},
        {ImportField::Region, QStringLiteral("region"), false, words({"region", "country", "market", "geo"})},
        {ImportField::Plan, QStringLiteral("plan"), false, words({"plan", "tier", "subscription"})},
        {ImportField::AcquisitionCost, QStringLiteral("acquisition_cost"), false,
         words({"acquisitioncost", "cac", "costofacquisition"})},
    };
}

QList<FieldSpec> spendFields()
{
    return {
        {ImportField::Month, QStringLiteral("month"), true, words({"month", "period", "date", "yearmonth"})},
        {ImportField::Channel, QStringLiteral("channel"), true, words({"channel", "source", "campaign"})},
        {ImportField::Amount, QStringLiteral("amount"), true,
         words({"amount", "spend", "cost", "budget", "value", "total"})},
    };
}

QList<FieldSpec> npsFields()
{
    return {
        {ImportField::CustomerId, QStringLiteral("customer_id"), true,
         words({"customerid", "customer", "clientid", "client", "custid", "cust", "masterid", "userid", "user",
                "accountid", "memberid", "id"})},
        {ImportField::Date, QStringLiteral("date"), true,
         words({"date", "respondedat", "responsedate", "surveydate", "createdat", "submittedat", "timestamp"})},
        {ImportField::Score, QStringLiteral("score"), true,
         words({"score", "nps", "npsscore", "rating", "satisfaction", "csat"})},
    };
}

} // namespace

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Transactions: return QStringLiteral("transactions");
    case ImportKind::Customers: return QStringLiteral("customers");
    case ImportKind::Spend: return QStringLiteral("spend");
    case ImportKind::Nps: return QStringLiteral("nps");
    }
    return {};
}

std::optional<ImportKind> kindFromName(const QString &name)
{
    for (ImportKind kind : {ImportKind::Transactions, ImportKind::Customers, ImportKind::Spend, ImportKind::Nps}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const QList<FieldSpec> &fieldsOf(ImportKind kind)
{
    static const QList<FieldSpec> transactions = transactionFields();
    static const QList<FieldSpec> customers = customerFields();
    static const QList<FieldSpec> spend = spendFields();
    static const QList<FieldSpec> nps = npsFields();
    switch (kind) {
    case ImportKind::Customers: return customers;
    case ImportKind::Spend: return spend;
    case ImportKind::Nps: return nps;
    case ImportKind::Transactions: break;
    }
    return transactions;
}

const FieldSpec *findField(ImportKind kind, const QString &name)
{
    const QString wanted = normaliseColumnName(name);
    for (const FieldSpec &spec : fieldsOf(kind)) {
        if (normaliseColumnName(spec.name) == wanted)
            return &spec;
    }
    return nullptr;
}

QString normaliseColumnName(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-'))
            continue;
        result += c.toLower();
    }
    return result;
}

} // namespace lodestar
