<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="324"/>
        <source>%n payment(s) due this week: %1</source>
        <translation>
            <numerusform>%n payment due this week: %1</numerusform>
            <numerusform>%n payments due this week: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="326"/>
        <source>%n payment(s) coming up: %1</source>
        <translation>
            <numerusform>%n payment coming up: %1</numerusform>
            <numerusform>%n payments coming up: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="328"/>
        <source>%n renewal(s) this week: %1</source>
        <translation>
            <numerusform>%n renewal this week: %1</numerusform>
            <numerusform>%n renewals this week: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="330"/>
        <source>%n renewal(s) coming up: %1</source>
        <translation>
            <numerusform>%n renewal coming up: %1</numerusform>
            <numerusform>%n renewals coming up: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="338"/>
        <source>%n new alerts, %1 unread in all. Most important: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="340"/>
        <source>%n new alerts. Most important: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts. Latest: %1</source>
        <translation type="vanished">
            <numerusform>%n new alert: %1</numerusform>
            <numerusform>%n new alerts. Latest: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/alert_texts.py" line="46"/>
        <source>in %n days</source>
        <extracomment>the GUI&apos;s forms of typed facts, in the default (interface) locale facts naming a payee: a salary&apos;s, a card payment&apos;s or a transfer&apos;s name is worded here</extracomment>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="271"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="335"/>
        <source>Dismissed %n alert(s). Edit ▸ Undo (Ctrl+Z) undoes this; History keeps dismissed alerts.</source>
        <translation>
            <numerusform>Dismissed %n alert. Edit ▸ Undo (Ctrl+Z) undoes this; History keeps dismissed alerts.</numerusform>
            <numerusform>Dismissed %n alerts. Edit ▸ Undo (Ctrl+Z) undoes this; History keeps dismissed alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="355"/>
        <source>%n alert(s) back under Current.</source>
        <translation>
            <numerusform>%n alert back under Current.</numerusform>
            <numerusform>%n alerts back under Current.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="358"/>
        <source>%n no longer hold: kept in History as resolved.</source>
        <translation>
            <numerusform>%n no longer holds: kept in History as resolved.</numerusform>
            <numerusform>%n no longer hold: kept in History as resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/books_words.py" line="61"/>
        <source>The transactions differ from the statements in %n period(s).</source>
        <translation>
            <numerusform>The transactions differ from the statements in %n period.</numerusform>
            <numerusform>The transactions differ from the statements in %n periods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/books_words.py" line="67"/>
        <source>The transactions agree with the %n balance(s) the statements state, %1.</source>
        <translation>
            <numerusform>The transactions agree with the %n balance the statements state, %1.</numerusform>
            <numerusform>The transactions agree with the %n balances the statements state, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartOptions</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="vanished">
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/charts/chart_options.py" line="49"/>
        <source>Last %n months</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmWipeDialog</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="127"/>
        <source>Backup saved to %1 (%n transaction(s), encrypted). It is kept when everything else is deleted.</source>
        <translation>
            <numerusform>Backup saved to %1 (%n transaction, encrypted). It is kept when everything else is deleted.</numerusform>
            <numerusform>Backup saved to %1 (%n transactions, encrypted). It is kept when everything else is deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/dashboard.py" line="397"/>
        <source>%n more in the next 30 days…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/dashboard.py" line="413"/>
        <source>left in %n budget(s)</source>
        <translation>
            <numerusform>left in %n budget</numerusform>
            <numerusform>left in %n budgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/dashboard.py" line="416"/>
        <source>%n over by %1</source>
        <translation>
            <numerusform>%n over by %1</numerusform>
            <numerusform>%n over by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSecurityPanel</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/settings_data.py" line="307"/>
        <source>Exported %n file(s) to %1 (not encrypted).</source>
        <translation>
            <numerusform>Exported %n file to %1 (not encrypted).</numerusform>
            <numerusform>Exported %n files to %1 (not encrypted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="158"/>
        <source>%1 (and %n earlier days)</source>
        <translation>
            <numerusform>%1 (and %n earlier day)</numerusform>
            <numerusform>%1 (and %n earlier days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="235"/>
        <source>%1: %n rates read.</source>
        <translation>
            <numerusform>%1: %n rate read.</numerusform>
            <numerusform>%1: %n rates read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastSection</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/health_forecast.py" line="264"/>
        <source>Next %n days</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="vanished">
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/history_texts.py" line="50"/>
        <source>%1 (%n in all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="240"/>
        <source>%n file(s) will be imported next.</source>
        <translation>
            <numerusform>%n file will be imported next.</numerusform>
            <numerusform>%n files will be imported next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="260"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="352"/>
        <source>Imported %Ln new transaction(s).</source>
        <translation>
            <numerusform>Imported %Ln new transaction.</numerusform>
            <numerusform>Imported %Ln new transactions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new transaction(s).</source>
        <translation type="vanished">
            <numerusform>Imported %n new transaction.</numerusform>
            <numerusform>Imported %n new transactions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="467"/>
        <source>Remove the %n transaction(s) the last import added?</source>
        <translation>
            <numerusform>Remove the %n transaction the last import added?</numerusform>
            <numerusform>Remove the %n transactions the last import added?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="494"/>
        <source>Undo: removed %n transaction(s).</source>
        <translation>
            <numerusform>Undo: removed %n transaction.</numerusform>
            <numerusform>Undo: removed %n transactions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n new transaction(s)</source>
        <translation type="vanished">
            <numerusform>%n new transaction</numerusform>
            <numerusform>%n new transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation type="vanished">
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out (neutral)</source>
        <translation type="vanished">
            <numerusform>%n row left out (neutral)</numerusform>
            <numerusform>%n rows left out (neutral)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation type="vanished">
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="294"/>
        <source>%Ln new transaction(s)</source>
        <translation>
            <numerusform>%Ln new transaction</numerusform>
            <numerusform>%Ln new transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="295"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="299"/>
        <source>%Ln row(s) left out (neutral)</source>
        <translation>
            <numerusform>%Ln row left out (neutral)</numerusform>
            <numerusform>%Ln rows left out (neutral)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="302"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="304"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="306"/>
        <source>From %n file(s): </source>
        <translation>
            <numerusform>From %n file: </numerusform>
            <numerusform>From %n files: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="310"/>
        <source>You stopped the import: %n file(s) not read. The files above are stored whole.</source>
        <translation>
            <numerusform>You stopped the import: %n file not read. The files above are stored whole.</numerusform>
            <numerusform>You stopped the import: %n files not read. The files above are stored whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="417"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="418"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message numerus="yes">
        <source>Restored %n transaction(s) from %1.</source>
        <extracomment>while locked, the tray&apos;s &quot;unlock to see them&quot; comes at the first check from this hour on how often the locked tray looks at the clock called once the window is painted / once its first page is shown (start-up benchmark) where the demo&apos;s page is kept, beside (never in place of) the user&apos;s the demo&apos;s key when no keyring keeps it: made by the first visit, lasts this run</extracomment>
        <translation type="vanished">
            <numerusform>Restored %n transaction from %1.</numerusform>
            <numerusform>Restored %n transactions from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/unlock.py" line="237"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/shell.py" line="264"/>
        <source>A move of finapp&apos;s key to the system keyring was cut short after re-encrypting %n backup(s). Finish it with Settings → Keep key in system keyring.</source>
        <extracomment>the banner at start while a move of the key to the keyring is unfinished</extracomment>
        <translation>
            <numerusform>A move of finapp&apos;s key to the system keyring was cut short after re-encrypting %n backup. Finish it with Settings → Keep key in system keyring.</numerusform>
            <numerusform>A move of finapp&apos;s key to the system keyring was cut short after re-encrypting %n backups. Finish it with Settings → Keep key in system keyring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/shell.py" line="272"/>
        <source>A change of finapp&apos;s passphrase was cut short after re-encrypting %n backup(s). Finish it with Settings → Change passphrase, giving the same new passphrase.</source>
        <extracomment>the banner at start while a change of the passphrase is unfinished</extracomment>
        <translation>
            <numerusform>A change of finapp&apos;s passphrase was cut short after re-encrypting %n backup. Finish it with Settings → Change passphrase, giving the same new passphrase.</numerusform>
            <numerusform>A change of finapp&apos;s passphrase was cut short after re-encrypting %n backups. Finish it with Settings → Change passphrase, giving the same new passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartRestore</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/start_restore.py" line="107"/>
        <source>Restored %n transaction(s) from %1.</source>
        <translation>
            <numerusform>Restored %n transaction from %1.</numerusform>
            <numerusform>Restored %n transactions from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionAudit</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="88"/>
        <source>Also %1 a month in %2 (%n subscription(s)), not counted against the cap</source>
        <translation>
            <numerusform>Also %1 a month in %2 (%n subscription), not counted against the cap</numerusform>
            <numerusform>Also %1 a month in %2 (%n subscriptions), not counted against the cap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="94"/>
        <source>%1 a month for %n subscription(s)</source>
        <translation>
            <numerusform>%1 a month for %n subscription</numerusform>
            <numerusform>%1 a month for %n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="279"/>
        <source>Cancelled %1 on %2, but charged again %n time(s) since, last %3 on %4: saves nothing yet</source>
        <translation>
            <numerusform>Cancelled %1 on %2, but charged again %n time since, last %3 on %4: saves nothing yet</numerusform>
            <numerusform>Cancelled %1 on %2, but charged again %n times since, last %3 on %4: saves nothing yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="260"/>
        <source>%n charge(s) after you cancelled</source>
        <translation>
            <numerusform>%n charge after you cancelled</numerusform>
            <numerusform>%n charges after you cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="54"/>
        <source>%n renewal(s) written to %1</source>
        <translation>
            <numerusform>%n renewal written to %1</numerusform>
            <numerusform>%n renewals written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="126"/>
        <source>%n event(s) written to %1; finapp rewrites it after every change.</source>
        <translation>
            <numerusform>%n event written to %1; finapp rewrites it after every change.</numerusform>
            <numerusform>%n events written to %1; finapp rewrites it after every change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionNotes</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transaction_notes.py" line="45"/>
        <source>Your note on %n transaction(s) (leave empty for none):</source>
        <translation>
            <numerusform>Your note on %n transaction (leave empty for none):</numerusform>
            <numerusform>Your note on %n transactions (leave empty for none):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transaction_notes.py" line="83"/>
        <source>Tags of %n transaction(s), separated by spaces, such as #holiday-2026 #tax:</source>
        <translation>
            <numerusform>Tags of %n transaction, separated by spaces, such as #holiday-2026 #tax:</numerusform>
            <numerusform>Tags of %n transactions, separated by spaces, such as #holiday-2026 #tax:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="346"/>
        <source>Category for %n transaction(s):</source>
        <translation>
            <numerusform>Category for %n transaction:</numerusform>
            <numerusform>Category for %n transactions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="401"/>
        <source>Filed %n transaction(s) under %1</source>
        <translation>
            <numerusform>Filed %n transaction under %1</numerusform>
            <numerusform>Filed %n transactions under %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="407"/>
        <source>, and %n other transaction(s) of the same merchant with it</source>
        <translation>
            <numerusform>, and %n other transaction of the same merchant with it</numerusform>
            <numerusform>, and %n other transactions of the same merchant with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="432"/>
        <source>Put %n transaction(s) back in their previous category.</source>
        <translation>
            <numerusform>Put %n transaction back in their previous category.</numerusform>
            <numerusform>Put %n transactions back in their previous category.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="450"/>
        <source>%Ln transaction(s)</source>
        <comment>every one is shown</comment>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="466"/>
        <source>%n transfer(s) not counted</source>
        <translation>
            <numerusform>%n transfer not counted</numerusform>
            <numerusform>%n transfers not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/tray.py" line="126"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
</context>
</TS>
