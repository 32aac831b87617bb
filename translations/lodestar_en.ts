<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lodestar::ui::ArmEditor</name>
    <message numerus="yes">
        <source>%n customer(s) selected</source>
        <translation>
            <numerusform>%n customer selected</numerusform>
            <numerusform>%n customers selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CohortsView</name>
    <message numerus="yes">
        <source>%n customer(s) acquired</source>
        <translation>
            <numerusform>%n customer acquired</numerusform>
            <numerusform>%n customers acquired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GoalsPanel</name>
    <message numerus="yes">
        <source>Remove the team %1 and its %n goal(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Remove the team %1 and its %n goal? Undo brings them back.</numerusform>
            <numerusform>Remove the team %1 and its %n goals? Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GuardrailBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n guardrail warning(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n guardrail warning&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n guardrail warnings&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportMappingPage</name>
    <message numerus="yes">
        <source>%1 · format: %2 · first %n row(s) shown</source>
        <translation>
            <numerusform>%1 · format: %2 · first %n row shown</numerusform>
            <numerusform>%1 · format: %2 · first %n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportRunPage</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportsView</name>
    <message numerus="yes">
        <source>%1: %n rejected row(s)</source>
        <translation>
            <numerusform>%1: %n rejected row</numerusform>
            <numerusform>%1: %n rejected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::report::ExportReportDialog</name>
    <message numerus="yes">
        <source>%n page(s), all customers.</source>
        <translation>
            <numerusform>%n page, all customers.</numerusform>
            <numerusform>%n pages, all customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); filters applied: %1.</source>
        <translation>
            <numerusform>%n page; filters applied: %1.</numerusform>
            <numerusform>%n pages; filters applied: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message numerus="yes">
        <source>Connected to PostgreSQL %1: the schema %2 holds a workspace of %Ln customer(s).</source>
        <translation>
            <numerusform>Connected to PostgreSQL %1: the schema %2 holds a workspace of %Ln customer.</numerusform>
            <numerusform>Connected to PostgreSQL %1: the schema %2 holds a workspace of %Ln customers.</numerusform>
        </translation>
    </message>
</context>
</TS>
