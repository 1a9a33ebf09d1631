# Arabisch: alles wat een ouder ziet (portaal, uitnodiging, brief, mail). Van rechts naar links.

skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-logout = تسجيل الخروج
language-switch = العربية
language-menu = اللغة
# Between the items of a list.
list-separator = { "، " }
footer-text = Samenspraak — KOM-gesprek: لقاءات بين الطفل والوالدين والمرشد (المعلّم أو المعلّمة).

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $day } { $month }
datetime-long = { $date } في الساعة { $time }

form-problems = { $count ->
    [zero] لا توجد أي مشكلة.
    [one] توجد مشكلة واحدة. صحّحوها، ثم احفظوا مرة أخرى.
    [two] توجد مشكلتان. صحّحوهما، ثم احفظوا مرة أخرى.
    [few] توجد { $count } مشاكل. صحّحوها، ثم احفظوا مرة أخرى.
    [many] توجد { $count } مشكلة. صحّحوها، ثم احفظوا مرة أخرى.
   *[other] توجد { $count } مشكلة. صحّحوها، ثم احفظوا مرة أخرى.
}
error-page-not-found-title = الصفحة غير موجودة
error-page-not-found = هذه الصفحة غير موجودة (أو لم تعد موجودة)، أو أنها ليست لكم.
error-page-form-address-title = هذه الصفحة لا تُفتح بهذه الطريقة
error-page-form-address = هذا العنوان خاص باستمارة، ولا يُفتح كصفحة. ارجعوا إلى الصفحة السابقة، أو اختاروا من القائمة.
error-page-forbidden-title = لا يوجد إذن بالدخول
error-page-forbidden = ليس لديكم إذن بالدخول إلى هذه الصفحة.
error-page-bad-request-title = لم ينجح ذلك
error-page-bad-request = حدث خطأ فيما أرسلتموه. ارجعوا إلى الصفحة السابقة، وحاولوا مرة أخرى.
error-page-too-many-title = انتظروا قليلًا من فضلكم
error-page-too-many = تكرّرت المحاولة مرات كثيرة متتالية. انتظروا ربع ساعة، ثم حاولوا مرة أخرى. إذا لم ينجح الأمر بعد ذلك، فاسألوا المدرسة.
error-page-full-title = قرص الخادم ممتلئ
error-page-full = لم يعد في الخادم مكان لحفظ أي شيء. ما كتبتموه الآن لم يُحفظ، لكن كل ما كان موجودًا من قبل ما زال موجودًا. يمكنكم مشاهدة الصفحات. أخبروا المدرسة، وحاولوا مرة أخرى لاحقًا.
error-page-internal-title = حدث خطأ
error-page-internal = حدث خطأ من جهتنا. لم يضِع أي شيء. حاولوا مرة أخرى بعد بضع دقائق.
error-back-home = إلى الصفحة الرئيسية
error-to-login = تسجيل الدخول

