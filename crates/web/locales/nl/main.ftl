## Samenspraak — Nederlands (standaard). Schrijf zoals een Vlaamse leerkracht schrijft:
## kort, vriendelijk, met "je".

## Algemeen
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Overzicht
nav-rounds = Gespreksrondes
nav-classes = Klassen
nav-import = Klaslijst inlezen
nav-staff = Team
nav-logout = Afmelden
language-switch = Nederlands
language-menu = Taal
# Between the items of a list.
list-separator = { ", " }
footer-text = Samenspraak — KOM-gesprekken tussen kind, ouders en leerkracht.
save = Bewaren
cancel = Annuleren
optional = Niet verplicht.
from = Van
until = Tot en met
status = Status
active = Actief
inactive = Niet actief
child = Leerling
guardians = Ouders en voogden

## Talen
language-nl = Nederlands
language-en = Engels
language-fr = Frans
language-ar = Arabisch
language-tr = Turks
language-pl = Pools
language-ro = Roemeens
language-bg = Bulgaars
language-uk = Oekraïens

## Datums
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
month-short-1 = jan.
month-short-2 = feb.
month-short-3 = mrt.
month-short-4 = apr.
month-short-5 = mei
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = aug.
month-short-9 = sep.
month-short-10 = okt.
month-short-11 = nov.
month-short-12 = dec.
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $day } { $month }
datetime-long = { $date } om { $time }

## Foutmeldingen bij velden
error-required = Vul dit veld in.
error-too-long = Dit is te lang. Maak het korter.
error-email = Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.be.
error-phone = Dit is geen geldig telefoonnummer. Schrijf het zoals 0470 12 34 56 of +32 470 12 34 56.
error-date = Dit is geen bestaande datum. Schrijf dag/maand/jaar, bijvoorbeeld 14/03/2015.
error-datetime = Geef een datum en een uur, bijvoorbeeld 30/11/2026 19:00.
error-password-short = Kies een wachtwoord van minstens 10 tekens.
error-language = Kies een taal uit de lijst.
error-choice = Kies een van de mogelijkheden.
error-end-before-start = Deze datum ligt vóór het begin. Kies een latere datum.
error-end-before-start-time = Dit uur ligt vóór het begin. Kies een later uur.
error-phase-order = Deze datum past niet in de volgorde van de ronde. Kijk de data nog eens na.
error-taken = Dit is al in gebruik. Kies iets anders.
form-problems = { $count ->
    [one] Er is 1 probleem. Pas het aan en probeer opnieuw.
   *[other] Er zijn { $count } problemen. Pas ze aan en probeer opnieuw.
}

## Foutpagina's
error-page-not-found-title = Pagina niet gevonden
error-page-not-found = Deze pagina bestaat niet, of niet meer. Of ze is niet voor jou.
error-page-form-address-title = Deze pagina opent niet zo
error-page-form-address = Dit adres hoort bij een formulier. Je kan het niet als pagina openen. Ga terug naar de vorige pagina, of kies iets in het menu.
error-page-forbidden-title = Geen toegang
error-page-forbidden = Je hebt geen toegang tot deze pagina. Denk je dat dat niet klopt? Vraag het aan de directie.
error-page-bad-request-title = Dat lukte niet
error-page-bad-request = Er ging iets mis met wat je doorstuurde. Ga terug en probeer het opnieuw.
error-page-too-many-title = Even wachten
error-page-too-many = Je probeerde het te vaak na elkaar. Wacht 15 minuten en probeer het dan opnieuw. Lukt het dan nog niet? Vraag het aan de school.
error-page-full-title = De server is vol
error-page-full = Er is geen plaats meer om iets te bewaren. Wat je net invulde, is niet bewaard. Alles van vroeger is er nog. Bekijken lukt wel. Laat het de directie weten en probeer het later opnieuw.
error-page-internal-title = Er liep iets mis
error-page-internal = Er liep bij ons iets mis. Er is niets verloren. Probeer het over een paar minuten opnieuw.
error-back-home = Naar het overzicht
error-to-login = Naar aanmelden

## Aanmelden
login-title = Aanmelden
login-heading = Welkom bij Samenspraak
login-intro = Meld je aan met het e-mailadres en het wachtwoord van je school.
login-email = E-mailadres
login-password = Wachtwoord
login-submit = Aanmelden
login-help = Wachtwoord vergeten? Vraag de directie om een nieuw wachtwoord.
login-signed-out = Je bent afgemeld. Tot de volgende keer!
login-email-missing = Vul je e-mailadres in.
login-password-missing = Vul je wachtwoord in.
login-wrong = Dit e-mailadres of wachtwoord klopt niet. Kijk beide nog eens na.
login-locked = { $count ->
    [one] Te veel mislukte pogingen. Wacht 1 minuut en probeer dan opnieuw.
   *[other] Te veel mislukte pogingen. Wacht { $count } minuten en probeer dan opnieuw.
}

## Overzicht
home-title = Overzicht
home-greeting = Dag { $name }
home-rounds = Gespreksrondes
home-all-rounds = Alle gespreksrondes
home-no-rounds = Er is nog geen gespreksronde.
home-classes = Jouw klassen
home-all-classes = Alle klassen
home-no-classes = Je hebt nog geen klassen. De directie koppelt je aan je klas.
home-actions = Snel naar
class-title = Klas { $name }
children-count = { $count ->
    [one] 1 leerling
   *[other] { $count } leerlingen
}

## Gespreksrondes
rounds-title = Gespreksrondes
rounds-intro = Een gespreksronde loopt van de kindgesprekken tot de opvolging van de afspraken.
round-new = Nieuwe gespreksronde
round-new-title = Nieuwe gespreksronde
round-edit-title = Gespreksronde aanpassen
round-edit = Aanpassen
round-name = Naam
round-name-hint = Bijvoorbeeld: KOM-gesprekken december
round-classes = Klassen
round-now = Nu bezig
round-finished = Afgerond
round-conference-dates = { $from } – { $until }
round-pick-a-class = Kies minstens één klas.
round-form-intro = Geef elke fase van de ronde een datum. Ouders en leerlingen zien later alleen wat voor hen bedoeld is.
phase-child-talks-hint = De korte gesprekjes met elke leerling apart, tijdens de klasuren.
round-parent-prep-until = Ouders bereiden voor tot
phase-booking-hint = Het inschrijven opent voor alle gezinnen tegelijk.
round-booking-opens = Inschrijven opent op
round-booking-closes = Inschrijven sluit op
round-follow-up-on = Opvolging op
round-create = Ronde aanmaken
round-timeline = Tijdlijn
round-booking-window = Inschrijven kan van { $opens } tot { $closes }.
progress-count = { $done } van { $total }
phase-child-talks = Kindgesprekken
phase-parent-prep = Voorbereiding door ouders
phase-booking = Inschrijven
phase-conferences = KOM-gesprekken
phase-follow-up = Opvolging
phase-state-done = Voorbij
phase-state-now = Nu
phase-state-upcoming = Komt nog
step-child-talk = Kindgesprek
step-parent-prep = Ouders
step-booking = Ingeschreven
step-conference = KOM-gesprek
step-follow-up = Opvolging
state-not-started = Nog niet
state-in-progress = Bezig
state-done = Klaar

## Klassen
classes-title = Klassen
classes-year = Schooljaar { $year }
class-new = Nieuwe klas
class-new-title = Nieuwe klas
class-edit-title = Klas { $name } aanpassen
class-edit = Klas aanpassen
class-name = Naam van de klas
class-name-hint = Zoals op de klaslijst, bijvoorbeeld 6A.
class-grade = Leerjaar
class-grade-hint = Een getal van 1 tot 6.
class-children = Leerlingen
class-teachers = Leerkrachten
class-active = Deze klas is actief
class-empty = Er zitten nog geen leerlingen in deze klas.
grade-n = { $n }e leerjaar
co-teacher = tweede leerkracht
titular = klastitularis
no-guardians = Nog geen ouders ingevuld
household = Gezin
household-n = Gezin { $n }
prefers = spreekt liefst
speaks = Spreekt liefst { $language }

## Leerlingen
child-new = Leerling toevoegen
child-new-title = Leerling toevoegen
child-edit-title = { $name } aanpassen
child-edit = Gegevens aanpassen
child-no-class = Geen klas
child-exists = Er is al een leerling met deze naam en geboortedatum.
child-active = Deze leerling zit nog op school
siblings = Broers en zussen
no-right-to-info = Geen recht op informatie
edit-name = { $name } aanpassen
col-class = Klas
col-first-name = Voornaam
col-last-name = Familienaam
col-birth-date = Geboortedatum
col-guardian-name = Ouder { $n }: naam
col-guardian-email = Ouder { $n }: e-mail
col-guardian-phone = Ouder { $n }: telefoon
col-guardian-language = Ouder { $n }: taal

## Ouders en voogden
guardian-new = Ouder toevoegen
guardian-new-title = Ouder of voogd toevoegen voor { $child }
guardian-edit-title = { $name } aanpassen
guardian-of = Ouder of voogd van { $child }
guardian-name = Naam
guardian-email = E-mailadres
guardian-email-hint = Niet verplicht. Zonder e-mailadres krijgt deze ouder een brief.
guardian-phone = Telefoon
guardian-language = Taal
guardian-language-hint = In deze taal krijgt de ouder brieven en berichten, waar dat kan.
household-hint = Gescheiden ouders vormen elk een eigen gezin; zo krijgen ze elk hun eigen uitnodiging.
household-with = Samen met { $names }
household-new = Een apart gezin
right-to-info = Heeft recht op informatie over de leerling
guardian-active = Deze ouder is actief

## Team
staff-title = Team
staff-new = Teamlid toevoegen
staff-new-title = Teamlid toevoegen
staff-edit-title = { $name } aanpassen
staff-name = Naam
staff-name-hint = Zoals de kinderen je kennen, bijvoorbeeld Juf An De Smet.
staff-role = Rol
class-title-plural = Klassen
role-school_admin = Directie
role-teacher = Leerkracht
role-care_coordinator = Zorgcoördinator
staff-language = Taal van Samenspraak
staff-language-browser = Zoals de browser
staff-password = Wachtwoord
staff-password-hint = Minstens 10 tekens. Geef het persoonlijk door, niet per mail.
staff-new-password = Nieuw wachtwoord
staff-new-password-hint = Laat leeg om het wachtwoord te houden. Een nieuw wachtwoord meldt deze persoon overal af.
staff-classes = Klassen
staff-classes-hint = Leerkrachten zien alleen de klassen waaraan ze gekoppeld zijn.
staff-deactivate-explain = Wie niet meer op school werkt, zet je op niet actief. Die persoon wordt meteen overal afgemeld.
staff-deactivate = Op niet actief zetten
staff-activate = Weer actief maken

## Klaslijst inlezen
import-title = Klaslijst inlezen
import-intro = Lees de klaslijst in die je uit de leerlingenadministratie haalt. Je ziet eerst wat er zal gebeuren; pas als je bevestigt, wordt er iets bewaard.
import-columns-heading = Wat moet er in het bestand staan?
import-columns-required = Verplicht: Klas, Voornaam en Naam (of Familienaam).
import-columns-optional = Mag ook: Geboortedatum.
import-columns-guardians = Per ouder (tot twee): Ouder 1 naam, Ouder 1 e-mail, Ouder 1 telefoon, Ouder 1 taal — en hetzelfde voor Ouder 2.
import-formats = Een Excel-bestand (.xlsx) of een CSV-bestand met ; of , werkt allebei.
import-example = Download een voorbeeld.
import-example-csv = Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail;Ouder 1 telefoon;Ouder 1 taal;Ouder 2 naam;Ouder 2 e-mail
    6A;Lotte;Peeters;02/05/2015;Els Vermeulen;els.vermeulen@example.be;0470 12 34 56;Nederlands;Koen Peeters;koen.peeters@example.be
    6A;Amira;El Amrani;14/03/2015;Samira Bennani;samira.bennani@example.be;;Frans;;
