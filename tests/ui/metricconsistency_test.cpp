// One metric, one value: every metric of the registry shows the same text on the window's tiles and
// tables, in the command line's JSON (formatted by the registry) and in the PDF report, on the demo.

#include "uitestsupport.h"

#include "models/engine/headline.h"
#include "models/engine/metricregistry.h"
#include "ui/culture/goalsview.h"
#include "ui/views/overviewview.h"
#include "ui/views/scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

using namespace lodestar;
using namespace lodestar::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/// Where a metric's value was read and the text shown there.
struct Shown
{
    QString surface;
    QString text;
};

class MetricConsistency : public DemoWindowTest
{
protected:
    static QString db() { return window().controller()->snapshot().workspacePath; }

    static QJsonObject cliJson(QStringList arguments)
    {
        arguments << str("--db") << db() << str("--json");
        const ProcessResult result = runLodestar(arguments);
        EXPECT_EQ(result.exitCode, 0) << qPrintable(arguments.join(QLatin1Char(' '))) << result.err.constData();
        return QJsonDocument::fromJson(result.out).object();
    }

    /// The demo's report as text; layout kept when asked, so a table row stays on one line.
    static QString reportText(bool layout)
    {
        static QMap<bool, QString> cache;
        if (cache.contains(layout))
            return cache.value(layout);
        static const QString pdf = [] {
            const QString path = db() + str(".report.pdf");
            const ProcessResult result = runLodestar({str("report"), str("--db"), db(), str("--out"), path});
            EXPECT_EQ(result.exitCode, 0) << result.err.constData();
            return path;
        }();
        QProcess process;
        QStringList arguments;
        if (layout)
            arguments << str("-layout");
        process.start(str("pdftotext"), arguments << pdf << str("-"));
        EXPECT_TRUE(process.waitForFinished(60000));
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        if (!layout)
            text.replace(QRegularExpression(str("\\s+")), str(" "));
        cache.insert(layout, text);
        return text;
    }

    static bool popplerAvailable() { return !QStandardPaths::findExecutable(str("pdftotext")).isEmpty(); }

    static ui::GoalsView &goals()
    {
        window().showView(str("goals"));
        auto &view = *qobject_cast<ui::GoalsView *>(window().view(str("goals")));
        // The culture figures may arrive a moment after the view is shown.
        for (int waited = 0; waited < 200 && view.channelTable()->rowCount() == 0; ++waited)
            settle(100);
        return view;
    }

    static ui::OverviewView &overview()
    {
        window().showView(str("overview"));
        return *qobject_cast<ui::OverviewView *>(window().view(str("overview")));
    }

    static double number(const QJsonValue &value) { return value.isDouble() ? value.toDouble() : kUnknown; }

    // The report shows a value when the normalised text holds it; a dash is not evidence of anything.
    static void addReport(std::vector<Shown> &shown, const QString &text, const QString &expected)
    {
        shown.push_back({str("report"), text.contains(expected) ? expected : str("(absent from the report)")});
    }
};

void expectOneText(const QString &metric, const std::vector<Shown> &shown)
{
    ASSERT_FALSE(shown.empty()) << qPrintable(metric);
    for (const Shown &s : shown)
        EXPECT_EQ(s.text, shown.front().text) << qPrintable(metric) << ": " << qPrintable(s.surface) << " vs "
                                              << qPrintable(shown.front().surface);
}

// The cells of the report's table row that starts with label (pdftotext -layout keeps a row on one line).
QString reportRow(const QString &layoutText, const QString &label)
{
    for (const QString &line : layoutText.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(label + str("  ")))
            return line;
    }
    return {};
}

} // namespace

