<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Backup</name>
    <message>
        <source>Back up the data</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <source>Basisscan backups (*.sqlite3)</source>
        <translation>Basisscan backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The data was copied to {path} and the copy was checked.</source>
        <translation>The data was copied to {path} and the copy was checked.</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Key {key}</source>
        <translation>Key {key}</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Search by name, KvK number, sector or place (Ctrl+F)</source>
        <translation>Search by name, KvK number, sector or place (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Search companies</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>Add a company (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import list...</source>
        <translation>Import list...</translation>
    </message>
    <message>
        <source>Import the programme&apos;s registration list (CSV)</source>
        <translation>Import the programme&apos;s registration list (CSV)</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Edit the selected company (F2)</source>
        <translation>Edit the selected company (F2)</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <source>Erase the selected company and everything about it (Delete)</source>
        <translation>Erase the selected company and everything about it (Delete)</translation>
    </message>
    <message>
        <source>Add the first company</source>
        <translation>Add the first company</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>No companies yet</translation>
    </message>
    <message>
        <source>Add the company you are visiting, or import the programme&apos;s registration list (CSV).</source>
        <translation>Add the company you are visiting, or import the programme&apos;s registration list (CSV).</translation>
    </message>
    <message>
        <source>Loading companies ...</source>
        <translation>Loading companies ...</translation>
    </message>
    <message>
        <source>No company matches your search</source>
        <translation>No company matches your search</translation>
    </message>
    <message>
        <source>Search looks in the name, KvK number, sector and place.</source>
        <translation>Search looks in the name, KvK number, sector and place.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} of {total} shown</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Delete company</translation>
    </message>
    <message>
        <source>Erase {name} and all its scans, plans and vouchers from this device? At the next sync it is erased from the server too. This cannot be undone.</source>
        <translation>Erase {name} and all its scans, plans and vouchers from this device? At the next sync it is erased from the server too. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import registration list</source>
        <translation>Import registration list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>CompanyColumns</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;KvK number</source>
        <translation>&amp;KvK number</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>E&amp;mployees</source>
        <translation>E&amp;mployees</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>8 digits, e.g. 3012 3456</source>
        <translation>8 digits, e.g. 3012 3456</translation>
    </message>
    <message>
        <source>Number of employees (optional)</source>
        <translation>Number of employees (optional)</translation>
    </message>
    <message>
        <source>Choose a sector</source>
        <translation>Choose a sector</translation>
    </message>
    <message>
        <source>&amp;The company consents to storing and sharing its data</source>
        <translation>&amp;The company consents to storing and sharing its data</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent recorded on {date}.</source>
        <translation>Consent recorded on {date}.</translation>
    </message>
    <message>
        <source>The data are stored on this laptop and shared with the programme office. Under the GDPR that needs the company&apos;s consent; the company can have its data erased at any time.</source>
        <translation>The data are stored on this laptop and shared with the programme office. Under the GDPR that needs the company&apos;s consent; the company can have its data erased at any time.</translation>
    </message>
    <message>
        <source>Choose the company&apos;s sector</source>
        <translation>Choose the company&apos;s sector</translation>
    </message>
    <message>
        <source>Enter a whole number, or leave it empty</source>
        <translation>Enter a whole number, or leave it empty</translation>
    </message>
</context>
<context>
    <name>CompanyExport</name>
    <message>
        <source>Export the company&apos;s data (GDPR)</source>
        <translation>Export the company&apos;s data (GDPR)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export (GDPR)</source>
        <translation>Export (GDPR)</translation>
    </message>
    <message numerus="yes">
        <source>The company&apos;s data, with %n scan(s), its plans and vouchers, is in {path}.</source>
        <translation>
            <numerusform>The company&apos;s data, with %n scan, its plans and vouchers, is in {path}.</numerusform>
            <numerusform>The company&apos;s data, with %n scans, its plans and vouchers, is in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds personal data: give it only to the company that asked for it.</source>
        <translation>It holds personal data: give it only to the company that asked for it.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Start scan</source>
        <translation>Start scan</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Back to companies</source>
        <translation>Back to companies</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <source>Export (GDPR)...</source>
        <translation>Export (GDPR)...</translation>
    </message>
    <message>
        <source>Everything this device holds about the company, as one JSON file</source>
        <translation>Everything this device holds about the company, as one JSON file</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Scans of this company</source>
        <translation>Scans of this company</translation>
    </message>
    <message>
        <source>Start the first scan</source>
        <translation>Start the first scan</translation>
    </message>
    <message>
        <source>No scans yet</source>
        <translation>No scans yet</translation>
    </message>
    <message>
        <source>The scan takes 45 to 90 minutes with the entrepreneur; it saves as you go.</source>
        <translation>The scan takes 45 to 90 minutes with the entrepreneur; it saves as you go.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Loading ...</translation>
    </message>
    <message>
        <source>No scan matches</source>
        <translation>No scan matches</translation>
    </message>
    <message>
        <source>Resume scan ({answered} of {total})</source>
        <translation>Resume scan ({answered} of {total})</translation>
    </message>
    <message>
        <source>Start follow-up scan</source>
        <translation>Start follow-up scan</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>No contact details yet</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>No consent recorded</translation>
    </message>
    <message>
        <source>Consent recorded on {date}</source>
        <translation>Consent recorded on {date}</translation>
    </message>
    <message>
        <source>Ask for consent before storing or sharing the company&apos;s data (Edit...)</source>
        <translation>Ask for consent before storing or sharing the company&apos;s data (Edit...)</translation>
    </message>
</context>
<context>
    <name>DemoExit</name>
    <message>
        <source>You are now working in your own data folder {folder}</source>
        <translation>You are now working in your own data folder {folder}</translation>
    </message>
    <message>
        <source>Leave demo</source>
        <translation>Leave demo</translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message>
        <source>last time: {answer}</source>
        <translation>last time: {answer}</translation>
    </message>
    <message>
        <source>Previous scan ({date}): {answer}. What has changed since?</source>
        <translation>Previous scan ({date}): {answer}. What has changed since?</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Questions of {dimension}</source>
        <translation>Questions of {dimension}</translation>
    </message>
    <message>
        <source>&amp;Note (saved automatically)</source>
        <translation>&amp;Note (saved automatically)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the entrepreneur said, an example, a doubt ... (Esc returns to the list)</source>
        <translation>What the entrepreneur said, an example, a doubt ... (Esc returns to the list)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Ambition weighs the improvement areas. Keys 1-3 choose; without an answer, medium is assumed.</source>
        <translation>Ambition weighs the improvement areas. Keys 1-3 choose; without an answer, medium is assumed.</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Not given (medium is assumed)</source>
        <translation>Not given (medium is assumed)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Question {item}</source>
        <translation>Question {item}</translation>
    </message>
    <message>
        <source>Not known, or does not apply here</source>
        <translation>Not known, or does not apply here</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. The details are in {path}.</source>
        <translation>Something went wrong. The details are in {path}.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of t&amp;ype:</source>
        <translation>Files of t&amp;ype:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Basisscan</source>
        <translation>Welcome to Basisscan</translation>
    </message>
    <message>
        <source>Basisscan works without internet: everything is saved on this laptop as you type and sent to the programme&apos;s server when you sync. First, who is using it?</source>
        <translation>Basisscan works without internet: everything is saved on this laptop as you type and sent to the programme&apos;s server when you sync. First, who is using it?</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional)</source>
        <translation>&amp;E-mail (optional)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Start with &amp;demo data to try things out</source>
        <translation>Start with &amp;demo data to try things out</translation>
    </message>
    <message>
        <source>{count} example companies in the six sectors, with scans, plans and vouchers, in a demo folder of their own that is never synced. &apos;Leave demo&apos; at the bottom of the window takes you to your own, empty data.</source>
        <translation>{count} example companies in the six sectors, with scans, plans and vouchers, in a demo folder of their own that is never synced. &apos;Leave demo&apos; at the bottom of the window takes you to your own, empty data.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registration list</source>
        <translation>Import registration list</translation>
    </message>
    <message>
        <source>Importing {name} ...</source>
        <translation>Importing {name} ...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Why it was not imported</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Copy rejected rows</source>
        <translation>Copy rejected rows</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation>Imported {name}.</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {rejected} not imported.</source>
        <translation>{added} added, {updated} updated, {rejected} not imported.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} was not imported.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Facts the scan is read against. They are not scored; leave out what is not known.</source>
        <translation>Facts the scan is read against. They are not scored; leave out what is not known.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Request voucher</source>
        <translation>Request voucher</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>Mark approved</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Mark rejected</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Mark completed</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your data ...</source>
        <translation>Opening your data ...</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>About Basisscan</source>
        <translation>About Basisscan</translation>
    </message>
    <message>
        <source>Basisscan {version}
