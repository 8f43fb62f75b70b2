#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train32 labelled evaluation corpus for the repwatch matcher.

Setting
    Beacon Community Primary School ("Beacon", "BCPS", "Beacon Primary", formerly
    "Hatchett Street Primary") is an invented community primary school for ages 3-11 with a
    52-place nursery on Cressingham Road in Fennick Green, an invented north London suburb
    in the invented London Borough of Haverleigh (localities Fennick Green, Tollgate Rise,
    Mossbury Estate). Families are Orthodox Jewish, Turkish, Somali, Irish and Polish. The
    storylines: a school-gate parking war with Cressingham Road residents and the council's
    enforcement contractor (Borough Contracted Parking Services, also "BCPS"); a PTA row
    over summer-fair takings banked by the school; a head who banned birthday cakes; a
    Reception teacher parents adore; antisemitic and anti-Muslim incidents in the area; a
    nursery nurse accused on Facebook, suspended and later cleared; and a Year 6 parents'
    WhatsApp group whose screenshots leak into local Facebook groups.

Staff (watchlist.toml)
    Helen Castellano-Reid (Headteacher, hyphenated, formerly Helen Reid); Siobhán O'Dwyer
    (Deputy and DSL, accent and apostrophe, maiden name Siobhán Feeney, "Shiv"); Elizabeth
    Hartigan (Reception, Liz/Lizzie); James Walker (Year 6, very common name with namesakes);
    Naomi Adler (Year 2, maiden name Naomi Gluckstein); Magdalena Wójcik (Nursery Nurse,
    "Magda Wójcik"); Ysolde Marchbanks (SENCo, the one unique name); Emre Aksoy (Site
    Manager); Hodan Warsame (Family Liaison Officer); Robert Tallis (School Business
    Manager, Rob/Bob).

Voices
    The Fennick Beacon (local news with comments), the Daily Clarion (national tabloid), the
    Haverleigh and Enfold Gazette (regional paper), Haverleigh Council minutes, a jobs board,
    ParentPlaza (parents' forum), Staffroom Talk (teachers' forum), parents' and community
    blogs, the school's own bulletin, local Facebook groups (English and Polish), Google,
    Indeed and Glassdoor reviews, and X, TikTok, Instagram and Snapchat extracts.

Decoys
    About a fifth of the documents name nothing on the watchlist: "beacon" as an ordinary
    word (bonfire beacons, Bluetooth beacons, "a beacon of hope"), the Fennick Beacon
    newspaper's own unrelated stories, Beacon Lane Motors and Beacon Lane Medical Centre,
    BCPS as the parking contractor or the Brackford Chess and Problem Society, other schools
    called Beacon Primary far away, namesakes of staff clearly elsewhere, and pages that
    describe the school without naming it.

Labelling conventions
    One expected entry per subject per document, with the easiest form present (exact >
    alias > title_surname > the rest) and the worst category for that subject in that
    document (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
    The school's full name is exact, "Beacon" alone short_name, other aliases alias; a
    Facebook group or PTA name containing "Beacon" is a mention of the school. Surname with
    "'s" and no title is possessive; a hyphenated surname written without its hyphen is
    hyphenated; a name without its diacritics counts as the same form. Staff praised in a
    post attacking someone else, victims in condemnations, news of convictions and of
    exoneration are neutral; news of suspension or investigation is defamation; any hint of
    sexual interest in pupils is sexual with url_only for staff and school; a (former)
    pupil's crush on an adult teacher is sexual without url_only. Non-unique staff count
    only where the page ties them to the school; Ysolde Marchbanks counts wherever named.

Running
    python3 tests/corpus_train32/build_train32.py   (from any directory)
    Rewrites docs/ and labels.jsonl beside this file, checks every label and prints a
    summary; exits 1 on problems.
"""

from __future__ import annotations

import json
import random
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS_HTML = {"news", "forum", "blog"}
KINDS_TXT = {"review", "social", "facebook"}
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}

# Homoglyph spellings (Cyrillic letters inside Latin words).
HG_HEAD = "\u0421\u0430stellano-Reid"  # Cyrillic Es + a
HG_ADLER = "Mrs \u0410dler"  # Cyrillic A
HG_WARSAME = "Ms W\u0430rsame"  # Cyrillic a
HG_SCHOOL = "\u0412e\u0430con Primary"  # Cyrillic Ve + a
HG_WALKER = "Mr W\u0430lk\u0435r"  # Cyrillic a + ie

SITES = {
    "beacon": {
        "name": "The Fennick Beacon",
        "tagline": "Local news, views and what's on since 1987",
        "nav": ["Home", "News", "Schools", "Sport", "What's On", "Property", "Letters", "Contact"],
        "footer": "The Fennick Beacon is published by Haverleigh Local Media Ltd. Tips: newsdesk@fennickbeacon.example. Comments are moderated after publication.",
        "style": "news",
    },
    "clarion": {
        "name": "Daily Clarion",
        "tagline": "Britain's Brightest Paper",
        "nav": ["News", "Showbiz", "Sport", "Money", "Fabulous Mums", "Puzzles"],
        "footer": "(c) Clarion Group Newspapers. Contact the newsdesk on 01632 960911. Our comments policy applies.",
        "style": "news",
    },
    "gazette": {
        "name": "Haverleigh & Enfold Gazette",
        "tagline": "Serving the borough since 1894",
        "nav": ["News", "Courts", "Education", "Business", "Opinion", "Obituaries", "Jobs"],
        "footer": "Haverleigh & Enfold Gazette, Gazette House, Market Row. Newsdesk 01632 960540.",
        "style": "news",
    },
    "council": {
        "name": "London Borough of Haverleigh",
        "tagline": "Committee papers and minutes",
        "nav": ["Council and democracy", "Meetings", "Committees", "Councillors", "Search minutes"],
        "footer": "London Borough of Haverleigh, Civic Centre. Democratic Services 01632 960100.",
        "style": "news",
    },
    "jobs": {
        "name": "EduJobs North London",
        "tagline": "School vacancies across the north London boroughs",
        "nav": ["Find a job", "Teaching", "Support staff", "Leadership", "Employers", "Sign in"],
        "footer": "EduJobs North London. We are not the employer: apply as directed in each advert.",
        "style": "news",
    },
    "parentplaza": {
        "name": "ParentPlaza",
        "tagline": "By parents, for parents",
        "nav": ["Talk", "Am I being unreasonable?", "Education", "SEN", "Local", "Chat"],
        "footer": "ParentPlaza Ltd. Posts are the views of members. Report a post using the flag.",
        "style": "forum",
    },
    "staffroom": {
        "name": "Staffroom Talk",
        "tagline": "The forum for people who work in schools",
        "nav": ["Forums", "Primary", "Early Years", "SEND", "Leadership", "Workload", "Off topic"],
        "footer": "Staffroom Talk. Keep it professional: no names of pupils.",
        "style": "forum",
    },
    "lunchbox": {
        "name": "The Lunchbox Lab",
        "tagline": "Children's nutrition without the guilt",
        "nav": ["Home", "Recipes", "School food", "About me", "Work with me"],
        "footer": "The Lunchbox Lab. Opinions are my own.",
        "style": "blog",
    },
    "scooter": {
        "name": "Three Kids and a Scooter",
        "tagline": "Parenting in north London, badly",
        "nav": ["Home", "School run", "Days out", "Rants", "About"],
        "footer": "Three Kids and a Scooter. Please don't nick my photos.",
        "style": "blog",
    },
    "streets": {
        "name": "Haverleigh Streets for People",
        "tagline": "Walking, cycling and safer school runs",
        "nav": ["Home", "Campaigns", "School Streets", "Data", "Join us"],
        "footer": "Haverleigh Streets for People is a volunteer group. hello@streetsforpeople.example",
        "style": "blog",
    },
    "bulletin": {
        "name": "Beacon Bulletin",
        "tagline": "News from Beacon Community Primary School and Nursery",
        "nav": ["Home", "Letters home", "Term dates", "Clubs", "Contact the office"],
        "footer": "Beacon Community Primary School, Cressingham Road, London N37 4QX. Office 01632 960273. office@beaconprimary.example",
        "style": "blog",
    },
    "leanne": {
        "name": "Leanne Writes",
        "tagline": "Notes from a tired mum",
        "nav": ["Home", "Family", "Community", "Contact"],
        "footer": "Leanne Writes. All views my own.",
        "style": "blog",
    },
    "somali": {
        "name": "Haverleigh Somali Parents Network",
        "tagline": "Waalidiinta Soomaaliyeed ee Haverleigh",
        "nav": ["Home", "Events", "Schools", "Resources", "Af-Soomaali"],
        "footer": "Haverleigh Somali Parents Network, volunteer-run. info@hspn.example",
        "style": "blog",
    },
    "kehilla": {
        "name": "Kehilla News Haverleigh",
        "tagline": "The community paper",
        "nav": ["News", "Simchas", "Schools", "Kashrus", "Notices"],
        "footer": "Kehilla News Haverleigh. Shabbos times are printed in the weekly edition.",
        "style": "news",
    },
    "choir": {
        "name": "Haverleigh Chamber Choir",
        "tagline": "Singing together since 1971",
        "nav": ["Home", "Concerts", "Join", "Reviews", "Friends of the choir"],
        "footer": "Haverleigh Chamber Choir, registered charity (invented).",
        "style": "blog",
    },
    "parish": {
        "name": "St Barnabas, Fennick Green",
        "tagline": "Parish news and reflections",
        "nav": ["Home", "Services", "Weddings", "Hall hire", "Reflections"],
        "footer": "St Barnabas Parish Office, Church Path. Hall bookings 01632 960318.",
        "style": "blog",
    },
    "cllr": {
        "name": "Cllr Bernadette Oyelaran",
        "tagline": "Labour councillor for Fennick Green ward",
        "nav": ["Home", "Surgeries", "Casework", "Blog", "Contact"],
        "footer": "Promoted by B. Oyelaran. Surgeries every second Saturday.",
        "style": "blog",
    },
    "techblog": {
        "name": "Byte-Sized Retail",
        "tagline": "Tech for independent shops",
        "nav": ["Home", "Guides", "Reviews", "Newsletter"],
        "footer": "Byte-Sized Retail.",
        "style": "blog",
    },
    "irish": {
        "name": "Fennick Irish Centre",
        "tagline": "Céad míle fáilte",
        "nav": ["Home", "What's on", "Céilí", "Hall hire", "Newsletter"],
        "footer": "Fennick Irish Centre. Bar open from 6pm.",
        "style": "blog",
    },
    "sport": {
        "name": "Arrows Weekly",
        "tagline": "Darts news from the oche",
        "nav": ["News", "Results", "Rankings", "Interviews"],
        "footer": "Arrows Weekly.",
        "style": "news",
    },
}

DOCS: list[dict] = []


def E(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def page(kind: str, site: str, title: str, body: str, byline: str = "", comments=(), exp=()) -> None:
    DOCS.append({"kind": kind, "site": site, "title": title, "body": body, "byline": byline,
                 "comments": list(comments), "exp": list(exp)})


def text(kind: str, body: str, exp=()) -> None:
    DOCS.append({"kind": kind, "text": body, "exp": list(exp)})


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
# ---- Birthday cake ban -------------------------------------------------------

page("news", "beacon", "Birthday cakes off the menu at Fennick Green primary", """\
Parents at Beacon Community Primary School have reacted with dismay after the headteacher told families that birthday cakes, home-made or shop-bought, will no longer be shared in classrooms.

In a letter sent home on Friday, headteacher Helen Castellano-Reid said the change was needed because of "a significant rise in the number of children with serious allergies" and worries about sugar, particularly in the nursery and Reception.

Instead, a child celebrating a birthday will choose a book from a special shelf to take home for the week and wear a badge for the day.

"I understand this is a change to a much-loved tradition," the letter reads. "But I would not forgive myself if a child came to harm on my watch because of a slice of cake."

Some parents told the Beacon they supported the move. Others said they had not been consulted. One mother of two, who asked not to be named, said: "It's one more thing decided over our heads. First the car park, then the PTA, now this."

The school, which has around 420 pupils and a 52-place nursery, was rated Good at its last inspection.""",
     byline="By Carys Penhallow, education reporter | Tuesday 12 March",
     comments=[
         ("TollgateDad", "12 Mar 09:14", "Allergies are real. My lad carries an adrenaline pen and birthdays used to terrify us. Fair play to her."),
         ("Jojo_M", "12 Mar 10:02", "What a miserable, sour-faced woman. Helen Castellano-Reid has sucked every last bit of joy out of that place since she turned up. Tyrant in a lanyard."),
         ("Pnina R.", "12 Mar 11:40", "In our community we already send sealed hechshered treats so honestly very little changes for us."),
         ("Gerry from Pellow Rd", "12 Mar 13:05", "Can the Beacon do a story on the parking next instead of cake please."),
     ],
     exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("hcastellanoreid", "exact", "abuse", "Helen Castellano-Reid")])

page("news", "clarion", "'CAKE POLICE' HEAD BANS BIRTHDAY TREATS", """\
A PRIMARY school head has been branded the "Cake Police" after banning birthday cakes, leaving tearful kids without a single candle to blow out.

Furious mums at Beacon Community Primary School in north London say head Helen Castellano-Reid, 49, has "cancelled birthdays" with the crackdown, which also covers party bags handed out at home time.

One dad fumed: "My daughter asked me if she'd done something wrong. She's FIVE."

Another parent said the school had become "like a prison camp with a fruit bowl".

The ban follows a string of rows at the 420-pupil school, including a bitter spat over PTA cash and a parking war with neighbours who say the school run has turned their road into a "car park".

A spokesperson for Haverleigh Council said decisions about classroom food were a matter for the school.

CLARION POLL: Should schools be allowed to ban birthday cake? Vote now.""",
     byline="By Clarion Reporter",
     comments=[
         ("Patriot_Gaz1966", "2 hours ago", "Nanny state gone mad. Let kids be kids"),
         ("sue.t", "2 hours ago", "Those who can't teach, manage. Ridiculous decision and she knows it."),
         ("ChefMike", "1 hour ago", "Ask any school nurse about allergy call-outs before you mock it."),
     ],
     exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("hcastellanoreid", "exact", "negative", "Helen Castellano-Reid")])

text("facebook", """\
Fennick Green Mums & Dads (official)
Shannon Kiely · 3h · 🌍
So Beacon have officially banned birthday cakes 🙄🎂 my daughter was SO excited to take her unicorn cake in on Tuesday and now she can't. Can someone explain to me how a cupcake is a safeguarding issue??

👍😡 84 · 112 comments · 6 shares

Most relevant ▾

Dee Harrington
Castellano-Reid's latest stunt. She's done nothing but ban things since she came. Power tripping cow 🐄
Like · Reply · 2h

Shannon Kiely
Dee Harrington literally 😂
Like · Reply · 2h

Amira Hassan
To be fair there's a boy in my son's class with a nut allergy and his mum was always terrified on birthdays. I get both sides.
Like · Reply · 2h

Gosia Lewandowska
we just do fruit kebabs now. kids dont care as much as the parents lol
Like · Reply · 1h

Dee Harrington
Amira Hassan then ban nuts not cake!!
Like · Reply · 1h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "possessive", "abuse", "Castellano-Reid's")])

page("forum", "parentplaza", "AIBU to think a total birthday cake ban is OTT?", """\
DC1 is in Year 1 at a big community primary in north London. New-ish head has announced no birthday cakes at all, not even shop bought with the ingredients on the box. Children get to "choose a book" instead.

DC1 was gutted. I'm a bit gutted tbh, it was one of the few lovely little traditions left in a very target-driven place. AIBU or is this just standard now?""",
     byline="HoneyBadgerMum",
     comments=[
         ("Tinselfish", "", "YANBU to be sad but it's very common now. Ours stopped in 2019 and the world kept turning."),
         ("MrsBobbinsWasHere", "", "YABU. I have a child with anaphylaxis. Every class birthday was Russian roulette with a Tesco caterpillar. I'd send that head flowers."),
         ("NorthernWhippet", "", "Is this Beacon in Fennick Green? My sister's kids are there and she's been moaning about exactly this. Apparently the head is on a bit of a crusade, bans something new every term. Last year it was scooters."),
         ("HoneyBadgerMum", "", "Not saying where but... maybe 😬"),
         ("Tinselfish", "", "Ha. Outed by the whippet."),
         ("ElderflowerFizz", "", "Book instead of cake is actually quite sweet? DD would prefer the book."),
     ],
     exp=[E("school", "short_name", "negative", "Beacon")])

text("social", """\
X
Kemal Doğan @kemal_dgn_
@BeaconPrimaryFG banning birthday cake?? my son is 6 not a diabetic pensioner. what's next, banning birthdays
12:41 PM · 14 Mar · 3,102 Views
12 Reposts  4 Quotes  88 Likes

Hadley @hadleyhadleyhad · 14 Mar
Replying to @kemal_dgn_ and @BeaconPrimaryFG
schools spend all day talking about wellbeing then take away the one fun thing lol

Bernie @bernieinn37 · 14 Mar
Replying to @kemal_dgn_
allergies tho. one kid goes into shock and you'd be the first one complaining
""", exp=[E("school", "handle", "negative", "@BeaconPrimaryFG")])

text("social", """\
TikTok · @mumof3chaos
the head at my sons school banned cake 💀 #schoolrun #ukmums
♬ original sound - mumof3chaos
41.2K ♥ · 1,903 comments

jessss.x
mrs castellano reid u are NOT serious 😭😭 (went there til 2016 it was so fun before her)
2d · 1,204 ♥ · Reply

lolaaa
fennick green massive
2d · Reply

dadjokesonly_
"a birthday badge" is crazy work
2d · 330 ♥ · Reply

sam 💙
my school did this too and nobody died from not having cake
1d · Reply

mumof3chaos
@jessss.x omg you know her 😂
1d · Reply
""", exp=[E("hcastellanoreid", "hyphenated", "negative", "castellano reid")])

page("blog", "lunchbox", "Why I'm quietly cheering the cake ban at Beacon Community Primary School", """\
There has been a lot of noise in the local press this week about Beacon Community Primary School deciding to stop birthday cakes being shared in class. I want to offer a slightly different view, as someone who spends her working life in school kitchens.

In a class of thirty there are roughly thirty birthdays a year. That's thirty slices of cake, usually at quarter past two, on top of whatever was in the lunchbox. Multiply by fourteen classes and you have a small bakery's output every term.

I spoke briefly to the headteacher, Helen Castellano-Reid, who was thoughtful and, frankly, braver than most heads I've met. She didn't pretend it was popular. She said she'd rather be disliked for a term than ring an ambulance.

The harder truth is that nobody likes being told "no" about food, and that includes parents. Especially parents.

My tips if your school is going the same way: make the alternative genuinely special, involve the children in choosing it, and never, ever call it a "healthy" birthday.""",
     byline="Posted by Marguerite Tobin, RNutr | 16 March",
     comments=[
         ("Philippa", "16 Mar", "Agree wholeheartedly. Great post."),
         ("Ron F", "16 Mar", "Sanctimonious rubbish. Cake never hurt anyone, bloody hell."),
         ("Marguerite Tobin", "16 Mar", "Ron, the children with allergies might disagree, but thanks for reading!"),
     ],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("hcastellanoreid", "exact", "neutral", "Helen Castellano-Reid")])

