#include "reportcommand.h"
#include "enginecommon.h"

#include "models/output/outputfile.h"
#include "models/report/reportbuilder.h"
#include "models/engine/analysisservice.h"
#include "models/report/reportsource.h"
#include "ui/languagesettings.h"
#include "ui/report/reportrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>

namespace lodestar::cli {

namespace {

using report::ReportOptions;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), Text::tr("Workspace database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"), Text::tr("PDF file to write."), QStringLiteral("FILE.pdf")});
    parser.addOption({QStringLiteral("quarter"), Text::tr("Quarter to report, e.g. 2025Q4 (default: the latest complete one)."),
                      QStringLiteral("QUARTER")});
    parser.addOption({QStringLiteral("sections"),
                      Text::tr("Comma-separated sections (default: all): cover, definition, summary, trends, segments, "
                         "cohorts, channels, culture, appendix."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("page-size"), Text::tr("A4 (default) or Letter."), QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("landscape"), Text::tr("Landscape pages instead of portrait.")});
    parser.addOption({QStringLiteral("language"), Text::tr("Language of texts and numbers: en, de or fr."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("company"), Text::tr("Company name on the cover (default: the workspace file's name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("logo"), Text::tr("Image file for the cover's logo."), QStringLiteral("FILE")});
}

// Usage mistakes are reported before the slow part (valuing every customer) starts.
bool readOptions(const QCommandLineParser &parser, const CommandContext &context, ReportOptions &options)
{
    if (parser.isSet(QStringLiteral("sections"))) {
        QString unknown;
        const auto sections = report::parseSections(parser.value(QStringLiteral("sections")), &unknown);
        if (!sections || sections->empty()) {
            fail(context, Text::tr("unknown section '%1'; choose from %2").arg(unknown, Text::tr("cover, definition, summary, trends, "
                                                                                    "segments, cohorts, channels, culture, appendix")), 2);
            return false;
        }
        options.sections = *sections;
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        const auto size = report::pageSizeFromName(parser.value(QStringLiteral("page-size")));
        if (!size) {
            fail(context, Text::tr("--page-size must be A4 or Letter"), 2);
            return false;
        }
        options.pageSize = *size;
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("de") && language != QLatin1String("fr")) {
        fail(context, Text::tr("--language must be en, de or fr"), 2);
        return false;
    }
    options.language = language.isEmpty() ? QStringLiteral("en") : language;
    options.quarter = parser.value(QStringLiteral("quarter"));
    options.landscape = parser.isSet(QStringLiteral("landscape"));
    options.company = parser.value(QStringLiteral("company"));
    options.logoPath = parser.value(QStringLiteral("logo"));
    if (parser.isSet(QStringLiteral("logo"))) {
        // A regular file only: an image reader would wait forever on a FIFO.
        if (!QFileInfo(options.logoPath).isFile()) {
            fail(context, Text::tr("--logo %1 is not a file").arg(options.logoPath), 2);
            return false;
        }
        if (QImageReader reader(options.logoPath); !reader.canRead()) {
            fail(context, Text::tr("--logo %1 is not an image Lodestar can read: %2").arg(options.logoPath, reader.errorString()), 2);
            return false;
        }
    }
    return true;
}

} // namespace

int runReport(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes the quarterly business review (QBR) report as a PDF."));
    addReportOptions(parser);
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    ReportOptions options;
    if (!readOptions(parser, context, options))
        return 2;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(context, Text::tr("--out FILE.pdf is required"), 2);
    const QString db = parser.value(QStringLiteral("db"));
    if (const QString reason = outputPathProblem(out, workspaceFiles(db)); !reason.isEmpty())
        return fail(context, Text::tr("cannot write the report: %1").arg(reason), 2);
    if (options.language != QLatin1String("en") || parser.isSet(QStringLiteral("language"))) {
        const QLocale locale = ui::localeForLanguage(options.language);
        QLocale::setDefault(locale);
        ui::installTranslators(locale);
    }

    QElapsedTimer timer;
    timer.start();
    auto store = openWorkspace(parser, context, Store::Mode::ReadOnly);
    if (!store)
        return 2;
    const auto inputs = report::loadReportInputs(*store, options);
    if (!inputs)
        return fail(context, inputs.errorString(), exitCodeFor(inputs.error()));
    const report::Document document = report::buildReport(inputs->context(options, QDate::currentDate()));
    const ui::report::ReportRenderer renderer(document, options.pageSize, options.landscape);
    if (const Status written = renderer.writePdf(out, {}, workspaceFiles(db)); !written)
        return fail(context, written.errorString(), 2);
    // The report now presents CLV under the stored definition: that is a use of it.
    AnalysisService(store->path()).recordDefinitionUse(QStringLiteral("report"), inputs->valuation->dataEnd);
    context.out << Text::tr("Wrote %1 (%2 pages) in %3 s.")
                       .arg(QDir::toNativeSeparators(out))
                       .arg(renderer.pageCount())
                       .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                << Qt::endl;
    return 0;
}

} // namespace lodestar::cli
