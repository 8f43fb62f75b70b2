# ruff: noqa: E501  (document text keeps the line breaks its author typed)
"""Writes the held-out matcher corpus: docs/ and labels.jsonl beside this file.

The documents and their labels live together here so a reviewer can check each label against
its text. They are about a fictional school (watchlist.toml beside this file) that the
matcher was never tuned on, written without reading the matcher's source. Run
``.venv/bin/python tests/corpus_heldout/build_heldout.py`` after editing; evaluate with
``.venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout --errors``.

Label conventions (same format as tests/corpus/labels.jsonl):
* one expected entry per subject per document (``school`` or a staff id);
* ``category`` is the worst category the document as a whole gives that subject, as a line
  manager would judge it; reporting, condemning, negating or quoting-to-condemn is neutral;
* ``variant`` is the easiest form of the subject's name present in the document;
* ``url_only`` is true for sexual content where a child may be involved.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS: list[dict[str, object]] = []


def e(subject: str, variant: str, category: str, url_only: bool = False) -> dict[str, object]:
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only}


def doc(file: str, kind: str, text: str, *expected: dict[str, object]) -> None:
    DOCS.append({"file": file, "kind": kind, "text": text, "expected": list(expected)})


def page(title: str, body: str, site: str = "Kestrel Bridge Forum") -> str:
    """Wrap body HTML in the chrome a real page has (nav, footer) without naming anyone."""
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif}} .nav a{{margin-right:1em}}</style>
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body><header class="nav"><a href="/">{site}</a> <a href="/latest">Latest</a>
<a href="/login">Log in</a> <a href="/register">Register</a></header>
<main>
{body}
</main>
<footer><p>&copy; 2024 {site}. Cookie settings &middot; Privacy &middot; Terms</p></footer>
</body></html>
"""


# --------------------------------------------------------------------------- threats
doc(
    "h001-forum.html",
    "forum",
    page(
        "Anyone else had enough of the deputy head?",
        """
<h1>Anyone else had enough of the deputy head?</h1>
<article class="post"><p class="author">kb_dad_of_3</p>
<p>Third detention this month for my youngest for "attitude". Holloway Park Academy has gone
downhill since the new lot came in.</p></article>
<article class="post"><p class="author">RedKite77</p>
<p>Mr Jones needs to watch his back. I know what car he drives and I know what time he leaves
on a Friday. Next time he puts his hands on my lad's bag he'll be leaving in an ambulance.</p></article>
<article class="post"><p class="author">moderator</p>
<p>Thread locked. Posts like the one above are being passed to the police.</p></article>
""",
    ),
    e("djones", "title_surname", "threat"),
    e("school", "exact", "negative"),
)

doc(
    "h002-social.txt",
    "social",
    "honestly if liz carver expels my daughter im going to go up wrenfield road and "
    "smash her face in. dont care who sees this #kestrelbridge",
    e("ecarver", "nickname", "threat"),
)

doc(
    "h003-facebook.txt",
    "facebook",
    """Kestrel Bridge Parents (Unofficial) - comments

Donna P: has anyone actually spoken to the PE dept about the football trials??
Lee M: Rick Cole is a dead man walking. Next time I see him at Holloway Park I'll put him through the fence
Donna P: Lee you can't say that on here mate
Sam T: screenshot taken. Not ok.
""",
    e("rcole", "nickname", "threat"),
    e("school", "short_name", "neutral"),
)

doc(
    "h004-social.txt",
    "social",
    "S. Ahmed at #HollowayParkAcademy better sleep with one eye open. we know where u live "
    "and ur not safe walking home",
    e("sahmed", "initial_surname", "threat"),
    e("school", "hashtag", "neutral"),
)

doc(
    "h005-forum.html",
    "forum",
    page(
        "Sixth form results day",
        """
<h2>Sixth form results day - what a joke</h2>
<div class="post"><b>throwaway_2291</b>
<p>Miss L1oyd-Dav1es ruined my UCAS app with that reference. I'm gonna burn her house down
with her in it. Holloway Park can explain that to the Kestrel Bridge papers.</p></div>
<div class="post"><b>anon_y6</b><p>mate delete this</p></div>
""",
    ),
    e("hlloyddavies", "leetspeak", "threat"),
    e("school", "short_name", "neutral"),
)

doc(
    "h006-social.txt",
    "social",
    "Kestrel Bridge lot: M.r.s C.a.r.v.e.r is getting a brick through her window tonight. watch.",
    e("ecarver", "spacing", "threat"),
)

doc(
    "h007-review.txt",
    "review",
    """\u2605\u2606\u2606\u2606\u2606  Holloway Park Academy, Wrenfield Road
Reviewed by a former parent

I pulled my son out in March. The music department is the only good thing there, Mr Thorvaldsen
is patient and the concerts are lovely. Everything else is chaos: phones everywhere, lessons
cancelled, and the behaviour policy is applied to some kids and not others.
""",
    e("school", "exact", "negative"),
    e("mthorvaldsen", "title_surname", "neutral"),
)

doc(
    "h008-social.txt",
    "social",
    "if Miss Dunm0re gives my kid another 0 on a test im waiting outside the science block with a "
    "bat. Holloway Park School staff think they're untouchable",
    e("cdunmore", "leetspeak", "threat"),
    e("school", "alias", "neutral"),
)

