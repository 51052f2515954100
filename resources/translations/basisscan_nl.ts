<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Backup</name>
    <message>
        <source>Back up the data</source>
        <translation>Een kopie van de gegevens maken</translation>
    </message>
    <message>
        <source>Basisscan backups (*.sqlite3)</source>
        <translation>Basisscan-kopieën (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>The data was copied to {path} and the copy was checked.</source>
        <translation>De gegevens zijn gekopieerd naar {path} en de kopie is gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Key {key}</source>
        <translation>Toets {key}</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Search by name, KvK number, sector or place (Ctrl+F)</source>
        <translation>Zoek op naam, KvK-nummer, sector of plaats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Bedrijven zoeken</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>Een bedrijf toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import list...</source>
        <translation>Lijst importeren...</translation>
    </message>
    <message>
        <source>Import the programme&apos;s registration list (CSV)</source>
        <translation>De aanmeldlijst van het programma importeren (CSV)</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Wijzigen...</translation>
    </message>
    <message>
        <source>Edit the selected company (F2)</source>
        <translation>Het gekozen bedrijf wijzigen (F2)</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Verwijderen...</translation>
    </message>
    <message>
        <source>Erase the selected company and everything about it (Delete)</source>
        <translation>Het gekozen bedrijf en alles daarover wissen (Delete)</translation>
    </message>
    <message>
        <source>Add the first company</source>
        <translation>Eerste bedrijf toevoegen</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Nog geen bedrijven</translation>
    </message>
    <message>
        <source>Add the company you are visiting, or import the programme&apos;s registration list (CSV).</source>
        <translation>Voeg het bedrijf toe dat je bezoekt, of importeer de aanmeldlijst van het programma (CSV).</translation>
    </message>
    <message>
        <source>Loading companies ...</source>
        <translation>Bedrijven laden ...</translation>
    </message>
    <message>
        <source>No company matches your search</source>
        <translation>Geen bedrijf gevonden</translation>
    </message>
    <message>
        <source>Search looks in the name, KvK number, sector and place.</source>
        <translation>Er wordt gezocht in naam, KvK-nummer, sector en plaats.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n bedrijf</numerusform>
            <numerusform>%n bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} van {total} getoond</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Bedrijf verwijderen</translation>
    </message>
    <message>
        <source>Erase {name} and all its scans, plans and vouchers from this device? At the next sync it is erased from the server too. This cannot be undone.</source>
        <translation>{name} en alle scans, plannen en vouchers ervan van dit apparaat wissen? Bij de volgende synchronisatie wordt het ook van de server gewist. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import registration list</source>
        <translation>Aanmeldlijst importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>CompanyColumns</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>Bedrijf wijzigen</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;KvK number</source>
        <translation>&amp;KvK-nummer</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>E&amp;mployees</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>8 digits, e.g. 3012 3456</source>
        <translation>8 cijfers, bijv. 3012 3456</translation>
    </message>
    <message>
        <source>Number of employees (optional)</source>
        <translation>Aantal medewerkers (mag leeg)</translation>
    </message>
    <message>
        <source>Choose a sector</source>
        <translation>Kies een sector</translation>
    </message>
    <message>
        <source>&amp;The company consents to storing and sharing its data</source>
        <translation>Het bedrijf geeft &amp;toestemming om zijn gegevens op te slaan en te delen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent recorded on {date}.</source>
        <translation>Toestemming vastgelegd op {date}.</translation>
    </message>
    <message>
        <source>The data are stored on this laptop and shared with the programme office. Under the GDPR that needs the company&apos;s consent; the company can have its data erased at any time.</source>
        <translation>De gegevens worden op deze laptop bewaard en gedeeld met het programmabureau. Volgens de AVG is daarvoor toestemming van het bedrijf nodig; het bedrijf kan zijn gegevens altijd laten wissen.</translation>
    </message>
    <message>
        <source>Choose the company&apos;s sector</source>
        <translation>Kies de sector van het bedrijf</translation>
    </message>
    <message>
        <source>Enter a whole number, or leave it empty</source>
        <translation>Vul een heel getal in, of laat het leeg</translation>
    </message>