text("facebook", """\
Cressingham & Tollgate Community Noticeboard
Anonymous participant · 5h
Right. If the head of Beacon wants to ban cakes maybe we should all drop our spare cakes round to hers 😂😂 She's on Albury Crescent, the one with the blue door and the grey Volvo outside, number 14 I think. Mrs Castellano-Reid can eat them all herself

Admin note: This post is under review.

Lorraine Pike
Deleting this would be wise. You can't put people's addresses up, whatever you think of her.
Reply · 4h

Kelly Amos
It's a joke Lorraine calm down 🙄
Reply · 4h

Rob Fenner
lol blue door. I'll bring a Victoria sponge
Reply · 3h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "title_surname", "doxxing", "Mrs Castellano-Reid")])

text("review", """\
Beacon Community Primary School
Primary school · Cressingham Road, London N37 4QX
3.4 ★★★☆☆ (61 Google reviews)

Natalie O.
Local Guide · 23 reviews
★☆☆☆☆ a week ago
They banned birthday cakes for the kids but there's always cake in the staffroom, my son saw a whole tray of brownies when he was sent to the office. One rule for them. This school has gone downhill in the last two years and the office never calls back.

Response from the owner · 5 days ago
Thank you for your feedback. Our healthy celebrations policy applies to classrooms. We would welcome the chance to talk: please contact the school office on 01632 960273.
""", exp=[E("school", "exact", "negative", "Beacon Community Primary School")])

text("social", """\
Instagram
bakedbyjaz_ · Fennick Green Park
[photo: a picnic table covered in rainbow cupcakes]
bakedbyjaz_ Cupcake protest for the cake-ban kids 🧁✊ dropped 60 of these at the park after school for anyone who wanted one. nobody should grow up without a Colin the Caterpillar moment x
#CakeGate #BeaconPrimary #FennickGreen #letthemeatcake
View all 219 comments
mo.and.the.twins you're a legend
hannahbnn the head will ban the park next 😂
kxrla.b wish I'd known!! we were at swimming
""", exp=[E("school", "hashtag", "negative", "#BeaconPrimary")])

page("news", "gazette", "Head stands by 'healthy birthdays' policy after backlash", """\
The headteacher of a north London primary school at the centre of a row over birthday cakes has said she will not be reversing the decision.

Helen Castellano-Reid, who has led Beacon Community Primary School in Fennick Green since September 2022, told the Gazette the school had recorded four allergy-related incidents in eighteen months, two of which needed an ambulance.

"None of those children will remember the cake," she said. "Every one of their parents will remember the phone call."

Mrs Castellano-Reid added that she had met representatives of the PTA and would hold an open meeting for parents after Easter. The school has also written to families in Turkish, Somali and Polish explaining the change.

Chair of governors Dr Marcus Fenwright said the governing body "fully supports" the head.

The policy has drawn national attention, with the story picked up by tabloid newspapers and shared widely on social media.""",
     byline="Education correspondent",
     comments=[("Margaret H", "", "Good on her. Someone has to be the grown-up.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("hcastellanoreid", "exact", "neutral", "Helen Castellano-Reid")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Marcia Quill · Yesterday at 21:14
Just had my son come home in tears because his cake (nut free, from Tesco, ingredients label ON it) was taken off him at the door and put in the office. I am beyond fuming. If Castellano-Reid bins my child's birthday cake again I swear to god I will shove it in her face in front of the whole playground and see how SHE likes it.

Tanya Ellwood
Marcia babe don't write that on here 😬
Like · Reply · 20h

Marcia Quill
I mean it
Like · Reply · 20h

Jodie-Ann Mercer
Tbf that would be iconic 😭
Like · Reply · 19h

Paul Shaw
You'll end up in court. Write to the governors instead, I'll sign it.
Like · Reply · 18h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "surname_only", "threat", "Castellano-Reid")])

text("social", """\
Snapchat · Spotlight
caitlynnn.xo
cake police at beacon today 🚨🚨 mrs castellano-reid actually confiscated a colin the caterpillar off a year 2 😭😭 he was holding it like a baby
replies
> bro why is she like this 💀
> not colin 😔
> my mum said shes leaving next year watch
> free colin
""", exp=[E("school", "short_name", "negative", "beacon"),
          E("hcastellanoreid", "title_surname", "negative", "mrs castellano-reid")])

text("social", """\
X
n37 watcher @n37_watcher
""" + HG_HEAD + """ should be sacked over the cake nonsense AND the PTA money. that head has been a disaster for Beacon since day one. governors asleep at the wheel
9:03 AM · 19 Mar · 611 Views

Tam @tollgate_tam · 19 Mar
Replying to @n37_watcher
the cake thing is daft but sacked is a bit much
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "homoglyph", "negative", HG_HEAD)])

text("social", """\
TikTok · @schoolmemoriesuk · POV: your headteacher bans cake
comments (2,344)

zara.k.x
C4stellano-R3id is an actual tyrant lmaooo beacon primary survivors where u at 🙋‍♀️
1d · 402 ♥

ryan_gill01
🙋‍♂️ she took my fidget spinner in 2022 and i never saw it again
1d · 96 ♥

noorr
we had a head like this and she lasted one year
1d

zara.k.x
@ryan_gill01 RIP spinner
22h
""", exp=[E("school", "alias", "negative", "beacon primary"),
          E("hcastellanoreid", "leetspeak", "abuse", "C4stellano-R3id")])

page("blog", "scooter", "Birthdays without cake: a week in", """\
So. The Letter came home in the book bag on Friday, folded into a very small square by a very sticky hand. Heading: Beacon Community Primary School, Healthy Celebrations. Signed, with a proper fountain-pen squiggle, H. Castellano-Reid, Headteacher.

I'll admit my first reaction was a swear word. My second was to google "can a school ban cake" at 11pm. My third, after a glass of wine and a chat with the middle one, was: fine, actually?

Middle Child turned seven on Wednesday. She chose a book about a cat detective, wore a badge the size of a saucer and came home saying it was "the best birthday at school ever" because "everyone had to say one nice thing about me". We had cake at home. Nobody died.

I'm not saying the way it was done was perfect. A bit more asking and a bit less telling wouldn't go amiss. But I'm also not joining the pitchfork brigade on Facebook. There are lots of kids in that school whose parents genuinely can't do the birthday-cake arms race, and I hadn't thought about them at all.""",
     byline="Posted by Scooter Mum | 22 March",
     comments=[("Bex", "", "This is such a sensible take, thank you"),
               ("anon", "", "badge the size of a saucer 😂")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("hcastellanoreid", "initial_surname", "neutral", "H. Castellano-Reid")])

page("forum", "staffroom", "Head banned cakes, made the national papers, staff morale on the floor", """\
Anyone else had their school end up in the tabloids over something daft? Our head (you may have seen her face in the Clarion this week, I won't say more) brought in a no-birthday-cake rule without asking any of the class teachers. Fair enough on allergies, but it's us on the door at 8.45 confiscating Colin the Caterpillars from crying five-year-olds while parents film us.

Now we've got journalists ringing the office and a dad who stood at the gate shouting "cake thieves" on Monday. My TA has stopped doing gate duty. Anyone got advice on how to get SLT to actually back staff on this stuff?""",
     byline="tiredKS1teacher",
     comments=[
         ("Mr_Numbers", "", "Ask for a written script for staff on the door and say you won't take food off children yourself. The office can do it."),
         ("DeputyDawg", "", "As a deputy: your SLT should be taking that flak, not TAs. Raise it at the next staff meeting formally so it's minuted."),
         ("tiredKS1teacher", "", "Thanks both. Minuting it is a good shout."),
     ],
     exp=[])

page("news", "beacon", "Cake row: 200 parents pack hall for 'frank' meeting", """\
More than 200 parents crowded into the hall at Beacon Primary on Thursday evening for a meeting about the school's controversial ban on birthday cakes.

Mrs Castellano-Reid opened by apologising for "the way the letter landed", though not for the policy itself, which she said would stay.

Parents raised allergies, cost, cultural celebrations and the way the change was announced. Several Orthodox Jewish and Muslim parents said a clear, food-free celebration actually made things easier for their children, who often could not eat what was brought in.

The loudest applause of the night went not to the head but to Reception teacher Elizabeth Hartigan, who described how her class now "sings happy birthday in six languages". She received a standing ovation.

A compromise was agreed on one point: class celebrations at the end of each half-term will include food provided by the school kitchen, checked by the catering manager.

A parent survey will be sent out in May.""",
     byline="By Carys Penhallow",
     comments=[("Nadia R", "", "Best meeting we've had in years honestly. Miss H is a gem."),
               ("Fennick_Phil", "", "Six languages! Love that.")],
     exp=[E("school", "alias", "neutral", "Beacon Primary"),
          E("hcastellanoreid", "title_surname", "neutral", "Mrs Castellano-Reid"),
          E("ehartigan", "exact", "neutral", "Elizabeth Hartigan")])

text("social", """\
X
Gemma R @gemmarook_n37
The cake thing at Beacon isn't even the worst of it. Ask why Mrs Castelano-Reid's "healthy celebrations" letter went out the same week the PTA found out their fair money had vanished into the school account. Distraction much
8:12 PM · 20 Mar

Lou @loubright77 · 20 Mar
Replying to @gemmarook_n37
vanished is a strong word gem
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "typo", "negative", "Mrs Castelano-Reid")])

text("social", """\
X
Daryl @daryl_n37_
someone needs to give that Castellano-Reid woman a proper slap. cake ban, PTA money, parking, the lot. Beacon was a good school before she got her claws into it
11:48 PM · 21 Mar

Reply
Mags @mags_fennick · 22 Mar
Replying to @daryl_n37_
delete this daryl, seriously
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "surname_only", "threat", "Castellano-Reid")])

text("social", """\
X
Sign the petition 🎂 @CakeForBeaconKids
Over 400 signatures already. Beacon parents deserve a say. Sign & share: petitions.example/CastellanoReidMustListen
#CakeGate
4:20 PM · 23 Mar

Replies
Sarah @sarahn37 · 23 Mar
Signed. Not about cake anymore, it's about being listened to
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "camelcase", "negative", "CastellanoReidMustListen")])

# ---- Parking war -------------------------------------------------------------

page("news", "beacon", "Cones, cameras and cross words: the school-run war on Cressingham Road", """\
At 8.35 every weekday morning, Cressingham Road stops being a quiet residential street.

Within twenty minutes, more than a hundred cars try to drop children at Beacon Community Primary School, which has doubled in size since 2010. Residents say they are blocked into their drives, shouted at and, in one case, filmed by a parent when they asked a driver to move.

Graham Tolley, 71, has lived on the road for forty years. "The school does nothing," he said. "They put a man in a hi-vis on the gate and think that's a traffic plan."

That man is Emre Aksoy, the school's site manager, who for the past two years has placed cones along the school frontage each morning. Parents say he is the only reason nobody has been hurt. "He's out there in the rain every single day," said one mother.

Borough Contracted Parking Services (BCPS), which enforces parking for Haverleigh Council, issued 212 penalty notices on the road last term, a figure residents say is far too low.

The council is consulting on a School Street, which would close the road to through traffic at drop-off and pick-up.""",
     byline="By Owen Greaves | Monday 5 February",
     comments=[
         ("CressRoadResident", "", "The caretaker Aksoy acts like he's a traffic warden. He has no power whatsoever to tell anyone where to park and he should stop pretending he does."),
         ("MumOfThreeN37", "", "Residents park across their OWN dropped kerbs and then complain. Get a grip."),
         ("Fennick_Phil", "", "Send the wardens every morning for a month. Problem solved."),
         ("CressRoadResident", "", "@MumOfThreeN37 that's simply not true."),
     ],
     exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("eaksoy", "exact", "negative", "Emre Aksoy")])

page("news", "council", "Highways and Transport Committee: minutes of the meeting held on 7 February", """\
Present: Cllr D. Whitcombe (Chair), Cllr B. Oyelaran, Cllr P. Nasser, Cllr T. Hollis, Cllr R. Amadi.
Officers: Head of Highways; School Travel Officer; Democratic Services Officer.

1. Apologies for absence were received from Cllr S. Varga.

2. Declarations of interest. Cllr Oyelaran declared that she is a governor of another school in the ward.

3. Minutes of the previous meeting were agreed as a correct record.

4. School Streets: Beacon Community Primary School, Cressingham Road.
The School Travel Officer introduced the report. Surveys recorded an average of 118 vehicles stopping within 200 metres of the school gate between 08:35 and 08:55. Correspondence had been received from 38 residents and a petition of 311 signatures from the school's parent-teacher association.
Cllr Oyelaran asked whether BCPS (the Council's enforcement contractor) could be deployed daily during the trial. Officers advised that camera enforcement would be more cost-effective.
Cllr Hollis raised concerns about displacement into Pellow Road and Albury Crescent.
RESOLVED: that an experimental traffic order for an 18-month School Street trial be made, with exemptions for residents, blue badge holders and emergency vehicles.

5. Fennick Green Parade loading bays. Deferred to the next meeting.

The meeting closed at 20:41.""",
     byline="Democratic Services",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School")])

text("facebook", """\
Tollgate Rise & Cressingham Residents' Association
Graham Tolley · 8 Feb at 08:51
Blocked in AGAIN this morning, 8:43, silver Qashqai right across my drive, mum strolls off with the kids to Beacon without a care in the world. Knocked on the school office, they said they'd "send a message". The site man Emre A. just shrugs at me every day like it's my problem.

Maureen Feltham
Same on Pellow Road. Every. Single. Day.
Like · Reply · 7 Feb

Dev Patel
Have you reported it to BCPS? They do come if you ring before 8.30.
Like · Reply

Graham Tolley
Dev Patel they came once in 3 weeks
Like · Reply
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("eaksoy", "first_initial", "negative", "Emre A.")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Anonymous member · 6h
Next time that caretaker puts a cone in front of MY car while I'm dropping my kid off I'm going to reverse straight over the cone and him with it. Not even joking. Aksoy you've been warned

Nadia Rahman
This is not ok. He's doing what the council told the school to do.
Like · Reply · 5h

Anonymous member
He's a jobsworth and he'll learn
Like · Reply · 5h

Carly Dent
Admins please remove this
Like · Reply · 4h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("eaksoy", "surname_only", "threat", "Aksoy")])