import-file = Bestand met de klaslijst
import-file-fixed = Bestand opnieuw kiezen, na je aanpassingen
import-uploading = Bezig met doorsturen…
import-check = Bestand nakijken
import-nothing-saved-yet = Er wordt nog niets bewaard: je krijgt eerst een overzicht.
import-file-missing = Kies eerst een bestand.
import-file-empty = Dit bestand is leeg. Kies het bestand met de klaslijst.
import-file-spreadsheet = Dit rekenblad kon niet gelezen worden. Bewaar het opnieuw als .xlsx of als CSV en probeer nog eens.
import-file-csv = Dit bestand kon niet gelezen worden. Bewaar het als CSV (puntkomma of komma) of als .xlsx.
import-file-old-excel = Dit is een ouder Excel-bestand (.xls). Bewaar het in Excel als Excel-werkmap (.xlsx) of als CSV en kies het opnieuw.
import-file-open-document = Dit is een OpenOffice- of LibreOffice-bestand (.ods). Bewaar het als Excel-werkmap (.xlsx) of als CSV en kies het opnieuw.
import-file-too-large = Dit bestand is te groot voor een klaslijst (hoogstens 5 MB, uitgepakt 40 MB). Bewaar alleen het blad met de klaslijst, als .xlsx of als CSV.
import-file-too-many-rows = Er staan meer dan 5.000 regels in dit bestand. Lees de klaslijst in per klas of per graad.
import-file-too-many-columns = Er staat iets in meer dan 64 kolommen. Laat alleen de kolommen van de klaslijst staan en kies het bestand opnieuw.
import-file-cell-too-long = Eén vakje bevat meer dan 1.000 tekens. Dat is geen naam of adres: kijk het bestand na en kies het opnieuw.
import-file-too-slow = Dit bestand lezen duurde te lang. Bewaar het opnieuw als .xlsx of als CSV en probeer nog eens.
import-preview-title = Klaslijst nakijken
import-preview-file = Bestand { $file }, schooljaar { $year }.
import-problems = { $count ->
    [one] Er is 1 probleem in het bestand
   *[other] Er zijn { $count } problemen in het bestand
}
import-problems-explain = Er is nog niets bewaard. Pas het bestand aan in Excel, bewaar het en kies het hieronder opnieuw.
import-line = Regel { $line }:
import-line-col = Regel
import-what = Wat gebeurt er?
import-ready = Alles ziet er goed uit: { $new ->
    [one] 1 nieuwe leerling
   *[other] { $new } nieuwe leerlingen
}, { $updated ->
    [one] 1 leerling die al gekend is en wordt bijgewerkt
   *[other] { $updated } leerlingen die al gekend zijn en worden bijgewerkt
}.
import-new-classes = Deze klassen bestaan nog niet en worden aangemaakt: { $classes }.
import-ready-moves = { $count ->
    [one] 1 leerling verhuist naar een andere klas; je ziet hieronder van welke klas naar welke.
   *[other] { $count } leerlingen verhuizen naar een andere klas; je ziet hieronder van welke klas naar welke.
}
import-confirm = { $count ->
    [one] Bevestigen en 1 leerling inlezen
   *[other] Bevestigen en { $count } leerlingen inlezen
}
import-rows-heading = Wat er in het bestand staat
import-new = Nieuw
import-update = Bijwerken
import-move = Verhuist van { $from } naar { $to }
import-new-class = Nieuwe klas
import-done-title = Klaslijst ingelezen
import-done-children-created = { $count ->
    [one] 1 nieuwe leerling
   *[other] { $count } nieuwe leerlingen
}
import-done-children-updated = { $count ->
    [one] 1 leerling bijgewerkt
   *[other] { $count } leerlingen bijgewerkt
}
import-done-children-moved = { $count ->
    [one] 1 leerling naar een andere klas verhuisd
   *[other] { $count } leerlingen naar een andere klas verhuisd
}
import-done-guardians = { $count ->
    [one] 1 ouder of voogd
   *[other] { $count } ouders en voogden
}
import-done-classes = { $count ->
    [one] 1 nieuwe klas
   *[other] { $count } nieuwe klassen
}
import-to-classes = Naar de klassen
import-missing-column = De kolom „{ $column }” ontbreekt. Zet bovenaan een kolom met die titel.
import-no-rows = Er staan geen leerlingen in het bestand. Staan de titels op de eerste regel en de leerlingen eronder?
import-problem-field = { $column }: „{ $value }” — { $fix }
import-problem-field-empty = { $column } is leeg — { $fix }
import-fix-error-required = vul het in.
import-fix-error-too-long = dat is te lang; maak het korter.
import-fix-error-email = dat is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.be.
import-fix-error-phone = dat is geen geldig telefoonnummer. Schrijf het als 0470 12 34 56.
import-fix-error-date = dat is geen bestaande datum. Schrijf dag/maand/jaar, bijvoorbeeld 14/03/2015.
import-fix-error-language = die taal kennen we niet. Schrijf bijvoorbeeld Nederlands, Frans, Engels, Arabisch of Turks.
import-guardian-without-name = Bij ouder { $n } staat een e-mailadres of telefoonnummer, maar geen naam. Vul de naam in.
import-duplicate = Deze leerling staat ook al op regel { $first }. Laat één van de twee regels weg.
import-class-not-allowed = Klas „{ $class }” is niet jouw klas. Laat deze regel weg, of vraag de directie om hem in te lezen.
import-move-not-allowed = Deze leerling zit nu in { $class }. Een leerling naar een andere klas verhuizen doet de directie. Zet de leerling in { $class } op deze regel, of laat de regel weg.

## Veldnamen, voor het overzicht van problemen bovenaan een formulier
field-name = Naam
field-email = E-mailadres
field-password = Wachtwoord
field-classes = Klassen
field-class = Klas
field-grade = Leerjaar
field-first_name = Voornaam
field-last_name = Familienaam
field-birth_date = Geboortedatum
field-phone = Telefoon
field-language = Taal
field-role = Rol
field-file = Bestand
field-child_talk_from = Kindgesprekken, van
field-child_talk_until = Kindgesprekken, tot en met
field-parent_prep_until = Voorbereiding door ouders, tot
field-booking_opens = Inschrijven opent
field-booking_closes = Inschrijven sluit
field-conference_from = KOM-gesprekken, van
field-conference_until = KOM-gesprekken, tot en met
field-follow_up_on = Opvolging

## School en schooljaren
nav-school = School
school-title = School en schooljaren
school-name = Naam van de school
school-years = Schooljaren
school-years-intro = Samenspraak toont de klassen van het schooljaar waarin we nu zitten. Maak het nieuwe schooljaar aan vóór september en lees daarna de nieuwe klaslijsten in.
school-no-years = Er is nog geen schooljaar.
school-year = Schooljaar
school-year-current = Nu bezig
school-year-new = Nieuw schooljaar
school-year-add = Schooljaar toevoegen
field-year_name = Schooljaar
field-starts_on = Schooljaar, van
field-ends_on = Schooljaar, tot en met

## Kindgesprekken plannen
actions = Acties
remove = Verwijderen
back-to = Terug naar { $name }
moments-link = Momenten voor kindgesprekken
moments-title = Momenten voor kindgesprekken in klas { $class }
moments-intro = Op welke momenten in de week kan je rustig met één kind praten? Denk aan hoekenwerk, zelfstandig werk, een co-teachingmoment, een collega die de klas overneemt of samen boterhammen eten.
moments-none = Er zijn nog geen momenten. Voeg er hieronder een toe.
moment-add = Moment toevoegen
moment-day = Dag
moment-time = Uur
moment-start = Begint om
moment-end = Eindigt om
moment-kind = Soort moment
moment-place = Plaats
moment-place-hint = Een rustige plek, bijvoorbeeld de leeshoek of het lokaal naast de klas.
moment-kind-corner_work = Hoekenwerk
moment-kind-independent_work = Zelfstandig werk
moment-kind-co_teaching = Co-teaching
moment-kind-colleague = Een collega neemt de klas over
moment-kind-lunch = Samen boterhammen eten
moment-kind-other = Ander moment
talks-title = Kindgesprekken { $class } — { $round }
talks-window = Tussen { $from } en { $until }.
talks-plan-link = Kindgesprekken plannen
talks-no-moments = Er zijn nog geen momenten waarop gesprekjes kunnen.
talks-add-moments = Voeg eerst momenten toe.
talks-plan = Automatisch plannen
talks-plan-explain = Elk kind krijgt één gesprekje, verspreid over de weken. Gesprekjes die vastgezet of al gehouden zijn, blijven staan.
talks-count = { $planned } van { $total } kinderen ingepland
talks-moments = { $count ->
    [one] 1 moment per week
   *[other] { $count } momenten per week
}
talks-not-placed = Nog niet ingepland
talks-why-too-few = er zijn te weinig momenten; voeg een moment toe of maak de periode langer.
talks-why-absent = dit kind is afwezig op elke dag waarop nog plaats is.
talks-why-not-yet = klik op „Automatisch plannen”.
talk-status-of = Status van het gesprekje met { $child }
talk-status-planned = Gepland
talk-status-moved = Verplaatst
talk-status-done = Gehouden
talk-status-absent = Afwezig
talk-planned-on = Gepland { $day }
talk-locked = Vastgezet
talk-move = Verplaatsen
talk-day = Dag
talk-start = Uur
talk-unplan = Uit de planning
talks-exceptions = Uitzonderingen en instellingen
talks-closed-days = Dagen zonder gesprekjes
talks-no-closed-days = Nog geen eigen dagen zonder gesprekjes voor deze klas (een uitstap, een toneel).
talks-closed-day = Datum
talks-closed-reason = Waarom
talks-closed-reason-hint = Niet verplicht, bijvoorbeeld: pedagogische studiedag.
talks-closed-add = Dag toevoegen
talks-absence = Afwezig
talks-absence-explain = Een kind dat afwezig is, krijgt bij het volgende plannen een andere dag.
talks-absent-on = Afwezig op
talks-absence-add = Afwezigheid noteren
talks-settings = Lengte en tempo
talks-length = Lengte van een gesprekje (minuten)
talks-break = Pauze tussen twee gesprekjes (minuten)
talks-per-moment = Maximaal aantal gesprekjes per lesmoment
talks-limits = Van { $min } tot { $max }.
talks-print = Afdrukken
talks-print-title = Planning kindgesprekken { $class }
talks-print-hint = Druk deze pagina af op A4: de planning per dag, en daarna een strookje per kind om uit te knippen.
talks-back-to-plan = Terug naar de planning
talks-slips = Strookjes voor de kinderen
slip-when = { $date } om { $time }
slip-text = Jouw gesprekje met { $teacher }: { $when }.
slip-text-place = Jouw gesprekje met { $teacher }: { $when }, in { $place }.
slip-picture-code = Jouw prentjescode voor de tablet:
error-time = Geef een uur, bijvoorbeeld 10:40.
field-kind = Soort moment
field-weekday = Dag
field-start = Begint om
field-end = Eindigt om
field-place = Plaats
field-day = Datum
field-reason = Waarom
field-child = Leerling
field-absent_on = Afwezig op
field-talk_minutes = Lengte van een gesprekje
field-break_minutes = Pauze tussen twee gesprekjes
field-per_moment = Aantal gesprekjes per lesmoment

## Vragenpot
jar-link = Vragenpot
jar-title = Vragenpot van klas { $class }
jar-intro = Vragen die verder gaan dan „wat heb je geleerd?”. Kies uit de vragenbank, pas de woorden aan zoals jij ze zou zeggen, en voeg je eigen vragen toe. Tijdens het kindgesprek trekt het kind een vraag uit de pot.
jar-count = { $count ->
    [one] 1 vraag in de pot
   *[other] { $count } vragen in de pot
}
jar-question = Vraag
jar-remove = Uit de pot
jar-from-bank = { $count ->
    [one] 1 vraag uit de vragenbank
   *[other] { $count } vragen uit de vragenbank
}
jar-add-ticked = Aangevinkte vragen in de pot
jar-own = Een eigen vraag
jar-own-explain = Je eigen vragen blijven bij jou bewaard, ook voor volgend schooljaar.
jar-category = Soort vraag
jar-own-add = In de pot
jar-own-earlier = Je eerdere eigen vragen
jar-own-reuse = Weer in de pot
jar-print-cards = Kaartjes afdrukken
jar-cards-title = Vraagkaartjes klas { $class }
jar-cards-hint = Druk af op A4, knip de kaartjes uit en vouw ze voor een echte vragenpot.
jar-back = Terug naar de vragenpot
jar-empty = De vragenpot is nog leeg.
jar-fill = Vul de vragenpot.
jar-category-looking_back = Terugblikken
jar-category-proud_of = Trots op
jar-category-hard_for_me = Moeilijk voor mij
jar-category-how_i_feel = Hoe voel ik me
jar-category-friends_and_class = Vrienden en de klas
jar-category-interests_and_talents = Interesses en talenten
jar-category-home = Thuis
jar-category-future = Later en het secundair
talk-title = Kindgesprek met { $child }
talk-jar = Vragenpot
talk-draw = Trek een vraag
talk-jar-left = { $count ->
    [one] Nog 1 vraag in de pot.
   *[other] Nog { $count } vragen in de pot.
}
talk-jar-done = Alle vragen uit de pot zijn getrokken.
talk-drawn = Getrokken vragen
talk-answer = Kort antwoord
talk-put-back = Terug in de pot
field-text = Vraag

## Zelfbeoordeling
thermo-heading = Mijn thermometer
thermo-question = Hoe voel jij je deze weken in de klas? Tik een getal: 0 is heel slecht, 10 is super.
thermo-why = Waarom dat getal? (mag je ook zeggen in plaats van schrijven)
thermo-result = Op de thermometer: { $value } op 10
thermo-empty = Nog niet ingevuld
spider-heading = Mijn spinnenweb
spider-question = Hoe goed lukt dit? Tik per onderdeel: 1 is nog moeilijk, 5 lukt heel goed.
spider-table = Mijn spinnenweb in cijfers
axis-alone = Alleen werken
axis-together = Samenwerken
axis-asking_help = Hulp vragen
axis-planning = Plannen
axis-reading = Lezen
axis-maths = Rekenen
axis-sport = Sport
axis-creativity = Creatief zijn
smileys-heading = Mijn smileys
smileys-question = Tik bij elke zin het gezichtje dat past.
face-1 = helemaal niet
face-2 = niet zo
face-3 = soms wel, soms niet
face-4 = meestal wel
face-5 = helemaal wel
statement-like_school = Ik ga graag naar school.
statement-friends = Ik heb vrienden in de klas.
statement-work_not_too_hard = Ik kan het werk in de klas goed aan.
statement-dare_to_ask = Ik durf een vraag te stellen als ik iets niet snap.
statement-concentrate = Ik kan goed doorwerken als het stil moet zijn.
statement-safe_playground = Ik voel me veilig op de speelplaats.
talks-cancelled = Een lesmoment schrappen
talks-cancelled-none = Alle momenten gaan door.
talks-cancelled-undo = Gaat toch door
talks-cancel-moment = Welk moment
talks-cancel-on = Op welke dag
talks-cancel-add = Dit moment schrappen
error-wrong-weekday = Dit moment valt niet op die dag van de week. Kies een datum op de juiste weekdag.
field-moment = Welk moment
field-cancelled_on = Op welke dag

