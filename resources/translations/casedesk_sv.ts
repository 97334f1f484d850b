<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>AccountColumns</name>
    <message>
        <source>Account Name</source>
        <extracomment>rows read per step when the inactive records are picked out of all of them</extracomment>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Account Number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
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
        <source>Primary Contact</source>
        <translation>Primär kontakt</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Full Name</source>
        <extracomment>field → what its error says (a function: the text follows the language)</extracomment>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation>Arbetstelefon</translation>
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
        <source>Press Enter to look up what you typed and choose a record, or clear the field.</source>
        <translation>Tryck på Retur för att slå upp det du skrev och välja en post, eller töm fältet.</translation>
    </message>
    <message>
        <source>Activate the account “%1”?</source>
        <translation>Vill du aktivera kontot ”%1”?</translation>
    </message>
    <message>
        <source>Deactivate the account “%1”? It stays with its contacts and cases but is no longer offered for new cases.</source>
        <translation>Vill du inaktivera kontot ”%1”? Det behåller sina kontakter och ärenden men erbjuds inte längre för nya ärenden.</translation>
    </message>
    <message>
        <source>The account has unsaved changes. Close it and lose them?</source>
        <translation>Kontot har ändringar som inte har sparats. Vill du stänga det och förlora dem?</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>This account is inactive: activate it to edit it.</source>
        <translation>Kontot är inaktivt: aktivera det för att redigera det.</translation>
    </message>
    <message>
        <source>Account commands</source>
        <translation>Kontokommandon</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Kontoinformation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Account &amp;Name:</source>
        <translation>Konto&amp;namn:</translation>
    </message>
    <message>
        <source>Account N&amp;umber:</source>
        <translation>Konton&amp;ummer:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Webbplats:</translation>
    </message>
    <message>
        <source>P&amp;arent Account:</source>
        <translation>Överordnat &amp;konto:</translation>
    </message>
    <message>
        <source>Primary &amp;Contact:</source>
        <translation>&amp;Primär kontakt:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>Postal C&amp;ode:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Skriv ett namn och tryck på Retur</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Contacts of the account</source>
        <translation>Kontots kontakter</translation>
    </message>
    <message>
        <source>Contact commands</source>
        <translation>Kontaktkommandon</translation>
    </message>
    <message>
        <source>Save the account to add its contacts.</source>
        <translation>Spara kontot för att lägga till kontakter.</translation>
    </message>
    <message>
        <source>No active contacts yet.</source>
        <translation>Inga aktiva kontakter än.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Cases of the account</source>
        <translation>Kontots ärenden</translation>
    </message>
    <message>
        <source>Save the account to see its cases.</source>
        <translation>Spara kontot för att se dess ärenden.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Inga ärenden än.</translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation>Aktiva berättiganden</translation>
    </message>
</context>
<context>
    <name>AccountListPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) selected</source>
        <translation>
            <numerusform>%n konto markerat</numerusform>
            <numerusform>%n konton markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the account “%1”?</source>
        <translation>Vill du aktivera kontot ”%1”?</translation>
    </message>
    <message>
        <source>Deactivate the account “%1”? It stays with its contacts and cases but is no longer offered for new cases.</source>
        <translation>Vill du inaktivera kontot ”%1”? Det behåller sina kontakter och ärenden men erbjuds inte längre för nya ärenden.</translation>
    </message>
    <message numerus="yes">
        <source>Activate %n account(s)?</source>
        <translation>
            <numerusform>Vill du aktivera %n konto?</numerusform>
            <numerusform>Vill du aktivera %n konton?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n account(s)? They stay with their contacts and cases but are no longer offered for new cases.</source>
        <translation>
            <numerusform>Vill du inaktivera %n konto? Det behåller sina kontakter och ärenden men erbjuds inte längre för nya ärenden.</numerusform>
            <numerusform>Vill du inaktivera %n konton? De behåller sina kontakter och ärenden men erbjuds inte längre för nya ärenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active Accounts</source>
        <translation>Aktiva konton</translation>
    </message>
    <message>
        <source>Inactive Accounts</source>
        <translation>Inaktiva konton</translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vy:</translation>
    </message>
    <message>
        <source>Account view</source>
        <translation>Kontovy</translation>
    </message>
    <message>
        <source>Filter by name, account number, city or e-mail…</source>
        <translation>Filtrera på namn, kontonummer, ort eller e-post…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrera konton</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Account commands</source>
        <translation>Kontokommandon</translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation>Antal konton</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Not available yet: coming in a later version of CaseDesk.</source>
        <extracomment>a reason the command is not available yet (shown as tooltip), or None New Account / New Contact (each on its own page or form, never both visible at once). Lead: move these two into hotkeys.py (NEW_CUSTOMER, SAVE) with the other shortcuts.</extracomment>
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
    <message>
        <source>New &amp;Account</source>
        <translation>Nytt &amp;konto</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Skapa ett konto</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>Öppna det markerade kontot</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Make the account inactive</source>
        <translation>Gör kontot inaktivt</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>&amp;Aktivera</translation>
    </message>
    <message>
        <source>Make the account active again</source>
        <translation>Gör kontot aktivt igen</translation>
    </message>
    <message>
        <source>Open a new case for the account</source>
        <translation>Skapa ett nytt ärende för kontot</translation>
    </message>
    <message>
        <source>New &amp;Contact</source>
        <translation>Ny &amp;kontakt</translation>
    </message>
    <message>
        <source>Create a contact</source>
        <translation>Skapa en kontakt</translation>
    </message>
    <message>
        <source>Open the selected contact</source>
        <translation>Öppna den markerade kontakten</translation>
    </message>
    <message>
        <source>Make the contact inactive</source>
        <translation>Gör kontakten inaktiv</translation>
    </message>
    <message>
        <source>Make the contact active again</source>
        <translation>Gör kontakten aktiv igen</translation>
    </message>
    <message>
        <source>Open a new case for the contact</source>
        <translation>Skapa ett nytt ärende för kontakten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Close</source>
        <translation>Spara och stäng</translation>
    </message>
    <message>
        <source>Save the changes and close the window</source>
        <translation>Spara ändringarna och stäng fönstret</translation>
    </message>
    <message>
        <source>Open the selected activity</source>
        <translation>Öppna den markerade aktiviteten</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>Öppna ä&amp;rende</translation>
    </message>
    <message>
        <source>Open the case the activity is regarding</source>
        <translation>Öppna ärendet som aktiviteten gäller</translation>
    </message>
    <message>
        <source>Mark &amp;Complete</source>
        <translation>Markera som &amp;slutförd</translation>
    </message>
    <message>
        <source>Complete the selected open activity</source>
        <translation>Slutför den markerade öppna aktiviteten</translation>
    </message>
    <message>
        <source>Cancel &amp;Activity</source>
        <translation>Avbryt &amp;aktivitet</translation>
    </message>
    <message>
        <source>Cancel the selected open activity</source>
        <translation>Avbryt den markerade öppna aktiviteten</translation>
    </message>
    <message>
        <source>&amp;Phone Call</source>
        <translation>&amp;Telefonsamtal</translation>
    </message>
    <message>
        <source>Add a phone call to the case</source>
        <translation>Lägg till ett telefonsamtal i ärendet</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Uppgift</translation>
    </message>
    <message>
        <source>Add a task to the case</source>
        <translation>Lägg till en uppgift i ärendet</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Record an e-mail on the case</source>
        <translation>Registrera ett e-postmeddelande i ärendet</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>A&amp;vtalad tid</translation>
    </message>
    <message>
        <source>Add an appointment to the case</source>
        <translation>Lägg till en avtalad tid i ärendet</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <source>Add a note or a file to the case</source>
        <translation>Lägg till en anteckning eller en fil i ärendet</translation>
    </message>
    <message>
        <source>&amp;Import E-mail…</source>
        <translation>&amp;Importera e-post…</translation>
    </message>
    <message>
        <source>Add a saved e-mail (.eml file) to the case; you can also drop .eml files on the timeline</source>
        <translation>Lägg till ett sparat e-postmeddelande (.eml-fil) i ärendet; du kan också släppa .eml-filer på tidslinjen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Undo the changes not saved yet</source>
        <translation>Ångra ändringarna som inte har sparats</translation>
    </message>
    <message>
        <source>Add Status &amp;Reason…</source>
        <translation>Lägg till &amp;statusorsak…</translation>
    </message>
    <message>
        <source>Add a status reason to Active, Resolved or Canceled</source>
        <translation>Lägg till en statusorsak för Aktiv, Löst eller Avbruten</translation>
    </message>
    <message>
        <source>&amp;New Entitlement</source>
        <translation>&amp;Nytt berättigande</translation>
    </message>
    <message>
        <source>Create an entitlement</source>
        <translation>Skapa ett berättigande</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nytt från &amp;mall…</translation>
    </message>
    <message>
        <source>Create an entitlement prefilled from a template</source>
        <translation>Skapa ett berättigande som fylls i från en mall</translation>
    </message>
    <message>
        <source>Open the selected entitlement</source>
        <translation>Öppna det markerade berättigandet</translation>
    </message>
    <message>
        <source>Activate the entitlement: cases can use its terms</source>
        <translation>Aktivera berättigandet: ärenden kan använda dess villkor</translation>
    </message>
    <message>
        <source>Return the entitlement to Draft to edit it</source>
        <translation>Gör berättigandet till ett utkast igen för att redigera det</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Entitlement</source>
        <translation>Avbryt &amp;berättigande</translation>
    </message>
    <message>
        <source>Cancel the entitlement: cases can no longer use it</source>
        <translation>Avbryt berättigandet: ärenden kan inte längre använda det</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Förnya</translation>
    </message>
    <message>
        <source>Create a new draft from today for the same length</source>
        <translation>Skapa ett nytt utkast från i dag med samma längd</translation>
    </message>
    <message>
        <source>Set As De&amp;fault</source>
        <translation>Ange som &amp;standard</translation>
    </message>
    <message>
        <source>Make this the customer&apos;s default entitlement</source>
        <translation>Gör detta till kundens standardberättigande</translation>
    </message>
    <message>
        <source>Remove De&amp;fault</source>
        <translation>Ta bort som &amp;standard</translation>
    </message>
    <message>
        <source>The entitlement is no longer the customer&apos;s default</source>
        <translation>Berättigandet är inte längre kundens standardberättigande</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Ta bort den markerade raden</translation>
    </message>
    <message>
        <source>&amp;New Template</source>
        <translation>&amp;Ny mall</translation>
    </message>
    <message>
        <source>Create an entitlement template</source>
        <translation>Skapa en berättigandemall</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Ta bort den markerade mallen</translation>
    </message>
    <message>
        <source>Open the case of the selected item</source>
        <translation>Öppna ärendet för det markerade objektet</translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation>&amp;Plocka…</translation>
    </message>
    <message>
        <source>Work on the selected items: you become their Worked By and the owner of their cases</source>
        <translation>Arbeta med de markerade objekten: du blir Arbetas med av och ägare till deras ärenden</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>S&amp;läpp</translation>
    </message>
    <message>
        <source>Stop working on the selected items: they are available in their queue again</source>
        <translation>Sluta arbeta med de markerade objekten: de blir tillgängliga i sin kö igen</translation>
    </message>
    <message>
        <source>Ro&amp;ute…</source>
        <translation>&amp;Cirkulera…</translation>
    </message>
    <message>
        <source>Move the selected items to another queue, or route them to a user or team</source>
        <translation>Flytta de markerade objekten till en annan kö, eller cirkulera dem till en användare eller ett team</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Take the selected items out of their queue</source>
        <translation>Ta bort de markerade objekten ur sin kö</translation>
    </message>
    <message>
        <source>&amp;New Queue</source>
        <translation>&amp;Ny kö</translation>
    </message>
    <message>
        <source>Create a queue</source>
        <translation>Skapa en kö</translation>
    </message>
    <message>
        <source>Delete the selected queue</source>
        <translation>Ta bort den markerade kön</translation>
    </message>
    <message>
        <source>New &amp;User</source>
        <translation>Ny &amp;användare</translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation>Skapa en användare</translation>
    </message>
    <message>
        <source>Make the user inactive: they can no longer be assigned cases</source>
        <translation>Gör användaren inaktiv: hen kan inte längre tilldelas ärenden</translation>
    </message>
    <message>
        <source>Make the user active again</source>
        <translation>Gör användaren aktiv igen</translation>
    </message>
    <message>
        <source>New &amp;Team</source>
        <translation>Nytt &amp;team</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>Skapa ett team</translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation>Ta bort det markerade teamet</translation>
    </message>
    <message>
        <source>&amp;New Rule Set</source>
        <translation>&amp;Ny regeluppsättning</translation>
    </message>
    <message>
        <source>Create a routing rule set</source>
        <translation>Skapa en uppsättning hanteringsregler</translation>
    </message>
    <message>
        <source>Make this the active rule set (the active one becomes a draft)</source>
        <translation>Gör detta till den aktiva regeluppsättningen (den aktiva blir ett utkast)</translation>
    </message>
    <message>
        <source>Return the rule set to Draft to edit it</source>
        <translation>Gör regeluppsättningen till ett utkast igen för att redigera den</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the draft rule set</source>
        <translation>Ta bort regeluppsättningen (ett utkast)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add a subject under the selected subject</source>
        <translation>Lägg till ett ämne under det markerade ämnet</translation>
    </message>
    <message>
        <source>Add &amp;Top-Level</source>
        <translation>Lägg till på &amp;översta nivån</translation>
    </message>
    <message>
        <source>Add a subject at the top of the tree</source>
        <translation>Lägg till ett ämne överst i trädet</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Rename the selected subject</source>
        <translation>Byt namn på det markerade ämnet</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Flytta till…</translation>
    </message>
    <message>
        <source>Move the selected subject under another subject (or drag it)</source>
        <translation>Flytta det markerade ämnet under ett annat ämne (eller dra det)</translation>
    </message>
    <message>
        <source>Delete the selected subject: its subjects move up to its parent</source>
        <translation>Ta bort det markerade ämnet: dess underämnen flyttas upp till dess överordnade ämne</translation>
    </message>
    <message>
        <source>&amp;New Product</source>
        <translation>&amp;Ny produkt</translation>
    </message>
    <message>
        <source>Create a product</source>
        <translation>Skapa en produkt</translation>
    </message>
    <message>
        <source>Make the product inactive: new cases can no longer choose it</source>
        <translation>Gör produkten inaktiv: nya ärenden kan inte längre välja den</translation>
    </message>
    <message>
        <source>Make the product active again</source>
        <translation>Gör produkten aktiv igen</translation>
    </message>
</context>
<context>
    <name>ActiveEntitlementsList</name>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 av %2 timmar</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 ärenden</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berättigande</translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation>Återstående villkor</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation>Aktiva berättiganden</translation>
    </message>
    <message>
        <source>No active entitlements.</source>
        <translation>Inga aktiva berättiganden.</translation>
    </message>
</context>
<context>
    <name>ActivityCloseDialog</name>
    <message>
        <source>Complete Activity</source>
        <extracomment>the most minutes the steps go to (the controller&apos;s MAX_DURATION) what can be typed: more than MAX_DURATION, so a number out of range is refused at the field with a reason instead of being cut silently</extracomment>
        <translation>Slutför aktivitet</translation>
    </message>
    <message>
        <source>Mark the activity as completed. It becomes read-only.</source>
        <translation>Markera aktiviteten som slutförd. Den blir skrivskyddad.</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel Activity</source>
        <translation>Avbryt aktivitet</translation>
    </message>
    <message>
        <source>Cancel the activity? It stays in the timeline as canceled and becomes read-only.</source>
        <translation>Avbryta aktiviteten? Den finns kvar i tidslinjen som avbruten och blir skrivskyddad.</translation>
    </message>
    <message>
        <source>Cancel &amp;Activity</source>
        <translation>Avbryt &amp;aktivitet</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Status Reason:</source>
        <translation>&amp;Statusorsak:</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varaktighet:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varaktighet i minuter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Activity Type</source>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Angående</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>New Phone Call</source>
        <translation>Nytt telefonsamtal</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Ny uppgift</translation>
    </message>
    <message>
        <source>New E-mail</source>
        <translation>Nytt e-postmeddelande</translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation>Ny avtalad tid</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Slutförd.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Avbruten.</translation>
    </message>
    <message>
        <source>Someone else saved this activity after you opened it. Load their version? Your changes will be lost.</source>
        <translation>Någon annan sparade aktiviteten efter att du öppnade den. Läsa in deras version? Dina ändringar går förlorade.</translation>
    </message>
    <message>
        <source>The activity has changes that are not saved. Save them?</source>
        <translation>Aktiviteten har ändringar som inte är sparade. Spara dem?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Spara (%1)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Close</source>
        <translation>Spara och stäng</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Complete</source>
        <translation>Spara och slutför</translation>
    </message>
    <message>
        <source>Save and mark as completed in one step, e.g. a call logged while it happens</source>
        <translation>Spara och markera som slutförd i ett steg, t.ex. ett samtal som loggas medan det pågår</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Slutför…</translation>
    </message>
    <message>
        <source>Mark as completed with a status reason and the time spent</source>
        <translation>Markera som slutförd med statusorsak och åtgången tid</translation>
    </message>
    <message>
        <source>Cancel Activity…</source>
        <translation>Avbryt aktivitet…</translation>
    </message>
    <message>
        <source>Cancel the activity with a status reason</source>
        <translation>Avbryt aktiviteten med en statusorsak</translation>
    </message>
    <message>
        <source>Save the activity before canceling it</source>
        <translation>Spara aktiviteten innan du avbryter den</translation>
    </message>
    <message>
        <source>The activity is completed or canceled.</source>
        <translation>Aktiviteten är slutförd eller avbruten.</translation>
    </message>
    <message>
        <source>Activity commands</source>
        <translation>Aktivitetskommandon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Skapad %1 av %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This activity is completed (%1) and read-only.</source>
        <translation>Aktiviteten är slutförd (%1) och skrivskyddad.</translation>
    </message>
    <message>
        <source>This activity is canceled (%1) and read-only.</source>
        <translation>Aktiviteten är avbruten (%1) och skrivskyddad.</translation>
    </message>
    <message>
        <source>Closed on %2.</source>
        <translation>Stängd %2.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Förfallodatum:</translation>
    </message>
    <message>
        <source>&amp;Subject: *</source>
        <translation>Ä&amp;mne: *</translation>
    </message>
    <message>
        <source>Subject (required)</source>
        <translation>Ämne (obligatoriskt)</translation>
    </message>
    <message>
        <source>&amp;Regarding:</source>
        <translation>&amp;Angående:</translation>
    </message>
    <message>
        <source>Regarding case</source>
        <translation>Angående ärende</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ä&amp;gare:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Status &amp;Reason:</source>
        <translation>Status&amp;orsak:</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Call &amp;With:</source>
        <translation>Samtal &amp;med:</translation>
    </message>
    <message>
        <source>Call With</source>
        <translation>Samtal med</translation>
    </message>
    <message>
        <source>P&amp;hone Number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Left Voice Mail</source>
        <translation>Lämnade röstmeddelande</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Kopia:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>P&amp;lats:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Slut:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation>Förfallodatum angivet</translation>
    </message>
    <message>
        <source>All Day</source>
        <translation>Heldag</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Varaktighet:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varaktighet i minuter</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Left &amp;Voice Mail</source>
        <translation>Lämnade &amp;röstmeddelande</translation>
    </message>
    <message>
        <source>&amp;All Day</source>
        <translation>&amp;Heldag</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ange</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The time actually spent, in minutes; the arrows step by quarters of an hour</source>
        <translation>Den tid som faktiskt lades ned, i minuter; pilarna stegar en kvart i taget</translation>
    </message>
    <message>
        <source>Look up a case by number or title</source>
        <translation>Sök ett ärende på nummer eller rubrik</translation>
    </message>
    <message>
        <source>Look up a user or team</source>
        <translation>Sök en användare eller ett team</translation>
    </message>
    <message>
        <source>Look up an account or contact</source>
        <translation>Sök ett konto eller en kontakt</translation>
    </message>
    <message>
        <source>Addresses separated by ;</source>
        <translation>Adresser åtskilda med ;</translation>
    </message>
