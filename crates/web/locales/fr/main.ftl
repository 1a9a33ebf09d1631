# Français : tout ce que voit un parent (le portail, l'invitation, la lettre, le courriel).
# Les pages du personnel n'existent qu'en néerlandais et en anglais.

skip-to-content = Aller au contenu
nav-label = Menu principal
nav-logout = Se déconnecter
language-switch = Français
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
error-page-not-found = Cette page n'existe pas (ou plus), ou elle ne vous est pas destinée.
error-page-form-address-title = Cette page ne s'ouvre pas ainsi
error-page-form-address = Cette adresse appartient à un formulaire et ne s'ouvre pas comme une page. Revenez à la page précédente ou choisissez dans le menu.
error-page-forbidden-title = Pas d'accès
error-page-forbidden = Vous n'avez pas accès à cette page.
error-page-bad-request-title = Cela n'a pas fonctionné
error-page-bad-request = Un problème est survenu avec ce que vous avez envoyé. Revenez en arrière et réessayez.
error-page-too-many-title = Un instant
error-page-too-many = Cela a été essayé trop souvent d'affilée. Attendez un quart d'heure, puis réessayez. Si cela ne marche toujours pas, demandez à l'école.
error-page-full-title = Le disque du serveur est plein
error-page-full = Le serveur n'a plus de place pour enregistrer. Ce que vous venez de remplir n'a pas été enregistré ; tout ce qui existait est toujours là. La consultation fonctionne. Prévenez l'école et réessayez plus tard.
error-page-internal-title = Un problème est survenu
error-page-internal = Un problème est survenu chez nous. Rien n'a été perdu ; réessayez dans quelques minutes.
error-back-home = Vers l'aperçu
error-to-login = Se connecter

field-invitation_code = Code de la lettre
family-landing-title = Bienvenue sur Samenspraak
family-landing-intro = Vous avez reçu ce lien de l'école de votre enfant. Appuyez sur le bouton pour continuer.
family-landing-go = Continuer vers les entretiens
family-landing-why = Nous demandons ce seul geste pour que personne d'autre ne puisse utiliser ce lien.
family-not-valid-title = Cette invitation ne fonctionne pas
family-not-valid = Ce lien ou ce code ne fonctionne pas (ou plus). Il a peut-être été remplacé par un nouveau. Demandez une nouvelle invitation à l'école ou à l'enseignant.
family-locked = { $count ->
    [one] Trop d'essais d'affilée. Réessayez dans 1 minute.
   *[other] Trop d'essais d'affilée. Réessayez dans { $count } minutes.
}
family-try-code = Taper un code
family-code-title = Le code de la lettre
family-code-intro = Y a-t-il un code dans la lettre de l'école ? Tapez-le ci-dessous. Majuscules et espaces n'ont pas d'importance.
family-code-hint = Dix caractères, par exemple K7MQ 2P9X HT.
family-code-go = Continuer
family-code-missing = Tapez le code de la lettre.
family-code-wrong = Nous ne connaissons pas ce code. Vérifiez-le dans la lettre, ou demandez-en un nouveau à l'école.
family-bye = Vous êtes déconnecté. Le lien ou le code de la lettre vous ramène toujours ici.
family-title = Les entretiens au sujet de votre enfant
family-greeting = Bonjour { $name }
family-intro = Vous voyez ici ce que l'école vous demande, et quand.
family-no-children = Nous ne trouvons pas d'enfant à votre nom. Adressez-vous à l'école.
family-class = classe { $class }
family-no-round = Aucun entretien n'est prévu pour le moment.
family-step-prepare = Préparer à la maison, avec votre enfant
family-step-book = Choisir un moment pour l'entretien
family-step-conference = L'entretien KOM à l'école
family-until = jusqu'au { $date }
family-between = du { $from } au { $until }
family-between-days = du { $from } au { $until }
family-now-prepare = Parlez de l'école avec { $child } à la maison : qu'est-ce qui va bien, qu'est-ce qui est difficile, de quoi voulez-vous parler ?
family-days-left = { $count ->
    [one] Encore 1 jour.
   *[other] Encore { $count } jours.
}
family-now-book = Choisissez maintenant un moment pour l'entretien. C'est possible jusqu'au { $date }.
family-now-wait = À partir du { $date }, vous pourrez choisir un moment pour l'entretien.
family-now-conference = L'entretien KOM au sujet de { $child } a lieu ces jours-ci. À bientôt !
family-now-done = Les entretiens sont terminés. Merci !
family-now-booked = L'entretien au sujet de { $child } est fixé. À bientôt !
family-status-sent = Votre questionnaire a été envoyé le { $date }. Merci !
family-status-draft = Votre questionnaire est enregistré, mais pas encore envoyé. Envoyez-le ici.
family-status-summary = Il y a un compte rendu de l'entretien. Lisez-le ici.
family-status-agreements = { $count ->
    [one] 1 accord est encore en cours.
   *[other] { $count } accords sont encore en cours.
}
family-done = Se déconnecter