TEST_F(MetricConsistency, EveryRegistryMetricShowsOneValueOnTileJsonAndReport)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "pdftotext is not installed";
    QMap<QString, std::vector<Shown>> shown; // by metric id; channel metrics by "id/channel"
    const QString report = reportText(false);

    // Headline tiles, `kpis --json` and the report's executive summary.
    const QJsonObject headline = cliJson({str("kpis")}).value(str("headline")).toObject();
    for (const ui::Scorecard *tile : overview().scorecards()) {
        const MetricDefinition &metric = tile->metric();
        const QString json = metric.format(number(headline.value(metric.key()).toObject().value(str("value"))));
        auto &list = shown[metric.key()];
        list.push_back({str("overview tile"), tile->valueText()});
        list.push_back({str("kpis --json"), json});
        addReport(list, report, json);
        EXPECT_TRUE(tile->toolTip().contains(metric.formulaText())) << qPrintable(metric.key());
    }

    // The balanced scorecard: Goals table, `scorecard --json` and the report's culture section.
    const QJsonObject scorecard = cliJson({str("scorecard")});
    QTableWidget *table = goals().scorecardTable();
    for (const char *side : {"financial", "customer"}) {
        for (const QJsonValue &value : scorecard.value(str(side)).toArray()) {
            const QJsonObject row = value.toObject();
            const MetricDefinition *metric = findMetric(row.value(str("metric")).toString());
            ASSERT_NE(metric, nullptr) << qPrintable(row.value(str("key")).toString());
            const QString json = metric->format(number(row.value(str("actual"))));
            auto &list = shown[metric->key()];
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, 0) && table->item(r, 0)->toolTip() == metric->tooltip())
                    list.push_back({str("Goals scorecard"), table->item(r, 2)->text()});
            }
            list.push_back({str("scorecard --json"), json});
            addReport(list, report, json);
        }
    }

    // Per channel: the Goals → Channels tab, `channels --json`, `segments --by channel --json` and the report's table.
    const QJsonArray channels = cliJson({str("channels")}).value(str("channels")).toArray();
    const QJsonArray segments = cliJson({str("segments"), str("--by"), str("channel")}).value(str("segments")).toArray();
    QTableWidget *channelTable = goals().channelTable();
    const QString layout = reportText(true);
    ASSERT_FALSE(channels.isEmpty());
    struct Column
    {
        const char *metric;
        const char *key;
        int column;
    };
    for (const Column &c : {Column{"cac", "cac", 2}, Column{"ltv_cac", "ltv_cac", 4}, Column{"payback_months", "payback_months", 5}}) {
        const MetricDefinition &metric = lodestar::metric(QString::fromLatin1(c.metric));
        for (const QJsonValue &value : channels) {
            const QJsonObject channel = value.toObject();
            const QString name = channel.value(str("channel")).toString();
            auto &list = shown[metric.key() + QLatin1Char('/') + name];
            const QString json = metric.format(number(channel.value(str(c.key))));
            list.push_back({str("channels --json"), json});
            for (const QJsonValue &segment : segments)
                if (segment.toObject().value(str("key")).toString() == name)
                    list.push_back({str("segments --json"), metric.format(number(segment.toObject().value(str(c.key))))});
            for (int r = 0; r < channelTable->rowCount(); ++r)
                if (channelTable->item(r, 0)->text() == name)
                    list.push_back({str("Goals channel table"), channelTable->item(r, c.column)->text()});
            const QString row = reportRow(layout, name);
            list.push_back({str("report channel table"), row.contains(json) ? json : str("(absent from: %1)").arg(row)});
        }
    }

    // Walk the registry: each metric is shown somewhere, on three surfaces at least, with one text.
    for (const MetricDefinition &metric : metricRegistry()) {
        int surfaces = 0;
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            if (it.key() != metric.key() && !it.key().startsWith(metric.key() + QLatin1Char('/')))
                continue;
            surfaces = std::max(surfaces, static_cast<int>(it.value().size()));
            expectOneText(it.key(), it.value());
        }
        EXPECT_GE(surfaces, 3) << "metric " << metric.id << " is not shown on a tile, in the JSON and in the report";
    }
}

TEST_F(MetricConsistency, ChannelsAndSegmentsByChannelGiveTheSameUnitEconomics)
{
    const QJsonArray channels = cliJson({str("channels")}).value(str("channels")).toArray();
    const QJsonArray segments = cliJson({str("segments"), str("--by"), str("channel")}).value(str("segments")).toArray();
    ASSERT_FALSE(channels.isEmpty());
    ASSERT_EQ(channels.size(), segments.size());
    int withPayback = 0;
    for (const QJsonValue &value : channels) {
        const QJsonObject channel = value.toObject();
        const QString name = channel.value(str("channel")).toString();
        QJsonObject segment;
        for (const QJsonValue &s : segments)
            if (s.toObject().value(str("key")).toString() == name)
                segment = s.toObject();
        ASSERT_FALSE(segment.isEmpty()) << qPrintable(name);
        for (const char *key : {"payback_months", "ltv_cac", "cac"}) {
            const QJsonValue a = channel.value(str(key));
            const QJsonValue b = segment.value(str(key));
            ASSERT_EQ(a.isNull(), b.isNull()) << qPrintable(name) << ' ' << key;
            if (a.isDouble()) {
                EXPECT_NEAR(a.toDouble(), b.toDouble(), 1e-9 * std::max(1.0, std::abs(a.toDouble()))) << qPrintable(name) << ' ' << key;
            }
        }
        EXPECT_EQ(channel.value(str("ltv_to_cac")), channel.value(str("ltv_cac"))) << "the old key keeps its value";
        withPayback += channel.value(str("payback_months")).isDouble() ? 1 : 0;
    }
    EXPECT_GE(withPayback, 2) << "the demo's channels have acquisition costs";
}
