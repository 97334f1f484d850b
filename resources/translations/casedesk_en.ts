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
    <name>App</name>
    <message>
        <source>“%1” is not a database address CaseDesk understands. Use sqlite:///path/to/file.db or postgresql://host/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociateChildCasesDialog</name>
    <message>
        <source>Set Parent Child Relationship</source>
        <extracomment>the longest case title (the case form&apos;s)</extracomment>
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
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Load their version? Your changes will be lost.</source>
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
        <source>Research: Find Similar Cases comes in a later version.</source>
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
        <source>Case %1 is not active: only active cases can be merged, resolved or canceled.</source>
        <extracomment>case lifecycle codes with a message of their own when a parameter is given</extracomment>
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
        <source>Database:</source>
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
    <message>
        <source>To open another database, start CaseDesk with --database URL.</source>
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
</TS>