## Interesse-talentenraster
activities-link = Activiteiten voor het talentenraster
activities-title = Activiteiten van klas { $class }
activities-intro = Welke opdrachten deed de klas de voorbije weken? Denk aan een spreekbeurt, een bouwopdracht of samen koken. Per activiteit zegt elk kind of het die leuk vond en of het er goed in was. Zo groeit het interesse-talentenraster uit Kies Raak! (De Schoolbrug): tegen januari toont het per studiedomein waar de interesses en talenten van een kind liggen.
activities-none = Er zijn nog geen activiteiten.
activity-title = Activiteit
activity-title-hint = Kort, zoals de kinderen het kennen: „Een brug bouwen met spaghetti”.
activity-domain = Studiedomein
activity-date = Wanneer
activity-add = Activiteit toevoegen
domain-stem = STEM
domain-language_culture = Taal en cultuur
domain-economics_organisation = Economie en organisatie
domain-society_welfare = Maatschappij en welzijn
domain-arts_creation = Kunst en creatie
domain-sport = Sport
domain-food_hospitality = Voeding en horeca
domain-agriculture_nature = Land- en tuinbouw, natuur
quadrant-liked_good = Leuk én goed in
quadrant-liked = Leuk, nog groeien
quadrant-good = Goed in, minder leuk
quadrant-neither = Nog niet mijn ding
grid-heading = Mijn talentenraster
grid-question = Denk aan elke activiteit: vond je het leuk? En was je er goed in?
grid-no-activities = Er zijn nog geen activiteiten om te kleuren.
grid-add-activities = Voeg activiteiten toe.
grid-liked = Vond ik het leuk?
grid-good = Was ik er goed in?
grid-axis-good = goed in
grid-table = Waar elke activiteit staat
grid-domains = Per studiedomein
yes = Ja
no = Nee
field-title = Activiteit
field-done_on = Wanneer
field-domain = Studiedomein

## Notities
notes-heading = Mijn notities
notes-of-child = Notities uit kindgesprekken
notes-new = Nieuwe notitie
notes-who = Wie mag dit lezen?
notes-add = Notitie bewaren
visibility-staff = Vertrouwelijk
visibility-child = Kind en leerkrachten
visibility-family = Mag gedeeld worden met de ouders
visibility-staff-long = Vertrouwelijk: alleen de leerkrachten van het kind en de zorgcoördinator
visibility-family-long = Mag gedeeld worden met het kind en de ouders
notes-private-hint = Je notities staan onderaan en zijn dichtgeklapt, zodat het kind ze niet ziet als het de tablet vasthoudt.
notes-show = { $count ->
    [one] Toon mijn notitie
   *[other] Toon mijn { $count } notities
}

## Sokkenmuur
wall-link = Sokkenmuur
wall-title = Sokkenmuur van klas { $class }
wall-intro = De belangrijkste leerpunten van de voorbije weken, niet alleen schoolvakken. In het kindgesprek kijkt het kind erop terug: waar is het trots op, wat was moeilijk?
wall-showing-recent = Je ziet de punten van de voorbije zes weken: daarop kijken de kinderen terug.
wall-showing-all = Je ziet alle punten.
wall-show-recent = Alleen de voorbije zes weken tonen
wall-show-older = { $count ->
    [one] Ook het oudere punt tonen
   *[other] Ook de { $count } oudere punten tonen
}
wall-none = Er hangt nog niets aan de sokkenmuur.
wall-fill = Vul de sokkenmuur aan.
wall-add = Leerpunt toevoegen
wall-item = Leerpunt
wall-item-hint = Kort en concreet, bijvoorbeeld: „Breuken vereenvoudigen”.
wall-area = Vak of domein
wall-area-hint = Bijvoorbeeld Wiskunde, Frans, Samen spelen.
wall-when = Wanneer
wall-heading = Terugblikken op de sokkenmuur
wall-question = Kijk naar de voorbije weken. Waar ben je trots op? Wat vond je moeilijk?
wall-proud = Trots op
wall-hard = Was moeilijk
wall-neither = Geen van beide
field-area = Vak of domein
field-learned_on = Wanneer

# Class tablet: children sign in without a password
tablet-talk-title = Mijn gesprekje
tablet-greeting = Dag { $name }!
tablet-talk-intro = Dit is jouw gesprekje met je juf of meester. Trek een vraag uit de vragenpot en kies bij elke prent wat bij jou past. Er zijn geen foute antwoorden.
tablet-done = Ik ben klaar
tablet-steps = De stappen van je gesprekje
tablet-count = Stap { $n } van { $total }
tablet-nav = Verder of terug
tablet-back = Terug
tablet-next = Verder
tablet-skip = Deze stap overslaan
tablet-finished = Klaar! Goed gedaan.
tablet-finished-give-back = Tik op de knop en geef de tablet terug aan je juf of meester.
tablet-step-agreements = Afspraken
tablet-step-jar = Vragenpot
tablet-step-thermometer = Thermometer
tablet-step-smileys = Smileys
tablet-step-spider = Spinnenweb
tablet-step-grid = Raster
tablet-step-wall = Terugblik
tablet-step-report = Rapport
tablet-step-video = Filmpje
tablet-step-portfolio = Portfolio
tablet-step-done = Klaar
tablet-code-title = Aanmelden op de klastablet
tablet-code-intro = Typ de klascode die op het bord staat.
field-code = Klascode
tablet-code-hint = Zes tekens, bijvoorbeeld K7M Q2P.
tablet-code-go = Verder
tablet-code-missing = Typ de klascode die op het bord staat.
tablet-code-unknown = Die klascode kennen we niet. Kijk nog eens goed naar het bord of vraag het aan je juf of meester.
tablet-code-locked = { $count ->
    [one] Er werd hier te vaak een foute klascode getypt. Wacht 1 minuut, of vraag je juf of meester om hulp.
   *[other] Er werd hier te vaak een foute klascode getypt. Wacht { $count } minuten, of vraag je juf of meester om hulp.
}
tablet-names-title = Klas { $class }: wie ben jij?
tablet-names-intro = Tik op je naam.
tablet-pictures-title = Dag { $name }! Wat is jouw prentjescode?
tablet-pictures-intro = Kies je vier prentjes, in de juiste volgorde: één in elke rij.
tablet-picture-1 = Eerste prentje
tablet-picture-2 = Tweede prentje
tablet-picture-3 = Derde prentje
tablet-picture-4 = Vierde prentje
tablet-sign-in = Dat ben ik!
tablet-not-me = Dat is niet mijn naam
tablet-pictures-missing = Kies vier prentjes: één in elke rij.
tablet-pictures-wrong = Die prentjes kloppen niet. Probeer het nog eens, of vraag je juf of meester om hulp.
tablet-locked = { $count ->
    [one] Te vaak geprobeerd. Vraag je juf of meester om een nieuwe code, of probeer opnieuw over 1 minuut.
   *[other] Te vaak geprobeerd. Vraag je juf of meester om een nieuwe code, of probeer opnieuw over { $count } minuten.
}
tablet-class-locked = { $count ->
    [one] In deze klas werden te vaak foute prentjes getikt. Vraag je juf of meester om hulp, of probeer opnieuw over 1 minuut.
   *[other] In deze klas werden te vaak foute prentjes getikt. Vraag je juf of meester om hulp, of probeer opnieuw over { $count } minuten.
}
tablet-no-talk = Je gesprekje staat nog niet in de planning. Je juf of meester zegt je wanneer het is.
picture-sun = zon
picture-moon = maan
picture-star = ster
picture-tree = boom
picture-flower = bloem
picture-cat = kat
picture-fish = vis
picture-house = huis
picture-ball = bal
class-tablet-link = Klastablet
class-tablet-title = Klastablet van { $class }
class-tablet-intro = Kinderen melden zich zonder wachtwoord aan op de klastablet: met de klascode of de QR-code op het bord, dan tikken ze hun naam en hun prentjescode aan. Na een kwartier zonder tikken worden ze vanzelf afgemeld.
class-tablet-guessing = { $count ->
    [one] De voorbije 24 uur werd in deze klas 1 foute prentjescode geprobeerd.
   *[other] De voorbije 24 uur werden in deze klas { $count } foute prentjescodes geprobeerd.
}
class-tablet-guessing-what = Dat is meer dan een kind dat zich vergist: misschien probeert iemand de code van een ander kind te raden. Na te veel foute pogingen moet de hele klas even wachten. Met een nieuwe klascode (hieronder) kan de klas meteen weer aanmelden; wie de oude code kende, kan dat niet meer. Denk je dat iemand de code van een bepaald kind kent, geef dat kind dan ook een nieuwe prentjescode.
class-tablet-board = Voor op het bord
class-tablet-qr = QR-code naar { $url }
class-tablet-address = Of surf naar
class-tablet-renew = Nieuwe klascode
class-tablet-renew-hint = De oude code en QR-code werken dan niet meer. Doe dit als de code buiten de klas geraakt is.
class-tablet-codes = Prentjescodes
class-tablet-codes-hint = Geef elk kind zijn eigen code, bijvoorbeeld op een briefje. Vergeten of aan een vriendje verklapt? Geef een nieuwe.
class-tablet-picture-code = Prentjescode
class-tablet-reset = Nieuwe prentjescode

# The child's video and portfolio, and consent for recordings
duration-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
duration-seconds = { $count ->
    [one] 1 seconde
   *[other] { $count } seconden
}
video-heading = Mijn filmpje
video-intro = Neem een filmpje op om te oefenen of om het gesprek te beginnen: vertel wie je bent, waar je trots op bent of wat je zeker wil zeggen. Je hebt hoogstens { $duration }.
video-no-consent = Een filmpje opnemen kan pas als de school de toestemming van de ouders voor beeldopnames heeft genoteerd.
consent-record-link = Toestemming noteren
video-record = Filmpje opnemen
video-stop = Stoppen
video-again = Opnieuw
video-save = Bewaren
video-countdown = Klaar? We beginnen over
video-recording = Opname loopt:
video-saving = Even geduld, je filmpje wordt bewaard…
video-no-camera = De camera doet niet mee. Kies hieronder een filmpje, of vraag hulp aan je juf of meester.
video-made = Opgenomen op { $when }.
video-kept-until = We bewaren het tot { $date }.
video-shown = Wordt getoond in het KOM-gesprek
video-not-shown = Niet getoond in het KOM-gesprek
video-show = Tonen in het KOM-gesprek
video-hide = Niet meer tonen
video-delete = Filmpje weggooien
video-file = Of kies een filmpje
video-file-hint = Een filmpje van de tablet of de telefoon, hoogstens { $mb } MB.
video-upload = Filmpje bewaren
video-too-large = { $count ->
    [one] Dat filmpje is te groot: hoogstens 1 MB. Neem een korter filmpje op.
   *[other] Dat filmpje is te groot: hoogstens { $count } MB. Neem een korter filmpje op.
}
video-wrong-kind = Dat is geen filmpje. Kies een filmpje, bijvoorbeeld een .mp4 of .webm.
video-missing = Kies eerst een filmpje.
portfolio-heading = Mijn portfolio
portfolio-intro-child = Voeg een foto, een bestand of een paar zinnen toe over iets waar je trots op bent. Je juf of meester kijkt het eerst na. Als je ouders ermee akkoord gingen, kunnen zij het daarna ook zien.
portfolio-intro-teacher = Wat het kind toevoegt, zien de ouders pas als jij het goedkeurt.
portfolio-photo = Foto uit het portfolio
portfolio-open-file = Bestand openen
portfolio-approved = Goedgekeurd voor de ouders
portfolio-waiting = Nog niet goedgekeurd
portfolio-approve = Goedkeuren voor de ouders
portfolio-unapprove = Goedkeuring intrekken
portfolio-delete = Weghalen
portfolio-title = Titel (mag leeg blijven)
portfolio-add-photo = Een foto maken of kiezen
portfolio-add-file = Of een bestand: een prent of een pdf, hoogstens { $mb } MB
portfolio-add-text = Of schrijf een paar zinnen
portfolio-add = Toevoegen
portfolio-too-large = Dat bestand is te groot. Kies een kleinere foto of een ander bestand.
portfolio-wrong-kind = Dat bestand kunnen we niet bewaren. Kies een foto, een prent of een pdf.
portfolio-empty = Kies een foto of een bestand, of schrijf een paar zinnen.
consent-heading = Toestemmingen van de ouders
consent-yes = Toestemming
consent-no = Geen toestemming
consent-none = Er is nog geen toestemming genoteerd. Zonder toestemming kan dit kind geen filmpje opnemen.
consent-given = Gegeven door { $who } op { $date }, genoteerd door { $staff }.
consent-withdrawn = Ingetrokken door { $staff }: { $given }
field-given_by = Gegeven door
consent-given-by-hint = De naam van de ouder, of bijvoorbeeld „inschrijvingsformulier”.
consent-guardians = Ouders van dit kind:
field-given_on = Gegeven op
consent-in-future = Die datum ligt nog in de toekomst. Noteer de dag waarop de toestemming gegeven is.
consent-record = Toestemming noteren
consent-withdraw = Toestemming intrekken
consent-withdraw-hint = De filmpjes van dit kind worden dan meteen gewist.
consent-history = Eerdere toestemmingen

