<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccountColumns</name>
    <message>
        <source>Account Name</source>
        <extracomment>rows read per step when the inactive records are picked out of all of them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Full Name</source>
        <extracomment>field → what its error says (a function: the text follows the language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to look up what you typed and choose a record, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the account “%1”? It stays with its contacts and cases but is no longer offered for new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has unsaved changes. Close it and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is inactive: activate it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arent Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary &amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the account to add its contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the account to see its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) selected</source>
        <translation>
            <numerusform>%n account selected</numerusform>
            <numerusform>%n accounts selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the account “%1”? It stays with its contacts and cases but is no longer offered for new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activate %n account(s)?</source>
        <translation>
            <numerusform>Activate %n account?</numerusform>
            <numerusform>Activate %n accounts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n account(s)? They stay with their contacts and cases but are no longer offered for new cases.</source>
        <translation>
            <numerusform>Deactivate %n account? It stays with its contacts and cases but is no longer offered for new cases.</numerusform>
            <numerusform>Deactivate %n accounts? They stay with their contacts and cases but are no longer offered for new cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, account number, city or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Not available yet: coming in a later version of CaseDesk.</source>
        <extracomment>a reason the command is not available yet (shown as tooltip), or None New Account / New Contact (each on its own page or form, never both visible at once). Lead: move these two into hotkeys.py (NEW_CUSTOMER, SAVE) with the other shortcuts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cases, accounts and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected cases in a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Routing Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate Child Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected cases child cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this empty database with a realistic demo desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the account inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the account active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case for the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the contact inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the contact active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case for the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes and close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case the activity is regarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the selected open activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected open activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone call to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an e-mail on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appointment to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note or a file to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import E-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a saved e-mail (.eml file) to the case; you can also drop .eml files on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Status &amp;Reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a status reason to Active, Resolved or Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an entitlement prefilled from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the entitlement: cases can use its terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the entitlement to Draft to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the entitlement: cases can no longer use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new draft from today for the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set As De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the customer&apos;s default entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement is no longer the customer&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an entitlement template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the selected items: you become their Worked By and the owner of their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop working on the selected items: they are available in their queue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items to another queue, or route them to a user or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected items out of their queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the user inactive: they can no longer be assigned cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the user active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rule Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a routing rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the active rule set (the active one becomes a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the rule set to Draft to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subject under the selected subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Top-Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subject at the top of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected subject under another subject (or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected subject: its subjects move up to its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the product inactive: new cases can no longer choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the product active again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActiveEntitlementsList</name>
    <message>
        <source>%1 of %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active entitlements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityCloseDialog</name>
    <message>
        <source>Complete Activity</source>
        <extracomment>the most minutes the steps go to (the controller&apos;s MAX_DURATION) what can be typed: more than MAX_DURATION, so a number out of range is refused at the field with a reason instead of being cut silently</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the activity as completed. It becomes read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the activity? It stays in the timeline as canceled and becomes read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>New Phone Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this activity after you opened it. Load their version? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and mark as completed in one step, e.g. a call logged while it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as completed with a status reason and the time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the activity with a status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activity before canceling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is completed or canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is completed (%1) and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is canceled (%1) and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regarding case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left Voice Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left &amp;Voice Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time actually spent, in minutes; the arrows step by quarters of an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a case by number or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a user or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up an account or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityListPage</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) selected</source>
        <translation>
            <numerusform>%n activity selected</numerusform>
            <numerusform>%n activities selected</numerusform>
        </translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Open Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by subject, case number or customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStatusReasonDialog</name>
    <message>
        <source>Add Status Reason</source>
        <extracomment>the matrix&apos;s own header rows and columns: the state, then the status reason on a cell: (from reason, to reason)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status reason is offered for cases in the state you choose. Allow changes to and from it in the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About status reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Waiting for Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <source>Add to Queue</source>
        <extracomment>{case id: version the user saw} (None: not checked); on_conflict(error) when stale the queue the case is in now (one case only), else None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose the queue for the %n selected case(s). A case is in one queue at a time: a case that is already in a queue moves to this one.</source>
        <translation>
            <numerusform>Choose the queue for the %n selected case. A case is in one queue at a time: if it is already in a queue, it moves to this one.</numerusform>
            <numerusform>Choose the queue for the %n selected cases. A case is in one queue at a time: cases that are already in a queue move to this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Add to Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a queue by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is in the queue “%1”. Add moves it to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is in the queue “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>“%1” is not a database address CaseDesk understands. Use sqlite:///path/to/file.db or postgresql://host/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyRoutingDialog</name>
    <message>
        <source>Routing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Routing Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected case(s) will be routed based on the active routing rule set.</source>
        <translation>
            <numerusform>%Ln selected case will be routed based on the active routing rule set.</numerusform>
            <numerusform>%Ln selected cases will be routed based on the active routing rule set.</numerusform>
        </translation>
    </message>
    <message>
        <source>About routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each case went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing case %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after %1 of %2 cases. The other cases were not routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln case(s) processed.</source>
        <translation>
            <numerusform>Done: %Ln case processed.</numerusform>
            <numerusform>Done: %Ln cases processed.</numerusform>
        </translation>
    </message>
    <message>
        <source>To a queue: %1 · To an owner: %2 · Unchanged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not routed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to Team or User</source>
        <extracomment>the lookup&apos;s results: users and teams (LookupItem.kind) {case id: version the user saw} (None: not checked); on_conflict(error) when stale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have selected %n case(s). To whom would you like to assign them?</source>
        <translation>
            <numerusform>You have selected %n case. To whom would you like to assign it?</numerusform>
            <numerusform>You have selected %n cases. To whom would you like to assign them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a user or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a user or team by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or team error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociateChildCasesDialog</name>
    <message>
        <source>Set Parent Child Relationship</source>
        <extracomment>the longest case title (the case form&apos;s) {case id: version the user saw} (None: not checked); on_conflict(error) when stale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose the parent case of the %n selected case(s): %1</source>
        <translation>
            <numerusform>Choose the parent case of the %n selected case: %1</numerusform>
            <numerusform>Choose the parent case of the %n selected cases: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose the parent case of the %n selected case(s).</source>
        <translation>
            <numerusform>Choose the parent case of the %n selected case.</numerusform>
            <numerusform>Choose the parent case of the %n selected cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent Case: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Case (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a case by number or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One level only: the parent can&apos;t be a child case, and a parent case can&apos;t become a child case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>kind → (background, border, text); light tints that read on light and dark themes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Account</source>
        <extracomment>commands of the case command bar that later versions bring (SPEC §4.3)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new customer for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new case and open %1 instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is resolved or canceled. Reactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is escalated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is escalated. Route it now with the active routing rule set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Child Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not decrement entitlement terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrement entitlement terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement terms are not decremented for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Similar Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at resolved cases on this subject to learn how they were solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar Cases come with Find Similar Cases in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this case. Your unsaved changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this case. Your unsaved changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection to the database was lost. Your changes are kept here; save again when CaseDesk says it is reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the saved case? Your unsaved changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved or canceled this case at %2, after you opened it, so your changes can&apos;t be saved. They are still shown here; reactivate the case (after reloading it) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this case at %2, after you opened it, so nothing was done. Save your changes first (you can merge them with theirs), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this case at %2, after you opened it, so nothing was done. The case was reloaded: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this case at %2. It was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is resolved and read-only. Reactivate it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is canceled and read-only. Reactivate it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the subject tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for an existing active case of this customer before opening a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;Title*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Up By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) selected</source>
        <translation>
            <numerusform>%n case selected</numerusform>
            <numerusform>%n cases selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported</source>
        <translation>
            <numerusform>%n case exported</numerusform>
            <numerusform>%n cases exported</numerusform>
        </translation>
    </message>
    <message>
        <source>My Active Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Resolved Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by case number, title or customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More Commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSettingsPage</name>
    <message>
        <source>Case settings saved.</source>
        <extracomment>the closure preferences (SPEC §2.7), as stored, in the order shown fields every child case inherits, whatever the setting says the entitlement settings (SPEC §3.2), stored through admin.set_setting True when there are unsaved changes, False when there are none again field → a function giving its error (None: the banner above the settings)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the case settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case settings commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the case settings. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent and child cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum number of child cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of child cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent case can have at most this many child cases (1 to 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of child cases error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When a parent case is closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a parent case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave its child cases as they are (independent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close all child cases when the parent case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t allow the parent case to close while child cases are active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure preference error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields a child case inherits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Child Case copies these fields from the parent case. Case Title and Customer are always copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About inherited fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited fields error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always copied to a child case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager marks an active entitlement Set As Default. A case without an entitlement then gets its customer&apos;s default one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About default entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the customer&apos;s default entitlement when a case is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the customer&apos;s default entitlement when its customer, contact or product changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement settings error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSuggestions</name>
    <message>
        <source>Open case %1</source>
        <extracomment>the pause after the last keystroke before suggestions are looked up (ms) the fewest characters of title worth suggesting for rows per section</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar resolved cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution &amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billable Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable Time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short explanation of how the case was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the case&apos;s completed activities that are not billed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to bill the customer, in minutes; the arrows step by %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active child case(s) will be closed too, with the same resolution: %1</source>
        <translation>
            <numerusform>%n active child case will be closed too, with the same resolution: %1</numerusform>
            <numerusform>%n active child cases will be closed too, with the same resolution: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Close or cancel them first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This case has %n active child case(s). They stay active: %1</source>
        <translation>
            <numerusform>This case has %n active child case. It stays active: %1</numerusform>
            <numerusform>This case has %n active child cases. They stay active: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Child cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionGroup</name>
    <message>
        <source>And: all of these hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or: any of these holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group type: And or Or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group inside this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions: the rule item applies to every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty group: add a condition or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmCancellationDialog</name>
    <message>
        <source>Confirm Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel case %1? Choose the status of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into case (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a case by number or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case becomes Canceled – Merged. Its activities, notes, connections and child cases move to the case it is merged into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case becomes Canceled and read-only. It can be reactivated later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no open activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open activity(ies) will move to the case it is merged into.</source>
        <translation>
            <numerusform>%n open activity will move to the case it is merged into.</numerusform>
            <numerusform>%n open activities will move to the case it is merged into.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open activity(ies) will be canceled with the case.</source>
        <translation>
            <numerusform>%n open activity will be canceled with the case.</numerusform>
            <numerusform>%n open activities will be canceled with the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active child case(s) will move to the case it is merged into: %1</source>
        <translation>
            <numerusform>%n active child case will move to the case it is merged into: %1</numerusform>
            <numerusform>%n active child cases will move to the case it is merged into: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active child case(s) will be canceled too: %1</source>
        <translation>
            <numerusform>%n active child case will be canceled too: %1</numerusform>
            <numerusform>%n active child cases will be canceled too: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t cancel the parent case because it has %n active child case(s). Close or cancel them first: %1</source>
        <translation>
            <numerusform>You can&apos;t cancel the parent case because it has %n active child case. Close or cancel it first: %1</numerusform>
            <numerusform>You can&apos;t cancel the parent case because it has %n active child cases. Close or cancel them first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This case has %n active child case(s). They stay active: %1</source>
        <translation>
            <numerusform>This case has %n active child case. It stays active: %1</numerusform>
            <numerusform>This case has %n active child cases. They stay active: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Child cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Decrement Entitlement Terms</source>
        <extracomment>the form&apos;s fields in the form&apos;s order: key → the CaseFields attributes it stands for fields whose choice follows the customer&apos;s when the customer&apos;s choice changes: a contact or an entitlement of one customer never goes with another what the lookups point at: the form gives their names how much of a long value a cell shows (all of it in the tooltip, up to TOOLTIP_CHARS) a value&apos;s cell: the chosen one framed in the highlight colour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes and theirs are the same: saving changes nothing they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n field differs.</numerusform>
            <numerusform>%n fields differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You both changed %n of them.</source>
        <translation>
            <numerusform>You both changed %n of them.</numerusform>
            <numerusform>You both changed %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their value will be saved in %n field(s).</source>
        <translation>
            <numerusform>Their value will be saved in %n field.</numerusform>
            <numerusform>Their value will be saved in %n fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone Else Saved This Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved case %2 at %3, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved case %2 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was overwritten. Choose which value to keep for each field below, then save the merged case. A field only one of you changed is chosen already. Or reload the case as they saved it and discard your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their Version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the server lost — retrying… Unsaved changes in open forms are kept; save them when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be reached — retrying… Unsaved changes in open forms are kept; save them when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected. Lists and forms show the latest data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (Parent Customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to look up what you typed and choose a record, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the contact “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the contact “%1”? Their cases stay, but they are no longer offered for new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has unsaved changes. Close it and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is inactive: activate them to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account (Parent Customer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (Parent Customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred Contact Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact to see their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>%n contact selected</numerusform>
            <numerusform>%n contacts selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the contact “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the contact “%1”? Their cases stay, but they are no longer offered for new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activate %n contact(s)?</source>
        <translation>
            <numerusform>Activate %n contact?</numerusform>
            <numerusform>Activate %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n contact(s)? Their cases stay, but they are no longer offered for new cases.</source>
        <translation>
            <numerusform>Deactivate %n contact? Their cases stay, but they are no longer offered for new cases.</numerusform>
            <numerusform>Deactivate %n contacts? Their cases stay, but they are no longer offered for new cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, account, city or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateChildCaseDialog</name>
    <message>
        <source>Create Child Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new child case of %1. It gets the parent&apos;s customer and the other fields the administrator chose to inherit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;Title: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailsPanel</name>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see the contact card, recent cases and recent activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred Method of Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active entitlements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>This &amp;computer (SQLite file)</source>
        <extracomment>url, timeout → signin.ConnectionCheck (runs on a worker thread)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the usual file in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to test; not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change takes effect the next time CaseDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected: CaseDesk database version %1, you are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateValue</name>
    <message>
        <source>Value (a date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmlImport</name>
    <message>
        <source>The file cannot be read: %1</source>
        <extracomment>the MIME type of an .eml file (QFileDialog.setMimeTypeFilters, drag and drop)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: %1 MB. Files of at most %2 MB can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files were not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementColumns</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementForm</name>
    <message>
        <source>Only managers and administrators can set or remove the default entitlement.</source>
        <extracomment>a new entitlement runs for a year from today field names of the controller → the field that shows their error before the first save: the template&apos;s channels [(origin, Decimal)] and products [(id, name)], written by the first save</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Activation

Activate the entitlement “%1”? An active entitlement is read-only; cases of the customer can use its terms from the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the entitlement “%1”? Cases can no longer use it. Renew makes a new draft from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set As Default

Make “%1” the default entitlement of %2? New cases of the customer get it automatically when the case settings say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” as the default entitlement of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to look up what you typed and choose a customer, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the entitlement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change entitlements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entitlement is active, so it is read-only. Deactivate it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entitlement is waiting for its start date, %1, and is read-only. Deactivate it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entitlement expired on %1 and is read-only. Renew it to continue the support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entitlement is cancelled and read-only. Renew it to continue the support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s default entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocation Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrease Remaining On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict Case Creation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total terms plus the movements in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse new cases when no terms remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are always decreased on Case Resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements in hours are always decreased on Case Resolution, by the case&apos;s billable time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Decrease Remaining On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels, products, contacts and ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entitlement to edit its channels, products and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft&apos;s lists can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the template: saved with the entitlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without channels the entitlement covers every origin; with channels, only the origins listed, each with its own terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;erms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total terms of the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed: the entitlement covers every product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a product and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is a contact: the entitlement covers that contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed: the entitlement covers every contact of the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a contact of the customer and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger of term movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every movement of terms, newest first. Remaining terms are the total terms plus these movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terms have moved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementListPage</name>
    <message numerus="yes">
        <source>%n entitlement(s)</source>
        <translation>
            <numerusform>%n entitlement</numerusform>
            <numerusform>%n entitlements</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring in 30 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhausted Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entitlements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementOptions</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created</source>
        <extracomment>why terms moved (options.TermReason)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case canceled or merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementTemplatesPage</name>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change entitlement templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entitlement template “%1”? Entitlements made from it keep their terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the entitlement template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change entitlement templates. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. New Template creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are always decreased on Case Resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocation Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrease Remaining On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict Case Creation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse new cases when no terms remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Decrease Remaining On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total terms of the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; what you were doing may not have finished. The details were written to the log file.</source>
        <extracomment>(exception) -&gt; bool: True when it was a lost database connection, which the window shows as its connection state (ui/live.py) instead of as an unexpected error</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCombo</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindCaseDialog</name>
    <message>
        <source>Find Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cases of %1. Open one of them instead of a new case, or go on with the new case (the selected case is remembered as its existing case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active cases. Go on with the new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cases of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go On with &amp;New Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindSimilarCasesDialog</name>
    <message>
        <source>Searching…</source>
        <extracomment>how many results a search shows (the total is counted) as-you-type searches wait for a pause this long (ms); Search and Enter search at once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subject or type a keyword, then Search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolved cases found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found; the best %1 are shown.</source>
        <translation>
            <numerusform>%n case found; the best %1 are shown.</numerusform>
            <numerusform>%n cases found; the best %1 are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>%n case found.</numerusform>
            <numerusform>%n cases found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Similar Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the title, description or resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar resolved cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found a Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen case to this case as a similar case, and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk keeps your cases in a database on this computer. Please tell us your name: it is shown as the owner of the cases you create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupEdit</name>
    <message>
        <source>Look Up</source>
        <extracomment>the answer on show: (text searched, items or None, error or None)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupKinds</name>
    <message>
        <source>Account</source>
        <extracomment>what a row of the results holds (Qt.UserRole): a LookupItem, or one of the markers below LookupItem.kind → its name, the marker a mixed lookup shows (e.g. the customer&apos;s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Case management for customer-service agents.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cases, accounts, contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCasesDialog</name>
    <message>
        <source>Merge Cases</source>
        <extracomment>{case id: version the user saw} (None: not checked); on_conflict(error) when stale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case that stays (the target). The other cases are merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to merge; select the case that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target chosen yet: select the case that stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases that are not chosen become Canceled – Merged. Their activities, notes, connections and child cases move to the target, which keeps its own field values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) become Canceled – Merged: %1. Their activities, notes, connections and child cases move to %2, which keeps its own field values.</source>
        <translation>
            <numerusform>%n case becomes Canceled – Merged: %1. Its activities, notes, connections and child cases move to %2, which keeps its own field values.</numerusform>
            <numerusform>%n cases become Canceled – Merged: %1. Their activities, notes, connections and child cases move to %2, which keeps its own field values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Up By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number suffix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred Contact Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of child cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a parent case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields a child case inherits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease Remaining On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict Case Creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cases to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains control characters that cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a contact of the customer (or the customer itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent account cannot be this account or one of its sub-accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of this account&apos;s contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a record from the results (type and press Enter), or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: %3 MB. Files of at most %2 MB can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an e-mail message that CaseDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration must be a whole number of minutes from 0 to 100000.</source>
        <extracomment>messages for one field and code that say more than the general one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of child cases must be a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This state already has a status reason with this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable Time must be a whole number of minutes from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the resolution types in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case to merge this case into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Terms must be a number of 0 or more (at most two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements in hours can only be decreased on Case Resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each origin can be listed only once among the channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the origins in the list for the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts of the entitlement&apos;s customer can be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be a whole number of days of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject can&apos;t be moved under itself or under one of its own subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases can&apos;t move to the subject that is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder: choose a database file or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition names a field that doesn&apos;t exist: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition uses an operator that doesn&apos;t fit its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition has a value that doesn&apos;t fit its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement is not active: choose an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement does not cover the case&apos;s product or contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement&apos;s channels do not cover the case&apos;s origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record first. Reload it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is resolved or canceled and cannot be changed. Reactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is completed or canceled and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer active: it was resolved or canceled. Reload it to see its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status reason can&apos;t change from %1 to %2 (status reason transitions set by the administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select from %2 to %3 cases to merge (%1 selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t merge cases that have different parent cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case that stays must be one of the cases being merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t create child cases for child cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t add a parent case as a child case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case can&apos;t be its own parent case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent case can have at most %1 child cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These active status reasons have no path to Resolved or Canceled: %1. Allow more changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement is not a draft and cannot be changed. Deactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement “%1” has %2 terms remaining and restricts case creation: the case can&apos;t use it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can&apos;t be done while the entitlement&apos;s status is %1. Reload it to see its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the default queue of a user or team: it stays private with its owner and can&apos;t be deleted or deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue “%1” holds queue items or a routing rule routes to it: it can&apos;t be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team “%1” still owns cases or queues, works queue items or is named by a routing rule: it can&apos;t be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is no longer in a queue. Refresh the list to see the items as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t deactivate your own user or take the Administrator role from yourself. Another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active user must keep the Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case can&apos;t be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases are already linked as similar cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set is active and cannot be changed. Deactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routing rule set is active. Activate one in Settings › Routing Rule Sets first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not active (it is resolved or canceled): reactivate it first.</source>
        <extracomment>case lifecycle codes with a message of their own when a parameter is given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed case %3 at %2, so nothing was done: what you saw was out of date. Look at the case as it is now and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %3 channel of the entitlement “%1” has %2 terms remaining and the entitlement restricts case creation: the case can&apos;t use it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of CaseDesk (schema %1; this version supports %2). Install the newer version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a CaseDesk database or it is damaged. It was not changed. Restore a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file or its folder is read-only. CaseDesk needs to write to it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program. Close that program and try again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a database of another program, not of CaseDesk. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed and was undone: %1. A backup was made before the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server did not accept the sign-in: the login or the password is wrong.</source>
        <extracomment>a team database on a server (the error names the server): code → (text, its %1, %2…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check the host and the port, and that the server is running. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database called “%1” on the server. Check the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to CaseDesk. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty: it is not set up for CaseDesk yet. An administrator must run `casedesk admin init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database was made by a newer version of CaseDesk (schema %1; this version supports %2). Install the newer version to use it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database must be upgraded first: an administrator must run `casedesk admin migrate`. This version of CaseDesk needs schema %2, the database is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 has no CaseDesk account in this database. Ask an administrator to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk cannot use its data folder %1.</source>
        <extracomment>the folder of a database file cannot be used (config.DataFolderError): which folder, why, and what to do, as three sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk cannot use the folder %1 for its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to create or change files there (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make room on the disk, or start CaseDesk with --database sqlite:///another/place/casedesk.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator, or start CaseDesk with --database sqlite:///another/place/casedesk.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t resolve the parent case because it has %n active child case(s).</source>
        <translation>
            <numerusform>You can&apos;t resolve the parent case because it has %n active child case.</numerusform>
            <numerusform>You can&apos;t resolve the parent case because it has %n active child cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of your and your team&apos;s work: active cases by priority, status reason and origin; cases created and resolved per day; entitlements near exhaustion; queue sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items of one queue or all your queues: items available to work on, items you are working on, all items. Pick, release, route and remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activities, all open activities and overdue ones: phone calls, tasks, e-mails and appointments with their case and customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies you support, with their contacts, cases and entitlements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people you talk to, with their account, cases and activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support terms per customer: number of cases or hours, channels, products, remaining terms and their state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject tree that cases are filed under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products cases and entitlements refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, their roles (Agent, Manager, Administrator) and teams with their members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and private queues with their owners and members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing Rule Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that route cases to queues, users or teams; one rule set is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which status reason may follow which, when the transition matrix is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number prefix, parent and child case rules, default entitlements, billable time steps, origins, severities and status reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates that prefill new entitlements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoValue</name>
    <message>
        <source>No value needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>No file attached</source>
        <extracomment>a file chosen for a new note: (path, name, size)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of a saved note cannot be changed; add a new note for another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this note after you opened it. Load their version? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberValue</name>
    <message>
        <source>Value (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenActivitiesList</name>
    <message>
        <source>Activity Type</source>
        <extracomment>a note about what happens (child cases, activities): framed, in the window&apos;s colours a note that stops the command (a rule): the error colour how many child case numbers a note names before &quot;…&quot; the most rows a list of open activities shows before it scrolls</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenActivitiesWarning</name>
    <message>
        <source>Open Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open activity(ies) will be canceled.</source>
        <translation>
            <numerusform>%n open activity will be canceled.</numerusform>
            <numerusform>%n open activities will be canceled.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case still has open activities. If you cancel the case, they are canceled with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case still has open activities. If you close the case, they are canceled. Their time is not counted in the case&apos;s total time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionListValue</name>
    <message>
        <source>Values (check one or more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionValue</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled (reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>ActivityStatusReason values; the canceled reasons share the case&apos;s &quot;Canceled&quot; reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>timeline entries that are not activities (TimelineEntry.kind)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Pick</source>
        <extracomment>the versions the user saw: {&quot;expected_versions&quot;: {case id: v}, &quot;expected_item_versions&quot;: {item id: v}}; on_conflict(error) when stale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You will work on the %n selected item(s): you become their Worked By and the owner of their cases.</source>
        <translation>
            <numerusform>You will work on the %n selected item: you become its Worked By and the owner of its case.</numerusform>
            <numerusform>You will work on the %n selected items: you become their Worked By and the owner of their cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the item from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case stays yours; it no longer waits in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk opens the new database the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessBar</name>
    <message>
        <source>current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <source>%n case(s) have this product.</source>
        <extracomment>controller field → the page&apos;s field</extracomment>
        <translation>
            <numerusform>%n case has this product.</numerusform>
            <numerusform>%n cases have this product.</numerusform>
        </translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product “%1” activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product “%1” deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the product?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change products. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases that have the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered for new cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueItemColumns</name>
    <message>
        <source>Case Number</source>
        <extracomment>the queue chooser&apos;s two entries besides the queues (queues.QueueChoice) the views (queues.ItemView), in the chooser&apos;s order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueItemsPage</name>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) picked.</source>
        <translation>
            <numerusform>%n item picked.</numerusform>
            <numerusform>%n items picked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) routed.</source>
        <translation>
            <numerusform>%n item routed.</numerusform>
            <numerusform>%n items routed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) released.</source>
        <translation>
            <numerusform>%n item released.</numerusform>
            <numerusform>%n items released.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove case %1 from the queue “%2”? The case itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from their queues? The cases themselves stay as they are.</source>
        <translation>
            <numerusform>Remove %n item from its queue? The case itself stays as it is.</numerusform>
            <numerusform>Remove %n items from their queues? The cases themselves stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the queue.</source>
        <translation>
            <numerusform>%n item removed from the queue.</numerusform>
            <numerusform>%n items removed from their queues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>All Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues I&apos;m a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items available to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items I am working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue item view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by case number, title or customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue item commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of queue items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesSettingsPage</name>
    <message>
        <source>The users who may see and work the queue&apos;s items (its owner always can).</source>
        <extracomment>how many rule names a refusal lists before &quot;…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone sees a public queue. Make it private to choose its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A default queue can&apos;t be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue “%1” can&apos;t be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It holds %n queue item(s) (of active, resolved or canceled cases).</source>
        <translation>
            <numerusform>It holds %n queue item (of an active, resolved or canceled case).</numerusform>
            <numerusform>It holds %n queue items (of active, resolved or canceled cases).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule(s) route cases to it: %1.</source>
        <translation>
            <numerusform>%n routing rule routes cases to it: %1.</numerusform>
            <numerusform>%n routing rules route cases to it: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule sets: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the queue “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the default queue of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change queues. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active items in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the default queue of a user or team: it stays private with its owner and can&apos;t be deleted. Its name, description and members can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone can see the queue and work its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its owner and members see the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a user or team by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCreateAccountDialog</name>
    <message>
        <source>Quick Create: Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCreateChoiceDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the new customer an account (a company) or a contact (a person)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCreateContactDialog</name>
    <message>
        <source>Quick Create: Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordValue</name>
    <message>
        <source>Value (a record: type and press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteCaseDialog</name>
    <message>
        <source>No rule matched: nothing changed.</source>
        <extracomment>the version the user saw (None: not checked); on_conflict(error) when stale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was routed to the queue “%2” by the rule item “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was assigned to the user “%2” by the rule item “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was assigned to the team “%2” by the rule item “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case will be routed based on the active routing rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route</source>
        <extracomment>as PickDialog&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Route the %n selected item(s) to another queue, or to a user or team who will work on them.</source>
        <translation>
            <numerusform>Route the %n selected item to another queue, or to a user or team who will work on it.</numerusform>
            <numerusform>Route the %n selected items to another queue, or to a user or team who will work on them.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to a user or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a queue by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a user or team by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the item from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or team error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingFields</name>
    <message>
        <source>Case</source>
        <extracomment>the groups of the field chooser, in order: a field path&apos;s part before the dot</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <extracomment>field path → its name (the controller&apos;s English label is the fallback)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Up By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement Remaining Terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingOperators</name>
    <message>
        <source>Equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does Not Equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begins With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is Not Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greater Than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less Than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingOptions</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingPage</name>
    <message>
        <source>Rule item %1</source>
        <extracomment>True when there are unsaved changes, False when there are none again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: rule item %1 (“%2”) needs a change, see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field from the list: “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can&apos;t be used with %2: choose another operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Yes or No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and press Enter to choose a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value doesn&apos;t fit %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition of this rule item is not valid (marked below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the rule set “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Rule Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set “%1” activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set “%1” deactivated: it can be edited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule set “%1”? This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing Rule Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule set commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing &amp;Rule Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets and the rule set editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Support routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &amp;Items (tried from the top; the first whose condition holds acts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the rule items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen rule item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule items yet. Add one: each item has a condition and says where a matching case goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule item error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item na&amp;me: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule item name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition (when it holds, the action is taken):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue to route to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change routing rule sets. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule set is active, so it can&apos;t be changed. Deactivate it to edit it; cases are not routed while no rule set is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen rule item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingSummaryModel</name>
    <message>
        <source>Unchanged</source>
        <extracomment>how often the worker reports progress at most (seconds) the dialog&apos;s height once the summary shows (it grows to it, never shrinks)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not routed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to CaseDesk</source>
        <extracomment>url (with login and maybe password) → (OpenResult, Session); raises DatabaseOpenError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own database login. Leave the password empty when the server signs you in with Kerberos or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the operating system&apos;s keyring, so that CaseDesk signs you in by itself next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords can only be kept in the operating system&apos;s keyring, and this computer has none that CaseDesk can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarCasesPanel</name>
    <message>
        <source>Remove the link to %1 “%2”? The case itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a similar case and link it to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove similar case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar cases are linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>CaseDesk is already running with the database %1, but it does not answer. It may be busy: wait a moment and start CaseDesk again. If it still does not answer, close that CaseDesk (or end it in the task manager) and try again.</source>
        <extracomment>claim(): this process now has the database to itself claim(): another CaseDesk has the database open and brought its window to the front claim(): another CaseDesk holds the database but did not answer (busy or hung) claim(): the lock folder cannot be used; go on without the guard (logged)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectChoiceDialog</name>
    <message>
        <source>Choose a Subject</source>
        <extracomment>the chooser&apos;s entry for &quot;no subject&quot; / &quot;the top level&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter subjects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectTreeDialog</name>
    <message>
        <source>Choose a Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter subjects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>No subject selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n case(s) filed under it</source>
        <translation>
            <numerusform>%1 · %n case filed under it</numerusform>
            <numerusform>%1 · %n cases filed under it</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the new subject and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” (with its subjects) under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its subjects move to the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its subjects move to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are filed under “%1”. Where should they go?</source>
        <translation>
            <numerusform>%n case is filed under “%1”. Where should it go?</numerusform>
            <numerusform>%n cases are filed under “%1”. Where should they go?</numerusform>
        </translation>
    </message>
    <message>
        <source>(No subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the subject “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change subjects. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter subjects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed under the subject itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a subject onto another to move it there, or between two subjects to move it next to them. F2 renames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to move subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <source>The team gets a private default queue, “&lt;%1&gt;”, when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s private default queue is in Settings › Queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It owns %n case(s): assign them to someone else first.</source>
        <translation>
            <numerusform>It owns %n case: assign it to someone else first.</numerusform>
            <numerusform>It owns %n cases: assign them to someone else first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It owns %n queue(s) besides its default queue: give them another owner first.</source>
        <translation>
            <numerusform>It owns %n queue besides its default queue: give it another owner first.</numerusform>
            <numerusform>It owns %n queues besides its default queue: give them another owner first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It works %n queue item(s), or its default queue holds them: route or remove them first.</source>
        <translation>
            <numerusform>It works %n queue item, or its default queue holds it: route or remove it first.</numerusform>
            <numerusform>It works %n queue items, or its default queue holds them: route or remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule item(s) assign cases to it or to its queue: change them first.</source>
        <translation>
            <numerusform>%n routing rule item assigns cases to it or to its queue: change it first.</numerusform>
            <numerusform>%n routing rule items assign cases to it or to its queue: change them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team “%1” can&apos;t be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team “%1” and its default queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New Entitlement from Template</source>
        <extracomment>a typical long value per column: sizes the columns at first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template whose terms, channels and products the new entitlement starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no entitlement templates yet. Create them under Settings › Entitlement Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextListValue</name>
    <message>
        <source>Values, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextValue</name>
    <message>
        <source>Value</source>
        <extracomment>the operators of a field type, when the controller does not say option fields whose values the app already names (labels.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineColumns</name>
    <message>
        <source>Type</source>
        <extracomment>kind filter: combo value → the kinds case_timeline keeps (None: all) state filter values ActivityKind value → the icon and filter name of the kind status reasons that only repeat their state (phone call Open, every Canceled, the Completed of tasks and appointments)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an attached file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case to add activities and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the timeline matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities or notes yet. Add one with the buttons above, or drop a saved e-mail (.eml file) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only open activities can be completed or canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Phone Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show open or overdue activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities, notes and resolutions of the case, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed. You can still add activities and notes to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionsPage</name>
    <message>
        <source>From ↓  To →</source>
        <extracomment>True when there are unsaved changes, False when there are none again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is the status reason a case has; each column a status reason it may change to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can always stay as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no path to a Resolved or Canceled status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason transitions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the active status reason(s) %1 have no path to a Resolved or Canceled status reason. Allow each to change to a status reason that leads there.</source>
        <translation>
            <numerusform>Not saved: the active status reason %1 has no path to a Resolved or Canceled status reason. Allow it to change to a status reason that leads there.</numerusform>
            <numerusform>Not saved: the active status reasons %1 have no path to a Resolved or Canceled status reason. Allow each to change to a status reason that leads there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes to the status reason transitions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason “%1” added to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Reason Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the status reason transitions. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check status reason changes against this matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status reason changes against this matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is on, every change of status reason — editing the field, closing, canceling, merging and reactivating a case — must be allowed below, and the status reason list offers only the allowed ones. When it is off, any change is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowed changes: a case with the status reason of a row may change to the checked status reasons of its columns. Arrow keys move, Space checks or unchecks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed status reason changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>The user gets a private default queue when they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s private default queue is in Settings › Queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the user “%1”? Their cases keep them as owner until someone assigns them; they can no longer be chosen as owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents work cases; managers also keep queues, entitlements and routing rules; administrators also keep users, teams and every setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive users can&apos;t be chosen as owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in name, e.g. asa.oberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTeamsPage</name>
    <message>
        <source>Users and Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User and team commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change users and teams. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