letter-greeting = Bonjour { $name },
letter-intro = Bientôt, nous parlerons à l'école de { $children }, avec { $children }, avec vous et avec l'enseignant. Dans un tel entretien KOM (Enfant, Parents, Mentor), nous regardons comment se passe l'école et quelle est la prochaine étape. Votre enfant y prend lui-même la parole.
letter-asked = Qu'attendons-nous de vous ?
letter-prepare = Parlez de l'école avec { $children } à la maison, jusqu'au { $date }.
letter-book = Choisissez un moment pour l'entretien, { $when }.
letter-conference = L'entretien lui-même a lieu { $when }.
letter-how = Comment accéder aux entretiens
letter-qr = Code QR vers votre invitation
letter-scan = Scannez le code QR avec l'appareil photo de votre téléphone.
letter-type = Ou allez sur { $url } et tapez ce code :
letter-personal = Cette lettre est personnelle : le code donne accès aux données de votre enfant. Ne le transmettez pas.
letter-language = Une autre langue ? Sur le site, vous pouvez choisir Nederlands, English ou Français.
letter-bye = À bientôt,

mail-subject = Invitation à l'entretien KOM au sujet de { $children }
mail-open = Ouvrez votre invitation avec ce lien :
mail-button = Ouvrir votre invitation

# Le questionnaire des parents
error-too-long = C'est trop long. Raccourcissez-le.
error-choice = Choisissez une des possibilités.
face-1 = pas du tout
face-2 = pas vraiment
face-3 = parfois oui, parfois non
face-4 = plutôt oui
face-5 = tout à fait
axis-alone = Travailler seul
axis-together = Travailler ensemble
axis-asking_help = Demander de l'aide
axis-planning = Planifier
axis-reading = Lire
axis-maths = Calculer
axis-sport = Sport
axis-creativity = Être créatif
q-title = Questionnaire au sujet de { $child }
q-intro = Remplissez ces questions avec { $child }. Rien n'est obligatoire : ce que vous remplissez est enregistré tout de suite. Vous pouvez tout modifier jusqu'au { $date } ; ensuite l'enseignant lit vos réponses.
q-closed = Le délai du questionnaire est passé. Vos réponses sont enregistrées ; n'hésitez pas à en parler pendant l'entretien.
q-submitted = Merci ! Vos réponses ont été envoyées à l'enseignant. Vous pouvez encore les modifier jusqu'à la fin du délai.
q-problems = Une réponse ne convient pas. Vérifiez la question en rouge ; rien n'est perdu.
q-saved = Enregistré.
q-save-draft = Enregistrer
q-submit = Envoyer à l'enseignant
q-back = Retour à l'aperçu
q-tells = Que raconte { $child } de l'école à la maison ?
q-likes_school = À votre avis, { $child } aime-t-il aller à l'école ?
q-does_well = Qu'est-ce que { $child } fait bien à la maison ?
q-spider = Comment cela se passe-t-il, selon vous ? 1 est encore difficile, 5 va très bien.
q-topics = De quoi voulez-vous certainement parler ?
q-topics-friends = les amis et la classe
q-topics-learning = l'apprentissage et les résultats
q-topics-homework = les devoirs et l'organisation
q-topics-feelings = comment { $child } se sent
q-topics-behaviour = le comportement à l'école ou à la maison
q-topics-next_year = l'année scolaire prochaine
q-discuss = Voulez-vous parler d'autre chose ?
q-help = Comment pouvez-vous aider à la maison, et de quoi avez-vous besoin de l'école pour cela ?
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
q-info-support_needs = que faire si { $child } a besoin d'un soutien supplémentaire
q-info-costs = ce que coûte une école
q-info_language = Dans quelle langue préférez-vous recevoir ces informations ?
q-info_language-nl = néerlandais
q-info_language-fr = français
q-info_language-en = anglais
q-info_language-ar = arabe
q-info_language-tr = turc
q-info_language-other = une autre langue
family-q-fill = Remplir le questionnaire
family-q-edit = Voir ou modifier le questionnaire

