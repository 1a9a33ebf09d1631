# Oekraïens: alles wat een ouder ziet (portaal, uitnodiging, brief, mail).
# De pagina's voor het personeel bestaan alleen in het Nederlands en het Engels.

skip-to-content = Перейти до змісту
nav-label = Головне меню
nav-logout = Вийти
language-switch = Українська
language-menu = Мова
footer-text = Samenspraak — KOM-gesprek: розмова дитини, батьків і вчителя.

weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п’ятниця
weekday-6 = субота
weekday-7 = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
month-short-1 = січ.
month-short-2 = лют.
month-short-3 = бер.
month-short-4 = квіт.
month-short-5 = трав.
month-short-6 = черв.
month-short-7 = лип.
month-short-8 = серп.
month-short-9 = вер.
month-short-10 = жовт.
month-short-11 = лист.
month-short-12 = груд.
date-long = { $day } { $month } { $year } р. ({ $weekday })
date-short = { $day } { $month }
datetime-long = { $date } о { $time }

form-problems =
    { $count ->
        [one] Є { $count } помилка. Виправте і збережіть ще раз.
        [few] Є { $count } помилки. Виправте їх і збережіть ще раз.
        [many] Є { $count } помилок. Виправте їх і збережіть ще раз.
       *[other] Є { $count } помилок. Виправте їх і збережіть ще раз.
    }
error-page-not-found-title = Сторінку не знайдено
error-page-not-found = Такої сторінки немає (або вже немає), або вона не для Вас.
error-page-form-address-title = Цю сторінку не можна відкрити так
error-page-form-address = Ця адреса належить до форми. Її не можна відкрити як сторінку. Поверніться на попередню сторінку або виберіть потрібне в меню.
error-page-forbidden-title = Немає доступу
error-page-forbidden = У Вас немає доступу до цієї сторінки.
error-page-bad-request-title = Не вдалося
error-page-bad-request = Щось пішло не так із тим, що Ви надіслали. Поверніться назад і спробуйте ще раз.
error-page-too-many-title = Зачекайте трохи
error-page-too-many = Було забагато спроб поспіль. Зачекайте 15 хвилин і спробуйте ще раз. Якщо й тоді не вийде, зверніться до школи.
error-page-full-title = Диск сервера заповнений
error-page-full = На сервері більше немає місця, щоб щось зберегти. Те, що Ви щойно заповнили, не збережено. Усе, що було раніше, на місці. Переглядати сторінки можна. Повідомте школу і спробуйте пізніше.
error-page-internal-title = Щось пішло не так
error-page-internal = У нас щось пішло не так. Нічого не втрачено. Спробуйте ще раз за кілька хвилин.
error-back-home = На головну сторінку
error-to-login = Увійти

field-invitation_code = Код із листа
family-landing-title = Вітаємо в Samenspraak
family-landing-intro = Ви отримали це посилання від школи Вашої дитини. Натисніть кнопку, щоб продовжити.
family-landing-go = Перейти до розмов
family-landing-why = Навіщо ця кнопка? Деякі поштові програми самі відкривають посилання. Ваша сторінка відкривається, лише коли Ви натиснете.
family-not-valid-title = Це запрошення не працює
family-not-valid = Це посилання або код не працює (або вже не працює). Можливо, його замінили на нове. Попросіть нове запрошення у школи або в учителя.
family-locked =
    { $count ->
        [one] Забагато спроб поспіль. Спробуйте ще раз через { $count } хвилину.
        [few] Забагато спроб поспіль. Спробуйте ще раз через { $count } хвилини.
        [many] Забагато спроб поспіль. Спробуйте ще раз через { $count } хвилин.
       *[other] Забагато спроб поспіль. Спробуйте ще раз через { $count } хвилин.
    }