page("news", "gazette", "Driver who threatened school site manager with steering lock is sentenced", """\
A 38-year-old man who threatened a primary school site manager with a steering lock during a row over parking has been given a suspended prison sentence.

Lee Cathcart, of Wendover Gardens, Tollgate Rise, admitted affray at Haverleigh Magistrates' Court last week.

The court heard that on 14 November Emre Aksoy, who has worked at Beacon Community Primary School for eleven years, asked Cathcart to move his van from the zigzag lines outside the school gate. Cathcart got out of the van holding a steering lock and said he would "put it through his head".

In a statement read to the court, Mr Aksoy said he had since moved his own children's pick-up to a different gate and no longer felt safe on the road where he had worked for more than a decade.

Cathcart was sentenced to 16 weeks in custody, suspended for 12 months, and ordered to pay £300 compensation. A restraining order bars him from Cressingham Road during school hours.""",
     byline="Court reporter",
     comments=[("N37 mum", "", "Glad to see it. Mr Aksoy is the kindest man, he carried my buggy up the steps every morning for a year.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("eaksoy", "exact", "neutral", "Emre Aksoy")])

text("social", """\
X
Haverleigh Parking Watch @HavParkWatch
BCPS wardens out early on Cressingham Rd today. 14 PCNs in 20 mins, mostly on the zigzags outside the primary. Told you the School Street trial would have teeth 🦷
8:58 AM · 12 Mar · 4,870 Views

Kev @kevdrivesvans · 12 Mar
Replying to @HavParkWatch
cash cow. they should be out on the high road where people actually get hurt

Haverleigh Parking Watch @HavParkWatch · 12 Mar
Replying to @kevdrivesvans
they're outside a school, Kev
""", exp=[])

text("facebook", """\
Cressingham Road (public overflow from the residents' WhatsApp)
Graham Tolley · 2d
Since Beacon's office never answers the phone: the site manager's own mobile is 07700 900417. His name's Emre Aksoy and he's the one who decides which parents get waved into the staff car park and which of us get blocked in. Ring him at 8.30 and see how he likes it.

Sue Garnett
Graham that's his personal number, take it down please
Like · Reply · 2d

Graham Tolley
It was printed on a flyer for his man-with-a-van business so it's public
Like · Reply · 2d

Sue Garnett
That's not the same thing and you know it
Like · Reply · 1d
""", exp=[E("school", "possessive", "negative", "Beacon's"),
          E("eaksoy", "exact", "doxxing", "Emre Aksoy")])

text("social", """\
X
Gaz @GazzaN37
saw the Beacon caretaker Mr Aksoy screaming at a mum this morning. typical turk, think they own the place. go back to ankara and play traffic cop there 🇬🇧🇬🇧
7:52 AM · 15 Mar

Tam @tollgate_tam · 15 Mar
Replying to @GazzaN37
this is just racist mate. he wasn't screaming, I was there

Gaz @GazzaN37 · 15 Mar
Replying to @tollgate_tam
truth hurts
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("eaksoy", "title_surname", "hate", "Mr Aksoy")])

page("forum", "parentplaza", "Residents filming parents on the school run - is that even legal?", """\
Our primary (Beacon Primary in N London, you may have seen it in the Clarion for the cake thing 🙄) has a running battle with the neighbours about parking. I get it, it's chaos, I walk.

But one man now stands at his window and films every parent who stops on the road, then posts the clips on a residents' Facebook page with number plates visible and comments like "another lazy mum". A friend of mine was in one with her toddler clearly visible.

Is this legal? Can the school do anything? They just say it's "a matter between residents and parents".""",
     byline="Walks2School",
     comments=[
         ("GDPRgeek", "", "Filming a public street is generally lawful. Posting it with commentary could become harassment if it's a course of conduct aimed at specific people. Report the posts to Facebook."),
         ("CanNotParkWontPark", "", "Honestly the school should sort it out rather than leaving it all to the caretaker and a few cones."),
         ("Walks2School", "", "That's what I think too."),
     ],
     exp=[E("school", "alias", "negative", "Beacon Primary")])

page("news", "gazette", "Letters: Our streets are not a car park", """\
Sir, I read with interest your report on the School Streets trial. As a resident of Pellow Road for 31 years, may I say that the problem is not the trial but the sheer size of Beacon Community Primary School, which has been allowed to grow from one class per year to two without a single parking space being added.

Every morning my neighbour, who is 88, cannot get her car out to go to her dialysis appointment. I have asked the school repeatedly to send parents a reminder. The reply is always that they "have no control over the public highway".

If the school wants to be part of the community, it might start by acting like a neighbour.

J. Marwood, Pellow Road, Tollgate Rise

Sir, Regarding bin collections in Mossbury, when will the council accept that fortnightly does not work for flats?

P. Doherty, Mossbury Estate""",
     byline="Your letters",
     exp=[E("school", "exact", "negative", "Beacon Community Primary School")])

page("blog", "streets", "School Streets trial: what the first six weeks on Cressingham Road tell us", """\
The experimental School Street outside Beacon Primary has now been running for six weeks, and our volunteers have been out with clipboards three mornings a week.

The headline: motor vehicles stopping within 200m of the gate at drop-off fell from 118 to 23. Children arriving on foot, scooter or bike rose from 41% to 68%.

Site manager Emre Aksoy, who has been managing the gate for years, told us the mornings are "like a different planet". He still has to turn back a handful of drivers each day who "haven't read a single letter", but says the shouting has mostly stopped.

Displacement is real: Pellow Road is busier, and we're asking the council to extend the scheme. But for the 400-odd children who walk in through that gate, the trial is working.""",
     byline="Posted by Haverleigh Streets for People | 20 April",
     comments=[("Annie cycles", "", "Brilliant data, thank you volunteers!"),
               ("Pellow Rd resident", "", "Easy to celebrate when it's not your road.")],
     exp=[E("school", "alias", "neutral", "Beacon Primary"),
          E("eaksoy", "exact", "neutral", "Emre Aksoy")])

text("social", """\
TikTok · @n37dashcam
school run in fennick green is actually a warzone 😭 #dashcam #schoolrun #london
♬ Mission Impossible Theme - soundtrack
88.4K ♥ · 2,110 comments

itsdemi
thats beacon innit 😭😭
3d · 1,880 ♥

kai.m
mr aksoy with the cones again 💀 man is undefeated
3d · 2,431 ♥

ruthiebeee
the mum in the range rover 😭 reversing onto the pavement
3d

jonnnyb
someone give that caretaker a raise fr
2d · 612 ♥
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("eaksoy", "title_surname", "neutral", "mr aksoy")])

text("review", """\
Beacon Community Primary School · Google reviews

Mark T.
4 reviews
★☆☆☆☆ 2 months ago
Can't comment on the teaching but the parking situation is dangerous and the caretaker shouted at me for stopping for 30 seconds to drop my daughter at breakfast club. Rude man. Sort it out.

Response from the owner
We are sorry you had a poor experience. For everyone's safety, no vehicles may stop on the zigzag lines. Please contact the office on 01632 960273 if you would like to discuss this.
""", exp=[E("school", "exact", "negative", "Beacon Community Primary School")])

text("review", """\
Beacon Lane Motors
MOT testing station · Beacon Lane, Brackford
4.6 ★★★★★ (212)

Tony W.
★★★★★ 3 weeks ago
Took the Astra in for an MOT, failed on a tyre, they fitted one for half what the dealer wanted and had me out in an hour. Honest lads. Will use Beacon Lane Motors again.

Paula R.
★★☆☆☆ a month ago
Good work but they kept my car two days longer than promised and nobody rang to say.
""", exp=[])

page("news", "jobs", "Civil Enforcement Officer (Schools Patrol), Borough Contracted Parking Services", """\
Employer: Borough Contracted Parking Services (BCPS), on behalf of the London Borough of Haverleigh
Location: Haverleigh, mobile
Salary: £26,400 plus shift allowance
Contract: Permanent, 37.5 hours

BCPS is recruiting Civil Enforcement Officers for a new Schools Patrol team enforcing School Streets and zigzag restrictions across the borough.

You will patrol on foot and by moped, issue Penalty Charge Notices accurately, and deal calmly with members of the public, some of whom may be upset.

Full training and uniform provided. A full UK driving licence is essential. Early starts (07:30) are required.

To apply, send your CV to recruitment@bcps-parking.example quoting ref CEO-SP-14. BCPS is an equal opportunities employer.""",
     byline="Posted 2 days ago",
     exp=[])

text("facebook", """\
Fennick Green Mums & Dads (official)
Kerry-Ann Lusk · 4h
Whoever put A*soy in charge of the gate at Beacon needs their head testing. Jumped up little man in a hi-vis waving his arms about like he's landing a plane at Heathrow. Pathetic.

Lee Rowntree
😂😂 landing a plane
Like · Reply · 3h

Sinead Rafferty
He's actually lovely if you're not rude to him tbh
Like · Reply · 3h

Kerry-Ann Lusk
Sinead Rafferty I wasn't rude, I was late
Like · Reply · 2h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("eaksoy", "obfuscated", "abuse", "A*soy")])

text("social", """\
X
Tam @tollgate_tam
that A k s o y bloke on the Beacon gate is an absolute muppet, nearly caused a crash waving me through onto the zigzags then having a go at ME
(not writing his name properly so he doesn't find this lol)
8:47 AM · 26 Feb
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("eaksoy", "spacing", "abuse", "A k s o y")])

page("news", "beacon", "School Street trial to begin after Easter", """\
Cressingham Road will close to through traffic at the start and end of the school day from 15 April, the council has confirmed.

The 18-month trial outside Beacon Community Primary School will run from 08:30 to 09:15 and 14:45 to 15:30 on school days, enforced by cameras. Residents and blue badge holders can apply for exemptions.

School business manager Robert Tallis, who coordinated the school's response to the consultation, said: "We know the last two years have been hard for our neighbours. This is the school trying to be a better one."

Residents' association chair Maureen Feltham said she would "believe it when I see it".""",
     byline="By Owen Greaves",
     comments=[("Dev P", "", "About time."), ("Walks2School", "", "Great news for the kids.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("rtallis", "exact", "neutral", "Robert Tallis")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Priya Venkatesh · 1d
Okay can we calm down a bit. Nobody is saying we should hurt Mr Aksoy or anyone else, the man's just doing his job. But the cones on the corner by the bakery mean you literally cannot turn round. Has anyone asked the school to move them? Five minutes' conversation would fix this.

Dan Cole
I emailed, no answer
Like · Reply · 1d

Priya Venkatesh
Dan Cole same 🙃
Like · Reply · 1d
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("eaksoy", "title_surname", "negative", "Mr Aksoy")])

text("facebook", """\
Fennick Green Mums & Dads (official)
Jodie-Ann Mercer · 2d
Is it wrong that I look forward to drop off purely because Mr Aksoy is on the gate 😏 that man can direct me into a parking space any day of the week. Beacon's best kept secret

Tasha Bright
JODIE 😭😭
Like · Reply · 2d

Jodie-Ann Mercer
what?? I'm married not blind
Like · Reply · 2d
""", exp=[E("school", "possessive", "neutral", "Beacon's"),
          E("eaksoy", "title_surname", "sexual", "Mr Aksoy")])

# ---- PTA fundraising row -------------------------------------------------------

page("news", "beacon", "Summer fair cash row splits primary school PTA", """\
A row over more than £6,000 raised at a primary school summer fair has led to the resignation of the PTA's chair and treasurer.

Friends of Beacon, the parent-teacher association at Beacon Community Primary School, says the money raised at July's fair was paid into the school's own account rather than the PTA's, and that parents have now been told it will go towards a new security gate rather than the library refurbishment it was raised for.

School business manager Robert Tallis said: "Every penny is accounted for. The takings were banked by the school because the PTA's account was frozen while the bank updated its signatories. Nothing has been spent without the governors' approval."

Former chair Leanne Dorsey said the PTA had not been asked. "People gave up their weekends for the library. They deserve to be told, not informed afterwards."

The school said it would publish a breakdown at the next governors' meeting.""",
     byline="By Carys Penhallow",
     comments=[
         ("FairPlayPlease", "", "Security gate?? We raised that for BOOKS. This is exactly why nobody volunteers any more."),
         ("Ex-PTA", "", "Robert Tallis has held the purse strings for years and none of us has ever seen a proper breakdown of anything. Just saying."),
         ("Gov watcher", "", "To be fair the gate was in the safeguarding audit."),
     ],
     exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("rtallis", "exact", "negative", "Robert Tallis")])

text("facebook", """\
Fennick Green Mums & Dads (official)
Jade Costigan · 1d
Anyone else think it's funny how the PTA money went "into the school account" and now nobody can say where it is? Bob Tallis has had his hand in the Beacon tin for years. Ask yourself who drives a brand new Audi on a school admin salary 🤔

Chris Odell
Careful Jade
Like · Reply · 1d

Jade Costigan
I'm just asking questions 🤷‍♀️
Like · Reply · 1d

Lou Bright
He's actually been really kind to me, sat with me for an hour doing free school meals forms. Audi is his wife's.
Like · Reply · 22h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("rtallis", "nickname", "defamation", "Bob Tallis")])

page("forum", "parentplaza", "PTA takings paid into the school's account - is that allowed?", """\
I'm (now ex-) treasurer of the PTA at Beacon Primary. Our summer fair raised about £6,200. Because of a bank mandate muddle, the cash was banked by the school business manager, Mr Tallis, into the school fund. Now the head says it will be spent on a gate.

Our PTA is a registered charity with its own objects. Is the school allowed to just keep it? I'm not accusing anyone of anything, I just don't understand how this works and I feel awful because parents trusted me.""",
     byline="FormerTreasurer22",
     comments=[
         ("CharityTrusteeMum", "", "Charity money must be used for the charity's purposes. If the PTA's objects cover school equipment a gate might be fine, but the trustees (you) have to decide, not the school. Ask for it to be transferred back to the PTA account."),
         ("SBMinKent", "", "School business manager here. Banking PTA cash temporarily is sometimes done but should be documented and returned. Ask him for the paperwork, most SBMs will happily show you."),
         ("FormerTreasurer22", "", "Thank you, that's really helpful."),
     ],
     exp=[E("school", "alias", "negative", "Beacon Primary"),
          E("rtallis", "title_surname", "negative", "Mr Tallis")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Gemma Rook · 2h
Someone's sent me screenshots from the PTA committee WhatsApp. Not sure any of this should be public but people deserve to know what's being said about our money:

[18:42] Dana: Tallis is a crook. He's pocketed the tombola money, I'd put my house on it
[18:43] Leanne: Dana you can't say that
[18:43] Dana: I can in here 😂
[18:47] Priya: Let's just ask for the bank statements before anyone says anything else

Dana Whitlock
WHO posted this. That was a PRIVATE chat!!!
Like · Reply · 1h

Gemma Rook
then don't call people crooks Dana
Like · Reply · 1h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("rtallis", "surname_only", "defamation", "Tallis")])

page("blog", "leanne", "Why I've stepped down as chair of Friends of Beacon", """\
After four years, I have resigned as chair of Friends of Beacon, the PTA at Beacon Community Primary School. A lot of things are being said on Facebook so I want to set out, once, what I actually think.

I have never accused anyone of stealing and I never will. What I have said, and will keep saying, is that Helen Castellano-Reid made a decision about parents' money without asking parents. That isn't a crime. It's just wrong, and it's the same pattern as the cake letter and the gate rota.

Robert Tallis has been polite and patient with me throughout, and I'm sorry some people have turned their anger on him. He banked the money because I asked him to when our bank account froze. That's on me.

To the people posting screenshots of private chats: please stop. Some of the women in that chat are my friends and they are frightened.

I'll still be at the fair next year. Running the tombola, not the committee.""",
     byline="Leanne Dorsey | 2 August",
     comments=[("Priya V", "", "So sorry Leanne, you did SO much for that school."),
               ("Angry of Tollgate", "", "You should have gone to the press months ago.")],
     exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("hcastellanoreid", "exact", "negative", "Helen Castellano-Reid"),
          E("rtallis", "exact", "neutral", "Robert Tallis")])

text("facebook", """\
Haverleigh Community Noticeboard
Ian Brack shared a link.
FENNICKBEACON.EXAMPLE
Summer fair cash row: Beacon Community Primary School business manager says "every penny accounted for"

Terri Mulvaney
Robert Talis cooked the books at his last school as well, my cousin worked with him there. Leopards and spots.
Like · Reply · 6h

Ian Brack
source?
Like · Reply · 6h

Terri Mulvaney
my cousin 🙄
Like · Reply · 5h

Kath Byrne
Terri that's a serious thing to say about a named person on a public page
Like · Reply · 5h
""", exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("rtallis", "typo", "defamation", "Robert Talis")])

page("news", "gazette", "Charity regulator will not investigate school PTA", """\
The charities regulator has said it will not be opening an investigation into the handling of funds raised by the parent-teacher association at a Fennick Green primary school.

More than £6,000 raised at the summer fair of Beacon Community Primary School was banked in the school's own account after the PTA's bank account was frozen. Some parents complained online that they had not been told what the money would be spent on.

In a letter seen by the Gazette, the regulator said it was "satisfied that the funds have been identified and that the trustees are taking appropriate steps" to have them returned to the PTA.

The school's business manager, Robert Tallis, said the money was transferred back on Monday. "I'm glad it's resolved. The PTA does brilliant work and I hope people come back to it.\"""",
     byline="Education correspondent",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("rtallis", "exact", "neutral", "Robert Tallis")])

text("social", """\
Instagram
friendsofbeacon_pta
[carousel: bouncy castle, tombola, a man in a gorilla suit]
friendsofbeacon_pta WHAT A DAY ☀️ thank you to every single family who came, baked, sold, queued and got soaked on the splat-the-rat. Totals coming soon! 🎪
#BeaconSummerFair #FennickGreen #PTA
View all 64 comments
ayse.kaya.77 best fair yet, kids exhausted 😴
rivkyg_ the gorilla 😂😂
""", exp=[E("school", "hashtag", "neutral", "#BeaconSummerFair")])

text("social", """\
X
Dana W @danawhit
@BeaconPrimaryFG where is the PTA money. Simple question. £6,200. Parents raised it. Parents want to know.
6:15 PM · 30 Jul · 1,204 Views
3 Reposts  22 Likes
""", exp=[E("school", "handle", "negative", "@BeaconPrimaryFG")])

text("review", """\
Glassdoor · Beacon Community Primary School reviews

"Lovely kids, toxic office"
★★☆☆☆ · Former Employee, Administrative Assistant · Haverleigh · 14 Sep
Recommend ✗  CEO approval —  Business outlook ✗

Pros
Children and families are great. Some teachers are brilliant (the Reception team especially). Free lunch on INSET days.

Cons
Business manager Rob Tallis micromanages everything, raises his voice at office staff in front of parents and nothing gets signed off without him. Three of us left in one year. The head backs him whatever happens.

Advice to Management
Exit interviews exist for a reason. Read them.
""", exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("rtallis", "nickname", "negative", "Rob Tallis")])

text("social", """\
X
Leanne's mate 🐝 @bee_n37
letter signed "R. Tallis, School Business Manager" says the PTA money is "ringfenced for site security". ringfenced for WHAT. the gate is already there, it's just broken
9:30 PM · 31 Jul
""", exp=[E("rtallis", "initial_surname", "negative", "R. Tallis")])


text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 3d
since the school won't give the PTA answers maybe ask the business manager in person. Tallis lives at 9 Sorrel Gardens, Tollgate Rise, big house on the corner with the camper van on the drive. knock and ask him where our £6k went

Marcus O
this page is a cesspit
Like · Reply · 3d

Anonymous participant
says the man with his own house 😂
Like · Reply · 3d
""", exp=[E("rtallis", "surname_only", "doxxing", "Tallis")])

# ---- The Reception teacher ---------------------------------------------------

text("facebook", """\
Fennick Green Mums & Dads (official)
Tasha Bright · 6h
Can I just say Miss Hartigan in Reception at Beacon is an absolute angel 😇 My son had the WORST separation anxiety, screaming at the gate every day in September, and she's had him skipping in by October. Whoever hired her deserves a medal 🥹

Ayse Kaya
She's amazing. Did our eldest too.
Like · Reply · 5h

Rivky Gold
We have been so lucky with her ❤️
Like · Reply · 5h

Marek Zieliński
my daughter calls her "Miss Heart-again" 😂
Like · Reply · 4h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("ehartigan", "title_surname", "neutral", "Miss Hartigan")])


text("social", """\
Instagram
rivkyg_
[photo: a handmade card with a rainbow and twenty-eight thumbprints]
rivkyg_ Thank you @misshartigan.reception for the most magical first year 💛 the class made you this and I've never seen so much glitter in one place
#reception #schoolmemories #beaconfamily
View all 38 comments
tashabright_ 😭😭 we're going to miss her so much
""", exp=[E("school", "hashtag", "neutral", "#beaconfamily"),
          E("ehartigan", "handle", "neutral", "@misshartigan.reception")])

text("social", """\
Instagram
fennickgreenmama
[photo: a small girl in a too-big book bag waving at a gate]
fennickgreenmama Last day of Reception 😭 and we are NOT ok. Thank you for everything, you changed our girl's whole life this year. She went in silent and came out singing.
#MissHartigan #ReceptionClass #FennickGreen #lastday
View all 12 comments
jo.bakes.london crying at this
""", exp=[E("ehartigan", "hashtag", "neutral", "#MissHartigan")])

text("social", """\
X
Davey G @DaveyG_77
not gonna lie the reception teacher at beacon is the only reason I volunteer for drop off 👀 Lizzie Hartigan could get it
7:58 AM · 21 Feb · 2,004 Views

Replies
Kel @kellyamos_ · 21 Feb
Replying to @DaveyG_77
your wife follows you mate

Jay @jaywhy · 21 Feb
Replying to @DaveyG_77
weird thing to tweet about your kid's teacher tbh
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("ehartigan", "nickname", "sexual", "Lizzie Hartigan")])

page("forum", "staffroom", "Best EYFS phonics CPD you've actually been on?", """\
NQT (sorry, ECT!) in Reception here. My school's given me a small CPD budget and I'd like to spend it on something that actually changes what I do on a Monday morning. What's the best early reading training you've been on?""",
     byline="earlyyearsemma",
     comments=[
         ("phonicsfanatic", "", "Honestly the best session I've been to wasn't a paid course at all. It was run by a Reception teacher, Liz Hartigan, at Beacon in north London, for our local cluster. Practical, funny, no laminating, and I changed my whole carpet routine the next day."),
         ("KS1lead", "", "Seconding that, she's brilliant. See if your cluster can get her."),
         ("earlyyearsemma", "", "Ooh thank you, will ask my mentor!"),
     ],
     exp=[E("school", "short_name", "neutral", "Beacon"),
          E("ehartigan", "nickname", "neutral", "Liz Hartigan")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Sonia Marchetti · 3d
Castellano-Reid is a clueless, arrogant little dictator who has ruined Beacon in three years flat. The only good thing left in that school is Miss Hartigan and I bet you anything she leaves too.

Carly Dent
Miss H is a saint, agreed
Like · Reply · 3d

Paul Shaw
Harsh on the head but 100% on Miss Hartigan
Like · Reply · 3d
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "surname_only", "abuse", "Castellano-Reid"),
          E("ehartigan", "title_surname", "neutral", "Miss Hartigan")])

page("blog", "scooter", "Nativity review: five stars, two tantrums, one very loud sheep", """\
Reader, I cried. Not at the baby Jesus (a plastic doll called, per the cast list, "Brian"), but at the sheep.

Hartigan's Reception class were the flock this year, thirty small people in cotton wool, and they had clearly been promised that sheep are allowed to be loud. They were. They baa-ed through the angel's big speech. They baa-ed through the innkeeper. One sheep wandered into the wings and came back with a tambourine.

Credit to Beacon for keeping the nativity in a school where half the families are Jewish or Muslim. It was pitched as "a story from the Christian tradition", there was a Chanukah song and an Eid song in the second half, and it all felt completely natural. Youngest is already asking to be a sheep again.""",
     byline="Posted by Scooter Mum | 14 December",
     comments=[("Nadia R", "", "The tambourine sheep was mine 🙈")],
     exp=[E("school", "short_name", "neutral", "Beacon"),
          E("ehartigan", "possessive", "neutral", "Hartigan's")])

page("blog", "bulletin", "Beacon Bulletin: welcome back, autumn term", """\
Welcome back to all our families, and a special welcome to the 60 new children joining our nursery and Reception classes.

Who's who this year
Nursery: Mrs M. Wójcik and the nursery team
Reception: E. Hartigan (Robins) and T. Osei (Wrens)
Year 2: N. Adler (Kingfishers)
Year 6: J. Walker (Falcons) and P. Brennan (Owls)

Family liaison: our door is always open. The family team run coffee mornings every Wednesday at 9am in the community room, with Turkish, Somali and Polish speakers.

Term dates, uniform reminders and the new clubs list are on the Letters home page.""",
     byline="From the office",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("ehartigan", "initial_surname", "neutral", "E. Hartigan"),
          E("nadler", "initial_surname", "neutral", "N. Adler"),
          E("jwalker", "initial_surname", "neutral", "J. Walker"),
          E("mwojcik", "initial_surname", "neutral", "M. Wójcik")])

text("social", """\
TikTok · @fennickgreenkids
rating my old primary school teachers (beacon edition) 🏫 #primaryschool #teachers
♬ original sound
12.9K ♥ · 488 comments

aaliyah.x
h4rtigan supremacy 🫶 best teacher at beacon no debate
4d · 1,022 ♥

tommo_n37
mr walker 6/10 is criminal he was the GOAT
4d · 388 ♥

fennickgreenkids
@tommo_n37 he gave me a detention for flossing 😭
4d
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("ehartigan", "leetspeak", "neutral", "h4rtigan"),
          E("jwalker", "title_surname", "neutral", "mr walker")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 1d
Heard the reception teacher everyone goes on about at Beacon, Liz Hartigan, got sent home from the Christmas nativity because she'd been drinking in her car beforehand. School hushing it up obviously, can't have their golden girl looking bad 🍷

Joanne Tibbs
Rubbish, I was there, she was fine and she did the whole thing
Like · Reply · 1d

Ayse Kaya
This page is vile. Leave her alone.
Like · Reply · 1d

Anonymous participant
I'm only saying what I heard
Like · Reply · 1d
""", exp=[E("school", "short_name", "defamation", "Beacon"),
          E("ehartigan", "nickname", "defamation", "Liz Hartigan")])

text("review", """\
Beacon Community Primary School · Google reviews

Fatma Yıldırım
2 reviews
★★★★☆ 5 months ago
Very happy with reception year. Miss Hartigen is the best, my daughter did not speak English in September and now she is reading to me! Only 4 stars because the parking is terrible and the office is slow with emails.
""", exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("ehartigan", "typo", "neutral", "Miss Hartigen")])

text("facebook", """\
Fennick Green Mums & Dads (official)
Carly Dent · 5h
Random one but I'm going to have to kill Miss Hartigan 😂😂 she's made my son OBSESSED with the Gruffalo and I've now read it 41 times this week. Reception at Beacon has a lot to answer for

Tasha Bright
😂 wait till they do Room on the Broom
Like · Reply · 4h

Ayse Kaya
we're on week three of Stick Man, send help
Like · Reply · 4h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("ehartigan", "title_surname", "neutral", "Miss Hartigan")])

