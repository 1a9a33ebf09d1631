## Samenspraak — English.

## General
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Overview
nav-rounds = Conference rounds
nav-classes = Classes
nav-import = Import class list
nav-staff = Team
nav-logout = Sign out
language-switch = English
language-menu = Language
# Between the items of a list.
list-separator = { ", " }
footer-text = Samenspraak — KOM conversations between child, parents and mentor.
save = Save
cancel = Cancel
optional = Optional.
from = From
until = Until
status = Status
active = Active
inactive = Inactive
child = Pupil
guardians = Parents and guardians

## Languages
language-nl = Dutch
language-en = English
language-fr = French
language-ar = Arabic
language-tr = Turkish
language-pl = Polish
language-ro = Romanian
language-bg = Bulgarian
language-uk = Ukrainian

## Dates
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $day } { $month }
datetime-long = { $date } at { $time }

## Field errors
error-required = Please fill this in.
error-too-long = This is too long. Please shorten it.
error-email = This is not a valid email address. An email address looks like name@example.be.
error-phone = This is not a valid phone number. Write it like 0470 12 34 56 or +32 470 12 34 56.
error-date = This date does not exist. Write day/month/year, for example 14/03/2015.
error-datetime = Give a date and a time, for example 30/11/2026 19:00.
error-password-short = Choose a password of at least 10 characters.
error-language = Choose a language from the list.
error-choice = Choose one of the options.
error-end-before-start = This date is before the start. Choose a later date.
error-end-before-start-time = This time is before the start. Choose a later time.
error-phase-order = This date does not fit the order of the round. Please check the dates.
error-taken = This is already in use. Choose something else.
form-problems = { $count ->
    [one] There is 1 problem. Correct it and save again.
   *[other] There are { $count } problems. Correct them and save again.
}

## Error pages
error-page-not-found-title = Page not found
error-page-not-found = This page does not exist (any more), or it is not meant for you.
error-page-form-address-title = This page does not open this way
error-page-form-address = This address belongs to a form and does not open as a page. Go back to the previous page or choose from the menu.
error-page-forbidden-title = No access
error-page-forbidden = You do not have access to this page. If you think that is wrong, ask the school's management.
error-page-bad-request-title = That did not work
error-page-bad-request = Something was wrong with what was sent. Go back and try again.
error-page-too-many-title = Please wait
error-page-too-many = That was tried too often in a row. Wait a quarter of an hour and try again. If it still does not work, ask the school.
error-page-full-title = The server's disk is full
error-page-full = The server has no room left to save anything. What you just filled in was not saved; everything from before is still there. Reading still works. Let the school admin know and try again later.
error-page-internal-title = Something went wrong
error-page-internal = Something went wrong on our side. Nothing was lost; please try again in a few minutes.
error-back-home = Back to the overview
error-to-login = Go to sign in

## Sign in
login-title = Sign in
login-heading = Welcome to Samenspraak
login-intro = Sign in with your school email address and password.
login-email = Email address
login-password = Password
login-submit = Sign in
login-help = Forgot your password? Ask the school's management for a new one.
login-signed-out = You are signed out. See you next time!
login-email-missing = Please enter your email address.
login-password-missing = Please enter your password.
login-wrong = This email address or password is not right. Please check both.
login-locked = { $count ->
    [one] Too many failed attempts. Wait 1 minute, then try again.
   *[other] Too many failed attempts. Wait { $count } minutes, then try again.
}

## Overview
home-title = Overview
home-greeting = Hello { $name }
home-rounds = Conference rounds
home-all-rounds = All conference rounds
home-no-rounds = There is no conference round yet.
home-classes = Your classes
home-all-classes = All classes
home-no-classes = You have no classes yet. The school's management links you to your class.
home-actions = Go to
class-title = Class { $name }
children-count = { $count ->
    [one] 1 pupil
   *[other] { $count } pupils
}

## Conference rounds
rounds-title = Conference rounds
rounds-intro = A conference round runs from the child talks to the follow-up of the agreements.
round-new = New conference round
round-new-title = New conference round
round-edit-title = Change conference round
round-edit = Change
round-name = Name
round-name-hint = For example: KOM conversations December
round-classes = Classes
round-now = Now
round-finished = Finished
round-conference-dates = { $from } – { $until }
round-pick-a-class = Choose at least one class.
round-form-intro = Give each phase of the round a date. Parents and pupils will only see what is meant for them.
phase-child-talks-hint = The short one-to-one talks with each pupil, during class time.
round-parent-prep-until = Parents prepare until
phase-booking-hint = Booking opens for all families at the same moment.
round-booking-opens = Booking opens on
round-booking-closes = Booking closes on
round-follow-up-on = Follow-up on
round-create = Create round
round-timeline = Timeline
round-booking-window = Booking is open from { $opens } until { $closes }.
progress-count = { $done } of { $total }
phase-child-talks = Child talks
phase-parent-prep = Preparation by parents
phase-booking = Booking
phase-conferences = KOM conversations
phase-follow-up = Follow-up
phase-state-done = Past
phase-state-now = Now
phase-state-upcoming = Coming up
step-child-talk = Child talk
step-parent-prep = Parents
step-booking = Booked
step-conference = KOM conversation
step-follow-up = Follow-up
state-not-started = Not yet
state-in-progress = In progress
state-done = Done

## Classes
classes-title = Classes
classes-year = School year { $year }
class-new = New class
class-new-title = New class
class-edit-title = Change class { $name }
class-edit = Change class
class-name = Class name
class-name-hint = As on the class list, for example 6A.
class-grade = Grade
class-grade-hint = A number from 1 to 6.
class-children = Pupils
class-teachers = Teachers
class-active = This class is active
class-empty = There are no pupils in this class yet.
grade-n = Grade { $n }
co-teacher = co-teacher
titular = class teacher
no-guardians = No parents entered yet
household = Household
household-n = Household { $n }
prefers = prefers
speaks = Prefers { $language }

## Pupils
child-new = Add pupil
child-new-title = Add pupil
child-edit-title = Change { $name }
child-edit = Change details
child-no-class = No class
child-exists = There already is a pupil with this name and date of birth.
child-active = This pupil still attends the school
siblings = Brothers and sisters
no-right-to-info = No right to information
edit-name = Change { $name }
col-class = Class
col-first-name = First name
col-last-name = Last name
col-birth-date = Date of birth
col-guardian-name = Parent { $n }: name
col-guardian-email = Parent { $n }: email
col-guardian-phone = Parent { $n }: phone
col-guardian-language = Parent { $n }: language

## Parents and guardians
guardian-new = Add parent
guardian-new-title = Add a parent or guardian for { $child }
guardian-edit-title = Change { $name }
guardian-of = Parent or guardian of { $child }
guardian-name = Name
guardian-email = Email address
guardian-email-hint = Optional. Without an email address this parent gets a letter.
guardian-phone = Phone
guardian-language = Language
guardian-language-hint = Letters and messages go to this parent in this language where possible.
household-hint = Separated parents are two households; each gets their own invitation.
household-with = Together with { $names }
household-new = A separate household
right-to-info = Has the right to information about the pupil
guardian-active = This parent is active

## Team
staff-title = Team
staff-new = Add team member
staff-new-title = Add team member
staff-edit-title = Change { $name }
staff-name = Name
staff-name-hint = As the children know you, for example Juf An De Smet.
staff-role = Role
class-title-plural = Classes
role-school_admin = School management
role-teacher = Teacher
role-care_coordinator = Care coordinator
staff-language = Language of Samenspraak
staff-language-browser = As the browser
staff-password = Password
staff-password-hint = At least 10 characters. Hand it over in person, not by email.
staff-new-password = New password
staff-new-password-hint = Leave empty to keep the password. A new password signs this person out everywhere.
staff-classes = Classes
staff-classes-hint = Teachers only see the classes they are linked to.
staff-deactivate-explain = Someone who no longer works at the school is set to inactive. They are signed out everywhere at once.
staff-deactivate = Set to inactive
staff-activate = Make active again

## Import class list
import-title = Import class list
import-intro = Import the class list from the pupil administration. You first see what will happen; nothing is saved until you confirm.
import-columns-heading = What must the file contain?
import-columns-required = Required: Class, First name and Last name.
import-columns-optional = Also possible: Date of birth.
import-columns-guardians = Per parent (up to two): Guardian 1 name, Guardian 1 email, Guardian 1 phone, Guardian 1 language — and the same for Guardian 2.
import-formats = An Excel file (.xlsx) or a CSV file with ; or , both work.
import-example = Download an example.
import-example-csv = Class;First name;Last name;Date of birth;Guardian 1 name;Guardian 1 email;Guardian 1 phone;Guardian 1 language;Guardian 2 name;Guardian 2 email
    6A;Lotte;Peeters;02/05/2015;Els Vermeulen;els.vermeulen@example.be;0470 12 34 56;Dutch;Koen Peeters;koen.peeters@example.be
    6A;Amira;El Amrani;14/03/2015;Samira Bennani;samira.bennani@example.be;;French;;
