"""Every fixed phrase of the PDF summary, Dutch and English side by side.

Kept apart from the layout so a translator reads one file and a missing
language is impossible (each phrase is a :class:`Text`).
"""

from __future__ import annotations

from ..domain.text import Text

SUMMARY = Text("Samenvatting", "Summary")
DRAFT_MARK = Text("CONCEPT", "DRAFT")
DRAFT_BANNER = Text(
    "Concept: deze scan is nog niet afgerond. De uitkomsten kunnen nog veranderen.",
    "Draft: this scan has not been completed yet. The results may still change.",
)

# -- page 1: who and what --------------------------------------------------
KVK = Text("KvK-nummer", "KvK number")
SECTOR = Text("Sector", "Sector")
SIZE = Text("Omvang", "Size")
LOCATION = Text("Vestigingsplaats", "Location")
CONTACT = Text("Contactpersoon", "Contact person")
ADVISOR = Text("Adviseur", "Advisor")
SCAN_DATE = Text("Datum scan", "Scan date")
EMPLOYEES = Text("{n} medewerkers", "{n} employees")
NOT_KNOWN = Text("onbekend", "not known")

SII = Text("Sociale Innovatie Index", "Social Innovation Index")
OUT_OF_100 = Text("van 100", "out of 100")
NO_INDEX = Text("nog geen index", "no index yet")
STAGE = Text("Volwassenheidsfase", "Maturity stage")
STAGE_STEP = Text("fase {i} van {n}", "stage {i} of {n}")
NOT_DETERMINED = Text("nog niet te bepalen", "not determined yet")
ADOPTER = Text("Adoptiecategorie", "Adopter category")
ADOPTER_SHARE = Text("zoals ca. {p} van alle bedrijven (Rogers)", "like about {p} of all companies (Rogers)")
CAP_NOTE = Text(
    "Zwakste schakel: {dimension} begrenst de fase. Zonder die begrenzing zou het ‘{stage}’ zijn; "
    "een sterk profiel op één onderdeel levert pas iets op als de rest meegroeit.",
    "Weakest link: {dimension} caps the stage. Without the cap it would be ‘{stage}’; "
    "strength in one area only pays off when the rest keeps up.",
)

PROFILE = Text("Profiel per dimensie", "Profile by dimension")
THIS_COMPANY = Text("Dit bedrijf", "This company")
SECTOR_GROUP = Text("Sector", "Sector")
PROGRAMME_GROUP = Text("Programma", "Programme")
GROUP_N = Text("{group} (n={n})", "{group} (n={n})")
GROUP_HIDDEN = Text(
    "{group}: niet getoond, minder dan {min} scans (n={n})",
    "{group}: not shown, fewer than {min} scans (n={n})",
)
GROUP_MISSING = Text("{group}: nog geen vergelijkingsgegevens", "{group}: no comparison data yet")
CHART_EMPTY = Text(
    "De grafiek verschijnt zodra de dimensies genoeg antwoorden hebben.",
    "The chart appears once the dimensions have enough answers.",
)
CHART_RINGS = Text(
    "De ringen liggen op 20, 40, 60 en 80: de grenzen tussen de vijf fasen.",
    "The rings lie at 20, 40, 60 and 80: the borders between the five stages.",
)
CHART_GAPS = Text(
    "Dimensies met te weinig antwoorden staan zonder punt in de grafiek.",
    "Dimensions with too few answers have no point in the chart.",
)

