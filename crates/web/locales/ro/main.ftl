# Roemeens: alles wat een ouder ziet (portaal, uitnodiging, brief, mail).
# De pagina's voor het personeel bestaan alleen in het Nederlands en het Engels.

skip-to-content = Mergeți la conținut
nav-label = Meniul principal
nav-logout = Ieșire
language-switch = Română
language-menu = Limba
footer-text = Samenspraak — KOM-gesprekken: discuții între copil, părinți și învățător.

weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
month-short-1 = ian.
month-short-2 = feb.
month-short-3 = mar.
month-short-4 = apr.
month-short-5 = mai
month-short-6 = iun.
month-short-7 = iul.
month-short-8 = aug.
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = dec.
date-long = { $weekday }, { $day } { $month } { $year }
date-short = { $day } { $month }
datetime-long = { $date }, ora { $time }

form-problems = { $count ->
    [one] Este o problemă. Corectați-o și salvați din nou.
    [few] Sunt { $count } probleme. Corectați-le și salvați din nou.
   *[other] Sunt { $count } de probleme. Corectați-le și salvați din nou.
}
error-page-not-found-title = Pagina nu a fost găsită
error-page-not-found = Această pagină nu (mai) există sau nu este pentru dumneavoastră.
error-page-form-address-title = Această pagină nu se deschide așa
error-page-form-address = Această adresă face parte dintr-un formular. Nu se deschide ca pagină. Mergeți înapoi la pagina de dinainte sau alegeți din meniu.
error-page-forbidden-title = Fără acces
error-page-forbidden = Nu aveți acces la această pagină.
error-page-bad-request-title = Nu a mers
error-page-bad-request = A apărut o problemă cu ce ați trimis. Mergeți înapoi și încercați din nou.
error-page-too-many-title = O clipă
error-page-too-many = Ați încercat de prea multe ori, una după alta. Așteptați un sfert de oră și încercați din nou. Dacă tot nu merge, întrebați la școală.
error-page-full-title = Discul serverului este plin
error-page-full = Serverul nu mai are loc pentru a salva. Ce ați completat acum nu a fost salvat. Tot ce era dinainte este încă acolo. Puteți citi în continuare. Anunțați școala și încercați din nou mai târziu.
error-page-internal-title = Ceva nu a mers
error-page-internal = La noi ceva nu a mers. Nu s-a pierdut nimic. Încercați din nou peste câteva minute.
error-back-home = La pagina principală
error-to-login = Intrați în cont