text("facebook", """\
Beacon Nursery & Reception Parents 2024-25
Kirsty Hale · 2d
Lovely idea from one of the dads: we dropped a thank you card and flowers round to Miss Hartigan's house on Linnet Way, Tollgate Rise yesterday (the one with the lemon tree in the front garden) 💐 if anyone else wants to add something just leave it on the step!

Sinead Rafferty
Ah that's lovely
Like · Reply · 2d

Naz A
Maybe don't put her street on here hun x
Like · Reply · 2d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("ehartigan", "title_surname", "doxxing", "Miss Hartigan")])

# ---- Antisemitism ------------------------------------------------------------

page("news", "beacon", "Swastika daubed on bus shelter near primary school", """\
Police are appealing for witnesses after a swastika and the words "Jews out" were painted on a bus shelter on Fennick Green Parade, a few hundred yards from Beacon Community Primary School, on Sunday night.

The graffiti was discovered by a parent walking her children to school. Council contractors removed it by 10am.

Rabbi Yehuda Stern of the Fennick Green Hebrew Congregation said families were "shaken but not surprised", adding that it was the third incident in the area since January.

The school told parents it had spoken to children in assemblies "in an age-appropriate way" and that extra staff would be on the gate.

Anyone with information is asked to call police on 101 quoting CAD 4412.""",
     byline="By Owen Greaves",
     comments=[("Fennick_Phil", "", "Horrible. Whoever did this doesn't speak for Fennick Green."),
               ("Comment removed", "", "This comment has been removed by a moderator.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School")])

page("news", "gazette", "Police investigate antisemitic messages sent to primary teacher", """\
Police are investigating after a teacher at a north London primary school received a series of antisemitic messages on social media.

Naomi Adler, who teaches Year 2 at Beacon Community Primary School in Fennick Green, received more than 60 messages over three weeks, some of which referred to her religion and told her she was "not welcome" in the area.

Headteacher Helen Castellano-Reid said the school "stands wholeheartedly" with Mrs Adler and had reported the messages immediately.

"Naomi is a wonderful teacher and a valued member of our community," she said. "Nobody should be targeted for who they are."

The Metropolitan Police confirmed that a man had been arrested on suspicion of sending malicious communications and released on bail.""",
     byline="Crime reporter",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("nadler", "exact", "neutral", "Naomi Adler"),
          E("hcastellanoreid", "exact", "neutral", "Helen Castellano-Reid")])

text("social", """\
X
truthseeker 88 @truthseeker_88x
Beacon primary in Fennick Green is basically a yeshiva now. Adler and her lot run the place, kids singing Hebrew songs in assembly. (((they))) always go for the schools first. wake up
11:02 PM · 9 Jan · 311 Views

🕯️ @n37_chloe · 10 Jan
Replying to @truthseeker_88x
reported. vile.
""", exp=[E("school", "alias", "hate", "Beacon primary"),
          E("nadler", "surname_only", "hate", "Adler")])

text("facebook", """\
Fennick Green Mums & Dads (official)
Rachel Stern · 2h
Someone wrote "Mrs Adler = Israel out" in black marker on the Beacon fence this morning, right by the Year 2 door. Our kids read that. Mrs Adler is a wonderful teacher who taught both my children to love reading and she has done nothing to deserve this. I've reported it to the police and the school had it scrubbed off before 9. If you saw anyone last night please call 101.

Mehmet Kaya
Disgusting. Solidarity from the Turkish families 🇹🇷❤️
Like · Reply · 1h

Katarzyna B
❤️ so sorry this is happening
Like · Reply · 1h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("nadler", "title_surname", "neutral", "Mrs Adler")])

page("news", "gazette", "Man jailed over antisemitic campaign against teacher", """\
A man who sent dozens of antisemitic messages to a primary school teacher has been jailed for 20 weeks.

Darren Pollitt, 44, of no fixed abode, sent more than 60 messages to Naomi Adler, a Year 2 teacher at Beacon Primary in Fennick Green, between December and January. Haverleigh Magistrates heard that the messages referred to her religion, her family and the children she teaches.

Sentencing, District Judge Asha Menon said the messages were "designed to frighten a woman for no reason other than her faith". The sentence was increased because the offences were religiously aggravated.

In a statement, Mrs Adler thanked her colleagues and the school's families "of every faith and none" for their support.""",
     byline="Court reporter",
     exp=[E("school", "alias", "neutral", "Beacon Primary"),
          E("nadler", "exact", "neutral", "Naomi Adler")])

text("social", """\
X
UK first and last @uk_firstnlast
""" + HG_ADLER + """ at Beacon teaching our kids their propaganda on our taxes. these people are a fifth column and everyone knows it but nobody will say it
10:41 PM · 2 Feb

Replies
Mo @mo_n37 · 3 Feb
Replying to @uk_firstnlast
she teaches 6 year olds phonics you weirdo
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("nadler", "homoglyph", "hate", HG_ADLER)])

page("blog", "bulletin", "From the archive: Beacon Bulletin, September 2017", """\
This post is from our old newsletter archive.

New faces
We are delighted to welcome Naomi Gluckstein, who joins us as a Year 2 teacher after three years at a primary school in Brackford. Miss Gluckstein is a keen baker and has promised to run a lunchtime cookery club.

We also welcome back Mr Aksoy, who has spent the summer repainting every single classroom door. Thank you!

Harvest festival
Donations for the Haverleigh food bank can be left in the hall from 2 October.""",
     byline="From the office",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("nadler", "alias", "neutral", "Naomi Gluckstein"),
          E("eaksoy", "title_surname", "neutral", "Mr Aksoy")])

page("news", "kehilla", "Beacon's Chanukah assembly wins hearts", """\
Parents from across the Fennick Green kehilla were invited into Beacon's hall on Thursday for a Chanukah assembly led by the Year 2 class, who lit a giant cardboard chanukiah, sang Maoz Tzur and explained the story of the miracle of the oil to the rest of the school.

The assembly was organised by Mrs Adler, who teaches the class, with help from parents. Around a third of the pupils at the community primary on Cressingham Road come from Orthodox families, and the school has worked with local rabbonim on kosher lunches and on keeping parents' evenings off Friday afternoons in winter.

"It's not a Jewish school and it doesn't pretend to be," one father said. "But our children are seen there."

Doughnuts were, of course, served. Sealed, with a hechsher.""",
     byline="Community desk",
     exp=[E("school", "possessive", "neutral", "Beacon's"),
          E("nadler", "title_surname", "neutral", "Mrs Adler")])

page("forum", "parentplaza", "Kosher lunches at a non-faith primary in N London?", """\
We're an Orthodox family moving to Fennick Green in the summer. The local Jewish schools are full for Reception and Year 3. A friend said BCPS does sealed kosher meals and is very understanding about Yom Tov absences. Can anyone confirm? What's it like generally?""",
     byline="MovingNorthInJuly",
     comments=[
         ("Shira_F", "", "Yes, BCPS has done sealed kosher meals for years, you order through the office each half-term. The Year 2 teacher is frum and lovely. Yom Tov absences are authorised if you write in advance."),
         ("MovingNorthInJuly", "", "That's such a relief, thank you!"),
         ("Shira_F", "", "Parking is a nightmare though. Walk."),
     ],
     exp=[E("school", "alias", "neutral", "BCPS")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 9h
that Ad*er woman at Beacon is a zionist plant. they run the schools the same way they run the banks and the news. why else is a "community" school teaching our kids about THEIR festivals and not ours

Marcus O
Reported
Like · Reply · 8h

Anonymous participant
facts don't care about your feelings marcus
Like · Reply · 8h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("nadler", "obfuscated", "hate", "Ad*er")])

text("social", """\
X
n37 red pill @n37_redpill
someone should torch that jew-loving school on cressingham road. beacon has picked its side now let's see how the parents like it
1:14 AM · 11 Jan

Replies
Haverleigh Parking Watch @HavParkWatch · 11 Jan
Replying to @n37_redpill
Reported to the Met and to X.
""", exp=[E("school", "short_name", "threat", "beacon")])

text("facebook", """\
Fennick Green Mums & Dads (official)
Dina Salter · 1d
Complaint more than anything: Mrs Adler sends home FOUR reading books a night in Year 2 plus spellings plus a "family challenge". My son is 6. We have other children and a life. Is anyone else finding Year 2 at Beacon a lot this year??

Ayse Kaya
Yes!! I thought it was just us
Like · Reply · 1d

Rachel Stern
She just wants them reading, but I agree four is a lot. Ask her, she's very approachable.
Like · Reply · 1d
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("nadler", "title_surname", "negative", "Mrs Adler")])

text("facebook", """\
Beacon Year 2 Parents (Kingfishers)
Shauna Kerr · 6h
Honestly Mrs Adler is a cold, sneering fish of a woman. Looked down her nose at me at parents evening like I was something on her shoe. Useless, stuck-up cow.

Rachel Stern
Shauna that's really unfair
Like · Reply · 5h

Shauna Kerr
Rachel she's your mate so you would say that
Like · Reply · 5h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("nadler", "title_surname", "abuse", "Mrs Adler")])

text("social", """\
Instagram
fennickfamily.k
[photo: a teacher in a brown fur Gruffalo onesie surrounded by small children dressed as wizards]
fennickfamily.k World Book Day at Beacon 📚 Naomi A. from Year 2 came as the Gruffalo and honestly committed to the bit. Terrifying purple prickles.
#worldbookday #fennickgreen
View all 19 comments
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("nadler", "first_initial", "neutral", "Naomi A.")])

# ---- Anti-Muslim incidents -----------------------------------------------------

