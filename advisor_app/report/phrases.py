"""Every fixed phrase of the PDF summary, Dutch and English side by side.

Kept apart from the layout so a translator reads one file and a missing
language is impossible (each phrase is a :class:`Text`).

The Dutch addresses the entrepreneur as "je", like the app addresses its users
(and like the Chamber of Commerce, KvK, addresses entrepreneurs); "je bedrijf"
is the company. Numbers are never written into these phrases by hand: they come
through ``domain.formatting`` and ``domain.money`` (see wording.py).
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
CONTACT = Text("Contactpersoon", "Contact person")
ADVISOR = Text("Adviseur", "Advisor")
SCAN_DATE = Text("Datum scan", "Scan date")
EMPLOYEES = {"one": Text("{n} medewerker", "{n} employee"), "other": Text("{n} medewerkers", "{n} employees")}
NOT_KNOWN = Text("onbekend", "not known")

SII = Text("Sociale Innovatie Index", "Social Innovation Index")
OUT_OF_100 = Text("van 100", "out of 100")
NO_INDEX = Text("nog geen index", "no index yet")
STAGE = Text("Volwassenheidsfase", "Maturity stage")
STAGE_STEP = Text("fase {i} van {n}", "stage {i} of {n}")
NOT_DETERMINED = Text("nog niet te bepalen", "not determined yet")
ADOPTER = Text("Omgang met vernieuwing", "Approach to renewal")
ADOPTER_SHARE = Text(
    "een groep van ca. {p} van alle bedrijven (Rogers)",
    "a group of about {p} of all companies (Rogers)",
)
ADOPTER_CAPPED = Text(" Net als de fase begrensd door de zwakste schakel.", " Capped by the weakest link, like the stage.")
CAP_NOTE = Text(
    "Zwakste schakel: ‘{dimension}’ begrenst de fase. Zonder die begrenzing zou de fase ‘{stage}’ zijn; "
    "een sterk profiel op één onderdeel levert pas iets op als de rest meegroeit.",
    "Weakest link: ‘{dimension}’ caps the stage. Without the cap the stage would be ‘{stage}’; "
    "strength in one area only pays off when the rest keeps up.",
)
SELF_ASSESSMENT = Text(
    "Dit is een zelfbeoordeling: de scores geven weer hoe je je bedrijf nu zelf ziet, in gesprek met de adviseur. "
    "Het is geen audit.",
    "This is a self-assessment: the scores show how you see your company today, in conversation with the advisor. "
    "It is not an audit.",
)

PROFILE = Text("Profiel per dimensie", "Profile by dimension")
THIS_COMPANY = Text("Je bedrijf", "Your company")
SECTOR_GROUP = Text("Sector", "Sector")
PROGRAMME_GROUP = Text("Programma", "Programme")
PREVIOUS_SCAN = Text("Vorige scan ({date})", "Previous scan ({date})")
GROUP_N = Text("{group} (n={n})", "{group} (n={n})")
GROUP_HIDDEN = Text(
    "{group}: niet getoond, minder dan {min} andere bedrijven (n={n})",
    "{group}: not shown, fewer than {min} other companies (n={n})",
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
    "Een dimensie met te weinig antwoorden heeft geen punt; de lijn van je bedrijf is daar onderbroken.",
    "A dimension with too few answers has no point; your company's line is broken there.",
)
CHART_GAP_LABEL = Text("te weinig antwoorden", "too few answers")
GROUP_NOTE = Text(
    "n = aantal andere bedrijven, elk met de laatste afgeronde scan; je eigen bedrijf telt niet mee.",
    "n = number of other companies, each with its latest completed scan; your own company is not included.",
)

IN_BRIEF = Text("In het kort", "In brief")
BRIEF_POSITION = Text(
    "Met {sii} van 100 op de index zit je bedrijf in de fase ‘{stage}’.",
    "With {sii} out of 100 on the index, your company is at the stage ‘{stage}’.",
)
BRIEF_VERSUS = Text(
    " Dat is {diff} {direction} het {average} ({n} andere bedrijven).",
    " That is {diff} {direction} the {average} ({n} other companies).",
)
ABOVE = Text("boven", "above")
BELOW = Text("onder", "below")
BRIEF_EQUAL = Text(
    " Dat is gelijk aan het {average} ({n} andere bedrijven).", " That equals the {average} ({n} other companies)."
)
BRIEF_SINCE_UP = Text(
    "Sinds de vorige scan ({date}) steeg de index van {before} naar {now}, {points} hoger.",
    "Since the previous scan ({date}) the index rose from {before} to {now}, up {points}.",
)
BRIEF_SINCE_DOWN = Text(
    "Sinds de vorige scan ({date}) daalde de index van {before} naar {now}, {points} lager.",
    "Since the previous scan ({date}) the index fell from {before} to {now}, down {points}.",
)
BRIEF_SINCE_SAME = Text(
    "Sinds de vorige scan ({date}) bleef de index gelijk: {now}.",
    "Since the previous scan ({date}) the index stayed the same: {now}.",
)
BRIEF_STAGE_SAME = Text(" De fase bleef ‘{stage}’.", " The stage stayed ‘{stage}’.")
BRIEF_STAGE_CHANGED = Text(" De fase ging van ‘{before}’ naar ‘{now}’.", " The stage went from ‘{before}’ to ‘{now}’.")
SECTOR_AVERAGE = Text("sectorgemiddelde", "sector average")
PROGRAMME_AVERAGE = Text("programmagemiddelde", "programme average")
BRIEF_NO_INDEX = Text(
    "Er is nog geen index, want niet elke dimensie heeft genoeg antwoorden ({k} van de {n}). "
    "Na het afronden van de scan volgt het volledige beeld.",
    "There is no index yet, because not every dimension has enough answers ({k} of {n}). "
    "The full picture follows once the scan is completed.",
)
BRIEF_PROFILE = Text(
    "Sterkst is ‘{best}’ ({best_score}), zwakst ‘{worst}’ ({worst_score}).",
    "Strongest is ‘{best}’ ({best_score}), weakest ‘{worst}’ ({worst_score}).",
)
BRIEF_BALANCED = Text(" Het profiel is evenwichtig.", " The profile is balanced.")
BRIEF_UNBALANCED = Text(
    " Het profiel is onevenwichtig: het verschil is groter dan {spread}.",
    " The profile is unbalanced: the gap is more than {spread}.",
)
BRIEF_ONLY_ONE = Text(
    "Alleen ‘{dimension}’ heeft al genoeg antwoorden voor een score ({score}).",
    "Only ‘{dimension}’ has enough answers for a score so far ({score}).",
)
BRIEF_NO_PROFILE = Text(
    "Nog geen dimensie heeft genoeg antwoorden voor een score.", "No dimension has enough answers for a score yet."
)
BRIEF_FOCUS = Text(
    "Aanbevolen focus: {areas}. De acties staan bij de verbeterpunten.",
    "Recommended focus: {areas}. The actions are listed with the priority areas.",
)
BRIEF_FOCUS_CHAIN = Text(
    "Aanbevolen focus: {areas}; in de innovatieketen is je bedrijf {weakness}. De acties staan bij de verbeterpunten.",
    "Recommended focus: {areas}; in the innovation chain your company is {weakness}. "
    "The actions are listed with the priority areas.",
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
COL_AMBITION = Text("Ambitie", "Ambition")
INSUFFICIENT = Text("onvoldoende antwoorden", "insufficient answers")
OUTPUT = Text("resultaat, telt niet mee in de index", "output, not part of the index")
TABLE_NOTE = Text(
    "Scores op een schaal van 0 tot 100. De index is het gemiddelde van de dimensies D1 tot en met D5; "
    "de laatste dimensie beschrijft wat vernieuwing heeft opgeleverd en staat daarom apart. "
    "Een dimensie krijgt een score vanaf {min} beantwoorde stellingen. "
    "De ambitie is die van je bedrijf zelf (uit het intakegesprek).",
    "Scores on a scale from 0 to 100. The index is the mean of dimensions D1 to D5; "
    "the last dimension describes what renewal has delivered and is therefore reported apart. "
    "A dimension gets a score from {min} answered statements. The ambition is your company's own (from the intake).",
)
SECTOR_COLUMN_HIDDEN = Text(
    "Het sectorgemiddelde verschijnt vanaf {min} andere bedrijven in de sector met een afgeronde scan (nu {n}).",
    "The sector mean appears from {min} other companies in the sector with a completed scan (now {n}).",
)
PROGRAMME_INSTEAD = Text(
    "Het sectorgemiddelde verschijnt vanaf {min} andere bedrijven in de sector met een afgeronde scan (nu {n}); "
    "de tabel vergelijkt daarom met het hele programma ({programme} andere bedrijven).",
    "The sector mean appears from {min} other companies in the sector with a completed scan (now {n}); "
    "the table therefore compares with the whole programme ({programme} other companies).",
)
UNBALANCED = Text(
    "Onevenwichtig profiel: de hoogste en laagste dimensie liggen meer dan {spread} uit elkaar. "
    "Onderzoek van Volberda e.a. (Erasmus Concurrentie- en Innovatiemonitor) laat zien dat een beetje sociale "
    "innovatie op één onderdeel weinig oplevert: "
    "de zwakke onderdelen verdienen voorrang. Daarom staat de zwakste dimensie altijd bij de verbeterpunten.",
    "Unbalanced profile: the highest and lowest dimension are more than {spread} apart. "
    "Research by Volberda et al. (Erasmus Competitiveness and Innovation Monitor) shows that a little social "
    "innovation in one area yields little: "
    "the weak areas deserve priority. That is why the weakest dimension is always among the priority areas.",
)
STRENGTHS = Text("Sterke punten", "Strengths")
NO_STRENGTHS = Text(
    "Nog geen dimensie haalt het niveau ‘Systematisch’ ({threshold} of hoger).",
    "No dimension reaches the level ‘Systematic’ ({threshold} or more) yet.",
)
PRIORITIES = Text("Verbeterpunten met aanbevolen acties", "Priority areas with recommended actions")
PRIORITY_META = Text(
    "score {score} · ambitie {ambition} · type interventie: {intervention}",
    "score {score} · ambition {ambition} · type of intervention: {intervention}",
)
WEAKEST_CAPS = Text(
    "Opgenomen als zwakste schakel: deze dimensie begrenst de fase, ook al is de ambitie ervoor {ambition}.",
    "Included as the weakest link: this dimension caps the stage, although the ambition for it is {ambition}.",
)
WEAKEST_UNBALANCES = Text(
    "Opgenomen als zwakste dimensie van een onevenwichtig profiel, ook al is de ambitie ervoor {ambition}.",
    "Included as the weakest dimension of an unbalanced profile, although the ambition for it is {ambition}.",
)
ACTION_BASIS = Text("bij {item}, score {score} van 5 · bron: {source}", "for {item}, scored {score} of 5 · source: {source}")
NO_LOW_ITEMS = Text(
    "Geen stelling in deze dimensie scoort laag genoeg voor een standaardactie. "
    "Bespreek met de adviseur welke stap je bedrijf hier verder helpt.",
    "No statement in this dimension scores low enough for a standard action. "
    "Discuss with the advisor which step would take your company further here.",
)
NO_PRIORITIES = Text(
    "Verbeterpunten volgen zodra elke dimensie genoeg antwoorden heeft.",
    "Priority areas follow once every dimension has enough answers.",
)
AMBITIONS = {1: Text("laag", "low"), 2: Text("gemiddeld", "medium"), 3: Text("hoog", "high")}
VALUE_CHAIN = Text("Innovatiewaardeketen", "Innovation value chain")
CHAIN_STRONG = Text(
    "Alle drie de schakels zijn sterk ({threshold} of hoger); geen ervan remt de vernieuwing.",
    "All three links are strong ({threshold} or more); none of them holds renewal back.",
)
CHAIN_HINTS = {
    "ideas": Text("van binnen en buiten", "from inside and outside"),
    "conversion": Text("kiezen en ontwikkelen", "selecting and developing"),
    "diffusion": Text("naar klant en markt", "to customers and market"),
}
WEAKEST_LINK = Text("zwakste schakel", "weakest link")
CHAIN_VERDICT = Text(
    "De zwakste schakel bepaalt wat vernieuwing oplevert: je bedrijf is {weakness}.",
    "The weakest link decides what renewal yields: your company is {weakness}.",
)
CHAIN_VERDICT_TIED = Text(
    "De zwakste schakels liggen gelijk en bepalen samen wat vernieuwing oplevert: je bedrijf is {weakness}.",
    "The weakest links are tied and together decide what renewal yields: your company is {weakness}.",
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
    "Er is nog geen implementatieplan. De aanbevolen acties bij de verbeterpunten zijn het vertrekpunt; "
    "de adviseur werkt ze samen met je uit tot een plan met eigenaren en data.",
    "There is no implementation plan yet. The recommended actions with the priority areas are the starting point; "
    "the advisor works them out with you into a plan with owners and dates.",
)
PLAN_FROM_EARLIER = Text(
    "Dit plan is opgesteld na de eerdere scan van {date}.",
    "This plan was drawn up after the earlier scan of {date}.",
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
    "kan je bedrijf externe ondersteuning inhuren voor de verbeterpunten; één voucher per bedrijf.",
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
    "Je beantwoordde {items} stellingen op een schaal van 1 tot 5. Een dimensiescore is het gemiddelde van de "
    "beantwoorde stellingen, omgerekend naar 0–100; ‘weet niet / n.v.t.’ telt niet mee. De index is het gemiddelde van "
    "D1 tot en met D5, die samen beschrijven wat je bedrijf kan om te vernieuwen; de fase komt hooguit één stap boven "
    "die van de zwakste dimensie. Vergelijkingen zijn gemiddelden van andere bedrijven in het programma (elk met de "
    "laatste afgeronde scan), getoond vanaf {min} bedrijven. Verschillen van een paar punten zijn niet betekenisvol.",
    "You answered {items} statements on a scale from 1 to 5. A dimension score is the mean of the answered statements, "
    "converted to 0–100; ‘don't know / n.a.’ does not count. The index is the mean of D1 to D5, which together "
    "describe your company's capability to renew; the stage is at most one step above that of the weakest dimension. "
    "Comparisons are means of other companies in the programme (each with its latest completed scan), shown from "
    "{min} companies. Differences of a few points are not meaningful.",
)
CONSENT = Text("Toestemming (AVG)", "Consent (GDPR)")
CONSENT_GIVEN = Text(
    "Op {date} is toestemming vastgelegd om de gegevens van je bedrijf op te slaan en te delen met het programma, "
    "voor monitoring en evaluatie. Inzien, exporteren, wissen of de toestemming intrekken kan altijd.",
    "On {date} consent was recorded to store your company's data and share them with the programme, for monitoring "
    "and evaluation. You can always have them shown, exported or erased, or withdraw the consent.",
)
CONSENT_GIVEN_UNDATED = Text(
    "Er is toestemming vastgelegd om de gegevens van je bedrijf op te slaan en te delen met het programma, "
    "voor monitoring en evaluatie. Inzien, exporteren, wissen of de toestemming intrekken kan altijd.",
    "Consent was recorded to store your company's data and share them with the programme, for monitoring and "
    "evaluation. You can always have them shown, exported or erased, or withdraw the consent.",
)
CONSENT_MISSING = Text(
    "Er is geen toestemming vastgelegd om de gegevens van je bedrijf op te slaan en te delen met het programma. "
    "Wil je die geven, dan legt de adviseur dat apart vast; je kunt haar altijd weer intrekken.",
    "No consent has been recorded to store your company's data and share them with the programme. "
    "If you wish to give it, the advisor records it separately; you can always withdraw it.",
)
SIGNATURES = Text("Ondertekening", "Signatures")
SIGNATURES_MEAN = Text(
    "Ondertekenen bevestigt dat deze samenvatting is overhandigd; het is geen toestemming voor het gebruik van gegevens.",
    "Signing confirms that this summary was handed over; it is not consent to the use of data.",
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
ADOPTER_DESCRIPTIONS = {
    "innovator": Text("probeert nieuwe werkwijzen als een van de eersten", "among the first to try new ways of working"),
    "early_adopter": Text("neemt nieuwe werkwijzen snel over", "quick to take up new ways of working"),
    "early_majority": Text("neemt over wat zich bij anderen bewezen heeft", "takes up what has proved itself elsewhere"),
    "late_majority": Text("vernieuwt als de noodzaak duidelijk is", "renews once the need is clear"),
    "laggard": Text("houdt vast aan wat werkt en vernieuwt met zorg", "holds on to what works and renews with care"),
}