# --------------------------------------------------------------------------- hate
doc(
    "h009-facebook.txt",
    "facebook",
    """Comments on: "Holloway Park Academy welcomes new maths staff"

Gary W: Sarah Ahmed?? another one. why cant they hire english teachers for english kids. send the lot of them back
Mandy R: Gary that's vile and racist, she's from Bradford
Gary W: don't care where she was born, her sort don't belong teaching our children
""",
    e("sahmed", "exact", "hate"),
    e("school", "exact", "neutral"),
)

doc(
    "h010-social.txt",
    "social",
    "No wonder Holloway Park in Kestrel Bridge is a mess when they let a poof like Thorvaldsen run the music dept. "
    "Gays shouldnt be allowed near kids. Disgusting",
    e("mthorvaldsen", "surname_only", "hate"),
    e("school", "short_name", "neutral"),
)

doc(
    "h011-forum.html",
    "forum",
    page(
        "Re: New head of maths?",
        """
<div class="post"><span class="user">oldschool_kb</span>
<p>Mrs Ahmed's lessons are fine from what my daughter says, but I wish they'd sort the
timetable out at Holloway Park Academy.</p></div>
<div class="post"><span class="user">truthbomb88</span>
<p>Ahmed is a terrorist-loving Paki and should be deported. Muslims out of our schools.</p></div>
""",
    ),
    e("sahmed", "possessive", "hate"),
    e("school", "exact", "negative"),
)

doc(
    "h012-social.txt",
    "social",
    "@HollowayParkAcad why is your deputy head D Jones letting the yids run the PTA? he's "
    "one of them. get the jews out of Kestrel Bridge",
    e("djones", "initial_surname", "hate"),
    e("school", "handle", "neutral"),
)

# --------------------------------------------------------------------------- sexual
doc(
    "h013-forum.html",
    "forum",
    page(
        "Rumours about a PE teacher",
        """
<h1>Rumours about a PE teacher</h1>
<article><h3>parent_kb</h3><p>My daughter (year 9) says someone in her form has been
passing round explicit pictures that supposedly came from Mr Cole's phone, of girls in the
changing rooms. Is this true? Holloway Park in Kestrel Bridge haven't said a word.</p></article>
<article><h3>catmum</h3><p>Go straight to the police with that, don't post it here.</p></article>
""",
    ),
    e("rcole", "possessive", "sexual", True),
    e("school", "short_name", "neutral"),
)

doc(
    "h014-social.txt",
    "social",
    "Katherine Brennan from HPA Kestrel Bridge would get it. sexy english teacher in them tight "
    "skirts, i'd bend her over the desk \U0001f60f",
    e("kbrennan", "exact", "sexual"),
)

doc(
    "h015-social.txt",
    "social",
    "who's got the nudes of miss hatton?? heard they're going round kestrel bridge on snap",
    e("cdunmore", "alias", "sexual"),
)

doc(
    "h016-forum.txt",
    "forum",
    """Thread: year 8 group chat - please read

Post 1 (worried_mum_kb):
My son showed me a group chat where an account calling itself "Mr D Jones HPA" has been sending
sexual messages to year 8 pupils and asking them to send photos. Holloway Park Academy said
they're looking into it. Has anyone else seen this?

Post 2 (kb_grandad):
Report the account and ring CEOP. Don't screenshot anything with kids in it.
""",
    e("djones", "initial_surname", "sexual", True),
    e("school", "exact", "neutral"),
)

# --------------------------------------------------------------------------- doxxing
doc(
    "h017-social.txt",
    "social",
    "Since Holloway Park Academy won't answer emails here's Mrs Carver's personal mobile: "
    "07700 900417. Ring her at home, everyone, let her know what we think.",
    e("ecarver", "possessive", "doxxing"),
    e("school", "exact", "negative"),
)

doc(
    "h018-forum.html",
    "forum",
    page(
        "Who is this teacher?",
        """
<div class="post"><b>kb_watcher</b><p>That science teacher from Holloway Park, Claire
Dunmore, lives at 23 Hawthorn Close, Kestrel Bridge KB7 2PL. Blue door. Just so people know.</p></div>
<div class="post"><b>Ellie_R</b><p>Why would you post someone's address?? Reported.</p></div>
""",
    ),
    e("cdunmore", "exact", "doxxing"),
    e("school", "short_name", "neutral"),
)

doc(
    "h019-social.txt",
    "social",
    "anyone wanting a word with rick cole (PE, holloway park academy) his number is "
    "+44 7700 900632, he answers after 6",
    e("rcole", "nickname", "doxxing"),
    e("school", "exact", "neutral"),
)

doc(
    "h020-facebook.txt",
    "facebook",
    """Kestrel Bridge Community Noticeboard

Post: Lost cat near the Co-op, ginger tom, answers to Biscuit.

Comment (Janine K): off topic but if anyone needs Ms Brennan from Holloway Park her private email is kbrennan.writes@hotmail.co.uk and her mobile is 07700900288. she wont reply at school
Comment (Admin): Janine I've hidden this, please don't share staff personal details.
""",
    e("kbrennan", "title_surname", "doxxing"),
    e("school", "short_name", "neutral"),
)

