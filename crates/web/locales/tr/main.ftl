# Turks: alles wat een ouder ziet (portaal, uitnodiging, brief, mail).
# De pagina's voor het personeel bestaan alleen in het Nederlands en het Engels.

skip-to-content = İçeriğe geçin
nav-label = Ana menü
nav-logout = Çıkış yapın
language-switch = Türkçe
language-menu = Dil
footer-text = Samenspraak — KOM-gesprek (çocuk, veli ve öğretmenin birlikte konuştuğu görüşme).

weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
month-short-1 = Oca
month-short-2 = Şub
month-short-3 = Mar
month-short-4 = Nis
month-short-5 = May
month-short-6 = Haz
month-short-7 = Tem
month-short-8 = Ağu
month-short-9 = Eyl
month-short-10 = Eki
month-short-11 = Kas
month-short-12 = Ara
date-long = { $day } { $month } { $year } { $weekday }
date-short = { $day } { $month }
datetime-long = { $date } saat { $time }

form-problems = { $count ->
    [one] 1 sorun var. Lütfen düzeltin ve tekrar kaydedin.
   *[other] { $count } sorun var. Lütfen bunları düzeltin ve tekrar kaydedin.
}
error-page-not-found-title = Sayfa bulunamadı
error-page-not-found = Bu sayfa yok veya artık yok. Ya da bu sayfa sizin için değil.
error-page-form-address-title = Bu sayfa böyle açılmaz
error-page-form-address = Bu adres bir forma ait. Sayfa olarak açılmaz. Önceki sayfaya geri dönün veya menüden seçin.
error-page-forbidden-title = Giriş izni yok
error-page-forbidden = Bu sayfayı açma izniniz yok.
error-page-bad-request-title = Olmadı
error-page-bad-request = Gönderdiğiniz bilgilerde bir sorun oldu. Geri dönün ve tekrar deneyin.
error-page-too-many-title = Biraz bekleyin
error-page-too-many = Arka arkaya çok fazla denendi. On beş dakika bekleyin, sonra tekrar deneyin. Yine olmazsa okula sorun.
error-page-full-title = Sunucunun diski dolu
error-page-full = Sunucuda kayıt için yer kalmadı. Az önce doldurduğunuz bilgiler kaydedilmedi. Önceki bilgilerin hepsi duruyor. Sayfalara bakabilirsiniz. Lütfen okula haber verin ve daha sonra tekrar deneyin.
error-page-internal-title = Bir sorun oluştu
error-page-internal = Bizim tarafımızda bir sorun oluştu. Hiçbir şey kaybolmadı. Birkaç dakika sonra tekrar deneyin.
error-back-home = Ana sayfaya dönün
error-to-login = Giriş yapın

