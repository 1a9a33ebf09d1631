# Français : tout ce que voit un parent (le portail, l'invitation, la lettre, le courriel).
# Les pages du personnel n'existent qu'en néerlandais et en anglais.

skip-to-content = Aller au contenu
nav-label = Menu principal
nav-logout = Se déconnecter
language-switch = Français
language-menu = Langue
footer-text = Samenspraak — les entretiens KOM entre l'enfant, les parents et l'enseignant.

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $day } { $month }
datetime-long = { $date } à { $time }

form-problems = { $count ->
    [one] Il y a 1 problème. Corrigez-le et réessayez.
   *[other] Il y a { $count } problèmes. Corrigez-les et réessayez.
}
error-page-not-found-title = Page introuvable
error-page-not-found = Cette page n'existe pas, ou plus. Ou bien elle n'est pas pour vous.
error-page-form-address-title = Cette page ne s'ouvre pas ainsi
error-page-form-address = Cette adresse est celle d'un formulaire. Elle ne s'ouvre pas comme une page. Revenez à la page précédente, ou choisissez dans le menu.
error-page-forbidden-title = Pas d'accès
error-page-forbidden = Vous n'avez pas accès à cette page. C'est une erreur, à votre avis ? Demandez à l'école.
error-page-bad-request-title = Cela n'a pas fonctionné
error-page-bad-request = Ce que vous avez envoyé n'a pas fonctionné. Revenez en arrière et réessayez.
error-page-too-many-title = Un instant
error-page-too-many = Il y a eu trop d'essais en peu de temps. Attendez 15 minutes, puis réessayez. Cela ne marche toujours pas ? Demandez à l'école.
error-page-full-title = Le disque du serveur est plein
error-page-full = Le serveur n'a plus de place pour enregistrer. Ce que vous venez de remplir n'est pas enregistré. Tout ce qui était là avant est toujours là. Vous pouvez encore lire les pages. Prévenez l'école et réessayez plus tard.
error-page-internal-title = Un problème est survenu
error-page-internal = Un problème est survenu chez nous. Rien n'est perdu. Réessayez dans quelques minutes.
error-back-home = Retour à la page d'accueil
error-to-login = Se connecter

field-invitation_code = Code de la lettre
family-landing-title = Bienvenue sur Samenspraak
family-landing-intro = Vous avez reçu ce lien de l'école de votre enfant. Appuyez sur le bouton pour continuer.
family-landing-go = Continuer vers les entretiens
family-landing-why = Pourquoi ce bouton ? Certains programmes de courriel ouvrent les liens tout seuls. Votre page ne s'ouvre que quand vous appuyez.
family-not-valid-title = Cette invitation ne fonctionne pas
family-not-valid = Ce lien ou ce code ne marche pas, ou plus. Il a peut-être été remplacé par un nouveau. Demandez une nouvelle invitation à l'école ou à l'enseignant.
family-locked = { $count ->
    [one] Trop d'essais en peu de temps. Réessayez dans 1 minute.
   *[other] Trop d'essais en peu de temps. Réessayez dans { $count } minutes.
}
family-try-code = Taper un code
family-code-title = Le code de la lettre
family-code-intro = Vous avez un code dans la lettre de l'école ? Tapez-le ici. Les majuscules et les espaces ne comptent pas.
family-code-hint = Dix caractères, par exemple K7MQ 2P9X HT.
family-code-go = Continuer
family-code-missing = Tapez le code de la lettre.
family-code-wrong = Nous ne connaissons pas ce code. Vérifiez-le dans la lettre, ou demandez-en un nouveau à l'école.
family-bye = La session est fermée. Pour revenir, utilisez le lien ou le code de la lettre.
family-title = Les entretiens pour votre enfant
family-greeting = Bonjour { $name }
family-intro = Vous voyez ici ce que l'école vous demande, et quand.
family-no-children = Nous ne trouvons pas d'enfant à votre nom. Demandez à l'école.
family-class = classe { $class }
family-no-round = Aucun entretien n'est prévu pour le moment.
family-step-prepare = Préparer à la maison, avec votre enfant
family-step-book = Choisir un moment pour l'entretien
family-step-conference = L'entretien KOM à l'école
family-until = jusqu'au { $date }
family-between = du { $from } au { $until }
family-between-days = du { $from } au { $until }
family-now-prepare = À la maison, parlez de l'école avec { $child }. Qu'est-ce qui va bien ? Qu'est-ce qui est difficile ? De quoi voulez-vous parler ?
family-days-left = { $count ->
    [one] Encore 1 jour.
   *[other] Encore { $count } jours.
}
family-now-book = Choisissez maintenant un moment pour l'entretien. C'est possible jusqu'au { $date }.
family-now-wait = À partir du { $date }, vous pourrez choisir un moment pour l'entretien.
family-now-conference = L'entretien KOM pour { $child } a lieu ces jours-ci. À bientôt !
family-now-done = Les entretiens sont terminés. Merci !
family-now-booked = L'entretien pour { $child } est fixé. À bientôt !
family-status-sent = Votre questionnaire a été envoyé le { $date }. Merci !
family-status-draft = Votre questionnaire est enregistré, mais pas encore envoyé. Envoyez-le ici.
family-status-summary = Il y a un compte rendu de l'entretien. Lisez-le ici.
family-status-agreements = { $count ->
    [one] 1 accord est encore en cours.
   *[other] { $count } accords sont encore en cours.
}
family-done = Se déconnecter
read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture
family-words-title = Que veulent dire ces mots ?
family-word-kom = Entretien KOM : une conversation entre l'enfant (Kind), les parents (Ouders) et l'enseignant (Mentor). Votre enfant est là et prend aussi la parole.
family-word-secundair = Enseignement secondaire (secundair onderwijs) : l'école après l'école primaire, à partir de 12 ans.
family-word-clb = CLB : le centre d'accompagnement des élèves. Il aide gratuitement pour l'apprentissage, la santé et le choix d'une école.
family-word-baso = BaSO-fiche : une fiche que l'école primaire transmet à l'école secondaire, sur ce dont votre enfant a besoin.
family-word-stroom = A-stroom et B-stroom : deux voies en première année du secondaire. L'A-stroom est pour les enfants qui ont le certificat de l'école primaire. La B-stroom est pour les enfants sans ce certificat : ils y reçoivent plus de temps et d'aide.