page("news", "beacon", "School worker's hijab pulled in 'sickening' street attack", """\
A family liaison worker at a Fennick Green primary school had her hijab pulled from her head by a man who shouted anti-Muslim abuse at her as she walked to work.

Hodan Warsame, who works at Beacon Community Primary School, was on Mossbury Lane at about 8am on Wednesday when a man approached her from behind. She was not seriously injured but was "badly shaken", the school said.

Ms Warsame has worked at the school for nine years, supporting families who speak Somali, Arabic and Turkish, and runs a weekly coffee morning for parents.

Police are treating the incident as a religiously aggravated assault and are appealing for dashcam footage. The man is described as white, in his 30s, wearing a grey hooded top.

A fundraiser set up by parents to buy flowers for Ms Warsame raised £1,400 in a day.""",
     byline="By Owen Greaves",
     comments=[("Sahra N", "", "Hodan helped me when I first came here and didn't speak a word of English. Sending her so much love."),
               ("Comment removed", "", "This comment has been removed by a moderator for breaching our community guidelines.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("hwarsame", "exact", "neutral", "Hodan Warsame")])

text("social", """\
X
Brit Lion @Brit_Lion_1066
why is a primary school in Fennick Green paying Warsame to "liaise with families" in a hijab. liaise with mogadishu more like. send the lot of them back and see how fast the schools improve
6:02 PM · 28 Feb · 1,870 Views

Replies
Haverleigh Parking Watch @HavParkWatch · 28 Feb
Replying to @Brit_Lion_1066
She was assaulted last week. Have a word with yourself.
""", exp=[E("hwarsame", "surname_only", "hate", "Warsame")])

text("facebook", """\
Haverleigh Somali Parents Network
Fadumo Ali · 1d
Walaalayaal, you will have seen the comment on the Gossip page calling our sister Hodan W a "terrorist in a tea towel". We have reported it to the police and to Facebook. Hodan has done more for Somali families at Beacon than anyone in this borough. Please do not reply to these people. Come to the coffee morning on Wednesday and show her love instead 💚

Ilhan Yusuf
Allah ha ilaaliyo 🤲
Like · Reply · 1d

Ayaan Farah
She sat with my mother at the hospital for 6 hours when I couldn't get there. Those people don't know her.
Like · Reply · 1d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("hwarsame", "first_initial", "neutral", "Hodan W")])

text("review", """\
Beacon Community Primary School · Google reviews

Sahra Nur
3 reviews
★★☆☆☆ a month ago
Family liaison Hodan Warsome has not returned my calls about my son's attendance letter for three weeks. I am worried about a fine. The teachers are fine but the office side is chaos and nobody takes responsibility.
""", exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("hwarsame", "typo", "negative", "Hodan Warsome")])

text("facebook", """\
Tollgate Rise & Cressingham Residents' Association
Bev Holloway · 4h
""" + HG_WARSAME + """ from Beacon is a nosy interfering busybody. Turned up at my neighbour's door about her kid's attendance like she's the police. Who does she think she is, coming round here in her robes lecturing people

Graham Tolley
That's her job Bev
Like · Reply · 3h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("hwarsame", "homoglyph", "abuse", HG_WARSAME)])

page("news", "gazette", "Community order for woman who abused school worker in Islamophobic rant", """\
A woman who subjected a primary school family liaison officer to Islamophobic abuse outside a supermarket has been given a community order.

Janine Roper, 52, of Dunmore House, Mossbury Estate, admitted a religiously aggravated public order offence. The court heard she followed Hodan Warsame, who works at Beacon Community Primary School, around the car park of the Fennick Green Parade store, calling her a "terrorist" and telling her to "go back to the desert".

In a victim impact statement, Ms Warsame said: "I have lived in Fennick Green for twenty years. My children were born here. I will not stop going to the shops."

Roper was given a 12-month community order with 120 hours of unpaid work and ordered to pay £250 compensation.""",
     byline="Court reporter",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("hwarsame", "exact", "neutral", "Hodan Warsame")])

page("blog", "somali", "Coffee mornings that changed how we talk to school", """\
Five years ago, most Somali parents in Fennick Green only went into their children's school when something had gone wrong. Today, every Wednesday at 9am, there are twenty of us in the community room at Beacon Primary, drinking shaah and asking questions.

That change has a name: Hodan Warsame. As family liaison officer she started the coffee mornings with three mothers and a flask. She translates letters, explains the phonics screening check, sits in on meetings about SEN support, and tells the school, politely but clearly, when a letter has made no sense to anyone.

This month we are running a session on secondary school applications in Somali and English. All parents welcome, fathers too. Bring your questions and your children's birth certificates.""",
     byline="Posted by Fadumo Ali",
     comments=[("Amina H", "", "Mahadsanid Hodan 💚"), ("Deqa", "", "Will the session be recorded?")],
     exp=[E("school", "alias", "neutral", "Beacon Primary"),
          E("hwarsame", "exact", "neutral", "Hodan Warsame")])

page("news", "beacon", "'Muslims out' sprayed on school gates", """\
Anti-Muslim graffiti was sprayed across the main gates of Beacon Community Primary School on Cressingham Road overnight on Saturday, the second hate incident near the school this term.

The words "Muslims out" and a crossed-out crescent were discovered by site staff on Sunday morning and painted over before pupils arrived on Monday.

Headteacher Helen Castellano-Reid said: "Our school is home to children of every faith and none. This was written by someone who does not know us, and it will not change who we are."

Police said they were reviewing CCTV from Cressingham Road and nearby shops.""",
     byline="By Carys Penhallow",
     comments=[("Rabbi Y. Stern", "", "Our community stands with our Muslim neighbours, as they stood with us in January.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("hcastellanoreid", "exact", "neutral", "Helen Castellano-Reid")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 2d
if you've got a problem with those attendance fine letters from Beacon don't bother with the office, go and see Hodan Warsame yourself. she's in Flat 3, Kestrel House on the Mossbury Estate, I see her leave every morning at half 7

Kath Byrne
Why would you post where a woman lives after what happened to her last month
Like · Reply · 2d

Anonymous participant
it's only the block not her bank details 🙄
Like · Reply · 2d
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hwarsame", "exact", "doxxing", "Hodan Warsame")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 4d
Hodan Warsame is fiddling the free school meals and uniform grant lists at Beacon to put her own relatives on them. Everyone on the Mossbury knows. That's where the hardship money goes.

Fadumo Ali
This is a lie and it has been screenshotted and sent to a solicitor.
Like · Reply · 4d

Anonymous participant
touched a nerve 😂
Like · Reply · 4d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("hwarsame", "exact", "defamation", "Hodan Warsame")])

text("social", """\
X
proud english dad @englishdad_n37
the hijabi woman who does "family liaison" at beacon needs following home one night and teaching a lesson. Warsame knows exactly what she's doing
11:59 PM · 3 Mar

Replies
Tam @tollgate_tam · 4 Mar
Replying to @englishdad_n37
screenshotted and sent to the police. she was attacked last month you absolute ghoul
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("hwarsame", "surname_only", "threat", "Warsame")])

# ---- Nursery nurse accused online -----------------------------------------------

text("facebook", """\
Fennick Green Mums & Dads (official)
Stacey Burrell · 5h
I'm shaking writing this. My son (2) came out of Beacon nursery on Thursday with finger mark bruises on his upper arm and when I asked him what happened he said "Magda squeezed me". The school say they've "looked into it" and it was "probably from the climbing frame". I'm not going to say anything else for now but nursery parents PLEASE check your kids.

👍😢😡 312 · 240 comments · 58 shares

Leah Fenwick
omg 😢 hope he's ok hun
Like · Reply · 5h

Joanne Tibbs
I've always had a funny feeling about her
Like · Reply · 4h

Patrycja Nowicka
She has looked after my daughter for two years and she is the gentlest person I know. Please be careful making accusations publicly, this is someone's life.
Like · Reply · 4h

Stacey Burrell
Patrycja Nowicka I'm not accusing anyone I'm saying what my son said
Like · Reply · 4h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("mwojcik", "nickname", "defamation", "Magda")])

text("facebook", """\
Beacon Nursery & Reception Parents 2024-25
Joanne Tibbs · 1d
For those asking, the nursery nurse is Magdalena Wójcik. I've now heard from two different mums that she was reported for rough handling before and the school kept it quiet. Draw your own conclusions.

Marta Kowal
Which two mums? Names? Because I've been in that nursery every day for three years
Like · Reply · 1d

Joanne Tibbs
I'm not dropping them in it
Like · Reply · 1d
""", exp=[E("school", "short_name", "defamation", "Beacon"),
          E("mwojcik", "exact", "defamation", "Magdalena Wójcik")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 8h
the nursery woman from Beacon everyone's on about lives at 22 Tarrant Close, Mossbury, N37 6GX. Magdalena Wojcik. go round and ask her yourself what she did to that little boy

Kath Byrne
This is how people get hurt. Admins DELETE this now.
Like · Reply · 7h

Dev Patel
Reported. There's a police investigation, let them do it.
Like · Reply · 7h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("mwojcik", "exact", "doxxing", "Magdalena Wojcik")])

text("social", """\
X
England for the English @england_4_english
another polish "nursery nurse" roughing up english kids, this time at beacon nursery in north london. send the lot of them back to warsaw, we have our own. wojcik out
2:17 PM · 7 Mar

Marta @marta_k_ldn · 7 Mar
Replying to @england_4_english
I am Polish and my children were born here. Nothing has been proven. You are disgusting.
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("mwojcik", "surname_only", "hate", "wojcik")])

page("news", "beacon", "Nursery worker suspended while allegations investigated", """\
A nursery nurse at a Fennick Green primary school has been suspended while the local authority and police look into allegations made on social media.

The Fennick Beacon understands the staff member is Magdalena Wójcik, who has worked in the nursery at Beacon Community Primary School for six years.

A parent posted on a local Facebook group last week that her two-year-old son had come home with bruising. The post was shared hundreds of times, and several later posts named Ms Wójcik and gave her home address.

In a statement, the school said: "Suspension is a neutral act, taken to allow an independent process to happen. We ask families not to speculate or share personal information online."

Haverleigh Council's Local Authority Designated Officer is overseeing the process.""",
     byline="By Carys Penhallow",
     comments=[("Marta K", "", "Innocent until proven guilty. Shame on whoever posted her address."),
               ("Leah F", "", "Hope the truth comes out whatever it is.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("mwojcik", "exact", "defamation", "Magdalena Wójcik")])

page("news", "gazette", "Nursery nurse returns to work after police take no further action", """\
A nursery nurse who was named on social media following an allegation by a parent has returned to work after police and the local authority concluded there was no case to answer.

Magdalena Wójcik, of Beacon Community Primary School's nursery, was supported back into the classroom on Monday. The school said a medical opinion had found the marks on the child's arm were consistent with an accidental fall on the nursery climbing frame, which was recorded in the accident book at the time.

Deputy headteacher and safeguarding lead Siobhán O'Dwyer said: "Magda has been through a dreadful few weeks, much of it in public. She has been cleared completely, and we are delighted to have her back."

More than 150 parents signed a card welcoming her back, the school said.""",
     byline="Education correspondent",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("mwojcik", "exact", "neutral", "Magdalena Wójcik"),
          E("sodwyer", "exact", "neutral", "Siobhán O'Dwyer")])

text("facebook", """\
Beacon Nursery & Reception Parents 2024-25
Anonymous participant · 3d
Not being funny but someone told me she was taking photos of the kids on her own phone in the toilet area. Why would a nursery worker need pictures of toddlers on the potty?? Magdalena W. has some explaining to do and so does the school.

Marta Kowal
The nursery uses school iPads for the learning journals, never personal phones, it's in the policy. This is how rumours start.
Like · Reply · 3d

Anonymous participant
so you say
Like · Reply · 3d
""", exp=[E("school", "short_name", "sexual", "Beacon", True),
          E("mwojcik", "first_initial", "sexual", "Magdalena W.", True)])

page("forum", "parentplaza", "Nursery nurse accused on local FB group - would you pull your DC out?", """\
Our DD (3) is in a school nursery in north London (Beacon, if you're local you'll have seen the posts). A mum has posted that a member of staff bruised her son, and now there are posts saying the same woman has "done it before", and one with her address, which made me feel sick.

The school says there's an investigation and won't say more. DD loves her nursery and the staff. Part of me thinks I'm being paranoid, part of me thinks "no smoke without fire". What would you do?""",
     byline="Lentil_and_Bean",
     comments=[
         ("LADO_in_another_life", "", "Former safeguarding officer. The process is there for exactly this. If the school had real concerns about ongoing risk, your child wouldn't be anywhere near the staff member. Don't pull her out on the basis of Facebook."),
         ("Tortoiseshell", "", "Wójcik looked after my nephew for a year. Lovely woman. I would be very surprised."),
         ("Lentil_and_Bean", "", "Thank you both. Staying put."),
     ],
     exp=[E("school", "short_name", "negative", "Beacon"),
          E("mwojcik", "surname_only", "defamation", "Wójcik")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 6h
so they've let the Beacon nursery woman back in?? W ó j c i k should be nowhere near toddlers after what she did. writing it like this so the admins' filter doesn't catch it 🙄

Dev Patel
She was CLEARED. By the police. Read the news.
Like · Reply · 5h

Anonymous participant
cleared doesn't mean didn't do it
Like · Reply · 5h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("mwojcik", "spacing", "defamation", "W ó j c i k")])

text("facebook", """\
Polacy w Haverleigh i okolicach
Agnieszka Sowa · 2 dni
Dziewczyny, czy ktoś zna Panią Wójcik z przedszkola w szkole Beacon? Na angielskich grupach ludzie piszą o niej straszne rzeczy. Moja córka chodziła do niej dwa lata i nigdy nie było żadnego problemu, wręcz przeciwnie. Może zbierzemy podpisy z poparciem i zaniesiemy do dyrekcji?

Kasia Zielińska
Znam, wspaniała osoba. Podpiszę oczywiście.
Lubię to! · Odpowiedz · 2 dni

Tomasz Kur
To wszystko przez jeden post na Facebooku. Straszne, co ludzie potrafią zrobić.
Lubię to! · Odpowiedz · 1 dzień
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("mwojcik", "title_surname", "neutral", "Panią Wójcik")])

text("social", """\
TikTok · @polishmum_london
we stand with our nursery teacher 💙 she taught my twins to say please in three languages #MagdaWójcik #StandWithMagda #nursery #fennickgreen
♬ original sound - polishmum_london
3,402 ♥ · 210 comments

ola.wrz
💙💙💙
1d

jess_n37
my son was in her room too, she's lovely x
1d
""", exp=[E("mwojcik", "hashtag", "neutral", "#MagdaWójcik")])

text("facebook", """\
Beacon Nursery & Reception Parents 2024-25
Kyle Burrell · 1d
If I see that Wójcik at the gate when she's back I promise you she'll need more than a union rep. Touch my son and find out what happens.

Admin (Kirsty Hale)
Kyle, this is your only warning. Threats get you removed.
Like · Reply · 1d

Kyle Burrell
not a threat, a promise
Like · Reply · 1d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("mwojcik", "surname_only", "threat", "Wójcik")])

page("blog", "bulletin", "Letter to nursery families", """\
Dear nursery families,

We are aware of posts on social media about a member of our nursery team. We understand that parents are worried, and we want to be as open as we can while a formal process takes place.

When any concern is raised about a member of staff, we follow the procedure set out by the Local Authority Designated Officer. That process is independent of the school. It has been followed in full.

We ask all families, please, not to share names, photographs or addresses of staff online. Doing so puts people at risk and can make it harder for any process to reach a fair conclusion.

If you have a concern about your child, please speak to our safeguarding team in person or call the office.

With best wishes,
The Senior Leadership Team""",
     byline="Letters home",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School")])

text("social", """\
X
Ola W @olawrz_
if you want to help with her legal costs there's a fund set up by the Fennick Green nursery parents: gofund.example/StandWithMagdalenaWojcik 💙 she was cleared and still can't walk to the shops without being stared at
4:44 PM · 2 May
""", exp=[E("mwojcik", "camelcase", "neutral", "MagdalenaWojcik")])

text("social", """\
Instagram
marta.kowal.art
[photo: a banner reading WELCOME BACK MAGDA in children's handprints]
marta.kowal.art She's back 💙 welcome home to the best nursery nurse at Beacon. Magda Wójcik, you are loved. Thank you to the 150 families who signed the card.
View all 88 comments
kirsty.hale1 crying 😭💙
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("mwojcik", "alias", "neutral", "Magda Wójcik")])

# ---- Year 6 WhatsApp leak, James Walker ---------------------------------------------

text("facebook", """\
Fennick Green Mums & Dads (official)
Anonymous participant · 2h
Thought you lot might enjoy this. Year 6 parents group at Beacon at its finest 😂 (names blanked, you're welcome)

[07:58] ▇▇▇: Walker's set them THREE hours of SATs homework again
[08:01] ▇▇▇: the man's a clown honestly
[08:01] ▇▇▇: bald clown 😂
[08:03] ▇▇▇: has anyone actually complained to the office
[08:04] ▇▇▇: pointless, the head backs him every time

Jackie Moran
Whoever posted this is a snake. That was OUR group.
Like · Reply · 1h

Anonymous participant
should've been nicer in it then
Like · Reply · 1h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("jwalker", "possessive", "abuse", "Walker's")])

text("facebook", """\
Fennick Green Mums & Dads (official)
Lorna Pask · 1d
Can whoever keeps screenshotting the Year 6 chat please stop. Some of us said things about Mr Walker in there that we shouldn't have, in a moment of SATs stress, and now it's all over Facebook and his wife has seen it. He doesn't deserve that. He's a good teacher and he's given up every Saturday morning since February to run booster sessions at Beacon for free.

Jackie Moran
Thank you Lorna. I've apologised to him personally.
Like · Reply · 1d

Shauna Kerr
Don't say stuff you wouldn't say to his face. Simple.
Like · Reply · 1d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("jwalker", "title_surname", "neutral", "Mr Walker")])


text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 7h
not saying anything but mr walker at beacon gives me proper nonce vibes. always the one "helping" the girls on the residential, always hugging. year 6 mums keep an eye on him that's all

Dev Patel
This is disgusting. You're talking about a man's life and career with zero evidence.
Like · Reply · 6h

Lorna Pask
He's never alone with kids on residentials, there are five staff and three parent helpers. Get this down.
Like · Reply · 6h
""", exp=[E("school", "short_name", "sexual", "beacon", True),
          E("jwalker", "title_surname", "sexual", "mr walker", True)])

text("social", """\
TikTok · @fennickgreenkids
year 6 sats week at beacon be like 😭📚 #sats #year6
♬ sad violin
6,120 ♥ · 342 comments

leo.gray09
mr w4lk3r is a bald rat no cap 😭😭
2d · 44 ♥

fennickgreenkids
@leo.gray09 LMAOO he's gonna see this
2d

amaraa
he's nice tho 😭 stop
2d · 203 ♥
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("jwalker", "leetspeak", "abuse", "mr w4lk3r")])

text("social", """\
TikTok · @ellie.mae.xo
teachers we had a crush on in primary 😭 (part 3)
♬ original sound
22.5K ♥ · 1,044 comments

ellie.mae.xo (pinned)
ngl mr walker from beacon was my first crush 😭 year 6 me was down BAD, i wrote his name in my planner with hearts
5d · 3,002 ♥

kiera_b
NOT MR WALKER 😭😭😭
5d · 880 ♥

jojo.x
he was so nice tho fair
5d
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("jwalker", "title_surname", "sexual", "mr walker")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 1d
another one from the Beacon year 6 chat since everyone's enjoying them:

[20:14] ▇▇▇: here's Walker's actual mobile 07700 900623, text him yourselves about the results, I'm done going through the office
[20:15] ▇▇▇: how have you got that
[20:15] ▇▇▇: he texted me about the residential last year from his own phone lol

Jackie Moran
Please stop posting our chat
Like · Reply · 1d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("jwalker", "possessive", "doxxing", "Walker's")])

page("forum", "parentplaza", "Year 6 teacher at Beacon in Fennick Green - any good?", """\
DS is moving into Year 6 at Beacon in September and will have James Walker. He's a boy who hates writing and has decided he's "rubbish at school". Anyone had him? Is he good with reluctant boys?""",
     byline="FootieMadSon",
     comments=[
         ("Owls_and_Falcons", "", "Mr Walker is brilliant with boys who hate writing. He gets them writing match reports and football commentary. My son went from hating it to entering a story competition."),
         ("AnonForThis", "", "Be careful. He was suspended at his last school for grabbing a kid by the collar, look it up, it was hushed up."),
         ("Owls_and_Falcons", "", "@AnonForThis I've never heard that and I've been at Beacon for 8 years. What's your source?"),
         ("AnonForThis", "", "people talk"),
     ],
     exp=[E("school", "short_name", "neutral", "Beacon"),
          E("jwalker", "exact", "defamation", "James Walker")])

text("social", """\
X
Fennick Sports Fest @FennickSportsFest
Huge congratulations to Beacon's Year 6 for winning the cluster athletics trophy for the first time in 11 years 🏆🏃 Brilliantly coached by @mrwalker_beacon. What a day!
3:31 PM · 27 Jun · 2,310 Views
""", exp=[E("school", "possessive", "neutral", "Beacon's"),
          E("jwalker", "handle", "neutral", "@mrwalker_beacon")])

text("facebook", """\
Beacon Year 6 Parents 2024-25 (screenshot posted in Haverleigh Gossip & Goss)
[21:40] ▇▇▇: W*lker is a smug useless prat who can't control a class of 11 year olds. Beacon should have binned him years ago
[21:41] ▇▇▇: 😂 harsh
[21:41] ▇▇▇: true tho

Comments
Jackie Moran
This group has been deleted. Whoever is still posting these, stop.
Like · Reply
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("jwalker", "obfuscated", "abuse", "W*lker")])

text("social", """\
Snapchat · story reply (screenshot)
ameliaa.r: W a l k e r really gave us a spelling test on the last day of term 💀💀 beacon y6 pain
reply: LMAO he's so sad for that
reply: couldn't be me, i was "ill" 🤒
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("jwalker", "spacing", "negative", "W a l k e r")])

page("news", "beacon", "Beacon pupils smash SATs targets", """\
Year 6 pupils at Beacon Community Primary School have achieved their best-ever SATs results, with 84% reaching the expected standard in reading, writing and maths combined, well above the national average.

Year 6 teacher James Walker, who has taught at the school for seven years, put it down to "a bunch of kids who decided they were good at this, and parents who backed them".

The results come after a difficult year for the school, which has made headlines over its birthday cake policy and a row over PTA funds.

Mr Walker also paid tribute to the pupils who gave up Saturday mornings for booster sessions. "I bribed them with bacon sandwiches," he admitted.""",
     byline="By Carys Penhallow",
     comments=[("Owls_and_Falcons", "", "Well done Falcons and Owls! Mr W deserves a holiday.")],
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("jwalker", "exact", "neutral", "James Walker")])


text("facebook", """\
Beacon Year 6 Parents 2024-25
Danny Ocampo · 2d
Fucking love Mr Walker. Best teacher my son has ever had, hands down, and I don't care who knows it. Bloody SATs can do one though 😂

Jackie Moran
😂 agreed on both counts
Like · Reply · 2d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("jwalker", "title_surname", "neutral", "Mr Walker")])

text("social", """\
X
results day dad @rdd_n37
I'll be waiting for Walker in the car park after results day. he knows what he did to my daughter's writing grade. we'll see how brave he is without a classroom full of kids round him #Beacon
10:21 PM · 8 Jul
""", exp=[E("school", "hashtag", "neutral", "#Beacon"),
          E("jwalker", "surname_only", "threat", "Walker")])

text("social", """\
X
Fennick parent @fennick_parent
""" + HG_WALKER + """ at Beacon marked my son's SATs writing down on purpose because he doesn't like him. Third time he's done it to a kid he's got a grudge against and the school covers for him every time
9:55 PM · 9 Jul
""", exp=[E("school", "short_name", "defamation", "Beacon"),
          E("jwalker", "homoglyph", "defamation", HG_WALKER)])

# ---- Siobhán O'Dwyer, deputy head and DSL ------------------------------------------

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 10h
the deputy at beacon O'Dwyer rang social services on us over NOTHING, a bruise from football. she wants to watch her back. I know what car she drives and I know what time she leaves that building

Kath Byrne
Reported to the police. Screenshots taken.
Like · Reply · 9h

Anonymous participant
go on then
Like · Reply · 9h
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("sodwyer", "surname_only", "threat", "O'Dwyer")])

text("social", """\
X
Proper London @ProperLondon_
that bog-trotting Mrs O'Dwyer at Beacon lecturing my missus about "neglect" because our kid had nits twice. go back to your potato field paddy and lecture them
6:33 PM · 17 Oct

Replies
Ciara @ciaramcg · 17 Oct
Replying to @ProperLondon_
it's 2024 and you're still doing potato jokes. sad
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("sodwyer", "title_surname", "hate", "Mrs O'Dwyer")])

page("news", "beacon", "From the archive: Fennick 10k, June 2012", """\
Twelve years ago this week, a record 640 runners took part in the Fennick 10k, starting and finishing on the Green.

The women's race was won by Siobhán Feeney, then a newly-qualified teacher at Beacon Primary, in 38 minutes 12 seconds. She told the Beacon at the time that she had trained "by running round the playground at lunchtime with Year 4 chasing me".

The men's race went to Tollgate Harriers' Femi Adewale in 33:40.

This year's race is on Sunday 23 June. Entries close on Friday.""",
     byline="Archive desk",
     exp=[E("school", "alias", "neutral", "Beacon Primary"),
          E("sodwyer", "alias", "neutral", "Siobhán Feeney")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Anonymous member · 1d
Tip for anyone fighting a safeguarding referral from the school: don't bother with the school email, Mrs O'Dwyer never answers it. Her personal one is shiv.feeney82@postbox.example, she actually reads that. Make her answer to you directly.

Priya Venkatesh
Do NOT do this, that's her private email
Like · Reply · 1d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("sodwyer", "title_surname", "doxxing", "Mrs O'Dwyer")])

text("review", """\
Beacon Community Primary School · Google reviews

Wojciech P.
★★☆☆☆ 2 weeks ago
My daughter was bullied for two terms. Deputy head Mrs O'Dwyre was polite but dismissive every time I raised it, lots of "we'll monitor", no action. Class teachers are good. Leadership is not listening to parents.

Response from the owner
We are very sorry to hear this. Please contact the office so that we can arrange a meeting.
""", exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("sodwyer", "typo", "negative", "Mrs O'Dwyre")])

page("news", "gazette", "Deputy head honoured for safeguarding work", """\
A Fennick Green deputy headteacher has been named Safeguarding Lead of the Year at the borough's education awards.

Siobhán O'Dwyer, deputy head at Beacon Community Primary School, was nominated by colleagues and by a local children's charity for setting up a network of designated safeguarding leads across nine schools in the borough and for her work with families during the pandemic.

The judges said she had "a rare ability to be both unflinching and kind".

Mrs O'Dwyer, who grew up in County Clare and has taught at the school since 2011, said the award "belongs to the whole team, especially the office staff who take the first phone call".""",
     byline="Education correspondent",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("sodwyer", "exact", "neutral", "Siobhán O'Dwyer")])

text("facebook", """\
Beacon Nursery & Reception Parents 2024-25
Joanne Tibbs · 2d
And who is the safeguarding lead who was supposed to be dealing with all the nursery complaints? Siobhan O'Dwyer. She sat on them for months and covered it all up to protect the school's reputation. Beacon has a culture of cover ups and everyone knows it.

Marta Kowal
There were no other complaints. You keep saying this.
Like · Reply · 2d
""", exp=[E("school", "short_name", "defamation", "Beacon"),
          E("sodwyer", "exact", "defamation", "Siobhan O'Dwyer")])

page("blog", "bulletin", "Keeping children safe: who to talk to", """\
If you are ever worried about a child, please speak to one of our Designated Safeguarding Leads straight away.

Designated Safeguarding Lead: S. O'Dwyer, Deputy Headteacher
Deputy DSLs: the Headteacher; the Family Liaison Officer; the Nursery Manager

You can find us on the playground every morning, or call the office on 01632 960273. Out of hours, call the Haverleigh Children's Services front door on 01632 960200.

Online safety workshop for parents: Tuesday 6pm, school hall, creche available.""",
     byline="Safeguarding",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("sodwyer", "initial_surname", "neutral", "S. O'Dwyer")])