</context>
<context>
    <name>ActivityListPage</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) selected</source>
        <translation>
            <numerusform>%n aktivitet markerad</numerusform>
            <numerusform>%n aktiviteter markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation>Mina aktiviteter</translation>
    </message>
    <message>
        <source>All Open Activities</source>
        <translation>Alla öppna aktiviteter</translation>
    </message>
    <message>
        <source>Overdue Activities</source>
        <translation>Försenade aktiviteter</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vy:</translation>
    </message>
    <message>
        <source>Activity view</source>
        <translation>Aktivitetsvy</translation>
    </message>
    <message>
        <source>Filter by subject, case number or customer…</source>
        <translation>Filtrera på ämne, ärendenummer eller kund…</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrera aktiviteter</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Activity commands</source>
        <translation>Aktivitetskommandon</translation>
    </message>
    <message>
        <source>Number of activities</source>
        <translation>Antal aktiviteter</translation>
    </message>
</context>
<context>
    <name>AddStatusReasonDialog</name>
    <message>
        <source>Add Status Reason</source>
        <extracomment>the matrix&apos;s own header rows and columns: the state, then the status reason on a cell: (from reason, to reason)</extracomment>
        <translation>Lägg till statusorsak</translation>
    </message>
    <message>
        <source>The new status reason is offered for cases in the state you choose. Allow changes to and from it in the matrix.</source>
        <translation>Den nya statusorsaken erbjuds för ärenden med den status du väljer. Tillåt ändringar till och från den i matrisen.</translation>
    </message>
    <message>
        <source>About status reasons</source>
        <translation>Om statusorsaker</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>For example: Waiting for Customer</source>
        <translation>Till exempel: Väntar på kunden</translation>
    </message>
    <message>
        <source>Label error</source>
        <translation>Fel i etiketten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add the status reason</source>
        <translation>Lägg till statusorsaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <source>Add to Queue</source>
        <extracomment>{case id: version the user saw} (None: not checked); on_conflict(error) when stale the queue the case is in now (one case only), else None</extracomment>
        <translation>Lägg till i kö</translation>
    </message>
    <message numerus="yes">
        <source>Choose the queue for the %n selected case(s). A case is in one queue at a time: a case that is already in a queue moves to this one.</source>
        <translation>
            <numerusform>Välj kön för %n markerat ärende. Ett ärende finns i en kö i taget: finns det redan i en kö flyttas det till den här.</numerusform>
            <numerusform>Välj kön för de %n markerade ärendena. Ett ärende finns i en kö i taget: ärenden som redan finns i en kö flyttas till den här.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Add to Queue</source>
        <translation>Om Lägg till i kö</translation>
    </message>
    <message>
        <source>&amp;Queue: *</source>
        <translation>&amp;Kö: *</translation>
    </message>
    <message>
        <source>Queue (required)</source>
        <translation>Kö (obligatorisk)</translation>
    </message>
    <message>
        <source>Look up a queue by name</source>
        <translation>Slå upp en kö på namn</translation>
    </message>
    <message>
        <source>Queue error</source>
        <translation>Fel i kön</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Current queue</source>
        <translation>Nuvarande kö</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Lägg till i kön</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <source>The case is in the queue “%1”. Add moves it to “%2”.</source>
        <translation>Ärendet finns i kön ”%1”. Lägg till flyttar det till ”%2”.</translation>
    </message>
    <message>
        <source>The case is in the queue “%1”.</source>
        <translation>Ärendet finns i kön ”%1”.</translation>
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
    <name>ApplyRoutingDialog</name>
    <message>
        <source>Routing stopped: %1</source>
        <translation>Cirkuleringen avbröts: %1</translation>
    </message>
    <message>
        <source>Apply Routing Rule</source>
        <translation>Tillämpa hanteringsregel</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Cirkulera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected case(s) will be routed based on the active routing rule set.</source>
        <translation>
            <numerusform>%Ln markerat ärende kommer att cirkuleras baserat på den aktiva uppsättningen hanteringsregler.</numerusform>
            <numerusform>%Ln markerade ärenden kommer att cirkuleras baserat på den aktiva uppsättningen hanteringsregler.</numerusform>
        </translation>
    </message>
    <message>
        <source>About routing</source>
        <translation>Om cirkulering</translation>
    </message>
    <message>
        <source>Routing progress</source>
        <translation>Cirkuleringens förlopp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Where each case went</source>
        <translation>Vart varje ärende gick</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogrutans knappar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Stopping after the current case…</source>
        <translation>Stoppar efter det aktuella ärendet…</translation>
    </message>
    <message>
        <source>Routing case %1 of %2…</source>
        <translation>Cirkulerar ärende %1 av %2…</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Cirkulera</translation>
    </message>
    <message>
        <source>Route the cases</source>
        <translation>Cirkulera ärendena</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop routing</source>
        <translation>Stoppa cirkuleringen</translation>
    </message>
    <message>
        <source>Canceled after %1 of %2 cases. The other cases were not routed.</source>
        <translation>Avbröts efter %1 av %2 ärenden. De övriga ärendena cirkulerades inte.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln case(s) processed.</source>
        <translation>
            <numerusform>Klart: %Ln ärende behandlat.</numerusform>
            <numerusform>Klart: %Ln ärenden behandlade.</numerusform>
        </translation>
    </message>
    <message>
        <source>To a queue: %1 · To an owner: %2 · Unchanged: %3</source>
        <translation>Till en kö: %1 · Till en ägare: %2 · Oförändrade: %3</translation>
    </message>
    <message>
        <source>Not routed: %1</source>
        <translation>Inte cirkulerade: %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to Team or User</source>
        <extracomment>the lookup&apos;s results: users and teams (LookupItem.kind) {case id: version the user saw} (None: not checked); on_conflict(error) when stale</extracomment>
        <translation>Tilldela till team eller användare</translation>
    </message>
    <message numerus="yes">
        <source>You have selected %n case(s). To whom would you like to assign them?</source>
        <translation>
            <numerusform>Du har markerat %n ärende. Vem vill du tilldela det?</numerusform>
            <numerusform>Du har markerat %n ärenden. Vem vill du tilldela dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases to assign</source>
        <translation>Ärenden att tilldela</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Tilldela:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>&amp;Mig</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Tilldela mig</translation>
    </message>
    <message>
        <source>&amp;User or team</source>
        <translation>&amp;Användare eller team</translation>
    </message>
    <message>
        <source>Assign to a user or team</source>
        <translation>Tilldela en användare eller ett team</translation>
    </message>
    <message>
        <source>User or team</source>
        <translation>Användare eller team</translation>
    </message>
    <message>
        <source>Look up a user or team by name</source>
        <translation>Slå upp en användare eller ett team på namn</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>User or team error</source>
        <translation>Fel i användare eller team</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tilldela</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>AssociateChildCasesDialog</name>
    <message>
        <source>Set Parent Child Relationship</source>
        <extracomment>the longest case title (the case form&apos;s) {case id: version the user saw} (None: not checked); on_conflict(error) when stale</extracomment>
        <translation>Ange relation mellan överordnat och underordnat ärende</translation>
    </message>
    <message numerus="yes">
        <source>Choose the parent case of the %n selected case(s): %1</source>
        <translation>
            <numerusform>Välj det överordnade ärendet för det %n markerade ärendet: %1</numerusform>
            <numerusform>Välj det överordnade ärendet för de %n markerade ärendena: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose the parent case of the %n selected case(s).</source>
        <translation>
            <numerusform>Välj det överordnade ärendet för det %n markerade ärendet.</numerusform>
            <numerusform>Välj det överordnade ärendet för de %n markerade ärendena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child cases</source>
        <translation>Underordnade ärenden</translation>
    </message>
    <message>
        <source>&amp;Parent Case: *</source>
        <translation>Över&amp;ordnat ärende: *</translation>
    </message>
    <message>
        <source>Parent Case (required)</source>
        <translation>Överordnat ärende (obligatoriskt)</translation>
    </message>
    <message>
        <source>Look up a case by number or title</source>
        <translation>Sök ett ärende på nummer eller rubrik</translation>
    </message>
    <message>
        <source>One level only: the parent can&apos;t be a child case, and a parent case can&apos;t become a child case.</source>
        <translation>Bara en nivå: det överordnade ärendet kan inte vara ett underordnat ärende, och ett överordnat ärende kan inte bli ett underordnat ärende.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>&amp;Associate</source>
        <translation>&amp;Koppla</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>kind → (background, border, text); light tints that read on light and dark themes</extracomment>
        <translation>Stäng meddelandet</translation>
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
    <name>CaseForm</name>
    <message>
        <source>Account</source>
        <extracomment>commands of the case command bar that later versions bring (SPEC §4.3)</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>%1 of %2 hours left</source>
        <translation>%1 av %2 timmar kvar</translation>
    </message>
    <message>
        <source>%1 of %2 cases left</source>
        <translation>%1 av %2 ärenden kvar</translation>
    </message>
    <message>
        <source>Create a new customer for “%1”:</source>
        <translation>Skapa en ny kund för ”%1”:</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Välj kunden först.</translation>
    </message>
    <message>
        <source>Discard the new case and open %1 instead?</source>
        <translation>Släpp det nya ärendet och öppna %1 i stället?</translation>
    </message>
    <message>
        <source>Save the case first.</source>
        <translation>Spara ärendet först.</translation>
    </message>
    <message>
        <source>The case is resolved or canceled. Reactivate it first.</source>
        <translation>Ärendet är löst eller avbrutet. Återaktivera det först.</translation>
    </message>
    <message>
        <source>The case is active.</source>
        <translation>Ärendet är aktivt.</translation>
    </message>
    <message>
        <source>The case is escalated already.</source>
        <translation>Ärendet är redan eskalerat.</translation>
    </message>
    <message>
        <source>The case is not escalated.</source>
        <translation>Ärendet är inte eskalerat.</translation>
    </message>
    <message>
        <source>The case is escalated. Route it now with the active routing rule set?</source>
        <translation>Ärendet är eskalerat. Dirigera det nu med den aktiva hanteringsregeluppsättningen?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Undersök</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lös</translation>
    </message>
    <message>
        <source>The case has changes that are not saved. Save them?</source>
        <translation>Ärendet har ändringar som inte är sparade. Spara dem?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Spara (%1)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Close</source>
        <translation>Spara och stäng</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Skapa ett nytt ärende</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Stäng ärende</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>Avbryt ärende</translation>
    </message>
    <message>
        <source>Reactivate Case</source>
        <translation>Återaktivera ärende</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalera</translation>
    </message>
    <message>
        <source>De-escalate</source>
        <translation>Aveskalera</translation>
    </message>
    <message>
        <source>Create Child Case</source>
        <translation>Skapa underordnat ärende</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Route</source>
        <translation>Spara och dirigera</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Lägg till i kö</translation>
    </message>
    <message>
        <source>Do not decrement entitlement terms</source>
        <translation>Minska inte berättigandevillkor</translation>
    </message>
    <message>
        <source>Decrement entitlement terms</source>
        <translation>Minska berättigandevillkor</translation>
    </message>
    <message>
        <source>Entitlement terms are not decremented for this case.</source>
        <translation>Berättigandevillkoren minskas inte för det här ärendet.</translation>
    </message>
    <message>
        <source>Parent Case:</source>
        <translation>Överordnat ärende:</translation>
    </message>
    <message>
        <source>Parent Case</source>
        <translation>Överordnat ärende</translation>
    </message>
    <message>
        <source>Child Cases</source>
        <translation>Underordnade ärenden</translation>
    </message>
    <message>
        <source>Merged Cases</source>
        <translation>Sammanslagna ärenden</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>More Commands</source>
        <translation>Fler kommandon</translation>
    </message>
    <message>
        <source>Case commands</source>
        <translation>Ärendekommandon</translation>
    </message>
    <message>
        <source>Find Similar Cases</source>
        <translation>Sök efter liknande ärenden</translation>
    </message>
    <message>
        <source>Look at resolved cases on this subject to learn how they were solved</source>
        <translation>Se hur lösta ärenden med samma ämne löstes</translation>
    </message>
    <message>
        <source>Similar Cases</source>
        <translation>Liknande ärenden</translation>
    </message>
    <message>
        <source>&amp;Entitlement</source>
        <translation>&amp;Berättigande</translation>
    </message>
    <message>
        <source>Similar Cases come with Find Similar Cases in a later version.</source>
        <translation>Liknande ärenden kommer med Sök efter liknande ärenden i en senare version.</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
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
        <source>%1 changed this case. Your unsaved changes are kept.</source>
        <translation>%1 har ändrat ärendet. Dina osparade ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Someone else changed this case. Your unsaved changes are kept.</source>
        <translation>Någon annan har ändrat ärendet. Dina osparade ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Jämför…</translation>
    </message>
    <message>
        <source>Not saved: the connection to the database was lost. Your changes are kept here; save again when CaseDesk says it is reconnected.</source>
        <translation>Inte sparat: anslutningen till databasen bröts. Dina ändringar finns kvar här; spara igen när CaseDesk säger att anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Save Again</source>
        <translation>Spara igen</translation>
    </message>
    <message>
        <source>Load the saved case? Your unsaved changes will be lost.</source>
        <translation>Läsa in det sparade ärendet? Dina osparade ändringar går förlorade.</translation>
    </message>
    <message>
        <source>%1 resolved or canceled this case at %2, after you opened it, so your changes can&apos;t be saved. They are still shown here; reactivate the case (after reloading it) to change it.</source>
        <translation>%1 stängde eller avbröt ärendet den %2, efter att du öppnade det, så dina ändringar kan inte sparas. De visas fortfarande här; läs in ärendet igen och återaktivera det för att ändra det.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>%1 changed this case at %2, after you opened it, so nothing was done. Save your changes first (you can merge them with theirs), then try again.</source>
        <translation>%1 ändrade ärendet den %2, efter att du öppnade det, så inget gjordes. Spara dina ändringar först (du kan sammanfoga dem med deras) och försök sedan igen.</translation>
    </message>
    <message>
        <source>%1 changed this case at %2, after you opened it, so nothing was done. The case was reloaded: check it and try again.</source>
        <translation>%1 ändrade ärendet den %2, efter att du öppnade det, så inget gjordes. Ärendet har lästs in igen: kontrollera det och försök igen.</translation>
    </message>
    <message>
        <source>%1 changed this case at %2. It was reloaded.</source>
        <translation>%1 ändrade ärendet den %2. Det har lästs in igen.</translation>
    </message>
    <message>
        <source>This case is resolved and read-only. Reactivate it to change it.</source>
        <translation>Ärendet är löst och skrivskyddat. Återaktivera det för att ändra det.</translation>
    </message>
    <message>
        <source>This case is canceled and read-only. Reactivate it to change it.</source>
        <translation>Ärendet är avbrutet och skrivskyddat. Återaktivera det för att ändra det.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <source>Browse the subject tree</source>
        <translation>Bläddra i ämnesträdet</translation>
    </message>
    <message>
        <source>Find Customer</source>
        <translation>Sök kund</translation>
    </message>
    <message>
        <source>Find Case</source>
        <translation>Sök ärende</translation>
    </message>
    <message>
        <source>Check for an existing active case of this customer before opening a new one</source>
        <translation>Se efter om kunden redan har ett aktivt ärende innan du skapar ett nytt</translation>
    </message>
    <message>
        <source>&amp;Customer*</source>
        <translation>&amp;Kund*</translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation>Ko&amp;ntakt</translation>
    </message>
    <message>
        <source>Case &amp;Title*</source>
        <translation>Ärende&amp;rubrik*</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Ursprung</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Case T&amp;ype</source>
        <translation>Ärende&amp;typ</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>Pr&amp;ioritet</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>&amp;Status Reason</source>
        <translation>&amp;Statusorsak</translation>
    </message>
    <message>
        <source>&amp;Follow Up By</source>
        <translation>Uppf&amp;öljning senast</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Ä&amp;gare</translation>
    </message>
    <message>
        <source>Existing Case</source>
        <translation>Befintligt ärende</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ange</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Ärenderelationer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Changed On</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Old Value</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <source>New Value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>Changed By</source>
        <translation>Ändrad av</translation>
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
    <name>CaseSettingsPage</name>
    <message>
        <source>Case settings saved.</source>
        <extracomment>the closure preferences (SPEC §2.7), as stored, in the order shown fields every child case inherits, whatever the setting says the entitlement settings (SPEC §3.2), stored through admin.set_setting True when there are unsaved changes, False when there are none again field → a function giving its error (None: the banner above the settings)</extracomment>
        <translation>Ärendeinställningarna har sparats.</translation>
    </message>
    <message>
        <source>Save the changes to the case settings?</source>
        <translation>Vill du spara ändringarna i ärendeinställningarna?</translation>
    </message>
    <message>
        <source>Case Settings</source>
        <translation>Ärendeinställningar</translation>
    </message>
    <message>
        <source>Case settings commands</source>
        <translation>Kommandon för ärendeinställningar</translation>
    </message>
    <message>
        <source>Only administrators can change the case settings. You can look at them here.</source>
        <translation>Endast administratörer kan ändra ärendeinställningarna. Här kan du se dem.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Parent and child cases</source>
        <translation>Överordnade / underordnade ärenden</translation>
    </message>
    <message>
        <source>&amp;Maximum number of child cases:</source>
        <translation>&amp;Högsta antal underordnade ärenden:</translation>
    </message>
    <message>
        <source>Maximum number of child cases</source>
        <translation>Högsta antal underordnade ärenden</translation>
    </message>
    <message>
        <source>From 1 to 1000</source>
        <translation>Från 1 till 1000</translation>
    </message>
    <message>
        <source>A parent case can have at most this many child cases (1 to 1000).</source>
        <translation>Ett överordnat ärende kan ha högst så här många underordnade ärenden (1 till 1000).</translation>
    </message>
    <message>
        <source>About the maximum</source>
        <translation>Om högsta antalet</translation>
    </message>
    <message>
        <source>Maximum number of child cases error</source>
        <translation>Fel i högsta antal underordnade ärenden</translation>
    </message>
    <message>
        <source>&amp;When a parent case is closed:</source>
        <translation>&amp;När ett överordnat ärende stängs:</translation>
    </message>
    <message>
        <source>When a parent case is closed</source>
        <translation>När ett överordnat ärende stängs</translation>
    </message>
    <message>
        <source>Leave its child cases as they are (independent)</source>
        <translation>Lämna de underordnade ärendena som de är (oberoende)</translation>
    </message>
    <message>
        <source>Close all child cases when the parent case is closed</source>
        <translation>Stäng alla underordnade ärenden när det överordnade ärendet stängs</translation>
    </message>
    <message>
        <source>Don&apos;t allow the parent case to close while child cases are active</source>
        <translation>Tillåt inte att det överordnade ärendet stängs medan underordnade ärenden är aktiva</translation>
    </message>
    <message>
        <source>Closure preference error</source>
        <translation>Fel i inställningen för stängning</translation>
    </message>
    <message>
        <source>Fields a child case inherits</source>
        <translation>Fält som ett underordnat ärende ärver</translation>
    </message>
    <message>
        <source>Create Child Case copies these fields from the parent case. Case Title and Customer are always copied.</source>
        <translation>Skapa underordnat ärende kopierar de här fälten från det överordnade ärendet. Ärenderubrik och Kund kopieras alltid.</translation>
    </message>
    <message>
        <source>About inherited fields</source>
        <translation>Om ärvda fält</translation>
    </message>
    <message>
        <source>Inherited fields error</source>
        <translation>Fel i ärvda fält</translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation>%1 (alltid)</translation>
    </message>
    <message>
        <source>Always copied to a child case</source>
        <translation>Kopieras alltid till ett underordnat ärende</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berättiganden</translation>
    </message>
    <message>
        <source>A manager marks an active entitlement Set As Default. A case without an entitlement then gets its customer&apos;s default one:</source>
        <translation>En chef markerar ett aktivt berättigande med Ange som standard. Ett ärende utan berättigande får då kundens standardberättigande:</translation>
    </message>
    <message>
        <source>About default entitlements</source>
        <translation>Om standardberättiganden</translation>
    </message>
    <message>
        <source>Apply the customer&apos;s default entitlement when a case is created</source>
        <translation>Använd kundens standardberättigande när ett ärende skapas</translation>
    </message>
    <message>
        <source>Apply the customer&apos;s default entitlement when its customer, contact or product changes</source>
        <translation>Använd kundens standardberättigande när ärendets kund, kontakt eller produkt ändras</translation>
    </message>
    <message>
        <source>Entitlement settings error</source>
        <translation>Fel i inställningarna för berättiganden</translation>
    </message>
