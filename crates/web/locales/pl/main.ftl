# Pools: alles wat een ouder ziet (portaal, uitnodiging, brief, mail).
# De pagina's voor het personeel bestaan alleen in het Nederlands en het Engels.
# De ouder wordt overal aangesproken met "Państwo" (beleefd, zonder geslacht).

skip-to-content = Przejdź do treści
nav-label = Menu główne
nav-logout = Wyloguj się
language-switch = Polski
language-menu = Język
footer-text = Samenspraak — KOM-gesprekken: rozmowy dziecka, rodziców i nauczyciela.

weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
month-short-1 = sty
month-short-2 = lut
month-short-3 = mar
month-short-4 = kwi
month-short-5 = maj
month-short-6 = cze
month-short-7 = lip
month-short-8 = sie
month-short-9 = wrz
month-short-10 = paź
month-short-11 = lis
month-short-12 = gru
# De weekdag tussen haakjes: zo kan de datum na "do", "od" of "dnia" staan zonder de weekdag te verbuigen.
date-long = { $day } { $month } { $year } ({ $weekday })
date-short = { $day } { $month }
datetime-long = { $date }, godz. { $time }

form-problems = { $count ->
    [one] Jest 1 problem. Proszę go poprawić i zapisać jeszcze raz.
    [few] Są { $count } problemy. Proszę je poprawić i zapisać jeszcze raz.
    [many] Jest { $count } problemów. Proszę je poprawić i zapisać jeszcze raz.
   *[other] Liczba problemów: { $count }. Proszę je poprawić i zapisać jeszcze raz.
}
error-page-not-found-title = Nie ma takiej strony
error-page-not-found = Tej strony nie ma (albo już nie ma) lub nie jest ona przeznaczona dla Państwa.
error-page-form-address-title = Tej strony nie da się tak otworzyć
error-page-form-address = Ten adres należy do formularza i nie otwiera się jako strona. Proszę wrócić do poprzedniej strony albo wybrać coś z menu.
error-page-forbidden-title = Brak dostępu
error-page-forbidden = Nie mają Państwo dostępu do tej strony.
error-page-bad-request-title = To się nie udało
error-page-bad-request = Coś było nie tak z wysłanymi danymi. Proszę wrócić i spróbować jeszcze raz.
error-page-too-many-title = Chwileczkę
error-page-too-many = Było za dużo prób jedna po drugiej. Proszę poczekać 15 minut i spróbować jeszcze raz. Jeśli dalej nie działa, proszę zapytać w szkole.
error-page-full-title = Dysk serwera jest pełny
error-page-full = Na serwerze nie ma już miejsca, żeby coś zapisać. Ostatnio wpisane dane nie zostały zapisane. Wszystko, co było wcześniej, nadal jest. Oglądanie działa. Proszę powiadomić szkołę i spróbować później.
error-page-internal-title = Coś poszło nie tak
error-page-internal = Coś poszło nie tak po naszej stronie. Nic nie zginęło. Proszę spróbować jeszcze raz za kilka minut.
error-back-home = Do strony głównej
error-to-login = Zaloguj się