field-invitation_code = Mektuptaki kod
family-landing-title = Samenspraak'a hoş geldiniz
family-landing-intro = Bu bağlantıyı çocuğunuzun okulundan aldınız. Devam etmek için düğmeye dokunun.
family-landing-go = Görüşmelere devam edin
family-landing-why = Neden bu düğme? Bazı e-posta programları bağlantıları kendiliğinden açar. Sayfanız ancak siz dokunduğunuzda açılır.
family-not-valid-title = Bu davet çalışmıyor
family-not-valid = Bu bağlantı veya kod çalışmıyor ya da artık geçerli değil. Belki yerine yenisi verildi. Okuldan veya öğretmenden yeni bir davet isteyin.
family-locked = { $count ->
    [one] Arka arkaya çok fazla denediniz. 1 dakika sonra tekrar deneyin.
   *[other] Arka arkaya çok fazla denediniz. { $count } dakika sonra tekrar deneyin.
}
family-try-code = Kod yazın
family-code-title = Mektuptaki kod
family-code-intro = Okulun mektubunda bir kod var mı? Kodu aşağıya yazın. Büyük harf, küçük harf veya boşluk fark etmez.
family-code-hint = On karakter, örneğin K7MQ 2P9X HT.
family-code-go = Devam edin
family-code-missing = Mektuptaki kodu yazın.
family-code-wrong = Bu kodu tanımıyoruz. Mektuba tekrar bakın veya okuldan yeni bir kod isteyin.
family-bye = Çıkış yaptınız. Mektuptaki bağlantı veya kod ile her zaman geri gelebilirsiniz.
family-title = Çocuğunuz hakkındaki görüşmeler
family-greeting = Merhaba { $name }
family-intro = Okulun sizden ne istediğini ve ne zaman istediğini burada görürsünüz.
family-no-children = Adınıza kayıtlı bir çocuk bulamadık. Lütfen okula sorun.
family-class = sınıf { $class }
family-no-round = Şu anda planlanmış bir görüşme yok.
family-step-prepare = Evde çocuğunuzla birlikte hazırlanın
family-step-book = Görüşme için bir saat seçin
family-step-conference = Okulda KOM-gesprek (çocuk, veli ve öğretmen görüşmesi)
family-until = { $date } tarihine kadar
family-between = { $from } ile { $until } arasında
family-between-days = { $from } ile { $until } arasında
family-now-prepare = Evde { $child } ile okul hakkında konuşun: Ne iyi gidiyor? Ne zor? Görüşmede neyi konuşmak istiyorsunuz?
family-days-left = { $count ->
    [one] 1 gün kaldı.
   *[other] { $count } gün kaldı.
}
family-now-book = Şimdi görüşme için bir saat seçin. { $date } tarihine kadar seçebilirsiniz.
family-now-wait = { $date } tarihinden itibaren görüşme için bir saat seçebilirsiniz.
family-now-conference = { $child } hakkındaki KOM-gesprek (çocuk, veli ve öğretmen görüşmesi) bu günlerde yapılıyor. Görüşmek üzere!
family-now-done = Görüşmeler bitti. Teşekkür ederiz!
family-now-booked = { $child } hakkındaki görüşmenin saati belli. Görüşmek üzere!
family-status-sent = Soru formunuz { $date } tarihinde gönderildi. Teşekkür ederiz!
family-status-draft = Soru formunuz kaydedildi ama henüz gönderilmedi. Buradan gönderin.
family-status-summary = Görüşmenin özeti hazır. Buradan okuyun.
family-status-agreements = { $count ->
    [one] Görüşmede anlaştığımız 1 konu hâlâ devam ediyor.
   *[other] Görüşmede anlaştığımız { $count } konu hâlâ devam ediyor.
}
family-done = Çıkış yapın
read-aloud = Sesli dinleyin
read-aloud-stop = Sesli okumayı durdurun
family-words-title = Bu kelimeler ne demek?
family-word-kom = KOM-gesprek: Kind (çocuk), Ouders (veli) ve Mentor (öğretmen) arasında bir görüşme. Çocuğunuz da görüşmeye katılır ve kendisi de konuşur.
family-word-secundair = Secundair onderwijs (ortaöğretim): ilkokuldan sonraki okul. 12 yaşından itibaren başlar.
family-word-clb = CLB (öğrenci rehberlik merkezi): öğrenme, sağlık ve okul seçimi konularında ücretsiz yardım eder.
family-word-baso = BaSO-fiche (ilkokulun verdiği bilgi formu): ilkokulun, ortaöğretim okuluna verdiği bir form. Bu formda çocuğunuzun nelere ihtiyacı olduğu yazar.
family-word-stroom = A-stroom ve B-stroom: ortaöğretimin birinci sınıfında iki ayrı yol. A-stroom, ilkokul diplomasını (getuigschrift) alan çocuklar içindir. B-stroom, bu diploması olmayan çocuklar içindir: orada daha fazla zaman ve yardım alırlar.

letter-greeting = Merhaba { $name },
letter-intro = Yakında okulda { $children } hakkında konuşacağız. Bu görüşmede { $children }, siz ve öğretmen birlikte olacaksınız. Buna KOM-gesprek denir: Kind (çocuk), Ouders (veli) ve Mentor (öğretmen) birlikte konuşur. Okulun nasıl gittiğine ve bir sonraki adıma birlikte bakarız. Çocuğunuz da kendi fikrini söyler.
letter-asked = Sizden ne istiyoruz?
letter-prepare = { $date } tarihine kadar evde { $children } ile okul hakkında konuşun.
letter-book = Görüşme için bir saat seçin: { $when }.
letter-conference = Görüşme şu tarihlerde yapılır: { $when }.
letter-how = Görüşmelere nasıl ulaşırsınız
letter-qr = Davetinizi açan QR kodu
letter-scan = Telefonunuzun kamerasıyla QR kodunu okutun.
letter-type = Veya { $url } adresine gidin ve bu kodu yazın:
letter-personal = Bu mektup size özeldir: bu kod ile çocuğunuzun bilgilerine ulaşılır. Kodu kimseye vermeyin.
letter-language = Başka bir dil mi istersiniz? Web sitesinde şu diller var: { $languages }.
letter-bye = Görüşmek üzere,