</context>
<context>
    <name>CaseSuggestions</name>
    <message>
        <source>Open case %1</source>
        <extracomment>the pause after the last keystroke before suggestions are looked up (ms) the fewest characters of title worth suggesting for rows per section</extracomment>
        <translation>Öppna ärende %1</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <source>Similar resolved cases</source>
        <translation>Liknande lösta ärenden</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close Case</source>
        <translation>Stäng ärende</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Resolution &amp;Type:</source>
        <translation>S&amp;tängningstyp:</translation>
    </message>
    <message>
        <source>Resolution Type</source>
        <translation>Stängningstyp</translation>
    </message>
    <message>
        <source>&amp;Resolution: *</source>
        <translation>Stängnings&amp;orsak: *</translation>
    </message>
    <message>
        <source>Resolution (required)</source>
        <translation>Stängningsorsak (obligatoriskt)</translation>
    </message>
    <message>
        <source>Total Time:</source>
        <translation>Total tid:</translation>
    </message>
    <message>
        <source>Total Time</source>
        <translation>Total tid</translation>
    </message>
    <message>
        <source>&amp;Billable Time:</source>
        <translation>&amp;Fakturerbar tid:</translation>
    </message>
    <message>
        <source>Billable Time in minutes</source>
        <translation>Fakturerbar tid i minuter</translation>
    </message>
    <message>
        <source>A short explanation of how the case was resolved</source>
        <translation>En kort förklaring till stängningen</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0 min</translation>
    </message>
    <message>
        <source>The duration of the case&apos;s completed activities that are not billed yet</source>
        <translation>Varaktigheten för ärendets slutförda aktiviteter som inte har fakturerats än</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The time to bill the customer, in minutes; the arrows step by %1 minutes</source>
        <translation>Tiden som ska debiteras kunden, i minuter; pilarna stegar med %1 minuter</translation>
    </message>
    <message>
        <source>Billable Time</source>
        <translation>Fakturerbar tid</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n active child case(s) will be closed too, with the same resolution: %1</source>
        <translation>
            <numerusform>%n aktivt underordnat ärende stängs också, med samma stängningsorsak: %1</numerusform>
            <numerusform>%n aktiva underordnade ärenden stängs också, med samma stängningsorsak: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Close or cancel them first: %1</source>
        <translation>Stäng eller avbryt dem först: %1</translation>
    </message>
    <message numerus="yes">
        <source>This case has %n active child case(s). They stay active: %1</source>
        <translation>
            <numerusform>Ärendet har %n aktivt underordnat ärende. Det förblir aktivt: %1</numerusform>
            <numerusform>Ärendet har %n aktiva underordnade ärenden. De förblir aktiva: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Child cases</source>
        <translation>Underordnade ärenden</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation>Villkor</translation>
    </message>
</context>
<context>
    <name>ConditionGroup</name>
    <message>
        <source>And: all of these hold</source>
        <translation>Och: alla dessa gäller</translation>
    </message>
    <message>
        <source>Or: any of these holds</source>
        <translation>Eller: något av dessa gäller</translation>
    </message>
    <message>
        <source>Group type: And or Or</source>
        <translation>Gruppens typ: Och eller Eller</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>Lägg till villkor</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Lägg till ett villkor i gruppen</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <source>Add a group inside this group</source>
        <translation>Lägg till en grupp i gruppen</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Ta bort den här gruppen</translation>
    </message>
    <message>
        <source>No conditions: the rule item applies to every case.</source>
        <translation>Inga villkor: regelobjektet gäller alla ärenden.</translation>
    </message>
    <message>
        <source>An empty group: add a condition or remove it.</source>
        <translation>En tom grupp: lägg till ett villkor eller ta bort den.</translation>
    </message>
    <message>
        <source>Empty group</source>
        <translation>Tom grupp</translation>
    </message>
    <message>
        <source>Condition group</source>
        <translation>Villkorsgrupp</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Ta bort det här villkoret</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Ta bort villkor</translation>
    </message>
    <message>
        <source>Condition error</source>
        <translation>Fel i villkoret</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Villkor</translation>
    </message>
</context>
<context>
    <name>ConfirmCancellationDialog</name>
    <message>
        <source>Confirm Cancellation</source>
        <translation>Bekräfta annullering</translation>
    </message>
    <message>
        <source>Cancel case %1? Choose the status of the case.</source>
        <translation>Avbryta ärende %1? Välj ärendets status.</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Avbryt ärende</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Merge Into: *</source>
        <translation>&amp;Koppla till: *</translation>
    </message>
    <message>
        <source>Merge into case (required)</source>
        <translation>Koppla till ärende (obligatoriskt)</translation>
    </message>
    <message>
        <source>Look up a case by number or title</source>
        <translation>Sök ett ärende på nummer eller rubrik</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bekräfta</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Open activities</source>
        <translation>Öppna aktiviteter</translation>
    </message>
    <message>
        <source>The case becomes Canceled – Merged. Its activities, notes, connections and child cases move to the case it is merged into.</source>
        <translation>Ärendet blir Avbrutet – Kopplat. Dess aktiviteter, anteckningar, anslutningar och underordnade ärenden flyttas till ärendet som det kopplas till.</translation>
    </message>
    <message>
        <source>The case becomes Canceled and read-only. It can be reactivated later.</source>
        <translation>Ärendet blir avbrutet och skrivskyddat. Det kan återaktiveras senare.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>The case has no open activities.</source>
        <translation>Ärendet har inga öppna aktiviteter.</translation>
    </message>
    <message numerus="yes">
        <source>%n open activity(ies) will move to the case it is merged into.</source>
        <translation>
            <numerusform>%n öppen aktivitet flyttas till ärendet som det kopplas till.</numerusform>
            <numerusform>%n öppna aktiviteter flyttas till ärendet som det kopplas till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open activity(ies) will be canceled with the case.</source>
        <translation>
            <numerusform>%n öppen aktivitet avbryts tillsammans med ärendet.</numerusform>
            <numerusform>%n öppna aktiviteter avbryts tillsammans med ärendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active child case(s) will move to the case it is merged into: %1</source>
        <translation>
            <numerusform>%n aktivt underordnat ärende flyttas till ärendet som det kopplas till: %1</numerusform>
            <numerusform>%n aktiva underordnade ärenden flyttas till ärendet som det kopplas till: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active child case(s) will be canceled too: %1</source>
        <translation>
            <numerusform>%n aktivt underordnat ärende avbryts också: %1</numerusform>
            <numerusform>%n aktiva underordnade ärenden avbryts också: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t cancel the parent case because it has %n active child case(s). Close or cancel them first: %1</source>
        <translation>
            <numerusform>Du kan inte avbryta det överordnade ärendet eftersom det har %n aktivt underordnat ärende. Stäng eller avbryt det först: %1</numerusform>
            <numerusform>Du kan inte avbryta det överordnade ärendet eftersom det har %n aktiva underordnade ärenden. Stäng eller avbryt dem först: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This case has %n active child case(s). They stay active: %1</source>
        <translation>
            <numerusform>Ärendet har %n aktivt underordnat ärende. Det förblir aktivt: %1</numerusform>
            <numerusform>Ärendet har %n aktiva underordnade ärenden. De förblir aktiva: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Child cases</source>
        <translation>Underordnade ärenden</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Decrement Entitlement Terms</source>
        <extracomment>the form&apos;s fields in the form&apos;s order: key → the CaseFields attributes it stands for fields whose choice follows the customer&apos;s when the customer&apos;s choice changes: a contact or an entitlement of one customer never goes with another what the lookups point at: the form gives their names how much of a long value a cell shows (all of it in the tooltip, up to TOOLTIP_CHARS) a value&apos;s cell: the chosen one framed in the highlight colour</extracomment>
        <translation>Minska berättigandevillkor</translation>
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
        <source>Identify</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Undersök</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lös</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Your changes and theirs are the same: saving changes nothing they did.</source>
        <translation>Dina ändringar och deras är desamma: när du sparar ändras inget av det de gjorde.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n fält skiljer sig.</numerusform>
            <numerusform>%n fält skiljer sig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You both changed %n of them.</source>
        <translation>
            <numerusform>Ni har båda ändrat %n av dem.</numerusform>
            <numerusform>Ni har båda ändrat %n av dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their value will be saved in %n field(s).</source>
        <translation>
            <numerusform>Deras värde sparas i %n fält.</numerusform>
            <numerusform>Deras värden sparas i %n fält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone Else Saved This Case</source>
        <translation>Någon annan har sparat ärendet</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>%1 saved case %2 at %3, after you opened it.</source>
        <translation>%1 sparade ärende %2 den %3, efter att du öppnade det.</translation>
    </message>
    <message>
        <source>%1 saved case %2 after you opened it.</source>
        <translation>%1 sparade ärende %2 efter att du öppnade det.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Choose which value to keep for each field below, then save the merged case. A field only one of you changed is chosen already. Or reload the case as they saved it and discard your changes.</source>
        <translation>Inget har skrivits över. Välj vilket värde som ska gälla för varje fält nedan och spara sedan det sammanfogade ärendet. Ett fält som bara en av er har ändrat är redan valt. Du kan också läsa in ärendet igen som de sparade det och ta bort dina ändringar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Their Version (%1)</source>
        <translation>Deras version (%1)</translation>
    </message>
    <message>
        <source>Your Version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Changed by them</source>
        <translation>Ändrat av dem</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Ändrat av dig</translation>
    </message>
    <message>
        <source>Changed by both of you</source>
        <translation>Ändrat av er båda</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll mitt</translation>
    </message>
    <message>
        <source>%1: take theirs</source>
        <translation>%1: ta deras</translation>
    </message>
    <message>
        <source>%1: keep mine</source>
        <translation>%1: behåll mitt</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Behåll &amp;alla mina</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Ta alla &amp;deras</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>&amp;Spara sammanfogat</translation>
    </message>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>&amp;Läs in igen (ta bort mina)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Fält som skiljer sig</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — retrying… Unsaved changes in open forms are kept; save them when the connection is back.</source>
        <translation>Anslutningen till servern bröts — försöker igen… Osparade ändringar i öppna formulär finns kvar; spara dem när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The database file cannot be reached — retrying… Unsaved changes in open forms are kept; save them when it is back.</source>
        <translation>Det går inte att nå databasfilen — försöker igen… Osparade ändringar i öppna formulär finns kvar; spara dem när den är tillbaka.</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Försök nu</translation>
    </message>
    <message>
        <source>Reconnected. Lists and forms show the latest data.</source>
        <translation>Anslutningen är tillbaka. Listor och formulär visar senaste data.</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Full Name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Account (Parent Customer)</source>
        <translation>Konto (överordnad kund)</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation>Arbetstelefon</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Press Enter to look up what you typed and choose a record, or clear the field.</source>
        <translation>Tryck på Retur för att slå upp det du skrev och välja en post, eller töm fältet.</translation>
    </message>
    <message>
        <source>Activate the contact “%1”?</source>
        <translation>Vill du aktivera kontakten ”%1”?</translation>
    </message>
    <message>
        <source>Deactivate the contact “%1”? Their cases stay, but they are no longer offered for new cases.</source>
        <translation>Vill du inaktivera kontakten ”%1”? Ärendena finns kvar, men kontakten erbjuds inte längre för nya ärenden.</translation>
    </message>
    <message>
        <source>The contact has unsaved changes. Close it and lose them?</source>
        <translation>Kontakten har ändringar som inte har sparats. Vill du stänga den och förlora dem?</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktens namn</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>This contact is inactive: activate them to edit them.</source>
        <translation>Kontakten är inaktiv: aktivera den för att redigera den.</translation>
    </message>
    <message>
        <source>Contact commands</source>
        <translation>Kontaktkommandon</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>Kontaktinformation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Contact Preferences</source>
        <translation>Kontaktinställningar</translation>
    </message>
    <message>
        <source>&amp;First Name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last Name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Account (Parent Customer):</source>
        <translation>&amp;Konto (överordnad kund):</translation>
    </message>
    <message>
        <source>&amp;Job Title:</source>
        <translation>&amp;Befattning:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Business Phone:</source>
        <translation>&amp;Arbetstelefon:</translation>
    </message>
    <message>
        <source>&amp;Mobile Phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>Postal C&amp;ode:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Preferred Method:</source>
        <translation>Önskad &amp;metod:</translation>
    </message>
    <message>
        <source>Do not allow:</source>
        <translation>Tillåt inte:</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Account (Parent Customer)</source>
        <translation>Konto (överordnad kund)</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation>Arbetstelefon</translation>
    </message>
    <message>
        <source>Mobile Phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred Contact Method</source>
        <translation>Önskad kontaktmetod</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Ingen e-post</translation>
    </message>
    <message>
        <source>Do not phone</source>
        <translation>Inga telefonsamtal</translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation>Ingen post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Valfri</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Skriv ett namn och tryck på Retur</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation>Aktiva berättiganden</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Cases of the contact</source>
        <translation>Kontaktens ärenden</translation>
    </message>
    <message>
        <source>Save the contact to see their cases.</source>
        <translation>Spara kontakten för att se dess ärenden.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Inga ärenden än.</translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>%n kontakt markerad</numerusform>
            <numerusform>%n kontakter markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the contact “%1”?</source>
        <translation>Vill du aktivera kontakten ”%1”?</translation>
    </message>
    <message>
        <source>Deactivate the contact “%1”? Their cases stay, but they are no longer offered for new cases.</source>
        <translation>Vill du inaktivera kontakten ”%1”? Ärendena finns kvar, men kontakten erbjuds inte längre för nya ärenden.</translation>
    </message>
    <message numerus="yes">
        <source>Activate %n contact(s)?</source>
        <translation>
            <numerusform>Vill du aktivera %n kontakt?</numerusform>
            <numerusform>Vill du aktivera %n kontakter?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n contact(s)? Their cases stay, but they are no longer offered for new cases.</source>
        <translation>
            <numerusform>Vill du inaktivera %n kontakt? Ärendena finns kvar, men kontakten erbjuds inte längre för nya ärenden.</numerusform>
            <numerusform>Vill du inaktivera %n kontakter? Ärendena finns kvar, men kontakterna erbjuds inte längre för nya ärenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active Contacts</source>
        <translation>Aktiva kontakter</translation>
    </message>
    <message>
        <source>Inactive Contacts</source>
        <translation>Inaktiva kontakter</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>Alla kontakter</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vy:</translation>
    </message>
    <message>
        <source>Contact view</source>
        <translation>Kontaktvy</translation>
    </message>
    <message>
        <source>Filter by name, account, city or e-mail…</source>
        <translation>Filtrera på namn, konto, ort eller e-post…</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrera kontakter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Contact commands</source>
        <translation>Kontaktkommandon</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Antal kontakter</translation>
    </message>