field-invitation_code = Kod z listu
family-landing-title = Witamy w Samenspraak
family-landing-intro = Ten link jest od szkoły Państwa dziecka. Proszę nacisnąć przycisk, aby przejść dalej.
family-landing-go = Dalej do rozmów
family-landing-why = Dlaczego ten przycisk? Niektóre programy pocztowe same otwierają linki. Strona otworzy się dopiero wtedy, gdy Państwo klikną.
family-not-valid-title = To zaproszenie nie działa
family-not-valid = Ten link lub kod nie działa (albo już nie działa). Może jest już nowy. Proszę poprosić szkołę lub nauczyciela o nowe zaproszenie.
family-locked = { $count ->
    [one] Za dużo prób jedna po drugiej. Proszę spróbować znowu za 1 minutę.
    [few] Za dużo prób jedna po drugiej. Proszę spróbować znowu za { $count } minuty.
    [many] Za dużo prób jedna po drugiej. Proszę spróbować znowu za { $count } minut.
   *[other] Za dużo prób jedna po drugiej. Proszę spróbować znowu za chwilę ({ $count } min).
}
family-try-code = Wpisz kod
family-code-title = Kod z listu
family-code-intro = Czy w liście ze szkoły jest kod? Proszę wpisać go poniżej. Wielkie litery i spacje nie mają znaczenia.
family-code-hint = Dziesięć znaków, na przykład K7MQ 2P9X HT.
family-code-go = Dalej
family-code-missing = Proszę wpisać kod z listu.
family-code-wrong = Nie znamy tego kodu. Proszę sprawdzić go jeszcze raz w liście albo poprosić szkołę o nowy.
family-bye = Wylogowano. Link lub kod z listu zawsze pozwala tu wrócić.
family-title = Rozmowy o Państwa dziecku
family-greeting = Dzień dobry, { $name }
family-intro = Tutaj widzą Państwo, o co prosi szkoła i kiedy.
family-no-children = Nie znajdujemy dzieci przypisanych do Państwa. Proszę zapytać w szkole.
family-class = klasa { $class }
family-no-round = Na razie nie ma zaplanowanych rozmów.
family-step-prepare = Przygotowanie w domu, razem z dzieckiem
family-step-book = Wybór terminu rozmowy
family-step-conference = KOM-gesprek w szkole (rozmowa dziecka, rodziców i nauczyciela)
family-until = do { $date }
family-between = od { $from } do { $until }
family-between-days = od { $from } do { $until }
family-now-prepare = Proszę porozmawiać w domu o szkole z dzieckiem ({ $child }): co idzie dobrze, co jest trudne, o czym chcą Państwo porozmawiać?
family-days-left = { $count ->
    [one] Został jeszcze 1 dzień.
    [few] Zostały jeszcze { $count } dni.
    [many] Zostało jeszcze { $count } dni.
   *[other] Pozostało dni: { $count }.
}
family-now-book = Teraz mogą Państwo wybrać termin rozmowy. Można to zrobić do { $date }.
family-now-wait = Od { $date } będzie można wybrać termin rozmowy.
family-now-conference = W tych dniach odbywa się KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }. Do zobaczenia!
family-now-done = Rozmowy się skończyły. Dziękujemy!
family-now-booked = Rozmowa o dziecku ({ $child }) ma już ustalony termin. Do zobaczenia!
family-status-sent = Państwa ankieta została wysłana { $date }. Dziękujemy!
family-status-draft = Państwa ankieta jest zapisana, ale jeszcze nie wysłana. Można ją wysłać tutaj.
family-status-summary = Jest już podsumowanie rozmowy. Można je przeczytać tutaj.
family-status-agreements = { $count ->
    [one] 1 ustalenie jest jeszcze w toku.
    [few] { $count } ustalenia są jeszcze w toku.
    [many] { $count } ustaleń jest jeszcze w toku.
   *[other] Ustalenia jeszcze w toku: { $count }.
}
family-done = Wyloguj się
read-aloud = Czytaj na głos
read-aloud-stop = Zatrzymaj czytanie
family-words-title = Co znaczą te słowa?
family-word-kom = KOM-gesprek: rozmowa, w której biorą udział razem Dziecko (Kind), Rodzice (Ouders) i Mentor (nauczyciel). Państwa dziecko też jest przy rozmowie i samo mówi.
family-word-secundair = Secundair onderwijs: szkoła średnia, czyli szkoła po szkole podstawowej, dla dzieci od 12 lat.
family-word-clb = CLB: centrum wsparcia uczniów (centrum voor leerlingenbegeleiding). Pomaga bezpłatnie w nauce, w sprawach zdrowia i przy wyborze szkoły.
family-word-baso = BaSO-fiche: karta, którą szkoła podstawowa przekazuje szkole średniej. Jest w niej napisane, czego potrzebuje Państwa dziecko.
family-word-stroom = A-stroom i B-stroom: dwie drogi w pierwszej klasie szkoły średniej. A-stroom (droga A) jest dla dzieci, które mają świadectwo ukończenia szkoły podstawowej. B-stroom (droga B) jest dla dzieci bez tego świadectwa: dostają tam więcej czasu i pomocy.

