"""Every word the dashboard shows, in Dutch and English: one place, ``Text`` pairs as in the core.

Templates call ``t("key")``; an unknown key fails the render (and the tests
render every page in both languages), so no label can be left untranslated.
"""

from __future__ import annotations

from advisor_app.domain.text import Text

WORDS: dict[str, Text] = {
    "title": Text("Basisscan voor coördinatoren", "Basisscan for coordinators"),
    "programme": Text("Programma", "Programme"),
    "sectors": Text("Sectoren", "Sectors"),
    "advisors": Text("Adviseurs", "Advisors"),
    "companies": Text("Bedrijven", "Companies"),
    "effect": Text("Effect", "Effect"),
    "log_in": Text("Inloggen", "Log in"),
    "log_out": Text("Uitloggen", "Log out"),
    "username": Text("Gebruikersnaam", "Username"),
    "password": Text("Wachtwoord", "Password"),
    "logged_in_as": Text("Ingelogd als", "Logged in as"),
    "language": Text("Taal", "Language"),
    "login_intro": Text(
        "Log in met je account van de centrale server. Alleen coördinatoren en beheerders hebben toegang.",
        "Log in with your account on the central server. Only coordinators and administrators have access.",
    ),
    "wrong_password": Text("De gebruikersnaam of het wachtwoord klopt niet.", "The username or password is not correct."),
    "account_disabled": Text("Dit account is uitgeschakeld.", "This account is disabled."),
    "too_many": Text(
        "Te veel mislukte pogingen om in te loggen; probeer het over {minutes} minuten opnieuw.",
        "Too many failed login attempts; try again in {minutes} minutes.",
    ),
    "no_access_title": Text("Geen toegang", "No access"),
    "no_access": Text(
        "Het dashboard is er voor coördinatoren en beheerders. Je account heeft de rol {role}; "
        "gebruik de Basisscan-app voor je eigen scans.",
        "The dashboard is for coordinators and administrators. Your account has the role {role}; "
        "use the Basisscan app for your own scans.",
    ),
    "form_expired_title": Text("Formulier verlopen", "Form expired"),
    "form_expired": Text(
        "Dit formulier is niet (meer) geldig. Open de pagina opnieuw en probeer het nog eens.",
        "This form is not valid (any more). Open the page again and try once more.",
    ),
    "not_found_title": Text("Niet gevonden", "Not found"),
    "not_found": Text("Deze pagina of dit bedrijf bestaat niet (meer).", "This page or company does not exist (any more)."),
    "back": Text("Terug naar het dashboard", "Back to the dashboard"),
    "logged_out": Text("Je bent uitgelogd.", "You are logged out."),
    "session_ended": Text("Je sessie is verlopen; log opnieuw in.", "Your session has ended; please log in again."),
    "csv": Text("CSV", "CSV"),
    "csv_hint": Text("de rijen achter dit cijfer als CSV", "the rows behind this figure as CSV"),
    "generated_at": Text("Stand van", "Figures as of"),
    "downloads": Text("Downloads", "Downloads"),
    "download_summary": Text("Alle cijfers van deze pagina in één tabel (CSV)", "Every figure on this page in one table (CSV)"),
    "download_evaluation": Text(
        "Alle afgeronde scans met hun scores, voor evaluatie (CSV)", "Every completed scan with its scores, for evaluation (CSV)"
    ),
    # programme
    "scans_completed": Text("Afgeronde scans", "Completed scans"),
    "drafts": Text("Concepten", "Drafts"),
    "trajectories": Text("Implementatietrajecten", "Implementation trajectories"),
    "of_target": Text("van het doel {target}", "of the target {target}"),
    "vouchers": Text("Vouchers", "Vouchers"),
    "budget": Text("Budget", "Budget"),
    "committed_short": Text("Toegezegd", "Committed"),
    "committed": Text("Toegezegd (toegekend of afgerond)", "Committed (approved or completed)"),
    "requested_open": Text("Aangevraagd, nog niet beslist", "Requested, not yet decided"),
    "completed_amount": Text("Afgerond", "Completed"),
    "remaining": Text("Nog beschikbaar", "Still available"),
    "status": Text("Status", "Status"),
    "count": Text("Aantal", "Number"),
    "amount": Text("Bedrag", "Amount"),
    "funnel": Text("Van scan tot afgerond traject", "From scan to completed trajectory"),
    "funnel_note": Text("bedrijven per stap", "companies per step"),
    "per_month": Text("Afgeronde scans per maand", "Completed scans per month"),
    "month": Text("Maand", "Month"),
    "cohorts": Text("Van scan tot traject, per maand van de eerste scan", "From scan to trajectory, by month of the first scan"),
    "cohorts_note": Text(
        "Van de bedrijven die in een maand hun eerste scan afrondden: hoeveel er nu elke stap bereikt hebben.",
        "Of the companies that completed their first scan in a month: how many have reached each step by now.",
    ),
    "without_scan": Text("zonder afgeronde scan", "without a completed scan"),
    "actions": Text("Acties in de plannen", "Actions in the plans"),
    # sectors
    "sector": Text("Sector", "Sector"),
    "whole_programme": Text("Hele programma", "Whole programme"),
    "index": Text("Index", "Index"),
    "mean_scores": Text("Gemiddelde score per dimensie (0-100) en n", "Mean score per dimension (0-100) and n"),
    "adopters": Text("Adoptiecategorieën", "Adopter categories"),
    "stages": Text("Volwassenheidsfasen", "Maturity stages"),
    "companies_note": Text(
        "Gemiddelden, adoptiecategorieën en fasen tellen elk bedrijf één keer, met zijn laatste afgeronde scan "
        "(zoals de sectorvergelijking in de app); n is het aantal bedrijven.",
        "Means, adopter categories and stages count each company once, with its latest completed scan "
        "(as the sector comparison in the app does); n is the number of companies.",
    ),
    "scans_note": Text(
        "Elke afgeronde scan telt één keer (een correctie vervangt het origineel).",
        "Every completed scan counts once (a correction replaces the original).",
    ),
    # advisors
    "advisor": Text("Adviseur", "Advisor"),
    "plans": Text("Plannen", "Plans"),
    "vouchers_requested": Text("Vouchers aangevraagd", "Vouchers requested"),
    "vouchers_approved": Text("Vouchers toegekend", "Vouchers approved"),
    "vouchers_completed": Text("Vouchers afgerond", "Vouchers completed"),
    "last_activity": Text("Laatste activiteit", "Last activity"),
    "share_of_scans": Text("Aandeel in de scans", "Share of the scans"),
    # companies
    "search": Text("Zoeken", "Search"),
    "search_hint": Text("naam, KvK-nummer of gemeente", "name, KvK number or municipality"),
    "name": Text("Naam", "Name"),
    "kvk": Text("KvK", "KvK"),
    "municipality": Text("Gemeente", "Municipality"),
    "size": Text("Grootte", "Size"),
    "contact": Text("Contactpersoon", "Contact person"),
    "email": Text("E-mail", "E-mail"),
    "phone": Text("Telefoon", "Phone"),
    "consent": Text("Toestemming", "Consent"),
    "yes": Text("ja", "yes"),
    "no": Text("nee", "no"),
    "results_shown": Text("{shown} van {total} bedrijven", "{shown} of {total} companies"),
    "no_results": Text("Geen bedrijven gevonden.", "No companies found."),
    "scans": Text("Scans", "Scans"),
    "started": Text("Begonnen", "Started"),
    "completed_on": Text("Afgerond", "Completed"),
    "stage": Text("Fase", "Stage"),
    "revision_of": Text("correctie van een eerdere versie", "correction of an earlier version"),
    "follow_up": Text("vervolgscan", "follow-up"),
    "draft": Text("concept", "draft"),
    "completed": Text("afgerond", "completed"),
    "replaced": Text("vervangen door een correctie", "replaced by a correction"),
    "plan_actions": Text("Acties", "Actions"),
    "owner": Text("Eigenaar", "Owner"),
    "due": Text("Gereed op", "Due"),
    "supplier": Text("Leverancier", "Supplier"),
    "own_contribution": Text("Eigen bijdrage", "Own contribution"),
    "history": Text("Geschiedenis", "History"),
    "when": Text("Wanneer", "When"),
    "who": Text("Wie", "Who"),
    "what": Text("Wat", "What"),
    "fields": Text("Velden", "Fields"),
    "none": Text("geen", "none"),
    "deleted": Text("verwijderd", "deleted"),
    # GDPR actions on a company (gdpr.py)
    "gdpr": Text("AVG", "GDPR"),
    "gdpr_intro": Text(
        "Op verzoek van het bedrijf: alle gegevens die de server over het bedrijf heeft als één JSON-bestand, "
        "of het bedrijf wissen met alles wat erover is vastgelegd.",
        "At the company's request: everything the server holds about the company as one JSON file, "
        "or erase the company with everything recorded about it.",
    ),
    "export_company": Text("Gegevens exporteren (JSON)", "Export data (JSON)"),
    "erase_company": Text("Bedrijf wissen…", "Erase company…"),
    "erase_title": Text("Bedrijf wissen", "Erase company"),
    "erase_what": Text(
        "Je wist {name} (KvK {kvk}) met alle scans, plannen, vouchers en rapporten, van elke adviseur.",
        "You erase {name} (KvK {kvk}) with every scan, plan, voucher and report, of every advisor.",
    ),
    "erase_devices": Text(
        "De apparaten van de adviseurs wissen het bedrijf bij hun volgende synchronisatie. Het auditlog houdt "
        "alleen vast dat er gewist is, niet wat. Exporteer de gegevens eerst als het bedrijf daarom vraagt.",
        "The advisors' devices erase the company at their next sync. The audit log keeps only that something "
        "was erased, not what. Export the data first if the company asks for it.",
    ),
    "erase_final": Text("Wissen kan niet ongedaan gemaakt worden.", "An erasure cannot be undone."),
    "erase_confirm": Text("Definitief wissen", "Erase for good"),
    "cancel": Text("Annuleren", "Cancel"),
    "company_erased": Text(
        "Het bedrijf is gewist ({records} records); de apparaten wissen het bij hun volgende synchronisatie.",
        "The company is erased ({records} records); the devices erase it at their next sync.",
    ),
    # effect
    "effect_intro": Text(
        "Verandering tussen de eerste afgeronde scan en de laatste afgeronde vervolgscan van hetzelfde bedrijf, "
        "in punten op de schaal 0-100, met een 95%-betrouwbaarheidsinterval.",
        "Change between the first completed scan and the latest completed follow-up of the same company, "
        "in points on the 0-100 scale, with a 95% confidence interval.",
    ),
    "caveat_title": Text("Lees dit voordat je de cijfers gebruikt", "Read this before you use the figures"),
    "caveat_self": Text(
        "De scan is een zelfbeoordeling met de adviseur: een hogere score is een betere inschatting door het bedrijf "
        "zelf, geen gemeten prestatie.",
        "The scan is a self-assessment with the advisor: a higher score is the company's own better judgement, "
        "not a measured performance.",
    ),
    "caveat_control": Text(
        "Er is geen controlegroep door loting. Bedrijven met en zonder voucher verschillen ook op andere punten; "
        "het verschil tussen de groepen is dus geen bewezen effect van de voucher.",
        "There is no control group by random assignment. Companies with and without a voucher differ in other ways "
        "too, so the difference between the groups is not a proven effect of the voucher.",
    ),
    "caveat_regression": Text(
        "Regressie naar het gemiddelde: wie de eerste keer laag scoorde, scoort de tweede keer vaak hoger, "
        "ook zonder hulp (en omgekeerd).",
        "Regression to the mean: companies that scored low the first time often score higher the second time, "
        "even without help (and the other way round).",
    ),
    "caveat_method": Text("De methode staat in docs/effect.md.", "The method is described in docs/effect.md."),
    "pairs": Text("Bedrijven met een eerste scan en een vervolgscan", "Companies with a first scan and a follow-up"),
    "change": Text("Verandering", "Change"),
    "interval": Text("95%-interval", "95% interval"),
    "n": Text("n", "n"),
    "all_pairs": Text("Alle bedrijven", "All companies"),
    "with_voucher": Text("Voucher afgerond", "Voucher completed"),
    "without_voucher": Text("Geen voucher", "No voucher"),
    "difference": Text("Verschil (voucher min geen voucher)", "Difference (voucher minus none)"),
    "by_voucher": Text("Met en zonder afgeronde voucher", "With and without a completed voucher"),
    "by_sector": Text("Per sector", "By sector"),
    "by_intervention": Text("Per type interventie (TNO)", "By intervention type (TNO)"),
    "intervention": Text("Interventie", "Intervention"),
    "too_few": Text("te weinig (n < {minimum})", "too few (n < {minimum})"),
    "stage_up_short": Text("Fase omhoog", "Stage up"),
    "difference_short": Text("Verschil", "Difference"),
    "stage_up": Text("Bedrijven die een volwassenheidsfase stegen", "Companies whose maturity stage went up"),
    "no_pairs": Text(
        "Nog geen bedrijf heeft een afgeronde eerste scan én een afgeronde vervolgscan.",
        "No company has a completed first scan and a completed follow-up yet.",
    ),
    "dimension": Text("Dimensie", "Dimension"),
    "no_interval": Text("(te weinig voor een interval)", "(too few for an interval)"),
    # scan versions (versions.py)
    "versions": Text("Scanversies", "Scan versions"),
    "versions_intro": Text(
        "Elke versie van de scan is na publicatie onveranderlijk: ze draagt de SHA-256 van haar inhoud. "
        "Nieuwe scans gebruiken de nieuwste versie zodra een apparaat gesynchroniseerd heeft; concepten en "
        "afgeronde scans houden hun eigen versie.",
        "Every version of the scan is immutable once published: it carries the SHA-256 of its content. "
        "New scans use the newest version once a device has synced; drafts and completed scans keep their own version.",
    ),
    "publish_version": Text("Nieuwe versie publiceren", "Publish a new version"),
    "definition_file": Text("Vragenlijstbestand (JSON)", "Questionnaire file (JSON)"),
    "publish": Text("Publiceren", "Publish"),
    "publish_hint": Text(
        "Het bestand wordt gecontroleerd zoals de app het controleert; elke fout staat er, met bestand, plaats en reden.",
        "The file is checked as the app checks it; every fault is listed, with the file, the place and the reason.",
    ),
    "version": Text("Versie", "Version"),
    "version_title": Text("Titel", "Title"),
    "version_date": Text("Datum in het bestand", "Date in the file"),
    "version_source": Text("Gepubliceerd", "Published"),
    "shipped": Text("meegeleverd met de app", "shipped with the app"),
    "version_items": Text("Vragen", "Items"),
    "version_scans": Text("Afgeronde scans", "Completed scans"),
    "download": Text("Downloaden", "Download"),
    "version_published": Text(
        "{version} is gepubliceerd; apparaten krijgen deze versie bij hun volgende synchronisatie.",
        "{version} is published; devices receive this version at their next sync.",
    ),
    "version_unchanged": Text(
        "{version} was al gepubliceerd met precies deze inhoud; er is niets veranderd.",
        "{version} was already published with exactly this content; nothing changed.",
    ),
    "version_faults": Text("Niet gepubliceerd", "Not published"),
    "choose_file": Text("Kies eerst een vragenlijstbestand.", "Choose a questionnaire file first."),
    "file_too_large": Text(
        "{name} is te groot voor een vragenlijst (hoogstens 2 MB).", "{name} is too large for a questionnaire (2 MB at most)."
    ),
    "refused_versions": Text("Geweigerde versies in de database", "Versions refused in the database"),
    # vocabularies the core keeps as codes
    "audit.record.create": Text("aangemaakt", "created"),
    "audit.record.update": Text("gewijzigd", "changed"),
    "audit.record.delete": Text("verwijderd", "deleted"),
    "audit.company.assign": Text("toegewezen", "assigned"),
    "audit.company.export": Text("geëxporteerd (AVG)", "exported (GDPR)"),
    "audit.company.erase": Text("gewist (AVG)", "erased (GDPR)"),
    "entity.company": Text("bedrijf", "company"),
    "entity.scan": Text("scan", "scan"),
    "entity.plan": Text("plan", "plan"),
    "entity.voucher": Text("voucher", "voucher"),
    "voucher.draft": Text("Concept", "Draft"),
    "voucher.submitted": Text("Aangevraagd", "Submitted"),
    "voucher.approved": Text("Toegekend", "Approved"),
    "voucher.rejected": Text("Afgewezen", "Rejected"),
    "voucher.completed": Text("Afgerond", "Completed"),
    "action.open": Text("Open", "Open"),
    "action.in_progress": Text("Bezig", "In progress"),
    "action.done": Text("Gedaan", "Done"),
}


def word_or_code(prefix: str, code: str, language: str) -> str:
    """The word for a code (an audit action, an entity) where there is one, else the code itself."""
    text = WORDS.get(f"{prefix}.{code}")
    return code if text is None else text.get(language)


def word(key: str, language: str, **values: object) -> str:
    text = WORDS[key]
    return (text.format(**values) if values else text).get(language)
