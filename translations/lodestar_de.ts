<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalysisJobs</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the CLV definition: %1</source>
        <translation>Die CLV-Definition kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ClvDefinition</name>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>%1 of net revenue</source>
        <translation>%1 des Nettoumsatzes</translation>
    </message>
    <message>
        <source>the first purchase</source>
        <translation>dem ersten Kauf</translation>
    </message>
    <message>
        <source>the last purchase</source>
        <translation>dem letzten Kauf</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>CLV = expected gross margin (%1) over the next %2, discounted at %3/yr, from the %4 + Gamma-Gamma model fitted on purchases %5 (%6).</source>
        <translation>CLV = erwartete Bruttomarge (%1) über die nächsten %2, abgezinst mit %3 pro Jahr, aus dem %4- und Gamma-Gamma-Modell, angepasst an die Käufe %5 (%6).</translation>
    </message>
    <message>
        <source>CLV = realised net revenue to date × %1 (historic: no prediction), purchases %2.</source>
        <translation>CLV = bisher realisierter Nettoumsatz × %1 (historisch: keine Prognose), Käufe %2.</translation>
    </message>
    <message>
        <source>CLV = yearly net revenue per customer × %1 ÷ annual churn, where annual churn is the share of customers who bought in one year and did not buy in the next (simple formula, undiscounted), purchases %2.</source>
        <translation>CLV = jährlicher Nettoumsatz je Kunde × %1 ÷ jährliche Abwanderung; die jährliche Abwanderung ist der Anteil der Kunden, die in einem Jahr gekauft haben und im nächsten nicht (einfache Formel, nicht abgezinst), Käufe %2.</translation>
    </message>
    <message>
        <source>CLV: %1 margin, %2, %3/yr discount, %4</source>
        <translation>CLV: %1 Marge, %2, %3 Abzinsung p. a., %4</translation>
    </message>
    <message>
        <source>CLV: historic, %1 margin</source>
        <translation>CLV: historisch, %1 Marge</translation>
    </message>
    <message>
        <source>CLV: simple formula, %1 margin</source>
        <translation>CLV: einfache Formel, %1 Marge</translation>
    </message>
    <message>
        <source>The horizon must be between 1 and 240 months.</source>
        <translation>Der Horizont muss zwischen 1 und 240 Monaten liegen.</translation>
    </message>
    <message>
        <source>The discount rate must be at least 0 and below 1 (e.g. 0.10 for 10%/yr).</source>
        <translation>Der Abzinsungssatz muss mindestens 0 und kleiner als 1 sein (z. B. 0.10 für 10 % pro Jahr).</translation>
    </message>
    <message>
        <source>The gross margin must be between 0 and 1 (e.g. 0.30 for 30%).</source>
        <translation>Die Bruttomarge muss zwischen 0 und 1 liegen (z. B. 0.30 für 30 %).</translation>
    </message>
    <message>
        <source>Every plan or channel margin must be between 0 and 1.</source>
        <translation>Jede Marge je Tarif oder Kanal muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The High and Medium tier shares must be positive and add up to at most 1.</source>
        <translation>Die Anteile der Wertstufen Hoch und Mittel müssen positiv sein und zusammen höchstens 1 ergeben.</translation>
    </message>
    <message>
        <source>The at-risk threshold must be a probability between 0 and 1.</source>
        <translation>Die Gefährdungsschwelle muss eine Wahrscheinlichkeit zwischen 0 und 1 sein.</translation>
    </message>
    <message>
        <source>The calibration start must be before the calibration end.</source>
        <translation>Der Beginn der Kalibrierung muss vor ihrem Ende liegen.</translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation>Tarif %1: %2</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>Kanal %1: %2</translation>
    </message>
    <message>
        <source>%1 of net revenue, except %2</source>
        <translation>%1 des Nettoumsatzes, außer %2</translation>
    </message>
    <message>
        <source>The tier cut-offs must be amounts of at least 0.</source>
        <translation>Die Grenzen der Wertstufen müssen Beträge von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>The Medium tier cut-off (%1) must be below the High tier cut-off (%2).</source>
        <translation>Die Grenze der Wertstufe Mittel (%1) muss unter der Grenze der Wertstufe Hoch (%2) liegen.</translation>
    </message>
    <message>
        <source>%1 Tiers: %2.</source>
        <translation>%1 Wertstufen: %2.</translation>
    </message>
    <message>
        <source>High: CLV of %1 or more; Medium: %2 or more; Low: below %2</source>
        <translation>Hoch: CLV von %1 oder mehr; Mittel: %2 oder mehr; Niedrig: unter %2</translation>
    </message>
    <message>
        <source>High: the top %1 of customers by CLV; Medium: the next %2; Low: the rest</source>
        <translation>Hoch: die obersten %1 der Kunden nach CLV; Mittel: die nächsten %2; Niedrig: der Rest</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import was cancelled; %1 was not imported.</source>
        <translation>Der Import wurde abgebrochen; %1 wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation>Marketingausgaben</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS-Antworten</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>Lodestar workspaces (*.lodestar);;All files (*)</source>
        <translation>Lodestar-Arbeitsbereiche (*.lodestar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace.lodestar</source>
        <translation>Arbeitsbereich.lodestar</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Imports transactions, customers, spend and NPS files (CSV)</source>
        <translation>Importiert Transaktionen, Kunden, Ausgaben und NPS-Dateien (CSV)</translation>
    </message>
    <message>
        <source>Writes the quarterly business review (QBR) report as a PDF</source>
        <translation>Schreibt den Quarterly Business Review (QBR) als PDF</translation>
    </message>
    <message>
        <source>Customers, transactions, date range and revenue of a workspace</source>
        <translation>Kunden, Transaktionen, Zeitraum und Umsatz eines Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Usage: lodestar [&lt;command&gt; [options]]</source>
        <translation>Aufruf: lodestar [&lt;Befehl&gt; [Optionen]]</translation>
    </message>
    <message>
        <source>Without a command, opens the Lodestar window.</source>
        <translation>Ohne Befehl öffnet sich das Lodestar-Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;lodestar &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>„lodestar &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <translation>Lizenz: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>Unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Workspace database file.</source>
        <translation>Datenbankdatei des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>Unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation>Kein Arbeitsbereich unter %1</translation>
    </message>
    <message>
        <source>Counts and date range of a workspace.</source>
        <translation>Anzahlen und Zeitraum eines Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Customers:     %1</source>
        <translation>Kunden:        %1</translation>
    </message>
    <message>
        <source>Transactions:  %1</source>
        <translation>Transaktionen: %1</translation>
    </message>
    <message>
        <source>Date range:    %1 to %2</source>
        <translation>Zeitraum:      %1 bis %2</translation>
    </message>
    <message>
        <source>Total revenue: %1</source>
        <translation>Gesamtumsatz:  %1</translation>
    </message>
    <message>
        <source>Net value per acquisition channel: CAC, CLV, LTV:CAC, payback</source>
        <translation>Nettowert je Akquisekanal: CAC, CLV, LTV:CAC, Amortisation</translation>
    </message>
    <message>
        <source>Incremental CLV of experiments, treatment over control</source>
        <translation>Zusätzlicher CLV von Experimenten, Testgruppe gegenüber Kontrollgruppe</translation>
    </message>
    <message>
        <source>Team goals on CLV drivers and their progress</source>
        <translation>Teamziele zu den Treibern des CLV und ihr Fortschritt</translation>
    </message>
    <message>
        <source>Warnings when growth is bought at the expense of CLV</source>
        <translation>Warnungen, wenn Wachstum auf Kosten des CLV erkauft wird</translation>
    </message>
    <message>
        <source>CLV maturity matrix; &apos;matrix set&apos; records an assessment</source>
        <translation>CLV-Reifegradmatrix; „matrix set“ erfasst eine Bewertung</translation>
    </message>
    <message>
        <source>Balanced scorecard of financial and customer indicators</source>
        <translation>Balanced Scorecard aus Finanz- und Kundenkennzahlen</translation>
    </message>
    <message>
        <source>Lists past imports with their counts</source>
        <translation>Listet frühere Importe mit ihren Anzahlen</translation>
    </message>
    <message>
        <source>Shows or exports the rows an import rejected</source>
        <translation>Zeigt oder exportiert die von einem Import abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>Renders the window with one view to a PNG (after the analysis finished)</source>
        <translation>Rendert das Fenster mit einer Ansicht als PNG (nach Abschluss der Analyse)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2025Q4</source>
        <translation>„%1“ ist kein Quartal; Schreibweise z. B. 2025Q4</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Lists the imports of a workspace.</source>
        <translation>Listet die Importe eines Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4: %5 imported, %6 rejected, %7 duplicates</source>
        <translation>#%1  %2  %3  %4: %5 importiert, %6 abgelehnt, %7 Duplikate</translation>
    </message>
    <message>
        <source>CLV, P(alive), score, tier and RFM segment of every customer (CSV or JSON)</source>
        <translation>CLV, P(aktiv), Score, Wertstufe und RFM-Segment jedes Kunden (CSV oder JSON)</translation>
    </message>
    <message>
        <source>Acquisition cohorts: retention, revenue retention, cumulative revenue, projection</source>
        <translation>Akquisekohorten: Kundenbindung, Umsatzbindung, kumulierter Umsatz, Prognose</translation>
    </message>
    <message>
        <source>Shows or sets the workspace CLV definition</source>
        <translation>Zeigt oder ändert die CLV-Definition des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Fits BG/NBD, Pareto/NBD or Gamma-Gamma; parameters, standard errors, holdout check</source>
        <translation>Passt BG/NBD, Pareto/NBD oder Gamma-Gamma an; Parameter, Standardfehler, Holdout-Prüfung</translation>
    </message>
    <message>
        <source>KPIs by month or quarter with the headline figures</source>
        <translation>KPIs nach Monat oder Quartal mit den Kernzahlen</translation>
    </message>
    <message>
        <source>CLV by tier, RFM segment, channel, region or plan</source>
        <translation>CLV nach Wertstufe, RFM-Segment, Kanal, Region oder Tarif</translation>
    </message>
    <message>
        <source>CLV, P(alive), score, tier and RFM segment of every customer.</source>
        <translation>CLV, P(aktiv), Score, Wertstufe und RFM-Segment jedes Kunden.</translation>
    </message>
    <message>
        <source>Write the rows to a CSV file.</source>
        <translation>Die Zeilen in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2</source>
        <translation>%1 Kunden nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Share of each cohort purchasing k periods after acquisition (* = period not over)</source>
        <translation>Anteil jeder Kohorte, der k Perioden nach der Akquise kauft (* = Periode nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>Acquisition cohorts: retention and revenue per customer.</source>
        <translation>Akquisekohorten: Kundenbindung und Umsatz je Kunde.</translation>
    </message>
    <message>
        <source>month (default) or quarter.</source>
        <translation>month (Standard) oder quarter.</translation>
    </message>
    <message>
        <source>Shows or sets the workspace&apos;s CLV definition.</source>
        <translation>Zeigt oder ändert die CLV-Definition des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>--horizon-months needs a whole number of months</source>
        <translation>--horizon-months erwartet eine ganze Zahl von Monaten</translation>
    </message>
    <message>
        <source>--time-unit must be day, week or month</source>
        <translation>--time-unit muss day, week oder month sein</translation>
    </message>
    <message>
        <source>--calibration-end needs a date YYYY-MM-DD</source>
        <translation>--calibration-end erwartet ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--period must be month or quarter</source>
        <translation>--period muss month oder quarter sein</translation>
    </message>
    <message>
        <source> fitted on %1 customers</source>
        <translation> angepasst an %1 Kunden</translation>
    </message>
    <message>
        <source>Log-likelihood: %1</source>
        <translation>Log-Likelihood: %1</translation>
    </message>
    <message>
        <source>Holdout repeat transactions: predicted %1, actual %2</source>
        <translation>Wiederholungskäufe im Holdout: prognostiziert %1, tatsächlich %2</translation>
    </message>
    <message>
        <source>Fits a BG/NBD, Pareto/NBD or Gamma-Gamma model.</source>
        <translation>Passt ein BG/NBD-, Pareto/NBD- oder Gamma-Gamma-Modell an.</translation>
    </message>
    <message>
        <source>Last day of the holdout period (YYYY-MM-DD).</source>
        <translation>Letzter Tag des Holdout-Zeitraums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--holdout-end needs a date YYYY-MM-DD</source>
        <translation>--holdout-end erwartet ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the holdout end must be after the calibration end %1</source>
        <translation>Das Holdout-Ende muss nach dem Kalibrierungsende %1 liegen</translation>
    </message>
    <message>
        <source>Headline, %1 vs the period before:</source>
        <translation>Kernzahlen, %1 gegenüber der Vorperiode:</translation>
    </message>
    <message>
        <source>KPIs by month or quarter, with the headline figures.</source>
        <translation>KPIs nach Monat oder Quartal, mit den Kernzahlen.</translation>
    </message>
    <message>
        <source>quarter (default) or month.</source>
        <translation>quarter (Standard) oder month.</translation>
    </message>
    <message>
        <source>CLV by tier, RFM segment, channel, region or plan.</source>
        <translation>CLV nach Wertstufe, RFM-Segment, Kanal, Region oder Tarif.</translation>
    </message>
    <message>
        <source>tier (default), rfm, channel, region or plan.</source>
        <translation>tier (Standard), rfm, channel, region oder plan.</translation>
    </message>
    <message>
        <source>--by must be tier, rfm, channel, region or plan</source>
        <translation>--by muss tier, rfm, channel, region oder plan sein</translation>
    </message>
    <message>
        <source>Builds the demo company&apos;s workspace (three years, ~5,000 customers)</source>
        <translation>Erstellt den Arbeitsbereich des Demo-Unternehmens (drei Jahre, ca. 5.000 Kunden)</translation>
    </message>
    <message>
        <source>Net value per acquisition channel: customers, CAC, average CLV, LTV:CAC, payback and CLV minus spend.</source>
        <translation>Nettowert je Akquisekanal: Kunden, CAC, durchschnittlicher CLV, LTV:CAC, Amortisation und CLV abzüglich Ausgaben.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Avg CLV</source>
        <translation>Ø CLV</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Nettowert</translation>
    </message>
    <message>
        <source>%1 is not a Lodestar workspace; not overwriting it</source>
        <translation>%1 ist kein Lodestar-Arbeitsbereich; wird nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 already holds data; use --force to replace it with the demo</source>
        <translation>%1 enthält bereits Daten; --force ersetzt sie durch die Demo</translation>
    </message>
    <message>
        <source>Builds the demo company&apos;s workspace: three years, ~5,000 customers.</source>
        <translation>Erstellt den Arbeitsbereich des Demo-Unternehmens: drei Jahre, ca. 5.000 Kunden.</translation>
    </message>
    <message>
        <source>Replace an existing workspace with the demo.</source>
        <translation>Einen vorhandenen Arbeitsbereich durch die Demo ersetzen.</translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 customers, %3 transactions, %4 spend rows, %5 NPS responses</source>
        <translation>Demo-Arbeitsbereich %1: %2 Kunden, %3 Transaktionen, %4 Ausgabenzeilen, %5 NPS-Antworten</translation>
    </message>
    <message>
        <source>--%1 FILTER or --%1-file CSV is required</source>
        <translation>--%1 FILTER oder --%1-file CSV ist erforderlich</translation>
    </message>
    <message>
        <source>Experiment name.</source>
        <translation>Name des Experiments.</translation>
    </message>
    <message>
        <source>What the treatment should change and why.</source>
        <translation>Was die Maßnahme ändern soll und warum.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Erster Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Letzter Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>CSV whose first column lists customer ids.</source>
        <translation>CSV-Datei, deren erste Spalte Kunden-IDs enthält.</translation>
    </message>
    <message>
        <source>--from and --to must be dates (YYYY-MM-DD), --to not before --from</source>
        <translation>--from und --to müssen Datumsangaben sein (JJJJ-MM-TT), --to nicht vor --from</translation>
    </message>
    <message>
        <source>Added experiment %1.</source>
        <translation>Experiment %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 (95% CI %2 to %3)</source>
        <translation>%1 (95-%-KI %2 bis %3)</translation>
    </message>
    <message>
        <source>Experiments: incremental CLV, retention and revenue of treatment over control. Use &apos;experiments add&apos; to record one.</source>
        <translation>Experimente: zusätzlicher CLV, Bindung und Umsatz der Testgruppe gegenüber der Kontrollgruppe. Mit „experiments add“ ein Experiment erfassen.</translation>
    </message>
    <message>
        <source>No experiments recorded.</source>
        <translation>Keine Experimente erfasst.</translation>
    </message>
    <message>
        <source>%1 treatment vs %2 control customers</source>
        <translation>%1 Kunden in der Test- vs. %2 in der Kontrollgruppe</translation>
    </message>
    <message>
        <source>Incremental CLV:       %1</source>
        <translation>Zusätzlicher CLV:      %1</translation>
    </message>
    <message>
        <source>Incremental retention: %1</source>
        <translation>Zusätzliche Bindung:   %1</translation>
    </message>
    <message>
        <source>Incremental revenue:   %1</source>
        <translation>Zusätzlicher Umsatz:   %1</translation>
    </message>
    <message>
        <source>--%1 must be a number</source>
        <translation>--%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Team name.</source>
        <translation>Name des Teams.</translation>
    </message>
    <message>
        <source>Added team %1.</source>
        <translation>Team %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Goal name.</source>
        <translation>Name des Ziels.</translation>
    </message>
    <message>
        <source>Indicator: %1.</source>
        <translation>Kennzahl: %1.</translation>
    </message>
    <message>
        <source>Quarter, e.g. 2025Q4.</source>
        <translation>Quartal, z. B. 2025Q4.</translation>
    </message>
    <message>
        <source>Target (shares as fractions: 0.4 for 40%).</source>
        <translation>Zielwert (Anteile als Bruch: 0.4 für 40&#xa0;%).</translation>
    </message>
    <message>
        <source>Entered actual, for indicators the data cannot give.</source>
        <translation>Erfasster Istwert, für Kennzahlen, die die Daten nicht liefern können.</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;; choose from %2</source>
        <translation>Unbekannte Kennzahl „%1“; zur Wahl stehen %2</translation>
    </message>
    <message>
        <source>--quarter and --target are required</source>
        <translation>--quarter und --target sind erforderlich</translation>
    </message>
    <message>
        <source>no team called &apos;%1&apos;</source>
        <translation>Kein Team namens „%1“</translation>
    </message>
    <message>
        <source>Added goal %1 for %2.</source>
        <translation>Ziel %1 für %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>(no goals)</source>
        <translation>(keine Ziele)</translation>
    </message>
    <message>
        <source>Team goals on the leading indicators of CLV, with progress. Use &apos;goals add&apos; and &apos;goals add-team&apos; to change them.</source>
        <translation>Teamziele für die Frühindikatoren des CLV, mit Fortschritt. Mit „goals add“ und „goals add-team“ ändern.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set erwartet SCHLÜSSEL=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>Guardrail warnings: discount erosion, churn or refunds after expansion, revenue bought while CLV falls, channels below LTV:CAC 1 or beyond the payback limit, falling cohort retention.</source>
        <translation>Leitplanken-Warnungen: Rabatterosion, Abwanderung oder Erstattungen nach Ausbau, erkaufter Umsatz bei sinkendem CLV, Kanäle unter LTV:CAC 1 oder über der Amortisationsgrenze, sinkende Kohortenbindung.</translation>
    </message>
    <message>
        <source>Change a threshold or target first, e.g. max_payback_months=18 (repeatable).</source>
        <translation>Vorher einen Schwellenwert oder ein Ziel ändern, z. B. max_payback_months=18 (wiederholbar).</translation>
    </message>
    <message>
        <source>Print the thresholds and targets and exit.</source>
        <translation>Schwellenwerte und Ziele ausgeben und beenden.</translation>
    </message>
    <message>
        <source>No guardrail is triggered.</source>
        <translation>Keine Leitplanke ausgelöst.</translation>
    </message>
    <message>
        <source>The %1 file to import.</source>
        <translation>Die zu importierende %1-Datei.</translation>
    </message>
    <message>
        <source>Column of a field: FIELD=COLUMN (name or 1-based position); with several files KIND.FIELD=COLUMN. Repeatable.</source>
        <translation>Spalte eines Felds: FELD=SPALTE (Name oder Position ab 1); bei mehreren Dateien ART.FELD=SPALTE. Wiederholbar.</translation>
    </message>
    <message>
        <source>Order of d/M dates: d/M/yyyy or M/d/yyyy (default: detected).</source>
        <translation>Reihenfolge bei T/M-Datumsangaben: d/M/yyyy oder M/d/yyyy (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Field separator: a character, tab or whitespace (default: detected).</source>
        <translation>Feldtrenner: ein Zeichen, Tabulator oder Leerraum (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The files have no header row; map columns by position.</source>
        <translation>Die Dateien haben keine Kopfzeile; Spalten werden nach Position zugeordnet.</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, got &apos;%1&apos;</source>
        <translation>--map erwartet FELD=SPALTE, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--map %1: unknown file kind &apos;%2&apos; (transactions, customers, spend, nps)</source>
        <translation>--map %1: unbekannte Dateiart „%2“ (transactions, customers, spend, nps)</translation>
    </message>
    <message>
        <source>--map %1: with several files, name the kind, e.g. --map transactions.%1</source>
        <translation>--map %1: bei mehreren Dateien die Art angeben, z. B. --map transactions.%1</translation>
    </message>
    <message>
        <source>--map %1: no --%2 file was given</source>
        <translation>--map %1: Es wurde keine --%2-Datei angegeben</translation>
    </message>
    <message>
        <source>--delimiter must be one character, tab or whitespace</source>
        <translation>--delimiter muss ein Zeichen, Tabulator oder Leerraum sein</translation>
    </message>
    <message>
        <source>--date-format must be d/M/yyyy, M/d/yyyy, yyyyMMdd or iso</source>
        <translation>--date-format muss d/M/yyyy, M/d/yyyy, yyyyMMdd oder iso sein</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>nothing to import: give --transactions, --customers, --spend or --nps</source>
        <translation>Nichts zu importieren: --transactions, --customers, --spend oder --nps angeben</translation>
    </message>
    <message>
        <source>%1 %2: already imported (import %3); nothing added, %4 duplicates</source>
        <translation>%1 %2: bereits importiert (Import %3); nichts hinzugefügt, %4 Duplikate</translation>
    </message>
    <message>
        <source>%1 %2: %3 rows read, %4 imported, %5 rejected, %6 duplicates</source>
        <translation>%1 %2: %3 Zeilen gelesen, %4 importiert, %5 abgelehnt, %6 Duplikate</translation>
    </message>
    <message>
        <source>format: %1; new customers: %2</source>
        <translation>Format: %1; neue Kunden: %2</translation>
    </message>
    <message>
        <source>dates read as %1 (assumed: the data fits both orders; use --date-format)</source>
        <translation>Datumsangaben gelesen als %1 (angenommen: die Daten passen zu beiden Reihenfolgen; --date-format verwenden)</translation>
    </message>
    <message>
        <source>dates read as %1 (detected from the data)</source>
        <translation>Datumsangaben gelesen als %1 (aus den Daten erkannt)</translation>
    </message>
    <message>
        <source>dates read as %1 (--date-format)</source>
        <translation>Datumsangaben gelesen als %1 (--date-format)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>… see all with: lodestar rejects --import %1</source>
        <translation>… alle anzeigen mit: lodestar rejects --import %1</translation>
    </message>
    <message>
        <source>Imports transactions, customers, marketing spend and NPS files into a workspace.</source>
        <translation>Importiert Transaktionen, Kunden, Marketingausgaben und NPS-Dateien in einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>CLV maturity matrix, %1 (average level %2, average gap %3)</source>
        <translation>CLV-Reifegradmatrix, %1 (durchschnittliche Stufe %2, durchschnittliche Lücke %3)</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to 5</source>
        <translation>--%1 muss eine ganze Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>Records a quarterly self-assessment of one capability.</source>
        <translation>Erfasst eine vierteljährliche Selbstbewertung einer Fähigkeit.</translation>
    </message>
    <message>
        <source>Capability key: %1.</source>
        <translation>Schlüssel der Fähigkeit: %1.</translation>
    </message>
    <message>
        <source>Quarter of the assessment, e.g. 2025Q4.</source>
        <translation>Quartal der Bewertung, z. B. 2025Q4.</translation>
    </message>
    <message>
        <source>Current level, 1 (From) to 5 (To).</source>
        <translation>Aktuelle Stufe, 1 (Ausgangslage) bis 5 (Zielbild).</translation>
    </message>
    <message>
        <source>Target level, 1 to 5.</source>
        <translation>Zielstufe, 1 bis 5.</translation>
    </message>
    <message>
        <source>Owner&apos;s name.</source>
        <translation>Name der verantwortlichen Person.</translation>
    </message>
    <message>
        <source>Evidence note.</source>
        <translation>Nachweis oder Notiz.</translation>
    </message>
    <message>
        <source>Value of an entered KPI (shares as fractions: 0.4 for 40%).</source>
        <translation>Wert einer erfassten Kennzahl (Anteile als Bruch: 0.4 für 40&#xa0;%).</translation>
    </message>
    <message>
        <source>Period the KPI value is for (default: the quarter).</source>
        <translation>Periode, für die der Kennzahlenwert gilt (Standard: das Quartal).</translation>
    </message>
    <message>
        <source>unknown capability &apos;%1&apos;; choose from %2</source>
        <translation>Unbekannte Fähigkeit „%1“; zur Wahl stehen %2</translation>
    </message>
    <message>
        <source>--quarter and --level are required</source>
        <translation>--quarter und --level sind erforderlich</translation>
    </message>
    <message>
        <source>--kpi-value must be a number</source>
        <translation>--kpi-value muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Saved %1 for %2: level %3, target %4.</source>
        <translation>%1 für %2 gespeichert: Stufe %3, Ziel %4.</translation>
    </message>
    <message>
        <source>The CLV maturity matrix: level, target, gap, KPI and trend per capability. Use &apos;lodestar matrix set&apos; to record an assessment.</source>
        <translation>Die CLV-Reifegradmatrix: Stufe, Ziel, Lücke, KPI und Trend je Fähigkeit. Mit „lodestar matrix set“ eine Bewertung erfassen.</translation>
    </message>
    <message>
        <source>Quarter to show, e.g. 2025Q4 (default: the latest assessed).</source>
        <translation>Anzuzeigendes Quartal, z. B. 2025Q4 (Standard: das zuletzt bewertete).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 rejected rows in import #%2 (%3)</source>
        <translation>%1 abgelehnte Zeilen in Import #%2 (%3)</translation>
    </message>
    <message>
        <source>Shows or exports the rows an import rejected.</source>
        <translation>Zeigt oder exportiert die von einem Import abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>Id of the import (see lodestar imports).</source>
        <translation>ID des Imports (siehe lodestar imports).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file.</source>
        <translation>Die abgelehnten Zeilen in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>--import ID is required (see lodestar imports)</source>
        <translation>--import ID ist erforderlich (siehe lodestar imports)</translation>
    </message>
    <message>
        <source>no import #%1 in this workspace</source>
        <translation>Kein Import #%1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2</source>
        <translation>%1 abgelehnte Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Quarter to report, e.g. 2025Q4 (default: the latest complete one).</source>
        <translation>Berichtsquartal, z. B. 2025Q4 (Standard: das letzte vollständige).</translation>
    </message>
    <message>
        <source>Comma-separated sections (default: all): cover, definition, summary, trends, segments, cohorts, channels, culture, appendix.</source>
        <translation>Kommagetrennte Abschnitte (Standard: alle): cover, definition, summary, trends, segments, cohorts, channels, culture, appendix.</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>Landscape pages instead of portrait.</source>
        <translation>Querformat statt Hochformat.</translation>
    </message>
    <message>
        <source>Language of texts and numbers: en, de or fr.</source>
        <translation>Sprache von Texten und Zahlen: en, de oder fr.</translation>
    </message>
    <message>
        <source>Company name on the cover (default: the workspace file&apos;s name).</source>
        <translation>Firmenname auf dem Deckblatt (Standard: Name der Arbeitsbereichsdatei).</translation>
    </message>
    <message>
        <source>Image file for the cover&apos;s logo.</source>
        <translation>Bilddatei für das Logo auf dem Deckblatt.</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;; choose from %2</source>
        <translation>Unbekannter Abschnitt „%1“; zur Wahl stehen %2</translation>
    </message>
    <message>
        <source>cover, definition, summary, trends, segments, cohorts, channels, culture, appendix</source>
        <translation>cover, definition, summary, trends, segments, cohorts, channels, culture, appendix</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation>--page-size muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>--language must be en, de or fr</source>
        <translation>--language muss en, de oder fr sein</translation>
    </message>
    <message>
        <source>Writes the quarterly business review (QBR) report as a PDF.</source>
        <translation>Schreibt den Quarterly Business Review (QBR) als PDF.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out DATEI.pdf ist erforderlich</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages) in %3 s.</source>
        <translation>%1 geschrieben (%2 Seiten) in %3 s.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Balanced scorecard: financial results next to the customer indicators that lead them, over trailing quarters so one noisy quarter does not swing the verdict.</source>
        <translation>Balanced Scorecard: Finanzergebnisse neben den Kundenkennzahlen, die ihnen vorausgehen, über gleitende Quartale, damit ein einzelnes unruhiges Quartal das Urteil nicht kippt.</translation>
    </message>
    <message>
        <source>Balanced scorecard, trailing %1 quarters (%2)</source>
        <translation>Balanced Scorecard, gleitende %1 Quartale (%2)</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Renders the main window with one view to a PNG.</source>
        <translation>Rendert das Hauptfenster mit einer Ansicht als PNG.</translation>
    </message>
    <message>
        <source>View to show.</source>
        <translation>Anzuzeigende Ansicht.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>Zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Window size (default 1440x900).</source>
        <translation>Fenstergröße (Standard 1440x900).</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;; choose one of: %2</source>
        <translation>Unbekannte Ansicht „%1“; zur Wahl stehen: %2</translation>
    </message>
    <message>
        <source>bad --size &apos;%1&apos;; use WIDTHxHEIGHT, e.g. 1440x900</source>
        <translation>Ungültige --size „%1“; BREITExHÖHE verwenden, z. B. 1440x900</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 view, %3x%4)</source>
        <translation>%1 geschrieben (Ansicht %2, %3x%4)</translation>
    </message>
    <message>
        <source>There are no repeat customers to fit the Gamma-Gamma model to.</source>
        <translation>Es gibt keine Wiederholungskäufer, an die das Gamma-Gamma-Modell angepasst werden könnte.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>avg CLV</source>
        <translation>Ø CLV</translation>
    </message>
    <message>
        <source>total CLV</source>
        <translation>CLV gesamt</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>at-risk revenue</source>
        <translation>gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>CLV %</source>
        <translation>CLV-%</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>--tier-cutoff must be share or amount</source>
        <translation>--tier-cutoff muss share oder amount sein</translation>
    </message>
    <message>
        <source>tier shares and tier amounts given together: add --tier-cutoff share or --tier-cutoff amount</source>
        <translation>Anteile und Beträge der Wertstufen zusammen angegeben: --tier-cutoff share oder --tier-cutoff amount ergänzen</translation>
    </message>
    <message>
        <source>Attribute filter on channel, region, plan or CLV tier, e.g. channel=Referral;tier=High.</source>
        <translation>Attributfilter nach Kanal, Region, Tarif oder CLV-Wertstufe, z. B. channel=Referral;tier=High.</translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: system).</source>
        <translation>Farben: system, light oder dark (Standard: system).</translation>
    </message>
    <message>
        <source>bad --palette &apos;%1&apos;; use system, light or dark</source>
        <translation>ungültiges --palette &apos;%1&apos;; system, light oder dark verwenden</translation>
    </message>
    <message>
        <source>lodestar: bad --palette &apos;%1&apos;; use system, light or dark</source>
        <translation>lodestar: ungültiges --palette &apos;%1&apos;; system, light oder dark verwenden</translation>
    </message>
    <message>
        <source>%1 was given %2 times; give it once</source>
        <translation>%1 wurde %2-mal angegeben; geben Sie es nur einmal an</translation>
    </message>
    <message>
        <source>cannot write the output file: %1</source>
        <translation>die Ausgabedatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>bad --target: %1</source>
        <translation>ungültiges --target: %1</translation>
    </message>
    <message>
        <source>bad --actual: %1</source>
        <translation>ungültiges --actual: %1</translation>
    </message>
    <message>
        <source>--logo %1 is not a file</source>
        <translation>--logo %1 ist keine Datei</translation>
    </message>
    <message>
        <source>--logo %1 is not an image Lodestar can read: %2</source>
        <translation>--logo %1 ist kein Bild, das Lodestar lesen kann: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Text encoding: utf-8, windows-1252 or latin-1 (default: detected).</source>
        <translation>Textkodierung: utf-8, windows-1252 oder latin-1 (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>Reject rows dated before this day (default: 1900-01-01).</source>
        <translation>Zeilen mit einem Datum vor diesem Tag ablehnen (Standard: 1900-01-01).</translation>
    </message>
    <message>
        <source>Reject rows dated after this day (default: tomorrow).</source>
        <translation>Zeilen mit einem Datum nach diesem Tag ablehnen (Standard: morgen).</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, windows-1252 or latin-1</source>
        <translation>--encoding muss utf-8, windows-1252 oder latin-1 sein</translation>
    </message>
    <message>
        <source>--min-date and --max-date take a day as YYYY-MM-DD</source>
        <translation>--min-date und --max-date erwarten einen Tag im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the rows into the workspace&apos;s customer_values table, for other tools.</source>
        <translation>Die Zeilen für andere Werkzeuge in die Tabelle customer_values des Arbeitsbereichs schreiben.</translation>
    </message>
    <message>
        <source>Wrote %1 customers to the table %2</source>
        <translation>%1 Kunden in die Tabelle %2 geschrieben</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (bgnbd-gg, mbgnbd-gg, pareto-nbd-gg, historic, simple)</source>
        <translation>Unbekannte Methode „%1“ (bgnbd-gg, mbgnbd-gg, pareto-nbd-gg, historic, simple)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>log-lik.</source>
        <translation>Log-Lik.</translation>
    </message>
    <message>
        <source>holdout pred.</source>
        <translation>Holdout-Prog</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Lowest AIC: %1</source>
        <translation>Niedrigstes AIC: %1</translation>
    </message>
    <message>
        <source>bgnbd, mbgnbd, pareto-nbd or gamma-gamma.</source>
        <translation>bgnbd, mbgnbd, pareto-nbd oder gamma-gamma.</translation>
    </message>
    <message>
        <source>Fit every purchase model and compare log-likelihood, AIC, BIC and holdout error.</source>
        <translation>Alle Kaufmodelle anpassen und Log-Likelihood, AIC, BIC und Holdout-Fehler vergleichen.</translation>
    </message>
    <message>
        <source>--compare fits every purchase model: leave out --model</source>
        <translation>--compare passt alle Kaufmodelle an: --model weglassen</translation>
    </message>
    <message>
        <source>--model must be bgnbd, mbgnbd, pareto-nbd or gamma-gamma</source>
        <translation>--model muss bgnbd, mbgnbd, pareto-nbd oder gamma-gamma sein</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>culture</name>
    <message>
        <source>CLV Definition</source>
        <translation>CLV-Definition</translation>
    </message>
    <message>
        <source>No CLV or multiple conflicting definitions</source>
        <translation>Kein CLV oder mehrere widersprüchliche Definitionen</translation>
    </message>
    <message>
        <source>Single, documented CLV definition with shared understanding</source>
        <translation>Eine einzige, dokumentierte CLV-Definition mit gemeinsamem Verständnis</translation>
    </message>
    <message>
        <source>Finance / RevOps</source>
        <translation>Finanzen / RevOps</translation>
    </message>
    <message>
        <source>CLV Definition Adoption</source>
        <translation>Nutzung der CLV-Definition</translation>
    </message>
    <message>
        <source>Data &amp; Modeling</source>
        <translation>Daten &amp; Modellierung</translation>
    </message>
    <message>
        <source>One-off CLV analysis in spreadsheets</source>
        <translation>Einmalige CLV-Analyse in Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Automated CLV calculation for all customers and key segments</source>
        <translation>Automatisierte CLV-Berechnung für alle Kunden und wichtigen Segmente</translation>
    </message>
    <message>
        <source>Data / Analytics</source>
        <translation>Daten / Analytics</translation>
    </message>
    <message>
        <source>% of Revenue with CLV Calculated</source>
        <translation>% des Umsatzes mit berechnetem CLV</translation>
    </message>
    <message>
        <source>Dashboards &amp; Visibility</source>
        <translation>Dashboards &amp; Transparenz</translation>
    </message>
    <message>
        <source>CLV visible only in finance reports</source>
        <translation>CLV nur in Finanzberichten sichtbar</translation>
    </message>
    <message>
        <source>CLV and related metrics in core revenue marketing dashboards</source>
        <translation>CLV und verwandte Kennzahlen in den zentralen Umsatz- und Marketing-Dashboards</translation>
    </message>
    <message>
        <source>RevOps / Marketing Ops</source>
        <translation>RevOps / Marketing Ops</translation>
    </message>
    <message>
        <source>Dashboard Usage with CLV Views</source>
        <translation>Nutzung von Dashboards mit CLV-Ansichten</translation>
    </message>
    <message>
        <source>Goals &amp; Incentives</source>
        <translation>Ziele &amp; Anreize</translation>
    </message>
    <message>
        <source>Comp based on volume and in-quarter close</source>
        <translation>Vergütung nach Volumen und Abschlüssen im laufenden Quartal</translation>
    </message>
    <message>
        <source>Goals and compensation partially tied to CLV and quality-of-revenue</source>
        <translation>Ziele und Vergütung teilweise an CLV und Umsatzqualität gekoppelt</translation>
    </message>
    <message>
        <source>HR / Revenue Leadership</source>
        <translation>HR / Umsatzverantwortliche</translation>
    </message>
    <message>
        <source>% Plans with CLV-Linked Measures</source>
        <translation>% der Pläne mit CLV-bezogenen Kennzahlen</translation>
    </message>
    <message>
        <source>Decision-Making</source>
        <translation>Entscheidungsfindung</translation>
    </message>
    <message>
        <source>Decisions driven by short-term revenue</source>
        <translation>Entscheidungen getrieben vom kurzfristigen Umsatz</translation>
    </message>
    <message>
        <source>Investment and prioritization decisions evaluated for CLV impact</source>
        <translation>Investitions- und Priorisierungsentscheidungen werden auf ihre Wirkung auf den CLV geprüft</translation>
    </message>
    <message>
        <source>Executive Team</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>CLV Growth vs. Revenue Growth</source>
        <translation>CLV-Wachstum vs. Umsatzwachstum</translation>
    </message>
    <message>
        <source>Culture &amp; Storytelling</source>
        <translation>Kultur &amp; Storytelling</translation>
    </message>
    <message>
        <source>Wins celebrated for deal size only</source>
        <translation>Erfolge werden nur nach Auftragsgröße gefeiert</translation>
    </message>
    <message>
        <source>Wins and learnings framed in terms of lifetime value and relationship health</source>
        <translation>Erfolge und Erkenntnisse werden in Kundenwert und Beziehungsqualität ausgedrückt</translation>
    </message>
    <message>
        <source>Leadership / Communications</source>
        <translation>Führung / Kommunikation</translation>
    </message>
    <message>
        <source>CLV Mention Frequency in Reviews</source>
        <translation>Häufigkeit der CLV-Erwähnung in Reviews</translation>
    </message>
    <message>
        <source>Customers could not be valued: %1</source>
        <translation>Kunden konnten nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>Each group needs at least two customers for a confidence interval.</source>
        <translation>Jede Gruppe braucht mindestens zwei Kunden für ein Konfidenzintervall.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Cross-sell / expansion</source>
        <translation>Cross-Selling / Ausbau</translation>
    </message>
    <message>
        <source>Product adoption (second purchase)</source>
        <translation>Produktnutzung (Zweitkauf)</translation>
    </message>
    <message>
        <source>Advocacy (NPS)</source>
        <translation>Weiterempfehlung (NPS)</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Durchschnittlicher CLV</translation>
    </message>
    <message>
        <source>Entered measure</source>
        <translation>Erfasste Kennzahl</translation>
    </message>
    <message>
        <source>CLV overall</source>
        <translation>CLV insgesamt</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Kaufhäufigkeit</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Weiterempfehlung</translation>
    </message>
    <message>
        <source>Average discount rose from %1 to %2 while gross margin fell from %3 to %4 (last %5 quarters against the %5 before).</source>
        <translation>Der durchschnittliche Rabatt stieg von %1 auf %2, während die Bruttomarge von %3 auf %4 fiel (letzte %5 Quartale gegenüber den %5 davor).</translation>
    </message>
    <message>
        <source>%1 of the %2 customers who expanded stopped buying the next quarter, against %3 of other repeat customers.</source>
        <translation>%1 der %2 Kunden, die ihr Volumen ausgebaut haben, kauften im Folgequartal nicht mehr, gegenüber %3 der übrigen Wiederkäufer.</translation>
    </message>
    <message>
        <source>Customers who expanded refunded %1 of their next-quarter purchases, against %2 for other repeat customers.</source>
        <translation>Kunden, die ihr Volumen ausgebaut haben, erstatteten %1 ihrer Käufe im Folgequartal zurück, gegenüber %2 bei den übrigen Wiederkäufern.</translation>
    </message>
    <message>
        <source>Revenue grew %1 while average CLV fell %2: growth may be bought with customers worth less.</source>
        <translation>Der Umsatz wuchs um %1, während der durchschnittliche CLV um %2 fiel: Das Wachstum wird womöglich mit weniger wertvollen Kunden erkauft.</translation>
    </message>
    <message>
        <source>The newest %1 cohorts kept %2 of their customers into the next quarter, against %3 for the %1 cohorts before.</source>
        <translation>Die jüngsten %1 Kohorten hielten %2 ihrer Kunden bis ins nächste Quartal, gegenüber %3 bei den %1 Kohorten davor.</translation>
    </message>
    <message>
        <source>%1: customers are worth %2 on average but cost %3 to acquire (LTV:CAC %4, below %5).</source>
        <translation>%1: Kunden sind im Schnitt %2 wert, kosten aber %3 in der Akquise (LTV:CAC %4, unter %5).</translation>
    </message>
    <message>
        <source>%1: acquisition cost takes %2 months of margin to pay back (limit %3).</source>
        <translation>%1: Die Akquisekosten amortisieren sich erst nach %2 Monaten Marge (Grenze %3).</translation>
    </message>
    <message>
        <source>Edit %1 for %2</source>
        <translation>%1 für %2 bearbeiten</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Amortisation (Monate)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>CLV minus spend</source>
        <translation>CLV abzüglich Ausgaben</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Treatment / control</source>
        <translation>Test / Kontrolle</translation>
    </message>
    <message>
        <source>Incremental CLV (95% CI)</source>
        <translation>Zusätzlicher CLV (95-%-KI)</translation>
    </message>
    <message>
        <source>Incremental retention (95% CI)</source>
        <translation>Zusätzliche Bindung (95-%-KI)</translation>
    </message>
    <message>
        <source>Incremental revenue (95% CI)</source>
        <translation>Zusätzlicher Umsatz (95-%-KI)</translation>
    </message>
    <message>
        <source>%1 [%2 … %3]</source>
        <translation>%1 [%2 … %3]</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The interval excludes zero: a durable effect.</source>
        <translation>Das Intervall schließt null aus: ein belastbarer Effekt.</translation>
    </message>
    <message>
        <source>The interval includes zero: no proven effect yet.</source>
        <translation>Das Intervall schließt null ein: noch kein nachgewiesener Effekt.</translation>
    </message>
    <message>
        <source>Team / goal</source>
        <translation>Team / Ziel</translation>
    </message>
    <message>
        <source>CLV driver</source>
        <translation>CLV-Treiber</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Computed from the data</source>
        <translation>Aus den Daten berechnet</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Cannot read the customer list %1.</source>
        <translation>Die Kundenliste %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot use the filter &quot;%1&quot;: write channel=…, region=…, plan=… or tier=…, joined by &apos;;&apos;.</source>
        <translation>Der Filter „%1“ ist nicht verwendbar: channel=…, region=…, plan=… oder tier=… schreiben, verbunden mit &apos;;&apos;.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>Team %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename team %1 to %2</source>
        <translation>Team %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Remove team %1</source>
        <translation>Team %1 entfernen</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Ziel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove goal %1</source>
        <translation>Ziel %1 entfernen</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Ziel %1 bearbeiten</translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation>der Wert muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1 is a share: give a fraction from 0 to 1 (0.4 for 40%)</source>
        <translation>%1 ist ein Anteil: geben Sie einen Bruch von 0 bis 1 an (0,4 für 40 %)</translation>
    </message>
    <message>
        <source>NPS runs from -100 to 100</source>
        <translation>Der NPS reicht von -100 bis 100</translation>
    </message>
    <message>
        <source>the value must lie between -1e9 and 1e9</source>
        <translation>der Wert muss zwischen -1e9 und 1e9 liegen</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Cannot create a temporary folder for the demo data.</source>
        <translation>Für die Demodaten kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot import the demo data: %1</source>
        <translation>Die Demodaten können nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1.</source>
        <translation>Die Demodatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>There are no transactions to value.</source>
        <translation>Es gibt keine Transaktionen, die bewertet werden könnten.</translation>
    </message>
    <message>
        <source>The calibration end date %1 is before the first purchase (%2).</source>
        <translation>Das Ende der Kalibrierung (%1) liegt vor dem ersten Kauf (%2).</translation>
    </message>
    <message>
        <source>The %1 model cannot be fitted: %2</source>
        <translation>Das %1-Modell kann nicht angepasst werden: %2</translation>
    </message>
    <message>
        <source>The valuation was cancelled.</source>
        <translation>Die Bewertung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Only %1 repeat customers: expected spend is the observed mean, not Gamma-Gamma.</source>
        <translation>Nur %1 Wiederholungskäufer: Die erwarteten Ausgaben sind der beobachtete Mittelwert, nicht Gamma-Gamma.</translation>
    </message>
    <message>
        <source>The workspace has no transactions yet, so there is nothing to value. Import a transactions file first (or create the demo with &apos;lodestar demo&apos;).</source>
        <translation>Der Arbeitsbereich enthält noch keine Transaktionen, daher gibt es nichts zu bewerten. Importieren Sie zuerst eine Transaktionsdatei (oder erstellen Sie die Demo mit &apos;lodestar demo&apos;).</translation>
    </message>
    <message>
        <source>%1 is before the calibration window starts (%2).</source>
        <translation>%1 liegt vor dem Beginn des Kalibrierungszeitraums (%2).</translation>
    </message>
    <message>
        <source>Not valued at this period&apos;s end.</source>
        <translation>Zum Ende dieses Zeitraums nicht bewertet.</translation>
    </message>
    <message>
        <source>The transactions run from %1 to %2, more than %3 years; a date like %2 is usually an &quot;open end&quot; placeholder or a typo. Correct or remove that row and import the files into a new workspace.</source>
        <translation>Die Transaktionen reichen von %1 bis %2, mehr als %3 Jahre; ein Datum wie %2 ist meist ein Platzhalter für „offenes Ende“ oder ein Tippfehler. Korrigieren oder entfernen Sie diese Zeile und importieren Sie die Dateien in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The %1 model cannot be used on this data.</source>
        <translation>Das %1-Modell kann auf diese Daten nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Use a later calibration end, more customers or the historic method.</source>
        <translation>Verwenden Sie ein späteres Kalibrierungsende, mehr Kunden oder die historische Methode.</translation>
    </message>
    <message>
        <source>it has no finite mean spend (q &lt;= 1).</source>
        <translation>es hat keine endliche mittlere Ausgabe (q &lt;= 1).</translation>
    </message>
    <message>
        <source>Fallback: expected spend is each customer&apos;s observed mean spend, not Gamma-Gamma, because the Gamma-Gamma model cannot be used: %1</source>
        <translation>Ersatzweise: Die erwartete Ausgabe ist die beobachtete mittlere Ausgabe jedes Kunden statt Gamma-Gamma, weil das Gamma-Gamma-Modell nicht verwendet werden kann: %1</translation>
    </message>
    <message>
        <source>Fallback: CLV uses the %1 model, because %2 %3</source>
        <translation>Ersatzweise: Der CLV verwendet das %1-Modell, denn: %2 %3</translation>
    </message>
    <message>
        <source>Fallback: CLV is historic CLV (realised revenue x margin), because neither BG/NBD nor Pareto/NBD can be used: %1</source>
        <translation>Ersatzweise: Der CLV ist der historische CLV (realisierter Umsatz x Marge), weil weder BG/NBD noch Pareto/NBD verwendet werden kann: %1</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>%2%1B</source>
        <comment>money in billions: %1 amount, %2 currency symbol</comment>
        <translation>%1&#xa0;Mrd.&#xa0;%2</translation>
    </message>
    <message>
        <source>%2%1M</source>
        <comment>money in millions: %1 amount, %2 currency symbol</comment>
        <translation>%1&#xa0;Mio.&#xa0;%2</translation>
    </message>
    <message>
        <source>%2%1K</source>
        <comment>money in thousands: %1 amount, %2 currency symbol</comment>
        <translation>%1&#xa0;Tsd.&#xa0;%2</translation>
    </message>
    <message>
        <source>▲ up</source>
        <translation>▲ steigend</translation>
    </message>
    <message>
        <source>▼ down</source>
        <translation>▼ fallend</translation>
    </message>
    <message>
        <source>◆ flat</source>
        <translation>◆ stabil</translation>
    </message>
    <message>
        <source>%1:1</source>
        <comment>a ratio such as LTV:CAC, 3.2:1</comment>
        <translation>%1:1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 encoded; save it as UTF-8 and import it again.</source>
        <translation>%1 ist UTF-16-kodiert; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
    <message>
        <source>%1: the quoted field starting at line %2 never ends.</source>
        <translation>%1: Das in Zeile %2 beginnende Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 has no rows</source>
        <translation>%1 enthält keine Zeilen</translation>
    </message>
    <message>
        <source>%1 has a header row but no data rows</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>The workspace cannot be written (it may be locked or read-only).</source>
        <translation>In den Arbeitsbereich kann nicht geschrieben werden (er ist möglicherweise gesperrt oder schreibgeschützt).</translation>
    </message>
    <message>
        <source>Cannot hash %1: the SHA-256 digest is unavailable.</source>
        <translation>Die Prüfsumme von %1 kann nicht berechnet werden: SHA-256 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot hash %1.</source>
        <translation>Die Prüfsumme von %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; for a %2 file (fields: %3)</source>
        <translation>unbekanntes Feld &apos;%1&apos; für eine %2-Datei (Felder: %3)</translation>
    </message>
    <message>
        <source>the %1 file has no column &apos;%2&apos; (it has %3 columns%4)</source>
        <translation>die %1-Datei hat keine Spalte &apos;%2&apos; (sie hat %3 Spalten%4)</translation>
    </message>
    <message>
        <source>the file has no header row, so map columns by position</source>
        <translation>die Datei hat keine Kopfzeile, also Spalten nach Position zuordnen</translation>
    </message>
    <message>
        <source>columns: </source>
        <translation>Spalten: </translation>
    </message>
    <message>
        <source>no column for %1 in the %2 file; name it with --map %1=COLUMN (%3)</source>
        <translation>keine Spalte für %1 in der %2-Datei; mit --map %1=SPALTE benennen (%3)</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>missing customer id</source>
        <translation>Kundennummer fehlt</translation>
    </message>
    <message>
        <source>customer id is not UTF-8 text (save the file as UTF-8)</source>
        <translation>Kundennummer ist kein UTF-8-Text (Datei als UTF-8 speichern)</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>Datum fehlt</translation>
    </message>
    <message>
        <source>unparseable date</source>
        <translation>Datum nicht lesbar</translation>
    </message>
    <message>
        <source>missing number</source>
        <translation>Zahl fehlt</translation>
    </message>
    <message>
        <source>unparseable number</source>
        <translation>Zahl nicht lesbar</translation>
    </message>
    <message>
        <source>unparseable month</source>
        <translation>Monat nicht lesbar</translation>
    </message>
    <message>
        <source>missing channel</source>
        <translation>Kanal fehlt</translation>
    </message>
    <message>
        <source>score out of range (0 to 10)</source>
        <translation>Bewertung außerhalb des Bereichs (0 bis 10)</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; nothing was imported.</source>
        <translation>Der Datenträger des Arbeitsbereichs ist voll; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the quote opened on line %1 in column %2 never closes; the row was skipped</source>
        <translation>das in Zeile %1 in Spalte %2 geöffnete Anführungszeichen wird nie geschlossen; die Zeile wurde übersprungen</translation>
    </message>
    <message>
        <source>text after the closing quote in column %1 on line %2</source>
        <translation>Text nach dem schließenden Anführungszeichen in Spalte %1 in Zeile %2</translation>
    </message>
    <message>
        <source>date before %1 (the earliest accepted; see --min-date)</source>
        <translation>Datum vor %1 (dem frühesten zulässigen; siehe --min-date)</translation>
    </message>
    <message>
        <source>date after %1 (the latest accepted; see --max-date)</source>
        <translation>Datum nach %1 (dem spätesten zulässigen; siehe --max-date)</translation>
    </message>
    <message>
        <source>two-digit year is ambiguous (give the date format, e.g. --date-format d/M/yyyy)</source>
        <translation>zweistellige Jahreszahl ist mehrdeutig (Datumsformat angeben, z. B. --date-format d/M/yyyy)</translation>
    </message>
    <message>
        <source>negative acquisition cost</source>
        <translation>negative Akquisekosten</translation>
    </message>
    <message>
        <source>negative marketing spend</source>
        <translation>negative Marketingausgaben</translation>
    </message>
    <message>
        <source>order id %1 already belongs to customer %2 on %3</source>
        <translation>Bestellnummer %1 gehört bereits zu Kunde %2 am %3</translation>
    </message>
    <message>
        <source>order id %1 was imported before without a line of this amount and time</source>
        <translation>Bestellnummer %1 wurde bereits ohne eine Position mit diesem Betrag und Zeitpunkt importiert</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
</context>
<context>
    <name>lodestar::CohortTableModel</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quartal %1</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Umsatzbindung</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>Kumulierter Umsatz je Kunde</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Kundenbindung</translation>
    </message>
</context>
<context>
    <name>lodestar::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Erwartete Käufe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
</context>
<context>
    <name>lodestar::ImportListModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
</context>
<context>
    <name>lodestar::KpiTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Durchschnittlicher CLV</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Gesamter CLV</translation>
    </message>
    <message>
        <source>CLV growth</source>
        <translation>CLV-Wachstum</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
</context>
<context>
    <name>lodestar::MaturityMatrixModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Evidence: %3</source>
        <translation>Ausgangslage: %1
Zielbild: %2
Nachweis: %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Computed from the data for %1</source>
        <translation>Aus den Daten berechnet für %1</translation>
    </message>
    <message>
        <source>Entered for %1</source>
        <translation>Eingegeben für %1</translation>
    </message>
    <message>
        <source>no period yet</source>
        <translation>noch keine Periode</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>From (transactional)</source>
        <translation>Von (transaktional)</translation>
    </message>
    <message>
        <source>Level: current → target</source>
        <translation>Stufe: aktuell → Ziel</translation>
    </message>
    <message>
        <source>To (CLV-centric culture)</source>
        <translation>Zu (CLV-zentriert)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Primary KPI</source>
        <translation>Leitkennzahl</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Kennzahlenwert</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>lodestar::ParameterTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <source>MBG/NBD</source>
        <translation>MBG/NBD</translation>
    </message>
</context>
<context>
    <name>lodestar::RejectTableModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>lodestar::SegmentTableModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Kundenanteil</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Durchschnittlicher CLV</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Gesamter CLV</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>CLV-Anteil</translation>
    </message>
    <message>
        <source>Avg. P(alive)</source>
        <translation>Ø P(aktiv)</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Amortisation (Monate)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::AnalysisController</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Reloading the workspace…</source>
        <translation>Arbeitsbereich wird neu geladen …</translation>
    </message>
    <message>
        <source>Valuing customers under the new definition…</source>
        <translation>Kunden werden nach der neuen Definition bewertet …</translation>
    </message>
    <message>
        <source>Cancelled; the previous analysis is still shown.</source>
        <translation>Abgebrochen; die vorherige Analyse wird weiter angezeigt.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::AnalysisStatus</name>
    <message>
        <source>Computation progress</source>
        <translation>Berechnungsfortschritt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation>keine Transaktionen</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ArmEditor</name>
    <message>
        <source>Customers matching</source>
        <translation>Kunden mit</translation>
    </message>
    <message>
        <source>Customers listed in a file (first column: customer id)</source>
        <translation>Kunden aus einer Datei (erste Spalte: Kundennummer)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>CLV tier:</source>
        <translation>CLV-Wertstufe:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Customer list file</source>
        <translation>Kundenlisten-Datei</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Kundenliste</translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text- oder CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file that lists customer ids.</source>
        <translation>Wählen Sie eine Datei mit Kundennummern.</translation>
    </message>
    <message>
        <source>Choose at least one attribute: all customers is no comparison.</source>
        <translation>Mindestens ein Attribut wählen: alle Kunden sind kein Vergleich.</translation>
    </message>
    <message>
        <source>No customer of this workspace is selected.</source>
        <translation>Kein Kunde dieses Arbeitsbereichs ist ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) selected</source>
        <translation>
            <numerusform>%n Kunde ausgewählt</numerusform>
            <numerusform>%n Kunden ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::BusyOverlay</name>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CohortsView</name>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quartal %1</translation>
    </message>
    <message>
        <source>Click a cohort to add it to or remove it from the curves below</source>
        <translation>Klicken Sie auf eine Kohorte, um sie den Kurven unten hinzuzufügen oder sie daraus zu entfernen</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Click cohorts in the heatmap to compare their curves.</source>
        <translation>Klicken Sie Kohorten in der Heatmap an, um ihre Kurven zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 by acquisition cohort</source>
        <translation>%1 nach Akquisekohorte</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Months since acquisition</source>
        <translation>Monate seit Akquise</translation>
    </message>
    <message>
        <source>Quarters since acquisition</source>
        <translation>Quartale seit Akquise</translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation>%1 (prognostiziert)</translation>
    </message>
    <message>
        <source>%1: selected cohorts</source>
        <translation>%1: ausgewählte Kohorten</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Per customer (%1)</source>
        <translation>Je Kunde (%1)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) acquired</source>
        <translation>
            <numerusform>%n Kunde gewonnen</numerusform>
            <numerusform>%n Kunden gewonnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>aus PGPASSWORD oder ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>The schema that holds Lodestar&apos;s tables; one database can hold several workspaces</source>
        <translation>Das Schema mit den Tabellen von Lodestar; eine Datenbank kann mehrere Arbeitsbereiche enthalten</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CustomerDetailPanel</name>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Score / tier</source>
        <translation>Score / Wertstufe</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Erwartete Käufe</translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation>Bisheriger Umsatz</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Kaufhistorie</translation>
    </message>
    <message>
        <source>P(alive) over time</source>
        <translation>P(aktiv) im Zeitverlauf</translation>
    </message>
    <message>
        <source>P(alive) (%)</source>
        <translation>P(aktiv) (%)</translation>
    </message>
    <message>
        <source>Select a customer to see their history</source>
        <translation>Wählen Sie einen Kunden, um seine Historie zu sehen</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>Kumulierte Ausgaben</translation>
    </message>
    <message>
        <source>Cumulative spend (%1)</source>
        <translation>Kumulierte Ausgaben (%1)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search customer id, tier, segment, channel, region or plan</source>
        <translation>Kunden-ID, Wertstufe, Segment, Kanal, Region oder Tarif suchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Show all segments</source>
        <translation>Alle Segmente anzeigen</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::DefinitionView</name>
    <message>
        <source>&amp;Apply and recompute</source>
        <translation>Ü&amp;bernehmen und neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>BG/NBD + Gamma-Gamma (predictive)</source>
        <translation>BG/NBD + Gamma-Gamma (prädiktiv)</translation>
    </message>
    <message>
        <source>Pareto/NBD + Gamma-Gamma (predictive)</source>
        <translation>Pareto/NBD + Gamma-Gamma (prädiktiv)</translation>
    </message>
    <message>
        <source>Historic (realised margin)</source>
        <translation>Historisch (realisierte Marge)</translation>
    </message>
    <message>
        <source>Simple formula (margin × retention)</source>
        <translation>Einfache Formel (Marge × Bindung)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Definition in plain language</source>
        <translation>Definition in Klartext</translation>
    </message>
    <message>
        <source>How Lodestar values a customer</source>
        <translation>Wie Lodestar einen Kunden bewertet</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <source>Annual &amp;discount rate:</source>
        <translation>Jährlicher &amp;Abzinsungssatz:</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>Brutto&amp;marge:</translation>
    </message>
    <message>
        <source>Model &amp;time unit:</source>
        <translation>&amp;Zeiteinheit des Modells:</translation>
    </message>
    <message>
        <source>At risk when P(alive) &amp;below:</source>
        <translation>Gefährdet, wenn P(aktiv) &amp;unter:</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Kundenanteil</translation>
    </message>
    <message>
        <source>CLV amount</source>
        <translation>CLV-Betrag</translation>
    </message>
    <message>
        <source>Tiers &amp;cut by:</source>
        <translation>Wertstufen &amp;abgegrenzt nach:</translation>
    </message>
    <message>
        <source>&amp;High tier: CLV at least</source>
        <translation>&amp;Hohe Stufe: CLV mindestens</translation>
    </message>
    <message>
        <source>M&amp;edium tier: CLV at least</source>
        <translation>M&amp;ittlere Stufe: CLV mindestens</translation>
    </message>
    <message>
        <source>Gross margin per plan or channel (a plan&apos;s margin wins)</source>
        <translation>Bruttomarge je Tarif oder Kanal (die Marge des Tarifs hat Vorrang)</translation>
    </message>
    <message>
        <source>&amp;High tier: top share of customers by CLV</source>
        <translation>&amp;Hohe Stufe: oberster Kundenanteil nach CLV</translation>
    </message>
    <message>
        <source>M&amp;edium tier: next share of customers</source>
        <translation>M&amp;ittlere Stufe: nächster Kundenanteil</translation>
    </message>
    <message>
        <source>MBG/NBD + Gamma-Gamma (predictive; one-time buyers can be lost)</source>
        <translation>MBG/NBD + Gamma-Gamma (prädiktiv; Einmalkäufer können abwandern)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::DemoWorkspace</name>
    <message>
        <source>Cannot start the demo generator: %1</source>
        <translation>Der Demo-Generator kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo workspace could not be created%1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht erstellt werden%1</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::EmptyWorkspacePage</name>
    <message>
        <source>This workspace has no transactions yet</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Transaktionen</translation>
    </message>
    <message>
        <source>Import a CSV file of transactions (customer, date, amount) to see customer lifetime value, segments and cohorts. Customers, marketing spend and NPS files are optional and add channels, regions, plans and LTV:CAC.</source>
        <translation>Importieren Sie eine CSV-Datei mit Transaktionen (Kunde, Datum, Betrag), um Customer Lifetime Value, Segmente und Kohorten zu sehen. Kunden-, Marketingausgaben- und NPS-Dateien sind optional und ergänzen Kanäle, Regionen, Tarife und LTV:CAC.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ExperimentDialog</name>
    <message>
        <source>Treatment: the customers the initiative reached</source>
        <translation>Test: die Kunden, die die Initiative erreicht hat</translation>
    </message>
    <message>
        <source>Control: comparable customers it did not reach</source>
        <translation>Kontrolle: vergleichbare Kunden, die sie nicht erreicht hat</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <source>What the treatment should change, and why it should last</source>
        <translation>Was der Test ändern soll und warum es anhalten soll</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothese:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Give the experiment a name.</source>
        <translation>Geben Sie dem Experiment einen Namen.</translation>
    </message>
    <message>
        <source>There is already an experiment called %1.</source>
        <translation>Es gibt bereits ein Experiment namens %1.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>Kontrolle: %1</translation>
    </message>
    <message>
        <source>Treatment and control select the same customers.</source>
        <translation>Test- und Kontrollgruppe wählen dieselben Kunden.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ExperimentsPanel</name>
    <message>
        <source>New experiment…</source>
        <translation>Neues Experiment …</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>Experiment löschen</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Delete an experiment</source>
        <translation>Ein Experiment löschen</translation>
    </message>
    <message>
        <source>Delete the experiment %1 and its customer lists? This cannot be undone.</source>
        <translation>Das Experiment %1 und seine Kundenlisten löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::FilterBar</name>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>Tie&amp;r:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>No %1 in the data: import a customers file with them to filter by them.</source>
        <translation>Keine Angaben zu %1 in den Daten: Importieren Sie eine Kundendatei mit diesen Angaben, um danach zu filtern.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GoalDialog</name>
    <message>
        <source>Add a team goal</source>
        <translation>Teamziel hinzufügen</translation>
    </message>
    <message>
        <source>%1 — drives %2</source>
        <translation>%1 — treibt %2</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quartal:</translation>
    </message>
    <message>
        <source>Target (shares as fractions):</source>
        <translation>Ziel (Anteile als Dezimalbruch):</translation>
    </message>
    <message>
        <source>Actual (entered measures):</source>
        <translation>Ist (eingegebene Kennzahlen):</translation>
    </message>
    <message>
        <source>Edit a team goal</source>
        <translation>Ein Teamziel bearbeiten</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GoalsPanel</name>
    <message>
        <source>Team goals on the drivers of CLV</source>
        <translation>Teamziele zu den Treibern des CLV</translation>
    </message>
    <message>
        <source>Team goals</source>
        <translation>Teamziele</translation>
    </message>
    <message>
        <source>Add team…</source>
        <translation>Team hinzufügen …</translation>
    </message>
    <message>
        <source>Rename team…</source>
        <translation>Team umbenennen …</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ziel hinzufügen …</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Ziel bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removes the selected goal, or the selected team with its goals</source>
        <translation>Entfernt das ausgewählte Ziel oder das ausgewählte Team mit seinen Zielen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Teamname:</translation>
    </message>
    <message>
        <source>Rename a team</source>
        <translation>Ein Team umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the team %1 and its %n goal(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Das Team %1 und sein %n Ziel entfernen? Rückgängig holt sie zurück.</numerusform>
            <numerusform>Das Team %1 und seine %n Ziele entfernen? Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a team</source>
        <translation>Ein Team entfernen</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GoalsView</name>
    <message>
        <source>Balanced scorecard</source>
        <translation>Balanced Scorecard</translation>
    </message>
    <message>
        <source>Net value per channel</source>
        <translation>Nettowert je Kanal</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Balanced scorecard (trailing quarters)</source>
        <translation>Balanced Scorecard (gleitende Quartale)</translation>
    </message>
    <message>
        <source>Goals &amp; guardrails</source>
        <translation>Ziele &amp; Leitplanken</translation>
    </message>
    <message>
        <source>Guardrail thresholds</source>
        <translation>Leitplanken-Schwellenwerte</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GuardrailBanner</name>
    <message>
        <source>Guardrail warnings</source>
        <translation>Leitplanken-Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n guardrail warning(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Leitplanken-Warnung&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Leitplanken-Warnungen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more on the Goals &amp; guardrails page.</source>
        <translation>… und %1 weitere auf der Seite „Ziele &amp; Leitplanken“.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::HelpDialog</name>
    <message>
        <source>Lodestar Help</source>
        <translation>Lodestar-Hilfe</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <source>This workspace&apos;s CLV definition: %1</source>
        <translation>CLV-Definition dieses Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Customer lifetime value: the margin a customer is expected to bring over the horizon, discounted, as the Definition view sets it.</source>
        <translation>Customer Lifetime Value: die Marge, die ein Kunde über den Horizont voraussichtlich einbringt, abgezinst, wie in der Ansicht „Definition“ festgelegt.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Customers ranked by CLV. Cut by share, High is the top share of customers, not of CLV; the Segments view shows how much of the CLV each tier holds.</source>
        <translation>Kunden, nach CLV geordnet. Bei Aufteilung nach Anteil ist „Hoch“ der oberste Anteil der Kunden, nicht des CLV; die Ansicht „Segmente“ zeigt, wie viel des CLV auf jede Stufe entfällt.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>The share of the previous period&apos;s active customers who bought again in the period.</source>
        <translation>Der Anteil der aktiven Kunden der Vorperiode, die in der Periode erneut gekauft haben.</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Average CLV of the customers acquired in a period divided by what acquiring one cost. It needs marketing spend or acquisition costs; 3:1 or more pays back the spend.</source>
        <translation>Durchschnittlicher CLV der in einer Periode gewonnenen Kunden, geteilt durch die Kosten, einen Kunden zu gewinnen. Erfordert Marketingausgaben oder Akquisekosten; ab 3:1 machen sich die Ausgaben bezahlt.</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Revenue from customers whose probability of still being active has fallen below the at-risk threshold.</source>
        <translation>Umsatz von Kunden, deren Wahrscheinlichkeit, noch aktiv zu sein, unter die Gefährdungsschwelle gefallen ist.</translation>
    </message>
    <message>
        <source>vs prev.</source>
        <translation>ggü. Vorp.</translation>
    </message>
    <message>
        <source>The change against the period before the one shown, of the same length.</source>
        <translation>Die Veränderung gegenüber der gleich langen Periode vor der angezeigten.</translation>
    </message>
    <message>
        <source>Working the window</source>
        <translation>Arbeiten mit dem Fenster</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 switch views; the sidebar takes the arrow keys.</source>
        <translation>Ctrl+1 … Ctrl+9 wechseln die Ansicht; die Seitenleiste lässt sich mit den Pfeiltasten bedienen.</translation>
    </message>
    <message>
        <source>Ctrl+I imports CSV files; Ctrl+R resets the filters; Esc cancels a computation.</source>
        <translation>Ctrl+I importiert CSV-Dateien; Ctrl+R setzt die Filter zurück; Esc bricht eine Berechnung ab.</translation>
    </message>
    <message>
        <source>Hover a chart for exact values; click a legend entry to hide its series.</source>
        <translation>Zeigen Sie auf ein Diagramm, um genaue Werte zu sehen; klicken Sie auf einen Legendeneintrag, um seine Reihe auszublenden.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportFilesPage</name>
    <message>
        <source>customer id, date and amount per purchase</source>
        <translation>Kundennummer, Datum und Betrag je Kauf</translation>
    </message>
    <message>
        <source>optional: sign-up date, channel, region, plan</source>
        <translation>optional: Anmeldedatum, Kanal, Region, Tarif</translation>
    </message>
    <message>
        <source>optional: month, channel and amount spent</source>
        <translation>optional: Monat, Kanal und ausgegebener Betrag</translation>
    </message>
    <message>
        <source>optional: customer id, date and score</source>
        <translation>optional: Kundennummer, Datum und Bewertung</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>Transactions are the heart of a workspace; customers, marketing spend and NPS files add detail. Each file gets its own column page.</source>
        <translation>Transaktionen sind das Herz eines Arbeitsbereichs; Kunden-, Marketingausgaben- und NPS-Dateien ergänzen Details. Jede Datei erhält ihre eigene Spaltenseite.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>Nach der %1-Datei suchen</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <source>Choose the %1 file</source>
        <translation>Die %1-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Wählen Sie mindestens eine Datei zum Importieren.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportMappingPage</name>
    <message>
        <source>%1: preview and columns</source>
        <translation>%1: Vorschau und Spalten</translation>
    </message>
    <message>
        <source>Check the first rows and which column holds which field. Lodestar guessed from the header.</source>
        <translation>Prüfen Sie die ersten Zeilen und welche Spalte welches Feld enthält. Lodestar hat anhand der Kopfzeile geraten.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Detect from the data</source>
        <translation>Aus den Daten erkennen</translation>
    </message>
    <message>
        <source>Day first (d/M/yyyy)</source>
        <translation>Tag zuerst (d/M/yyyy)</translation>
    </message>
    <message>
        <source>Month first (M/d/yyyy)</source>
        <translation>Monat zuerst (M/d/yyyy)</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · format: %2 · first %n row(s) shown</source>
        <translation>
            <numerusform>%1 · Format: %2 · erste %n Zeile angezeigt</numerusform>
            <numerusform>%1 · Format: %2 · erste %n Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert …</numerusform>
            <numerusform>%n Dateien werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): imported before; nothing was added.</source>
        <translation>%1 (%2): bereits importiert; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 imported, %5 rejected, %6 duplicates.</source>
        <translation>%1 (%2): %3 Zeilen gelesen, %4 importiert, %5 abgelehnt, %6 Duplikate.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The files listed above were imported before the cancel and stay imported.</source>
        <translation>Die oben aufgeführten Dateien wurden vor dem Abbruch importiert und bleiben importiert.</translation>
    </message>
    <message>
        <source>Rejected rows are listed on the Imports page.</source>
        <translation>Abgelehnte Zeilen stehen auf der Seite Importe.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportsView</name>
    <message>
        <source>Past imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Past imports, newest first. Select one to see the rows it rejected; File → Export (Ctrl+E) saves them as CSV.</source>
        <translation>Frühere Importe, neueste zuerst. Wählen Sie einen aus, um die abgelehnten Zeilen zu sehen; Datei → Exportieren (Ctrl+E) speichert sie als CSV.</translation>
    </message>
    <message>
        <source>Select an import to see its rejected rows.</source>
        <translation>Wählen Sie einen Import, um seine abgelehnten Zeilen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rejected row(s)</source>
        <translation>
            <numerusform>%1: %n abgelehnte Zeile</numerusform>
            <numerusform>%1: %n abgelehnte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a workspace before importing.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, bevor Sie importieren.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MainActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Create an empty workspace</source>
        <translation>Einen leeren Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import transactions, customers, spend or NPS from a CSV file</source>
        <translation>Transaktionen, Kunden, Ausgaben oder NPS aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the current view&apos;s table as CSV</source>
        <translation>Die Tabelle der aktuellen Ansicht als CSV speichern</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the current view&apos;s chart as a PNG image</source>
        <translation>Das Diagramm der aktuellen Ansicht als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation>Arbeitsbereich neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the workspace again and recompute</source>
        <translation>Den Arbeitsbereich erneut einlesen und neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Cancel Computation</source>
        <translation>Berechnung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running computation</source>
        <translation>Die laufende Berechnung anhalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Lodestar</source>
        <translation>Ü&amp;ber Lodestar</translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show all dates, channels, regions, plans and tiers</source>
        <translation>Alle Zeiträume, Kanäle, Regionen, Tarife und Stufen anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Lodestar &amp;Help</source>
        <translation>Lodestar-&amp;Hilfe</translation>
    </message>
    <message>
        <source>What the figures mean and how to work the window</source>
        <translation>Was die Zahlen bedeuten und wie man mit dem Fenster arbeitet</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open or create a workspace in a PostgreSQL database</source>
        <translation>Einen Arbeitsbereich in einer PostgreSQL-Datenbank öffnen oder anlegen</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MainWindow</name>
    <message>
        <source>Lodestar</source>
        <translation>Lodestar</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 — Lodestar</source>
        <translation>%1 — Lodestar</translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation>Diese Ansicht hat keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>Diese Ansicht hat kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>About Lodestar</source>
        <translation>Über Lodestar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;Customer lifetime value as the north-star KPI.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;Der Kundenlebenszeitwert als zentrale Kennzahl.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Generating the demo company…</source>
        <translation>Demo-Unternehmen wird erzeugt …</translation>
    </message>
    <message>
        <source>Applying the filter…</source>
        <translation>Filter wird angewendet …</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MarginOverridesEditor</name>
    <message>
        <source>Add mar&amp;gin</source>
        <translation>Mar&amp;ge hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Plan or channel</source>
        <translation>Tarif oder Kanal</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Gross margin per plan or channel</source>
        <translation>Bruttomarge je Tarif oder Kanal</translation>
    </message>
    <message>
        <source>Every margin row needs the name of a plan or channel.</source>
        <translation>Jede Margenzeile braucht den Namen eines Tarifs oder Kanals.</translation>
    </message>
    <message>
        <source>The plan %1 has more than one margin.</source>
        <translation>Der Tarif %1 hat mehr als eine Marge.</translation>
    </message>
    <message>
        <source>The channel %1 has more than one margin.</source>
        <translation>Der Kanal %1 hat mehr als eine Marge.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MatrixView</name>
    <message>
        <source>CLV maturity matrix</source>
        <translation>CLV-Reifegradmatrix</translation>
    </message>
    <message>
        <source>Maturity level by quarter</source>
        <translation>Reifegrad nach Quartal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>&lt;b&gt;CLV maturity matrix&lt;/b&gt; — self-assessment per quarter; double-click a level, target, owner, evidence or entered KPI to change it</source>
        <translation>&lt;b&gt;CLV-Reifegradmatrix&lt;/b&gt; — Selbsteinschätzung je Quartal; Doppelklick auf Stufe, Ziel, Verantwortliche, Nachweis oder eingegebene Kennzahl ändert sie</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quartal:</translation>
    </message>
    <message>
        <source>Average level %1 · average gap %2</source>
        <translation>Durchschnittliche Stufe %1 · durchschnittliche Lücke %2</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Reifegradmatrix</translation>
    </message>
    <message>
        <source>Level (1ĵ)</source>
        <translation>Stufe (1–5)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ModelView</name>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Model warning</source>
        <translation>Modellwarnung</translation>
    </message>
    <message>
        <source>Fitted parameters</source>
        <translation>Angepasste Parameter</translation>
    </message>
    <message>
        <source>Repeat purchases per month: actual vs predicted</source>
        <translation>Wiederholungskäufe pro Monat: tatsächlich vs. prognostiziert</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Wiederholungskäufe</translation>
    </message>
    <message>
        <source>%1: log-likelihood %2 over %3 customers, %4.</source>
        <translation>%1: Log-Likelihood %2 über %3 Kunden, %4.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>did not converge</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <source>The %1 method fits no probabilistic model.</source>
        <translation>Die Methode %1 passt kein probabilistisches Modell an.</translation>
    </message>
    <message>
        <source>No valuation yet.</source>
        <translation>Noch keine Bewertung.</translation>
    </message>
    <message>
        <source>Time unit: %1. Calibration ends %2.</source>
        <translation>Zeiteinheit: %1. Kalibrierung endet am %2.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge: treat its CLV figures with caution.</source>
        <translation>Die Anpassung von %1 ist nicht konvergiert: Behandeln Sie ihre CLV-Zahlen mit Vorsicht.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prognostiziert</translation>
    </message>
    <message>
        <source>Repeat purchases per month: actual vs predicted (calibration ends %1)</source>
        <translation>Wiederholungskäufe pro Monat: tatsächlich vs. prognostiziert (Kalibrierung endet am %1)</translation>
    </message>
    <message>
        <source>P(alive) by frequency and recency, for a customer first seen %1 %2 ago</source>
        <translation>P(aktiv) nach Häufigkeit und Aktualität, für einen Kunden, der vor %1 %2 erstmals gesehen wurde</translation>
    </message>
    <message>
        <source>Recency: %1 from first purchase to last</source>
        <translation>Aktualität: %1 vom ersten bis zum letzten Kauf</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::Navigator</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::OverviewView</name>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Segment mix: share of customers vs share of CLV</source>
        <translation>Segmentmix: Kundenanteil vs. CLV-Anteil</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>KPIs per period</source>
        <translation>KPIs je Periode</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Durchschnittlicher CLV</translation>
    </message>
    <message>
        <source>Average CLV by %1</source>
        <translation>Durchschnittlicher CLV je %1</translation>
    </message>
    <message>
        <source>Average CLV (%1)</source>
        <translation>Durchschnittlicher CLV (%1)</translation>
    </message>
    <message>
        <source>CLV growth vs revenue growth, per %1</source>
        <translation>CLV-Wachstum vs. Umsatzwachstum, je %1</translation>
    </message>
    <message>
        <source>CLV growth</source>
        <translation>CLV-Wachstum</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Kundenanteil</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>CLV-Anteil</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>(no value for %1: too little data to fit at the period end)</source>
        <translation>(kein Wert für %1: zu wenige Daten für eine Schätzung zum Periodenende)</translation>
    </message>
    <message>
        <source>Import marketing spend to see it</source>
        <translation>Zur Anzeige Marketingausgaben importieren</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Growth (%)</source>
        <translation>Wachstum (%)</translation>
    </message>
    <message>
        <source>(none before %1: too little data to fit)</source>
        <translation>(keine vor %1: zu wenige Daten für eine Schätzung)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::Scorecard</name>
    <message>
        <source>no previous period</source>
        <translation>keine Vorperiode</translation>
    </message>
    <message>
        <source>%1 vs prev.</source>
        <translation>%1 ggü. Vorp.</translation>
    </message>
    <message>
        <source>%1 in %2: %3
Previous period: %4
Change: %5</source>
        <translation>%1 in %2: %3
Vorperiode: %4
Veränderung: %5</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::SegmentsView</name>
    <message>
        <source>Double-click a segment to see its customers</source>
        <translation>Doppelklicken Sie auf ein Segment, um seine Kunden zu sehen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>&amp;Group customers by:</source>
        <translation>Kunden &amp;gruppieren nach:</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Kundenanteil</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>CLV-Anteil</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by RFM segment</source>
        <translation>CLV-Anteil vs. Kundenanteil nach RFM-Segment</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by channel</source>
        <translation>CLV-Anteil vs. Kundenanteil nach Kanal</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by region</source>
        <translation>CLV-Anteil vs. Kundenanteil nach Region</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by plan</source>
        <translation>CLV-Anteil vs. Kundenanteil nach Tarif</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by tier</source>
        <translation>CLV-Anteil vs. Kundenanteil nach Wertstufe</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ThresholdsPanel</name>
    <message>
        <source>What counts as growth bought at the expense of lifetime value differs per business. A change applies at once to the warnings here and on the Overview, and to the command line and the report.</source>
        <translation>Was als Wachstum auf Kosten des Kundenwerts gilt, ist je Geschäft verschieden. Eine Änderung gilt sofort für die Warnungen hier und in der Übersicht, für die Befehlszeile und den Bericht.</translation>
    </message>
    <message>
        <source>Lowest LTV:CAC of a channel:</source>
        <translation>Niedrigstes LTV:CAC eines Kanals:</translation>
    </message>
    <message>
        <source>Longest CAC payback (months):</source>
        <translation>Längste CAC-Amortisation (Monate):</translation>
    </message>
    <message>
        <source>Discount rise that warns:</source>
        <translation>Rabattanstieg, der warnt:</translation>
    </message>
    <message>
        <source>…together with a gross-margin fall of:</source>
        <translation>… zusammen mit einem Rückgang der Bruttomarge von:</translation>
    </message>
    <message>
        <source>Quarter revenue rise that counts as an expansion:</source>
        <translation>Umsatzanstieg im Quartal, der als Ausbau gilt:</translation>
    </message>
    <message>
        <source>Churn or refunds after an expansion, times the usual rate:</source>
        <translation>Abwanderung oder Erstattungen nach einem Ausbau, Vielfaches der üblichen Rate:</translation>
    </message>
    <message>
        <source>Fewest expanded customers to judge:</source>
        <translation>Mindestzahl ausgebauter Kunden für ein Urteil:</translation>
    </message>
    <message>
        <source>Cohort retention drop that warns:</source>
        <translation>Rückgang der Kohortenbindung, der warnt:</translation>
    </message>
    <message>
        <source>Cohorts compared:</source>
        <translation>Verglichene Kohorten:</translation>
    </message>
    <message>
        <source>Rolling window (quarters):</source>
        <translation>Gleitendes Fenster (Quartale):</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::WelcomePage</name>
    <message>
        <source>Explore the &amp;demo company</source>
        <translation>&amp;Demo-Unternehmen erkunden</translation>
    </message>
    <message>
        <source>Welcome to Lodestar</source>
        <translation>Willkommen bei Lodestar</translation>
    </message>
    <message>
        <source>Lodestar makes customer lifetime value the number your team steers by. Start with the demo company (5,000 customers, 2023–2025), or open your own workspace.</source>
        <translation>Lodestar macht den Kundenlebenszeitwert zur Kennzahl, an der sich Ihr Team ausrichtet. Beginnen Sie mit dem Demo-Unternehmen (5.000 Kunden, 2023–2025) oder öffnen Sie Ihren eigenen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;New empty workspace…</source>
        <translation>&amp;Neuer leerer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Generating the demo company… this takes a few seconds.</source>
        <translation>Das Demo-Unternehmen wird erzeugt … das dauert einige Sekunden.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::BarChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::ChartWidget</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::LineChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::ZoomableChartView</name>
    <message>
        <source>Wheel or drag to zoom, arrow keys or middle button to pan, double-click to reset</source>
        <translation>Mausrad oder Ziehen zum Zoomen, Pfeiltasten oder mittlere Maustaste zum Verschieben, Doppelklick zum Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::report::ExportReportDialog</name>
    <message>
        <source>Export QBR Report</source>
        <translation>QBR-Bericht exportieren</translation>
    </message>
    <message>
        <source>Latest complete quarter</source>
        <translation>Letztes vollständiges Quartal</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quartal:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitenformat:</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), all customers.</source>
        <translation>
            <numerusform>%n Seite, alle Kunden.</numerusform>
            <numerusform>%n Seiten, alle Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); filters applied: %1.</source>
        <translation>
            <numerusform>%n Seite; angewendete Filter: %1.</numerusform>
            <numerusform>%n Seiten; angewendete Filter: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>QBR %1.pdf</source>
        <translation>QBR %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>QBR Report (PDF)…</source>
        <translation>QBR-Bericht (PDF) …</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>The latest complete period.</source>
        <translation>Der letzte abgeschlossene Zeitraum.</translation>
    </message>
    <message>
        <source>Mean over the scorecard&apos;s trailing window of complete quarters.</source>
        <translation>Mittelwert über das gleitende Fenster abgeschlossener Quartale der Scorecard.</translation>
    </message>
    <message>
        <source>Customers acquired up to the data end.</source>
        <translation>Bis zum Ende der Daten gewonnene Kunden.</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>Durchschnittlicher CLV</translation>
    </message>
    <message>
        <source>Total CLV of the customers acquired by the period&apos;s end ÷ those of them with a CLV.</source>
        <translation>Gesamter CLV der bis zum Periodenende gewonnenen Kunden ÷ die Zahl derer mit einem CLV.</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Gesamter CLV</translation>
    </message>
    <message>
        <source>Sum of the CLV of every customer acquired by the period&apos;s end, under the CLV definition.</source>
        <translation>Summe des CLV aller bis zum Periodenende gewonnenen Kunden, nach der CLV-Definition.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Net revenue of the period&apos;s transactions; refunds subtract.</source>
        <translation>Nettoumsatz der Transaktionen der Periode; Erstattungen werden abgezogen.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Customers with at least one purchase in the period.</source>
        <translation>Kunden mit mindestens einem Kauf in der Periode.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Share of the previous period&apos;s active customers who are active again in the period.</source>
        <translation>Anteil der aktiven Kunden der Vorperiode, die in der Periode wieder aktiv sind.</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Average CLV ÷ average acquisition cost (CAC) of the customers who have both a CLV and a known acquisition cost, acquired by the period&apos;s end (channel tables: by the data end).</source>
        <translation>Durchschnittlicher CLV ÷ durchschnittliche Akquisitionskosten (CAC) der Kunden mit CLV und bekannten Akquisitionskosten, gewonnen bis zum Periodenende (Kanaltabellen: bis zum Ende der Daten).</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Revenue of the 12 months to the period&apos;s end from customers whose probability of being alive is now below the threshold.</source>
        <translation>Umsatz der 12 Monate bis zum Periodenende von Kunden, deren Wahrscheinlichkeit, noch aktiv zu sein, jetzt unter der Schwelle liegt.</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>Net revenue of the trailing window ÷ net revenue of the window before, minus one.</source>
        <translation>Nettoumsatz des gleitenden Fensters ÷ Nettoumsatz des Fensters davor, minus eins.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <source>(Sales − cost) ÷ sales over the transactions with a known cost.</source>
        <translation>(Umsatz − Kosten) ÷ Umsatz über die Transaktionen mit bekannten Kosten.</translation>
    </message>
    <message>
        <source>The quarterly average CLV (as on the overview) averaged over the quarters of the window; the target is to hold the window before.</source>
        <translation>Der durchschnittliche CLV je Quartal (wie in der Übersicht), gemittelt über die Quartale des Fensters; Ziel ist, das Fenster davor zu halten.</translation>
    </message>
    <message>
        <source>Average CLV growth</source>
        <translation>Ø-CLV-Wachstum</translation>
    </message>
    <message>
        <source>Mean average CLV of the trailing window ÷ that of the window before, minus one.</source>
        <translation>Mittlerer durchschnittlicher CLV des gleitenden Fensters ÷ der des Fensters davor, minus eins.</translation>
    </message>
    <message>
        <source>Upsell / expansion rate</source>
        <translation>Upselling-/Ausbaurate</translation>
    </message>
    <message>
        <source>Of the customers active in a quarter and the one before, the share who spent more by the expansion threshold.</source>
        <translation>Von den Kunden, die in einem Quartal und im Quartal davor aktiv waren, der Anteil, der um die Ausbauschwelle mehr ausgegeben hat.</translation>
    </message>
    <message>
        <source>Retention of newest cohorts</source>
        <translation>Bindung neuer Kohorten</translation>
    </message>
    <message>
        <source>Share of a quarter&apos;s new customers who buy again in the next quarter.</source>
        <translation>Anteil der Neukunden eines Quartals, die im nächsten Quartal wieder kaufen.</translation>
    </message>
    <message>
        <source>First-period churn</source>
        <translation>Abwanderung 1. Periode</translation>
    </message>
    <message>
        <source>Share of a quarter&apos;s new customers who do not buy in the next quarter.</source>
        <translation>Anteil der Neukunden eines Quartals, die im nächsten Quartal nicht kaufen.</translation>
    </message>
    <message>
        <source>Activation (second purchase in 90 days)</source>
        <translation>Aktivierung (Zweitkauf ≤ 90 Tage)</translation>
    </message>
    <message>
        <source>Share of a quarter&apos;s new customers who buy again within 90 days of their first purchase.</source>
        <translation>Anteil der Neukunden eines Quartals, die innerhalb von 90 Tagen nach dem Erstkauf wieder kaufen.</translation>
    </message>
    <message>
        <source>Days to second purchase (median)</source>
        <translation>Tage bis Zweitkauf (Median)</translation>
    </message>
    <message>
        <source>Median days from a new customer&apos;s first purchase to their second.</source>
        <translation>Median der Tage vom ersten bis zum zweiten Kauf eines Neukunden.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Percentage of promoters (9–10) minus percentage of detractors (0–6) among survey answers.</source>
        <translation>Prozent Promotoren (9–10) minus Prozent Kritiker (0–6) unter den Umfrageantworten.</translation>
    </message>
    <message>
        <source>Satisfaction (mean score)</source>
        <translation>Zufriedenheit (Ø-Note)</translation>
    </message>
    <message>
        <source>Mean satisfaction score (0–10) of the survey answers.</source>
        <translation>Mittlere Zufriedenheitsnote (0–10) der Umfrageantworten.</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Average acquisition cost of the customers who have both a CLV and a known acquisition cost (the import&apos;s cost, else the channel&apos;s spend ÷ its customers).</source>
        <translation>Durchschnittliche Akquisitionskosten der Kunden mit CLV und bekannten Akquisitionskosten (die importierten Kosten, sonst die Ausgaben des Kanals ÷ seine Kunden).</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Amortisation (Monate)</translation>
    </message>
    <message>
        <source>Months of gross margin it takes to earn the acquisition cost back: average CAC ÷ the gross margin earned per customer-month since first purchase, over the same customers as LTV:CAC.</source>
        <translation>Monate Bruttomarge, bis die Akquisitionskosten wieder verdient sind: durchschnittliche CAC ÷ die je Kundenmonat seit dem Erstkauf verdiente Bruttomarge, über dieselben Kunden wie LTV:CAC.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>metric tooltip: name, formula, window</comment>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>no output file was given</source>
        <translation>es wurde keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>%1 is the workspace or one of its files; choose another output file</source>
        <translation>%1 ist der Arbeitsbereich oder eine seiner Dateien; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); choose a file</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket); wählen Sie eine Datei</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>der Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Cannot write the output file: %1.</source>
        <translation>Die Ausgabedatei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Average CLV</source>
        <translation>Durchschnittlicher CLV</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Gesamter CLV</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <source>In %1 average CLV grew %2 while revenue grew %3.</source>
        <translation>In %1 stieg der durchschnittliche CLV um %2, während der Umsatz um %3 wuchs.</translation>
    </message>
    <message>
        <source>In %1 average CLV grew %2 while revenue fell %3.</source>
        <translation>In %1 stieg der durchschnittliche CLV um %2, während der Umsatz um %3 sank.</translation>
    </message>
    <message>
        <source>In %1 average CLV fell %2 while revenue grew %3.</source>
        <translation>In %1 sank der durchschnittliche CLV um %2, während der Umsatz um %3 wuchs.</translation>
    </message>
    <message>
        <source>In %1 average CLV fell %2 and revenue fell %3.</source>
        <translation>In %1 sank der durchschnittliche CLV um %2 und der Umsatz um %3.</translation>
    </message>
    <message>
        <source>Customers are gaining value faster than sales are growing.</source>
        <translation>Die Kunden gewinnen schneller an Wert, als der Umsatz wächst.</translation>
    </message>
    <message>
        <source>Sales are growing faster than the value of the customer base.</source>
        <translation>Der Umsatz wächst schneller als der Wert des Kundenstamms.</translation>
    </message>
    <message>
        <source>Retention rose from %1 to %2.</source>
        <translation>Die Kundenbindung stieg von %1 auf %2.</translation>
    </message>
    <message>
        <source>Retention fell from %1 to %2.</source>
        <translation>Die Kundenbindung sank von %1 auf %2.</translation>
    </message>
    <message>
        <source>Retention held at %1.</source>
        <translation>Die Kundenbindung blieb bei %1.</translation>
    </message>
    <message>
        <source>Every %1 spent on acquiring customers returns %2 in lifetime value.</source>
        <translation>Je %1 Akquiseausgaben fließen %2 an Kundenlebenszeitwert zurück.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Quarterly Business Review: Customer Lifetime Value</source>
        <translation>Quarterly Business Review: Kundenlebenszeitwert</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>All customers (no filters applied).</source>
        <translation>Alle Kunden (keine Filter angewendet).</translation>
    </message>
    <message>
        <source>Filters applied: %1.</source>
        <translation>Angewendete Filter: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2025Q4.</source>
        <translation>„%1“ ist kein Quartal; Schreibweise z. B. 2025Q4.</translation>
    </message>
    <message>
        <source>How we define Customer Lifetime Value</source>
        <translation>Wie wir den Kundenlebenszeitwert definieren</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>CLV and revenue trends</source>
        <translation>Entwicklung von CLV und Umsatz</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Culture, goals and guardrails</source>
        <translation>Kultur, Ziele und Leitplanken</translation>
    </message>
    <message>
        <source>Appendix: model and data quality</source>
        <translation>Anhang: Modell und Datenqualität</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Our CLV definition</source>
        <translation>Unsere CLV-Definition</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>dates %1 to %2</source>
        <translation>Zeitraum %1 bis %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Wertstufe %1</translation>
    </message>
    <message>
        <source>Open a workspace with transactions before exporting a report.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Transaktionen, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>BG/NBD (purchases)</source>
        <translation>BG/NBD (Käufe)</translation>
    </message>
    <message>
        <source>Pareto/NBD (purchases)</source>
        <translation>Pareto/NBD (Käufe)</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend)</source>
        <translation>Gamma-Gamma (Ausgaben)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>Fitted on %1 customers; log-likelihood %2 (%3 per customer); %4.</source>
        <translation>Angepasst an %1 Kunden; Log-Likelihood %2 (%3 je Kunde); %4.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>did not converge</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Transaction dates</source>
        <translation>Transaktionsdaten</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Importierte Zeilen</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Customers in this report</source>
        <translation>Kunden in diesem Bericht</translation>
    </message>
    <message>
        <source>Model parameters and fit quality</source>
        <translation>Modellparameter und Anpassungsgüte</translation>
    </message>
    <message>
        <source>The definition&apos;s method fits no model: CLV is computed directly from the data.</source>
        <translation>Die Methode der Definition passt kein Modell an: Der CLV wird direkt aus den Daten berechnet.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Rejected rows were left out of every figure; the import log lists why.</source>
        <translation>Abgelehnte Zeilen fließen in keine Zahl ein; das Importprotokoll nennt die Gründe.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>CLV share</source>
        <translation>CLV-Anteil</translation>
    </message>
    <message>
        <source>What each acquisition channel&apos;s customers are worth against what they cost to acquire. Payback is the months of margin it takes to earn the acquisition cost back.</source>
        <translation>Was die Kunden jedes Akquisekanals wert sind, verglichen mit ihren Akquisekosten. Die Amortisationsdauer ist die Zahl der Monate Marge, die nötig sind, um die Akquisekosten wieder einzuspielen.</translation>
    </message>
    <message>
        <source>Q+%1</source>
        <translation>Q+%1</translation>
    </message>
    <message>
        <source>M+%1</source>
        <translation>M+%1</translation>
    </message>
    <message>
        <source>Share of each cohort buying again, by period since acquisition</source>
        <translation>Anteil jeder Kohorte, der erneut kauft, nach Zeit seit der Akquise</translation>
    </message>
    <message>
        <source>Quarters since acquisition</source>
        <translation>Quartale seit Akquise</translation>
    </message>
    <message>
        <source>Months since acquisition</source>
        <translation>Monate seit Akquise</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Kumulierter Umsatz je Kunde nach Kohorte</translation>
    </message>
    <message>
        <source>No acquisition cohorts in the data yet.</source>
        <translation>Noch keine Akquisekohorten in den Daten.</translation>
    </message>
    <message>
        <source>Customers grouped by the quarter of their first purchase. Each row follows one cohort; blank cells are periods that have not happened or are still running.</source>
        <translation>Kunden, gruppiert nach dem Quartal ihres Erstkaufs. Jede Zeile folgt einer Kohorte; leere Zellen sind Perioden, die noch nicht begonnen haben oder noch laufen.</translation>
    </message>
    <message>
        <source>Balanced scorecard</source>
        <translation>Balanced Scorecard</translation>
    </message>
    <message>
        <source>Not enough complete quarters for a balanced scorecard yet.</source>
        <translation>Noch nicht genug vollständige Quartale für eine Balanced Scorecard.</translation>
    </message>
    <message>
        <source>Financial results next to the customer indicators that lead them, over the trailing window %1.</source>
        <translation>Finanzergebnisse neben den Kundenkennzahlen, die ihnen vorausgehen, über das gleitende Fenster %1.</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>CLV maturity matrix</source>
        <translation>CLV-Reifegradmatrix</translation>
    </message>
    <message>
        <source>No maturity self-assessment has been recorded yet.</source>
        <translation>Es wurde noch keine Reifegrad-Selbstbewertung erfasst.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Levels 1 (transactional) to 5 (CLV-centric culture) as assessed for %1; average level %2, average gap to target %3.</source>
        <translation>Stufen 1 (transaktional) bis 5 (CLV-zentrierte Kultur), bewertet für %1; durchschnittliche Stufe %2, durchschnittliche Lücke zum Ziel %3.</translation>
    </message>
    <message>
        <source>Team goals</source>
        <translation>Teamziele</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Treibt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No team goals are set for %1.</source>
        <translation>Für %1 sind keine Teamziele gesetzt.</translation>
    </message>
    <message>
        <source>Guardrail warnings</source>
        <translation>Leitplanken-Warnungen</translation>
    </message>
    <message>
        <source>No guardrail was crossed: growth is not being bought at the expense of lifetime value.</source>
        <translation>Keine Leitplanke wurde überschritten: Wachstum wird nicht auf Kosten des Kundenwerts erkauft.</translation>
    </message>
    <message>
        <source>The balanced scorecard, maturity matrix, team goals and guardrails were not computed for this report.</source>
        <translation>Balanced Scorecard, Reifegradmatrix, Teamziele und Leitplanken wurden für diesen Bericht nicht berechnet.</translation>
    </message>
    <message>
        <source>Predictive: BG/NBD purchases × Gamma-Gamma spend</source>
        <translation>Prädiktiv: BG/NBD-Käufe × Gamma-Gamma-Ausgaben</translation>
    </message>
    <message>
        <source>Predictive: Pareto/NBD purchases × Gamma-Gamma spend</source>
        <translation>Prädiktiv: Pareto/NBD-Käufe × Gamma-Gamma-Ausgaben</translation>
    </message>
    <message>
        <source>Historic: realised margin to date, no prediction</source>
        <translation>Historisch: bisher realisierte Marge, keine Prognose</translation>
    </message>
    <message>
        <source>Simple formula: yearly margin ÷ churn</source>
        <translation>Einfache Formel: Jahresmarge ÷ Abwanderung</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>(overridden for %1 plans and %2 channels)</source>
        <translation>(abweichend festgelegt für %1 Tarife und %2 Kanäle)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Abzinsungssatz</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>Model fitted on data up to</source>
        <translation>Modell angepasst an Daten bis</translation>
    </message>
    <message>
        <source>Data range</source>
        <translation>Datenzeitraum</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Probability of still being a customer below %1</source>
        <translation>Wahrscheinlichkeit, noch Kunde zu sein, unter %1</translation>
    </message>
    <message>
        <source>Every figure in this report is computed under this one definition. Customer lifetime value is the margin we expect a customer to bring over the horizon, in today&apos;s money, not the revenue they brought so far.</source>
        <translation>Jede Zahl in diesem Bericht beruht auf dieser einen Definition. Der Kundenlebenszeitwert ist die Marge, die ein Kunde voraussichtlich über den Horizont einbringt, in heutigem Geldwert – nicht der Umsatz, den er bisher gebracht hat.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Kundenanteil</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>CLV-Anteil</translation>
    </message>
    <message>
        <source>No customers in this breakdown.</source>
        <translation>Keine Kunden in dieser Aufschlüsselung.</translation>
    </message>
    <message>
        <source>Segment mix: share of customers and of CLV by tier</source>
        <translation>Segmentmix: Anteil an Kunden und am CLV nach Wertstufe</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>Wertstufen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>previous quarter %1</source>
        <translation>Vorquartal %1</translation>
    </message>
    <message>
        <source>Headline figures for %1, compared with the previous quarter.</source>
        <translation>Kernzahlen für %1 im Vergleich zum Vorquartal.</translation>
    </message>
    <message>
        <source>There is not yet a previous quarter to compare with.</source>
        <translation>Es gibt noch kein Vorquartal zum Vergleich.</translation>
    </message>
    <message>
        <source>Figures are for the filtered customers only: %1.</source>
        <translation>Die Zahlen gelten nur für die gefilterten Kunden: %1.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>No complete quarter in the data yet.</source>
        <translation>Noch kein vollständiges Quartal in den Daten.</translation>
    </message>
    <message>
        <source>Quarter by quarter from %1 to %2. CLV is what the customers active in a quarter are expected to be worth; revenue is what they paid.</source>
        <translation>Quartal für Quartal von %1 bis %2. Der CLV ist der erwartete Wert der in einem Quartal aktiven Kunden; der Umsatz ist das, was sie bezahlt haben.</translation>
    </message>
    <message>
        <source>Average CLV by quarter</source>
        <translation>Durchschnittlicher CLV nach Quartal</translation>
    </message>
    <message>
        <source>Revenue by quarter</source>
        <translation>Umsatz nach Quartal</translation>
    </message>
    <message>
        <source>Key figures by quarter</source>
        <translation>Kennzahlen nach Quartal</translation>
    </message>
    <message>
        <source>Quarterly Business Review %1</source>
        <translation>Quarterly Business Review %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>High: CLV of %1 or more; Medium: %2 or more; Low: below %2</source>
        <translation>Hoch: CLV von %1 oder mehr; Mittel: %2 oder mehr; Niedrig: unter %2</translation>
    </message>
    <message>
        <source>The data covers %1 to %2 (%3 to %4); there is nothing to report for %5.</source>
        <translation>Die Daten reichen von %1 bis %2 (%3 bis %4); für %5 gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <source>Average CLV is the expected margin per customer over the horizon, valued with the data up to each quarter&apos;s end.</source>
        <translation>Der durchschnittliche CLV ist die erwartete Marge je Kunde über den Horizont, bewertet mit den Daten bis zum Ende des jeweiligen Quartals.</translation>
    </message>
    <message>
        <source>%1 of revenue in the 12 months to the quarter&apos;s end came from customers whose chance of still being active was below the at-risk threshold then.</source>
        <translation>%1 des Umsatzes der 12 Monate bis zum Quartalsende stammten von Kunden, deren Wahrscheinlichkeit, noch aktiv zu sein, damals unter der Gefährdungsschwelle lag.</translation>
    </message>
    <message>
        <source>In %1 neither average CLV nor revenue changed by more than %2.</source>
        <translation>In %1 haben sich weder der durchschnittliche CLV noch der Umsatz um mehr als %2 verändert.</translation>
    </message>
    <message>
        <source>LTV:CAC by acquisition channel (%1 or more pays back the acquisition spend)</source>
        <translation>LTV:CAC je Akquisekanal (ab %1 machen sich die Akquiseausgaben bezahlt)</translation>
    </message>
    <message>
        <source>LTV:CAC (CLV per unit of acquisition cost)</source>
        <translation>LTV:CAC (CLV je Einheit Akquisekosten)</translation>
    </message>
    <message>
        <source>%1:1 target</source>
        <translation>Ziel %1:1</translation>
    </message>
    <message>
        <source>The customers have no acquisition channel recorded. Import a customers file with a channel column, and marketing spend, to see LTV:CAC by channel.</source>
        <translation>Für die Kunden ist kein Akquisekanal erfasst. Importieren Sie eine Kundendatei mit einer Kanalspalte sowie Marketingausgaben, um LTV:CAC je Kanal zu sehen.</translation>
    </message>
    <message>
        <source>No acquisition cost or marketing spend is recorded, so LTV:CAC and payback cannot be computed: import marketing spend to see them.</source>
        <translation>Es sind keine Akquisekosten oder Marketingausgaben erfasst, daher lassen sich LTV:CAC und Amortisation nicht berechnen: Importieren Sie Marketingausgaben, um sie zu sehen.</translation>
    </message>
    <message>
        <source>High: the top %1 of customers by CLV; Medium: the next %2; Low: the rest</source>
        <translation>Hoch: die obersten %1 der Kunden nach CLV; Mittel: die nächsten %2; Niedrig: der Rest</translation>
    </message>
    <message>
        <source>BG/NBD gives customers without a repeat purchase P(alive) = 1 by construction: in this model a customer can only drop out right after a repeat purchase, so a one-time buyer has had no chance to leave. Read the P(alive) of segments of one-time buyers, such as Lost, with that in mind.</source>
        <translation>BG/NBD gibt Kunden ohne Wiederholungskauf konstruktionsbedingt P(aktiv) = 1: In diesem Modell kann ein Kunde nur direkt nach einem Wiederholungskauf abwandern, ein Einmalkäufer hatte also keine Gelegenheit dazu. Lesen Sie das P(aktiv) von Segmenten aus Einmalkäufern, etwa „Verloren“, in diesem Bewusstsein.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Breakdowns by %1 are left out: the customers have none recorded. Import a customers file with these columns to see them.</source>
        <translation>Aufschlüsselungen nach %1 entfallen: Für die Kunden ist nichts davon erfasst. Importieren Sie eine Kundendatei mit diesen Spalten, um sie zu sehen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Cannot write the report: the PDF could not be started.</source>
        <translation>Der Bericht kann nicht geschrieben werden: das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>MBG/NBD (purchases)</source>
        <translation>MBG/NBD (Käufe)</translation>
    </message>
    <message>
        <source>Predictive: MBG/NBD purchases × Gamma-Gamma spend</source>
        <translation>Prädiktiv: MBG/NBD-Käufe × Gamma-Gamma-Ausgaben</translation>
    </message>