mail-subject = Davet: { $children } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi)
mail-open = Davetinizi bu bağlantı ile açın:
mail-button = Davetinizi açın

# The parents' questionnaire
error-too-long = Bu çok uzun. Lütfen kısaltın.
error-choice = Seçeneklerden birini seçin.
face-1 = hiç değil
face-2 = pek değil
face-3 = bazen evet, bazen hayır
face-4 = çoğunlukla evet
face-5 = tamamen evet
axis-alone = Tek başına çalışmak
axis-together = Birlikte çalışmak
axis-asking_help = Yardım istemek
axis-planning = Plan yapmak
axis-reading = Okumak
axis-maths = Hesap yapmak
axis-sport = Spor
axis-creativity = Yaratıcı olmak
q-title = { $child } hakkında soru formu
q-intro = Bu soruları { $child } ile birlikte doldurun. Hiçbir soru zorunlu değil. Yazdıklarınız hemen kaydedilir. { $date } tarihine kadar her şeyi değiştirebilirsiniz. Sonra öğretmen cevaplarınızı okur.
q-closed = Soru formunun süresi doldu. Cevaplarınız kaydedildi. Bunları görüşmede rahatça konuşabilirsiniz.
q-submitted = Teşekkür ederiz! Cevaplarınız öğretmene gönderildi. Süre bitene kadar cevaplarınızı yine de değiştirebilirsiniz.
q-problems = Bir cevapta sorun var. Kırmızı renkli soruya bakın. Hiçbir şey kaybolmadı.
q-saved = Kaydedildi.
q-save-draft = Kaydedin
q-submit = Öğretmene gönderin
q-back = Ana sayfaya dönün
q-tells = { $child } evde okul hakkında neler anlatıyor?
q-likes_school = Sizce { $child } okula gitmeyi ne kadar seviyor?
q-does_well = Evde { $child } neleri iyi yapıyor?
q-spider = Sizce bunlar ne kadar iyi gidiyor? 1: hâlâ zor. 5: çok iyi gidiyor.
q-topics = Görüşmede mutlaka neyi konuşmak istiyorsunuz?
q-topics-friends = arkadaşlar ve sınıf
q-topics-learning = öğrenme ve notlar
q-topics-homework = ev ödevi ve plan yapmak
q-topics-feelings = { $child } kendini nasıl hissediyor
q-topics-behaviour = okulda veya evde davranış
q-topics-next_year = gelecek okul yılı
q-discuss = Konuşmak istediğiniz başka bir şey var mı?
q-help = Evde nasıl yardım edebilirsiniz? Bunun için okuldan neye ihtiyacınız var?
q-expect = Secundair onderwijs (ortaöğretim, 12 yaşından sonraki okul) hakkında beklentileriniz neler?
q-direction = Şu anda hangi alanı düşünüyorsunuz?
q-direction-stem = teknik, fen bilimleri, matematik (STEM)
q-direction-language_culture = dil ve kültür
q-direction-economics_organisation = ekonomi ve organizasyon
q-direction-society_welfare = toplum ve sosyal hizmetler
q-direction-arts_creation = sanat ve yaratıcılık
q-direction-sport = spor
q-direction-food_hospitality = yemek, otel ve restoran
q-direction-agriculture_nature = tarım, bahçecilik, doğa
q-direction-not_sure = henüz bilmiyoruz
q-schools = Hangi okulları gezmek istiyorsunuz?
q-info = Başka hangi bilgilere ihtiyacınız var?
q-info-open_days = bilgi günleri ve açık kapı günlerinin tarihleri
q-info-school_visits = bir okulu nasıl ziyaret edersiniz veya okula nasıl ulaşırsınız
q-info-choice_help = seçim yaparken yardım, örneğin CLB (öğrenci rehberlik merkezi) tarafından
q-info-support_needs = { $child } ek desteğe ihtiyaç duyarsa ne olur
q-info-costs = bir okulun masrafları ne kadar
q-info_language = Bu bilgileri hangi dilde almak istersiniz?
q-info_language-nl = Felemenkçe (Flamanca)
q-info_language-fr = Fransızca
q-info_language-en = İngilizce
q-info_language-ar = Arapça
q-info_language-tr = Türkçe
q-info_language-pl = Lehçe
q-info_language-ro = Rumence
q-info_language-bg = Bulgarca
q-info_language-uk = Ukraynaca
q-info_language-other = başka bir dil
family-q-fill = Soru formunu doldurun
family-q-edit = Soru formuna bakın veya değiştirin