field-invitation_code = الرمز المكتوب في الرسالة
family-landing-title = مرحبًا بكم في Samenspraak
family-landing-intro = وصلكم هذا الرابط من مدرسة طفلكم. اضغطوا على الزر للمتابعة.
family-landing-go = المتابعة إلى اللقاءات
family-landing-why = لماذا هذا الزر؟ بعض برامج البريد تفتح الروابط وحدها. لا نفتح صفحتكم إلا عندما تضغطون أنتم.
family-not-valid-title = هذه الدعوة لا تعمل
family-not-valid = هذا الرابط أو هذا الرمز لا يعمل (أو لم يعد يعمل). ربما تم تغييره برابط جديد. اطلبوا دعوة جديدة من المدرسة، أو من المعلّم أو المعلّمة.
family-locked = { $count ->
    [zero] محاولات كثيرة متتالية. حاولوا مرة أخرى بعد لحظة.
    [one] محاولات كثيرة متتالية. حاولوا مرة أخرى بعد دقيقة واحدة.
    [two] محاولات كثيرة متتالية. حاولوا مرة أخرى بعد دقيقتين.
    [few] محاولات كثيرة متتالية. حاولوا مرة أخرى بعد { $count } دقائق.
    [many] محاولات كثيرة متتالية. حاولوا مرة أخرى بعد { $count } دقيقة.
   *[other] محاولات كثيرة متتالية. حاولوا مرة أخرى بعد { $count } دقيقة.
}
family-try-code = كتابة رمز
family-code-title = الرمز المكتوب في الرسالة
family-code-intro = هل يوجد رمز في رسالة المدرسة؟ اكتبوه هنا في الأسفل. الحروف الكبيرة والمسافات لا تهم.
family-code-hint = عشرة أحرف وأرقام، مثلًا K7MQ 2P9X HT.
family-code-go = متابعة
family-code-missing = اكتبوا الرمز المكتوب في الرسالة.
family-code-wrong = لا نعرف هذا الرمز. تأكدوا منه مرة أخرى في الرسالة، أو اطلبوا رمزًا جديدًا من المدرسة.
family-bye = تم تسجيل خروجكم. يمكنكم الرجوع في أي وقت بالرابط أو بالرمز المكتوب في الرسالة.
family-title = اللقاءات بشأن طفلكم
family-greeting = مرحبًا { $name }
family-intro = هنا ترون ما تطلبه منكم المدرسة، ومتى.
family-no-children = لا نجد أي طفل مسجّل باسمكم. اسألوا المدرسة من فضلكم.
family-class = الصف { $class }
family-no-round = لا توجد لقاءات مقرّرة الآن.
family-step-prepare = التحضير في البيت، مع طفلكم
family-step-book = اختيار موعد للقاء
family-step-conference = KOM-gesprek (لقاء الطفل والوالدين والمعلّم) في المدرسة
family-until = حتى { $date }
family-between = من { $from } إلى { $until }
family-between-days = من { $from } إلى { $until }
family-now-prepare = تحدّثوا في البيت مع { $child } عن المدرسة: ما الذي يسير جيدًا؟ ما الصعب؟ وعن ماذا تريدون أن تتكلموا؟
family-days-left = { $count ->
    [zero] اليوم هو آخر يوم.
    [one] بقي يوم واحد.
    [two] بقي يومان.
    [few] بقيت { $count } أيام.
    [many] بقي { $count } يومًا.
   *[other] بقي { $count } يوم.
}
family-now-book = اختاروا الآن موعدًا للقاء. يمكنكم ذلك حتى { $date }.
family-now-wait = ابتداءً من { $date } يمكنكم اختيار موعد للقاء.
family-now-conference = في هذه الأيام يُعقد KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }. نراكم قريبًا!
family-now-done = انتهت اللقاءات. شكرًا لكم!
family-now-booked = تم تحديد موعد اللقاء بشأن { $child }. نراكم قريبًا!
family-status-sent = أرسلتم قائمة الأسئلة يوم { $date }. شكرًا لكم!
family-status-draft = قائمة الأسئلة محفوظة، لكنها لم تُرسَل بعد. أرسلوها من هنا.
family-status-summary = يوجد ملخّص للقاء. اقرؤوه هنا.
family-status-agreements = { $count ->
    [zero] لا يوجد أي اتفاق قيد التنفيذ.
    [one] ما زال اتفاق واحد قيد التنفيذ.
    [two] ما زال اتفاقان قيد التنفيذ.
    [few] ما زالت { $count } اتفاقات قيد التنفيذ.
    [many] ما زال { $count } اتفاقًا قيد التنفيذ.
   *[other] ما زال { $count } اتفاق قيد التنفيذ.
}
family-done = تسجيل الخروج
read-aloud = قراءة بصوت عالٍ
read-aloud-stop = إيقاف القراءة
family-words-title = ماذا تعني هذه الكلمات؟
family-word-kom = KOM-gesprek: لقاء يجمع الطفل (Kind) والوالدين (Ouders) والمرشد (Mentor)، أي المعلّم أو المعلّمة. وفي هذا اللقاء، الكلمة لطفلكم أيضًا.
family-word-secundair = secundair onderwijs (التعليم الثانوي): المدرسة التي تأتي بعد المدرسة الابتدائية، ابتداءً من سن 12 سنة.
family-word-clb = CLB (مركز إرشاد التلاميذ): مركز يقدّم مساعدة مجانية في التعلّم والصحة واختيار المدرسة.
family-word-baso = BaSO-fiche (ورقة الانتقال): ورقة تعطيها المدرسة الابتدائية للمدرسة الثانوية، وفيها احتياجات طفلكم.
family-word-stroom = A‑stroom و B‑stroom: مساران في السنة الأولى من التعليم الثانوي. A‑stroom للأطفال الذين حصلوا على شهادة المدرسة الابتدائية. B‑stroom للأطفال الذين لم يحصلوا على هذه الشهادة: فيها يحصلون على وقت أطول ومساعدة أكثر.