# Adjusting the instruments
settings-school-title = Instrumenten van de school
settings-school-intro = Kies welke onderdelen het spinnenweb heeft, welke zinnen de smileys vragen en welke vakken het gesprekskader heeft. Elke klas begint met deze keuze; de leerkracht kan het spinnenweb en de smileys voor de eigen klas aanpassen.
settings-class-title = Instrumenten van klas { $class }
settings-class-intro = Kies voor je eigen klas welke onderdelen het spinnenweb heeft en welke zinnen de smileys vragen. Wat al ingevuld is, blijft bewaard.
settings-spider_web = Onderdelen van het spinnenweb
settings-smileys = Zinnen bij de smileys
settings-between = Kies er minstens { $min } en hoogstens { $max }.
settings-pick = Kies uit de lijst
settings-own = Eigen onderdelen, één per regel
settings-own-hint = Kort en in kindertaal, bijvoorbeeld „Luisteren naar anderen”.
settings-own-hint-smileys = Schrijf elke zin zo dat een blij gezichtje goed nieuws is, bijvoorbeeld „Ik kan het werk in de klas goed aan” (niet „Het werk is niet te moeilijk”).
settings-follows-school = Volgt de keuze van de school
settings-own-choice = Eigen keuze voor deze klas
settings-back-to-school = Terug naar de keuze van de school
settings-too-few = { $count ->
    [one] Kies minstens 1 onderdeel.
   *[other] Kies minstens { $count } onderdelen.
}
settings-too-many = { $count ->
    [one] Kies hoogstens 1 onderdeel.
   *[other] Kies hoogstens { $count } onderdelen: met meer wordt het te druk voor een kind.
}
settings-too-long = Hou elk eigen onderdeel onder de { $count } tekens.
settings-grid = Het interesse-talentenraster
settings-grid-hint = Geef de vier vakken eventueel een eigen naam (hoogstens 24 tekens) en een lichte kleur, zoals #cfe6b0. De tekst op het vak moet goed leesbaar blijven.
settings-quadrant = Vak
settings-quadrant-name = Eigen naam
settings-quadrant-colour = Kleur
settings-name-of = Eigen naam voor „{ $quadrant }”
settings-colour-of = Kleur van „{ $quadrant }”
settings-colour-wrong = Schrijf de kleur als # en zes tekens, bijvoorbeeld #cfe6b0.
settings-colour-dark = Die kleur is te donker: de tekst erop is dan moeilijk te lezen. Kies een lichtere kleur.
settings-link = Instrumenten aanpassen
spider-now = Nu
spider-before = Vorige keer ({ $round })
spider-axis = Onderdeel

# Swapping two talks
talk-swap-with = Ruilen met
talk-swap = Ruilen
talk-drag-hint = Sleep een gesprek op een ander gesprek om de twee kinderen van plaats te laten wisselen. Zonder muis: kies bij een gesprek met wie het ruilt.

# The period's report in the child talk
report-heading = Het rapport van deze periode
report-intro-teacher = Schrijf kort wat je ziet, niet alleen bij de schoolvakken. Het kind leest het mee op de tablet en de ouders krijgen het ook te zien. Een vak mag leeg blijven.
report-intro-child = Dit schreef je juf of meester over de voorbije weken.
report-none-child = Je juf of meester heeft hier nog niets geschreven.
report-area-learning = Leren en werken
report-area-together = Samen met anderen
report-area-wellbeing = Hoe het kind zich voelt
report-area-talents = Talenten en interesses
report-area-subjects = De schoolvakken
report-file = Of voeg het rapport toe als bestand
report-replace-file = Een ander bestand kiezen
report-file-hint = Een pdf of een foto van het rapport, hoogstens { $mb } MB.
report-attach = Rapport toevoegen
report-open-file = Het rapport bekijken
report-remove-file = Bestand weghalen
report-too-large = Dat bestand is te groot. Kies een kleinere pdf of foto.
report-wrong-kind = Dat bestand kunnen we niet bewaren. Kies een pdf of een foto.
report-missing = Kies eerst een bestand.

# The school's video limits
error-out-of-range = Vul een getal in binnen de grenzen die erbij staan.
school-videos = Filmpjes van kinderen
school-videos-intro = Hoe lang en hoe groot een filmpje mag zijn, en hoe lang we het bewaren. Daarna wordt het vanzelf gewist.
field-video_minutes = Maximale duur (minuten)
school-video-minutes-hint = Van 1 tot 10 minuten. De opname stopt vanzelf.
field-video_megabytes = Maximale grootte (MB)
school-video-megabytes-hint = Van 10 tot 500 MB. Een filmpje van 2 minuten op een tablet is ongeveer 20 tot 60 MB.
field-video_keep = Bewaren tot
school-video-keep-year = het einde van het schooljaar
school-video-keep-days = een aantal dagen na de KOM-gesprekken
field-video_keep_days = Aantal dagen (1 tot 730)

# What a child talk holds, on the round page
contents-questions = { $count ->
    [one] 1 vraag
   *[other] { $count } vragen
}
contents-thermometer = thermometer
contents-spider_web = spinnenweb
contents-smileys = smileys
contents-grid = raster
contents-video = filmpje
contents-portfolio = { $count ->
    [one] 1 in portfolio
   *[other] { $count } in portfolio
}
contents-report = rapport
contents-notes = { $count ->
    [one] 1 notitie
   *[other] { $count } notities
}

settings-domains = Studiedomeinen van het raster

# Photos on the learning wall
wall-photo-hint = Een foto bij een punt mag: liefst van het werk, het bord of de uitstap, niet van kinderen zonder toestemming.
wall-photo-add = Foto toevoegen
wall-photo-save = Bewaren
wall-photo-remove = Foto weghalen
wall-photo-of = Foto bij „{ $item }”
wall-photo-too-large = Die foto is te groot: hoogstens 20 MB.
wall-photo-wrong-kind = Dat is geen foto. Kies een foto of prent (jpg, png, gif of webp).
wall-photo-missing = Kies eerst een foto.
wall-photo-choose = Kies een foto

# The parent portal and the invitation
field-invitation_code = Code uit de brief
family-landing-title = Welkom bij Samenspraak
family-landing-intro = Je kreeg deze link van de school van je kind. Tik op de knop om verder te gaan.
family-landing-go = Verder naar de gesprekken
family-landing-why = Waarom deze knop? Sommige mailprogramma's openen links vanzelf. Pas als jij tikt, openen we je pagina.
family-not-valid-title = Deze uitnodiging werkt niet
family-not-valid = Deze link of code werkt niet, of niet meer. Misschien maakte de school al een nieuwe. Vraag een nieuwe uitnodiging aan de school of aan de leerkracht.
family-locked = { $count ->
    [one] Je probeerde het te vaak na elkaar. Probeer opnieuw over 1 minuut.
   *[other] Je probeerde het te vaak na elkaar. Probeer opnieuw over { $count } minuten.
}
family-try-code = Een code typen
family-code-title = De code uit de brief
family-code-intro = Staat er een code in de brief van de school? Typ de code hieronder. Hoofdletters en spaties maken niet uit.
family-code-hint = Tien tekens, bijvoorbeeld K7MQ 2P9X HT.
family-code-go = Verder
family-code-missing = Typ de code uit de brief.
family-code-wrong = We kennen die code niet. Kijk de code nog eens na in de brief. Of vraag een nieuwe code aan de school.
family-bye = Je bent afgemeld. Wil je terugkomen? Gebruik de link of de code uit de brief.
family-title = De gesprekken over je kind
family-greeting = Dag { $name }
family-intro = Hier zie je wat de school van je vraagt, en wanneer.
family-no-children = We vinden geen kinderen bij jouw naam. Vraag het aan de school.
family-class = klas { $class }
family-no-round = Er staan nu geen gesprekken gepland.
family-step-prepare = Thuis voorbereiden, samen met je kind
family-step-book = Een moment kiezen voor het gesprek
family-step-conference = Het KOM-gesprek op school
family-until = tot { $date }
family-between = van { $from } tot { $until }
family-between-days = van { $from } tot { $until }
family-now-prepare = Praat thuis met { $child } over school: wat gaat goed, wat is moeilijk, wat wil je bespreken?
family-days-left = { $count ->
    [one] Nog 1 dag.
   *[other] Nog { $count } dagen.
}
family-now-book = Kies nu een moment voor het gesprek. Dat kan tot { $date }.
family-now-wait = Vanaf { $date } kan je een moment kiezen voor het gesprek.
family-now-conference = Deze dagen is het KOM-gesprek over { $child }. Tot dan!
family-now-done = De gesprekken zijn voorbij. Bedankt!
family-now-booked = Het gesprek over { $child } staat vast. Tot dan!
family-status-sent = Je hebt je vragenlijst verstuurd op { $date }. Bedankt!
family-status-draft = We hebben je vragenlijst bewaard. Maar je hebt ze nog niet verstuurd. Verstuur de vragenlijst hier.
family-status-summary = Er is een verslag van het gesprek. Lees het hier.
family-status-agreements = { $count ->
    [one] Er is nog 1 afspraak bezig.
   *[other] Er zijn nog { $count } afspraken bezig.
}
family-done = Afmelden
read-aloud = Lees voor
read-aloud-stop = Stop met voorlezen
family-words-title = Wat betekenen deze woorden?
family-word-kom = KOM-gesprek: een gesprek van het Kind, de Ouders en de Mentor (de leerkracht) samen. Je kind praat zelf mee.
family-word-secundair = Secundair onderwijs: de school na de lagere school, vanaf 12 jaar.
family-word-clb = CLB: het centrum voor leerlingenbegeleiding. Het helpt gratis bij leren, gezondheid en de keuze van een school.
family-word-baso = BaSO-fiche: een blad dat de lagere school meegeeft aan de secundaire school, met wat je kind nodig heeft.
family-word-stroom = A-stroom en B-stroom: twee wegen in het eerste jaar secundair. De A-stroom is voor kinderen met het getuigschrift (het diploma) van de lagere school. De B-stroom is voor kinderen zonder dat getuigschrift. Zij krijgen meer tijd en hulp.

# Inviting the guardians
invite-link = Ouders uitnodigen
invite-title = Ouders uitnodigen voor { $round } — klas { $class }
invite-intro = Elke ouder krijgt een eigen uitnodiging in de eigen taal: een brief met een QR-code en een code om te typen. Ouders zonder recht op informatie krijgen er geen.
invite-print-all = Alle brieven afdrukken
invite-print-warning = Afdrukken maakt nieuwe codes en links. De brieven die je eerder afdrukte, werken dan niet meer, ook niet voor ouders die hun brief al gebruikten (wie al aangemeld is, blijft aangemeld). Gemailde links blijven werken. Druk dus pas af als je de brieven meegeeft.
invite-opened-count = { $count ->
    [one] 1 van de { $total } ouders opende de uitnodiging.
   *[other] { $count } van de { $total } ouders openden de uitnodiging.
}
invite-none = Er zijn nog geen ouders met recht op informatie in deze klas.
invite-guardian = Ouder
invite-children = Kinderen
invite-language = Taal
invite-letter = Brief
invite-not-yet = Nog niet uitgenodigd
invite-revoked = Ingetrokken
invite-opened = Geopend op { $date }
invite-made = Brief gemaakt op { $date }
invite-print-one = Nieuwe brief
invite-revoke = Intrekken
invite-back-to-round = Terug naar de ronde
invite-letters-title = Uitnodigingen voor klas { $class }
invite-letters-hint = Druk deze pagina af: één brief per blad, klaar voor de boekentassen. Elke brief staat in de taal van de ouder.
invite-back = Terug naar de uitnodigingen
letter-greeting = Beste { $name },
letter-intro = Binnenkort praten we op school over { $children }. Dat doen we samen met { $children }, met jou en met de leerkracht. Zo'n gesprek heet een KOM-gesprek: Kind, Ouders, Mentor. We kijken hoe het gaat op school en wat de volgende stap is. Je kind praat zelf mee.
letter-asked = Wat vragen we van jou?
letter-prepare = Praat thuis met { $children } over school, tot { $date }.
letter-book = Kies een moment voor het gesprek, { $when }.
letter-conference = Het gesprek zelf is { $when }.
letter-how = Zo kom je bij de gesprekken
letter-qr = QR-code naar je uitnodiging
letter-scan = Scan de QR-code met de camera van je telefoon.
letter-type = Of surf naar { $url } en typ deze code:
letter-personal = Deze brief is persoonlijk. Met de code kan je de gegevens van je kind zien. Geef de code aan niemand anders.
letter-language = Liever een andere taal? Op de website kies je uit: { $languages }.
letter-bye = Tot binnenkort,

# The invitation by mail
mail-subject = Uitnodiging voor het KOM-gesprek over { $children }
mail-open = Open je uitnodiging met deze link:
mail-button = Open je uitnodiging
invite-email = E-mail
invite-email-all = Uitnodiging mailen naar alle ouders met een e-mailadres
invite-email-one = Opnieuw mailen
invite-email-none = Geen e-mailadres
invite-email-not-yet = Nog niet gemaild
invite-email-waiting = Wacht op verzending
invite-email-sent = Verstuurd op { $date }
invite-email-failed = Niet verstuurd: { $reason }
invite-email-invitation-gone = Niet verstuurd: de uitnodiging was intussen vervangen of verlopen.
invite-email-note = Mails vertrekken niet 's avonds en 's nachts (tussen { $from } en { $until } uur); ze wachten dan tot de ochtend.
invite-email-no-server = Er is geen mailserver ingesteld: de mails wachten tot de school er een instelt.

# The school's quiet hours for mail
school-mail = Mails naar ouders
school-mail-intro = 's Avonds en 's nachts vertrekken er geen mails: ze wachten tot de stille uren voorbij zijn.
field-quiet_from = Geen mails vanaf (uur)
field-quiet_until = tot (uur)
school-quiet-hint = Een uur van 0 tot 23, bijvoorbeeld 20 tot 7. Twee keer hetzelfde uur: mails mogen altijd vertrekken.

