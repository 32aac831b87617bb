#include "fuzztargets.h"

#include "models/import/columnmapping.h"
#include "models/import/importer.h"
#include "models/import/csvformat.h"
#include "models/import/csvreader.h"
#include "models/import/dateparser.h"
#include "models/import/importkind.h"
#include "models/import/numberparser.h"
#include "models/import/rowparser.h"
#include "models/store/store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QDir>
#include <QFile>
#include <QString>

#include <charconv>
#include <functional>
#include <memory>
#include <optional>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unistd.h>

namespace lodestar::fuzz {

void checkFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant failed: %s at %s:%d\n", condition, file, line);
    std::abort();
}

namespace {

// Whole inputs stay small (libFuzzer's -max_len), so a record never holds more fields than bytes.
constexpr int kMaxRecords = 100000;

// The reader takes a path, so each input is written to one scratch file per process
// (in /dev/shm when there is one, to keep the disk out of the loop).
const std::string &scratchPath()
{
    static const std::string path = [] {
        const char *folder = QFile::exists(QStringLiteral("/dev/shm")) ? "/dev/shm" : "/tmp";
        std::string result = std::string(folder) + "/lodestar-fuzz-" + std::to_string(::getpid()) + ".csv";
        std::atexit([] { std::remove(scratchPath().c_str()); });
        return result;
    }();
    return path;
}

// One workspace per process that every input is imported into, beside the scratch file.
Store *scratchStore()
{
    static std::unique_ptr<Store> store = []() -> std::unique_ptr<Store> {
        // QtSql finds its SQLite driver through the application; libFuzzer's main makes none.
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
        const QString path = QString::fromStdString(scratchPath() + ".lodestar");
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        std::atexit([] {
            for (const char *suffix : {".lodestar", ".lodestar-wal", ".lodestar-shm"})
                std::remove((scratchPath() + suffix).c_str());
        });
        auto opened = Store::open(path);
        return opened ? std::move(opened).value() : nullptr;
    }();
    return store.get();
}

qint64 storedRows(const Store &store, ImportKind kind)
{
    const QString table = kind == ImportKind::Transactions ? QStringLiteral("transactions")
                        : kind == ImportKind::Spend        ? QStringLiteral("marketing_spend")
                        : kind == ImportKind::Nps          ? QStringLiteral("nps_responses")
                                                           : QStringLiteral("customers");
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next() ? query.value(0).toLongLong() : -1;
}

// The reader's accounting through the real importer: every row read is imported, rejected or a
// duplicate, whatever the input, and the store gains exactly the imported rows (a customers file
// may update customers it names twice, so only its bound is checked).
void checkImportAccounting(ImportKind kind, std::optional<CsvFormat> format, bool hasHeader,
                           const QList<ColumnOverride> &mapping)
{
    Store *store = scratchStore();
    LODESTAR_FUZZ_CHECK(store != nullptr);
    ImportOptions options;
    options.kind = kind;
    options.path = QString::fromStdString(scratchPath());
    options.format = format;
    options.hasHeader = hasHeader;
    options.mapping = mapping;
    const qint64 before = storedRows(*store, kind);
    Importer importer(*store);
    const auto report = importer.run(options);
    const qint64 after = storedRows(*store, kind);
    if (!report) {
        LODESTAR_FUZZ_CHECK(after == before);
        return;
    }
    const ImportCounts &counts = report->counts;
    LODESTAR_FUZZ_CHECK(counts.rowsRead == counts.imported + counts.rejected + counts.duplicates);
    LODESTAR_FUZZ_CHECK(counts.rejected >= report->rejects.size());
    if (report->alreadyImported || kind == ImportKind::Customers)
        LODESTAR_FUZZ_CHECK(after - before <= counts.imported);
    else
        LODESTAR_FUZZ_CHECK(after - before == counts.imported);
}

bool writeScratch(const std::uint8_t *data, std::size_t size)
{
    std::FILE *file = std::fopen(scratchPath().c_str(), "wb");
    if (!file)
        return false;
    const bool written = size == 0 || std::fwrite(data, 1, size, file) == size;
    return std::fclose(file) == 0 && written;
}

// The format byte: 0-2 detect from the data, then the explicit --delimiter choices.
std::optional<CsvFormat> formatFor(std::uint8_t choice, std::uint8_t custom)
{
    switch (choice % 8) {
    case 3: return CsvFormat{CsvFormat::Split::Delimited, ','};
    case 4: return CsvFormat{CsvFormat::Split::Delimited, ';'};
    case 5: return CsvFormat{CsvFormat::Split::Delimited, '\t'};
    case 6: return CsvFormat{CsvFormat::Split::Whitespace, ' '};
    case 7: return parseDelimiterOption(QString(QLatin1Char(char(custom & 0x7f))));
    default: return std::nullopt;
    }
}

// Every required field mapped by position, as `--map field=N` does for a file without a header.
QList<ColumnOverride> positionalMapping(ImportKind kind, int columnCount)
{
    QList<ColumnOverride> overrides;
    int position = 0;
    for (const FieldSpec &spec : fieldsOf(kind)) {
        if (columnCount > 0 && (spec.required || position < columnCount))
            overrides.append({spec.name, QString::number(position % columnCount + 1)});
        ++position;
    }
    return overrides;
}

template <typename Row>
void parseAll(CsvReader &reader, CsvRecord &record, const ColumnMapping &mapping, DayMonthOrder order,
              const std::function<void(const Row &)> &check)
{
    const RowParser parser(mapping, order);
    qint64 previousLine = 0;
    int records = 0;
    do {
        LODESTAR_FUZZ_CHECK(record.line() >= previousLine);
        LODESTAR_FUZZ_CHECK(reader.position() <= reader.size());
        previousLine = record.line();
        Row row;
        RejectedRow reject;
        if (parser.parse(record, row, reject)) {
            check(row);
        } else {
            LODESTAR_FUZZ_CHECK(!reject.reason.isEmpty());
            LODESTAR_FUZZ_CHECK(reject.line == record.line());
        }
    } while (++records < kMaxRecords && reader.next(record));
}

bool plausibleInstant(EpochSeconds at)
{
    // Years 1000..9999 and a zone offset of at most a day either side.
    return at >= daysFromCivil(1000, 1, 1) * 86400 - 2 * 86400 && at <= daysFromCivil(10000, 1, 1) * 86400 + 2 * 86400;
}

void checkNumber(double value)
{
    LODESTAR_FUZZ_CHECK(std::isnan(value) || std::isfinite(value));
}

} // namespace

void csvReaderOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return;
    const std::uint8_t config = data[0];
    const std::optional<CsvFormat> format = formatFor(config & 7, data[1]);
    if ((config & 7) == 7 && !format)
        return;
    const auto kind = static_cast<ImportKind>((config >> 3) & 3);
    const bool hasHeader = config & 0x20;
    const DayMonthOrder order = config & 0x40 ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
    if (!writeScratch(data + 2, size - 2))
        return;

    CsvReader reader;
    const QString path = QString::fromStdString(scratchPath());
    if (!reader.open(path, format))
        return;
    CsvRecord record;
    if (!reader.next(record))
        return;
    for (int i = 0; i < record.size(); ++i)
        (void)record.text(i);
    QStringList header;
    if (hasHeader) {
        for (int i = 0; i < record.size(); ++i)
            header << record.text(i);
        if (!reader.next(record))
            return;
    }
    const int columnCount = hasHeader ? int(header.size()) : record.size();
    QList<ColumnOverride> overrides;
    auto mapping = ColumnMapping::resolve(kind, header, columnCount, overrides);
    if (!mapping) {
        overrides = positionalMapping(kind, columnCount);
        mapping = ColumnMapping::resolve(kind, header, columnCount, overrides);
    }
    if (!mapping)
        return;
    (void)mapping->toJson();
    checkImportAccounting(kind, format, hasHeader, overrides);

    switch (kind) {
    case ImportKind::Transactions:
        parseAll<TransactionRow>(reader, record, *mapping, order, [](const TransactionRow &row) {
            LODESTAR_FUZZ_CHECK(!row.customer.isEmpty());
            LODESTAR_FUZZ_CHECK(plausibleInstant(row.occurredAt));
            LODESTAR_FUZZ_CHECK(std::isfinite(row.amount));
            checkNumber(row.quantity);
            checkNumber(row.discount);
            checkNumber(row.cost);
        });
        break;
    case ImportKind::Customers:
        parseAll<CustomerRow>(reader, record, *mapping, order, [](const CustomerRow &row) {
            LODESTAR_FUZZ_CHECK(!row.customer.isEmpty());
            LODESTAR_FUZZ_CHECK(!row.signupAt || plausibleInstant(*row.signupAt));
            checkNumber(row.acquisitionCost);
        });
        break;
    case ImportKind::Spend:
        parseAll<MarketingSpendRow>(reader, record, *mapping, order, [](const MarketingSpendRow &row) {
            LODESTAR_FUZZ_CHECK(row.month.size() == 7 && row.month.at(4) == QLatin1Char('-'));
            LODESTAR_FUZZ_CHECK(!row.channel.isEmpty());
            LODESTAR_FUZZ_CHECK(std::isfinite(row.amount));
        });
        break;
    case ImportKind::Nps:
        parseAll<NpsRow>(reader, record, *mapping, order, [](const NpsRow &row) {
            LODESTAR_FUZZ_CHECK(!row.customer.isEmpty());
            LODESTAR_FUZZ_CHECK(row.score >= 0 && row.score <= 10);
            LODESTAR_FUZZ_CHECK(plausibleInstant(row.occurredAt));
        });
        break;
    }
}

