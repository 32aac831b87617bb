#include "schema.h"

namespace lodestar {

namespace {

// Dates and times are stored as INTEGER seconds since the Unix epoch (UTC), so the engine
// reads them without parsing text; money as REAL in the workspace currency.
Migration foundation()
{
    return {1, {
        QStringLiteral(R"(CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('transactions','customers','spend','nps')),
            file_name TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            imported_at INTEGER NOT NULL,
            rows_read INTEGER NOT NULL DEFAULT 0,
            rows_imported INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            rows_duplicate INTEGER NOT NULL DEFAULT 0,
            mapping TEXT NOT NULL DEFAULT '{}',
            UNIQUE (kind, content_hash)))"),
        QStringLiteral(R"(CREATE TABLE import_rejects (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            column_name TEXT NOT NULL DEFAULT '',
            raw_value TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX import_rejects_by_import ON import_rejects(import_id, line)"),
        QStringLiteral(R"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL UNIQUE,
            signup_at INTEGER,
            channel TEXT,
            region TEXT,
            plan TEXT,
            acquisition_cost REAL,
            attributes TEXT NOT NULL DEFAULT '{}',
            import_id INTEGER REFERENCES imports(id)))"),
        QStringLiteral(R"(CREATE TABLE transactions (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            occurred_at INTEGER NOT NULL,
            amount REAL NOT NULL,
            order_id TEXT,
            quantity REAL,
            discount REAL,
            cost REAL,
            currency TEXT,
            import_id INTEGER NOT NULL REFERENCES imports(id)))"),
        QStringLiteral("CREATE INDEX transactions_by_customer ON transactions(customer_id, occurred_at)"),
        QStringLiteral("CREATE INDEX transactions_by_order ON transactions(order_id) WHERE order_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE marketing_spend (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL,
            channel TEXT NOT NULL,
            amount REAL NOT NULL,
            import_id INTEGER NOT NULL REFERENCES imports(id)))"),
        QStringLiteral(R"(CREATE TABLE nps_responses (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            occurred_at INTEGER NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            import_id INTEGER NOT NULL REFERENCES imports(id)))"),
    }};
}

// The workspace's CLV definition and free settings (company name, thresholds, logo path).
Migration definitionAndSettings()
{
    return {2, {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE clv_definition (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            definition TEXT NOT NULL,
            updated_at INTEGER NOT NULL))"),
    }};
}

// CLV as a cultural KPI (issue 5): quarterly maturity self-assessments, which views and
// reports used the definition (its adoption KPI), teams with goals on CLV drivers, and
// experiments with their treatment and control customers.
Migration cultureTables()
{
    return {3, {
        QStringLiteral(R"(CREATE TABLE culture_assessments (
            id INTEGER PRIMARY KEY,
            capability TEXT NOT NULL,
            quarter TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            target INTEGER NOT NULL CHECK (target BETWEEN 1 AND 5),
            owner TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '',
            kpi_value REAL,
            kpi_period TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            UNIQUE (capability, quarter)))"),
        QStringLiteral(R"(CREATE TABLE definition_usage (
            surface TEXT NOT NULL,
            quarter TEXT NOT NULL,
            uses INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (surface, quarter)))"),
        QStringLiteral(R"(CREATE TABLE teams (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("INSERT INTO teams (name, position) VALUES ('Marketing', 1), ('Sales', 2), ('Customer Success', 3), ('Product', 4)"),
        QStringLiteral(R"(CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            indicator TEXT NOT NULL,
            quarter TEXT NOT NULL,
            target REAL NOT NULL,
            entered_actual REAL))"),
        QStringLiteral("CREATE INDEX goals_by_team ON goals(team_id, quarter)"),
        QStringLiteral(R"(CREATE TABLE experiments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            hypothesis TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            treatment_filter TEXT NOT NULL DEFAULT '',
            control_filter TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE experiment_members (
            experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            arm TEXT NOT NULL CHECK (arm IN ('treatment','control')),
            PRIMARY KEY (experiment_id, external_id)))"),
    }};
}

// The dataset reader sorts the transactions by customer and time in memory, which is quicker than
// walking this index and fetching each row through it; without it, an import of a million rows
// rebuilds one index instead of two (0.7-1.0 s less). No other statement looks transactions up by customer.
Migration withoutCustomerIndex()
{
    return {4, {QStringLiteral("DROP INDEX IF EXISTS transactions_by_customer")}};
}

// Fitted models kept with what they were fitted on (fitcache.h): the key is a stamp of the model's
// input rows, which follow from the data, the calibration window and the time unit; fitted_on says
// the same in words for someone reading the file.
Migration fitCache()
{
    return {5, {QStringLiteral(R"(CREATE TABLE model_fits (
            model TEXT NOT NULL,
            input_stamp TEXT NOT NULL,
            fitted_on TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (model, input_stamp)))")}};
}

// Every customer's CLV, tier and scores as `lodestar clv --write-back` last wrote them, for other
// tools (a CRM sync, a BI dashboard) to read where the data is; the definition used is the setting
// customer_values.definition. Replaced whole on each write-back.
Migration customerValues()
{
    return {6, {QStringLiteral(R"(CREATE TABLE customer_values (
            customer_id TEXT PRIMARY KEY,
            clv REAL,
            tier TEXT,
            score INTEGER,
            p_alive REAL,
            expected_purchases REAL,
            expected_spend REAL,
            historic_clv REAL NOT NULL,
            revenue REAL NOT NULL,
            rfm_segment TEXT NOT NULL,
            valued_at INTEGER NOT NULL))")}};
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{foundation(), definitionAndSettings(), cultureTables(), withoutCustomerIndex(),
                                             fitCache(), customerValues()};
    return migrations;
}

} // namespace lodestar