field-invitation_code = Codul din scrisoare
family-landing-title = Bine ați venit la Samenspraak
family-landing-intro = Ați primit acest link de la școala copilului dumneavoastră. Apăsați pe buton ca să continuați.
family-landing-go = Mergeți la discuții
family-landing-why = De ce acest buton? Unele programe de e-mail deschid singure linkurile. Pagina dumneavoastră se deschide doar când apăsați.
family-not-valid-title = Această invitație nu funcționează
family-not-valid = Acest link sau acest cod nu (mai) funcționează. Poate a fost înlocuit cu unul nou. Cereți o invitație nouă școlii, învățătorului sau învățătoarei.
family-locked = { $count ->
    [one] Prea multe încercări, una după alta. Încercați din nou peste 1 minut.
    [few] Prea multe încercări, una după alta. Încercați din nou peste { $count } minute.
   *[other] Prea multe încercări, una după alta. Încercați din nou peste { $count } de minute.
}
family-try-code = Scrieți un cod
family-code-title = Codul din scrisoare
family-code-intro = Aveți un cod în scrisoarea de la școală? Scrieți-l mai jos. Literele mari și spațiile nu contează.
family-code-hint = Zece caractere, de exemplu K7MQ 2P9X HT.
family-code-go = Continuați
family-code-missing = Scrieți codul din scrisoare.
family-code-wrong = Nu cunoaștem acest cod. Verificați-l din nou în scrisoare sau cereți școlii un cod nou.
family-bye = Ați ieșit din cont. Cu linkul sau cu codul din scrisoare puteți reveni oricând.
family-title = Discuțiile despre copilul dumneavoastră
family-greeting = Bună ziua, { $name }
family-intro = Aici vedeți ce vă cere școala și când.
family-no-children = Nu găsim niciun copil pe numele dumneavoastră. Întrebați la școală.
family-class = clasa { $class }
family-no-round = Acum nu este programată nicio discuție.
family-step-prepare = Pregătirea acasă, împreună cu copilul dumneavoastră
family-step-book = Alegerea unei ore pentru discuție
family-step-conference = KOM-gesprek (discuția dintre copil, părinți și învățător), la școală
family-until = până { $date }
family-between = de { $from } până { $until }
family-between-days = de { $from } până { $until }
family-now-prepare = Vorbiți acasă cu { $child } despre școală: ce merge bine, ce este greu, despre ce vreți să vorbiți?
family-days-left = { $count ->
    [one] Mai este 1 zi.
    [few] Mai sunt { $count } zile.
   *[other] Mai sunt { $count } de zile.
}
family-now-book = Alegeți acum o oră pentru discuție. Puteți face asta până { $date }.
family-now-wait = Din { $date } puteți alege o oră pentru discuție.
family-now-conference = În aceste zile vă așteptăm la KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }. Pe curând!
family-now-done = Discuțiile s-au terminat. Mulțumim!
family-now-booked = Discuția despre { $child } este programată. Pe curând!
family-status-sent = Chestionarul dumneavoastră a fost trimis { $date }. Mulțumim!
family-status-draft = Chestionarul dumneavoastră este salvat, dar nu a fost trimis încă. Trimiteți-l aici.
family-status-summary = Există un rezumat al discuției. Citiți-l aici.
family-status-agreements = { $count ->
    [one] O înțelegere este încă în curs.
    [few] { $count } înțelegeri sunt încă în curs.
   *[other] { $count } de înțelegeri sunt încă în curs.
}
family-done = Ieșire
read-aloud = Ascultați textul
read-aloud-stop = Opriți citirea
family-words-title = Ce înseamnă aceste cuvinte?
family-word-kom = KOM-gesprek: o discuție între Kind (copilul), Ouders (părinții) și Mentor (învățătorul sau învățătoarea). Copilul dumneavoastră participă și spune ce crede.
family-word-secundair = Secundair onderwijs (învățământul secundar): școala de după școala primară, de la 12 ani.
family-word-clb = CLB (Centrum voor Leerlingenbegeleiding): centrul care îndrumă elevii. Ajută gratuit la învățare, la sănătate și la alegerea unei școli.
family-word-baso = BaSO-fiche: o fișă pe care școala primară o dă școlii secundare. În ea scrie de ce are nevoie copilul dumneavoastră.
family-word-stroom = A-stroom și B-stroom: două căi în primul an din secundair onderwijs (învățământul secundar). A-stroom este pentru copiii care au certificatul de la școala primară. B-stroom este pentru copiii fără acest certificat: acolo primesc mai mult timp și mai mult ajutor.

letter-greeting = Bună ziua, { $name },
letter-intro = În curând vom vorbi la școală despre { $children }, împreună cu { $children }, cu dumneavoastră și cu învățătorul sau învățătoarea. O astfel de discuție se numește KOM-gesprek (K = Kind, copilul; O = Ouders, părinții; M = Mentor, învățătorul). Vedem împreună cum merge la școală și care este pasul următor. Și copilul dumneavoastră spune ce crede.
letter-asked = Ce vă cerem?
letter-prepare = Vorbiți acasă cu { $children } despre școală, până { $date }.
letter-book = Alegeți o oră pentru discuție, { $when }.
letter-conference = Discuția are loc { $when }.
letter-how = Cum ajungeți la discuții
letter-qr = Cod QR spre invitația dumneavoastră
letter-scan = Scanați codul QR cu camera telefonului.
letter-type = Sau intrați pe { $url } și scrieți acest cod:
letter-personal = Această scrisoare este personală: cu acest cod se văd datele copilului dumneavoastră. Nu dați codul altcuiva.
letter-language = Preferați altă limbă? Pe site puteți alege: { $languages }.
letter-bye = Pe curând,