IN_BRIEF = Text("In het kort", "In brief")
BRIEF_POSITION = Text(
    "Met {sii} van 100 op de index zit het bedrijf in de fase ‘{stage}’.",
    "With {sii} out of 100 on the index, the company is at the stage ‘{stage}’.",
)
BRIEF_VERSUS = Text(
    " Dat is {diff} punten {direction} het {average} ({n} scans).",
    " That is {diff} points {direction} the {average} ({n} scans).",
)
ABOVE = Text("boven", "above")
BELOW = Text("onder", "below")
BRIEF_EQUAL = Text(" Dat is gelijk aan het {average} ({n} scans).", " That equals the {average} ({n} scans).")
SECTOR_AVERAGE = Text("sectorgemiddelde", "sector average")
PROGRAMME_AVERAGE = Text("programmagemiddelde", "programme average")
BRIEF_NO_INDEX = Text(
    "Er is nog geen index, want niet elke dimensie heeft genoeg antwoorden ({k} van de {n}). "
    "Maak de scan af voor een volledig beeld.",
    "There is no index yet, because not every dimension has enough answers ({k} of {n}). Complete the scan for the full picture.",
)
BRIEF_PROFILE = Text(
    "Sterkst is {best} ({best_score}), zwakst {worst} ({worst_score}).",
    "Strongest is {best} ({best_score}), weakest {worst} ({worst_score}).",
)
BRIEF_BALANCED = Text(" Het profiel is evenwichtig.", " The profile is balanced.")
BRIEF_UNBALANCED = Text(
    " Het profiel is onevenwichtig: het verschil is groter dan {spread} punten.",
    " The profile is unbalanced: the gap is more than {spread} points.",
)
BRIEF_ONLY_ONE = Text(
    "Alleen {dimension} heeft al genoeg antwoorden voor een score ({score}).",
    "Only {dimension} has enough answers for a score so far ({score}).",
)
BRIEF_NO_PROFILE = Text(
    "Nog geen dimensie heeft genoeg antwoorden voor een score.", "No dimension has enough answers for a score yet."
)
BRIEF_FOCUS = Text(
    "Aanbevolen focus: {areas}. De acties staan op pagina 2.",
    "Recommended focus: {areas}. The actions are on page 2.",
)
BRIEF_FOCUS_CHAIN = Text(
    "Aanbevolen focus: {areas}; in de innovatieketen is het bedrijf {weakness}. De acties staan op pagina 2.",
    "Recommended focus: {areas}; in the innovation chain the company is {weakness}. The actions are on page 2.",
)
BRIEF_NO_FOCUS = Text(
    "Verbeterpunten volgen zodra er genoeg antwoorden zijn.",
    "Priority areas follow once there are enough answers.",
)
AND = Text("en", "and")

# -- page 2: results -------------------------------------------------------
RESULTS = Text("Uitkomsten per dimensie", "Results by dimension")
COL_DIMENSION = Text("Dimensie", "Dimension")
COL_SCORE = Text("Score", "Score")
COL_SECTOR = Text("Sector", "Sector")
COL_PROGRAMME = Text("Programma", "Programme")
COL_DIFFERENCE = Text("Verschil", "Difference")
COL_STAGE = Text("Fase", "Stage")
COL_ANSWERS = Text("Antwoorden", "Answers")
INSUFFICIENT = Text("onvoldoende antwoorden", "insufficient answers")
OUTPUT = Text("resultaat, telt niet mee in de index", "output, not part of the index")
TABLE_NOTE = Text(
    "Scores op een schaal van 0 tot 100. De index is het gemiddelde van de dimensies D1 tot en met D5; "
    "de laatste dimensie beschrijft wat vernieuwing heeft opgeleverd en staat daarom apart. "
    "Een dimensie krijgt een score vanaf {min} beantwoorde vragen.",
    "Scores on a scale from 0 to 100. The index is the mean of dimensions D1 to D5; "
    "the last dimension describes what renewal has delivered and is therefore reported apart. "
    "A dimension gets a score from {min} answered items.",
)
SECTOR_COLUMN_HIDDEN = Text(
    "Het sectorgemiddelde verschijnt vanaf {min} afgeronde scans in de sector (nu {n}).",
    "The sector mean appears from {min} completed scans in the sector (now {n}).",
)
PROGRAMME_INSTEAD = Text(
    "Het sectorgemiddelde verschijnt vanaf {min} afgeronde scans in de sector (nu {n}); "
    "de tabel vergelijkt daarom met het hele programma ({programme} scans).",
    "The sector mean appears from {min} completed scans in the sector (now {n}); "
    "the table therefore compares with the whole programme ({programme} scans).",
)
UNBALANCED = Text(
    "Onevenwichtig profiel: de hoogste en laagste dimensie liggen meer dan {spread} punten uit elkaar. "
    "Onderzoek laat zien dat een beetje sociale innovatie op één onderdeel weinig oplevert: "
    "de zwakke onderdelen verdienen voorrang.",
    "Unbalanced profile: the highest and lowest dimension are more than {spread} points apart. "
    "Research shows that a little social innovation in one area yields little: "
    "the weak areas deserve priority.",
)
STRENGTHS = Text("Sterke punten", "Strengths")
NO_STRENGTHS = Text(
    "Nog geen dimensie haalt het niveau ‘Systematisch’ ({threshold} of hoger).",
    "No dimension reaches the level ‘Systematic’ ({threshold} or more) yet.",
)
COMMON_AT_FIRST_SCAN = Text(" Dat is gebruikelijk bij een eerste scan.", " That is common at a first scan.")
PRIORITIES = Text("Verbeterpunten met aanbevolen acties", "Priority areas with recommended actions")
PRIORITY_META = Text(
    "score {score} · ambitie {ambition} · type interventie: {intervention}",
    "score {score} · ambition {ambition} · type of intervention: {intervention}",
)
NO_PRIORITIES = Text(
    "Verbeterpunten volgen zodra elke dimensie genoeg antwoorden heeft.",
    "Priority areas follow once every dimension has enough answers.",
)
AMBITIONS = {1: Text("laag", "low"), 2: Text("gemiddeld", "medium"), 3: Text("hoog", "high")}
VALUE_CHAIN = Text("Innovatiewaardeketen", "Innovation value chain")
CHAIN_HINTS = {
    "ideas": Text("van binnen en buiten", "from inside and outside"),
    "conversion": Text("kiezen en ontwikkelen", "selecting and developing"),
    "diffusion": Text("naar klant en markt", "to customers and market"),
}
WEAKEST_LINK = Text("zwakste schakel", "weakest link")
CHAIN_VERDICT = Text(
    "De zwakste schakel bepaalt wat vernieuwing oplevert: het bedrijf is {weakness}.",
    "The weakest link decides what renewal yields: the company is {weakness}.",
)
CHAIN_UNKNOWN = Text(
    "Te weinig antwoorden om de keten te beoordelen.",
    "Too few answers to assess the chain.",
)
INNOVATION_TYPES = Text("Vernieuwing in de afgelopen drie jaar", "Renewal in the last three years")
RENEWAL_LEVELS = {
    1: Text("geen", "none"),
    2: Text("een kleine aanpassing", "a minor change"),
    3: Text("één, stapsgewijs", "one, incremental"),
    4: Text("meer dan één", "more than one"),
    5: Text("meerdere, ook nieuw voor de markt", "several, incl. new to the market"),
}
NOT_ANSWERED = Text("niet beantwoord", "not answered")