family-try-code = Ввести код
family-code-title = Код із листа
family-code-intro = У листі від школи є код? Введіть його нижче. Великі чи малі літери та пробіли не мають значення.
family-code-hint = Десять знаків, наприклад K7MQ 2P9X HT.
family-code-go = Далі
family-code-missing = Введіть код із листа.
family-code-wrong = Ми не знаємо такого коду. Перевірте його в листі або попросіть у школи новий.
family-bye = Ви вийшли. За посиланням або з кодом із листа Ви завжди зможете повернутися сюди.
family-title = Розмови про Вашу дитину
family-greeting = Добрий день, { $name }
family-intro = Тут Ви бачите, що школа просить Вас зробити і коли.
family-no-children = Ми не знаходимо дітей, записаних на Ваше ім’я. Зверніться до школи.
family-class = клас { $class }
family-no-round = Зараз розмов не заплановано.
family-step-prepare = Підготуватися вдома разом із дитиною
family-step-book = Вибрати час для розмови
family-step-conference = KOM-gesprek у школі (розмова дитини, батьків і вчителя)
family-until = до { $date }
family-between = з { $from } до { $until }
family-between-days = з { $from } до { $until }
family-now-prepare = Поговоріть удома з дитиною ({ $child }) про школу: що вдається добре, що важко, про що Ви хочете поговорити?
family-days-left =
    { $count ->
        [one] Залишився { $count } день.
        [few] Залишилося { $count } дні.
        [many] Залишилося { $count } днів.
       *[other] Залишилося { $count } днів.
    }
family-now-book = Виберіть зараз час для розмови. Це можна зробити до { $date }.
family-now-wait = З { $date } Ви зможете вибрати час для розмови.
family-now-conference = Цими днями відбувається KOM-gesprek (розмова дитини, батьків і вчителя) про Вашу дитину ({ $child }). До зустрічі!
family-now-done = Розмови завершено. Дякуємо!
family-now-booked = Час розмови про Вашу дитину ({ $child }) призначено. До зустрічі!
family-status-sent = Вашу анкету надіслано { $date }. Дякуємо!
family-status-draft = Вашу анкету збережено, але ще не надіслано. Надішліть її тут.
family-status-summary = Є звіт про розмову. Прочитайте його тут.
family-status-agreements =
    { $count ->
        [one] { $count } домовленість ще триває.
        [few] { $count } домовленості ще тривають.
        [many] { $count } домовленостей ще триває.
       *[other] { $count } домовленостей ще триває.
    }
family-done = Вийти
read-aloud = Прочитати вголос
read-aloud-stop = Зупинити читання
family-words-title = Що означають ці слова?
family-word-kom = KOM-gesprek (розмова втрьох): розмова, у якій разом беруть участь Kind (дитина), Ouders (батьки) і Mentor (учитель). Ваша дитина теж бере участь і говорить сама.
family-word-secundair = Secundair onderwijs (середня школа): школа після початкової школи, для дітей від 12 років.
family-word-clb = CLB (центр підтримки учнів): безкоштовно допомагає з навчанням, здоров’ям і вибором школи.
family-word-baso = BaSO-fiche (аркуш для нової школи): аркуш, який початкова школа передає середній школі. У ньому написано, що потрібно Вашій дитині.
family-word-stroom = A-stroom і B-stroom (два шляхи навчання): два шляхи в першому році secundair onderwijs (середньої школи). A-stroom — для дітей, які мають свідоцтво про закінчення початкової школи. B-stroom — для дітей без цього свідоцтва: там вони отримують більше часу й допомоги.

letter-greeting = Добрий день, { $name }!
letter-intro = Незабаром у школі буде KOM-gesprek. K, O, M — це Kind (дитина), Ouders (батьки) і Mentor (учитель). Ми поговоримо разом: { $children }, Ви та вчитель. Ми подивимося, як іде навчання і який наступний крок. Дитина теж говорить сама.
letter-asked = Що ми просимо Вас зробити?
letter-prepare = Поговоріть удома разом про школу: Ви і { $children }. Це можна зробити до { $date }.
letter-book = Виберіть час для розмови. Це можна зробити { $when }.
letter-conference = Сама розмова відбудеться { $when }.
letter-how = Як відкрити сторінку розмов
letter-qr = QR-код до Вашого запрошення
letter-scan = Відскануйте QR-код камерою Вашого телефону.
letter-type = Або відкрийте сайт { $url } і введіть цей код:
letter-personal = Цей лист особистий: з цим кодом можна побачити дані Вашої дитини. Нікому не передавайте його.
letter-language = Хочете іншою мовою? На сайті можна вибрати: { $languages }.
letter-bye = До зустрічі,