mail-subject = Invitație la KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $children }
mail-open = Deschideți invitația cu acest link:
mail-button = Deschideți invitația

# Chestionarul pentru părinți
error-too-long = Textul este prea lung. Scrieți mai scurt.
error-choice = Alegeți una dintre variante.
face-1 = deloc
face-2 = nu prea
face-3 = uneori da, uneori nu
face-4 = de obicei da
face-5 = da, complet
axis-alone = Lucrul pe cont propriu
axis-together = Lucrul în echipă
axis-asking_help = Cererea de ajutor
axis-planning = Planificarea
axis-reading = Cititul
axis-maths = Socotitul
axis-sport = Sportul
axis-creativity = Creativitatea
q-title = Chestionar despre { $child }
q-intro = Completați aceste întrebări împreună cu { $child }. Nimic nu este obligatoriu. Ce scrieți se salvează imediat. Puteți schimba totul până { $date }. După aceea, învățătorul sau învățătoarea citește răspunsurile.
q-closed = Timpul pentru chestionar s-a terminat. Răspunsurile dumneavoastră sunt salvate. Puteți vorbi liniștit despre ele la discuție.
q-submitted = Mulțumim! Răspunsurile au fost trimise învățătorului sau învățătoarei. Le mai puteți schimba până se termină timpul.
q-problems = Ceva nu este în regulă la un răspuns. Verificați întrebarea marcată cu roșu. Nu s-a pierdut nimic.
q-saved = Salvat.
q-save-draft = Salvați
q-submit = Trimiteți învățătorului sau învățătoarei
q-back = Înapoi la pagina principală
q-tells = Ce povestește { $child } acasă despre școală?
q-likes_school = Cu câtă plăcere merge { $child } la școală, ce credeți?
q-does_well = Ce vedeți că face { $child } bine acasă?
q-spider = Cât de bine merge, după părerea dumneavoastră? 1 înseamnă că este încă greu, 5 înseamnă că merge foarte bine.
q-topics = Despre ce vreți neapărat să vorbiți?
q-topics-friends = prietenii și colegii de clasă
q-topics-learning = învățarea și rezultatele
q-topics-homework = temele și organizarea
q-topics-feelings = cum se simte { $child }
q-topics-behaviour = comportamentul la școală sau acasă
q-topics-next_year = anul școlar următor
q-discuss = Mai vreți să vorbiți despre altceva?
q-help = Cum puteți ajuta acasă? Și de ce aveți nevoie de la școală pentru asta?
q-expect = Ce așteptați de la secundair onderwijs (învățământul secundar, de la 12 ani)?
q-direction = La ce direcție de studiu vă gândiți acum?
q-direction-stem = tehnică, științe, matematică (STEM)
q-direction-language_culture = limbi și cultură
q-direction-economics_organisation = economie și organizare
q-direction-society_welfare = societate și bunăstare
q-direction-arts_creation = artă și creație
q-direction-sport = sport
q-direction-food_hospitality = alimentație, hoteluri și restaurante
q-direction-agriculture_nature = agricultură, grădinărit, natură
q-direction-not_sure = încă nu știm
q-schools = Ce școli vreți să vizitați?
q-info = Ce informații vă mai trebuie?
q-info-open_days = când sunt zilele de informare și zilele porților deschise
q-info-school_visits = cum vizitați sau contactați o școală
q-info-choice_help = ajutor la alegere (de exemplu de la CLB, centrul care îndrumă elevii)
q-info-support_needs = ce se întâmplă dacă { $child } are nevoie de sprijin în plus
q-info-costs = cât costă o școală
q-info_language = În ce limbă preferați să primiți aceste informații?
q-info_language-nl = neerlandeză
q-info_language-fr = franceză
q-info_language-en = engleză
q-info_language-ar = arabă
q-info_language-tr = turcă
q-info_language-pl = poloneză
q-info_language-ro = română
q-info_language-bg = bulgară
q-info_language-uk = ucraineană
q-info_language-other = altă limbă
family-q-fill = Completați chestionarul
family-q-edit = Vedeți sau schimbați chestionarul