doc(
    "h021-news.html",
    "news",
    page(
        "School office extends opening hours",
        """
<article><h1>School office extends opening hours for admissions week</h1>
<p class="byline">Kestrel Bridge Courier &middot; 4 September</p>
<p>Holloway Park Academy says its office will stay open until 6pm during admissions week.
Parents with questions about Year 7 places can ring the school on 01632 961234 or email
admissions@hollowaypark.example.</p>
<p>Headteacher Elizabeth Carver said: "We want every family to feel they can talk to us."</p>
</article>""",
        site="Kestrel Bridge Courier",
    ),
    e("school", "exact", "neutral"),
    e("ecarver", "exact", "neutral"),
)

doc(
    "h022-review.txt",
    "review",
    """Holloway Park Academy - 3/5

Admissions were slow. In the end I rang the office (01632 961234) and asked for David Jones, the
deputy, who sorted it in ten minutes. Communication could be better but he was helpful.
""",
    e("school", "exact", "negative"),
    e("djones", "exact", "neutral"),
)

doc(
    "h023-social.txt",
    "social",
    "Sarah A. from the maths dept at Holloway Park lives on Sycamore Drive, Kestrel Bridge KB3 9QT, number 41. "
    "Her mobile 07700 900751. Do with that what you will",
    e("sahmed", "first_initial", "doxxing"),
    e("school", "short_name", "neutral"),
)

# --------------------------------------------------------------------------- defamation
doc(
    "h024-forum.html",
    "forum",
    page(
        "Where did the trip money go?",
        """
<h1>Where did the trip money go?</h1>
<div class="post"><b>questions_kb</b><p>We paid &pound;450 each for the Berlin trip that
never happened. I'm told Mr Jones at Holloway Park Academy pocketed the deposits and used them
to pay off his own debts. He's a thief and the governors are covering for him.</p></div>
<div class="post"><b>parent_gov</b><p>Refunds were issued in July, check your ParentPay.</p></div>
""",
    ),
    e("djones", "title_surname", "defamation"),
    e("school", "exact", "neutral"),
)

doc(
    "h025-social.txt",
    "social",
    "Everyone at Holloway Park knows E. Carver fiddled the Ofsted attendance figures. "
    "Fraud, plain and simple. #KestrelBridge",
    e("ecarver", "initial_surname", "defamation"),
    e("school", "short_name", "neutral"),
)

doc(
    "h026-review.txt",
    "review",
    """1 star. Holloway Park School.

The head of sixth form, Mrs Lloyd Davies, turned up to the leavers' evening drunk and had to be
driven home. She changes predicted grades for kids whose parents are friends of hers.
""",
    e("hlloyddavies", "hyphenated", "defamation"),
    e("school", "alias", "negative"),
)

doc(
    "h027-facebook.txt",
    "facebook",
    """Holloway Park Academy Parents & Carers (unofficial)

Tina B: Just saying what everyone's thinking. That Cole bloke was sacked from his last school for hitting a kid and now he's teaching PE at HPA. How is he allowed near children?
Paul D: Source?
Tina B: my cousin worked there
""",
    e("rcole", "surname_only", "defamation"),
    e("school", "exact", "neutral"),
)

doc(
    "h028-blog.html",
    "blog",
    page(
        "Why I'm taking Holloway Park to the tribunal",
        """
<article><h1>Why I'm taking Holloway Park to the tribunal</h1>
<p>For two years I have tried to get answers about my son's SEN support. This blog is my record.</p>
<p>I now believe Claire Dunmore falsified his coursework marks to hide that she never taught the
practical units, and that senior staff at Holloway Park Academy knew.</p>
<p>I have reported this to the exam board.</p></article>""",
        site="A Kestrel Bridge Dad",
    ),
    e("cdunmore", "exact", "defamation"),
    e("school", "exact", "negative"),
)

doc(
    "h029-social.txt",
    "social",
    "Kate Brennan at Holloway Park (Kestrel Bridge) lets the year 11s cheat on mocks so her results look good. "
    "Everyone knows. shes a fraud",
    e("kbrennan", "nickname", "defamation"),
    e("school", "short_name", "neutral"),
)

# --------------------------------------------------------------------------- abuse
doc(
    "h030-social.txt",
    "social",
    "Mr Cole is a fat useless waste of space. PE teacher who cant run 100m lol. "
    "Holloway Park Academy must be desperate",
    e("rcole", "title_surname", "abuse"),
    e("school", "exact", "negative"),
)

doc(
    "h031-forum.html",
    "forum",
    page(
        "Parents evening vent",
        """
<h2>Parents evening vent</h2>
<div class="post"><b>mum_of_two_kb</b><p>Sat with Mrs Brennan for 5 mins at Holloway Park Academy
last night. Smug, patronising cow. Couldn't even remember my daughter's name.</p></div>
<div class="post"><b>nightowl</b><p>She taught my eldest and she was lovely, for what it's worth.</p></div>
""",
    ),
    e("kbrennan", "title_surname", "abuse"),
    e("school", "exact", "neutral"),
)

doc(
    "h032-social.txt",
    "social",
    "#LizCarver is the most pathetic clueless excuse for a headteacher in the whole of Kestrel "
    "Bridge. resign you absolute clown",
    e("ecarver", "hashtag", "abuse"),
)