mail-subject = Запрошення на KOM-gesprek (шкільна розмова): { $children }
mail-open = Відкрийте Ваше запрошення за цим посиланням:
mail-button = Відкрити запрошення

# De vragenlijst voor de ouders
error-too-long = Текст задовгий. Скоротіть його, будь ласка.
error-choice = Виберіть один із варіантів.
face-1 = зовсім ні
face-2 = не дуже
face-3 = іноді так, іноді ні
face-4 = здебільшого так
face-5 = повністю так
axis-alone = Працювати самостійно
axis-together = Працювати разом з іншими
axis-asking_help = Просити допомоги
axis-planning = Планувати
axis-reading = Читати
axis-maths = Рахувати
axis-sport = Спорт
axis-creativity = Творчість
q-title = Анкета про дитину: { $child }
q-intro = Дайте відповіді на ці питання разом із дитиною ({ $child }). Жодне питання не обов’язкове. Усе, що Ви пишете, зберігається одразу. Ви можете все змінити до { $date }. Після цього вчитель прочитає Ваші відповіді.
q-closed = Час для анкети минув. Ваші відповіді збережено. Ви можете спокійно поговорити про них під час розмови.
q-submitted = Дякуємо! Ваші відповіді надіслано вчителю. Ви ще можете змінити їх, поки не мине час для анкети.
q-problems = З однією відповіддю щось не так. Перевірте питання, позначене червоним. Нічого не втрачено.
q-saved = Збережено.
q-save-draft = Зберегти
q-submit = Надіслати вчителю
q-back = Назад на головну сторінку
q-tells = Що { $child } розповідає вдома про школу?
q-likes_school = Як Ви думаєте, наскільки { $child } любить ходити до школи?
q-does_well = Що { $child } добре робить удома?
q-spider = Як, на Вашу думку, це вдається? 1 — ще важко, 5 — дуже добре.
q-topics = Про що Ви обов’язково хочете поговорити?
q-topics-friends = друзі та клас
q-topics-learning = навчання й оцінки
q-topics-homework = домашні завдання і планування
q-topics-feelings = як { $child } почувається
q-topics-behaviour = поведінка в школі або вдома
q-topics-next_year = наступний навчальний рік
q-discuss = Чи хочете Ви поговорити ще про щось?
q-help = Як Ви можете допомогти вдома? І що Вам для цього потрібно від школи?
q-expect = Чого Ви чекаєте від secundair onderwijs (середньої школи)?
q-direction = Про який напрям навчання Ви зараз думаєте?
q-direction-stem = техніка, природничі науки, математика (STEM)
q-direction-language_culture = мови та культура
q-direction-economics_organisation = економіка та організація
q-direction-society_welfare = суспільство і добробут людей
q-direction-arts_creation = мистецтво і творчість
q-direction-sport = спорт
q-direction-food_hospitality = харчування, ресторани й готелі
q-direction-agriculture_nature = сільське господарство, садівництво, природа
q-direction-not_sure = ми ще не знаємо
q-schools = Які школи Ви хочете відвідати?
q-info = Яка інформація Вам ще потрібна?
q-info-open_days = дати днів інформації та днів відкритих дверей
q-info-school_visits = як відвідати школу або зв’язатися з нею
q-info-choice_help = допомога з вибором (наприклад, від CLB — центру підтримки учнів)
q-info-support_needs = що робити, якщо { $child } потребує додаткової підтримки
q-info-costs = скільки коштує навчання в школі
q-info_language = Якою мовою Вам найзручніше отримувати цю інформацію?
q-info_language-nl = нідерландська
q-info_language-fr = французька
q-info_language-en = англійська
q-info_language-ar = арабська
q-info_language-tr = турецька
q-info_language-pl = польська
q-info_language-ro = румунська
q-info_language-bg = болгарська
q-info_language-uk = українська
q-info_language-other = інша мова
family-q-fill = Заповнити анкету
family-q-edit = Переглянути або змінити анкету