# The parents' questionnaire
q-title = Vragenlijst over { $child }
q-intro = Vul deze vragen samen met { $child } in. Niets is verplicht. Wat je invult, bewaren we meteen. Je kan alles aanpassen tot { $date }. Daarna leest de leerkracht je antwoorden.
q-closed = De tijd voor de vragenlijst is voorbij. We hebben je antwoorden bewaard. Je kan er gerust over praten in het gesprek.
q-submitted = Bedankt! De leerkracht heeft je antwoorden gekregen. Je kan ze nog aanpassen tot de vragenlijst sluit.
q-problems = Er klopt iets niet bij een antwoord. Kijk de rode vraag na. Er is niets verloren.
q-saved = Bewaard.
q-save-draft = Bewaren
q-submit = Versturen naar de leerkracht
q-back = Terug naar het overzicht
q-tells = Wat vertelt { $child } thuis over school?
q-likes_school = Hoe graag gaat { $child } naar school, denk je?
q-does_well = Wat zie je { $child } thuis goed doen?
q-spider = Hoe goed lukt dit volgens jou? 1 is nog moeilijk, 5 lukt heel goed.
q-topics = Waarover wil je zeker praten?
q-topics-friends = vriendjes en de klas
q-topics-learning = leren en de resultaten
q-topics-homework = huiswerk en plannen
q-topics-feelings = hoe { $child } zich voelt
q-topics-behaviour = gedrag op school of thuis
q-topics-next_year = volgend schooljaar
q-discuss = Wil je nog iets anders bespreken?
q-help = Hoe kan je thuis helpen, en wat heb je daarvoor nodig van de school?
q-expect = Wat verwachten jullie van het secundair onderwijs?
q-direction = Aan welke richting denken jullie nu?
q-direction-stem = techniek, wetenschappen, wiskunde (STEM)
q-direction-language_culture = taal en cultuur
q-direction-economics_organisation = economie en organisatie
q-direction-society_welfare = maatschappij en welzijn
q-direction-arts_creation = kunst en creatie
q-direction-sport = sport
q-direction-food_hospitality = voeding en horeca
q-direction-agriculture_nature = land- en tuinbouw, natuur
q-direction-not_sure = we weten het nog niet
q-schools = Welke scholen willen jullie gaan bekijken?
q-info = Welke informatie hebben jullie nog nodig?
q-info-open_days = wanneer de infodagen en opendeurdagen zijn
q-info-school_visits = hoe je een school bezoekt of contacteert
q-info-choice_help = hulp bij het kiezen (bijvoorbeeld van het CLB)
q-info-support_needs = wat als { $child } extra hulp nodig heeft
q-info-costs = wat een school kost
q-info_language = In welke taal krijg je die informatie het liefst?
q-info_language-nl = Nederlands
q-info_language-fr = Frans
q-info_language-en = Engels
q-info_language-ar = Arabisch
q-info_language-tr = Turks
q-info_language-pl = Pools
q-info_language-ro = Roemeens
q-info_language-bg = Bulgaars
q-info_language-uk = Oekraïens
q-info_language-other = een andere taal
family-q-fill = Vragenlijst invullen
family-q-edit = Vragenlijst bekijken of aanpassen
q-teacher-heading = Wat de ouders voorbereidden
q-teacher-none = Nog geen antwoorden van de ouders.
q-progress-not_opened = niet geopend
q-progress-opened = geopend
q-progress-draft = klad
q-progress-submitted = verstuurd
invite-questionnaire = Vragenlijst
q-set-label = Vragenlijst voor de ouders
q-set-home = Thuis voorbereiden
q-set-study_choice = De keuze voor het secundair (6de leerjaar)
spider-parent = Zo ziet { $name } het
spider-teacher = Zo ziet de juf of meester het

# Reminders for the questionnaire
reminder-send = Herinnering mailen aan wie de vragenlijst nog niet verstuurde
reminder-subject = Herinnering: de vragenlijst over { $children }
reminder-text = We kregen je antwoorden op de vragenlijst over { $children } nog niet. Je kan de vragenlijst invullen tot { $date }. Niets is verplicht. Een paar zinnen helpen al veel voor het gesprek.
reminder-call = Nog te bellen
reminder-call-hint = Deze ouders hebben geen e-mailadres en verstuurden de vragenlijst nog niet.
reminder-phone = Telefoon
invite-pdf-all = Alle brieven als pdf
q-feels = Hoe goed voelt { $child } zich deze weken, denk je? 0 is heel slecht, 10 is super.
q-set-own = Alleen mijn eigen vragen
q-own-label = Eigen vragen, na de lijst
q-own-hint = Eén vraag per regel; de ouders antwoorden er vrij op. Bij „Alleen mijn eigen vragen” zijn dit de enige vragen.

# Booking the conversation
booking-title = Een moment kiezen voor het gesprek over { $child }
booking-slot = { $date }, { $from }–{ $until }
booking-yours = Het gesprek over { $child }
booking-room = In { $room }.
booking-room-class = In klas { $class }.
booking-cancel = Dit moment annuleren
booking-cancel-sure = Ben je zeker? Dan komt het moment vrij voor een ander gezin.
booking-cancel-yes = Ja, annuleer dit moment
booking-choose = Kies een moment
booking-change = Liever een ander moment? Kies er een:
booking-none-free = Er is geen vrij moment meer. Zet je op de wachtlijst. Of vraag een ander moment aan de leerkracht.
booking-none-other = Er is geen ander moment vrij.
booking-not-yet = Je kan een moment kiezen vanaf { $date }. Tot dan!
booking-closed = Je kan geen moment meer kiezen. Wil je toch iets veranderen? Vraag het aan de leerkracht.
booking-no-slots = De leerkracht heeft nog geen momenten klaargezet.
booking-done = Gelukt! Je ziet je moment hieronder.
booking-cancelled = Het moment is geannuleerd.
booking-taken = Iemand anders koos net dat moment. Deze momenten liggen er het dichtst bij:
booking-all-free = Alle vrije momenten tonen
booking-wait-still-free = Er is nog een moment vrij voor je kind. Kies dat moment hieronder. De wachtlijst is voor als alles vol is.
booking-too-late = Je kan dat moment niet meer veranderen, want het is al heel dichtbij. Vraag het aan de leerkracht.
booking-sibling-booked = Het gesprek over { $child } is { $when }.
booking-sibling-clash = tegelijk met het gesprek over { $child }
booking-sibling-next = Meteen voor of na het gesprek over { $child }
booking-sibling-refused = Dat moment is tegelijk met het gesprek over { $child }. Kies een moment net ervoor of erna. Dan kan je bij allebei de gesprekken zijn.
booking-head-start = Je hebt meer dan één kind in deze gesprekken. Daarom mag je { $minutes } minuten vroeger kiezen dan de anderen: vanaf { $date }. Zo vind je nog momenten na elkaar.
booking-facts-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
booking-facts-video = ook via video
booking-calendar = In mijn agenda zetten
slots-link = Gespreksmomenten
slots-title = Gespreksmomenten van klas { $class } — { $round }
slots-intro = Zet de momenten klaar waarop ouders een gesprek kunnen kiezen. Ouders zien alleen of een moment vrij is, nooit wie het nam.
slots-count = { $booked } van de { $total } momenten zijn geboekt.
slots-time = Uur
slots-who = Geboekt voor
slots-free = vrij
slots-add = Een gespreksdag toevoegen
slots-minutes-hint = Van 5 tot 90 minuten.
slots-gap-hint = Minuten tussen twee gesprekken, van 0 tot 60.
slots-room-hint = Bijvoorbeeld „klas 6A” of „de bib”.
field-from = Van
field-until = Tot
field-minutes = Minuten per gesprek
field-gap = Pauze tussen gesprekken
field-room = Lokaal
family-book = Een moment kiezen
family-book-change = Het moment bekijken of veranderen
slots-print = Dagplanning afdrukken
slots-print-hint = Druk deze pagina af: per dag wie er komt, met de taal van de ouders en het lokaal.
slots-back = Terug naar de gespreksmomenten
slots-book = Boeken
slots-book-for = Boeken voor
booking-mail-subject = Bevestiging: het KOM-gesprek over { $child }, { $when }
booking-mail-text = Het KOM-gesprek over { $child } staat vast: { $when }. In de bijlage zit het moment voor je agenda.
booking-mail-change = Wil je iets veranderen? Dat kan tot de dag voor het gesprek, op { $url }.
booking-mail-event = KOM-gesprek over { $child }
cancel-mail-subject = Geannuleerd: het KOM-gesprek over { $child }, { $when }
cancel-mail-text = Het KOM-gesprek over { $child } op { $when } is geannuleerd. Open de bijlage: dan verdwijnt het gesprek ook uit je agenda.
cancel-mail-again = Je kan een nieuw moment kiezen op { $url }.

# The waiting list
wait-join = Zet ons op de wachtlijst
wait-joined = Je staat op de wachtlijst. Komt er een moment vrij? Dan krijg je een mail. Je ziet het moment dan ook hier.
wait-heading = Op de wachtlijst
wait-place = Je staat op plaats { $position } van de wachtlijst. Komt er een moment vrij? Dan houden we het eerst voor jou vast.
wait-leave = Van de wachtlijst gaan
wait-left = Je staat niet meer op de wachtlijst.
wait-offer-heading = Er is een moment vrijgekomen voor jou
wait-offer-until = We houden het voor je vast tot { $until }. Daarna gaat het naar het volgende gezin op de wachtlijst.
wait-offer-take = Dit moment nemen
wait-offer-decline = Nee, bedankt
wait-mail-subject = Er is een moment vrij voor het KOM-gesprek over { $child }: { $when }
wait-mail-text = Je stond op de wachtlijst voor het KOM-gesprek over { $child }. Dit moment is vrijgekomen: { $when }. We houden het voor je vast tot { $until }.
wait-mail-link = Ga naar { $url }. Daar kies je of je het moment neemt.
wait-state = op de wachtlijst
booking-state-none = nog geen moment
slots-waiting-child = { $child } (wachtlijst)

# The reminder the day before
reminder-mail-subject = Morgen: het KOM-gesprek over { $child }, { $when }
reminder-mail-text = Tot morgen! Het KOM-gesprek over { $child } is { $when }. In de bijlage zit het moment nog eens voor je agenda.
reminder-mail-change = Kan je toch niet komen? Laat het zo snel mogelijk weten aan de leerkracht. Alles over het gesprek staat op { $url }.

# A teacher's calendar feed
calendar-title = Mijn gesprekken in mijn agenda
calendar-intro = Met een agenda-link zie je al je geboekte KOM-gesprekken in je eigen agenda (Outlook, Google Agenda, Apple Agenda). Nieuwe boekingen en wijzigingen komen er vanzelf bij.
calendar-privacy = In de agenda staan alleen de voornaam en de eerste letter van de familienaam van het kind, de klas, het uur en het lokaal. Deel de link met niemand: wie hem heeft, ziet die gesprekken.
calendar-make = Maak mijn agenda-link
calendar-renew = Maak een nieuwe link (de oude werkt dan niet meer)
calendar-stop = Agenda-link stoppen
calendar-active = Je agenda-link werkt sinds { $date }.
calendar-address = Je agenda-link
calendar-address-label = Kopieer deze link en voeg hem in je agenda toe als „agenda van internet” of „abonnement”:
calendar-address-once = Je ziet de link maar één keer. Kwijt? Maak gewoon een nieuwe.
calendar-event = KOM-gesprek: { $child } ({ $class })
calendar-feed-name = KOM-gesprekken
slots-calendar = Mijn gesprekken in mijn agenda
guardian-interpreter = Heeft een tolk nodig bij gesprekken
slots-interpreter = Tolk
schedule-nav = Afdrukken
schedule-day = Dagplanning
schedule-door = Deurlijst
schedule-mine = Mijn dagplanning voor al mijn klassen
schedule-slips = Briefjes voor de gezinnen
schedule-empty = Er is nog niets geboekt.
schedule-pdf-empty = Er zijn (nog) geen geboekte gespreksmomenten. Zet eerst momenten klaar en laat de ouders kiezen; dan staat hier wie wanneer komt.
schedule-file = dagplanning
door-file = deurlijst
door-heading = KOM-gesprekken vandaag
slip-with = Met { $teacher }.
slip-change = Lukt het toch niet? Verander het moment op { $url }. Dat kan tot de dag voor het gesprek. Of laat het de school weten.

