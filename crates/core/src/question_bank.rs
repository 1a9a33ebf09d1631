//! The question bank for the vragenpot (question jar): questions of our own writing that go
//! deeper than "what did you learn?", concrete enough for a child of ten, in Dutch and
//! English. A teacher picks from it for their class's jar, edits, and adds their own.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    LookingBack,
    ProudOf,
    HardForMe,
    HowIFeel,
    FriendsAndClass,
    InterestsAndTalents,
    Home,
    Future,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Self::LookingBack,
        Self::ProudOf,
        Self::HardForMe,
        Self::HowIFeel,
        Self::FriendsAndClass,
        Self::InterestsAndTalents,
        Self::Home,
        Self::Future,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LookingBack => "looking_back",
            Self::ProudOf => "proud_of",
            Self::HardForMe => "hard_for_me",
            Self::HowIFeel => "how_i_feel",
            Self::FriendsAndClass => "friends_and_class",
            Self::InterestsAndTalents => "interests_and_talents",
            Self::Home => "home",
            Self::Future => "future",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("jar-category-{}", self.as_str())
    }
}

/// One question of the bank; grades are the leerjaren it suits (1–6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BankQuestion {
    pub id: &'static str,
    pub category: Category,
    pub grades: (u8, u8),
    pub nl: &'static str,
    pub en: &'static str,
}

impl BankQuestion {
    pub fn text(&self, lang: crate::Language) -> &'static str {
        if lang == crate::Language::En { self.en } else { self.nl }
    }

    pub fn suits(&self, grade: Option<i64>) -> bool {
        grade.is_none_or(|g| (i64::from(self.grades.0)..=i64::from(self.grades.1)).contains(&g))
    }
}

macro_rules! q {
    ($id:literal, $cat:ident, $from:literal - $to:literal, $nl:literal, $en:literal) => {
        BankQuestion {
            id: $id,
            category: Category::$cat,
            grades: ($from, $to),
            nl: $nl,
            en: $en,
        }
    };
}

