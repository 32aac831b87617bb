<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnalysisJobs</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d’ouvrir l’espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save the CLV definition: %1</source>
        <translation>Impossible d’enregistrer la définition de la CLV&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClvDefinition</name>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>%1 of net revenue</source>
        <translation>%1 du chiffre d’affaires net</translation>
    </message>
    <message>
        <source>the first purchase</source>
        <translation>le premier achat</translation>
    </message>
    <message>
        <source>the last purchase</source>
        <translation>le dernier achat</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>CLV = expected gross margin (%1) over the next %2, discounted at %3/yr, from the %4 + Gamma-Gamma model fitted on purchases %5 (%6).</source>
        <translation>CLV = marge brute attendue (%1) sur les %2 à venir, actualisée à %3 par an, selon le modèle %4 + Gamma-Gamma ajusté sur les achats %5 (%6).</translation>
    </message>
    <message>
        <source>CLV = realised net revenue to date × %1 (historic: no prediction), purchases %2.</source>
        <translation>CLV = chiffre d’affaires net réalisé à ce jour × %1 (historique&#xa0;: sans prévision), achats %2.</translation>
    </message>
    <message>
        <source>CLV = yearly net revenue per customer × %1 ÷ annual churn, where annual churn is the share of customers who bought in one year and did not buy in the next (simple formula, undiscounted), purchases %2.</source>
        <translation>CLV = chiffre d’affaires net annuel par client × %1 ÷ attrition annuelle, l’attrition annuelle étant la part des clients ayant acheté une année et pas la suivante (formule simple, non actualisée), achats %2.</translation>
    </message>
    <message>
        <source>CLV: %1 margin, %2, %3/yr discount, %4</source>
        <translation>CLV&#xa0;: marge %1, %2, actualisation %3/an, %4</translation>
    </message>
    <message>
        <source>CLV: historic, %1 margin</source>
        <translation>CLV&#xa0;: historique, marge %1</translation>
    </message>
    <message>
        <source>CLV: simple formula, %1 margin</source>
        <translation>CLV&#xa0;: formule simple, marge %1</translation>
    </message>
    <message>
        <source>The horizon must be between 1 and 240 months.</source>
        <translation>L’horizon doit être compris entre 1 et 240 mois.</translation>
    </message>
    <message>
        <source>The discount rate must be at least 0 and below 1 (e.g. 0.10 for 10%/yr).</source>
        <translation>Le taux d’actualisation doit être d’au moins 0 et inférieur à 1 (par ex. 0.10 pour 10 % par an).</translation>
    </message>
    <message>
        <source>The gross margin must be between 0 and 1 (e.g. 0.30 for 30%).</source>
        <translation>La marge brute doit être comprise entre 0 et 1 (par ex. 0.30 pour 30 %).</translation>
    </message>
    <message>
        <source>Every plan or channel margin must be between 0 and 1.</source>
        <translation>Chaque marge par formule ou par canal doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>The High and Medium tier shares must be positive and add up to at most 1.</source>
        <translation>Les parts des niveaux Élevé et Moyen doivent être positives et totaliser au plus 1.</translation>
    </message>
    <message>
        <source>The at-risk threshold must be a probability between 0 and 1.</source>
        <translation>Le seuil de risque doit être une probabilité comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>The calibration start must be before the calibration end.</source>
        <translation>Le début de la calibration doit précéder sa fin.</translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation>formule %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>canal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of net revenue, except %2</source>
        <translation>%1 du chiffre d’affaires net, sauf %2</translation>
    </message>
    <message>
        <source>The tier cut-offs must be amounts of at least 0.</source>
        <translation>Les seuils des niveaux doivent être des montants d’au moins 0.</translation>
    </message>
    <message>
        <source>The Medium tier cut-off (%1) must be below the High tier cut-off (%2).</source>
        <translation>Le seuil du niveau Moyen (%1) doit être inférieur au seuil du niveau Élevé (%2).</translation>
    </message>
    <message>
        <source>%1 Tiers: %2.</source>
        <translation>%1 Niveaux&#xa0;: %2.</translation>
    </message>
    <message>
        <source>High: CLV of %1 or more; Medium: %2 or more; Low: below %2</source>
        <translation>Élevé&#xa0;: CLV de %1 ou plus&#xa0;; Moyen&#xa0;: %2 ou plus&#xa0;; Faible&#xa0;: moins de %2</translation>
    </message>
    <message>
        <source>High: the top %1 of customers by CLV; Medium: the next %2; Low: the rest</source>
        <translation>Élevé&#xa0;: les %1 des clients ayant la CLV la plus élevée&#xa0;; Moyen&#xa0;: les %2 suivants&#xa0;; Faible&#xa0;: le reste</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import was cancelled; %1 was not imported.</source>
        <translation>L’import a été annulé&#xa0;; %1 n’a pas été importé.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation>Dépenses marketing</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>Réponses NPS</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>Lodestar workspaces (*.lodestar);;All files (*)</source>
        <translation>Espaces de travail Lodestar (*.lodestar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Workspace.lodestar</source>
        <translation>Espace de travail.lodestar</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Imports transactions, customers, spend and NPS files (CSV)</source>
        <translation>Importe des transactions, clients, dépenses et fichiers NPS (CSV)</translation>
    </message>
    <message>
        <source>Writes the quarterly business review (QBR) report as a PDF</source>
        <translation>Écrit la revue trimestrielle d’activité (QBR) au format PDF</translation>
    </message>
    <message>
        <source>Customers, transactions, date range and revenue of a workspace</source>
        <translation>Clients, transactions, période et chiffre d’affaires d’un espace de travail</translation>
    </message>
    <message>
        <source>Usage: lodestar [&lt;command&gt; [options]]</source>
        <translation>Utilisation&#xa0;: lodestar [&lt;commande&gt; [options]]</translation>
    </message>
    <message>
        <source>Without a command, opens the Lodestar window.</source>
        <translation>Sans commande, ouvre la fenêtre de Lodestar.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;lodestar &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;lodestar &lt;commande&gt; --help&#xa0;» pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <translation>Licence&#xa0;: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Workspace database file.</source>
        <translation>Fichier de base de données de l’espace de travail.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation>aucun espace de travail à l’emplacement %1</translation>
    </message>
    <message>
        <source>Counts and date range of a workspace.</source>
        <translation>Effectifs et période d’un espace de travail.</translation>
    </message>
    <message>
        <source>Customers:     %1</source>
        <translation>Clients&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Transactions:  %1</source>
        <translation>Transactions&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Date range:    %1 to %2</source>
        <translation>Période&#xa0;:       du %1 au %2</translation>
    </message>
    <message>
        <source>Total revenue: %1</source>
        <translation>CA total&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Net value per acquisition channel: CAC, CLV, LTV:CAC, payback</source>
        <translation>Valeur nette par canal d’acquisition&#xa0;: CAC, CLV, LTV:CAC, délai de récupération</translation>
    </message>
    <message>
        <source>Incremental CLV of experiments, treatment over control</source>
        <translation>CLV incrémentale des expériences, groupe test par rapport au groupe témoin</translation>
    </message>
    <message>
        <source>Team goals on CLV drivers and their progress</source>
        <translation>Objectifs d’équipe sur les leviers de la CLV et leur avancement</translation>
    </message>
    <message>
        <source>Warnings when growth is bought at the expense of CLV</source>
        <translation>Alertes lorsque la croissance se fait au détriment de la CLV</translation>
    </message>
    <message>
        <source>CLV maturity matrix; &apos;matrix set&apos; records an assessment</source>
        <translation>Matrice de maturité CLV&#xa0;; «&#xa0;matrix set&#xa0;» enregistre une évaluation</translation>
    </message>
    <message>
        <source>Balanced scorecard of financial and customer indicators</source>
        <translation>Tableau de bord prospectif des indicateurs financiers et clients</translation>
    </message>
    <message>
        <source>Lists past imports with their counts</source>
        <translation>Liste les imports passés avec leurs effectifs</translation>
    </message>
    <message>
        <source>Shows or exports the rows an import rejected</source>
        <translation>Affiche ou exporte les lignes rejetées par un import</translation>
    </message>
    <message>
        <source>Renders the window with one view to a PNG (after the analysis finished)</source>
        <translation>Rend la fenêtre avec une vue au format PNG (une fois l’analyse terminée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2025Q4</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un trimestre&#xa0;; écrivez-le sous la forme 2025Q4</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lists the imports of a workspace.</source>
        <translation>Liste les imports d’un espace de travail.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucun import pour l’instant.</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4: %5 imported, %6 rejected, %7 duplicates</source>
        <translation>#%1  %2  %3  %4&#xa0;: %5 importées, %6 rejetées, %7 doublons</translation>
    </message>
    <message>
        <source>CLV, P(alive), score, tier and RFM segment of every customer (CSV or JSON)</source>
        <translation>CLV, P(actif), score, niveau et segment RFM de chaque client (CSV ou JSON)</translation>
    </message>
    <message>
        <source>Acquisition cohorts: retention, revenue retention, cumulative revenue, projection</source>
        <translation>Cohortes d’acquisition&#xa0;: rétention, rétention du CA, CA cumulé, projection</translation>
    </message>
    <message>
        <source>Shows or sets the workspace CLV definition</source>
        <translation>Affiche ou modifie la définition de la CLV de l’espace de travail</translation>
    </message>
    <message>
        <source>Fits BG/NBD, Pareto/NBD or Gamma-Gamma; parameters, standard errors, holdout check</source>
        <translation>Ajuste BG/NBD, Pareto/NBD ou Gamma-Gamma&#xa0;; paramètres, erreurs types, contrôle sur période de validation</translation>
    </message>
    <message>
        <source>KPIs by month or quarter with the headline figures</source>
        <translation>KPI par mois ou par trimestre avec les chiffres clés</translation>
    </message>
    <message>
        <source>CLV by tier, RFM segment, channel, region or plan</source>
        <translation>CLV par niveau, segment RFM, canal, région ou formule</translation>
    </message>
    <message>
        <source>CLV, P(alive), score, tier and RFM segment of every customer.</source>
        <translation>CLV, P(actif), score, niveau et segment RFM de chaque client.</translation>
    </message>
    <message>
        <source>Write the rows to a CSV file.</source>
        <translation>Écrire les lignes dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2</source>
        <translation>%1 clients écrits dans %2</translation>
    </message>
    <message>
        <source>Share of each cohort purchasing k periods after acquisition (* = period not over)</source>
        <translation>Part de chaque cohorte qui achète k périodes après l’acquisition (* = période non terminée)</translation>
    </message>
    <message>
        <source>Acquisition cohorts: retention and revenue per customer.</source>
        <translation>Cohortes d’acquisition&#xa0;: rétention et chiffre d’affaires par client.</translation>
    </message>
    <message>
        <source>month (default) or quarter.</source>
        <translation>month (par défaut) ou quarter.</translation>
    </message>
    <message>
        <source>Shows or sets the workspace&apos;s CLV definition.</source>
        <translation>Affiche ou modifie la définition de la CLV de l’espace de travail.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &apos;%2&apos;</source>
        <translation>--%1 attend un nombre, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--horizon-months needs a whole number of months</source>
        <translation>--horizon-months attend un nombre entier de mois</translation>
    </message>
    <message>
        <source>--time-unit must be day, week or month</source>
        <translation>--time-unit doit valoir day, week ou month</translation>
    </message>
    <message>
        <source>--calibration-end needs a date YYYY-MM-DD</source>
        <translation>--calibration-end attend une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--period must be month or quarter</source>
        <translation>--period doit valoir month ou quarter</translation>
    </message>
    <message>
        <source> fitted on %1 customers</source>
        <translation> ajusté sur %1 clients</translation>
    </message>
    <message>
        <source>Log-likelihood: %1</source>
        <translation>Log-vraisemblance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Holdout repeat transactions: predicted %1, actual %2</source>
        <translation>Achats répétés sur la période de validation&#xa0;: prévus %1, réels %2</translation>
    </message>
    <message>
        <source>Fits a BG/NBD, Pareto/NBD or Gamma-Gamma model.</source>
        <translation>Ajuste un modèle BG/NBD, Pareto/NBD ou Gamma-Gamma.</translation>
    </message>
    <message>
        <source>Last day of the holdout period (YYYY-MM-DD).</source>
        <translation>Dernier jour de la période de validation (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--holdout-end needs a date YYYY-MM-DD</source>
        <translation>--holdout-end attend une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the holdout end must be after the calibration end %1</source>
        <translation>la fin de la période de validation doit être postérieure à la fin de la calibration %1</translation>
    </message>
    <message>
        <source>Headline, %1 vs the period before:</source>
        <translation>Chiffres clés, %1 par rapport à la période précédente&#xa0;:</translation>
    </message>
    <message>
        <source>KPIs by month or quarter, with the headline figures.</source>
        <translation>KPI par mois ou par trimestre, avec les chiffres clés.</translation>
    </message>
    <message>
        <source>quarter (default) or month.</source>
        <translation>quarter (par défaut) ou month.</translation>
    </message>
    <message>
        <source>CLV by tier, RFM segment, channel, region or plan.</source>
        <translation>CLV par niveau, segment RFM, canal, région ou formule.</translation>
    </message>
    <message>
        <source>tier (default), rfm, channel, region or plan.</source>
        <translation>tier (par défaut), rfm, channel, region ou plan.</translation>
    </message>
    <message>
        <source>--by must be tier, rfm, channel, region or plan</source>
        <translation>--by doit valoir tier, rfm, channel, region ou plan</translation>
    </message>
    <message>
        <source>Builds the demo company&apos;s workspace (three years, ~5,000 customers)</source>
        <translation>Crée l’espace de travail de l’entreprise de démonstration (trois ans, environ 5 000 clients)</translation>
    </message>
    <message>
        <source>Net value per acquisition channel: customers, CAC, average CLV, LTV:CAC, payback and CLV minus spend.</source>
        <translation>Valeur nette par canal d’acquisition&#xa0;: clients, CAC, CLV moyenne, LTV:CAC, délai de récupération et CLV moins les dépenses.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Avg CLV</source>
        <translation>CLV moy.</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Valeur nette</translation>
    </message>
    <message>
        <source>%1 is not a Lodestar workspace; not overwriting it</source>
        <translation>%1 n’est pas un espace de travail Lodestar&#xa0;; il ne sera pas écrasé</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>%1 already holds data; use --force to replace it with the demo</source>
        <translation>%1 contient déjà des données&#xa0;; utilisez --force pour les remplacer par la démo</translation>
    </message>
    <message>
        <source>Builds the demo company&apos;s workspace: three years, ~5,000 customers.</source>
        <translation>Crée l’espace de travail de l’entreprise de démonstration&#xa0;: trois ans, environ 5 000 clients.</translation>
    </message>
    <message>
        <source>Replace an existing workspace with the demo.</source>
        <translation>Remplacer un espace de travail existant par la démo.</translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 customers, %3 transactions, %4 spend rows, %5 NPS responses</source>
        <translation>Espace de travail de démonstration %1&#xa0;: %2 clients, %3 transactions, %4 lignes de dépenses, %5 réponses NPS</translation>
    </message>
    <message>
        <source>--%1 FILTER or --%1-file CSV is required</source>
        <translation>--%1 FILTRE ou --%1-file CSV est obligatoire</translation>
    </message>
    <message>
        <source>Experiment name.</source>
        <translation>Nom de l’expérience.</translation>
    </message>
    <message>
        <source>What the treatment should change and why.</source>
        <translation>Ce que le traitement doit changer, et pourquoi.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Dernier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>CSV whose first column lists customer ids.</source>
        <translation>Fichier CSV dont la première colonne liste des identifiants clients.</translation>
    </message>
    <message>
        <source>--from and --to must be dates (YYYY-MM-DD), --to not before --from</source>
        <translation>--from et --to doivent être des dates (AAAA-MM-JJ), --to pas avant --from</translation>
    </message>
    <message>
        <source>Added experiment %1.</source>
        <translation>Expérience %1 ajoutée.</translation>
    </message>
    <message>
        <source>%1 (95% CI %2 to %3)</source>
        <translation>%1 (IC à 95&#xa0;%&#xa0;: %2 à %3)</translation>
    </message>
    <message>
        <source>Experiments: incremental CLV, retention and revenue of treatment over control. Use &apos;experiments add&apos; to record one.</source>
        <translation>Expériences&#xa0;: CLV, rétention et chiffre d’affaires incrémentaux du groupe test par rapport au groupe témoin. Utilisez «&#xa0;experiments add&#xa0;» pour en enregistrer une.</translation>
    </message>
    <message>
        <source>No experiments recorded.</source>
        <translation>Aucune expérience enregistrée.</translation>
    </message>
    <message>
        <source>%1 treatment vs %2 control customers</source>
        <translation>%1 clients dans le groupe test contre %2 dans le groupe témoin</translation>
    </message>
    <message>
        <source>Incremental CLV:       %1</source>
        <translation>CLV incrémentale&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Incremental retention: %1</source>
        <translation>Rétention incrémentale&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Incremental revenue:   %1</source>
        <translation>CA incrémental&#xa0;:          %1</translation>
    </message>
    <message>
        <source>--%1 must be a number</source>
        <translation>--%1 doit être un nombre</translation>
    </message>
    <message>
        <source>Team name.</source>
        <translation>Nom de l’équipe.</translation>
    </message>
    <message>
        <source>Added team %1.</source>
        <translation>Équipe %1 ajoutée.</translation>
    </message>
    <message>
        <source>Goal name.</source>
        <translation>Nom de l’objectif.</translation>
    </message>
    <message>
        <source>Indicator: %1.</source>
        <translation>Indicateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Quarter, e.g. 2025Q4.</source>
        <translation>Trimestre, par ex. 2025Q4.</translation>
    </message>
    <message>
        <source>Target (shares as fractions: 0.4 for 40%).</source>
        <translation>Cible (parts en fraction&#xa0;: 0.4 pour 40&#xa0;%).</translation>
    </message>
    <message>
        <source>Entered actual, for indicators the data cannot give.</source>
        <translation>Valeur réelle saisie, pour les indicateurs que les données ne peuvent pas fournir.</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;; choose from %2</source>
        <translation>indicateur inconnu «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <source>--quarter and --target are required</source>
        <translation>--quarter et --target sont obligatoires</translation>
    </message>
    <message>
        <source>no team called &apos;%1&apos;</source>
        <translation>aucune équipe nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Added goal %1 for %2.</source>
        <translation>Objectif %1 ajouté pour %2.</translation>
    </message>
    <message>
        <source>(no goals)</source>
        <translation>(aucun objectif)</translation>
    </message>
    <message>
        <source>Team goals on the leading indicators of CLV, with progress. Use &apos;goals add&apos; and &apos;goals add-team&apos; to change them.</source>
        <translation>Objectifs d’équipe sur les indicateurs avancés de la CLV, avec leur avancement. Utilisez «&#xa0;goals add&#xa0;» et «&#xa0;goals add-team&#xa0;» pour les modifier.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set attend CLÉ=VALEUR, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Guardrail warnings: discount erosion, churn or refunds after expansion, revenue bought while CLV falls, channels below LTV:CAC 1 or beyond the payback limit, falling cohort retention.</source>
        <translation>Alertes garde-fous&#xa0;: érosion des remises, attrition ou remboursements après expansion, chiffre d’affaires acheté alors que la CLV baisse, canaux sous un LTV:CAC de 1 ou au-delà de la limite de récupération, rétention des cohortes en baisse.</translation>
    </message>
    <message>
        <source>Change a threshold or target first, e.g. max_payback_months=18 (repeatable).</source>
        <translation>Modifier d’abord un seuil ou une cible, par ex. max_payback_months=18 (répétable).</translation>
    </message>
    <message>
        <source>Print the thresholds and targets and exit.</source>
        <translation>Afficher les seuils et les cibles, puis quitter.</translation>
    </message>
    <message>
        <source>No guardrail is triggered.</source>
        <translation>Aucun garde-fou n’est déclenché.</translation>
    </message>
    <message>
        <source>The %1 file to import.</source>
        <translation>Le fichier %1 à importer.</translation>
    </message>
    <message>
        <source>Column of a field: FIELD=COLUMN (name or 1-based position); with several files KIND.FIELD=COLUMN. Repeatable.</source>
        <translation>Colonne d’un champ&#xa0;: CHAMP=COLONNE (nom ou position à partir de 1)&#xa0;; avec plusieurs fichiers TYPE.CHAMP=COLONNE. Répétable.</translation>
    </message>
    <message>
        <source>Order of d/M dates: d/M/yyyy or M/d/yyyy (default: detected).</source>
        <translation>Ordre des dates j/M&#xa0;: d/M/yyyy ou M/d/yyyy (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <source>Field separator: a character, tab or whitespace (default: detected).</source>
        <translation>Séparateur de champs&#xa0;: un caractère, une tabulation ou des espaces (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <source>The files have no header row; map columns by position.</source>
        <translation>Les fichiers n’ont pas de ligne d’en-tête&#xa0;; les colonnes sont associées par position.</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, got &apos;%1&apos;</source>
        <translation>--map attend CHAMP=COLONNE, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--map %1: unknown file kind &apos;%2&apos; (transactions, customers, spend, nps)</source>
        <translation>--map %1&#xa0;: type de fichier inconnu «&#xa0;%2&#xa0;» (transactions, customers, spend, nps)</translation>
    </message>
    <message>
        <source>--map %1: with several files, name the kind, e.g. --map transactions.%1</source>
        <translation>--map %1&#xa0;: avec plusieurs fichiers, précisez le type, par ex. --map transactions.%1</translation>
    </message>
    <message>
        <source>--map %1: no --%2 file was given</source>
        <translation>--map %1&#xa0;: aucun fichier --%2 n’a été fourni</translation>
    </message>
    <message>
        <source>--delimiter must be one character, tab or whitespace</source>
        <translation>--delimiter doit être un caractère, une tabulation ou des espaces</translation>
    </message>
    <message>
        <source>--date-format must be d/M/yyyy, M/d/yyyy, yyyyMMdd or iso</source>
        <translation>--date-format doit valoir d/M/yyyy, M/d/yyyy, yyyyMMdd ou iso</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>nothing to import: give --transactions, --customers, --spend or --nps</source>
        <translation>rien à importer&#xa0;: indiquez --transactions, --customers, --spend ou --nps</translation>
    </message>
    <message>
        <source>%1 %2: already imported (import %3); nothing added, %4 duplicates</source>
        <translation>%1 %2&#xa0;: déjà importé (import %3)&#xa0;; rien d’ajouté, %4 doublons</translation>
    </message>
    <message>
        <source>%1 %2: %3 rows read, %4 imported, %5 rejected, %6 duplicates</source>
        <translation>%1 %2&#xa0;: %3 lignes lues, %4 importées, %5 rejetées, %6 doublons</translation>
    </message>
    <message>
        <source>format: %1; new customers: %2</source>
        <translation>format&#xa0;: %1&#xa0;; nouveaux clients&#xa0;: %2</translation>
    </message>
    <message>
        <source>dates read as %1 (assumed: the data fits both orders; use --date-format)</source>
        <translation>dates lues au format %1 (supposé&#xa0;: les données conviennent aux deux ordres&#xa0;; utilisez --date-format)</translation>
    </message>
    <message>
        <source>dates read as %1 (detected from the data)</source>
        <translation>dates lues au format %1 (détecté à partir des données)</translation>
    </message>
    <message>
        <source>dates read as %1 (--date-format)</source>
        <translation>dates lues au format %1 (--date-format)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>… see all with: lodestar rejects --import %1</source>
        <translation>… tout afficher avec&#xa0;: lodestar rejects --import %1</translation>
    </message>
    <message>
        <source>Imports transactions, customers, marketing spend and NPS files into a workspace.</source>
        <translation>Importe des transactions, clients, dépenses marketing et fichiers NPS dans un espace de travail.</translation>
    </message>
    <message>
        <source>CLV maturity matrix, %1 (average level %2, average gap %3)</source>
        <translation>Matrice de maturité CLV, %1 (niveau moyen %2, écart moyen %3)</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to 5</source>
        <translation>--%1 doit être un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>Records a quarterly self-assessment of one capability.</source>
        <translation>Enregistre l’auto-évaluation trimestrielle d’une capacité.</translation>
    </message>
    <message>
        <source>Capability key: %1.</source>
        <translation>Clé de la capacité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Quarter of the assessment, e.g. 2025Q4.</source>
        <translation>Trimestre de l’évaluation, par ex. 2025Q4.</translation>
    </message>
    <message>
        <source>Current level, 1 (From) to 5 (To).</source>
        <translation>Niveau actuel, de 1 (point de départ) à 5 (cible).</translation>
    </message>
    <message>
        <source>Target level, 1 to 5.</source>
        <translation>Niveau cible, de 1 à 5.</translation>
    </message>
    <message>
        <source>Owner&apos;s name.</source>
        <translation>Nom du responsable.</translation>
    </message>
    <message>
        <source>Evidence note.</source>
        <translation>Note justificative.</translation>
    </message>
    <message>
        <source>Value of an entered KPI (shares as fractions: 0.4 for 40%).</source>
        <translation>Valeur d’un indicateur saisi (parts en fraction&#xa0;: 0.4 pour 40&#xa0;%).</translation>
    </message>
    <message>
        <source>Period the KPI value is for (default: the quarter).</source>
        <translation>Période à laquelle se rapporte la valeur de l’indicateur (par défaut&#xa0;: le trimestre).</translation>
    </message>
    <message>
        <source>unknown capability &apos;%1&apos;; choose from %2</source>
        <translation>capacité inconnue «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <source>--quarter and --level are required</source>
        <translation>--quarter et --level sont obligatoires</translation>
    </message>
    <message>
        <source>--kpi-value must be a number</source>
        <translation>--kpi-value doit être un nombre</translation>
    </message>
    <message>
        <source>Saved %1 for %2: level %3, target %4.</source>
        <translation>%1 enregistré pour %2&#xa0;: niveau %3, cible %4.</translation>
    </message>
    <message>
        <source>The CLV maturity matrix: level, target, gap, KPI and trend per capability. Use &apos;lodestar matrix set&apos; to record an assessment.</source>
        <translation>La matrice de maturité CLV&#xa0;: niveau, cible, écart, KPI et tendance par capacité. Utilisez «&#xa0;lodestar matrix set&#xa0;» pour enregistrer une évaluation.</translation>
    </message>
    <message>
        <source>Quarter to show, e.g. 2025Q4 (default: the latest assessed).</source>
        <translation>Trimestre à afficher, par ex. 2025Q4 (par défaut&#xa0;: le dernier évalué).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rejected rows in import #%2 (%3)</source>
        <translation>%1 lignes rejetées dans l’import #%2 (%3)</translation>
    </message>
    <message>
        <source>Shows or exports the rows an import rejected.</source>
        <translation>Affiche ou exporte les lignes rejetées par un import.</translation>
    </message>
    <message>
        <source>Id of the import (see lodestar imports).</source>
        <translation>Identifiant de l’import (voir lodestar imports).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file.</source>
        <translation>Écrire les lignes rejetées dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>--import ID is required (see lodestar imports)</source>
        <translation>--import ID est obligatoire (voir lodestar imports)</translation>
    </message>
    <message>
        <source>no import #%1 in this workspace</source>
        <translation>aucun import #%1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2</source>
        <translation>%1 lignes rejetées écrites dans %2</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Quarter to report, e.g. 2025Q4 (default: the latest complete one).</source>
        <translation>Trimestre du rapport, par ex. 2025Q4 (par défaut&#xa0;: le dernier trimestre complet).</translation>
    </message>
    <message>
        <source>Comma-separated sections (default: all): cover, definition, summary, trends, segments, cohorts, channels, culture, appendix.</source>
        <translation>Sections séparées par des virgules (par défaut&#xa0;: toutes)&#xa0;: cover, definition, summary, trends, segments, cohorts, channels, culture, appendix.</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (par défaut) ou Letter.</translation>
    </message>
    <message>
        <source>Landscape pages instead of portrait.</source>
        <translation>Pages en paysage plutôt qu’en portrait.</translation>
    </message>
    <message>
        <source>Language of texts and numbers: en, de or fr.</source>
        <translation>Langue des textes et des nombres&#xa0;: en, de ou fr.</translation>
    </message>
    <message>
        <source>Company name on the cover (default: the workspace file&apos;s name).</source>
        <translation>Nom de l’entreprise sur la couverture (par défaut&#xa0;: le nom du fichier de l’espace de travail).</translation>
    </message>
    <message>
        <source>Image file for the cover&apos;s logo.</source>
        <translation>Fichier image du logo de la couverture.</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;; choose from %2</source>
        <translation>section inconnue «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <source>cover, definition, summary, trends, segments, cohorts, channels, culture, appendix</source>
        <translation>cover, definition, summary, trends, segments, cohorts, channels, culture, appendix</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation>--page-size doit valoir A4 ou Letter</translation>
    </message>
    <message>
        <source>--language must be en, de or fr</source>
        <translation>--language doit valoir en, de ou fr</translation>
    </message>
    <message>
        <source>Writes the quarterly business review (QBR) report as a PDF.</source>
        <translation>Écrit la revue trimestrielle d’activité (QBR) au format PDF.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FICHIER.pdf est obligatoire</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>impossible d’écrire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages) in %3 s.</source>
        <translation>%1 écrit (%2 pages) en %3 s.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Balanced scorecard: financial results next to the customer indicators that lead them, over trailing quarters so one noisy quarter does not swing the verdict.</source>
        <translation>Tableau de bord prospectif&#xa0;: les résultats financiers à côté des indicateurs clients qui les annoncent, sur des trimestres glissants pour qu’un trimestre atypique ne fasse pas basculer le verdict.</translation>
    </message>
    <message>
        <source>Balanced scorecard, trailing %1 quarters (%2)</source>
        <translation>Tableau de bord prospectif, %1 trimestres glissants (%2)</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Renders the main window with one view to a PNG.</source>
        <translation>Rend la fenêtre principale avec une vue au format PNG.</translation>
    </message>
    <message>
        <source>View to show.</source>
        <translation>Vue à afficher.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>Fichier PNG à écrire.</translation>
    </message>
    <message>
        <source>Window size (default 1440x900).</source>
        <translation>Taille de la fenêtre (par défaut 1440x900).</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;; choose one of: %2</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>bad --size &apos;%1&apos;; use WIDTHxHEIGHT, e.g. 1440x900</source>
        <translation>--size «&#xa0;%1&#xa0;» invalide&#xa0;; utilisez LARGEURxHAUTEUR, par ex. 1440x900</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 view, %3x%4)</source>
        <translation>%1 écrit (vue %2, %3x%4)</translation>
    </message>
    <message>
        <source>There are no repeat customers to fit the Gamma-Gamma model to.</source>
        <translation>Aucun client n’a racheté&#xa0;: impossible d’ajuster le modèle Gamma-Gamma.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>croissance</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actifs</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveaux</translation>
    </message>
    <message>
        <source>avg CLV</source>
        <translation>CLV moy.</translation>
    </message>
    <message>
        <source>total CLV</source>
        <translation>CLV totale</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>rétention</translation>
    </message>
    <message>
        <source>at-risk revenue</source>
        <translation>CA à risque</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>CLV %</source>
        <translation>% CLV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>payback</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>--tier-cutoff must be share or amount</source>
        <translation>--tier-cutoff doit valoir share ou amount</translation>
    </message>
    <message>
        <source>tier shares and tier amounts given together: add --tier-cutoff share or --tier-cutoff amount</source>
        <translation>parts et montants des niveaux donnés ensemble&#xa0;: ajoutez --tier-cutoff share ou --tier-cutoff amount</translation>
    </message>
    <message>
        <source>Attribute filter on channel, region, plan or CLV tier, e.g. channel=Referral;tier=High.</source>
        <translation>Filtre d’attributs sur le canal, la région, la formule ou le niveau de CLV, par ex. channel=Referral;tier=High.</translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: system).</source>
        <translation>Couleurs&#xa0;: system, light ou dark (par défaut&#xa0;: system).</translation>
    </message>
    <message>
        <source>bad --palette &apos;%1&apos;; use system, light or dark</source>
        <translation>--palette &apos;%1&apos; invalide&#xa0;; utilisez system, light ou dark</translation>
    </message>
    <message>
        <source>lodestar: bad --palette &apos;%1&apos;; use system, light or dark</source>
        <translation>lodestar&#xa0;: --palette &apos;%1&apos; invalide&#xa0;; utilisez system, light ou dark</translation>
    </message>
    <message>
        <source>%1 was given %2 times; give it once</source>
        <translation>%1 est donné %2 fois&#xa0;; donnez-le une seule fois</translation>
    </message>
    <message>
        <source>cannot write the output file: %1</source>
        <translation>impossible d’écrire le fichier de sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>bad --target: %1</source>
        <translation>--target invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>bad --actual: %1</source>
        <translation>--actual invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>--logo %1 is not a file</source>
        <translation>--logo %1 n’est pas un fichier</translation>
    </message>
    <message>
        <source>--logo %1 is not an image Lodestar can read: %2</source>
        <translation>--logo %1 n’est pas une image que Lodestar sait lire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Text encoding: utf-8, windows-1252 or latin-1 (default: detected).</source>
        <translation>Encodage du texte&#xa0;: utf-8, windows-1252 ou latin-1 (par défaut&#xa0;: détecté automatiquement).</translation>
    </message>
    <message>
        <source>Reject rows dated before this day (default: 1900-01-01).</source>
        <translation>Rejeter les lignes datées d’avant ce jour (par défaut&#xa0;: 1900-01-01).</translation>
    </message>
    <message>
        <source>Reject rows dated after this day (default: tomorrow).</source>
        <translation>Rejeter les lignes datées d’après ce jour (par défaut&#xa0;: demain).</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, windows-1252 or latin-1</source>
        <translation>--encoding doit valoir utf-8, windows-1252 ou latin-1</translation>
    </message>
    <message>
        <source>--min-date and --max-date take a day as YYYY-MM-DD</source>
        <translation>--min-date et --max-date attendent un jour au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the rows into the workspace&apos;s customer_values table, for other tools.</source>
        <translation>Écrire les lignes dans la table customer_values de l’espace de travail, à l’usage d’autres outils.</translation>
    </message>
    <message>
        <source>Wrote %1 customers to the table %2</source>
        <translation>%1 clients écrits dans la table %2</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (bgnbd-gg, mbgnbd-gg, pareto-nbd-gg, historic, simple)</source>
        <translation>méthode inconnue «&#xa0;%1&#xa0;» (bgnbd-gg, mbgnbd-gg, pareto-nbd-gg, historic, simple)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>log-lik.</source>
        <translation>log-vrais.</translation>
    </message>
    <message>
        <source>holdout pred.</source>
        <translation>prév. valid.</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Lowest AIC: %1</source>
        <translation>AIC le plus faible&#xa0;: %1</translation>
    </message>
    <message>
        <source>bgnbd, mbgnbd, pareto-nbd or gamma-gamma.</source>
        <translation>bgnbd, mbgnbd, pareto-nbd ou gamma-gamma.</translation>
    </message>
    <message>
        <source>Fit every purchase model and compare log-likelihood, AIC, BIC and holdout error.</source>
        <translation>Ajuster tous les modèles d’achat et comparer la log-vraisemblance, l’AIC, le BIC et l’erreur sur la période de validation.</translation>
    </message>
    <message>
        <source>--compare fits every purchase model: leave out --model</source>
        <translation>--compare ajuste tous les modèles d’achat&#xa0;: omettez --model</translation>
    </message>
    <message>
        <source>--model must be bgnbd, mbgnbd, pareto-nbd or gamma-gamma</source>
        <translation>--model doit valoir bgnbd, mbgnbd, pareto-nbd ou gamma-gamma</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>Impossible d’écrire le fichier CSV.</translation>
    </message>
</context>
<context>
    <name>culture</name>
    <message>
        <source>CLV Definition</source>
        <translation>Définition de la CLV</translation>
    </message>
    <message>
        <source>No CLV or multiple conflicting definitions</source>
        <translation>Pas de CLV ou plusieurs définitions contradictoires</translation>
    </message>
    <message>
        <source>Single, documented CLV definition with shared understanding</source>
        <translation>Une définition unique et documentée de la CLV, comprise par tous</translation>
    </message>
    <message>
        <source>Finance / RevOps</source>
        <translation>Finance / RevOps</translation>
    </message>
    <message>
        <source>CLV Definition Adoption</source>
        <translation>Adoption de la définition de la CLV</translation>
    </message>
    <message>
        <source>Data &amp; Modeling</source>
        <translation>Données et modélisation</translation>
    </message>
    <message>
        <source>One-off CLV analysis in spreadsheets</source>
        <translation>Analyse CLV ponctuelle dans des tableurs</translation>
    </message>
    <message>
        <source>Automated CLV calculation for all customers and key segments</source>
        <translation>Calcul automatisé de la CLV pour tous les clients et les segments clés</translation>
    </message>
    <message>
        <source>Data / Analytics</source>
        <translation>Données / Analytique</translation>
    </message>
    <message>
        <source>% of Revenue with CLV Calculated</source>
        <translation>% du chiffre d’affaires avec CLV calculée</translation>
    </message>
    <message>
        <source>Dashboards &amp; Visibility</source>
        <translation>Tableaux de bord et visibilité</translation>
    </message>
    <message>
        <source>CLV visible only in finance reports</source>
        <translation>CLV visible uniquement dans les rapports financiers</translation>
    </message>
    <message>
        <source>CLV and related metrics in core revenue marketing dashboards</source>
        <translation>CLV et indicateurs associés dans les principaux tableaux de bord commerciaux et marketing</translation>
    </message>
    <message>
        <source>RevOps / Marketing Ops</source>
        <translation>RevOps / Marketing Ops</translation>
    </message>
    <message>
        <source>Dashboard Usage with CLV Views</source>
        <translation>Utilisation des tableaux de bord avec vues CLV</translation>
    </message>
    <message>
        <source>Goals &amp; Incentives</source>
        <translation>Objectifs et incitations</translation>
    </message>
    <message>
        <source>Comp based on volume and in-quarter close</source>
        <translation>Rémunération fondée sur le volume et les ventes conclues dans le trimestre</translation>
    </message>
    <message>
        <source>Goals and compensation partially tied to CLV and quality-of-revenue</source>
        <translation>Objectifs et rémunération en partie liés à la CLV et à la qualité du chiffre d’affaires</translation>
    </message>
    <message>
        <source>HR / Revenue Leadership</source>
        <translation>RH / Direction commerciale</translation>
    </message>
    <message>
        <source>% Plans with CLV-Linked Measures</source>
        <translation>% des plans avec des indicateurs liés à la CLV</translation>
    </message>
    <message>
        <source>Decision-Making</source>
        <translation>Prise de décision</translation>
    </message>
    <message>
        <source>Decisions driven by short-term revenue</source>
        <translation>Décisions guidées par le chiffre d’affaires à court terme</translation>
    </message>
    <message>
        <source>Investment and prioritization decisions evaluated for CLV impact</source>
        <translation>Décisions d’investissement et de priorisation évaluées selon leur impact sur la CLV</translation>
    </message>
    <message>
        <source>Executive Team</source>
        <translation>Comité de direction</translation>
    </message>
    <message>
        <source>CLV Growth vs. Revenue Growth</source>
        <translation>Croissance de la CLV vs croissance du CA</translation>
    </message>
    <message>
        <source>Culture &amp; Storytelling</source>
        <translation>Culture et storytelling</translation>
    </message>
    <message>
        <source>Wins celebrated for deal size only</source>
        <translation>Succès célébrés uniquement selon la taille des contrats</translation>
    </message>
    <message>
        <source>Wins and learnings framed in terms of lifetime value and relationship health</source>
        <translation>Succès et enseignements exprimés en valeur vie client et en santé de la relation</translation>
    </message>
    <message>
        <source>Leadership / Communications</source>
        <translation>Direction / Communication</translation>
    </message>
    <message>
        <source>CLV Mention Frequency in Reviews</source>
        <translation>Fréquence des mentions de la CLV dans les revues</translation>
    </message>
    <message>
        <source>Customers could not be valued: %1</source>
        <translation>Les clients n’ont pas pu être valorisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each group needs at least two customers for a confidence interval.</source>
        <translation>Chaque groupe doit compter au moins deux clients pour un intervalle de confiance.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Cross-sell / expansion</source>
        <translation>Ventes croisées / expansion</translation>
    </message>
    <message>
        <source>Product adoption (second purchase)</source>
        <translation>Adoption du produit (deuxième achat)</translation>
    </message>
    <message>
        <source>Advocacy (NPS)</source>
        <translation>Recommandation (NPS)</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <source>Entered measure</source>
        <translation>Mesure saisie</translation>
    </message>
    <message>
        <source>CLV overall</source>
        <translation>CLV globale</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valeur de commande</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence d’achat</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Average discount rose from %1 to %2 while gross margin fell from %3 to %4 (last %5 quarters against the %5 before).</source>
        <translation>La remise moyenne est passée de %1 à %2 tandis que la marge brute est tombée de %3 à %4 (les %5 derniers trimestres par rapport aux %5 précédents).</translation>
    </message>
    <message>
        <source>%1 of the %2 customers who expanded stopped buying the next quarter, against %3 of other repeat customers.</source>
        <translation>%1 des %2 clients ayant augmenté leurs achats ont cessé d’acheter le trimestre suivant, contre %3 des autres clients réguliers.</translation>
    </message>
    <message>
        <source>Customers who expanded refunded %1 of their next-quarter purchases, against %2 for other repeat customers.</source>
        <translation>Les clients ayant augmenté leurs achats se sont fait rembourser %1 de leurs achats du trimestre suivant, contre %2 pour les autres clients réguliers.</translation>
    </message>
    <message>
        <source>Revenue grew %1 while average CLV fell %2: growth may be bought with customers worth less.</source>
        <translation>Le chiffre d’affaires a progressé de %1 tandis que la CLV moyenne a baissé de %2&#xa0;: la croissance se fait peut-être avec des clients de moindre valeur.</translation>
    </message>
    <message>
        <source>The newest %1 cohorts kept %2 of their customers into the next quarter, against %3 for the %1 cohorts before.</source>
        <translation>Les %1 cohortes les plus récentes ont conservé %2 de leurs clients au trimestre suivant, contre %3 pour les %1 cohortes précédentes.</translation>
    </message>
    <message>
        <source>%1: customers are worth %2 on average but cost %3 to acquire (LTV:CAC %4, below %5).</source>
        <translation>%1&#xa0;: les clients valent %2 en moyenne mais coûtent %3 à acquérir (LTV:CAC %4, inférieur à %5).</translation>
    </message>
    <message>
        <source>%1: acquisition cost takes %2 months of margin to pay back (limit %3).</source>
        <translation>%1&#xa0;: le coût d’acquisition demande %2 mois de marge pour être récupéré (limite %3).</translation>
    </message>
    <message>
        <source>Edit %1 for %2</source>
        <translation>Modifier %1 pour %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Préc.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
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
        <translation>Délai de récupération (mois)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>CLV minus spend</source>
        <translation>CLV moins les dépenses</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Treatment / control</source>
        <translation>Test / témoin</translation>
    </message>
    <message>
        <source>Incremental CLV (95% CI)</source>
        <translation>CLV incrémentale (IC à 95 %)</translation>
    </message>
    <message>
        <source>Incremental retention (95% CI)</source>
        <translation>Rétention incrémentale (IC à 95 %)</translation>
    </message>
    <message>
        <source>Incremental revenue (95% CI)</source>
        <translation>Chiffre d’affaires incrémental (IC à 95 %)</translation>
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
        <translation>L’intervalle exclut zéro&#xa0;: un effet durable.</translation>
    </message>
    <message>
        <source>The interval includes zero: no proven effect yet.</source>
        <translation>L’intervalle inclut zéro&#xa0;: pas encore d’effet démontré.</translation>
    </message>
    <message>
        <source>Team / goal</source>
        <translation>Équipe / objectif</translation>
    </message>
    <message>
        <source>CLV driver</source>
        <translation>Levier de CLV</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Computed from the data</source>
        <translation>Calculé à partir des données</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Cannot read the customer list %1.</source>
        <translation>Impossible de lire la liste de clients %1.</translation>
    </message>
    <message>
        <source>Cannot use the filter &quot;%1&quot;: write channel=…, region=…, plan=… or tier=…, joined by &apos;;&apos;.</source>
        <translation>Impossible d’utiliser le filtre «&#xa0;%1&#xa0;»&#xa0;: écrivez channel=…, region=…, plan=… ou tier=…, séparés par &apos;;&apos;.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>Ajouter l’équipe %1</translation>
    </message>
    <message>
        <source>Rename team %1 to %2</source>
        <translation>Renommer l’équipe %1 en %2</translation>
    </message>
    <message>
        <source>Remove team %1</source>
        <translation>Supprimer l’équipe %1</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Ajouter l’objectif %1</translation>
    </message>
    <message>
        <source>Remove goal %1</source>
        <translation>Supprimer l’objectif %1</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Modifier l’objectif %1</translation>
    </message>
    <message>
        <source>the value must be a finite number</source>
        <translation>la valeur doit être un nombre fini</translation>
    </message>
    <message>
        <source>%1 is a share: give a fraction from 0 to 1 (0.4 for 40%)</source>
        <translation>%1 est une part&#xa0;: donnez une fraction de 0 à 1 (0,4 pour 40 %)</translation>
    </message>
    <message>
        <source>NPS runs from -100 to 100</source>
        <translation>Le NPS va de -100 à 100</translation>
    </message>
    <message>
        <source>the value must lie between -1e9 and 1e9</source>
        <translation>la valeur doit être comprise entre -1e9 et 1e9</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Cannot create a temporary folder for the demo data.</source>
        <translation>Impossible de créer un dossier temporaire pour les données de démonstration.</translation>
    </message>
    <message>
        <source>Cannot import the demo data: %1</source>
        <translation>Impossible d’importer les données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1.</source>
        <translation>Impossible d’écrire le fichier de démonstration %1.</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>There are no transactions to value.</source>
        <translation>Il n’y a aucune transaction à valoriser.</translation>
    </message>
    <message>
        <source>The calibration end date %1 is before the first purchase (%2).</source>
        <translation>La fin de la calibration (%1) précède le premier achat (%2).</translation>
    </message>
    <message>
        <source>The %1 model cannot be fitted: %2</source>
        <translation>Impossible d’ajuster le modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The valuation was cancelled.</source>
        <translation>La valorisation a été annulée.</translation>
    </message>
    <message>
        <source>Only %1 repeat customers: expected spend is the observed mean, not Gamma-Gamma.</source>
        <translation>Seulement %1 clients ayant racheté&#xa0;: la dépense attendue est la moyenne observée, et non Gamma-Gamma.</translation>
    </message>
    <message>
        <source>The workspace has no transactions yet, so there is nothing to value. Import a transactions file first (or create the demo with &apos;lodestar demo&apos;).</source>
        <translation>L’espace de travail ne contient encore aucune transaction&#xa0;: il n’y a rien à valoriser. Importez d’abord un fichier de transactions (ou créez la démo avec &apos;lodestar demo&apos;).</translation>
    </message>
    <message>
        <source>%1 is before the calibration window starts (%2).</source>
        <translation>%1 est antérieur au début de la fenêtre de calibration (%2).</translation>
    </message>
    <message>
        <source>Not valued at this period&apos;s end.</source>
        <translation>Non valorisé à la fin de cette période.</translation>
    </message>
    <message>
        <source>The transactions run from %1 to %2, more than %3 years; a date like %2 is usually an &quot;open end&quot; placeholder or a typo. Correct or remove that row and import the files into a new workspace.</source>
        <translation>Les transactions vont du %1 au %2, plus de %3 ans&#xa0;; une date comme %2 est généralement un marqueur «&#xa0;sans fin&#xa0;» ou une faute de frappe. Corrigez ou supprimez cette ligne et importez les fichiers dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The %1 model cannot be used on this data.</source>
        <translation>Le modèle %1 ne peut pas être utilisé sur ces données.</translation>
    </message>
    <message>
        <source>Use a later calibration end, more customers or the historic method.</source>
        <translation>Utilisez une fin de calibration plus tardive, davantage de clients ou la méthode historique.</translation>
    </message>
    <message>
        <source>it has no finite mean spend (q &lt;= 1).</source>
        <translation>il n’a pas de dépense moyenne finie (q &lt;= 1).</translation>
    </message>
    <message>
        <source>Fallback: expected spend is each customer&apos;s observed mean spend, not Gamma-Gamma, because the Gamma-Gamma model cannot be used: %1</source>
        <translation>Solution de repli&#xa0;: la dépense attendue est la dépense moyenne observée de chaque client, et non Gamma-Gamma, car le modèle Gamma-Gamma ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fallback: CLV uses the %1 model, because %2 %3</source>
        <translation>Solution de repli&#xa0;: la CLV utilise le modèle %1, car&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Fallback: CLV is historic CLV (realised revenue x margin), because neither BG/NBD nor Pareto/NBD can be used: %1</source>
        <translation>Solution de repli&#xa0;: la CLV est la CLV historique (chiffre d’affaires réalisé x marge), car ni BG/NBD ni Pareto/NBD ne peuvent être utilisés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>%2%1B</source>
        <comment>money in billions: %1 amount, %2 currency symbol</comment>
        <translation>%1&#xa0;Md%2</translation>
    </message>
    <message>
        <source>%2%1M</source>
        <comment>money in millions: %1 amount, %2 currency symbol</comment>
        <translation>%1&#xa0;M%2</translation>
    </message>
    <message>
        <source>%2%1K</source>
        <comment>money in thousands: %1 amount, %2 currency symbol</comment>
        <translation>%1&#xa0;k%2</translation>
    </message>
    <message>
        <source>▲ up</source>
        <translation>▲ hausse</translation>
    </message>
    <message>
        <source>▼ down</source>
        <translation>▼ baisse</translation>
    </message>
    <message>
        <source>◆ flat</source>
        <translation>◆ stable</translation>
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
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 encoded; save it as UTF-8 and import it again.</source>
        <translation>%1 est encodé en UTF-16&#xa0;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>%1: the quoted field starting at line %2 never ends.</source>
        <translation>%1&#xa0;: le champ entre guillemets commençant à la ligne %2 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 has no rows</source>
        <translation>%1 ne contient aucune ligne</translation>
    </message>
    <message>
        <source>%1 has a header row but no data rows</source>
        <translation>%1 a une ligne d’en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>The workspace cannot be written (it may be locked or read-only).</source>
        <translation>Impossible d’écrire dans l’espace de travail (il est peut-être verrouillé ou en lecture seule).</translation>
    </message>
    <message>
        <source>Cannot hash %1: the SHA-256 digest is unavailable.</source>
        <translation>Impossible de calculer l’empreinte de %1&#xa0;: SHA-256 n’est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot hash %1.</source>
        <translation>Impossible de calculer l’empreinte de %1.</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; for a %2 file (fields: %3)</source>
        <translation>champ &apos;%1&apos; inconnu pour un fichier %2 (champs&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the %1 file has no column &apos;%2&apos; (it has %3 columns%4)</source>
        <translation>le fichier %1 n’a pas de colonne &apos;%2&apos; (il a %3 colonnes%4)</translation>
    </message>
    <message>
        <source>the file has no header row, so map columns by position</source>
        <translation>le fichier n’a pas de ligne d’en-tête&#xa0;: associez les colonnes par position</translation>
    </message>
    <message>
        <source>columns: </source>
        <translation>colonnes&#xa0;: </translation>
    </message>
    <message>
        <source>no column for %1 in the %2 file; name it with --map %1=COLUMN (%3)</source>
        <translation>aucune colonne pour %1 dans le fichier %2&#xa0;; nommez-la avec --map %1=COLONNE (%3)</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>missing customer id</source>
        <translation>identifiant client manquant</translation>
    </message>
    <message>
        <source>customer id is not UTF-8 text (save the file as UTF-8)</source>
        <translation>l’identifiant client n’est pas du texte UTF-8 (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>date manquante</translation>
    </message>
    <message>
        <source>unparseable date</source>
        <translation>date illisible</translation>
    </message>
    <message>
        <source>missing number</source>
        <translation>nombre manquant</translation>
    </message>
    <message>
        <source>unparseable number</source>
        <translation>nombre illisible</translation>
    </message>
    <message>
        <source>unparseable month</source>
        <translation>mois illisible</translation>
    </message>
    <message>
        <source>missing channel</source>
        <translation>canal manquant</translation>
    </message>
    <message>
        <source>score out of range (0 to 10)</source>
        <translation>note hors limites (0 à 10)</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; nothing was imported.</source>
        <translation>Le disque de l’espace de travail est plein&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the quote opened on line %1 in column %2 never closes; the row was skipped</source>
        <translation>le guillemet ouvert à la ligne %1 dans la colonne %2 n’est jamais fermé&#xa0;; la ligne a été ignorée</translation>
    </message>
    <message>
        <source>text after the closing quote in column %1 on line %2</source>
        <translation>texte après le guillemet fermant dans la colonne %1 à la ligne %2</translation>
    </message>
    <message>
        <source>date before %1 (the earliest accepted; see --min-date)</source>
        <translation>date antérieure au %1 (la plus ancienne acceptée&#xa0;; voir --min-date)</translation>
    </message>
    <message>
        <source>date after %1 (the latest accepted; see --max-date)</source>
        <translation>date postérieure au %1 (la plus récente acceptée&#xa0;; voir --max-date)</translation>
    </message>
    <message>
        <source>two-digit year is ambiguous (give the date format, e.g. --date-format d/M/yyyy)</source>
        <translation>année à deux chiffres ambiguë (indiquez le format de date, par ex. --date-format d/M/yyyy)</translation>
    </message>
    <message>
        <source>negative acquisition cost</source>
        <translation>coût d’acquisition négatif</translation>
    </message>
    <message>
        <source>negative marketing spend</source>
        <translation>dépenses marketing négatives</translation>
    </message>
    <message>
        <source>order id %1 already belongs to customer %2 on %3</source>
        <translation>le numéro de commande %1 appartient déjà au client %2 le %3</translation>
    </message>
    <message>
        <source>order id %1 was imported before without a line of this amount and time</source>
        <translation>le numéro de commande %1 a déjà été importé sans ligne de ce montant à cette date et heure</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
</context>
<context>
    <name>lodestar::CohortTableModel</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Trimestre %1</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Rétention du chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>Chiffre d’affaires cumulé par client</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Rétention des clients</translation>
    </message>
</context>
<context>
    <name>lodestar::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Achats attendus</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
</context>
<context>
    <name>lodestar::ImportListModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
</context>
<context>
    <name>lodestar::KpiTableModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Croissance du CA</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>CLV totale</translation>
    </message>
    <message>
        <source>CLV growth</source>
        <translation>Croissance de la CLV</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>Clients à risque</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Chiffre d’affaires à risque</translation>
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
        <translation>non évalué</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Evidence: %3</source>
        <translation>Point de départ&#xa0;: %1
Cible&#xa0;: %2
Justificatif&#xa0;: %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>Computed from the data for %1</source>
        <translation>Calculé à partir des données pour %1</translation>
    </message>
    <message>
        <source>Entered for %1</source>
        <translation>Saisi pour %1</translation>
    </message>
    <message>
        <source>no period yet</source>
        <translation>aucune période pour l’instant</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>From (transactional)</source>
        <translation>De (transactionnel)</translation>
    </message>
    <message>
        <source>Level: current → target</source>
        <translation>Niveau&#xa0;: actuel → cible</translation>
    </message>
    <message>
        <source>To (CLV-centric culture)</source>
        <translation>À (culture CLV)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Primary KPI</source>
        <translation>Indicateur principal</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valeur de l’indicateur</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
</context>
<context>
    <name>lodestar::ParameterTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur type</translation>
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
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>CLV totale</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>Part de la CLV</translation>
    </message>
    <message>
        <source>Avg. P(alive)</source>
        <translation>P(actif) moy.</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Délai de récupération (mois)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::AnalysisController</name>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Reloading the workspace…</source>
        <translation>Rechargement de l’espace de travail…</translation>
    </message>
    <message>
        <source>Valuing customers under the new definition…</source>
        <translation>Valorisation des clients selon la nouvelle définition…</translation>
    </message>
    <message>
        <source>Cancelled; the previous analysis is still shown.</source>
        <translation>Annulé&#xa0;; l’analyse précédente reste affichée.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::AnalysisStatus</name>
    <message>
        <source>Computation progress</source>
        <translation>Progression du calcul</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation>aucune transaction</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ArmEditor</name>
    <message>
        <source>Customers matching</source>
        <translation>Clients correspondant à</translation>
    </message>
    <message>
        <source>Customers listed in a file (first column: customer id)</source>
        <translation>Clients listés dans un fichier (première colonne&#xa0;: identifiant client)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Formule&#xa0;:</translation>
    </message>
    <message>
        <source>CLV tier:</source>
        <translation>Niveau de CLV&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Customer list file</source>
        <translation>Fichier de liste de clients</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Liste de clients</translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Fichiers texte ou CSV (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file that lists customer ids.</source>
        <translation>Choisissez un fichier qui liste des identifiants clients.</translation>
    </message>
    <message>
        <source>Choose at least one attribute: all customers is no comparison.</source>
        <translation>Choisissez au moins un attribut&#xa0;: tous les clients ne forment pas une comparaison.</translation>
    </message>
    <message>
        <source>No customer of this workspace is selected.</source>
        <translation>Aucun client de cet espace de travail n’est sélectionné.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) selected</source>
        <translation>
            <numerusform>%n client sélectionné</numerusform>
            <numerusform>%n clients sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::BusyOverlay</name>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CohortsView</name>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Trimestre %1</translation>
    </message>
    <message>
        <source>Click a cohort to add it to or remove it from the curves below</source>
        <translation>Cliquez sur une cohorte pour l’ajouter aux courbes ci-dessous ou l’en retirer</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Click cohorts in the heatmap to compare their curves.</source>
        <translation>Cliquez sur des cohortes dans la carte de chaleur pour comparer leurs courbes.</translation>
    </message>
    <message>
        <source>%1 by acquisition cohort</source>
        <translation>%1 par cohorte d’acquisition</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Months since acquisition</source>
        <translation>Mois depuis l’acquisition</translation>
    </message>
    <message>
        <source>Quarters since acquisition</source>
        <translation>Trimestres depuis l’acquisition</translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation>%1 (projeté)</translation>
    </message>
    <message>
        <source>%1: selected cohorts</source>
        <translation>%1&#xa0;: cohortes sélectionnées</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Per customer (%1)</source>
        <translation>Par client (%1)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) acquired</source>
        <translation>
            <numerusform>%n client acquis</numerusform>
            <numerusform>%n clients acquis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Connexion à PostgreSQL</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>si vide, lu dans PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>The schema that holds Lodestar&apos;s tables; one database can hold several workspaces</source>
        <translation>Le schéma qui contient les tables de Lodestar&#xa0;; une base de données peut contenir plusieurs espaces de travail</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schéma&#xa0;:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Mode SS&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
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
        <translation>Score / niveau</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Achats attendus</translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation>Chiffre d’affaires à ce jour</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Historique des achats</translation>
    </message>
    <message>
        <source>P(alive) over time</source>
        <translation>P(actif) au fil du temps</translation>
    </message>
    <message>
        <source>P(alive) (%)</source>
        <translation>P(actif) (%)</translation>
    </message>
    <message>
        <source>Select a customer to see their history</source>
        <translation>Sélectionnez un client pour voir son historique</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>Dépenses cumulées</translation>
    </message>
    <message>
        <source>Cumulative spend (%1)</source>
        <translation>Dépenses cumulées (%1)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search customer id, tier, segment, channel, region or plan</source>
        <translation>Rechercher un identifiant client, un niveau, un segment, un canal, une région ou une formule</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Show all segments</source>
        <translation>Afficher tous les segments</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::DefinitionView</name>
    <message>
        <source>&amp;Apply and recompute</source>
        <translation>&amp;Appliquer et recalculer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>BG/NBD + Gamma-Gamma (predictive)</source>
        <translation>BG/NBD + Gamma-Gamma (prédictive)</translation>
    </message>
    <message>
        <source>Pareto/NBD + Gamma-Gamma (predictive)</source>
        <translation>Pareto/NBD + Gamma-Gamma (prédictive)</translation>
    </message>
    <message>
        <source>Historic (realised margin)</source>
        <translation>Historique (marge réalisée)</translation>
    </message>
    <message>
        <source>Simple formula (margin × retention)</source>
        <translation>Formule simple (marge × rétention)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Definition in plain language</source>
        <translation>Définition en langage clair</translation>
    </message>
    <message>
        <source>How Lodestar values a customer</source>
        <translation>Comment Lodestar valorise un client</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon&#xa0;:</translation>
    </message>
    <message>
        <source>Annual &amp;discount rate:</source>
        <translation>Taux d’&amp;actualisation annuel&#xa0;:</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>&amp;Marge brute&#xa0;:</translation>
    </message>
    <message>
        <source>Model &amp;time unit:</source>
        <translation>&amp;Unité de temps du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>At risk when P(alive) &amp;below:</source>
        <translation>À risque si P(actif) est &amp;inférieur à&#xa0;:</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>CLV amount</source>
        <translation>Montant de CLV</translation>
    </message>
    <message>
        <source>Tiers &amp;cut by:</source>
        <translation>Niveaux dé&amp;coupés par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;High tier: CLV at least</source>
        <translation>Niveau é&amp;levé&#xa0;: CLV d’au moins</translation>
    </message>
    <message>
        <source>M&amp;edium tier: CLV at least</source>
        <translation>Niveau m&amp;oyen&#xa0;: CLV d’au moins</translation>
    </message>
    <message>
        <source>Gross margin per plan or channel (a plan&apos;s margin wins)</source>
        <translation>Marge brute par formule ou canal (la marge de la formule l’emporte)</translation>
    </message>
    <message>
        <source>&amp;High tier: top share of customers by CLV</source>
        <translation>Niveau é&amp;levé&#xa0;: part supérieure des clients par CLV</translation>
    </message>
    <message>
        <source>M&amp;edium tier: next share of customers</source>
        <translation>Niveau m&amp;oyen&#xa0;: part suivante des clients</translation>
    </message>
    <message>
        <source>MBG/NBD + Gamma-Gamma (predictive; one-time buyers can be lost)</source>
        <translation>MBG/NBD + Gamma-Gamma (prédictive&#xa0;; les clients à achat unique peuvent être perdus)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::DemoWorkspace</name>
    <message>
        <source>Cannot start the demo generator: %1</source>
        <translation>Impossible de lancer le générateur de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo workspace could not be created%1</source>
        <translation>L’espace de travail de démonstration n’a pas pu être créé%1</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::EmptyWorkspacePage</name>
    <message>
        <source>This workspace has no transactions yet</source>
        <translation>Cet espace de travail ne contient encore aucune transaction</translation>
    </message>
    <message>
        <source>Import a CSV file of transactions (customer, date, amount) to see customer lifetime value, segments and cohorts. Customers, marketing spend and NPS files are optional and add channels, regions, plans and LTV:CAC.</source>
        <translation>Importez un fichier CSV de transactions (client, date, montant) pour voir la valeur vie client, les segments et les cohortes. Les fichiers de clients, de dépenses marketing et NPS sont facultatifs et ajoutent canaux, régions, formules et LTV:CAC.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ExperimentDialog</name>
    <message>
        <source>Treatment: the customers the initiative reached</source>
        <translation>Test&#xa0;: les clients que l’initiative a touchés</translation>
    </message>
    <message>
        <source>Control: comparable customers it did not reach</source>
        <translation>Témoin&#xa0;: des clients comparables qu’elle n’a pas touchés</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Nouvelle expérience</translation>
    </message>
    <message>
        <source>What the treatment should change, and why it should last</source>
        <translation>Ce que le test doit changer, et pourquoi l’effet doit durer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothèse&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Give the experiment a name.</source>
        <translation>Donnez un nom à l’expérience.</translation>
    </message>
    <message>
        <source>There is already an experiment called %1.</source>
        <translation>Une expérience nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>Test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>Témoin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Treatment and control select the same customers.</source>
        <translation>Les groupes test et témoin sélectionnent les mêmes clients.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ExperimentsPanel</name>
    <message>
        <source>New experiment…</source>
        <translation>Nouvelle expérience…</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>Supprimer l’expérience</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>Delete an experiment</source>
        <translation>Supprimer une expérience</translation>
    </message>
    <message>
        <source>Delete the experiment %1 and its customer lists? This cannot be undone.</source>
        <translation>Supprimer l’expérience %1 et ses listes de clients&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::FilterBar</name>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Formule&#xa0;:</translation>
    </message>
    <message>
        <source>Tie&amp;r:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>No %1 in the data: import a customers file with them to filter by them.</source>
        <translation>Pas de %1 dans les données&#xa0;: importez un fichier de clients qui en contient pour pouvoir filtrer dessus.</translation>
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
        <translation>Ajouter un objectif d’équipe</translation>
    </message>
    <message>
        <source>%1 — drives %2</source>
        <translation>%1 — agit sur %2</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Target (shares as fractions):</source>
        <translation>Cible (parts en fraction décimale)&#xa0;:</translation>
    </message>
    <message>
        <source>Actual (entered measures):</source>
        <translation>Réel (mesures saisies)&#xa0;:</translation>
    </message>
    <message>
        <source>Edit a team goal</source>
        <translation>Modifier un objectif d’équipe</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GoalsPanel</name>
    <message>
        <source>Team goals on the drivers of CLV</source>
        <translation>Objectifs d’équipe sur les leviers de la CLV</translation>
    </message>
    <message>
        <source>Team goals</source>
        <translation>Objectifs d’équipe</translation>
    </message>
    <message>
        <source>Add team…</source>
        <translation>Ajouter une équipe…</translation>
    </message>
    <message>
        <source>Rename team…</source>
        <translation>Renommer l’équipe…</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Modifier l’objectif…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removes the selected goal, or the selected team with its goals</source>
        <translation>Supprime l’objectif sélectionné, ou l’équipe sélectionnée avec ses objectifs</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nom de l’équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Rename a team</source>
        <translation>Renommer une équipe</translation>
    </message>
    <message numerus="yes">
        <source>Remove the team %1 and its %n goal(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l’équipe %1 et son %n objectif&#xa0;? Annuler les rétablit.</numerusform>
            <numerusform>Supprimer l’équipe %1 et ses %n objectifs&#xa0;? Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a team</source>
        <translation>Supprimer une équipe</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GoalsView</name>
    <message>
        <source>Balanced scorecard</source>
        <translation>Tableau de bord prospectif</translation>
    </message>
    <message>
        <source>Net value per channel</source>
        <translation>Valeur nette par canal</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>Balanced scorecard (trailing quarters)</source>
        <translation>Tableau de bord prospectif (trimestres glissants)</translation>
    </message>
    <message>
        <source>Goals &amp; guardrails</source>
        <translation>Objectifs et garde-fous</translation>
    </message>
    <message>
        <source>Guardrail thresholds</source>
        <translation>Seuils des garde-fous</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::GuardrailBanner</name>
    <message>
        <source>Guardrail warnings</source>
        <translation>Alertes garde-fous</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n guardrail warning(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n alerte garde-fou&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n alertes garde-fous&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more on the Goals &amp; guardrails page.</source>
        <translation>… et %1 de plus sur la page «&#xa0;Objectifs et garde-fous&#xa0;».</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::HelpDialog</name>
    <message>
        <source>Lodestar Help</source>
        <translation>Aide de Lodestar</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Ce que signifient les chiffres</translation>
    </message>
    <message>
        <source>This workspace&apos;s CLV definition: %1</source>
        <translation>Définition de la CLV de cet espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Customer lifetime value: the margin a customer is expected to bring over the horizon, discounted, as the Definition view sets it.</source>
        <translation>Valeur vie client&#xa0;: la marge qu’un client devrait rapporter sur l’horizon, actualisée, telle que la fixe la vue Définition.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Customers ranked by CLV. Cut by share, High is the top share of customers, not of CLV; the Segments view shows how much of the CLV each tier holds.</source>
        <translation>Clients classés par CLV. En découpage par part, Élevé est la part supérieure des clients, et non de la CLV&#xa0;; la vue Segments montre quelle part de la CLV chaque niveau détient.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>The share of the previous period&apos;s active customers who bought again in the period.</source>
        <translation>La part des clients actifs de la période précédente qui ont de nouveau acheté dans la période.</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Average CLV of the customers acquired in a period divided by what acquiring one cost. It needs marketing spend or acquisition costs; 3:1 or more pays back the spend.</source>
        <translation>CLV moyenne des clients acquis au cours d’une période, divisée par le coût d’acquisition d’un client. Nécessite des dépenses marketing ou des coûts d’acquisition&#xa0;; à partir de 3:1, les dépenses sont rentabilisées.</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Chiffre d’affaires à risque</translation>
    </message>
    <message>
        <source>Revenue from customers whose probability of still being active has fallen below the at-risk threshold.</source>
        <translation>Chiffre d’affaires des clients dont la probabilité d’être encore actifs est passée sous le seuil de risque.</translation>
    </message>
    <message>
        <source>vs prev.</source>
        <translation>vs préc.</translation>
    </message>
    <message>
        <source>The change against the period before the one shown, of the same length.</source>
        <translation>La variation par rapport à la période de même durée précédant celle affichée.</translation>
    </message>
    <message>
        <source>Working the window</source>
        <translation>Utiliser la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 switch views; the sidebar takes the arrow keys.</source>
        <translation>Ctrl+1 … Ctrl+9 changent de vue&#xa0;; la barre latérale se pilote avec les touches fléchées.</translation>
    </message>
    <message>
        <source>Ctrl+I imports CSV files; Ctrl+R resets the filters; Esc cancels a computation.</source>
        <translation>Ctrl+I importe des fichiers CSV&#xa0;; Ctrl+R réinitialise les filtres&#xa0;; Échap annule un calcul.</translation>
    </message>
    <message>
        <source>Hover a chart for exact values; click a legend entry to hide its series.</source>
        <translation>Survolez un graphique pour voir les valeurs exactes&#xa0;; cliquez sur une entrée de la légende pour masquer sa série.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportFilesPage</name>
    <message>
        <source>customer id, date and amount per purchase</source>
        <translation>identifiant client, date et montant par achat</translation>
    </message>
    <message>
        <source>optional: sign-up date, channel, region, plan</source>
        <translation>facultatif&#xa0;: date d’inscription, canal, région, formule</translation>
    </message>
    <message>
        <source>optional: month, channel and amount spent</source>
        <translation>facultatif&#xa0;: mois, canal et montant dépensé</translation>
    </message>
    <message>
        <source>optional: customer id, date and score</source>
        <translation>facultatif&#xa0;: identifiant client, date et note</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Choisir les fichiers</translation>
    </message>
    <message>
        <source>Transactions are the heart of a workspace; customers, marketing spend and NPS files add detail. Each file gets its own column page.</source>
        <translation>Les transactions sont le cœur d’un espace de travail&#xa0;; les fichiers de clients, de dépenses marketing et NPS ajoutent du détail. Chaque fichier a sa propre page de colonnes.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>Rechercher le fichier %1</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the %1 file</source>
        <translation>Choisir le fichier %1</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Choisissez au moins un fichier à importer.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportMappingPage</name>
    <message>
        <source>%1: preview and columns</source>
        <translation>%1&#xa0;: aperçu et colonnes</translation>
    </message>
    <message>
        <source>Check the first rows and which column holds which field. Lodestar guessed from the header.</source>
        <translation>Vérifiez les premières lignes et quelle colonne contient quel champ. Lodestar a deviné à partir de l’en-tête.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Detect from the data</source>
        <translation>Détecter à partir des données</translation>
    </message>
    <message>
        <source>Day first (d/M/yyyy)</source>
        <translation>Jour d’abord (d/M/yyyy)</translation>
    </message>
    <message>
        <source>Month first (M/d/yyyy)</source>
        <translation>Mois d’abord (M/d/yyyy)</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Format de &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · format: %2 · first %n row(s) shown</source>
        <translation>
            <numerusform>%1 · format&#xa0;: %2 · première ligne affichée (%n)</numerusform>
            <numerusform>%1 · format&#xa0;: %2 · %n premières lignes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Import de %n fichier…</numerusform>
            <numerusform>Import de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): imported before; nothing was added.</source>
        <translation>%1 (%2)&#xa0;: déjà importé&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 imported, %5 rejected, %6 duplicates.</source>
        <translation>%1 (%2)&#xa0;: %3 lignes lues, %4 importées, %5 rejetées, %6 doublons.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’import a été annulé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The files listed above were imported before the cancel and stay imported.</source>
        <translation>Les fichiers listés ci-dessus ont été importés avant l’annulation et le restent.</translation>
    </message>
    <message>
        <source>Rejected rows are listed on the Imports page.</source>
        <translation>Les lignes rejetées sont listées sur la page Imports.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ImportsView</name>
    <message>
        <source>Past imports</source>
        <translation>Imports précédents</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Past imports, newest first. Select one to see the rows it rejected; File → Export (Ctrl+E) saves them as CSV.</source>
        <translation>Imports précédents, du plus récent au plus ancien. Sélectionnez-en un pour voir les lignes rejetées&#xa0;; Fichier → Exporter (Ctrl+E) les enregistre au format CSV.</translation>
    </message>
    <message>
        <source>Select an import to see its rejected rows.</source>
        <translation>Sélectionnez un import pour voir ses lignes rejetées.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rejected row(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne rejetée</numerusform>
            <numerusform>%1&#xa0;: %n lignes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a workspace before importing.</source>
        <translation>Ouvrez ou créez un espace de travail avant d’importer.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MainActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create an empty workspace</source>
        <translation>Créer un espace de travail vide</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import transactions, customers, spend or NPS from a CSV file</source>
        <translation>Importer des transactions, des clients, des dépenses ou des NPS depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Exporter le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the current view&apos;s table as CSV</source>
        <translation>Enregistrer le tableau de la vue actuelle au format CSV</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the current view&apos;s chart as a PNG image</source>
        <translation>Enregistrer le graphique de la vue actuelle comme image PNG</translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation>&amp;Recharger l’espace de travail</translation>
    </message>
    <message>
        <source>Read the workspace again and recompute</source>
        <translation>Relire l’espace de travail et recalculer</translation>
    </message>
    <message>
        <source>&amp;Cancel Computation</source>
        <translation>&amp;Annuler le calcul</translation>
    </message>
    <message>
        <source>Stop the running computation</source>
        <translation>Arrêter le calcul en cours</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Lodestar</source>
        <translation>À &amp;propos de Lodestar</translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show all dates, channels, regions, plans and tiers</source>
        <translation>Afficher toutes les dates, tous les canaux, régions, formules et niveaux</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Lodestar &amp;Help</source>
        <translation>&amp;Aide de Lodestar</translation>
    </message>
    <message>
        <source>What the figures mean and how to work the window</source>
        <translation>Ce que signifient les chiffres et comment utiliser la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Se connecter à &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open or create a workspace in a PostgreSQL database</source>
        <translation>Ouvrir ou créer un espace de travail dans une base de données PostgreSQL</translation>
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
        <translation>Il n’y a pas d’espace de travail à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 — Lodestar</source>
        <translation>%1 — Lodestar</translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation>Cette vue n’a pas de tableau à exporter.</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>Cette vue n’a pas de graphique à exporter.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>About Lodestar</source>
        <translation>À propos de Lodestar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;Customer lifetime value as the north-star KPI.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;La valeur vie client comme indicateur clé.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Generating the demo company…</source>
        <translation>Génération de l’entreprise de démonstration…</translation>
    </message>
    <message>
        <source>Applying the filter…</source>
        <translation>Application du filtre…</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MarginOverridesEditor</name>
    <message>
        <source>Add mar&amp;gin</source>
        <translation>Ajouter une mar&amp;ge</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Plan or channel</source>
        <translation>Formule ou canal</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Gross margin per plan or channel</source>
        <translation>Marge brute par formule ou canal</translation>
    </message>
    <message>
        <source>Every margin row needs the name of a plan or channel.</source>
        <translation>Chaque ligne de marge doit nommer une formule ou un canal.</translation>
    </message>
    <message>
        <source>The plan %1 has more than one margin.</source>
        <translation>La formule %1 a plus d’une marge.</translation>
    </message>
    <message>
        <source>The channel %1 has more than one margin.</source>
        <translation>Le canal %1 a plus d’une marge.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MatrixView</name>
    <message>
        <source>CLV maturity matrix</source>
        <translation>Matrice de maturité CLV</translation>
    </message>
    <message>
        <source>Maturity level by quarter</source>
        <translation>Niveau de maturité par trimestre</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>&lt;b&gt;CLV maturity matrix&lt;/b&gt; — self-assessment per quarter; double-click a level, target, owner, evidence or entered KPI to change it</source>
        <translation>&lt;b&gt;Matrice de maturité CLV&lt;/b&gt; — auto-évaluation par trimestre&#xa0;; double-cliquez sur un niveau, une cible, un responsable, un justificatif ou un indicateur saisi pour le modifier</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Average level %1 · average gap %2</source>
        <translation>Niveau moyen %1 · écart moyen %2</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Matrice de maturité</translation>
    </message>
    <message>
        <source>Level (1ĵ)</source>
        <translation>Niveau (1–5)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
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
        <translation>jours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>Model warning</source>
        <translation>Avertissement du modèle</translation>
    </message>
    <message>
        <source>Fitted parameters</source>
        <translation>Paramètres ajustés</translation>
    </message>
    <message>
        <source>Repeat purchases per month: actual vs predicted</source>
        <translation>Achats répétés par mois&#xa0;: réels vs prévus</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Achats répétés</translation>
    </message>
    <message>
        <source>%1: log-likelihood %2 over %3 customers, %4.</source>
        <translation>%1&#xa0;: log-vraisemblance %2 sur %3 clients, %4.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <source>did not converge</source>
        <translation>non convergé</translation>
    </message>
    <message>
        <source>The %1 method fits no probabilistic model.</source>
        <translation>La méthode %1 n’ajuste aucun modèle probabiliste.</translation>
    </message>
    <message>
        <source>No valuation yet.</source>
        <translation>Aucune valorisation pour l’instant.</translation>
    </message>
    <message>
        <source>Time unit: %1. Calibration ends %2.</source>
        <translation>Unité de temps&#xa0;: %1. La calibration se termine le %2.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge: treat its CLV figures with caution.</source>
        <translation>L’ajustement %1 n’a pas convergé&#xa0;: considérez ses chiffres de CLV avec prudence.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Repeat purchases per month: actual vs predicted (calibration ends %1)</source>
        <translation>Achats répétés par mois&#xa0;: réels vs prévus (la calibration se termine le %1)</translation>
    </message>
    <message>
        <source>P(alive) by frequency and recency, for a customer first seen %1 %2 ago</source>
        <translation>P(actif) selon la fréquence et la récence, pour un client vu pour la première fois il y a %1 %2</translation>
    </message>
    <message>
        <source>Recency: %1 from first purchase to last</source>
        <translation>Récence&#xa0;: %1 du premier au dernier achat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::Navigator</name>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
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
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>Segment mix: share of customers vs share of CLV</source>
        <translation>Répartition des segments&#xa0;: part des clients vs part de la CLV</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>KPIs per period</source>
        <translation>KPI par période</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <source>Average CLV by %1</source>
        <translation>CLV moyenne par %1</translation>
    </message>
    <message>
        <source>Average CLV (%1)</source>
        <translation>CLV moyenne (%1)</translation>
    </message>
    <message>
        <source>CLV growth vs revenue growth, per %1</source>
        <translation>Croissance de la CLV vs croissance du CA, par %1</translation>
    </message>
    <message>
        <source>CLV growth</source>
        <translation>Croissance de la CLV</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Croissance du CA</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>Part de la CLV</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>(no value for %1: too little data to fit at the period end)</source>
        <translation>(pas de valeur pour %1&#xa0;: trop peu de données pour l’ajustement en fin de période)</translation>
    </message>
    <message>
        <source>Import marketing spend to see it</source>
        <translation>Importez des dépenses marketing pour l’afficher</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Growth (%)</source>
        <translation>Croissance (%)</translation>
    </message>
    <message>
        <source>(none before %1: too little data to fit)</source>
        <translation>(aucune avant %1&#xa0;: trop peu de données pour l’ajustement)</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::Scorecard</name>
    <message>
        <source>no previous period</source>
        <translation>pas de période précédente</translation>
    </message>
    <message>
        <source>%1 vs prev.</source>
        <translation>%1 vs préc.</translation>
    </message>
    <message>
        <source>%1 in %2: %3
Previous period: %4
Change: %5</source>
        <translation>%1 en %2&#xa0;: %3
Période précédente&#xa0;: %4
Évolution&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::SegmentsView</name>
    <message>
        <source>Double-click a segment to see its customers</source>
        <translation>Double-cliquez sur un segment pour voir ses clients</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>&amp;Group customers by:</source>
        <translation>&amp;Regrouper les clients par&#xa0;:</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>Part de la CLV</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by RFM segment</source>
        <translation>Part de la CLV vs part des clients par segment RFM</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by channel</source>
        <translation>Part de la CLV vs part des clients par canal</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by region</source>
        <translation>Part de la CLV vs part des clients par région</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by plan</source>
        <translation>Part de la CLV vs part des clients par formule</translation>
    </message>
    <message>
        <source>Share of CLV vs share of customers by tier</source>
        <translation>Part de la CLV vs part des clients par niveau</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::ThresholdsPanel</name>
    <message>
        <source>What counts as growth bought at the expense of lifetime value differs per business. A change applies at once to the warnings here and on the Overview, and to the command line and the report.</source>
        <translation>Ce qui compte comme une croissance achetée aux dépens de la valeur client dépend de chaque activité. Une modification s’applique aussitôt aux alertes ici et dans la Vue d’ensemble, ainsi qu’à la ligne de commande et au rapport.</translation>
    </message>
    <message>
        <source>Lowest LTV:CAC of a channel:</source>
        <translation>LTV:CAC minimal d’un canal&#xa0;:</translation>
    </message>
    <message>
        <source>Longest CAC payback (months):</source>
        <translation>Délai de récupération du CAC maximal (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>Discount rise that warns:</source>
        <translation>Hausse des remises qui alerte&#xa0;:</translation>
    </message>
    <message>
        <source>…together with a gross-margin fall of:</source>
        <translation>… avec une baisse de la marge brute de&#xa0;:</translation>
    </message>
    <message>
        <source>Quarter revenue rise that counts as an expansion:</source>
        <translation>Hausse du chiffre d’affaires trimestriel qui compte comme une expansion&#xa0;:</translation>
    </message>
    <message>
        <source>Churn or refunds after an expansion, times the usual rate:</source>
        <translation>Attrition ou remboursements après une expansion, en multiple du taux habituel&#xa0;:</translation>
    </message>
    <message>
        <source>Fewest expanded customers to judge:</source>
        <translation>Nombre minimal de clients en expansion pour juger&#xa0;:</translation>
    </message>
    <message>
        <source>Cohort retention drop that warns:</source>
        <translation>Baisse de rétention des cohortes qui alerte&#xa0;:</translation>
    </message>
    <message>
        <source>Cohorts compared:</source>
        <translation>Cohortes comparées&#xa0;:</translation>
    </message>
    <message>
        <source>Rolling window (quarters):</source>
        <translation>Fenêtre glissante (trimestres)&#xa0;:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::WelcomePage</name>
    <message>
        <source>Explore the &amp;demo company</source>
        <translation>Explorer l’entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <source>Welcome to Lodestar</source>
        <translation>Bienvenue dans Lodestar</translation>
    </message>
    <message>
        <source>Lodestar makes customer lifetime value the number your team steers by. Start with the demo company (5,000 customers, 2023–2025), or open your own workspace.</source>
        <translation>Lodestar fait de la valeur vie client le cap que suit votre équipe. Commencez avec l’entreprise de démonstration (5 000 clients, 2023–2025) ou ouvrez votre propre espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;New empty workspace…</source>
        <translation>&amp;Nouvel espace de travail vide…</translation>
    </message>
    <message>
        <source>Generating the demo company… this takes a few seconds.</source>
        <translation>Génération de l’entreprise de démonstration… cela prend quelques secondes.</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::BarChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::ChartWidget</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::LineChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::charts::ZoomableChartView</name>
    <message>
        <source>Wheel or drag to zoom, arrow keys or middle button to pan, double-click to reset</source>
        <translation>Molette ou glisser pour zoomer, touches fléchées ou bouton du milieu pour se déplacer, double-clic pour réinitialiser</translation>
    </message>
</context>
<context>
    <name>lodestar::ui::report::ExportReportDialog</name>
    <message>
        <source>Export QBR Report</source>
        <translation>Exporter le rapport QBR</translation>
    </message>
    <message>
        <source>Latest complete quarter</source>
        <translation>Dernier trimestre complet</translation>
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
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections&#xa0;:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), all customers.</source>
        <translation>
            <numerusform>%n page, tous les clients.</numerusform>
            <numerusform>%n pages, tous les clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); filters applied: %1.</source>
        <translation>
            <numerusform>%n page&#xa0;; filtres appliqués&#xa0;: %1.</numerusform>
            <numerusform>%n pages&#xa0;; filtres appliqués&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>QBR %1.pdf</source>
        <translation>QBR %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>QBR Report (PDF)…</source>
        <translation>Rapport QBR (PDF)…</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>The latest complete period.</source>
        <translation>La dernière période complète.</translation>
    </message>
    <message>
        <source>Mean over the scorecard&apos;s trailing window of complete quarters.</source>
        <translation>Moyenne sur la fenêtre glissante de trimestres complets du tableau de bord.</translation>
    </message>
    <message>
        <source>Customers acquired up to the data end.</source>
        <translation>Clients acquis jusqu’à la fin des données.</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <source>Total CLV of the customers acquired by the period&apos;s end ÷ those of them with a CLV.</source>
        <translation>CLV totale des clients acquis à la fin de la période ÷ le nombre d’entre eux ayant une CLV.</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>CLV totale</translation>
    </message>
    <message>
        <source>Sum of the CLV of every customer acquired by the period&apos;s end, under the CLV definition.</source>
        <translation>Somme de la CLV de tous les clients acquis à la fin de la période, selon la définition de la CLV.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Net revenue of the period&apos;s transactions; refunds subtract.</source>
        <translation>Chiffre d’affaires net des transactions de la période&#xa0;; les remboursements sont déduits.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Customers with at least one purchase in the period.</source>
        <translation>Clients ayant au moins un achat dans la période.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Share of the previous period&apos;s active customers who are active again in the period.</source>
        <translation>Part des clients actifs de la période précédente qui sont de nouveau actifs dans la période.</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>Average CLV ÷ average acquisition cost (CAC) of the customers who have both a CLV and a known acquisition cost, acquired by the period&apos;s end (channel tables: by the data end).</source>
        <translation>CLV moyenne ÷ coût d’acquisition moyen (CAC) des clients ayant à la fois une CLV et un coût d’acquisition connu, acquis à la fin de la période (tableaux par canal&#xa0;: à la fin des données).</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Chiffre d’affaires à risque</translation>
    </message>
    <message>
        <source>Revenue of the 12 months to the period&apos;s end from customers whose probability of being alive is now below the threshold.</source>
        <translation>Chiffre d’affaires des 12 mois jusqu’à la fin de la période des clients dont la probabilité d’être encore actifs est désormais sous le seuil.</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Croissance du CA</translation>
    </message>
    <message>
        <source>Net revenue of the trailing window ÷ net revenue of the window before, minus one.</source>
        <translation>Chiffre d’affaires net de la fenêtre glissante ÷ celui de la fenêtre précédente, moins un.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>(Sales − cost) ÷ sales over the transactions with a known cost.</source>
        <translation>(Ventes − coût) ÷ ventes sur les transactions dont le coût est connu.</translation>
    </message>
    <message>
        <source>The quarterly average CLV (as on the overview) averaged over the quarters of the window; the target is to hold the window before.</source>
        <translation>La CLV moyenne trimestrielle (comme dans la vue d’ensemble), moyennée sur les trimestres de la fenêtre&#xa0;; l’objectif est de tenir la fenêtre précédente.</translation>
    </message>
    <message>
        <source>Average CLV growth</source>
        <translation>Croissance CLV moyenne</translation>
    </message>
    <message>
        <source>Mean average CLV of the trailing window ÷ that of the window before, minus one.</source>
        <translation>CLV moyenne de la fenêtre glissante ÷ celle de la fenêtre précédente, moins un.</translation>
    </message>
    <message>
        <source>Upsell / expansion rate</source>
        <translation>Upsell / expansion</translation>
    </message>
    <message>
        <source>Of the customers active in a quarter and the one before, the share who spent more by the expansion threshold.</source>
        <translation>Parmi les clients actifs sur un trimestre et le précédent, la part qui a dépensé plus, au-delà du seuil d’expansion.</translation>
    </message>
    <message>
        <source>Retention of newest cohorts</source>
        <translation>Rétention cohortes récentes</translation>
    </message>
    <message>
        <source>Share of a quarter&apos;s new customers who buy again in the next quarter.</source>
        <translation>Part des nouveaux clients d’un trimestre qui achètent de nouveau au trimestre suivant.</translation>
    </message>
    <message>
        <source>First-period churn</source>
        <translation>Attrition 1re période</translation>
    </message>
    <message>
        <source>Share of a quarter&apos;s new customers who do not buy in the next quarter.</source>
        <translation>Part des nouveaux clients d’un trimestre qui n’achètent pas au trimestre suivant.</translation>
    </message>
    <message>
        <source>Activation (second purchase in 90 days)</source>
        <translation>Activation (2e achat ≤ 90 j)</translation>
    </message>
    <message>
        <source>Share of a quarter&apos;s new customers who buy again within 90 days of their first purchase.</source>
        <translation>Part des nouveaux clients d’un trimestre qui achètent de nouveau dans les 90 jours suivant leur premier achat.</translation>
    </message>
    <message>
        <source>Days to second purchase (median)</source>
        <translation>Jours avant 2e achat (méd.)</translation>
    </message>
    <message>
        <source>Median days from a new customer&apos;s first purchase to their second.</source>
        <translation>Nombre médian de jours entre le premier et le deuxième achat d’un nouveau client.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Percentage of promoters (9–10) minus percentage of detractors (0–6) among survey answers.</source>
        <translation>Pourcentage de promoteurs (9–10) moins pourcentage de détracteurs (0–6) parmi les réponses à l’enquête.</translation>
    </message>
    <message>
        <source>Satisfaction (mean score)</source>
        <translation>Satisfaction (note moy.)</translation>
    </message>
    <message>
        <source>Mean satisfaction score (0–10) of the survey answers.</source>
        <translation>Note moyenne de satisfaction (0–10) des réponses à l’enquête.</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Average acquisition cost of the customers who have both a CLV and a known acquisition cost (the import&apos;s cost, else the channel&apos;s spend ÷ its customers).</source>
        <translation>Coût d’acquisition moyen des clients ayant à la fois une CLV et un coût d’acquisition connu (le coût importé, sinon les dépenses du canal ÷ ses clients).</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Délai de récupération (mois)</translation>
    </message>
    <message>
        <source>Months of gross margin it takes to earn the acquisition cost back: average CAC ÷ the gross margin earned per customer-month since first purchase, over the same customers as LTV:CAC.</source>
        <translation>Mois de marge brute nécessaires pour récupérer le coût d’acquisition&#xa0;: CAC moyen ÷ la marge brute gagnée par mois-client depuis le premier achat, sur les mêmes clients que le LTV:CAC.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>metric tooltip: name, formula, window</comment>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>no output file was given</source>
        <translation>aucun fichier de sortie n’a été donné</translation>
    </message>
    <message>
        <source>%1 is the workspace or one of its files; choose another output file</source>
        <translation>%1 est l’espace de travail ou l’un de ses fichiers&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); choose a file</source>
        <translation>%1 n’est pas un fichier ordinaire (périphérique, tube ou socket)&#xa0;; choisissez un fichier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Cannot write the output file: %1.</source>
        <translation>Impossible d’écrire le fichier de sortie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Average CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>CLV totale</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>At-risk revenue</source>
        <translation>Chiffre d’affaires à risque</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>In %1 average CLV grew %2 while revenue grew %3.</source>
        <translation>En %1, la CLV moyenne a progressé de %2 tandis que le chiffre d’affaires a progressé de %3.</translation>
    </message>
    <message>
        <source>In %1 average CLV grew %2 while revenue fell %3.</source>
        <translation>En %1, la CLV moyenne a progressé de %2 tandis que le chiffre d’affaires a baissé de %3.</translation>
    </message>
    <message>
        <source>In %1 average CLV fell %2 while revenue grew %3.</source>
        <translation>En %1, la CLV moyenne a baissé de %2 tandis que le chiffre d’affaires a progressé de %3.</translation>
    </message>
    <message>
        <source>In %1 average CLV fell %2 and revenue fell %3.</source>
        <translation>En %1, la CLV moyenne a baissé de %2 et le chiffre d’affaires de %3.</translation>
    </message>
    <message>
        <source>Customers are gaining value faster than sales are growing.</source>
        <translation>Les clients prennent de la valeur plus vite que les ventes ne progressent.</translation>
    </message>
    <message>
        <source>Sales are growing faster than the value of the customer base.</source>
        <translation>Les ventes progressent plus vite que la valeur de la base clients.</translation>
    </message>
    <message>
        <source>Retention rose from %1 to %2.</source>
        <translation>La rétention est passée de %1 à %2.</translation>
    </message>
    <message>
        <source>Retention fell from %1 to %2.</source>
        <translation>La rétention est tombée de %1 à %2.</translation>
    </message>
    <message>
        <source>Retention held at %1.</source>
        <translation>La rétention est restée à %1.</translation>
    </message>
    <message>
        <source>Every %1 spent on acquiring customers returns %2 in lifetime value.</source>
        <translation>Chaque tranche de %1 consacrée à l’acquisition de clients rapporte %2 en valeur vie client.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>Quarterly Business Review: Customer Lifetime Value</source>
        <translation>Revue trimestrielle d’activité&#xa0;: valeur vie client</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Préparé le %1</translation>
    </message>
    <message>
        <source>All customers (no filters applied).</source>
        <translation>Tous les clients (aucun filtre appliqué).</translation>
    </message>
    <message>
        <source>Filters applied: %1.</source>
        <translation>Filtres appliqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2025Q4.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un trimestre&#xa0;; écrivez-le sous la forme 2025Q4.</translation>
    </message>
    <message>
        <source>How we define Customer Lifetime Value</source>
        <translation>Comment nous définissons la valeur vie client</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>CLV and revenue trends</source>
        <translation>Évolution de la CLV et du chiffre d’affaires</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Culture, goals and guardrails</source>
        <translation>Culture, objectifs et garde-fous</translation>
    </message>
    <message>
        <source>Appendix: model and data quality</source>
        <translation>Annexe&#xa0;: modèle et qualité des données</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Our CLV definition</source>
        <translation>Notre définition de la CLV</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>dates %1 to %2</source>
        <translation>dates du %1 au %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>formule %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>Open a workspace with transactions before exporting a report.</source>
        <translation>Ouvrez un espace de travail contenant des transactions avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>BG/NBD (purchases)</source>
        <translation>BG/NBD (achats)</translation>
    </message>
    <message>
        <source>Pareto/NBD (purchases)</source>
        <translation>Pareto/NBD (achats)</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend)</source>
        <translation>Gamma-Gamma (dépenses)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur type</translation>
    </message>
    <message>
        <source>Fitted on %1 customers; log-likelihood %2 (%3 per customer); %4.</source>
        <translation>Ajusté sur %1 clients&#xa0;; log-vraisemblance %2 (%3 par client)&#xa0;; %4.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <source>did not converge</source>
        <translation>non convergé</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Transaction dates</source>
        <translation>Dates des transactions</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Customers in this report</source>
        <translation>Clients dans ce rapport</translation>
    </message>
    <message>
        <source>Model parameters and fit quality</source>
        <translation>Paramètres du modèle et qualité de l’ajustement</translation>
    </message>
    <message>
        <source>The definition&apos;s method fits no model: CLV is computed directly from the data.</source>
        <translation>La méthode de la définition n’ajuste aucun modèle&#xa0;: la CLV est calculée directement à partir des données.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Rejected rows were left out of every figure; the import log lists why.</source>
        <translation>Les lignes rejetées sont exclues de tous les chiffres&#xa0;; le journal d’import en indique les raisons.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>CLV share</source>
        <translation>Part de la CLV</translation>
    </message>
    <message>
        <source>What each acquisition channel&apos;s customers are worth against what they cost to acquire. Payback is the months of margin it takes to earn the acquisition cost back.</source>
        <translation>Ce que valent les clients de chaque canal d’acquisition au regard de leur coût d’acquisition. Le délai de récupération est le nombre de mois de marge nécessaires pour regagner ce coût.</translation>
    </message>
    <message>
        <source>Q+%1</source>
        <translation>T+%1</translation>
    </message>
    <message>
        <source>M+%1</source>
        <translation>M+%1</translation>
    </message>
    <message>
        <source>Share of each cohort buying again, by period since acquisition</source>
        <translation>Part de chaque cohorte qui achète à nouveau, selon le temps écoulé depuis l’acquisition</translation>
    </message>
    <message>
        <source>Quarters since acquisition</source>
        <translation>Trimestres depuis l’acquisition</translation>
    </message>
    <message>
        <source>Months since acquisition</source>
        <translation>Mois depuis l’acquisition</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Chiffre d’affaires cumulé par client et par cohorte</translation>
    </message>
    <message>
        <source>No acquisition cohorts in the data yet.</source>
        <translation>Aucune cohorte d’acquisition dans les données pour l’instant.</translation>
    </message>
    <message>
        <source>Customers grouped by the quarter of their first purchase. Each row follows one cohort; blank cells are periods that have not happened or are still running.</source>
        <translation>Clients regroupés selon le trimestre de leur premier achat. Chaque ligne suit une cohorte&#xa0;; les cellules vides correspondent à des périodes pas encore commencées ou encore en cours.</translation>
    </message>
    <message>
        <source>Balanced scorecard</source>
        <translation>Tableau de bord prospectif</translation>
    </message>
    <message>
        <source>Not enough complete quarters for a balanced scorecard yet.</source>
        <translation>Pas encore assez de trimestres complets pour un tableau de bord prospectif.</translation>
    </message>
    <message>
        <source>Financial results next to the customer indicators that lead them, over the trailing window %1.</source>
        <translation>Les résultats financiers à côté des indicateurs clients qui les annoncent, sur la fenêtre glissante %1.</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>CLV maturity matrix</source>
        <translation>Matrice de maturité CLV</translation>
    </message>
    <message>
        <source>No maturity self-assessment has been recorded yet.</source>
        <translation>Aucune auto-évaluation de maturité n’a encore été enregistrée.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Levels 1 (transactional) to 5 (CLV-centric culture) as assessed for %1; average level %2, average gap to target %3.</source>
        <translation>Niveaux 1 (transactionnel) à 5 (culture centrée sur la CLV), évalués pour %1&#xa0;; niveau moyen %2, écart moyen à la cible %3.</translation>
    </message>
    <message>
        <source>Team goals</source>
        <translation>Objectifs d’équipe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Levier de</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>No team goals are set for %1.</source>
        <translation>Aucun objectif d’équipe n’est fixé pour %1.</translation>
    </message>
    <message>
        <source>Guardrail warnings</source>
        <translation>Alertes garde-fous</translation>
    </message>
    <message>
        <source>No guardrail was crossed: growth is not being bought at the expense of lifetime value.</source>
        <translation>Aucun garde-fou n’a été franchi&#xa0;: la croissance n’est pas achetée aux dépens de la valeur vie client.</translation>
    </message>
    <message>
        <source>The balanced scorecard, maturity matrix, team goals and guardrails were not computed for this report.</source>
        <translation>Le tableau de bord prospectif, la matrice de maturité, les objectifs d’équipe et les garde-fous n’ont pas été calculés pour ce rapport.</translation>
    </message>
    <message>
        <source>Predictive: BG/NBD purchases × Gamma-Gamma spend</source>
        <translation>Prédictive&#xa0;: achats BG/NBD × dépenses Gamma-Gamma</translation>
    </message>
    <message>
        <source>Predictive: Pareto/NBD purchases × Gamma-Gamma spend</source>
        <translation>Prédictive&#xa0;: achats Pareto/NBD × dépenses Gamma-Gamma</translation>
    </message>
    <message>
        <source>Historic: realised margin to date, no prediction</source>
        <translation>Historique&#xa0;: marge réalisée à ce jour, sans prévision</translation>
    </message>
    <message>
        <source>Simple formula: yearly margin ÷ churn</source>
        <translation>Formule simple&#xa0;: marge annuelle ÷ attrition</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>(overridden for %1 plans and %2 channels)</source>
        <translation>(redéfini pour %1 formules et %2 canaux)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Taux d’actualisation</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>Model fitted on data up to</source>
        <translation>Modèle ajusté sur les données jusqu’au</translation>
    </message>
    <message>
        <source>Data range</source>
        <translation>Période des données</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Probability of still being a customer below %1</source>
        <translation>Probabilité d’être encore client inférieure à %1</translation>
    </message>
    <message>
        <source>Every figure in this report is computed under this one definition. Customer lifetime value is the margin we expect a customer to bring over the horizon, in today&apos;s money, not the revenue they brought so far.</source>
        <translation>Chaque chiffre de ce rapport est calculé selon cette seule définition. La valeur vie client est la marge qu’un client devrait apporter sur l’horizon, en valeur actuelle, et non le chiffre d’affaires qu’il a généré jusqu’ici.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>Part de la CLV</translation>
    </message>
    <message>
        <source>No customers in this breakdown.</source>
        <translation>Aucun client dans cette ventilation.</translation>
    </message>
    <message>
        <source>Segment mix: share of customers and of CLV by tier</source>
        <translation>Répartition des segments&#xa0;: part des clients et de la CLV par niveau</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>Niveaux de valeur</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>previous quarter %1</source>
        <translation>trimestre précédent %1</translation>
    </message>
    <message>
        <source>Headline figures for %1, compared with the previous quarter.</source>
        <translation>Chiffres clés pour %1, comparés au trimestre précédent.</translation>
    </message>
    <message>
        <source>There is not yet a previous quarter to compare with.</source>
        <translation>Il n’y a pas encore de trimestre précédent pour comparer.</translation>
    </message>
    <message>
        <source>Figures are for the filtered customers only: %1.</source>
        <translation>Les chiffres portent uniquement sur les clients filtrés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>No complete quarter in the data yet.</source>
        <translation>Aucun trimestre complet dans les données pour l’instant.</translation>
    </message>
    <message>
        <source>Quarter by quarter from %1 to %2. CLV is what the customers active in a quarter are expected to be worth; revenue is what they paid.</source>
        <translation>Trimestre par trimestre, de %1 à %2. La CLV est ce que devraient valoir les clients actifs au cours d’un trimestre&#xa0;; le chiffre d’affaires est ce qu’ils ont payé.</translation>
    </message>
    <message>
        <source>Average CLV by quarter</source>
        <translation>CLV moyenne par trimestre</translation>
    </message>
    <message>
        <source>Revenue by quarter</source>
        <translation>Chiffre d’affaires par trimestre</translation>
    </message>
    <message>
        <source>Key figures by quarter</source>
        <translation>Indicateurs clés par trimestre</translation>
    </message>
    <message>
        <source>Quarterly Business Review %1</source>
        <translation>Revue trimestrielle d’activité %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>High: CLV of %1 or more; Medium: %2 or more; Low: below %2</source>
        <translation>Élevé&#xa0;: CLV de %1 ou plus&#xa0;; Moyen&#xa0;: %2 ou plus&#xa0;; Faible&#xa0;: moins de %2</translation>
    </message>
    <message>
        <source>The data covers %1 to %2 (%3 to %4); there is nothing to report for %5.</source>
        <translation>Les données couvrent %1 à %2 (%3 à %4)&#xa0;; il n’y a rien à présenter pour %5.</translation>
    </message>
    <message>
        <source>Average CLV is the expected margin per customer over the horizon, valued with the data up to each quarter&apos;s end.</source>
        <translation>La CLV moyenne est la marge attendue par client sur l’horizon, valorisée avec les données jusqu’à la fin de chaque trimestre.</translation>
    </message>
    <message>
        <source>%1 of revenue in the 12 months to the quarter&apos;s end came from customers whose chance of still being active was below the at-risk threshold then.</source>
        <translation>%1 du chiffre d’affaires des 12 mois précédant la fin du trimestre provenait de clients dont la probabilité d’être encore actifs était alors sous le seuil de risque.</translation>
    </message>
    <message>
        <source>In %1 neither average CLV nor revenue changed by more than %2.</source>
        <translation>En %1, ni la CLV moyenne ni le chiffre d’affaires n’ont varié de plus de %2.</translation>
    </message>
    <message>
        <source>LTV:CAC by acquisition channel (%1 or more pays back the acquisition spend)</source>
        <translation>LTV:CAC par canal d’acquisition (à partir de %1, les dépenses d’acquisition sont rentabilisées)</translation>
    </message>
    <message>
        <source>LTV:CAC (CLV per unit of acquisition cost)</source>
        <translation>LTV:CAC (CLV par unité de coût d’acquisition)</translation>
    </message>
    <message>
        <source>%1:1 target</source>
        <translation>Objectif %1:1</translation>
    </message>
    <message>
        <source>The customers have no acquisition channel recorded. Import a customers file with a channel column, and marketing spend, to see LTV:CAC by channel.</source>
        <translation>Aucun canal d’acquisition n’est enregistré pour les clients. Importez un fichier de clients avec une colonne de canal, ainsi que des dépenses marketing, pour voir le LTV:CAC par canal.</translation>
    </message>
    <message>
        <source>No acquisition cost or marketing spend is recorded, so LTV:CAC and payback cannot be computed: import marketing spend to see them.</source>
        <translation>Aucun coût d’acquisition ni dépense marketing n’est enregistré&#xa0;: le LTV:CAC et le délai de récupération ne peuvent pas être calculés. Importez des dépenses marketing pour les voir.</translation>
    </message>
    <message>
        <source>High: the top %1 of customers by CLV; Medium: the next %2; Low: the rest</source>
        <translation>Élevé&#xa0;: les %1 des clients ayant la CLV la plus élevée&#xa0;; Moyen&#xa0;: les %2 suivants&#xa0;; Faible&#xa0;: le reste</translation>
    </message>
    <message>
        <source>BG/NBD gives customers without a repeat purchase P(alive) = 1 by construction: in this model a customer can only drop out right after a repeat purchase, so a one-time buyer has had no chance to leave. Read the P(alive) of segments of one-time buyers, such as Lost, with that in mind.</source>
        <translation>Par construction, BG/NBD attribue P(actif) = 1 aux clients sans achat répété&#xa0;: dans ce modèle, un client ne peut partir que juste après un achat répété, si bien qu’un client n’ayant acheté qu’une fois n’a pas eu l’occasion de partir. Lisez le P(actif) des segments de clients à achat unique, comme «&#xa0;Perdus&#xa0;», en gardant cela à l’esprit.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>Breakdowns by %1 are left out: the customers have none recorded. Import a customers file with these columns to see them.</source>
        <translation>Les ventilations par %1 sont omises&#xa0;: aucune n’est enregistrée pour les clients. Importez un fichier de clients avec ces colonnes pour les voir.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Cannot write the report: the PDF could not be started.</source>
        <translation>Impossible d’écrire le rapport&#xa0;: le PDF n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>MBG/NBD (purchases)</source>
        <translation>MBG/NBD (achats)</translation>
    </message>
    <message>
        <source>Predictive: MBG/NBD purchases × Gamma-Gamma spend</source>
        <translation>Prédictive&#xa0;: achats MBG/NBD × dépenses Gamma-Gamma</translation>
    </message>
</context>
<context>
    <name>segment</name>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Not valued</source>
        <translation>Non valorisés</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Fidèles potentiels</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation>Aucun achat</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot read the workspace file %1.</source>
        <translation>Impossible de lire le fichier d’espace de travail %1.</translation>
    </message>
    <message>
        <source>%1 is not a Lodestar workspace (not a SQLite database).</source>
        <translation>%1 n’est pas un espace de travail Lodestar (pas une base SQLite).</translation>
    </message>
    <message>
        <source>The workspace database reported an error.</source>
        <translation>La base de données de l’espace de travail a signalé une erreur.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Aucun fichier d’espace de travail n’a été indiqué.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>L’espace de travail %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d’espace de travail.</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: the folder is not writable.</source>
        <translation>Impossible de créer l’espace de travail %1&#xa0;: le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1.</source>
        <translation>Impossible d’ouvrir l’espace de travail %1.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer Lodestar; update Lodestar to open it.</source>
        <translation>L’espace de travail %1 a été créé par une version plus récente de Lodestar&#xa0;; mettez Lodestar à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged or not a Lodestar workspace.</source>
        <translation>L’espace de travail %1 est endommagé ou n’est pas un espace de travail Lodestar.</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1.</source>
        <translation>Impossible de préparer l’espace de travail %1.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer Lodestar (schema %2, this build knows %3); update Lodestar to open it.</source>
        <translation>L’espace de travail %1 a été créé par une version plus récente de Lodestar (schéma %2, cette version connaît %3)&#xa0;; mettez Lodestar à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1 (it may be locked or read-only).</source>
        <translation>Impossible de mettre à jour l’espace de travail %1 (il est peut-être verrouillé ou en lecture seule).</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1 to schema %2.</source>
        <translation>Impossible de mettre à jour l’espace de travail %1 vers le schéma %2.</translation>
    </message>
    <message>
        <source>The workspace %1 is on a read-only disk or in a read-only folder; copy it somewhere writable.</source>
        <translation>L’espace de travail %1 se trouve sur un disque ou dans un dossier en lecture seule&#xa0;; copiez-le dans un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read the maturity assessments.</source>
        <translation>Impossible de lire les évaluations de maturité.</translation>
    </message>
    <message>
        <source>Levels and targets run from %1 to %2.</source>
        <translation>Les niveaux et les cibles vont de %1 à %2.</translation>
    </message>
    <message>
        <source>Cannot save the assessment.</source>
        <translation>Impossible d’enregistrer l’évaluation.</translation>
    </message>
    <message>
        <source>Cannot remove the assessment.</source>
        <translation>Impossible de supprimer l’évaluation.</translation>
    </message>
    <message>
        <source>Cannot read the culture settings.</source>
        <translation>Impossible de lire les paramètres de culture.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Paramètre inconnu %1.</translation>
    </message>
    <message>
        <source>The setting %1 needs a number, not &quot;%2&quot;.</source>
        <translation>Le paramètre %1 attend un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>Impossible d’enregistrer le paramètre %1.</translation>
    </message>
    <message>
        <source>Cannot read the workspace data.</source>
        <translation>Impossible de lire les données de l’espace de travail.</translation>
    </message>
    <message>
        <source>Cannot read the CLV definition.</source>
        <translation>Impossible de lire la définition de la CLV.</translation>
    </message>
    <message>
        <source>The stored CLV definition is damaged.</source>
        <translation>La définition de la CLV enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>Cannot save the CLV definition.</source>
        <translation>Impossible d’enregistrer la définition de la CLV.</translation>
    </message>
    <message>
        <source>Cannot record the use of the CLV definition.</source>
        <translation>Impossible d’enregistrer l’utilisation de la définition de la CLV.</translation>
    </message>
    <message>
        <source>Cannot read the use of the CLV definition.</source>
        <translation>Impossible de lire l’utilisation de la définition de la CLV.</translation>
    </message>
    <message>
        <source>Cannot read the experiments.</source>
        <translation>Impossible de lire les expériences.</translation>
    </message>
    <message>
        <source>Cannot read the experiment members.</source>
        <translation>Impossible de lire les participants de l’expérience.</translation>
    </message>
    <message>
        <source>An experiment needs a name.</source>
        <translation>Une expérience doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot save the experiment %1 (is the name already used?).</source>
        <translation>Impossible d’enregistrer l’expérience %1 (ce nom est-il déjà utilisé&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot save the experiment members.</source>
        <translation>Impossible d’enregistrer les participants de l’expérience.</translation>
    </message>
    <message>
        <source>Cannot remove the experiment.</source>
        <translation>Impossible de supprimer l’expérience.</translation>
    </message>
    <message>
        <source>Cannot read the teams.</source>
        <translation>Impossible de lire les équipes.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Une équipe doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot add the team %1 (is the name already used?).</source>
        <translation>Impossible d’ajouter l’équipe %1 (ce nom est-il déjà utilisé&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot rename the team to %1 (is the name already used?).</source>
        <translation>Impossible de renommer l’équipe en %1 (ce nom est-il déjà utilisé&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot remove the team.</source>
        <translation>Impossible de supprimer l’équipe.</translation>
    </message>
    <message>
        <source>Cannot read the goals.</source>
        <translation>Impossible de lire les objectifs.</translation>
    </message>
    <message>
        <source>A goal needs a name.</source>
        <translation>Un objectif doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot save the goal %1.</source>
        <translation>Impossible d’enregistrer l’objectif %1.</translation>
    </message>
    <message>
        <source>Cannot remove the goal.</source>
        <translation>Impossible de supprimer l’objectif.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n’est ouverte.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; nothing was changed.</source>
        <translation>Le disque contenant l’espace de travail est plein&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace could not save the changes.</source>
        <translation>L’espace de travail n’a pas pu enregistrer les modifications.</translation>
    </message>
    <message>
        <source>Cannot read the workspace summary.</source>
        <translation>Impossible de lire le résumé de l’espace de travail.</translation>
    </message>
    <message>
        <source>The setting %1 must lie between %2 and %3.</source>
        <translation>Le réglage %1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>The setting %1 needs a whole number.</source>
        <translation>Le réglage %1 demande un nombre entier.</translation>
    </message>
    <message>
        <source>Cannot put the team %1 back (is the name used again?).</source>
        <translation>Impossible de rétablir l’équipe %1 (le nom est-il de nouveau utilisé&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot put the goal %1 back.</source>
        <translation>Impossible de rétablir l’objectif %1.</translation>
    </message>
    <message>
        <source>read the indexes</source>
        <translation>lire les index</translation>
    </message>
    <message>
        <source>prepare the bulk import</source>
        <translation>préparer l’import en masse</translation>
    </message>
    <message>
        <source>rebuild the indexes</source>
        <translation>reconstruire les index</translation>
    </message>
    <message>
        <source>read the customers</source>
        <translation>lire les clients</translation>
    </message>
    <message>
        <source>prepare the customer statements</source>
        <translation>préparer les requêtes sur les clients</translation>
    </message>
    <message>
        <source>add a customer</source>
        <translation>ajouter un client</translation>
    </message>
    <message>
        <source>read a customer</source>
        <translation>lire un client</translation>
    </message>
    <message>
        <source>update a customer</source>
        <translation>mettre à jour un client</translation>
    </message>
    <message>
        <source>list the imports</source>
        <translation>lister les imports</translation>
    </message>
    <message>
        <source>read the import</source>
        <translation>lire l’import</translation>
    </message>
    <message>
        <source>read the rejected rows</source>
        <translation>lire les lignes rejetées</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; the workspace could not %1.</source>
        <translation>Le disque de l’espace de travail est plein&#xa0;; l’espace de travail n’a pas pu %1.</translation>
    </message>
    <message>
        <source>The workspace could not %1.</source>
        <translation>L’espace de travail n’a pas pu %1.</translation>
    </message>
    <message>
        <source>look up earlier imports</source>
        <translation>rechercher les imports précédents</translation>
    </message>
    <message>
        <source>record the import</source>
        <translation>enregistrer l’import</translation>
    </message>
    <message>
        <source>record rejected rows</source>
        <translation>enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>record a rejected row</source>
        <translation>enregistrer une ligne rejetée</translation>
    </message>
    <message>
        <source>read the transactions</source>
        <translation>lire les transactions</translation>
    </message>
    <message>
        <source>prepare the import statements</source>
        <translation>préparer les requêtes d’import</translation>
    </message>
    <message>
        <source>look up an order</source>
        <translation>rechercher une commande</translation>
    </message>
    <message>
        <source>add transactions</source>
        <translation>ajouter des transactions</translation>
    </message>
    <message>
        <source>add a transaction</source>
        <translation>ajouter une transaction</translation>
    </message>
    <message>
        <source>add marketing spend</source>
        <translation>ajouter des dépenses marketing</translation>
    </message>
    <message>
        <source>add an NPS response</source>
        <translation>ajouter une réponse NPS</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another process; try again when it has finished.</source>
        <translation>L’espace de travail %1 est verrouillé par un autre processus&#xa0;; réessayez quand celui-ci aura terminé.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), so it cannot be a workspace.</source>
        <translation>%1 n’est pas un fichier ordinaire (périphérique, tube ou socket) et ne peut donc pas être un espace de travail.</translation>
    </message>
    <message>
        <source>Cannot read the stored model fits.</source>
        <translation>Impossible de lire les ajustements de modèle enregistrés.</translation>
    </message>
    <message>
        <source>Cannot store the model fits.</source>
        <translation>Impossible d’enregistrer les ajustements de modèle.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Lodestar workspace; it was left unchanged.</source>
        <translation>%1 est une base de données d’une autre application, pas un espace de travail Lodestar&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so the workspace %2 cannot be opened safely.</source>
        <translation>%1 n’est pas un fichier ordinaire&#xa0;: l’espace de travail %2 ne peut donc pas être ouvert sans risque.</translation>
    </message>
    <message>
        <source>set aside the file&apos;s order ids</source>
        <translation>mettre de côté les numéros de commande du fichier</translation>
    </message>
    <message>
        <source>write the customer values</source>
        <translation>écrire les valeurs des clients</translation>
    </message>
    <message>
        <source>This database user may not change the table %1; ask its owner to grant DELETE and INSERT on it.</source>
        <translation>Cet utilisateur de la base de données n’a pas le droit de modifier la table %1&#xa0;; demandez au propriétaire de la table d’accorder les droits DELETE et INSERT sur celle-ci.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 (write it as postgresql://user@host:port/database).</source>
        <translation>L’adresse PostgreSQL %1 (écrivez-la sous la forme postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>does not start with postgresql://</source>
        <translation>ne commence pas par postgresql://</translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation>n’est pas une URL valide</translation>
    </message>
    <message>
        <source>names no host</source>
        <translation>n’indique aucun hôte</translation>
    </message>
    <message>
        <source>names no database after the host</source>
        <translation>n’indique aucune base de données après l’hôte</translation>
    </message>
    <message>
        <source>has an sslmode other than %1</source>
        <translation>a un sslmode autre que %1</translation>
    </message>
    <message>
        <source>names a schema that is not a plain name of letters, digits and _</source>
        <translation>indique un schéma qui n’est pas un simple nom composé de lettres, de chiffres et de _</translation>
    </message>
    <message>
        <source>has the unknown option %1 (sslmode and schema are known)</source>
        <translation>contient l’option inconnue %1 (les options connues sont sslmode et schema)</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not accept the password of the user %2; give the right one in the address, in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Le serveur PostgreSQL sur %1 n’a pas accepté le mot de passe de l’utilisateur %2&#xa0;; indiquez le bon dans l’adresse, dans PGPASSWORD ou dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no user %2.</source>
        <translation>Le serveur PostgreSQL sur %1 n’a pas d’utilisateur %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no database named %2.</source>
        <translation>Le serveur PostgreSQL sur %1 n’a pas de base de données nommée %2.</translation>
    </message>
    <message>
        <source>Cannot reach a PostgreSQL server at %1; check the host and port, and that the server is running.</source>
        <translation>Impossible de joindre un serveur PostgreSQL sur %1&#xa0;; vérifiez l’hôte et le port, et que le serveur est bien démarré.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL workspace %1.</source>
        <translation>Impossible d’ouvrir l’espace de travail PostgreSQL %1.</translation>
    </message>
    <message>
        <source>The user %1 may not create or change Lodestar&apos;s tables in the schema %2 of the database %3; ask its owner to grant CREATE on it, or give a schema you own (?schema=…).</source>
        <translation>L’utilisateur %1 n’a pas le droit de créer ni de modifier les tables de Lodestar dans le schéma %2 de la base de données %3&#xa0;; demandez au propriétaire du schéma d’accorder le droit CREATE sur celui-ci, ou indiquez un schéma dont vous êtes propriétaire (?schema=…).</translation>
    </message>
    <message>
        <source>Cannot read the PostgreSQL workspace %1.</source>
        <translation>Impossible de lire l’espace de travail PostgreSQL %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds no Lodestar workspace (no schema %2); import into it first.</source>
        <translation>La base de données PostgreSQL %1 ne contient aucun espace de travail Lodestar (pas de schéma %2)&#xa0;; importez-y d’abord des données.</translation>
    </message>
    <message>
        <source>Cannot create the schema %1 in the PostgreSQL database %2.</source>
        <translation>Impossible de créer le schéma %1 dans la base de données PostgreSQL %2.</translation>
    </message>
    <message>
        <source>Cannot update the PostgreSQL workspace.</source>
        <translation>Impossible de mettre à jour l’espace de travail PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot read the PostgreSQL workspace.</source>
        <translation>Impossible de lire l’espace de travail PostgreSQL.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to PostgreSQL %1: the schema %2 holds a workspace of %Ln customer(s).</source>
        <translation>
            <numerusform>Connecté à PostgreSQL %1&#xa0;: le schéma %2 contient un espace de travail de %Ln client.</numerusform>
            <numerusform>Connecté à PostgreSQL %1&#xa0;: le schéma %2 contient un espace de travail de %Ln clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1: no workspace in the schema %2 yet; the first import creates it.</source>
        <translation>Connecté à PostgreSQL %1&#xa0;: aucun espace de travail dans le schéma %2 pour l’instant&#xa0;; le premier import le créera.</translation>
    </message>
    <message>
        <source>This installation cannot open PostgreSQL workspaces: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Cette installation ne peut pas ouvrir d’espaces de travail PostgreSQL&#xa0;: le pilote PostgreSQL de Qt (paquet Debian libqt6sql6-psql) est manquant.</translation>
    </message>
    <message>
        <source>The schema %1 of the PostgreSQL database %2 holds another application&apos;s tables, not a Lodestar workspace; it was left unchanged (give another with ?schema=…).</source>
        <translation>Le schéma %1 de la base de données PostgreSQL %2 contient les tables d’une autre application, pas un espace de travail Lodestar&#xa0;; il n’a pas été modifié (indiquez-en un autre avec ?schema=…).</translation>
    </message>
</context>
</TS>