reminder-subject = Hatırlatma: { $children } hakkında soru formu
reminder-text = { $children } hakkındaki soru formu için cevaplarınızı henüz almadık. Formu { $date } tarihine kadar doldurabilirsiniz. Hiçbir soru zorunlu değil. Birkaç satır bile görüşme için çok faydalı olur.
q-feels = Sizce { $child } bu haftalarda kendini nasıl hissediyor? 0: çok kötü. 10: çok iyi.

booking-title = { $child } hakkındaki görüşme için bir saat seçin
booking-slot = { $date }, { $from }–{ $until }
booking-yours = { $child } hakkındaki görüşme
booking-room = Yer: { $room }.
booking-room-class = Yer: { $class } sınıfı.
booking-cancel = Bu saati iptal edin
booking-cancel-sure = Emin misiniz? Bu saat o zaman başka bir aile için boş olur.
booking-cancel-yes = Evet, bu saati iptal edin
booking-choose = Bir saat seçin
booking-change = Başka bir saat mi istersiniz? Birini seçin:
booking-none-free = Boş saat kalmadı. Bekleme listesine yazılın veya öğretmenden başka bir saat isteyin.
booking-none-other = Başka boş saat yok.
booking-not-yet = { $date } tarihinden itibaren bir saat seçebilirsiniz. Görüşmek üzere!
booking-closed = Kayıt süresi bitti. Yine de bir şeyi değiştirmek mi istiyorsunuz? Öğretmene sorun.
booking-no-slots = Öğretmen henüz görüşme saatlerini hazırlamadı.
booking-done = Kaydınız yapıldı! Saati aşağıda görebilirsiniz.
booking-cancelled = Saat iptal edildi.
booking-taken = Bu saati az önce başka biri seçti. En yakın boş saatler şunlar:
booking-all-free = Tüm boş saatleri görün
booking-wait-still-free = Çocuğunuz için hâlâ boş bir saat var. Aşağıdan seçin. Bekleme listesi, her yer dolu olduğunda kullanılır.
booking-too-late = Bu saat çok yakın, artık değiştirilemez. Öğretmene sorun.
booking-sibling-booked = { $child } hakkındaki görüşme: { $when }.
booking-sibling-clash = { $child } hakkındaki görüşme ile aynı saatte
booking-sibling-next = { $child } hakkındaki görüşmeden hemen önce veya hemen sonra
booking-sibling-refused = Bu saat, { $child } hakkındaki görüşme ile aynı saatte. Hemen önce veya hemen sonra bir saat seçin. Böylece iki görüşmeye de katılabilirsiniz.
booking-head-start = Bu görüşme döneminde birden fazla çocuğunuz var. Bu yüzden diğer ailelerden { $minutes } dakika önce saat seçebilirsiniz. Başlangıç: { $date }. Böylece art arda saatler bulabilirsiniz.
booking-facts-minutes = { $count ->
    [one] 1 dakika
   *[other] { $count } dakika
}
booking-facts-video = görüntülü de olur
booking-calendar = Takviminize ekleyin
family-book = Bir saat seçin
family-book-change = Saate bakın veya değiştirin
booking-mail-subject = Onay: { $child } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi), { $when }
booking-mail-text = { $child } hakkındaki KOM-gesprek (çocuk, veli ve öğretmen görüşmesi) için kaydınız yapıldı: { $when }. Ekteki dosya ile bu saati takviminize ekleyebilirsiniz.
booking-mail-change = Bir şeyi değiştirmek mi istiyorsunuz? Görüşmeden bir gün öncesine kadar bu adreste değiştirebilirsiniz: { $url }
booking-mail-event = KOM-gesprek (çocuk, veli ve öğretmen görüşmesi): { $child }
cancel-mail-subject = İptal: { $child } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi), { $when }
cancel-mail-text = { $child } hakkındaki KOM-gesprek (çocuk, veli ve öğretmen görüşmesi) iptal edildi. Tarih ve saat: { $when }. Ekteki dosya ile görüşme takviminizden de silinir.
cancel-mail-again = Yeni bir saati bu adreste seçebilirsiniz: { $url }