doc(
    "h033-social.txt",
    "social",
    "that stuck up bitch Harriet Lloyd-Davies thinks she's better than everyone. "
    "Holloway Park sixth form in Kestrel Bridge is a joke",
    e("hlloyddavies", "exact", "abuse"),
    e("school", "short_name", "negative"),
)

doc(
    "h034-facebook.txt",
    "facebook",
    """Comments on "Science week at Holloway Park Academy"

Kyle F: Miss Dunmroe is a moron who can't teach to save her life 🤡🤡
Becky L: lol she took my phone off me once, total psycho
""",
    e("cdunmore", "typo", "abuse"),
    e("school", "exact", "neutral"),
)

doc(
    "h035-social.txt",
    "social",
    "Mrs \u0421\u0430rv\u0435r from Holloway Park Academy = spineless liar and a coward. "
    "everyone hates her",
    e("ecarver", "homoglyph", "abuse"),
    e("school", "exact", "neutral"),
)

# --------------------------------------------------------------------------- negative
doc(
    "h036-review.txt",
    "review",
    """Holloway Park Academy
\u2605\u2605\u2606\u2606\u2606 "Communication is poor"

Emails to the head of year go unanswered for weeks. When we finally got a meeting with
Dr Ahmed about our daughter's maths set she was polite but did nothing
to help her. Homework portal
crashes constantly. Disappointed.
""",
    e("school", "exact", "negative"),
    e("sahmed", "title_surname", "negative"),
)

doc(
    "h037-forum.html",
    "forum",
    page(
        "Is it just me or is the homework load mad?",
        """
<div class="post"><b>kbparent21</b><p>Year 10 at Holloway Park School. Mr Thorvaldson set a
composition project over half term on top of three other subjects. Too much, honestly.</p></div>
<div class="post"><b>lauraj</b><p>Same. My son was up till 11 every night.</p></div>
<div class="post"><b>kbparent21</b><p>Going to email the school but I doubt it'll change.</p></div>
""",
    ),
    e("mthorvaldsen", "typo", "negative"),
    e("school", "alias", "negative"),
)

doc(
    "h038-social.txt",
    "social",
    "Really disappointed with how Mrs Carvers office handled the uniform complaint. "
    "3 weeks and no reply. Holloway Park Academy can do better",
    e("ecarver", "possessive", "negative"),
    e("school", "exact", "negative"),
)

doc(
    "h039-review.txt",
    "review",
    """Ofsted Parent View style comment - Holloway Park Academy

The PE department is disorganised. Richard Coel cancelled the year 9 fixtures twice without
telling parents, and kit lists change every term. Not good enough.
""",
    e("rcole", "typo", "negative"),
    e("school", "exact", "negative"),
)

doc(
    "h040-social.txt",
    "social",
    "@missdunmore_sci (Holloway Park Academy parent here) with respect the year 8 science homework this week made no sense and "
    "half the class couldn't do it. please check the worksheets before setting them",
    e("cdunmore", "handle", "negative"),
    e("school", "exact", "neutral"),
)

doc(
    "h041-forum.txt",
    "forum",
    """Kestrel Bridge Mums > Schools > Holloway Park sixth form

[#1] jenjen: Has anyone had dealings with Ms Lloyd-Davies about UCAS? Our deadline passed and we still don't have a reference.
[#2] sarahkb: yes, same here, very frustrating. Chased three times.
[#3] jenjen: Thanks, at least it's not just us.
""",
    e("hlloyddavies", "title_surname", "negative"),
    e("school", "short_name", "negative"),
)

doc(
    "h042-social.txt",
    "social",
    "kids at Holloway Park Academy are being sent home for the wrong colour socks while "
    "DavidJones deputy head ignores bullying. priorities??",
    e("djones", "camelcase", "negative"),
    e("school", "exact", "negative"),
)

doc(
    "h043-review.html",
    "review",
    page(
        "Holloway Park Academy reviews",
        """
<div class="review"><span class="stars">2/5</span><h3>Great music, poor maths</h3>
<p>Magnus Thorvaldsen's orchestra is brilliant and my son loves it. Maths is another story:
Ms Ahmad sets no homework, never answers emails, and the set is behind.</p></div>
""",
        site="SchoolRater UK",
    ),
    e("mthorvaldsen", "possessive", "neutral"),
    e("sahmed", "typo", "negative"),
    e("school", "exact", "negative"),
)

# --------------------------------------------------------------------------- neutral / praise
doc(
    "h044-news.html",
    "news",
    page(
        "Holloway Park musicians win regional title",
        """
<article><h1>Holloway Park musicians win regional title</h1>
<p class="byline">Kestrel Bridge Courier &middot; Education</p>
<p>The jazz band from Holloway Park Academy, Wrenfield Road, took first place at the county
youth music festival on Saturday.</p>
<p>Head of music Magnus Thorvaldsen said the students had rehearsed every lunchtime since
January. Headteacher Elizabeth Carver added that the whole school was proud of them.</p>
</article>""",
        site="Kestrel Bridge Courier",
    ),
    e("school", "exact", "neutral"),
    e("mthorvaldsen", "exact", "neutral"),
    e("ecarver", "exact", "neutral"),
)