reminder-subject = Rappel : le questionnaire au sujet de { $children }
reminder-text = Nous n'avons pas encore reçu vos réponses au questionnaire au sujet de { $children }. Vous pouvez le remplir jusqu'au { $date }. Rien n'est obligatoire, et quelques lignes aident déjà beaucoup pour l'entretien.
q-feels = À votre avis, comment { $child } se sent-il ces dernières semaines ? 0 c'est très mal, 10 c'est super.

booking-title = Choisir un moment pour l'entretien au sujet de { $child }
booking-slot = { $date }, { $from }–{ $until }
booking-yours = L'entretien au sujet de { $child }
booking-room = Dans { $room }.
booking-cancel = Annuler ce moment
booking-cancel-sure = Vous êtes sûr ? Le moment devient alors libre pour une autre famille.
booking-cancel-yes = Oui, annuler ce moment
booking-choose = Choisissez un moment
booking-change = Vous préférez un autre moment ? Choisissez-en un :
booking-none-free = Il n'y a plus de moment libre. Inscrivez-vous sur la liste d'attente, ou demandez un autre moment à l'enseignant.
booking-none-other = Aucun autre moment n'est libre.
booking-not-yet = Vous pourrez choisir un moment à partir du { $date }. À bientôt !
booking-closed = Les inscriptions sont closes. Vous voulez quand même changer quelque chose ? Demandez-le à l'enseignant.
booking-no-slots = L'enseignant n'a pas encore proposé de moments.
booking-done = C'est réservé ! Vous voyez le moment ci-dessous.
booking-cancelled = Le moment est annulé.
booking-taken = Quelqu'un d'autre vient de choisir ce moment. Voici les moments les plus proches :
booking-all-free = Afficher tous les moments libres
booking-wait-still-free = Un moment est encore libre pour votre enfant. Choisissez-le ci-dessous ; la liste d'attente sert quand tout est pris.
booking-too-late = Ce moment est trop proche pour être changé. Demandez-le à l'enseignant.
booking-sibling-booked = L'entretien au sujet de { $child } a lieu { $when }.
booking-sibling-clash = en même temps que l'entretien au sujet de { $child }
booking-sibling-next = Juste avant ou après l'entretien au sujet de { $child }
booking-sibling-refused = Ce moment tombe en même temps que l'entretien au sujet de { $child }. Choisissez un moment juste avant ou après, pour pouvoir assister aux deux.
booking-head-start = Comme vous avez plusieurs enfants dans cette série d'entretiens, vous pouvez choisir { $minutes } minutes avant les autres : à partir du { $date }. Ainsi, vous trouvez encore des moments qui se suivent.
booking-facts-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
booking-facts-video = aussi par vidéo
booking-calendar = Ajouter à mon agenda
family-book = Choisir un moment
family-book-change = Voir ou changer le moment
booking-mail-subject = Confirmation : l'entretien KOM au sujet de { $child }, { $when }
booking-mail-text = L'entretien KOM au sujet de { $child } est réservé : { $when }. La pièce jointe l'ajoute à votre agenda.
booking-mail-change = Vous voulez changer quelque chose ? C'est possible jusqu'à la veille, sur { $url }.
booking-mail-event = Entretien KOM au sujet de { $child }
cancel-mail-subject = Annulé : l'entretien KOM au sujet de { $child }, { $when }
cancel-mail-text = L'entretien KOM au sujet de { $child } le { $when } est annulé. La pièce jointe le retire aussi de votre agenda.
cancel-mail-again = Vous pouvez choisir un nouveau moment sur { $url }.