import-file = File with the class list
import-file-fixed = Choose the file again, after your changes
import-uploading = Uploading…
import-check = Check file
import-nothing-saved-yet = Nothing is saved yet: you get an overview first.
import-file-missing = Choose a file first.
import-file-empty = This file is empty. Choose the file with the class list.
import-file-spreadsheet = This spreadsheet could not be read. Save it again as .xlsx or as CSV and try once more.
import-file-csv = This file could not be read. Save it as CSV (semicolon or comma) or as .xlsx.
import-file-old-excel = This is an old Excel file (.xls). Save it in Excel as an Excel workbook (.xlsx) or as CSV and choose it again.
import-file-open-document = This is an OpenOffice or LibreOffice file (.ods). Save it as an Excel workbook (.xlsx) or as CSV and choose it again.
import-file-too-large = This file is too large for a class list (5 MB at most, 40 MB unpacked). Save only the sheet with the class list, as .xlsx or as CSV.
import-file-too-many-rows = This file has more than 5,000 lines. Import the class list per class or per grade.
import-file-too-many-columns = Something is filled in in more than 64 columns. Keep only the class list's columns and choose the file again.
import-file-cell-too-long = One cell holds more than 1,000 characters. That is no name or address: check the file and choose it again.
import-file-too-slow = Reading this file took too long. Save it again as .xlsx or as CSV and try again.
import-preview-title = Check the class list
import-preview-file = File { $file }, school year { $year }.
import-problems = { $count ->
    [one] There is 1 problem in the file
   *[other] There are { $count } problems in the file
}
import-problems-explain = Nothing has been saved yet. Correct the file in Excel, save it and choose it again below.
import-line = Line { $line }:
import-line-col = Line
import-what = What happens?
import-ready = All looks well: { $new ->
    [one] 1 new pupil
   *[other] { $new } new pupils
}, { $updated ->
    [one] 1 pupil already known, to be updated
   *[other] { $updated } pupils already known, to be updated
}.
import-new-classes = These classes do not exist yet and will be created: { $classes }.
import-ready-moves = { $count ->
    [one] 1 pupil moves to another class; the list below shows from which class to which.
   *[other] { $count } pupils move to another class; the list below shows from which class to which.
}
import-confirm = { $count ->
    [one] Confirm and import 1 pupil
   *[other] Confirm and import { $count } pupils
}
import-rows-heading = What the file contains
import-new = New
import-update = Update
import-move = Moves from { $from } to { $to }
import-new-class = New class
import-done-title = Class list imported
import-done-children-created = { $count ->
    [one] 1 new pupil
   *[other] { $count } new pupils
}
import-done-children-updated = { $count ->
    [one] 1 pupil updated
   *[other] { $count } pupils updated
}
import-done-children-moved = { $count ->
    [one] 1 pupil moved to another class
   *[other] { $count } pupils moved to another class
}
import-done-guardians = { $count ->
    [one] 1 parent or guardian
   *[other] { $count } parents and guardians
}
import-done-classes = { $count ->
    [one] 1 new class
   *[other] { $count } new classes
}
import-to-classes = Go to the classes
import-missing-column = The column "{ $column }" is missing. Add a column with that title at the top.
import-no-rows = There are no pupils in the file. Are the titles on the first line and the pupils below them?
import-problem-field = { $column }: "{ $value }" — { $fix }
import-problem-field-empty = { $column } is empty — { $fix }
import-fix-error-required = please fill it in.
import-fix-error-too-long = that is too long; please shorten it.
import-fix-error-email = that is not a valid email address. Write it as name@example.be.
import-fix-error-phone = that is not a valid phone number. Write it as 0470 12 34 56.
import-fix-error-date = that date does not exist. Write day/month/year, for example 14/03/2015.
import-fix-error-language = we do not know that language. Write for example Dutch, French, English, Arabic or Turkish.
import-guardian-without-name = Parent { $n } has an email address or phone number but no name. Please add the name.
import-duplicate = This pupil is also on line { $first }. Leave out one of the two lines.
import-class-not-allowed = Class "{ $class }" is not your class. Leave this line out, or ask the school's management to import it.
import-move-not-allowed = This pupil is now in { $class }. Moving a pupil to another class is done by the school's management. Put { $class } on this line, or leave the line out.

## Field names, for the list of problems at the top of a form
field-name = Name
field-email = Email address
field-password = Password
field-classes = Classes
field-class = Class
field-grade = Grade
field-first_name = First name
field-last_name = Last name
field-birth_date = Date of birth
field-phone = Phone
field-language = Language
field-role = Role
field-file = File
field-child_talk_from = Child talks, from
field-child_talk_until = Child talks, until
field-parent_prep_until = Preparation by parents, until
field-booking_opens = Booking opens
field-booking_closes = Booking closes
field-conference_from = KOM conversations, from
field-conference_until = KOM conversations, until
field-follow_up_on = Follow-up

## School and school years
nav-school = School
school-title = School and school years
school-name = Name of the school
school-years = School years
school-years-intro = Samenspraak shows the classes of the school year we are in now. Create the new school year before September, then import the new class lists.
school-no-years = There is no school year yet.
school-year = School year
school-year-current = Current
school-year-new = New school year
school-year-add = Add school year
field-year_name = School year
field-starts_on = School year, from
field-ends_on = School year, until

## Planning child talks
actions = Actions
remove = Remove
back-to = Back to { $name }
moments-link = Moments for child talks
moments-title = Moments for child talks in class { $class }
moments-intro = When in the week can you talk quietly with one child? Think of corner work, independent work, co-teaching, a colleague taking the class, or eating sandwiches together.
moments-none = There are no moments yet. Add one below.
moment-add = Add moment
moment-day = Day
moment-time = Time
moment-start = Starts at
moment-end = Ends at
moment-kind = Kind of moment
moment-place = Place
moment-place-hint = A quiet spot, for example the reading corner or the room next to the class.
moment-kind-corner_work = Corner work
moment-kind-independent_work = Independent work
moment-kind-co_teaching = Co-teaching
moment-kind-colleague = A colleague takes the class
moment-kind-lunch = Eating sandwiches together
moment-kind-other = Other moment
talks-title = Child talks { $class } — { $round }
talks-window = Between { $from } and { $until }.
talks-plan-link = Plan child talks
talks-no-moments = There are no moments for talks yet.
talks-add-moments = Add moments first.
talks-plan = Plan automatically
talks-plan-explain = Every child gets one talk, spread over the weeks. Talks that are fixed or already held stay where they are.
talks-count = { $planned } of { $total } children planned
talks-moments = { $count ->
    [one] 1 moment a week
   *[other] { $count } moments a week
}
talks-not-placed = Not planned yet
talks-why-too-few = there are too few moments; add a moment or make the period longer.
talks-why-absent = this child is absent on every day that still has room.
talks-why-not-yet = click "Plan automatically".
talk-status-of = Status of the talk with { $child }
talk-status-planned = Planned
talk-status-moved = Moved
talk-status-done = Held
talk-status-absent = Absent
talk-planned-on = Planned { $day }
talk-locked = Fixed
talk-move = Move
talk-day = Day
talk-start = Time
talk-unplan = Take out of the plan
talks-exceptions = Exceptions and settings
talks-closed-days = Days without talks
talks-no-closed-days = No days without talks of this class’s own yet (a trip, a show).
talks-closed-day = Date
talks-closed-reason = Why
talks-closed-reason-hint = Optional, for example: staff training day.
talks-closed-add = Add day
talks-absence = Absent
talks-absence-explain = A child who is absent gets another day at the next plan.
talks-absent-on = Absent on
talks-absence-add = Record absence
talks-settings = Length and pace
talks-length = Minutes per talk
talks-break = Minutes of break in between
talks-per-moment = Talks per moment, at most
talks-limits = From { $min } to { $max }.
talks-print = Print
talks-print-title = Child talk plan { $class }
talks-print-hint = Print this page on A4: the plan per day, then a slip per child to cut out.
talks-back-to-plan = Back to the plan
talks-slips = Slips for the children
slip-when = { $date } at { $time }
slip-text = Your talk with { $teacher }: { $when }.
slip-text-place = Your talk with { $teacher }: { $when }, in { $place }.
slip-picture-code = Your picture code for the tablet:
error-time = Give a time, for example 10:40.
field-kind = Kind of moment
field-weekday = Day
field-start = Starts at
field-end = Ends at
field-place = Place
field-day = Date
field-reason = Why
field-child = Pupil
field-absent_on = Absent on
field-talk_minutes = Minutes per talk
field-break_minutes = Minutes of break
field-per_moment = Talks per moment

## Question jar
jar-link = Question jar
jar-title = Question jar of class { $class }
jar-intro = Questions that go further than "what did you learn?". Pick from the question bank, change the words to how you would say them, and add your own. In the child talk, the child draws a question from the jar.
jar-count = { $count ->
    [one] 1 question in the jar
   *[other] { $count } questions in the jar
}
jar-question = Question
jar-remove = Out of the jar
jar-from-bank = { $count ->
    [one] 1 question from the question bank
   *[other] { $count } questions from the question bank
}
jar-add-ticked = Put ticked questions in the jar
jar-own = A question of your own
jar-own-explain = Your own questions are kept for you, also for next school year.
jar-category = Kind of question
jar-own-add = Into the jar
jar-own-earlier = Your earlier questions
jar-own-reuse = Into the jar again
jar-print-cards = Print cards
jar-cards-title = Question cards class { $class }
jar-cards-hint = Print on A4, cut out the cards and fold them for a real question jar.
jar-back = Back to the question jar
jar-empty = The question jar is still empty.
jar-fill = Fill the question jar.
jar-category-looking_back = Looking back
jar-category-proud_of = Proud of
jar-category-hard_for_me = Hard for me
jar-category-how_i_feel = How I feel
jar-category-friends_and_class = Friends and the class
jar-category-interests_and_talents = Interests and talents
jar-category-home = Home
jar-category-future = Later and secondary school
talk-title = Child talk with { $child }
talk-jar = Question jar
talk-draw = Draw a question
talk-jar-left = { $count ->
    [one] 1 question left in the jar.
   *[other] { $count } questions left in the jar.
}
talk-jar-done = Every question in the jar has been drawn.
talk-drawn = Questions drawn
talk-answer = Short answer
talk-put-back = Back into the jar
field-text = Question

## Self-assessment
thermo-heading = My thermometer
thermo-question = How do you feel in class these weeks? Tap a number: 0 is very bad, 10 is great.
thermo-why = Why that number? (you may say it instead of writing it)
thermo-result = On the thermometer: { $value } out of 10
thermo-empty = Not filled in yet
spider-heading = My spider web
spider-question = How well does this go? Tap one per part: 1 is still hard, 5 goes very well.
spider-table = My spider web in numbers
axis-alone = Working alone
axis-together = Working together
axis-asking_help = Asking for help
axis-planning = Planning
axis-reading = Reading
axis-maths = Maths
axis-sport = Sport
axis-creativity = Being creative
smileys-heading = My smileys
smileys-question = For each sentence, tap the face that fits.
face-1 = not at all
face-2 = not really
face-3 = sometimes yes, sometimes no
face-4 = mostly yes
face-5 = completely
statement-like_school = I like going to school.
statement-friends = I have friends in my class.
statement-work_not_too_hard = I can manage the work in class.
statement-dare_to_ask = I dare to ask a question when I do not understand something.
statement-concentrate = I can keep working when it has to be quiet.
statement-safe_playground = I feel safe in the playground.
talks-cancelled = A moment falls away
talks-cancelled-none = All moments take place.
talks-cancelled-undo = Takes place after all
talks-cancel-moment = Which moment
talks-cancel-on = On which day
talks-cancel-add = Let the moment fall away
error-wrong-weekday = This moment is not on that day of the week. Choose a date on the right weekday.
field-moment = Which moment
field-cancelled_on = On which day