doc(
    "h045-social.txt",
    "social",
    "Massive thank you to Mrs Brennan at Holloway Park in Kestrel Bridge for getting my lad through his English "
    "resit. He got a 6! Best teacher he's ever had \u2764\ufe0f",
    e("kbrennan", "title_surname", "neutral"),
    e("school", "short_name", "neutral"),
)

doc(
    "h046-blog.html",
    "blog",
    page(
        "Sports day 2024",
        """
<article><h1>Sports day 2024</h1>
<p>Posted on the Holloway Park Academy PTA blog.</p>
<p>What a day! Thanks to Mr R. Cole and the PE team for organising 40 events, and to
the parents who ran the cake stall. We raised &pound;612 for the new minibus.</p>
<p>Photos will go on hollowaypark.example/pta next week.</p></article>""",
        site="HPA PTA",
    ),
    e("rcole", "initial_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h047-news.txt",
    "news",
    """KESTREL BRIDGE COURIER - Community news

Holloway Park Academy has appointed Harriet Lloyd-Davies as its new head of sixth form. Ms
Lloyd-Davies joins from a school in Cardiff and will start in September. She replaces the
long-serving Mr Okoro, who retires after 22 years.
""",
    e("school", "exact", "neutral"),
    e("hlloyddavies", "exact", "neutral"),
)

doc(
    "h048-social.txt",
    "social",
    "Proud mum moment: Dave Jones the deputy at Holloway Park Academy just rang to say my "
    "daughter's been made head girl \U0001f62d\U0001f62d",
    e("djones", "nickname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h049-forum.html",
    "forum",
    page(
        "Recommendations for GCSE science tutor?",
        """
<div class="post"><b>newtokb</b><p>Moving to Kestrel Bridge in the summer, son starting at
Holloway Park Academy in year 10. Any tips?</p></div>
<div class="post"><b>kb_local</b><p>If he gets Claire D. for chemistry he'll be fine, she's
excellent. Don't bother with a tutor.</p></div>
""",
    ),
    e("school", "exact", "neutral"),
    e("cdunmore", "first_initial", "neutral"),
)

doc(
    "h050-social.txt",
    "social",
    "Great to see #SarahAhmed from Holloway Park Academy running the Kestrel Bridge maths "
    "challenge again this year. 140 kids took part!",
    e("sahmed", "hashtag", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h051-blog.txt",
    "blog",
    """Gig diary: Tuesday night at the Crown & Anchor

The trio was led by Magnus Thorvaldsen on piano, whose left hand does things I didn't know were
legal. A Bill Evans tune, two originals, and a very long drum solo that we will forgive.
Recommended if they play again.
""",
    e("mthorvaldsen", "exact", "neutral"),
)

doc(
    "h052-news.html",
    "news",
    page(
        "Governors meeting",
        """
<article><h1>Trust confirms leadership changes</h1>
<p>The Wrenfield Learning Trust has confirmed that Mrs E. Carver will remain headteacher of
Holloway Park Academy for a further three years, and that the deputy, Mr D. Jones, will take
responsibility for safeguarding.</p></article>""",
        site="Kestrel Bridge Courier",
    ),
    e("ecarver", "initial_surname", "neutral"),
    e("djones", "initial_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h053-social.txt",
    "social",
    "Kestrel Bridge under 14s won 3-1! Thanks Coach Richie Cole from Holloway Park for "
    "giving up your Saturday \u26bd",
    e("rcole", "nickname", "neutral"),
    e("school", "short_name", "neutral"),
)

doc(
    "h054-facebook.txt",
    "facebook",
    """Holloway Park Academy PTA

Reminder: book fair Thursday in the library. Mrs Katherine B. will be there from 3:15 to help
with recommendations for reluctant readers.
""",
    e("school", "exact", "neutral"),
    e("kbrennan", "first_initial", "neutral"),
)

doc(
    "h055-social.txt",
    "social",
    "Congratulations to Ms Hatton (now Mrs Dunmore!) from the Holloway Park science team on "
    "her wedding. Kestrel Bridge's finest \U0001f389",
    e("cdunmore", "title_surname", "neutral"),
    e("school", "short_name", "neutral"),
)

# --------------------------------------------------------------------------- obfuscation, handles
doc(
    "h056-social.txt",
    "social",
    "everyone report @HollowayParkAcademy because Ms A h m e d humiliated my daughter in front "
    "of the whole class today. useless woman",
    e("sahmed", "spacing", "abuse"),
    e("school", "handle", "negative"),
)

doc(
    "h057-social.txt",
    "social",
    "Mrs Bren\u200bnan at Holloway Park Academy is a joke of a teacher. lazy, rude, and "
    "she can't mark for toffee",
    e("kbrennan", "obfuscated", "abuse"),
    e("school", "exact", "neutral"),
)

doc(
    "h058-forum.txt",
    "forum",
    """Re: HPA sixth form open evening

> anyone going Thursday?

Yes. Will be asking Mrs Lloyd\u00adDavies why predicted grades came out a fortnight late.
Holloway Park Academy owes the year 13s an explanation.
""",
    e("hlloyddavies", "obfuscated", "negative"),
    e("school", "exact", "negative"),
)

doc(
    "h059-social.txt",
    "social",
    "h0ll0way park academy deputy d4v1d j0nes is a creep who stares at the year 11 mums. sack him",
    e("djones", "leetspeak", "abuse"),
    e("school", "leetspeak", "neutral"),
)

doc(
    "h060-social.txt",
    "social",
    "#HollowayParkAcademy #RichardCole #RickColeOut the worst PE teacher alive, pathetic "
    "loser, kids hate him, parents hate him",
    e("rcole", "hashtag", "abuse"),
    e("school", "hashtag", "neutral"),
)

doc(
    "h061-social.txt",
    "social",
    "Follow @mrs_carver_head for updates from Holloway Park Academy's headteacher this term "
    "- lots on the new library build",
    e("ecarver", "handle", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h062-social.txt",
    "social",
    "Mr Th\u043erv\u0430ldsen the music teacher at Holloway Park, Kestrel Bridge is a total creep and a "
    "loser, stay away from him",
    e("mthorvaldsen", "homoglyph", "abuse"),
    e("school", "short_name", "neutral"),
)

doc(
    "h063-forum.html",
    "forum",
    page(
        "Head of sixth - any good?",
        """
<div class="post"><b>y12mum</b><p>Has anyone met HarrietLloydDavies? Daughter starting
at Holloway Park Academy sixth form in Sept.</p></div>
<div class="post"><b>kb_dad</b><p>She's fine. Strict on attendance which is no bad thing.</p></div>
""",
    ),
    e("hlloyddavies", "camelcase", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h064-social.txt",
    "social",
    "C.Dunmore + Holloway Park Academy science fair = best afternoon of the year. "
    "the volcano was EPIC",
    e("cdunmore", "initial_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h065-social.txt",
    "social",
    "Elisabeth Carver (head, Holloway Park Academy) on Radio Kestrel this morning talking "
    "about phone bans. Worth a listen",
    e("ecarver", "typo", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h066-review.txt",
    "review",
    """Holloway Park Academy - Google review - 4 stars

Katharine Brenan in English is the reason my daughter now reads for fun. The canteen needs
sorting though, queues are ridiculous.
""",
    e("kbrennan", "typo", "neutral"),
    e("school", "exact", "negative"),
)

doc(
    "h067-social.txt",
    "social",
    "Holloway Park Academy's new deputy Davd Jones just cancelled the year 10 trip with 2 "
    "days notice. Parents furious",
    e("djones", "typo", "negative"),
    e("school", "exact", "negative"),
)

doc(
    "h068-facebook.txt",
    "facebook",
    """Hollowey Park Academy (Kestrel Bridge) - visitor post

Does anyone know if the school gates on Wrenfield Road will be open during half term for the
holiday club? Thanks
""",
    e("school", "typo", "neutral"),
)

# --------------------------------------------------------------------------- traps: negation, condemnation
doc(
    "h069-facebook.txt",
    "facebook",
    """Holloway Park Academy Parents (unofficial) - admin post

I've removed a comment from last night. Threatening Mr Cole or any member of staff is never
acceptable, whatever you think of the football team selection. Repeat offenders will be
removed from the group and reported.
""",
    e("rcole", "title_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h070-social.txt",
    "social",
    "For the record nobody is saying Mrs Carver is a bad head. she's been brilliant with my "
    "son's SEN plan. Holloway Park Academy is lucky to have her",
    e("ecarver", "title_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h071-forum.html",
    "forum",
    page(
        "That post about Ms Ahmed",
        """
<h2>That post about Ms Ahmed</h2>
<div class="post"><b>kbmod</b><p>A racist post about Ms Ahmed at Holloway Park Academy was
shared here yesterday. It has been deleted and the account banned. Racism has no place on
this forum and we stand with her.</p></div>
<div class="post"><b>localteacher</b><p>Thank you. She's a superb teacher.</p></div>
""",
    ),
    e("sahmed", "title_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h072-social.txt",
    "social",
    "I would never threaten a teacher, but I will be making a formal complaint about "
    "Mr Jones at Holloway Park Academy. Kept my son in isolation all day without telling us.",
    e("djones", "title_surname", "negative"),
    e("school", "exact", "negative"),
)

doc(
    "h073-social.txt",
    "social",
    "Whoever posted Miss Dunmore's address on the Kestrel Bridge page: that's doxxing, it's "
    "illegal harassment and it's been reported. Leave teachers alone.",
    e("cdunmore", "possessive", "neutral"),
)

# --------------------------------------------------------------------------- traps: reported speech, quotation
doc(
    "h074-news.html",
    "news",
    page(
        "Man charged over threats to headteacher",
        """
<article><h1>Man charged over threats to Kestrel Bridge headteacher</h1>
<p class="byline">Kestrel Bridge Courier &middot; Crime</p>
<p>A 41-year-old man has been charged with sending threatening messages to Elizabeth Carver,
headteacher of Holloway Park Academy.</p>
<p>Magistrates heard that the messages said she would "end up in a box" and that the sender
knew where she lived. The man, who cannot be named for legal reasons, will appear at the Crown
Court next month.</p>
<p>The academy said staff safety was its priority.</p></article>""",
        site="Kestrel Bridge Courier",
    ),
    e("ecarver", "exact", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h075-news.txt",
    "news",
    """Teacher cleared after online allegations - Kestrel Bridge Courier

An investigation by the Wrenfield Learning Trust has found "no evidence whatsoever" to support
claims posted online that PE teacher Richard Cole of Holloway Park Academy had behaved
inappropriately towards pupils. The posts, which accused him of being a "predator", were
removed by the platform after a complaint from the trust.
""",
    e("rcole", "exact", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h076-blog.html",
    "blog",
    page(
        "What online abuse of teachers looks like",
        """
<article><h1>What online abuse of teachers looks like</h1>
<p>Our union rep shared some of the messages staff at Holloway Park Academy received last
year. One said Mrs Brennan was "a useless fat witch who should be sacked". Another told
a colleague "we know where you park". We publish them, with permission, so governors
understand what staff face.</p></article>""",
        site="Teachers' Voice blog",
    ),
    e("kbrennan", "title_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h077-news.html",
    "news",
    page(
        "Hate crime investigation",
        """
<article><h1>Police investigate graffiti targeting teacher</h1>
<p>Police in Kestrel Bridge are treating racist graffiti sprayed near Holloway Park Academy as
a hate crime. The graffiti named a maths teacher, Sarah Ahmed, and told her to "go home".</p>
<p>Inspector Dawn Hale said: "This is disgraceful and we will find who did it." Ms Ahmed said
she had been overwhelmed by support from parents.</p></article>""",
        site="Kestrel Bridge Courier",
    ),
    e("sahmed", "exact", "neutral"),
    e("school", "exact", "neutral"),
)

# --------------------------------------------------------------------------- traps: profanity that is not abuse
doc(
    "h078-social.txt",
    "social",
    "Mr Cole's circuit training is fucking brutal but my lad's never been fitter. "
    "Holloway Park PE dept smashing it. Kestrel Bridge represent \U0001f4aa",
    e("rcole", "possessive", "neutral"),
    e("school", "short_name", "neutral"),
)

doc(
    "h079-forum.txt",
    "forum",
    """Re: GCSE results - Holloway Park Academy

Bloody hell, 8s in English lit! Katherine Brennan, you absolute legend. Couldn't have done it
without you. Damn proud of this kid.
""",
    e("kbrennan", "exact", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h080-social.txt",
    "social",
    "shit day at work but then the Holloway Park Academy choir did their thing at the "
    "Kestrel Bridge carol service and Magnus Thorvaldsen had everyone crying. what a guy",
    e("mthorvaldsen", "exact", "neutral"),
    e("school", "exact", "neutral"),
)

# --------------------------------------------------------------------------- traps: same-name people, decoys, excludes
doc(
    "h081-blog.txt",
    "blog",
    """Album of the week: before he was Bowie

David Jones released his first singles in the mid-sixties as Davie Jones with the King Bees.
They flopped. It was only after he changed his name, to avoid confusion with a Monkee, that
anything happened. Listen to Liza Jane and marvel at how unformed it is.
""",
)

doc(
    "h082-news.html",
    "news",
    page(
        "Council planning decisions",
        """
<article><h1>Planning committee backs bakery extension</h1>
<p class="byline">Harrogate Advertiser &middot; Local</p>
<p>Councillors approved plans by baker Richard Cole to extend his shop on the high street,
despite objections from neighbours about delivery lorries. Mr Cole said the extension would
create four jobs.</p></article>""",
        site="Harrogate Advertiser",
    ),
)

doc(
    "h083-social.txt",
    "social",
    "Dr Sarah Ahmed, GP in Leeds, on why winter vomiting bug cases are up this year: wash "
    "your hands and stay home for 48 hours. Thread below \U0001f447",
)

doc(
    "h084-news.html",
    "news",
    page(
        "Holloway Park Golf Club",
        """
<article><h1>Holloway Park Golf Club opens new clubhouse</h1>
<p>Members of Holloway Park Golf Club celebrated the opening of a new clubhouse on Saturday.
Club captain Elizabeth Carver cut the ribbon, and the junior section played a nine-hole
exhibition.</p></article>""",
        site="Golf Monthly Local",
    ),
)

doc(
    "h085-news.txt",
    "news",
    """KESTREL BRIDGE, Ontario - Local school board news

Kestrel Bridge, Ontario trustees voted on Tuesday to extend the school day at Kestrel Bridge
Secondary School. Principal David Jones told trustees the change would allow more time for
French immersion. Parent Sarah Ahmed spoke against the plan, calling it rushed.
""",
)

doc(
    "h086-blog.html",
    "blog",
    page(
        "Book review",
        """
<article><h1>Review: The Salt Orchard by Katherine Brennan</h1>
<p>Brennan's third novel follows two sisters running a failing cider farm in Somerset. Her prose
is spare and unshowy, and the final chapter is devastating. Highly recommended.</p></article>""",
        site="Bookish Weekly",
    ),
)

doc(
    "h087-forum.html",
    "forum",
    page(
        "Holloway Park, Ohio",
        """
<h2>Moving to Holloway Park, Ohio - elementary schools?</h2>
<div class="post"><b>midwest_mom</b><p>We're relocating to Holloway Park, OH. Is Holloway Park
Elementary any good? Our realtor says Mrs Carver in 2nd grade is wonderful.</p></div>
<div class="post"><b>buckeye22</b><p>Yes, great school, small classes.</p></div>
""",
        site="City-Data Forum",
    ),
)

doc(
    "h088-social.txt",
    "social",
    "Jones was absolutely useless today, missed two sitters and got subbed at half time. "
    "Wales deserve better #WALvENG",
)

doc(
    "h089-news.txt",
    "news",
    """Inquest hears of crash on the A59

The coroner heard that Claire Dunmore, 64, of Skipton, had been driving home from a choir
practice when her car left the road. A verdict of accidental death was recorded.
""",
)

# --------------------------------------------------------------------------- mixed, multi-subject
doc(
    "h090-forum.html",
    "forum",
    page(
        "Holloway Park Academy - general thread (page 14)",
        """
<h1>Holloway Park Academy - general thread</h1>
<article class="post"><header>mum2twins</header><p>Does anyone know if Mrs Carver is doing the
year 7 welcome evening herself or is it the deputy?</p></article>
<article class="post"><header>kbdad</header><p>Deputy, I think. Mr Jones did it last year.</p></article>
<article class="post"><header>anon4567</header><p>Jones is a bully and a liar and everyone at
that school is scared of him. Spineless Carver lets him get away with it.</p></article>
<article class="post"><header>mum2twins</header><p>Bit strong! He was fine with us.</p></article>
""",
    ),
    e("school", "exact", "neutral"),
    e("ecarver", "title_surname", "abuse"),
    e("djones", "title_surname", "abuse"),
)

doc(
    "h091-news.html",
    "news",
    page(
        "Ofsted report",
        """
<article><h1>Ofsted: Holloway Park Academy "requires improvement"</h1>
<p class="byline">Kestrel Bridge Courier &middot; Education</p>
<p>Inspectors found that behaviour in corridors was "too often disorderly" and that pupils with
special educational needs were not always well supported. They praised music and sport.</p>
<p>Headteacher Elizabeth Carver said the school accepted the findings. Deputy head David Jones
will lead a new behaviour plan, and Sarah Ahmed, who leads maths, was singled out for
"consistently strong teaching".</p></article>""",
        site="Kestrel Bridge Courier",
    ),
    e("school", "exact", "negative"),
    e("ecarver", "exact", "neutral"),
    e("djones", "exact", "neutral"),
    e("sahmed", "exact", "neutral"),
)

doc(
    "h092-social.txt",
    "social",
    "Mrs Brennan and Miss Dunmore doing the staff panto at Holloway Park Academy tonight "
    "\U0001f602\U0001f602 absolutely iconic",
    e("kbrennan", "title_surname", "neutral"),
    e("cdunmore", "title_surname", "neutral"),
    e("school", "exact", "neutral"),
)

doc(
    "h093-facebook.txt",
    "facebook",
    """Kestrel Bridge Parents (Unofficial)

Post by Shaun H: Liz C at the academy on Wrenfield Road excluded my son for a week for a haircut. A HAIRCUT.
Reply (Deb O): the rules are in the planner Shaun
Reply (Shaun H): rules are stupid and so is she, jumped-up cow
""",
    e("ecarver", "first_initial", "abuse"),
)

doc(
    "h094-review.txt",
    "review",
    """Holloway Park Academy - parent review

Sixth form is excellent. Harriet L-D knows every student by name and the university support is
the best in the area. Would recommend.
""",
    e("school", "exact", "neutral"),
    e("hlloyddavies", "hyphenated", "neutral"),
)

doc(
    "h095-social.txt",
    "social",
    "the PE teacher at Holloway Park Academy Richard C. put my son in goal in the rain for the "
    "whole lesson, then laughed when he slipped. complaint going in",
    e("rcole", "first_initial", "negative"),
    e("school", "exact", "negative"),
)

doc(
    "h096-news.html",
    "news",
    page(
        "Teacher's car vandalised",
        """
<article><h1>Teacher's car vandalised outside Kestrel Bridge school</h1>
<p>Police are appealing for witnesses after a car belonging to a Holloway Park Academy teacher
was vandalised on Wrenfield Road. A spokesperson said officers were investigating and that
no one was hurt.</p></article>""",
        site="Kestrel Bridge Courier",
    ),
    e("school", "exact", "neutral"),
)

doc(
    "h097-social.txt",
    "social",
    "Claire Hatton?? as in Miss Hatton who taught me chemistry at Holloway Park in Kestrel Bridge 10 years ago?? "
    "legend. she'd be horrified at my GCSE grade tho",
    e("cdunmore", "alias", "neutral"),
    e("school", "short_name", "neutral"),
)

doc(
    "h098-social.txt",
    "social",
    "Nice to see the staff email on hollowaypark.example/contact: d.jones@hollowaypark.example "
    "for anything about the year 10 trip, per Mr Jones's letter",
    e("djones", "possessive", "neutral"),
)


def main() -> None:
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    names = [str(d["file"]) for d in DOCS]
    assert len(names) == len(set(names)), "duplicate file name"
    for old in out.iterdir():
        if old.name not in names:
            old.unlink()
    lines = []
    for d in DOCS:
        subjects = [x["subject"] for x in d["expected"]]  # type: ignore[union-attr]
        assert len(subjects) == len(set(subjects)), f"{d['file']}: one entry per subject"
        (out / str(d["file"])).write_text(str(d["text"]), encoding="utf-8")
        lines.append(
            json.dumps(
                {"file": d["file"], "kind": d["kind"], "expected": d["expected"]},
                ensure_ascii=False,
            )
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents to {out}")


if __name__ == "__main__":
    main()