letter-greeting = Bonjour { $name },
letter-intro = Bientôt, il y aura à l'école un entretien KOM pour { $children }. KOM veut dire : l'enfant (Kind), les parents (Ouders) et l'enseignant (Mentor). Autour de la table : vous, l'enseignant et { $children }. Ensemble, nous regardons comment se passe l'école. Nous choisissons la prochaine étape. Chaque enfant prend aussi la parole.
letter-asked = Ce que nous vous demandons
letter-prepare = À la maison, parlez de l'école avec { $children }, jusqu'au { $date }.
letter-book = Choisissez un moment pour l'entretien, { $when }.
letter-conference = L'entretien a lieu { $when }.
letter-how = Comment ouvrir votre invitation
letter-qr = Code QR vers votre invitation
letter-scan = Scannez le code QR avec l'appareil photo de votre téléphone.
letter-type = Ou allez sur { $url } et tapez ce code :
letter-personal = Cette lettre est personnelle. Avec le code, on peut voir les données de votre enfant. Ne donnez pas ce code à d'autres personnes.
letter-language = Une autre langue ? Sur le site, vous pouvez choisir : { $languages }.
letter-bye = À bientôt,

mail-subject = Invitation : entretien KOM pour { $children }
mail-open = Ouvrez votre invitation avec ce lien :
mail-button = Ouvrir votre invitation