# The school proposes a time
proposal-mail-subject = Voorstel: het KOM-gesprek over { $child }, { $when }
proposal-mail-text = Voor het KOM-gesprek over { $child } stelt de school dit moment voor: { $when }. Past het? Bevestig het dan op de website. Past het niet? Kies daar dan een ander moment.
proposal-state = voorstel { $when }
proposal-done = { $booked } voorgesteld en gemaild. { $unplaced } geen passend moment: boek die zelf op de pagina met gespreksmomenten. Broers of zussen die niet na elkaar konden: { $apart }.
mode-heading = Hoe krijgen de gezinnen een moment?
mode-choose = De gezinnen kiezen zelf een moment (het inschrijven opent voor iedereen tegelijk).
mode-propose = De school stelt een moment voor: de gezinnen zeggen eerst wanneer het past.
mode-answered = { $count ->
    [0] Nog geen enkel gezin heeft gezegd wanneer het past.
    [one] Voor 1 kind hebben de ouders gezegd wanneer het past.
   *[other] Voor { $count } kinderen hebben de ouders gezegd wanneer het past.
}
mode-propose-now = Stel nu een moment voor
mode-propose-hint = Broers en zussen komen na elkaar, ook in andere klassen, met tijd om van lokaal te wisselen. Kinderen die al een moment hebben, blijven waar ze zijn.
when-heading = Wanneer past het voor jullie?
when-intro = Vink aan wanneer jullie kunnen komen. Hoe meer, hoe liever. Daarna stelt de school een moment voor. De gesprekken van broers en zussen plannen we na elkaar.
when-afternoon = { $date }, namiddag (tot 17 uur)
when-evening = { $date }, avond (vanaf 17 uur)
when-send = Doorgeven
when-thanks = Bedankt! De school stelt binnenkort een moment voor. Je krijgt dan een mail. Je ziet het moment ook hier.
proposal-yours = De school stelt dit moment voor:
proposal-confirm = Dit moment past
proposal-confirmed = Bevestigd. Tot dan!
slots-seat = { $child } (apart gesprek: { $guardians })
slots-apart-heading = Ouders die apart wonen
slots-apart-hint = Standaard komen beide ouders samen naar één gesprek. Vragen ze elk een eigen gesprek, sta het dan hier toe: elke ouder kiest dan zelf een moment.
slots-apart-on = { $child }: elke ouder een eigen gesprek
slots-apart-allow = Elk een eigen gesprek toestaan
slots-apart-undo = Weer één gesprek samen
head-start-label = Voorsprong voor gezinnen met meerdere kinderen
head-start-hint = Zij mogen zoveel vroeger kiezen, zodat ze nog momenten na elkaar vinden.
siblings-parallel-label = Broers en zussen mogen tegelijk (twee ouders komen, elk naar een gesprek)
siblings-parallel-hint = Staat dit uit, dan kan een gezin geen twee gesprekken op hetzelfde moment kiezen; momenten vlak voor of na het gesprek van een broer of zus staan dan bovenaan.
head-start-0 = geen voorsprong
head-start-30 = een halfuur vroeger
head-start-60 = een uur vroeger
head-start-120 = twee uur vroeger
head-start-1440 = een dag vroeger
booking-also = Ook bij het gesprek: { $who }.
booking-video = Kan je niet komen? Doe mee via video:
error-url = Dit is geen geldige link. Een link begint met https://, bijvoorbeeld https://meet.jit.si/kom-6a.
field-also_present = Ook aan tafel (niet verplicht)
slots-also-hint = Bijvoorbeeld „zorgcoördinator Els Peeters”. De ouders zien het bij hun moment.
field-video_link = Link voor een videogesprek (niet verplicht)
slots-video-hint = Voor gezinnen die niet kunnen komen. Ze zien de link bij hun moment en in de bevestiging.
field-reserved_for = Voorbehouden voor (niet verplicht)
slots-reserved-hint = Voor een langer gesprek: zet een dag met langere momenten klaar en hou ze voor één kind. Andere gezinnen zien ze niet.
slots-reserved-nobody = Voor iedereen
slots-reserved = voorbehouden voor { $child }
days-title = Gespreksdagen voor { $round }
days-intro = Zet in één keer dezelfde gespreksmomenten klaar voor meerdere klassen. Elke klas krijgt haar eigen momenten, in haar eigen lokaal.
days-room = klas { $class }
days-room-hint = Leeg laten: elke klas in haar eigen klaslokaal („klas 6A”).
days-add = Gespreksdag toevoegen
days-back = Terug naar de ronde
days-added = { $slots } klaargezet in { $classes }.
round-days-link = Gespreksdagen voor meerdere klassen

# The conversation frame and its agreements
frame-going_well = Wat gaat goed, waar ben ik trots op?
frame-going_well-hint = Wat het kind zelf vertelt, met de eigen woorden.
frame-hard = Wat is moeilijk, waar wil ik aan werken?
frame-hard-hint = Eén of twee dingen, niet meer.
frame-feeling = Hoe voel ik me op school?
frame-feeling-hint = In de klas, op de speelplaats, bij vrienden.
frame-interests = Interesses en talenten
frame-interests-hint = Wat het kind graag doet en goed kan, ook buiten school.
frame-at_home = Wat de ouders thuis zien
frame-at_home-hint = Hoe het thuis gaat met huiswerk, vrije tijd en slaap.
frame-teacher_message = De boodschap van de leerkracht
frame-teacher_message-hint = Wat je zeker wilde zeggen.
frame-study_choice = De keuze voor het secundair
frame-study_choice-hint = Richtingen en scholen die het gezin overweegt, infodagen, wat het gezin nog wil weten.
frame-next_conversation = Volgend gesprek
frame-next_conversation-hint = Wanneer en waarover jullie elkaar weer spreken.
frame-title = Gesprekskader: { $child }
frame-intro = Vul in tijdens of na het KOM-gesprek. Geen enkel vak is verplicht; lege vakken ziet niemand. De ouders lezen dit in het portaal: schrijf hier niets vertrouwelijks.
frame-save = Gesprekskader bewaren
frame-saved = Bewaard.
frame-back = Terug naar de ronde
frame-link = Gesprekskader
agreements-heading = Afspraken
agreements-none = Nog geen afspraken.
agreement-new = Een afspraak toevoegen
agreement-add = Afspraak toevoegen
agreement-what-hint = Kort en concreet, bijvoorbeeld „Elke avond tien minuten lezen”.
agreement-by-hint = Niet verplicht.
agreement-by = tegen { $date }
agreement-status = Stand
agreement-note = Opmerking
agreement-open = bezig
agreement-done = gedaan
agreement-dropped = gestopt
field-what = Wat
field-who = Wie
field-by = Tegen wanneer
who-child = het kind
who-parents = de ouders
who-teacher = de leerkracht
who-school = de school
who-care_coordinator = de zorgcoördinator
conversation-title = Het KOM-gesprek over { $child }
conversation-nothing = Er staat nog niets in het verslag van het gesprek.
family-conversation = Wat we afspraken
frame-state = { $boxes } · { $agreements }
earlier-agreements = Afspraken van het vorige KOM-gesprek
earlier-agreements-child = Wat we de vorige keer afspraken. Hoe ging het?
earlier-agreements-hint = Vraag het kind hoe het ging; noteer de stand in het gesprekskader van die ronde.
open-agreements-link = Lopende afspraken
open-agreements-title = Lopende afspraken van klas { $class }
open-agreements-intro = Alle afspraken uit KOM-gesprekken die nog lopen. Wat over datum is, staat bovenaan.
open-agreements-none = Geen lopende afspraken.
open-agreements-late = over datum
open-agreements-back = Terug naar de klas
conversation-mark-read = Ik heb het gelezen
conversation-read-on = Je hebt dit gelezen op { $date }. Dank je!
frame-read-nobody = Nog geen ouder heeft het verslag als gelezen aangeduid.
frame-read-by = Gelezen door { $who }.
study-link = Studiekeuze: links voor ouders
study-title = Studiekeuze: links voor ouders
study-intro = Een korte lijst die de gezinnen van het zesde leerjaar in het portaal vinden: Onderwijskiezer, het CLB, de infobrochure van de school, de aanmeldperiode in de regio.
study-none = Nog geen links.
study-add = Een link toevoegen
study-title-hint = Zoals de ouders hem lezen, bijvoorbeeld „Onderwijskiezer: alle richtingen in het secundair”.
study-url-hint = Begint met https://.
field-resource_title = Titel
field-url = Link
family-study = Kiezen voor het secundair

# The teacher's preparation of the KOM conversation
prep-title = Voorbereiding: { $child }
prep-intro = Alles wat er al is over dit kind, naast je voorbereiding van het KOM-gesprek. Niets op deze pagina komt bij de ouders of op het gespreksscherm.
prep-staff-only = Alleen voor het schoolteam
prep-form-heading = Mijn voorbereiding
prep-focus = Focus van het gesprek
prep-focus-hint = Waar draait het gesprek vooral om?
prep-message = Mijn boodschap
prep-message-hint = Wat je zeker wil zeggen.
prep-ask_child = Vragen aan het kind
prep-ask_child-hint = Eén vraag per regel.
prep-ask_parents = Vragen aan de ouders
prep-ask_parents-hint = Eén vraag per regel.
prep-confidential = Vertrouwelijke notities
prep-confidential-hint = Voor jezelf en het schoolteam. Komt nooit in het verslag of op het gespreksscherm.
prep-web = Hoe ik het kind zie
prep-web-hint = Niet verplicht. Op het gespreksscherm ligt jouw kijk naast het spinnenweb van het kind.
prep-web-score = Mijn score (1–5)
prep-save = Voorbereiding bewaren
prep-saved = Bewaard.
prep-nothing = Nog geen voorbereiding geschreven.
prep-see-more = … (zie verder in Samenspraak)
prep-print = Voorbereiding afdrukken
prep-print-hint = Eén blad per kind. Druk af met de afdrukknop van de browser.
prep-print-title = Voorbereidingen { $class } · { $round }
prep-print-all = Voorbereidingen, in gespreksvolgorde
prep-back-short = Terug
prep-booked = Gesprek: { $when }
prep-not-booked = Nog geen gesprek geboekt.
prep-talk = Het kindgesprek
prep-talk-on = Gehouden op { $date }.
prep-talk-none = Het kindgesprek is nog niet gehouden.
prep-no-answer = geen antwoord genoteerd
prep-proud = Trots op
prep-hard = Vindt moeilijk
prep-portfolio = { $count ->
    [one] Eén stuk in het portfolio.
   *[other] { $count } stukken in het portfolio.
}
prep-video = Het kind nam een filmpje op.
prep-earlier = Afspraken van vorige gesprekken
prep-earlier-none = Geen afspraken van vorige gesprekken.
prep-notes = Notities bij het kindgesprek
prep-back = Terug naar de ronde
prep-link = Voorbereiding
prep-to-frame = Gesprekskader
prep-to-conversation = Gespreksscherm openen
prep-empty-day = Nog geen geboekte gesprekken.
field-focus = Focus van het gesprek
field-message = Mijn boodschap
field-ask_child = Vragen aan het kind
field-ask_parents = Vragen aan de ouders
field-confidential = Vertrouwelijke notities
field-web = Hoe ik het kind zie

# The conversation screen, led by the child, and the teacher's panel
screen-title = Het KOM-gesprek van { $name }
screen-steps = Stappen van het gesprek
screen-count = Stap { $step } van { $total }
screen-welcome = Welkom!
screen-welcome-lead = { $name } leidt vandaag het gesprek. Dit zijn de stappen:
screen-proud = Hier ben ik trots op
screen-hard = Dit vind ik moeilijk
screen-questions = Vragen uit de vragenpot
screen-portfolio = Dit wil ik jullie tonen
panel-child-says = Volgens het kind: { $says }
screen-feeling = Zo voel ik me op school
screen-video = Mijn filmpje
screen-spider = Mijn spinnenweb
screen-grid = Wat ik graag doe en goed kan
screen-agreements = Wat spreken we af?
screen-agreements-now = Onze afspraken van vandaag
screen-agreements-none = We schrijven de afspraken samen op.
screen-thanks = Bedankt om samen te praten!
screen-next = Volgende
screen-back = Vorige
screen-to-panel = Paneel van de leerkracht
panel-title = Gesprek met { $child }
panel-intro = Dit paneel is alleen voor jou. Zet het gespreksscherm op het grote scherm of op de laptop op tafel.
panel-open-screen = Gespreksscherm openen
panel-time = Tijd
panel-left = nog { "{" }min{ "}" } minuten
panel-over = { "{" }min{ "}" } minuten over tijd
panel-starts = Begint over { "{" }when{ "}" }.
panel-done = Dit gesprek is voorbij.
panel-day = 1 dag
panel-days = { "{" }n{ "}" } dagen
panel-hour = 1 uur
panel-hours = { "{" }n{ "}" } uur
panel-minute = 1 minuut
panel-minutes = { "{" }n{ "}" } minuten
panel-and = en
panel-next = Hierna: { $next }
panel-next-at = { $child } om { $time }
panel-next-none = Daarna geen gesprek meer die dag.
panel-frame = Gesprekskader
keep-unsaved = Nog niet bewaard.
keep-saved = Bewaard om { "{" }time{ "}" }.
keep-restored = Niet-bewaarde tekst teruggezet. Bewaar hem nog.
keep-waiting = Wacht op verbinding; je tekst blijft hier staan.
keep-offline = Geen verbinding met de server. Typ gerust verder: alles blijft in deze browser bewaard en wordt verstuurd zodra de verbinding terug is.

# The family's summary of the conversation
summary-title = Verslag van het KOM-gesprek over { $child }
summary-class = Klas { $class }
summary-footer = Dit verslag is voor het gezin. De school schrijft ook andere dingen over je kind op. Die staan hier niet in.
summary-file = verslag-kom-gesprek
summary-nav = Verslag afdrukken
summary-back = Terug
summary-print-hint = Druk af met de afdrukknop van de browser, of open de PDF.
summary-pdf = Als PDF
summary-none = Er is nog geen verslag om af te drukken.
summary-mail-intro = Hier is het verslag van het KOM-gesprek: wat we samen bespraken en wat we afspraken.
summary-mail-link = Je vindt het verslag ook op de website. Daar kan je het afdrukken of als PDF openen: { $url }
summary-class-title = Verslagen { $class } · { $round }
summary-print = Verslag afdrukken
summary-send = Verslag mailen naar de ouders
summary-send-hint = Elke ouder met recht op informatie en een e-mailadres krijgt het verslag in de eigen taal.
summary-sent = Het verslag staat klaar om te mailen naar { $count ->
    [one] één ouder
   *[other] { $count } ouders
}.
summary-sent-none = Geen verslag verstuurd: er staat nog niets in, of geen enkele ouder heeft een e-mailadres.
summary-sent-on = Verslag klaargezet om te mailen op { $date }.
summary-print-all = Verslagen (per gezin, in gespreksvolgorde)
conversation-print = Afdrukken of als PDF
summary-heading = Het verslag voor de ouders
panel-frame-link = Paneel voor tijdens het gesprek
prep-state = voorbereid
follow-up-sent = verslag gemaild
follow-up-read = verslag gelezen
prep-thermometer = Thermometer
prep-thermometer-value = { $value } op 10
prep-smileys = Smileys
prep-spider = Spinnenweb
prep-grid = Talentenraster
child-says = het kind zegt: { $what }
child-says-done = gelukt
child-says-partly = een beetje
child-says-not_yet = nog niet
study-sheet-title = Op weg naar het secundair: { $child }
study-sheet-intro = Dit blad is van jou. Hier staat wat { $child } en de school samen ontdekten. Geef je het blad aan de secundaire school? Dat kies je zelf. Je kan het bijvoorbeeld samen met de BaSO-fiche geven. De school stuurt het blad nergens naartoe.
study-sheet-liked-good = Wat { $child } graag doet en goed kan
study-sheet-liked = Wat { $child } graag doet en nog wil leren
study-sheet-empty = In het verslag en bij de talenten staat nog niets over de keuze voor het secundair.
study-sheet-file = studiekeuze
study-sheet-link = Blad voor de secundaire school
study-sheet-hint = Met de keuze voor het secundair en de talenten van je kind. Geef je het blad aan de nieuwe school? Dat kies je zelf.
settings-frame = Vakken van het gesprekskader
settings-rename = Eigen naam (niet verplicht)
settings-rename-of = Eigen naam voor „{ $item }”
settings-own-hint-frame = Eén vak per regel, zoals de ouders het lezen, bijvoorbeeld „Wat de zorgcoördinator opvolgt”.
frame-other = Verder nog
frame-hidden-held-text = De school heeft dit vak intussen verborgen: { $boxes }. Wat je erin schreef, blijft bewaard, maar de ouders krijgen het niet meer te zien.
prep-print-day = Voorbereidingen van { $day }
summary-print-day = Verslagen van { $day }