## Interest–talent grid
activities-link = Activities for the talent grid
activities-title = Activities of class { $class }
activities-intro = Which tasks did the class do in the last few weeks? Think of a talk, a building task or cooking together. For each activity, every child says whether they liked it and whether they were good at it. That is how the interest–talent grid of Kies Raak! (De Schoolbrug) fills up: by January it shows, per study domain, where a child’s interests and talents lie.
activities-none = There are no activities yet.
activity-title = Activity
activity-title-hint = Short, as the children know it: "Building a bridge with spaghetti".
activity-domain = Study domain
activity-date = When
activity-add = Add activity
domain-stem = STEM
domain-language_culture = Language and culture
domain-economics_organisation = Economics and organisation
domain-society_welfare = Society and welfare
domain-arts_creation = Arts and creation
domain-sport = Sport
domain-food_hospitality = Food and hospitality
domain-agriculture_nature = Agriculture, horticulture and nature
quadrant-liked_good = Liked it and good at it
quadrant-liked = Liked it, still growing
quadrant-good = Good at it, liked it less
quadrant-neither = Not my thing yet
grid-heading = My talent grid
grid-question = Think of each activity: did you like it? And were you good at it?
grid-no-activities = There are no activities to colour yet.
grid-add-activities = Add activities.
grid-liked = Did I like it?
grid-good = Was I good at it?
grid-axis-good = good at it
grid-table = Where each activity is
grid-domains = Per study domain
yes = Yes
no = No
field-title = Activity
field-done_on = When
field-domain = Study domain

## Notes
notes-heading = My notes
notes-of-child = Notes from child talks
notes-new = New note
notes-who = Who may read this?
notes-add = Save note
visibility-staff = Confidential
visibility-child = Child and teachers
visibility-family = May be shared with the parents
visibility-staff-long = Confidential: only the child's teachers and the care coordinator
visibility-family-long = May be shared with the child and the parents
notes-private-hint = Your notes are at the bottom and folded away, so the child does not see them while holding the tablet.
notes-show = { $count ->
    [one] Show my note
   *[other] Show my { $count } notes
}

## Learning wall
wall-link = Learning wall
wall-title = Learning wall of class { $class }
wall-intro = The key learning items of the last few weeks, not only school subjects. In the child talk the child looks back on them: what are they proud of, what was hard?
wall-showing-recent = You see the items of the last six weeks: that is what the children look back on.
wall-showing-all = You see every item.
wall-show-recent = Show only the last six weeks
wall-show-older = { $count ->
    [one] Also show the older item
   *[other] Also show the { $count } older items
}
wall-none = There is nothing on the learning wall yet.
wall-fill = Add to the learning wall.
wall-add = Add learning item
wall-item = Learning item
wall-item-hint = Short and concrete, for example: "Simplifying fractions".
wall-area = Subject or area
wall-area-hint = For example Maths, French, Playing together.
wall-when = When
wall-heading = Looking back at the learning wall
wall-question = Think of the last few weeks. What are you proud of? What did you find hard?
wall-proud = Proud of
wall-hard = Was hard
wall-neither = Neither
field-area = Subject or area
field-learned_on = When

# Class tablet: children sign in without a password
tablet-talk-title = My talk
tablet-greeting = Hi { $name }!
tablet-talk-intro = This is your talk with your teacher. Draw a question from the jar and choose, for each picture, what fits you. There are no wrong answers.
tablet-done = I'm done
tablet-steps = The steps of your talk
tablet-count = Step { $n } of { $total }
tablet-nav = Next or back
tablet-back = Back
tablet-next = Next
tablet-skip = Skip this step
tablet-finished = Done! Well done.
tablet-finished-give-back = Tap the button and give the tablet back to your teacher.
tablet-step-agreements = Agreements
tablet-step-jar = Question jar
tablet-step-thermometer = Thermometer
tablet-step-smileys = Smileys
tablet-step-spider = Spider web
tablet-step-grid = Grid
tablet-step-wall = Look back
tablet-step-report = Report
tablet-step-video = Video
tablet-step-portfolio = Portfolio
tablet-step-done = Done
tablet-code-title = Sign in on the class tablet
tablet-code-intro = Type the class code that is on the board.
field-code = Class code
tablet-code-hint = Six characters, for example K7M Q2P.
tablet-code-go = Next
tablet-code-missing = Type the class code that is on the board.
tablet-code-unknown = We don't know that class code. Look at the board again or ask your teacher.
tablet-code-locked = { $count ->
    [one] A wrong class code was typed here too often. Wait 1 minute, or ask your teacher for help.
   *[other] A wrong class code was typed here too often. Wait { $count } minutes, or ask your teacher for help.
}
tablet-names-title = Class { $class }: who are you?
tablet-names-intro = Tap your name.
tablet-pictures-title = Hi { $name }! What is your picture code?
tablet-pictures-intro = Choose your four pictures, in the right order: one in each row.
tablet-picture-1 = First picture
tablet-picture-2 = Second picture
tablet-picture-3 = Third picture
tablet-picture-4 = Fourth picture
tablet-sign-in = That's me!
tablet-not-me = That is not my name
tablet-pictures-missing = Choose four pictures: one in each row.
tablet-pictures-wrong = Those pictures are not right. Try again, or ask your teacher for help.
tablet-locked = { $count ->
    [one] Too many tries. Ask your teacher for a new code, or try again in 1 minute.
   *[other] Too many tries. Ask your teacher for a new code, or try again in { $count } minutes.
}
tablet-class-locked = { $count ->
    [one] Wrong pictures were tapped too often in this class. Ask your teacher for help, or try again in 1 minute.
   *[other] Wrong pictures were tapped too often in this class. Ask your teacher for help, or try again in { $count } minutes.
}
tablet-no-talk = Your talk is not planned yet. Your teacher will tell you when it is.
picture-sun = sun
picture-moon = moon
picture-star = star
picture-tree = tree
picture-flower = flower
picture-cat = cat
picture-fish = fish
picture-house = house
picture-ball = ball
class-tablet-link = Class tablet
class-tablet-title = Class tablet of { $class }
class-tablet-intro = Children sign in on the class tablet without a password: with the class code or the QR code on the board, then they tap their name and their picture code. After fifteen minutes without a tap they are signed out.
class-tablet-guessing = { $count ->
    [one] 1 wrong picture code was tried in this class in the last day.
   *[other] { $count } wrong picture codes were tried in this class in the last day.
}
class-tablet-guessing-what = That is more than a child making a mistake: someone may be trying to guess another child's code. After too many wrong tries the whole class has to wait a while. With a new class code (below) the class can sign in again at once; whoever knew the old code no longer can. If you think someone knows a particular child's code, give that child a new picture code too.
class-tablet-board = For the board
class-tablet-qr = QR code to { $url }
class-tablet-address = Or go to
class-tablet-renew = New class code
class-tablet-renew-hint = The old code and QR code stop working. Do this if the code got out of the classroom.
class-tablet-codes = Picture codes
class-tablet-codes-hint = Give each child their own code, for example on a slip of paper. Forgotten, or told to a friend? Give a new one.
class-tablet-picture-code = Picture code
class-tablet-reset = New picture code

# The child's video and portfolio, and consent for recordings
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] 1 second
   *[other] { $count } seconds
}
video-heading = My video
video-intro = Record a video to practise or to start the conversation: say who you are, what you are proud of or what you really want to say. You have at most { $duration }.
video-no-consent = A video can only be recorded once the school has noted the parents' consent for recordings.
consent-record-link = Record consent
video-record = Record a video
video-stop = Stop
video-again = Again
video-save = Keep it
video-countdown = Ready? We start in
video-recording = Recording:
video-saving = One moment, your video is being saved…
video-no-camera = The camera is not working. Choose a video below, or ask your teacher for help.
video-made = Recorded on { $when }.
video-kept-until = We keep it until { $date }.
video-shown = Shown in the conference
video-not-shown = Not shown in the conference
video-show = Show in the conference
video-hide = Stop showing
video-delete = Throw the video away
video-file = Or choose a video
video-file-hint = A video from the tablet or phone, at most { $mb } MB.
video-upload = Save the video
video-too-large = { $count ->
    [one] That video is too big: at most 1 MB. Record a shorter one.
   *[other] That video is too big: at most { $count } MB. Record a shorter one.
}
video-wrong-kind = That is not a video. Choose a video, for example an .mp4 or .webm.
video-missing = Choose a video first.
portfolio-heading = My portfolio
portfolio-intro-child = Add a photo, a file or a few sentences about something you are proud of. Your teacher looks at it first. If your parents agreed to it, they can then see it too.
portfolio-intro-teacher = Parents only see what the child adds once you approve it.
portfolio-photo = Photo from the portfolio
portfolio-open-file = Open the file
portfolio-approved = Approved for the parents
portfolio-waiting = Not approved yet
portfolio-approve = Approve for the parents
portfolio-unapprove = Withdraw approval
portfolio-delete = Remove
portfolio-title = Title (may stay empty)
portfolio-add-photo = Take or choose a photo
portfolio-add-file = Or a file: a picture or a PDF, at most { $mb } MB
portfolio-add-text = Or write a few sentences
portfolio-add = Add
portfolio-too-large = That file is too big. Choose a smaller photo or another file.
portfolio-wrong-kind = We can't keep that file. Choose a photo, a picture or a PDF.
portfolio-empty = Choose a photo or a file, or write a few sentences.
consent-heading = The parents' consents
consent-yes = Consent
consent-no = No consent
consent-none = No consent has been recorded yet. Without consent this child cannot record a video.
consent-given = Given by { $who } on { $date }, recorded by { $staff }.
consent-withdrawn = Withdrawn by { $staff }: { $given }
field-given_by = Given by
consent-given-by-hint = The parent's name, or for example "enrolment form".
consent-guardians = This child's parents:
field-given_on = Given on
consent-in-future = That date is still in the future. Note the day the consent was given.
consent-record = Record consent
consent-withdraw = Withdraw consent
consent-withdraw-hint = This child's videos are then deleted at once.
consent-history = Earlier consents