</context>
<context>
    <name>CreateChildCaseDialog</name>
    <message>
        <source>Create Child Case</source>
        <translation>Skapa underordnat ärende</translation>
    </message>
    <message>
        <source>A new child case of %1. It gets the parent&apos;s customer and the other fields the administrator chose to inherit.</source>
        <translation>Ett nytt underordnat ärende till %1. Det får det överordnade ärendets kund och de andra fält som administratören har valt att ärva.</translation>
    </message>
    <message>
        <source>Case &amp;Title: *</source>
        <translation>Ärende&amp;rubrik: *</translation>
    </message>
    <message>
        <source>Case Title (required)</source>
        <translation>Ärenderubrik (obligatoriskt)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>S&amp;kapa</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsPanel</name>
    <message>
        <source>Customer details</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <source>Choose a customer to see the contact card, recent cases and recent activities.</source>
        <translation>Välj en kund för att se kontaktkortet, de senaste ärendena och de senaste aktiviteterna.</translation>
    </message>
    <message>
        <source>Job Title:</source>
        <translation>Befattning:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Parent Account:</source>
        <translation>Överordnat konto:</translation>
    </message>
    <message>
        <source>Primary Contact:</source>
        <translation>Primär kontakt:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Mobile Phone:</source>
        <translation>Mobiltelefon:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Preferred Method of Contact:</source>
        <translation>Önskad kontaktmetod:</translation>
    </message>
    <message>
        <source>Do not contact by:</source>
        <translation>Kontakta inte via:</translation>
    </message>
    <message>
        <source>Recent Cases</source>
        <translation>Senaste ärenden</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Inga ärenden än.</translation>
    </message>
    <message>
        <source>Recent Activities</source>
        <translation>Senaste aktiviteter</translation>
    </message>
    <message>
        <source>Activity Type</source>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Inga aktiviteter än.</translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation>Aktiva berättiganden</translation>
    </message>
    <message>
        <source>No active entitlements.</source>
        <translation>Inga aktiva berättiganden.</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berättigande</translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation>Återstående villkor</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 av %2 timmar</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 ärenden</translation>
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
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>This &amp;computer (SQLite file)</source>
        <extracomment>url, timeout → signin.ConnectionCheck (runs on a worker thread)</extracomment>
        <translation>Den här &amp;datorn (SQLite-fil)</translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL)</source>
        <translation>T&amp;eamdatabas (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>Leave empty for the usual file in your data folder.</source>
        <translation>Lämna tomt för den vanliga filen i din datamapp.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>D&amp;atabas:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-läge:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Only to test; not saved</source>
        <translation>Bara för testet; sparas inte</translation>
    </message>
    <message>
        <source>Asked when signing in</source>
        <translation>Frågas vid inloggningen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-läge</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Kryptera när servern erbjuder det</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Kryptera alltid</translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate and name</source>
        <translation>Kryptera alltid och kontrollera serverns certifikat och namn</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Öppen nu: %1</translation>
    </message>
    <message>
        <source>A change takes effect the next time CaseDesk starts.</source>
        <translation>En ändring gäller från nästa gång CaseDesk startar.</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>CaseDesk databases (*.db);;All files (*)</source>
        <translation>CaseDesk-databaser (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>✓ Connected: CaseDesk database version %1, you are %2.</source>
        <translation>✓ Ansluten: CaseDesk-databas version %1, du är %2.</translation>
    </message>
</context>
<context>
    <name>DateValue</name>
    <message>
        <source>Value (a date)</source>
        <translation>Värde (ett datum)</translation>
    </message>
</context>
<context>
    <name>EmlImport</name>
    <message>
        <source>The file cannot be read: %1</source>
        <extracomment>the MIME type of an .eml file (QFileDialog.setMimeTypeFilters, drag and drop)</extracomment>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The file is too large: %1 MB. Files of at most %2 MB can be imported.</source>
        <translation>Filen är för stor: %1 MB. Filer på högst %2 MB kan importeras.</translation>
    </message>
    <message>
        <source>This file was not imported:</source>
        <translation>Den här filen importerades inte:</translation>
    </message>
    <message>
        <source>These files were not imported:</source>
        <translation>De här filerna importerades inte:</translation>
    </message>
    <message>
        <source>Import E-mail</source>
        <translation>Importera e-post</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-postmeddelanden (*.eml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>EntitlementColumns</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Allocation Type</source>
        <translation>Tilldelningstyp</translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation>Totalt antal villkor</translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation>Återstående villkor</translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End Date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>EntitlementForm</name>
    <message>
        <source>Only managers and administrators can set or remove the default entitlement.</source>
        <extracomment>a new entitlement runs for a year from today field names of the controller → the field that shows their error before the first save: the template&apos;s channels [(origin, Decimal)] and products [(id, name)], written by the first save</extracomment>
        <translation>Bara chefer och administratörer kan ange eller ta bort standardberättigandet.</translation>
    </message>
    <message>
        <source>Confirm Activation

Activate the entitlement “%1”? An active entitlement is read-only; cases of the customer can use its terms from the start date.</source>
        <translation>Bekräfta aktivering

Aktivera berättigandet ”%1”? Ett aktivt berättigande är skrivskyddat; kundens ärenden kan använda dess villkor från startdatumet.</translation>
    </message>
    <message>
        <source>Cancel the entitlement “%1”? Cases can no longer use it. Renew makes a new draft from it.</source>
        <translation>Avbryta berättigandet ”%1”? Ärenden kan inte längre använda det. Förnya skapar ett nytt utkast av det.</translation>
    </message>
    <message>
        <source>Set As Default

Make “%1” the default entitlement of %2? New cases of the customer get it automatically when the case settings say so.</source>
        <translation>Ange som standard

Göra ”%1” till standardberättigande för %2? Kundens nya ärenden får det automatiskt när ärendeinställningarna säger det.</translation>
    </message>
    <message>
        <source>Remove “%1” as the default entitlement of %2?</source>
        <translation>Ta bort ”%1” som standardberättigande för %2?</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>Uppdatera kanal</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Lägg till kanal</translation>
    </message>
    <message>
        <source>Press Enter to look up what you typed and choose a customer, or clear the field.</source>
        <translation>Tryck på Retur för att slå upp det du skrev och välj en kund, eller töm fältet.</translation>
    </message>
    <message>
        <source>Save the changes to the entitlement?</source>
        <translation>Spara ändringarna i berättigandet?</translation>
    </message>
    <message>
        <source>Only managers and administrators can change entitlements.</source>
        <translation>Bara chefer och administratörer kan ändra berättiganden.</translation>
    </message>
    <message>
        <source>This entitlement is active, so it is read-only. Deactivate it to edit it.</source>
        <translation>Berättigandet är aktivt och därför skrivskyddat. Inaktivera det för att redigera det.</translation>
    </message>
    <message>
        <source>This entitlement is waiting for its start date, %1, and is read-only. Deactivate it to edit it.</source>
        <translation>Berättigandet väntar på sitt startdatum, %1, och är skrivskyddat. Inaktivera det för att redigera det.</translation>
    </message>
    <message>
        <source>This entitlement expired on %1 and is read-only. Renew it to continue the support.</source>
        <translation>Berättigandet upphörde %1 och är skrivskyddat. Förnya det för att fortsätta supporten.</translation>
    </message>
    <message>
        <source>This entitlement is cancelled and read-only. Renew it to continue the support.</source>
        <translation>Berättigandet är avbrutet och skrivskyddat. Förnya det för att fortsätta supporten.</translation>
    </message>
    <message>
        <source>Entitlement: %1</source>
        <translation>Berättigande: %1</translation>
    </message>
    <message>
        <source>New Entitlement</source>
        <translation>Nytt berättigande</translation>
    </message>
    <message>
        <source>Entitlement name</source>
        <translation>Berättigandets namn</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berättigande</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The customer&apos;s default entitlement</source>
        <translation>Kundens standardberättigande</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Entitlement commands</source>
        <translation>Kommandon för berättigandet</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Entitlement Terms</source>
        <translation>Berättigandevillkor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>&amp;Start Date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;End Date:</source>
        <translation>Slut&amp;datum:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beskri&amp;vning:</translation>
    </message>
    <message>
        <source>&amp;Allocation Type:</source>
        <translation>Tilldelnings&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Decrease Remaining On:</source>
        <translation>&amp;Minska återstående vid:</translation>
    </message>
    <message>
        <source>&amp;Total Terms:</source>
        <translation>&amp;Totalt antal villkor:</translation>
    </message>
    <message>
        <source>Remaining Terms:</source>
        <translation>Återstående villkor:</translation>
    </message>
    <message>
        <source>&amp;Restrict Case Creation:</source>
        <translation>&amp;Begränsa skapande av ärenden:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Type a name and press Enter (required)</source>
        <translation>Skriv ett namn och tryck på Retur (obligatoriskt)</translation>
    </message>
    <message>
        <source>Total terms plus the movements in the ledger</source>
        <translation>Totalt antal villkor plus rörelserna i loggen</translation>
    </message>
    <message>
        <source>Refuse new cases when no terms remain</source>
        <translation>Neka nya ärenden när inga villkor återstår</translation>
    </message>
    <message>
        <source>Hours are always decreased on Case Resolution.</source>
        <translation>Timmar minskas alltid vid Stängning av ärende.</translation>
    </message>
    <message>
        <source>Entitlements in hours are always decreased on Case Resolution, by the case&apos;s billable time.</source>
        <translation>Berättiganden i timmar minskas alltid vid Stängning av ärende, med ärendets fakturerbara tid.</translation>
    </message>
    <message>
        <source>About Decrease Remaining On</source>
        <translation>Om Minska återstående vid</translation>
    </message>
    <message>
        <source>Channels, products, contacts and ledger</source>
        <translation>Kanaler, produkter, kontakter och logg</translation>
    </message>
    <message>
        <source>Channels (%1)</source>
        <translation>Kanaler (%1)</translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>Produkter (%1)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Kontakter (%1)</translation>
    </message>
    <message>
        <source>Ledger (%1)</source>
        <translation>Logg (%1)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Save the entitlement to edit its channels, products and contacts.</source>
        <translation>Spara berättigandet för att redigera dess kanaler, produkter och kontakter.</translation>
    </message>
    <message>
        <source>Only a draft&apos;s lists can be changed.</source>
        <translation>Bara ett utkasts listor kan ändras.</translation>
    </message>
    <message>
        <source>From the template: saved with the entitlement.</source>
        <translation>Från mallen: sparas med berättigandet.</translation>
    </message>
    <message>
        <source>Without channels the entitlement covers every origin; with channels, only the origins listed, each with its own terms.</source>
        <translation>Utan kanaler gäller berättigandet alla ursprung; med kanaler bara de ursprung som finns i listan, vart och ett med egna villkor.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation>Totalt antal villkor</translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation>Återstående villkor</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Ursprung:</translation>
    </message>
    <message>
        <source>T&amp;erms:</source>
        <translation>&amp;Villkor:</translation>
    </message>
    <message>
        <source>Total terms of the channel</source>
        <translation>Kanalens totala antal villkor</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Ta bort kanal</translation>
    </message>
    <message>
        <source>None listed: the entitlement covers every product.</source>
        <translation>Inga i listan: berättigandet gäller alla produkter.</translation>
    </message>
    <message>
        <source>Product to add</source>
        <translation>Produkt att lägga till</translation>
    </message>
    <message>
        <source>Type a product and press Enter</source>
        <translation>Skriv en produkt och tryck på Retur</translation>
    </message>
    <message>
        <source>Add &amp;Product</source>
        <translation>Lägg till &amp;produkt</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Lägg till produkt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Ta bort produkt</translation>
    </message>
    <message>
        <source>The customer is a contact: the entitlement covers that contact.</source>
        <translation>Kunden är en kontakt: berättigandet gäller den kontakten.</translation>
    </message>
    <message>
        <source>None listed: the entitlement covers every contact of the customer.</source>
        <translation>Inga i listan: berättigandet gäller alla kundens kontakter.</translation>
    </message>
    <message>
        <source>Contact to add</source>
        <translation>Kontakt att lägga till</translation>
    </message>
    <message>
        <source>Type a contact of the customer and press Enter</source>
        <translation>Skriv en av kundens kontakter och tryck på Retur</translation>
    </message>
    <message>
        <source>Add C&amp;ontact</source>
        <translation>Lägg till k&amp;ontakt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Rörelse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Ledger of term movements</source>
        <translation>Logg över villkorsrörelser</translation>
    </message>
    <message>
        <source>Every movement of terms, newest first. Remaining terms are the total terms plus these movements.</source>
        <translation>Varje rörelse av villkor, nyaste först. Återstående villkor är totalt antal villkor plus dessa rörelser.</translation>
    </message>
    <message>
        <source>No terms have moved yet.</source>
        <translation>Inga villkor har rörts än.</translation>
    </message>
</context>
<context>
    <name>EntitlementListPage</name>
    <message numerus="yes">
        <source>%n entitlement(s)</source>
        <translation>
            <numerusform>%n berättigande</numerusform>
            <numerusform>%n berättiganden</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berättiganden</translation>
    </message>
    <message>
        <source>Entitlement commands</source>
        <translation>Kommandon för berättiganden</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vy:</translation>
    </message>
    <message>
        <source>All Entitlements</source>
        <translation>Alla berättiganden</translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation>Aktiva berättiganden</translation>
    </message>
    <message>
        <source>Expiring in 30 Days</source>
        <translation>Upphör inom 30 dagar</translation>
    </message>
    <message>
        <source>Exhausted Entitlements</source>
        <translation>Förbrukade berättiganden</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Filter by name or customer</source>
        <translation>Filtrera på namn eller kund</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Number of entitlements</source>
        <translation>Antal berättiganden</translation>
    </message>
</context>
<context>
    <name>EntitlementOptions</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Har upphört</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Antal ärenden</translation>
    </message>
    <message>
        <source>Number of hours</source>
        <translation>Antal timmar</translation>
    </message>
    <message>
        <source>Case Creation</source>
        <translation>Skapande av ärende</translation>
    </message>
    <message>
        <source>Case Resolution</source>
        <translation>Stängning av ärende</translation>
    </message>
    <message>
        <source>Case created</source>
        <extracomment>why terms moved (options.TermReason)</extracomment>
        <translation>Ärende skapat</translation>
    </message>
    <message>
        <source>Entitlement removed or changed</source>
        <translation>Berättigande borttaget eller bytt</translation>
    </message>
    <message>
        <source>Case canceled or merged</source>
        <translation>Ärende avbrutet eller sammanslaget</translation>
    </message>
    <message>
        <source>Case reactivated</source>
        <translation>Ärende återaktiverat</translation>
    </message>
    <message>
        <source>Case resolved</source>
        <translation>Ärende stängt</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
</context>
<context>
    <name>EntitlementTemplatesPage</name>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>Uppdatera kanal</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Lägg till kanal</translation>
    </message>
    <message>
        <source>Only managers and administrators can change entitlement templates.</source>
        <translation>Bara chefer och administratörer kan ändra berättigandemallar.</translation>
    </message>
    <message>
        <source>Entitlement template saved.</source>
        <translation>Berättigandemallen sparades.</translation>
    </message>
    <message>
        <source>Delete the entitlement template “%1”? Entitlements made from it keep their terms.</source>
        <translation>Ta bort berättigandemallen ”%1”? Berättiganden som skapats från den behåller sina villkor.</translation>
    </message>
    <message>
        <source>Save the changes to the entitlement template?</source>
        <translation>Spara ändringarna i berättigandemallen?</translation>
    </message>
    <message>
        <source>%1: %2, %3 days</source>
        <translation>%1: %2, %3 dagar</translation>
    </message>
    <message>
        <source>Entitlement Templates</source>
        <translation>Berättigandemallar</translation>
    </message>
    <message>
        <source>Template commands</source>
        <translation>Kommandon för mallar</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Spara mallen</translation>
    </message>
    <message>
        <source>Only managers and administrators can change entitlement templates. You can look at them here.</source>
        <translation>Bara chefer och administratörer kan ändra berättigandemallar. Du kan titta på dem här.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Entitlement templates</source>
        <translation>Berättigandemallar</translation>
    </message>
    <message>
        <source>No templates yet. New Template creates one.</source>
        <translation>Inga mallar än. Ny mall skapar en.</translation>
    </message>
    <message>
        <source>Hours are always decreased on Case Resolution.</source>
        <translation>Timmar minskas alltid vid Stängning av ärende.</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Ny mall</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Allocation Type:</source>
        <translation>Tilldelnings&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Decrease Remaining On:</source>
        <translation>&amp;Minska återstående vid:</translation>
    </message>
    <message>
        <source>&amp;Total Terms:</source>
        <translation>&amp;Totalt antal villkor:</translation>
    </message>
    <message>
        <source>&amp;Restrict Case Creation:</source>
        <translation>&amp;Begränsa skapande av ärenden:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Varaktighet:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beskri&amp;vning:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Refuse new cases when no terms remain</source>
        <translation>Neka nya ärenden när inga villkor återstår</translation>
    </message>
    <message>
        <source>About Decrease Remaining On</source>
        <translation>Om Minska återstående vid</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation>Totalt antal villkor</translation>
    </message>
    <message>
        <source>Total terms of the channel</source>
        <translation>Kanalens totala antal villkor</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Ta bort kanal</translation>
    </message>
    <message>
        <source>Channels error</source>
        <translation>Fel i kanalerna</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Product to add</source>
        <translation>Produkt att lägga till</translation>
    </message>
    <message>
        <source>Add &amp;Product</source>
        <translation>Lägg till &amp;produkt</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Lägg till produkt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Ta bort produkt</translation>
    </message>
    <message>
        <source>Products error</source>
        <translation>Fel i produkterna</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; what you were doing may not have finished. The details were written to the log file.</source>
        <extracomment>(exception) -&gt; bool: True when it was a lost database connection, which the window shows as its connection state (ui/live.py) instead of as an unexpected error</extracomment>
        <translation>Något oväntat gick fel. Det du har sparat är i säkerhet; det du höll på med kanske inte blev klart. Detaljerna skrevs till loggfilen.</translation>
    </message>
</context>
<context>
    <name>FieldCombo</name>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
</context>
<context>
    <name>FindCaseDialog</name>
    <message>
        <source>Find Case</source>
        <translation>Sök ärende</translation>
    </message>
    <message>
        <source>Active cases of %1. Open one of them instead of a new case, or go on with the new case (the selected case is remembered as its existing case).</source>
        <translation>Aktiva ärenden för %1. Öppna ett av dem i stället för ett nytt ärende, eller fortsätt med det nya ärendet (det markerade ärendet sparas som dess befintliga ärende).</translation>
    </message>
    <message>
        <source>%1 has no active cases. Go on with the new case.</source>
        <translation>%1 har inga aktiva ärenden. Fortsätt med det nya ärendet.</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Active cases of the customer</source>
        <translation>Kundens aktiva ärenden</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Öppna ärendet</translation>
    </message>
    <message>
        <source>Go On with &amp;New Case</source>
        <translation>Fortsätt med &amp;nytt ärende</translation>
    </message>
</context>
<context>
    <name>FindSimilarCasesDialog</name>
    <message>
        <source>Searching…</source>
        <extracomment>how many results a search shows (the total is counted) as-you-type searches wait for a pause this long (ms); Search and Enter search at once</extracomment>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Choose a subject or type a keyword, then Search.</source>
        <translation>Välj ett ämne eller skriv ett nyckelord och välj sedan Sök.</translation>
    </message>
    <message>
        <source>No resolved cases found.</source>
        <translation>Inga lösta ärenden hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found; the best %1 are shown.</source>
        <translation>
            <numerusform>%n ärende hittades; de %1 bästa visas.</numerusform>
            <numerusform>%n ärenden hittades; de %1 bästa visas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>%n ärende hittades.</numerusform>
            <numerusform>%n ärenden hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Stängningsorsak</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktiviteter och anteckningar</translation>
    </message>
    <message>
        <source>No activities or notes.</source>
        <translation>Inga aktiviteter eller anteckningar.</translation>
    </message>
    <message>
        <source>Find Similar Cases</source>
        <translation>Sök efter liknande ärenden</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>&amp;Nyckelord:</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Nyckelord</translation>
    </message>
    <message>
        <source>Words in the title, description or resolution</source>
        <translation>Ord i rubriken, beskrivningen eller stängningsorsaken</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
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
        <source>Similar resolved cases</source>
        <translation>Liknande lösta ärenden</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranskning</translation>
    </message>
    <message>
        <source>Preview of the chosen case</source>
        <translation>Förhandsgranskning av det valda ärendet</translation>
    </message>
    <message>
        <source>&amp;Found a Solution</source>
        <translation>&amp;En lösning hittades</translation>
    </message>
    <message>
        <source>Found a Solution</source>
        <translation>En lösning hittades</translation>
    </message>
    <message>
        <source>Link the chosen case to this case as a similar case, and close</source>
        <translation>Länka det valda ärendet till det här ärendet som ett liknande ärende och stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Resolved On</source>
        <translation>Löst</translation>
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
    <name>LookupEdit</name>
    <message>
        <source>Look Up</source>
        <extracomment>the answer on show: (text searched, items or None, error or None)</extracomment>
        <translation>Slå upp</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>Skapa en ny post</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
</context>
<context>
    <name>LookupKinds</name>
    <message>
        <source>Account</source>
        <extracomment>what a row of the results holds (Qt.UserRole): a LookupItem, or one of the markers below LookupItem.kind → its name, the marker a mixed lookup shows (e.g. the customer&apos;s)</extracomment>
        <translation>Konto</translation>
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
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berättigande</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
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
    <name>MergeCasesDialog</name>
    <message>
        <source>Merge Cases</source>
        <extracomment>{case id: version the user saw} (None: not checked); on_conflict(error) when stale</extracomment>
        <translation>Slå samman ärenden</translation>
    </message>
    <message>
        <source>Choose the case that stays (the target). The other cases are merged into it.</source>
        <translation>Välj ärendet som blir kvar (målet). De andra ärendena kopplas till det.</translation>
    </message>
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
        <source>Created On</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Cases to merge; select the case that stays</source>
        <translation>Ärenden att slå samman; markera ärendet som blir kvar</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå samman</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå samman</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>No target chosen yet: select the case that stays in the list.</source>
        <translation>Inget mål valt än: markera ärendet som blir kvar i listan.</translation>
    </message>
    <message>
        <source>The cases that are not chosen become Canceled – Merged. Their activities, notes, connections and child cases move to the target, which keeps its own field values.</source>
        <translation>Ärendena som inte väljs blir Avbrutna – Kopplat. Deras aktiviteter, anteckningar, anslutningar och underordnade ärenden flyttas till målet, som behåller sina egna fältvärden.</translation>
    </message>
    <message>
        <source>Stays: %1</source>
        <translation>Blir kvar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) become Canceled – Merged: %1. Their activities, notes, connections and child cases move to %2, which keeps its own field values.</source>
        <translation>
            <numerusform>%n ärende blir Avbrutet – Kopplat: %1. Dess aktiviteter, anteckningar, anslutningar och underordnade ärenden flyttas till %2, som behåller sina egna fältvärden.</numerusform>
            <numerusform>%n ärenden blir Avbrutna – Kopplat: %1. Deras aktiviteter, anteckningar, anslutningar och underordnade ärenden flyttas till %2, som behåller sina egna fältvärden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
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
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Follow Up By</source>
        <translation>Uppföljning senast</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Existing Case</source>
        <translation>Befintligt ärende</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parent Case</source>
        <translation>Överordnat ärende</translation>
    </message>
    <message>
        <source>Master Case</source>
        <translation>Huvudärende</translation>
    </message>
    <message>
        <source>Is Escalated</source>
        <translation>Eskalerat</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berättigande</translation>
    </message>
    <message>
        <source>Case number suffix length</source>
        <translation>Längd på ärendenummrets suffix</translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation>Arbetstelefon</translation>
    </message>
    <message>
        <source>Mobile Phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Account Number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Primary Contact</source>
        <translation>Primär kontakt</translation>
    </message>
    <message>
        <source>Preferred Contact Method</source>
        <translation>Önskad kontaktmetod</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Angående</translation>
    </message>
    <message>
        <source>Call With</source>
        <translation>Samtal med</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Bifogad fil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Maximum number of child cases</source>
        <translation>Högsta antal underordnade ärenden</translation>
    </message>
    <message>
        <source>When a parent case is closed</source>
        <translation>När ett överordnat ärende stängs</translation>
    </message>
    <message>
        <source>Fields a child case inherits</source>
        <translation>Fält som ett underordnat ärende ärver</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Stängningsorsak</translation>
    </message>
    <message>
        <source>Resolution Type</source>
        <translation>Stängningstyp</translation>
    </message>
    <message>
        <source>Billable Time</source>
        <translation>Fakturerbar tid</translation>
    </message>
    <message>
        <source>Merge Into Case</source>
        <translation>Koppla till ärende</translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End Date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Allocation Type</source>
        <translation>Tilldelningstyp</translation>
    </message>
    <message>
        <source>Decrease Remaining On</source>
        <translation>Minska återstående vid</translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation>Totalt antal villkor</translation>
    </message>
    <message>
        <source>Restrict Case Creation</source>
        <translation>Begränsa skapande av ärenden</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>Varaktighet i dagar</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>Cirkulera till</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>Rule items</source>
        <translation>Regelobjekt</translation>
    </message>
    <message>
        <source>Subject title</source>
        <translation>Ämnesrubrik</translation>
    </message>
    <message>
        <source>Parent subject</source>
        <translation>Överordnat ämne</translation>
    </message>
    <message>
        <source>Move cases to</source>
        <translation>Flytta ärenden till</translation>
    </message>
    <message>
        <source>Product Number</source>
        <translation>Produktnummer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
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
        <source>%1 must be a contact of the customer (or the customer itself).</source>
        <translation>%1 måste vara en kontakt hos kunden (eller kunden själv).</translation>
    </message>
    <message>
        <source>The parent account cannot be this account or one of its sub-accounts.</source>
        <translation>Det överordnade kontot kan inte vara det här kontot eller ett av dess underkonton.</translation>
    </message>
    <message>
        <source>%1 must be one of this account&apos;s contacts.</source>
        <translation>%1 måste vara en av kontots kontakter.</translation>
    </message>
    <message>
        <source>%1 must be after the start.</source>
        <translation>%1 måste vara efter starten.</translation>
    </message>
    <message>
        <source>%1: choose a record from the results (type and press Enter), or clear the field.</source>
        <translation>%1: välj en post i sökresultatet (skriv och tryck på Retur) eller töm fältet.</translation>
    </message>
    <message>
        <source>The file is too large: %3 MB. Files of at most %2 MB can be attached.</source>
        <translation>Filen är för stor: %3 MB. Filer på högst %2 MB kan bifogas.</translation>
    </message>
    <message>
        <source>The file is not an e-mail message that CaseDesk can read.</source>
        <translation>Filen är inte ett e-postmeddelande som CaseDesk kan läsa.</translation>
    </message>
    <message>
        <source>Duration must be a whole number of minutes from 0 to 100000.</source>
        <extracomment>messages for one field and code that say more than the general one</extracomment>
        <translation>Varaktighet måste vara ett helt antal minuter från 0 till 100000.</translation>
    </message>
    <message>
        <source>The maximum number of child cases must be a whole number from 1 to 1000.</source>
        <translation>Högsta antal underordnade ärenden måste vara ett heltal från 1 till 1000.</translation>
    </message>
    <message>
        <source>This state already has a status reason with this label.</source>
        <translation>Den här statusen har redan en statusorsak med den etiketten.</translation>
    </message>
    <message>
        <source>Billable Time must be a whole number of minutes from 0 to 100000.</source>
        <translation>Fakturerbar tid måste vara ett helt antal minuter från 0 till 100000.</translation>
    </message>
    <message>
        <source>Choose one of the resolution types in the list.</source>
        <translation>Välj en av stängningstyperna i listan.</translation>
    </message>
    <message>
        <source>Choose the case to merge this case into.</source>
        <translation>Välj det ärende som ärendet ska kopplas till.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Slutdatumet får inte vara före startdatumet.</translation>
    </message>
    <message>
        <source>Total Terms must be a number of 0 or more (at most two decimals).</source>
        <translation>Totalt antal villkor måste vara ett tal från 0 och uppåt (högst två decimaler).</translation>
    </message>
    <message>
        <source>Entitlements in hours can only be decreased on Case Resolution.</source>
        <translation>Berättiganden i timmar kan bara minskas vid Stängning av ärende.</translation>
    </message>
    <message>
        <source>Each origin can be listed only once among the channels.</source>
        <translation>Varje ursprung kan bara finnas en gång bland kanalerna.</translation>
    </message>
    <message>
        <source>Choose one of the origins in the list for the channel.</source>
        <translation>Välj ett av ursprungen i listan för kanalen.</translation>
    </message>
    <message>
        <source>Only contacts of the entitlement&apos;s customer can be listed.</source>
        <translation>Bara kontakter hos berättigandets kund kan läggas till.</translation>
    </message>
    <message>
        <source>The duration must be a whole number of days of 1 or more.</source>
        <translation>Varaktigheten måste vara ett heltal dagar, minst 1.</translation>
    </message>
    <message>
        <source>A subject can&apos;t be moved under itself or under one of its own subjects.</source>
        <translation>Ett ämne kan inte flyttas under sig självt eller under ett av sina egna underämnen.</translation>
    </message>
    <message>
        <source>The cases can&apos;t move to the subject that is being deleted.</source>
        <translation>Ärendena kan inte flyttas till ämnet som tas bort.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Porten måste vara ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>This is a folder: choose a database file or a new file name.</source>
        <translation>Det här är en mapp: välj en databasfil eller ett nytt filnamn.</translation>
    </message>
    <message>
        <source>A condition names a field that doesn&apos;t exist: choose one from the list.</source>
        <translation>Ett villkor anger ett fält som inte finns: välj ett i listan.</translation>
    </message>
    <message>
        <source>A condition uses an operator that doesn&apos;t fit its field.</source>
        <translation>Ett villkor använder en operator som inte passar fältet.</translation>
    </message>
    <message>
        <source>A condition has a value that doesn&apos;t fit its field.</source>
        <translation>Ett villkor har ett värde som inte passar fältet.</translation>
    </message>
    <message>
        <source>The entitlement is not active: choose an active one.</source>
        <translation>Berättigandet är inte aktivt: välj ett aktivt.</translation>
    </message>
    <message>
        <source>The entitlement belongs to another customer.</source>
        <translation>Berättigandet hör till en annan kund.</translation>
    </message>
    <message>
        <source>The entitlement does not cover the case&apos;s product or contact.</source>
        <translation>Berättigandet omfattar inte ärendets produkt eller kontakt.</translation>
    </message>
    <message>
        <source>The entitlement&apos;s channels do not cover the case&apos;s origin.</source>
        <translation>Berättigandets kanaler omfattar inte ärendets ursprung.</translation>
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
        <source>This case is resolved or canceled and cannot be changed. Reactivate it first.</source>
        <translation>Ärendet är löst eller avbrutet och kan inte ändras. Återaktivera det först.</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>Demodata kan bara läsas in i en tom databas.</translation>
    </message>
    <message>
        <source>This activity is completed or canceled and cannot be changed.</source>
        <translation>Aktiviteten är slutförd eller avbruten och kan inte ändras.</translation>
    </message>
    <message>
        <source>The case is no longer active: it was resolved or canceled. Reload it to see its status.</source>
        <translation>Ärendet är inte längre aktivt: det har lösts eller avbrutits. Läs in det igen för att se dess status.</translation>
    </message>
    <message>
        <source>The case is already active.</source>
        <translation>Ärendet är redan aktivt.</translation>
    </message>
    <message>
        <source>The status reason can&apos;t change from %1 to %2 (status reason transitions set by the administrator).</source>
        <translation>Statusorsaken kan inte ändras från %1 till %2 (statusövergångar som administratören har angett).</translation>
    </message>
    <message>
        <source>Select from %2 to %3 cases to merge (%1 selected).</source>
        <translation>Markera från %2 till %3 ärenden att slå samman (%1 markerade).</translation>
    </message>
    <message>
        <source>You can&apos;t merge cases that have different parent cases.</source>
        <translation>Du kan inte slå samman ärenden som har olika överordnade ärenden.</translation>
    </message>
    <message>
        <source>The case that stays must be one of the cases being merged.</source>
        <translation>Ärendet som blir kvar måste vara ett av ärendena som slås samman.</translation>
    </message>
    <message>
        <source>You can&apos;t create child cases for child cases.</source>
        <translation>Du kan inte skapa underordnade ärenden för underordnade ärenden.</translation>
    </message>
    <message>
        <source>You can&apos;t add a parent case as a child case.</source>
        <translation>Du kan inte lägga till ett överordnat ärende som underordnat ärende.</translation>
    </message>
    <message>
        <source>A case can&apos;t be its own parent case.</source>
        <translation>Ett ärende kan inte vara sitt eget överordnade ärende.</translation>
    </message>
    <message>
        <source>A parent case can have at most %1 child cases.</source>
        <translation>Ett överordnat ärende kan ha högst %1 underordnade ärenden.</translation>
    </message>
    <message>
        <source>These active status reasons have no path to Resolved or Canceled: %1. Allow more changes.</source>
        <translation>Dessa aktiva statusorsaker har ingen väg till Löst eller Avbruten: %1. Tillåt fler ändringar.</translation>
    </message>
    <message>
        <source>The entitlement is not a draft and cannot be changed. Deactivate it first.</source>
        <translation>Berättigandet är inte ett utkast och kan inte ändras. Inaktivera det först.</translation>
    </message>
    <message>
        <source>The entitlement “%1” has %2 terms remaining and restricts case creation: the case can&apos;t use it. Nothing was saved.</source>
        <translation>Berättigandet ”%1” har %2 villkor kvar och begränsar skapandet av ärenden: ärendet kan inte använda det. Inget sparades.</translation>
    </message>
    <message>
        <source>This can&apos;t be done while the entitlement&apos;s status is %1. Reload it to see its status.</source>
        <translation>Det går inte medan berättigandets status är %1. Läs in det igen för att se dess status.</translation>
    </message>
    <message>
        <source>“%1” is the default queue of a user or team: it stays private with its owner and can&apos;t be deleted or deactivated.</source>
        <translation>”%1” är standardkön för en användare eller ett team: den förblir privat med sin ägare och kan inte tas bort eller inaktiveras.</translation>
    </message>
    <message>
        <source>The queue “%1” holds queue items or a routing rule routes to it: it can&apos;t be deleted.</source>
        <translation>Kön ”%1” innehåller köobjekt eller så dirigerar en hanteringsregel till den: den kan inte tas bort.</translation>
    </message>
    <message>
        <source>The team “%1” still owns cases or queues, works queue items or is named by a routing rule: it can&apos;t be deleted.</source>
        <translation>Teamet ”%1” äger fortfarande ärenden eller köer, arbetar med köobjekt eller nämns i en hanteringsregel: det kan inte tas bort.</translation>
    </message>
    <message>
        <source>Case %1 is no longer in a queue. Refresh the list to see the items as they are now.</source>
        <translation>Ärende %1 finns inte längre i någon kö. Uppdatera listan för att se objekten som de är nu.</translation>
    </message>
    <message>
        <source>You can&apos;t deactivate your own user or take the Administrator role from yourself. Another administrator can.</source>
        <translation>Du kan inte inaktivera din egen användare eller ta ifrån dig själv rollen Administratör. En annan administratör kan göra det.</translation>
    </message>
    <message>
        <source>At least one active user must keep the Administrator role.</source>
        <translation>Minst en aktiv användare måste ha kvar rollen Administratör.</translation>
    </message>
    <message>
        <source>A case can&apos;t be linked to itself.</source>
        <translation>Ett ärende kan inte länkas till sig självt.</translation>
    </message>
    <message>
        <source>The cases are already linked as similar cases.</source>
        <translation>Ärendena är redan länkade som liknande ärenden.</translation>
    </message>
    <message>
        <source>The rule set is active and cannot be changed. Deactivate it first.</source>
        <translation>Regeluppsättningen är aktiv och kan inte ändras. Inaktivera den först.</translation>
    </message>
    <message>
        <source>No routing rule set is active. Activate one in Settings › Routing Rule Sets first.</source>
        <translation>Ingen uppsättning hanteringsregler är aktiv. Aktivera en under Inställningar › Hanteringsregler först.</translation>
    </message>
    <message>
        <source>Case %1 is not active (it is resolved or canceled): reactivate it first.</source>
        <extracomment>case lifecycle codes with a message of their own when a parameter is given</extracomment>
        <translation>Ärendet %1 är inte aktivt (det är löst eller avbrutet): återaktivera det först.</translation>
    </message>
    <message>
        <source>%1 changed case %3 at %2, so nothing was done: what you saw was out of date. Look at the case as it is now and try again.</source>
        <translation>%1 ändrade ärende %3 den %2, så inget gjordes: det du såg var inaktuellt. Titta på ärendet som det är nu och försök igen.</translation>
    </message>
    <message>
        <source>The %3 channel of the entitlement “%1” has %2 terms remaining and the entitlement restricts case creation: the case can&apos;t use it. Nothing was saved.</source>
        <translation>Kanalen %3 i berättigandet ”%1” har %2 villkor kvar och berättigandet begränsar skapandet av ärenden: ärendet kan inte använda det. Inget sparades.</translation>
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
        <source>The database server did not accept the sign-in: the login or the password is wrong.</source>
        <extracomment>a team database on a server (the error names the server): code → (text, its %1, %2…)</extracomment>
        <translation>Databasservern godtog inte inloggningen: inloggningsnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check the host and the port, and that the server is running. (%2)</source>
        <translation>Det går inte att nå databasservern %1. Kontrollera värd och port och att servern är igång. (%2)</translation>
    </message>
    <message>
        <source>There is no database called “%1” on the server. Check the database name.</source>
        <translation>Det finns ingen databas som heter ”%1” på servern. Kontrollera databasens namn.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to CaseDesk. Nothing was changed.</source>
        <translation>Databasen %1 hör till ett annat program, inte till CaseDesk. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database %1 is empty: it is not set up for CaseDesk yet. An administrator must run `casedesk admin init`.</source>
        <translation>Databasen %1 är tom: den är inte förberedd för CaseDesk än. En administratör måste köra `casedesk admin init`.</translation>
    </message>
    <message>
        <source>The team database was made by a newer version of CaseDesk (schema %1; this version supports %2). Install the newer version to use it. Nothing was changed.</source>
        <translation>Teamdatabasen skapades av en nyare version av CaseDesk (schema %1; den här versionen klarar %2). Installera den nyare versionen för att använda den. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The team database must be upgraded first: an administrator must run `casedesk admin migrate`. This version of CaseDesk needs schema %2, the database is at %1.</source>
        <translation>Teamdatabasen måste uppgraderas först: en administratör måste köra `casedesk admin migrate`. Den här versionen av CaseDesk behöver schema %2, databasen har schema %1.</translation>
    </message>
    <message>
        <source>The login %1 has no CaseDesk account in this database. Ask an administrator to add you.</source>
        <translation>Inloggningsnamnet %1 har inget användarkonto i CaseDesk i den här databasen. Be en administratör att lägga till dig.</translation>
    </message>
    <message>
        <source>CaseDesk cannot use its data folder %1.</source>
        <extracomment>the folder of a database file cannot be used (config.DataFolderError): which folder, why, and what to do, as three sentences</extracomment>
        <translation>CaseDesk kan inte använda sin datamapp %1.</translation>
    </message>
    <message>
        <source>CaseDesk cannot use the folder %1 for its database.</source>
        <translation>CaseDesk kan inte använda mappen %1 för sin databas.</translation>
    </message>
    <message>
        <source>You are not allowed to create or change files there (permission denied).</source>
        <translation>Du får inte skapa eller ändra filer där (åtkomst nekad).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <source>The system says: %1</source>
        <translation>Systemet säger: %1</translation>
    </message>
    <message>
        <source>Make room on the disk, or start CaseDesk with --database sqlite:///another/place/casedesk.db.</source>
        <translation>Frigör utrymme på disken, eller starta CaseDesk med --database sqlite:///en/annan/plats/casedesk.db.</translation>
    </message>
    <message>
        <source>Ask your administrator, or start CaseDesk with --database sqlite:///another/place/casedesk.db.</source>
        <translation>Fråga din administratör, eller starta CaseDesk med --database sqlite:///en/annan/plats/casedesk.db.</translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t resolve the parent case because it has %n active child case(s).</source>
        <translation>
            <numerusform>Du kan inte stänga det överordnade ärendet eftersom det har %n aktivt underordnat ärende.</numerusform>
            <numerusform>Du kan inte stänga det överordnade ärendet eftersom det har %n aktiva underordnade ärenden.</numerusform>
        </translation>
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
    <name>NoValue</name>
    <message>
        <source>No value needed</source>
        <translation>Inget värde behövs</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>No file attached</source>
        <extracomment>a file chosen for a new note: (path, name, size)</extracomment>
        <translation>Ingen fil bifogad</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Bifogad fil</translation>
    </message>
    <message>
        <source>The file of a saved note cannot be changed; add a new note for another file.</source>
        <translation>Filen i en sparad anteckning kan inte ändras; lägg till en ny anteckning för en annan fil.</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>Bifoga en fil</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Filen kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Inget program kunde öppna %1.</translation>
    </message>
    <message>
        <source>Someone else saved this note after you opened it. Load their version? Your changes will be lost.</source>
        <translation>Någon annan sparade anteckningen efter att du öppnade den. Läsa in deras version? Dina ändringar går förlorade.</translation>
    </message>
    <message>
        <source>The note has changes that are not saved. Save them?</source>
        <translation>Anteckningen har ändringar som inte är sparade. Spara dem?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfri</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Bifoga…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Bifoga en fil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Ta bort filen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Öppna den bifogade filen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Skapad %1 av %2</translation>
    </message>
</context>
<context>
    <name>NumberValue</name>
    <message>
        <source>Value (a number)</source>
        <translation>Värde (ett tal)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Ett tal</translation>
    </message>
</context>
<context>
    <name>OpenActivitiesList</name>
    <message>
        <source>Activity Type</source>
        <extracomment>a note about what happens (child cases, activities): framed, in the window&apos;s colours a note that stops the command (a rule): the error colour how many child case numbers a note names before &quot;…&quot; the most rows a list of open activities shows before it scrolls</extracomment>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Open activities</source>
        <translation>Öppna aktiviteter</translation>
    </message>
</context>
<context>
    <name>OpenActivitiesWarning</name>
    <message>
        <source>Open Activities</source>
        <translation>Öppna aktiviteter</translation>
    </message>
    <message numerus="yes">
        <source>%n open activity(ies) will be canceled.</source>
        <translation>
            <numerusform>%n öppen aktivitet kommer att avbrytas.</numerusform>
            <numerusform>%n öppna aktiviteter kommer att avbrytas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case still has open activities. If you cancel the case, they are canceled with it.</source>
        <translation>Ärendet har fortfarande öppna aktiviteter. Om du avbryter ärendet avbryts de tillsammans med det.</translation>
    </message>
    <message>
        <source>The case still has open activities. If you close the case, they are canceled. Their time is not counted in the case&apos;s total time.</source>
        <translation>Ärendet har fortfarande öppna aktiviteter. Om du stänger ärendet avbryts de. Deras tid räknas inte in i ärendets totala tid.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bekräfta</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OptionListValue</name>
    <message>
        <source>Values (check one or more)</source>
        <translation>Värden (markera ett eller flera)</translation>
    </message>
</context>
<context>
    <name>OptionValue</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
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
    <message>
        <source>Incoming</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>ActivityStatusReason values; the canceled reasons share the case&apos;s &quot;Canceled&quot; reason</extracomment>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ringt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Not Started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>Waiting on someone else</source>
        <translation>Väntar på någon annan</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Uppskjuten</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>timeline entries that are not activities (TimelineEntry.kind)</extracomment>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Case Resolution</source>
        <translation>Ärendestängningsaktivitet</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 tim</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 tim %2 min</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Pick</source>
        <extracomment>the versions the user saw: {&quot;expected_versions&quot;: {case id: v}, &quot;expected_item_versions&quot;: {item id: v}}; on_conflict(error) when stale</extracomment>
        <translation>Plocka</translation>
    </message>
    <message numerus="yes">
        <source>You will work on the %n selected item(s): you become their Worked By and the owner of their cases.</source>
        <translation>
            <numerusform>Du kommer att arbeta med %n markerat objekt: du blir Arbetas med av och ägare till ärendet.</numerusform>
            <numerusform>Du kommer att arbeta med de %n markerade objekten: du blir Arbetas med av och ägare till deras ärenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Pick</source>
        <translation>Om Plocka</translation>
    </message>
    <message>
        <source>&amp;Remove the item from the queue</source>
        <translation>&amp;Ta bort objektet från kön</translation>
    </message>
    <message>
        <source>Remove the item from the queue</source>
        <translation>Ta bort objektet från kön</translation>
    </message>
    <message>
        <source>The case stays yours; it no longer waits in the queue.</source>
        <translation>Ärendet förblir ditt; det väntar inte längre i kön.</translation>
    </message>
    <message>
        <source>About removing</source>
        <translation>Om att ta bort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>&amp;Plocka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
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
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>CaseDesk opens the new database the next time it starts.</source>
        <translation>CaseDesk öppnar den nya databasen nästa gång programmet startar.</translation>
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
</context>
<context>
    <name>ProcessBar</name>
    <message>
        <source>current stage</source>
        <translation>aktuell fas</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Undersök</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lös</translation>
    </message>
    <message>
        <source>Previous Stage</source>
        <translation>Föregående fas</translation>
    </message>
    <message>
        <source>Next Stage</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <source>Process stages</source>
        <translation>Processfaser</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <source>%n case(s) have this product.</source>
        <extracomment>controller field → the page&apos;s field</extracomment>
        <translation>
            <numerusform>%n ärende har den här produkten.</numerusform>
            <numerusform>%n ärenden har den här produkten.</numerusform>
        </translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Ny produkt</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>Only administrators can change products.</source>
        <translation>Endast administratörer kan ändra produkter.</translation>
    </message>
    <message>
        <source>Product “%1” saved.</source>
        <translation>Produkten ”%1” har sparats.</translation>
    </message>
    <message>
        <source>Product “%1” activated.</source>
        <translation>Produkten ”%1” har aktiverats.</translation>
    </message>
    <message>
        <source>Product “%1” deactivated.</source>
        <translation>Produkten ”%1” har inaktiverats.</translation>
    </message>
    <message>
        <source>Save the changes to the product?</source>
        <translation>Spara ändringarna i produkten?</translation>
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
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Product commands</source>
        <translation>Produktkommandon</translation>
    </message>
    <message>
        <source>Save the product</source>
        <translation>Spara produkten</translation>
    </message>
    <message>
        <source>Only administrators can change products. You can look at them here.</source>
        <translation>Endast administratörer kan ändra produkter. Du kan se dem här.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Cases that have the product</source>
        <translation>Ärenden som har produkten</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Namn: *</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>Namn (obligatoriskt)</translation>
    </message>
    <message>
        <source>Product number</source>
        <translation>Produktnummer</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>Fel i %1</translation>
    </message>
    <message>
        <source>Offered for new cases</source>
        <translation>Erbjuds för nya ärenden</translation>
    </message>
</context>
<context>
    <name>QueueItemColumns</name>
    <message>
        <source>Case Number</source>
        <extracomment>the queue chooser&apos;s two entries besides the queues (queues.QueueChoice) the views (queues.ItemView), in the chooser&apos;s order</extracomment>
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
        <source>Entered Queue</source>
        <translation>Lades i kö</translation>
    </message>
    <message>
        <source>Worked By</source>
        <translation>Arbetas med av</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
</context>
<context>
    <name>QueueItemsPage</name>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n objekt markerat</numerusform>
            <numerusform>%n objekt markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) picked.</source>
        <translation>
            <numerusform>%n objekt plockat.</numerusform>
            <numerusform>%n objekt plockade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) routed.</source>
        <translation>
            <numerusform>%n objekt cirkulerat.</numerusform>
            <numerusform>%n objekt cirkulerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) released.</source>
        <translation>
            <numerusform>%n objekt släppt.</numerusform>
            <numerusform>%n objekt släppta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove case %1 from the queue “%2”? The case itself stays as it is.</source>
        <translation>Ta bort ärende %1 från kön ”%2”? Själva ärendet förblir som det är.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from their queues? The cases themselves stay as they are.</source>
        <translation>
            <numerusform>Ta bort %n objekt från sin kö? Själva ärendet förblir som det är.</numerusform>
            <numerusform>Ta bort %n objekt från sina köer? Själva ärendena förblir som de är.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the queue.</source>
        <translation>
            <numerusform>%n objekt borttaget från kön.</numerusform>
            <numerusform>%n objekt borttagna från köerna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n objekt</numerusform>
            <numerusform>%n objekt</numerusform>
        </translation>
    </message>
    <message>
        <source>All Queues</source>
        <translation>Alla köer</translation>
    </message>
    <message>
        <source>Queues I&apos;m a member of</source>
        <translation>Köer jag är medlem i</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Kö:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Items available to work on</source>
        <translation>Objekt att arbeta med</translation>
    </message>
    <message>
        <source>Items I am working on</source>
        <translation>Objekt jag arbetar med</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alla objekt</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vy:</translation>
    </message>
    <message>
        <source>Queue item view</source>
        <translation>Vy för köobjekt</translation>
    </message>
    <message>
        <source>Filter by case number, title or customer…</source>
        <translation>Filtrera på ärendenummer, rubrik eller kund…</translation>
    </message>
    <message>
        <source>Filter queue items</source>
        <translation>Filtrera köobjekt</translation>
    </message>
    <message>
        <source>Queue items</source>
        <translation>Köobjekt</translation>
    </message>
    <message>
        <source>Queue item commands</source>
        <translation>Kommandon för köobjekt</translation>
    </message>
    <message>
        <source>Number of queue items</source>
        <translation>Antal köobjekt</translation>
    </message>
