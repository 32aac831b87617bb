#include "importcommand.h"

#include "app/commandline.h"
#include "models/import/importer.h"
#include "models/store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace lodestar::cli {

namespace {

// Customers first, so transactions of the same call attach to the customers file's rows.
constexpr ImportKind kOrder[] = {ImportKind::Customers, ImportKind::Transactions, ImportKind::Spend, ImportKind::Nps};
constexpr int kTextRejectsShown = 20;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void addImportOptions(QCommandLineParser &parser)
{
    addWorkspaceOptions(parser);
    for (ImportKind kind : kOrder)
        parser.addOption({kindName(kind), Text::tr("The %1 file to import.").arg(kindName(kind)), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("map"), Text::tr("Column of a field: FIELD=COLUMN (name or 1-based position); "
                                                "with several files KIND.FIELD=COLUMN. Repeatable."),
                      QStringLiteral("FIELD=COLUMN")});
    parser.addOption({QStringLiteral("date-format"), Text::tr("Order of d/M dates: d/M/yyyy or M/d/yyyy (default: detected)."),
                      QStringLiteral("FMT")});
    parser.addOption({QStringLiteral("delimiter"), Text::tr("Field separator: a character, tab or whitespace (default: detected)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("no-header"), Text::tr("The files have no header row; map columns by position.")});
    parser.addOption({QStringLiteral("encoding"), Text::tr("Text encoding: utf-8, windows-1252 or latin-1 (default: detected)."),
                      QStringLiteral("ENC")});
    parser.addOption({QStringLiteral("min-date"), Text::tr("Reject rows dated before this day (default: 1900-01-01)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("max-date"), Text::tr("Reject rows dated after this day (default: tomorrow)."),
                      QStringLiteral("YYYY-MM-DD")});
}

// Reads --min-date or --max-date into date; false when given but not a yyyy-MM-dd day.
bool readDayOption(const QCommandLineParser &parser, const QString &name, std::optional<QDate> &date)
{
    if (!parser.isSet(name))
        return true;
    const QDate day = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!day.isValid())
        return false;
    date = day;
    return true;
}

// Splits the --map values among the files; an unprefixed mapping is only clear with one file.
bool distributeMappings(const QStringList &maps, QList<ImportOptions> &files, QString &error)
{
    for (const QString &map : maps) {
        const qsizetype equals = map.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == map.size() - 1) {
            error = Text::tr("--map expects FIELD=COLUMN, got '%1'").arg(map);
            return false;
        }
        QString field = map.left(equals).trimmed();
        const QString column = map.mid(equals + 1).trimmed();
        std::optional<ImportKind> kind;
        if (const qsizetype dot = field.indexOf(QLatin1Char('.')); dot > 0) {
            kind = kindFromName(field.left(dot).toLower());
            if (!kind) {
                error = Text::tr("--map %1: unknown file kind '%2' (transactions, customers, spend, nps)").arg(map, field.left(dot));
                return false;
            }
            field = field.mid(dot + 1);
        } else if (files.size() > 1) {
            error = Text::tr("--map %1: with several files, name the kind, e.g. --map transactions.%1").arg(map);
            return false;
        }
        bool placed = false;
        for (ImportOptions &file : files) {
            if (!kind || file.kind == *kind) {
                file.mapping << ColumnOverride{field, column};
                placed = true;
            }
        }
        if (!placed) {
            error = Text::tr("--map %1: no --%2 file was given").arg(map, kindName(*kind));
            return false;
        }
    }
    return true;
}

// Reads the options into one ImportOptions per file; on a usage error sets error.
QList<ImportOptions> filesFromOptions(const QCommandLineParser &parser, QString &error)
{
    QList<ImportOptions> files;
    ImportOptions common;
    common.hasHeader = !parser.isSet(QStringLiteral("no-header"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        common.format = parseDelimiterOption(parser.value(QStringLiteral("delimiter")));
        if (!common.format) {
            error = Text::tr("--delimiter must be one character, tab or whitespace");
            return {};
        }
    }
    if (parser.isSet(QStringLiteral("date-format"))
        && !parseDateFormatOption(parser.value(QStringLiteral("date-format")), common.dateOrder)) {
        error = Text::tr("--date-format must be d/M/yyyy, M/d/yyyy, yyyyMMdd or iso");
        return {};
    }
    common.dateFormatGiven = parser.isSet(QStringLiteral("date-format"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        common.encoding = encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!common.encoding) {
            error = Text::tr("--encoding must be utf-8, windows-1252 or latin-1");
            return {};
        }
    }
    if (!readDayOption(parser, QStringLiteral("min-date"), common.earliestDate)
        || !readDayOption(parser, QStringLiteral("max-date"), common.latestDate)) {
        error = Text::tr("--min-date and --max-date take a day as YYYY-MM-DD");
        return {};
    }
    for (ImportKind kind : kOrder) {
        if (!parser.isSet(kindName(kind)))
            continue;
        ImportOptions file = common;
        file.kind = kind;
        file.path = parser.value(kindName(kind));
        if (!QFileInfo::exists(file.path)) {
            error = Text::tr("%1 does not exist").arg(file.path);
            return {};
        }
        files << file;
    }
    if (files.isEmpty())
        error = Text::tr("nothing to import: give --transactions, --customers, --spend or --nps");
    else if (!distributeMappings(parser.values(QStringLiteral("map")), files, error))
        return {};
    return files;
}

QJsonObject fileJson(const ImportReport &report)
{
    return QJsonObject{
        {QStringLiteral("kind"), kindName(report.kind)},
        {QStringLiteral("file"), report.file},
        {QStringLiteral("import_id"), report.importId},
        {QStringLiteral("rows_read"), report.counts.rowsRead},
        {QStringLiteral("imported"), report.counts.imported},
        {QStringLiteral("rejected"), report.counts.rejected},
        {QStringLiteral("duplicates"), report.counts.duplicates},
        {QStringLiteral("already_imported"), report.alreadyImported},
        {QStringLiteral("customers_created"), report.customersCreated},
        {QStringLiteral("format"), report.format},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("date_order"), report.dateOrder.isEmpty() ? QJsonValue() : QJsonValue(report.dateOrder)},
        {QStringLiteral("date_order_detected"), report.dateOrderDetected},
        {QStringLiteral("mapping"), report.mapping},
    };
}

void printJsonReports(QTextStream &out, const QList<ImportReport> &reports)
{
    qint64 imported = 0, rejected = 0, duplicates = 0;
    QJsonArray rejects, files;
    for (const ImportReport &report : reports) {
        imported += report.counts.imported;
        rejected += report.counts.rejected;
        duplicates += report.counts.duplicates;
        files.append(fileJson(report));
        for (const RejectedRow &row : report.rejects) {
            if (rejects.size() >= ImportReport::kMaxRejects)
                break;
            rejects.append(QJsonObject{{QStringLiteral("file"), report.file}, {QStringLiteral("line"), row.line},
                                       {QStringLiteral("column"), row.column}, {QStringLiteral("value"), row.value},
                                       {QStringLiteral("reason"), row.reason}});
        }
    }
    printJson(out, QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("rejected"), rejected},
                               {QStringLiteral("duplicates"), duplicates}, {QStringLiteral("rejects"), rejects},
                               {QStringLiteral("files"), files}});
}

void printTextReport(QTextStream &out, const ImportReport &report)
{
    const QLocale locale;
    const QString name = QFileInfo(report.file).fileName();
    if (report.alreadyImported) {
        out << Text::tr("%1 %2: already imported (import %3); nothing added, %4 duplicates")
                   .arg(kindName(report.kind), name).arg(report.importId).arg(locale.toString(report.counts.duplicates)) << '\n';
        return;
    }
    out << Text::tr("%1 %2: %3 rows read, %4 imported, %5 rejected, %6 duplicates")
               .arg(kindName(report.kind), name, locale.toString(report.counts.rowsRead), locale.toString(report.counts.imported),
                    locale.toString(report.counts.rejected), locale.toString(report.counts.duplicates)) << '\n';
    out << "  " << Text::tr("format: %1; new customers: %2").arg(report.format, locale.toString(report.customersCreated)) << '\n';
    if (!report.dateOrder.isEmpty())
        out << "  " << (report.dateOrderAmbiguous ? Text::tr("dates read as %1 (assumed: the data fits both orders; use --date-format)")
                       : report.dateOrderDetected ? Text::tr("dates read as %1 (detected from the data)")
                                                  : Text::tr("dates read as %1 (--date-format)")).arg(report.dateOrder) << '\n';
    for (int i = 0; i < qMin(qsizetype(kTextRejectsShown), report.rejects.size()); ++i) {
        const RejectedRow &row = report.rejects.at(i);
        out << "  " << Text::tr("line %1").arg(row.line) << (row.column.isEmpty() ? QString() : QStringLiteral(", ") + row.column)
            << ": " << row.reason << (row.value.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(row.value)) << '\n';
    }
    if (report.counts.rejected > kTextRejectsShown)
        out << "  " << Text::tr("… see all with: lodestar rejects --import %1").arg(report.importId) << '\n';
}

} // namespace

int runImport(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Imports transactions, customers, marketing spend and NPS files into a workspace."));
    addImportOptions(parser);
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    QString error;
    const QList<ImportOptions> files = filesFromOptions(parser, error);
    if (!error.isEmpty())
        return fail(context, error, UnusableInput);
    auto store = openWorkspace(parser, context);
    if (!store)
        return UnusableInput;
    QList<ImportReport> reports;
    Importer importer(*store);
    for (const ImportOptions &file : files) {
        auto report = importer.run(file);
        if (!report) {
            const int code = importer.failure() == ImportFailure::StoreFailure ? exitCodeOf(report.error()) : UnusableInput;
            if (store->isNew())
                discardNewWorkspace(std::move(store));
            return fail(context, report.errorString(), code);
        }
        reports << std::move(report).value();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJsonReports(context.out, reports);
    } else {
        for (const ImportReport &report : reports)
            printTextReport(context.out, report);
        context.out.flush();
    }
    return Done;
}

} // namespace lodestar::cli