# -- page 3: plan, voucher, comparison, method, consent ---------------------
PLAN = Text("Implementatieplan", "Implementation plan")
COL_ACTION = Text("Actie", "Action")
COL_OWNER = Text("Wie", "Owner")
COL_DUE = Text("Gereed", "Due")
COL_STATUS = Text("Status", "Status")
ACTION_STATUSES = {
    "open": Text("open", "open"),
    "in_progress": Text("bezig", "in progress"),
    "done": Text("klaar", "done"),
}
NEXT_STEPS = Text("Volgende stappen", "Next steps")
WHAT_NEXT = Text("Hoe verder", "What happens next")
NO_PLAN = Text(
    "Er is nog geen implementatieplan. De aanbevolen acties op pagina 2 zijn het vertrekpunt; "
    "de adviseur werkt ze samen met u uit tot een plan met eigenaren en data.",
    "There is no implementation plan yet. The recommended actions on page 2 are the starting point; "
    "the advisor works them out with you into a plan with owners and dates.",
)
NO_ACTIONS = Text("Het plan heeft nog geen acties.", "The plan has no actions yet.")
VOUCHER = Text("Sociale-innovatievoucher", "Social innovation voucher")
VOUCHER_AMOUNT = Text("Voucherbedrag", "Voucher amount")
VOUCHER_MAXIMUM = Text("Maximum per bedrijf", "Maximum per company")
OWN_CONTRIBUTION = Text("Eigen bijdrage", "Own contribution")
SUPPLIER = Text("Kennisleverancier", "Knowledge supplier")
DELIVERABLES = Text("Op te leveren", "Deliverables")
VOUCHER_STATUS = Text("Status", "Status")
VOUCHER_STATUSES = {
    "draft": Text("concept", "draft"),
    "submitted": Text("ingediend", "submitted"),
    "approved": Text("toegekend", "approved"),
    "rejected": Text("afgewezen", "rejected"),
    "completed": Text("afgerond", "completed"),
}
VOUCHER_NEXT = {
    "draft": Text(
        "Vraag een offerte of projectplan op bij de kennisleverancier; dien daarna de aanvraag in. "
        "Het werk begint pas na toekenning.",
        "Ask the knowledge supplier for a quote or project plan, then submit the request. Work starts only after approval.",
    ),
    "submitted": Text(
        "De aanvraag ligt bij het programmabureau. Het werk begint pas na toekenning.",
        "The request is with the programme office. Work starts only after approval.",
    ),
    "approved": Text(
        "De kennisleverancier voert het werk uit en verzilvert de voucher na oplevering.",
        "The knowledge supplier carries out the work and redeems the voucher after delivery.",
    ),
    "rejected": Text(
        "De aanvraag is afgewezen. Bespreek met de adviseur of een aangepaste aanvraag zin heeft.",
        "The request was rejected. Discuss with the advisor whether an adjusted request makes sense.",
    ),
    "completed": Text(
        "De voucher is verzilverd. Een vervolgscan over zes tot twaalf maanden laat zien wat het heeft opgeleverd.",
        "The voucher has been redeemed. A follow-up scan in six to twelve months shows what it achieved.",
    ),
}
NO_VOUCHER = Text(
    "Er is nog geen voucher aangevraagd. Met een sociale-innovatievoucher van ten hoogste {max} "
    "kan het bedrijf externe ondersteuning inhuren voor de verbeterpunten; één voucher per bedrijf.",
    "No voucher has been requested yet. With a social innovation voucher of at most {max} "
    "the company can hire outside support for the priority areas; one voucher per company.",
)
COMPARISON = Text("Vergelijking met de vorige scan", "Comparison with the previous scan")
COL_PREVIOUS = Text("Vorige scan", "Previous scan")
COL_NOW = Text("Deze scan", "This scan")
COL_CHANGE = Text("Verandering", "Change")
INDEX_ROW = Text("Index", "Index")
NOTES = Text("Aantekeningen uit het gesprek", "Notes from the conversation")
METHOD = Text("Methode en beperkingen", "Method and limitations")
METHOD_TEXT = Text(
    "Deze samenvatting berust op een zelfbeoordeling: de ondernemer beantwoordde {items} stellingen op een schaal "
    "van 1 tot 5 in een gesprek met de adviseur. Een dimensiescore is het gemiddelde van de beantwoorde vragen, "
    "omgerekend naar 0–100; ‘weet niet / n.v.t.’ telt niet mee. De index is het gemiddelde van de vijf "
    "vermogensdimensies; de fase komt hooguit één stap boven die van de zwakste dimensie. Vergelijkingen met "
    "sector en programma zijn gemiddelden van afgeronde scans en worden pas getoond vanaf {min} scans. "
    "De uitkomsten geven weer hoe het bedrijf zichzelf nu ziet; het is geen audit en geen oordeel over "
    "kwaliteit. Verschillen van een paar punten zijn niet betekenisvol.",
    "This summary rests on a self-assessment: the entrepreneur answered {items} statements on a scale from 1 to 5 "
    "in a conversation with the advisor. A dimension score is the mean of the answered items, converted to 0–100; "
    "‘don't know / n.a.’ does not count. The index is the mean of the five capability dimensions; the stage is "
    "at most one step above that of the weakest dimension. Comparisons with sector and programme are means of "
    "completed scans and are shown only from {min} scans. The results show how the company sees itself today; "
    "this is not an audit and not a judgement of quality. Differences of a few points are not meaningful.",
)
CONSENT = Text("Toestemming en ondertekening", "Consent and signatures")
CONSENT_GIVEN = Text(
    "De ondernemer heeft op {date} toestemming gegeven om deze gegevens op te slaan en te delen met het "
    "programma voor monitoring en evaluatie. Op verzoek worden ze ingezien, geëxporteerd of gewist (AVG).",
    "On {date} the entrepreneur consented to these data being stored and shared with the programme for "
    "monitoring and evaluation. On request they are shown, exported or erased (GDPR).",
)
CONSENT_GIVEN_UNDATED = Text(
    "De ondernemer heeft toestemming gegeven om deze gegevens op te slaan en te delen met het programma voor "
    "monitoring en evaluatie. Op verzoek worden ze ingezien, geëxporteerd of gewist (AVG).",
    "The entrepreneur consented to these data being stored and shared with the programme for monitoring and "
    "evaluation. On request they are shown, exported or erased (GDPR).",
)
CONSENT_MISSING = Text(
    "Er is nog geen toestemming vastgelegd. Met de handtekening hieronder geeft de ondernemer toestemming om "
    "deze gegevens op te slaan en te delen met het programma voor monitoring en evaluatie (AVG).",
    "No consent has been recorded yet. By signing below the entrepreneur consents to these data being stored "
    "and shared with the programme for monitoring and evaluation (GDPR).",
)
FOR_COMPANY = Text("Namens het bedrijf", "For the company")
NAME = Text("Naam", "Name")
DATE_PLACE = Text("Datum en plaats", "Date and place")
SIGNATURE = Text("Handtekening", "Signature")

# -- every page ----------------------------------------------------------------
PAGE_OF = Text("Pagina {page} van {pages}", "Page {page} of {pages}")
FOOTER = Text(
    "Scan {scan} · vragenlijst {questionnaire} · inhoud #{hash}", "Scan {scan} · questionnaire {questionnaire} · content #{hash}"
)
MONTHS = (
    Text("januari", "January"),
    Text("februari", "February"),
    Text("maart", "March"),
    Text("april", "April"),
    Text("mei", "May"),
    Text("juni", "June"),
    Text("juli", "July"),
    Text("augustus", "August"),
    Text("september", "September"),
    Text("oktober", "October"),
    Text("november", "November"),
    Text("december", "December"),
)
ADOPTER_SHARES = {
    "innovator": Text("2,5%", "2.5%"),
    "early_adopter": Text("13,5%", "13.5%"),
    "early_majority": Text("34%", "34%"),
    "late_majority": Text("34%", "34%"),
    "laggard": Text("16%", "16%"),
}