</context>
<context>
    <name>QueuesSettingsPage</name>
    <message>
        <source>The users who may see and work the queue&apos;s items (its owner always can).</source>
        <extracomment>how many rule names a refusal lists before &quot;…&quot;</extracomment>
        <translation>Användarna som får se och arbeta med köns objekt (ägaren får alltid det).</translation>
    </message>
    <message>
        <source>Everyone sees a public queue. Make it private to choose its members.</source>
        <translation>Alla ser en offentlig kö. Gör den privat för att välja medlemmar.</translation>
    </message>
    <message>
        <source>A default queue can&apos;t be deleted</source>
        <translation>En standardkö kan inte tas bort</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>Ny kö</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Kö: %1</translation>
    </message>
    <message>
        <source>Only managers and administrators can change queues.</source>
        <translation>Bara chefer och administratörer kan ändra köer.</translation>
    </message>
    <message>
        <source>The queue “%1” can&apos;t be deleted.</source>
        <translation>Kön ”%1” kan inte tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n queue item(s) (of active, resolved or canceled cases).</source>
        <translation>
            <numerusform>Den innehåller %n köobjekt (för aktiva, lösta eller avbrutna ärenden).</numerusform>
            <numerusform>Den innehåller %n köobjekt (för aktiva, lösta eller avbrutna ärenden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule(s) route cases to it: %1.</source>
        <translation>
            <numerusform>%n hanteringsregel dirigerar ärenden till den: %1.</numerusform>
            <numerusform>%n hanteringsregler dirigerar ärenden till den: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule sets: %1.</source>
        <translation>Regeluppsättningar: %1.</translation>
    </message>
    <message>
        <source>Queue “%1” saved.</source>
        <translation>Kön ”%1” har sparats.</translation>
    </message>
    <message>
        <source>Delete the queue “%1”?</source>
        <translation>Ta bort kön ”%1”?</translation>
    </message>
    <message>
        <source>Queue “%1” deleted.</source>
        <translation>Kön ”%1” har tagits bort.</translation>
    </message>
    <message>
        <source>Save the changes to the queue?</source>
        <translation>Spara ändringarna i kön?</translation>
    </message>
    <message>
        <source>%1 (the default queue of %2)</source>
        <translation>%1 (standardkön för %2)</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Queue commands</source>
        <translation>Kommandon för köer</translation>
    </message>
    <message>
        <source>Save the queue</source>
        <translation>Spara kön</translation>
    </message>
    <message>
        <source>Only managers and administrators can change queues. You can look at them here.</source>
        <translation>Bara chefer och administratörer kan ändra köer. Du kan titta på dem här.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Active items in the queue</source>
        <translation>Aktiva objekt i kön</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>This is the default queue of a user or team: it stays private with its owner and can&apos;t be deleted. Its name, description and members can change.</source>
        <translation>Det här är standardkön för en användare eller ett team: den förblir privat med sin ägare och kan inte tas bort. Namn, beskrivning och medlemmar kan ändras.</translation>
    </message>
    <message>
        <source>Default queue</source>
        <translation>Standardkö</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Namn: *</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Owner: *</source>
        <translation>&amp;Ägare: *</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmar:</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>Namn (obligatoriskt)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Owner (required)</source>
        <translation>Ägare (obligatorisk)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>Fel i %1</translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation>&amp;Offentlig</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>Everyone can see the queue and work its items</source>
        <translation>Alla kan se kön och arbeta med dess objekt</translation>
    </message>
    <message>
        <source>P&amp;rivate</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Only its owner and members see the queue</source>
        <translation>Bara ägaren och medlemmarna ser kön</translation>
    </message>
    <message>
        <source>Look up a user or team by name</source>
        <translation>Slå upp en användare eller ett team på namn</translation>
    </message>
    <message>
        <source>About members</source>
        <translation>Om medlemmar</translation>
    </message>
</context>
<context>
    <name>QuickCreateAccountDialog</name>
    <message>
        <source>Quick Create: Account</source>
        <translation>Snabbregistrering: Konto</translation>
    </message>
    <message>
        <source>Account &amp;Name: *</source>
        <translation>Konto&amp;namn: *</translation>
    </message>
    <message>
        <source>Account Name (required)</source>
        <translation>Kontonamn (obligatoriskt)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>QuickCreateChoiceDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Is the new customer an account (a company) or a contact (a person)?</source>
        <translation>Är den nya kunden ett konto (ett företag) eller en kontakt (en person)?</translation>
    </message>
    <message>
        <source>New &amp;Account</source>
        <translation>Nytt &amp;konto</translation>
    </message>
    <message>
        <source>New &amp;Contact</source>
        <translation>Ny k&amp;ontakt</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Ny kontakt</translation>
    </message>
</context>
<context>
    <name>QuickCreateContactDialog</name>
    <message>
        <source>Quick Create: Contact</source>
        <translation>Snabbregistrering: Kontakt</translation>
    </message>
    <message>
        <source>&amp;First Name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last Name: *</source>
        <translation>&amp;Efternamn: *</translation>
    </message>
    <message>
        <source>Last Name (required)</source>
        <translation>Efternamn (obligatoriskt)</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>&amp;Business Phone:</source>
        <translation>&amp;Arbetstelefon:</translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation>Arbetstelefon</translation>
    </message>
    <message>
        <source>Look up an account</source>
        <translation>Slå upp ett konto</translation>
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
<context>
    <name>RecordValue</name>
    <message>
        <source>Value (a record: type and press Enter)</source>
        <translation>Värde (en post: skriv och tryck på Retur)</translation>
    </message>
</context>
<context>
    <name>RouteCaseDialog</name>
    <message>
        <source>No rule matched: nothing changed.</source>
        <extracomment>the version the user saw (None: not checked); on_conflict(error) when stale</extracomment>
        <translation>Ingen regel passade: inget har ändrats.</translation>
    </message>
    <message>
        <source>Case %1 was routed to the queue “%2” by the rule item “%3”.</source>
        <translation>Ärendet %1 cirkulerades till kön ”%2” av regelobjektet ”%3”.</translation>
    </message>
    <message>
        <source>Case %1 was assigned to the user “%2” by the rule item “%3”.</source>
        <translation>Ärendet %1 tilldelades användaren ”%2” av regelobjektet ”%3”.</translation>
    </message>
    <message>
        <source>Case %1 was assigned to the team “%2” by the rule item “%3”.</source>
        <translation>Ärendet %1 tilldelades teamet ”%2” av regelobjektet ”%3”.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Route Case</source>
        <translation>Cirkulera ärende</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Cirkulera</translation>
    </message>
    <message>
        <source>The case will be routed based on the active routing rule set.</source>
        <translation>Ärendet kommer att cirkuleras baserat på den aktiva uppsättningen hanteringsregler.</translation>
    </message>
    <message>
        <source>About routing</source>
        <translation>Om cirkulering</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogrutans knappar</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Cirkulera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route</source>
        <extracomment>as PickDialog&apos;s</extracomment>
        <translation>Cirkulera</translation>
    </message>
    <message numerus="yes">
        <source>Route the %n selected item(s) to another queue, or to a user or team who will work on them.</source>
        <translation>
            <numerusform>Cirkulera %n markerat objekt till en annan kö, eller till en användare eller ett team som ska arbeta med det.</numerusform>
            <numerusform>Cirkulera de %n markerade objekten till en annan kö, eller till en användare eller ett team som ska arbeta med dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Route</source>
        <translation>Om Cirkulera</translation>
    </message>
    <message>
        <source>Route to:</source>
        <translation>Cirkulera till:</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>Cirkulera till</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Kö</translation>
    </message>
    <message>
        <source>Route to a queue</source>
        <translation>Cirkulera till en kö</translation>
    </message>
    <message>
        <source>&amp;User or team</source>
        <translation>&amp;Användare eller team</translation>
    </message>
    <message>
        <source>Route to a user or team</source>
        <translation>Cirkulera till en användare eller ett team</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Look up a queue by name</source>
        <translation>Slå upp en kö på namn</translation>
    </message>
    <message>
        <source>User or team</source>
        <translation>Användare eller team</translation>
    </message>
    <message>
        <source>Look up a user or team by name</source>
        <translation>Slå upp en användare eller ett team på namn</translation>
    </message>
    <message>
        <source>&amp;Remove the item from the queue</source>
        <translation>&amp;Ta bort objektet från kön</translation>
    </message>
    <message>
        <source>Remove the item from the queue</source>
        <translation>Ta bort objektet från kön</translation>
    </message>
    <message>
        <source>Queue error</source>
        <translation>Fel i kön</translation>
    </message>
    <message>
        <source>User or team error</source>
        <translation>Fel i användare eller team</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>R&amp;oute</source>
        <translation>&amp;Cirkulera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>RoutingFields</name>
    <message>
        <source>Case</source>
        <extracomment>the groups of the field chooser, in order: a field path&apos;s part before the dot</extracomment>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berättigande</translation>
    </message>
    <message>
        <source>Case Number</source>
        <extracomment>field path → its name (the controller&apos;s English label is the fallback)</extracomment>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
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
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>Is Escalated</source>
        <translation>Är eskalerat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Escalated On</source>
        <translation>Eskalerat den</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Skapat den</translation>
    </message>
    <message>
        <source>Follow Up By</source>
        <translation>Följ upp senast</translation>
    </message>
    <message>
        <source>Customer Name</source>
        <translation>Kundens namn</translation>
    </message>
    <message>
        <source>Customer City</source>
        <translation>Kundens ort</translation>
    </message>
    <message>
        <source>Customer E-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>Customer Country</source>
        <translation>Kundens land</translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation>Kontaktens namn</translation>
    </message>
    <message>
        <source>Contact E-mail</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <source>Product Name</source>
        <translation>Produktnamn</translation>
    </message>
    <message>
        <source>Product Number</source>
        <translation>Produktnummer</translation>
    </message>
    <message>
        <source>Subject Title</source>
        <translation>Ämnesrubrik</translation>
    </message>
    <message>
        <source>Entitlement Name</source>
        <translation>Berättigandets namn</translation>
    </message>
    <message>
        <source>Entitlement Remaining Terms</source>
        <translation>Berättigandets återstående villkor</translation>
    </message>
</context>
<context>
    <name>RoutingOperators</name>
    <message>
        <source>Equals</source>
        <translation>Är lika med</translation>
    </message>
    <message>
        <source>Does Not Equal</source>
        <translation>Är inte lika med</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>Begins With</source>
        <translation>Börjar med</translation>
    </message>
    <message>
        <source>Is Empty</source>
        <translation>Är tomt</translation>
    </message>
    <message>
        <source>Is Not Empty</source>
        <translation>Är inte tomt</translation>
    </message>
    <message>
        <source>Greater Than</source>
        <translation>Större än</translation>
    </message>
    <message>
        <source>Less Than</source>
        <translation>Mindre än</translation>
    </message>
    <message>
        <source>In List</source>
        <translation>Finns i listan</translation>
    </message>
</context>
<context>
    <name>RoutingOptions</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Route to queue</source>
        <translation>Cirkulera till kö</translation>
    </message>
    <message>
        <source>Assign to user</source>
        <translation>Tilldela användare</translation>
    </message>
    <message>
        <source>Assign to team</source>
        <translation>Tilldela team</translation>
    </message>
</context>
<context>
    <name>RoutingPage</name>
    <message>
        <source>Rule item %1</source>
        <extracomment>True when there are unsaved changes, False when there are none again</extracomment>
        <translation>Regelobjekt %1</translation>
    </message>
    <message>
        <source>Not saved: see the marked field.</source>
        <translation>Inte sparat: se det markerade fältet.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Not saved: rule item %1 (“%2”) needs a change, see below.</source>
        <translation>Inte sparat: regelobjekt %1 (”%2”) behöver ändras, se nedan.</translation>
    </message>
    <message>
        <source>Choose a field from the list: “%1” is not one.</source>
        <translation>Välj ett fält i listan: ”%1” finns inte.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be used with %2: choose another operator.</source>
        <translation>”%1” kan inte användas med %2: välj en annan operator.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Skriv ett tal.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Välj ett datum.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Välj ett värde i listan.</translation>
    </message>
    <message>
        <source>Choose Yes or No.</source>
        <translation>Välj Ja eller Nej.</translation>
    </message>
    <message>
        <source>Type and press Enter to choose a record.</source>
        <translation>Skriv och tryck på Retur för att välja en post.</translation>
    </message>
    <message>
        <source>Type a value.</source>
        <translation>Skriv ett värde.</translation>
    </message>
    <message>
        <source>Give at least one value.</source>
        <translation>Ange minst ett värde.</translation>
    </message>
    <message>
        <source>The value doesn&apos;t fit %1. %2</source>
        <translation>Värdet passar inte %1. %2</translation>
    </message>
    <message>
        <source>A condition of this rule item is not valid (marked below).</source>
        <translation>Ett villkor i regelobjektet är inte giltigt (markerat nedan).</translation>
    </message>
    <message>
        <source>Rule set “%1” saved.</source>
        <translation>Regeluppsättningen ”%1” har sparats.</translation>
    </message>
    <message>
        <source>Save the changes to the rule set “%1”?</source>
        <translation>Spara ändringarna i regeluppsättningen ”%1”?</translation>
    </message>
    <message>
        <source>New Rule Set</source>
        <translation>Ny regeluppsättning</translation>
    </message>
    <message>
        <source>Rule set “%1” activated.</source>
        <translation>Regeluppsättningen ”%1” har aktiverats.</translation>
    </message>
    <message>
        <source>Rule set “%1” deactivated: it can be edited again.</source>
        <translation>Regeluppsättningen ”%1” har inaktiverats: den kan redigeras igen.</translation>
    </message>
    <message>
        <source>Delete the rule set “%1”? This can&apos;t be undone.</source>
        <translation>Ta bort regeluppsättningen ”%1”? Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Rule set “%1” deleted.</source>
        <translation>Regeluppsättningen ”%1” har tagits bort.</translation>
    </message>
    <message>
        <source>Routing Rule Sets</source>
        <translation>Hanteringsregler</translation>
    </message>
    <message>
        <source>Routing rule set commands</source>
        <translation>Kommandon för hanteringsregler</translation>
    </message>
    <message>
        <source>Routing &amp;Rule Sets</source>
        <translation>&amp;Hanteringsregler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Routing rule sets</source>
        <translation>Uppsättningar hanteringsregler</translation>
    </message>
    <message>
        <source>Rule sets and the rule set editor</source>
        <translation>Regeluppsättningar och redigeringen av en regeluppsättning</translation>
    </message>
    <message>
        <source>Rule set editor</source>
        <translation>Redigera regeluppsättning</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Namn: *</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>Namn (obligatoriskt)</translation>
    </message>
    <message>
        <source>For example: Support routing</source>
        <translation>Till exempel: Supportens hanteringsregler</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Fel i namnet</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Rule &amp;Items (tried from the top; the first whose condition holds acts):</source>
        <translation>Regel&amp;objekt (prövas uppifrån; det första vars villkor gäller utförs):</translation>
    </message>
    <message>
        <source>About the rule items</source>
        <translation>Om regelobjekten</translation>
    </message>
    <message>
        <source>Rule items</source>
        <translation>Regelobjekt</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Lägg till objekt</translation>
    </message>
    <message>
        <source>Add a rule item</source>
        <translation>Lägg till ett regelobjekt</translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation>Ta bort ob&amp;jekt</translation>
    </message>
    <message>
        <source>Remove the chosen rule item</source>
        <translation>Ta bort det valda regelobjektet</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the rule item up</source>
        <translation>Flytta regelobjektet uppåt</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>Move the rule item down</source>
        <translation>Flytta regelobjektet nedåt</translation>
    </message>
    <message>
        <source>No rule items yet. Add one: each item has a condition and says where a matching case goes.</source>
        <translation>Inga regelobjekt ännu. Lägg till ett: varje objekt har ett villkor och anger vart ett ärende som uppfyller det ska.</translation>
    </message>
    <message>
        <source>No rule items</source>
        <translation>Inga regelobjekt</translation>
    </message>
    <message>
        <source>Rule item error</source>
        <translation>Fel i regelobjektet</translation>
    </message>
    <message>
        <source>Item na&amp;me: *</source>
        <translation>Objektets na&amp;mn: *</translation>
    </message>
    <message>
        <source>Rule item name (required)</source>
        <translation>Regelobjektets namn (obligatoriskt)</translation>
    </message>
    <message>
        <source>Condition (when it holds, the action is taken):</source>
        <translation>Villkor (när det gäller utförs åtgärden):</translation>
    </message>
    <message>
        <source>About the condition</source>
        <translation>Om villkoret</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Skriv ett namn och tryck på Retur</translation>
    </message>
    <message>
        <source>User to assign to</source>
        <translation>Användare att tilldela</translation>
    </message>
    <message>
        <source>Team to assign to</source>
        <translation>Team att tilldela</translation>
    </message>
    <message>
        <source>Queue to route to</source>
        <translation>Kö att cirkulera till</translation>
    </message>
    <message>
        <source>(choose a queue)</source>
        <translation>(välj en kö)</translation>
    </message>
    <message>
        <source>&amp;User: *</source>
        <translation>&amp;Användare: *</translation>
    </message>
    <message>
        <source>&amp;Team: *</source>
        <translation>&amp;Team: *</translation>
    </message>
    <message>
        <source>&amp;Queue: *</source>
        <translation>&amp;Kö: *</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regeluppsättning</translation>
    </message>
    <message>
        <source>Only managers and administrators can change routing rule sets. You can look at them here.</source>
        <translation>Bara chefer och administratörer kan ändra hanteringsregler. Du kan titta på dem här.</translation>
    </message>
    <message>
        <source>This rule set is active, so it can&apos;t be changed. Deactivate it to edit it; cases are not routed while no rule set is active.</source>
        <translation>Regeluppsättningen är aktiv och kan därför inte ändras. Inaktivera den för att redigera den; ärenden cirkuleras inte medan ingen regeluppsättning är aktiv.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Rule item</source>
        <translation>Regelobjekt</translation>
    </message>
    <message>
        <source>Chosen rule item</source>
        <translation>Valt regelobjekt</translation>
    </message>
</context>
<context>
    <name>RoutingSummaryModel</name>
    <message>
        <source>Unchanged</source>
        <extracomment>how often the worker reports progress at most (seconds) the dialog&apos;s height once the summary shows (it grows to it, never shrinks)</extracomment>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>the case is not active</source>
        <translation>ärendet är inte aktivt</translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation>ärendet finns inte längre</translation>
    </message>
    <message>
        <source>Not routed: %1</source>
        <translation>Inte cirkulerat: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Kö: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ägare: %1</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Routed To</source>
        <translation>Cirkulerat till</translation>
    </message>
    <message>
        <source>Rule Item</source>
        <translation>Regelobjekt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to CaseDesk</source>
        <extracomment>url (with login and maybe password) → (OpenResult, Session); raises DatabaseOpenError</extracomment>
        <translation>Logga in i CaseDesk</translation>
    </message>
    <message>
        <source>Sign in to the team database</source>
        <translation>Logga in i teamdatabasen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Lö&amp;senord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password</source>
        <translation>&amp;Kom ihåg lösenordet</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <source>Use your own database login. Leave the password empty when the server signs you in with Kerberos or a certificate.</source>
        <translation>Använd ditt eget inloggningsnamn till databasen. Lämna lösenordet tomt när servern loggar in dig med Kerberos eller ett certifikat.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keep the password in the operating system&apos;s keyring, so that CaseDesk signs you in by itself next time.</source>
        <translation>Spara lösenordet i operativsystemets nyckelring, så att CaseDesk loggar in dig automatiskt nästa gång.</translation>
    </message>
    <message>
        <source>Passwords can only be kept in the operating system&apos;s keyring, and this computer has none that CaseDesk can use.</source>
        <translation>Lösenord kan bara sparas i operativsystemets nyckelring, och den här datorn har ingen som CaseDesk kan använda.</translation>
    </message>
</context>
<context>
    <name>SimilarCasesPanel</name>
    <message>
        <source>Remove the link to %1 “%2”? The case itself is not changed.</source>
        <translation>Ta bort länken till %1 ”%2”? Själva ärendet ändras inte.</translation>
    </message>
    <message>
        <source>Similar Cases</source>
        <translation>Liknande ärenden</translation>
    </message>
    <message>
        <source>&amp;Add Connection</source>
        <translation>&amp;Lägg till anslutningspost</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Lägg till anslutningspost</translation>
    </message>
    <message>
        <source>Find a similar case and link it to this case</source>
        <translation>Sök efter ett liknande ärende och länka det till det här ärendet</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove similar case</source>
        <translation>Ta bort liknande ärende</translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation>Ärenderubrik</translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation>Statusorsak</translation>
    </message>
    <message>
        <source>No similar cases are linked.</source>
        <translation>Inga liknande ärenden är länkade.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>CaseDesk is already running with the database %1, but it does not answer. It may be busy: wait a moment and start CaseDesk again. If it still does not answer, close that CaseDesk (or end it in the task manager) and try again.</source>
        <extracomment>claim(): this process now has the database to itself claim(): another CaseDesk has the database open and brought its window to the front claim(): another CaseDesk holds the database but did not answer (busy or hung) claim(): the lock folder cannot be used; go on without the guard (logged)</extracomment>
        <translation>CaseDesk körs redan med databasen %1 men svarar inte. Programmet kan vara upptaget: vänta en stund och starta CaseDesk igen. Om det fortfarande inte svarar stänger du det andra CaseDesk (eller avslutar det i Aktivitetshanteraren) och försöker igen.</translation>
    </message>
</context>
<context>
    <name>SubjectChoiceDialog</name>
    <message>
        <source>Choose a Subject</source>
        <extracomment>the chooser&apos;s entry for &quot;no subject&quot; / &quot;the top level&quot;</extracomment>
        <translation>Välj ett ämne</translation>
    </message>
    <message>
        <source>Type to filter subjects…</source>
        <translation>Skriv för att filtrera ämnen…</translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation>Filtrera ämnen</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Ämnen</translation>
    </message>
</context>
<context>
    <name>SubjectTreeDialog</name>
    <message>
        <source>Choose a Subject</source>
        <translation>Välj ett ämne</translation>
    </message>
    <message>
        <source>Type to filter subjects…</source>
        <translation>Skriv för att filtrera ämnen…</translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation>Filtrera ämnen</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Ämnen</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>No subject selected.</source>
        <translation>Inget ämne är markerat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n case(s) filed under it</source>
        <translation>
            <numerusform>%1 · %n ärende har det här ämnet</numerusform>
            <numerusform>%1 · %n ärenden har det här ämnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected subject</source>
        <translation>Markerat ämne</translation>
    </message>
    <message>
        <source>Type the name of the new subject and press Enter.</source>
        <translation>Skriv namnet på det nya ämnet och tryck på Retur.</translation>
    </message>
    <message>
        <source>Subject “%1” added.</source>
        <translation>Ämnet ”%1” har lagts till.</translation>
    </message>
    <message>
        <source>Subject renamed to “%1”.</source>
        <translation>Ämnet har bytt namn till ”%1”.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>översta nivån</translation>
    </message>
    <message>
        <source>“%1” moved under %2.</source>
        <translation>”%1” har flyttats under %2.</translation>
    </message>
    <message>
        <source>Move “%1” (with its subjects) under:</source>
        <translation>Flytta ”%1” (med sina underämnen) under:</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Översta nivån)</translation>
    </message>
    <message>
        <source>Its subjects move to the top level.</source>
        <translation>Dess underämnen flyttas till översta nivån.</translation>
    </message>
    <message>
        <source>Its subjects move to “%1”.</source>
        <translation>Dess underämnen flyttas till ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are filed under “%1”. Where should they go?</source>
        <translation>
            <numerusform>%n ärende har ämnet ”%1”. Vart ska det flyttas?</numerusform>
            <numerusform>%n ärenden har ämnet ”%1”. Vart ska de flyttas?</numerusform>
        </translation>
    </message>
    <message>
        <source>(No subject)</source>
        <translation>(Inget ämne)</translation>
    </message>
    <message>
        <source>Delete the subject “%1”?</source>
        <translation>Ta bort ämnet ”%1”?</translation>
    </message>
    <message>
        <source>Subject “%1” deleted.</source>
        <translation>Ämnet ”%1” har tagits bort.</translation>
    </message>
    <message>
        <source>Only administrators can change subjects.</source>
        <translation>Endast administratörer kan ändra ämnen.</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Subject commands</source>
        <translation>Ämneskommandon</translation>
    </message>
    <message>
        <source>Only administrators can change subjects. You can look at them here.</source>
        <translation>Endast administratörer kan ändra ämnen. Du kan se dem här.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Type to filter subjects…</source>
        <translation>Skriv för att filtrera ämnen…</translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation>Filtrera ämnen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Cases filed under the subject itself</source>
        <translation>Ärenden som har just det här ämnet</translation>
    </message>
    <message>
        <source>Subject tree</source>
        <translation>Ämnesträd</translation>
    </message>
    <message>
        <source>Drag a subject onto another to move it there, or between two subjects to move it next to them. F2 renames.</source>
        <translation>Dra ett ämne till ett annat för att flytta det dit, eller mellan två ämnen för att flytta det bredvid dem. F2 byter namn.</translation>
    </message>
    <message>
        <source>How to move subjects</source>
        <translation>Så flyttar du ämnen</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <source>The team gets a private default queue, “&lt;%1&gt;”, when it is saved.</source>
        <translation>Teamet får en privat standardkö, ”&lt;%1&gt;”, när det sparas.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The team&apos;s private default queue is in Settings › Queues.</source>
        <translation>Teamets privata standardkö finns under Inställningar › Köer.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nytt team</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Only administrators can change teams.</source>
        <translation>Bara administratörer kan ändra team.</translation>
    </message>
    <message>
        <source>Team “%1” saved.</source>
        <translation>Teamet ”%1” har sparats.</translation>
    </message>
    <message numerus="yes">
        <source>It owns %n case(s): assign them to someone else first.</source>
        <translation>
            <numerusform>Det äger %n ärende: tilldela det till någon annan först.</numerusform>
            <numerusform>Det äger %n ärenden: tilldela dem till någon annan först.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It owns %n queue(s) besides its default queue: give them another owner first.</source>
        <translation>
            <numerusform>Det äger %n kö utöver sin standardkö: ge den en annan ägare först.</numerusform>
            <numerusform>Det äger %n köer utöver sin standardkö: ge dem en annan ägare först.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It works %n queue item(s), or its default queue holds them: route or remove them first.</source>
        <translation>
            <numerusform>Det arbetar med %n köobjekt, eller så finns det i dess standardkö: cirkulera eller ta bort det först.</numerusform>
            <numerusform>Det arbetar med %n köobjekt, eller så finns de i dess standardkö: cirkulera eller ta bort dem först.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule item(s) assign cases to it or to its queue: change them first.</source>
        <translation>
            <numerusform>%n hanteringsregel tilldelar ärenden till det eller dess kö: ändra den först.</numerusform>
            <numerusform>%n hanteringsregler tilldelar ärenden till det eller dess kö: ändra dem först.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team “%1” can&apos;t be deleted.</source>
        <translation>Teamet ”%1” kan inte tas bort.</translation>
    </message>
    <message>
        <source>Delete the team “%1” and its default queue?</source>
        <translation>Ta bort teamet ”%1” och dess standardkö?</translation>
    </message>
    <message>
        <source>Team “%1” deleted.</source>
        <translation>Teamet ”%1” har tagits bort.</translation>
    </message>
    <message>
        <source>Save the changes to the team?</source>
        <translation>Spara ändringarna i teamet?</translation>
    </message>
    <message>
        <source>(No owner)</source>
        <translation>(Ingen ägare)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Namn: *</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ägare:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmar:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>Namn (obligatoriskt)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>Fel i %1</translation>
    </message>
    <message>
        <source>Default queue</source>
        <translation>Standardkö</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New Entitlement from Template</source>
        <extracomment>a typical long value per column: sizes the columns at first</extracomment>
        <translation>Nytt berättigande från mall</translation>
    </message>
    <message>
        <source>Choose the template whose terms, channels and products the new entitlement starts with.</source>
        <translation>Välj mallen vars villkor, kanaler och produkter det nya berättigandet börjar med.</translation>
    </message>
    <message>
        <source>Entitlement templates</source>
        <translation>Berättigandemallar</translation>
    </message>
    <message>
        <source>There are no entitlement templates yet. Create them under Settings › Entitlement Templates.</source>
        <translation>Det finns inga berättigandemallar än. Skapa dem under Inställningar › Berättigandemallar.</translation>
    </message>
    <message>
        <source>&amp;Customer (optional):</source>
        <translation>&amp;Kund (valfritt):</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Skriv ett namn och tryck på Retur</translation>
    </message>
    <message>
        <source>%1: %2, %3 days</source>
        <translation>%1: %2, %3 dagar</translation>
    </message>