reminder-subject = Vă reamintim: chestionarul despre { $children }
reminder-text = Nu am primit încă răspunsurile dumneavoastră la chestionarul despre { $children }. Îl puteți completa până { $date }. Nimic nu este obligatoriu. Și câteva rânduri ajută mult la discuție.
q-feels = Cum se simte { $child } în aceste săptămâni, ce credeți? 0 înseamnă foarte rău, 10 înseamnă foarte bine.

booking-title = Alegeți o oră pentru discuția despre { $child }
booking-slot = { $date }, ora { $from }–{ $until }
booking-yours = Discuția despre { $child }
booking-room = Sala: { $room }.
booking-room-class = În clasa { $class }.
booking-cancel = Anulați această programare
booking-cancel-sure = Chiar vreți să anulați? Atunci ora devine liberă pentru altă familie.
booking-cancel-yes = Da, anulați programarea
booking-choose = Alegeți o oră
booking-change = Preferați altă oră? Alegeți una:
booking-none-free = Nu mai este nicio oră liberă. Înscrieți-vă pe lista de așteptare sau cereți altă oră învățătorului sau învățătoarei.
booking-none-other = Nu mai este liberă nicio altă oră.
booking-not-yet = Puteți alege o oră din { $date }. Pe curând!
booking-closed = Înscrierile s-au încheiat. Vreți totuși să schimbați ceva? Întrebați învățătorul sau învățătoarea.
booking-no-slots = Învățătorul sau învățătoarea nu a pus încă ore la dispoziție.
booking-done = Gata, ora este rezervată! O vedeți mai jos.
booking-cancelled = Programarea a fost anulată.
booking-taken = Altcineva tocmai a ales această oră. Acestea sunt cele mai apropiate ore:
booking-all-free = Arătați toate orele libere
booking-wait-still-free = Mai este o oră liberă pentru copilul dumneavoastră. Alegeți-o mai jos. Lista de așteptare este doar pentru când totul este ocupat.
booking-too-late = Ora este prea aproape ca să mai poată fi schimbată. Întrebați învățătorul sau învățătoarea.
booking-sibling-booked = Discuția despre { $child } are loc { $when }.
booking-sibling-clash = în același timp cu discuția despre { $child }
booking-sibling-next = Imediat înainte sau după discuția despre { $child }
booking-sibling-refused = Această oră este în același timp cu discuția despre { $child }. Alegeți o oră imediat înainte sau după. Așa puteți fi la amândouă.
booking-head-start = Aveți mai mulți copii în această serie de discuții. De aceea puteți alege mai devreme decât ceilalți, cu { $minutes } min.: din { $date }. Așa găsiți mai ușor ore una după alta.
booking-facts-minutes = { $count ->
    [one] 1 minut
    [few] { $count } minute
   *[other] { $count } de minute
}
booking-facts-video = și prin video
booking-calendar = Adăugați în calendar
family-book = Alegeți o oră
family-book-change = Vedeți sau schimbați ora
booking-mail-subject = Confirmare: KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }, { $when }
booking-mail-text = Ora pentru KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child } este rezervată: { $when }. Cu fișierul atașat o puneți în calendarul dumneavoastră.
booking-mail-change = Vreți să schimbați ceva? Puteți face asta până cu o zi înainte, pe { $url }.
booking-mail-event = KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }
cancel-mail-subject = Anulat: KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }, { $when }
cancel-mail-text = Ora pentru KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }, { $when }, a fost anulată. Fișierul atașat o scoate și din calendarul dumneavoastră.
cancel-mail-again = Puteți alege o oră nouă pe { $url }.