</context>
<context>
    <name>CompanyExport</name>
    <message>
        <source>Export the company&apos;s data (GDPR)</source>
        <translation>De gegevens van het bedrijf exporteren (AVG)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export (GDPR)</source>
        <translation>Exporteren (AVG)</translation>
    </message>
    <message numerus="yes">
        <source>The company&apos;s data, with %n scan(s), its plans and vouchers, is in {path}.</source>
        <translation>
            <numerusform>De gegevens van het bedrijf, met %n scan, de plannen en vouchers, staan in {path}.</numerusform>
            <numerusform>De gegevens van het bedrijf, met %n scans, de plannen en vouchers, staan in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds personal data: give it only to the company that asked for it.</source>
        <translation>Het bestand bevat persoonsgegevens: geef het alleen aan het bedrijf dat erom vroeg.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Start scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Back to companies</source>
        <translation>Terug naar bedrijven</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Wijzigen...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Verwijderen...</translation>
    </message>
    <message>
        <source>Export (GDPR)...</source>
        <translation>Exporteren (AVG)...</translation>
    </message>
    <message>
        <source>Everything this device holds about the company, as one JSON file</source>
        <translation>Alles wat dit apparaat over het bedrijf weet, als één JSON-bestand</translation>
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
        <translation>Scans van dit bedrijf</translation>
    </message>
    <message>
        <source>Start the first scan</source>
        <translation>Eerste scan starten</translation>
    </message>
    <message>
        <source>No scans yet</source>
        <translation>Nog geen scans</translation>
    </message>
    <message>
        <source>The scan takes 45 to 90 minutes with the entrepreneur; it saves as you go.</source>
        <translation>De scan duurt 45 tot 90 minuten met de ondernemer; alles wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Laden ...</translation>
    </message>
    <message>
        <source>No scan matches</source>
        <translation>Geen scan gevonden</translation>
    </message>
    <message>
        <source>Resume scan ({answered} of {total})</source>
        <translation>Scan hervatten ({answered} van {total})</translation>
    </message>
    <message>
        <source>Start follow-up scan</source>
        <translation>Vervolgscan starten</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n medewerker</numerusform>
            <numerusform>%n medewerkers</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Nog geen contactgegevens</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Geen toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Consent recorded on {date}</source>
        <translation>Toestemming vastgelegd op {date}</translation>
    </message>
    <message>
        <source>Ask for consent before storing or sharing the company&apos;s data (Edit...)</source>
        <translation>Vraag toestemming voordat je de gegevens van het bedrijf bewaart of deelt (Wijzigen...)</translation>
    </message>
</context>
<context>
    <name>DemoExit</name>
    <message>
        <source>You are now working in your own data folder {folder}</source>
        <translation>Je werkt nu in je eigen gegevensmap {folder}</translation>
    </message>
    <message>
        <source>Leave demo</source>
        <translation>Demo verlaten</translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message>
        <source>last time: {answer}</source>
        <translation>vorige keer: {answer}</translation>
    </message>
    <message>
        <source>Previous scan ({date}): {answer}. What has changed since?</source>
        <translation>Vorige scan ({date}): {answer}. Wat is er sindsdien veranderd?</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>Questions of {dimension}</source>
        <translation>Vragen van {dimension}</translation>
    </message>
    <message>
        <source>&amp;Note (saved automatically)</source>
        <translation>&amp;Notitie (wordt vanzelf opgeslagen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>What the entrepreneur said, an example, a doubt ... (Esc returns to the list)</source>
        <translation>Wat de ondernemer zei, een voorbeeld, een twijfel ... (Esc gaat terug naar de lijst)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Ambition weighs the improvement areas. Keys 1-3 choose; without an answer, medium is assumed.</source>
        <translation>De ambitie weegt mee bij de verbeterpunten. Kies met de toetsen 1-3; zonder antwoord geldt gemiddeld.</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Not given (medium is assumed)</source>
        <translation>Niet opgegeven (gemiddeld wordt aangenomen)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <source>Question {item}</source>
        <translation>Vraag {item}</translation>
    </message>
    <message>
        <source>Not known, or does not apply here</source>
        <translation>Niet bekend, of niet van toepassing</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. The details are in {path}.</source>
        <translation>Er ging iets mis. De details staan in {path}.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of t&amp;ype:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Basisscan</source>
        <translation>Welkom bij Basisscan</translation>
    </message>
    <message>
        <source>Basisscan works without internet: everything is saved on this laptop as you type and sent to the programme&apos;s server when you sync. First, who is using it?</source>
        <translation>Basisscan werkt zonder internet: alles wordt tijdens het typen op deze laptop opgeslagen en bij het synchroniseren naar de server van het programma gestuurd. Eerst: wie gebruikt hem?</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional)</source>
        <translation>&amp;E-mail (mag leeg)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Start with &amp;demo data to try things out</source>
        <translation>Beginnen met &amp;demogegevens om uit te proberen</translation>
    </message>
    <message>
        <source>{count} example companies in the six sectors, with scans, plans and vouchers, in a demo folder of their own that is never synced. &apos;Leave demo&apos; at the bottom of the window takes you to your own, empty data.</source>
        <translation>{count} voorbeeldbedrijven in de zes sectoren, met scans, plannen en vouchers, in een eigen demomap die nooit wordt gesynchroniseerd. Met &apos;Demo verlaten&apos; onder in het venster ga je naar je eigen, lege gegevens.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registration list</source>
        <translation>Aanmeldlijst importeren</translation>
    </message>
    <message>
        <source>Importing {name} ...</source>
        <translation>{name} importeren ...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Waarom niet geïmporteerd</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Geweigerde regels</translation>
    </message>
    <message>
        <source>Copy rejected rows</source>
        <translation>Geweigerde regels kopiëren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation>{name} geïmporteerd.</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {rejected} not imported.</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {rejected} niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} is niet geïmporteerd.</translation>
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
        <translation>Feiten waartegen de scan wordt gelezen. Ze tellen niet mee in de score; laat weg wat niet bekend is.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Request voucher</source>
        <translation>Voucher aanvragen</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your data ...</source>
        <translation>Gegevens openen ...</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>About Basisscan</source>
        <translation>Over Basisscan</translation>
    </message>
    <message>
        <source>Basisscan {version}