# Le questionnaire des parents
error-too-long = C'est trop long. Écrivez un texte plus court.
error-choice = Choisissez une des possibilités.
face-1 = pas du tout
face-2 = pas vraiment
face-3 = parfois oui, parfois non
face-4 = plutôt oui
face-5 = tout à fait
axis-alone = Travailler sans aide
axis-together = Travailler ensemble
axis-asking_help = Demander de l'aide
axis-planning = Planifier
axis-reading = Lire
axis-maths = Calculer
axis-sport = Sport
axis-creativity = Créer, inventer
q-title = Questionnaire pour { $child }
q-intro = Répondez à ces questions avec { $child }. Rien n'est obligatoire. Vos réponses sont enregistrées tout de suite. Vous pouvez tout modifier jusqu'au { $date }. Ensuite, l'enseignant lit vos réponses.
q-closed = Le questionnaire est fermé. Vos réponses sont enregistrées. Vous pouvez en parler pendant l'entretien.
q-submitted = Merci ! Vos réponses sont envoyées à l'enseignant. Vous pouvez encore les modifier jusqu'à la date limite.
q-problems = Une réponse pose problème. Regardez la question en rouge. Rien n'est perdu.
q-saved = Enregistré.
q-save-draft = Enregistrer
q-submit = Envoyer à l'enseignant
q-back = Retour à la page d'accueil
q-tells = À la maison, que raconte { $child } sur l'école ?
q-likes_school = À votre avis, est-ce que { $child } aime aller à l'école ?
q-does_well = À la maison, { $child } fait bien certaines choses. Lesquelles ?
q-spider = Comment cela va-t-il, à votre avis ? 1 : c'est encore difficile. 5 : ça va très bien.
q-topics = De quoi voulez-vous surtout parler ?
q-topics-friends = les amis et la classe
q-topics-learning = l'apprentissage et les résultats
q-topics-homework = les devoirs et l'organisation
q-topics-feelings = comment { $child } se sent
q-topics-behaviour = le comportement à l'école ou à la maison
q-topics-next_year = l'année scolaire prochaine
q-discuss = Voulez-vous parler d'autre chose ?
q-help = Comment pouvez-vous aider à la maison ? De quelle aide de l'école avez-vous besoin pour cela ?
q-expect = Qu'attendez-vous de l'enseignement secondaire ?
q-direction = À quelle orientation pensez-vous maintenant ?
q-direction-stem = technique, sciences, mathématiques (STEM)
q-direction-language_culture = langues et culture
q-direction-economics_organisation = économie et organisation
q-direction-society_welfare = société et bien-être
q-direction-arts_creation = arts et création
q-direction-sport = sport
q-direction-food_hospitality = alimentation et hôtellerie
q-direction-agriculture_nature = agriculture, horticulture, nature
q-direction-not_sure = nous ne savons pas encore
q-schools = Quelles écoles voulez-vous visiter ?
q-info = De quelles informations avez-vous encore besoin ?
q-info-open_days = les dates des journées d'information et portes ouvertes
q-info-school_visits = comment visiter ou contacter une école
q-info-choice_help = de l'aide pour choisir (par exemple du CLB)
q-info-support_needs = que faire si { $child } a besoin de plus d'aide
q-info-costs = ce que coûte une école
q-info_language = Dans quelle langue préférez-vous recevoir ces informations ?
q-info_language-nl = néerlandais
q-info_language-fr = français
q-info_language-en = anglais
q-info_language-ar = arabe
q-info_language-tr = turc
q-info_language-pl = polonais
q-info_language-ro = roumain
q-info_language-bg = bulgare
q-info_language-uk = ukrainien
q-info_language-other = une autre langue
family-q-fill = Remplir le questionnaire
family-q-edit = Voir ou modifier le questionnaire

reminder-subject = Rappel : le questionnaire pour { $children }
reminder-text = Nous n'avons pas encore reçu vos réponses au questionnaire pour { $children }. Vous pouvez répondre jusqu'au { $date }. Rien n'est obligatoire. Quelques lignes aident déjà beaucoup pour l'entretien.
q-feels = À votre avis, comment va { $child } ces dernières semaines ? 0 : très mal. 10 : très bien.

booking-title = Entretien pour { $child } : choisir un moment
booking-slot = { $date }, { $from }–{ $until }
booking-yours = L'entretien pour { $child }
booking-room = Lieu : { $room }.
booking-room-class = En classe { $class }.
booking-cancel = Annuler ce moment
booking-cancel-sure = Voulez-vous vraiment annuler ? Le moment sera alors libre pour une autre famille.
booking-cancel-yes = Oui, annuler ce moment
booking-choose = Choisissez un moment
booking-change = Vous préférez un autre moment ? Choisissez-en un :
booking-none-free = Il n'y a plus de moment libre. Inscrivez-vous sur la liste d'attente, ou demandez un autre moment à l'enseignant.
booking-none-other = Aucun autre moment n'est libre.
booking-not-yet = Vous pourrez choisir un moment à partir du { $date }. À bientôt !
booking-closed = Il n'est plus possible de s'inscrire. Vous voulez quand même changer quelque chose ? Demandez à l'enseignant.
booking-no-slots = L'enseignant n'a pas encore proposé de moments.
booking-done = C'est réservé ! Vous voyez le moment ci-dessous.
booking-cancelled = Le moment est annulé.
booking-taken = Quelqu'un d'autre vient de choisir ce moment. Voici les moments les plus proches :
booking-all-free = Afficher tous les moments libres
booking-wait-still-free = Un moment est encore libre pour votre enfant. Choisissez-le ci-dessous. La liste d'attente, c'est seulement quand tout est pris.
booking-too-late = Ce moment est trop proche. Vous ne pouvez plus le changer ici. Demandez à l'enseignant.
booking-sibling-booked = L'entretien pour { $child } a lieu le { $when }.
booking-sibling-clash = en même temps que l'entretien pour { $child }
booking-sibling-next = Juste avant ou juste après l'entretien pour { $child }
booking-sibling-refused = Ce moment est en même temps que l'entretien pour { $child }. Choisissez un moment juste avant ou juste après. Ainsi, vous pouvez venir aux deux entretiens.
booking-head-start = Vous avez plusieurs enfants dans cette série d'entretiens. Vous pouvez donc choisir { $minutes } minutes avant les autres familles : à partir du { $date }. Ainsi, vous trouvez plus facilement des moments qui se suivent.
booking-facts-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
booking-facts-video = aussi par vidéo
booking-calendar = Ajouter à mon agenda
family-book = Choisir un moment
family-book-change = Voir ou changer le moment
booking-mail-subject = Confirmation : entretien KOM pour { $child }, { $when }
booking-mail-text = L'entretien KOM pour { $child } est réservé : { $when }. Avec la pièce jointe, vous pouvez l'ajouter à votre agenda.
booking-mail-change = Vous voulez changer quelque chose ? C'est possible sur { $url }, au plus tard la veille de l'entretien.
booking-mail-event = Entretien KOM : { $child }
cancel-mail-subject = Annulé : entretien KOM pour { $child }, { $when }
cancel-mail-text = L'entretien KOM pour { $child } est annulé. C'était le { $when }. Avec la pièce jointe, il disparaît aussi de votre agenda.
cancel-mail-again = Vous pouvez choisir un nouveau moment sur { $url }.