letter-greeting = Dzień dobry, { $name },
letter-intro = Wkrótce spotkamy się w szkole: { $children }, Państwo i nauczyciel. Taka rozmowa to KOM-gesprek (Kind – dziecko, Ouders – rodzice, Mentor – nauczyciel). Razem patrzymy, jak idzie w szkole i jaki jest następny krok. Dziecko samo też zabiera głos.
letter-asked = O co prosimy Państwa?
letter-prepare = Proszę porozmawiać w domu o szkole z dzieckiem ({ $children }), do { $date }.
letter-book = Proszę wybrać termin rozmowy, { $when }.
letter-conference = Sama rozmowa odbędzie się { $when }.
letter-how = Jak wejść na stronę rozmów
letter-qr = Kod QR do Państwa zaproszenia
letter-scan = Proszę zeskanować kod QR aparatem w telefonie.
letter-type = Albo proszę wejść na stronę { $url } i wpisać ten kod:
letter-personal = Ten list jest osobisty: kod daje dostęp do danych Państwa dziecka. Proszę nie dawać kodu innym osobom.
letter-language = Wolą Państwo inny język? Na stronie można wybrać: { $languages }.
letter-bye = Do zobaczenia,

mail-subject = Zaproszenie: KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $children }
mail-open = Proszę otworzyć zaproszenie tym linkiem:
mail-button = Otwórz zaproszenie

# De vragenlijst voor de ouders
error-too-long = To jest za długie. Proszę skrócić tekst.
error-choice = Proszę wybrać jedną z możliwości.
face-1 = wcale nie
face-2 = raczej nie
face-3 = czasem tak, czasem nie
face-4 = przeważnie tak
face-5 = zdecydowanie tak
axis-alone = Praca samodzielna
axis-together = Praca z innymi
axis-asking_help = Proszenie o pomoc
axis-planning = Planowanie
axis-reading = Czytanie
axis-maths = Liczenie
axis-sport = Sport
axis-creativity = Kreatywność
q-title = Ankieta o dziecku: { $child }
q-intro = Proszę odpowiedzieć na te pytania razem z dzieckiem ({ $child }). Nic nie jest obowiązkowe. Odpowiedzi zapisują się od razu. Wszystko można zmieniać do { $date }. Potem nauczyciel przeczyta Państwa odpowiedzi.
q-closed = Czas na ankietę już minął. Państwa odpowiedzi są zapisane. Chętnie porozmawiamy o nich podczas spotkania.
q-submitted = Dziękujemy! Państwa odpowiedzi zostały wysłane do nauczyciela. Można je jeszcze zmieniać, dopóki czas na ankietę nie minie.
q-problems = Coś się nie zgadza w jednej odpowiedzi. Proszę sprawdzić pytanie zaznaczone na czerwono. Nic nie zginęło.
q-saved = Zapisano.
q-save-draft = Zapisz
q-submit = Wyślij do nauczyciela
q-back = Powrót do strony głównej
q-tells = Co { $child } opowiada w domu o szkole?
q-likes_school = Jak Państwo myślą: czy { $child } lubi chodzić do szkoły?
q-does_well = Co { $child } dobrze robi w domu?
q-spider = Jak to idzie według Państwa? 1 = jeszcze trudno, 5 = idzie bardzo dobrze.
q-topics = O czym na pewno chcą Państwo porozmawiać?
q-topics-friends = koledzy, koleżanki i klasa
q-topics-learning = nauka i wyniki
q-topics-homework = zadania domowe i planowanie
q-topics-feelings = jak { $child } się czuje
q-topics-behaviour = zachowanie w szkole lub w domu
q-topics-next_year = następny rok szkolny
q-discuss = Czy chcą Państwo porozmawiać jeszcze o czymś innym?
q-help = Jak mogą Państwo pomóc w domu? Czego potrzebują Państwo do tego od szkoły?
q-expect = Secundair onderwijs (szkoła średnia, od 12 lat): czego Państwo od niej oczekują?
q-direction = O jakim kierunku teraz Państwo myślą?
q-direction-stem = technika, nauki ścisłe, matematyka (STEM)
q-direction-language_culture = języki i kultura
q-direction-economics_organisation = ekonomia i organizacja
q-direction-society_welfare = społeczeństwo i opieka
q-direction-arts_creation = sztuka i tworzenie
q-direction-sport = sport
q-direction-food_hospitality = żywienie i gastronomia
q-direction-agriculture_nature = rolnictwo, ogrodnictwo, przyroda
q-direction-not_sure = jeszcze nie wiemy
q-schools = Jakie szkoły chcą Państwo obejrzeć?
q-info = Jakich informacji jeszcze Państwo potrzebują?
q-info-open_days = daty dni informacyjnych i dni otwartych
q-info-school_visits = jak odwiedzić szkołę albo się z nią skontaktować
q-info-choice_help = pomoc przy wyborze, na przykład od CLB (bezpłatnej poradni dla uczniów)
q-info-support_needs = co zrobić, jeśli { $child } potrzebuje dodatkowego wsparcia
q-info-costs = ile kosztuje szkoła
q-info_language = W jakim języku wolą Państwo dostać te informacje?
q-info_language-nl = niderlandzki
q-info_language-fr = francuski
q-info_language-en = angielski
q-info_language-ar = arabski
q-info_language-tr = turecki
q-info_language-pl = polski
q-info_language-ro = rumuński
q-info_language-bg = bułgarski
q-info_language-uk = ukraiński
q-info_language-other = inny język
family-q-fill = Wypełnij ankietę
family-q-edit = Zobacz lub zmień ankietę