reminder-subject = Нагадування: анкета про дитину ({ $children })
reminder-text = Ми ще не отримали Ваших відповідей в анкеті ({ $children }). Ви можете заповнити її до { $date }. Жодне питання не обов’язкове. Навіть кілька рядків дуже допоможуть під час розмови.
q-feels = Як Ви думаєте, як { $child } почувається останніми тижнями? 0 — дуже погано, 10 — чудово.

# Een moment kiezen voor het gesprek
booking-title = Вибір часу для розмови про дитину: { $child }
booking-slot = { $date }, { $from }–{ $until }
booking-yours = Розмова про дитину: { $child }
booking-room = Місце: { $room }.
booking-room-class = Місце: клас { $class }.
booking-cancel = Скасувати цей час
booking-cancel-sure = Ви впевнені? Тоді цей час стане вільним для іншої родини.
booking-cancel-yes = Так, скасувати цей час
booking-choose = Виберіть час
booking-change = Хочете інший час? Виберіть:
booking-none-free = Вільного часу більше немає. Запишіться в список очікування або попросіть учителя про інший час.
booking-none-other = Іншого вільного часу немає.
booking-not-yet = Ви зможете вибрати час з { $date }. До зустрічі!
booking-closed = Запис закрито. Хочете все ж щось змінити? Зверніться до вчителя.
booking-no-slots = Учитель ще не запропонував часу для розмов.
booking-done = Готово, Ви записалися! Ваш час указано нижче.
booking-cancelled = Час скасовано.
booking-taken = Цей час щойно вибрав хтось інший. Ось найближчий вільний час:
booking-all-free = Показати весь вільний час
booking-wait-still-free = Для Вашої дитини ще є вільний час. Виберіть його нижче. Список очікування — тільки для випадку, коли все зайнято.
booking-too-late = Цей час уже надто близько, щоб його змінити. Зверніться до вчителя.
booking-sibling-booked = Розмова про дитину ({ $child }) відбудеться { $when }.
booking-sibling-clash = одночасно з розмовою про дитину ({ $child })
booking-sibling-next = Одразу перед розмовою про дитину ({ $child }) або після неї
booking-sibling-refused = Цей час збігається з розмовою про дитину ({ $child }). Виберіть час одразу перед нею або після неї, щоб Ви могли бути на обох розмовах.
booking-head-start = У Вас кілька дітей у цьому колі розмов. Тому Ви можете вибрати час на { $minutes } хв раніше за інших: з { $date }. Так Ви ще знайдете час для розмов одна за одною.
booking-facts-minutes =
    { $count ->
        [one] { $count } хвилина
        [few] { $count } хвилини
        [many] { $count } хвилин
       *[other] { $count } хвилин
    }
booking-facts-video = можна також через відеозв’язок
booking-calendar = Додати до мого календаря
family-book = Вибрати час
family-book-change = Переглянути або змінити час
booking-mail-subject = Підтвердження: KOM-gesprek (шкільна розмова) — { $child }, { $when }
booking-mail-text = Ви записалися на KOM-gesprek (розмова дитини, батьків і вчителя) про дитину ({ $child }): { $when }. Файл у вкладенні додасть цей час до Вашого календаря.
booking-mail-change = Хочете щось змінити? Це можна зробити до дня перед розмовою на сайті { $url }.
booking-mail-event = KOM-gesprek (шкільна розмова): { $child }
cancel-mail-subject = Скасовано: KOM-gesprek (шкільна розмова) — { $child }, { $when }
cancel-mail-text = KOM-gesprek (розмова дитини, батьків і вчителя) про дитину ({ $child }) скасовано. Це був такий час: { $when }. Файл у вкладенні прибере цю розмову і з Вашого календаря.
cancel-mail-again = Новий час можна вибрати на сайті { $url }.