# The waiting list
wait-join = Nous inscrire sur la liste d'attente
wait-joined = Vous êtes sur la liste d'attente. Si un moment se libère, vous recevez un e-mail. Vous le voyez aussi ici.
wait-heading = Sur la liste d'attente
wait-place = Vous êtes numéro { $position } sur la liste d'attente. Si un moment se libère, nous le gardons d'abord pour vous.
wait-leave = Quitter la liste d'attente
wait-left = Vous n'êtes plus sur la liste d'attente.
wait-offer-heading = Un moment s'est libéré pour vous
wait-offer-until = Nous le gardons pour vous jusqu'au { $until }. Ensuite, il passe à la famille suivante sur la liste d'attente.
wait-offer-take = Prendre ce moment
wait-offer-decline = Non, merci
wait-mail-subject = Un moment est libre : entretien KOM pour { $child }, { $when }
wait-mail-text = Vous êtes sur la liste d'attente pour l'entretien KOM avec { $child }. Un moment s'est libéré : { $when }. Nous le gardons pour vous jusqu'au { $until }.
wait-mail-link = Sur { $url }, dites si vous prenez ce moment.

# The reminder the day before
reminder-mail-subject = Demain : entretien KOM pour { $child }, { $when }
reminder-mail-text = À demain ! L'entretien KOM pour { $child } a lieu le { $when }. Le moment est encore une fois en pièce jointe, pour votre agenda.
reminder-mail-change = Vous ne pouvez pas venir ? Prévenez l'enseignant le plus vite possible. Toutes les informations sur l'entretien sont sur { $url }.
slip-with = Avec { $teacher }.
slip-change = Vous ne pouvez pas venir ? Changez le moment sur { $url }, au plus tard la veille. Ou prévenez l'école.

