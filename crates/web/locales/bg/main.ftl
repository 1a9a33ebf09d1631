# Bulgaars: alles wat een ouder ziet (portaal, uitnodiging, brief, mail).
# De pagina's voor het personeel bestaan alleen in het Nederlands en het Engels.

skip-to-content = Към съдържанието
nav-label = Главно меню
nav-logout = Изход
language-switch = Български
language-menu = Език
footer-text = Samenspraak — KOM-gesprekken (разговори между детето, родителите и учителя).

weekday-1 = понеделник
weekday-2 = вторник
weekday-3 = сряда
weekday-4 = четвъртък
weekday-5 = петък
weekday-6 = събота
weekday-7 = неделя
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември
month-short-1 = яну
month-short-2 = фев
month-short-3 = март
month-short-4 = апр
month-short-5 = май
month-short-6 = юни
month-short-7 = юли
month-short-8 = авг
month-short-9 = сеп
month-short-10 = окт
month-short-11 = ное
month-short-12 = дек
date-long = { $weekday }, { $day } { $month } { $year } г.
date-short = { $day } { $month }
datetime-long = { $date } в { $time } ч.

form-problems = { $count ->
    [one] Има 1 грешка. Поправете я и запазете отново.
   *[other] Има { $count } грешки. Поправете ги и запазете отново.
}
error-page-not-found-title = Страницата не е намерена
error-page-not-found = Тази страница не съществува (вече) или не е за Вас.
error-page-form-address-title = Тази страница не се отваря така
error-page-form-address = Този адрес е част от формуляр. Той не се отваря като страница. Върнете се на предишната страница или изберете от менюто.
error-page-forbidden-title = Нямате достъп
error-page-forbidden = Нямате достъп до тази страница. Ако смятате, че това е грешка, попитайте училището.
error-page-bad-request-title = Не се получи
error-page-bad-request = Нещо не беше наред с това, което изпратихте. Върнете се назад и опитайте отново.
error-page-too-many-title = Моля, изчакайте
error-page-too-many = Имаше твърде много опити подред. Изчакайте 15 минути и опитайте отново. Ако пак не става, попитайте училището.
error-page-full-title = Дискът на сървъра е пълен
error-page-full = Сървърът няма повече място, за да запазва. Това, което току-що попълнихте, не е запазено. Всичко по-старо е още тук. Можете да разглеждате страниците. Кажете на училището и опитайте отново по-късно.
error-page-internal-title = Нещо се обърка
error-page-internal = Нещо се обърка при нас. Нищо не е изгубено. Опитайте отново след няколко минути.
error-back-home = Към началото
error-to-login = Вход