# The waiting list
wait-join = Nous inscrire sur la liste d'attente
wait-joined = Vous êtes sur la liste d'attente. Quand un moment se libère, vous recevez un e-mail et vous le voyez ici.
wait-heading = Sur la liste d'attente
wait-place = Vous êtes numéro { $position } sur la liste d'attente. Quand un moment se libère, nous le gardons d'abord pour vous.
wait-leave = Quitter la liste d'attente
wait-left = Vous n'êtes plus sur la liste d'attente.
wait-offer-heading = Un moment s'est libéré pour vous
wait-offer-until = Nous le gardons pour vous jusqu'au { $until }. Ensuite, il passe à la famille suivante sur la liste d'attente.
wait-offer-take = Prendre ce moment
wait-offer-decline = Non, merci
wait-mail-subject = Un moment est libre pour l'entretien KOM au sujet de { $child } : { $when }
wait-mail-text = Vous étiez sur la liste d'attente pour l'entretien KOM au sujet de { $child }. Ce moment s'est libéré : { $when }. Nous le gardons pour vous jusqu'au { $until }.
wait-mail-link = Prenez-le ou laissez-le sur { $url }.

# The reminder the day before
reminder-mail-subject = Demain : l'entretien KOM au sujet de { $child }, { $when }
reminder-mail-text = À demain ! L'entretien KOM au sujet de { $child } a lieu le { $when }. Le moment est à nouveau en pièce jointe pour votre agenda.
reminder-mail-change = Vous ne pouvez finalement pas venir ? Prévenez l'enseignant au plus vite. Tout sur l'entretien se trouve sur { $url }.
slip-with = Avec { $teacher }.
slip-change = Finalement, ce n'est pas possible ? Changez-le jusqu'à la veille sur { $url }, ou prévenez l'école.