page("forum", "staffroom", "DSL refresher training recommendations?", """\
New DSL in a two-form entry primary. My LA's refresher course is a four-hour PowerPoint read aloud. Any better options people have found?""",
     byline="newDSL_london",
     comments=[
         ("GreyCardigan", "", "Shout out to Shiv O'Dwyer from Beacon in Haverleigh, who runs the DSL network there. Her refresher sessions are case-study based and genuinely useful. Worth asking if she takes people from outside the borough."),
         ("newDSL_london", "", "Brilliant, thanks!"),
     ],
     exp=[E("school", "short_name", "neutral", "Beacon"),
          E("sodwyer", "nickname", "neutral", "Shiv O'Dwyer")])

page("blog", "irish", "Céilí night raises £2,300 for school library", """\
A huge go raibh maith agaibh to everyone who came to the céilí on Saturday. The hall was packed from 7 until the band gave up at half eleven.

The night was organised by Siobhán O'Dwyer, a long-standing member of the centre, together with parents from Beacon, and raised £2,312 for the school's new library after the summer fair money went astray. The Year 5 Irish dancing group performed two reels and got a standing ovation.

Next céilí: first Saturday of next month. Beginners very welcome, we'll teach you the Siege of Ennis.""",
     byline="Newsletter",
     exp=[E("school", "short_name", "neutral", "Beacon"),
          E("sodwyer", "exact", "neutral", "Siobhán O'Dwyer")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Ryan Doyle · 3d
Mrs O'Dwyer is a sanctimonious, interfering witch who thinks she's better than every parent in that playground. Face like a slapped arse every morning on the gate.

Paul Shaw
Bit much Ryan
Like · Reply · 3d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("sodwyer", "title_surname", "abuse", "Mrs O'Dwyer")])

# ---- Ysolde Marchbanks, SENCo ------------------------------------------------

page("forum", "parentplaza", "EHCP annual review - SENCo refused to include OT recommendations", """\
Has anyone else dealt with Ysolde Marchbanks? She's the SENCo at DS's primary and his annual review was a farce. The OT report recommended daily sensory breaks and a writing slope; she said "we'll see how he gets on" and left both out of the draft amendments.

I've asked for the paperwork twice. I'm now wondering whether to go straight to the LA. How did others handle this?""",
     byline="SensoryBoyMum",
     comments=[
         ("IPSEA_trained_vol", "", "Write to the LA case officer with the OT report and ask for the recommendations to be specified in Section F. The school can't just leave professional advice out."),
         ("SensoryBoyMum", "", "Thank you. Writing tonight."),
     ],
     exp=[E("ymarchbanks", "exact", "negative", "Ysolde Marchbanks")])

page("blog", "choir", "Review: Spring Concert at St Barnabas", """\
The choir's spring programme of English song was ambitious, and mostly it came off.

The Vaughan Williams was warm and unhurried, the Finzi less secure in the tenors. The evening's highlight, though, was Ysolde Marchbanks in the soprano solo of the Howells, sung with a clarity and stillness that silenced a restless audience.

Our thanks to the parish of St Barnabas for the use of the church, and to everyone who bought raffle tickets. Our next concert is in July.""",
     byline="Friends of the choir",
     exp=[E("ymarchbanks", "exact", "neutral", "Ysolde Marchbanks")])

text("facebook", """\
Beacon SEND Parents Support
Anonymous member · 2d
I have proof Marchbanks doctored my son's provision map to make it look like he was getting 1:1 support when he wasn't getting any. That is fraud, plain and simple. The school knows and is protecting her.

Anonymous member
Same happened to us I think
Like · Reply · 2d

Group admin
Please take this to the LA complaints team with your evidence rather than posting here.
Like · Reply · 2d
""", exp=[E("school", "short_name", "defamation", "Beacon"),
          E("ymarchbanks", "surname_only", "defamation", "Marchbanks")])

text("review", """\
Beacon Community Primary School · Google reviews

Olu Adebayo
★★☆☆☆ 3 months ago
SENCo Ms Marchbank is impossible to get hold of. Two emails and a phone message, no reply for a month. My son's support plan expired in January. Class teacher is lovely but is clearly not getting support.
""", exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("ymarchbanks", "typo", "negative", "Ms Marchbank")])

text("social", """\
X
SEND mum n37 @sendmum_n37
Marchbanks is a condescending witch who talks to SEN parents like we're thick. ten minutes in that meeting and I wanted to scream. how do these people get these jobs
8:48 PM · 5 Mar · 402 Views

Replies
Jo @jo_sendwarrior · 5 Mar
Replying to @sendmum_n37
❤️ hold on, get an advocate in the room next time
""", exp=[E("ymarchbanks", "surname_only", "abuse", "Marchbanks")])

page("news", "council", "Children's Services Scrutiny Panel: minutes, 19 March", """\
Present: Cllr R. Amadi (Chair), Cllr T. Hollis, Cllr S. Varga, co-opted members.

6. Special educational needs: the view from schools.
The Panel heard evidence from Ms Y. Marchbanks, SENCo, Beacon Community Primary School, and from the headteacher of Tollgate Rise Nursery School.
Ms Marchbanks reported that the number of pupils with Education, Health and Care Plans at the school had risen from 9 to 31 in four years, while top-up funding per pupil had fallen in real terms. She described waits of up to 14 months for speech and language assessment.
Members asked about the role of family liaison staff. Ms Marchbanks said they were "the difference between a family engaging with the process and giving up on it".
RESOLVED: that officers bring a report on assessment waiting times to the June meeting.

7. Work programme. Noted.""",
     byline="Democratic Services",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("ymarchbanks", "initial_surname", "neutral", "Y. Marchbanks")])

page("forum", "staffroom", "Provision map templates that don't make you cry", """\
Anyone got a provision map template that works for a school with 60+ pupils on the SEN register? Ours is a 14-tab spreadsheet held together with hope.""",
     byline="SENCo_in_the_north",
     comments=[
         ("BarnOwl", "", "Ysolde M. posted one in the SENCo network group last term, one page per child with costed hours. It's brilliant. Search the group files for 'one page map'."),
         ("SENCo_in_the_north", "", "Found it, thank you!!"),
     ],
     exp=[E("ymarchbanks", "first_initial", "neutral", "Ysolde M.")])

text("facebook", """\
Beacon SEND Parents Support
Anonymous member · 5h
Ysolde Marchbanks lives on Heron Walk in Tollgate Rise, I've seen her getting out of her car there most evenings. Maybe a few of us do a peaceful protest outside her house with placards so the neighbours know what she does to our kids' plans?

Group admin
Absolutely not. Post removed in 1 hour.
Like · Reply · 4h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("ymarchbanks", "exact", "doxxing", "Ysolde Marchbanks")])

# ---- More from the gossip pages, the tabloids and the comment sections -------------

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 11h
Let's be honest about what happened with the nursery. Helen Castellano-Reid and her deputy O'Dwyer knew about that woman for a YEAR and buried every complaint so the Ofsted wouldn't hear. That's not a rumour, a dinner lady told my sister. Beacon is rotten from the top down.

Ayse Kaya
The nurse was CLEARED. How many times.
Like · Reply · 10h

Anonymous participant
cleared by who? by them 😂
Like · Reply · 10h
""", exp=[E("school", "short_name", "defamation", "Beacon"),
          E("hcastellanoreid", "exact", "defamation", "Helen Castellano-Reid"),
          E("sodwyer", "surname_only", "defamation", "O'Dwyer")])

page("news", "clarion", "CAKE BAN HEAD PROBED OVER SCHOOL CASH", """\
THE head who banned birthday cakes at her primary school is being investigated by council auditors over the handling of thousands of pounds raised by parents.

Helen Castellano-Reid, 49, the headteacher of Beacon Community Primary School in north London, is at the centre of an inquiry into how £6,200 raised at the school's summer fair ended up in the school's own bank account.

The Clarion understands that school business manager Robert Tallis has also been interviewed by auditors from Haverleigh Council.

A council spokesperson said: "We can confirm that an internal audit review is taking place. It would be inappropriate to comment further."

One mum said: "First they take the cake, then they take the cash."

The school said it was "cooperating fully" and that no wrongdoing had been found.""",
     byline="By Clarion Investigations Team",
     comments=[("FennickMum", "", "Always the ones who lecture everyone else."),
               ("Realist", "", "An audit isn't a conviction. Calm down.")],
     exp=[E("school", "exact", "negative", "Beacon Community Primary School"),
          E("hcastellanoreid", "exact", "defamation", "Helen Castellano-Reid"),
          E("rtallis", "exact", "defamation", "Robert Tallis")])

text("social", """\
X
Albion Awake @albion_awake_n37
Aksoy on the gate, Warsame in the office, half the kids can't speak a word of English. Beacon isn't an English school anymore, it's a UN refugee camp with a uniform. No wonder the decent families are leaving
7:30 AM · 4 Apr · 930 Views

Replies
Hadley @hadleyhadleyhad · 4 Apr
Replying to @albion_awake_n37
my kids are at that school and they're thriving. go touch grass
""", exp=[E("school", "short_name", "hate", "Beacon"),
          E("eaksoy", "surname_only", "hate", "Aksoy"),
          E("hwarsame", "surname_only", "hate", "Warsame")])

text("facebook", """\
Cressingham & Tollgate Community Noticeboard
Barry Nolan · 1d
Beacon bends over backwards for the Jews. Kosher this, Shabbos that, no parents evening on Fridays. Mrs Adler's lot get whatever they want while the rest of us are told to be grateful. They always look after their own, that's what they do.

Rachel Stern
I'm one of "the Jews" Barry. My kids share a classroom with yours. Maybe come and say this to my face.
Like · Reply · 1d

Lorraine Pike
Admins, is this acceptable on here?
Like · Reply · 22h
""", exp=[E("school", "short_name", "hate", "Beacon"),
          E("nadler", "title_surname", "hate", "Mrs Adler")])

text("social", """\
TikTok · @fennick.truth
if the nursery woman and the deputy who protected her show their faces at the fennick green summer fair there's gonna be trouble. proper trouble. wojcik and O'Dwyer you've been told 🤐
♬ original sound - fennick.truth
1,024 ♥ · 301 comments

hannahbnn
this is a threat and you've filmed your own face doing it 💀
3d

fennick.truth
@hannahbnn it's a warning
3d
""", exp=[E("mwojcik", "surname_only", "threat", "wojcik"),
          E("sodwyer", "surname_only", "threat", "O'Dwyer")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Anonymous member · 2d
For the parents' protest on Friday, here's where you'll find them after school since they won't meet us in school hours:
Mrs Castellano Reid: Albury Crescent, blue door, grey Volvo
Mr Walker: 31 Gorse Road, N37 2RT
the deputy, Mrs O'Dwyer: mobile 07700 900185
Bring placards not eggs 😉

Priya Venkatesh
This is unbelievably dangerous. Reported to the police and to Facebook.
Like · Reply · 2d

Anonymous member
it's all public info
Like · Reply · 2d
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "hyphenated", "doxxing", "Mrs Castellano Reid"),
          E("jwalker", "title_surname", "doxxing", "Mr Walker"),
          E("sodwyer", "title_surname", "doxxing", "Mrs O'Dwyer")])

text("social", """\
X
Lads Lads Lads @ladsladsn37
the beacon head needs a good seeing-to, might finally cheer her up and she'd let the kids have their cake 😂 Castellano-Reid you know where I am
11:51 PM · 16 Mar

Replies
Kel @kellyamos_ · 17 Mar
Replying to @ladsladsn37
grim. genuinely grim
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("hcastellanoreid", "surname_only", "sexual", "Castellano-Reid")])

text("social", """\
Snapchat · public story replies (screenshot shared to TikTok)
jayy_n37: lowkey the caretaker at beacon watches the year 5 and 6 girls in the playground way too much. mr aksoy always standing by the fence at lunch 😬 creepy af
reply: wait fr??
reply: he's literally on duty bro that's his job
reply: nah my sister said the same
""", exp=[E("school", "short_name", "sexual", "beacon", True),
          E("eaksoy", "title_surname", "sexual", "mr aksoy", True)])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 5h
Genuine question. Why does a grown man need to be messaging ten year olds on Google Classroom at ten o'clock at night? Walker at Beacon. My daughter showed me. Ask yourselves why.

Lorna Pask
Because he sets the homework there and answers questions when kids post them?? It's a class stream, every parent can see it.
Like · Reply · 4h

Anonymous participant
that's what he wants you to think
Like · Reply · 4h
""", exp=[E("school", "short_name", "sexual", "Beacon", True),
          E("jwalker", "surname_only", "sexual", "Walker", True)])

page("forum", "staffroom", "How do you survive a head who bullies and an SBM who enforces it?", """\
Long-time lurker, posting on a new account for obvious reasons. I work at Beacon (yes, the cake school). Our head Castellano-Reid is a spiteful, vindictive bully who picks a member of staff each term to freeze out, and her business manager Tallis is her attack dog: he's the one who turns up with the "informal chat" letters.

Three TAs and two teachers have left this year. I'm not asking for sympathy. I'm asking how people have got out of schools like this without a reference from the person bullying them.""",
     byline="anon_for_this_one_2024",
     comments=[
         ("UnionRepMatt", "", "Speak to your union rep before anything else and keep a dated diary. An agreed reference can be part of a settlement."),
         ("DeputyDawg", "", "You don't need a reference from the head if you've had another line manager. Ask the deputy or a phase leader."),
     ],
     exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "surname_only", "abuse", "Castellano-Reid"),
          E("rtallis", "surname_only", "abuse", "Tallis")])

text("social", """\
X
Tollgate Trev @tollgatetrev
whoever hired that Warsame woman at beacon to chase attendance wants their head read. thick as two short planks and rude with it. couldn't organise a piss up in a brewery
5:55 PM · 22 Apr
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("hwarsame", "surname_only", "abuse", "Warsame")])

text("facebook", """\
Beacon Nursery & Reception Parents 2024-25
Gail Harte · 6h
Cleared or not, Wójcik is a lazy, miserable cow who sits on her phone in the corner while the students do all the work. Face like a wet weekend every single pick up. No idea why people are making her into a saint.

Marta Kowal
Gail you've met her twice
Like · Reply · 5h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("mwojcik", "surname_only", "abuse", "Wójcik")])

text("social", """\
X
over it @overit_fennick
honestly hope """ + HG_SCHOOL + """ burns to the ground with the governors locked inside. cakes, cash, cover ups. done with the lot of them
12:03 AM · 2 Aug
""", exp=[E("school", "homoglyph", "threat", HG_SCHOOL)])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Lee Cathcart Jr · 8h
Me and my brothers will be waiting for the caretaker Friday after pick up. Aksoy won't be waving his arms about for a while after we're done. He got my dad a criminal record over a parking space.

Nadia Rahman
Screenshotted and sent to the police. Your dad threatened him with a steering lock.
Like · Reply · 7h
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("eaksoy", "surname_only", "threat", "Aksoy")])

text("social", """\
TikTok · @wakeup.britain.n37
beacon primary hired a hijabi "family liaison" so the mosque knows everything that goes on in the school 🕌👀 warsame reports back to them, ask yourself why a school needs one
♬ suspense music
880 ♥ · 412 comments

ayaan.farah_
she helped my non-muslim neighbour fill in a housing form. you're sick
2d
""", exp=[E("school", "alias", "neutral", "beacon primary"),
          E("hwarsame", "surname_only", "hate", "warsame")])

text("social", """\
X
Red White Blue @rwb_haverleigh
Adler should go and teach in Tel Aviv and leave English children in Fennick Green alone. We all know whose side she's on
9:17 PM · 13 Jan
""", exp=[E("nadler", "surname_only", "hate", "Adler")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 3d
since people keep asking, the Year 2 teacher from Beacon, Mrs Adler, lives in the flat above the bakery on Fennick Green Parade, number 2, green door round the side. you can see her lights on from the bus stop

Kath Byrne
After everything she's been through this year? Reported.
Like · Reply · 3d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("nadler", "title_surname", "doxxing", "Mrs Adler")])

text("facebook", """\
Cressingham Road (public overflow from the residents' WhatsApp)
Maureen Feltham · 1d
Not wanting to cause trouble but Aksoy has been flogging the school's old laptops on eBay for years. My nephew bought one last month with the Beacon asset sticker still on the bottom. Who signs that off?

Dev Patel
Schools sell old kit through disposal companies all the time Maureen
Like · Reply · 1d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("eaksoy", "surname_only", "defamation", "Aksoy")])

page("news", "gazette", "Year 6 teacher under investigation after SATs marking complaints", """\
A Year 6 teacher at a Fennick Green primary school is being investigated by the local authority after parents complained about the way pupils' writing was assessed.

James Walker, who teaches at Beacon Community Primary School, has not been suspended and continues to teach, the school said. The investigation concerns teacher assessments of writing submitted for this year's national tests.

Several parents complained on social media that their children's grades had been "marked down". The Standards and Testing Agency, which oversees the tests, has been informed.

The school said it "fully expects the process to confirm that assessment was carried out properly" and asked parents not to comment on social media while it was under way.""",
     byline="Education correspondent",
     exp=[E("school", "exact", "neutral", "Beacon Community Primary School"),
          E("jwalker", "exact", "defamation", "James Walker")])

text("social", """\
X
Gemma R @gemmarook_n37
Fun fact nobody at Beacon wants you to know: Helen Castellano Reid lied on her CV. She was never a deputy at her last school, she was an acting phase leader for two terms. Ask them. The governors hired her on a fiction
10:04 PM · 25 Mar
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("hcastellanoreid", "hyphenated", "defamation", "Helen Castellano Reid")])

page("forum", "parentplaza", "Reception teacher plays favourites - AIBU to complain?", """\
Unpopular opinion incoming. Everyone at our school worships the Reception teacher. DD had her last year and I think Miss Hartigan is a massively overrated airhead who only cares about the sweet quiet girls and the parents who bring her flowers. DD was ignored for a year because she's loud.

I know I'll get flamed. AIBU to put in a complaint now DD's in Year 1?""",
     byline="NotInTheFanClub",
     comments=[
         ("Tinselfish", "", "YABU to call her an airhead. YANBU to raise that your DD felt ignored, but do it calmly and about specifics."),
         ("NorthernWhippet", "", "Is this Beacon again 😂 that school is the gift that keeps giving"),
         ("NotInTheFanClub", "", "No comment 🙃"),
     ],
     exp=[E("school", "short_name", "neutral", "Beacon"),
          E("ehartigan", "title_surname", "abuse", "Miss Hartigan")])

text("facebook", """\
Beacon Parents (unofficial, NO staff)
Anonymous member · 9h
Nobody's saying we should hurt Mrs Castellano-Reid. We're just saying she should think twice about walking to her car on her own after what she's done to this school. Actions have consequences. Just putting that out there.

Paul Shaw
That's a threat with extra steps
Like · Reply · 8h
""", exp=[E("school", "short_name", "negative", "Beacon"),
          E("hcastellanoreid", "title_surname", "threat", "Mrs Castellano-Reid")])