field-invitation_code = Код от писмото
family-landing-title = Добре дошли в Samenspraak
family-landing-intro = Получихте тази връзка от училището на детето Ви. Натиснете бутона, за да продължите.
family-landing-go = Към разговорите
family-landing-why = Защо този бутон? Някои пощенски програми сами отварят връзките. Вашата страница се отваря само когато Вие натиснете.
family-not-valid-title = Тази покана не работи
family-not-valid = Тази връзка или този код не работи (вече). Може би вече има нова връзка или нов код. Поискайте нова покана от училището или от учителя.
family-locked = { $count ->
    [one] Твърде много опити подред. Опитайте отново след 1 минута.
   *[other] Твърде много опити подред. Опитайте отново след { $count } минути.
}
family-try-code = Въведете код
family-code-title = Кодът от писмото
family-code-intro = Има ли код в писмото от училището? Въведете го по-долу. Главните букви и интервалите нямат значение.
family-code-hint = Десет знака, например K7MQ 2P9X HT.
family-code-go = Напред
family-code-missing = Въведете кода от писмото.
family-code-wrong = Не познаваме този код. Проверете го отново в писмото или поискайте нов код от училището.
family-bye = Излязохте. С връзката или с кода от писмото винаги можете да влезете отново.
family-title = Разговорите за детето Ви
family-greeting = Здравейте, { $name }
family-intro = Тук виждате какво иска училището от Вас и кога.
family-no-children = Не намираме деца на Ваше име. Моля, попитайте училището.
family-class = клас { $class }
family-no-round = В момента няма планирани разговори.
family-step-prepare = Подготовка у дома, заедно с детето Ви
family-step-book = Изберете час за разговора
family-step-conference = KOM-gesprek (разговор между детето, родителите и учителя) в училището
family-until = до { $date }
family-between = от { $from } до { $until }
family-between-days = от { $from } до { $until }
family-now-prepare = Говорете у дома с { $child } за училището: какво върви добре, какво е трудно, какво искате да обсъдите на разговора?
family-days-left = { $count ->
    [one] Остава 1 ден.
   *[other] Остават { $count } дни.
}
family-now-book = Изберете сега час за разговора. Можете да го направите до { $date }.
family-now-wait = От { $date } ще можете да изберете час за разговора.
family-now-conference = Тези дни е KOM-gesprek (разговорът между детето, родителите и учителя) за { $child }. До скоро!
family-now-done = Разговорите приключиха. Благодарим Ви!
family-now-booked = Часът за разговора за { $child } е запазен. До скоро!
family-status-sent = Вашият въпросник е изпратен ({ $date }). Благодарим Ви!
family-status-draft = Вашият въпросник е запазен, но още не е изпратен. Изпратете го оттук.
family-status-summary = Има обобщение на разговора. Прочетете го тук.
family-status-agreements = { $count ->
    [one] 1 уговорка още се изпълнява.
   *[other] { $count } уговорки още се изпълняват.
}
family-done = Изход
read-aloud = Четене на глас
read-aloud-stop = Спрете четенето
family-words-title = Какво означават тези думи?
family-word-kom = KOM-gesprek: разговор, в който участват заедно Детето (Kind), Родителите (Ouders) и Менторът (Mentor), тоест учителят. Детето Ви също говори и казва своето мнение.
family-word-secundair = Secundair onderwijs: средното училище. Това е училището след началното училище, от 12-годишна възраст.
family-word-clb = CLB: център за подкрепа на учениците. Той помага безплатно при ученето, при здравето и при избора на училище.
family-word-baso = BaSO-fiche: лист с информация за детето, който началното училище дава на средното училище. В него пише от какво има нужда детето Ви.
family-word-stroom = A-stroom и B-stroom: два пътя в първата година на secundair onderwijs (средното училище). A-stroom е за деца, които имат свидетелство от началното училище. B-stroom е за деца без това свидетелство: там те получават повече време и помощ.

letter-greeting = Здравейте, { $name },
letter-intro = Скоро в училището ще говорим за { $children } — заедно с { $children }, с Вас и с учителя. Това е KOM-gesprek (разговор между Детето, Родителите и Ментора, тоест учителя). На него гледаме как върви в училище и каква е следващата стъпка. Детето Ви също говори и казва своето мнение.
letter-asked = Какво молим от Вас?
letter-prepare = Говорете у дома с { $children } за училището, до { $date }.
letter-book = Изберете час за разговора, { $when }.
letter-conference = Самият разговор ще бъде { $when }.
letter-how = Как да стигнете до разговорите
letter-qr = QR код към Вашата покана
letter-scan = Сканирайте QR кода с камерата на телефона си.
letter-type = Или отворете { $url } и въведете този код:
letter-personal = Това писмо е лично: с кода се виждат данните на детето Ви. Не давайте кода на други хора.
letter-language = Искате друг език? На сайта можете да изберете: { $languages }.
letter-bye = До скоро,

mail-subject = Покана за KOM-gesprek (разговор в училище) за { $children }
mail-open = Отворете поканата си с тази връзка:
mail-button = Отворете поканата