# Adjusting the instruments
settings-school-title = The school's instruments
settings-school-intro = Choose which parts the spider web has, which sentences the smileys ask and which boxes the conversation frame has. Every class starts with this choice; the teacher can adjust the spider web and the smileys for their own class.
settings-class-title = Instruments of class { $class }
settings-class-intro = Choose for your own class which parts the spider web has and which sentences the smileys ask. What has been filled in already is kept.
settings-spider_web = Parts of the spider web
settings-smileys = Sentences with the smileys
settings-between = Choose at least { $min } and at most { $max }.
settings-pick = Choose from the list
settings-own = Your own parts, one per line
settings-own-hint = Short and in a child's words, for example "Listening to others".
settings-own-hint-smileys = Write each sentence so that a happy face is good news, for example “I can manage the work in class” (not “The work is not too hard”).
settings-follows-school = Follows the school's choice
settings-own-choice = Own choice for this class
settings-back-to-school = Back to the school's choice
settings-too-few = { $count ->
    [one] Choose at least 1 part.
   *[other] Choose at least { $count } parts.
}
settings-too-many = { $count ->
    [one] Choose at most 1 part.
   *[other] Choose at most { $count } parts: with more it gets too busy for a child.
}
settings-too-long = Keep each of your own parts under { $count } characters.
settings-grid = The interest and talent grid
settings-grid-hint = Give the four boxes a name of your own if you like (at most 24 characters) and a light colour, such as #cfe6b0. The text on the box must stay easy to read.
settings-quadrant = Box
settings-quadrant-name = Own name
settings-quadrant-colour = Colour
settings-name-of = Own name for "{ $quadrant }"
settings-colour-of = Colour of "{ $quadrant }"
settings-colour-wrong = Write the colour as # and six characters, for example #cfe6b0.
settings-colour-dark = That colour is too dark: the text on it would be hard to read. Choose a lighter colour.
settings-link = Adjust the instruments
spider-now = Now
spider-before = Last time ({ $round })
spider-axis = Part

# Swapping two talks
talk-swap-with = Swap with
talk-swap = Swap
talk-drag-hint = Drag a talk onto another to let the two children change places. Without a mouse: choose who a talk swaps with.

# The period's report in the child talk
report-heading = This period's report
report-intro-teacher = Write briefly what you see, not only for the school subjects. The child reads it along on the tablet and the parents will see it too. A box may stay empty.
report-intro-child = This is what your teacher wrote about the past weeks.
report-none-child = Your teacher has not written anything here yet.
report-area-learning = Learning and working
report-area-together = Together with others
report-area-wellbeing = How the child feels
report-area-talents = Talents and interests
report-area-subjects = School subjects
report-file = Or add the report as a file
report-replace-file = Choose another file
report-file-hint = A PDF or a photo of the report, at most { $mb } MB.
report-attach = Add the report
report-open-file = View the report
report-remove-file = Remove the file
report-too-large = That file is too big. Choose a smaller PDF or photo.
report-wrong-kind = We can't keep that file. Choose a PDF or a photo.
report-missing = Choose a file first.

# The school's video limits
error-out-of-range = Fill in a number within the limits given.
school-videos = Children's videos
school-videos-intro = How long and how large a video may be, and how long we keep it. After that it is deleted automatically.
field-video_minutes = At most this many minutes
school-video-minutes-hint = From 1 to 10 minutes. The recording stops by itself.
field-video_megabytes = At most this many MB
school-video-megabytes-hint = From 10 to 500 MB. A 2-minute video on a tablet is about 20 to 60 MB.
field-video_keep = Keep until
school-video-keep-year = the end of the school year
school-video-keep-days = a number of days after the conferences
field-video_keep_days = Number of days (1 to 730)

# What a child talk holds, on the round page
contents-questions = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
contents-thermometer = thermometer
contents-spider_web = spider web
contents-smileys = smileys
contents-grid = grid
contents-video = video
contents-portfolio = { $count ->
    [one] 1 in portfolio
   *[other] { $count } in portfolio
}
contents-report = report
contents-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}

settings-domains = Study domains of the grid

# Photos on the learning wall
wall-photo-hint = A photo with an item is welcome: preferably of the work, the board or the trip, not of children without consent.
wall-photo-add = Add a photo
wall-photo-save = Save
wall-photo-remove = Remove the photo
wall-photo-of = Photo with "{ $item }"
wall-photo-too-large = That photo is too big: at most 20 MB.
wall-photo-wrong-kind = That is not a photo. Choose a photo or picture (jpg, png, gif or webp).
wall-photo-missing = Choose a photo first.
wall-photo-choose = Choose a photo

# The parent portal and the invitation
field-invitation_code = Code from the letter
family-landing-title = Welcome to Samenspraak
family-landing-intro = You received this link from your child's school. Tap the button to continue.
family-landing-go = Continue to the conversations
family-landing-why = Why this button? Some mail programs open links by themselves. Only when you tap do we open your page.
family-not-valid-title = This invitation does not work
family-not-valid = This link or code does not work (any more). It may have been replaced by a new one. Ask the school or the teacher for a new invitation.
family-locked = { $count ->
    [one] Too many tries in a row. Try again in 1 minute.
   *[other] Too many tries in a row. Try again in { $count } minutes.
}
family-try-code = Type a code
family-code-title = The code from the letter
family-code-intro = Is there a code in the letter from the school? Type it below. Capitals and spaces don't matter.
family-code-hint = Ten characters, for example K7MQ 2P9X HT.
family-code-go = Continue
family-code-missing = Type the code from the letter.
family-code-wrong = We don't know that code. Check it again in the letter, or ask the school for a new one.
family-bye = You are signed out. The link or the code from the letter always brings you back.
family-title = The conversations about your child
family-greeting = Hello { $name }
family-intro = Here you see what the school asks of you, and when.
family-no-children = We find no children under your name. Please ask the school.
family-class = class { $class }
family-no-round = No conversations are planned at the moment.
family-step-prepare = Prepare at home, together with your child
family-step-book = Choose a time for the conversation
family-step-conference = The KOM conversation at school
family-until = until { $date }
family-between = from { $from } until { $until }
family-between-days = from { $from } until { $until }
family-now-prepare = Talk with { $child } at home about school: what goes well, what is hard, what would you like to discuss?
family-days-left = { $count ->
    [one] 1 day left.
   *[other] { $count } days left.
}
family-now-book = Choose a time for the conversation now. You can until { $date }.
family-now-wait = From { $date } you can choose a time for the conversation.
family-now-conference = The KOM conversation about { $child } is these days. See you then!
family-now-done = The conversations are over. Thank you!
family-now-booked = The conversation about { $child } is booked. See you then!
family-status-sent = Your questionnaire was sent on { $date }. Thank you!
family-status-draft = Your questionnaire is saved but not sent yet. Send it here.
family-status-summary = There is a summary of the conversation. Read it here.
family-status-agreements = { $count ->
    [one] 1 agreement is still open.
   *[other] { $count } agreements are still open.
}
family-done = Sign out
read-aloud = Read aloud
read-aloud-stop = Stop reading
family-words-title = What do these words mean?
family-word-kom = KOM conversation: a talk between the Child (Kind), the Parents (Ouders) and the Mentor (the teacher). Your child takes part and speaks too.
family-word-secundair = Secondary school (secundair onderwijs): the school after primary school, from age 12.
family-word-clb = CLB: the pupil guidance centre. It helps for free with learning, health and choosing a school.
family-word-baso = BaSO-fiche: a sheet the primary school gives to the secondary school, about what your child needs.
family-word-stroom = A-stroom and B-stroom: two paths in the first year of secondary school. The A-stroom is for children with the primary school certificate. The B-stroom is for children without it: there they get more time and help.

# Inviting the guardians
invite-link = Invite the parents
invite-title = Invite the parents for { $round } — class { $class }
invite-intro = Every parent gets their own invitation in their own language: a letter with a QR code and a code to type. Parents without a right to information get none.
invite-print-all = Print all letters
invite-print-warning = Printing makes new codes and links. Letters you printed before stop working, also for parents who already used theirs (who is signed in stays signed in). Mailed links keep working. So print only when you hand the letters out.
invite-opened-count = { $count ->
    [one] 1 of { $total } parents opened the invitation.
   *[other] { $count } of { $total } parents opened the invitation.
}
invite-none = There are no parents with a right to information in this class yet.
invite-guardian = Parent
invite-children = Children
invite-language = Language
invite-letter = Letter
invite-not-yet = Not invited yet
invite-revoked = Revoked
invite-opened = Opened on { $date }
invite-made = Letter made on { $date }
invite-print-one = New letter
invite-revoke = Revoke
invite-back-to-round = Back to the round
invite-letters-title = Invitations for class { $class }
invite-letters-hint = Print this page: one letter per sheet, ready for the school bags. Each letter is in the parent's language.
invite-back = Back to the invitations
letter-greeting = Dear { $name },
letter-intro = Soon we will talk at school about { $children }, together with { $children }, with you and with the teacher. In such a KOM conversation (Child, Parents, Mentor) we look at how school is going and what the next step is. Your child has their own say.
letter-asked = What do we ask of you?
letter-prepare = Talk with { $children } at home about school, until { $date }.
letter-book = Choose a time for the conversation, { $when }.
letter-conference = The conversation itself is { $when }.
letter-how = How to reach the conversations
letter-qr = QR code to your invitation
letter-scan = Scan the QR code with your phone's camera.
letter-type = Or go to { $url } and type this code:
letter-personal = This letter is personal: the code gives access to your child's information. Do not pass it on.
letter-language = Another language? On the website you can choose: { $languages }.
letter-bye = See you soon,