</context>
<context>
    <name>TextListValue</name>
    <message>
        <source>Values, separated by semicolons</source>
        <translation>Värden, åtskilda med semikolon</translation>
    </message>
    <message>
        <source>Values separated by ;</source>
        <translation>Värden åtskilda med ;</translation>
    </message>
</context>
<context>
    <name>TextValue</name>
    <message>
        <source>Value</source>
        <extracomment>the operators of a field type, when the controller does not say option fields whose values the app already names (labels.py)</extracomment>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>TimelineColumns</name>
    <message>
        <source>Type</source>
        <extracomment>kind filter: combo value → the kinds case_timeline keeps (None: all) state filter values ActivityKind value → the icon and filter name of the kind status reasons that only repeat their state (phone call Open, every Canceled, the Completed of tasks and appointments)</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Has an attached file</source>
        <translation>Har en bifogad fil</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>Tidslinjen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Save the case to add activities and notes.</source>
        <translation>Spara ärendet för att lägga till aktiviteter och anteckningar.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Nothing in the timeline matches the filter.</source>
        <translation>Inget i tidslinjen matchar filtret.</translation>
    </message>
    <message>
        <source>No activities or notes yet. Add one with the buttons above, or drop a saved e-mail (.eml file) here.</source>
        <translation>Inga aktiviteter eller anteckningar än. Lägg till en med knapparna ovan, eller släpp ett sparat e-postmeddelande (.eml-fil) här.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n öppen</numerusform>
            <numerusform>%n öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Only open activities can be completed or canceled.</source>
        <translation>Bara öppna aktiviteter kan slutföras eller avbrytas.</translation>
    </message>
    <message>
        <source>Add Phone Call</source>
        <translation>Lägg till telefonsamtal</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Lägg till uppgift</translation>
    </message>
    <message>
        <source>Add E-mail</source>
        <translation>Lägg till e-post</translation>
    </message>
    <message>
        <source>Add Appointment</source>
        <translation>Lägg till avtalad tid</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Import E-mail</source>
        <translation>Importera e-post</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Phone Calls</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Avtalade tider</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Ärendestängningar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Lägg till:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Show entries of type</source>
        <translation>Visa poster av typ</translation>
    </message>
    <message>
        <source>Show open or overdue activities</source>
        <translation>Visa öppna eller försenade aktiviteter</translation>
    </message>
    <message>
        <source>Add to the timeline</source>
        <translation>Lägg till i tidslinjen</translation>
    </message>
    <message>
        <source>Timeline entry commands</source>
        <translation>Kommandon för tidslinjeposten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Activities, notes and resolutions of the case, newest first</source>
        <translation>Ärendets aktiviteter, anteckningar och stängningar, nyaste först</translation>
    </message>
    <message>
        <source>Number of activities</source>
        <translation>Antal aktiviteter</translation>
    </message>
    <message>
        <source>This case is closed. You can still add activities and notes to it.</source>
        <translation>Ärendet är stängt. Du kan fortfarande lägga till aktiviteter och anteckningar.</translation>
    </message>