letter-greeting = مرحبًا { $name }،
letter-intro = قريبًا نلتقي في المدرسة معكم ومع المعلّم أو المعلّمة لنتحدث عن { $children }، ويحضر الطفل اللقاء أيضًا. هذا اللقاء اسمه KOM-gesprek: لقاء الطفل (Kind) والوالدين (Ouders) والمرشد (Mentor). فيه ننظر معًا كيف تسير الأمور في المدرسة، وما هي الخطوة التالية. والكلمة في اللقاء لطفلكم أيضًا.
letter-asked = ماذا نطلب منكم؟
letter-prepare = تحدّثوا في البيت مع { $children } عن المدرسة، حتى { $date }.
letter-book = اختاروا موعدًا للقاء، { $when }.
letter-conference = يُعقد اللقاء نفسه { $when }.
letter-how = كيف تصلون إلى صفحة اللقاءات
letter-qr = رمز QR يوصلكم إلى دعوتكم
letter-scan = امسحوا رمز QR بكاميرا هاتفكم.
letter-type = أو افتحوا الموقع { $url } واكتبوا هذا الرمز:
letter-personal = هذه الرسالة شخصية: بهذا الرمز يمكن الوصول إلى معلومات طفلكم. لا تعطوه لأي شخص آخر.
letter-language = هل تفضّلون لغة أخرى؟ في الموقع يمكنكم الاختيار بين: { $languages }.
letter-bye = إلى اللقاء قريبًا،

mail-subject = دعوة إلى KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $children }
mail-open = افتحوا دعوتكم بهذا الرابط:
mail-button = افتحوا دعوتكم

