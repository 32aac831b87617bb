<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>Imports transactions, customers, spend and NPS files (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the quarterly business review (QBR) report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, transactions, date range and revenue of a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lodestar [&lt;command&gt; [options]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, opens the Lodestar window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;lodestar &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and date range of a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range:    %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total revenue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value per acquisition channel: CAC, CLV, LTV:CAC, payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental CLV of experiments, treatment over control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team goals on CLV drivers and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings when growth is bought at the expense of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV maturity matrix; &apos;matrix set&apos; records an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced scorecard of financial and customer indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists past imports with their counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or exports the rows an import rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders the window with one view to a PNG (after the analysis finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2025Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the imports of a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4: %5 imported, %6 rejected, %7 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>culture</name>
    <message>
        <source>CLV Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CLV or multiple conflicting definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single, documented CLV definition with shared understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance / RevOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV Definition Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp; Modeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off CLV analysis in spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated CLV calculation for all customers and key segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data / Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of Revenue with CLV Calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards &amp; Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV visible only in finance reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV and related metrics in core revenue marketing dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RevOps / Marketing Ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard Usage with CLV Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals &amp; Incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp based on volume and in-quarter close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and compensation partially tied to CLV and quality-of-revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR / Revenue Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% Plans with CLV-Linked Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-Making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions driven by short-term revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment and prioritization decisions evaluated for CLV impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV Growth vs. Revenue Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture &amp; Storytelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins celebrated for deal size only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins and learnings framed in terms of lifetime value and relationship health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership / Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV Mention Frequency in Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers could not be valued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the filter &quot;%1&quot;: write channel=…, region=… or plan=…, joined by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group needs at least two customers for a confidence interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell / expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product adoption (second purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value (expansion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy (referrals, loyalty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell / expansion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention of newest cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-period churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation (second purchase in 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to second purchase (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (mean score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar</name>
    <message>
        <source>%1: customers are worth %2 on average but cost %3 to acquire (LTV:CAC %4, below %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acquisition cost takes %2 months of margin to pay back (limit %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::CohortTableModel</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::GuardrailChecker</name>
    <message>
        <source>Average discount rose from %1 to %2 while gross margin fell from %3 to %4 (last %5 quarters against the %5 before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 customers who expanded stopped buying the next quarter, against %3 of other repeat customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who expanded refunded %1 of their next-quarter purchases, against %2 for other repeat customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue grew %1 while average CLV fell %2: growth may be bought with customers worth less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 cohorts kept %2 of their customers into the next quarter, against %3 for the %1 cohorts before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::KpiTableModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ParameterTableModel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::SegmentTableModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::cli</name>
    <message>
        <source>The %1 file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of a field: FIELD=COLUMN (name or 1-based position); with several files KIND.FIELD=COLUMN. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of d/M dates: d/M/yyyy or M/d/yyyy (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field separator: a character, tab or whitespace (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files have no header row; map columns by position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: unknown file kind &apos;%2&apos; (transactions, customers, spend, nps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: with several files, name the kind, e.g. --map transactions.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: no --%2 file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one character, tab or whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-format must be d/M/yyyy, M/d/yyyy, yyyyMMdd or iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import: give --transactions, --customers, --spend or --nps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: already imported (import %3); nothing added, %4 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 rows read, %4 imported, %5 rejected, %6 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: %1; new customers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1 (assumed: the data fits both orders; use --date-format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1 (detected from the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1 (--date-format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… see all with: lodestar rejects --import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports transactions, customers, marketing spend and NPS files into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter to report, e.g. 2025Q4 (default: the latest complete one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated sections (default: all): cover, definition, summary, trends, segments, cohorts, channels, culture, appendix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape pages instead of portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of texts and numbers: en, de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name on the cover (default: the workspace file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file for the cover&apos;s logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;; choose from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover, definition, summary, trends, segments, cohorts, channels, culture, appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be en, de or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the quarterly business review (QBR) report as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value per acquisition channel: customers, CAC, average CLV, LTV:CAC, payback and CLV minus spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 FILTER or --%1-file CSV is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the treatment should change and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute filter, e.g. channel=Referral;plan=Pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV whose first column lists customer ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be dates (YYYY-MM-DD), --to not before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added experiment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (95% CI %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments: incremental CLV, retention and revenue of treatment over control. Use &apos;experiments add&apos; to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 treatment vs %2 control customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental CLV:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental revenue:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter, e.g. 2025Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (shares as fractions: 0.4 for 40%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered actual, for indicators the data cannot give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;; choose from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter and --target are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added goal %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no goals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team goals on the leading indicators of CLV, with progress. Use &apos;goals add&apos; and &apos;goals add-team&apos; to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrail warnings: discount erosion, churn or refunds after expansion, revenue bought while CLV falls, channels below LTV:CAC 1 or beyond the payback limit, falling cohort retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a threshold or target first, e.g. max_payback_months=18 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the thresholds and targets and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardrail is triggered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV maturity matrix, %1 (average level %2, average gap %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a quarterly self-assessment of one capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter of the assessment, e.g. 2025Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current level, 1 (From) to 5 (To).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level, 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of an entered KPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period the KPI value is for (default: the quarter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown capability &apos;%1&apos;; choose from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter and --level are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kpi-value must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for %2: level %3, target %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLV maturity matrix: level, target, gap, KPI and trend per capability. Use &apos;lodestar matrix set&apos; to record an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter to show, e.g. 2025Q4 (default: the latest assessed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected rows in import #%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or exports the rows an import rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the import (see lodestar imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import ID is required (see lodestar imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no import #%1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced scorecard: financial results next to the customer indicators that lead them, over trailing quarters so one noisy quarter does not swing the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced scorecard, trailing %1 quarters (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders the main window with one view to a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 1440x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --size &apos;%1&apos;; use WIDTHxHEIGHT, e.g. 1440x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 view, %3x%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::report</name>
    <message>
        <source>BG/NBD (purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD (purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on %1 customers; log-likelihood %2 (%3 per customer); %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters and fit quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition&apos;s method fits no model: CLV is computed directly from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows were left out of every figure; the import log lists why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV:CAC by acquisition channel (%1:1 or more pays back the acquisition spend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers have no acquisition channel recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each acquisition channel&apos;s customers are worth against what they cost to acquire. Payback is the months of margin it takes to earn the acquisition cost back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acquisition cost or marketing spend is recorded, so LTV:CAC and payback cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each cohort buying again, by period since acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters since acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative revenue per customer by cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acquisition cohorts in the data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers grouped by the quarter of their first purchase. Each row follows one cohort; blank cells are periods that have not happened or are still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ up from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ down from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No balanced scorecard has been set up in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV maturity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maturity self-assessment has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team goals are set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrail warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardrails are defined in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive: BG/NBD purchases × Gamma-Gamma spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive: Pareto/NBD purchases × Gamma-Gamma spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historic: realised margin to date, no prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple formula: yearly margin ÷ churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overridden for %1 plans and %2 channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model fitted on data up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: top %1 of CLV; Medium: next %2; Low: the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of still being a customer below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure in this report is computed under this one definition. Customer lifetime value is the margin we expect a customer to bring over the horizon, in today&apos;s money, not the revenue they brought so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers in this breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment mix: share of customers and of CLV by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures for %1, compared with the previous quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not yet a previous quarter to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are for the filtered customers only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete quarter in the data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter by quarter from %1 to %2. CLV is what the customers active in a quarter are expected to be worth; revenue is what they paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures by quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::report::detail</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no transactions yet. Import a CSV file to see its customer value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the CLV definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::AnalysisController</name>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuing customers under the new definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the previous analysis is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CohortsView</name>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cohort to add it to or remove it from the curves below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click cohorts in the heatmap to compare their curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by acquisition cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters since acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: selected cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CustomerDetailPanel</name>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score / tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel · region · plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative spend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer id, tier, segment, channel, region or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::DefinitionView</name>
    <message>
        <source>&amp;Apply and recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD + Gamma-Gamma (predictive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD + Gamma-Gamma (predictive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historic (realised margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple formula (margin × retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition in plain language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Lodestar values a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual &amp;discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;time unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High tier: top share of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;edium tier: next share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk when P(alive) &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::FilterBar</name>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MainActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import transactions, customers, spend or NPS from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view&apos;s table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view&apos;s chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again and recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all dates, channels, regions, plans and tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MainWindow</name>
    <message>
        <source>Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;Customer lifetime value as the north-star KPI.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ModelView</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases per month: actual vs predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: log-likelihood %2 over %3 customers, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 method fits no probabilistic model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valuation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit: %1. Calibration ends %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 fit did not converge: treat its CLV figures with caution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases per month: actual vs predicted (calibration ends %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) by frequency and recency, for a customer first seen %1 %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency: %1 from first purchase to last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::Navigator</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::OverviewView</name>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment mix: share of customers vs share of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV growth vs revenue growth, per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth vs previous period (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::Scorecard</name>
    <message>
        <source>%1 vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3
Previous period: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::SegmentsView</name>
    <message>
        <source>Double-click a segment to see its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group customers by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::WelcomePage</name>
    <message>
        <source>Explore the &amp;demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lodestar makes customer lifetime value the number your team steers by. Start with the demo company (5,000 customers, 2023–2025), or open your own workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New empty workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo company… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::ChartWidget</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::ZoomableChartView</name>
    <message>
        <source>Wheel or drag to zoom, arrow keys or middle button to pan, double-click to reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::report::ReportRenderer</name>
    <message>
        <source>Quarterly Business Review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lodestar::ui::workspacefiles</name>
    <message>
        <source>Lodestar workspaces (*.lodestar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace.lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 average CLV grew %2 while revenue grew %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 average CLV grew %2 while revenue fell %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 average CLV fell %2 while revenue grew %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 average CLV fell %2 and revenue fell %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are gaining value faster than sales are growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales are growing faster than the value of the customer base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rose from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention fell from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention held at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of revenue (%2 of the quarter&apos;s) comes from customers at risk of lapsing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of revenue comes from customers at risk of lapsing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 spent on acquiring customers returns %2 in lifetime value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly Business Review: Customer Lifetime Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers (no filters applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2025Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no transactions, so there is nothing to report. Import data first (or create the demo with &apos;lodestar demo&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends on %1, before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we define Customer Lifetime Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV and revenue trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture, goals and guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: model and data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our CLV definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