pub const BANK: &[BankQuestion] = &[
    // Looking back: the last few weeks, concretely.
    q!(
        "lb1",
        LookingBack,
        3 - 6,
        "Welke les van de voorbije weken zou je nog eens willen doen? Waarom?",
        "Which lesson of the last few weeks would you like to do again? Why?"
    ),
    q!(
        "lb2",
        LookingBack,
        3 - 6,
        "Wat weet je nu dat je drie weken geleden nog niet wist?",
        "What do you know now that you did not know three weeks ago?"
    ),
    q!(
        "lb3",
        LookingBack,
        4 - 6,
        "Welk werkje uit je map wil je mij tonen? Vertel er eens over.",
        "Which piece of work from your folder do you want to show me? Tell me about it."
    ),
    q!(
        "lb4",
        LookingBack,
        3 - 6,
        "Wat gebeurde er deze weken op school dat je nooit vergeet?",
        "What happened at school these weeks that you will never forget?"
    ),
    q!(
        "lb5",
        LookingBack,
        4 - 6,
        "Wat zou je een jonger kind kunnen uitleggen over iets dat je net geleerd hebt?",
        "What could you explain to a younger child about something you just learned?"
    ),
    q!(
        "lb6",
        LookingBack,
        4 - 6,
        "Welke opdracht duurde langer dan je dacht? Hoe kwam dat?",
        "Which task took longer than you thought? Why was that?"
    ),
    q!(
        "lb7",
        LookingBack,
        3 - 6,
        "Kijk naar de sokkenmuur: welk sokje past het best bij jou?",
        "Look at the learning wall: which item fits you best?"
    ),
    q!(
        "lb8",
        LookingBack,
        5 - 6,
        "Als je de voorbije weken een titel moest geven, welke zou het zijn?",
        "If you had to give the last few weeks a title, what would it be?"
    ),
    // Proud of
    q!(
        "po1",
        ProudOf,
        3 - 6,
        "Waar ben je de laatste tijd trots op, op school of thuis?",
        "What are you proud of lately, at school or at home?"
    ),
    q!(
        "po2",
        ProudOf,
        3 - 6,
        "Wat lukt je nu dat vroeger niet lukte?",
        "What can you do now that you could not do before?"
    ),
    q!(
        "po3",
        ProudOf,
        4 - 6,
        "Wanneer heb je deze weken iemand anders geholpen?",
        "When did you help someone else these weeks?"
    ),
    q!(
        "po4",
        ProudOf,
        4 - 6,
        "Welk compliment zou je jezelf geven?",
        "Which compliment would you give yourself?"
    ),
    q!(
        "po5",
        ProudOf,
        3 - 6,
        "Wat heb je geoefend tot het lukte?",
        "What did you practise until you could do it?"
    ),
    q!(
        "po6",
        ProudOf,
        5 - 6,
        "Waar zouden je ouders verrast van zijn als ze het zagen in de klas?",
        "What would surprise your parents if they saw it in class?"
    ),
    q!(
        "po7",
        ProudOf,
        4 - 6,
        "Welk werk zou je in een museum hangen? Waarom dat?",
        "Which piece of work would you hang in a museum? Why that one?"
    ),
    q!(
        "po8",
        ProudOf,
        5 - 6,
        "Wanneer durfde je iets wat je eerst spannend vond?",
        "When did you dare to do something that first felt scary?"
    ),
    // Hard for me
    q!(
        "hm1",
        HardForMe,
        3 - 6,
        "Wat vond je moeilijk, en wat heb je al geprobeerd?",
        "What did you find hard, and what have you already tried?"
    ),
    q!(
        "hm2",
        HardForMe,
        3 - 6,
        "Bij welk vak of welke opdracht zit je soms vast?",
        "In which subject or task do you sometimes get stuck?"
    ),
    q!(
        "hm3",
        HardForMe,
        3 - 6,
        "Wat doe je als je iets niet snapt?",
        "What do you do when you do not understand something?"
    ),
    q!(
        "hm4",
        HardForMe,
        4 - 6,
        "Waarmee kan ik je beter helpen?",
        "How can I help you better?"
    ),
    q!(
        "hm5",
        HardForMe,
        4 - 6,
        "Wat zou je willen oefenen tot het volgende gesprek?",
        "What would you like to practise before our next talk?"
    ),
    q!(
        "hm6",
        HardForMe,
        4 - 6,
        "Wanneer lukt het niet om je aandacht bij je werk te houden?",
        "When is it hard to keep your attention on your work?"
    ),
    q!(
        "hm7",
        HardForMe,
        5 - 6,
        "Welke fout heeft je iets geleerd?",
        "Which mistake taught you something?"
    ),
    q!(
        "hm8",
        HardForMe,
        5 - 6,
        "Als je één ding aan de schooldag kon veranderen, wat zou het zijn?",
        "If you could change one thing about the school day, what would it be?"
    ),
    // How I feel
    q!(
        "hf1",
        HowIFeel,
        1 - 6,
        "Hoe voel je je deze weken in de klas? Welk getal op de thermometer? Waarom dat getal?",
        "How do you feel in class these weeks? Which number on the thermometer? Why that number?"
    ),
    q!(
        "hf2",
        HowIFeel,
        1 - 6,
        "Wanneer ben je blij op school?",
        "When are you happy at school?"
    ),
    q!(
        "hf3",
        HowIFeel,
        3 - 6,
        "Wanneer voel je je niet goed op school? Wat helpt dan?",
        "When do you not feel good at school? What helps then?"
    ),
    q!(
        "hf4",
        HowIFeel,
        3 - 6,
        "Waar in de school voel je je het rustigst?",
        "Where in the school do you feel calmest?"
    ),
    q!(
        "hf5",
        HowIFeel,
        4 - 6,
        "Is er iets waar je je zorgen over maakt?",
        "Is there something you worry about?"
    ),
    q!(
        "hf6",
        HowIFeel,
        4 - 6,
        "Hoe begin je je dag het liefst op school?",
        "How do you like to start your day at school?"
    ),
    q!(
        "hf7",
        HowIFeel,
        4 - 6,
        "Wat maakt je zenuwachtig, en wat doe je dan?",
        "What makes you nervous, and what do you do then?"
    ),
    q!(
        "hf8",
        HowIFeel,
        5 - 6,
        "Met welk weerbericht zou je deze weken vergelijken?",
        "Which weather report would you compare these weeks to?"
    ),
    // Friends and class
    q!(
        "fc1",
        FriendsAndClass,
        1 - 6,
        "Met wie werk je graag samen? Waarom?",
        "Who do you like working with? Why?"
    ),
    q!(
        "fc2",
        FriendsAndClass,
        1 - 6,
        "Met wie speel je op de speelplaats?",
        "Who do you play with in the playground?"
    ),
    q!(
        "fc3",
        FriendsAndClass,
        3 - 6,
        "Wat maakt onze klas een fijne klas? Wat zou beter kunnen?",
        "What makes our class a nice class? What could be better?"
    ),
    q!(
        "fc4",
        FriendsAndClass,
        3 - 6,
        "Heb je je ooit alleen gevoeld op school? Wat gebeurde er?",
        "Have you ever felt alone at school? What happened?"
    ),
    q!(
        "fc5",
        FriendsAndClass,
        4 - 6,
        "Wat doe je als er ruzie is?",
        "What do you do when there is a quarrel?"
    ),
    q!(
        "fc6",
        FriendsAndClass,
        4 - 6,
        "Wie in de klas kan jou iets leren? En wat kan jij aan een ander leren?",
        "Who in class can teach you something? And what can you teach someone else?"
    ),
    q!(
        "fc7",
        FriendsAndClass,
        4 - 6,
        "Welke taak in de klas doe je het liefst?",
        "Which job in class do you like doing best?"
    ),
    q!(
        "fc8",
        FriendsAndClass,
        5 - 6,
        "Hoe zou een nieuw kind zich voelen in onze klas?",
        "How would a new child feel in our class?"
    ),
    // Interests and talents
    q!(
        "it1",
        InterestsAndTalents,
        3 - 6,
        "Wanneer vergeet je de tijd omdat je iets graag doet?",
        "When do you forget the time because you enjoy what you are doing?"
    ),
    q!(
        "it2",
        InterestsAndTalents,
        3 - 6,
        "Wat doe je het liefst: bouwen, tekenen, schrijven, rekenen, bewegen, zingen of iets anders?",
        "What do you like most: building, drawing, writing, maths, moving, singing or something else?"
    ),
    q!(
        "it3",
        InterestsAndTalents,
        4 - 6,
        "Welke opdracht kleurde het mooist in je talentenraster? Waarom?",
        "Which task came out best in your talent grid? Why?"
    ),
    q!(
        "it4",
        InterestsAndTalents,
        4 - 6,
        "Waar vragen anderen jou vaak hulp bij?",
        "What do others often ask you to help with?"
    ),
    q!(
        "it5",
        InterestsAndTalents,
        4 - 6,
        "Waarover zou je een spreekbeurt kunnen geven zonder veel op te zoeken?",
        "What could you give a talk about without looking much up?"
    ),
    q!(
        "it6",
        InterestsAndTalents,
        3 - 6,
        "Wat doe je na school het liefst?",
        "What do you like doing most after school?"
    ),
    q!(
        "it7",
        InterestsAndTalents,
        5 - 6,
        "Wat zou je graag beter kunnen, als je er tijd voor had?",
        "What would you like to be better at, if you had time for it?"
    ),
    q!(
        "it8",
        InterestsAndTalents,
        5 - 6,
        "Werk je liever alleen, met z'n tweeën of in een groep? Wanneer?",
        "Do you prefer working alone, in pairs or in a group? When?"
    ),
    // Home
    q!(
        "ho1",
        Home,
        1 - 6,
        "Wat vertel je thuis over school?",
        "What do you tell at home about school?"
    ),
    q!(
        "ho2",
        Home,
        3 - 6,
        "Wie helpt je thuis als je huiswerk moeilijk is?",
        "Who helps you at home when homework is hard?"
    ),
    q!(
        "ho3",
        Home,
        3 - 6,
        "Wat kan je thuis goed dat we op school niet zien?",
        "What are you good at at home that we do not see at school?"
    ),
    q!(
        "ho4",
        Home,
        4 - 6,
        "Wat wil je dat je ouders zeker horen in het gesprek?",
        "What do you want your parents to hear for sure in the conversation?"
    ),
    q!(
        "ho5",
        Home,
        4 - 6,
        "Is er iets wat je liever (nog) niet met je ouders bespreekt?",
        "Is there something you would rather not discuss with your parents (yet)?"
    ),
    q!(
        "ho6",
        Home,
        4 - 6,
        "Waar en wanneer maak je thuis je huiswerk?",
        "Where and when do you do your homework at home?"
    ),
    q!(
        "ho7",
        Home,
        3 - 6,
        "Welke taal spreek je thuis, en met wie?",
        "Which language do you speak at home, and with whom?"
    ),
    q!(
        "ho8",
        Home,
        5 - 6,
        "Wat zouden je ouders zeggen als ik vroeg waar jij goed in bent?",
        "What would your parents say if I asked what you are good at?"
    ),
    // The future and secondary school
    q!(
        "fu1",
        Future,
        5 - 6,
        "Waar kijk je naar uit in het secundair? Wat vind je spannend?",
        "What are you looking forward to in secondary school? What feels exciting or scary?"
    ),
    q!(
        "fu2",
        Future,
        6 - 6,
        "Welke school of richting wil je eens bekijken? Waarom die?",
        "Which school or course would you like to have a look at? Why that one?"
    ),
    q!(
        "fu3",
        Future,
        5 - 6,
        "Wat wil je zeker nog leren voor je naar het secundair gaat?",
        "What do you really want to learn before you go to secondary school?"
    ),
    q!(
        "fu4",
        Future,
        6 - 6,
        "Wat weet je al over het eerste middelbaar? Wat wil je nog weten?",
        "What do you already know about the first year of secondary school? What would you like to know?"
    ),
    q!(
        "fu5",
        Future,
        4 - 6,
        "Wat zou je later graag doen? Wat heb je daarvoor nodig?",
        "What would you like to do later? What do you need for it?"
    ),
    q!(
        "fu6",
        Future,
        6 - 6,
        "Wie kan je helpen kiezen: thuis, op school, iemand anders?",
        "Who can help you choose: at home, at school, someone else?"
    ),
    q!(
        "fu7",
        Future,
        5 - 6,
        "Hoe zie je jezelf volgend jaar op een gewone schooldag?",
        "How do you see yourself next year on an ordinary school day?"
    ),
    q!(
        "fu8",
        Future,
        6 - 6,
        "Welke opdrachten uit dit jaar zeggen iets over wat bij jou past?",
        "Which tasks of this year tell something about what suits you?"
    ),
];

pub fn get(id: &str) -> Option<&'static BankQuestion> {
    BANK.iter().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn at_least_sixty_questions_in_every_category_both_languages() {
        assert!(BANK.len() >= 60);
        let ids: BTreeSet<_> = BANK.iter().map(|q| q.id).collect();
        assert_eq!(ids.len(), BANK.len(), "ids are unique");
        for c in Category::ALL {
            assert!(BANK.iter().filter(|q| q.category == c).count() >= 6, "{c:?}");
        }
        for q in BANK {
            assert!(q.nl.ends_with('?') || q.nl.ends_with('.'), "{}", q.id);
            assert!(q.en.ends_with('?') || q.en.ends_with('.'), "{}", q.id);
            assert!(q.grades.0 <= q.grades.1 && q.grades.1 <= 6);
            // Deeper than the classic question the tip sheet warns about.
            assert!(!q.nl.to_lowercase().contains("wat heb je geleerd"), "{}", q.id);
        }
    }

    #[test]
    fn questions_suit_their_grades() {
        let secondary = get("fu2").unwrap();
        assert!(secondary.suits(Some(6)) && !secondary.suits(Some(4)) && secondary.suits(None));
    }
}