# De vragenlijst voor de ouders
error-too-long = هذا النص طويل جدًا. اجعلوه أقصر من فضلكم.
error-choice = اختاروا واحدًا من الاختيارات.
face-1 = لا، أبدًا
face-2 = ليس كثيرًا
face-3 = أحيانًا نعم، وأحيانًا لا
face-4 = في الغالب نعم
face-5 = نعم، تمامًا
axis-alone = العمل الفردي
axis-together = العمل مع الآخرين
axis-asking_help = طلب المساعدة
axis-planning = التخطيط
axis-reading = القراءة
axis-maths = الحساب
axis-sport = الرياضة
axis-creativity = الإبداع
q-title = أسئلة عن { $child }
q-intro = أجيبوا عن هذه الأسئلة مع { $child }. لا شيء إجباري. كل ما تكتبونه يُحفظ فورًا. يمكنكم تغيير كل شيء حتى { $date }. بعد ذلك يقرأ المعلّم أو المعلّمة أجوبتكم.
q-closed = انتهى وقت الأسئلة. أجوبتكم محفوظة، ويمكنكم الحديث عنها في اللقاء.
q-submitted = شكرًا! أُرسلت أجوبتكم إلى المعلّم أو المعلّمة. يمكنكم تغييرها حتى ينتهي الوقت.
q-problems = هناك مشكلة في أحد الأجوبة. انظروا إلى السؤال المكتوب باللون الأحمر. لم يضِع أي شيء.
q-saved = تم الحفظ.
q-save-draft = حفظ
q-submit = إرسال إلى المعلّم أو المعلّمة
q-back = الرجوع إلى الصفحة الرئيسية
q-tells = ماذا تسمعون من { $child } في البيت عن المدرسة؟
q-likes_school = في رأيكم، ما مدى حبّ { $child } للذهاب إلى المدرسة؟
q-does_well = ما نقاط القوة التي ترونها عند { $child } في البيت؟
q-spider = في رأيكم، كيف يسير هذا؟ الرقم 1 يعني: ما زال صعبًا. الرقم 5 يعني: يسير جيدًا جدًا.
q-topics = ما المواضيع التي تريدون الحديث عنها بالتأكيد؟
q-topics-friends = الأصدقاء والصف
q-topics-learning = التعلّم والنتائج
q-topics-homework = الواجبات المنزلية والتنظيم
q-topics-feelings = مشاعر { $child }
q-topics-behaviour = السلوك في المدرسة أو في البيت
q-topics-next_year = السنة الدراسية القادمة
q-discuss = هل تريدون الحديث عن شيء آخر؟
q-help = كيف يمكنكم المساعدة في البيت؟ وماذا تحتاجون من المدرسة لذلك؟
q-expect = ماذا تنتظرون من secundair onderwijs (التعليم الثانوي)؟
q-direction = أي مجال دراسي تفكرون فيه الآن؟
q-direction-stem = التقنية والعلوم والرياضيات (STEM)
q-direction-language_culture = اللغات والثقافة
q-direction-economics_organisation = الاقتصاد والتنظيم
q-direction-society_welfare = المجتمع والرعاية
q-direction-arts_creation = الفن والإبداع
q-direction-sport = الرياضة
q-direction-food_hospitality = التغذية والمطاعم والفنادق
q-direction-agriculture_nature = الزراعة والبستنة والطبيعة
q-direction-not_sure = لا نعرف بعد
q-schools = ما المدارس التي تريدون زيارتها؟
q-info = ما المعلومات التي ما زلتم تحتاجونها؟
q-info-open_days = تواريخ أيام الإعلام وأيام الأبواب المفتوحة
q-info-school_visits = كيف تزورون مدرسة أو تتصلون بها
q-info-choice_help = مساعدة في الاختيار، مثلًا من CLB (مركز إرشاد التلاميذ)
q-info-support_needs = ما العمل عند حاجة { $child } إلى دعم إضافي
q-info-costs = كم تكلّف المدرسة
q-info_language = بأي لغة تفضّلون أن تصلكم هذه المعلومات؟
q-info_language-nl = الهولندية
q-info_language-fr = الفرنسية
q-info_language-en = الإنجليزية
q-info_language-ar = العربية
q-info_language-tr = التركية
q-info_language-pl = البولندية
q-info_language-ro = الرومانية
q-info_language-bg = البلغارية
q-info_language-uk = الأوكرانية
q-info_language-other = لغة أخرى
family-q-fill = الإجابة عن الأسئلة
family-q-edit = مشاهدة الأجوبة أو تغييرها

reminder-subject = تذكير: الأسئلة عن { $children }
reminder-text = لم تصلنا بعد أجوبتكم عن الأسئلة حول { $children }. يمكنكم الإجابة حتى { $date }. لا شيء إجباري، وبضعة أسطر فقط تساعد كثيرًا في اللقاء.
q-feels = في رأيكم، كيف هي حالة { $child } النفسية في هذه الأسابيع؟ الرقم 0 يعني: سيئة جدًا. الرقم 10 يعني: ممتازة.