# The waiting list
wait-join = Bizi bekleme listesine yazın
wait-joined = Bekleme listesindesiniz. Bir saat boşalırsa size e-posta gelir ve burada da görürsünüz.
wait-heading = Bekleme listesinde
wait-place = Bekleme listesindeki sıranız: { $position }. Bir saat boşalırsa o saati önce sizin için ayırırız.
wait-leave = Bekleme listesinden çıkın
wait-left = Artık bekleme listesinde değilsiniz.
wait-offer-heading = Sizin için bir saat boşaldı
wait-offer-until = Bu saati sizin için şu zamana kadar ayırıyoruz: { $until }. Sonra bekleme listesindeki bir sonraki aileye geçer.
wait-offer-take = Bu saati alın
wait-offer-decline = Hayır, teşekkürler
wait-mail-subject = { $child } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi) için boş saat: { $when }
wait-mail-text = { $child } hakkındaki KOM-gesprek (çocuk, veli ve öğretmen görüşmesi) için bekleme listesindeydiniz. Bu saat boşaldı: { $when }. Bu saati sizin için şu zamana kadar ayırıyoruz: { $until }.
wait-mail-link = Bu saati alıp almayacağınızı bu adreste seçin: { $url }

# The reminder the day before
reminder-mail-subject = Yarın: { $child } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi), { $when }
reminder-mail-text = Yarın görüşmek üzere! { $child } hakkındaki KOM-gesprek (çocuk, veli ve öğretmen görüşmesi): { $when }. Takviminiz için saat yine ekte.
reminder-mail-change = Gelemeyecek misiniz? Lütfen öğretmene en kısa zamanda haber verin. Görüşme ile ilgili her şey bu adreste: { $url }
slip-with = { $teacher } ile.
slip-change = Gelemiyor musunuz? Bir gün öncesine kadar { $url } adresinde değiştirin veya okula haber verin.

# The school proposes a time
proposal-mail-subject = Öneri: { $child } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi), { $when }
proposal-mail-text = Okul, { $child } hakkındaki KOM-gesprek (çocuk, veli ve öğretmen görüşmesi) için bu saati öneriyor: { $when }. Size uyuyor mu? O zaman portalda onaylayın. Uymuyorsa portalda başka bir saat seçin.
when-heading = Size ne zaman uyar?
when-intro = Gelebileceğiniz zamanları işaretleyin. Ne kadar çok işaretlerseniz o kadar iyi. Sonra okul size bir saat önerir. Kardeşlerin görüşmeleri art arda olur.
when-afternoon = { $date }, öğleden sonra (17:00 öncesi)
when-evening = { $date }, akşam (17:00 ve sonrası)
when-send = Gönderin
when-thanks = Teşekkür ederiz! Okul yakında bir saat önerecek. Size e-posta gelir ve burada da görürsünüz.
proposal-yours = Okulun önerdiği saat:
proposal-confirm = Bu saat bize uyar
proposal-confirmed = Onaylandı. Görüşmek üzere!
booking-also = Görüşmede ayrıca: { $who }.
booking-video = Gelemiyor musunuz? Görüntülü görüşme ile katılın:

# The conversation frame and its agreements
frame-going_well = Neler iyi gidiyor, neyle gurur duyuyorum?
frame-hard = Neler zor, neyi geliştirmek istiyorum?
frame-feeling = Okulda kendimi nasıl hissediyorum?
frame-interests = İlgi alanları ve yetenekler
frame-at_home = Velilerin evde gördükleri
frame-teacher_message = Öğretmenin mesajı
frame-study_choice = Secundair onderwijs (ortaöğretim) için okul seçimi
frame-next_conversation = Bir sonraki görüşme
agreements-heading = Anlaştığımız konular
agreement-by = son tarih: { $date }
agreement-open = devam ediyor
agreement-done = yapıldı
agreement-dropped = artık geçerli değil
who-child = çocuk
who-parents = veliler
who-teacher = öğretmen
who-school = okul
who-care_coordinator = zorgcoördinator (öğrenci destek sorumlusu)
conversation-title = { $child } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi)
conversation-nothing = Görüşmeden henüz hiçbir not yazılmadı.
family-conversation = Neler kararlaştırdık
conversation-mark-read = Okudum
conversation-read-on = Bunu { $date } tarihinde okudunuz. Teşekkür ederiz!
family-study = Secundair onderwijs (ortaöğretim) için okul seçimi

