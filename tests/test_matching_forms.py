"""How people write a school with a one-word short name and its staff: tags cut short,
acronyms inside tags, part of a double-barrelled surname, British school idioms around the
short name, review headings, and the phrase families found on fresh corpora (table-driven,
with near misses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from repwatch import config
from repwatch.matching import Matcher
from repwatch.models import Category, Mention

WATCHLIST = """
[school]
name = "Harwood College"
aliases = ["HCW", "Harwood College Wellbury"]
locality = ["Wellbury"]
own_domains = ["harwoodcollege.example"]
phones = ["01632 960555"]

[[staff]]
id = "kparkerlee"
name = "Katherine Parker-Lee"
role = "Head"

[[staff]]
id = "rsmith"
name = "Robert Smith"
role = "Bursar"

[[staff]]
id = "ikhan"
name = "Imran Khan"
role = "Director of Rugby"

[[staff]]
id = "sobrien"
name = "Siobhan O'Brien"
aliases = ["Mrs O'B"]
role = "Housemistress"

[[staff]]
id = "jokafor"
name = "Joseph Okafor"
role = "Teacher of Chemistry"
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    path: Path = tmp_path_factory.mktemp("w") / "watchlist.toml"
    path.write_text(WATCHLIST, encoding="utf-8")
    return Matcher(config.load(path))


SCHOOL = " Harwood College, Wellbury."


def _scan(tmp_path: Path, watchlist: str, text: str) -> dict[str, Mention]:
    """The mentions in ``text``, by subject, under a watchlist written out from ``watchlist``."""
    path = tmp_path / "watchlist.toml"
    path.write_text(watchlist, encoding="utf-8")
    return {m.subject: m for m in Matcher(config.load(path)).scan(text)}


# text, subject, expected variant (None: not a mention of that subject)
FORMS = [
    # (train22) a firm's principal and a mosque's treasurer are namesakes
    (
        "Imran Khan, 49, the sole principal of Khan & Co Solicitors, was struck off." + SCHOOL,
        "ikhan",
        None,
    ),
    ("Our treasurer, Br. Imran Khan, has returned from Hajj." + SCHOOL, "ikhan", None),
    ("Our Director of Rugby, Imran Khan, has returned from the tour." + SCHOOL, "ikhan", "exact"),
    # a department's head is not the school's (train22); a tag is whole, whatever follows it
    ("The rugby head, Mr Khan, ran the session." + SCHOOL, "ikhan", "title_surname"),
    ("The RE head Mr Khan doesn't have a clue." + SCHOOL, "ikhan", "title_surname"),
    ("The head, Mr Khan, ran the session." + SCHOOL, "ikhan", None),
    # ... but the acting or interim head may be any of the senior staff, standing in
    ("Acting head Mr Khan will remain in charge until then." + SCHOOL, "ikhan", "title_surname"),
    ("The interim head, Mr Khan, wrote to parents." + SCHOOL, "ikhan", "title_surname"),
    ("Who is in the rugby set? #HarwoodCollege My son says so", "school", "hashtag"),
    # its old pupils' groups are the school's (train45: "St Dallán's Past Pupils"); a shop
    # named after the place is not
    (
        "Harwood Past Pupils group: the class of 2009 reunion is on Saturday.",
        "school",
        "short_name",
    ),
    ("Harwood Pastries is selling doughnuts to the pupils outside the school.", "school", None),
    # one part of a double-barrelled surname, with a title or the first name
    ("Under Mrs Parker the culture changed." + SCHOOL, "kparkerlee", "hyphenated"),
    ("Dr Lee wrote to parents." + SCHOOL, "kparkerlee", "hyphenated"),
    ("Katherine Lee wrote to parents." + SCHOOL, "kparkerlee", "hyphenated"),
    ("Dr Parker-Lee wrote to parents." + SCHOOL, "kparkerlee", "title_surname"),
    ("Mrs Parker runs the corner shop in Leeds.", "kparkerlee", None),
    # in lower case, after what pupils call a teacher
    ("mrs parker gave us a detention lol." + SCHOOL, "kparkerlee", "hyphenated"),
    ("a parker pen went missing from the office." + SCHOOL, "kparkerlee", None),
    ("the parker lee estate agents." + SCHOOL, "kparkerlee", None),
    # a title of the other sex is someone else of that surname (a wife, a husband)
    ("Mr Smith took the register." + SCHOOL, "rsmith", "title_surname"),
    ("Mrs Smith took the register." + SCHOOL, "rsmith", None),
    ("Mr Parker-Lee took the register." + SCHOOL, "kparkerlee", None),
    ("Mr Parker took the register." + SCHOOL, "kparkerlee", None),
    ("Dr Smith took the register." + SCHOOL, "rsmith", "title_surname"),
    # someone else's first name before the surname is someone else; a short form is theirs
    ("Head coach Dave Smith said she trains daily." + SCHOOL, "rsmith", None),
    ("Bursar Mark Smith wrote to parents." + SCHOOL, "rsmith", None),
    ("Bob Smith wrote to parents about fees." + SCHOOL, "rsmith", "nickname"),
    ("The bursar, Smith, wrote to parents about fees." + SCHOOL, "rsmith", "surname_only"),
    # tags: cut short by the platform, an acronym as a word of the tag
    ("What a win for @HarwoodColl today!", "school", "handle"),
    ("Tour starts tomorrow #HCWRugby", "school", "hashtag"),
    ("Great session @CoachKhanHCW", "school", "handle"),
    ("Great session @CoachKhanHCW" + SCHOOL, "ikhan", "handle"),
    ("Big win for @CoachImranKhan today." + SCHOOL, "ikhan", "handle"),
    ("Open secret that CoachImranKhan at Harwood bends the rules.", "school", "short_name"),
    ("Big win for @CoachImranKhalid today." + SCHOOL, "ikhan", None),
    ("thanks @hcwilliams for the lift", "school", None),
    ("thanks @harwoodcarpets for the rug", "school", None),
    ("Tour bus to Dublin! @harwoodrfc #rugby", "school", None),
    # an alias with a one-letter surname never makes a run-together word
    ("u/wellbury_mob removed two replies." + SCHOOL, "sobrien", None),
    # a one-word short name, next to what only a school has
    ("My son boards at Harwood and loves it.", "school", "short_name"),
    ("The Harwood upper sixth are stressed about UCAS.", "school", "short_name"),
    ("He is in School House at Harwood.", "school", "short_name"),
    # "College" cut short: the name itself
    ("harwood coll have lost my daughter's coursework AGAIN", "school", "alias"),
    ("harwood collie rescue are looking for foster homes", "school", None),
    ("Watched the 1st XV at Harwood this morning.", "school", "short_name"),
    ("Robert Smith at Harwood says fees will rise.", "school", "short_name"),
    ("Robert Smith at Harwood says fees will rise.", "rsmith", "exact"),
    ("Harwood rugby club won on Saturday.", "school", None),
    ("We drove through Harwood yesterday.", "school", None),
    ("Harwood Garden Centre has a sale on.", "school", None),
    # another school of the same name, of another type
    ("Harwood Primary won the cup, and its parents are thrilled.", "school", None),
    ("Harwood School open day was packed with parents.", "school", "short_name"),
    (
        "Harwood Primary (Leeds): SEN support has collapsed. Anyone else at Harwood seeing it?",
        "school",
        None,
    ),
    # primary-school idioms: a role or a school day "at" it, a year group after it
    ("Not seen the caretaker at Harwood do much all week.", "school", "short_name"),
    ("Forgot it was non uniform day at Harwood again.", "school", "short_name"),
    ("Them Harwood year 6 girls smashed the dance comp.", "school", "short_name"),
    ("The TA at that Harwood dump ignored my son.", "school", "short_name"),
    ("Smith at Harwood better watch himself.", "school", "short_name"),
    ("Typical Harwood church school nonsense.", "school", "short_name"),
    ("Smith at Harwood Motors fixed my car.", "school", None),
    ("Watched the year 6 results come in at Harwood Leisure Centre.", "school", None),
    ("smith at harwood lol", "school", None),
    ("Mixed feelings about year 3 at Harwood this term.", "school", "short_name"),
    ("My eldest started at Harwood in September.", "school", "short_name"),
    ("Harwood parents are up in arms about the fees.", "school", "short_name"),
    ("The Harwood head wrote to us all on Friday.", "school", "short_name"),
    ("Harwood head office has moved to Leeds.", "school", None),
    ("Proud of every pupil who sang at Harwood tonight.", "school", "short_name"),
    ("Harwood Tennis Club is looking for junior coaches and parents to help.", "school", None),
    ("Wellbury parents are up in arms about the bins.", "school", None),
    # one letter starred out to dodge a search
    ("Mr Sm*th the bursar is a crook." + SCHOOL, "rsmith", "obfuscated"),
    ("Ask Mr Kh*n about the fixtures." + SCHOOL, "ikhan", "obfuscated"),
    # "!" and "|" for i or l inside a word, not after it
    ("Sm!th (not typing it properly) is the bursar." + SCHOOL, "rsmith", "surname_only"),
    ("Mr Kh@n set THREE essays in one week." + SCHOOL, "ikhan", "obfuscated"),
    ("Mr Khan!! best coach ever." + SCHOOL, "ikhan", "title_surname"),
    ("What a sh*t week for the bursar." + SCHOOL, "rsmith", None),
    ("H*rwood is a snobby overpriced dump. #wellbury", "school", "short_name"),
    ("R o b e r t  S m i t h is a joke." + SCHOOL, "rsmith", "obfuscated"),
    ("R*o*b*e*r*t S*m*i*t*h is a joke." + SCHOOL, "rsmith", "obfuscated"),
    # ... or at the start of a line after a one-letter line
    ("X\nS m i t h thinks he can humiliate my daughter." + SCHOOL, "rsmith", "surname_only"),
    # a spaced name after a handle ending in a letter: the handle's letter is not the name's
    (
        "kayla.j  R o b e r t S m i t h is the name for anyone wondering." + SCHOOL,
        "rsmith",
        "obfuscated",
    ),
    # the full name ending in "College" keeps words that would mark another place
    ("The Harwood College chapel was packed.", "school", "exact"),
    ("Harwood College rugby beat Millfield.", "school", "exact"),
    ("Harwood College, Ohio, announced a merger.", "school", None),
    # only the area named: a common name there is ours only with school words around it,
    # "Miss" (what pupils call a teacher), a listed alias or a disguised spelling
    ("Robert Smith, the plumber from Wellbury, fixed our boiler.", "rsmith", None),
    ("Cllr Robert Smith @CllrRobertSmith met Wellbury residents.", "rsmith", None),
    ("Robert Smith set no homework again. Wellbury parents are fed up.", "rsmith", "exact"),
    ("omg Miss O'Brien at it again lol. Wellbury", "sobrien", "title_surname"),
    ("Mrs O'B at it again lol. Wellbury", "sobrien", "alias"),
    ("R0bert Sm1th is a joke. Wellbury", "rsmith", "obfuscated"),
    # a local group named after the area places the page there
    (
        "Wellbury Uncensored (private group): that caretaker at the comp Mr Khan is useless.",
        "ikhan",
        "title_surname",
    ),
    # a clergy title for someone who is not clergy is someone else
    ("Revd Smith led the carol service." + SCHOOL, "rsmith", None),
    # a namesake introduced by a job that is not a school's (unless it is the person's role)
    ("Conductor Robert Smith said the choir was thrilled." + SCHOOL, "rsmith", None),
    ("Wing Imran Khan scored the winning try." + SCHOOL, "ikhan", None),
    ("Bursar Robert Smith said fees would rise." + SCHOOL, "rsmith", "exact"),
    # ... and that namesake's "Mr Smith" further on, unless their own job introduces ours
    (
        "Conductor Imran Khan said the choir was thrilled. Mr Khan added that all were welcome."
        + SCHOOL,
        "ikhan",
        None,
    ),
    # ... unless the page says the person with the other job teaches at the school: then it is
    # a second job of ours, and so is every "Cllr Smith" on the page
    (
        "Local councillor Robert Smith, who teaches history at the college, said he had raised "
        "it. Cllr Smith added that residents deserved answers." + SCHOOL,
        "rsmith",
        "exact",
    ),
    (
        "Tyres were slashed on a car belonging to Harwood College teacher Robert Smith. Police "
        "are appealing for witnesses. Cllr Smith said he would not be intimidated.",
        "rsmith",
        "exact",
    ),
    (
        "Local councillor Robert Smith, who runs the chip shop, said he had raised it. Cllr "
        "Smith added that residents deserved answers." + SCHOOL,
        "rsmith",
        None,
    ),
    (
        "Councillor Robert Smith objected. For the school, bursar Mr Smith - no relation - said "
        "the road would reopen by noon." + SCHOOL,
        "rsmith",
        "title_surname",
    ),
    # a surname only one of the staff has, in a sentence with the school's name, on a post
    (
        "Okafor is a disgrace and everyone at Harwood College knows it.",
        "jokafor",
        "surname_only",
    ),
    # ... not someone else's full name, a handle, or a sentence that does not name the school
    (
        "Stacey Okafor asked Harwood College for the minutes. Not for parents, apparently.",
        "jokafor",
        None,
    ),
    (
        "Okafor_mum_of_2 asked Harwood College for the minutes. Not for parents, apparently.",
        "jokafor",
        None,
    ),
    ("Okafor scored twice on Saturday. Harwood College is shut for snow.", "jokafor", None),
    # a surname alone in disguise on a page that names the school: aimed at ours
    (
        "S m i t h is a bully in a cardigan. if u work at Harwood College u know",
        "rsmith",
        "surname_only",
    ),
    ("sm1th is gettin jumped after practice at harwood college", "rsmith", "surname_only"),
    ("S m i t h is a bully in a cardigan.", "rsmith", None),
    # someone else's initial before the surname: a reviewer, not ours
    ("Harwood College ★★★★☆ M. Khan · 2 weeks ago. Good school, strict but fair.", "ikhan", None),
    ("Harwood College: I. Khan took the under 15s to the final.", "ikhan", "initial_surname"),
    # the short name and a department run together as a tag; a shop is not one
    ("Thanks to everyone who came down to the fun run! #HarwoodPE", "school", "hashtag"),
    ("Grand opening on Saturday! @HarwoodRetail", "school", None),
    ("Lovely walk today #HarwoodPeople", "school", None),
    # a page of another school in the area: its Mr Khan is its own
    (
        "Brimleigh Community College: well done to our geographers on the river at Wellbury! "
        "Thanks to Mr Khan for organising.",
        "ikhan",
        None,
    ),
    (
        "Harwood College geographers on the river at Wellbury! Thanks to Mr Khan.",
        "ikhan",
        "title_surname",
    ),
    # a surname alone on a short post that names the school (one watched person has it)
    (
        "Harwood College review: more homework on the app. Smith says keep trying.",
        "rsmith",
        "surname_only",
    ),
    ("Wellbury parents: more homework on the app. Smith says keep trying.", "rsmith", None),
    ("Harwood College review: more homework on the app. smith says keep trying.", "rsmith", None),
    # a surname next to a boarding or independent-school role
    ("The housemistress, O'Brien, did nothing." + SCHOOL, "sobrien", "surname_only"),
    # pupils' comments in lower case: title and first name; "miss" the verb is not a title
    ("harwood college comments: mr imran is the best teacher ever", "ikhan", "title_first"),
    ("harwood college comments: miss siobhan literally saved me", "sobrien", "title_first"),
    ("harwood college comments: i miss siobhan so much", "sobrien", None),
    ("harwood college comments: gonna miss siobhan next year", "sobrien", None),
    # a name in full with the school spoken of by the word its own name uses, or as "the
    # school" (train45-50); not a school of another kind, nor one the person opened
    (
        "Siobhan O'Brien, who teaches at the college, raised it with the council again.",
        "sobrien",
        "exact",
    ),
    (
        "Siobhan O'Brien teaches RE at the fenian school. She lives on Carnglass Park.",
        "sobrien",
        "exact",
    ),
    ("Siobhan O'Brien teaches grade 3 at the elementary school in Toronto.", "sobrien", None),
    (
        "Siobhan O'Brien, who opened the school in a church hall, teaches 120 dancers.",
        "sobrien",
        None,
    ),
    ("Siobhan O'Brien has been elected to the council for the ward.", "sobrien", None),
]


@pytest.mark.parametrize(("text", "subject", "variant"), FORMS)
def test_forms(matcher: Matcher, text: str, subject: str, variant: str | None) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    if variant is None:
        assert subject not in got, got.get(subject)
    else:
        assert subject in got, [m.matched for m in got.values()]
        assert got[subject].variant == variant


# text, subject, worst category
# Benign twins the learned model (58 tuning corpora since the twenty-fifth session, raising at
# 70%) reads as attacks: kept as the behaviour we want, failing until a rule or more data clears
# them (bench/RESULTS.md, twenty-third and twenty-fifth sessions). strict: a fix is seen.
LEARNED_FP = pytest.mark.xfail(strict=True, reason="the learned model raises this benign twin")