booking-title = اختيار موعد للقاء بشأن { $child }
booking-slot = { $date }، من { $from } إلى { $until }
booking-yours = اللقاء بشأن { $child }
booking-room = المكان: { $room }.
booking-room-class = في الصف { $class }.
booking-cancel = إلغاء هذا الموعد
booking-cancel-sure = هل أنتم متأكدون؟ سيصبح هذا الموعد متاحًا لعائلة أخرى.
booking-cancel-yes = نعم، إلغاء هذا الموعد
booking-choose = اختاروا موعدًا
booking-change = هل تفضّلون موعدًا آخر؟ اختاروا واحدًا:
booking-none-free = لم يعد هناك أي موعد متاح. سجّلوا في قائمة الانتظار، أو اطلبوا موعدًا آخر من المعلّم أو المعلّمة.
booking-none-other = لا يوجد موعد آخر متاح.
booking-not-yet = يمكنكم اختيار موعد ابتداءً من { $date }. إلى اللقاء!
booking-closed = انتهى وقت التسجيل. هل تريدون تغيير شيء مع ذلك؟ اسألوا المعلّم أو المعلّمة.
booking-no-slots = لم يحدّد المعلّم أو المعلّمة أي مواعيد بعد.
booking-done = تم الحجز! ترون الموعد هنا في الأسفل.
booking-cancelled = تم إلغاء الموعد.
booking-taken = اختار شخص آخر هذا الموعد قبل لحظات. هذه هي أقرب المواعيد إليه:
booking-all-free = عرض كل المواعيد المتاحة
booking-wait-still-free = ما زال هناك موعد متاح لطفلكم. اختاروه هنا في الأسفل. قائمة الانتظار هي فقط عندما تكون كل المواعيد محجوزة.
booking-too-late = هذا الموعد قريب جدًا، ولا يمكن تغييره الآن. اسألوا المعلّم أو المعلّمة.
booking-sibling-booked = موعد اللقاء بشأن { $child }: { $when }.
booking-sibling-clash = في نفس وقت اللقاء بشأن { $child }
booking-sibling-next = مباشرة قبل اللقاء بشأن { $child } أو بعده
booking-sibling-refused = هذا الموعد في نفس وقت اللقاء بشأن { $child }. اختاروا موعدًا قبله أو بعده مباشرة، حتى تستطيعوا حضور اللقاءين.
booking-head-start = لأن لديكم أكثر من طفل في هذه المجموعة من اللقاءات، يمكنكم الاختيار { $minutes } دقيقة قبل العائلات الأخرى: ابتداءً من { $date }. هكذا تجدون مواعيد متتالية.
booking-facts-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
booking-facts-video = ممكن أيضًا عبر الفيديو
booking-calendar = إضافة إلى تقويمي
family-book = اختيار موعد
family-book-change = مشاهدة الموعد أو تغييره
booking-mail-subject = تأكيد: KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }، { $when }
booking-mail-text = تم حجز موعد KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }: { $when }. في المرفق تجدون الموعد لإضافته إلى تقويمكم.
booking-mail-change = هل تريدون تغيير شيء؟ يمكنكم ذلك حتى اليوم السابق للقاء، على { $url }.
booking-mail-event = KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }
cancel-mail-subject = تم الإلغاء: KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }، { $when }
cancel-mail-text = تم إلغاء موعد KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }: { $when }. المرفق يحذف الموعد أيضًا من تقويمكم.
cancel-mail-again = يمكنكم اختيار موعد جديد على { $url }.

# De wachtlijst
wait-join = التسجيل في قائمة الانتظار
wait-joined = أنتم الآن في قائمة الانتظار. إذا أصبح هناك موعد متاح، تصلكم رسالة إلكترونية، وترونه هنا.
wait-heading = في قائمة الانتظار
wait-place = رقمكم في قائمة الانتظار هو { $position }. إذا أصبح هناك موعد متاح، نحجزه لكم أولًا.
wait-leave = الخروج من قائمة الانتظار
wait-left = لم تعودوا في قائمة الانتظار.
wait-offer-heading = أصبح هناك موعد متاح لكم
wait-offer-until = نحجزه لكم حتى { $until }. بعد ذلك يذهب إلى العائلة التالية في قائمة الانتظار.
wait-offer-take = أخذ هذا الموعد
wait-offer-decline = لا، شكرًا
wait-mail-subject = موعد متاح: KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }، { $when }
wait-mail-text = كنتم في قائمة الانتظار من أجل KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }. أصبح هذا الموعد متاحًا: { $when }. نحجزه لكم حتى { $until }.
wait-mail-link = اختاروا على { $url }: هل تأخذون هذا الموعد أم لا؟