# De vragenlijst voor de ouders
error-too-long = Текстът е твърде дълъг. Моля, съкратете го.
error-choice = Изберете една от възможностите.
face-1 = изобщо не
face-2 = не особено
face-3 = понякога да, понякога не
face-4 = най-често да
face-5 = напълно да
axis-alone = Самостоятелна работа
axis-together = Работа заедно с другите
axis-asking_help = Искане на помощ
axis-planning = Планиране
axis-reading = Четене
axis-maths = Смятане
axis-sport = Спорт
axis-creativity = Творчество
q-title = Въпросник за { $child }
q-intro = Попълнете тези въпроси заедно с { $child }. Нищо не е задължително. Това, което попълните, се запазва веднага. Можете да променяте всичко до { $date }. След това учителят ще прочете отговорите Ви.
q-closed = Срокът за въпросника изтече. Отговорите Ви са запазени. Можете спокойно да ги обсъдите на разговора.
q-submitted = Благодарим Ви! Отговорите Ви са изпратени на учителя. Можете още да ги променяте, докато срокът не изтече.
q-problems = Нещо не е наред с един отговор. Проверете въпроса в червено. Нищо не е изгубено.
q-saved = Запазено.
q-save-draft = Запазете
q-submit = Изпратете на учителя
q-back = Обратно към началото
q-tells = Какво разказва { $child } у дома за училището?
q-likes_school = Според Вас, обича ли { $child } да ходи на училище?
q-does_well = Какво виждате, че { $child } прави добре у дома?
q-spider = Колко добре върви това според Вас? 1 значи, че още е трудно. 5 значи, че върви много добре.
q-topics = За какво непременно искате да говорим?
q-topics-friends = приятелите и класа
q-topics-learning = ученето и резултатите
q-topics-homework = домашните и планирането
q-topics-feelings = как се чувства { $child }
q-topics-behaviour = поведението в училище или у дома
q-topics-next_year = следващата учебна година
q-discuss = Искате ли да обсъдим и нещо друго?
q-help = Как можете да помогнете у дома? И от какво имате нужда от училището за това?
q-expect = Какво очаквате от secundair onderwijs (средното училище)?
q-direction = За кое направление мислите сега?
q-direction-stem = техника, науки, математика (STEM)
q-direction-language_culture = езици и култура
q-direction-economics_organisation = икономика и организация
q-direction-society_welfare = общество и социални грижи
q-direction-arts_creation = изкуство и творчество
q-direction-sport = спорт
q-direction-food_hospitality = храна, хотели и ресторанти
q-direction-agriculture_nature = земеделие, градинарство, природа
q-direction-not_sure = още не знаем
q-schools = Кои училища искате да посетите?
q-info = Каква информация Ви трябва още?
q-info-open_days = датите на информационните дни и на дните на отворените врати
q-info-school_visits = как да посетите училище или да се свържете с него
q-info-choice_help = помощ при избора, например от CLB (центъра за подкрепа на учениците)
q-info-support_needs = какво да направим, ако { $child } има нужда от допълнителна подкрепа
q-info-costs = колко струва едно училище
q-info_language = На какъв език предпочитате да получите тази информация?
q-info_language-nl = нидерландски
q-info_language-fr = френски
q-info_language-en = английски
q-info_language-ar = арабски
q-info_language-tr = турски
q-info_language-pl = полски
q-info_language-ro = румънски
q-info_language-bg = български
q-info_language-uk = украински
q-info_language-other = друг език
family-q-fill = Попълнете въпросника
family-q-edit = Вижте или променете въпросника

reminder-subject = Напомняне: въпросникът за { $children }
reminder-text = Още не сме получили Вашите отговори на въпросника за { $children }. Можете да го попълните до { $date }. Нищо не е задължително. Дори няколко реда много помагат за разговора.
q-feels = Как се чувства { $child } през последните седмици, според Вас? 0 значи много зле, 10 значи чудесно.

booking-title = Изберете час за разговора за { $child }
booking-slot = { $date }, { $from }–{ $until } ч.
booking-yours = Разговорът за { $child }
booking-room = Място: { $room }.
booking-room-class = Място: класна стая { $class }.
booking-cancel = Отменете този час
booking-cancel-sure = Сигурни ли сте? Тогава часът ще се освободи за друго семейство.
booking-cancel-yes = Да, отменете този час
booking-choose = Изберете час
booking-change = Предпочитате друг час? Изберете тук:
booking-none-free = Няма повече свободни часове. Запишете се в списъка на чакащите или помолете учителя за друг час.
booking-none-other = Няма друг свободен час.
booking-not-yet = Ще можете да изберете час от { $date }. До скоро!
booking-closed = Записването приключи. Все пак искате да промените нещо? Попитайте учителя.
booking-no-slots = Още няма часове, предложени от учителя.
booking-done = Запазено! Часът е показан по-долу.
booking-cancelled = Часът е отменен.
booking-taken = Някой друг току-що избра този час. Ето най-близките свободни часове:
booking-all-free = Покажете всички свободни часове
booking-wait-still-free = Има още свободен час за детето Ви. Изберете го по-долу. Списъкът на чакащите е за времето, когато всичко е заето.
booking-too-late = Този час е твърде скоро и вече не може да се промени. Попитайте учителя.
booking-sibling-booked = Разговорът за { $child }: { $when }.
booking-sibling-clash = по същото време като разговора за { $child }
booking-sibling-next = Точно преди или след разговора за { $child }
booking-sibling-refused = Този час е по същото време като разговора за { $child }. Изберете час точно преди или след него. Така ще можете да бъдете и на двата разговора.
booking-head-start = Имате няколко деца в тези разговори. Затова можете да избирате { $minutes } минути преди другите: от { $date }. Така ще намерите часове един след друг.
booking-facts-minutes = { $count ->
    [one] 1 минута
   *[other] { $count } минути
}
booking-facts-video = може и по видео
booking-calendar = Добавете в календара си
family-book = Изберете час
family-book-change = Вижте или променете часа
booking-mail-subject = Потвърждение: KOM-gesprek (разговор в училище) за { $child }, { $when }
booking-mail-text = Часът за KOM-gesprek (разговора между детето, родителите и учителя) за { $child } е запазен: { $when }. С прикачения файл можете да го добавите в календара си.
booking-mail-change = Искате ли да промените нещо? Можете до деня преди разговора, на адрес { $url }.
booking-mail-event = KOM-gesprek (разговор в училище) за { $child }
cancel-mail-subject = Отменен: KOM-gesprek (разговор в училище) за { $child }, { $when }
cancel-mail-text = Часът за KOM-gesprek (разговора между детето, родителите и учителя) за { $child } е отменен: { $when }. С прикачения файл той изчезва и от календара Ви.
cancel-mail-again = Можете да изберете нов час на адрес { $url }.