# The family's summary of the conversation
summary-title = Özet: { $child } hakkında KOM-gesprek (çocuk, veli ve öğretmen görüşmesi)
summary-class = Sınıf { $class }
summary-footer = Bu özet aile içindir. Okulun çocuğunuz hakkında tuttuğu diğer notlar burada yok.
summary-file = kom-gorusmesi-ozeti
summary-nav = Özeti yazdırın
summary-back = Geri dönün
summary-print-hint = Tarayıcının yazdır düğmesi ile yazdırın veya PDF dosyasını açın.
summary-pdf = PDF olarak
summary-none = Yazdırılacak bir özet henüz yok.
summary-mail-intro = KOM-gesprek (çocuk, veli ve öğretmen görüşmesi) için özet burada: neleri konuştuk ve neler kararlaştırdık.
summary-mail-link = Özeti veli portalında da bulabilirsiniz. Orada yazdırabilir veya PDF olarak alabilirsiniz: { $url }
conversation-print = Yazdırın veya PDF olarak alın
summary-class-title = Özetler { $class } · { $round }
child-says = çocuk diyor ki: { $what }
child-says-done = oldu
child-says-partly = biraz
child-says-not_yet = henüz olmadı
study-sheet-title = Secundair onderwijs (ortaöğretim) yolunda: { $child }
study-sheet-intro = Bu sayfa sizindir. { $child } ve okul birlikte bazı şeyler keşfetti. Bu sayfada hepsi bir arada yazıyor. Sayfayı secundair onderwijs (ortaöğretim) okuluna verip vermeyeceğinize siz karar verirsiniz. Örneğin BaSO-fiche (ilkokulun yeni okula verdiği bilgi formu) ile birlikte verebilirsiniz. Okul bu sayfayı hiçbir yere göndermez.
study-sheet-liked-good = { $child } neleri sever ve neleri iyi yapar
study-sheet-liked = { $child } neleri sever ve neleri daha öğrenmek ister
study-sheet-empty = Özette ve yetenek tablosunda okul seçimi hakkında henüz bir şey yok.
study-sheet-file = okul-secimi
study-sheet-link = Secundair onderwijs (ortaöğretim) okulu için sayfa
study-sheet-hint = Çocuğunuzun okul seçimi ve yetenekleri bu sayfada. Sayfayı yeni okula verecek misiniz? Buna siz karar verirsiniz.
grid-domains = Alanlara göre
domain-stem = STEM (teknik, fen, matematik)
domain-language_culture = Dil ve kültür
domain-economics_organisation = Ekonomi ve organizasyon
domain-society_welfare = Toplum ve sosyal hizmetler
domain-arts_creation = Sanat ve yaratıcılık
domain-sport = Spor
domain-food_hospitality = Yemek, otel ve restoran
domain-agriculture_nature = Tarım, bahçecilik ve doğa
quadrant-liked_good = Seviyorum ve iyi yapıyorum
quadrant-liked = Seviyorum, daha öğreniyorum
quadrant-good = İyi yapıyorum ama pek sevmiyorum
quadrant-neither = Henüz bana göre değil
frame-other = Diğer notlar

consent-purpose-video = Çocukla yapılan görüşmede video
consent-purpose-photos = Öğrenme duvarında fotoğraflar
consent-purpose-portfolio = Portfolyoyu (çalışma dosyası) aileyle paylaşmak
family-consents = İzinler
family-consent-given = { $who } tarafından { $date } tarihinde verildi.
family-consent-withdraw = Geri alın
family-consent-withdrawn = İzniniz geri alındı. Okul bunu hemen görür.
family-withdraw-title = İzni geri alın: { $what }
family-withdraw-video = { $child } tarafından çekilen videolar hemen silinir. { $child } artık yeni video çekmez.
family-withdraw-photos = Okul, öğrenme duvarına artık üzerinde { $child } görünen fotoğraf koymaz.
family-withdraw-portfolio = Okul, { $child } ile ilgili portfolyoyu (çalışma dosyası) artık sizinle paylaşmaz.
family-withdraw-later = Daha sonra öğretmen aracılığıyla tekrar izin verebilirsiniz.
family-withdraw-yes = Evet, iznimi geri alıyorum
family-withdraw-no = Hayır, geri dönün