# The school proposes a time
proposal-mail-subject = Proposition : l'entretien KOM au sujet de { $child }, { $when }
proposal-mail-text = L'école propose ce moment pour l'entretien KOM au sujet de { $child } : { $when }. Il vous convient ? Confirmez-le alors dans le portail. Sinon, choisissez-en un autre.
when-heading = Quand cela vous convient-il ?
when-intro = Cochez quand vous pouvez venir, le plus possible. L'école propose ensuite un moment ; les frères et sœurs passent l'un après l'autre.
when-afternoon = { $date }, après-midi (jusqu'à 17 h)
when-evening = { $date }, soir (à partir de 17 h)
when-send = Envoyer
when-thanks = Merci ! L'école proposera bientôt un moment. Vous recevrez un e-mail et le verrez ici.
proposal-yours = L'école propose ce moment :
proposal-confirm = Ce moment nous convient
proposal-confirmed = Confirmé. À bientôt !
booking-also = Également présent : { $who }.
booking-video = Vous ne pouvez pas venir ? Participez par vidéo :

# The conversation frame and its agreements
frame-going_well = Ce qui va bien, ce dont je suis fier ou fière
frame-hard = Ce qui est difficile, ce que je veux travailler
frame-feeling = Comment je me sens à l'école
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
who-care_coordinator = le coordinateur de soins
conversation-title = L'entretien KOM au sujet de { $child }
conversation-nothing = Rien n'a encore été noté de l'entretien.
family-conversation = Ce que nous avons convenu
conversation-mark-read = J'ai lu
conversation-read-on = Vous avez lu ceci le { $date }. Merci !
family-study = Choisir l'école secondaire

# Le compte rendu de l'entretien pour la famille
summary-title = Compte rendu de l'entretien KOM au sujet de { $child }
summary-class = Classe { $class }
summary-footer = Ce compte rendu est destiné à la famille. Les autres notes de l'école sur votre enfant n'y figurent pas.
summary-file = compte-rendu-entretien-kom
summary-nav = Imprimer le compte rendu
summary-back = Retour
summary-print-hint = Imprimez avec le bouton d'impression du navigateur, ou ouvrez le PDF.
summary-pdf = En PDF
summary-none = Il n'y a pas encore de compte rendu à imprimer.
summary-mail-intro = Voici le compte rendu de l'entretien KOM : ce dont nous avons parlé et ce que nous avons convenu.
summary-mail-link = Vous trouvez aussi le compte rendu sur le portail des parents, à imprimer ou en PDF : { $url }
conversation-print = Imprimer ou PDF
summary-class-title = Comptes rendus { $class } · { $round }
child-says = l'enfant dit : { $what }
child-says-done = réussi
child-says-partly = un peu
child-says-not_yet = pas encore
study-sheet-title = En route vers l'école secondaire : { $child }
study-sheet-intro = Cette feuille vous appartient. Elle reprend ce que { $child } et l'école ont découvert ensemble. C'est vous qui décidez de la remettre ou non à l'école secondaire, par exemple en complément de la fiche BaSO. L'école ne l'envoie nulle part.
study-sheet-liked-good = Ce que { $child } aime faire et fait bien
study-sheet-liked = Ce que { $child } aime faire et veut encore apprendre
study-sheet-empty = Le compte rendu et la grille des talents ne disent encore rien du choix d'études.
study-sheet-file = choix-etudes
study-sheet-link = Feuille pour l'école secondaire
study-sheet-hint = Avec le choix d'études et les talents de votre enfant. La remettre à la nouvelle école ? C'est vous qui choisissez.
grid-domains = Par domaine d'études
domain-stem = STEM
domain-language_culture = Langue et culture
domain-economics_organisation = Économie et organisation
domain-society_welfare = Société et bien-être
domain-arts_creation = Arts et création
domain-sport = Sport
domain-food_hospitality = Alimentation et horeca
domain-agriculture_nature = Agriculture, horticulture et nature
quadrant-liked_good = J'aime et je suis doué·e
quadrant-liked = J'aime, je progresse encore
quadrant-good = Je suis doué·e, j'aime moins
quadrant-neither = Pas encore mon truc
frame-other = Autres notes

consent-purpose-video = Vidéo pendant l'entretien avec l'enfant
consent-purpose-photos = Photos sur le mur d'apprentissage
consent-purpose-portfolio = Portfolio partagé avec la famille
family-consents = Autorisations
family-consent-given = Donnée par { $who } le { $date }.
family-consent-withdraw = Retirer
family-consent-withdrawn = Votre autorisation a été retirée. L'école le voit tout de suite.
family-withdraw-title = Retirer l'autorisation : { $what }
family-withdraw-video = Les vidéos enregistrées par { $child } sont effacées tout de suite, et { $child } n'en enregistre plus.
family-withdraw-photos = L'école ne met plus sur le mur d'apprentissage de photos où l'on voit { $child }.
family-withdraw-portfolio = L'école ne partage plus le portfolio de { $child } avec vous.
family-withdraw-later = Vous pourrez redonner votre autorisation plus tard auprès de l'enseignant.
family-withdraw-yes = Oui, retirer mon autorisation
family-withdraw-no = Non, retour
