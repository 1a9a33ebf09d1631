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
error-page-forbidden-title = Pas d'accès
error-page-forbidden = Vous n'avez pas accès à cette page.
error-page-bad-request-title = Cela n'a pas fonctionné
error-page-bad-request = Un problème est survenu avec ce que vous avez envoyé. Revenez en arrière et réessayez.
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
family-now-prepare = Parlez de l'école avec { $child } à la maison : qu'est-ce qui va bien, qu'est-ce qui est difficile, de quoi voulez-vous parler ? Encore { $days } jours.
family-now-book = Choisissez maintenant un moment pour l'entretien. C'est possible jusqu'au { $date }.
family-now-wait = À partir du { $date }, vous pourrez choisir un moment pour l'entretien.
family-now-conference = L'entretien KOM au sujet de { $child } a lieu ces jours-ci. À bientôt !
family-now-done = Les entretiens sont terminés. Merci !
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