# The school proposes a time
proposal-mail-subject = Proposition : entretien KOM pour { $child }, { $when }
proposal-mail-text = L'école propose ce moment pour l'entretien KOM avec { $child } : { $when }. Ce moment vous convient ? Confirmez-le sur le portail. Il ne vous convient pas ? Choisissez un autre moment sur le portail.
when-heading = Quand cela vous convient-il ?
when-intro = Cochez tous les moments où vous pouvez venir. Plus vous cochez, mieux c'est. Ensuite, l'école propose un moment. Les frères et sœurs passent l'un après l'autre.
when-afternoon = { $date }, après-midi (jusqu'à 17 h)
when-evening = { $date }, soir (à partir de 17 h)
when-send = Envoyer
when-thanks = Merci ! L'école proposera bientôt un moment. Vous recevrez un e-mail et le verrez ici.
proposal-yours = L'école propose ce moment :
proposal-confirm = Ce moment nous convient
proposal-confirmed = Confirmé. À bientôt !
booking-also = Autres personnes présentes : { $who }.
booking-video = Vous ne pouvez pas venir ? Participez par vidéo :

# The conversation frame and its agreements
frame-going_well = Qu'est-ce qui va bien ? De quoi suis-je fier ou fière ?
frame-hard = Qu'est-ce qui est difficile ? Sur quoi est-ce que je veux travailler ?
frame-feeling = Comment est-ce que je me sens à l'école ?
frame-interests = Intérêts et talents
frame-at_home = Ce que les parents voient à la maison
frame-teacher_message = Le message de l'enseignant
frame-study_choice = Le choix de l'école secondaire
frame-next_conversation = Prochain entretien
agreements-heading = Accords
agreement-by = pour le { $date }
agreement-open = en cours
agreement-done = fait
agreement-dropped = abandonné
who-child = l'enfant
who-parents = les parents
who-teacher = l'enseignant
who-school = l'école
who-care_coordinator = la personne responsable de l'aide aux élèves
conversation-title = L'entretien KOM pour { $child }
conversation-nothing = Il n'y a encore rien dans le compte rendu de l'entretien.
family-conversation = Ce que nous avons convenu
conversation-mark-read = Je l'ai lu
conversation-read-on = Vous avez lu ceci le { $date }. Merci !
family-study = Choisir l'école secondaire

# Le compte rendu de l'entretien pour la famille
summary-title = Compte rendu de l'entretien KOM pour { $child }
summary-class = Classe { $class }
summary-footer = Ce compte rendu est pour la famille. Les autres notes de l'école sur votre enfant ne sont pas dedans.
summary-file = compte-rendu-entretien-kom
summary-nav = Imprimer le compte rendu
summary-back = Retour
summary-print-hint = Imprimez avec le bouton d'impression du navigateur, ou ouvrez le PDF.
summary-pdf = En PDF
summary-none = Il n'y a pas encore de compte rendu à imprimer.
summary-mail-intro = Voici le compte rendu de l'entretien KOM : ce dont nous avons parlé et ce que nous avons convenu.
summary-mail-link = Vous trouvez aussi le compte rendu sur le portail des parents. Vous pouvez l'imprimer ou l'ouvrir en PDF : { $url }
conversation-print = Imprimer ou PDF
summary-class-title = Comptes rendus, classe { $class } · { $round }
child-says = l'enfant dit : { $what }
child-says-done = réussi
child-says-partly = un peu
child-says-not_yet = pas encore
study-sheet-title = En route vers l'école secondaire : { $child }
study-sheet-intro = Cette feuille est pour vous. Elle montre ce que l'école et { $child } ont découvert ensemble. Vous pouvez la donner à l'école secondaire, par exemple avec la fiche BaSO. C'est vous qui décidez. L'école ne l'envoie nulle part.
study-sheet-liked-good = Ce qui plaît à { $child } et qui marche bien
study-sheet-liked = Ce qui plaît à { $child } et qui est encore à apprendre
study-sheet-empty = Il n'y a encore rien sur le choix d'études dans le compte rendu ou dans la grille des talents.
study-sheet-file = choix-etudes
study-sheet-link = Feuille pour l'école secondaire
study-sheet-hint = Avec le choix d'études et les talents de votre enfant. Vous pouvez la donner à la nouvelle école. C'est vous qui choisissez.
grid-domains = Par domaine d'études
domain-stem = STEM
domain-language_culture = Langue et culture
domain-economics_organisation = Économie et organisation
domain-society_welfare = Société et bien-être
domain-arts_creation = Arts et création
domain-sport = Sport
domain-food_hospitality = Alimentation et hôtellerie
domain-agriculture_nature = Agriculture, horticulture et nature
quadrant-liked_good = J'aime et je le fais bien
quadrant-liked = J'aime, je progresse encore
quadrant-good = Je le fais bien, mais j'aime moins
quadrant-neither = Pas encore mon truc
frame-other = Autres notes

consent-purpose-video = Vidéo pendant l'entretien avec l'enfant
consent-purpose-photos = Photos sur le mur d'apprentissage
consent-purpose-portfolio = Portfolio partagé avec la famille
family-consents = Autorisations
family-consent-given = Donnée par { $who } le { $date }.
family-consent-withdraw = Retirer
family-consent-withdrawn = Vous avez retiré votre autorisation. L'école le voit tout de suite.
family-withdraw-title = Retirer l'autorisation : { $what }
family-withdraw-video = Les vidéos faites par { $child } sont effacées tout de suite. { $child } ne fait plus de nouvelles vidéos.
family-withdraw-photos = L'école ne met plus de photos sur le mur d'apprentissage si { $child } est sur la photo.
family-withdraw-portfolio = Pour { $child }, l'école ne partage plus le portfolio avec vous.
family-withdraw-later = Plus tard, vous pouvez de nouveau donner votre autorisation. Demandez à l'enseignant.
family-withdraw-yes = Oui, retirer mon autorisation
family-withdraw-no = Non, retour