</context>
<context>
    <name>segment</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Not valued</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potenziell treue Kunden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Nicht verlieren</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Schlafend</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation>Keine Käufe</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot read the workspace file %1.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a Lodestar workspace (not a SQLite database).</source>
        <translation>%1 ist kein Lodestar-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The workspace database reported an error.</source>
        <translation>Die Datenbank des Arbeitsbereichs hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Es wurde keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: the folder is not writable.</source>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer Lodestar; update Lodestar to open it.</source>
        <translation>Der Arbeitsbereich %1 stammt von einer neueren Lodestar-Version; aktualisieren Sie Lodestar, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged or not a Lodestar workspace.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt oder kein Lodestar-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1.</source>
        <translation>Der Arbeitsbereich %1 kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer Lodestar (schema %2, this build knows %3); update Lodestar to open it.</source>
        <translation>Der Arbeitsbereich %1 stammt von einer neueren Lodestar-Version (Schema %2, diese Version kennt %3); aktualisieren Sie Lodestar, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1 (it may be locked or read-only).</source>
        <translation>Der Arbeitsbereich %1 kann nicht aktualisiert werden (er ist möglicherweise gesperrt oder schreibgeschützt).</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1 to schema %2.</source>
        <translation>Der Arbeitsbereich %1 kann nicht auf Schema %2 aktualisiert werden.</translation>
    </message>
    <message>
        <source>The workspace %1 is on a read-only disk or in a read-only folder; copy it somewhere writable.</source>
        <translation>Der Arbeitsbereich %1 liegt auf einem schreibgeschützten Datenträger oder in einem schreibgeschützten Ordner; kopieren Sie ihn an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>Cannot read the maturity assessments.</source>
        <translation>Die Reifegradbewertungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Levels and targets run from %1 to %2.</source>
        <translation>Stufen und Ziele reichen von %1 bis %2.</translation>
    </message>
    <message>
        <source>Cannot save the assessment.</source>
        <translation>Die Bewertung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot remove the assessment.</source>
        <translation>Die Bewertung kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot read the culture settings.</source>
        <translation>Die Kultur-Einstellungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Unbekannte Einstellung %1.</translation>
    </message>
    <message>
        <source>The setting %1 needs a number, not &quot;%2&quot;.</source>
        <translation>Die Einstellung %1 braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>Die Einstellung %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot read the workspace data.</source>
        <translation>Die Daten des Arbeitsbereichs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the CLV definition.</source>
        <translation>Die CLV-Definition kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored CLV definition is damaged.</source>
        <translation>Die gespeicherte CLV-Definition ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot save the CLV definition.</source>
        <translation>Die CLV-Definition kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot record the use of the CLV definition.</source>
        <translation>Die Nutzung der CLV-Definition kann nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Cannot read the use of the CLV definition.</source>
        <translation>Die Nutzung der CLV-Definition kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the experiments.</source>
        <translation>Die Experimente können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the experiment members.</source>
        <translation>Die Teilnehmer des Experiments können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An experiment needs a name.</source>
        <translation>Ein Experiment braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the experiment %1 (is the name already used?).</source>
        <translation>Das Experiment %1 kann nicht gespeichert werden (ist der Name schon vergeben?).</translation>
    </message>
    <message>
        <source>Cannot save the experiment members.</source>
        <translation>Die Teilnehmer des Experiments können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot remove the experiment.</source>
        <translation>Das Experiment kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot read the teams.</source>
        <translation>Die Teams können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot add the team %1 (is the name already used?).</source>
        <translation>Das Team %1 kann nicht hinzugefügt werden (ist der Name schon vergeben?).</translation>
    </message>
    <message>
        <source>Cannot rename the team to %1 (is the name already used?).</source>
        <translation>Das Team kann nicht in %1 umbenannt werden (ist der Name schon vergeben?).</translation>
    </message>
    <message>
        <source>Cannot remove the team.</source>
        <translation>Das Team kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot read the goals.</source>
        <translation>Die Ziele können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A goal needs a name.</source>
        <translation>Ein Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the goal %1.</source>
        <translation>Das Ziel %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot remove the goal.</source>
        <translation>Das Ziel kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion geöffnet.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; nothing was changed.</source>
        <translation>Der Datenträger des Arbeitsbereichs ist voll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The workspace could not save the changes.</source>
        <translation>Der Arbeitsbereich konnte die Änderungen nicht speichern.</translation>
    </message>
    <message>
        <source>Cannot read the workspace summary.</source>
        <translation>Die Übersicht des Arbeitsbereichs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The setting %1 must lie between %2 and %3.</source>
        <translation>Die Einstellung %1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>The setting %1 needs a whole number.</source>
        <translation>Die Einstellung %1 braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Cannot put the team %1 back (is the name used again?).</source>
        <translation>Das Team %1 kann nicht wiederhergestellt werden (wird der Name wieder verwendet?).</translation>
    </message>
    <message>
        <source>Cannot put the goal %1 back.</source>
        <translation>Das Ziel %1 kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>read the indexes</source>
        <translation>die Indizes lesen</translation>
    </message>
    <message>
        <source>prepare the bulk import</source>
        <translation>den Massenimport vorbereiten</translation>
    </message>
    <message>
        <source>rebuild the indexes</source>
        <translation>die Indizes neu aufbauen</translation>
    </message>
    <message>
        <source>read the customers</source>
        <translation>die Kunden lesen</translation>
    </message>
    <message>
        <source>prepare the customer statements</source>
        <translation>die Kundenabfragen vorbereiten</translation>
    </message>
    <message>
        <source>add a customer</source>
        <translation>einen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>read a customer</source>
        <translation>einen Kunden lesen</translation>
    </message>
    <message>
        <source>update a customer</source>
        <translation>einen Kunden aktualisieren</translation>
    </message>
    <message>
        <source>list the imports</source>
        <translation>die Importe auflisten</translation>
    </message>
    <message>
        <source>read the import</source>
        <translation>den Import lesen</translation>
    </message>
    <message>
        <source>read the rejected rows</source>
        <translation>die abgelehnten Zeilen lesen</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; the workspace could not %1.</source>
        <translation>Der Datenträger des Arbeitsbereichs ist voll; der Arbeitsbereich konnte nicht %1.</translation>
    </message>
    <message>
        <source>The workspace could not %1.</source>
        <translation>Der Arbeitsbereich konnte nicht %1.</translation>
    </message>
    <message>
        <source>look up earlier imports</source>
        <translation>frühere Importe nachschlagen</translation>
    </message>
    <message>
        <source>record the import</source>
        <translation>den Import festhalten</translation>
    </message>
    <message>
        <source>record rejected rows</source>
        <translation>abgelehnte Zeilen festhalten</translation>
    </message>
    <message>
        <source>record a rejected row</source>
        <translation>eine abgelehnte Zeile festhalten</translation>
    </message>
    <message>
        <source>read the transactions</source>
        <translation>die Transaktionen lesen</translation>
    </message>
    <message>
        <source>prepare the import statements</source>
        <translation>die Importabfragen vorbereiten</translation>
    </message>
    <message>
        <source>look up an order</source>
        <translation>eine Bestellung nachschlagen</translation>
    </message>
    <message>
        <source>add transactions</source>
        <translation>Transaktionen hinzufügen</translation>
    </message>
    <message>
        <source>add a transaction</source>
        <translation>eine Transaktion hinzufügen</translation>
    </message>
    <message>
        <source>add marketing spend</source>
        <translation>Marketingausgaben hinzufügen</translation>
    </message>
    <message>
        <source>add an NPS response</source>
        <translation>eine NPS-Antwort hinzufügen</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another process; try again when it has finished.</source>
        <translation>Der Arbeitsbereich %1 ist von einem anderen Prozess gesperrt; versuchen Sie es erneut, wenn dieser fertig ist.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), so it cannot be a workspace.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket) und kann daher kein Arbeitsbereich sein.</translation>
    </message>
    <message>
        <source>Cannot read the stored model fits.</source>
        <translation>Die gespeicherten Modellschätzungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot store the model fits.</source>
        <translation>Die Modellschätzungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Lodestar workspace; it was left unchanged.</source>
        <translation>%1 ist eine Datenbank einer anderen Anwendung, kein Lodestar-Arbeitsbereich; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so the workspace %2 cannot be opened safely.</source>
        <translation>%1 ist keine gewöhnliche Datei, daher kann der Arbeitsbereich %2 nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>set aside the file&apos;s order ids</source>
        <translation>die Bestellnummern der Datei auslagern</translation>
    </message>
    <message>
        <source>write the customer values</source>
        <translation>die Kundenwerte schreiben</translation>
    </message>
    <message>
        <source>This database user may not change the table %1; ask its owner to grant DELETE and INSERT on it.</source>
        <translation>Dieser Datenbankbenutzer darf die Tabelle %1 nicht ändern; bitten Sie den Eigentümer der Tabelle, die Rechte DELETE und INSERT darauf zu erteilen.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 (write it as postgresql://user@host:port/database).</source>
        <translation>Die PostgreSQL-Adresse %1 (Schreibweise: postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>does not start with postgresql://</source>
        <translation>beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation>ist keine gültige URL</translation>
    </message>
    <message>
        <source>names no host</source>
        <translation>gibt keinen Host an</translation>
    </message>
    <message>
        <source>names no database after the host</source>
        <translation>gibt nach dem Host keine Datenbank an</translation>
    </message>
    <message>
        <source>has an sslmode other than %1</source>
        <translation>hat einen anderen sslmode als %1</translation>
    </message>
    <message>
        <source>names a schema that is not a plain name of letters, digits and _</source>
        <translation>gibt ein Schema an, das kein einfacher Name aus Buchstaben, Ziffern und _ ist</translation>
    </message>
    <message>
        <source>has the unknown option %1 (sslmode and schema are known)</source>
        <translation>enthält die unbekannte Option %1 (bekannt sind sslmode und schema)</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not accept the password of the user %2; give the right one in the address, in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Passwort des Benutzers %2 nicht akzeptiert; geben Sie das richtige in der Adresse, in PGPASSWORD oder in ~/.pgpass an.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no user %2.</source>
        <translation>Der PostgreSQL-Server unter %1 hat keinen Benutzer %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no database named %2.</source>
        <translation>Der PostgreSQL-Server unter %1 hat keine Datenbank namens %2.</translation>
    </message>
    <message>
        <source>Cannot reach a PostgreSQL server at %1; check the host and port, and that the server is running.</source>
        <translation>Unter %1 ist kein PostgreSQL-Server erreichbar; prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL workspace %1.</source>
        <translation>Der PostgreSQL-Arbeitsbereich %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The user %1 may not create or change Lodestar&apos;s tables in the schema %2 of the database %3; ask its owner to grant CREATE on it, or give a schema you own (?schema=…).</source>
        <translation>Der Benutzer %1 darf die Tabellen von Lodestar im Schema %2 der Datenbank %3 nicht anlegen oder ändern; bitten Sie den Eigentümer des Schemas, das Recht CREATE darauf zu erteilen, oder geben Sie ein Schema an, das Ihnen gehört (?schema=…).</translation>
    </message>
    <message>
        <source>Cannot read the PostgreSQL workspace %1.</source>
        <translation>Der PostgreSQL-Arbeitsbereich %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds no Lodestar workspace (no schema %2); import into it first.</source>
        <translation>Die PostgreSQL-Datenbank %1 enthält keinen Lodestar-Arbeitsbereich (kein Schema %2); importieren Sie zuerst Daten in sie.</translation>
    </message>
    <message>
        <source>Cannot create the schema %1 in the PostgreSQL database %2.</source>
        <translation>Das Schema %1 kann in der PostgreSQL-Datenbank %2 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot update the PostgreSQL workspace.</source>
        <translation>Der PostgreSQL-Arbeitsbereich kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Cannot read the PostgreSQL workspace.</source>
        <translation>Der PostgreSQL-Arbeitsbereich kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to PostgreSQL %1: the schema %2 holds a workspace of %Ln customer(s).</source>
        <translation>
            <numerusform>Mit PostgreSQL %1 verbunden: Das Schema %2 enthält einen Arbeitsbereich mit %Ln Kunden.</numerusform>
            <numerusform>Mit PostgreSQL %1 verbunden: Das Schema %2 enthält einen Arbeitsbereich mit %Ln Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1: no workspace in the schema %2 yet; the first import creates it.</source>
        <translation>Mit PostgreSQL %1 verbunden: Im Schema %2 gibt es noch keinen Arbeitsbereich; der erste Import legt ihn an.</translation>
    </message>
    <message>
        <source>This installation cannot open PostgreSQL workspaces: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Diese Installation kann keine PostgreSQL-Arbeitsbereiche öffnen: Der PostgreSQL-Treiber von Qt (Debian-Paket libqt6sql6-psql) fehlt.</translation>
    </message>
    <message>
        <source>The schema %1 of the PostgreSQL database %2 holds another application&apos;s tables, not a Lodestar workspace; it was left unchanged (give another with ?schema=…).</source>
        <translation>Das Schema %1 der PostgreSQL-Datenbank %2 enthält Tabellen einer anderen Anwendung, keinen Lodestar-Arbeitsbereich; es wurde nicht verändert (geben Sie mit ?schema=… ein anderes an).</translation>
    </message>
</context>
</TS>