reminder-subject = Przypomnienie: ankieta o dziecku – { $children }
reminder-text = Nie dostaliśmy jeszcze Państwa odpowiedzi na ankietę o dziecku ({ $children }). Można ją wypełnić do { $date }. Nic nie jest obowiązkowe. Już kilka zdań bardzo pomaga w rozmowie.
q-feels = Jak Państwo myślą: jak { $child } czuje się w ostatnich tygodniach? 0 = bardzo źle, 10 = super.

booking-title = Wybór terminu rozmowy o dziecku: { $child }
booking-slot = { $date }, godz. { $from }–{ $until }
booking-yours = Rozmowa o dziecku: { $child }
booking-room = Miejsce: { $room }.
booking-room-class = Miejsce: klasa { $class }.
booking-cancel = Odwołaj ten termin
booking-cancel-sure = Czy na pewno? Wtedy ten termin będzie wolny dla innej rodziny.
booking-cancel-yes = Tak, odwołuję ten termin
booking-choose = Proszę wybrać termin
booking-change = Wolą Państwo inny termin? Proszę wybrać:
booking-none-free = Nie ma już wolnych terminów. Można zapisać się na listę oczekujących albo poprosić nauczyciela o inny termin.
booking-none-other = Nie ma innego wolnego terminu.
booking-not-yet = Termin będzie można wybrać od { $date }. Do zobaczenia!
booking-closed = Zapisy są już zamknięte. Chcą Państwo jeszcze coś zmienić? Proszę zapytać nauczyciela.
booking-no-slots = Nie ma jeszcze terminów do wyboru.
booking-done = Zarezerwowane! Termin widać poniżej.
booking-cancelled = Termin został odwołany.
booking-taken = Ktoś inny właśnie wybrał ten termin. Oto najbliższe wolne terminy:
booking-all-free = Pokaż wszystkie wolne terminy
booking-wait-still-free = Jest jeszcze wolny termin dla Państwa dziecka. Proszę wybrać go poniżej. Lista oczekujących jest tylko na wypadek, gdy wszystko jest zajęte.
booking-too-late = Ten termin jest już za blisko, żeby go zmienić. Proszę zapytać nauczyciela.
booking-sibling-booked = Termin rozmowy o dziecku ({ $child }): { $when }.
booking-sibling-clash = w tym samym czasie co rozmowa o dziecku: { $child }
booking-sibling-next = Tuż przed rozmową lub tuż po rozmowie o dziecku: { $child }
booking-sibling-refused = Ten termin jest w tym samym czasie co rozmowa o dziecku ({ $child }). Proszę wybrać termin tuż przed nią albo tuż po niej. Wtedy mogą Państwo być na obu rozmowach.
booking-head-start = Mają Państwo w tych rozmowach więcej niż jedno dziecko. Dlatego mogą Państwo wybierać { $minutes } min wcześniej niż inni: od { $date }. Tak łatwiej znaleźć terminy jeden po drugim.
booking-facts-minutes = { $count ->
    [one] 1 minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } min
}
booking-facts-video = można też przez wideo
booking-calendar = Dodaj do mojego kalendarza
family-book = Wybierz termin
family-book-change = Zobacz lub zmień termin
booking-mail-subject = Potwierdzenie: KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }, { $when }
booking-mail-text = Termin jest zarezerwowany. KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }: { $when }. Załącznik dodaje ten termin do Państwa kalendarza.
booking-mail-change = Chcą Państwo coś zmienić? Można to zrobić najpóźniej dzień wcześniej na stronie { $url }.
booking-mail-event = KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }
cancel-mail-subject = Odwołane: KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }, { $when }
cancel-mail-text = Ta rozmowa została odwołana: KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }, { $when }. Załącznik usuwa ją też z Państwa kalendarza.
cancel-mail-again = Nowy termin można wybrać na stronie { $url }.