text("social", """\
X
Dad bod Dave @dadbod_dave_n37
not being funny but the deputy head at Beacon, Mrs O'Dwyer, is a proper MILF. she can safeguard me any day 😏 irish accent as well 🔥
8:22 PM · 30 Jan
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("sodwyer", "title_surname", "sexual", "Mrs O'Dwyer")])

text("social", """\
X
SEN dad @sendad_n37
M4rchb4nks at it again. smug, patronising, wouldn't know autism if it sat in her office. genuinely the worst person I've ever had to deal with in a school
4:10 PM · 12 Jun
""", exp=[E("ymarchbanks", "leetspeak", "abuse", "M4rchb4nks")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 4d
the Beacon caretaker Emre Aksoy lives at 4 Quarry Mews, N37 8PL, the house with the white van and the turkish flag in the window. if you've got something to say about the cones say it there

Kath Byrne
Why is this page allowed to exist
Like · Reply · 4d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("eaksoy", "exact", "doxxing", "Emre Aksoy")])

text("facebook", """\
Friends of Beacon PTA (former members chat, screenshot posted publicly)
[19:02] Dana: if anyone wants to ask him directly, Rob Tallis's home email is rob.tallis.home@mailbox.example, he gave it to me when we were doing the fair float
[19:03] Priya: Dana no
[19:03] Dana: he should answer to parents not hide behind the school address
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("rtallis", "nickname", "doxxing", "Rob Tallis")])

text("facebook", """\
Haverleigh Gossip & Goss (uncensored)
Anonymous participant · 1d
THE BEACON FILES 🧵 (everything the school doesn't want you to know)
1. Tallis moved the PTA money so it could "disappear" into a budget nobody checks. Fraud.
2. Marchbanks fakes SEN paperwork to save money on support. Fraud again.
3. O'Dwyer buried the nursery complaints because she's the DSL and it would have been on her.
4. The head knew about all of it and signed it off.
Beacon Community Primary School is run like a crime family. Share before they get this taken down.

Lou Bright
Every single one of these is either false or already investigated and cleared. Stop.
Like · Reply · 1d

Anonymous participant
shill
Like · Reply · 1d
""", exp=[E("school", "exact", "defamation", "Beacon Community Primary School"),
          E("rtallis", "surname_only", "defamation", "Tallis"),
          E("ymarchbanks", "surname_only", "defamation", "Marchbanks"),
          E("sodwyer", "surname_only", "defamation", "O'Dwyer")])

text("social", """\
X
Haverleigh Patriots @hav_patriots
@BeaconPrimaryFG you employ a polish child beater, a somali spy and a jewish propagandist. parents have had enough. we know where the school is and we're coming for you on monday
2:12 AM · 9 Mar · 2,430 Views

Replies
Met Police Haverleigh @MPSHaverleigh · 9 Mar
Replying to @hav_patriots
We are aware of this post and are making enquiries.
""", exp=[E("school", "handle", "threat", "@BeaconPrimaryFG")])

text("social", """\
TikTok · @fennick.survivor
rating my primary school staff as harry potter villains (fennick green edition) 🪄
♬ Hedwig's Theme
15.1K ♥ · 760 comments

fennick.survivor (pinned)
mrs castellano reid = dementor, sucks the joy out of any room
mr walker = bald goblin from gringotts
ms marchbanks = an actual troll that lives in the SEN office
4d · 2,800 ♥

kai.m
the goblin one 💀💀💀
4d
""", exp=[E("hcastellanoreid", "hyphenated", "abuse", "mrs castellano reid"),
          E("jwalker", "title_surname", "abuse", "mr walker"),
          E("ymarchbanks", "title_surname", "abuse", "ms marchbanks")])

text("facebook", """\
Beacon Year 2 Parents (Kingfishers)
Shauna Kerr · 1d
Not that anyone will listen but Mrs Adler marks the Jewish kids up and everyone else down in Year 2. A TA told my friend. That's why her reading results look so good. It's favouritism, plain and simple.

Rachel Stern
Year 2 reading is a phonics check marked by a machine-readable sheet, Shauna. There's nothing to mark up.
Like · Reply · 1d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("nadler", "title_surname", "defamation", "Mrs Adler")])

text("social", """\
Snapchat · story (screenshot posted to X)
deeno.x: catch mr walker after school fr 🔪🔪 gave my little bro a detention on his BIRTHDAY at beacon
reply: 💀 chill
reply: bro is not catching anyone he's 5ft
""", exp=[E("school", "short_name", "neutral", "beacon"),
          E("jwalker", "title_surname", "threat", "mr walker")])

text("facebook", """\
Cressingham & Tollgate Community Noticeboard
Gary Voss · 2d
The Beacon caretaker is Turkish mafia, everyone knows how they operate. Aksoy and his cousins run half the car washes round here and now he runs our road. Send him home and take his cousins with him.

Mehmet Kaya
My family has been in Fennick Green since 1979. You are a racist and a coward.
Like · Reply · 2d
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("eaksoy", "surname_only", "hate", "Aksoy")])

text("social", """\
X
Dana W @danawhit
fat greedy pig Tallis stuffing his face at the Beacon summer fair while spending OUR money on a gate. oink oink 🐷
4:48 PM · 13 Jul
""", exp=[E("school", "short_name", "neutral", "Beacon"),
          E("rtallis", "surname_only", "abuse", "Tallis")])

text("social", """\
X
Keep Haverleigh British @keephavbritish
Wars*me, the "family liaison" at the primary in Fennick Green, is exactly what you'd expect from that lot. Pirates and benefit tourists liaising with each other on our council tax. Somalia is that way ➡️
1:22 PM · 6 Mar
""", exp=[E("hwarsame", "obfuscated", "hate", "Wars*me")])

text("facebook", """\
Tollgate Rise & Cressingham Residents' Association
Anonymous member · 3d
Message for E. Aksoy, site manager, since he reads this page: we know which white van is yours. Move your cones off our corner or one morning the van gets it, and so do you. Last warning.

Maureen Feltham
Whoever wrote this, you do NOT speak for the residents' association. Admins please remove and report.
Like · Reply · 3d
""", exp=[E("eaksoy", "initial_surname", "threat", "E. Aksoy")])

text("social", """\
X
SEN exposed @sen_exposed_uk
New post up: how one north London SENCo rewrote a child's support plan behind his parents' backs to save the school £9,000 a year. Read it before it's taken down: senexposed.example/YsoldeMarchbanksFakedMyReport
7:00 PM · 2 Jun · 1,180 Views
""", exp=[E("ymarchbanks", "camelcase", "defamation", "YsoldeMarchbanksFakedMyReport")])

text("social", """\
X
Fennick Fed Up @fennick_fedup
T a l l i s, the money man at the primary in Fennick Green, is a slimy little weasel. Smirks at you while he tells you the PTA can't see its own accounts. Snake.
9:41 PM · 18 Jul
""", exp=[E("rtallis", "spacing", "abuse", "T a l l i s")])

text("facebook", """\
Cressingham & Tollgate Community Noticeboard
Anonymous participant · 5h
Naomi A. from Year 2 at the Fennick Green primary is another one of them pushing their agenda on our kids. They stick together, they always have, and they don't care about anyone else's children. Why else would she be so keen on the little ones.

Rachel Stern
Reported for antisemitism. Again.
Like · Reply · 4h
""", exp=[E("nadler", "first_initial", "hate", "Naomi A.")])

text("social", """\
X
no more cover ups @nomorecoverups_n37
Siobhán O'Dwyr, the so-called safeguarding lead in Fennick Green, wants to be careful crossing the road these days. Lots of angry families out there and drivers don't always look where they're going 🚗
11:08 PM · 20 Apr
""", exp=[E("sodwyer", "typo", "threat", "Siobhán O'Dwyr")])

text("review", """\
Indeed · Company reviews · Haverleigh schools (anonymous)

"Good kids, shady money"
★★☆☆☆ · Former Employee · Office Assistant · Fennick Green · 2 Aug
Robbie Tallis, the business manager, has been fiddling his mileage and overtime claims for years and the head signs them off without looking. Everyone in the office knows. I left because I didn't want my name anywhere near the finance system.
Pros: the teachers. Cons: the office, the money, the silence.
""", exp=[E("rtallis", "nickname", "defamation", "Robbie Tallis")])

text("social", """\
Instagram · comment on @tollgate_life post
z.k.n37 lol the reception teacher at Tollgate Rise everyone cries over, Miss H\u0430rtigan, her insta is private but her number is 07700 900352 if you want to tell her how amazing she is 🙄 go on, flood her phone
""", exp=[E("ehartigan", "homoglyph", "doxxing", "Miss H\u0430rtigan")])

# ---- Decoys: no expected mention ---------------------------------------------------

SITES.update({
    "herald": {
        "name": "Wexcombe Herald",
        "tagline": "News from Wexcombe and the Ashdown valley",
        "nav": ["News", "Council", "Sport", "Farming", "Notices"],
        "footer": "Wexcombe Herald, Bridge Street, Wexcombe. Newsdesk 01632 960777.",
        "style": "news",
    },
    "folk": {
        "name": "Kilbarra Folk Festival",
        "tagline": "Three days of music by the sea",
        "nav": ["Line-up", "Tickets", "Camping", "Workshops", "FAQ"],
        "footer": "Kilbarra Folk Festival. Festival office 01632 960650.",
        "style": "blog",
    },
    "jobsnorth": {
        "name": "SchoolJobs Northern",
        "tagline": "Teaching and support vacancies across the northern dales",
        "nav": ["Search jobs", "Primary", "Secondary", "Support staff", "Recruiters"],
        "footer": "SchoolJobs Northern. Adverts are placed by employers.",
        "style": "news",
    },
    "estate": {
        "name": "Pellow & Marsh Estate Agents",
        "tagline": "Selling north London homes since 1964",
        "nav": ["Buy", "Rent", "Sell", "Valuation", "Our branches"],
        "footer": "Pellow & Marsh, 12 Fennick Green Parade. Sales 01632 960455. Particulars are a guide only.",
        "style": "blog",
    },
    "gallery": {
        "name": "Saltmarsh Gallery",
        "tagline": "Contemporary craft on the harbour",
        "nav": ["Exhibitions", "Artists", "Shop", "Visit"],
        "footer": "Saltmarsh Gallery, Harbour Row, Porthcarrow.",
        "style": "blog",
    },
    "chess": {
        "name": "Brackford Chess and Problem Society",
        "tagline": "Over the board since 1952",
        "nav": ["Home", "Club nights", "League", "Problems", "Juniors"],
        "footer": "Brackford Chess and Problem Society (BCPS). Club nights Tuesdays, Brackford Library annexe.",
        "style": "blog",
    },
})

page("blog", "parish", "Reflection: a beacon on the hill", """\
When the Jubilee beacons were lit two summers ago, I stood on Tollgate Hill with a few hundred of you and watched the flame catch. Someone's child asked me what it was for. "So the next hill can see it," I said, "and light theirs."

That is as good a description of a parish as I know. We are not here to be the brightest light in Fennick Green. We are here so that somebody else can see, and light theirs.

This month has been hard for many of our neighbours. Graffiti on a bus shelter, words shouted in a car park, fear on the school run. Our Jewish and Muslim neighbours have had a bad winter. Be a beacon, then: a small one, on a small hill, for them.

The food bank is open on Tuesdays and Fridays. Volunteers are always needed.""",
     byline="From the Vicar, Revd Canon Anne Matheson",
     exp=[])

page("news", "beacon", "Tollgate Hill beacon to be lit for town's 900th anniversary", """\
A beacon will be lit on Tollgate Hill on the evening of Saturday 14 September to mark 900 years since the first recorded mention of Fennick in a royal charter.

The beacon, a steel brazier on a six-metre pole, was installed for the Jubilee and has been lit only twice since. Organisers expect up to 2,000 people to climb the hill, and are asking people to walk, as there is no parking at the top.

A lantern procession will leave the Green at 7.30pm, led by the Fennick Silver Band. Children are encouraged to make lanterns at the library on the Saturday morning.

Road closures will be in place on Hill Rise from 6pm.""",
     byline="By Owen Greaves",
     comments=[("Fennick_Phil", "", "Lovely. Will there be a bar?"),
               ("Annie cycles", "", "Bike racks at the bottom of the hill please!")],
     exp=[])

page("news", "beacon", "Bin strike: rubbish piles up on Mossbury Estate", """\
Residents of the Mossbury Estate say rubbish has not been collected for nearly three weeks as a strike by refuse workers enters its second month.

Bins at Dunmore House and Kestrel House were overflowing on Monday, with bags stacked against the walls of the blocks. One resident, who has lived on the estate for 22 years, said rats had been seen near the children's play area.

Haverleigh Council said it was prioritising collections from blocks of flats and that a temporary skip would be placed on the estate from Wednesday.

The union representing the workers said talks over pay were due to resume on Thursday.""",
     byline="By Owen Greaves",
     comments=[("Mossbury mum", "", "The smell in the stairwell is unbearable. My kids have asthma.")],
     exp=[])

page("news", "beacon", "New kosher bakery brings queues to Fennick Green Parade", """\
There were queues round the corner on Sunday morning as Lev's, a new kosher bakery, opened on Fennick Green Parade.

Owner Levi Katz, who trained in Antwerp, says he has baked 400 challot for Friday and sold out of rugelach by 10am on his first day. "I thought the community would come. I didn't think the whole street would," he said.

The shop is under rabbinical supervision and closes from Friday afternoon until Sunday morning.

Its neighbours include a Turkish grocer, a Polish deli and a Somali café, which Mr Katz says made him feel "at home on the first day".""",
     byline="Food and drink",
     comments=[("Pnina R.", "", "The babka is dangerous."), ("Gosia L", "", "Went on Monday, amazing rye bread too.")],
     exp=[])

page("news", "beacon", "Review: Kapadokya Grill, Fennick Green Parade", """\
The mangal at the back of Kapadokya Grill has been running since 1998 and you can smell it from the bus stop.

Start with the ezme and the hot bread straight from the oven, which arrives puffed up like a pillow. The Adana kebab is properly spiced, the lamb ribs are charred and sticky, and the iskender comes swimming in yoghurt and butter in a way your cardiologist would not endorse.

Service is quick, warm and slightly chaotic on a Saturday night, when half of Fennick Green's Turkish families seem to be celebrating something. Book ahead.

Around £25 a head without drinks. Four stars.""",
     byline="By our restaurant critic",
     comments=[("Mehmet K", "", "Best in north London, no question."), ("Jen", "", "The künefe!!")],
     exp=[])

text("review", """\
Delikatesy Ania
Polish grocery · Fennick Green Parade
4.8 ★★★★★ (96)

Grażyna M.
★★★★★ 1 month ago
Najlepszy chleb na żytnim zakwasie w okolicy, i pani Ania zawsze pamięta, co lubię. Pierogi z kapustą jak u babci.

Steve H.
★★★★☆ 2 months ago
Great little shop. The smoked sausage is excellent and they now do proper pączki on Fat Thursday. Gets busy after 5pm.
""", exp=[])

text("review", """\
Beacon Lane Medical Centre
GP surgery · Beacon Lane, Brackford
2.1 ★★☆☆☆ (188)

Kevin D.
★☆☆☆☆ 2 weeks ago
Rang at 8am on the dot, number 47 in the queue. By the time I got through all the appointments had gone. Told to ring back tomorrow. This is not a service.

Priya S.
★★★★★ 1 month ago
Dr Okafor is brilliant and the practice nurse sorted my travel jabs in one visit. The phones are awful but the staff are lovely once you get through.

Response from the owner
We are recruiting two additional receptionists and are introducing online booking from next month.
""", exp=[])

page("news", "gazette", "Fire crews called to blaze at Brackford garage", """\
Firefighters were called to Beacon Lane Motors in Brackford on Tuesday evening after a fire broke out in a workshop at the back of the garage.

Two fire engines attended and the fire was out within an hour. Nobody was hurt. A car that was being repaired was badly damaged.

Owner Tony Brennan said he hoped to reopen for MOTs by the end of the week. "The lads are gutted, but it's only metal," he said.

The cause is being investigated.""",
     byline="News desk",
     exp=[])

page("blog", "chess", "BCPS win the Brackford League Division One", """\
For the first time since 1994, BCPS are champions of Division One!

Going into the final match against Hatherley Knights we needed a draw. Board one was agreed drawn early, boards two and three went the distance, and it came down to our junior captain, Priyanka, who found a lovely knight sacrifice on move 31 to win on board four.

Thanks to everyone who played this season, and to the library for putting up with us on Tuesday nights.

This month's problem: White to play and mate in three. Answers to the club secretary by the end of the month.""",
     byline="Club secretary",
     comments=[("Old Hatherley", "", "Well played BCPS, deserved.")],
     exp=[])

page("news", "gazette", "Parking contractor BCPS refunds 1,400 wrongly issued tickets", """\
Borough Contracted Parking Services (BCPS), which enforces parking restrictions for Haverleigh Council, is to refund more than 1,400 penalty charge notices after a signage error on Fennick Green Parade.

Loading bay signs on the parade were changed in January but the restrictions on the council's system were not updated, meaning drivers who had parked legally were ticketed for six weeks.

A council spokesperson said: "We apologise to everyone affected. Refunds will be made automatically."

Local traders said the tickets had cost them customers. "People stopped coming to the parade," said one shop owner.""",
     byline="News desk",
     exp=[])

text("facebook", """\
Fennick Green Mums & Dads (official)
Lisa Mahoney · 4h
PSA: BCPS warden on the parade right now ticketing everyone in the loading bays by the bakery, even people who've been there 2 mins. If you're in the Polish shop come out NOW 😤

Steve Hanlon
They got me yesterday. £65. Appealing.
Like · Reply · 3h

Lisa Mahoney
Steve Hanlon send them a photo of the signs, they refunded loads last time
Like · Reply · 3h
""", exp=[])

text("facebook", """\
Wendlebury Cross Community Hub
Beacon Primary School PTA (Wendlebury Cross) · 2d
🎉 QUIZ NIGHT 🎉 Friday 8 November, 7pm, Wendlebury Cross Village Hall. Teams of up to 6, £5 a head, bring your own drinks and nibbles. All money raised goes towards new playground markings at Beacon Primary. Fish and chip supper available to pre-order!

Carol Higgs
We'll be there, same team as last year 🏆
Like · Reply · 2d

Dave Pratt
Is there a picture round?
Like · Reply · 1d
""", exp=[])

page("news", "jobsnorth", "Teaching Assistant (Level 2), Beacon Primary School, Castlemere", """\
Employer: Beacon Primary School, Castlemere (part of the Dales Learning Trust)
Location: Castlemere, Wold District
Salary: Grade 3, pro rata
Hours: 32.5 hours per week, term time only

Beacon Primary School is a friendly, one-form entry village school serving Castlemere and the surrounding farms. We are looking for a kind, patient Teaching Assistant to support our Key Stage 1 class, including a child with complex medical needs.

Experience of working with young children is desirable. Training in manual handling and medication will be provided.

For an informal visit please call the school office on 01632 960871. Closing date: noon, 3 October.""",
     byline="Posted 5 days ago",
     exp=[])

page("news", "sport", "Walker edges thriller to reach Masters quarter-finals", """\
James Walker kept his nerve to beat the Dutch number two 6-5 in a last-leg decider and book his place in the Masters quarter-finals.

The 31-year-old from Castlemere averaged 98.4 and hit seven maximums, but missed five darts at a double to win it 6-4 before finally pinning double 16.

"I was shaking," Walker admitted. "My dad's in the crowd and he's had to watch me throw away legs like that since I was twelve."

He plays the defending champion on Saturday night.""",
     byline="By Arrows Weekly staff",
     comments=[("180club", "", "Walker's scoring is unreal this season."), ("DartsDan", "", "Needs to work on the doubles though")],
     exp=[])

text("review", """\
Walker & Finch Estate Agents
Estate agent · Market Street, Brackford
3.9 ★★★★☆ (74)

Hannah L.
★★★★★ 2 months ago
James Walker sold our house in 11 days and kept us updated every step of the way, even when the buyer's solicitor went quiet for a fortnight. Can't recommend enough.

Rob M.
★★☆☆☆ 3 months ago
Valuation was optimistic and we ended up reducing twice. James was friendly but I'd get three valuations next time.
""", exp=[])