## Privacy: the audit log
nav-privacy = Privacy
privacy-title = Privacy en gegevens
privacy-intro = De school is verantwoordelijk voor alles wat Samenspraak over kinderen en ouders bijhoudt. Hier zie je wie wat deed of bekeek, en kan je de gegevens van een kind opvragen of wissen.
audit-heading = Logboek
audit-intro = Elke aanmelding, boeking, uitnodiging, notitie en elk bekeken filmpje of verslag komt hier, met wie, wanneer en vanaf welk adres. Het logboek bevat nooit wachtwoorden, codes of de tekst van notities.
audit-filter = Logboek filteren
audit-person = Teamlid
audit-anyone = Iedereen
audit-child = Kind
audit-any-child = Alle kinderen
audit-kind = Wat
audit-any-kind = Alles
audit-from = Van
audit-until = Tot en met
audit-show = Toon
audit-csv = Download als CSV
audit-none = Geen regels die aan deze keuze voldoen.
audit-more = Hier staan de 200 recentste regels. Het CSV-bestand bevat ze allemaal.
audit-when = Wanneer
audit-who = Wie
audit-what = Wat
audit-round = Ronde
audit-address = Adres
audit-system = Samenspraak zelf
audit-gone = niet meer gekend
audit-child-erased = gewist kind
audit-actor-staff = personeel
audit-actor-guardian = ouder
audit-actor-child = kind
audit-kind-sign-in = aangemeld
audit-kind-sign-in-failed = aanmelden mislukt
audit-kind-sign-out = afgemeld
audit-kind-invitation-created = uitnodiging gemaakt
audit-kind-invitation-opened = uitnodiging geopend
audit-kind-invitation-revoked = uitnodiging ingetrokken
audit-kind-booking-made = gesprek geboekt
audit-kind-booking-changed = boeking gewijzigd
audit-kind-booking-cancelled = boeking geannuleerd
audit-kind-note-created = notitie geschreven
audit-kind-notes-read = vertrouwelijke notities gelezen
audit-kind-video-viewed = filmpje bekeken
audit-kind-portfolio-viewed = portfoliostuk bekeken
audit-kind-report-viewed = rapport bekeken
audit-kind-preparation-opened = voorbereiding geopend
audit-kind-summary-opened = verslag geopend
audit-kind-child-exported = gegevens van kind opgevraagd
audit-kind-child-erased = kind gewist
audit-kind-account-changed = account gewijzigd
audit-kind-classes-changed = klassen van account gewijzigd
audit-kind-account-deactivated = account uitgeschakeld
audit-kind-account-activated = account weer actief
audit-kind-settings-changed = instelling gewijzigd
audit-kind-import-confirmed = klaslijst ingelezen
audit-kind-consent-given = toestemming gegeven
audit-kind-consent-withdrawn = toestemming ingetrokken
audit-kind-retention-run = oude gegevens opgeruimd

## A child's data: export and erase
child-data-heading = Gegevens van dit kind
child-data-intro = Vragen de ouders alles wat de school over hun kind bijhoudt? Download het in één ZIP-bestand. Verlaat het kind de school, dan kan je alles wissen.
child-data-export = Alle gegevens downloaden (ZIP)
child-data-erase = Kind wissen…
erase-title = { $name } wissen
erase-intro = Wissen kan je niet ongedaan maken. Alles verdwijnt meteen, ook uit de lopende rondes.
erase-what-child = Het kind, zijn of haar kindgesprekken, notities, zelfevaluaties, portfolio, filmpjes, rapporten, boekingen, gesprekskaders en afspraken.
erase-what-guardians = { $count ->
    [0] Geen ouders: elke ouder heeft nog een ander kind op school en blijft.
    [one] Eén ouder die geen ander kind op school heeft, met de uitnodigingen en mails aan die ouder.
   *[other] { $count } ouders die geen ander kind op school hebben, met de uitnodigingen en mails aan hen.
}
erase-what-log = Het logboek houdt bij dat er een kind gewist is, zonder naam.
erase-export-first = Wil je de gegevens eerst bewaren of aan de ouders bezorgen? Download ze dan eerst.
erase-type-name = Typ de naam van het kind om te bevestigen: { $name }
erase-name-wrong = Typ de volledige naam precies zoals hier: { $name }
erase-button = Definitief wissen
erase-done = Het kind is gewist, met alles wat de school erover bijhield.
export-readme =
    Gegevens van één kind uit Samenspraak
    =====================================

    Dit bestand bevat alles wat de school in Samenspraak over dit kind bijhoudt.

    data.json      Elke rij over het kind, per tabel: het kind, de ouders,
                   de kindgesprekken, notities (visibility "staff" = enkel voor
                   het schoolteam, "family" = gedeeld met het gezin),
                   zelfevaluaties, antwoorden van de ouders per gezin, boekingen,
                   gesprekskaders, afspraken en toestemmingen. Tijdstippen zijn
                   Unix-seconden (UTC), datums staan als JJJJ-MM-DD.
    media/         Filmpjes, foto's en bestanden van het kind en rapporten.
    summaries/     Het verslag van elk KOM-gesprek, zoals het gezin het kreeg (PDF).
audit-channel-letter = per brief
audit-channel-email = per e-mail
audit-detail-confidential = { $count ->
    [one] 1 vertrouwelijke notitie
   *[other] { $count } vertrouwelijke notities
}
audit-detail-rows = { $count ->
    [one] 1 rij
   *[other] { $count } rijen
}
audit-detail-files = { $count ->
    [one] 1 bestand
   *[other] { $count } bestanden
}
audit-detail-guardians = { $count ->
    [one] 1 ouder
   *[other] { $count } ouders
}
audit-detail-classes = { $count ->
    [one] 1 klas
   *[other] { $count } klassen
}
audit-detail-videos-removed = { $count ->
    [one] 1 filmpje verwijderd
   *[other] { $count } filmpjes verwijderd
}
audit-detail-audit-entries = { $count ->
    [one] 1 logregel
   *[other] { $count } logregels
}
audit-setting-name = schoolnaam
audit-setting-year = schooljaar
audit-setting-videos = filmpjes
audit-setting-quiet-hours = stille uren voor mails

retention-title = Bewaartermijnen
retention-card = Wat Samenspraak over kinderen en ouders bijhoudt, blijft niet langer dan nodig. Kies hoe lang, en zie vooraf wat er op 1 juli gewist wordt.
retention-open = Bewaartermijnen bekijken
retention-intro = Samenspraak wist zelf wat zijn tijd gehad heeft. Gegevens uit een gespreksronde verdwijnen op 1 juli, na het aantal schooljaren dat je hier kiest. 1 schooljaar betekent: op het einde van het schooljaar van die ronde.
retention-saved = De bewaartermijnen zijn bewaard. Hieronder zie je wat ze betekenen.
field-talk_years = Kindgesprek: notities en instrumenten (schooljaren)
retention-talk-hint = Notities, antwoorden uit de vragenpot, thermometer, smileys, spinnenweb, interesse-talentenraster, sokkenmuur en rapportnotities. Van 1 tot 10.
field-family_years = KOM-gesprek: vragenlijsten en verslagen (schooljaren)
retention-family-hint = Vragenlijsten van ouders, het gesprekskader, de afspraken, je voorbereiding en de verslagen. Van 1 tot 10.
field-sent_mail_days = Verstuurde mails (dagen)
retention-mail-hint = Hoe lang een verstuurde mail in de wachtrij blijft staan. Van 7 tot 365.
field-audit_years = Logboek (jaren)
retention-audit-hint = Hoe lang het logboek bijhoudt wie wat deed of bekeek. Van 1 tot 10.
retention-left = Kinderen die de school verlieten
retention-left-hint = Een kind dat je op niet-actief zet, heeft de school verlaten. Samenspraak wist het dan later helemaal, samen met de ouders die geen ander kind op school hebben.
retention-left-years = Automatisch wissen na dit aantal jaren
retention-left-never = Niet automatisch wissen: de school wist ze zelf
field-left_years = Jaren na het vertrek
retention-videos = Filmpjes worden gewist zoals ingesteld bij de school.
retention-videos-link = Bewaartijd van filmpjes aanpassen
retention-preview = Dit wordt gewist op { $day }
retention-preview-intro = Met de termijnen hierboven. Niets is al gewist: dit is wat Samenspraak die dag zal doen.
retention-what = Wat
retention-count = Aantal
retention-kind-talk-notes = Notities en antwoorden uit kindgesprekken
retention-kind-instruments = Ingevulde instrumenten en rapportnotities
retention-kind-questionnaires = Vragenlijsten van ouders
retention-kind-summaries = Gesprekskaders, afspraken, voorbereidingen en verslagen
retention-kind-videos = Filmpjes
retention-kind-sent-mails = Verstuurde mails
retention-kind-audit-entries = Regels in het logboek
retention-kind-children-left = Kinderen die de school verlieten
audit-setting-retention = bewaartermijnen
audit-detail-talk-notes = { $count ->
    [one] 1 notitie of antwoord
   *[other] { $count } notities en antwoorden
}
audit-detail-instruments = { $count ->
    [one] 1 ingevuld instrument
   *[other] { $count } ingevulde instrumenten
}
audit-detail-questionnaires = { $count ->
    [one] 1 vragenlijst
   *[other] { $count } vragenlijsten
}
audit-detail-summaries = { $count ->
    [one] 1 regel uit kader of verslag
   *[other] { $count } regels uit kaders en verslagen
}
audit-detail-sent-mails = { $count ->
    [one] 1 verstuurde mail
   *[other] { $count } verstuurde mails
}
audit-detail-children-left = { $count ->
    [one] 1 kind dat de school verliet
   *[other] { $count } kinderen die de school verlieten
}