# De herinnering de dag vooraf
reminder-mail-subject = غدًا: KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }، { $when }
reminder-mail-text = نراكم غدًا! موعد KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }: { $when }. في المرفق تجدون الموعد مرة أخرى لتقويمكم.
reminder-mail-change = لا تستطيعون الحضور؟ أخبروا المعلّم أو المعلّمة في أسرع وقت. كل المعلومات عن اللقاء موجودة على { $url }.
slip-with = مع { $teacher }.
slip-change = لا تستطيعون الحضور؟ غيّروا الموعد حتى اليوم السابق على { $url }، أو أخبروا المدرسة.

# De school stelt een moment voor
proposal-mail-subject = اقتراح: KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }، { $when }
proposal-mail-text = تقترح المدرسة هذا الموعد من أجل KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }: { $when }. هل يناسبكم؟ أكّدوه إذن على الموقع. إذا لم يناسبكم، اختاروا هناك موعدًا آخر.
when-heading = متى يناسبكم؟
when-intro = ضعوا علامة على كل الأوقات التي تستطيعون فيها الحضور. كلما اخترتم أكثر كان أفضل. بعد ذلك تقترح المدرسة موعدًا، ويأتي الإخوة والأخوات واحدًا بعد الآخر.
when-afternoon = { $date }، بعد الظهر (حتى الساعة 17)
when-evening = { $date }، في المساء (من الساعة 17)
when-send = إرسال
when-thanks = شكرًا! ستقترح المدرسة موعدًا قريبًا. تصلكم رسالة إلكترونية، وترونه هنا.
proposal-yours = تقترح المدرسة هذا الموعد:
proposal-confirm = هذا الموعد يناسبنا
proposal-confirmed = تم التأكيد. نراكم قريبًا!
booking-also = يحضر أيضًا: { $who }.
booking-video = لا تستطيعون الحضور؟ شاركوا عبر الفيديو:

# Het gespreksraamwerk en de afspraken
frame-going_well = ما الذي يسير جيدًا؟ بماذا أفتخر؟
frame-hard = ما الصعب؟ على ماذا أريد أن أعمل؟
frame-feeling = كيف أشعر في المدرسة؟
frame-interests = الاهتمامات والمواهب
frame-at_home = ما يراه الوالدان في البيت
frame-teacher_message = رسالة المعلّم أو المعلّمة
frame-study_choice = اختيار مدرسة في secundair onderwijs (التعليم الثانوي)
frame-next_conversation = اللقاء القادم
agreements-heading = الاتفاقات
agreement-by = حتى { $date }
agreement-open = قيد التنفيذ
agreement-done = تم
agreement-dropped = أُلغي
who-child = الطفل
who-parents = الوالدان
who-teacher = المعلّم أو المعلّمة
who-school = المدرسة
who-care_coordinator = منسّق رعاية التلاميذ
conversation-title = KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }
conversation-nothing = لم يُكتب بعد أي شيء عن اللقاء.
family-conversation = ما اتفقنا عليه
conversation-mark-read = قرأته
conversation-read-on = قرأتم هذا يوم { $date }. شكرًا لكم!
family-study = اختيار مدرسة في secundair onderwijs (التعليم الثانوي)