# De wachtlijst
wait-join = Zapisz nas na listę oczekujących
wait-joined = Są Państwo na liście oczekujących. Gdy zwolni się termin, dostaną Państwo e-mail i zobaczą go też tutaj.
wait-heading = Na liście oczekujących
wait-place = Państwa miejsce na liście oczekujących: { $position }. Gdy zwolni się termin, najpierw zatrzymamy go dla Państwa.
wait-leave = Wypisz nas z listy oczekujących
wait-left = Nie są już Państwo na liście oczekujących.
wait-offer-heading = Zwolnił się termin dla Państwa
wait-offer-until = Zatrzymujemy go dla Państwa do { $until }. Potem przejdzie do następnej rodziny z listy oczekujących.
wait-offer-take = Przyjmij ten termin
wait-offer-decline = Nie, dziękuję
wait-mail-subject = Zwolnił się termin: { $when }. KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }
wait-mail-text = Są Państwo na liście oczekujących. Chodzi o KOM-gesprek (rozmowę dziecka, rodziców i nauczyciela) – { $child }. Zwolnił się ten termin: { $when }. Zatrzymujemy go dla Państwa do { $until }.
wait-mail-link = Na stronie { $url } można przyjąć ten termin albo z niego zrezygnować.

# De herinnering de dag ervoor
reminder-mail-subject = Jutro: KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }, { $when }
reminder-mail-text = Do zobaczenia jutro! KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }: { $when }. W załączniku jest ten termin jeszcze raz, do Państwa kalendarza.
reminder-mail-change = Jednak nie mogą Państwo przyjść? Proszę jak najszybciej dać znać nauczycielowi. Wszystko o rozmowie jest na stronie { $url }.
slip-with = Rozmowę prowadzi: { $teacher }.
slip-change = Jednak się nie uda? Można zmienić termin najpóźniej dzień wcześniej na stronie { $url } albo dać znać szkole.

# De school stelt een moment voor
proposal-mail-subject = Propozycja: KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }, { $when }
proposal-mail-text = Szkoła proponuje termin na KOM-gesprek (rozmowę dziecka, rodziców i nauczyciela) – { $child }: { $when }. Pasuje Państwu? Proszę go potwierdzić w portalu. Jeśli nie pasuje, można tam wybrać inny.
when-heading = Kiedy Państwu pasuje?
when-intro = Proszę zaznaczyć, kiedy mogą Państwo przyjść – im więcej, tym lepiej. Potem szkoła zaproponuje termin. Rozmowy o rodzeństwie będą jedna po drugiej.
when-afternoon = { $date }, po południu (do 17:00)
when-evening = { $date }, wieczorem (od 17:00)
when-send = Wyślij
when-thanks = Dziękujemy! Szkoła wkrótce zaproponuje termin. Dostaną Państwo e-mail i zobaczą go też tutaj.
proposal-yours = Szkoła proponuje ten termin:
proposal-confirm = Ten termin nam pasuje
proposal-confirmed = Potwierdzone. Do zobaczenia!
booking-also = W rozmowie wezmą też udział: { $who }.
booking-video = Nie mogą Państwo przyjść? Można dołączyć przez wideo:

# Het gespreksraster en de afspraken
frame-going_well = Co idzie dobrze? Z czego jestem dumny lub dumna?
frame-hard = Co jest trudne? Nad czym chcę popracować?
frame-feeling = Jak się czuję w szkole?
frame-interests = Zainteresowania i talenty
frame-at_home = Co rodzice widzą w domu
frame-teacher_message = Wiadomość od nauczyciela
frame-study_choice = Wybór szkoły: secundair onderwijs (szkoła średnia)
frame-next_conversation = Następna rozmowa
agreements-heading = Ustalenia
agreement-by = do { $date }
agreement-open = w toku
agreement-done = zrobione
agreement-dropped = nieaktualne
who-child = dziecko
who-parents = rodzice
who-teacher = nauczyciel
who-school = szkoła
who-care_coordinator = koordynator wsparcia uczniów
conversation-title = KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }
conversation-nothing = Z tej rozmowy nic jeszcze nie zapisano.
family-conversation = Co ustaliliśmy
conversation-mark-read = Oznacz jako przeczytane
conversation-read-on = Oznaczono jako przeczytane: { $date }. Dziękujemy!
family-study = Wybór szkoły: secundair onderwijs (szkoła średnia)