login-step-again = Je code was niet meer geldig of te vaak fout. Meld je opnieuw aan met je wachtwoord.
code-title = Code uit je app
code-intro = Je wachtwoord klopt. Open nu de authenticator-app op je telefoon en typ de zes cijfers die bij Samenspraak staan.
field-login_code = Code
code-hint = Telefoon niet bij de hand? Typ dan een van je herstelcodes, bijvoorbeeld k7dm-3xqa.
code-submit = Aanmelden
code-help = Telefoon kwijt en geen herstelcodes meer? Vraag de directie om je aanmelding in twee stappen opnieuw in te stellen.
code-wrong = { $count ->
    [one] Die code klopt niet. Je kan het nog 1 keer proberen.
   *[other] Die code klopt niet. Je kan het nog { $count } keer proberen.
}
enrol-title = Aanmelden in twee stappen instellen
enrol-required = De school vraagt dat iedereen van het team zich in twee stappen aanmeldt. Stel het nu in; het duurt twee minuten.
enrol-intro = Wie je wachtwoord kent, kan dan nog niet binnen: er is ook een code nodig die alleen jouw telefoon maakt.
enrol-step-app = Installeer een authenticator-app op je telefoon, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.
enrol-step-scan = Scan deze QR-code met de app.
enrol-qr-label = QR-code om Samenspraak toe te voegen aan je authenticator-app
enrol-secret = Lukt scannen niet? Typ dan deze sleutel in de app:
enrol-step-code = Typ de zes cijfers die de app nu toont.
enrol-submit = Inschakelen
enrol-wrong = Die code past niet bij deze QR-code. Kijk of de klok van je telefoon juist staat en typ de code die de app nu toont.
recovery-title = Je herstelcodes
recovery-intro = Aanmelden in twee stappen staat aan. Met deze codes meld je je aan als je je telefoon niet bij hebt. Elke code werkt één keer.
recovery-keep = Bewaar ze op papier of in een wachtwoordkluis, niet op je telefoon. Je ziet ze maar één keer; nieuwe codes maak je bij Mijn account.
recovery-print = Afdrukken
recovery-done = Verder naar Samenspraak
account-title = Mijn account
account-intro = Je meldt je aan als { $email }.
account-password-changed = Je wachtwoord is gewijzigd. Op je andere toestellen ben je afgemeld.
account-sessions-ended = Die toestellen zijn afgemeld.
account-factor-off = Aanmelden in twee stappen staat uit.
account-device-unknown = Onbekend toestel
account-code-wrong = Die code klopt niet. Typ de zes cijfers uit je app of een herstelcode.
account-factor-required = De school vraagt aanmelden in twee stappen; je kan het niet uitzetten.
account-password-wrong = Dat is niet je huidige wachtwoord.
account-factor = Aanmelden in twee stappen
account-factor-is-on = Staat aan
account-codes-left = { $count ->
    [0] Je hebt geen herstelcodes meer: maak nieuwe.
    [one] Je hebt nog 1 herstelcode.
   *[other] Je hebt nog { $count } herstelcodes.
}
field-codes_code = Code uit je app, voor nieuwe herstelcodes
account-new-codes = Nieuwe herstelcodes maken
field-off_code = Code uit je app, om het uit te zetten
account-factor-switch-off = Uitzetten
account-factor-required-off = De school vraagt dat iedereen van het team zich in twee stappen aanmeldt. Stel het in; anders vraagt Samenspraak het bij je volgende aanmelding.
account-factor-is-off = Na je wachtwoord vraagt Samenspraak ook een code uit een app op je telefoon. Zo kan niemand binnen met alleen je wachtwoord.
account-factor-switch-on = Instellen
account-password = Wachtwoord
account-password-intro = Na een nieuw wachtwoord word je op al je andere toestellen afgemeld.
field-current_password = Huidig wachtwoord
field-new_password = Nieuw wachtwoord
account-password-hint = Minstens 10 tekens.
account-password-change = Wachtwoord wijzigen
account-sessions = Waar je aangemeld bent
account-sessions-intro = Herken je een toestel niet, of ben je vergeten af te melden op een computer van school? Meld het hier af.
account-device = Toestel
account-since = Aangemeld op
account-last-seen = Laatst gebruikt
account-end = Afmelden
account-end-one = { $device } afmelden
account-this-device = dit toestel
account-end-others = Overal anders afmelden
staff-sign-in = Aanmelden
staff-factor-on = Aanmelden in twee stappen staat aan.
staff-factor-off = Aanmelden in twee stappen staat uit.
staff-open-sessions = { $count ->
    [0] Nergens aangemeld.
    [one] Aangemeld op 1 toestel.
   *[other] Aangemeld op { $count } toestellen.
}
staff-end-sessions = Overal afmelden
staff-factor-reset = Twee stappen opnieuw laten instellen
privacy-two-factor = Aanmelden in twee stappen
privacy-two-factor-intro = Met alleen een gestolen wachtwoord kan dan niemand de notities en filmpjes van kinderen openen. Wie het nog niet heeft, stelt het in bij de volgende aanmelding.
privacy-two-factor-on = Verplicht voor het hele team
privacy-without-factor = { $count ->
    [0] Iedereen van het team heeft het ingesteld.
    [one] 1 teamlid heeft het nog niet ingesteld.
   *[other] { $count } teamleden hebben het nog niet ingesteld.
}
privacy-two-factor-stop = Niet meer verplichten
privacy-two-factor-require = Verplicht maken voor het hele team
audit-kind-two-factor-on = aanmelden in twee stappen ingesteld
audit-kind-two-factor-off = aanmelden in twee stappen uitgezet
audit-kind-recovery-codes-made = nieuwe herstelcodes gemaakt
audit-kind-password-changed = wachtwoord gewijzigd
audit-kind-sessions-ended = afgemeld op andere toestellen
audit-kind-parent-view-opened = bekeken als ouder
audit-setting-two-factor = aanmelden in twee stappen
audit-factor-totp = met code uit app
audit-factor-recovery = met herstelcode
audit-factor-code = foute code
audit-detail-sessions = { $count ->
    [one] 1 toestel
   *[other] { $count } toestellen
}

as-guardian-title = Zoals { $name } het ziet
as-guardian-link = Bekijk als { $name }
as-guardian-banner = Je ziet wat { $name } ziet, in het { $language }. Hier kan je niets wijzigen of invullen voor het gezin.
as-guardian-sees-nothing = { $name } ziet niets over dit kind: deze ouder heeft geen recht op informatie of kan zich niet meer aanmelden.
as-guardian-back = Terug naar { $name }

consent-purpose-video = Filmpje in het gesprek tussen kind en leerkracht
consent-purpose-photos = Foto's op de sokkenmuur (de leermuur in de klas)
consent-purpose-portfolio = Portfolio delen met het gezin
consent-by-parent = { $name } (ouder, via het portaal)
consent-withdraw-for = Intrekken: { $what }
consent-for = Toestemming voor
consent-removed-nothing = niets gewist: er hing niets van af
register-title = Register van toestemmingen
register-open = Register van toestemmingen
register-intro = Elke toestemming die de school kreeg of die werd ingetrokken, per kind: waarvoor, wie ze gaf en wanneer, wie ze noteerde, wie ze introk en wat daardoor gewist werd.
register-none = Er is nog geen toestemming genoteerd.
register-what = Waarvoor
register-given = Gegeven door
register-recorded = Genoteerd door
register-withdrawn = Ingetrokken
register-removed = Gewist
register-holds = Geldt

family-consents = Toestemmingen
family-consent-given = Gegeven door { $who } op { $date }.
family-consent-withdraw = Intrekken
family-consent-withdrawn = Je hebt je toestemming ingetrokken. De school ziet dat meteen.
family-withdraw-title = Toestemming intrekken: { $what }
family-withdraw-video = We wissen meteen de filmpjes die { $child } opnam. { $child } neemt geen nieuwe filmpjes meer op.
family-withdraw-photos = De school zet geen foto's meer op de sokkenmuur als { $child } erop staat.
family-withdraw-portfolio = De school deelt het portfolio van { $child } niet meer met jullie.
family-withdraw-later = Wil je later toch weer toestemming geven? Vraag het aan de leerkracht.
family-withdraw-yes = Ja, trek mijn toestemming in
family-withdraw-no = Nee, terug
wall-no-photo-consent = Zonder toestemming voor foto's, dus niet op een foto van de sokkenmuur:

## The school calendar
day-off-autumn = herfstvakantie
day-off-christmas = kerstvakantie
day-off-carnival = krokusvakantie
day-off-easter = paasvakantie
day-off-summer = zomervakantie
day-off-armistice = Wapenstilstand
day-off-easter_monday = paasmaandag
day-off-labour_day = Dag van de Arbeid
day-off-ascension = Hemelvaart en de vrijdag erna
day-off-whit_monday = pinkstermaandag
day-off-free_day = vrije dag van de school
day-off-study_day = pedagogische studiedag
day-off-other = geen school
day-off-weekend = weekend
day-off-refused = Geen schooldag op { $date }: { $why }. Kies een andere dag.
school-calendar-title = Schoolkalender
school-calendar-link = Schoolkalender
school-calendar-intro = Vakanties en vrije dagen van het schooljaar { $year }. De planning van de kindgesprekken, de gespreksdagen en de uiterste data vallen er nooit op. De Vlaamse schoolvakanties staan er al in; verbeter ze als de overheid iets verandert.
school-calendar-built-in = Vlaamse kalender
school-calendar-own = Eigen dag van de school
school-calendar-none = Er staan geen vrije dagen in dit schooljaar.
school-calendar-add = Vrije dag toevoegen
school-calendar-add-hint = Eén dag: laat „tot en met” leeg.
school-calendar-remove = Schrappen
school-calendar-removed = Geschrapt uit de kalender.
school-calendar-added = Toegevoegd aan de kalender.
school-calendar-clash = Let op: er was al iets gepland op die dag(en).
school-calendar-clash-slots = { $count ->
    [0] Geen gespreksmomenten,
    [one] 1 gespreksmoment,
   *[other] { $count } gespreksmomenten,
}
school-calendar-clash-booked = { $count ->
    [0] niets geboekt,
    [one] waarvan 1 geboekt,
   *[other] waarvan { $count } geboekt,
}
school-calendar-clash-talks = { $count ->
    [0] geen kindgesprekken.
    [one] 1 kindgesprek.
   *[other] { $count } kindgesprekken.
}
school-calendar-clash-what = Die blijven staan tot je ze verplaatst: plan de kindgesprekken opnieuw en vraag de gezinnen om een ander moment, of schrap de dag weer.
school-calendar-year-prev = Vorig schooljaar
school-calendar-year-next = Volgend schooljaar
school-calendar-span = { $from } tot en met { $until }
school-calendar-in-window = Vakanties en vrije dagen in deze periode (hier wordt niet gepland): { $days }.
field-day_off_from = Vanaf
field-day_off_until = Tot en met
field-day_off_kind = Soort dag
field-day_off_name = Omschrijving

## The start page's list for this week
week-heading = Deze week
week-intro = Wat er nu te doen is, per klas. Klik om het te doen.
week-nothing = Niets dringends. Alles loopt.
week-class = { $class } · { $round }
week-talks-unplanned = { $count ->
    [one] Voor 1 kind is nog geen kindgesprek gepland.
   *[other] Voor { $count } kinderen is nog geen kindgesprek gepland.
}
week-talks-this-week = { $count ->
    [one] Deze week staat er nog 1 kindgesprek gepland.
   *[other] Deze week staan er nog { $count } kindgesprekken gepland.
}
week-not-invited = { $count ->
    [one] 1 gezin is nog niet uitgenodigd.
   *[other] { $count } gezinnen zijn nog niet uitgenodigd.
}
week-no-email = { $count ->
    [one] 1 gezin heeft geen e-mailadres: geef een brief mee.
   *[other] { $count } gezinnen hebben geen e-mailadres: geef een brief mee.
}
week-questionnaires-in = { $count ->
    [one] 1 vragenlijst van de ouders is binnen.
   *[other] { $count } vragenlijsten van de ouders zijn binnen.
}
week-not-booked = { $count ->
    [one] 1 kind heeft nog geen gespreksmoment.
   *[other] { $count } kinderen hebben nog geen gespreksmoment.
}
week-booking-closes = Inschrijven sluit op { $date }.
week-to-prepare = { $count ->
    [one] 1 gesprek nog voorbereiden
   *[other] { $count } gesprekken nog voorbereiden
}
week-on-day = voor { $date }.
week-summaries-unsent = { $count ->
    [one] 1 verslag is nog niet naar de ouders gemaild.
   *[other] { $count } verslagen zijn nog niet naar de ouders gemaild.
}
week-agreements-late = { $count ->
    [one] 1 afspraak is over datum.
   *[other] { $count } afspraken zijn over datum.
}
round-conversations-on = Gesprekken met de ouders: { $dates }

## Counted words, for messages that count several things
count-times = { $count ->
    [one] 1 moment
   *[other] { $count } momenten
}
count-classes = { $count ->
    [one] 1 klas
   *[other] { $count } klassen
}
count-boxes = { $count ->
    [one] 1 vak
   *[other] { $count } vakken
}
count-agreements = { $count ->
    [one] 1 afspraak
   *[other] { $count } afspraken
}
count-conversations = { $count ->
    [one] 1 gesprek
   *[other] { $count } gesprekken
}
count-children-unplaced = { $count ->
    [one] 1 kind vond
   *[other] { $count } kinderen vonden
}

# What was sent to parents (the outbox)
outbox-title = Verstuurd aan de ouders van { $class } · { $round }
outbox-intro = Elke mail en brief van deze gespreksronde aan de ouders van de klas, en wat ermee gebeurde. Mislukt een mail, dan staat erbij waarom.
outbox-back = Terug naar de uitnodigingen
outbox-link = Wat is er verstuurd?
outbox-letter-only = krijgt een brief
outbox-letter-only-count = { $count ->
    [0] Elke ouder heeft een e-mailadres.
    [one] 1 ouder heeft geen e-mailadres en krijgt een brief.
   *[other] { $count } ouders hebben geen e-mailadres en krijgen een brief.
}
outbox-failed-count = { $count ->
    [one] 1 mail is niet aangekomen.
   *[other] { $count } mails zijn niet aangekomen.
}
outbox-letter-made = brief gemaakt op { $date }
outbox-no-letter = nog geen brief
outbox-none = Nog niets verstuurd.
outbox-col-when = Gemaakt
outbox-col-to = Aan
outbox-col-what = Mail
outbox-col-status = Wat ermee gebeurde
outbox-what-invitation = Uitnodiging
outbox-what-reminder = Herinnering
outbox-what-booking = Bevestiging van het moment
outbox-what-proposal = Voorgesteld moment
outbox-what-cancellation = Annulering
outbox-what-offer = Vrijgekomen moment (wachtlijst)
outbox-what-summary = Verslag van het gesprek
outbox-what-other = Mail
outbox-failed = Niet verstuurd
outbox-trying = { $count ->
    [one] Nog niet verstuurd: 1 poging mislukte, we proberen opnieuw
   *[other] Nog niet verstuurd: { $count } pogingen mislukten, we proberen opnieuw
}
outbox-reason-bad-address = Dit is geen geldig e-mailadres. Pas het adres van de ouder aan, of geef een brief mee.
outbox-reason-no-mailbox = Dit e-mailadres bestaat niet (meer). Vraag de ouder om een ander adres, of geef een brief mee.
outbox-reason-mailbox-full = De mailbox van de ouder is vol. Probeer later opnieuw, of geef een brief mee.
outbox-reason-refused = De mailserver van de ouder weigerde de mail. Geef een brief mee of bel de ouder.
outbox-reason-later = De mailserver van de ouder nam de mail nog niet aan. Samenspraak probeert het vanzelf opnieuw.
outbox-reason-server = De mailserver van de school was niet bereikbaar. Samenspraak probeert het vanzelf opnieuw. Blijft het mislukken, vraag het dan aan wie de mail van de school regelt.
outbox-reason-other = Er liep iets mis bij het versturen. De uitleg van de mailserver staat eronder.
outbox-retry = Opnieuw versturen
outbox-retried = De mail staat opnieuw klaar om te versturen.
outbox-school-title = Verstuurde mails
outbox-school-intro = De mails van de school aan ouders, de nieuwste eerst. Per klas zie je ze ook bij de uitnodigingen van een gespreksronde.
outbox-school-failed = { $count ->
    [0] Geen mislukte mails
    [one] Toon de 1 mislukte mail
   *[other] Toon de { $count } mislukte mails
}
outbox-school-all = Alle mails tonen