namespace {

// H. Hinnant, "chrono-compatible low-level date algorithms", civil_from_days: the inverse of daysFromCivil.
void civilFromDays(std::int64_t days, int &year, int &month, int &day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

// An accepted date, written back as ISO 8601 UTC, must parse to the same instant.
void checkDateRoundTrip(EpochSeconds at)
{
    LODESTAR_FUZZ_CHECK(plausibleInstant(at));
    const std::int64_t days = at >= 0 ? at / 86400 : -((-at + 86399) / 86400);
    const std::int64_t seconds = at - days * 86400;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1000 || year > 9999)
        return;
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, int(seconds / 3600),
                  int(seconds / 60 % 60), int(seconds % 60));
    const auto again = DateParser().parse(text);
    LODESTAR_FUZZ_CHECK(again && *again == at);
}

// An accepted number, written back in plain fixed notation, must parse to the same value.
void checkNumberRoundTrip(double value)
{
    LODESTAR_FUZZ_CHECK(std::isfinite(value));
    char text[400];
    const auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    if (error != std::errc() || end - text > 50)
        return;
    const auto again = parseNumber(std::string_view(text, std::size_t(end - text)));
    LODESTAR_FUZZ_CHECK(again && again->value == value && again->currency.isEmpty());
}

} // namespace

void parsersOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    for (DayMonthOrder order : {DayMonthOrder::MonthFirst, DayMonthOrder::DayFirst}) {
        if (const auto at = DateParser(order).parse(text))
            checkDateRoundTrip(*at);
        if (const auto month = parseMonth(text, order)) {
            LODESTAR_FUZZ_CHECK(month->size() == 7 && month->at(4) == QLatin1Char('-'));
            const int number = month->mid(5).toInt();
            LODESTAR_FUZZ_CHECK(number >= 1 && number <= 12);
        }
    }
    if (const auto number = parseNumber(text))
        checkNumberRoundTrip(number->value);

    DayMonthOrderDetector detector;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            detector.add(text.substr(start, i - start));
            start = i + 1;
        }
    }
    (void)detector.result();

    const QString option = QString::fromUtf8(text.data(), qsizetype(text.size()));
    std::optional<DayMonthOrder> order;
    (void)parseDateFormatOption(option, order);
    if (const auto format = parseDelimiterOption(option))
        (void)formatName(*format);
    (void)detectFormat(QByteArray(text.data(), qsizetype(text.size())));
    (void)normaliseColumnName(option);
    for (ImportKind kind : {ImportKind::Transactions, ImportKind::Customers, ImportKind::Spend, ImportKind::Nps})
        (void)findField(kind, option);
}

} // namespace lodestar::fuzz