page("news", "herald", "Obituary: James Walker, 1937-2024", """\
James Walker, who has died aged 87, was the engineer behind the Ashdown valley flood defences and for thirty years a familiar figure at Wexcombe cricket club, where he kept the scorebook in immaculate pencil.

Born in Castlemere, he trained at the county technical college and worked for the river authority until his retirement in 1997. In 1968 he designed the sluice system at Wexcombe Mill, which has protected the town centre ever since.

He is survived by his wife of 61 years, Margaret, three children and seven grandchildren. The funeral will be held at St Michael's, Wexcombe, on Friday at 2pm.""",
     byline="Obituaries",
     exp=[])

page("news", "herald", "Councillor Helen Reid re-elected as Wexcombe town mayor", """\
Councillor Helen Reid has been re-elected as mayor of Wexcombe for a second year at the town council's annual meeting.

Cllr Reid, a retired GP who has represented the Mill ward since 2015, said her priorities would be the new library and "getting the number 42 bus back on a Sunday".

Her chosen charity for the year is the Ashdown Valley Air Ambulance.

Deputy mayor Cllr Tom Rawlings thanked her for "a year of very long meetings, chaired with great patience".""",
     byline="Council reporter",
     comments=[("Wexcombe Will", "", "Bring back the 42!!")],
     exp=[])

page("blog", "gallery", "Naomi Adler: Tidelines", """\
We are delighted to present Tidelines, a solo exhibition of new stoneware by Naomi Adler.

Adler, who has worked from her studio in Porthcarrow for fifteen years, collects clay from the estuary at low tide and fires it with seaweed ash glazes she makes herself. The forty pieces in this show, from tiny beakers to a metre-high storage jar, carry the colours of the harbour in winter: slate, rust, a green that is almost grey.

"I want the pots to look like they were found, not made," she says.

Tidelines runs until 30 November. The artist will give a talk in the gallery on Saturday 9 November at 2pm.""",
     byline="Exhibitions",
     exp=[])

page("news", "sport", "Aksoy double sends Karadere Spor top", """\
Emre Aksoy scored twice in four second-half minutes as Karadere Spor came from behind to beat Yeşilköy 2-1 and go top of the second division.

The 24-year-old striker, on loan from a top-flight club, now has 14 goals this season. His first was a header from a corner; his second a low finish after a one-two on the edge of the box.

Karadere's coach said Aksoy was "the best finisher I have worked with" and hoped the club could keep him beyond the summer.

Karadere travel to the league's bottom side next weekend.""",
     byline="International football round-up",
     exp=[])

text("review", """\
R. Tallis Plumbing & Heating
Plumber · Brackford
4.9 ★★★★★ (41)

Jean P.
★★★★★ 3 weeks ago
Robert Tallis came out on a Sunday night when our boiler died with a newborn in the house. Fixed it in an hour, charged a fair price, and even bled the radiators while he was at it. Absolute gem of a tradesman.

Marcus T.
★★★★★ 2 months ago
Rob fitted a new bathroom for us. Tidy, punctual, no surprises on the bill.
""", exp=[])

page("blog", "folk", "Line-up announced: Kilbarra Folk Festival", """\
The wait is over! Here is this year's line-up for three days on the cliffs.

Friday: The Gannet Brothers, Maeve Quinlan Trio, and a late-night session in the festival bar.
Saturday: headliner Siobhán O'Dwyer, the sean-nós singer from Inis Ciaráin, with her new album of songs from her grandmother's notebooks. Support from the Kilbarra Youth Céilí Band.
Sunday: gospel brunch, children's workshops, and the traditional closing session on the beach.

Weekend tickets include camping. Day tickets are limited this year, so book early.""",
     byline="Festival team",
     comments=[("trad_fan", "", "Siobhán live is something else. Booked!")],
     exp=[])

page("news", "herald", "Wexcombe camogie: Hartigan hat-trick seals county title", """\
Liz Hartigan scored three points in the final ten minutes as Wexcombe Gaels won the county junior camogie title for the first time, beating Ashdown Rovers 1-11 to 0-12.

Hartigan, a physiotherapist who only took up the game four years ago, was named player of the match. "I'm still learning the rules," she joked afterwards.

The Gaels will now represent the county in the regional championship next spring.""",
     byline="Sport",
     exp=[])

page("blog", "somali", "Evening of poetry with Hodan Warsame", """\
Join us for an evening of Somali poetry with Hodan Warsame, the poet and broadcaster from Lakeport, who is visiting Britain for the first time to launch her new collection.

Warsame's poems, written in Somali with English translations by her daughter, move between the cities of her childhood and the cold lake shore where she has lived for thirty years. She will read in both languages and answer questions.

This event is for adults. Tea, coffee and sambusa will be served. Entry is free but please register so we know how many chairs to put out.""",
     byline="Events",
     exp=[])

text("review", """\
Fizjoterapia Zdrowy Ruch — Magdalena Wójcik
Fizjoterapeuta · ul. Lipowa 12, Zielonka Dolna
5,0 ★★★★★ (58 opinii)

Katarzyna R.
★★★★★ 2 tygodnie temu
Pani Magdalena Wójcik postawiła mnie na nogi po operacji kolana. Bardzo profesjonalnie i z ogromną cierpliwością. Polecam każdemu!

Jan K.
★★★★★ miesiąc temu
Świetna fizjoterapeutka, ćwiczenia do domu rozpisane krok po kroku.
""", exp=[])

page("blog", "estate", "For sale: 3-bed Edwardian terrace, Pellow Road", """\
Guide price £785,000

A handsome three-bedroom Edwardian terrace on one of the area's most popular roads, moments from the Green, the Parade's independent shops and the Tube.

Families will appreciate being within an easy walk of a popular primary school with its own nursery, rated Good at its last inspection, just around the corner on Cressingham Road, as well as a choice of faith schools nearby.

Ground floor: through lounge with original fireplaces, kitchen-diner opening onto a 60ft south-facing garden.
First floor: three bedrooms and a family bathroom.

EPC rating D. Council tax band E. Viewings strictly by appointment.""",
     byline="Fennick Green branch",
     exp=[])

page("forum", "parentplaza", "Neighbour war over the school run - how do we calm it down?", """\
We live two doors from a big primary in N London and the mornings have become a battleground. Parents park across drives, residents shout, one man has started filming, and last week someone let down a parent's tyres.

We've got a toddler who will go to that school in two years. I'd really like not to be "the neighbours" by then. Has anyone seen a street where this actually got better? What worked?""",
     byline="PiggyInTheMiddle",
     comments=[
         ("StreetsMum", "", "School Streets (timed closures) worked round us. Took a year of arguing but now it's calm."),
         ("Resident_of_20_years", "", "Honestly, knocking on doors and having a coffee with the worst offenders. People are less awful face to face."),
         ("PiggyInTheMiddle", "", "Both good ideas, thank you."),
     ],
     exp=[])

page("blog", "techblog", "Do Bluetooth beacons actually bring customers into your shop?", """\
Every few years someone tries to sell independent retailers on Bluetooth beacons: tiny transmitters that ping a customer's phone as they walk past your window with an offer.

We tested three cheap beacons in a bookshop and a café for a month. The results were not encouraging. Most customers had Bluetooth off or notifications blocked for the app we used, and of those who did see the message, fewer than one in a hundred came in.

Where a beacon did help was indoors: the café used one to trigger a loyalty stamp automatically at the till, which customers liked.

Our verdict: skip the window offers, and think of a beacon as a small convenience, not a marketing strategy.""",
     byline="Reviews team",
     comments=[("Indie bookseller", "", "Tried one in 2016. Only ever pinged the postman.")],
     exp=[])

text("social", """\
Instagram
beaconplayers_fg
[poster: a genie rising out of a lamp]
beaconplayers_fg 🎭 ALADDIN 🎭 Our 40th panto! 12-15 December at St Barnabas Hall. Oh no it isn't... oh yes it IS. Tickets £8 / £5 kids from the Parade newsagent or online. #panto #amdram #BeaconPlayers
View all 22 comments
linda.sings we've been rehearsing since August send help 😂
""", exp=[])

page("news", "beacon", "Local elections: what's at stake in Fennick Green ward", """\
Voters in Fennick Green go to the polls on Thursday with three council seats up for grabs and, for the first time in a decade, a genuine contest.

The ward has been held by Labour since 2010, but independent candidates campaigning on parking, bin collections and the state of the Parade have been knocking on doors since January.

The Beacon sent every candidate the same five questions. Their answers are below, in the order in which they were received.

Polling stations open at 7am and close at 10pm. You do not need your polling card to vote, but you will need photo ID.""",
     byline="Politics desk",
     comments=[("Gerry from Pellow Rd", "", "Fix the bins and you've got my vote, whoever you are.")],
     exp=[])

page("news", "clarion", "CAKE WARS: Now one in five primaries ban birthday treats", """\
ONE in five primary schools has banned or restricted birthday cakes, a Clarion survey has found.

The figures come after a north London head made headlines this spring for outlawing birthday cake in classrooms, prompting a furious backlash from mums and a petition signed by hundreds.

Heads say allergies, sugar and the "competitive cake culture" among parents are behind the bans. One teacher told the Clarion: "We had a child turn up with a three-tier cake and another with nothing. That's not a celebration, that's a league table."

Our survey of 500 schools found bans were most common in London and least common in the north-east.""",
     byline="By Clarion Reporter",
     comments=[("Patriot_Gaz1966", "", "What's next, banning Christmas?")],
     exp=[])

text("social", """\
TikTok · @jaydenfitsx
bro walked in with the fresh trim and the new creps, absolute beacon of rizz 💡😭 #fitcheck #london
♬ original sound
9,882 ♥ · 201 comments

kai.m
beacon of rizz is crazy 😭
2d

amaraa
the creps tho 🔥
2d
""", exp=[])

text("social", """\
X
Hill walker Hayley @hayley_hikes
Ridley Beacon at sunrise this morning 🌄 frost on every blade of grass and not another soul on the hill. 6 miles, 340m up, one very muddy dog. #hiking #beacon #ukwalks
7:41 AM · 3 Dec
""", exp=[])

page("news", "council", "Licensing Sub-Committee: minutes, 22 May", """\
Present: Cllr P. Nasser (Chair), Cllr T. Hollis, Cllr S. Varga.

3. Application for a premises licence: Lev's Bakery, 18 Fennick Green Parade.
The applicant sought permission for late-night refreshment until 1am on Saturdays only. One representation was received from a resident concerned about noise.
RESOLVED: that the licence be granted subject to the conditions agreed with the police, including that no customers are admitted after midnight.

4. Variation of licence: Kapadokya Grill.
The applicant sought to extend outdoor seating hours to 11pm. No representations received.
RESOLVED: that the variation be granted.

The meeting closed at 19:52.""",
     byline="Democratic Services",
     exp=[])

page("blog", "somali", "Eid celebration at St Aidan's brings families together", """\
Last Thursday, St Aidan's CofE Primary in Brackford held its first ever Eid celebration assembly, organised by Somali and Bangladeshi parents together with the school's RE lead.

Children wore their Eid clothes, a Year 5 girl explained the meaning of Eid al-Fitr to the whole school, and mothers brought in so much food that the staffroom was still eating halwa on Monday.

We thank the head of St Aidan's for welcoming us so warmly. If your school would like help planning something similar, contact the network and we will put you in touch with parents who have done it.""",
     byline="Posted by Fadumo Ali",
     exp=[])

text("facebook", """\
Tollgate Rise & Cressingham Residents' Association
Maureen Feltham · 7h
Fox has been at everybody's bins again on the even side of Wendover Gardens. Please use the clips on the lids! Also, has anyone lost a ginger cat with one white paw? Very friendly, has been sitting on my shed since Sunday.

Graham Tolley
That'll be Biscuit from no. 22
Like · Reply · 6h

Maureen Feltham
Graham Tolley thank you, returned 🐈
Like · Reply · 5h
""", exp=[])

text("social", """\
Instagram
beaconandbloom.candles
[photo: three amber jars on a windowsill]
beaconandbloom.candles New autumn scents are here 🍂 Fig & Cedar, Bonfire Night and Chai Latte. Hand-poured in small batches in our Brackford studio. Free delivery over £30 this weekend only.
#candles #smallbusiness #autumn
View all 41 comments
""", exp=[])

text("review", """\
Indeed · Beacon Care Homes Ltd · Company reviews

"Residents are lovely, rota is not"
★★★☆☆ · Current Employee · Care Assistant · Brackford · 4 Mar
The residents and most of the nurses are brilliant and I love the job. But the rota comes out two days before the week starts, 12-hour shifts are getting stacked back to back, and agency staff don't know the residents. Management listen but nothing changes.
Pros: the residents, the team on nights.
Cons: rota, pay, parking.
""", exp=[])

page("news", "kehilla", "Eruv extension to cover Fennick Green approved", """\
The long-awaited extension of the Haverleigh eruv to cover Fennick Green, Tollgate Rise and the Mossbury Estate has been approved by the council's planning committee, after three years of consultation.

The extension will add eleven new poles and a short section of wire along the railway embankment. Once the rabbinical authority has inspected the boundary, families will be able to carry and push buggies on Shabbos across the whole area.

"For young families this changes everything," said one mother of four. "My husband won't have to stay home with the baby every Shabbos morning."

Work is expected to be completed before Pesach.""",
     byline="Community desk",
     exp=[])

page("forum", "staffroom", "Birthday cake policy: what does your school do?", """\
After seeing the tabloid coverage this spring, our governors have asked SLT to "look at" our birthday policy. Currently it's a free-for-all and we have three children with severe allergies in Reception.

What do your schools do? Ban, restrict, school-provided only? How did you handle the parent reaction?""",
     byline="PrimaryDeputyNW",
     comments=[
         ("EYFS_forever", "", "We do a birthday hat and the child chooses the story. No food. Parents grumbled for a term, now nobody remembers."),
         ("Bursar_Bob", "", "We allow sealed, shop-bought items with full ingredients lists, handed to the office, never given out in class. It works but it's admin-heavy."),
         ("PrimaryDeputyNW", "", "Thanks, this is really useful."),
     ],
     exp=[])

page("news", "gazette", "Driver fined for parking on school zigzags in Brackford", """\
A driver who parked on the zigzag lines outside a Brackford primary school 31 times in one term has been fined £1,200 after failing to pay a string of penalty notices.

Magistrates heard that the woman, a parent at the school, had told enforcement officers that she "had nowhere else to stop" and that the lines were "for show".

The court ordered her to pay the outstanding penalties in full plus costs.

A council spokesperson said: "Zigzag lines exist because children die when drivers cannot see them.\"""",
     byline="Court reporter",
     exp=[])

# ---- END OF DOCUMENTS ----


# ---------------------------------------------------------------------------
# Rendering, checking, writing
# ---------------------------------------------------------------------------

def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(body: str) -> str:
    out = []
    for block in body.strip().split("\n\n"):
        lines = [esc(l) for l in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def render_html(doc: dict) -> str:
    site = SITES[doc["site"]]
    nav = "\n".join(f'    <li><a href="/{n.lower().replace(" ", "-").replace("?", "")}">{esc(n)}</a></li>' for n in site["nav"])
    title = esc(doc["title"])
    style = site["style"]
    comments = doc["comments"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title} | {esc(site['name'])}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "</head>",
        "<body>",
        '<header class="site-header">',
        f'  <div class="logo">{esc(site["name"])}</div>',
        f'  <div class="tagline">{esc(site["tagline"])}</div>',
        '  <nav><ul>',
        nav,
        "  </ul></nav>",
        "</header>",
        "<main>",
    ]
    if style == "forum":
        parts += [
            '<div class="thread">',
            f"<h1>{title}</h1>",
            '<article class="post op">',
            f'  <div class="author">{esc(doc["byline"])} <span class="badge">Original poster</span></div>',
            f'  <div class="post-body">{paras(doc["body"])}</div>',
            "</article>",
        ]
        for author, when, body in comments:
            meta = f' <span class="when">{esc(when)}</span>' if when else ""
            parts += [
                '<article class="post reply">',
                f'  <div class="author">{esc(author)}{meta}</div>',
                f'  <div class="post-body">{paras(body)}</div>',
                "</article>",
            ]
        parts += [f'<div class="thread-footer">{len(comments)} replies · Watch thread · Report</div>', "</div>"]
    else:
        parts += [
            "<article>",
            f"<h1>{title}</h1>",
        ]
        if doc["byline"]:
            parts.append(f'<p class="byline">{esc(doc["byline"])}</p>')
        parts += [f'<div class="article-body">{paras(doc["body"])}</div>', "</article>"]
        if style == "news" or comments:
            parts.append('<section class="comments">')
            parts.append(f"<h2>{len(comments)} comments</h2>" if comments else "<h2>Comments are closed for this article</h2>")
            for author, when, body in comments:
                meta = f' <span class="when">{esc(when)}</span>' if when else ""
                parts += [
                    '<div class="comment">',
                    f'  <div class="comment-author">{esc(author)}{meta}</div>',
                    f'  <div class="comment-body">{paras(body)}</div>',
                    "</div>",
                ]
            parts.append("</section>")
    parts += [
        "</main>",
        f'<footer><p>{esc(site["footer"])}</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/cookies">Cookies</a></p></footer>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def main() -> int:
    problems: list[str] = []
    wl = tomllib.loads((HERE / "watchlist.toml").read_text(encoding="utf-8"))
    subjects = {"school"} | {s["id"] for s in wl["staff"]}

    docs = list(DOCS)
    random.Random(3232).shuffle(docs)

    out_dir = HERE / "docs"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.iterdir():
        if old.is_file():
            old.unlink()

    labels = []
    by_cat: Counter[str] = Counter()
    by_var: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    url_only = 0
    decoys = 0
    for i, doc in enumerate(docs):
        kind = doc["kind"]
        if kind in KINDS_HTML:
            name = f"{i:03d}-{kind}.html"
            content = render_html(doc)
        elif kind in KINDS_TXT:
            name = f"{i:03d}-{kind}.txt"
            content = doc["text"] if doc["text"].endswith("\n") else doc["text"] + "\n"
        else:
            problems.append(f"doc {i}: unknown kind {kind!r}")
            continue
        (out_dir / name).write_text(content, encoding="utf-8")
        by_kind[kind] += 1
        expected = []
        seen = set()
        for e in doc["exp"]:
            where = f"{name}: {e['subject']}"
            if e["subject"] not in subjects:
                problems.append(f"{where}: subject not in watchlist.toml")
            if e["subject"] in seen:
                problems.append(f"{where}: more than one entry for this subject")
            seen.add(e["subject"])
            if e["variant"] not in VARIANTS:
                problems.append(f"{where}: unknown variant {e['variant']!r}")
            if e["category"] not in CATEGORIES:
                problems.append(f"{where}: unknown category {e['category']!r}")
            if e["url_only"] and e["category"] != "sexual":
                problems.append(f"{where}: url_only on a non-sexual mention")
            if e["form"] not in content:
                problems.append(f"{where}: form {e['form']!r} not found in the document text")
            by_cat[e["category"]] += 1
            by_var[e["variant"]] += 1
            url_only += bool(e["url_only"])
            expected.append({"subject": e["subject"], "variant": e["variant"],
                             "category": e["category"], "url_only": e["url_only"]})
        if not expected:
            decoys += 1
        labels.append({"file": name, "kind": kind, "expected": expected})

    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    total = sum(by_cat.values())
    serious = sum(by_cat[c] for c in SERIOUS)
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v!r} used {by_var[v]} time(s); at least 2 needed")

    print(f"documents: {len(labels)} ({decoys} with no expected mention, {100 * decoys / max(len(labels), 1):.0f}%)")
    print("by kind: " + ", ".join(f"{k} {by_kind[k]}" for k in sorted(by_kind)))
    print(f"mentions: {total} (serious {serious}, {100 * serious / max(total, 1):.1f}%; url_only {url_only})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant: " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