The innovation basic scan for SME advisors in the Utrecht region.
Data folder: {folder}</source>
        <translation>Basisscan {version}
De innovatiebasisscan voor mkb-adviseurs in de regio Utrecht.
Gegevensmap: {folder}</translation>
    </message>
    <message>
        <source>Basisscan</source>
        <translation>Basisscan</translation>
    </message>
    <message>
        <source>Innovation basic scan</source>
        <translation>Innovatiebasisscan</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Plans and vouchers</source>
        <translation>Plannen en vouchers</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Work overview</source>
        <translation>Werkoverzicht</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;Nieuw bedrijf</translation>
    </message>
    <message>
        <source>&amp;Import registration list...</source>
        <translation>Aanmeldlijst &amp;importeren...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Kopie maken...</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Basisscan</source>
        <translation>&amp;Over Basisscan</translation>
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
        <translation>Op deze computer is geen programma geïnstalleerd dat PDF-bestanden toont. Open de map, of sla een kopie op een USB-stick op en open die elders.</translation>
    </message>
    <message>
        <source>This computer has no file manager to show the folder {folder}.</source>
        <translation>Deze computer heeft geen bestandsbeheer om de map {folder} te tonen.</translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation>Kopie van de PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Kopie opgeslagen: {path}</translation>
    </message>
    <message>
        <source>PDF saved: {name}</source>
        <translation>PDF opgeslagen: {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the PDF ({keys})</source>
        <translation>De PDF openen ({keys})</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Show the folder with the PDF ({keys})</source>
        <translation>De map met de PDF tonen ({keys})</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Opslaan als...</translation>
    </message>
    <message>
        <source>Save a copy elsewhere, e.g. on a USB stick ({keys})</source>
        <translation>Een kopie ergens anders opslaan, bijvoorbeeld op een USB-stick ({keys})</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>Een actie heeft een omschrijving nodig.</translation>
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
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementatieplan</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titel van het plan</translation>
    </message>
    <message>
        <source>Choose a plan</source>
        <translation>Kies een plan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Arrows move between cells; Enter or F2 edits one; Insert adds an action; Delete removes the selected one</source>
        <translation>De pijltjes gaan van cel naar cel; Enter of F2 wijzigt er een; Insert voegt een actie toe; Delete verwijdert de gekozen actie</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Actie toevoegen</translation>
    </message>
    <message>
        <source>Add an action ({keys}, or Insert in the table)</source>
        <translation>Een actie toevoegen ({keys}, of Insert in de tabel)</translation>
    </message>
    <message>
        <source>Enter, F2 or typing edits a cell; Insert adds an action, Delete removes one. Changes are saved at once.</source>
        <translation>Enter, F2 of typen wijzigt een cel; Insert voegt een actie toe, Delete verwijdert er een. Wijzigingen worden meteen opgeslagen.</translation>
    </message>
    <message>
        <source>Plan from the latest &amp;results</source>
        <translation>Plan uit de laatste &amp;resultaten</translation>
    </message>
    <message>
        <source>Start from the actions for the improvement areas of the latest completed scan ({keys})</source>
        <translation>Beginnen met de acties voor de verbeterpunten van de laatste afgeronde scan ({keys})</translation>
    </message>
    <message>
        <source>&amp;Empty plan</source>
        <translation>L&amp;eeg plan</translation>
    </message>
    <message>
        <source>A plan without actions, to add your own ({keys})</source>
        <translation>Een plan zonder acties, om zelf acties toe te voegen ({keys})</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>De gekozen actie verwijderen (Delete)</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Vervolgstappen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Nog geen plan</translation>
    </message>
    <message>
        <source>A plan starts from the improvement areas of a completed scan; you can edit every action.</source>
        <translation>Een plan begint bij de verbeterpunten van een afgeronde scan; elke actie kun je aanpassen.</translation>
    </message>
</context>
<context>
    <name>PlanOverviewColumns</name>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Acties klaar</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Voucher status</source>
        <translation>Voucherstatus</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans and vouchers</source>
        <translation>Plannen en vouchers</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) with a plan</source>
        <translation>
            <numerusform>%n bedrijf met een plan</numerusform>
            <numerusform>%n bedrijven met een plan</numerusform>
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
        <translation>toegekend {amount}</translation>
    </message>
    <message>
        <source>awaiting a decision {amount}</source>
        <translation>wacht op besluit {amount}</translation>
    </message>
    <message>
        <source>Search by company or status (Ctrl+F)</source>
        <translation>Zoek op bedrijf of status (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search plans and vouchers</source>
        <translation>Plannen en vouchers zoeken</translation>
    </message>
    <message>
        <source>No plans or vouchers yet</source>
        <translation>Nog geen plannen of vouchers</translation>
    </message>
    <message>
        <source>A plan starts from the results of a completed scan (Make plan); the voucher is requested on the company page.</source>
        <translation>Een plan begint bij de resultaten van een afgeronde scan (Plan maken); de voucher vraag je aan op de pagina van het bedrijf.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Laden ...</translation>
    </message>
    <message>
        <source>Nothing matches your search</source>
        <translation>Niets gevonden</translation>
    </message>
</context>
<context>
    <name>ResultsBody</name>
    <message>
        <source>Strengths</source>
        <translation>Sterke punten</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Verbeterpunten</translation>
    </message>
    <message>
        <source>Compared with the previous scan</source>
        <translation>Vergeleken met de vorige scan</translation>
    </message>
    <message>
        <source>The scan is a self-assessment by the entrepreneur with the advisor; the scores show where the company stands by its own account, not an audit.</source>
        <translation>De scan is een zelfbeoordeling door de ondernemer samen met de adviseur; de scores laten zien waar het bedrijf naar eigen zeggen staat, het is geen audit.</translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation>Scores per dimensie</translation>
    </message>
    <message>
        <source>Radar chart of the dimension scores</source>
        <translation>Radardiagram van de dimensiescores</translation>
    </message>
    <message>
        <source>Social Innovation Index (0-100), the mean of the five capability dimensions</source>
        <translation>Sociale Innovatie Index (0-100), het gemiddelde van de vijf vermogensdimensies</translation>
    </message>
    <message>
        <source>Maturity stage: {stage}</source>
        <translation>Volwassenheidsfase: {stage}</translation>
    </message>
    <message>
        <source>(held back by the weakest dimension, {dimension})</source>
        <translation>(begrensd door de zwakste dimensie, {dimension})</translation>
    </message>
    <message>
        <source>Adopter category: {category}</source>
        <translation>Omgang met vernieuwing: {category}</translation>
    </message>
    <message>
        <source>Unbalanced profile: the strongest and weakest dimensions differ by more than 1.5 points. A little renewal in one area does not pay off while another lags behind.</source>
        <translation>Onevenwichtig profiel: de sterkste en de zwakste dimensie verschillen meer dan 1,5 punt. Een beetje vernieuwing op één terrein loont niet zolang een ander achterblijft.</translation>
    </message>
    <message>
        <source>Weakest link in the innovation chain: {weakness}.</source>
        <translation>Zwakste schakel in de innovatieketen: {weakness}.</translation>
    </message>
    <message>
        <source>Programme (n={n})</source>
        <translation>Programma (n={n})</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Compared with the whole programme ({n} companies): {sector} has too few completed scans of its own yet.</source>
        <translation>Vergeleken met het hele programma ({n} bedrijven): {sector} heeft zelf nog te weinig afgeronde scans.</translation>
    </message>
    <message numerus="yes">
        <source>No sector benchmark yet: %n other company(s) in {sector} with a completed scan on this device or server; it is shown from {minimum} on.</source>
        <translation>
            <numerusform>Nog geen sectorvergelijking: %n ander bedrijf in {sector} met een afgeronde scan op dit apparaat of de server; die verschijnt vanaf {minimum}.</numerusform>
            <numerusform>Nog geen sectorvergelijking: %n andere bedrijven in {sector} met een afgeronde scan op dit apparaat of de server; die verschijnt vanaf {minimum}.</numerusform>
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
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>(output)</source>
        <translation>(resultaat)</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>te weinig antwoorden</translation>
    </message>
    <message>
        <source>This scan</source>
        <translation>Deze scan</translation>
    </message>
    <message>
        <source>Previous scan ({date})</source>
        <translation>Vorige scan ({date})</translation>
    </message>
    <message>
        <source>Sector benchmark: {sector}, the mean of {n} completed scans.</source>
        <translation>Sectorbenchmark: {sector}, het gemiddelde van {n} afgeronde scans.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>The results cannot be shown</source>
        <translation>De resultaten kunnen niet worden getoond</translation>
    </message>
    <message>
        <source>Making PDF ...</source>
        <translation>PDF maken ...</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF opgeslagen: {path}</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>PDF maken</translation>
    </message>
    <message>
        <source>Save the summary for the entrepreneur as a PDF ({keys}); the arrow ({language_keys}) picks its language</source>
        <translation>De samenvatting voor de ondernemer als PDF opslaan ({keys}); met het pijltje ({language_keys}) kies je de taal</translation>
    </message>
    <message>
        <source>PDF in Dutch</source>
        <translation>PDF in het Nederlands</translation>
    </message>
    <message>
        <source>PDF in English</source>
        <translation>PDF in het Engels</translation>
    </message>
    <message>
        <source>Revise ...</source>
        <translation>Herzien ...</translation>
    </message>
    <message>
        <source>Correct the answers in a new revision; this scan stays as it is</source>
        <translation>De antwoorden corrigeren in een nieuwe herziening; deze scan blijft zoals hij is</translation>
    </message>
    <message>
        <source>Back to company</source>
        <translation>Terug naar bedrijf</translation>
    </message>
    <message>
        <source>Calculating the results ...</source>
        <translation>Resultaten berekenen ...</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Follow-up scan</source>
        <translation>Vervolgscan</translation>
    </message>
    <message>
        <source>Start a follow-up scan of this company, compared with this one ({keys})</source>
        <translation>Een vervolgscan van dit bedrijf starten, vergeleken met deze ({keys})</translation>
    </message>
    <message>
        <source>Back to the company ({keys})</source>
        <translation>Terug naar het bedrijf ({keys})</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Plan maken</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan openen</translation>
    </message>
    <message>
        <source>The implementation plan from the improvement areas ({keys})</source>
        <translation>Het implementatieplan uit de verbeterpunten ({keys})</translation>
    </message>
    <message>
        <source>Results: {company}</source>
        <translation>Resultaten: {company}</translation>
    </message>
    <message>
        <source>{status} {date} · {sector} · advisor {advisor}</source>
        <translation>{status} {date} · {sector} · adviseur {advisor}</translation>
    </message>
    <message>
        <source>Index {before} on {date}, now {now} ({change}). Stage then: {stage}.</source>
        <translation>Index {before} op {date}, nu {now} ({change}). Fase toen: {stage}.</translation>
    </message>
    <message>
        <source>No dimension scores {threshold} or more yet; the improvement areas show where to start.</source>
        <translation>Nog geen dimensie scoort {threshold} of meer; de verbeterpunten laten zien waar je begint.</translation>
    </message>
    <message>
        <source>No improvement areas: every capability dimension is at the top of the scale.</source>
        <translation>Geen verbeterpunten: elke vermogensdimensie staat bovenaan de schaal.</translation>
    </message>
    <message>
        <source>score {score}, ambition {ambition}, intervention: {kind}</source>
        <translation>score {score}, ambitie {ambition}, interventie: {kind}</translation>
    </message>
    <message>
        <source>The previous scan of {date} has no index to compare with.</source>
        <translation>De vorige scan van {date} heeft geen index om mee te vergelijken.</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Resume scan (Enter)</source>
        <translation>Verder met de scan (Enter)</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>Nu niet (Esc)</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>de controle</translation>
    </message>
    <message>
        <source>the ambition of {dimension}</source>
        <translation>de ambitie van {dimension}</translation>
    </message>
    <message>
        <source>question {item}</source>
        <translation>vraag {item}</translation>
    </message>
    <message>
        <source>the intake</source>
        <translation>de intake</translation>
    </message>
    <message>
        <source>Continue the scan of {company}? It stopped at {where}.</source>
        <translation>Verder met de scan van {company}? Hij stopte bij {where}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>&amp;Closing notes for the report</source>
        <translation>&amp;Slotnotities voor het rapport</translation>
    </message>
    <message>
        <source>Closing notes</source>
        <translation>Slotnotities</translation>
    </message>
    <message>
        <source>Agreements, impressions, next steps ...</source>
        <translation>Afspraken, indrukken, vervolgstappen ...</translation>
    </message>
    <message>
        <source>Complete the scan with the button below or Ctrl+Enter. Completing freezes the answers; a later correction becomes a revision, nothing is overwritten.</source>
        <translation>Rond de scan af met de knop hieronder of Ctrl+Enter. Afronden legt de antwoorden vast; een latere correctie wordt een herziening, er wordt niets overschreven.</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered.</source>
        <translation>{answered} van {total} vragen beantwoord.</translation>
    </message>
    <message>
        <source>{dimension} ({count} more)</source>
        <translation>{dimension} (nog {count})</translation>
    </message>
    <message>
        <source>To complete, these dimensions need more scores: {parts}.</source>
        <translation>Om af te ronden hebben deze dimensies meer scores nodig: {parts}.</translation>
    </message>
    <message>
        <source>{dimension}: ambition not given (medium is assumed)</source>
        <translation>{dimension}: ambitie niet opgegeven (gemiddeld wordt aangenomen)</translation>
    </message>
    <message>
        <source>Still open (Enter jumps to it):</source>
        <translation>Nog open (Enter springt ernaartoe):</translation>
    </message>
    <message>
        <source>Every question is answered and every ambition given.</source>
        <translation>Elke vraag is beantwoord en elke ambitie opgegeven.</translation>
    </message>
</context>
<context>
    <name>ScanColumns</name>
    <message>
        <source>Revision</source>
        <translation>Herziening</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgscan</translation>
    </message>
    <message>
        <source>First scan</source>
        <translation>Eerste scan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Index (0-100)</source>
        <translation>Index (0-100)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
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
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <source>answer {item}</source>
        <translation>antwoord {item}</translation>
    </message>
    <message>
        <source>ambition {dimension}</source>
        <translation>ambitie {dimension}</translation>
    </message>
    <message>
        <source>intake {question}</source>
        <translation>intake {question}</translation>
    </message>
    <message>
        <source>note {item}</source>
        <translation>notitie {item}</translation>
    </message>
    <message>
        <source>closing notes</source>
        <translation>slotnotities</translation>
    </message>
</context>
<context>
    <name>ScanWizard</name>
    <message>
        <source>Complete scan</source>
        <translation>Scan afronden</translation>
    </message>
    <message>
        <source>Complete the scan of {company}? The answers are frozen and the results are shown.</source>
        <translation>De scan van {company} afronden? De antwoorden worden vastgelegd en de resultaten getoond.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Herziening</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>{kind} started {date} · {questionnaire} {version}</source>
        <translation>{kind} gestart {date} · {questionnaire} {version}</translation>
    </message>
    <message>
        <source>Find a question (Ctrl+F)</source>
        <translation>Vraag zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Vraag zoeken</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwoorde vragen</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Previous page (PageUp)</source>
        <translation>Vorige pagina (PageUp)</translation>
    </message>
    <message>
        <source>Back to company</source>
        <translation>Terug naar bedrijf</translation>
    </message>
    <message>
        <source>Leave the scan; it is saved and resumes here next time ({keys})</source>
        <translation>De scan verlaten; hij is opgeslagen en gaat de volgende keer hier verder ({keys})</translation>
    </message>
    <message>
        <source>Keys: 1-5 answer · 0 don&apos;t know · Up/Down question · PageDown next · PageUp back · Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation>Toetsen: 1-5 antwoord · 0 weet niet · pijl omhoog/omlaag vraag · PageDown volgende · PageUp terug · Ctrl+Z ongedaan maken · Ctrl+Shift+Z opnieuw</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{answered} van {total} beantwoord</translation>
    </message>
    <message>
        <source>Page {page} of {pages}: {name}</source>
        <translation>Pagina {page} van {pages}: {name}</translation>
    </message>
    <message>
        <source>Complete scan ...</source>
        <translation>Scan afronden ...</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Complete the scan (Ctrl+Enter)</source>
        <translation>De scan afronden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Next page (PageDown or Ctrl+Enter)</source>
        <translation>Volgende pagina (PageDown of Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Opslaan ...</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Opgeslagen {time}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; there is no save button.</source>
        <translation>Elke wijziging wordt meteen opgeslagen; er is geen opslaanknop.</translation>
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
        <translation>Zoek op bedrijf, KvK-nummer, sector, fase of adviseur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scans</source>
        <translation>Scans zoeken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>All scans</source>
        <translation>Alle scans</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>No scans yet</source>
        <translation>Nog geen scans</translation>
    </message>
    <message>
        <source>Open a company and start a scan; drafts and completed scans appear here.</source>
        <translation>Open een bedrijf en start een scan; concepten en afgeronde scans verschijnen hier.</translation>
    </message>
    <message>
        <source>Loading and scoring the scans ...</source>
        <translation>Scans laden en scoren ...</translation>
    </message>
    <message>
        <source>No scan matches your search</source>
        <translation>Geen scan gevonden</translation>
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
        <translation>{shown} van {total} getoond</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
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
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>S&amp;ync by itself when the server can be reached</source>
        <translation>Vanzelf s&amp;ynchroniseren als de server bereikbaar is</translation>
    </message>
    <message>
        <source>Never while a scan is open; changes wait until the scan is closed. Off unless you turn it on.</source>
        <translation>Nooit terwijl een scan open is; wijzigingen wachten tot de scan dicht is. Staat uit tot je het aanzet.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Write a note on the question</source>
        <translation>Een notitie bij de vraag schrijven</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Een vraag zoeken</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Answer the scale question with the focus (it starts on the first open one)</source>
        <translation>De schaalvraag met de focus beantwoorden (die begint bij de eerste open vraag)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Go to the open question</source>
        <translation>Naar de open vraag</translation>
    </message>
    <message>
        <source>Complete the scan</source>
        <translation>De scan afronden</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
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
        <translation>Naar een onderdeel</translation>
    </message>
    <message>
        <source>Search on the page (or find a question in the scan)</source>
        <translation>Zoeken op de pagina (of een vraag in de scan vinden)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>Import the registration list</source>
        <translation>De aanmeldlijst importeren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Dit overzicht</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Down / Enter</source>
        <translation>Omlaag / Enter</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>Van het zoekvak naar de lijst</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the row</source>
        <translation>De regel openen</translation>
    </message>
    <message>
        <source>Edit the company</source>
        <translation>Het bedrijf wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Erase (after asking; Cancel is the default)</source>
        <translation>Wissen (na een vraag; Annuleren is de standaard)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Start the scan, or resume the open draft</source>
        <translation>De scan starten, of het open concept hervatten</translation>
    </message>
    <message>
        <source>Answer and move to the next question</source>
        <translation>Antwoorden en naar de volgende vraag</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable</source>
        <translation>Weet niet / niet van toepassing</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <source>Choose the previous / next answer card</source>
        <translation>De vorige / volgende antwoordkaart kiezen</translation>
    </message>
    <message>
        <source>Up / Down (on the cards)</source>
        <translation>Omhoog / Omlaag (op de kaarten)</translation>
    </message>
    <message>
        <source>Choose the card above / below, when the cards stand in rows</source>
        <translation>De kaart erboven / eronder kiezen, als de kaarten in rijen staan</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Omhoog / Omlaag</translation>
    </message>
    <message>
        <source>Previous / next question</source>
        <translation>Vorige / volgende vraag</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
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
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Undo / redo the last edit</source>
        <translation>De laatste wijziging ongedaan maken / opnieuw doen</translation>
    </message>
    <message>
        <source>Leave a note</source>
        <translation>Een notitie maken</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>PDF maken</translation>
    </message>
    <message>
        <source>Choose the PDF&apos;s language (a menu: Up / Down, Enter)</source>
        <translation>De taal van de PDF kiezen (een menu: Omhoog / Omlaag, Enter)</translation>
    </message>
    <message>
        <source>Make or open the plan</source>
        <translation>Het plan maken of openen</translation>
    </message>
    <message>
        <source>Follow-up scan</source>
        <translation>Vervolgscan</translation>
    </message>
    <message>
        <source>Back to the company</source>
        <translation>Terug naar het bedrijf</translation>
    </message>
    <message>
        <source>Open the PDF just made</source>
        <translation>De zojuist gemaakte PDF openen</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>De map ervan openen</translation>
    </message>
    <message>
        <source>Save a copy as... (a USB stick)</source>
        <translation>Een kopie opslaan als... (een USB-stick)</translation>
    </message>
    <message>
        <source>An empty plan / a plan from the latest results</source>
        <translation>Een leeg plan / een plan uit de laatste resultaten</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Een actie toevoegen</translation>
    </message>
    <message>
        <source>Enter / F2</source>
        <translation>Enter / F2</translation>
    </message>
    <message>
        <source>Edit the cell (typing starts too); Tab goes on to the next cell</source>
        <translation>De cel wijzigen (typen begint ook); Tab gaat door naar de volgende cel</translation>
    </message>
    <message>
        <source>Leave the cell, keeping what is typed</source>
        <translation>De cel verlaten; wat je typte blijft staan</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>De gekozen actie verwijderen</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Vensters</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field; the underlined letter with Alt jumps to it</source>
        <translation>Volgend / vorig veld; Alt met de onderstreepte letter springt erheen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Everything in Basisscan works without a mouse. Shortcuts also show in the menus and tooltips.</source>
        <translation>Alles in Basisscan werkt zonder muis. De sneltoetsen staan ook in de menu&apos;s en de tips.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n wijziging nog niet gesynchroniseerd</numerusform>
            <numerusform>%n wijzigingen nog niet gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sync yet</source>
        <translation>Nog niets te synchroniseren</translation>
    </message>
    <message>
        <source>Everything synced</source>
        <translation>Alles gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last sync failed: {reason}</source>
        <translation>Laatste synchronisatie mislukt: {reason}</translation>
    </message>
    <message>
        <source>Last sync: {moment}</source>
        <translation>Laatste synchronisatie: {moment}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Laatste synchronisatie: nooit</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Gegevens: {folder}</translation>
    </message>
    <message>
        <source>Open the data folder {folder}</source>
        <translation>De gegevensmap {folder} openen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>De gegevensmap openen</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo data: made up to try things out, never sent to the programme&apos;s server</source>
        <translation>Demogegevens: verzonnen om uit te proberen, gaan nooit naar de server van het programma</translation>
    </message>
    <message>
        <source>Leave demo</source>
        <translation>Demo verlaten</translation>
    </message>
    <message>
        <source>Close the demo and work in your own, empty data folder</source>
        <translation>Sluit de demo en werk in je eigen, lege gegevensmap</translation>
    </message>
    <message>
        <source>Checking the connection ...</source>
        <translation>Verbinding controleren ...</translation>
    </message>
    <message>
        <source>No server set up</source>
        <translation>Geen server ingesteld</translation>
    </message>
    <message>
        <source>Log in to the programme&apos;s server on the Sync page (Ctrl+4)</source>
        <translation>Log in bij de server van het programma op de pagina Synchroniseren (Ctrl+4)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The server {server} answers</source>
        <translation>De server {server} antwoordt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server {server} cannot be reached; work goes on and is synced later</source>
        <translation>De server {server} is niet bereikbaar; het werk gaat door en wordt later gesynchroniseerd</translation>
    </message>
    <message>
        <source>Demo: nothing is synced</source>
        <translation>Demo: er wordt niets gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server answers again; syncing by itself ...</source>
        <translation>De server antwoordt weer; vanzelf synchroniseren ...</translation>
    </message>
    <message>
        <source>Fill in your username and password for the programme&apos;s server.</source>
        <translation>Vul je gebruikersnaam en wachtwoord voor de server van het programma in.</translation>
    </message>
    <message>
        <source>Logging in to {server} ...</source>
        <translation>Aanmelden bij {server} ...</translation>
    </message>
    <message>
        <source>Syncing with {server} ...</source>
        <translation>Synchroniseren met {server} ...</translation>
    </message>
    <message>
        <source>Kept your value.</source>
        <translation>Jouw waarde is behouden.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation>De waarde van de server is behouden.</translation>
    </message>
    <message>
        <source>Logged in as {user}; this device can now sync.</source>
        <translation>Aangemeld als {user}; dit apparaat kan nu synchroniseren.</translation>
    </message>
    <message>
        <source>{sent} sent, {received} received, </source>
        <translation>{sent} verstuurd, {received} ontvangen, </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) uploaded</source>
        <translation>
            <numerusform>%n rapport geüpload</numerusform>
            <numerusform>%n rapporten geüpload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished: {summary}</source>
        <translation>Synchronisatie klaar: {summary}</translation>
    </message>
    <message>
        <source>Uploading reports</source>
        <translation>Rapporten uploaden</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Wijzigingen versturen</translation>
    </message>
    <message>
        <source>Fetching news</source>
        <translation>Nieuws ophalen</translation>
    </message>
    <message>
        <source>This device is logged in as {user}.</source>
        <translation>Dit apparaat is aangemeld als {user}.</translation>
    </message>
    <message>
        <source>This device is not logged in to this server yet.</source>
        <translation>Dit apparaat is nog niet aangemeld bij deze server.</translation>
    </message>
    <message>
        <source>No conflicts: everything fits together.</source>
        <translation>Geen conflicten: alles past bij elkaar.</translation>
    </message>
    <message>
        <source>Choose a row, then keep your value or the server&apos;s.</source>
        <translation>Kies een regel en behoud daarna jouw waarde of die van de server.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Send your changes to the programme&apos;s server and fetch what is new, at the end of the day when you are online. Work at the table never waits for it.</source>
        <translation>Stuur je wijzigingen naar de server van het programma en haal op wat nieuw is, aan het eind van de dag als je online bent. Het werk aan tafel wacht hier nooit op.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Only for the first login on this device</source>
        <translation>Alleen voor de eerste aanmelding op dit apparaat</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Logboek van de synchronisatie</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Jouw waarde</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Van de server</translation>
    </message>
    <message>
        <source>Nothing to settle</source>
        <translation>Niets te beslissen</translation>
    </message>
    <message>
        <source>When you and someone else changed the same thing, both values show here and you choose.</source>
        <translation>Als jij en iemand anders hetzelfde hebben gewijzigd, staan beide waarden hier en kies jij.</translation>
    </message>
    <message>
        <source>What each sync did shows here.</source>
        <translation>Hier staat wat elke synchronisatie deed.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn waarde behouden</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Die van de server behouden</translation>
    </message>
</context>
<context>
    <name>VoucherForm</name>
    <message>
        <source>Enter the amount of the voucher</source>
        <translation>Vul het bedrag van de voucher in</translation>
    </message>
    <message>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
    <message>
        <source>No voucher requested yet</source>
        <translation>Nog geen voucher aangevraagd</translation>
    </message>
    <message>
        <source>Voucher {amount} · {status} since {date}</source>
        <translation>Voucher {amount} · {status} sinds {date}</translation>
    </message>
    <message>
        <source>Earlier rejected: {list}</source>
        <translation>Eerder afgewezen: {list}</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>A social innovation voucher pays a knowledge supplier for implementing the plan: at most {limit}, one voucher per company.</source>
        <translation>Een sociale-innovatievoucher betaalt een kennisleverancier voor het uitvoeren van het plan: hooguit {limit}, één voucher per bedrijf.</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>&amp;Own contribution</source>
        <translation>&amp;Eigen bijdrage</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>&amp;Leverancier</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Op te leveren</translation>
    </message>
    <message>
        <source>At most {limit}</source>
        <translation>Hooguit {limit}</translation>
    </message>
    <message>
        <source>Paid by the company itself (optional)</source>
        <translation>Betaalt het bedrijf zelf (mag leeg)</translation>
    </message>
    <message>
        <source>Knowledge institute or adviser doing the work</source>
        <translation>Kennisinstelling of adviseur die het werk doet</translation>
    </message>
    <message>
        <source>What the supplier delivers</source>
        <translation>Wat de leverancier oplevert</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Opslaan als concept</translation>
    </message>
</context>
<context>
    <name>WorkColumns</name>
    <message>
        <source>the review</source>
        <translation>het overzicht</translation>
    </message>
    <message>
        <source>the intake</source>
        <translation>de intake</translation>
    </message>
    <message>
        <source>question {item}</source>
        <translation>vraag {item}</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Gestopt bij</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Work overview</source>
        <translation>Werkoverzicht</translation>
    </message>
    <message numerus="yes">
        <source>Drafts (%n)</source>
        <translation>
            <numerusform>Concepten (%n)</numerusform>
            <numerusform>Concepten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to send (%n)</source>
        <translation>
            <numerusform>Klaar om te versturen (%n)</numerusform>
            <numerusform>Klaar om te versturen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent (%n)</source>
        <translation>
            <numerusform>Verstuurd (%n)</numerusform>
            <numerusform>Verstuurd (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data is never sent; the lists show where each scan stands.</source>
        <translation>Demodata wordt nooit verstuurd; de lijsten laten zien waar elke scan staat.</translation>
    </message>
    <message>
        <source>Drafts to finish, completed scans waiting for the next sync, and those the server holds. Enter opens a draft where it stopped, a completed scan on its results.</source>
        <translation>Concepten om af te maken, afgeronde scans die op de volgende synchronisatie wachten, en wat de server al heeft. Enter opent een concept waar het gestopt is, een afgeronde scan bij de resultaten.</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Geen concepten</translation>
    </message>
    <message>
        <source>Every scan is completed.</source>
        <translation>Elke scan is afgerond.</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Niets wacht op versturen</translation>
    </message>
    <message>
        <source>Completed scans appear here until the next sync.</source>
        <translation>Afgeronde scans staan hier tot de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Nog niets verstuurd</translation>
    </message>
    <message>
        <source>After a sync, the scans the server holds are listed here.</source>
        <translation>Na een synchronisatie staan hier de scans die de server heeft.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Laden ...</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Niets gevonden</translation>
    </message>
</context>
</TS>