# Het verslag van het gesprek voor het gezin
summary-title = Podsumowanie: KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela) – { $child }
summary-class = Klasa { $class }
summary-footer = To podsumowanie jest dla rodziny. Innych notatek szkoły o Państwa dziecku tu nie ma.
summary-file = podsumowanie-rozmowy-kom
summary-nav = Wydrukuj podsumowanie
summary-back = Powrót
summary-print-hint = Można wydrukować przyciskiem drukowania w przeglądarce albo otworzyć plik PDF.
summary-pdf = Jako PDF
summary-none = Nie ma jeszcze podsumowania do wydrukowania.
summary-mail-intro = Oto podsumowanie naszej rozmowy – KOM-gesprek (rozmowa dziecka, rodziców i nauczyciela). Jest w nim, o czym rozmawialiśmy i co ustaliliśmy.
summary-mail-link = Podsumowanie jest też w portalu dla rodziców, do wydrukowania lub jako PDF: { $url }
conversation-print = Drukuj lub PDF
summary-class-title = Podsumowania: klasa { $class } · { $round }
child-says = dziecko mówi: { $what }
child-says-done = udało się
child-says-partly = trochę
child-says-not_yet = jeszcze nie
study-sheet-title = Następny krok – secundair onderwijs (szkoła średnia): { $child }
study-sheet-intro = Ta kartka należy do Państwa. Jest na niej to, co dziecko ({ $child }) i szkoła odkryły razem. Państwo decydują, czy dać ją nowej szkole (secundair onderwijs – szkoła średnia), na przykład razem z BaSO-fiche (kartą o potrzebach dziecka od szkoły podstawowej). Szkoła nigdzie tej kartki nie wysyła.
study-sheet-liked-good = Co { $child } lubi robić i robi dobrze
study-sheet-liked = Co { $child } lubi robić i czego chce się jeszcze nauczyć
study-sheet-empty = W podsumowaniu i w tabeli talentów nie ma jeszcze nic o wyborze szkoły.
study-sheet-file = wybor-szkoly
study-sheet-link = Kartka dla nowej szkoły: secundair onderwijs (szkoła średnia)
study-sheet-hint = Z wyborem szkoły i talentami Państwa dziecka. Czy dać ją nowej szkole? To Państwa decyzja.
grid-domains = Według kierunków nauki
domain-stem = STEM
domain-language_culture = Języki i kultura
domain-economics_organisation = Ekonomia i organizacja
domain-society_welfare = Społeczeństwo i opieka
domain-arts_creation = Sztuka i tworzenie
domain-sport = Sport
domain-food_hospitality = Żywienie i gastronomia
domain-agriculture_nature = Rolnictwo, ogrodnictwo i przyroda
quadrant-liked_good = Lubię i dobrze mi idzie
quadrant-liked = Lubię, jeszcze się uczę
quadrant-good = Dobrze mi idzie, mniej lubię
quadrant-neither = To jeszcze nie dla mnie
frame-other = Inne notatki

consent-purpose-video = Film podczas rozmowy z dzieckiem
consent-purpose-photos = Zdjęcia na ścianie w klasie
consent-purpose-portfolio = Portfolio udostępniane rodzinie
family-consents = Zgody
family-consent-given = Zgoda od: { $who }, dnia { $date }.
family-consent-withdraw = Wycofaj
family-consent-withdrawn = Państwa zgoda została wycofana. Szkoła widzi to od razu.
family-withdraw-title = Wycofanie zgody: { $what }
family-withdraw-video = Filmy nagrane przez dziecko ({ $child }) zostaną od razu usunięte. Dziecko nie będzie już nagrywać nowych filmów.
family-withdraw-photos = Szkoła nie będzie już wieszać na ścianie w klasie zdjęć, na których widać dziecko ({ $child }).
family-withdraw-portfolio = Szkoła nie będzie już udostępniać Państwu portfolio dziecka ({ $child }).
family-withdraw-later = Później mogą Państwo znowu dać zgodę – przez nauczyciela.
family-withdraw-yes = Tak, wycofuję zgodę
family-withdraw-no = Nie, wróć