# De wachtlijst
wait-join = Записатися в список очікування
wait-joined = Ви в списку очікування. Коли звільниться час, Ви отримаєте електронний лист і побачите це тут.
wait-heading = У списку очікування
wait-place = Ви під номером { $position } у списку очікування. Коли звільниться час, ми спершу залишимо його для Вас.
wait-leave = Вийти зі списку очікування
wait-left = Вас більше немає в списку очікування.
wait-offer-heading = Для Вас звільнився час
wait-offer-until = Ми тримаємо його для Вас до { $until }. Після цього він перейде до наступної родини в списку очікування.
wait-offer-take = Взяти цей час
wait-offer-decline = Ні, дякую
wait-mail-subject = Звільнився час для KOM-gesprek (шкільна розмова) — { $child }: { $when }
wait-mail-text = Ви були в списку очікування на KOM-gesprek (розмова дитини, батьків і вчителя) про дитину ({ $child }). Звільнився такий час: { $when }. Ми тримаємо його для Вас до { $until }.
wait-mail-link = Візьміть цей час або відмовтеся від нього на сайті { $url }.

# De herinnering de dag vooraf
reminder-mail-subject = Завтра: KOM-gesprek (шкільна розмова) — { $child }, { $when }
reminder-mail-text = До завтра! KOM-gesprek (розмова дитини, батьків і вчителя) про дитину ({ $child }) відбудеться { $when }. У вкладенні ще раз є файл із цим часом для Вашого календаря.
reminder-mail-change = Не зможете прийти? Повідомте вчителя якнайшвидше. Усе про розмову є на сайті { $url }.
slip-with = Учитель: { $teacher }.
slip-change = Не виходить прийти? Змініть час до дня перед розмовою на сайті { $url } або повідомте школу.

# De school stelt een moment voor
proposal-mail-subject = Пропозиція: KOM-gesprek (шкільна розмова) — { $child }, { $when }
proposal-mail-text = Школа пропонує такий час для KOM-gesprek (розмова дитини, батьків і вчителя) про дитину ({ $child }): { $when }. Вам підходить? Тоді підтвердьте його на порталі для батьків. Якщо не підходить, виберіть там інший час.
when-heading = Коли Вам зручно?
when-intro = Позначте, коли Ви можете прийти. Що більше варіантів, то краще. Потім школа запропонує час. Брати й сестри мають розмови одна за одною.
when-afternoon = { $date }, після обіду (до 17:00)
when-evening = { $date }, увечері (з 17:00)
when-send = Надіслати
when-thanks = Дякуємо! Незабаром школа запропонує час. Ви отримаєте електронний лист і побачите час тут.
proposal-yours = Школа пропонує такий час:
proposal-confirm = Цей час нам підходить
proposal-confirmed = Підтверджено. До зустрічі!
booking-also = Також на розмові: { $who }.
booking-video = Не можете прийти? Приєднайтеся через відеозв’язок:

# Het kader van het gesprek en de afspraken
frame-going_well = Що вдається добре, чим я пишаюся
frame-hard = Що важко, над чим я хочу працювати
frame-feeling = Як я почуваюся в школі
frame-interests = Інтереси й таланти
frame-at_home = Що батьки бачать удома
frame-teacher_message = Що хоче сказати вчитель
frame-study_choice = Вибір школи для secundair onderwijs (середньої школи)
frame-next_conversation = Наступна розмова
agreements-heading = Домовленості
agreement-by = до { $date }
agreement-open = триває
agreement-done = виконано
agreement-dropped = більше не актуально
who-child = дитина
who-parents = батьки
who-teacher = учитель
who-school = школа
who-care_coordinator = координатор підтримки учнів
conversation-title = KOM-gesprek (шкільна розмова): { $child }
conversation-nothing = Про розмову ще нічого не записано.
family-conversation = Про що ми домовилися
conversation-mark-read = Так, прочитано
conversation-read-on = Ви прочитали це { $date }. Дякуємо!
family-study = Вибір школи для secundair onderwijs (середньої школи)

