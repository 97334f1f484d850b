<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>Not available yet: coming in a later version of CaseDesk.</source>
        <extracomment>a reason the command is not available yet (shown as tooltip), or None</extracomment>
        <translation>Inte tillgängligt än: kommer i en senare version av CaseDesk.</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Nytt ärende</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Skapa ett nytt ärende</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Öppna det markerade ärendet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>Läs in listan igen</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolumner…</translation>
    </message>
    <message>
        <source>Choose the columns of the list</source>
        <translation>Välj listans kolumner</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrera</translation>
    </message>
    <message>
        <source>Type to filter the list</source>
        <translation>Skriv för att filtrera listan</translation>
    </message>
    <message>
        <source>&amp;Quick Find</source>
        <translation>&amp;Snabbsök</translation>
    </message>
    <message>
        <source>Find cases, accounts and contacts</source>
        <translation>Sök ärenden, konton och kontakter</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Assign the selected cases</source>
        <translation>Tilldela de markerade ärendena</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Lägg till i kö</translation>
    </message>
    <message>
        <source>Put the selected cases in a queue</source>
        <translation>Lägg de markerade ärendena i en kö</translation>
    </message>
    <message>
        <source>Apply Routing Rule</source>
        <translation>Tillämpa hanteringsregel</translation>
    </message>
    <message>
        <source>Route the selected cases</source>
        <translation>Dirigera de markerade ärendena</translation>
    </message>
    <message>
        <source>Merge Cases</source>
        <translation>Slå samman ärenden</translation>
    </message>
    <message>
        <source>Merge the selected cases</source>
        <translation>Slå samman de markerade ärendena</translation>
    </message>
    <message>
        <source>Associate Child Cases</source>
        <translation>Koppla underordnade ärenden</translation>
    </message>
    <message>
        <source>Make the selected cases child cases</source>
        <translation>Gör de markerade ärendena till underordnade ärenden</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Stäng ärende</translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation>Stäng det markerade ärendet som löst</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>Avbryt ärende</translation>
    </message>
    <message>
        <source>Cancel the selected case</source>
        <translation>Avbryt det markerade ärendet</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportera till CSV…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>Spara listan som en CSV-fil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected cases</source>
        <translation>Ta bort de markerade ärendena</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>Läs in &amp;demodata</translation>
    </message>
    <message>
        <source>Fill this empty database with a realistic demo desk</source>
        <translation>Fyll den tomma databasen med en realistisk demokundtjänst</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Programinställningar…</translation>
    </message>
    <message>
        <source>Language and database</source>
        <translation>Språk och databas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Quit CaseDesk</source>
        <translation>Avsluta CaseDesk</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Om CaseDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version och licens</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>“%1” is not a database address CaseDesk understands. Use sqlite:///path/to/file.db or postgresql://host/database.</source>
        <translation>”%1” är inte en databasadress som CaseDesk förstår. Använd sqlite:///sökväg/till/fil.db eller postgresql://värd/databas.</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Worked By</source>
        <translation>Arbetas med av</translation>
    </message>
    <message>
        <source>Modified On</source>
        <translation>Ändrad</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) selected</source>
        <translation>
            <numerusform>%n ärende markerat</numerusform>
            <numerusform>%n ärenden markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportera till CSV</translation>
    </message>
    <message>
        <source>cases.csv</source>
        <translation>arenden.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported</source>
        <translation>
            <numerusform>%n ärende exporterat</numerusform>
            <numerusform>%n ärenden exporterade</numerusform>
        </translation>
    </message>
    <message>
        <source>My Active Cases</source>
        <translation>Mina aktiva ärenden</translation>
    </message>
    <message>
        <source>Active Cases</source>
        <translation>Aktiva ärenden</translation>
    </message>
    <message>
        <source>Resolved Cases</source>
        <translation>Lösta ärenden</translation>
    </message>
    <message>
        <source>My Resolved Cases</source>
        <translation>Mina lösta ärenden</translation>
    </message>
    <message>
        <source>Canceled Cases</source>
        <translation>Avbrutna ärenden</translation>
    </message>
    <message>
        <source>Escalated Cases</source>
        <translation>Eskalerade ärenden</translation>
    </message>
    <message>
        <source>All Cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vy:</translation>
    </message>
    <message>
        <source>Case view</source>
        <translation>Ärendevy</translation>
    </message>
    <message>
        <source>Filter by case number, title or customer…</source>
        <translation>Filtrera på ärendenummer, rubrik eller kund…</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrera ärenden</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Case commands</source>
        <translation>Ärendekommandon</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Antal ärenden</translation>
    </message>
    <message>
        <source>More Commands</source>
        <translation>Fler kommandon</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Read-only summary. Editing comes with the case form in a later version.</source>
        <translation>Skrivskyddad sammanfattning. Redigering kommer med ärendeformuläret i en senare version.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Modified On</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Follow Up By</source>
        <translation>Uppföljning senast</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalerat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Case Resolution</source>
        <translation>Ärendestängningsaktivitet</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Inga aktiviteter än.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; what you were doing may not have finished. The details were written to the log file.</source>
        <translation>Något oväntat gick fel. Det du har sparat är i säkerhet; det du höll på med kanske inte blev klart. Detaljerna skrevs till loggfilen.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to CaseDesk</source>
        <translation>Välkommen till CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk keeps your cases in a database on this computer. Please tell us your name: it is shown as the owner of the cases you create.</source>
        <translation>CaseDesk sparar dina ärenden i en databas på den här datorn. Ange ditt namn: det visas som ägare till ärendena du skapar.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About CaseDesk</source>
        <translation>Om CaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Case management for customer-service agents.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Ärendehantering för kundtjänsthandläggare.&lt;/p&gt;&lt;p&gt;Databas: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demodata har lästs in.</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Inte tillgängligt än</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Ä&amp;rende</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå till %1</translation>
    </message>
    <message>
        <source>Find cases, accounts, contacts (%1)</source>
        <translation>Sök ärenden, konton, kontakter (%1)</translation>
    </message>
    <message>
        <source>Quick find</source>
        <translation>Snabbsök</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Inloggad som</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Case number prefix</source>
        <translation>Prefix för ärendenummer</translation>
    </message>
    <message>
        <source>Case number suffix length</source>
        <translation>Längd på ärendenummrets suffix</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 måste fyllas i.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters (now %3).</source>
        <translation>%1 får vara högst %2 tecken (nu %3).</translation>
    </message>
    <message>
        <source>%1 contains control characters that cannot be saved.</source>
        <translation>%1 innehåller styrtecken som inte kan sparas.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 är inte giltigt.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 finns inte längre.</translation>
    </message>
    <message>
        <source>%1 is already in use.</source>
        <translation>%1 används redan.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>Someone else saved this record first. Reload it to see their changes.</source>
        <translation>Någon annan sparade posten först. Läs in den igen för att se deras ändringar.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Du har inte behörighet att göra detta.</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>Demodata kan bara läsas in i en tom databas.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of CaseDesk (schema %1; this version supports %2). Install the newer version to open it. The file was not changed.</source>
        <translation>Databasen skapades av en nyare version av CaseDesk (schema %1; den här versionen hanterar %2). Installera den nyare versionen för att öppna den. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>The file is not a CaseDesk database or it is damaged. It was not changed. Restore a backup or choose another file.</source>
        <translation>Filen är inte en CaseDesk-databas eller så är den skadad. Den ändrades inte. Återställ en säkerhetskopia eller välj en annan fil.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only. CaseDesk needs to write to it. The file was not changed.</source>
        <translation>Databasfilen eller dess mapp är skrivskyddad. CaseDesk behöver kunna skriva till den. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close that program and try again. The file was not changed.</source>
        <translation>Databasen är låst av ett annat program. Stäng det programmet och försök igen. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>The file is a database of another program, not of CaseDesk. It was not changed.</source>
        <translation>Filen är en databas från ett annat program, inte från CaseDesk. Den ändrades inte.</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Databasen kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>Upgrading the database failed and was undone: %1. A backup was made before the upgrade.</source>
        <translation>Uppgraderingen av databasen misslyckades och ångrades: %1. En säkerhetskopia gjordes före uppgraderingen.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Något gick fel: %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Instrumentpanel</translation>
    </message>
    <message>
        <source>Charts of your and your team&apos;s work: active cases by priority, status reason and origin; cases created and resolved per day; entitlements near exhaustion; queue sizes.</source>
        <translation>Diagram över ditt och ditt teams arbete: aktiva ärenden per prioritet, statusorsak och ursprung; skapade och lösta ärenden per dag; berättiganden som snart är förbrukade; köernas storlek.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>The items of one queue or all your queues: items available to work on, items you are working on, all items. Pick, release, route and remove them.</source>
        <translation>Objekten i en kö eller i alla dina köer: objekt att arbeta med, objekt du arbetar med, alla objekt. Plocka, släpp, dirigera och ta bort dem.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Your activities, all open activities and overdue ones: phone calls, tasks, e-mails and appointments with their case and customer.</source>
        <translation>Dina aktiviteter, alla öppna aktiviteter och försenade: telefonsamtal, uppgifter, e-post och avtalade tider med ärende och kund.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>The companies you support, with their contacts, cases and entitlements.</source>
        <translation>Företagen du ger support, med deras kontakter, ärenden och berättiganden.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>The people you talk to, with their account, cases and activities.</source>
        <translation>Personerna du pratar med, med deras konto, ärenden och aktiviteter.</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berättiganden</translation>
    </message>
    <message>
        <source>Support terms per customer: number of cases or hours, channels, products, remaining terms and their state.</source>
        <translation>Supportvillkor per kund: antal ärenden eller timmar, kanaler, produkter, återstående villkor och status.</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>The subject tree that cases are filed under.</source>
        <translation>Ämnesträdet som ärenden sorteras under.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>The products cases and entitlements refer to.</source>
        <translation>Produkterna som ärenden och berättiganden gäller.</translation>
    </message>
    <message>
        <source>Users and Teams</source>
        <translation>Användare och team</translation>
    </message>
    <message>
        <source>People, their roles (Agent, Manager, Administrator) and teams with their members.</source>
        <translation>Personer, deras roller (handläggare, chef, administratör) och team med deras medlemmar.</translation>
    </message>
    <message>
        <source>Public and private queues with their owners and members.</source>
        <translation>Offentliga och privata köer med ägare och medlemmar.</translation>
    </message>
    <message>
        <source>Routing Rule Sets</source>
        <translation>Hanteringsregler</translation>
    </message>
    <message>
        <source>Rules that route cases to queues, users or teams; one rule set is active.</source>
        <translation>Regler som dirigerar ärenden till köer, användare eller team; en regeluppsättning är aktiv.</translation>
    </message>
    <message>
        <source>Status Reason Transitions</source>
        <translation>Övergångar för statusorsak</translation>
    </message>
    <message>
        <source>Which status reason may follow which, when the transition matrix is switched on.</source>
        <translation>Vilken statusorsak som får följa vilken, när övergångsmatrisen är påslagen.</translation>
    </message>
    <message>
        <source>Case Settings</source>
        <translation>Ärendeinställningar</translation>
    </message>
    <message>
        <source>Case number prefix, parent and child case rules, default entitlements, billable time steps, origins, severities and status reasons.</source>
        <translation>Prefix för ärendenummer, regler för överordnade och underordnade ärenden, standardberättiganden, steg för fakturerbar tid, ursprung, allvarlighetsgrader och statusorsaker.</translation>
    </message>
    <message>
        <source>Entitlement Templates</source>
        <translation>Berättigandemallar</translation>
    </message>
    <message>
        <source>Templates that prefill new entitlements.</source>
        <translation>Mallar som fyller i nya berättiganden.</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>Parkerad</translation>
    </message>
    <message>
        <source>Waiting for Details</source>
        <translation>Väntar på information</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>Undersöker</translation>
    </message>
    <message>
        <source>Problem Solved</source>
        <translation>Problemet löst</translation>
    </message>
    <message>
        <source>Information Provided</source>
        <translation>Information tillhandahållen</translation>
    </message>
    <message>
        <source>Canceled (reason)</source>
        <translation>Avbröt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Kopplat</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Default Value</source>
        <translation>Standardvärde</translation>
    </message>
    <message>
        <source>Phone Call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Avtalad tid</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Programinställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation>Samma som operativsystemet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>To open another database, start CaseDesk with --database URL.</source>
        <translation>Starta CaseDesk med --database URL för att öppna en annan databas.</translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
</context>
</TS>
