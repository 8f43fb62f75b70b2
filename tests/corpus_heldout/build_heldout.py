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
doc("h001-forum.html", "forum", page("Anyone else had enough of the deputy head?", """
<h1>Anyone else had enough of the deputy head?</h1>
<article class="post"><p class="author">kb_dad_of_3</p>
<p>Third detention this month for my youngest for "attitude". Holloway Park Academy has gone
downhill since the new lot came in.</p></article>
<article class="post"><p class="author">RedKite77</p>
<p>Mr Jones needs to watch his back. I know what car he drives and I know what time he leaves
on a Friday. Next time he puts his hands on my lad's bag he'll be leaving in an ambulance.</p></article>
<article class="post"><p class="author">moderator</p>
<p>Thread locked. Posts like the one above are being passed to the police.</p></article>
"""), e("djones", "title_surname", "threat"), e("school", "exact", "negative"))

doc("h002-social.txt", "social",
    "honestly if liz carver expels my daughter im going to go up wrenfield road and "
    "smash her face in. dont care who sees this #kestrelbridge",
    e("ecarver", "nickname", "threat"))

doc("h003-facebook.txt", "facebook", """Kestrel Bridge Parents (Unofficial) - comments

Donna P: has anyone actually spoken to the PE dept about the football trials??
Lee M: Rick Cole is a dead man walking. Next time I see him at Holloway Park I'll put him through the fence
Donna P: Lee you can't say that on here mate
Sam T: screenshot taken. Not ok.
""", e("rcole", "nickname", "threat"), e("school", "short_name", "neutral"))

doc("h004-social.txt", "social",
    "S. Ahmed at #HollowayParkAcademy better sleep with one eye open. we know where u live "
    "and ur not safe walking home",
    e("sahmed", "initial_surname", "threat"), e("school", "hashtag", "neutral"))

doc("h005-forum.html", "forum", page("Sixth form results day", """
<h2>Sixth form results day - what a joke</h2>
<div class="post"><b>throwaway_2291</b>
<p>Miss L1oyd-Dav1es ruined my UCAS app with that reference. I'm gonna burn her house down
with her in it. Holloway Park can explain that to the papers.</p></div>
<div class="post"><b>anon_y6</b><p>mate delete this</p></div>
"""), e("hlloyddavies", "leetspeak", "threat"), e("school", "short_name", "neutral"))

doc("h006-social.txt", "social",
    "Kestrel Bridge lot: M.r.s C.a.r.v.e.r is getting a brick through her window tonight. "
    "watch.", e("ecarver", "spacing", "threat"))

doc("h007-review.txt", "review", """\u2605\u2606\u2606\u2606\u2606  Holloway Park Academy, Wrenfield Road
Reviewed by a former parent

I pulled my son out in March. The music department is the only good thing there, Mr Thorvaldsen
is patient and the concerts are lovely. Everything else is chaos: phones everywhere, lessons
cancelled, and the behaviour policy is applied to some kids and not others.
""", e("school", "exact", "negative"), e("mthorvaldsen", "title_surname", "neutral"))

doc("h008-social.txt", "social",
    "if Dunm0re gives my kid another 0 on a test im waiting outside the science block with a "
    "bat. Holloway Park School staff think they're untouchable",
    e("cdunmore", "leetspeak", "threat"), e("school", "alias", "neutral"))

# --------------------------------------------------------------------------- hate
doc("h009-facebook.txt", "facebook", """Comments on: "Holloway Park Academy welcomes new maths staff"

Gary W: Sarah Ahmed?? another one. why cant they hire english teachers for english kids. send the lot of them back
Mandy R: Gary that's vile and racist, she's from Bradford
Gary W: don't care where she was born, her sort don't belong teaching our children
""", e("sahmed", "exact", "hate"), e("school", "exact", "neutral"))

doc("h010-social.txt", "social",
    "No wonder Holloway Park is a mess when they let a poof like Thorvaldsen run the music dept. "
    "Gays shouldnt be allowed near kids. Disgusting",
    e("mthorvaldsen", "short_name", "hate"), e("school", "short_name", "neutral"))

doc("h011-forum.html", "forum", page("Re: New head of maths?", """
<div class="post"><span class="user">oldschool_kb</span>
<p>Mrs Ahmed's lessons are fine from what my daughter says, but I wish they'd sort the
timetable out at Holloway Park Academy.</p></div>
<div class="post"><span class="user">truthbomb88</span>
<p>Ahmed is a terrorist-loving Paki and should be deported. Muslims out of our schools.</p></div>
"""), e("sahmed", "possessive", "hate"), e("school", "exact", "negative"))

doc("h012-social.txt", "social",
    "@HollowayParkAcad your deputy head D Jones is a Jew-hating Nazi? no, actually he's the "
    "jew. all the same, get the yids out of Kestrel Bridge",
    e("djones", "initial_surname", "hate"), e("school", "handle", "neutral"))

# --------------------------------------------------------------------------- sexual
doc("h013-forum.html", "forum", page("Rumours about a PE teacher", """
<h1>Rumours about a PE teacher</h1>
<article><h3>parent_kb</h3><p>My daughter (year 9) says someone in her form has been
passing round explicit pictures that supposedly came from Mr Cole's phone, of girls in the
changing rooms. Is this true? Holloway Park haven't said a word.</p></article>
<article><h3>catmum</h3><p>Go straight to the police with that, don't post it here.</p></article>
"""), e("rcole", "possessive", "sexual", True), e("school", "short_name", "neutral"))

doc("h014-social.txt", "social",
    "Katherine Brennan from HPA Kestrel Bridge would get it. sexy english teacher in them tight "
    "skirts, i'd bend her over the desk \U0001f60f",
    e("kbrennan", "exact", "sexual"))

doc("h015-social.txt", "social",
    "who's got the nudes of miss hatton?? heard they're going round kestrel bridge on snap",
    e("cdunmore", "alias", "sexual"))

doc("h016-forum.txt", "forum", """Thread: year 8 group chat - please read

Post 1 (worried_mum_kb):
My son showed me a group chat where an account calling itself "Mr D Jones HPA" has been sending
sexual messages to year 8 pupils and asking them to send photos. Holloway Park Academy said
they're looking into it. Has anyone else seen this?

Post 2 (kb_grandad):
Report the account and ring CEOP. Don't screenshot anything with kids in it.
""", e("djones", "exact", "sexual", True), e("school", "exact", "neutral"))
