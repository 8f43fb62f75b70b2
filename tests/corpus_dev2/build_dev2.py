# ruff: noqa: E501
"""Development corpus #2 for the matcher's serious categories (tests/corpus_dev2).

    .venv/bin/python tests/corpus_dev2/build_dev2.py

Writes ``docs/NNN-kind.txt|html`` and ``labels.jsonl`` beside this file from the table
below: 80 short documents about Ravensmoor High School (watchlist.toml) whose worst
categories are 16 threat, 14 hate, 10 sexual (4 of them url_only: pupils involved),
12 defamation, 12 abuse, 6 doxxing and 10 near-misses (hyperbole, reported court cases,
condemnations, quotes, plain complaints) labelled neutral or negative.

Labelling rules: one entry per subject per document, with the worst category that document
gives that subject; staff count only because every page also names the school; reported,
condemned, negated or quoted-to-condemn attacks are neutral for their subject; the school is
neutral when a post attacks only a teacher, negative when it is criticised, and takes the
attack's category when the attack is aimed at the school or its pupils. ``url_only`` is true
only for sexual content where a child may be involved. Deterministic: same output every run.
All names, numbers and addresses are fictional (Ofcom drama ranges for phone numbers).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class E:
    """One expected mention: subject (``school`` or a staff id), variant, worst category."""

    subject: str
    variant: str
    category: str
    url_only: bool = False


@dataclass(frozen=True)
class Doc:
    kind: str  # social | facebook | forum | news | review | blog
    text: str  # plain text, or a full HTML page when html is True
    expected: tuple[E, ...]
    html: bool = False


def page(title: str, body: str) -> str:
    """A small but realistic HTML page: nav and footer chrome around the content."""
    return (
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head>\n<body>\n"
        "<nav><a href='/'>Home</a> | <a href='/latest'>Latest</a> | <a href='/login'>Log in</a></nav>\n"
        f"<main>\n<h1>{title}</h1>\n{body}\n</main>\n"
        "<footer><p>Cookies help us run this site. Terms | Privacy</p></footer>\n"
        "</body></html>\n"
    )


def thread(title: str, posts: list[tuple[str, str]]) -> str:
    body = "\n".join(
        f"<div class='post'><span class='author'>{who}</span><div class='content'><p>{what}</p></div></div>"
        for who, what in posts
    )
    return page(title, body)


DOCS: list[Doc] = [
    # ------------------------------------------------------------------ threat (16)
    Doc(
        "social",
        "mr harding at ravensmoor high better watch himself walking to his car after school. ive seen which one is his 🔪",
        (E("aharding", "title_surname", "threat"), E("school", "alias", "neutral")),
    ),
    Doc(
        "facebook",
        "If Michael Brennan excludes my son one more time I swear I will be waiting for him at the gates of Ravensmoor High School and he won't be walking home. That's not a threat it's a promise.",
        (E("mbrennan", "exact", "threat"), E("school", "exact", "neutral")),
    ),
    Doc(
        "social",
        "man like Chowdhury from Ravensmoor gonna get wetted fr 🔪🩸 on the block after school, thinks hes hard. we'll see",
        (E("rchowdhury", "surname_only", "threat"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "forum",
        thread(
            "Pendlebury Cross Community Board - Schools",
            [
                (
                    "grimreaper_88",
                    "Someone should burn Ravensmoor High to the ground with everyone in there. Friday afternoon would be a good time, all of them in one place.",
                ),
                ("Mandy_K", "Reported to the mods. What is wrong with you?"),
                ("LocalDad", "Police have been told about this post."),
            ],
        ),
        (E("school", "alias", "threat"),),
        html=True,
    ),
    Doc(
        "social",
        "I know where Joanne Okafor lives. Nice little house, blue door. Be a shame if something happened to it. Or her. #RavensmoorHigh",
        (E("jokafor", "exact", "threat"), E("school", "hashtag", "neutral")),
    ),
    Doc(
        "social",
        "hope ms finch gets hit by a bus on the way into ravensmoor tomorrow honestly. hope it hurts as well",
        (E("efinch", "title_surname", "threat"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "blog",
        "An open letter to Ravensmoor High School. You have ignored every email I have sent for six months. You have until Friday to reinstate my daughter. After that, whatever happens to Mrs Kaur-Whitby is on your heads. I have nothing left to lose and I know what time she leaves.",
        (E("skaurwhitby", "title_surname", "threat"), E("school", "exact", "negative")),
    ),
    Doc(
        "social",
        "h4rd1ng is gettin jumped after footy practice at ravensmoor, me n the mandem are ready 👊👊 hes not walkin away this time",
        (E("aharding", "leetspeak", "threat"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "review",
        page(
            "Ravensmoor High - Reviews",
            "<div class='review'><span class='stars'>1/5</span><p>Worst school in Pendlebury Cross. Ravensmoor High deserves a petrol bomb through the staffroom window and I hope someone does it.</p><p class='meta'>Posted 3 days ago</p></div>",
        ),
        (E("school", "alias", "threat"),),
        html=True,
    ),
    Doc(
        "social",
        "gonna shoot up ravensmore high on monday. not joking this time. if u go there stay home",
        (E("school", "typo", "threat"),),
    ),
    Doc(
        "facebook",
        "Someone needs to give that Dlamini woman at Ravensmoor a proper kicking, see if she's still smiling after that.",
        (E("tdlamini", "surname_only", "threat"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "@CoachHarding 🔪🔪🔪 see u at 3:15 by the ravensmoor gates ⚰️⚰️",
        (E("aharding", "handle", "threat"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "forum",
        thread(
            "Ravensmoor parents (unofficial)",
            [
                (
                    "Gaz1979",
                    "Brennan's days are numbered. Me and a few of the dads are going to pay the deputy head at Ravensmoor a visit at home one night and he won't enjoy it. Bring a bat.",
                ),
                ("Shell_P", "Gaz you can't post stuff like that."),
            ],
        ),
        (E("mbrennan", "possessive", "threat"), E("school", "short_name", "neutral")),
        html=True,
    ),
    Doc(
        "social",
        "L o w t h e r from ravensmoor high deserves a bullet. watch ur back 🎯",
        (E("slowther", "spacing", "threat"), E("school", "alias", "neutral")),
    ),
    Doc(
        "facebook",
        "Year 7s at Ravensmoor High School better not walk down Mill Brow on their own any more. We'll be waiting for them and we're bringing blades.",
        (E("school", "exact", "threat"),),
    ),
    Doc(
        "social",
        "\u041ekafor needs dragging out of Ravensmoor by her hair and battering till she can't stand up",
        (E("jokafor", "homoglyph", "threat"), E("school", "short_name", "neutral")),
    ),
    # ------------------------------------------------------------------ hate (14)
    Doc(
        "social",
        "Ravensmoor High has got a p*ki teaching maths now, Chowdhury or whatever he's called. No wonder the results have gone down the pan",
        (E("rchowdhury", "surname_only", "hate"), E("school", "alias", "negative")),
    ),
    Doc(
        "facebook",
        "Sam Lowther at Ravensmoor High School is a bloke in a dress and he's allowed near our girls' toilets. People like that shouldn't be anywhere near children. The school should be ashamed of itself.",
        (E("slowther", "exact", "hate"), E("school", "exact", "negative")),
    ),
    Doc(
        "social",
        "go back to africa miss dlamini nobody at ravensmoor wants u here 🐒🍌",
        (E("tdlamini", "title_surname", "hate"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "forum",
        thread(
            "Is anyone else worried about Ravensmoor High?",
            [
                (
                    "TrueBrit1066",
                    "Ravensmoor High has turned into a mosque. Mr Chowdhury has the kids learning about Ramadan in maths. These people are taking over our schools one classroom at a time and we all know where it ends.",
                ),
                ("anon_parent", "They did a maths problem about dates. Calm down."),
            ],
        ),
        (E("rchowdhury", "title_surname", "hate"), E("school", "alias", "hate")),
        html=True,
    ),
    Doc(
        "social",
        "mr harding is a f@g everyone at ravensmoor knows it lmaooo 🏳️‍🌈🤮",
        (E("aharding", "title_surname", "hate"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "facebook",
        "Ravensmoor High School is basically a r*tard farm now, full of SEN kids dragging the normal ones down. Put the sp*z kids somewhere else.",
        (E("school", "exact", "hate"),),
    ),
    Doc(
        "social",
        "Joanne Okafor, head of Ravensmoor High. Living proof women shouldn't be in charge of anything. Get back in the kitchen love 🙄",
        (E("jokafor", "exact", "hate"), E("school", "alias", "neutral")),
    ),
    Doc(
        "facebook",
        "Sarah Kaur Whitby? KAUR? Another one who should go back where she came from. Ravensmoor High will hire anyone as long as they're not British.",
        (E("skaurwhitby", "hyphenated", "hate"), E("school", "alias", "hate")),
    ),
    Doc(
        "social",
        "Ravensmoor High School. 14 words, Mr Chowdhury. Your kind will not replace us. 1488",
        (E("rchowdhury", "title_surname", "hate"), E("school", "exact", "neutral")),
    ),
    Doc(
        "social",
        "Ms Lowther (or is it Mr?? 🤡) at Ravensmoor wants to be called 'she'. It's a mental illness and the school lets them push it on our kids. #RavensmoorHigh",
        (E("slowther", "title_surname", "hate"), E("school", "hashtag", "negative")),
    ),
    Doc(
        "facebook",
        "Ravensmoor High having a PRIDE WEEK?? Turning our lads into benders. Every gay teacher in that place should be struck off and kept away from kids.",
        (E("school", "alias", "hate"),),
    ),
    Doc(
        "social",
        "Ellie Finch at Ravensmoor, deaf as a post and thick with it. Cripples like her shouldn't be let near a classroom",
        (E("efinch", "nickname", "hate"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "Ravensmoor High is 80% foreigners now. Send the lot back on the boats, the few English kids left in there don't stand a chance",
        (E("school", "alias", "hate"),),
    ),
    Doc(
        "social",
        "that c00n dlamini at ravensmoor high should be teaching in a mud hut not round here",
        (E("tdlamini", "surname_only", "hate"), E("school", "alias", "neutral")),
    ),
    # ------------------------------------------------------------------ sexual (10, 4 url_only)
    Doc(
        "social",
        "Miss Finch at Ravensmoor High is well fit, I'd bend her over that desk in a heartbeat 🥵🥵",
        (E("efinch", "title_surname", "sexual"), E("school", "alias", "neutral")),
    ),
    Doc(
        "social",
        "mrs okafor in that tight skirt in assembly today at ravensmoor 😩🍑 would",
        (E("jokafor", "title_surname", "sexual"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "facebook",
        "Ravensmoor High School have put the girls' netball team photo on their page. Some of those Year 9s are looking very grown up 😏 wouldn't mind giving them a private training session.",
        (E("school", "exact", "sexual", url_only=True),),
    ),
    Doc(
        "social",
        "anyone got the pics of the ravensmoor high year 10 girls from the changing rooms? will swap, dm me",
        (E("school", "alias", "sexual", url_only=True),),
    ),
    Doc(
        "forum",
        thread(
            "Ravensmoor High sports day 2024 photos",
            [
                (
                    "sunnyboy_55",
                    "Sports day photos are up on the Ravensmoor High site. The little lad in the Year 8 relay 😍 dm me if anyone has more of him, happy to pay.",
                ),
                ("xXbenXx", "sent u a message"),
            ],
        ),
        (E("school", "alias", "sexual", url_only=True),),
        html=True,
    ),
    Doc(
        "social",
        "ravensmoor dance show pics r up on insta, that little one in the front row knows exactly what shes doing ngl. whos got the full set 👀",
        (E("school", "short_name", "sexual", url_only=True),),
    ),
    Doc(
        "social",
        "Andrew Harding from Ravensmoor High in them PE shorts... he can give me a detention any day if you know what I mean 😉🍆",
        (E("aharding", "exact", "sexual"), E("school", "alias", "neutral")),
    ),
    Doc(
        "social",
        "@CoachHarding nudes leaked?? ravensmoor teacher only fans 👀🔞 link in bio",
        (E("aharding", "handle", "sexual"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "miss dlamini at ravensmoor got me actin up in science fr, them legs 🥵 the things i would do to her",
        (E("tdlamini", "title_surname", "sexual"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "Rate the hottest teacher at Ravensmoor High: Mr Brennan easy 😏 wouldn't kick him out of bed, I'd have him on the staffroom table",
        (E("mbrennan", "title_surname", "sexual"), E("school", "alias", "neutral")),
    ),
    # ------------------------------------------------------------------ defamation (12)
    Doc(
        "social",
        "Everyone knows Mr Brennan at Ravensmoor High has been sleeping with a Year 11 girl. The school covered it up so he didn't get sacked.",
        (E("mbrennan", "title_surname", "defamation"), E("school", "alias", "defamation")),
    ),
    Doc(
        "facebook",
        "Eleanor Finch has been nicking money out of the Ravensmoor High School trip fund for years. Ask her where the Paris money went.",
        (E("efinch", "exact", "defamation"), E("school", "exact", "neutral")),
    ),
    Doc(
        "social",
        "Ch*wdhury turns up to Ravensmoor pissed every monday, u can smell the vodka on him from the corridor. mans an alcoholic",
        (E("rchowdhury", "obfuscated", "defamation"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "blog",
        page(
            "The truth about the Ravensmoor 'miracle'",
            "<p>Ravensmoor High's GCSE 'miracle' was fake. I worked there. Headteacher Joanne Okafor had staff rewriting coursework over the Easter holidays and changing marks before moderation. That is exam fraud, plain and simple, and every parent in Pendlebury Cross deserves to know.</p><p>- A former member of staff</p>",
        ),
        (E("jokafor", "exact", "defamation"), E("school", "possessive", "defamation")),
        html=True,
    ),
    Doc(
        "social",
        "mr harding at ravensmoor grabbed a year 7 by the throat and slammed him into the wall. thats assault and hes STILL teaching there!!",
        (E("aharding", "title_surname", "defamation"), E("school", "short_name", "negative")),
    ),
    Doc(
        "social",
        "Ms Lowther sells weed to the sixth formers behind the art block at Ravensmoor, literally everyone knows",
        (E("slowther", "title_surname", "defamation"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "forum",
        thread(
            "Where does the money go at Ravensmoor High School?",
            [
                (
                    "concerned_gov_watch",
                    "Okafor has been putting her holidays through the school budget. £30k has gone missing from Ravensmoor High School and the governors are in on it, they signed it all off.",
                ),
                ("Bev_R", "Source?"),
            ],
        ),
        (E("jokafor", "surname_only", "defamation"), E("school", "exact", "defamation")),
        html=True,
    ),
    Doc(
        "facebook",
        "Sarah Kaur-Whitby lied on her CV. She has no teaching qualification, the degree is fake. Ravensmoor High knew and hired her anyway.",
        (E("skaurwhitby", "exact", "defamation"), E("school", "alias", "defamation")),
    ),
    Doc(
        "social",
        "Ravensmoor High School covered up a teacher abusing kids back in 2019 and paid the family off to keep quiet. Fact.",
        (E("school", "exact", "defamation"),),
    ),
    Doc(
        "social",
        "dlamini at ravensmoor got sacked from her last school for hitting a kid and shes done it here too, my cousin saw it",
        (E("tdlamini", "surname_only", "defamation"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "miss fintch at ravensmoor high is having an affair with a year 13 lad, they were seen in her car at the retail park",
        (E("efinch", "typo", "defamation"), E("school", "alias", "neutral")),
    ),
    Doc(
        "review",
        page(
            "Ravensmoor High School - Parent reviews",
            "<div class='review'><span class='stars'>1/5</span><p>Corrupt from the top. Deputy head M. Brennan takes backhanders from the uniform supplier and signed the contract over to his brother-in-law's firm. Ravensmoor High is rotten.</p></div>",
        ),
        (E("mbrennan", "initial_surname", "defamation"), E("school", "alias", "defamation")),
        html=True,
    ),
    # ------------------------------------------------------------------ abuse (12)
    Doc(
        "social",
        "Rizwan C at ravensmoor high is the ugliest man alive, face like a slapped arse 🤢",
        (E("rchowdhury", "first_initial", "abuse"), E("school", "alias", "neutral")),
    ),
    Doc(
        "forum",
        thread(
            "Eleanor Finch (Ravensmoor High) appreciation thread lol",
            [
                ("kayden_x", "Eleanor Finch, aka Finch the Witch. Absolute thick cow."),
                ("lolzz", "couldn't teach a dog to sit 😂"),
                ("mia.r", "she smells of cabbage and sadness"),
                ("kayden_x", "everyone post your best Finch roast below 👇"),
            ],
        ),
        (E("efinch", "exact", "abuse"), E("school", "alias", "neutral")),
        html=True,
    ),
    Doc(
        "facebook",
        "Joanne Okafor is a useless, spineless waste of space. Worst head Ravensmoor High has ever had. Resign and do us all a favour.",
        (E("jokafor", "exact", "abuse"), E("school", "alias", "neutral")),
    ),
    Doc(
        "social",
        "#SackBrennan he's a pathetic little man with a napoleon complex, nobody at Ravensmoor can stand him",
        (E("mbrennan", "hashtag", "abuse"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "Ravensmoor High kids are feral scum, every last one of them. Inbred chavs off Mill Brow",
        (E("school", "alias", "abuse"),),
    ),
    Doc(
        "social",
        "mrs kaur-whitby is a fat useless cow how did she even get a job at ravensmoor lol",
        (E("skaurwhitby", "title_surname", "abuse"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "AndrewHarding is a thick meathead who can barely read his own register. Ravensmoor's finest knuckle dragger",
        (E("aharding", "camelcase", "abuse"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "blog",
        "Sam Lowther at Ravensmoor High School is a talentless hack. Her 'art' looks like a toddler did it with their feet. Pathetic loser.",
        (E("slowther", "exact", "abuse"), E("school", "exact", "neutral")),
    ),
    Doc(
        "social",
        "@CoachHarding @CoachHarding @CoachHarding answer me you coward. I'll keep tagging you every day till you do. Everyone at Ravensmoor, your PE teacher is a spineless rat",
        (E("aharding", "handle", "abuse"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "social",
        "miss dlamini is thick as mince, cant even do her own experiments, absolute clown 🤡 ravensmoor high",
        (E("tdlamini", "title_surname", "abuse"), E("school", "alias", "neutral")),
    ),
    Doc(
        "forum",
        thread(
            "Staff at Ravensmoor High",
            [
                (
                    "oldboy_92",
                    "The deputy, Brennan, 'the Bulldog'. Face like a smacked bulldog and a brain to match. Barks at eleven year olds because nobody at home listens to him.",
                ),
            ],
        ),
        (E("mbrennan", "surname_only", "abuse"), E("school", "alias", "neutral")),
        html=True,
    ),
    Doc(
        "facebook",
        "Ravensmoor teachers are all losers who couldn't get real jobs. Okafor, Finch, the whole lot of them. Bunch of parasites living off our taxes.",
        (
            E("school", "short_name", "abuse"),
            E("jokafor", "surname_only", "abuse"),
            E("efinch", "surname_only", "abuse"),
        ),
    ),
    # ------------------------------------------------------------------ doxxing (6)
    Doc(
        "social",
        "Here's Mr Harding's personal mobile: 07700 900184. Ring him at 3am and tell him what you think of Ravensmoor High",
        (E("aharding", "possessive", "doxxing"), E("school", "alias", "neutral")),
    ),
    Doc(
        "facebook",
        "Since Ravensmoor High never answers, here's where the head lives so you can write to her at home: Joanne Okafor, 14 Larch Close, Pendlebury Cross PC4 7QJ.",
        (E("jokafor", "exact", "doxxing"), E("school", "alias", "negative")),
    ),
    Doc(
        "social",
        "Email Ellie Finch directly on ellie.finch84@hotmail.co.uk, she ignores her Ravensmoor High School one",
        (E("efinch", "nickname", "doxxing"), E("school", "exact", "neutral")),
    ),
    Doc(
        "forum",
        thread(
            "Ravensmoor deputy head contact",
            [
                (
                    "FedUpMum",
                    "Does anyone have a way to reach the deputy head at Ravensmoor outside school?",
                ),
                (
                    "whistle_blower",
                    "Brennan's home number is 01632 958311, he lives at 7 Gorse Avenue. Go round if you want.",
                ),
            ],
        ),
        (E("mbrennan", "possessive", "doxxing"), E("school", "short_name", "neutral")),
        html=True,
    ),
    Doc(
        "social",
        "S. Lowther, art teacher at Ravensmoor High. Personal insta @sam.lowther.paints, lives at 3 Ferndale Terrace above the chippy. Share it.",
        (E("slowther", "initial_surname", "doxxing"), E("school", "alias", "neutral")),
    ),
    Doc(
        "social",
        "found dlamini's whatsapp 07700 900562 - the ravensmoor science teacher. add her to the group chat lads 😂",
        (E("tdlamini", "possessive", "doxxing"), E("school", "short_name", "neutral")),
    ),
    # ------------------------------------------------------------------ near-misses (10)
    Doc(
        "social",
        "I could kill Mr Chowdhury for that homework lol 40 questions on a friday 😂 #RavensmoorHigh",
        (E("rchowdhury", "title_surname", "negative"), E("school", "hashtag", "neutral")),
    ),
    Doc(
        "social",
        "absolutely murdered that maths mock today thanks to Mr Chowdhury's revision sessions 💪 Ravensmoor High class of 2025",
        (E("rchowdhury", "possessive", "neutral"), E("school", "alias", "neutral")),
    ),
    Doc(
        "social",
        "Mr Harding's killer workout in PE today, my legs are dead 😭😭 ravensmoor",
        (E("aharding", "possessive", "neutral"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "news",
        page(
            "Man charged after threats to Ravensmoor High School deputy head",
            "<p class='standfirst'>A 41-year-old man has been charged with sending malicious communications.</p><p>Police said the charge follows messages sent to Michael Brennan, deputy headteacher of Ravensmoor High School in Pendlebury Cross, including one that read \"I'll be waiting for you outside\".</p><p>The man, from Mill Brow, will appear before magistrates next month. The school said it was supporting Mr Brennan and thanked officers for their swift response.</p>",
        ),
        (E("mbrennan", "exact", "neutral"), E("school", "exact", "neutral")),
        html=True,
    ),
    Doc(
        "facebook",
        "Disgusting to see the racist abuse aimed at Miss Dlamini from Ravensmoor High this week. Calling her a monkey and telling her to 'go back to Africa' is vile and it has been reported. We stand with her. ❤️",
        (E("tdlamini", "title_surname", "neutral"), E("school", "alias", "neutral")),
    ),
    Doc(
        "news",
        page(
            "Parent convicted of harassing Ravensmoor High headteacher",
            '<p>A father who bombarded the headteacher of Ravensmoor High School with abusive emails has been given a restraining order.</p><p>The court heard he called Joanne Okafor "a disgrace" and "a liar" in more than 200 messages. He admitted harassment.</p><p>Mrs Okafor said afterwards she was relieved and grateful to staff and families for their support.</p>',
        ),
        (E("jokafor", "exact", "neutral"), E("school", "exact", "neutral")),
        html=True,
    ),
    Doc(
        "facebook",
        "Ravensmoor High School's communication with parents is shocking. Mrs Okafor never answers emails and the new uniform policy is ridiculous. Really disappointed this year.",
        (E("school", "possessive", "negative"), E("jokafor", "title_surname", "negative")),
    ),
    Doc(
        "social",
        "Someone has sprayed 'Lowther is a groomer' on the bus shelter outside Ravensmoor. It's a lie and it's hateful. Ms Lowther is a brilliant teacher and my daughter adores her.",
        (E("slowther", "title_surname", "neutral"), E("school", "short_name", "neutral")),
    ),
    Doc(
        "review",
        page(
            "Ravensmoor High - Reviews",
            "<div class='review'><span class='stars'>2/5</span><p>Ravensmoor High has gone downhill since 2022. Mr Brennan's detentions are excessive for minor uniform things and Ms Finch sets far too much homework for Year 8. Not trying to be nasty, just disappointed.</p></div>",
        ),
        (
            E("school", "alias", "negative"),
            E("mbrennan", "possessive", "negative"),
            E("efinch", "title_surname", "negative"),
        ),
        html=True,
    ),
    Doc(
        "social",
        "we are gonna KILL it at the Ravensmoor High talent show tonight 🔥🔥 Miss Kaur-Whitby says she'll film us. tickets still at the office, 01632 960417",
        (E("skaurwhitby", "title_surname", "neutral"), E("school", "alias", "neutral")),
    ),
]

SEVERITY_ORDER = [
    "threat",
    "hate",
    "sexual",
    "doxxing",
    "defamation",
    "abuse",
    "negative",
    "neutral",
]


def worst(doc: Doc) -> str:
    return min((e.category for e in doc.expected), key=SEVERITY_ORDER.index)


def build(out: Path = HERE) -> list[dict[str, object]]:
    docs_dir = out / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    labels: list[dict[str, object]] = []
    for i, doc in enumerate(DOCS):
        subjects = [e.subject for e in doc.expected]
        assert len(subjects) == len(set(subjects)), f"doc {i}: one entry per subject"
        name = f"{i:03d}-{doc.kind}.{'html' if doc.html else 'txt'}"
        (docs_dir / name).write_text(doc.text if doc.html else doc.text + "\n", encoding="utf-8")
        labels.append(
            {
                "file": name,
                "kind": doc.kind,
                "expected": [
                    {
                        "subject": e.subject,
                        "variant": e.variant,
                        "category": e.category,
                        "url_only": e.url_only,
                    }
                    for e in doc.expected
                ],
            }
        )
    (out / "labels.jsonl").write_text(
        "".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels), encoding="utf-8"
    )
    return labels


def main() -> int:
    build()
    counts: dict[str, int] = {}
    for doc in DOCS:
        counts[worst(doc)] = counts.get(worst(doc), 0) + 1
    url_only = sum(e.url_only for d in DOCS for e in d.expected)
    mentions = sum(len(d.expected) for d in DOCS)
    print(f"{len(DOCS)} documents, {mentions} mentions, url_only {url_only}")
    print(
        "worst category per document:", ", ".join(f"{c} {counts.get(c, 0)}" for c in SEVERITY_ORDER)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