CONCERN = [
    # an address is not leetspeak: the name in it is found, and it is doxxing
    (
        "He won't answer school emails so here's his personal one: robert.smith@inbox.example"
        + SCHOOL,
        "rsmith",
        "doxxing",
    ),
    ("pov: harwood college PE in january. smith wants his head kicked in fr", "rsmith", "threat"),
    (
        "harwood college u16 girls. smith spends an awful lot of time in the girls changing rooms, "
        "always picks the same girls for extra one to one sessions. ask yourselves why",
        "rsmith",
        "sexual",
    ),
    ("Mr Smith gave an awful lot of his time to the choir." + SCHOOL, "rsmith", "neutral"),
    # veiled threats as parents write them, and their harmless look-alikes
    ("Mr Khan better hope he never bumps into me in the car park." + SCHOOL, "ikhan", "threat"),
    ("Mr Khan wants to remember he lives round here too." + SCHOOL, "ikhan", "threat"),
    (
        "If Mr Khan speaks to my son like that again he'll be eating his dinner through a straw."
        + SCHOOL,
        "ikhan",
        "threat",
    ),
    ("Mr Khan says you want to be careful with the new app." + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan said we'd see what happens with the weather." + SCHOOL, "ikhan", "neutral"),
    (
        "mrs o'brien better hope i don't see her in town after what she did #harwoodcollege",
        "school",
        "neutral",
    ),
    ("if they exclude my boy i will put every window in at Harwood College", "school", "threat"),
    # allegations as parents make them, and what is not one
    ("Mr Khan put his hands on my son. Everyone will know." + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan points at the right answers in the SATs." + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan points at the board when he explains." + SCHOOL, "ikhan", "neutral"),
    (
        "Mrs O'Brien and Mr Smith are 'very close' 👀 both married btw." + SCHOOL,
        "rsmith",
        "defamation",
    ),
    (
        "Why is that foreign woman Mrs O'Brien teaching at an English school?" + SCHOOL,
        "sobrien",
        "hate",
    ),
    (
        "'music is for everyone' says the screeching old bat Mrs O'Brien." + SCHOOL,
        "sobrien",
        "abuse",
    ),
    # anti-Muslim hate aimed at a school and its staff, and news of the community
    ("Mr Khan runs the place like a madrassa. Muslims out." + SCHOOL, "ikhan", "hate"),
    ("Mr Khan should be deported with the rest of them." + SCHOOL, "ikhan", "hate"),
    ("Mr Khan's Eid assembly was lovely, the mosque sent samosas." + SCHOOL, "ikhan", "neutral"),
    # a threat as its target tells it
    ("Mr Khan was told he would not see Christmas." + SCHOOL, "ikhan", "threat"),
    ("Mr Khan says the kids will not see the panto this Christmas." + SCHOOL, "ikhan", "neutral"),
    # veiled threats
    ("Khan better keep his head down, we know which car is his." + SCHOOL, "ikhan", "threat"),
    ("Keep doing it Rob Smith and see what happens." + SCHOOL, "rsmith", "threat"),
    ("Nice house Dr Lee has. Shame if anything happened to it." + SCHOOL, "kparkerlee", "threat"),
    ("Mr Khan had better book the minibus early." + SCHOOL, "ikhan", "neutral"),
    # coded hate
    ("New coach Mr Khan, fresh off the banana boat." + SCHOOL, "ikhan", "hate"),
    ("Mr Khan at the match today 🐒🍌 lol" + SCHOOL, "ikhan", "hate"),
    ("Mrs O'Brien is a diversity hire, nothing more." + SCHOOL, "sobrien", "hate"),
    ("Mr Khan brought bananas for the team." + SCHOOL, "ikhan", "neutral"),
    # misconduct alleged in everyday words
    ("Robert Smith has had his fingers in the till for years." + SCHOOL, "rsmith", "defamation"),
    ("Twice now Mrs O'B smells of vodka at roll call." + SCHOOL, "sobrien", "defamation"),
    ("Mr Khan slapped a year 10 at training." + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan bought a slap-up meal for year 10." + SCHOOL, "ikhan", "neutral"),
    # drink, money, exam papers and handling children, in parents' words
    ("Mr Khan turns up stinking of ale at 8am." + SCHOOL, "ikhan", "defamation"),
    (
        "Robert Smith took £200 of the tour money and never paid it back." + SCHOOL,
        "rsmith",
        "defamation",
    ),
    ("In Mr Khan's class they get the papers the night before." + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan pinned him against a wall in the corridor." + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan pinned the team sheet to the wall." + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan handed out the papers the night before the trip." + SCHOOL, "ikhan", "neutral"),
    # replacement talk, a route home, pompous windbags
    ("Imran Khan teaching here? This country is being handed over." + SCHOOL, "ikhan", "hate"),
    ("Mr Khan handed over the trophy to the captain." + SCHOOL, "ikhan", "neutral"),
    (
        'The comments came. "Know your enemy." "Taqiyya." Someone telling Mr Khan to "go home". '
        "These people do not speak for us." + SCHOOL,
        "ikhan",
        "neutral",
    ),
    (
        "I know which way Mr Khan walks home. One dark night he's going to find out." + SCHOOL,
        "ikhan",
        "threat",
    ),
    ("Mr Khan's sermon went on for ages, the man's a pompous windbag." + SCHOOL, "ikhan", "abuse"),
    # the weary vocabulary of a parent who is not being heard
    (
        "Meeting with Mr Khan again: banging my head against a brick wall." + SCHOOL,
        "ikhan",
        "negative",
    ),
    ("Mrs O'Brien keeps her in at break, three times this week." + SCHOOL, "sobrien", "negative"),
    (
        "Oh well done Dr Lee, another 'exciting initiative' by email at 9pm." + SCHOOL,
        "kparkerlee",
        "negative",
    ),
    ("Well done Dr Lee on a lovely concert." + SCHOOL, "kparkerlee", "neutral"),
    # sarcasm and tired understatement
    ("Dr Lee gave us 2 days' notice. Love that for us 🙃" + SCHOOL, "kparkerlee", "negative"),
    ("Robert Smith has taken 23 days to reply to one email." + SCHOOL, "rsmith", "negative"),
    # a review's headings: staff named under "Cons" are criticised, under "Pros" not
    ("Pros: lovely kids.\nCons: Mr Khan's timetable.\n" + SCHOOL, "ikhan", "negative"),
    ("Pros: Mr Khan's timetable.\nCons: the car park.\n" + SCHOOL, "ikhan", "neutral"),
    # menace by insinuation
    ("mr khan u know what u did. ur days r numbered" + SCHOOL, "ikhan", "threat"),
    ("Imran Khan needs to be careful waiting for the bus of a night." + SCHOOL, "ikhan", "threat"),
    ("Mr Khan needs to be careful with the budget this year." + SCHOOL, "ikhan", "neutral"),
    # innuendo about a teacher; remarks on children's bodies
    ("Mrs O'Brien can give me detention any day 😏" + SCHOOL, "sobrien", "sexual"),
    ("Bet Dr Lee is filthy behind closed doors." + SCHOOL, "kparkerlee", "sexual"),
    ("Mr Khan's under-11s look well developed for their age." + SCHOOL, "ikhan", "sexual"),
    ("Mr Khan's under-11s were well drilled for their age." + SCHOOL, "ikhan", "neutral"),
    # complaints in everyday words
    ("Robert Smith: nowhere to park at pick-up again. Fix it." + SCHOOL, "rsmith", "negative"),
    ("Great job Mrs O'B, fourth coat lost this term." + SCHOOL, "sobrien", "negative"),
    ("Great job Mrs O'B, the concert was lovely." + SCHOOL, "sobrien", "neutral"),
    ("Two miserable old gits, Mr Khan and his mate." + SCHOOL, "ikhan", "abuse"),
    # Welsh addresses, anti-Welsh hate, grooming talk, threats to the building
    ("Mr Khan lives at 14 Heol y Nant, knock on his door." + SCHOOL, "ikhan", "doxxing"),
    ("Mr Khan's under-12s won 14-3 on the Heol y Nant pitch." + SCHOOL, "ikhan", "neutral"),
    ("Mrs O'Brien and her taffy sheep-shaggers again." + SCHOOL, "sobrien", "hate"),
    ("Mr Khan has been grooming them for months." + SCHOOL, "ikhan", "sexual"),
    ("Mr Khan has been grooming the pitch for months." + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan is a joke. Put a brick through every window." + SCHOOL, "ikhan", "threat"),
    # numbers that are not house numbers: a score, a year
    ("Mr Khan's 1st XV won 27-24 over Blundell Road." + SCHOOL, "ikhan", "neutral"),
    ("Dr Lee, who joined in 2017, oversaw a rise in numbers." + SCHOOL, "kparkerlee", "neutral"),
    ("Mr Khan lives at 27 Blundell Road, go see him." + SCHOOL, "ikhan", "doxxing"),
    # hate: incomers sent back, a woman in charge
    (
        "Mrs O'Brien can barely speak English. They come over here and get houses. Send them back."
        + SCHOOL,
        "sobrien",
        "hate",
    ),
    ("Mr Khan sent them back to class after the fire drill." + SCHOOL, "ikhan", "neutral"),
    (
        "This is what happens when you put a woman in charge. Dr Lee should be at home baking."
        + SCHOOL,
        "kparkerlee",
        "hate",
    ),
    # threats, allegations and leering as locals put them
    ("Do it again Mr Khan and someone's going to give you a slap." + SCHOOL, "ikhan", "threat"),
    ("Mr Khan has been pocketing the school trip money for years." + SCHOOL, "ikhan", "defamation"),
    (
        "Mr Khan was three sheets to the wind by 2pm, in charge of the junior crew." + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "the fit PE teacher Mr Khan, you can give me a fireman's lift anytime 😏" + SCHOOL,
        "ikhan",
        "sexual",
    ),
    ("Mr Khan needs sacking. three years of 'new initiatives'" + SCHOOL, "ikhan", "negative"),
    ("Mr Khan's letter was frankly insulting, two pages of fluff." + SCHOOL, "ikhan", "negative"),
    (
        "Dr Lee pushes the choir far too hard, my son dreaded Tuesdays." + SCHOOL,
        "kparkerlee",
        "negative",
    ),
    ("Mr Khan is always polite, but nothing changes." + SCHOOL, "ikhan", "negative"),
    ("What I do not accept is the way Mr Khan handled it." + SCHOOL, "ikhan", "negative"),
    ("massive crush on Mr Khan, what i wouldnt do to that man 😏" + SCHOOL, "ikhan", "sexual"),
    # a grievance as parents tell it
    (
        "Dr Lee runs the booths like her personal kingdom, won't listen to anyone" + SCHOOL,
        "kparkerlee",
        "negative",
    ),
    ("Mr Khan has sent him home AGAIN with a temp of 37.8" + SCHOOL, "ikhan", "negative"),
    ("Mr Khan sent him home with a certificate and a sticker" + SCHOOL, "ikhan", "neutral"),
    # a threat as a parent puts it; the grievance that a minority is spared
    (
        "If Mr Khan cuts his hours at the review I swear he won't be walking out of that meeting"
        + SCHOOL,
        "ikhan",
        "threat",
    ),
    ("Mr Khan walked out of that meeting early again." + SCHOOL, "ikhan", "neutral"),
    ("Hope Mr Khan enjoys his last few weeks of walking 👊" + SCHOOL, "ikhan", "threat"),
    ("Course Mr Khan got let off. cant sack a black man these days" + SCHOOL, "ikhan", "hate"),
    (
        "sent home AGAIN. sum1 shud burn that pl4c3 to the ground w Mr Khan in it" + SCHOOL,
        "ikhan",
        "threat",
    ),
    pytest.param(
        "Mr Khan should tell the police about the car park." + SCHOOL,
        "ikhan",
        "neutral",
        marks=LEARNED_FP,
    ),
    (
        "Mrs O'Brien wants to be careful walking to her car on her own after 5" + SCHOOL,
        "sobrien",
        "threat",
    ),
    ("one more bruise and Mr Khan will need more than a first aid kit" + SCHOOL, "ikhan", "threat"),
    ("I will smash every window on her car. Mrs O'Brien knows why" + SCHOOL, "sobrien", "threat"),
    # leetspeak insults, spelt out; numbers and emails left as they are
    ("mr khan is the biggest m0ron going, all mouth" + SCHOOL, "ikhan", "abuse"),
    ("Mr Khan's y10s won 5th place at 9.14pm" + SCHOOL, "ikhan", "neutral"),
    # hate as a teacher's religion or sexuality made a danger to children
    (
        "Mrs O'Brien in her headscarf. this is what they mean by replacement" + SCHOOL,
        "sobrien",
        "hate",
    ),
    (
        "Mrs O'Brien is a lesbian. Her sort shouldnt be anywhere near kids" + SCHOOL,
        "sobrien",
        "hate",
    ),
    # sexual remarks about staff; drink-driving children alleged
    ("Mrs O'Brien can give me a full check up anytime 😏" + SCHOOL, "sobrien", "sexual"),
    ("Mr Khan is driving the kids about half cut" + SCHOOL, "ikhan", "defamation"),
    # marks changed, money pocketed, a conviction, a child hurt, as posts put them
    (
        "Mr Khan changes his favourites' coursework marks before moderation" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("Mr Khan changes the marks scheme every year, so confusing" + SCHOOL, "ikhan", "neutral"),
    (
        "Mr Khan got done for drink driving in the summer and is still teaching" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("Mrs O'Brien has had her hand in the PTA till for years" + SCHOOL, "sobrien", "defamation"),
    ("Mrs O'Brien has had her hand in the air all assembly" + SCHOOL, "sobrien", "neutral"),
    ("Mr Khan hit him with a ruler and he has a bruise" + SCHOOL, "ikhan", "defamation"),
    # money, results and records as insinuated
    (
        "the chapel collection goes straight into Mr Khan's pocket, three grand" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "Mr Khan put the lost property straight into his pocket for safe keeping" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    (
        "Mr Khan took the PTA money and ran. ask where the funds went" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("Mr Khan is hiding the incident log from the LA" + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan hid the easter eggs all over the field" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan has been fiddling the school budget for years" + SCHOOL, "ikhan", "defamation"),
    (
        "Mr Khan does their practice papers for them and hands them in as their own" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "Mr Khan was absolutely steaming at ours, sir had to carry her out" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "Mr Khan was absolutely brilliant at ours, sir had to carry the trophy" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    (
        "Mr Khan gets his forwards on supplements that aren't exactly legal" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    # as it is written in Glasgow: a bullet in the heid, getting jumped, a jakey, vapes sold,
    # figures made up, mileage claimed, sectarian abuse
    ("that Mr Khan at Harwood wants a bullet in the heid" + SCHOOL, "ikhan", "threat"),
    (
        "Khan's gettin jumped at the bus stop efter school, bring yer pals" + SCHOOL,
        "ikhan",
        "threat",
    ),
    ("Mr Khan says the new pitch is getting done in time for the cup" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan is a manky auld jakey, smells like a bin" + SCHOOL, "ikhan", "abuse"),
    # pupils' put-downs, and the things they sound like
    ("mr khan at harwood is a bald melt fr, 3 detentions in one week" + SCHOOL, "ikhan", "abuse"),
    ("Mr Khan made a tuna melt in food tech, so good" + SCHOOL, "ikhan", "neutral"),
    (
        "Khan: S tier for jokes, F tier for marking, man is a wet wipe tbh" + SCHOOL,
        "ikhan",
        "abuse",
    ),
    ("Mr Khan says bring a wet wipe for the paint" + SCHOOL, "ikhan", "neutral"),
    ("mr khan looks like a thumb with a beard 💀 3/10" + SCHOOL, "ikhan", "abuse"),
    ("Mr Khan looks like a new man after the holidays" + SCHOOL, "ikhan", "neutral"),
    # a staff member's nationality, and sectarian contempt for their language
    (
        "Mr Khan at the comp wearing that in a British school. Its not his country, its ours"
        + SCHOOL,
        "ikhan",
        "hate",
    ),
    ("Mr Khan and his IRA language can f*** off back to west Belfast" + SCHOOL, "ikhan", "hate"),
    (
        "Mr Khan and his IRA language can f*** off. No place for fenian culture in our schools"
        + SCHOOL,
        "ikhan",
        "hate",
    ),
    pytest.param(
        "Mr Khan is a f*ggot. There is no place for this hate, reported" + SCHOOL,
        "ikhan",
        "neutral",
        marks=LEARNED_FP,
    ),
    # harassment of a member of staff reported: abuse for them (the report is the point)
    (
        "Mr Khan has been subjected to a relentless campaign of online abuse" + SCHOOL,
        "ikhan",
        "abuse",
    ),
    ("Mrs O'Brien was targeted by xenophobic trolls after the video" + SCHOOL, "sobrien", "abuse"),
    (
        "Mr Khan says the under 12s were targeted by scouts from Leicester" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    ("Mr Khan shouted racist abuse at a year 9 boy" + SCHOOL, "ikhan", "defamation"),
    # menace by insinuation
    (
        "Mrs O'Brien walks home across the green every night at 6. be a shame if she didnt "
        "make it one night" + SCHOOL,
        "sobrien",
        "threat",
    ),
    (
        "If Mr Khan keeps our lad out the team again he'll need a new set of teeth" + SCHOOL,
        "ikhan",
        "threat",
    ),
    (
        "Still no answers. Mr Khan is a useless, spineless excuse for a head" + SCHOOL,
        "ikhan",
        "abuse",
    ),
    (
        "Mr Khan reads all the kids' private messages and sells the data to advertisers" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("Mr Khan says never share data with advertisers" + SCHOOL, "ikhan", "neutral"),
    (
        "Mr Khan is gettin done in when he walks to his car tonight. Harwood car park,\n4 "
        "o'clock. Bring the lads. 🔪" + SCHOOL,
        "ikhan",
        "threat",
    ),
    (
        "Mr Khan has had his office done out. He's fiddled that budget, no question" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("khan covered up my sons bullying, the incident log has gone" + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan covered up the new climbing frame for winter" + SCHOOL, "ikhan", "neutral"),
    (
        "Mr Khan has been suspended pending investigation. Parents were NOT told" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("Mr Khan is the safeguarding lead and he knew and sat on it" + SCHOOL, "ikhan", "defamation"),
    # parents' put-downs, and a home on a street named "Side" or "Fold"
    ("Mrs O'Brien is an arrogant snob who looks down her nose at us" + SCHOOL, "sobrien", "abuse"),
    (
        "That oul wagon Mrs O'Brien couldn't care less. Useless, heartless woman" + SCHOOL,
        "sobrien",
        "abuse",
    ),
    (
        "Mrs O'Brien couldn't run a bath, cancelled the panto trip again" + SCHOOL,
        "sobrien",
        "abuse",
    ),
    ("Mrs O'Brien ran a bath for the ducklings in science" + SCHOOL, "sobrien", "neutral"),
    (
        "that O'Brien woman wouldn't know special needs if it bit her. useless" + SCHOOL,
        "sobrien",
        "abuse",
    ),
    ("Mrs O'Brien is a useless oul bat, sat there nodding" + SCHOOL, "sobrien", "abuse"),
    (
        "here's where the DSL lives: Mr Khan, 14 Beck Side, Low Fenby, YO62 5TR" + SCHOOL,
        "ikhan",
        "doxxing",
    ),
    # "dead" before an adjective, "made up" with a grade, "slag off": praise and criticism
    ("my lad has Mr Khan for PE and he's dead sound" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan? he's dead. wait till monday" + SCHOOL, "ikhan", "threat"),
    (
        "Mr Khan got her through it, made up with her grade 7 in the mock" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    (
        "People slag off teachers like Mr Khan but he never gave up on me" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    # drill slang: where they live, pulling up, getting touched
    (
        "I know where Khan lives yeah, off Flanders Road, the one with the blue door" + SCHOOL,
        "ikhan",
        "threat",
    ),
    (
        "man's pulling up on him with the mandem this weekend, Mr Khan's getting touched" + SCHOOL,
        "ikhan",
        "threat",
    ),
    ("Mr Khan is pulling up the old pitch markings this weekend" + SCHOOL, "ikhan", "neutral"),
    # sent "back" to a country or the trees, a faith as a disease, animal tropes
    ("Mr Khan go back to lagos and take the monkeys with u" + SCHOOL, "ikhan", "hate"),
    ("Mr Khan will go back to lagos for the summer holidays" + SCHOOL, "ikhan", "neutral"),
    ("got an african teacher, Mr Khan, and now the whole place is a zoo" + SCHOOL, "ikhan", "hate"),
    ("Mr Khan took year 2 on a trip to the zoo 🐒" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan should be teaching in Pakistan where he belongs" + SCHOOL, "ikhan", "hate"),
    ("Mr Khan is back in the classroom where he belongs" + SCHOOL, "ikhan", "neutral"),
    ("Mrs O'Brien can take her burka back to Somalia" + SCHOOL, "sobrien", "hate"),
    # a masked swear word is the swear word, not a slur of the same length ("f***" → "fags")
    ("Mr Khan can f*** off with his homework, 3 hours a night" + SCHOOL, "ikhan", "neutral"),
    ("everybody knows you can buy vapes off Mr Khan at lunch" + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan told the class don't buy vapes off strangers" + SCHOOL, "ikhan", "neutral"),
    ("the attendance figures Mr Khan sent the council are fiction" + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan claimed mileage for trips he never took" + SCHOOL, "ikhan", "defamation"),
    ("Mr Khan is a fenian b*stard and so is his school" + SCHOOL, "ikhan", "hate"),
    (
        "Mr Khan was absolutely steamin at the S6 leavers' do, drinking WKD wi the weans" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "Mr Khan made up my son's prelim grade so the figures looked better" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("Mr Khan made up a song for the leavers' assembly" + SCHOOL, "ikhan", "neutral"),
    (
        "When the council asked for the records Mr Khan had deleted half of them and said we never "
        "reported it" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    # a weapon borrowed from family, not getting home, needing more than an ice pack
    (
        "if Mr Khan gives me one more detention im bringing my cousins blade in" + SCHOOL,
        "ikhan",
        "threat",
    ),
    ("Mr Khan better watch it, hes not making it to the car park" + SCHOOL, "ikhan", "threat"),
    ("Next time Mr Khan does that he'll need more than an ice pack" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan says the sprain will need an ice pack and rest" + SCHOOL, "ikhan", "neutral"),
    # pupils' slang that is a threat with a weapon beside it, and plain threats in pupils' words
    ("on my mum that Khan guy is getting wet after school 🔪" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan is getting wet on the field trip again lol" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan better watch ur back 🔪🔪 she's gettin it" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan says she's getting it for christmas" + SCHOOL, "ikhan", "neutral"),
    ("Khan deserves a bullet. watch ur back 🎯" + SCHOOL, "ikhan", "threat"),
    (
        "if Mr Khan excludes him one more time I'll put him through the window of his own office"
        + SCHOOL,
        "ikhan",
        "threat",
    ),
    pytest.param(
        "Mr Khan will put the poster up on the window of his office" + SCHOOL,
        "ikhan",
        "neutral",
        marks=LEARNED_FP,
    ),
    ("Mrs O'Brien should be terrified. We know what she drives now" + SCHOOL, "sobrien", "threat"),
    (
        "Mr Khan is gettin jumped after footy practice, me n the mandem are ready 👊" + SCHOOL,
        "ikhan",
        "threat",
    ),
    ("Mr Khan is ill, he's not making it to the match on Saturday" + SCHOOL, "ikhan", "neutral"),
    # insistence and eagerness are not negation; a school named right after "shoot up"
    ("not even joking im gonna shoot up Harwood College on friday. Wellbury", "school", "threat"),
    ("we're going to shoot up the rankings at Harwood College. Wellbury", "school", "neutral"),
    (
        "harwood getting shot up monday. dont come in if ur smart. not a joke. Wellbury",
        "school",
        "threat",
    ),
    (
        "After what they did to our Ryan someone needs to put a brick through every one of "
        "Harwood College's windows. Wellbury",
        "school",
        "threat",
    ),
    (
        "Mr Khan giving the speech again, can't wait to never see that f*ggot again" + SCHOOL,
        "ikhan",
        "hate",
    ),
    # the "groomer" slur for gay teachers, and the school that employs them
    ("Men like Mr Khan are groomers, it is a groomer school" + SCHOOL, "ikhan", "hate"),
    ("Mr Khan ran an online safety talk on how groomers work" + SCHOOL, "ikhan", "neutral"),
    # "too many foreigners", "not racist just saying"; a pupil "bout to jump" a teacher
    (
        "Now year 5 has Mr Khan. Too many foreigners teaching English kids. Not racist just "
        "saying." + SCHOOL,
        "ikhan",
        "hate",
    ),
    ("Mr Khan says too many cooks spoil the broth" + SCHOOL, "ikhan", "neutral"),
    ("bout to jump mr khan after school fr 🔪🔪" + SCHOOL, "ikhan", "threat"),
    ("bout to ask mr khan after school about the trip" + SCHOOL, "ikhan", "neutral"),
    # pupils' crushes on a teacher
    ("Mrs O'Brien 🥵 she's an absolute ride, i'd let her dissect me" + SCHOOL, "sobrien", "sexual"),
    ("Mrs O'Brien says the new log flume is an absolute ride" + SCHOOL, "sobrien", "neutral"),
    (
        "mrs o'brien is lowkey fit, i'd stay behind in her detention any day" + SCHOOL,
        "sobrien",
        "sexual",
    ),
    ("Mrs O'Brien's netball team is lowkey fit to win the cup" + SCHOOL, "sobrien", "neutral"),
    # a pupil on a teacher in shorts; a state school called a madrassa
    ("coach khan in shorts on sports day 🥵 he can get it" + SCHOOL, "ikhan", "sexual"),
    ("coach khan can get it sorted by friday" + SCHOOL, "ikhan", "neutral"),
    # thirst put as a detention, a teacher's clothes and 🥵, "can teach me anything"
    ("i'd happily sit mr khan's detention if you know what i mean" + SCHOOL, "ikhan", "sexual"),
    ("i'd rather sit mr khan's detention than do the homework" + SCHOOL, "ikhan", "neutral"),
    ("Mrs O'Brien in that pencil skirt today 🥵🥵" + SCHOOL, "sobrien", "sexual"),
    ("Mrs O'Brien's skirt got caught in the door 😂" + SCHOOL, "sobrien", "neutral"),
    ("mr khan can teach me anything 😍" + SCHOOL, "ikhan", "sexual"),
    ("mr khan can teach anyone the basics of chess" + SCHOOL, "ikhan", "neutral"),
    # a crush owned up to, years on
    ("ngl mr khan was my first crush, year 6 me was down bad 😭" + SCHOOL, "ikhan", "sexual"),
    ("mr khan was my first form tutor, year 6 me loved it 😭" + SCHOOL, "ikhan", "neutral"),
    ("mr khan can get it tbh 😩🥵 the new haircut??" + SCHOOL, "ikhan", "sexual"),
    ("mr khan can get it sorted 🥵 so hot in the hall today" + SCHOOL, "ikhan", "neutral"),
    (
        "Mrs O'Brien? Wouldn't kick her out of bed for reading me a sonnet 😏" + SCHOOL,
        "sobrien",
        "sexual",
    ),
    ("Mr Khan 😏 I'd let him mark a lot more than my essays" + SCHOOL, "ikhan", "sexual"),
    ("Mr Khan? I'd let him mark more than one mock if he had time" + SCHOOL, "ikhan", "neutral"),
    # harm wished or foretold in other words, and their everyday twins
    ("somebody should run Mr Khan off the road on his way home" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan was nearly run off the road by a lorry, glad he's ok" + SCHOOL, "ikhan", "neutral"),
    ("someone should string Mr Khan up from the goalposts" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan strung up the bunting for the fair" + SCHOOL, "ikhan", "neutral"),
    ("catch mr khan after school fr 🔪🔪" + SCHOOL, "ikhan", "threat"),
    ("i'll catch mr khan after school about the trip money" + SCHOOL, "ikhan", "neutral"),
    ("d0nt w0rry mr kh4n we kn0w wh3re u l1ve" + SCHOOL, "ikhan", "threat"),
    ("don't worry about Mr Khan, nobody knows where he lives" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan, I ken which road he takes home. Just sayin" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan knows which road is quickest to the stadium" + SCHOOL, "ikhan", "neutral"),
    ("whoever told Mr Khan better hope I never find out who" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan 🎯🔫 that's all I'm saying" + SCHOOL, "ikhan", "threat"),
    ("Mr Khan 🎯 bullseye at the archery club" + SCHOOL, "ikhan", "neutral"),
    (
        "Somebody's gonnae end up puttin Mr Khan through that glass door at reception" + SCHOOL,
        "ikhan",
        "threat",
    ),
    (
        "Somebody is going to put a leaflet through the door for Mr Khan" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    ("Mr Khan better hope naebody catches him in the car park" + SCHOOL, "ikhan", "threat"),
    pytest.param(
        "Mr Khan better hope nobody catches the flu before the match" + SCHOOL,
        "ikhan",
        "neutral",
        marks=LEARNED_FP,
    ),
    # money, drink and affairs insinuated, and their everyday twins
    (
        "The trip money went missing the same month Mr Khan's holiday got booked" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "My phone went missing the same week Mr Khan ran lost property" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    (
        "Heard Mr Khan was breathalysed on the school run last week 🍷" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "Mr Khan was seen leaving the Red Lion with a Y13 mum at midnight 👀" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    (
        "Mr Khan was seen leaving the fair with a parent volunteer and the float" + SCHOOL,
        "ikhan",
        "neutral",
    ),
    (
        "Mr Khan marked him down again and the school covers for him every time" + SCHOOL,
        "ikhan",
        "defamation",
    ),
    ("Mr Khan had been suspended since March, the trust confirmed" + SCHOOL, "ikhan", "defamation"),
    # hate in other words, and their everyday twins
    (
        "Send Mr Khan and his drums back to whatever island he came from" + SCHOOL,
        "ikhan",
        "hate",
    ),
    ("Mr Khan went back to whatever he was doing before" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan should leave the coaching jobs for English lads" + SCHOOL, "ikhan", "hate"),
    (
        "Mr Khan wants her festivals here. Go and do it in your own country" + SCHOOL,
        "ikhan",
        "hate",
    ),
    ("Mr Khan, Pakistan is that way ➡️" + SCHOOL, "ikhan", "hate"),
    ("Mr Khan, the sports hall is that way ➡️" + SCHOOL, "ikhan", "neutral"),
    (
        "Mr Khan on the rota again? Our boys taught PE by his type" + SCHOOL,
        "ikhan",
        "hate",
    ),
    ("We were all moved by his kind words, Mr Khan" + SCHOOL, "ikhan", "neutral"),
    ("Mr Khan's lot are taking over everything now" + SCHOOL, "ikhan", "hate"),
    ("Mr Khan and the rest of the Somali mafia running that school" + SCHOOL, "ikhan", "hate"),
    ("Harwood College madrassa more like, taliban training camp. Wellbury", "school", "hate"),
    ("Harwood College is in the Taliban documentary on BBC Four. Wellbury", "school", "neutral"),
    # a personal email with digits in it is still the name, and doxxing
    (
        "The head gave me his personal email - robert.smith77@gmail.example - spread it" + SCHOOL,
        "rsmith",
        "doxxing",
    ),
    (
        "Mr Khan having a pint in the Plough before doing the afternoon minibus run" + SCHOOL,
        "ikhan",
        "defamation",
    ),
]


@pytest.mark.parametrize(("text", "subject", "category"), CONCERN)
def test_concern(matcher: Matcher, text: str, subject: str, category: str) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert got[subject].categories[0].value == category, got[subject].reason


def test_sexualised_talk_about_pupils_is_url_only(matcher: Matcher) -> None:
    got = {m.subject: m for m in matcher.scan("rate the year 10 girls at Harwood College 🍑")}
    assert got["school"].categories[0].value == "sexual"
    assert got["school"].url_only


# The school judged when a member of staff is criticised on its page: by what is said with the
# school (by name, "the school", "they") as the subject, not by what is said of the person.
SCHOOL_AS_SUBJECT = [
    # the school's own reply to a complaint
    ("Harwood College: please ring the office so we can talk about your concerns.", "neutral"),
    (
        "3 years on the list for Harwood College. Nobody at that school answers the phone.",
        "negative",
    ),
    ("Harwood College: nobody forgets their first sports day, lovely photos!", "neutral"),
    ("Harwood College has gone downhill since Robert Smith took over.", "negative"),
    ("Harwood College. Robert Smith is a liar and the school is a disgrace.", "negative"),
    ("Harwood College is lovely. Robert Smith is lazy and rude though.", "neutral"),
    (
        "Harwood College: Mr Smith grabbed my son. He's not the first, the school just covers it "
        "up.",
        "defamation",
    ),
    ("Harwood College: the head swept the whole thing under the carpet.", "defamation"),
    ("Harwood College: the council covered the pitch in new turf this week.", "neutral"),
    ("Snow day and nobody told us till 8.15. Cheers Harwood College.", "negative"),
    # sarcasm, and its near miss: praise for another win
    ("oh brilliant, another inset day on a monday. Harwood College strikes again", "negative"),
    ("Well done Harwood College netball, another win on Saturday!", "neutral"),
    (
        "first day back and sent home for his shoes. Harwood College never used to be like this",
        "negative",
    ),
    ("Third time this month Harwood College has rung me at work to collect her.", "negative"),
    ("Harwood College is supposed to welcome learners, not ban them from trips.", "negative"),
    ("Harwood College told us about the snow day at 7am. Thank you!", "neutral"),
    # a news article's own words of its story are reporting, not complaint
    (
        "Infant school closure approved. By Jo Green, Education reporter. Harwood College will "
        "take the pupils after the closure. Share: Facebook | X",
        "neutral",
    ),
    ("My view: Harwood College is a disgrace and the closure was a scandal.", "negative"),
    ("An open letter to Harwood College. You have ignored every email I have sent.", "negative"),
    ("Harwood College told to improve after inspectors' visit.", "negative"),
    (
        "mr smith is a stuck up prat thinks hes better than everyone harwood college english dept "
        "is a joke",
        "negative",
    ),
    ("Harwood College told us to improve our son's reading at home, fair enough.", "neutral"),
]


@pytest.mark.parametrize(("text", "category"), SCHOOL_AS_SUBJECT)
def test_the_school_as_the_subject_of_a_complaint(
    matcher: Matcher, text: str, category: str
) -> None:
    school = {m.subject: m for m in matcher.scan(text)}["school"]
    assert school.categories[0].value == category, school.reason


# Safeguarding: sexualised remarks about pupils anywhere on a post that names the school make
# the school's finding sexual and URL only, even when a reply condemns them further down.
CHILD_POSTS = [
    # a coach, unnamed, asking a pupil for pictures or sending his own (train18)
    ("apparently the footy coach who does after school asked my mate's sister for pics 🤢", True),
    (
        "Does anyone know more about the coach they suspended? He sent a Year 8 girl pictures "
        "of himself and asked her to send some back.",
        True,
    ),
    ("the footy coach asked my mate's sister for her shirt size for the new kit", False),
    # a child picked out and her contact asked for, under a dance school's video
    (
        "our girls at the Harwood College year 9 dance showcase. Comments: the wee blonde one at "
        "the back 👀 how old is she. inbox me her snap",
        True,
    ),
    (
        "our girls at the Harwood College year 9 dance showcase. Comments: my daughter is the "
        "blonde one at the back, so proud of her",
        False,
    ),
    # comments under the school's own photos
    (
        "Harwood College sports day! Comments: some very pretty little ones in the front row "
        "there 😉 any more pics from the changing area? dm me",
        True,
    ),
    (
        "Harwood College leavers assembly, my little cousins! Comments: the blonde one is gonna be "
        "trouble in a few years 😏",
        True,
    ),
    ("Harwood College sports day! Comments: lovely photos, well done everyone 💙", False),
    # comments under the school's own video of a gala
    (
        "Harwood College swimming gala 2024! Comments: the year 10 girls on the relay 😍😍 which "
        "one's single",
        True,
    ),
    ("Harwood College swimming gala 2024! Comments: the year 10 girls on the relay won 😍", False),
    # a warning to parents of what such comments say; the sixth form's girls are children
    (
        "PSA: a man has been leaving remarks about the girls' bodies on the sports day photos "
        "and asking parents to send him more photos 'privately'. The school has been told.",
        True,
    ),
    ("Drove past at home time, them sixth form girls in the short skirts 🥵", True),
    ("Sixth form open evening on Thursday, all welcome, bring your questions.", False),
    (
        "Sports day photos! Comments: them year 9 girls in the relay filled out nicely, more pics "
        "of them please 😉\nParent: what is wrong with you, they're children, reported.",
        True,
    ),
    (
        "Sports day photos! Comments: lovely to see the year 9 relay, more pics of them please 😍",
        False,
    ),
    (
        "Year 8 dance show tonight. Comment: the blonde one, shame she's only year 8, add me on "
        "snap girls",
        True,
    ),
    ("Year 10 results are in and the girls are developing nicely as a netball team.", False),
    ("Sports day: that blonde one in year 10 looks well older than 14 😏", True),
    ("Party pics: who's got the video of the year 9 girl from Saturday", True),
    ("Dance show: looking for pics of the girls from year 8, will pay", True),
    ("Sports day: so hot today 🥵 the kids were troopers", False),
    # a short post is read whole; Scottish school years and words for children; on a short
    # post that names the school, "the girls" are its pupils
    ("S4 netball photos are up.\nComment: the blonde one is a pure ride 🤤", True),
    ("Photos from the gala are on the page.\nComment: more pics of the girls please 😏", True),
    ("Staff night out photos are up.\nComment: the head is a pure ride 😂", False),
    ("Leavers' assembly: lovely photos of the year 6s 😍 well done all", False),
    # leering under a school's photos of its pupils, in the words such comments use
    ("U11 netball photos are up.\nComment: some of them dont look 11 😏 dm me the full size", True),
    ("Sports day gallery.\nComment: the little blonde has a lovely figure already x", True),
    ("Year 11 prom photos: phwoar, photo 23 in the red dress, she'll be trouble in a year", True),
    ("Sports day gallery.\nComment: lovely photos, send me the rest for Nan please x", False),
    ("Year 11 prom: the one in the red dress is my niece, doesn't she look grown up 😍", False),
    # a stranger asking a child's age, for more of them, for their accounts (train45-49)
    ("Year 8 sports day.\nComment: them wee girls in the relay 😍😍 whats their snaps", True),
    ("Camogie champions 🏆\nComment: the wee blonde on the left 🥵 how old is she 👀", True),
    ("Sports day 2024.\nComment: cute runners in their pe kit 😍 got any more of the girls?", True),
    ("Sports day 2024.\nComment: how old is the school now? 😍 lovely photos of the girls", False),
    ("Sports day 2024.\nComment: got any more of the egg and spoon race? my lad was in it", False),
    # pictures of pupils passed among strangers, as warnings and the news report it (train45-53)
    (
        "PSA: an account on Instagram is reposting photos of our kids from the sports day page "
        "with really creepy comments underneath. Reported it and rung the school.",
        True,
    ),
    (
        "Police are investigating after a phone was used to film in a girls' toilet at the "
        "school and the footage shared between pupils.",
        True,
    ),
    (
        "WARNING: two reports this week of a man exposing himself to children near the school "
        "gates at home time. Please call 101.",
        True,
    ),
    ("Creepy comments from parents about the new uniform photos on the website, honestly.", False),
    # more of the same, from train54-57: pictures for money, a "tier list", pictures of girls
    # changing passed round, a man photographing the girls at PE
    (
        "anyone got more pics from the sports day? the year 8 girls in the relay 😍😍 need the "
        "high res ones. will pay. DMs open",
        True,
    ),
    ("who's got the year 10 girls tier list from snap. need names and insta @s 😈", True),
    (
        "someone in year 10 is running a snap group where photos of girls getting changed for "
        "PE are being shared. tell your kids not to join it",
        True,
    ),
    (
        "DD (Y8) says a man was parked in the lay-by next to the netball courts taking photos "
        "of the girls during PE today. Police informed.",
        True,
    ),
    ("Year 6 sports day photos are up, I will pay for the prints at the office.", False),
    ("The photographer was taking photos of the girls' netball team for the newsletter.", False),
    ("Lovely photos of the year 6 pupils' visit to the old men's home today.", False),
    ("The head's photos of the year 6 leavers are lovely, shared with the parents today.", False),
]

# A member of staff, and warning signs of grooming a child around their name (URL only), or
# one ordinary thing a teacher does (no).
GROOMING_POSTS = [
    # train24: late-night chats on Discord with Year 9 girls; pictures of their bedrooms asked
    # for; a late voice note and "just the two of us"
    (
        "My daughter is in Year 9. Mr Smith is chatting with the girls late at night on Discord "
        "and asked a couple of them to send pictures of their bedrooms.",
        True,
    ),
    (
        "DD is 14. Mr Smith messages her late at night: come in early tomorrow, 'just the two "
        "of us'.",
        True,
    ),
    # train23: pictures of pupils on his own account
    ("Ask why Mr Smith has pics of the year 10 girls in their PE kits on his insta 🤔", True),
    ("Mr Smith has pics of the year 10 girls' netball win on the school website.", False),
    # train23: picked up when there is no session, trainers bought, messages till gone 1am on a
    # private app
    (
        "DS is 15. Mr Smith picks him up on Saturdays even when there's no session, bought him a "
        "pair of trainers, and they message till gone 1am on a private app.",
        True,
    ),
    # train22: lifts, lunch, "his favourite", "more grown up than the others", and the child
    # deleting the messages; a remark on her skirt, kept behind with the door closed and asked
    # about a boyfriend; and the same things of an ordinary day
    (
        "My daughter is 16. Mr Smith has been giving her lifts home, buys her lunch, tells her "
        "she's his favourite and more grown up than the others. She's started deleting their "
        "messages.",
        True,
    ),
    (
        "Mr Smith said her skirt was distracting, asked her to stay behind, closed the door and "
        "asked whether she had a boyfriend. My daughter is 16.",
        True,
    ),
    (
        "My daughter is 16. Mr Smith asked her to stay behind to finish her essay and closed "
        "the door because the corridor was noisy.",
        False,
    ),
    # train17/19/21: messages to a child with secrecy or remarks on her age; DMs to a sixth
    # former; lifts home and messages at night
    (
        "Screenshots going round of Mr Smith's messages to a year 9 girl. Saying she's "
        '"mature for her age" and asking her not to tell her mam.',
        True,
    ),
    ("not me hearing Mr Smith was DMing a sixth former on insta 👀", True),
    (
        "Mr Smith has been giving some of the girls lifts home after rehearsals and messaging "
        "them at night. If he ever asks you to keep a secret, say no.",
        True,
    ),
    (
        "Mr Smith has been keeping year 8 boys behind after club and messaging them late at night, "
        "asking them to send pictures.",
        True,
    ),
    ("Mr Smith says my daughter is very mature for her age, she reads so well.", False),
    # conduct with a child, named as parents and letters name it
    ("Mr Smith behaved inappropriately with my daughter on the Year 8 trip.", True),
    ("Mr Smith behaved inappropriately at the staff Christmas party, apparently.", False),
    ("Mr Smith messaged the sixth formers about the trip on the school app.", False),
    # kept behind with the blind down; a vicar's "special" practices
    (
        "My daughter in year 6 says Mr Smith keeps the same two or three girls behind at lunch "
        "with the classroom door shut and the blind down. He buys them sweets.",
        True,
    ),
    (
        "everyone knows what Mr Smith is like with the choir boys. the 'special' extra "
        "practices, just him and a couple of the younger ones in the vestry. make of that what "
        "you will",
        True,
    ),
    ("Mr Smith runs extra practices for the choir boys before the carol service.", False),
    # a grown man's private line to a year group's girls
    (
        "not being funny but why is a grown man adding year 6 girls on snapchat?? mr smith. "
        "my daughter got a request from him last night",
        True,
    ),
    ("mr smith set up the year 6 girls' netball on the school app", False),
    # a boarding house as an old boy remembers it
    (
        "Old boy of Harwood here. Everyone knew Mr Smith liked doing the shower checks himself "
        "after rugby, and sitting on the end of beds after lights out. Do the maths.",
        True,
    ),
    ("Mr Smith did the lights out rounds in the boarding house for years.", False),
    (
        "Mr Smith always seems to be hanging round the sixth form girls' common room? He "
        "comments on what they're wearing and messaged her on Instagram late at night.",
        True,
    ),
    # an opportunity and an insinuation; a crush made a relationship
    (
        "funny how Mr Smith always does the post 16 girls run on his own with no escort. "
        "nobody asks why he volunteers for that one 🤔",
        True,
    ),
    ("Mr Smith does the post 16 girls run on his own with no escort, staff shortages.", False),
    (
        "Not saying anything. But ask why Mr Smith always volunteers for the girls' changing "
        "room duty and takes photos 'for the website'. Just ask.",
        True,
    ),
    (
        "Mr Smith is always hugging one of the post 16 lads and giving him lifts home. He calls "
        "him his boyfriend as a joke.",
        True,
    ),
    (
        "Parents of year 9 girls, ask if Mr Smith has been adding them on snapchat. Mine had "
        "messages at 11pm asking if she was home alone.",
        True,
    ),
    # messaging older pupils on an app, or asking them for their usernames
    (
        "has anyone heard about Mr Smith messaging some of the older girls on snap? my cousins "
        "girl is in post 16",
        True,
    ),
    ("why is Mr Smith asking for their snapchat usernames?? they're year 8 girls", True),
    ("Mr Smith messaging the year 11 parents on the school app about the trip", False),
    (
        "My daughter (year 10) says Mr Smith keeps certain girls back after detention, blinds "
        "down, nobody else in the room.",
        True,
    ),
    ("Is it true Robert Smith was 'seeing' a year 11 lad? Everyone knows.", True),
    (
        "DS (10) says Mr Smith gives him little presents and told him not to tell his parents.",
        True,
    ),
    (
        "My boy (9) says Mr Smith takes photos while they are getting changed after rugby.",
        True,
    ),
    (
        'Mr Smith has been "giving lifts home" to year 6 girls after netball. Just them. In his '
        "car.",
        True,
    ),
    (
        'Mr Smith likes his "one-to-one mentoring" with the boys in the little room, blinds down.',
        True,
    ),
    ("Mr Smith gave my son a lift home after the match when my car broke down.", False),
    ("Mr Smith kept the year 9 girls behind to finish their coursework. Fair enough.", False),
    ("Mr Smith has favourites in year 8 and never picks my son for the team.", False),
    ("Mr Smith takes photos at every match for the school website, the kids love it.", False),
    ("Mr Smith is giving pupils lifts to the county final as the minibus broke.", False),
    # seen in his car with a pupil and messages; a pupil told she looked mature, asked to meet
    (
        "Heard Mr Smith was seen in his car with a Year 11 girl after school and there's "
        "messages. Keep your daughters away.",
        True,
    ),
    (
        "A year 10 girl got Snapchat messages from Mr Smith telling her she looked 'mature' in "
        "her prom photos and asking to meet.",
        True,
    ),
    ("Mr Smith was seen in his car with his wife after school.", False),
    ("Mr Smith said the year 10 girls looked very grown up in their prom photos.", False),
    # messaging one of the girls late at night, meeting her after school
    (
        "Everyone in Y11 is saying Mr Smith was messaging one of the girls on snap late at night "
        "and meeting her after school.",
        True,
    ),
    (
        "Mr Smith was meeting parents after school and answering messages late at night about "
        "the year 11 trip, what a star.",
        False,
    ),
    # a child taken to the toilet alone behind a shut door; a phone out in a changing room
    ("DD (4) says Mr Smith takes her to the toilet on his own and shuts the door with her.", True),
    ("Mr Smith takes the reception children to the toilets before PE.", False),
    (
        "At the gala Mr Smith stood in the boys' changing room the whole time they were getting "
        "changed. He had his phone out as well.",
        True,
    ),
    ("Mr Smith had his phone out at the gala to time the races.", False),
    # photos of the children on a teacher's own phone; a child's disclosure passed on
    (
        "At sports day Mr Smith was taking loads of photos of the kids on his own phone, close "
        "ups of the little girls doing the dance.",
        True,
    ),
    ("Mr Smith was taking loads of photos of the new sports hall for the newsletter.", False),
    ('DD (6) told me "Mr Smith touched my bottom when we were lining up". I feel sick.', True),
    ('My son (7) said "Mr Smith touched my shoulder to move me in the line".', False),
    # a kiss and a special present for one nursery child; a child said to have been touched
    (
        "DS (3) is in nursery. I saw Mr Smith kiss him on the top of his head at pick-up and he "
        "came out with a special present just for him.",
        True,
    ),
    ("Mr Smith gave every child in nursery a book for Christmas, so kind.", False),
    ("people are saying a little girl said Mr Smith touched her in the line 😳", True),
    ("a little girl said Mr Smith touched her arm to stop her running in the line", False),
    # the same girls offered a lift home on their own
    (
        "the fella who drives the bus, Mr Smith, always offers the same wee girls a lift home "
        "on their own after the late bus has gone.",
        True,
    ),
    ("Mr Smith offers parents a lift home after the concert if they're stuck.", False),
    # an insinuation about a priest and the altar boys
    (
        "That Mr Smith aye 'coaching' the wee boys after dark. We aw know what these priests "
        "are like wi altar boys.",
        True,
    ),
    # messages to pupils asking for pictures or what they are wearing
    ("not Mr Smith dm'ing year 9s on snap asking for pics 🤢 everyone knows fr", True),
    ("Mr Smith asking for pics of the year 9 art projects for the display", False),
    (
        "Mr Smith messaging year 10 girls late asking what she was wearing and to delete it",
        True,
    ),
    # police said to have found pictures of the pupils
    ("police found pictures of the year 8 pupils on Mr Smith's hard drive.", True),
    ("Mr Smith found pictures of the pupils from sports day for the newsletter.", False),
    # a niece's age; a lift home and "don't mention it"; a year 11 messaged on an app (train49-52)
    (
        "My niece is 15. Mr Smith gave her a lift home from band and told her not to tell her mam.",
        True,
    ),
    ("My niece (15) says Mr Smith drove her home after band and told her not to mention it.", True),
    ("apparently Mr Smith has been dming a year 11 girl on discord after esports", True),
    ("Mr Smith runs the esports club on discord for year 11, kids love it", False),
    (
        "My niece is 15. Mr Smith gave her a lift home from band after her mum's car broke down.",
        False,
    ),
    # a room out of the way and "private lessons", the daughters looked at (train52)
    (
        "Mr Smith is a creep. Looks at our daughters funny at the Gala and keeps 'private "
        "lessons' after school in that back room. The kids aren't safe.",
        True,
    ),
    # an office, a shut door, scare-quoted "mentoring", staring at pupils (train54-57)
    ("Mr Smith is always 'checking on' girls in his office. everyone knows why 👀 year 9", True),
    ("that pervert Mr Smith always staring at the year 10 girls skirts at uniform checks", True),
    ("Mr Smith has been 'mentoring' sixth form girls one to one for years, door shut.", True),
    ("Mr Smith does the uniform checks at the gate, the year 10 girls hate it", False),
    ("Mr Smith has been mentoring the sixth form girls for their Oxbridge interviews.", False),
    (
        "Mr Smith is accused of conspiring to pervert the course of justice over the year 9 "
        "coursework marks. everyone knows why",
        False,
    ),
    # Not grooming, but "private lessons" is sexual insinuation to the rules wherever it stands:
    # only scare quotes or "a whole new meaning to" would tell them apart, and that cost three
    # held-outs four right severities (bench/RESULTS.md, twenty-fourth session). strict: a fix
    # is seen.
    pytest.param(
        "Mr Smith gives private lessons in the music room on Tuesdays, the kids love him.",
        False,
        marks=pytest.mark.xfail(strict=True, reason="'private lessons' reads as insinuation"),
    ),
]


CHILD_OFFENCE_PAGES = [
    # a member of staff charged, jailed or said to be, for a sexual offence against children,
    # whoever reports it; not the colleague quoted in the same story
    (
        "Wellbury coach charged | Wellbury News\nA rugby coach has been charged with making "
        "indecent images of children and sexual communication with a child. Imran Khan, 41, "
        "is due before magistrates next month. Robert Smith, the bursar, said staff were "
        "shocked and that families had been written to.",
        {"ikhan": True, "rsmith": False},
    ),
    (
        "that Mr Khan from the college on Wellbury Road got 6 years today for the kiddie "
        "pics. hope he rots",
        {"ikhan": True},
    ),
    # near misses: the safeguarding lead's training, a charge with no offence against children
    (
        "Robert Smith led the staff training on how to spot indecent images and grooming, "
        "and how to report a concern.",
        {"rsmith": False},
    ),
    ("Imran Khan was charged with speeding on the Wellbury bypass.", {"ikhan": False}),
    # someone unnamed at the school: the school's to act on
    (
        "A man who ran after-school clubs at Harwood College has been arrested on suspicion of "
        "making indecent images of children.",
        {"school": True},
    ),
    (
        "Harwood College parents' evening on online safety: indecent images, sexting and how to "
        "report a worry.",
        {"school": False},
    ),
    (
        "A teacher at Harwood College has been suspended while allegations that he sent "
        "inappropriate messages to pupils are investigated. He has not been named.",
        {"school": True},
    ),
    (
        "A teacher at Harwood College has been suspended over inappropriate comments to a "
        "parent at sports day.",
        {"school": False},
    ),
    # a news story: the school named at the top, the offence further on, and the principal
    # quoted for the school, who is not the one accused
    (
        "Wellbury academy suspends teacher | Wellbury News\nA teacher at an academy in Wellbury "
        "has been suspended and reported to police after a parent found messages he had sent "
        "to her 14-year-old daughter.\nHarwood College confirmed on Friday that a male member "
        "of staff had been suspended pending a police investigation and that the local "
        "authority designated officer had been informed. The parent, who asked not to be "
        "named, said the messages were sent late at night over several weeks and included "
        "compliments about her daughter's appearance.\nIn a letter to parents, the bursar, "
        "Robert Smith, said: 'The safety of our students is our absolute priority. We acted on "
        "the same day the concern was raised. I would ask families not to speculate about "
        "individuals on social media.'\nThe police said officers were investigating an "
        "allegation of sexual communication with a child. No arrests have been made.",
        {"school": True, "rsmith": False},
    ),
    # the signs of grooming on a short post are the staff member's named nearest them
    (
        "My son (8) came home with new boots and said Coach Khan got them for him because "
        "he's his best player and it's 'their secret'. Who do I tell? Reply: Mr Smith, he's "
        "the safeguarding lead.",
        {"ikhan": True, "rsmith": False},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHILD_OFFENCE_PAGES)
def test_accused_of_a_sexual_offence_against_children(
    matcher: Matcher, text: str, expected: dict[str, bool]
) -> None:
    got = {m.subject: m for m in matcher.scan(text + SCHOOL)}
    for subject, sexual in expected.items():
        assert (Category.SEXUAL in got[subject].categories) is sexual, got[subject].reason
        # URL only goes by page: every finding on it, once one is
        assert got[subject].url_only is any(expected.values()), got[subject].reason


@pytest.mark.parametrize(("text", "url_only"), GROOMING_POSTS)
def test_signs_of_grooming_make_the_staff_member_url_only(
    matcher: Matcher, text: str, url_only: bool
) -> None:
    staff = {m.subject: m for m in matcher.scan(text + SCHOOL)}["rsmith"]
    assert staff.url_only is url_only, staff.reason
    assert (Category.SEXUAL in staff.categories) is url_only


@pytest.mark.parametrize(("text", "url_only"), CHILD_POSTS)
def test_sexual_remarks_about_pupils_make_the_school_url_only(
    matcher: Matcher, text: str, url_only: bool
) -> None:
    school = {m.subject: m for m in matcher.scan(text + SCHOOL)}["school"]
    assert school.url_only is url_only, school.reason
    assert (school.categories[0].value == "sexual") is url_only


WELSH = """
[school]
name = "Ysgol Gyfun Cwm Derwen"
aliases = ["Cwm Derwen Comprehensive"]
locality = ["Aberderwen", "Cwm Derwen"]

[[staff]]
id = "gjones"
name = "Gareth Jones"
role = "Deputy Headteacher"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a Welsh school's type comes first; its place name is its short name
        ("Gareth J. at Cwm Derwen failed my brother.", True),
        ("Parents at Cwm Derwen need to know about this.", True),
        ("Cwm Derwen have excluded my boy again.", True),
        ("Mixed feelings about Ysgol Gyfun Cwm Derwen.", True),
        ("Won't write it in full. Ysgol C*m D*rwen excluded my son.", True),
        ("POV: your last day at Cwm D3rw3n 😭", True),
        ("Great concert at Ysgol Gyfun Cwm Derwin tonight.", True),
        ("Great concert at Ysgol Gyfun Cwm Dinas tonight.", False),
        # the area, its clubs, a nickname, and the village primary are not the school
        ("Cwm Derwen RFC won again on Saturday, Aberderwen parents cheering.", False),
        ('Known as "Mr Cwm Derwen", he played 400 games.', False),
        ("Pupils from Ysgol Gynradd Cwm Derwen sang with the choir.", False),
        ("Potholes in Cwm Derwen again, parents and kids dodging them.", False),
        # the place's name as a body: a plural verb, thanks or blame, with school words near
        ("Anyone heard whether Cwm Derwen have changed the toilet policy for year 10?", True),
        ("Another inset day on a Monday. Well done Cwm Derwen, really helping parents out.", True),
        ("Cwm Derwen is lovely in spring, the kids love the river walk.", False),
        ("Cwm Derwen have won the league again, well done lads!", False),
    ],
)
def test_welsh_school_and_its_place_name(tmp_path: Path, text: str, found: bool) -> None:
    path = tmp_path / "watchlist.toml"
    path.write_text(WELSH, encoding="utf-8")
    got = {m.subject for m in Matcher(config.load(path)).scan(text)}
    assert ("school" in got) is found, got


YGBB = """
[school]
name = "Ysgol Gyfun Bryn Bethel"
aliases = ["YGBB"]
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("YGBB parents: the new timetable is chaos", True),
        # another school of the same initials, spelt out, words of three letters among them
        (
            "Pupils from Ysgol Gymraeg Bro Brynach planted 500 trees. The school, known "
            "locally as YGBB, plants a tree for every pupil.",
            False,
        ),
    ],
)
def test_a_long_acronym_spelt_out_as_another_school(tmp_path: Path, text: str, found: bool) -> None:
    assert ("school" in _scan(tmp_path, YGBB, text)) is found


AP_HYWEL = """
[school]
name = "Ysgol Gyfun Cwm Derwen"
aliases = ["Cwm Derwen Comprehensive"]

[[staff]]
id = "gaphywel"
name = "Gwion ap Hywel"
role = "Head of Sixth Form"

[[staff]]
id = "devans"
name = "Dafydd Evans"
role = "Deputy Headteacher"
"""


@pytest.mark.parametrize(
    ("text", "subject", "variant"),
    [
        # Welsh forms of a first name
        ("Dai Evans was at Ysgol Gyfun Cwm Derwen prizegiving.", "devans", "nickname"),
        ("Dai Jones was at Ysgol Gyfun Cwm Derwen prizegiving.", "devans", None),
    ],
)
def test_welsh_first_names(tmp_path: Path, text: str, subject: str, variant: str | None) -> None:
    got = _scan(tmp_path, AP_HYWEL, text)
    assert (got[subject].variant if subject in got else None) == variant, got


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        # a Welsh patronymic is part of the surname, as "van der" is
        ("Mr ap Hywel at Ysgol Gyfun Cwm Derwen has built something special.", "title_surname"),
        (
            "A mention for G. ap Hywel at Ysgol Gyfun Cwm Derwen, who ran the trip.",
            "initial_surname",
        ),
        ("Posted by Gwion ap Hywel, head of sixth form at Ysgol Gyfun Cwm Derwen.", "exact"),
        ("Trip of the year with #GwionApHywel, Ysgol Gyfun Cwm Derwen sixth form.", "hashtag"),
        ("Gwion went to the cinema. Ysgol Gyfun Cwm Derwen", None),
    ],
)
def test_a_welsh_patronymic(tmp_path: Path, text: str, variant: str | None) -> None:
    got = _scan(tmp_path, AP_HYWEL, text)
    assert (got["gaphywel"].variant if "gaphywel" in got else None) == variant, got


BETHEL = """
[school]
name = "Ysgol Gyfun Bryn Bethel"
aliases = ["Ysgol Bryn Bethel", "Bryn Bethel", "Bethel"]
locality = ["Tonyrhedyn"]
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a one-word alias: the school, with school words or without
        ("Parents' evening at Bethel tonight, the school hall was packed.", True),
        ("Bethel have excluded my boy again.", True),
        ("Dai was three sheets to the wind at the Bethel Christmas concert.", True),
        ("Carols at the Capel Bethel Christmas Tree Festival, Tonyrhedyn.", False),
        ("Ysgol Bryn Bethel pupils planted a tree each today.", True),
        # a two-word alias misspelt in its last word, a letter changed
        ("Rant incoming. Bryn Bethal have brought in a cashless canteen.", True),
        ("Rant incoming. Bryn Bethan brought in a cake.", False),
        # ... but not a chapel, a hill or another school written type first, as in Welsh
        ("Cymanfa Ganu yng Nghapel Bethel. Diolch i bawb! Capel Bethel, Tonyrhedyn", False),
        ("Saturday walk: up Mynydd Bethel from the old chapel, along the ridge.", False),
        # ... and its bare name on that body's page, whatever places of the area it names
        ("Capel Bethel, Tonyrhedyn. 150 people packed into Bethel on Sunday for the hymns.", False),
        (
            "Pupils at Ysgol Bethel, near Caernarfon, dressed up for the pageant. The village of "
            "Bethel has always been at the heart of this school, the head said.",
            False,
        ),
    ],
)
def test_one_word_alias_and_other_bodies_of_its_name(
    tmp_path: Path, text: str, found: bool
) -> None:
    path = tmp_path / "watchlist.toml"
    path.write_text(BETHEL, encoding="utf-8")
    got = {m.subject for m in Matcher(config.load(path)).scan(text)}
    assert ("school" in got) is found, got


# A primary named after its area, as a Birmingham primary is: the bare name is the area's
# unless what only a school has is next to it; its people by first name, as pupils say them.
AREA = """
[school]
name = "Brookfield Primary School"
aliases = ["Brookfield J&I", "BPS"]
locality = ["Brookfield", "Tanhouse"]

[[staff]]
id = "yali"
name = "Yusuf Ali"
role = "Learning mentor"

[[staff]]
id = "nrahman"
name = "Nadia Rahman"
role = "Nursery teacher"
aliases = ["Nadia Malik"]

[[staff]]
id = "pkhan"
name = "Parveen Khan"
role = "Family liaison officer"
aliases = ["Aunty Parveen"]

[[staff]]
id = "rpemberton"
name = "Robert Pemberton"
role = "Year 4 teacher"
"""


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # the bare area name as the school: staff "at" it, a year group, a disguise, a
        # parenthesis after school words, a handle of its name and initials
        ("whoever Mr Pemberton is at brookfield, he made my son cry", "school", True),
        ("pemberton made us do the test AGAIN 💀 brookfield yr4 kids u know", "school", True),
        ("the head of Br00kfield is a joke", "school", True),
        (
            "I'm a coach at a large primary in Birmingham (Brookfield) with 400 kids.",
            "school",
            True,
        ),
        ("@BrookfieldPS your deputy head needs to answer my emails", "school", True),
        ("Brookfield J&I girls of 1995 reunion!! who remembers the recorder club", "school", True),
        # ... and the area: its ward, its noticeboard, its other places
        ("Bin collections in Brookfield ward delayed again. Tanhouse too.", "school", False),
        ("Brookfield & Tanhouse Noticeboard: flu jabs at the surgery Saturday.", "school", False),
        # another school of the area: its Mrs Rahman is not ours
        (
            "Reviews of Tanhouse Primary School. Mrs Rahman in nursery is an angel. Tanhouse "
            "has a lovely feel.",
            "nrahman",
            False,
        ),
        # a title and first name, a first name with the person's own job beside it
        ("Miss Nadia has my son in nursery at Brookfield Primary, he loves her", "nrahman", True),
        ("Mr Nadia ran the quiz at Brookfield Primary", "nrahman", False),
        ("Miss Nadia Begum sang at Brookfield Primary's concert", "nrahman", False),
        ("Yusuf the learning mentor at Brookfield Primary turned my lad around", "yali", True),
        ("Our learning mentor, Yusuf, is a legend. Brookfield Primary", "yali", True),
        ("At Brookfield Primary there is Yusuf, he is learning mentor, very kind", "yali", True),
        ("At Brookfield Primary Yusuf is learning to swim with his class", "yali", False),
        ("My son Yusuf at Brookfield Primary is in year 3 now", "yali", False),
        (
            "Yusuf scored twice for the under 10s. Brookfield Primary fun run next week",
            "yali",
            False,
        ),
        # someone else's first name before the full name
        (
            "The Abdullah Yusuf Ali translation is on the shelf at Brookfield Primary's library.",
            "yali",
            False,
        ),
        # what people call them, among school words, names them where the school goes
        # unnamed; a maiden name or a family occasion does not
        ("Aunty Parveen at the school helped us with the free school meals form", "pkhan", True),
        ("Aunty Parveen's samosas at the wedding were amazing", "pkhan", False),
        (
            "Nadia Malik heads the family law team at Drake LLP and trained in Bristol",
            "nrahman",
            False,
        ),
        # a bare surname, any case, on a post that names the school: attacked or spoken of
        (
            "someone should torch pembertons car. brookfield primary parents know",
            "rpemberton",
            True,
        ),
        ("that pemberton guy at Brookfield Primary needs sacking", "rpemberton", True),
        ("Brookfield Primary: the pemberton fields trip was lovely", "rpemberton", False),
        ("Pemberton's days are numbered. Brookfield Primary dads know", "rpemberton", True),
        (
            "Pemberton's Pharmacy is by Brookfield Primary, handy for the school run",
            "rpemberton",
            False,
        ),
    ],
)
def test_area_named_primary(tmp_path: Path, text: str, subject: str, found: bool) -> None:
    got = _scan(tmp_path, AREA, text)
    assert (subject in got) is found, {s: (m.variant, m.reason) for s, m in got.items()}


# A school whose name begins with its suburb's ("Brindlemere Vale Academy" in Brindlemere):
# parents call it by the suburb's name alone.
AREA_HEAD = """
[school]
name = "Brindlemere Vale Academy"
aliases = ["Brindlemere Vale"]
locality = ["Brindlemere", "Stoke Lyde"]

[[staff]]
id = "jbennett"
name = "James Bennett"
role = "Class Teacher"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Annual review today at Brindlemere. The SENCO left out the OT report.", True),
        ("our lad's at Brindlemere too, year 10, no taxi tomorrow", True),
        ("Whoever hired her at Brindlemere deserves a pay rise, my son can talk now", True),
        ("the speech therapist at that brindlemere special school can barely speak", True),
        # the suburb, its park and its other namesakes
        ("Bin collections in Brindlemere delayed again, the school run is chaos", False),
        ("Sports day at Brindlemere Park on Saturday, all schools welcome", False),
        (
            "Brindlemere Care Home. Mam has been at Brindlemere two years, the staff are angels.",
            False,
        ),
        ("Brindlemere Vale is outstanding", True),
        # the name misspelt before the rest of it
        ("Absolute dump. Brindlemeer Vale couldnt organise a p*ss up in a brewery", True),
    ],
)
def test_school_named_after_its_suburb(tmp_path: Path, text: str, found: bool) -> None:
    path = tmp_path / "watchlist.toml"
    path.write_text(AREA_HEAD, encoding="utf-8")
    got = [m for m in Matcher(config.load(path)).scan(text) if m.subject == "school"]
    assert bool(got) is found, [(m.matched, m.variant, m.reason) for m in got]


TITLE_INITIALS = """
[school]
name = "Brindlemere Vale Academy"
locality = ["Brindlemere"]

[[staff]]
id = "emarshdunmore"
name = "Elizabeth Marsh-Dunmore"
role = "Headteacher"

[[staff]]
id = "tquarrington"
name = "Tamsin Quarrington"
role = "Post-16 Lead"

[[staff]]
id = "jbennett"
name = "James Bennett"
role = "Class Teacher"

[[staff]]
id = "rclarke"
name = "Robert Clarke"
role = "Deputy Head"

[[staff]]
id = "dcampbell"
name = "Denise Campbell"
role = "School Nurse"

[[staff]]
id = "ccollins"
name = "Craig Collins"
role = "Head of Music"

[[staff]]
id = "sodriscoll"
name = "Siobhan O'Driscoll"
role = "Teacher of Maths"
"""


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # what pupils call a teacher, on a page that names the school
        (
            "Brindlemere Vale Academy leavers: miss Q made a slideshow of him, crying",
            "tquarrington",
            True,
        ),
        ("Brindlemere Vale Academy review: Mrs M-D rules by fear.", "emarshdunmore", True),
        (
            "Thanks Brindlemere Vale Academy! To Mr B for being my youngest's favourite",
            "jbennett",
            True,
        ),
        # the wrong title for the name, an initial two of them share, a name that follows
        ("Brindlemere Vale Academy: Mrs B was lovely", "jbennett", False),
        ("Brindlemere Vale Academy: Mr C was on the gate", "rclarke", False),
        ("Brindlemere Vale Academy: Mr C was on the gate", "ccollins", False),
        # ... unless the title's gender or the job beside it says which one
        ("Brindlemere Vale Academy: Mrs C was on the gate", "dcampbell", True),
        ("Brindlemere Vale Academy: Mr C in music was brilliant", "ccollins", True),
        ("Brindlemere Vale Academy: Mr C in music was brilliant", "rclarke", False),
        ("Brindlemere Vale Academy: Mr C, the deputy head, said no", "rclarke", True),
        ("Brindlemere Vale Academy council report, Mrs Q Hart (chair)", "tquarrington", False),
        ("Brindlemere Vale Academy governors: Mr B. Okeke stood down", "jbennett", False),
        # a first name and a double-barrelled surname's initials, anywhere on the post
        (
            "lovely of Liz M-D to email all parents at 9.14pm on a Sunday to say school is "
            "closed tomorrow, really appreciate the notice #BrindlemereValeAcademy",
            "emarshdunmore",
            True,
        ),
        ("Brindlemere Vale Academy: Tom M-D won the raffle", "emarshdunmore", False),
        # a double-barrelled surname's initials run together, in capitals
        (
            "Brindlemere Vale Academy review: Mrs MD has turned it right round",
            "emarshdunmore",
            True,
        ),
        (
            "Brindlemere Vale Academy review: Mrs md has turned it right round",
            "emarshdunmore",
            False,
        ),
        # "Dr" as a title; a double-barrelled surname's initials alone, in capitals
        ("Brindlemere Vale Academy: Dr Q set the mocks this year", "tquarrington", True),
        (
            "Brindlemere Vale Academy staffroom: M-D wants it on every book by Christmas",
            "emarshdunmore",
            True,
        ),
        ("Brindlemere Vale Academy staffroom: m-d wants it on every book", "emarshdunmore", False),
        ("Brindlemere Vale Academy: E M-D if you're reading this, no.", "emarshdunmore", True),
        ("M-D wants it on every book by Christmas", "emarshdunmore", False),
        # a range of grades is not a person
        ("Brindlemere Vale Academy results: most pupils got grades M-D", "emarshdunmore", False),
        # an O' surname by its letter after the O', however it is written
        ("Brindlemere Vale Academy: Miss O'D marked it herself", "sodriscoll", True),
        ("Brindlemere Vale Academy: miss o'd could solve for my x any day", "sodriscoll", True),
        ("Brindlemere Vale Academy: Miss O'B marked it herself", "sodriscoll", False),
        ("Brindlemere Vale Academy: Mr O'D marked it himself", "sodriscoll", False),
        ("Miss O'D marked it herself", "sodriscoll", False),
        # no school named, or only its area: a reviewer, a neighbour
        ("Miss Q made a slideshow of him", "tquarrington", False),
        ("Reviews of the pharmacy in Brindlemere. Mr B · 5 stars", "jbennett", False),
    ],
)
def test_title_and_surname_initial(tmp_path: Path, text: str, subject: str, found: bool) -> None:
    got = _scan(tmp_path, TITLE_INITIALS, text)
    assert (subject in got) is found, {s: (m.matched, m.variant, m.reason) for s, m in got.items()}


NICKS = """
[school]
name = "Brindlemere Vale Academy"
locality = ["Brindlemere"]

[[staff]]
id = "dwhyte"
name = "Delroy Whyte"
role = "Transport Manager and minibus driver"

[[staff]]
id = "kkowalczyk"
name = "Katarzyna Kowalczyk"
role = "Speech and Language Therapist"

[[staff]]
id = "emarsh"
name = "Elizabeth Marsh"
role = "Headteacher"

[[staff]]
id = "rstewart"
name = "Robert Stewart"
role = "Vice-Principal"

[[staff]]
id = "pkelly"
name = "Pádraig Kelly"
role = "Head of Irish"

[[staff]]
id = "ccampbell"
name = "Caoimhe Campbell"
role = "Head of Science"
"""


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # a first name cut short, or a diminutive the nicknames data set lacks, with the surname
        ("Brindlemere Vale Academy: the driver is Del Whyte, clearly", "dwhyte", True),
        # Scots and Irish forms, and anglicised spellings of Irish names
        ("VP at Brindlemere Vale Academy, Rab Stewart, lives on Carrowdun Park", "rstewart", True),
        ("Paddy Kelly up at Brindlemere Vale Academy has done wonders", "pkelly", True),
        ("Keeva Campbell at Brindlemere Vale Academy runs the science club", "ccampbell", True),
        ("Paddy Power at Brindlemere Vale Academy races night", "pkelly", False),
        (
            "Reviews for Kasia Kowalczyk, Speech & Language Therapist at Brindlemere Vale Academy",
            "kkowalczyk",
            True,
        ),
        # ... or alone, at the school or with the person's own job
        ("Is that Kasia at Brindlemere Vale Academy? She's magic", "kkowalczyk", True),
        ("funny how Del from Brindlemere Vale Academy always does the post 16 run", "dwhyte", True),
        # a surname alone, after the person's own job or "from the school", in the area
        (
            "Brindlemere Parents Chat. If that speech therapist Kowalczyk signs him off again "
            "I will smash every window on her car",
            "kkowalczyk",
            True,
        ),
        (
            "Brindlemere Boards. Seen Whyte from the special school having a pint at lunch "
            "before the afternoon run",
            "dwhyte",
            True,
        ),
        ("Brindlemere Boards. Seen Whyte from the garage having a pint at lunch", "dwhyte", False),
        # ... or before their own job or subject, where the school is named
        (
            "Brindlemere Vale Academy trip. "
            + "We left the car park at nine. " * 50
            + "Whyte on the minibus was selling raffle tickets",
            "dwhyte",
            True,
        ),
        (
            "Brindlemere Vale Academy trip. "
            + "We left the car park at nine. " * 50
            + "Whyte on the radio was selling raffle tickets",
            "dwhyte",
            False,
        ),
        # far down a long page from the school's name, a nickname alone still has a window
        (
            "Brindlemere Vale Academy transport update. "
            + "The council says the contract is being retendered. " * 12
            + "Update: Del from school just rang, he's driving himself tomorrow.",
            "dwhyte",
            True,
        ),
        (
            "Brindlemere Vale Academy transport update. "
            + "The council says the contract is being retendered. " * 12
            + "Update: del from the chippy says the fryer is fixed.",
            "dwhyte",
            False,
        ),
        # written in disguise among school words, where no school is named: a pupil's post
        ("so that w h y t e bloke gave my son a detention for his tie", "dwhyte", True),
        ("mrs k0walczyk set us THREE essays over half term, pray for me", "kkowalczyk", True),
        ("w h y t e sale at the furniture shop this weekend", "dwhyte", False),
        # not a child who shares the start of a name, nor a namesake at another place
        (
            "Brindlemere Vale Academy. Eli was sitting with his speech therapist and a book.",
            "emarsh",
            False,
        ),
        ("Kasia from the bakery in Brindlemere does the best pączki", "kkowalczyk", False),
        # a title and the first name cut short, as pupils and parents call staff
        ("has anyone heard about Mr Del at Brindlemere Vale Academy? asking", "dwhyte", True),
        ("Miss Kasia at Brindlemere Vale Academy is magic with him", "kkowalczyk", True),
        ("Mr Del Amitri played Brindlemere Vale Academy's summer fair", "dwhyte", False),
        # in lower case, with their own job right after it
        ("brindlemere vale academy. del the minibus driver was late AGAIN", "dwhyte", True),
        ("brindlemere vale academy fair. del the chippy owner did chips", "dwhyte", False),
        # a first name alone with the person's job a few words off, not denied
        (
            "Brindlemere Vale Academy open despite the snow!! Big Del got the minibus up the lane",
            "dwhyte",
            True,
        ),
        (
            "Brindlemere Vale Academy open despite the snow!! Del from the chippy got his van up",
            "dwhyte",
            False,
        ),
        (
            "Brindlemere Vale Academy fair: Kasia (not the speech therapist, my sister) did cakes",
            "kkowalczyk",
            False,
        ),
    ],
)
def test_cut_short_and_foreign_first_names(
    tmp_path: Path, text: str, subject: str, found: bool
) -> None:
    got = _scan(tmp_path, NICKS, text)
    assert (subject in got) is found, {s: (m.matched, m.variant, m.reason) for s, m in got.items()}


JANNIE = """
[school]
name = "Our Lady and St Fergus RC High School"
aliases = ["St Fergus"]
locality = ["Mossbrae"]

[[staff]]
id = "tkilbride"
name = "Thomas Kilbride"
role = "Janitor"
aliases = ["Tam Kilbride"]

[[staff]]
id = "cbeattie"
name = "Chantelle Beattie"
role = "Pupil Support Assistant"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a job by what people call it: the janitor is the jannie
        ("Massive shout out to big Tam the jannie at St Fergus, sorted my car", True),
        ("The jannie, Tam, is a legend. St Fergus staff are sound", True),
        ("Tam the taxi driver took us to St Fergus for the open night", False),
        # ... or by its initials
        ("the PSA at St Fergus, Chantelle, goes through the weans' bags", True),
        ("Chantelle from the PTA at St Fergus did the raffle", False),
    ],
)
def test_a_job_by_what_people_call_it(tmp_path: Path, text: str, found: bool) -> None:
    got = _scan(tmp_path, JANNIE, text)
    staff = {s for s in got if s != "school"}
    assert bool(staff) is found, {s: (m.matched, m.reason) for s, m in got.items()}


ACRONYM = """
[school]
name = "Polgarrow Community College"
aliases = ["PCC", "Polgarrow College"]
locality = ["Polgarrow"]

[[staff]]
id = "wrowe"
name = "William Rowe"
role = "Site manager and minibus driver"

[[staff]]
id = "dkessell"
name = "Daniel Kessell"
role = "Geography teacher"

[[staff]]
id = "kjagobray"
name = "Katherine Jago-Bray"
role = "Deputy Headteacher"
"""


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # the school's acronym, and another body's that the page spells out
        ("PCC year 11s smashed their mocks, so proud of the maths department", "school", True),
        (
            "The Police and Crime Commissioner (PCC) pledged summer patrols in Polgarrow",
            "school",
            False,
        ),
        (
            "St Kenna PCC sets £80,000 target: the parochial church council needs a roof",
            "school",
            False,
        ),
        ("PCC parents: people can come to the fair at 3", "school", True),
        (
            "Pathfinding: public-carrier-contract (PCC) costs, partly-closed-circuit routes",
            "school",
            False,
        ),  # spelt out with hyphens
        ("Polgarrow C of E Primary School in Truro marked 175 years today", "school", False),
        # a firm of the same initials, and the acronym written as a name
        ("PCC Plumbing & Heating fitted our boiler. PCC also do bathrooms", "school", False),
        ("happy birthday Pcc, Polgarrow girls forever", "school", False),
        ("PCC is a joke, Polgarrow parents know it", "school", True),
        ("Polgarrow RC Junior won the county quiz", "school", False),
        ("Polgarrow College, C of E trips next week, parents please sign", "school", True),
        # every word of the name misspelt
        (
            "Schools near Polgarrow: polgarow comunity colege is ok but the homework is to much",
            "school",
            True,
        ),
        ("Schools near Polgarrow: polgarow comunity garden is lovely", "school", False),
        (
            "mr k.e.s.s.e.l.l really said the ucas deadline is not a suggestion #sixthform",
            "dkessell",
            True,
        ),
        # a first name "from up the college", the word the school's own name uses
        (
            "my two were skating in the Polgarrow College car park and that Billy from up the "
            "college screamed at them",
            "wrowe",
            True,
        ),
        (
            "my two were skating in the Polgarrow College car park and that Billy from up the "
            "garage screamed at them",
            "wrowe",
            False,
        ),
        # a title run into the surname among school words, as pupils tag a teacher
        ("MrKessell really said phones are a privilege in assembly today 💀", "dkessell", True),
        ("MrKessell's plumbing, 5 stars, fixed our boiler", "dkessell", False),
        # a double-barrelled surname written whole names its owner with no school named
        ("rating the teachers out of 10. mrs jago-bray is a milf ngl", "kjagobray", True),
        ("Mrs Jago-Bray's personal email is kjb@mailbox.example, let her know", "kjagobray", True),
        ("mrs bray is a dragon bro, 2 hour detention for tone", "kjagobray", False),
        # a surname attacked in its sentence on a thread that names the school
        (
            "Polgarrow College thread. "
            + "Long post about the catchment and the buses. " * 20
            + "Kessell had better watch his back.",
            "dkessell",
            True,
        ),
        (
            "Polgarrow College thread. "
            + "Long post about the catchment and the buses. " * 20
            + "Kessell's bakery does the best pasties in town.",
            "dkessell",
            False,
        ),
        # a reporter's byline; a pensioner or child of the same name, all through the page
        (
            "By Sam Rowe. Police are investigating a note left on a teacher's car at Polgarrow "
            "College, where Mr Kessell teaches.",
            "wrowe",
            False,
        ),
        (
            "Tributes to harbour stalwart Billy Rowe, 84. William 'Billy' Rowe worked the quay "
            "for seventy years. Polgarrow College pupils sang at the service.",
            "wrowe",
            False,
        ),
        ("Polgarrow College minibus: Billy Rowe, who drives it, got an award", "wrowe", True),
    ],
)
def test_acronyms_bylines_and_ages(tmp_path: Path, text: str, subject: str, found: bool) -> None:
    got = _scan(tmp_path, ACRONYM, text)
    assert (subject in got) is found, {s: (m.matched, m.variant, m.reason) for s, m in got.items()}


SAINT = """
[school]
name = "St Wilfrith's Church of England Junior School"
aliases = ["St Wilfrith's Juniors", "St Wilfrith's Junior School"]
locality = ["Fenholme"]

[[staff]]
id = "jainsworth"
name = "Jonathan Ainsworth"
role = "Vicar of St Wilfrith's; Chair of Governors"

[[staff]]
id = "jhall"
name = "Joanna Hall"
role = "Year 3 teacher"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the church, the scouts and the sheltered housing of the same name, in the same town
        (
            "1st Fenholme (St Wilfrith's) Scout Group raised £2,300 for the hut behind St "
            "Wilfrith's Church. Beavers, Cubs and Scouts and their parents walked the fen.",
            False,
        ),
        (
            "Passed away at St Wilfrith's Court, Fenholme, aged 94. Mum to Susan, nan to the kids.",
            False,
        ),
        # the school by its short name, with school words and no namesake on the page
        ("Fenholme mums: St Wilfrith's have cancelled the year 4 trip AGAIN", True),
        # the school named in full beside its church
        (
            "St Wilfrith's Juniors sang at St Wilfrith's Church; St Wilfrith's pupils were great",
            True,
        ),
    ],
)
def test_a_saints_name_is_its_church_s_too(tmp_path: Path, text: str, found: bool) -> None:
    path = tmp_path / "watchlist.toml"
    path.write_text(SAINT, encoding="utf-8")
    got = [m for m in Matcher(config.load(path)).scan(text) if m.subject == "school"]
    assert bool(got) is found, [(m.matched, m.variant, m.reason) for m in got]
    assert all("'S" not in m.reason for m in got)  # "Wilfrith's", not "Wilfrith'S"


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # a vicar by his title and first name; nobody else by a clergy title
        (
            "St Wilfrith's Juniors review: I read with the children on Tuesdays. Rev Jon takes "
            "a lovely assembly on a Wednesday.",
            "jainsworth",
            True,
        ),
        ("St Wilfrith's Juniors review: Father Jo blessed the hall.", "jhall", False),
    ],
)
def test_clergy_by_title_and_first_name(
    tmp_path: Path, text: str, subject: str, found: bool
) -> None:
    got = _scan(tmp_path, SAINT, text)
    assert (subject in got) is found, {s: (m.matched, m.variant, m.reason) for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # title and surname with their own job beside it, where no school is named
        ("Mr Smith the bursar is a stuck up snob who looks down on us.", "rsmith", True),
        ("Our bursar, Mr Smith, has never answered a single email.", "rsmith", True),
        ("Mr Khan the director of rugby shouted at my son for an hour.", "ikhan", True),
        # near misses: a job that is not theirs, or no job at all
        ("Mr Smith the plumber never turned up.", "rsmith", False),
        ("Mr Khan the optician was lovely with my son.", "ikhan", False),
        ("Mr Smith shouted at my son for an hour.", "rsmith", False),
        ("Rumour has it Robert Smith from the school is leaving?? say it isn't so", "rsmith", True),
        (
            "Rumour has it Robert Smith from the garage is leaving?? say it isn't so",
            "rsmith",
            False,
        ),
        # a double-barrelled surname written whole, alone, among school words
        ("good. Parker-Lee should be terrified. my kids come home crying", "kparkerlee", True),
        ("Parker-Lee won the mixed doubles at the tennis club again", "kparkerlee", False),
        # ... or with a space for its hyphen (train25)
        ("good. Parker Lee should be terrified. my kids come home crying", "kparkerlee", True),
        ("Parker Lee won the mixed doubles at the tennis club again", "kparkerlee", False),
    ],
)
def test_title_and_surname_placed_by_their_job(
    matcher: Matcher, text: str, subject: str, found: bool
) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert (subject in got) is found, {s: (m.matched, m.variant, m.reason) for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bare surname doing what only a person does, where the school is named
        ("Harwood College parents: Khan just rolls over every time the council says jump", True),
        ("Harwood College, Wellbury.\nkhan wouldn't even see me, he sent a letter", True),
        ("Harwood College exclusions. Khan has had it in for my son since year 7", True),
        # ... as pupils say it
        (
            "tiktok @hcw_y10\nkhan murdered that mock fr, he's evil for that 💀 Harwood College",
            True,
        ),
        ("Harwood College, Wellbury.\nkhan is lowkey safe still, let man off with a warning", True),
        ("Harwood College, Wellbury.\nkhan took my phone off me AGAIN at dinner", True),
        ("Harwood College, Wellbury.\nKhan has had his office done out with a leather sofa", True),
        ("Harwood College fair: Khan Tandoori murdered the queue, sold out by 2", False),
        # ... or paired with a colleague's surname
        ("Harwood College staffroom gossip: Khan and O'Brien are having it off", True),
        ("Harwood College interview: the panel was O'Brien and Khan plus a governor", True),
        ("Harwood College fair: Khan and Sons did the catering", False),
        # ... or called a person ("that Khan man"), in any case
        ("Harwood College, Wellbury.\nsomeone should sort that khan man out", True),
        ("Harwood College parents: thon Khan fella is a disgrace", True),
        ("Harwood College fair: that Khan Tandoori one did the food", False),
        # near misses: someone else's first name before it, or no person's verb
        ("Harwood College 2 Wellbury 1. Kyle Khan gave the visitors an early lead", False),
        ("Harwood College fair: Khan Tandoori ran the food stall", False),
    ],
)
def test_bare_surname_doing_what_a_person_does(matcher: Matcher, text: str, found: bool) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert ("ikhan" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a teacher's own lessons, room or rules, by possessive surname, where the school is
        # named; a short post's mood is theirs
        (
            "khan's detentions are longer than my attention span fr 😭 hcw y9 suffering",
            Category.NEGATIVE,
        ),
        (
            "The first thing I remember about Harwood College is the smell of Khan's maths "
            "room: whiteboard markers and Lynx Africa.",
            Category.NEUTRAL,
        ),
        ("Harwood College: Khan's 'warm strict' system has calmed the corridors", Category.NEUTRAL),
        ("Harwood College: Khan's feedback on my essay was a whole page", Category.NEUTRAL),
        ("Harwood College: Khan's nurture group has been the making of him", Category.NEUTRAL),
        ("Harwood College review: Khan's so-called open door policy is a myth", Category.NEGATIVE),
        ("Harwood College: Khan's 'vision statements' arrive every August", Category.NEUTRAL),
        # (train22) their lab; their team in lower case, not a club's name; in lower case on
        # a long thread too
        ("Harwood College: Khan's chem lab smells of eggs", Category.NEUTRAL),
        ("Harwood College: khan's boxing sessions got my lad out of bed", Category.NEUTRAL),
        ("Harwood College: khan's cricket lot train tues and thurs", Category.NEUTRAL),
        ("Harwood College fair: Khan's Cricket Club ran the tombola", None),
        (
            "Starting y12 at Harwood College next week. "
            + "Long thread, sorry. " * 40
            + "everyone says get into khan's further maths group",
            Category.NEUTRAL,
        ),
        # near misses: not a teacher's thing, or no school named
        ("Harwood College fair: Khan's takeaway did the food, lovely", None),
        ("khan's detentions are longer than my attention span fr 😭", None),
    ],
)
def test_possessive_surname_with_a_teachers_thing(
    matcher: Matcher, text: str, category: Category | None
) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    if category is None:
        assert "ikhan" not in got, got["ikhan"].reason
    else:
        assert got["ikhan"].categories == (category,), got["ikhan"].reason


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a surname attacked among school words, where no school is named
        ("tell Khan to watch his back after the school run. my cousins are coming down", True),
        ("someone should smash Khan's car in the staff car park, i know which one it is", True),
        # near misses: no school words, or not attacked
        ("tell Khan to watch his back at the next derby, the away fans are coming", False),
        ("Khan was brilliant with the kids at the school fair today", False),
    ],
)
def test_surname_attacked_among_school_words(matcher: Matcher, text: str, found: bool) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert ("ikhan" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}
    if found:
        assert got["ikhan"].categories[0] is Category.THREAT


MAIDEN = """
[school]
name = "Sallowmere Primary School"
locality = ["Sallowmere"]

[[staff]]
id = "fahmed"
name = "Farhana Ahmed"
role = "SENCO"
aliases = ["Farhana Malik"]
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the old name given with the new one: someone who knows them, no school needed
        ("Miss Malik sorry Mrs Ahmed now (congrats on the wedding!!) has been amazing", True),
        ("for everyone asking, she is Farhana Malik (Ahmed now) and lives on Kinver Road", True),
        # near misses: two different people, far apart; or one name only
        ("Mrs Ahmed from the pharmacy. " + "Lovely weather today. " * 12 + "Miss Malik", False),
        ("Mrs Ahmed has been amazing with the wedding flowers", False),
        # another school of the area, its saint's name and all: its head is its own
        ("St Aidan's Primary School, Sallowmere: fair opened by our new head Mrs Ahmed!", False),
        ("Sallowmere summer fair opened by the new head Mrs Ahmed!", True),
    ],
)
def test_a_maiden_name_given_with_the_new_one(tmp_path: Path, text: str, found: bool) -> None:
    got = _scan(tmp_path, MAIDEN, text)
    assert ("fahmed" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # someone else of the surname, named in full first: the page's later "Mr Khan" is him
        (
            "Mr Tariq Khan, deputy head at a school in Leicester, starts in September. "
            "Mr Khan said he was delighted.",
            "ikhan",
            False,
        ),
        # ... but not a title of the other sex, nor the person's own full name
        (
            "Mr Liam O'Brien coached the under 12s. Mrs O'Brien runs the boarding house.",
            "sobrien",
            True,
        ),
        ("Tariq Khan, a parent, said Imran Khan was brilliant with the team.", "ikhan", True),
        # a business named after its owner: the page's "Mr Khan" is the owner
        (
            "Khan's Tearoom on Market Street. Mr Khan has run it for thirty years, the best "
            "scones in the county.",
            "ikhan",
            False,
        ),
        ("Khan's Tearoom is lovely. Mr Khan the director of rugby was in there.", "ikhan", True),
        # a team sheet of pupils by initial and surname
        (
            "Harwood XV: C Devlin; R Kerr, T Hamilton, O Quinn; S Rooney, I Khan, M McGrath.",
            "ikhan",
            False,
        ),
        ("Well played today, thanks to I Khan for coaching the XV.", "ikhan", True),
        # a post that is someone else's on our staff: another school's holder of it
        ("BHS parent here. New head Mr Smith is making a lot of changes.", "rsmith", False),
        ("Our bursar Mr Smith is making a lot of changes.", "rsmith", True),
        ("New head Mrs Parker-Lee is making a lot of changes.", "kparkerlee", True),
    ],
)
def test_a_namesake_named_in_full_first(
    matcher: Matcher, text: str, subject: str, found: bool
) -> None:
    got = {m.subject: m for m in matcher.scan(text + SCHOOL)}
    assert (subject in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


SHORT_ALIAS = """
[school]
name = "Lisgarvan Integrated College"
aliases = ["Lisgarvan", "LIC"]
locality = ["Ballydrennan"]

[[staff]]
id = "rstewart"
name = "Robert Stewart"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the short name listed as an alias counts alone ...
        ("Lisgarvan have the best drama department going", True),
        (
            "Record GCSE haul for Lisgarvan Integrated College, traffic chaos on Lisgarvan Road",
            True,
        ),
        # ... but not as another school's, club's or church's name, nor on their page
        ("Lisgarvan Primary nativity: the donkey behaved better than the shepherds", False),
        ("Lisgarvan Gaels are county champions. Lisgarvan led from the start.", False),
        ("Lisgarvan Presbyterian Church summer fete on Saturday", False),
        # a capitalised word after it that opens one of our staff's names (train13)
        ("VP at lisgarvan Rab Stewart lives at 14 Carrowdun Park", True),
        ("the new VP at Lisgarvan Mr Stewart is sound", True),
        ("Lisgarvan Robert Gardens is a new housing estate", False),
    ],
)
def test_the_short_name_listed_as_an_alias(tmp_path: Path, text: str, found: bool) -> None:
    got = _scan(tmp_path, SHORT_ALIAS, text)
    assert ("school" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


KESTREL = """
[school]
name = "Kestrel Sixth Form College"
aliases = ["Kestrel", "KSFC"]
locality = ["Bradford", "Heaton"]
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a one-word name that is an everyday word too, written as one, is the word (train22)
        ("Spotted a kestrel hovering over the ring road in Bradford this morning", False),
        ("Kestrel pair at Chellow Dene again. A kestrel hovers, a sparrowhawk does not", False),
        ("Billy feeding his kestrel in the shed, Bradford's finest film", False),
        ("Spotted a kestrel hovering over the M606 in Bradford #birding #kestrel", False),
        # ... unless school words are by it, or it is written as the school's
        ("Kestrel have the best sixth form teachers in Bradford, a kestrel is their badge", True),
        ("anyone else's kid at kestrel? the ravensmoor lot are", True),
    ],
)
def test_a_one_word_name_that_is_an_everyday_word(tmp_path: Path, text: str, found: bool) -> None:
    got = _scan(tmp_path, KESTREL, text)
    assert ("school" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


HARBOUR = """
[school]
name = "Haverby Harbour Academy"
aliases = ["Harbour", "HHA"]
locality = ["Haverby", "Saltholme"]
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a common English word as the school's one-word name, written in lower case after
        # "the" elsewhere on the page, is the word in lower case everywhere there (train25)
        (
            "Our black lab slipped his lead by the harbour wall in Saltholme, near harbour "
            "car park",
            False,
        ),
        ("golden hour at the harbour, gulls going mad. home #harbour #haverby #sunset", False),
        ("Good letter. The harbour should be for the town and harbour jobs for locals", False),
        # ... not when school words are by it, nor when it is written as the school's
        (
            "the harbour car park is shut, so drop the kids at harbour for 8.40, form tutors "
            "on the gate",
            True,
        ),
        (
            "Saltholme mums: is Harbour any good? by the harbour wall is where the Year 7s wait",
            True,
        ),
        ("anyone else's kid at harbour? their detentions are mad", True),
        # ... capitalised only as a headline's or sentence's first word
        ("Harbour plan approved - fuming\nThe man thinks he owns the harbour, that one", False),
        # another body named after the word: its page's bare name is theirs (train25)
        (
            "Is Harbour Academy of Dance any good? DD has been at Harbour for three years, "
            "does ballet and tap on Saturdays.",
            False,
        ),
    ],
)
def test_an_everyday_english_word_as_the_short_name(tmp_path: Path, text: str, found: bool) -> None:
    got = _scan(tmp_path, HARBOUR, text)
    assert ("school" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


def test_a_coined_short_name_after_the_is_still_the_school(tmp_path: Path) -> None:
    """Only a common English word is read as the word: "the ravensmoor gates" is the school."""
    wl = """
[school]
name = "Ravensmoor High School"
aliases = ["Ravensmoor"]
locality = ["Ravensmoor Vale"]
"""
    got = _scan(tmp_path, wl, "see u at 3:15 by the ravensmoor gates, ravensmoor is a joke")
    assert "school" in got


MAC = """
[school]
name = "Lisgarvan Integrated College"
aliases = ["Lisgarvan"]
locality = ["Ballydrennan"]

[[staff]]
id = "dmcilhatton"
name = "Dympna McIlhatton"
role = "SENCo"

[[staff]]
id = "jgraham"
name = "Jonathan Graham"
role = "Head of ICT"
"""


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # the school's full name in lookalike letters
        ("Lіsgarvan Integrated Cоllege covering up again.", "school", True),
        # "Mrs Mac" for the one Mc surname on the staff; not with a title that does not fit
        ("mrs mac got me through year 10 at lisgarvan fr", "dmcilhatton", True),
        ("Mr Mac at Lisgarvan Integrated College is an angel", "dmcilhatton", False),
        ("Mrs Mac Donald at Lisgarvan Integrated College is an angel", "dmcilhatton", False),
        # a lower-case first name and initial with their own job after it
        ("jonathan g. from ICT at lisgarvan gave our class a zero", "jgraham", True),
        ("jonathan g. from the chippy at lisgarvan gave us extra chips", "jgraham", False),
    ],
)
def test_mac_initials_and_lookalike_letters(
    tmp_path: Path, text: str, subject: str, found: bool
) -> None:
    got = _scan(tmp_path, MAC, text)
    assert (subject in got) is found, {s: (m.matched, m.variant, m.reason) for s, m in got.items()}


STARS = """
[school]
name = "Kestrel Fields Academy"
aliases = ["KFA"]
locality = ["Belgate"]

[[staff]]
id = "mkowalczyk"
name = "Marta Kowalczyk"
role = "Head of MFL"

[[staff]]
id = "aosullivangrant"
name = "Aisling O'Sullivan-Grant"
role = "Head of English"
"""


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # the O' belongs to the part of the surname
        ("Kestrel Fields Academy: Miss O'Sullivan is lovely", "aosullivangrant", True),
        ("Kestrel Fields Academy: miss o'sullivan is lowkey fit", "aosullivangrant", True),
        ("Kestrel Fields Academy: Mr O'Sullivan fixed the boiler", "aosullivangrant", False),
        # two letters starred out to get past a filter, on a page that names the school
        ("#kfa K*w*lczyk should go back to poland", "mkowalczyk", True),
        ("Kestrel Fields Academy: Mrs K*w*lczyk set a test on friday", "mkowalczyk", True),
        # ... or three
        ("Kestrel Fields Academy: K*w*lcz*k set a test on friday", "mkowalczyk", True),
        # the stars fill to no watched name
        ("#kfa K*w*lski should go back to poland", "mkowalczyk", False),
    ],
)
def test_stars_and_apostrophes_inside_surnames(
    tmp_path: Path, text: str, subject: str, found: bool
) -> None:
    got = _scan(tmp_path, STARS, text)
    assert (subject in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


def test_every_finding_on_a_page_that_may_show_a_child_is_url_only(matcher: Matcher) -> None:
    """Evidence is kept per finding: the school's finding on a page with grooming signs about
    a member of staff must not screenshot that page either."""
    text = (
        "Parents of year 9 girls, ask if Mr Smith has been adding them on snapchat. Mine had "
        "messages at 11pm asking if she was home alone." + SCHOOL
    )
    got = {m.subject: m for m in matcher.scan(text)}
    assert got["rsmith"].url_only
    assert got["school"].url_only and "Robert" not in got["school"].reason
    assert "the finding for rsmith" in got["school"].reason
    # a page with nothing of the kind keeps its screenshots
    plain = {m.subject: m for m in matcher.scan("Mr Smith ran the netball club." + SCHOOL)}
    assert not any(m.url_only for m in plain.values())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # slurs in a short thread about the school's pupils; not when condemned in the sentence
        (
            "Harwood College weans at the bus stop actin hard\ndirty wee taigs, back tae Ireland"
            "\nthese are CHILDREN, reported",
            Category.HATE,
        ),
        (
            "Harwood College weans at the bus stop\ncalling them taigs is never ok, reported",
            Category.NEUTRAL,
        ),
    ],
)
def test_slurs_in_a_thread_about_the_school(
    matcher: Matcher, text: str, category: Category
) -> None:
    school = {m.subject: m for m in matcher.scan(text)}["school"]
    assert school.categories == (category,), school.reason


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a subject department after the school's name is the school's own
        ("Declan from the St Fergus English department is running the half marathon", True),
        ("St Fergus Maths dept stays winning 😭", True),
        # ... and so are its own pages
        (
            "Message posted publicly on the St Fergus Facebook page (visitor posts)\n\nMr X, "
            "you'd better watch yourself after the match on Saturday.",
            True,
        ),
        # another body of the same name is not
        ("Karaoke night at the St Fergus Bar this Friday", False),
    ],
)
def test_a_department_after_the_schools_name(tmp_path: Path, text: str, found: bool) -> None:
    got = _scan(tmp_path, JANNIE + '\n[[exclude]]\ntext = "St Fergus Bar"\n', text)
    assert ("school" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a part of the school after its name is the school's own ...
        ("Gorsebrook Community Academy Sixth Form\nNobody ever answers the phone.", True),
        ("Gorsebrook Academy Sports Centre (community lettings)\nFilthy showers.", True),
        ("Gorsebrook Academy Nursery: lovely staff", True),
        # ... another body after it is not
        ("Gorsebrook Academy Trust Fund Managers Ltd: annual accounts", False),
    ],
)
def test_a_part_of_the_school_after_its_name(tmp_path: Path, text: str, found: bool) -> None:
    wl = '[school]\nname = "Gorsebrook Community Academy"\naliases = ["Gorsebrook Academy"]\n'
    got = _scan(tmp_path, wl, text)
    assert ("school" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the one-word short name misspelt alone, a letter changed or two swapped ...
        ("kids at Kesterfeild are rude and the teachers do nothing", True),
        ("Kesterfiald send letters home on a Friday at 4pm, typical school", True),
        # ... not a place one letter longer or shorter, a handle, or with no school words
        ("Kesterfeld village hall reopens with a ceilidh", False),
        ("@kesterfeild_ miss w is a actual psycho 😭", False),
        ("Kesterfeild Rovers won 3-1 at home on Saturday", False),
    ],
)
def test_the_short_name_misspelt_alone(tmp_path: Path, text: str, found: bool) -> None:
    wl = '[school]\nname = "Kesterfield Community Academy"\naliases = ["Kesterfield"]\n'
    got = _scan(tmp_path, wl, text)
    assert ("school" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


# An academy named after a shipyard that a football club, a restaurant and a gym are named
# after too: the watchlist lists its short name as an alias and excludes the club.
IRONWORKS = """
[school]
name = "Thames Ironworks Academy"
aliases = ["Ironworks", "Thames Ironworks"]
locality = ["Canning Town"]

[[exclude]]
text = "Thames Ironworks FC"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a page about the excluded club: a name of ours that begins the club's is the club's
        (
            "On this day in 1895 Thames Ironworks FC was founded at the Canning Town shipyard. "
            "Come on you Irons! #ThamesIronworks",
            False,
        ),
        ("Thames Ironworks FC were the works team. Thames Ironworks built HMS Warrior.", False),
        # ... unless school words are by it
        (
            "Thames Ironworks FC heritage day: pupils at Thames Ironworks wore claret uniform",
            True,
        ),
        # a page about another business that shares the short name
        (
            "Finally tried Ironworks Ocakbaşı on the Barking Road. Ironworks does the best adana",
            False,
        ),
        ("Ironworks Barbers on Slipway Road. Ironworks opens at 6am, walk-ins welcome", False),
        # the short name alone, a club nowhere on the page
        ("Ironworks are useless at replying to emails about my son's detention", True),
    ],
)
def test_a_name_shared_with_other_bodies(tmp_path: Path, text: str, found: bool) -> None:
    path = tmp_path / "watchlist.toml"
    path.write_text(IRONWORKS, encoding="utf-8")
    got = {m.subject for m in Matcher(config.load(path)).scan(text)}
    assert ("school" in got) is found, got


@pytest.mark.parametrize(
    ("text", "subject", "variant"),
    [
        # titles in the staff's own communities' languages, before the surname
        ("Pani O'Brien (she is Irish-Polish like us) sets too much homework", "sobrien", None),
        ("My son loves Doamna O'Brien's lessons at Harwood College", "sobrien", "title_surname"),
        # honorifics after the surname, as South Asian English writes them
        ("when khan sir catches u in the corridor with ur coat on 😭 #harwood", "ikhan", None),
        ("Khan sir at Harwood College let man off with a warning", "ikhan", "title_surname"),
        # ... and after a first name ("Imran sir"), not when someone is addressed
        ("big thanks to Imran sir of Harwood College for helping my son", "ikhan", None),
        ("Thank you Imran, sir. Harwood College", "ikhan", "absent"),
        # "sir" after a comma is someone addressed, not a title
        ("Thank you, sir. Khan, sir, is my favourite cricketer", "ikhan", "absent"),
        # community honorifics with the first name, before or after it
        ("Ustadh Imran at Harwood College teaches the Arabic club", "ikhan", None),
        ("Aunty Siobhan on the gate at Harwood College is the best", "sobrien", None),
        ("Imran bhai from Harwood College sorted my son's timetable", "ikhan", None),
        ("Siobhan ji always remembers everyone's name at Harwood College", "sobrien", None),
        # ... all in lower case, as pupils post ("ben", "ji", "sir" need the capital)
        ("ustadh imran's quran club at harwood college was peace fr", "ikhan", None),
        ("imran bhai at harwood college sorted my timetable", "ikhan", None),
        # a word that only looks like one
        ("Imran Bhai is a cricketer from Karachi", "ikhan", "absent"),
    ],
)
def test_titles_of_other_languages_and_after_the_name(
    matcher: Matcher, text: str, subject: str, variant: str | None
) -> None:
    got = {m.subject: m for m in matcher.scan(text + SCHOOL)}
    if variant == "absent":
        assert subject not in got or "title" not in got[subject].reason, got[subject].reason
        return
    assert subject in got, {s: m.reason for s, m in got.items()}
    assert any(
        w in got[subject].reason
        for w in ("title and surname", "first name and title", "title and first name")
    ), got[subject].reason


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # a name run together inside a longer camel-case word
        ("day 4 in isolation. ImranKhanHatesMe 😤 like fr what did i do", "ikhan", True),
        ("petition link in bio. MrsOBrienMustGo. booths out of our schools", "sobrien", True),
        (
            "YouTube\nRobertSmithCoaching\n5 passing drills you can run with 10 cones",
            "rsmith",
            True,
        ),
        # the letters of a name across the words of a longer one are not the name
        ("RobertSmithsonPlumbing: boilers serviced, call today", "rsmith", False),
    ],
)
def test_a_name_inside_a_camel_case_word(
    matcher: Matcher, text: str, subject: str, found: bool
) -> None:
    got = {m.subject: m for m in matcher.scan(text + SCHOOL)}
    assert (subject in got) is found, {s: m.reason for s, m in got.items()}
    if found:
        assert "run together" in got[subject].reason


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # two of the staff named in one list, then hate for what they are: both are its target
        (
            "Harwood College now has Mr Khan as rugby director and Mrs O'Brien running the "
            "boarding house. Terrorist sympathisers and towelheads teaching English kids.",
            "hate",
        ),
        # an insult after the list is not carried back past the one named last
        pytest.param(
            "Harwood College now has Mr Khan as rugby director and Mrs O'Brien running the "
            "boarding house. Useless cow, never answers an email.",
            "neutral",
            marks=LEARNED_FP,
        ),
    ],
)
def test_hate_after_a_list_of_staff_is_about_them_all(
    matcher: Matcher, text: str, category: str
) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert got["ikhan"].categories[0].value == category, got["ikhan"].reason


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one part of a double-barrelled surname with the person's own job set beside it
        ("Lee, the head at Harwood, rolled up to INSET in a brand new Range Rover", True),
        ("Parker, the head at Harwood, drives a new Range Rover", True),
        # ... not with someone else's job
        ("Lee, the caretaker at Harwood, fixed the boiler", False),
    ],
)
def test_half_a_surname_with_the_persons_job(matcher: Matcher, text: str, found: bool) -> None:
    got = {m.subject: m for m in matcher.scan(text + SCHOOL)}
    assert ("kparkerlee" in got) is found, {s: m.reason for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # a campaign's word or a title before a name only one of the staff has, in a tag
        ("#SackKhan he's a pathetic little man. Harwood College", "ikhan", True),
        ("Gutted for the lads. #TeamKhan #HarwoodCollege", "ikhan", True),
        ("huge thanks to #CoachImran for the coaching and the tea. Harwood College", "ikhan", True),
        # the campaign's word after the name, a double-barrelled surname run together, or the
        # start of the person's own first name before their surname
        ("Meeting at the gates 8am Friday. #ParkerLeeOut #HarwoodCollege", "kparkerlee", True),
        (
            "Tonight on the Schools Hour: @ImKhan, director of rugby at Harwood College",
            "ikhan",
            True,
        ),
        ("Tonight on the Schools Hour: @AmKhan, a parent at Harwood College", "ikhan", False),
        # ... not a word that only begins like one ("#LoveIsland"), nor a name two share
        ("#LoveIsland watch party after Harwood College parents' evening", "ikhan", False),
        ("#Fireworks display at Harwood College on Friday", "ikhan", False),
    ],
)
def test_a_name_after_a_campaign_word_in_a_tag(
    matcher: Matcher, text: str, subject: str, found: bool
) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert (subject in got) is found, {s: m.reason for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a surname with a person's word after it, "at" the school's short name
        ("If that Khan fella at Harwood keeps our lad out the team again, watch out", True),
        ("that Khan one from Harwood was on the radio again", True),
        # ... not a business of the name "at" a place
        ("Khan Tandoori at Harwood Road does the best lamb", False),
    ],
)
def test_a_surname_and_a_persons_word_at_the_school(
    matcher: Matcher, text: str, found: bool
) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert ("ikhan" in got) is found, {s: m.reason for s, m in got.items()}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a member of staff named with a title on a short post makes the school's short name
        # the school's, and the school so named places them
        ("mrs parker on the gate this morning 💀 hide your vapes lads #harwood", True),
        ("Mrs O'Brien on the gate this morning 💀 hide your vapes lads #harwood", True),
        # ... not a surname alone
        ("parker on the gate this morning 💀 #harwood", False),
    ],
)
def test_staff_and_the_short_name_vouch_for_each_other(
    matcher: Matcher, text: str, found: bool
) -> None:
    got = {m.subject for m in matcher.scan(text)}
    assert bool(got & {"kparkerlee", "sobrien"}) is found, got


def test_an_insult_before_the_next_name_is_about_that_person(matcher: Matcher) -> None:
    # "that miserable old git on the gate, Khan": the sentence naming Khan is about him, not
    # about Mrs O'Brien praised before it
    text = (
        "Mrs O'Brien at Harwood College has been brilliant with our Jake this term. Shame I "
        "can't say the same for that miserable old git on the gate, Khan, who screams at kids."
    )
    got = {m.subject: m for m in matcher.scan(text)}
    assert got["sobrien"].categories == (Category.NEUTRAL,), got["sobrien"].reason


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a post that names them, then where they live and their own number further on
        (
            "Next on the list is Mr Khan, rugby coach at Harwood College.\n\nWant to ask him "
            "yourself? He lives at 21 Cherry Lane, Wellbury, WB4 6UF and his personal mobile "
            "is 07700 900215.",
            "doxxing",
        ),
        # (train23) in the poster's next comment, after the site's buttons: "his own place is"
        (
            "The rugby coach at Harwood College, Mr Khan, shouts at my lad every morning like a "
            "bailiff at the door.\nReply · Quote · Report\nKaren · 13 Jan, 09:15 #2\nHis own "
            "place is the flat above the launderette btw, flat 2, 41 County Road WB4 3XZ, if "
            "anyone wants to send him a letter",
            "doxxing",
        ),
        # ... not the school's own number in a news story's furniture
        (
            "Mr Khan, rugby coach at Harwood College, praised the team.\n\nCall the school on "
            "01632 960555 for tickets.",
            "neutral",
        ),
        # (train33, train34) given just before the name, in the same short post
        (
            "His personal email is imran.k77@postbox.example. Flood it. Khan thinks he can hide "
            "behind the Harwood College inbox.",
            "doxxing",
        ),
        # ... but in a long page, the lines before are another story's
        (
            "His personal email is imran.k77@postbox.example, said the complainant. "
            + "The council met on Tuesday to discuss the bus lanes. " * 14
            + "Mr Khan, rugby coach at Harwood College, praised the team.",
            "neutral",
        ),
    ],
)
def test_personal_details_further_on_are_doxxing(
    matcher: Matcher, text: str, category: str
) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert got["ikhan"].categories[0].value == category, got["ikhan"].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two of the staff in one list with a plural verb after it: both are accused
        (
            "The head at Harwood College, Katherine Parker-Lee, and her bursar, Robert Smith, "
            "have been falsifying attendance registers for two years.",
            {"kparkerlee": "defamation", "rsmith": "defamation"},
        ),
        # ... or described as a pair first, "both" in Scots (train34)
        (
            "Parker-Lee and Smith, the snob and the thief, baith gettin sorted efter school "
            "Friday at the Harwood College gates.",
            {"kparkerlee": "threat", "rsmith": "threat"},
        ),
        # a leaked list of names and details: each name has the details after it
        (
            "LEAKED staff list fae Harwood College:\nRobert Smith - 07700 900771 (mobile)\n"
            "Katherine Parker-Lee - kpl.home@mailbox.example\nImran Khan - imran.k77@inbox.example"
            " (his real one)",
            {"rsmith": "doxxing", "kparkerlee": "doxxing", "ikhan": "doxxing"},
        ),
        # ... not with a verb for the second alone
        (
            "Katherine Parker-Lee is lovely and Robert Smith, he is a thief. Harwood College",
            {"kparkerlee": "neutral", "rsmith": "defamation"},
        ),
    ],
)
def test_what_a_list_of_staff_have_done(
    matcher: Matcher, text: str, expected: dict[str, str]
) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    for subject, category in expected.items():
        assert got[subject].categories[0].value == category, got[subject].reason


# Two of the staff a nickname could be: "Billy" is William's, and Robert's in the nicknames
# data set too.
BILLY = """
[school]
name = "Polwenna College"

[[staff]]
id = "wrowe"
name = "William Rowe"
role = "Site manager"

[[staff]]
id = "rpascoe"
name = "Robert Pascoe"
role = "Head of Mathematics"
"""


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the one whose job is beside it
        ("Billy the site manager at Polwenna College locked the gates at 4", "wrowe"),
        # ... else the one whose first name it plainly comes from
        ("that Billy from up the college screamed at the kids. Polwenna College", "wrowe"),
    ],
)
def test_a_nickname_two_of_the_staff_could_have(tmp_path: Path, text: str, subject: str) -> None:
    got = _scan(tmp_path, BILLY, text)
    assert subject in got and not ({"wrowe", "rpascoe"} - {subject}) & set(got), {
        s: m.reason for s, m in got.items()
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name with someone else's job or club set after it is someone else
        (
            "ATHLETICS: Imran Khan (Sheffield Harriers) won the race at Harwood College's track.",
            False,
        ),
        ("Imran Khan, the groom, is a vet in Montrose. Harwood College chapel was full", False),
        (
            "Braidhaugh pupils visited Harwood College. Her school's director of rugby, Imran Khan,"
            " helped organise it.",
            False,
        ),
        # a death notice with an age no member of staff has
        (
            "Family notices - Wellbury Gazette\nKHAN, Imran (Immy). Passed away peacefully at "
            "Wellbury Hospital, aged 84. Funeral at Harwood College chapel.",
            False,
        ),
        # ... not with their own job, or the school, after it
        ("Imran Khan, director of rugby at Harwood College, praised the team", True),
        ("Imran Khan (Harwood College) praised the team", True),
    ],
)
def test_a_name_with_someone_elses_job_after_it(matcher: Matcher, text: str, found: bool) -> None:
    got = {m.subject for m in matcher.scan(text)}
    assert ("ikhan" in got) is found, got


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a parents' forum post that cites a court report still makes its own allegation
        (
            "Did you all see the Ledger? Mr Khan, rugby coach at Harwood College, arrested for "
            "drink driving. Everyone knows he's an alcoholic, comes into school stinking of "
            "booze.\nReport · Quote · Like\nBusDriverBob\nHe's been charged, not convicted.\n"
            "Report · Quote · Like",
            "defamation",
        ),
        # ... while a news report of the charge stays a report
        (
            "Harwood College coach charged | Wellbury News\nBy Sam Rourke · 3 May\nImran Khan, "
            "director of rugby at Harwood College, has been charged with drink driving, police "
            "said. He is due before magistrates next month.\nRelated stories",
            "neutral",
        ),
    ],
)
def test_a_forum_post_citing_a_court_report(matcher: Matcher, text: str, category: str) -> None:
    got = {m.subject: m for m in matcher.scan(text)}
    assert got["ikhan"].categories[0].value == category, got["ikhan"].reason


LENBROOK = """
[school]
name = "Lenbrook Academy"
aliases = ["Lenbrook"]
locality = ["Askerby"]

[[staff]]
id = "ptaylor"
name = "Paul Taylor"
role = "Head of Year 9"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lenbrook is a joke, the detentions are endless", True),
        # the place's landmarks and clubs, not the school
        ("Frost this morning: -3C at the Lenbrook gauge, roads gritted overnight", False),
        ("Walk of the week: the Lenbrook valley from Askerby to Skelby", False),
        ("The Lenbrook almshouses restored by volunteers", False),
        ("Lenbrook Sailing Club regatta on Saturday", False),
    ],
)
def test_a_short_name_before_a_landmark_is_the_place(
    tmp_path: Path, text: str, found: bool
) -> None:
    got = _scan(tmp_path, LENBROOK, text)
    assert ("school" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


OFFICE = """
[school]
name = "St Botolph's Junior School"
locality = ["Fenmarsh"]

[[staff]]
id = "esmith"
name = "Elizabeth Smith"
role = "School business manager"

[[staff]]
id = "ayusuf"
name = "Abdirahman Yusuf"
role = "Teaching Assistant"
"""


@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        # the office is where a business manager works, as parents put it
        ("Liz in the office at St Botolph's Junior School is so rude", "esmith", True),
        ("Liz from the office at St Botolph's Junior School sorted the trip money", "esmith", True),
        ("Liz in Year 4 at St Botolph's Junior School won the spelling bee", "esmith", False),
        # a lower-case first name with the person's job just before it ("TA" for a teaching
        # assistant), not alone
        ("my brothers TA abdi at st botolph's junior school is the goat", "ayusuf", True),
        ("my cousin abdi at st botolph's junior school is the goat", "ayusuf", False),
        ("there's a TA called abdi at st botolph's junior school, a legend", "ayusuf", True),
        # a teacher's title and name "at St Botolph's" vouch for the bare "St Botolph's"
        # (train12); a bare surname there may be the church hall's
        ("Miss Liz at St Botolph's is lovely", "esmith", True),
        ("Miss Liz at St Botolph's is lovely", "school", True),
        ("Smith at St Botolph's is lovely", "school", False),
    ],
)
def test_a_job_by_where_it_is_done(tmp_path: Path, text: str, subject: str, found: bool) -> None:
    got = _scan(tmp_path, OFFICE, text)
    assert (subject in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


def test_a_surname_first_needs_a_comma_or_capitals(tmp_path: Path) -> None:
    """ "Smith, Jane" and a register's "SMITH Jane" are written surname first; "Will James be
    there?" is a question, not James Will."""
    toml = (
        '[school]\nname = "Oakfield Academy"\n\n'
        '[[staff]]\nid = "jwill"\nname = "James Will"\nrole = "Caretaker"\n'
    )
    for text, exact in [
        ("Oakfield Academy register: WILL James, present", True),
        ("Oakfield Academy staff list: Will, James (caretaker)", True),
        ("Oakfield Academy parents: Will James be there on Friday?", False),
    ]:
        got = _scan(tmp_path, toml, text)
        assert (got.get("jwill") is not None and got["jwill"].variant == "exact") is exact, text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Oakfield Academy: Young says the trip is still on for Friday.", True),
        # a word of a title or of another name, not the surname
        ("Oakfield Academy's Young Enterprise team won the regional final.", False),
        ("Oakfield Academy choir sang Young Hearts Run Free at the concert.", False),
    ],
)
def test_a_surname_in_a_title_is_not_the_person(tmp_path: Path, text: str, found: bool) -> None:
    toml = (
        '[school]\nname = "Oakfield Academy"\n\n'
        '[[staff]]\nid = "syoung"\nname = "Sarah Young"\nrole = "Head of Year 8"\n'
    )
    got = _scan(tmp_path, toml, text)
    assert ("syoung" in got) is found, {s: (m.matched, m.reason) for s, m in got.items()}


def test_a_firm_named_after_its_owner_is_not_the_teacher(tmp_path: Path) -> None:
    """A distinctive name needs no school nearby, but "Keith Addyman Plumbing & Heating" is a
    firm's name: its owner, not the caretaker."""
    toml = (
        '[school]\nname = "St Chad\'s Primary School"\n\n'
        '[[staff]]\nid = "kaddyman"\nname = "Keith Addyman"\nrole = "Site manager"\n'
        "unique = true\n"
    )
    assert "kaddyman" not in _scan(
        tmp_path, toml, "Keith Addyman Plumbing & Heating, Goole: 5 stars"
    )
    assert "kaddyman" in _scan(tmp_path, toml, "Keith Addyman locked the gate early again")
    # ... and on a tradesman's page that says nothing of the school, the distinctive name is
    # the tradesman's
    review = "KA Roofing Ltd, Goole. Keith Addyman came out on a Sunday and fixed the leak."
    assert "kaddyman" not in _scan(tmp_path, toml, review)
    assert "kaddyman" in _scan(
        tmp_path, toml, review + " He's the caretaker at St Chad's Primary School."
    )


MIDDLE = """
[school]
name = "Oakfield Academy"
locality = ["Wellbury"]

[[staff]]
id = "msmith"
name = "Mary Ann Smith"
role = "Teacher of English"

[[staff]]
id = "rdelacruz"
name = "Rowena Dela Cruz"
role = "Head of Year 8"
"""


@pytest.mark.parametrize(
    ("text", "subject", "variant"),
    [
        # a middle name, written in full as the watchlist has it, and without it (train24)
        ("Mary Ann Smith at Oakfield Academy is lovely", "msmith", "exact"),
        ("Mary Smith at Oakfield Academy is lovely", "msmith", "exact"),
        # ... but the middle name and surname alone are someone else's name
        ("Ann Smith at Oakfield Academy is lovely", "msmith", None),
        # a Filipino surname particle, like "van der" or "ap" (train24)
        ("Mrs Dela Cruz at Oakfield Academy is lovely", "rdelacruz", "title_surname"),
        ("Rowena Dela Cruz at Oakfield Academy is lovely", "rdelacruz", "exact"),
    ],
)
def test_middle_names_and_particles(
    tmp_path: Path, text: str, subject: str, variant: str | None
) -> None:
    got = _scan(tmp_path, MIDDLE, text)
    if variant is None:
        assert subject not in got, got[subject].reason
    else:
        assert got[subject].variant == variant, {s: m.matched for s, m in got.items()}


@pytest.mark.parametrize(
    ("role", "found"),
    [
        # the parish's rector sits on a church school's governing body: "Revd" is her title
        ("Rector of Wellbury and Foundation Governor", True),
        ("Rabbi and Chair of Governors", True),
        # for a bursar, "Revd Miriam Askew" is a namesake in holy orders
        ("Bursar", False),
    ],
)
def test_a_clergy_title_is_theirs_when_their_role_is_clergy(
    tmp_path: Path, role: str, found: bool
) -> None:
    path = tmp_path / "watchlist.toml"
    path.write_text(
        WATCHLIST + f'\n[[staff]]\nid = "maskew"\nname = "Miriam Askew"\nrole = "{role}"\n',
        encoding="utf-8",
    )
    text = "Revd Miriam Askew blessed the new library at Harwood College, Wellbury."
    got = {m.subject for m in Matcher(config.load(path)).scan(text)}
    assert ("maskew" in got) is found


@pytest.mark.parametrize(
    ("name", "aliases", "text", "found"),
    [
        # listed as Alexandra too: "Ms" is hers
        ("Alex Pelling", ["Alexandra Pelling"], "Ms Pelling at Harwood College, Wellbury.", True),
        # "Alex" alone is anyone's name in a British school
        ("Alex Pelling", [], "Ms Pelling at Harwood College, Wellbury.", True),
        ("Alex Pelling", [], "Mr Pelling at Harwood College, Wellbury.", True),
        # "Rupert" is a man's name: "Mrs Pelling" is someone else (his wife, say)
        ("Rupert Pelling", [], "Mrs Pelling at Harwood College, Wellbury.", False),
    ],
)
def test_a_title_rules_out_a_name_only_when_every_name_agrees(
    tmp_path: Path, name: str, aliases: list[str], text: str, found: bool
) -> None:
    path = tmp_path / "watchlist.toml"
    listed = ", ".join(f'"{a}"' for a in aliases)
    path.write_text(
        WATCHLIST
        + f'\n[[staff]]\nid = "apelling"\nname = "{name}"\nrole = "Head of PSHE"\n'
        + f"aliases = [{listed}]\n",
        encoding="utf-8",
    )
    got = {m.subject for m in Matcher(config.load(path)).scan(text)}
    assert ("apelling" in got) is found


TYPO_ALONE = """
[school]
name = "Ysgol Cwm Derwen"
locality = ["Aberderwen"]

[[staff]]
id = "gdavies"
name = "Gareth Davies"
role = "Head of PE"
unique = true

[[staff]]
id = "kwilliams"
name = "Katherine Williams"
role = "Teacher of Welsh"
unique = true

[[staff]]
id = "bwojcik"
name = "Bartosz Wojcik"
role = "Teacher of Maths"

[[staff]]
id = "cashdownpryce"
name = "Clive Ashdown-Pryce"
role = "Headteacher"
"""


# A surname misspelt alone, in a post: one slip, from one surname, and no name of its own.
@pytest.mark.parametrize(
    ("text", "subject", "found"),
    [
        ("Daveis is the worst PE teacher going.", "gdavies", True),
        ("Davis is the worst PE teacher going.", "gdavies", False),  # a name of its own
        ("Willaims is the worst Welsh teacher going.", "kwilliams", True),  # letters swapped
        ("Wiliam is the worst Welsh teacher going.", "kwilliams", False),  # two slips
        ("That Wojick at Ysgol Cwm Derwen has given my stepson a detention.", "bwojcik", True),
        ("That Wojick has given my stepson a detention.", "bwojcik", False),  # not named so
        ("wojick at Ysgol Cwm Derwen has given my stepson a detention.", "bwojcik", False),
        # a double-barrelled surname's last part misspelt: its first part, right, names them,
        # though the slip makes a word ("price") of five letters
        ("Ashdown-Price at Ysgol Cwm Derwen fiddled his expenses.", "cashdownpryce", True),
        ("Ashdown-Price fiddled his expenses.", "cashdownpryce", False),  # not named so
        ("Ashdown-Pryse at Ysgol Cwm Derwen fiddled his expenses.", "cashdownpryce", True),
        ("Ashdown-Pierce at Ysgol Cwm Derwen fiddled his expenses.", "cashdownpryce", False),
        ("ashdown-price at Ysgol Cwm Derwen fiddled his expenses.", "cashdownpryce", False),
    ],
)
def test_a_surname_misspelt_alone(tmp_path: Path, text: str, subject: str, found: bool) -> None:
    assert (subject in _scan(tmp_path, TYPO_ALONE, text)) is found


def test_a_misspelt_surname_alone_on_a_long_page_is_not_read(tmp_path: Path) -> None:
    """An article or a page of prose is not searched word by word for misspellings."""
    long = "Ysgol Cwm Derwen news. " + "The choir sang and the team won. " * 100
    assert "gdavies" in _scan(tmp_path, TYPO_ALONE, "Daveis shouted at my son. " + long[:500])
    assert "gdavies" not in _scan(tmp_path, TYPO_ALONE, "Daveis shouted at my son. " + long)


O_SURNAME = """
[school]
name = "Our Lady Star of the Sea High School"
aliases = ["Star of the Sea"]

[[staff]]
id = "sodriscoll"
name = "Siobhan O'Driscoll"
role = "Head of Mathematics"
"""


# An O' surname without its apostrophe is the surname, with its title read as for "O'Driscoll".
@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Miss ODriscoll has put on extra maths at Star of the Sea.", "title_surname"),
        ("Siobhan ODriscoll has put on extra maths at Star of the Sea.", "exact"),
        ("Mr ODriscoll has put on extra maths at Star of the Sea.", None),  # she is no Mr
        ("Miss O'Driscol has put on extra maths at Star of the Sea.", "typo"),
    ],
)
def test_an_o_surname_without_its_apostrophe(
    tmp_path: Path, text: str, variant: str | None
) -> None:
    got = _scan(tmp_path, O_SURNAME, text)
    assert (got["sodriscoll"].variant if "sodriscoll" in got else None) == variant