# Het verslag van het gesprek voor het gezin
summary-title = Звіт про KOM-gesprek (шкільна розмова): { $child }
summary-class = Клас { $class }
summary-footer = Цей звіт — для родини. Інших записів школи про Вашу дитину тут немає.
summary-file = zvit-kom-gesprek
summary-nav = Надрукувати звіт
summary-back = Назад
summary-print-hint = Надрукуйте кнопкою друку в браузері або відкрийте PDF.
summary-pdf = Як PDF
summary-none = Звіту для друку ще немає.
summary-mail-intro = Ось звіт про KOM-gesprek (розмова дитини, батьків і вчителя): про що ми говорили і про що домовилися.
summary-mail-link = Звіт також є на порталі для батьків — для друку або як PDF: { $url }
conversation-print = Надрукувати або PDF
summary-class-title = Звіти { $class } · { $round }
child-says = дитина каже: { $what }
child-says-done = вдалося
child-says-partly = трохи
child-says-not_yet = ще ні
study-sheet-title = На шляху до secundair onderwijs (середньої школи): { $child }
study-sheet-intro = Цей аркуш належить Вам. Тут зібрано те, що { $child } і школа разом дізналися. Ви самі вирішуєте, чи давати його новій школі в secundair onderwijs (середній школі), наприклад разом із BaSO-fiche (аркуш, який початкова школа передає новій школі). Наша школа нікуди його не надсилає.
study-sheet-liked-good = Що { $child } любить робити і добре вміє
study-sheet-liked = Що { $child } любить робити і ще хоче навчитися
study-sheet-empty = У звіті та в таблиці талантів ще нічого немає про вибір навчання.
study-sheet-file = vybir-navchannia
study-sheet-link = Аркуш для школи secundair onderwijs (середньої школи)
study-sheet-hint = З вибором навчання і талантами Вашої дитини. Давати його новій школі? Це вирішуєте Ви.
grid-domains = За напрямами навчання
domain-stem = STEM
domain-language_culture = Мови та культура
domain-economics_organisation = Економіка та організація
domain-society_welfare = Суспільство і добробут людей
domain-arts_creation = Мистецтво і творчість
domain-sport = Спорт
domain-food_hospitality = Харчування, ресторани й готелі
domain-agriculture_nature = Сільське господарство, садівництво і природа
quadrant-liked_good = Подобається і добре вдається
quadrant-liked = Подобається, ще вчуся
quadrant-good = Добре вдається, але менше подобається
quadrant-neither = Поки що не моє
frame-other = Інші нотатки

consent-purpose-video = Відео під час розмови з дитиною
consent-purpose-photos = Фото на навчальній стіні в класі
consent-purpose-portfolio = Портфоліо, яке школа показує родині
family-consents = Дозволи
family-consent-given = Дозвіл надано { $date }. Від кого: { $who }.
family-consent-withdraw = Відкликати
family-consent-withdrawn = Ваш дозвіл відкликано. Школа бачить це одразу.
family-withdraw-title = Відкликати дозвіл: { $what }
family-withdraw-video = Відео, записані дитиною ({ $child }), буде одразу видалено. Нових відео { $child } більше не записуватиме.
family-withdraw-photos = Школа більше не вішатиме на навчальну стіну фото, на яких є { $child }.
family-withdraw-portfolio = Школа більше не показуватиме Вам портфоліо дитини ({ $child }).
family-withdraw-later = Пізніше Ви зможете знову дати дозвіл через учителя.
family-withdraw-yes = Так, відкликати мій дозвіл
family-withdraw-no = Ні, назад