# Lista de așteptare
wait-join = Înscrieți-ne pe lista de așteptare
wait-joined = Sunteți pe lista de așteptare. Când se eliberează o oră, primiți un e-mail și o vedeți aici.
wait-heading = Pe lista de așteptare
wait-place = Sunteți pe locul { $position } pe lista de așteptare. Când se eliberează o oră, o păstrăm mai întâi pentru dumneavoastră.
wait-leave = Ieșiți de pe lista de așteptare
wait-left = Nu mai sunteți pe lista de așteptare.
wait-offer-heading = S-a eliberat o oră pentru dumneavoastră
wait-offer-until = O păstrăm pentru dumneavoastră până { $until }. După aceea, ora trece la următoarea familie de pe lista de așteptare.
wait-offer-take = Luați această oră
wait-offer-decline = Nu, mulțumesc
wait-mail-subject = S-a eliberat o oră pentru KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }: { $when }
wait-mail-text = Erați pe lista de așteptare pentru KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }. S-a eliberat această oră: { $when }. O păstrăm pentru dumneavoastră până { $until }.
wait-mail-link = Pe { $url } alegeți dacă luați această oră.

# Amintirea cu o zi înainte
reminder-mail-subject = Mâine: KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }, { $when }
reminder-mail-text = Ne vedem mâine! Vă așteptăm la KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }: { $when }. Fișierul atașat pune din nou ora în calendarul dumneavoastră.
reminder-mail-change = Totuși nu puteți veni? Anunțați cât mai repede învățătorul sau învățătoarea. Tot ce trebuie să știți despre discuție găsiți pe { $url }.
slip-with = Cu { $teacher }.
slip-change = Totuși nu puteți? Schimbați ora până cu o zi înainte, pe { $url }, sau anunțați școala.

# Școala propune o oră
proposal-mail-subject = Propunere: KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }, { $when }
proposal-mail-text = Școala propune această oră pentru KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }: { $when }. Vă convine? Atunci confirmați ora în portal. Nu vă convine? Alegeți acolo altă oră.
when-heading = Când vă convine?
when-intro = Bifați când puteți veni. Cu cât mai multe, cu atât mai bine. Apoi școala vă propune o oră. Frații și surorile vin unul după altul.
when-afternoon = { $date }, după-amiaza (până la ora 17)
when-evening = { $date }, seara (de la ora 17)
when-send = Trimiteți
when-thanks = Mulțumim! Școala vă propune în curând o oră. Primiți un e-mail și o vedeți și aici.
proposal-yours = Școala propune această oră:
proposal-confirm = Această oră ne convine
proposal-confirmed = Confirmat. Pe curând!
booking-also = Mai participă: { $who }.
booking-video = Nu puteți veni? Participați prin video:

# Planul discuției și înțelegerile
frame-going_well = Ce merge bine, cu ce mă mândresc?
frame-hard = Ce este greu, la ce vreau să lucrez?
frame-feeling = Cum mă simt la școală?
frame-interests = Interese și talente
frame-at_home = Ce văd părinții acasă
frame-teacher_message = Mesajul de la învățător sau învățătoare
frame-study_choice = Alegerea unei școli de secundair onderwijs (învățământul secundar)
frame-next_conversation = Discuția următoare
agreements-heading = Înțelegeri
agreement-by = până { $date }
agreement-open = în curs
agreement-done = gata
agreement-dropped = s-a renunțat
who-child = copilul
who-parents = părinții
who-teacher = învățătorul sau învățătoarea
who-school = școala
who-care_coordinator = coordonatorul de sprijin
conversation-title = KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }
conversation-nothing = Încă nu s-a notat nimic din discuție.
family-conversation = Ce am stabilit
conversation-mark-read = Am citit
conversation-read-on = Ați citit acest text { $date }. Mulțumim!
family-study = Alegerea unei școli de secundair onderwijs (învățământul secundar)