# De wachtlijst
wait-join = Запишете ни в списъка на чакащите
wait-joined = Вие сте в списъка на чакащите. Когато се освободи час, ще получите имейл и ще го видите тук.
wait-heading = В списъка на чакащите
wait-place = Вие сте номер { $position } в списъка на чакащите. Когато се освободи час, първо ще го запазим за Вас.
wait-leave = Махнете ни от списъка на чакащите
wait-left = Вече не сте в списъка на чакащите.
wait-offer-heading = Освободи се час за Вас
wait-offer-until = Пазим го за Вас до { $until }. След това часът отива при следващото семейство в списъка на чакащите.
wait-offer-take = Искам този час
wait-offer-decline = Не, благодаря
wait-mail-subject = Свободен час за KOM-gesprek (разговор в училище) за { $child }: { $when }
wait-mail-text = Бяхте в списъка на чакащите за KOM-gesprek (разговора между детето, родителите и учителя) за { $child }. Този час се освободи: { $when }. Пазим го за Вас до { $until }.
wait-mail-link = На адрес { $url } изберете дали искате този час.

# De herinnering de dag vooraf
reminder-mail-subject = Утре: KOM-gesprek (разговор в училище) за { $child }, { $when }
reminder-mail-text = До утре! Часът за KOM-gesprek (разговора между детето, родителите и учителя) за { $child } е: { $when }. В прикачения файл отново е часът за календара Ви.
reminder-mail-change = Все пак не можете да дойдете? Кажете на учителя възможно най-скоро. Всичко за разговора ще намерите на адрес { $url }.
slip-with = Учител: { $teacher }.
slip-change = Все пак не можете? Променете часа до деня преди разговора на адрес { $url } или кажете на училището.

# De school stelt een moment voor
proposal-mail-subject = Предложение: KOM-gesprek (разговор в училище) за { $child }, { $when }
proposal-mail-text = Училището предлага този час за KOM-gesprek (разговора между детето, родителите и учителя) за { $child }: { $when }. Удобен ли е за Вас? Тогава го потвърдете в портала. Ако не е удобен, изберете там друг час.
when-heading = Кога Ви е удобно?
when-intro = Отметнете кога можете да дойдете — колкото повече, толкова по-добре. След това училището ще предложи час. Братята и сестрите идват един след друг.
when-afternoon = { $date }, следобед (до 17:00 ч.)
when-evening = { $date }, вечер (от 17:00 ч.)
when-send = Изпратете
when-thanks = Благодарим Ви! Скоро училището ще предложи час. Ще получите имейл и ще го видите тук.
proposal-yours = Училището предлага този час:
proposal-confirm = Този час ни е удобен
proposal-confirmed = Потвърдено. До скоро!
booking-also = Също на разговора: { $who }.
booking-video = Не можете да дойдете? Участвайте по видео:

# Het gesprek en de afspraken
frame-going_well = Какво върви добре, с какво се гордея?
frame-hard = Какво е трудно, върху какво искам да работя?
frame-feeling = Как се чувствам в училище?
frame-interests = Интереси и таланти
frame-at_home = Какво виждат родителите у дома
frame-teacher_message = Посланието на учителя
frame-study_choice = Изборът за secundair onderwijs (средното училище)
frame-next_conversation = Следващ разговор
agreements-heading = Уговорки
agreement-by = до { $date }
agreement-open = в ход
agreement-done = изпълнено
agreement-dropped = отпаднало
who-child = детето
who-parents = родителите
who-teacher = учителят
who-school = училището
who-care_coordinator = координаторът за подкрепа на учениците
conversation-title = KOM-gesprek (разговор в училище) за { $child }
conversation-nothing = Още нищо не е записано от разговора.
family-conversation = Какво се уговорихме
conversation-mark-read = Прочетох го
conversation-read-on = Прочетохте това ({ $date }). Благодарим Ви!
family-study = Избор на secundair onderwijs (средно училище)

# Het verslag van het gesprek voor het gezin
summary-title = Обобщение на KOM-gesprek (разговора в училище) за { $child }
summary-class = Клас { $class }
summary-footer = Това обобщение е за семейството. Другите бележки на училището за детето Ви не са тук.
summary-file = obobshtenie-kom-razgovor
summary-nav = Отпечатайте обобщението
summary-back = Назад
summary-print-hint = Отпечатайте с бутона за печат на браузъра или отворете PDF файла.
summary-pdf = Като PDF
summary-none = Още няма обобщение за отпечатване.
summary-mail-intro = Ето обобщението на KOM-gesprek (разговора между детето, родителите и учителя): за какво говорихме и какво се уговорихме.
summary-mail-link = Обобщението е и в портала за родители, за печат или като PDF: { $url }
conversation-print = Печат или PDF
summary-class-title = Обобщения { $class } · { $round }
child-says = детето казва: { $what }
child-says-done = получи се
child-says-partly = малко
child-says-not_yet = още не
study-sheet-title = По пътя към secundair onderwijs (средното училище): { $child }
study-sheet-intro = Този лист е Ваш. В него е събрано това, което { $child } и училището откриха заедно. Вие решавате дали да го дадете на средното училище, например заедно с BaSO-fiche (листа с информация, който началното училище дава на средното училище). Училището не го изпраща никъде.
study-sheet-liked-good = Какво { $child } обича да прави и какво умее добре
study-sheet-liked = Какво { $child } обича да прави и какво още иска да научи
study-sheet-empty = В обобщението и в таблицата с таланти още няма нищо за избора на училище.
study-sheet-file = izbor-na-uchilishte
study-sheet-link = Лист за средното училище
study-sheet-hint = С избора на училище и талантите на детето Ви. Ще го дадете ли на новото училище? Вие решавате.
grid-domains = По области на обучение
domain-stem = STEM
domain-language_culture = Език и култура
domain-economics_organisation = Икономика и организация
domain-society_welfare = Общество и социални грижи
domain-arts_creation = Изкуство и творчество
domain-sport = Спорт
domain-food_hospitality = Храна, хотели и ресторанти
domain-agriculture_nature = Земеделие, градинарство и природа
quadrant-liked_good = Харесва ми и ме бива
quadrant-liked = Харесва ми, още се уча
quadrant-good = Бива ме, но по-малко ми харесва
quadrant-neither = Още не е за мен
frame-other = Други бележки

consent-purpose-video = Видео в разговора с детето
consent-purpose-photos = Снимки на учебната стена в класа
consent-purpose-portfolio = Портфолио, споделено със семейството
family-consents = Съгласия
family-consent-given = Дадено от { $who } ({ $date }).
family-consent-withdraw = Оттеглете съгласието
family-consent-withdrawn = Вашето съгласие е оттеглено. Училището вижда това веднага.
family-withdraw-title = Оттегляне на съгласието: { $what }
family-withdraw-video = Видеата, записани от { $child }, се изтриват веднага. И { $child } вече няма да записва нови.
family-withdraw-photos = Училището вече няма да слага на учебната стена снимки, на които се вижда { $child }.
family-withdraw-portfolio = Училището вече няма да споделя портфолиото на { $child } с Вас.
family-withdraw-later = По-късно можете отново да дадете съгласие чрез учителя.
family-withdraw-yes = Да, оттеглям съгласието си
family-withdraw-no = Не, назад