The innovation basic scan for SME advisors in the Utrecht region.
Data folder: {folder}</source>
        <translation>Basisscan {version}
The innovation basic scan for SME advisors in the Utrecht region.
Data folder: {folder}</translation>
    </message>
    <message>
        <source>Basisscan</source>
        <translation>Basisscan</translation>
    </message>
    <message>
        <source>Innovation basic scan</source>
        <translation>Innovation basic scan</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Plans and vouchers</source>
        <translation>Plans and vouchers</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Work overview</source>
        <translation>Work overview</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;New company</translation>
    </message>
    <message>
        <source>&amp;Import registration list...</source>
        <translation>&amp;Import registration list...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Back up...</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Basisscan</source>
        <translation>&amp;About Basisscan</translation>
    </message>
    <message>
        <source>Basisscan – Demo</source>
        <translation>Basisscan – Demo</translation>
    </message>
</context>
<context>
    <name>PdfHandoff</name>
    <message>
        <source>No program to show PDF files is installed on this computer. Open the folder, or save a copy on a USB stick and open it elsewhere.</source>
        <translation>No program to show PDF files is installed on this computer. Open the folder, or save a copy on a USB stick and open it elsewhere.</translation>
    </message>
    <message>
        <source>This computer has no file manager to show the folder {folder}.</source>
        <translation>This computer has no file manager to show the folder {folder}.</translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation>Save a copy of the PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>PDF saved: {name}</source>
        <translation>PDF saved: {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the PDF ({keys})</source>
        <translation>Open the PDF ({keys})</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Show the folder with the PDF ({keys})</source>
        <translation>Show the folder with the PDF ({keys})</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Save as...</translation>
    </message>
    <message>
        <source>Save a copy elsewhere, e.g. on a USB stick ({keys})</source>
        <translation>Save a copy elsewhere, e.g. on a USB stick ({keys})</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>An action needs a description.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <source>Choose a plan</source>
        <translation>Choose a plan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Arrows move between cells; Enter or F2 edits one; Insert adds an action; Delete removes the selected one</source>
        <translation>Arrows move between cells; Enter or F2 edits one; Insert adds an action; Delete removes the selected one</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <source>Add an action ({keys}, or Insert in the table)</source>
        <translation>Add an action ({keys}, or Insert in the table)</translation>
    </message>
    <message>
        <source>Enter, F2 or typing edits a cell; Insert adds an action, Delete removes one. Changes are saved at once.</source>
        <translation>Enter, F2 or typing edits a cell; Insert adds an action, Delete removes one. Changes are saved at once.</translation>
    </message>
    <message>
        <source>Plan from the latest &amp;results</source>
        <translation>Plan from the latest &amp;results</translation>
    </message>
    <message>
        <source>Start from the actions for the improvement areas of the latest completed scan ({keys})</source>
        <translation>Start from the actions for the improvement areas of the latest completed scan ({keys})</translation>
    </message>
    <message>
        <source>&amp;Empty plan</source>
        <translation>&amp;Empty plan</translation>
    </message>
    <message>
        <source>A plan without actions, to add your own ({keys})</source>
        <translation>A plan without actions, to add your own ({keys})</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>Remove the selected action (Delete)</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Next steps</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>A plan starts from the improvement areas of a completed scan; you can edit every action.</source>
        <translation>A plan starts from the improvement areas of a completed scan; you can edit every action.</translation>
    </message>
</context>
<context>
    <name>PlanOverviewColumns</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Voucher status</source>
        <translation>Voucher status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans and vouchers</source>
        <translation>Plans and vouchers</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) with a plan</source>
        <translation>
            <numerusform>%n company with a plan</numerusform>
            <numerusform>%n companies with a plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n voucher</numerusform>
            <numerusform>%n vouchers</numerusform>
        </translation>
    </message>
    <message>
        <source>committed {amount}</source>
        <translation>committed {amount}</translation>
    </message>
    <message>
        <source>awaiting a decision {amount}</source>
        <translation>awaiting a decision {amount}</translation>
    </message>
    <message>
        <source>Search by company or status (Ctrl+F)</source>
        <translation>Search by company or status (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search plans and vouchers</source>
        <translation>Search plans and vouchers</translation>
    </message>
    <message>
        <source>No plans or vouchers yet</source>
        <translation>No plans or vouchers yet</translation>
    </message>
    <message>
        <source>A plan starts from the results of a completed scan (Make plan); the voucher is requested on the company page.</source>
        <translation>A plan starts from the results of a completed scan (Make plan); the voucher is requested on the company page.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Loading ...</translation>
    </message>
    <message>
        <source>Nothing matches your search</source>
        <translation>Nothing matches your search</translation>
    </message>
</context>
<context>
    <name>ResultsBody</name>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>Compared with the previous scan</source>
        <translation>Compared with the previous scan</translation>
    </message>
    <message>
        <source>The scan is a self-assessment by the entrepreneur with the advisor; the scores show where the company stands by its own account, not an audit.</source>
        <translation>The scan is a self-assessment by the entrepreneur with the advisor; the scores show where the company stands by its own account, not an audit.</translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation>Scores per dimension</translation>
    </message>
    <message>
        <source>Radar chart of the dimension scores</source>
        <translation>Radar chart of the dimension scores</translation>
    </message>
    <message>
        <source>Social Innovation Index (0-100), the mean of the five capability dimensions</source>
        <translation>Social Innovation Index (0-100), the mean of the five capability dimensions</translation>
    </message>
    <message>
        <source>Maturity stage: {stage}</source>
        <translation>Maturity stage: {stage}</translation>
    </message>
    <message>
        <source>(held back by the weakest dimension, {dimension})</source>
        <translation>(held back by the weakest dimension, {dimension})</translation>
    </message>
    <message>
        <source>Adopter category: {category}</source>
        <translation>Approach to renewal: {category}</translation>
    </message>
    <message>
        <source>Unbalanced profile: the strongest and weakest dimensions differ by more than 1.5 points. A little renewal in one area does not pay off while another lags behind.</source>
        <translation>Unbalanced profile: the strongest and weakest dimensions differ by more than 1.5 points. A little renewal in one area does not pay off while another lags behind.</translation>
    </message>
    <message>
        <source>Weakest link in the innovation chain: {weakness}.</source>
        <translation>Weakest link in the innovation chain: {weakness}.</translation>
    </message>
    <message>
        <source>Programme (n={n})</source>
        <translation>Programme (n={n})</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Compared with the whole programme ({n} companies): {sector} has too few completed scans of its own yet.</source>
        <translation>Compared with the whole programme ({n} companies): {sector} has too few completed scans of its own yet.</translation>
    </message>
    <message numerus="yes">
        <source>No sector benchmark yet: %n other company(s) in {sector} with a completed scan on this device or server; it is shown from {minimum} on.</source>
        <translation>
            <numerusform>No sector benchmark yet: %n other company in {sector} with a completed scan on this device or server; it is shown from {minimum} on.</numerusform>
            <numerusform>No sector benchmark yet: %n other companies in {sector} with a completed scan on this device or server; it is shown from {minimum} on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector (n={n})</source>
        <translation>Sector (n={n})</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>(output)</source>
        <translation>(output)</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>too few answers</translation>
    </message>
    <message>
        <source>This scan</source>
        <translation>This scan</translation>
    </message>
    <message>
        <source>Previous scan ({date})</source>
        <translation>Previous scan ({date})</translation>
    </message>
    <message>
        <source>Sector benchmark: {sector}, the mean of {n} completed scans.</source>
        <translation>Sector benchmark: {sector}, the mean of {n} completed scans.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>The results cannot be shown</source>
        <translation>The results cannot be shown</translation>
    </message>
    <message>
        <source>Making PDF ...</source>
        <translation>Making PDF ...</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <source>Save the summary for the entrepreneur as a PDF ({keys}); the arrow ({language_keys}) picks its language</source>
        <translation>Save the summary for the entrepreneur as a PDF ({keys}); the arrow ({language_keys}) picks its language</translation>
    </message>
    <message>
        <source>PDF in Dutch</source>
        <translation>PDF in Dutch</translation>
    </message>
    <message>
        <source>PDF in English</source>
        <translation>PDF in English</translation>
    </message>
    <message>
        <source>Revise ...</source>
        <translation>Revise ...</translation>
    </message>
    <message>
        <source>Correct the answers in a new revision; this scan stays as it is</source>
        <translation>Correct the answers in a new revision; this scan stays as it is</translation>
    </message>
    <message>
        <source>Back to company</source>
        <translation>Back to company</translation>
    </message>
    <message>
        <source>Calculating the results ...</source>
        <translation>Calculating the results ...</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Follow-up scan</source>
        <translation>Follow-up scan</translation>
    </message>
    <message>
        <source>Start a follow-up scan of this company, compared with this one ({keys})</source>
        <translation>Start a follow-up scan of this company, compared with this one ({keys})</translation>
    </message>
    <message>
        <source>Back to the company ({keys})</source>
        <translation>Back to the company ({keys})</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Make plan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>The implementation plan from the improvement areas ({keys})</source>
        <translation>The implementation plan from the improvement areas ({keys})</translation>
    </message>
    <message>
        <source>Results: {company}</source>
        <translation>Results: {company}</translation>
    </message>
    <message>
        <source>{status} {date} · {sector} · advisor {advisor}</source>
        <translation>{status} {date} · {sector} · advisor {advisor}</translation>
    </message>
    <message>
        <source>Index {before} on {date}, now {now} ({change}). Stage then: {stage}.</source>
        <translation>Index {before} on {date}, now {now} ({change}). Stage then: {stage}.</translation>
    </message>
    <message>
        <source>No dimension scores {threshold} or more yet; the improvement areas show where to start.</source>
        <translation>No dimension scores {threshold} or more yet; the improvement areas show where to start.</translation>
    </message>
    <message>
        <source>No improvement areas: every capability dimension is at the top of the scale.</source>
        <translation>No improvement areas: every capability dimension is at the top of the scale.</translation>
    </message>
    <message>
        <source>score {score}, ambition {ambition}, intervention: {kind}</source>
        <translation>score {score}, ambition {ambition}, intervention: {kind}</translation>
    </message>
    <message>
        <source>The previous scan of {date} has no index to compare with.</source>
        <translation>The previous scan of {date} has no index to compare with.</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Resume scan (Enter)</source>
        <translation>Resume scan (Enter)</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>Not now (Esc)</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>the review</translation>
    </message>
    <message>
        <source>the ambition of {dimension}</source>
        <translation>the ambition of {dimension}</translation>
    </message>
    <message>
        <source>question {item}</source>
        <translation>question {item}</translation>
    </message>
    <message>
        <source>the intake</source>
        <translation>the intake</translation>
    </message>
    <message>
        <source>Continue the scan of {company}? It stopped at {where}.</source>
        <translation>Continue the scan of {company}? It stopped at {where}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <source>&amp;Closing notes for the report</source>
        <translation>&amp;Closing notes for the report</translation>
    </message>
    <message>
        <source>Closing notes</source>
        <translation>Closing notes</translation>
    </message>
    <message>
        <source>Agreements, impressions, next steps ...</source>
        <translation>Agreements, impressions, next steps ...</translation>
    </message>
    <message>
        <source>Complete the scan with the button below or Ctrl+Enter. Completing freezes the answers; a later correction becomes a revision, nothing is overwritten.</source>
        <translation>Complete the scan with the button below or Ctrl+Enter. Completing freezes the answers; a later correction becomes a revision, nothing is overwritten.</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered.</source>
        <translation>{answered} of {total} questions answered.</translation>
    </message>
    <message>
        <source>{dimension} ({count} more)</source>
        <translation>{dimension} ({count} more)</translation>
    </message>
    <message>
        <source>To complete, these dimensions need more scores: {parts}.</source>
        <translation>To complete, these dimensions need more scores: {parts}.</translation>
    </message>
    <message>
        <source>{dimension}: ambition not given (medium is assumed)</source>
        <translation>{dimension}: ambition not given (medium is assumed)</translation>
    </message>
    <message>
        <source>Still open (Enter jumps to it):</source>
        <translation>Still open (Enter jumps to it):</translation>
    </message>
    <message>
        <source>Every question is answered and every ambition given.</source>
        <translation>Every question is answered and every ambition given.</translation>
    </message>
</context>
<context>
    <name>ScanColumns</name>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>First scan</source>
        <translation>First scan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Index (0-100)</source>
        <translation>Index (0-100)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <source>answer {item}</source>
        <translation>answer {item}</translation>
    </message>
    <message>
        <source>ambition {dimension}</source>
        <translation>ambition {dimension}</translation>
    </message>
    <message>
        <source>intake {question}</source>
        <translation>intake {question}</translation>
    </message>
    <message>
        <source>note {item}</source>
        <translation>note {item}</translation>
    </message>
    <message>
        <source>closing notes</source>
        <translation>closing notes</translation>
    </message>
</context>
<context>
    <name>ScanWizard</name>
    <message>
        <source>Complete scan</source>
        <translation>Complete scan</translation>
    </message>
    <message>
        <source>Complete the scan of {company}? The answers are frozen and the results are shown.</source>
        <translation>Complete the scan of {company}? The answers are frozen and the results are shown.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>{kind} started {date} · {questionnaire} {version}</source>
        <translation>{kind} started {date} · {questionnaire} {version}</translation>
    </message>
    <message>
        <source>Find a question (Ctrl+F)</source>
        <translation>Find a question (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Find a question</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions answered</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Previous page (PageUp)</source>
        <translation>Previous page (PageUp)</translation>
    </message>
    <message>
        <source>Back to company</source>
        <translation>Back to company</translation>
    </message>
    <message>
        <source>Leave the scan; it is saved and resumes here next time ({keys})</source>
        <translation>Leave the scan; it is saved and resumes here next time ({keys})</translation>
    </message>
    <message>
        <source>Keys: 1-5 answer · 0 don&apos;t know · Up/Down question · PageDown next · PageUp back · Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation>Keys: 1-5 answer · 0 don&apos;t know · Up/Down question · PageDown next · PageUp back · Ctrl+Z undo · Ctrl+Shift+Z redo</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{answered} of {total} answered</translation>
    </message>
    <message>
        <source>Page {page} of {pages}: {name}</source>
        <translation>Page {page} of {pages}: {name}</translation>
    </message>
    <message>
        <source>Complete scan ...</source>
        <translation>Complete scan ...</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Complete the scan (Ctrl+Enter)</source>
        <translation>Complete the scan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Next page (PageDown or Ctrl+Enter)</source>
        <translation>Next page (PageDown or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Saving ...</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; there is no save button.</source>
        <translation>Every change is saved as you make it; there is no save button.</translation>
    </message>
</context>
<context>
    <name>ScansPage</name>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Search by company, KvK number, sector, stage or advisor (Ctrl+F)</source>
        <translation>Search by company, KvK number, sector, stage or advisor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scans</source>
        <translation>Search scans</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All scans</source>
        <translation>All scans</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>No scans yet</source>
        <translation>No scans yet</translation>
    </message>
    <message>
        <source>Open a company and start a scan; drafts and completed scans appear here.</source>
        <translation>Open a company and start a scan; drafts and completed scans appear here.</translation>
    </message>
    <message>
        <source>Loading and scoring the scans ...</source>
        <translation>Loading and scoring the scans ...</translation>
    </message>
    <message>
        <source>No scan matches your search</source>
        <translation>No scan matches your search</translation>
    </message>
    <message numerus="yes">
        <source>%n scans</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} of {total} shown</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>S&amp;ync by itself when the server can be reached</source>
        <translation>S&amp;ync by itself when the server can be reached</translation>
    </message>
    <message>
        <source>Never while a scan is open; changes wait until the scan is closed. Off unless you turn it on.</source>
        <translation>Never while a scan is open; changes wait until the scan is closed. Off unless you turn it on.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Write a note on the question</source>
        <translation>Write a note on the question</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Find a question</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Answer the scale question with the focus (it starts on the first open one)</source>
        <translation>Answer the scale question with the focus (it starts on the first open one)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Go to the open question</source>
        <translation>Go to the open question</translation>
    </message>
    <message>
        <source>Complete the scan</source>
        <translation>Complete the scan</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Go to a section</translation>
    </message>
    <message>
        <source>Search on the page (or find a question in the scan)</source>
        <translation>Search on the page (or find a question in the scan)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Import the registration list</source>
        <translation>Import the registration list</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>This overview</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Down / Enter</source>
        <translation>Down / Enter</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>From the search box into the list</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the row</source>
        <translation>Open the row</translation>
    </message>
    <message>
        <source>Edit the company</source>
        <translation>Edit the company</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Erase (after asking; Cancel is the default)</source>
        <translation>Erase (after asking; Cancel is the default)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Start the scan, or resume the open draft</source>
        <translation>Start the scan, or resume the open draft</translation>
    </message>
    <message>
        <source>Answer and move to the next question</source>
        <translation>Answer and move to the next question</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable</source>
        <translation>Don&apos;t know / not applicable</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <source>Choose the previous / next answer card</source>
        <translation>Choose the previous / next answer card</translation>
    </message>
    <message>
        <source>Up / Down (on the cards)</source>
        <translation>Up / Down (on the cards)</translation>
    </message>
    <message>
        <source>Choose the card above / below, when the cards stand in rows</source>
        <translation>Choose the card above / below, when the cards stand in rows</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <source>Previous / next question</source>
        <translation>Previous / next question</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>PageDown</source>
        <translation>PageDown</translation>
    </message>
    <message>
        <source>PageUp</source>
        <translation>PageUp</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Undo / redo the last edit</source>
        <translation>Undo / redo the last edit</translation>
    </message>
    <message>
        <source>Leave a note</source>
        <translation>Leave a note</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <source>Choose the PDF&apos;s language (a menu: Up / Down, Enter)</source>
        <translation>Choose the PDF&apos;s language (a menu: Up / Down, Enter)</translation>
    </message>
    <message>
        <source>Make or open the plan</source>
        <translation>Make or open the plan</translation>
    </message>
    <message>
        <source>Follow-up scan</source>
        <translation>Follow-up scan</translation>
    </message>
    <message>
        <source>Back to the company</source>
        <translation>Back to the company</translation>
    </message>
    <message>
        <source>Open the PDF just made</source>
        <translation>Open the PDF just made</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <source>Save a copy as... (a USB stick)</source>
        <translation>Save a copy as... (a USB stick)</translation>
    </message>
    <message>
        <source>An empty plan / a plan from the latest results</source>
        <translation>An empty plan / a plan from the latest results</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>Enter / F2</source>
        <translation>Enter / F2</translation>
    </message>
    <message>
        <source>Edit the cell (typing starts too); Tab goes on to the next cell</source>
        <translation>Edit the cell (typing starts too); Tab goes on to the next cell</translation>
    </message>
    <message>
        <source>Leave the cell, keeping what is typed</source>
        <translation>Leave the cell, keeping what is typed</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Remove the selected action</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialogs</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field; the underlined letter with Alt jumps to it</source>
        <translation>Next / previous field; the underlined letter with Alt jumps to it</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Everything in Basisscan works without a mouse. Shortcuts also show in the menus and tooltips.</source>
        <translation>Everything in Basisscan works without a mouse. Shortcuts also show in the menus and tooltips.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sync yet</source>
        <translation>Nothing to sync yet</translation>
    </message>
    <message>
        <source>Everything synced</source>
        <translation>Everything synced</translation>
    </message>
    <message>
        <source>Last sync failed: {reason}</source>
        <translation>Last sync failed: {reason}</translation>
    </message>
    <message>
        <source>Last sync: {moment}</source>
        <translation>Last sync: {moment}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <source>Open the data folder {folder}</source>
        <translation>Open the data folder {folder}</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo data: made up to try things out, never sent to the programme&apos;s server</source>
        <translation>Demo data: made up to try things out, never sent to the programme&apos;s server</translation>
    </message>
    <message>
        <source>Leave demo</source>
        <translation>Leave demo</translation>
    </message>
    <message>
        <source>Close the demo and work in your own, empty data folder</source>
        <translation>Close the demo and work in your own, empty data folder</translation>
    </message>
    <message>
        <source>Checking the connection ...</source>
        <translation>Checking the connection ...</translation>
    </message>
    <message>
        <source>No server set up</source>
        <translation>No server set up</translation>
    </message>
    <message>
        <source>Log in to the programme&apos;s server on the Sync page (Ctrl+4)</source>
        <translation>Log in to the programme&apos;s server on the Sync page (Ctrl+4)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The server {server} answers</source>
        <translation>The server {server} answers</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server {server} cannot be reached; work goes on and is synced later</source>
        <translation>The server {server} cannot be reached; work goes on and is synced later</translation>
    </message>
    <message>
        <source>Demo: nothing is synced</source>
        <translation>Demo: nothing is synced</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server answers again; syncing by itself ...</source>
        <translation>The server answers again; syncing by itself ...</translation>
    </message>
    <message>
        <source>Fill in your username and password for the programme&apos;s server.</source>
        <translation>Fill in your username and password for the programme&apos;s server.</translation>
    </message>
    <message>
        <source>Logging in to {server} ...</source>
        <translation>Logging in to {server} ...</translation>
    </message>
    <message>
        <source>Syncing with {server} ...</source>
        <translation>Syncing with {server} ...</translation>
    </message>
    <message>
        <source>Kept your value.</source>
        <translation>Kept your value.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation>Kept the server&apos;s value.</translation>
    </message>
    <message>
        <source>Logged in as {user}; this device can now sync.</source>
        <translation>Logged in as {user}; this device can now sync.</translation>
    </message>
    <message>
        <source>{sent} sent, {received} received, </source>
        <translation>{sent} sent, {received} received, </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) uploaded</source>
        <translation>
            <numerusform>%n report uploaded</numerusform>
            <numerusform>%n reports uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished: {summary}</source>
        <translation>Sync finished: {summary}</translation>
    </message>
    <message>
        <source>Uploading reports</source>
        <translation>Uploading reports</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Fetching news</source>
        <translation>Fetching news</translation>
    </message>
    <message>
        <source>This device is logged in as {user}.</source>
        <translation>This device is logged in as {user}.</translation>
    </message>
    <message>
        <source>This device is not logged in to this server yet.</source>
        <translation>This device is not logged in to this server yet.</translation>
    </message>
    <message>
        <source>No conflicts: everything fits together.</source>
        <translation>No conflicts: everything fits together.</translation>
    </message>
    <message>
        <source>Choose a row, then keep your value or the server&apos;s.</source>
        <translation>Choose a row, then keep your value or the server&apos;s.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Send your changes to the programme&apos;s server and fetch what is new, at the end of the day when you are online. Work at the table never waits for it.</source>
        <translation>Send your changes to the programme&apos;s server and fetch what is new, at the end of the day when you are online. Work at the table never waits for it.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Only for the first login on this device</source>
        <translation>Only for the first login on this device</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Server&apos;s</translation>
    </message>
    <message>
        <source>Nothing to settle</source>
        <translation>Nothing to settle</translation>
    </message>
    <message>
        <source>When you and someone else changed the same thing, both values show here and you choose.</source>
        <translation>When you and someone else changed the same thing, both values show here and you choose.</translation>
    </message>
    <message>
        <source>What each sync did shows here.</source>
        <translation>What each sync did shows here.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Keep the server&apos;s</translation>
    </message>
</context>
<context>
    <name>VoucherForm</name>
    <message>
        <source>Enter the amount of the voucher</source>
        <translation>Enter the amount of the voucher</translation>
    </message>
    <message>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
    <message>
        <source>No voucher requested yet</source>
        <translation>No voucher requested yet</translation>
    </message>
    <message>
        <source>Voucher {amount} · {status} since {date}</source>
        <translation>Voucher {amount} · {status} since {date}</translation>
    </message>
    <message>
        <source>Earlier rejected: {list}</source>
        <translation>Earlier rejected: {list}</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>A social innovation voucher pays a knowledge supplier for implementing the plan: at most {limit}, one voucher per company.</source>
        <translation>A social innovation voucher pays a knowledge supplier for implementing the plan: at most {limit}, one voucher per company.</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Own contribution</source>
        <translation>&amp;Own contribution</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>&amp;Supplier</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Deliverables</translation>
    </message>
    <message>
        <source>At most {limit}</source>
        <translation>At most {limit}</translation>
    </message>
    <message>
        <source>Paid by the company itself (optional)</source>
        <translation>Paid by the company itself (optional)</translation>
    </message>
    <message>
        <source>Knowledge institute or adviser doing the work</source>
        <translation>Knowledge institute or adviser doing the work</translation>
    </message>
    <message>
        <source>What the supplier delivers</source>
        <translation>What the supplier delivers</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
</context>
<context>
    <name>WorkColumns</name>
    <message>
        <source>the review</source>
        <translation>the review</translation>
    </message>
    <message>
        <source>the intake</source>
        <translation>the intake</translation>
    </message>
    <message>
        <source>question {item}</source>
        <translation>question {item}</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Stopped at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Work overview</source>
        <translation>Work overview</translation>
    </message>
    <message numerus="yes">
        <source>Drafts (%n)</source>
        <translation>
            <numerusform>Drafts (%n)</numerusform>
            <numerusform>Drafts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to send (%n)</source>
        <translation>
            <numerusform>Ready to send (%n)</numerusform>
            <numerusform>Ready to send (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent (%n)</source>
        <translation>
            <numerusform>Sent (%n)</numerusform>
            <numerusform>Sent (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data is never sent; the lists show where each scan stands.</source>
        <translation>Demo data is never sent; the lists show where each scan stands.</translation>
    </message>
    <message>
        <source>Drafts to finish, completed scans waiting for the next sync, and those the server holds. Enter opens a draft where it stopped, a completed scan on its results.</source>
        <translation>Drafts to finish, completed scans waiting for the next sync, and those the server holds. Enter opens a draft where it stopped, a completed scan on its results.</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>No drafts</translation>
    </message>
    <message>
        <source>Every scan is completed.</source>
        <translation>Every scan is completed.</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nothing waiting to be sent</translation>
    </message>
    <message>
        <source>Completed scans appear here until the next sync.</source>
        <translation>Completed scans appear here until the next sync.</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Nothing sent yet</translation>
    </message>
    <message>
        <source>After a sync, the scans the server holds are listed here.</source>
        <translation>After a sync, the scans the server holds are listed here.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Loading ...</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Nothing matches</translation>
    </message>
</context>
</TS>