# Het verslag van het gesprek voor het gezin
summary-title = ملخّص KOM-gesprek (لقاء الطفل والوالدين والمعلّم) بشأن { $child }
summary-class = الصف { $class }
summary-footer = هذا الملخّص للعائلة. الملاحظات الأخرى التي تكتبها المدرسة عن طفلكم ليست فيه.
summary-file = verslag-kom-gesprek
summary-nav = طباعة الملخّص
summary-back = رجوع
summary-print-hint = اطبعوا بزر الطباعة في المتصفح، أو افتحوا ملف PDF.
summary-pdf = ملف PDF
summary-none = لا يوجد بعد ملخّص للطباعة.
summary-mail-intro = هذا ملخّص KOM-gesprek (لقاء الطفل والوالدين والمعلّم): ما تحدثنا عنه معًا، وما اتفقنا عليه.
summary-mail-link = تجدون الملخّص أيضًا على موقع الوالدين، للطباعة أو كملف PDF: { $url }
conversation-print = طباعة أو PDF
summary-class-title = ملخّصات الصف { $class } · { $round }
child-says = رأي الطفل: { $what }
child-says-done = تم بنجاح
child-says-partly = جزئيًا
child-says-not_yet = ليس بعد
study-sheet-title = في الطريق إلى secundair onderwijs (التعليم الثانوي): { $child }
study-sheet-intro = هذه الورقة لكم. فيها ما اكتشفته المدرسة مع { $child }. أنتم تقرّرون إن كنتم ستعطونها لمدرسة secundair onderwijs (المدرسة الثانوية)، مثلًا مع BaSO-fiche (ورقة الانتقال من المدرسة الابتدائية). المدرسة لا ترسلها إلى أي مكان.
study-sheet-liked-good = أشياء محبّبة إلى { $child }، وفيها مهارة جيدة
study-sheet-liked = أشياء محبّبة إلى { $child }، وفيها مجال لتعلّم المزيد
study-sheet-empty = لا يوجد بعد أي شيء عن الاختيار الدراسي في الملخّص أو في جدول المواهب.
study-sheet-file = studiekeuze
study-sheet-link = ورقة لمدرسة secundair onderwijs (المدرسة الثانوية)
study-sheet-hint = فيها الاختيار الدراسي ومواهب طفلكم. هل تعطونها للمدرسة الجديدة؟ أنتم تقرّرون.
grid-domains = حسب المجال الدراسي
domain-stem = STEM
domain-language_culture = اللغة والثقافة
domain-economics_organisation = الاقتصاد والتنظيم
domain-society_welfare = المجتمع والرعاية
domain-arts_creation = الفن والإبداع
domain-sport = الرياضة
domain-food_hospitality = التغذية والمطاعم والفنادق
domain-agriculture_nature = الزراعة والبستنة والطبيعة
quadrant-liked_good = أحبّه وأُتقنه
quadrant-liked = أحبّه، وما زلت أتعلّم
quadrant-good = أُتقنه، لكن أحبّه أقل
quadrant-neither = ليس من اهتماماتي بعد
frame-other = ملاحظات أخرى

consent-purpose-video = فيديو قصير في لقاء الطفل
consent-purpose-photos = صور على حائط التعلّم في الصف
consent-purpose-portfolio = مشاركة ملف أعمال الطفل (portfolio) مع العائلة
family-consents = الموافقات
family-consent-given = موافقة من { $who }، يوم { $date }.
family-consent-withdraw = سحب الموافقة
family-consent-withdrawn = تم سحب موافقتكم. المدرسة ترى ذلك فورًا.
family-withdraw-title = سحب الموافقة: { $what }
family-withdraw-video = تُحذف فيديوهات { $child } فورًا، ولن تُسجَّل فيديوهات جديدة بعد الآن.
family-withdraw-photos = لن تضع المدرسة بعد الآن على حائط التعلّم أي صور فيها { $child }.
family-withdraw-portfolio = لن تشارك المدرسة بعد الآن ملف أعمال { $child } معكم.
family-withdraw-later = يمكنكم إعطاء الموافقة من جديد لاحقًا عن طريق المعلّم أو المعلّمة.
family-withdraw-yes = نعم، أسحب موافقتي
family-withdraw-no = لا، رجوع