# The invitation by mail
mail-subject = Invitation to the KOM conversation about { $children }
mail-open = Open your invitation with this link:
mail-button = Open your invitation
invite-email = Email
invite-email-all = Email the invitation to all parents with an email address
invite-email-one = Email again
invite-email-none = No email address
invite-email-not-yet = Not emailed yet
invite-email-waiting = Waiting to be sent
invite-email-sent = Sent on { $date }
invite-email-failed = Not sent: { $reason }
invite-email-invitation-gone = Not sent: the invitation was replaced or had expired meanwhile.
invite-email-note = Mails are not sent in the evening and at night (between { $from } and { $until } o'clock); they wait until the morning.
invite-email-no-server = No mail server is set up: the mails wait until the school sets one up.

# The school's quiet hours for mail
school-mail = Mails to parents
school-mail-intro = No mails leave in the evening and at night: they wait until the quiet hours are over.
field-quiet_from = No mails from (hour)
field-quiet_until = until (hour)
school-quiet-hint = An hour from 0 to 23, for example 20 to 7. The same hour twice: mails may always leave.

# The parents' questionnaire
q-title = Questionnaire about { $child }
q-intro = Fill in these questions together with { $child }. Nothing is mandatory: what you fill in is saved right away. You can change everything until { $date }; after that the teacher reads your answers.
q-closed = The time for the questionnaire is over. Your answers are saved; feel free to discuss them in the conversation.
q-submitted = Thank you! Your answers were sent to the teacher. You can still change them until the time is over.
q-problems = Something is not right with an answer. Check the question in red; nothing is lost.
q-saved = Saved.
q-save-draft = Save
q-submit = Send to the teacher
q-back = Back to the overview
q-tells = What does { $child } tell at home about school?
q-likes_school = How much does { $child } like going to school, do you think?
q-does_well = What do you see { $child } do well at home?
q-spider = How well does this go, in your view? 1 is still hard, 5 goes very well.
q-topics = What would you surely like to talk about?
q-topics-friends = friends and the class group
q-topics-learning = learning and results
q-topics-homework = homework and planning
q-topics-feelings = how { $child } feels
q-topics-behaviour = behaviour at school or at home
q-topics-next_year = next school year
q-discuss = Is there anything else you would like to discuss?
q-help = How can you help at home, and what do you need from the school for that?
q-expect = What do you expect from secondary school?
q-direction = Which direction are you thinking of now?
q-direction-stem = technology, science, maths (STEM)
q-direction-language_culture = language and culture
q-direction-economics_organisation = economics and organisation
q-direction-society_welfare = society and welfare
q-direction-arts_creation = arts and creation
q-direction-sport = sport
q-direction-food_hospitality = food and hospitality
q-direction-agriculture_nature = agriculture, horticulture, nature
q-direction-not_sure = we don't know yet
q-schools = Which schools would you like to visit?
q-info = What information do you still need?
q-info-open_days = dates of information and open days
q-info-school_visits = how to visit or contact a school
q-info-choice_help = help with choosing (for example from the CLB)
q-info-support_needs = what if { $child } needs extra support
q-info-costs = what a school costs
q-info_language = In which language would you like that information?
q-info_language-nl = Dutch
q-info_language-fr = French
q-info_language-en = English
q-info_language-ar = Arabic
q-info_language-tr = Turkish
q-info_language-pl = Polish
q-info_language-ro = Romanian
q-info_language-bg = Bulgarian
q-info_language-uk = Ukrainian
q-info_language-other = another language
family-q-fill = Fill in the questionnaire
family-q-edit = View or change the questionnaire
q-teacher-heading = What the parents prepared
q-teacher-none = No answers from the parents yet.
q-progress-not_opened = not opened
q-progress-opened = opened
q-progress-draft = draft
q-progress-submitted = sent
invite-questionnaire = Questionnaire
q-set-label = Questionnaire for the parents
q-set-home = Preparing at home
q-set-study_choice = Choosing a secondary school (6th grade)
spider-parent = How { $name } sees it
spider-teacher = How the teacher sees it

# Reminders for the questionnaire
reminder-send = Email a reminder to those who have not sent the questionnaire
reminder-subject = Reminder: the questionnaire about { $children }
reminder-text = We have not received your answers to the questionnaire about { $children } yet. You can fill it in until { $date }. Nothing is mandatory, and a few lines already help the conversation a lot.
reminder-call = Still to call
reminder-call-hint = These parents have no email address and have not sent the questionnaire yet.
reminder-phone = Phone
invite-pdf-all = All letters as a PDF
q-feels = How well does { $child } feel these weeks, do you think? 0 is very bad, 10 is great.
q-set-own = Only my own questions
q-own-label = Own questions, after the list
q-own-hint = One question per line; parents answer freely. With "Only my own questions" these are the only questions.

# Booking the conversation
booking-title = Choose a time for the conversation about { $child }
booking-slot = { $date }, { $from }–{ $until }
booking-yours = The conversation about { $child }
booking-room = In { $room }.
booking-room-class = In class { $class }.
booking-cancel = Cancel this time
booking-cancel-sure = Are you sure? The time then becomes free for another family.
booking-cancel-yes = Yes, cancel this time
booking-choose = Choose a time
booking-change = Rather another time? Choose one:
booking-none-free = There is no free time left. Join the waiting list, or ask the teacher for another time.
booking-none-other = No other time is free.
booking-not-yet = You can choose a time from { $date }. See you then!
booking-closed = Booking has closed. Want to change something anyway? Ask the teacher.
booking-no-slots = The teacher has not set out any times yet.
booking-done = Booked! You see the time below.
booking-cancelled = The time is cancelled.
booking-taken = Someone else just chose that time. These are the nearest ones:
booking-all-free = Show all free times
booking-wait-still-free = A time is still free for your child. Choose it below; the waiting list is for when everything is taken.
booking-too-late = That time is too close to change now. Ask the teacher.
booking-sibling-booked = The conversation about { $child } is { $when }.
booking-sibling-clash = at the same time as the conversation about { $child }
booking-sibling-next = Right before or after the conversation about { $child }
booking-sibling-refused = That time is the same as the conversation about { $child }. Choose a time just before or after, so you can be at both.
booking-head-start = Because you have more than one child in this round, you may choose { $minutes } minutes before the others: from { $date }. That way you still find times next to each other.
booking-facts-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
booking-facts-video = video possible
booking-calendar = Add to my calendar
slots-link = Conversation times
slots-title = Conversation times of class { $class } — { $round }
slots-intro = Set out the times at which parents can choose a conversation. Parents only see whether a time is free, never who took it.
slots-count = { $booked } of the { $total } times are booked.
slots-time = Time
slots-who = Booked for
slots-free = free
slots-add = Add a conversation day
slots-minutes-hint = From 5 to 90 minutes.
slots-gap-hint = Minutes between two conversations, from 0 to 60.
slots-room-hint = For example "class 6A" or "the library".
field-from = From
field-until = Until
field-minutes = Minutes per conversation
field-gap = Break between conversations
field-room = Room
family-book = Choose a time
family-book-change = See or change the time
slots-print = Print the day schedule
slots-print-hint = Print this page: per day who comes, with the parents' language and the room.
slots-back = Back to the conversation times
slots-book = Book
slots-book-for = Book for
booking-mail-subject = Confirmation: the KOM conversation about { $child }, { $when }
booking-mail-text = The KOM conversation about { $child } is booked: { $when }. The attachment puts it in your calendar.
booking-mail-change = Want to change something? You can until a day before, at { $url }.
booking-mail-event = KOM conversation about { $child }
cancel-mail-subject = Cancelled: the KOM conversation about { $child }, { $when }
cancel-mail-text = The KOM conversation about { $child } on { $when } has been cancelled. The attachment takes it out of your calendar too.
cancel-mail-again = You can choose a new time at { $url }.

# The waiting list
wait-join = Put us on the waiting list
wait-joined = You are on the waiting list. When a time comes free, you get an email and see it here.
wait-heading = On the waiting list
wait-place = You are number { $position } on the waiting list. When a time comes free, we hold it for you first.
wait-leave = Leave the waiting list
wait-left = You are no longer on the waiting list.
wait-offer-heading = A time has come free for you
wait-offer-until = We hold it for you until { $until }. After that it goes to the next family on the waiting list.
wait-offer-take = Take this time
wait-offer-decline = No, thank you
wait-mail-subject = A time is free for the KOM conversation about { $child }: { $when }
wait-mail-text = You were on the waiting list for the KOM conversation about { $child }. This time has come free: { $when }. We hold it for you until { $until }.
wait-mail-link = Take it or let it go at { $url }.
wait-state = on the waiting list
booking-state-none = no time yet
slots-waiting-child = { $child } (waiting list)

# The reminder the day before
reminder-mail-subject = Tomorrow: the KOM conversation about { $child }, { $when }
reminder-mail-text = See you tomorrow! The KOM conversation about { $child } is on { $when }. The time is attached again for your calendar.
reminder-mail-change = Can you not come after all? Let the teacher know as soon as possible. Everything about the conversation is at { $url }.

# A teacher's calendar feed
calendar-title = My conversations in my calendar
calendar-intro = With a calendar link you see all your booked KOM conversations in your own calendar (Outlook, Google Calendar, Apple Calendar). New bookings and changes appear by themselves.
calendar-privacy = The calendar shows only the child's first name and the initial of the last name, the class, the time and the room. Share the link with nobody: whoever has it sees those conversations.
calendar-make = Make my calendar link
calendar-renew = Make a new link (the old one stops working)
calendar-stop = Stop the calendar link
calendar-active = Your calendar link works since { $date }.
calendar-address = Your calendar link
calendar-address-label = Copy this link and add it to your calendar as a "calendar from the internet" or "subscription":
calendar-address-once = You see the link only once. Lost it? Just make a new one.
calendar-event = KOM conversation: { $child } ({ $class })
calendar-feed-name = KOM conversations
slots-calendar = My conversations in my calendar
guardian-interpreter = Needs an interpreter at conversations
slots-interpreter = Interpreter
schedule-nav = Print
schedule-day = Day schedule
schedule-door = Door list
schedule-mine = My day sheet across all my classes
schedule-slips = Slips for the families
schedule-empty = Nothing is booked yet.
schedule-pdf-empty = There are no conversation times with a conversation yet. Set out the times and let the parents choose; then this shows who comes when.
schedule-file = day-schedule
door-file = door-list
door-heading = KOM conversations today
slip-with = With { $teacher }.
slip-change = Can't make it after all? Change it until the day before at { $url }, or let the school know.

# The school proposes a time
proposal-mail-subject = Proposed: the KOM conversation about { $child }, { $when }
proposal-mail-text = The school proposes this time for the KOM conversation about { $child }: { $when }. Does it suit you? Then confirm it in the portal. If not, pick another one there.
proposal-state = proposed { $when }
proposal-done = { $booked } proposed and mailed. { $unplaced } no suitable time: book them yourself on the conversation times page. Brothers or sisters who could not come one after the other: { $apart }.
mode-heading = How do families get a time?
mode-choose = Families choose a time themselves (booking opens for everyone at once).
mode-propose = The school proposes a time: families first say when it suits them.
mode-answered = { $count ->
    [0] No family has said yet when it suits them.
    [one] For 1 child the parents said when it suits them.
   *[other] For { $count } children the parents said when it suits them.
}
mode-propose-now = Propose a time now
mode-propose-hint = Brothers and sisters come one after the other, also in other classes, with time to change rooms. Children who already have a time keep it.
when-heading = When does it suit you?
when-intro = Tick when you can come, the more the better. The school then proposes a time; brothers and sisters come one after the other.
when-afternoon = { $date }, afternoon (until 5 pm)
when-evening = { $date }, evening (from 5 pm)
when-send = Send
when-thanks = Thank you! The school will propose a time soon. You get an email and see it here.
proposal-yours = The school proposes this time:
proposal-confirm = This time suits us
proposal-confirmed = Confirmed. See you then!
slots-seat = { $child } (separate conversation: { $guardians })
slots-apart-heading = Parents who live apart
slots-apart-hint = By default both parents come to one conversation together. If they ask for one each, allow it here: each parent then picks their own time.
slots-apart-on = { $child }: a conversation for each parent
slots-apart-allow = Allow a conversation each
slots-apart-undo = Back to one conversation together
head-start-label = Head start for families with several children
head-start-hint = They may choose this much earlier, so that they still find times next to each other.
siblings-parallel-label = Siblings may be at the same time (two parents come, one to each conversation)
siblings-parallel-hint = When this is off, a family cannot choose two conversations at the same time; times right before or after a sibling's conversation come first.
head-start-0 = no head start
head-start-30 = half an hour earlier
head-start-60 = an hour earlier
head-start-120 = two hours earlier
head-start-1440 = a day earlier
booking-also = Also at the table: { $who }.
booking-video = Can't come? Join by video:
error-url = This is not a valid link. A link starts with https://, for example https://meet.jit.si/kom-6a.
field-also_present = Also at the table (optional)
slots-also-hint = For example "care coordinator Els Peeters". Parents see it with their time.
field-video_link = Link for a video call (optional)
slots-video-hint = For families who cannot come. They see the link with their time and in the confirmation.
field-reserved_for = Kept for (optional)
slots-reserved-hint = For a longer conversation: set up a day with longer times and keep them for one child. Other families do not see them.
slots-reserved-nobody = For everyone
slots-reserved = kept for { $child }
days-title = Conversation days for { $round }
days-intro = Set up the same conversation times for several classes at once. Each class gets its own times, in its own room.
days-room = class { $class }
days-room-hint = Leave empty: each class in its own classroom ("class 6A").
days-add = Add the conversation day
days-back = Back to the round
days-added = { $slots } set up in { $classes }.
round-days-link = Conversation days for several classes

# The conversation frame and its agreements
frame-going_well = What goes well, what am I proud of?
frame-going_well-hint = What the child tells, in their own words.
frame-hard = What is hard, what do I want to work on?
frame-hard-hint = One or two things, no more.
frame-feeling = How do I feel at school?
frame-feeling-hint = In class, in the playground, with friends.
frame-interests = Interests and talents
frame-interests-hint = What the child likes doing and is good at, also outside school.
frame-at_home = What the parents see at home
frame-at_home-hint = How homework, free time and sleep go at home.
frame-teacher_message = The teacher's message
frame-teacher_message-hint = What you certainly wanted to say.
frame-study_choice = The choice of secondary school
frame-study_choice-hint = Directions and schools the family is considering, open days, what the family still wants to know.
frame-next_conversation = Next conversation
frame-next_conversation-hint = When and about what you will talk again.
frame-title = Conversation frame: { $child }
frame-intro = Fill in during or after the KOM conversation. No box is mandatory; nobody sees empty boxes. The parents read this in the portal: write nothing confidential here.
frame-save = Save the conversation frame
frame-saved = Saved.
frame-back = Back to the round
frame-link = Conversation frame
agreements-heading = Agreements
agreements-none = No agreements yet.
agreement-new = Add an agreement
agreement-add = Add the agreement
agreement-what-hint = Short and concrete, for example "Read for ten minutes every evening".
agreement-by-hint = Optional.
agreement-by = by { $date }
agreement-status = Status
agreement-note = Note
agreement-open = ongoing
agreement-done = done
agreement-dropped = dropped
field-what = What
field-who = Who
field-by = By when
who-child = the child
who-parents = the parents
who-teacher = the teacher
who-school = the school
who-care_coordinator = the care coordinator
conversation-title = The KOM conversation about { $child }
conversation-nothing = Nothing has been written down from the conversation yet.
family-conversation = What we agreed
frame-state = { $boxes } · { $agreements }
earlier-agreements = Agreements from the last KOM conversation
earlier-agreements-child = What we agreed last time. How did it go?
earlier-agreements-hint = Ask the child how it went; note the status in that round's conversation frame.
open-agreements-link = Open agreements
open-agreements-title = Open agreements of class { $class }
open-agreements-intro = Every agreement from KOM conversations that is still open. What is past its date comes first.
open-agreements-none = No open agreements.
open-agreements-late = past its date
open-agreements-back = Back to the class
conversation-mark-read = I have read it
conversation-read-on = You read this on { $date }. Thank you!
frame-read-nobody = No parent has marked the report as read yet.
frame-read-by = Read by { $who }.
study-link = Study choice: links for parents
study-title = Study choice: links for parents
study-intro = A short list that the families of the 6th grade find in the portal: Onderwijskiezer, the pupil guidance centre, the school's information brochure, the registration period in the region.
study-none = No links yet.
study-add = Add a link
study-title-hint = As parents read it, for example "Onderwijskiezer: every direction in secondary school".
study-url-hint = Starts with https://.
field-resource_title = Title
field-url = Link
family-study = Choosing a secondary school

# The teacher's preparation of the KOM conversation
prep-title = Preparation: { $child }
prep-intro = Everything there is so far about this child, beside your preparation of the KOM conversation. Nothing on this page reaches the parents or the conversation screen.
prep-staff-only = School staff only
prep-form-heading = My preparation
prep-focus = Focus of the conversation
prep-focus-hint = What is the conversation mainly about?
prep-message = My message
prep-message-hint = What you certainly want to say.
prep-ask_child = Questions for the child
prep-ask_child-hint = One question per line.
prep-ask_parents = Questions for the parents
prep-ask_parents-hint = One question per line.
prep-confidential = Confidential notes
prep-confidential-hint = For you and the school staff. Never in the summary or on the conversation screen.
prep-web = How I see the child
prep-web-hint = Optional. On the conversation screen your view lies over the child's spider web.
prep-web-score = My score (1–5)
prep-save = Save preparation
prep-saved = Saved.
prep-nothing = No preparation written yet.
prep-see-more = … (read on in Samenspraak)
prep-print = Print preparation
prep-print-hint = One sheet per child. Print with the browser's print button.
prep-print-title = Preparations { $class } · { $round }
prep-print-all = Preparations, in conversation order
prep-back-short = Back
prep-booked = Conversation: { $when }
prep-not-booked = No conversation booked yet.
prep-talk = The child talk
prep-talk-on = Held on { $date }.
prep-talk-none = The child talk has not been held yet.
prep-no-answer = no answer noted
prep-proud = Proud of
prep-hard = Finds hard
prep-portfolio = { $count ->
    [one] One piece in the portfolio.
   *[other] { $count } pieces in the portfolio.
}
prep-video = The child recorded a video.
prep-earlier = Agreements of earlier conversations
prep-earlier-none = No agreements of earlier conversations.
prep-notes = Notes from the child talk
prep-back = Back to the round
prep-link = Preparation
prep-to-frame = Conversation frame
prep-to-conversation = Open the conversation screen
prep-empty-day = No conversations booked yet.
field-focus = Focus of the conversation
field-message = My message
field-ask_child = Questions for the child
field-ask_parents = Questions for the parents
field-confidential = Confidential notes
field-web = How I see the child

# The conversation screen, led by the child, and the teacher's panel
screen-title = { $name }'s KOM conversation
screen-steps = Steps of the conversation
screen-count = Step { $step } of { $total }
screen-welcome = Welcome!
screen-welcome-lead = Today { $name } leads the conversation. These are the steps:
screen-proud = What I am proud of
screen-hard = What I find hard
screen-questions = Questions from the question jar
screen-portfolio = This is what I want to show you
panel-child-says = The child says: { $says }
screen-feeling = How I feel at school
screen-video = My video
screen-spider = My spider web
screen-grid = What I like doing and am good at
screen-agreements = What do we agree?
screen-agreements-now = Our agreements of today
screen-agreements-none = We write the agreements down together.
screen-thanks = Thank you for talking together!
screen-next = Next
screen-back = Back
screen-to-panel = Teacher's panel
panel-title = Conversation with { $child }
panel-intro = This panel is for you alone. Put the conversation screen on the big screen or the laptop on the table.
panel-open-screen = Open the conversation screen
panel-time = Time
panel-left = { "{" }min{ "}" } minutes left
panel-over = { "{" }min{ "}" } minutes over time
panel-starts = Starts in { "{" }when{ "}" }.
panel-done = This conversation is over.
panel-day = 1 day
panel-days = { "{" }n{ "}" } days
panel-hour = 1 hour
panel-hours = { "{" }n{ "}" } hours
panel-minute = 1 minute
panel-minutes = { "{" }n{ "}" } minutes
panel-and = and
panel-next = Next: { $next }
panel-next-at = { $child } at { $time }
panel-next-none = No more conversations that day.
panel-frame = Conversation frame
keep-unsaved = Not saved yet.
keep-saved = Saved at { "{" }time{ "}" }.
keep-restored = Unsaved text put back. Do save it.
keep-waiting = Waiting for the connection; your text stays here.
keep-offline = No connection to the server. Keep typing: everything stays in this browser and is sent as soon as the connection is back.

# The family's summary of the conversation
summary-title = Summary of the KOM conversation about { $child }
summary-class = Class { $class }
summary-footer = This summary is for the family. What the school notes otherwise about your child is not in it.
summary-file = summary-kom-conversation
summary-nav = Print summary
summary-back = Back
summary-print-hint = Print with the browser's print button, or open the PDF.
summary-pdf = As PDF
summary-none = There is no summary to print yet.
summary-mail-intro = Here is the summary of the KOM conversation: what we talked about and what we agreed.
summary-mail-link = You also find the summary in the parents' portal, to print or as a PDF: { $url }
summary-class-title = Summaries { $class } · { $round }
summary-print = Print summary
summary-send = Mail the summary to the parents
summary-send-hint = Every parent with the right to information and an email address gets the summary in their own language.
summary-sent = The summary is on its way to { $count ->
    [one] one parent
   *[other] { $count } parents
}.
summary-sent-none = No summary sent: there is nothing in it yet, or no parent has an email address.
summary-sent-on = Summary queued for mailing on { $date }.
summary-print-all = Summaries (per family, in conversation order)
conversation-print = Print or PDF
summary-heading = The summary for the parents
panel-frame-link = Panel for during the conversation
prep-state = prepared
follow-up-sent = summary mailed
follow-up-read = summary read
prep-thermometer = Thermometer
prep-thermometer-value = { $value } out of 10
prep-smileys = Smileys
prep-spider = Spider web
prep-grid = Talent grid
child-says = the child says: { $what }
child-says-done = done
child-says-partly = partly
child-says-not_yet = not yet
study-sheet-title = On the way to secondary school: { $child }
study-sheet-intro = This sheet is yours. It sums up what { $child } and the school found out together. You decide whether to give it to the secondary school, for instance alongside the BaSO form. The school does not send it anywhere.
study-sheet-liked-good = What { $child } likes doing and is good at
study-sheet-liked = What { $child } likes doing and still wants to learn
study-sheet-empty = There is nothing about the study choice in the summary or in the talent grid yet.
study-sheet-file = study-choice
study-sheet-link = Sheet for the secondary school
study-sheet-hint = With your child's study choice and talents. Do you give it to the new school? That is your choice.
settings-frame = Boxes of the conversation frame
settings-rename = Own name (optional)
settings-rename-of = Own name for “{ $item }”
settings-own-hint-frame = One box per line, as the parents read it, for instance “What the care coordinator follows up”.
frame-other = Also noted
frame-hidden-held-text = The school has since hidden this box: { $boxes }. What you wrote in it is kept, but the parents no longer see it.
prep-print-day = Preparations of { $day }
summary-print-day = Summaries of { $day }

## Privacy: the audit log
nav-privacy = Privacy
privacy-title = Privacy and data
privacy-intro = The school is responsible for everything Samenspraak keeps about children and parents. Here you see who did or looked at what, and you can export or erase a child's data.
audit-heading = Audit log
audit-intro = Every sign-in, booking, invitation, note and every video or report viewed is listed here, with who, when and from which address. The log never holds passwords, codes or the text of notes.
audit-filter = Filter the log
audit-person = Member of staff
audit-anyone = Anyone
audit-child = Child
audit-any-child = All children
audit-kind = What
audit-any-kind = Everything
audit-from = From
audit-until = Up to and including
audit-show = Show
audit-csv = Download as CSV
audit-none = No entries match.
audit-more = These are the 200 most recent entries. The CSV file has all of them.
audit-when = When
audit-who = Who
audit-what = What
audit-round = Round
audit-address = Address
audit-system = Samenspraak itself
audit-gone = no longer known
audit-child-erased = erased child
audit-actor-staff = staff
audit-actor-guardian = parent
audit-actor-child = child
audit-kind-sign-in = signed in
audit-kind-sign-in-failed = sign-in failed
audit-kind-sign-out = signed out
audit-kind-invitation-created = invitation created
audit-kind-invitation-opened = invitation opened
audit-kind-invitation-revoked = invitation revoked
audit-kind-booking-made = conversation booked
audit-kind-booking-changed = booking changed
audit-kind-booking-cancelled = booking cancelled
audit-kind-note-created = note written
audit-kind-notes-read = confidential notes read
audit-kind-video-viewed = video viewed
audit-kind-portfolio-viewed = portfolio piece viewed
audit-kind-report-viewed = report viewed
audit-kind-preparation-opened = preparation opened
audit-kind-summary-opened = summary opened
audit-kind-child-exported = child's data exported
audit-kind-child-erased = child erased
audit-kind-account-changed = account changed
audit-kind-classes-changed = account's classes changed
audit-kind-account-deactivated = account deactivated
audit-kind-account-activated = account activated again
audit-kind-settings-changed = setting changed
audit-kind-import-confirmed = class list imported
audit-kind-consent-given = consent given
audit-kind-consent-withdrawn = consent withdrawn
audit-kind-retention-run = old data removed

## A child's data: export and erase
child-data-heading = This child's data
child-data-intro = Parents asking for everything the school keeps about their child? Download it as one ZIP file. When the child leaves the school, you can erase it all.
child-data-export = Download all data (ZIP)
child-data-erase = Erase child…
erase-title = Erase { $name }
erase-intro = Erasing cannot be undone. Everything goes at once, also from rounds in progress.
erase-what-child = The child, their child talks, notes, self-assessments, portfolio, videos, reports, bookings, conversation frames and agreements.
erase-what-guardians = { $count ->
    [0] No parents: each parent has another child at the school and stays.
    [one] One parent who has no other child at the school, with the invitations and mails to them.
   *[other] { $count } parents who have no other child at the school, with the invitations and mails to them.
}
erase-what-log = The audit log keeps that a child was erased, without a name.
erase-export-first = Want to keep the data or hand it to the parents first? Download it first.
erase-type-name = Type the child's name to confirm: { $name }
erase-name-wrong = Type the full name exactly as shown: { $name }
erase-button = Erase for good
erase-done = The child has been erased, with everything the school kept about them.
export-readme =
    One child's data from Samenspraak
    =================================

    This file holds everything the school keeps about this child in Samenspraak.

    data.json      Every row about the child, per table: the child, the parents,
                   the child talks, notes (visibility "staff" = school team only,
                   "family" = shared with the family), self-assessments, the
                   parents' answers per household, bookings, conversation frames,
                   agreements and consents. Moments are Unix seconds (UTC), dates
                   are YYYY-MM-DD.
    media/         The child's videos, photos and files, and reports.
    summaries/     The summary of each parent conversation as the family got it (PDF).
audit-channel-letter = by letter
audit-channel-email = by email
audit-detail-confidential = { $count ->
    [one] 1 confidential note
   *[other] { $count } confidential notes
}
audit-detail-rows = { $count ->
    [one] 1 row
   *[other] { $count } rows
}
audit-detail-files = { $count ->
    [one] 1 file
   *[other] { $count } files
}
audit-detail-guardians = { $count ->
    [one] 1 parent
   *[other] { $count } parents
}
audit-detail-classes = { $count ->
    [one] 1 class
   *[other] { $count } classes
}
audit-detail-videos-removed = { $count ->
    [one] 1 video removed
   *[other] { $count } videos removed
}
audit-detail-audit-entries = { $count ->
    [one] 1 log entry
   *[other] { $count } log entries
}
audit-setting-name = school name
audit-setting-year = school year
audit-setting-videos = videos
audit-setting-quiet-hours = quiet hours for mails

retention-title = Retention periods
retention-card = What Samenspraak keeps about children and parents stays no longer than needed. Choose how long, and see beforehand what 1 July will delete.
retention-open = View retention periods
retention-intro = Samenspraak deletes by itself what has had its time. Data from a round goes on 1 July, after the number of school years you choose here. 1 school year means: at the end of that round's school year.
retention-saved = The retention periods are saved. Below you see what they mean.
field-talk_years = Child talk: notes and instruments (school years)
retention-talk-hint = Notes, answers from the question jar, thermometer, smileys, spider web, interest–talent grid, learning wall and report notes. From 1 to 10.
field-family_years = Conference: questionnaires and summaries (school years)
retention-family-hint = Parents' questionnaires, the conversation frame, agreements, your preparation and the summaries. From 1 to 10.
field-sent_mail_days = Sent mails (days)
retention-mail-hint = How long a sent mail stays in the queue. From 7 to 365.
field-audit_years = Audit log (years)
retention-audit-hint = How long the log keeps who did or saw what. From 1 to 10.
retention-left = Children who left the school
retention-left-hint = A child you set to inactive has left the school. Samenspraak later erases them completely, with the parents who have no other child at the school.
retention-left-years = Erase automatically after this many years
retention-left-never = Do not erase automatically: the school erases them itself
field-left_years = Years after leaving
retention-videos = Videos are deleted as set for the school.
retention-videos-link = Change how long videos are kept
retention-preview = Deleted on { $day }
retention-preview-intro = With the periods above. Nothing has been deleted yet: this is what Samenspraak will do that day.
retention-what = What
retention-count = Number
retention-kind-talk-notes = Notes and answers from child talks
retention-kind-instruments = Filled-in instruments and report notes
retention-kind-questionnaires = Parents' questionnaires
retention-kind-summaries = Conversation frames, agreements, preparations and summaries
retention-kind-videos = Videos
retention-kind-sent-mails = Sent mails
retention-kind-audit-entries = Audit log entries
retention-kind-children-left = Children who left the school
audit-setting-retention = retention periods
audit-detail-talk-notes = { $count ->
    [one] 1 note or answer
   *[other] { $count } notes and answers
}
audit-detail-instruments = { $count ->
    [one] 1 filled-in instrument
   *[other] { $count } filled-in instruments
}
audit-detail-questionnaires = { $count ->
    [one] 1 questionnaire
   *[other] { $count } questionnaires
}
audit-detail-summaries = { $count ->
    [one] 1 line of a frame or summary
   *[other] { $count } lines of frames and summaries
}
audit-detail-sent-mails = { $count ->
    [one] 1 sent mail
   *[other] { $count } sent mails
}
audit-detail-children-left = { $count ->
    [one] 1 child who left the school
   *[other] { $count } children who left the school
}

login-step-again = Your code was no longer valid or wrong too often. Sign in again with your password.
code-title = Code from your app
code-intro = Your password is right. Now open the authenticator app on your phone and type the six digits shown for Samenspraak.
field-login_code = Code
code-hint = Phone not at hand? Type one of your recovery codes instead, for example k7dm-3xqa.
code-submit = Sign in
code-help = Lost your phone and out of recovery codes? Ask the school admin to reset your two-step sign-in.
code-wrong = { $count ->
    [one] That code is not right. You can try 1 more time.
   *[other] That code is not right. You can try { $count } more times.
}
enrol-title = Set up two-step sign-in
enrol-required = The school asks everyone on the team to sign in in two steps. Set it up now; it takes two minutes.
enrol-intro = Then someone who knows your password still cannot get in: they also need a code only your phone makes.
enrol-step-app = Install an authenticator app on your phone, for example Microsoft Authenticator, Google Authenticator or FreeOTP.
enrol-step-scan = Scan this QR code with the app.
enrol-qr-label = QR code to add Samenspraak to your authenticator app
enrol-secret = Scanning does not work? Type this key into the app:
enrol-step-code = Type the six digits the app shows now.
enrol-submit = Switch on
enrol-wrong = That code does not fit this QR code. Check that your phone's clock is right and type the code the app shows now.
recovery-title = Your recovery codes
recovery-intro = Two-step sign-in is on. With these codes you sign in when you do not have your phone. Each code works once.
recovery-keep = Keep them on paper or in a password manager, not on your phone. You see them only once; make new ones under My account.
recovery-print = Print
recovery-done = Continue to Samenspraak
account-title = My account
account-intro = You sign in as { $email }.
account-password-changed = Your password has changed. You are signed out on your other devices.
account-sessions-ended = Those devices are signed out.
account-factor-off = Two-step sign-in is off.
account-device-unknown = Unknown device
account-code-wrong = That code is not right. Type the six digits from your app or a recovery code.
account-factor-required = The school requires two-step sign-in; you cannot switch it off.
account-password-wrong = That is not your current password.
account-factor = Two-step sign-in
account-factor-is-on = On
account-codes-left = { $count ->
    [0] You have no recovery codes left: make new ones.
    [one] You have 1 recovery code left.
   *[other] You have { $count } recovery codes left.
}
field-codes_code = Code from your app, for new recovery codes
account-new-codes = Make new recovery codes
field-off_code = Code from your app, to switch it off
account-factor-switch-off = Switch off
account-factor-required-off = The school asks everyone on the team to sign in in two steps. Set it up; otherwise Samenspraak asks at your next sign-in.
account-factor-is-off = After your password Samenspraak also asks for a code from an app on your phone. Then no one gets in with just your password.
account-factor-switch-on = Set up
account-password = Password
account-password-intro = After a new password you are signed out on all your other devices.
field-current_password = Current password
field-new_password = New password
account-password-hint = At least 10 characters.
account-password-change = Change password
account-sessions = Where you are signed in
account-sessions-intro = Don't recognise a device, or forgot to sign out on a school computer? Sign it out here.
account-device = Device
account-since = Signed in on
account-last-seen = Last used
account-end = Sign out
account-end-one = Sign out { $device }
account-this-device = this device
account-end-others = Sign out everywhere else
staff-sign-in = Sign-in
staff-factor-on = Two-step sign-in is on.
staff-factor-off = Two-step sign-in is off.
staff-open-sessions = { $count ->
    [0] Not signed in anywhere.
    [one] Signed in on 1 device.
   *[other] Signed in on { $count } devices.
}
staff-end-sessions = Sign out everywhere
staff-factor-reset = Have two-step sign-in set up again
privacy-two-factor = Two-step sign-in
privacy-two-factor-intro = Then no one can open children's notes and videos with just a stolen password. Whoever has not set it up does so at their next sign-in.
privacy-two-factor-on = Required for the whole team
privacy-without-factor = { $count ->
    [0] Everyone on the team has set it up.
    [one] 1 team member has not set it up yet.
   *[other] { $count } team members have not set it up yet.
}
privacy-two-factor-stop = Stop requiring it
privacy-two-factor-require = Require it for the whole team
audit-kind-two-factor-on = two-step sign-in set up
audit-kind-two-factor-off = two-step sign-in switched off
audit-kind-recovery-codes-made = new recovery codes made
audit-kind-password-changed = password changed
audit-kind-sessions-ended = signed out on other devices
audit-kind-parent-view-opened = viewed as a parent
audit-setting-two-factor = two-step sign-in
audit-factor-totp = with a code from the app
audit-factor-recovery = with a recovery code
audit-factor-code = wrong code
audit-detail-sessions = { $count ->
    [one] 1 device
   *[other] { $count } devices
}

as-guardian-title = As { $name } sees it
as-guardian-link = View as { $name }
as-guardian-banner = You see what { $name } sees, in { $language }. Nothing can be changed or filled in for the family here.
as-guardian-sees-nothing = { $name } sees nothing about this child: this parent has no right to information or can no longer sign in.
as-guardian-back = Back to { $name }

consent-purpose-video = Video in the child talk
consent-purpose-photos = Photos on the learning wall
consent-purpose-portfolio = Portfolio shared with the family
consent-by-parent = { $name } (parent, on the portal)
consent-withdraw-for = Withdraw: { $what }
consent-for = Consent for
consent-removed-nothing = nothing deleted: nothing depended on it
register-title = Consent register
register-open = Consent register
register-intro = Every consent the school received or that was withdrawn, per child: for what, who gave it and when, who recorded it, who withdrew it and what that deleted.
register-none = No consent has been recorded yet.
register-what = For what
register-given = Given by
register-recorded = Recorded by
register-withdrawn = Withdrawn
register-removed = Deleted
register-holds = Holds

family-consents = Consents
family-consent-given = Given by { $who } on { $date }.
family-consent-withdraw = Withdraw
family-consent-withdrawn = Your consent has been withdrawn. The school sees it at once.
family-withdraw-title = Withdraw consent: { $what }
family-withdraw-video = The videos { $child } recorded are deleted at once, and { $child } records no new ones.
family-withdraw-photos = The school no longer puts photos on the learning wall in which { $child } can be seen.
family-withdraw-portfolio = The school no longer shares { $child }'s portfolio with you.
family-withdraw-later = You can give consent again later through the teacher.
family-withdraw-yes = Yes, withdraw my consent
family-withdraw-no = No, go back
wall-no-photo-consent = No consent for photos, so not in a photo on the learning wall:

## The school calendar
day-off-autumn = autumn holiday
day-off-christmas = Christmas holiday
day-off-carnival = carnival holiday
day-off-easter = Easter holiday
day-off-summer = summer holiday
day-off-armistice = Armistice Day
day-off-easter_monday = Easter Monday
day-off-labour_day = Labour Day
day-off-ascension = Ascension Day and the Friday after
day-off-whit_monday = Whit Monday
day-off-free_day = school’s own day off
day-off-study_day = teachers’ study day
day-off-other = no school
day-off-weekend = weekend
day-off-refused = No school on { $date }: { $why }. Choose another day.
school-calendar-title = School calendar
school-calendar-link = School calendar
school-calendar-intro = Holidays and days off in the school year { $year }. The child-talk plan, the conversation days and the deadlines never fall on them. The Flemish school holidays are already in; correct them if the government changes something.
school-calendar-built-in = Flemish calendar
school-calendar-own = The school’s own day
school-calendar-none = There are no days off in this school year.
school-calendar-add = Add a day off
school-calendar-add-hint = One day: leave “until” empty.
school-calendar-remove = Remove
school-calendar-removed = Removed from the calendar.
school-calendar-added = Added to the calendar.
school-calendar-clash = Mind: something was planned on those days already.
school-calendar-clash-slots = { $count ->
    [0] No conversation times,
    [one] 1 conversation time,
   *[other] { $count } conversation times,
}
school-calendar-clash-booked = { $count ->
    [0] none booked,
    [one] 1 of them booked,
   *[other] { $count } of them booked,
}
school-calendar-clash-talks = { $count ->
    [0] no child talks.
    [one] 1 child talk.
   *[other] { $count } child talks.
}
school-calendar-clash-what = They stay until you move them: plan the child talks again and ask the families for another time, or remove the day again.
school-calendar-year-prev = Previous school year
school-calendar-year-next = Next school year
school-calendar-span = { $from } until { $until }
school-calendar-in-window = Holidays and days off in this period (nothing is planned on them): { $days }.
field-day_off_from = From
field-day_off_until = Until
field-day_off_kind = Kind of day
field-day_off_name = Description

## The start page's list for this week
week-heading = This week
week-intro = What there is to do now, per class. Click to do it.
week-nothing = Nothing urgent. All is on track.
week-class = { $class } · { $round }
week-talks-unplanned = { $count ->
    [one] 1 child has no child talk planned yet.
   *[other] { $count } children have no child talk planned yet.
}
week-talks-this-week = { $count ->
    [one] 1 child talk is still planned this week.
   *[other] { $count } child talks are still planned this week.
}
week-not-invited = { $count ->
    [one] 1 family has not been invited yet.
   *[other] { $count } families have not been invited yet.
}
week-no-email = { $count ->
    [one] 1 family has no email address: send a letter home.
   *[other] { $count } families have no email address: send a letter home.
}
week-questionnaires-in = { $count ->
    [one] 1 parents’ questionnaire is in.
   *[other] { $count } parents’ questionnaires are in.
}
week-not-booked = { $count ->
    [one] 1 child has no conversation time yet.
   *[other] { $count } children have no conversation time yet.
}
week-booking-closes = Booking closes on { $date }.
week-to-prepare = { $count ->
    [one] 1 conversation still to prepare
   *[other] { $count } conversations still to prepare
}
week-on-day = for { $date }.
week-summaries-unsent = { $count ->
    [one] 1 summary has not been mailed to the parents yet.
   *[other] { $count } summaries have not been mailed to the parents yet.
}
week-agreements-late = { $count ->
    [one] 1 agreement is past its date.
   *[other] { $count } agreements are past their date.
}
round-conversations-on = Conversations with the parents: { $dates }

## Counted words, for messages that count several things
count-times = { $count ->
    [one] 1 time
   *[other] { $count } times
}
count-classes = { $count ->
    [one] 1 class
   *[other] { $count } classes
}
count-boxes = { $count ->
    [one] 1 box
   *[other] { $count } boxes
}
count-agreements = { $count ->
    [one] 1 agreement
   *[other] { $count } agreements
}
count-conversations = { $count ->
    [one] 1 conversation
   *[other] { $count } conversations
}
count-children-unplaced = { $count ->
    [one] 1 child found
   *[other] { $count } children found
}

# What was sent to parents (the outbox)
outbox-title = Sent to the parents of { $class } · { $round }
outbox-intro = Every mail and letter of this round to the class's parents, and what became of it. When a mail failed, it says why.
outbox-back = Back to the invitations
outbox-link = What was sent?
outbox-letter-only = gets a letter
outbox-letter-only-count = { $count ->
    [0] Every parent has an e-mail address.
    [one] 1 parent has no e-mail address and gets a letter.
   *[other] { $count } parents have no e-mail address and get a letter.
}
outbox-failed-count = { $count ->
    [one] 1 mail did not arrive.
   *[other] { $count } mails did not arrive.
}
outbox-letter-made = letter made on { $date }
outbox-no-letter = no letter yet
outbox-none = Nothing sent yet.
outbox-col-when = Made
outbox-col-to = To
outbox-col-what = Mail
outbox-col-status = What happened
outbox-what-invitation = Invitation
outbox-what-reminder = Reminder
outbox-what-booking = Time confirmed
outbox-what-proposal = Time proposed
outbox-what-cancellation = Cancellation
outbox-what-offer = Time came free (waiting list)
outbox-what-summary = Summary of the conversation
outbox-what-other = Mail
outbox-failed = Not sent
outbox-trying = { $count ->
    [one] Not sent yet: 1 try failed, trying again
   *[other] Not sent yet: { $count } tries failed, trying again
}
outbox-reason-bad-address = This is not a valid e-mail address. Correct the parent's address, or hand them a letter.
outbox-reason-no-mailbox = This e-mail address does not exist (any more). Ask the parent for another address, or hand them a letter.
outbox-reason-mailbox-full = The parent's mailbox is full. Try again later, or hand them a letter.
outbox-reason-refused = The parent's mail server refused the mail. Hand them a letter or call them.
outbox-reason-later = The parent's mail server did not take the mail yet. Samenspraak tries again by itself.
outbox-reason-server = The school's mail server could not be reached. Samenspraak tries again by itself. If it keeps failing, ask whoever runs the school's mail.
outbox-reason-other = Something went wrong while sending. The mail server's explanation is below.
outbox-retry = Send again
outbox-retried = The mail is ready to be sent again.
outbox-school-title = Sent mails
outbox-school-intro = The school's mails to parents, newest first. Per class, you also find them with a round's invitations.
outbox-school-failed = { $count ->
    [0] No failed mails
    [one] Show the 1 failed mail
   *[other] Show the { $count } failed mails
}
outbox-school-all = Show all mails