</context>
<context>
    <name>TransitionsPage</name>
    <message>
        <source>From ↓  To →</source>
        <extracomment>True when there are unsaved changes, False when there are none again</extracomment>
        <translation>Från ↓  Till →</translation>
    </message>
    <message>
        <source>Each row is the status reason a case has; each column a status reason it may change to.</source>
        <translation>Varje rad är den statusorsak ett ärende har; varje kolumn en statusorsak som det får ändras till.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Från %1 till %2</translation>
    </message>
    <message>
        <source>%1 can always stay as it is</source>
        <translation>%1 kan alltid vara kvar som den är</translation>
    </message>
    <message>
        <source>%1 has no path to a Resolved or Canceled status reason</source>
        <translation>%1 har ingen väg till en statusorsak för Löst eller Avbruten</translation>
    </message>
    <message>
        <source>Status reason transitions saved.</source>
        <translation>Övergångarna för statusorsak har sparats.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the active status reason(s) %1 have no path to a Resolved or Canceled status reason. Allow each to change to a status reason that leads there.</source>
        <translation>
            <numerusform>Sparades inte: den aktiva statusorsaken %1 har ingen väg till en statusorsak för Löst eller Avbruten. Tillåt den att ändras till en statusorsak som leder dit.</numerusform>
            <numerusform>Sparades inte: de aktiva statusorsakerna %1 har ingen väg till en statusorsak för Löst eller Avbruten. Tillåt var och en att ändras till en statusorsak som leder dit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes to the status reason transitions?</source>
        <translation>Vill du spara ändringarna i övergångarna för statusorsak?</translation>
    </message>
    <message>
        <source>Status reason “%1” added to %2.</source>
        <translation>Statusorsaken ”%1” har lagts till i %2.</translation>
    </message>
    <message>
        <source>Status Reason Transitions</source>
        <translation>Övergångar för statusorsak</translation>
    </message>
    <message>
        <source>Transition commands</source>
        <translation>Kommandon för övergångar</translation>
    </message>
    <message>
        <source>Only administrators can change the status reason transitions. You can look at them here.</source>
        <translation>Endast administratörer kan ändra övergångarna för statusorsak. Här kan du se dem.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>&amp;Check status reason changes against this matrix</source>
        <translation>&amp;Kontrollera ändringar av statusorsak mot den här matrisen</translation>
    </message>
    <message>
        <source>Check status reason changes against this matrix</source>
        <translation>Kontrollera ändringar av statusorsak mot den här matrisen</translation>
    </message>
    <message>
        <source>When this is on, every change of status reason — editing the field, closing, canceling, merging and reactivating a case — must be allowed below, and the status reason list offers only the allowed ones. When it is off, any change is allowed.</source>
        <translation>När detta är på måste varje ändring av statusorsak – i fältet och när ett ärende stängs, avbryts, slås samman eller återaktiveras – vara tillåten nedan, och listan med statusorsaker erbjuder bara de tillåtna. När det är av tillåts alla ändringar.</translation>
    </message>
    <message>
        <source>About the check</source>
        <translation>Om kontrollen</translation>
    </message>
    <message>
        <source>&amp;Allowed changes: a case with the status reason of a row may change to the checked status reasons of its columns. Arrow keys move, Space checks or unchecks.</source>
        <translation>&amp;Tillåtna ändringar: ett ärende med radens statusorsak får ändras till de markerade statusorsakerna i kolumnerna. Piltangenterna flyttar, blanksteg markerar eller avmarkerar.</translation>
    </message>
    <message>
        <source>About the matrix</source>
        <translation>Om matrisen</translation>
    </message>
    <message>
        <source>Allowed status reason changes</source>
        <translation>Tillåtna ändringar av statusorsak</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>The user gets a private default queue when they are saved.</source>
        <translation>Användaren får en privat standardkö när hen sparas.</translation>
    </message>
    <message>
        <source>The user&apos;s private default queue is in Settings › Queues.</source>
        <translation>Användarens privata standardkö finns under Inställningar › Köer.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <source>Only administrators can change users.</source>
        <translation>Bara administratörer kan ändra användare.</translation>
    </message>
    <message>
        <source>User “%1” saved.</source>
        <translation>Användaren ”%1” har sparats.</translation>
    </message>
    <message>
        <source>Deactivate the user “%1”? Their cases keep them as owner until someone assigns them; they can no longer be chosen as owner.</source>
        <translation>Inaktivera användaren ”%1”? Hens ärenden har hen kvar som ägare tills någon tilldelar dem; hen kan inte längre väljas som ägare.</translation>
    </message>
    <message>
        <source>User “%1” deactivated.</source>
        <translation>Användaren ”%1” har inaktiverats.</translation>
    </message>
    <message>
        <source>User “%1” activated.</source>
        <translation>Användaren ”%1” har aktiverats.</translation>
    </message>
    <message>
        <source>Save the changes to the user?</source>
        <translation>Spara ändringarna i användaren?</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
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
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Namn: *</translation>
    </message>
    <message>
        <source>&amp;Login: *</source>
        <translation>&amp;Inloggningsnamn: *</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Roles: *</source>
        <translation>Roller: *</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>Namn (obligatoriskt)</translation>
    </message>
    <message>
        <source>Login (required)</source>
        <translation>Inloggningsnamn (obligatoriskt)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>Fel i %1</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Chef</translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation>A&amp;dministratör</translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation>Rollen %1</translation>
    </message>
    <message>
        <source>Agents work cases; managers also keep queues, entitlements and routing rules; administrators also keep users, teams and every setting.</source>
        <translation>Agenter arbetar med ärenden; chefer sköter även köer, berättiganden och hanteringsregler; administratörer sköter även användare, team och alla inställningar.</translation>
    </message>
    <message>
        <source>About roles</source>
        <translation>Om roller</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>Inactive users can&apos;t be chosen as owner</source>
        <translation>Inaktiva användare kan inte väljas som ägare</translation>
    </message>
    <message>
        <source>The sign-in name, e.g. asa.oberg</source>
        <translation>Inloggningsnamnet, t.ex. asa.oberg</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>Default queue</source>
        <translation>Standardkö</translation>
    </message>
</context>
<context>
    <name>UsersTeamsPage</name>
    <message>
        <source>Users and Teams</source>
        <translation>Användare och team</translation>
    </message>
    <message>
        <source>User and team commands</source>
        <translation>Kommandon för användare och team</translation>
    </message>
    <message>
        <source>Only administrators can change users and teams. You can look at them here.</source>
        <translation>Bara administratörer kan ändra användare och team. Du kan titta på dem här.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Users and teams</source>
        <translation>Användare och team</translation>
    </message>
</context>
</TS>