def test_a_leaked_list_gives_each_name_its_own_details(matcher: Matcher) -> None:
    # (train34) the reason quotes the details after the person's own name, not the line
    # before it, which is a colleague's
    text = (
        "LEAKED staff list fae Harwood College:\nKatherine Parker-Lee - kpl.home@mailbox.example"
        "\nImran Khan - imran.k77@inbox.example (his real one)"
    )
    got = {m.subject: m for m in matcher.scan(text)}
    assert "imran.k77@inbox.example" in got["ikhan"].reason
    assert "kpl.home" not in got["ikhan"].reason
    assert got["ikhan"].reason.count("Doxxing:") == 1


UTC = """
[school]
name = "Ironbrook University Technical College"
aliases = ["Ironbrook UTC"]
locality = ["Kelby Lea"]

[[staff]]
id = "iqureshi"
name = "Imran Qureshi"
role = "Head of Year 10"
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a university technical college is its first word to its pupils, as an academy is
        # (train49: "chuck my lad out of Ironstone", "Ironstone have started taking kids")
        ("Head of Year 10 at Ironbrook, the tech college in Kelby Lea, is leaving.", True),
        ("Ironbrook have started taking kids from the Furzecroft estate.", True),
        ("Ironbrook UTC open evening is on Thursday.", True),
        # ... and, without school words, a word like any other
        ("The Ironbrook Gorge walk is muddy after the rain.", False),
    ],
)
def test_a_utc_is_its_first_word(tmp_path: Path, text: str, found: bool) -> None:
    assert ("school" in _scan(tmp_path, UTC, text)) is found


IRISH = """
[school]
name = "Coláiste Bhríde"
aliases = ["St Bride's College"]
locality = ["Glenkeel"]

[[staff]]
id = "nnighallchoir"
name = "Nuala Ní Ghallchóir"
role = "Head of Irish"

[[staff]]
id = "pocathain"
name = "Pádraig Ó Catháin"
role = "Teacher of History"
"""


@pytest.mark.parametrize(
    ("text", "subject", "variant"),
    [
        # an Irish surname's "Ní" or "Ó" is part of it, not a middle name (train45)
        (
            "St Bride's College: Ms Ní Ghallchóir is the best teacher I ever had.",
            "nnighallchoir",
            "title_surname",
        ),
        (
            "St Bride's College: Mr O Cathain gave us no homework again.",
            "pocathain",
            "title_surname",
        ),
        ("St Bride's College: Nuala Ní Ghallchóir runs the Irish unit.", "nnighallchoir", "exact"),
    ],
)
def test_irish_surnames_keep_their_particle(
    tmp_path: Path, text: str, subject: str, variant: str
) -> None:
    got = _scan(tmp_path, IRISH, text)
    assert got[subject].variant == variant, got.get(subject)