# Rezumatul discuției pentru familie
summary-title = Rezumat: KOM-gesprek (discuția dintre copil, părinți și învățător) despre { $child }
summary-class = Clasa { $class }
summary-footer = Acest rezumat este pentru familie. Alte notițe ale școlii despre copilul dumneavoastră nu apar aici.
summary-file = rezumat-kom-gesprek
summary-nav = Tipăriți rezumatul
summary-back = Înapoi
summary-print-hint = Tipăriți cu butonul de tipărire al browserului sau deschideți PDF-ul.
summary-pdf = Ca PDF
summary-none = Nu există încă un rezumat de tipărit.
summary-mail-intro = Iată rezumatul de la KOM-gesprek (discuția dintre copil, părinți și învățător): despre ce am vorbit împreună și ce am stabilit.
summary-mail-link = Găsiți rezumatul și în portalul pentru părinți, ca să-l tipăriți sau ca PDF: { $url }
conversation-print = Tipăriți sau PDF
summary-class-title = Rezumate { $class } · { $round }
child-says = copilul spune: { $what }
child-says-done = am reușit
child-says-partly = puțin
child-says-not_yet = încă nu
study-sheet-title = Spre secundair onderwijs (învățământul secundar): { $child }
study-sheet-intro = Această fișă este a dumneavoastră. Arată ce au descoperit împreună { $child } și școala. Dumneavoastră hotărâți dacă o dați noii școli din secundair onderwijs (învățământul secundar), de exemplu pe lângă BaSO-fiche (fișa pe care școala primară o dă școlii noi). Școala nu trimite această fișă nicăieri.
study-sheet-liked-good = Ce face { $child } cu plăcere și face bine
study-sheet-liked = Ce face { $child } cu plăcere și vrea să învețe mai mult
study-sheet-empty = În rezumat și în tabelul cu talente nu scrie încă nimic despre alegerea studiilor.
study-sheet-file = alegerea-studiilor
study-sheet-link = Fișă pentru școala de secundair onderwijs (învățământul secundar)
study-sheet-hint = Cu alegerea studiilor și talentele copilului dumneavoastră. O dați noii școli? Dumneavoastră alegeți.
grid-domains = Pe domenii de studiu
domain-stem = STEM
domain-language_culture = Limbă și cultură
domain-economics_organisation = Economie și organizare
domain-society_welfare = Societate și bunăstare
domain-arts_creation = Artă și creație
domain-sport = Sport
domain-food_hospitality = Alimentație, hoteluri și restaurante
domain-agriculture_nature = Agricultură, grădinărit și natură
quadrant-liked_good = Îmi place și îmi iese bine
quadrant-liked = Îmi place, încă învăț
quadrant-good = Îmi iese bine, dar îmi place mai puțin
quadrant-neither = Încă nu e pentru mine
frame-other = Alte notițe

consent-purpose-video = Filmuleț în discuția cu copilul
consent-purpose-photos = Poze pe panoul de învățare din clasă
consent-purpose-portfolio = Portofoliul, arătat familiei
family-consents = Acorduri
family-consent-given = { $who } și-a dat acordul { $date }.
family-consent-withdraw = Retrageți acordul
family-consent-withdrawn = Acordul dumneavoastră a fost retras. Școala vede asta imediat.
family-withdraw-title = Retrageți acordul: { $what }
family-withdraw-video = Filmulețele înregistrate de { $child } se șterg imediat, iar { $child } nu mai înregistrează altele noi.
family-withdraw-photos = Școala nu mai pune pe panoul de învățare poze în care apare { $child }.
family-withdraw-portfolio = Școala nu vă mai arată portofoliul cu lucrările făcute de { $child }.
family-withdraw-later = Mai târziu vă puteți da din nou acordul, prin învățător sau învățătoare.
family-withdraw-yes = Da, îmi retrag acordul
family-withdraw-no = Nu, înapoi
