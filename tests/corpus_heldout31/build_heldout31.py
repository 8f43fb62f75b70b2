#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the heldout31 evaluation corpus for the repwatch matcher.

Setting
    Ysgol Gyfun Bryn Chwarel, an invented Welsh-medium comprehensive on the north
    edge of Cardiff, on the Cefn Eithin estate (localities: Cefn Eithin,
    Pant-y-Wennol, Llwyncelyn Cross). Locals call it "the Quarry" / "Chwarel"
    (it sits on Heol y Chwarel); acronym YGBC, which it shares with Ystrad Golf &
    Bowls Club and a gymnastics club. Own domain ygbrynchwarel.example, office
    phone 01632 960418. Nearby: Cefn Eithin RFC, Capel Bethesda, the North
    Cardiff Courier, Y Llais Lleol, an unofficial parents' Facebook group, the
    ParentChat Cymru forum, Google-style reviews, X and TikTok posts.

Staff (watchlist ids and the traits they exercise)
    itrefenai     Iolo Trefenai, headteacher. unique = true (counts anywhere).
                  Alias "Iolo Tref"; leetspeak, homoglyph, spacing, hashtag, camelcase.
    chopkinrees   Carys Hopkin-Rees, deputy head. Hyphenated surname (written
                  "Hopkin Rees", "Hopkin–Rees", "HopkinRees"); alias "Carys Rees".
    sllewelyn     Siân Llewelyn, head of Welsh. Accent (Sian), typo "Llewellyn",
                  short name "Miss Siân".
    wpugh         William Pugh, head of PE and rugby coach. Nickname-able (Wil,
                  Will, Bill, Billy); obfuscated "P*gh".
    djones        David Jones, maths. Very common name: namesakes (councillor,
                  plumber, darts player, farmer) appear in decoys. Nickname "Dai".
    gprice        Gareth Price, head of Year 10. Surname is an everyday word
                  ("price"), used plainly in decoys.
    ghughes       Gwenllian Hughes, head of Year 7. Aliases "Gwenllian Tudur"
                  (maiden name) and "Gwen Hughes".
    zfairbrother  Zoë Fairbrother, science. Diaeresis (Zoe), typo "Fairbrothers".
    evaughan      Dr Emyr Vaughan, head of sixth form. Typo "Vaughn".
    nrowlands     Nia Rowlands, ALNCo.

Voices
    Local news (English and Welsh), parents on the Facebook group and forum
    (English with Welsh words: diolch, bore da, twp, cariad, duw duw), pupils on
    TikTok/X, rugby club members, chapel newsletter, reviewers, trolls.

Decoys
    "quarry" as an everyday word and the Quarry Hotel / Quarry Bank; YGBC the
    bowls and gymnastics clubs; Bryn Chwarel Garden Centre; Ysgol Gynradd Chwarel
    Las; a similar-sounding school elsewhere; namesakes David Jones, Gareth Price,
    Nia Rowlands, William Pugh, Emyr Vaughan clearly elsewhere; "price" as a
    word; the locality alone (bins, roadworks, the chapel without staff).

Labelling conventions
    One expected entry per subject per document, with the easiest form present
    (exact > alias > title_surname > the rest) and the worst category for that subject
    (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
    The school is a subject only when the document refers to the school itself; a
    locality alone does not make it one. Non-unique staff count only when tied to the
    school by name, alias, locality or role; the unique staff member counts wherever named.
    Praise of a staff member inside an attack on someone else is neutral; quoting abuse to
    condemn it, news of a conviction for threatening someone and untargeted swearing are
    neutral for the victim; news of an arrest, suspension or investigation is defamation
    for the person; sexual content where a child may be involved is sexual with
    url_only true (also for the school when named); a pupil's crush on or innuendo about
    an adult teacher is sexual with url_only false. News reporting a threat against the
    school is neutral for the school; a post that itself threatens the school is threat.

    Variant notes for this corpus: for the school, "alias" is a listed long form
    (Bryn Chwarel, Ysgol Bryn Chwarel, YGBC ...), "short_name" is the everyday
    "Quarry"/"Chwarel"; for staff, "short_name" is title + first name as pupils
    use it ("Mr Iolo", "Miss Siân").

Running
    python3 tests/corpus_heldout31/build_heldout31.py
    Writes docs/ and labels.jsonl beside this file, verifies every labelled
    surface form occurs in its document's text, prints a summary, exits 0.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

S = "school"
IT = "itrefenai"
CH = "chopkinrees"
SL = "sllewelyn"
WP = "wpugh"
DJ = "djones"
GP = "gprice"
GH = "ghughes"
ZF = "zfairbrother"
EV = "evaughan"
NR = "nrowlands"

CATS = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}

DOCS: list[dict] = []


def M(subject: str, variant: str, category: str, form: str, u: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": u}


SITES = {
    "courier": ("The North Cardiff Courier", "northcardiffcourier.example", ["News", "Sport", "Schools", "Property", "Announcements", "Jobs"], "© North Cardiff Courier Ltd, Unit 4, Heol Glan-yr-Afon, Cardiff CF14 9ZQ. Registered in England &amp; Wales."),
    "llais": ("Y Llais Lleol", "yllaislleol.example", ["Newyddion", "Chwaraeon", "Addysg", "Capeli", "Digwyddiadau"], "© Y Llais Lleol — papur bro gogledd Caerdydd. Gwirfoddolwyr sy'n cyhoeddi'r papur hwn."),
    "wnow": ("Wales Now", "walesnow.example", ["Home", "Cardiff", "Swansea", "North Wales", "Politics", "Education", "Rugby"], "Wales Now is part of Dragonfly Digital Media. Contact newsdesk@walesnow.example"),
    "swsport": ("South Wales Grassroots Sport", "swgrassroots.example", ["Rugby", "Football", "Cricket", "Bowls", "Results"], "South Wales Grassroots Sport — run by volunteers since 2009."),
}
FORUMS = {
    "pc": ("ParentChat Cymru", "parentchat.example", "Talk", ["Secondary education", "AIBU", "Local: Cardiff &amp; Vale", "Chat"]),
    "cb": ("CardiffBoards", "cardiffboards.example", "Boards", ["North Cardiff", "Schools", "Off topic"]),
    "fr": ("FrontRow Forum", "frontrowforum.example", "Forums", ["Welsh club rugby", "Mini &amp; junior", "The Bar"]),
}
BLOGS = {
    "mam": ("Mam o Gefn Eithin", "mamogefneithin.example", "A mam, two teenagers and a lot of tea"),
    "chalk": ("Chalk &amp; Cymraeg", "chalkacymraeg.example", "Notes from a Welsh-medium classroom"),
    "capel": ("Capel Bethesda, Cefn Eithin", "bethesdacefneithin.example", "Newyddion y Capel · Chapel news"),
    "rfc": ("Cefn Eithin RFC", "cefneithinrfc.example", "Est. 1894 · Y Cochion"),
    "ed": ("The Staffroom Sceptic", "staffroomsceptic.example", "Education commentary, mostly grumpy"),
}


def D(kind: str, m: list[dict] | None = None, **kw) -> None:
    DOCS.append({"kind": kind, "m": m or [], "kw": kw})


def news(site: str, title: str, date: str, byline: str, body: list[str], comments: list[tuple[str, str, str]] = ()) -> str:
    name, domain, nav, foot = SITES[site]
    navh = "".join(f'<li><a href="https://{domain}/{n.lower()}/">{n}</a></li>' for n in nav)
    paras = "\n".join(f"      <p>{p}</p>" for p in body)
    if comments:
        cm = "\n".join(
            f'      <li class="comment"><span class="author">{a}</span> <time>{t}</time><p>{c}</p><a href="#">Reply</a> · <a href="#">Report</a></li>'
            for a, t, c in comments)
        cblock = f'    <section class="comments"><h2>{len(comments)} comments</h2>\n    <ul>\n{cm}\n    </ul></section>'
    else:
        cblock = '    <section class="comments"><p>Comments are closed on this article.</p></section>'
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title} | {name}</title>
<link rel="canonical" href="https://{domain}/news/{slug}"></head>
<body>
  <header class="masthead"><a class="logo" href="https://{domain}/">{name}</a>
    <nav><ul>{navh}</ul></nav>
    <form class="search"><input name="q" placeholder="Search"></form></header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">By {byline} · {date}</p>
{paras}
    </article>
    <aside class="related"><h3>Most read</h3><ol><li>Roadworks on the A469 to last until spring</li><li>Pub quiz raises £1,200 for hospice</li><li>Weather: yellow warning for rain</li></ol></aside>
{cblock}
  </main>
  <footer><p>{foot}</p><p><a href="https://{domain}/privacy">Privacy</a> · <a href="https://{domain}/cookies">Cookies</a> · <a href="https://{domain}/contact">Contact us</a></p></footer>
</body>
</html>
"""


def forum(site: str, section: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    name, domain, top, secs = FORUMS[site]
    navh = " · ".join(f'<a href="https://{domain}/{i}">{s}</a>' for i, s in enumerate(secs))
    ph = []
    for i, (u, t, c) in enumerate(posts):
        op = " (OP)" if i and u == posts[0][0] else ""
        ph.append(f'    <div class="post" id="p{i + 1}"><div class="meta"><b>{u}</b>{op} · {t}</div>\n      <div class="body"><p>{c}</p></div>\n      <div class="actions"><a href="#">Quote</a> · <a href="#">Report</a> · <a href="#">Thanks</a></div></div>')
    body = "\n".join(ph)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title} - {section} - {name}</title></head>
<body>
  <header><a href="https://{domain}/">{name}</a> <nav>{navh}</nav> <a href="https://{domain}/login">Log in</a> · <a href="https://{domain}/join">Join</a></header>
  <div class="crumbs">{top} › {section} › {title}</div>
  <main class="thread">
    <h1>{title}</h1>
{body}
    <div class="pager">Page 1 of 1 · <a href="#">Watch thread</a></div>
  </main>
  <footer>{name} · <a href="https://{domain}/rules">Talk guidelines</a> · <a href="https://{domain}/privacy">Privacy</a> · Posts are the views of members.</footer>
</body>
</html>
"""


def blog(site: str, title: str, date: str, body: list[str], comments: list[tuple[str, str, str]] = ()) -> str:
    name, domain, tag = BLOGS[site]
    paras = "\n".join(f"    <p>{p}</p>" for p in body)
    cm = "\n".join(f'    <div class="comment"><b>{a}</b> <small>{t}</small><p>{c}</p></div>' for a, t, c in comments)
    ctitle = f"<h3>{len(comments)} thoughts on “{title}”</h3>" if comments else "<h3>Leave a reply</h3>"
    return f"""<!DOCTYPE html>
<html lang="cy-GB">
<head><meta charset="utf-8"><title>{title} – {name}</title></head>
<body>
  <header class="site-header"><h1 class="site-title"><a href="https://{domain}/">{name}</a></h1><p class="tagline">{tag}</p>
    <nav><a href="https://{domain}/">Home</a> <a href="https://{domain}/about">About</a> <a href="https://{domain}/archive">Archive</a> <a href="https://{domain}/contact">Contact</a></nav></header>
  <article class="post">
    <h2>{title}</h2><div class="entry-meta">Posted on {date}</div>
{paras}
  </article>
  <section id="comments">{ctitle}
{cm}
  </section>
  <footer class="site-footer">Proudly powered by a free blogging platform · Theme: Ffenest</footer>
</body>
</html>
"""


def doc_text(raw: str, ext: str) -> str:
    if ext == "html":
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def render(d: dict) -> str:
    kw = d["kw"]
    k = d["kind"]
    if k == "news":
        return news(kw["site"], kw["title"], kw["date"], kw["by"], kw["body"], kw.get("comments", ()))
    if k == "forum":
        return forum(kw["site"], kw["section"], kw["title"], kw["posts"])
    if k == "blog":
        return blog(kw["site"], kw["title"], kw["date"], kw["body"], kw.get("comments", ()))
    return kw["text"].strip("\n") + "\n"


# ---------------------------------------------------------------- documents 1

D("news", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(IT, "exact", "neutral", "Iolo Trefenai"), M(WP, "title_surname", "neutral", "Mr Pugh")],
  site="courier", title="Comprehensive unveils £2.4m sports hall plan", date="14 March 2024", by="Heledd Morse, Education Reporter",
  body=["Ysgol Gyfun Bryn Chwarel has submitted plans for a new sports hall and 3G pitch on land off Heol y Chwarel, Cefn Eithin.",
        "Headteacher Iolo Trefenai said the Welsh-medium school had 'outgrown' its 1970s gym. \"Our pupils deserve facilities that match their talent,\" he said.",
        "Head of PE Mr Pugh added that the pitch would be shared with community clubs in the evenings.",
        "A decision is expected from the council's planning committee in June."],
  comments=[("Cefn_Resident_62", "2 hours ago", "Another year of lorries up and down the lane then. Lovely."),
            ("MamOfThree", "1 hour ago", "Typical Quarry. Millions on a gym while my son has had supply for maths since October and nobody answers an email."),
            ("GarethW", "48 min ago", "Good news for the area tbh, my lot would use that pitch.")])

D("news", [M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel"), M(EV, "exact", "defamation", "Emyr Vaughan")],
  site="wnow", title="Head of sixth form at Cardiff Welsh-medium school suspended", date="3 October 2023", by="Wales Now Education Desk",
  body=["A senior teacher at Ysgol Gyfun Bryn Chwarel in north Cardiff has been suspended while the local authority investigates a complaint, Wales Now understands.",
        "Dr Emyr Vaughan, head of sixth form, has not been in school since the start of term. The nature of the complaint has not been disclosed.",
        "A spokesperson for the council said: \"We do not comment on individual staffing matters. Pupils' learning is not affected.\"",
        "There is no suggestion that any criminal offence has been committed."],
  comments=[("anon_user_8812", "3 Oct 2023", "Suspension is a neutral act, people. Let the process run."),
            ("TaffTrueblue", "3 Oct 2023", "Always said there was something off about him at parents evening.")])

D("news", [M(IT, "exact", "neutral", "Iolo Trefenai"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")],
  site="courier", title="Man jailed for threatening emails to headteacher", date="22 January 2024", by="Court Reporter",
  body=["A 44-year-old man who sent a string of menacing emails to a Cardiff headteacher has been jailed for ten months.",
        "Cardiff Crown Court heard that Rhydian Dando, of Llanrumney, sent eleven messages to Iolo Trefenai, headteacher of Ysgol Gyfun Bryn Chwarel, after his nephew was excluded.",
        "One message read: \"People like you end up in ditches.\" Dando pleaded guilty to sending malicious communications.",
        "Judge Amelia Crowther said headteachers were entitled to do their jobs without fear. Mr Trefenai said he was grateful to South Wales Police."],
  comments=[("Penylan Pete", "22 Jan 2024", "Good. Ten months isn't enough."),
            ("eirlys_w", "22 Jan 2024", "Pob lwc to Mr Trefenai and his family, no one should get that.")])

D("news", [M(S, "alias", "neutral", "Bryn Chwarel"), M(CH, "exact", "neutral", "Carys Hopkin-Rees")],
  site="wnow", title="Pupils evacuated after hoax call to Cardiff school", date="9 May 2024", by="Siôn Keats",
  body=["Around 1,100 pupils were evacuated from a Welsh-medium comprehensive in north Cardiff on Thursday morning after a hoax telephone call.",
        "Police were called to Bryn Chwarel at about 9.40am. A search found nothing suspicious and pupils returned to lessons after lunch.",
        "Deputy head Carys Hopkin-Rees said: \"Our pupils were calm and sensible. Diolch to the emergency services.\"",
        "South Wales Police said enquiries were continuing."])

D("news", [M(WP, "nickname", "neutral", "Wil Pugh"), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")],
  site="swsport", title="Cefn Eithin under-16s lift the Youth Plate", date="29 April 2024", by="Club correspondent",
  body=["Cefn Eithin's under-16s beat Pontypridd Harriers 24-19 in a thrilling Youth Plate final at the Brewery Field.",
        "Coach Wil Pugh, who teaches PE at Ysgol Bryn Chwarel, said half of the squad came through the school's own rugby programme.",
        "\"They never gave up. Proud doesn't cover it,\" he said."],
  comments=[("Cochion4Life", "29 Apr", "Get in there bois!! 🔴⚪"), ("Dai_the_Hooker", "30 Apr", "Ref was a disgrace mind, nearly cost us")])

D("news", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(IT, "exact", "neutral", "Iolo Trefenai"), M(NR, "exact", "neutral", "Nia Rowlands")],
  site="courier", title="Inspectors say Cefn Eithin school must improve attendance", date="18 November 2023", by="Heledd Morse, Education Reporter",
  body=["Estyn inspectors have told Ysgol Gyfun Bryn Chwarel it must do more to tackle persistent absence and to raise standards in mathematics.",
        "The report found attendance below similar schools for three years running and said some lessons lacked challenge.",
        "Inspectors praised the school's additional learning needs provision, led by Nia Rowlands, and its Welsh-language culture.",
        "Headteacher Iolo Trefenai said the school accepted the recommendations 'in full'."])

D("news", [M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel"), M(SL, "exact", "neutral", "Siân Llewelyn")],
  site="llais", title="Llwyddiant ysgubol yn yr Eisteddfod i ddisgyblion lleol", date="8 Mehefin 2024", by="Gohebydd Y Llais",
  body=["Cafodd disgyblion Ysgol Gyfun Bryn Chwarel wythnos i'w chofio yn Eisteddfod yr Urdd, gan ennill chwe gwobr gyntaf.",
        "Dywedodd Siân Llewelyn, Pennaeth yr Adran Gymraeg: \"Rydyn ni mor falch ohonyn nhw. Gwaith caled a llawer o ymarfer.\"",
        "Bydd y côr yn perfformio yng Nghapel Bethesda nos Sul nesaf."])

D("news", [M(GP, "exact", "negative", "Gareth Price"), M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel")],
  site="courier", title="Parents balk at price of new compulsory blazers", date="2 September 2024", by="Tom Adeyemi",
  body=["Parents at Ysgol Gyfun Bryn Chwarel say the price of a new logo blazer - £48 from a single supplier - is out of reach for many families.",
        "A petition has gathered 600 signatures. Gareth Price, head of Year 10, said the school would run a second-hand uniform swap.",
        "Welsh Government guidance says schools should keep branded items to a minimum."],
  comments=[("Nain_Cefn", "2 Sep", "£48!! for a blazer they'll grow out of by Easter"),
            ("LlwyncelynLad", "2 Sep", "Mr Price couldn't organise a raffle in a chapel, swap shop will be shambles"),
            ("ChrisV", "3 Sep", "Cheaper than the English schools tbf")])

D("news", [M(IT, "exact", "neutral", "Iolo Trefenai"), M(S, "short_name", "neutral", "the Quarry")],
  site="courier", title="Police investigate offensive graffiti near Cefn Eithin school", date="12 February 2024", by="Newsdesk",
  body=["Police are investigating after offensive slogans were sprayed on a bus shelter and garages near the comprehensive known locally as the Quarry.",
        "The graffiti, which has since been removed, targeted headteacher Iolo Trefenai. Officers described it as 'vile'.",
        "Anyone with information is asked to call 101 quoting reference 2400048817."],
  comments=[("Geraint_Ll", "12 Feb", "Whoever did this, grow up. The man's done more for this estate than the council ever has.")])

D("news", [M(GH, "exact", "neutral", "Gwenllian Hughes"), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")],
  site="llais", title="Capel Bethesda yn dathlu 150 mlynedd", date="20 Ebrill 2024", by="Gohebydd Y Llais",
  body=["Daeth dros 200 o bobl i Gapel Bethesda, Cefn Eithin, i ddathlu 150 mlynedd ers codi'r capel.",
        "Chwaraewyd yr organ gan Gwenllian Hughes, athrawes yn Ysgol Bryn Chwarel, sydd wedi bod yn organydd y capel ers 2011.",
        "Roedd te bach yn y festri wedyn. Diolch i'r chwiorydd am y bara brith!"])

D("news", [], site="courier", title="Councillor calls for action on Cefn Eithin fly-tipping", date="5 July 2024", by="Tom Adeyemi",
  body=["Councillor David Jones has called on the council to install cameras at a lay-by in Cefn Eithin where fly-tipping has become a weekly problem.",
        "Cllr Jones, who represents the neighbouring ward, said residents had reported sofas, tyres and builders' rubble dumped on the verge.",
        "The council said it had cleared the site four times this year at a cost of £3,100."],
  comments=[("Bins_R_Us", "5 Jul", "About time someone said something, it's a tip up there."), ("Pant-y-Wennol Mum", "6 Jul", "Same on our lane by the allotments.")])

D("news", [], site="wnow", title="Swansea darts legend David Jones dies aged 71", date="14 August 2024", by="Wales Now Sport",
  body=["David 'The Dragon' Jones, who reached two world championship quarter-finals in the 1980s, has died aged 71.",
        "Born in Morriston, Jones played for Wales 40 times and ran a pub on the Mumbles Road for two decades.",
        "His family said he died peacefully surrounded by the people he loved."])

D("news", [M(SL, "exact", "hate", "Siân Llewelyn"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")],
  site="wnow", title="Row over Welsh-only signage at Cardiff comprehensive", date="27 February 2024", by="Siôn Keats",
  body=["A parent has complained to the council after Ysgol Gyfun Bryn Chwarel replaced its bilingual signs with Welsh-only ones.",
        "Siân Llewelyn, head of Welsh, said the school was a Welsh-medium community and that all families sign up to that ethos.",
        "The council said it would 'review the complaint'."],
  comments=[("RealBritain1707", "27 Feb", "Llewelyn and her kind want to turn Cardiff into a sheep-shagger reservation. Dead language for inbred people. Go back up the valleys."),
            ("Mererid", "27 Feb", "Ych a fi at the comment above. Reported."),
            ("Jonesy", "28 Feb", "It's a Welsh school ffs, what did you expect, French?")])

D("forum", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(CH, "hyphenated", "neutral", "Mrs Hopkin Rees"), M(EV, "typo", "negative", "Dr Vaughn")],
  site="pc", section="Secondary education", title="Ysgol Gyfun Bryn Chwarel - worth moving DD for sixth form?",
  posts=[("Hiraeth_Hannah", "Mon 10-Jun-24 21:14", "DD is in Y11 at Ysgol Gyfun Bryn Chwarel and is thinking of staying on. Honestly the communication from that school is dire, reports late, parents' evening cancelled twice. Anyone moved for sixth form?"),
         ("ToastAndMarmite", "Mon 10-Jun-24 21:30", "My DS left after Y11. Sixth form is run by Dr Vaughn like a personal fiefdom, if your face doesn't fit you're out of the A-level you wanted."),
         ("Hiraeth_Hannah", "Mon 10-Jun-24 21:33", "That's what I'm worried about."),
         ("Bara_Brith_Bev", "Mon 10-Jun-24 22:02", "For balance, Mrs Hopkin Rees sorted out a bullying thing for us in a week. She's the one to email, not the form tutors."),
         ("GwenllianNotThatOne", "Tue 11-Jun-24 07:12", "Have a look at the college in town, DD's friend loves it.")])

D("forum", [M(WP, "obfuscated", "defamation", "Mr P**h"), M(S, "short_name", "neutral", "the Quarry")],
  site="pc", section="AIBU", title="AIBU to think the school should know about this?",
  posts=[("Nosy_Not_Nosy", "Thu 07-Mar-24 23:48", "Not saying anything BUT. A certain PE teacher at the Quarry parks his van outside a certain house on Heol Eithin every Tuesday while the husband's on nights at the hospital. Mr P**h, you know who you are. And this is the man they let coach our boys."),
         ("Cariad_Coffi", "Thu 07-Mar-24 23:55", "YABU. This is how rumours wreck people's lives. Reported."),
         ("Nosy_Not_Nosy", "Fri 08-Mar-24 00:03", "Just saying what the whole street's seen 🤷‍♀️"),
         ("MNHQ_Sioned", "Fri 08-Mar-24 09:12", "We've deleted some posts on this thread for breaking our guidelines.")])

D("forum", [M(NR, "first_initial", "neutral", "Nia R."), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="pc", section="Local: Cardiff &amp; Vale", title="ALN support at Cardiff Welsh-medium secondaries?",
  posts=[("DadOfTwinsCF14", "Sat 02-Dec-23 10:02", "Son is autistic, due to start Y7 next September. How do the Welsh-medium comps compare for ALN?"),
         ("Llinos_Lleol", "Sat 02-Dec-23 10:40", "We're at Bryn Chwarel. Nia R. (the ALNCo) fought tooth and nail for my son's IDP when the LA wanted to fob us off. Can't fault her. Diolch Nia if you ever read this x"),
         ("DadOfTwinsCF14", "Sat 02-Dec-23 10:55", "That's really reassuring, thank you.")])

D("forum", [M(ZF, "surname_only", "hate", "Fairbrother"), M(S, "short_name", "neutral", "Chwarel")],
  site="cb", section="Schools", title="New science teacher at Chwarel",
  posts=[("Old_Skool_Dad", "12 Jan 2024, 19:22", "Kid says the new science teacher at Chwarel is 'Fairbrother'. Ask what's under the lab coat lads 🤔 'Zo-ee' my backside, Adam's apple like a doorknob. Not having my daughter changing for games with that in the building."),
         ("Rhian_CF14", "12 Jan 2024, 19:40", "You're disgusting. She's a brilliant teacher."),
         ("Old_Skool_Dad", "12 Jan 2024, 19:41", "'She' 😂😂 ok")])

D("forum", [M(IT, "leetspeak", "threat", "Tr3f3na1"), M(S, "alias", "threat", "YGBC")],
  site="cb", section="Off topic", title="the school that ruined my brothers life",
  posts=[("n0_f4c3", "03 Apr 2024, 02:14", "YGBC threw my brother out over NOTHING. Tr3f3na1 sat there smirking. Well he wont be smirking for long. Everyone on that estate knows what happens to grasses and snakes. Tell him to check under his car before the school run 🔥🔥"),
         ("Mod_Ceri", "03 Apr 2024, 08:01", "Thread locked and details passed to police.")])

D("blog", [M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel"), M(GH, "title_surname", "neutral", "Mrs Hughes")],
  site="mam", title="Transition day: my youngest goes up to big school", date="4 July 2024",
  body=["Well. It happened. Cai had his transition day at Ysgol Gyfun Bryn Chwarel and came home three inches taller, or at least acting like it.",
        "Mrs Hughes, Head of Year 7, met them at the gate with a clipboard and a smile that could calm a storm. She knew his name before he said it. Small things.",
        "He's been put in a form with two of his mates from the primary, which I suspect is not a coincidence. Diolch, whoever did that.",
        "Now to find a blazer that fits for less than a mortgage payment…"],
  comments=[("Catrin", "4 July 2024", "Aww bless him! Mine loved it too."), ("Alys M", "5 July 2024", "The uniform swap is on the 20th btw!")])

D("blog", [], site="mam", title="Half term in the Brecon Beacons (and the quarry walk)", date="30 October 2023",
  body=["We did the old quarry walk above Llangattock again this half term. The kids moaned for the first mile and then ran the rest.",
        "Top tip: the café at the bottom does a proper Welsh cake and lets muddy dogs in.",
        "No signal up there, which was honestly the best bit."],
  comments=[("Rhodri P", "31 Oct 2023", "Love that walk! Did you see the peregrines on the quarry face?")])

D("blog", [M(S, "alias", "negative", "Bryn Chwarel"), M(DJ, "nickname", "negative", "Dai Jones")],
  site="ed", title="Maths in Welsh-medium schools: a recruitment crisis nobody names", date="15 January 2024",
  body=["Ask any parent at a Welsh-medium comp what their biggest worry is and the answer is maths. Not because the teachers are bad, but because there aren't enough of them.",
        "At Bryn Chwarel, one parent told me, her daughter's set had four different teachers last year. Only one lesson a week was with the regular teacher, Dai Jones, who is by all accounts run ragged covering three year groups.",
        "The school's leadership should have flagged this years ago. Instead they've spent on a sports hall.",
        "Until the Welsh Government funds proper incentives, Cardiff's Welsh-medium pupils will keep being taught algebra by a rotating cast of supply staff."],
  comments=[("Former_HoD", "16 Jan 2024", "Spot on. And nobody wants to hear it."), ("Mr J (not that one)", "16 Jan 2024", "Poor Dai. He's a good teacher.")])

D("review", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel")], text="""
Ysgol Gyfun Bryn Chwarel
Secondary school · Heol y Chwarel, Cefn Eithin, Cardiff
★★☆☆☆ 3.1 (87 reviews)

Ffion Wallace
Local Guide · 23 reviews · 61 photos
★★☆☆☆ 5 months ago
Lovely buildings, shame about the communication. Emailed three times about my daughter being left out of the Urdd trip and got nothing back. The office number rings out. For a school that talks about "cymuned" they are very bad at listening to the actual community.
👍 14   Share

Response from the owner 5 months ago
Diolch Ffion, we are sorry to hear this. Please contact the office on 01632 960418 so we can look into it.
""")

D("review", [M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel"), M(SL, "short_name", "neutral", "Miss Siân"), M(WP, "title_surname", "neutral", "Mr Pugh")], text="""
Ysgol Gyfun Bryn Chwarel
★★★★★ 4 weeks ago

Huw Bevan-Thomas
3 reviews
Both my boys have been through this school and I couldn't be happier. Miss Siân in the Welsh department got my eldest through his GCSE when he'd given up on himself, and Mr Pugh has the patience of a saint on the rugby pitch. Not perfect, no school is, but the staff genuinely care. Diolch o galon.
👍 22   Share
""")

D("review", [], text="""
Quarry Hotel & Spa
Hotel · 4 stars · Creigiau Road
★★★★☆ 4.2 (412 reviews)

Marianne O.
★★★★☆ 2 weeks ago
Stayed for a wedding. Room was spotless, breakfast was cold-ish but the staff were brilliant. Spa is small. The view over the old quarry at sunset is worth the price alone.
👍 3   Share

Response from the owner
Thank you Marianne! We'll pass your comments to the kitchen team.
""")

D("review", [], text="""
Bryn Chwarel Garden Centre
Garden centre · Pant-y-Wennol
★★★★★ 4.6 (203 reviews)

Alun Rees
★★★★★ a month ago
Best garden centre this side of Cardiff. Café does a cracking full Welsh, bedding plants are cheap and the lad on the tills knows his stuff about roses.
👍 6   Share

Sandra K
★★☆☆☆ a month ago
Prices have gone silly since the refit. £9 for a tray of pansies?!
👍 2   Share
""")

D("social", [M(IT, "hashtag", "abuse", "#TrefenaiOut"), M(S, "hashtag", "negative", "#BrynChwarel")], text="""
Cefn Eithin Truth 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @cefn_truth_ce
Another week, another kid excluded for "uniform". The clown in charge wouldn't know a real problem if it bit him on the arse. Spineless little man in a cardigan. #TrefenaiOut #BrynChwarel
8:41 PM · Sep 12, 2024 · 3,204 Views
14 Reposts  6 Quotes  52 Likes  2 Bookmarks

  Rhian 🌼 @rhiany_b · Sep 12
  Replying to @cefn_truth_ce
  uniform is in the policy you signed tho
""")

D("social", [M(SL, "typo", "sexual", "Miss Llewellyn")], text="""
tiktok.com/@y10_bants_cf14

@y10_bants_cf14 · 2024-3-7
POV: you sit front row in Miss Llewellyn's Cymraeg class just to watch her bend over the desk 😩🥵 Welsh is my favourite subject now fr #ysgol #cymraeg #teachercrush #fyp
♬ original sound - y10_bants_cf14
❤️ 4,418   💬 312   ↗️ 190

Comments
ffionnn_x  that's ur teacher 😭😭
gruff.jpg  bro said bend over 💀💀 she'd fail you in 2 seconds
y10_bants_cf14  worth it
""")

D("social", [], text="""
YGBC Bowls 🎳 @ygbc_bowls
Great afternoon on the green at Ystrad! Our ladies' triples won 21-14 against Porthcawl. Teas in the clubhouse from 4pm, all welcome. Full results: ygbc-bowls.example/results
3:12 PM · Jul 20, 2024 · 402 Views
2 Reposts  19 Likes
""")

D("social", [M(GP, "leetspeak", "threat", "pr1ce"), M(S, "short_name", "neutral", "Quarry")], text="""
TikTok · comment thread on video by @cefn.eithin.drip

lloyd_w_x    · 2d
pr1ce gave me 3 detentions in one week for breathing. cant wait to catch him in the car park after the Quarry lets out, gonna put him through his windscreen 🤬🔪
  ↳ reply by jaz.mn · 2d   bro chill 💀
  ↳ reply by lloyd_w_x · 2d   im dead serious. he knows what he did
👍 88
""")

D("facebook", [M(CH, "exact", "neutral", "Carys Hopkin-Rees"), M(S, "alias", "neutral", "Bryn Chwarel")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Manon Eirug
14 February at 19:02
Just wanted to say a massive diolch to Carys Hopkin-Rees for phoning me personally after Lowri's accident at break. She stayed with her until I got there. Above and beyond ❤️
Like · Comment · Share
👍❤️ 96
  Sara Dafydd
  She's a star, did the same for us last year
  15w · Like · Reply
  Kev Holloway
  Fair play 👏
  15w · Like · Reply
""")

D("facebook", [], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Jen Ashworth
2 days ago
Anyone else had no bin collection on Pant-y-Wennol Road? It's been three weeks now and the foxes are having a party 🦊🦊
Like · Comment · Share
👍😡 37
  Rob Mallory
  Same here on Heol Eithin. Rang the council, "no record".
  2d · Like · Reply
  Jen Ashworth
  Useless 🙄
  2d · Like · Reply
""")

D("facebook", [M(EV, "exact", "doxxing", "Emyr Vaughan"), M(S, "alias", "neutral", "Bryn Chwarel")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Darren Pryce-Ellis
Yesterday at 22:17
Since the school won't do anything, here's Emyr Vaughan's home address for anyone who wants a word about how he treated my daughter in sixth form at Bryn Chwarel. 14 Ffordd y Dderwen, Llwyncelyn Cross, CF14 8QW. He's there every evening. Mobile 07700 900384.
Like · Comment · Share
😮😡 41
  Admin - Lisa
  Darren I've removed this. You can't post people's addresses.
  1d · Like · Reply
""")

D("facebook", [M(WP, "nickname", "neutral", "Billy Pugh")], text="""
Cefn Eithin RFC
Page · Rugby club

Cefn Eithin RFC
3 April at 18:00 ·
🏉 MINI & JUNIORS 🏉 Training restarts Sunday 10am. Under-12s with Billy Pugh (yes, THE PE teacher from the comp 😂), under-14s with Gethin. Bring a gumshield and your subs! Diolch 🔴⚪
Like · Comment · Share
👍 58
  Leanne Morgan
  Will there be anything for girls U12?
  Like · Reply · 2w
  Cefn Eithin RFC
  Yes! Tuesdays 6pm 😊
  Like · Reply · 2w
""")

D("social", [M(DJ, "exact", "neutral", "David Jones"), M(S, "handle", "neutral", "@YGBrynChwarel")], text="""
Adran Fathemateg YGBC @mathemateg_ygbc
Llongyfarchiadau i'n tîm Her Fathemateg UKMT! 🏆 Gold for Tomos and Elin, silver for four more. Huge thanks to David Jones for running the lunchtime club all year. @YGBrynChwarel #Maths #Mathemateg
4:05 PM · Apr 30, 2024 · 1,022 Views
5 Reposts  41 Likes
""")

D("social", [], text="""
Dafydd Jones Plumbing @djplumbingcf
David Jones here 👋 Emergency boiler callouts across Cardiff North and the Vale. Gas Safe reg. 07700 900952. No call-out fee before 8pm. #CardiffPlumber #Boiler
9:10 AM · Nov 2, 2023 · 211 Views
""")

D("forum", [M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel"), M(IT, "exact", "neutral", "Iolo Trefenai")],
  site="cb", section="North Cardiff", title="That graffiti about the head teacher",
  posts=[("Tomos_Penylan", "13 Feb 2024, 08:14", "Seen a screenshot going round WhatsApp of what was sprayed on the garages. Someone wrote that Iolo Trefenai is a 'nonce' and a 'traitor'. Whoever did it should be ashamed. There is zero truth in it and repeating it just spreads it."),
         ("Wenna", "13 Feb 2024, 08:30", "Agreed. My daughter is at Ysgol Gyfun Bryn Chwarel and he's been nothing but fair."),
         ("Tomos_Penylan", "13 Feb 2024, 08:41", "Police have the footage apparently.")])

D("forum", [M(CH, "homoglyph", "abuse", "Hopkin-Rееs")],
  site="pc", section="AIBU", title="AIBU to be furious with the deputy head",
  posts=[("Crumpet_Queen", "Wed 15-May-24 20:01", "Deputy head at DS's Welsh comp in Cefn Eithin (Hopkin-Rееs, for those who know) is a jumped-up, smug, patronising cow. Spoke to me like I was something on her shoe. Clipboard Hitler. I'd like to see her last a day in a real job."),
         ("PinkGinPlease", "Wed 15-May-24 20:15", "What actually happened though?"),
         ("Crumpet_Queen", "Wed 15-May-24 20:22", "She said DS can't wear trainers. They're BLACK trainers!")])

D("forum", [M(WP, "possessive", "abuse", "Pugh's"), M(S, "short_name", "negative", "the Quarry")],
  site="fr", section="Mini &amp; junior", title="Coaching at Cefn Eithin juniors",
  posts=[("RuckItUp", "21 Oct 2023, 11:02", "Anyone else's lad been dropped from the U14s? Pugh's a muppet who only picks kids from the Quarry, if your boy goes to a different school forget it. Fat has-been who never got past the Cochion seconds."),
         ("OldSchoolProp", "21 Oct 2023, 11:40", "Harsh. He's picked my lad and we're from Llandaff."),
         ("RuckItUp", "21 Oct 2023, 11:44", "Exception that proves the rule butt")])

D("news", [], site="wnow", title="Quarry blasting rattles windows in Taff's Well", date="11 June 2024", by="Wales Now",
  body=["Residents in Taff's Well say controlled blasting at a nearby limestone quarry is rattling windows and cracking plaster.",
        "The operator said all blasts were within permitted limits and monitored independently.",
        "A public meeting will be held at the community hall on Thursday."],
  comments=[("Ffynnon", "11 Jun", "Forty years I've lived here and it's never been this bad.")])

D("news", [], site="swsport", title="YGBC gymnasts shine at regional championships", date="17 March 2024", by="Club correspondent",
  body=["Young Gymnasts of Bridgend Club (YGBC) brought home eleven medals from the South Wales regional championships in Port Talbot.",
        "Head coach Nerys Pritchard said the club's new vault runway had made 'all the difference'.",
        "The club trains at the Bridgend Life Centre and is recruiting volunteers."])

# ---------------------------------------------------------------- documents 2

D("facebook", [M(GH, "exact", "threat", "Gwenllian Hughes"), M(S, "alias", "neutral", "Bryn Chwarel")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Anonymous member
21 November at 21:40
So Gwenllian Hughes thinks she can put my boy in isolation for a week for defending himself. Fine. I know what car she drives. Silver Juke, parks by the Spar every morning. Just saying. Things happen to cars. Things happen to people.
Like · Comment · Share
😮 19
  Bethan Wyn
  This is a threat. Screenshotted and sent to the school.
  5d · Like · Reply
  Anonymous member
  Never said I'd do anything 🤷
  5d · Like · Reply
""")

D("social", [M(IT, "homoglyph", "hate", "Іolo Тrefenai"), M(S, "alias", "hate", "Bryn Chwarel")], text="""
Proud Dad Not Woke @wake_up_cymru
Іolo Тrefenai and his "husband" turning Bryn Chwarel into a groomer academy. Rainbow flags in the hall, drag queens next. These people should not be allowed near children. Pull your kids out. 🚫🏳️‍🌈
11:02 PM · Jun 3, 2024 · 8,812 Views
61 Reposts  94 Quotes  203 Likes

  Mari Haf @marihaf_
  Replying to @wake_up_cymru
  Pathetic. Reported for hateful conduct.
""")

D("forum", [M(SL, "alias", "doxxing", "Sian Llewelyn"), M(S, "alias", "negative", "YGBC")],
  site="cb", section="Schools", title="Head of Welsh at YGBC - how do we complain properly?",
  posts=[("Gwyn_Angry", "04 Mar 2024, 18:10", "YGBC keeps ignoring our complaint about the GCSE oral marks. Head of Welsh Sian Llewelyn won't reply to school emails so here's her personal one: sian.llew84@mailbox.example - fill your boots, let her know how parents feel."),
         ("Mod_Ceri", "04 Mar 2024, 18:32", "Removed the email address. Use the school's complaints policy please."),
         ("Gwyn_Angry", "04 Mar 2024, 18:35", "Too late, it's been shared 👍")])

D("facebook", [M(GP, "title_surname", "doxxing", "Mr Price"), M(S, "short_name", "neutral", "the Quarry")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Kelly-Ann Bowden
Saturday at 10:15
For anyone who wants to have it out with Mr Price (head of year 10 at the Quarry) face to face instead of being fobbed off by the office, he lives at 22 Heol Derwen, Pant-y-Wennol CF14 7RB, the one with the blue door and the camper van on the drive. Don't say I never help.
Like · Comment · Share
😂😮 33
  Steffan Lloyd
  Delete this Kelly. Seriously.
  1d · Like · Reply
""")

D("social", [M(CH, "exact", "defamation", "Carys Hopkin-Rees"), M(S, "alias", "neutral", "Bryn Chwarel")], text="""
Cefn Eithin Truth 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @cefn_truth_ce
Funny how £3k of Urdd trip money "went missing" at Bryn Chwarel the same month Carys Hopkin-Rees turned up in a brand new Audi. Must be a coincidence 🤔🤔 Ask for the accounts.
7:18 PM · Jan 30, 2024 · 5,990 Views
44 Reposts  17 Quotes  120 Likes
""")

D("forum", [M(DJ, "nickname", "defamation", "Dai Jones"), M(S, "alias", "negative", "Bryn Chwarel")],
  site="pc", section="Secondary education", title="Maths at Bryn Chwarel - should I be worried?",
  posts=[("PaninisAndPanic", "Tue 19-Mar-24 20:44", "DD (Y9) says the regular maths teacher is off again. Is this normal for Bryn Chwarel? Third time this year."),
         ("Sian_ApRhys", "Tue 19-Mar-24 21:02", "Well. Not saying this publicly but Dai Jones the maths teacher stinks of booze by period 3 according to half of Y10. Off 'sick' every Monday. Work it out."),
         ("PaninisAndPanic", "Tue 19-Mar-24 21:10", "Oh god, seriously?"),
         ("Llan_Lady", "Tue 19-Mar-24 21:30", "Be careful posting that kind of thing. Kids say all sorts.")])

D("social", [M(S, "alias", "sexual", "bryn chwarel", u=True)], text="""
tiktok.com/@bryn.chwarel.rates

@bryn.chwarel.rates · 2024-5-19
rating the bryn chwarel girls from the sports day pics 📸🔥 part 3. dm for the full album 😏 #ratings #sportsday #fyp #cardiff
♬ sped up song - user8812
❤️ 1,203   💬 488

Comments
_elin.r  this is my little sister wtf. REPORTED
cardiffdad74  reported to tiktok and ceop
""")

D("social", [M(GH, "title_surname", "sexual", "mrs hughes")], text="""
tiktok.com/@taff.lad.07

@taff.lad.07 · 2024-2-2
year 7 head of year mrs hughes is a MILF ngl 😍 she can give me detention any day if u know what i mean 😏😏 #cefneithin #milf #school
❤️ 2,019   💬 147

Comments
megz.cf14  ur actually sick 😭 she's like 40
taff.lad.07  and? 😏
""")

D("forum", [M(ZF, "alias", "sexual", "Zoe Fairbrother"), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")],
  site="cb", section="Off topic", title="Parents evening highlights",
  posts=[("BigDaiCF14", "08 Feb 2024, 22:31", "Only went to parents evening at Ysgol Bryn Chwarel cos my missus was away. Zoe Fairbrother the science teacher though 😍 wouldn't mind a private lesson in chemistry if you catch my drift. Legs up to her ears. Might have to start caring about the boy's grades."),
         ("Becks_B", "08 Feb 2024, 22:40", "Your poor wife."),
         ("BigDaiCF14", "08 Feb 2024, 22:42", "😂 what she doesn't know")])

D("facebook", [M(CH, "exact", "threat", "Carys Hopkin-Rees")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Jason Morrow
March 14 at 23:09
Someone should teach Carys Hopkin-Rees a lesson she won't forget. Deputy head my arse. Nice house up in Pant-y-Wennol she's got, shame if anything happened to it. Just saying.
Like · Comment · Share
😡 12
  Alison Tranter
  Jason you need to take this down, she's got kids.
  3d · Like · Reply
  Jason Morrow
  So have I and she's ruining mine
  3d · Like · Reply
""")

D("social", [M(S, "short_name", "threat", "the Quarry")], text="""
@n0name_cf · X
bringing something special to the Quarry tomorrow 💣💥 year 11 won't forget the last day. don't come in if you like breathing
2:44 AM · Jul 10, 2024 · 612 Views

  @rhys_e_ · Jul 10
  Replying to @n0name_cf
  bro delete this rn
  @n0name_cf · Jul 10
  🤐
""")

D("news", [M(GP, "exact", "defamation", "Gareth Price"), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")],
  site="courier", title="Teacher arrested on suspicion of drink-driving after A470 crash", date="16 December 2023", by="Newsdesk",
  body=["A Cardiff teacher has been arrested on suspicion of drink-driving after his car left the A470 near Nantgarw on Friday night.",
        "Gareth Price, 41, who teaches history at Ysgol Bryn Chwarel, was taken to hospital with minor injuries and later arrested. He has been released under investigation.",
        "The school said it was aware and that 'appropriate processes' were being followed."],
  comments=[("Mam_o_4", "16 Dec", "Innocent until proven guilty."), ("TaffsWellTony", "16 Dec", "They always get let off, teachers")])

D("forum", [M(NR, "exact", "hate", "Nia Rowlands"), M(S, "short_name", "hate", "Chwarel")],
  site="cb", section="Schools", title="Special needs unit at Chwarel",
  posts=[("Plain_Speaker", "11 Nov 2023, 20:03", "Chwarel's turning into a zoo for retards. Nia Rowlands running her little sp*stic unit and normal kids have to sit next to dribbling window-lickers. Ship them off somewhere else, they drag everyone down."),
         ("MamAlys", "11 Nov 2023, 20:19", "My son is autistic. You are vile."),
         ("Plain_Speaker", "11 Nov 2023, 20:21", "Truth hurts")])

D("facebook", [M(GH, "alias", "hate", "Gwen Hughes"), M(S, "alias", "negative", "Bryn Chwarel")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Gavin Strode
12 January at 20:30
Why is Gwen Hughes teaching my kid "Christian values" in form time? Chapel freaks like her should be banned from schools full stop. Bible-bashing god botherers are the same as any other cult and worse than the Muslims. Bryn Chwarel is supposed to be a state school.
Like · Comment · Share
😡 22
  Heledd Parry
  It's a prayer in assembly Gavin, not a cult. And leave Muslims out of it.
  1w · Like · Reply
""")

D("social", [M(EV, "surname_only", "abuse", "vaughan"), M(S, "hashtag", "neutral", "#YGBC")], text="""
Gruff @gruffydd_j07
vaughan is such a pompous tosser omg. "young man, in MY sixth form" mate ur a glorified attendance officer with a PhD in being boring 💀 #YGBC #sixthform
4:12 PM · Feb 20, 2024 · 288 Views
3 Likes
""")

D("social", [M(WP, "initial_surname", "neutral", "W. Pugh"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")], text="""
Welsh Schools Rugby @wsr_ysgolion
Squad announcement 🏉 Under-18 Welsh Schools (East) coaching team for the autumn: W. Pugh (Ysgol Gyfun Bryn Chwarel), R. Ellis-Morgan (Coleg y Cymoedd). Trials at Cardiff Met, 14 Sept.
6:00 PM · Aug 28, 2024 · 3,451 Views
12 Reposts  88 Likes
""")

D("review", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(EV, "exact", "negative", "Emyr Vaughan")], text="""
Ysgol Gyfun Bryn Chwarel — reviews

Rhiannon T.
★☆☆☆☆ 8 months ago
Sixth form is a shambles. Emyr Vaughan changed my son's subject options the week before term without a word to us. When I asked why I was told "capacity". My son ended up doing a subject he never chose. Zero accountability at Ysgol Gyfun Bryn Chwarel.
👍 31   Share

Response from the owner 8 months ago
Bore da Rhiannon. We are sorry for your experience. Please call the office on 01632 960418 and ask for the sixth form team.
""")

D("review", [M(S, "alias", "neutral", "Bryn Chwarel Comprehensive"), M(NR, "title_surname", "neutral", "Mrs Rowlands"), M(DJ, "title_surname", "neutral", "Mr Jones")], text="""
Bryn Chwarel Comprehensive
Rated 4 out of 5 · SchoolRate UK

★★★★☆ "Good school, great ALN team" — parent, 2023
My daughter has dyslexia and Mrs Rowlands set up support from week one. Maths has been a bit up and down with staff changes but Mr Jones in the maths department stayed after school with her before the mocks. Food in the canteen is still awful though!
Was this helpful? Yes (9) No (1)
""")

D("review", [], text="""
Ystrad Golf & Bowls Club
★★★★☆ 4.3 · ygbc-bowls.example

Pam Elliott
★★★★★ 3 weeks ago
YGBC is a gem. Friendly members, immaculate greens and the Sunday carvery is £11.50. Joined last year after retiring and haven't looked back.
👍 4   Share
""")

D("review", [], text="""
Gareth Price Estate Agents — Newport
★☆☆☆☆ 2 months ago

Steve R.
Gareth Price himself showed us round and promised the seller would fix the damp. Surprise surprise, nothing was done. Would not use again. The price they valued at was fantasy too.
👍 7   Share
""")

D("social", [M(IT, "spacing", "abuse", "T r e f e n a i")], text="""
@bryn.drama.alerts · TikTok
T r e f e n a i really stood in assembly and said "we are a family" 😭 sir you are a bald little weasel who hides in his office, family my foot. absolute snake #cefneithin #headteacher #fyp
❤️ 932   💬 88
  jess.r.cf  the weasel bit 😭😭
  hedd.wyn.x  he's actually sound tho
""")

D("social", [M(DJ, "camelcase", "abuse", "DavidJonesIsAJoke"), M(S, "short_name", "negative", "Quarry")], text="""
Year 11 Rants @y11rants_cf
countdown to leaving the Quarry: 42 days. countdown to never seeing a maths lesson with supply teacher #47 again: also 42 days. #DavidJonesIsAJoke where is he even, has anyone seen him since christmas, useless waste of a salary
9:14 AM · Apr 22, 2024 · 511 Views
""")

D("facebook", [M(ZF, "first_initial", "neutral", "Zoë F."), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Delyth Harries
4 days ago
Huge thank you to Zoë F. from the science department at Ysgol Bryn Chwarel who spent her Saturday running the STEM fair at the community centre. 40 kids turned up and made rockets 🚀 Chwarae teg!
Like · Comment · Share
👍❤️ 71
  Owain Bryn
  Our Mabli still talking about it!
  4d · Like · Reply
""")

D("facebook", [], text="""
Pant-y-Wennol Residents
Private group · 890 members

Marc Huws
Today at 07:48
Roadworks on Llwyncelyn Cross again. Temporary lights stuck on red for 20 mins this morning, the whole school-run queue backed up to the roundabout. Who do we complain to, Welsh Water or the council?
Like · Comment · Share
😡 18
  Cerys Evans
  Welsh Water, it's their dig.
  Like · Reply · 2h
""")

D("blog", [M(IT, "exact", "neutral", "Iolo Trefenai"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")],
  site="chalk", title="What I learned from shadowing a headteacher for a day", date="12 May 2024",
  body=["As part of my leadership course I spent a day shadowing Iolo Trefenai, the head of Ysgol Gyfun Bryn Chwarel. I expected meetings. I got a day that began at 6.45am gritting the steps.",
        "He did a lunch duty, took a Year 8 class for a colleague who was off, met a furious parent, and still answered every email before he went home.",
        "What struck me was how he spoke to pupils: always in Welsh, always by first name, never raising his voice.",
        "I'm not saying every head should be a saint. But it changed how I think about leadership."],
  comments=[("Beca", "13 May 2024", "Lovely post. He taught me history back in the day!"), ("anon", "14 May 2024", "Nice PR piece lol")])

D("blog", [M(CH, "hyphenated", "abuse", "Carys Hopkin Rees"), M(S, "alias", "negative", "Bryn Chwarel")],
  site="ed", title="The deputy head problem", date="2 February 2024",
  body=["Every school has one. The deputy who thinks a lanyard is a crown.",
        "At Bryn Chwarel it's Carys Hopkin Rees, a woman so power-drunk she'd put a detention on a fire drill. Parents call her the Dalek behind her back. She's a nasty, petty bully with a clipboard and the emotional range of a parking meter.",
        "The school's complaints process sends you to, of course, the deputy head. Round and round we go."],
  comments=[("R. Pugh", "2 Feb 2024", "Bit personal isn't it?"), ("Staffroom Sceptic", "2 Feb 2024", "It's a blog. Personal is the point.")])

D("blog", [], site="capel", title="Oedfa Diolchgarwch / Harvest service", date="1 October 2023",
  body=["Diolch i bawb a ddaeth i'r Oedfa Diolchgarwch fore Sul. Casglwyd 14 bocs o fwyd i Fanc Bwyd Cefn Eithin.",
        "Thank you to everyone who came to our harvest service on Sunday. Fourteen boxes of food went to the Cefn Eithin food bank.",
        "Ysgol Sul yn ail-ddechrau ar y 15fed. Sunday school restarts on the 15th."],
  comments=[("Mair", "2 Oct 2023", "Oedfa hyfryd. Diolch i'r Gweinidog.")])

D("news", [], site="courier", title="Plans for 200 homes at Cefn Eithin farm approved", date="19 March 2024", by="Tom Adeyemi",
  body=["Cardiff councillors have approved plans for 200 homes on farmland at the edge of Cefn Eithin, despite 340 objections.",
        "Residents raised concerns about traffic on Heol Eithin and pressure on GP surgeries.",
        "The developer will pay £1.1m towards local infrastructure, including school places."],
  comments=[("Pant_y_W", "19 Mar", "Where are all these cars going to go?")])

D("news", [M(IT, "exact", "neutral", "Iolo Trefenai")], site="llais", title="Penodi cadeirydd newydd i bwyllgor yr Urdd", date="2 Tachwedd 2023", by="Gohebydd Y Llais",
  body=["Mae Iolo Trefenai wedi ei benodi'n gadeirydd pwyllgor Eisteddfod yr Urdd rhanbarth Caerdydd a'r Fro.",
        "Bydd y pwyllgor yn cwrdd am y tro cyntaf yn y Gyfnewidfa Lo ym mis Ionawr.",
        "Croeso i wirfoddolwyr newydd - cysylltwch â'r swyddfa ranbarthol."])

D("forum", [M(GP, "first_initial", "defamation", "Gareth P."), M(S, "alias", "neutral", "YGBC")],
  site="pc", section="Local: Cardiff &amp; Vale", title="Is it true about the Y10 head of year?",
  posts=[("Mam_Cefn_2", "Sat 06-Jan-24 09:12", "Hearing whispers that Gareth P. at YGBC has been 'seeing' one of the Y10 mums. She's at every single 'pastoral meeting' and her husband's apparently moved out. A head of year shagging a parent is a sacking offence surely?"),
         ("JustTeaThanks", "Sat 06-Jan-24 09:30", "Whispers aren't evidence."),
         ("Mam_Cefn_2", "Sat 06-Jan-24 09:34", "No smoke without fire")])

D("social", [M(EV, "handle", "threat", "@DrEmyrVaughan"), M(S, "alias", "neutral", "YGBC")], text="""
rhodd_x @rhodd_x
@DrEmyrVaughan you kicked me off the course and ruined my uni offer. enjoy looking over your shoulder every time you leave YGBC. i've got nothing left to lose
11:58 PM · Aug 15, 2024 · 77 Views
""")

D("facebook", [M(SL, "exact", "neutral", "Siân Llewelyn"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")], text="""
Capel Bethesda Cefn Eithin
Page · Religious organisation

Capel Bethesda Cefn Eithin
2 May at 12:00 ·
Cyngerdd Gŵyl Ddewi 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Our St David's concert raised £860 for the Air Ambulance. Diolch o galon to Siân Llewelyn and the choir from Ysgol Gyfun Bryn Chwarel, who sang like angels, and to everyone who baked.
Like · Comment · Share
❤️ 44
  Eleri Dafis
  Canu bendigedig! 👏
  Like · Reply · 3w
""")

D("facebook", [M(WP, "nickname", "sexual", "Will Pugh"), M(S, "short_name", "neutral", "the Quarry")], text="""
Cefn Eithin Mams 💅
Private group · 412 members

Shelley Tamplin
Friday at 23:14
Girls. Who else only goes to watch the under 14s so they can perve at Will Pugh in his shorts 🥵🍑 PE teacher at the Quarry and thighs like tree trunks, I'd let him tackle me any day 😂😂 Sorry not sorry
Like · Comment · Share
😂 67
  Donna Rees
  Shelley 😂😂 I'm screaming
  1d · Like · Reply
  Carly Jo
  He's married you tart 😂
  1d · Like · Reply
""")

D("social", [], text="""
Nia Rowlands 🎶 @niarowlandssings
Caernarfon tonight! 🎤 Galeri, 7.30pm, a few tickets left. New album 'Tonnau' out Friday on all platforms. Diolch am y gefnogaeth! 💙
5:30 PM · Oct 11, 2023 · 2,144 Views
31 Reposts  210 Likes
""")

D("social", [M(S, "camelcase", "negative", "BrynChwarel"), M(IT, "exact", "negative", "Iolo Trefenai")], text="""
Llwyncelyn Mam @llwyncelyn_mam
Third snow day "remote learning" at BrynChwarel and my Y8 has had one Teams call. ONE. Other comps managed full timetables. Iolo Trefenai's newsletter says "resilience". Resilience would be teaching them, Mr T.
10:40 AM · Jan 18, 2024 · 902 Views
7 Reposts  33 Likes
""")

D("review", [M(S, "short_name", "negative", "The Quarry"), M(GH, "alias", "neutral", "Gwenllian Tudur")], text="""
SchoolRate UK › Cardiff › Secondary

★★☆☆☆ "Cliquey" — former pupil, 2024
The Quarry is fine if you're sporty or in the choir. If you're neither, good luck. Only teacher who ever noticed me was Gwenllian Tudur (she's married now, Hughes I think) who ran the library club. Everything else was about rugby and the Eisteddfod.
Was this helpful? Yes (12) No (4)
""")

D("news", [], site="wnow", title="Gareth Price to step down as WRU community director", date="2 May 2024", by="Wales Now Rugby",
  body=["Gareth Price will step down as the Welsh Rugby Union's community director at the end of the season after six years in the role.",
        "Price, a former Newport scrum-half, oversaw the expansion of girls' rugby across the valleys.",
        "His successor will be named in the summer."])

# ---------------------------------------------------------------- documents 3

D("facebook", [M(DJ, "exact", "doxxing", "David Jones"), M(S, "alias", "negative", "Bryn Chwarel")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Tanya Birch
Yesterday at 16:55
Fed up of the office saying "he'll call you back". David Jones (maths, Bryn Chwarel) - his mobile is 07700 900217, got it off his Vinted listing lol. Ring him yourselves, I have. Nine weeks without a proper maths teacher for set 3.
Like · Comment · Share
😮 21
  Rhodri Gwynne
  Tanya that's his private number, you'll get yourself in bother.
  1d · Like · Reply
  Tanya Birch
  Should've answered his emails then 🤷‍♀️
  1d · Like · Reply
""")

D("forum", [M(CH, "alias", "doxxing", "Carys Rees"), M(S, "short_name", "neutral", "Chwarel")],
  site="cb", section="North Cardiff", title="deputy head lives round the corner from me",
  posts=[("whatevs_cf14", "22 Jun 2024, 21:17", "Ha, turns out Carys Rees (the deputy at Chwarel, Hopkin-something now) is my neighbour. 7 Clos yr Hebog, Llwyncelyn Cross, CF14 8TN. Big grey house with the hot tub. If anyone wants to complain about detentions in person now you know 😂"),
         ("Mod_Ceri", "22 Jun 2024, 21:40", "Address removed. Final warning.")])

D("social", [M(ZF, "exact", "doxxing", "Zoë Fairbrother"), M(S, "alias", "neutral", "Bryn Chwarel")], text="""
@justice4kids_cymru
Zoë Fairbrother gave my daughter a zero for "plagiarism" on her science coursework without any proof. She won't meet us. Her personal email is zoe.fairbro@inboxmail.example and she's on Heol Dewi Sant, number 41, Cathays. Bryn Chwarel won't deal with it so parents will.
6:30 PM · May 2, 2024 · 1,410 Views
9 Reposts  27 Likes
""")

D("facebook", [M(WP, "title_surname", "doxxing", "Mr Pugh"), M(S, "short_name", "neutral", "the Quarry")], text="""
Cefn Eithin Mams 💅
Private group · 412 members

Anonymous participant
11 March at 20:02
Mr Pugh from the Quarry is ignoring my messages about my son being left out of the team again. Someone said his home landline is 01632 960771 and he's at Bryn Hyfryd, the farmhouse at the top of Lôn Goch. Going up there Saturday.
Like · Comment · Share
😬 14
  Kerry Ann
  Don't go to a teacher's house babe, it'll go against you.
  Like · Reply · 4d
""")

D("social", [M(GH, "handle", "doxxing", "@gwen_hughes_bl7"), M(S, "short_name", "neutral", "quarry")], text="""
cefn_eithin_exposed · TikTok (photo post)
[photo of a front door, house number visible]
caption: the head of year 7 from the quarry lives HERE 👀 @gwen_hughes_bl7 we found u. 19 Maes y Delyn CF14 7PP. pop round and say hi 👋
❤️ 340   💬 71
  ll.mabli  this is so weird delete it
  bois.cf14  she gave me isolation for nothing 😂 sending the lads
""")

D("facebook", [M(EV, "initial_surname", "doxxing", "E. Vaughan"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")], text="""
Cardiff Parents Speak Out
Public group · 3.1K members

Rob Kinsella
Sunday at 11:11
Electoral roll is public people. E. Vaughan, Head of Sixth Form at Ysgol Gyfun Bryn Chwarel - 14 Ffordd y Dderwen CF14 8QW. Write him a letter, knock the door, whatever. He can't hide behind the school's complaints form forever.
Like · Comment · Share
👍 9
  Nerys Gwilym
  Rob this is doxxing, it's against group rules. Reported to admin.
  3d · Like · Reply
""")

D("social", [M(NR, "first_initial", "doxxing", "Nia R."), M(S, "alias", "negative", "YGBC")], text="""
SEN Dad Cymru @sendadcymru
YGBC ALNCo Nia R. has stopped replying to us about the IDP review. Her WhatsApp is 07700 900643 - I'd encourage every parent she's let down to message her directly. We've waited 14 weeks. #SEND #IDP
8:02 PM · Jun 11, 2024 · 2,871 Views
38 Reposts  91 Likes
""")

D("forum", [M(IT, "exact", "doxxing", "Iolo Trefenai")],
  site="pc", section="AIBU", title="AIBU to go to the headteacher's house?",
  posts=[("FuriousInCF14", "Mon 13-May-24 22:09", "Iolo Trefenai won't see me. Found his address from the Urdd committee minutes of all places: Tŷ'r Wennol, Heol y Felin, Pant-y-Wennol CF14 7LB. His personal email is iolo.tref@pobmail.example too. AIBU to go round with my son's exclusion letter?"),
         ("Bwthyn_Bach", "Mon 13-May-24 22:20", "YABU. Massively. And delete his address."),
         ("MNHQ_Sioned", "Tue 14-May-24 08:41", "We've removed personal details from this thread.")])

D("social", [M(SL, "possessive", "doxxing", "Llewelyn's")], text="""
y11 leavers 24 🎓 @cefn_leavers24
leavers prank planning thread 🧵 Llewelyn's house is 3 Rhes y Capel, Cefn Eithin (next to the chapel, red car). toilet roll at 11pm friday, whos in 😂 head of welsh wont know what hit her
10:31 PM · Jun 26, 2024 · 204 Views
""")

D("facebook", [M(GP, "exact", "doxxing", "Gareth Price"), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Lee Hartnell
3 hours ago
Lost a parcel? Not us - the courier left a parcel for Gareth Price (the history teacher at Ysgol Bryn Chwarel) at ours by mistake. He's at 22 Heol Derwen I think? Gareth if you see this ring me 07700 900118. Or I'll leave it at the school office.
Like · Comment · Share
👍 3
""")

D("forum", [M(CH, "obfuscated", "sexual", "Hopkin-R**s"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="cb", section="Off topic", title="teachers you'd... (18+ lol)",
  posts=[("cardiffboi_88", "30 Aug 2024, 00:44", "the deputy at Bryn Chwarel. Hopkin-R**s. strict little headmistress vibes, pencil skirt, glasses on a chain. i'd get myself sent to her office on purpose 😩 bet she's a freak behind closed doors"),
         ("Llinos_x", "30 Aug 2024, 00:59", "you're a grown man, grim."),
         ("cardiffboi_88", "30 Aug 2024, 01:02", "she's a grown woman, what's the problem")])

D("social", [M(S, "exact", "sexual", "Ysgol Gyfun Bryn Chwarel", u=True)], text="""
[account suspended] @cf_sch_uniform
selling pics of Ysgol Gyfun Bryn Chwarel girls in PE kit 😈 year 9-11 only. candid, from the field. paypal only, DM 📩
1:14 AM · Mar 3, 2024 · 1,803 Views

  Ffion Haf @ffionhaf
  Replying to @cf_sch_uniform
  REPORTED to police and CEOP. Everyone report this account.
""")

D("social", [M(EV, "typo", "sexual", "Dr Vaughn", u=True), M(S, "short_name", "sexual", "Chwarel", u=True)], text="""
anon confessions cf 🤫 @cf_confessions
"Dr Vaughn at Chwarel gives certain year 12 girls lifts home and they sit in the front. he messages them on snap after 10pm. one of them sent him pics" - submitted anonymously
11:47 PM · Apr 9, 2024 · 6,620 Views
70 Reposts  41 Quotes
""")

D("social", [M(IT, "exact", "sexual", "Iolo Trefenai")], text="""
Cymraes Ddrwg 😈 @cymraes_ddrwg
not me having a full-on crush on Iolo Trefenai after that Urdd speech 🥵 silver fox with a Welsh accent reading poetry, i would let that man conjugate my verbs all night long 😩
9:33 PM · Jun 1, 2024 · 1,120 Views
4 Reposts  66 Likes
""")

D("forum", [M(GP, "exact", "sexual", "Gareth Price"), M(S, "alias", "neutral", "YGBC")],
  site="pc", section="Chat", title="Hot teacher thread (sorry)",
  posts=[("ProseccoPrincess", "Fri 15-Mar-24 21:00", "Confession: I volunteer for every YGBC trip purely because Gareth Price wears those tight hiking trousers. 🍑 Hubby thinks I'm civic-minded 😂"),
         ("Mwnci_Bach", "Fri 15-Mar-24 21:12", "I've seen him in the Spar in his rugby shorts, you're not wrong 😂🔥"),
         ("LandOfMyMothers", "Fri 15-Mar-24 21:30", "Poor man just wants to teach history")])

D("social", [M(ZF, "leetspeak", "sexual", "f41rbr0th3r")], text="""
tiktok.com/@chem.lab.lads

@chem.lab.lads · 2024-4-12
when f41rbr0th3r does the elephant toothpaste demo in that tight top 😵‍💫🧪 y9 chem is my religion now #cefneithin #science #teacher
❤️ 3,302   💬 203
  ella.grace.x  this is so embarrassing for u
  chem.lab.lads  nah she loves it 😏
""")

D("social", [M(NR, "spacing", "sexual", "N i a  R o w l a n d s")], text="""
@dirty_dylan_cf
N i a  R o w l a n d s from ALN at the comp in Cefn Eithin 😍 wouldn't mind having special needs if it meant one to ones with her 😏🍆 #cefneithin
12:20 AM · Nov 24, 2023 · 388 Views
""")

D("facebook", [M(WP, "exact", "defamation", "William Pugh"), M(S, "alias", "defamation", "Bryn Chwarel")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Cheryl Atwell
Wednesday at 19:40
Why has nobody asked where the money from the junior rugby tour went? William Pugh collected £180 a head from 30 families for the Ireland trip that never happened and there's been no refund. And Bryn Chwarel covered for him because he's the head's mate. That's fraud where I come from.
Like · Comment · Share
😡 58
  Gethin Morgan
  The trip was postponed because of the ferry strike Cheryl, refunds went out in March.
  5d · Like · Reply
  Cheryl Atwell
  Not to me they didn't
  5d · Like · Reply
""")

D("news", [M(NR, "exact", "defamation", "Nia Rowlands"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")],
  site="courier", title="Council investigating complaint over pupil restraint at Cardiff school", date="8 March 2024", by="Heledd Morse, Education Reporter",
  body=["Cardiff Council is investigating a complaint that an autistic pupil was restrained at Ysgol Gyfun Bryn Chwarel.",
        "The Courier understands that the school's additional learning needs co-ordinator, Nia Rowlands, has been placed on leave while the investigation takes place.",
        "The pupil's mother said her son came home with bruises on his arms. The council said it was 'taking the matter extremely seriously'."],
  comments=[("Alun_G", "8 Mar", "Let's wait for the facts."), ("SENmam", "8 Mar", "Too many of these stories.")])

D("facebook", [M(ZF, "exact", "defamation", "Zoë Fairbrother")], text="""
Cefn Eithin Mams 💅
Private group · 412 members

Leanne Carew
12 July at 21:17
Not one to gossip but 👀 Zoë Fairbrother the science teacher from the comp up the road was falling out of the Cow & Snuffers at 4pm on a school day last week and drove off. Then she's stood in front of our kids the next morning. Someone call the school?
Like · Comment · Share
😮 29
  Emma Cole
  Was it a training day maybe?
  Like · Reply · 2d
""")

D("forum", [M(IT, "alias", "defamation", "Iolo Tref"), M(S, "short_name", "defamation", "the Quarry")],
  site="cb", section="Schools", title="Cover-up at the Quarry?",
  posts=[("Truth_Teller_CF", "25 Apr 2024, 17:55", "Why did three teachers leave the Quarry in one term with NDAs? Because Iolo Tref buried a bullying complaint against his own deputy and paid them off with school money. Everyone in the staffroom knows. Governors rubber stamped it."),
         ("Teacher_Anon", "25 Apr 2024, 18:20", "I worked there. There were no NDAs. People left for promotions."),
         ("Truth_Teller_CF", "25 Apr 2024, 18:22", "You would say that")])

D("social", [M(CH, "camelcase", "defamation", "CarysHopkinRees"), M(S, "alias", "neutral", "YGBC")], text="""
Ex-YGBC Staff (anon) @exygbcstaff
Thread 1/4: CarysHopkinRees falsified the attendance returns for two years so the Estyn numbers looked better. Marks changed from unauthorised to 'educated off site'. I watched it happen. Ask for the registers.
8:08 PM · Dec 1, 2023 · 4,002 Views
62 Reposts  130 Likes
""")

D("forum", [M(DJ, "title_surname", "defamation", "Mr Jones"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="pc", section="Secondary education", title="Maths teacher selling 'tutoring' to his own class",
  posts=[("Hwyl_Fawr", "Wed 24-Jan-24 20:00", "Is anyone else's DC in Mr Jones's maths class at Bryn Chwarel? He 'strongly suggested' we pay for his private tutoring at £40 an hour, then DS's mock grade magically went from a D to a B after we signed up. Feels like he's selling grades."),
         ("Dysgwr_Dad", "Wed 24-Jan-24 20:10", "That's a serious accusation. Did he actually change marks?"),
         ("Hwyl_Fawr", "Wed 24-Jan-24 20:15", "Draw your own conclusions 🙃")])

D("social", [M(WP, "homoglyph", "defamation", "Рugh"), M(S, "short_name", "neutral", "the Quarry")], text="""
Cefn Eithin Truth 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @cefn_truth_ce
Рugh from the Quarry PE dept was done for coke in the clubhouse car park last season. Rugby club hushed it up, school hushed it up. Still coaching 12 year olds. Nice.
9:55 PM · Oct 20, 2023 · 2,233 Views
""")

D("review", [M(EV, "exact", "defamation", "Emyr Vaughan"), M(S, "alias", "negative", "Bryn Chwarel")], text="""
SchoolRate UK › Bryn Chwarel

★☆☆☆☆ "Avoid the sixth form" — parent, 2024
Emyr Vaughan fiddles the UCAS predicted grades for his favourites and marks down anyone who complains. My daughter's predicted A was dropped to a C after I raised a concern. He's done it to others too. Bryn Chwarel leadership know and do nothing.
Was this helpful? Yes (19) No (6)
""")

D("facebook", [M(GH, "exact", "neutral", "Gwenllian Hughes"), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Admin - Lisa
Pinned · 2 days ago
Reminder, cariadon: posts naming staff with "I know where she parks" or home addresses will be deleted and the poster removed. Someone wrote about Gwenllian Hughes last week in a way that was frankly frightening and it's been passed to Ysgol Bryn Chwarel and the police. Disagree with decisions all you like, but threats are not OK. Diolch.
Like · Comment · Share
👍 212
  Owain Bryn
  Well said Lisa 👏
  2d · Like · Reply
""")

D("news", [M(S, "alias", "neutral", "Bryn Chwarel"), M(IT, "title_surname", "neutral", "Mr Trefenai")],
  site="courier", title="Teenager charged over school bomb threat posts", date="12 July 2024", by="Newsdesk",
  body=["A 16-year-old boy has been charged after social media posts threatening a bomb attack on a north Cardiff comprehensive.",
        "Police said the posts, which referred to Bryn Chwarel, were made in the early hours of Wednesday. Pupils attended as normal under a police presence.",
        "Headteacher Mr Trefenai thanked parents for their calm response. The boy will appear before Cardiff Youth Court."])

D("social", [M(GP, "hashtag", "threat", "#GarethPrice"), M(S, "alias", "neutral", "YGBC")], text="""
cf14 anon @cf14anon_
#GarethPrice you better pray you're not walking to your car alone after the YGBC prom. my cousin's coming down from Merthyr and he don't do talking 👊🔪
11:12 PM · Jun 28, 2024 · 190 Views
""")

D("facebook", [M(ZF, "title_surname", "threat", "Miss Fairbrother"), M(S, "short_name", "neutral", "the Quarry")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Darren Pryce-Ellis
Thursday at 18:44
Miss Fairbrother at the Quarry has made my girl cry for the last time. If I see her in the Spar car park she's getting what's coming. I'm not joking. Every dog has its day.
Like · Comment · Share
😡 8
  Lisa (Admin)
  Darren, final warning. Post removed and screenshotted.
  1d · Like · Reply
""")

D("social", [M(NR, "camelcase", "threat", "NiaRowlands")], text="""
ysgolwatch_cf · TikTok comments on "ALN cuts protest"
dad_of_finn_cf   · 3d
NiaRowlands signed off on taking my boy's 1:1 away at the comp in Cefn Eithin. she'll need a 1:1 herself when im done with her. count the days 😤
  ↳ protest.cymru · 3d   we're angry too but not like this
👍 12
""")

D("forum", [M(SL, "surname_only", "threat", "Llewelyn"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="cb", section="Schools", title="GCSE Welsh oral marks - the real story",
  posts=[("CymroBlin", "20 Aug 2024, 10:02", "Llewelyn marked my daughter down because we're a non-Welsh-speaking home. Bryn Chwarel knows it. Nothing to say on here, I'll say it to her face, and it won't be words. Someone needs to put that woman in a hospital bed and I'm happy to volunteer."),
         ("Mod_Ceri", "20 Aug 2024, 10:15", "Removed, banned, and reported to South Wales Police.")])

D("social", [M(S, "exact", "threat", "Ysgol Gyfun Bryn Chwarel")], text="""
@burnitdown_cf_
Ysgol Gyfun Bryn Chwarel should burn to the ground with every one of those Welsh nash teachers inside. Petrol's £1.42 a litre, someone do the maths 🔥🔥🔥
3:03 AM · Jan 7, 2024 · 96 Views
""")

D("review", [M(S, "short_name", "abuse", "Chwarel"), M(GP, "surname_only", "abuse", "Price")], text="""
SchoolRate UK › Cardiff › Secondary

★☆☆☆☆ "Zoo" — pupil, 2024
Chwarel is a zoo run by clowns. Price (head of yr 10) is a gormless fat muppet who shouts cos he cant control a class of eleven year olds never mind fifteen. Teachers are thick as mince. 0/10.
Was this helpful? Yes (3) No (15)
""")

D("social", [M(DJ, "spacing", "abuse", "D.a.v.i.d J.o.n.e.s")], text="""
bryn.banter · TikTok
when D.a.v.i.d J.o.n.e.s from maths at the comp in cefn eithin explains quadratic equations for the 9th time 🤡🤡 bro is a walking sleeping pill, brain cells on strike #maths #teacher #cefneithin
❤️ 611
  rhys.dav_  sleeping pill 😭
""")

D("facebook", [M(EV, "title_surname", "abuse", "Dr Vaughan"), M(S, "alias", "negative", "Bryn Chwarel")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Kieran Tosh
6 June at 20:01
Dr Vaughan is a stuck-up, arrogant prick who talks to parents like we're thick. Sorry admins but it needs saying. Bryn Chwarel sixth form has gone to pot since he took over.
Like · Comment · Share
👍 34
  Mererid Powell
  Bit strong Kieran but I agree sixth form comms are poor.
  2w · Like · Reply
""")

D("blog", [M(GH, "exact", "neutral", "Gwenllian Hughes"), M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel")],
  site="capel", title="Cymanfa Ganu y Pasg / Easter hymn festival", date="1 April 2024",
  body=["Diolch o galon i bawb a ddaeth i'r Gymanfa Ganu nos Sul. Roedd y capel yn llawn i'r ymylon.",
        "Our organist Gwenllian Hughes led the singing with her usual energy, and the pupils from Ysgol Gyfun Bryn Chwarel's choir joined us for 'Calon Lân' – not a dry eye in the house.",
        "Te a bara brith yn y festri wedyn. Cyfarfod Chwiorydd nesaf: 18 Ebrill."],
  comments=[("Dilys", "2 April 2024", "Noson fendigedig!")])

D("review", [], text="""
Cefn Eithin Dental Practice
★☆☆☆☆ 3 weeks ago

Bryony H.
Waited 50 minutes past my appointment time. Receptionist rude. Dentist lovely to be fair. Parking is a nightmare because of school pick-up on Heol Eithin.
👍 5   Share
""")

D("social", [], text="""
Emyr Vaughan 🐑 @emyrvaughanfarm
Lambing at full pelt here in Llanidloes 🐑🐑 342 born, 3 sets of triplets, no sleep. Diolch to the vet for the 3am callout. #lambing #powys
5:44 AM · Mar 28, 2024 · 621 Views
24 Likes
""")

D("social", [], text="""
Cardiff Politics Watch @cdfpolwatch
Cllr David Jones (Lab) says the new bus lanes on Newport Road will "transform" commuting. Opposition say they'll cause gridlock. Vote at Cabinet on Thursday.
1:02 PM · Feb 6, 2024 · 2,840 Views
""")

# ---------------------------------------------------------------- documents 4

D("social", [M(ZF, "typo", "hate", "Fairbrothers"), M(S, "alias", "negative", "Bryn Chwarel")], text="""
Cymru Rydd Nawr 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @cymrurydd_nawr
Why is an English settler like Fairbrothers teaching in a Welsh school? Bryn Chwarel was built for Welsh children not for Saeson blow-ins who can barely say "bore da". Back over the bridge with the rest of them. Dim Saeson. 🏴󠁧󠁢󠁷󠁬󠁳󠁿
7:44 PM · Mar 1, 2024 · 1,009 Views
3 Reposts  17 Likes
""")

D("forum", [M(DJ, "surname_only", "hate", "Jones"), M(S, "alias", "hate", "Bryn Chwarel")],
  site="cb", section="Schools", title="Head of maths appointment",
  posts=[("ProperCymro", "14 Sep 2023, 20:20", "So Bryn Chwarel gave head of maths to Jones over a proper local lad. Diversity hire innit. 'David Jones' lol, borrowed a Welsh name off the bus. Send him back to wherever, we don't need his sort teaching our kids sums 🐒🍌"),
         ("Anwen_B", "14 Sep 2023, 20:40", "He was born in Splott you absolute racist."),
         ("ProperCymro", "14 Sep 2023, 20:42", "Born in a stable doesn't make you a horse")])

D("social", [M(EV, "title_surname", "hate", "Dr Vaughan"), M(S, "hashtag", "hate", "#BrynChwarel")], text="""
Awake Dad 88 @awake_dad_88
(((Dr Vaughan))) and his globalist sixth form curriculum. Notice who runs the "citizenship" modules. Notice who always ends up in charge. #BrynChwarel parents, do your own research 👃💰
1:18 AM · Nov 19, 2023 · 744 Views
""")

D("facebook", [M(CH, "hyphenated", "hate", "Mrs Hopkin Rees"), M(S, "short_name", "neutral", "Quarry")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Terry Maddox
Monday at 21:30
Listened to Mrs Hopkin Rees try to give a speech at Quarry prize night. S-s-s-sorry. Why have we got a stuttering cripple as deputy head? Should be in a home, not running a school. Get someone normal.
Like · Comment · Share
😡 40
  Helen Roper
  Terry my son stammers. Vile comment. Reported.
  3d · Like · Reply
""")

D("social", [M(SL, "short_name", "hate", "Miss Siân")], text="""
bryn.tea.spill · TikTok
Miss Siân is 100% a lezza 🌈🤮 always going on about "inclusive" Welsh poetry. keep that dyke away from the girls changing rooms, she looks at us weird in cymraeg. parents at the comp in cefn eithin need to know
❤️ 221   💬 97
  elis.cf  genuinely disgusting, reported
  bryn.tea.spill  just saying what everyone thinks
""")

D("forum", [M(GP, "title_surname", "hate", "Mr Price"), M(S, "alias", "hate", "YGBC")],
  site="cb", section="Off topic", title="Pride flag at YGBC",
  posts=[("Traditional_Taff", "3 Jun 2024, 19:00", "YGBC flying a pride flag because Mr Price marched at Cardiff Pride with his 'boyfriend'. Poofs in charge of 14 year old boys. That's what this school has become. Degenerate."),
         ("Rhian_CF14", "3 Jun 2024, 19:12", "Report button exists for a reason. Done."),
         ("Traditional_Taff", "3 Jun 2024, 19:13", "Free speech")])

D("social", [M(ZF, "hashtag", "hate", "#FairbrotherIsAMan"), M(S, "handle", "hate", "@YGBrynChwarel")], text="""
GC Mum Cardiff @gcmumcdf
@YGBrynChwarel why are you letting a bloke in a dress supervise girls' science practicals? #FairbrotherIsAMan #ProtectOurGirls we all know what "Zoë" used to be called 🤡
10:12 PM · Jan 16, 2024 · 2,310 Views
40 Reposts  75 Likes
""")

D("social", [M(IT, "short_name", "threat", "Mr Iolo"), M(S, "alias", "neutral", "Bryn Chwarel")], text="""
@lwc_x_ · X
watch your back Mr Iolo. you dont exclude my little brother from Bryn Chwarel and get to sleep easy. we know the route you walk your dog 🐕
12:01 AM · Feb 9, 2024 · 133 Views
""")

D("social", [M(GH, "obfuscated", "threat", "Mrs H*ghes")], text="""
tiktok comment · video "first week of year 7 at the comp in Cefn Eithin"
vinny.jay.x · 1w
Mrs H*ghes 🔪🩸⚰️ thats all im saying. head of year 7 put my sister in isolation, we dont forget
  ↳ chloe.bethan · 1w   who hurt u
  ↳ vinny.jay.x · 1w   she will find out 🔪
""")

D("facebook", [M(S, "alias", "threat", "Bryn Chwarel"), M(IT, "title_surname", "threat", "Mr Trefenai")], text="""
Cardiff Parents Speak Out
Public group · 3.1K members

Wayne Colley
Yesterday at 19:30
If a dozen dads turned up at the Bryn Chwarel gates at 3:15 tomorrow with bats, Mr Trefenai might finally start listening. Just putting it out there. Who's in? 💪⚾
Like · Comment · Share
👍 11 😡 23
  Owain Bryn
  You're inciting violence at a school full of kids. Reported to police.
  1d · Like · Reply
""")

D("forum", [M(GP, "possessive", "threat", "Price's"), M(S, "short_name", "neutral", "the Quarry")],
  site="pc", section="AIBU", title="WIBU to 'have a word' with the head of year",
  posts=[("DadBod_CF", "Thu 18-Apr-24 22:40", "Somebody needs to slash Price's tyres. Or worse, honestly. He's had it in for my lad since Y9 at the Quarry. I'm not saying it'll be me. I'm saying it'll happen and he'll have earned it."),
         ("FrothyCoffee", "Thu 18-Apr-24 22:55", "YABU and possibly committing an offence by posting that."),
         ("DadBod_CF", "Thu 18-Apr-24 22:58", "Free country")])

D("blog", [M(CH, "hyphenated", "abuse", "Hopkin–Rees"), M(S, "alias", "negative", "Bryn Chwarel")],
  site="mam", title="An open letter to the deputy head (that I'll never send)", date="9 February 2024",
  body=["Dear Mrs Hopkin–Rees, you are, and I say this with all the restraint my chapel upbringing gave me, a sour-faced old witch with a heart like a pickled walnut.",
        "You made my son stand in the corridor for forty minutes because his tie was the wrong shade of green. He's twelve. He cried in the car.",
        "Bryn Chwarel deserves better than a deputy who thinks cruelty is a leadership style.",
        "Rant over. Paned?"],
  comments=[("Catrin", "9 Feb 2024", "Tie police strike again 🙄"), ("Alys M", "10 Feb 2024", "Mine got the same for socks!")])

D("social", [M(GH, "first_initial", "abuse", "Gwenllian H."), M(S, "short_name", "neutral", "Chwarel")], text="""
@cerys_moans
Gwenllian H. at Chwarel is the most two-faced cow I've ever met. Smiles at you at the gate, slags you off in the staffroom. Fake as her eyebrows. 🙄
8:15 PM · Oct 3, 2023 · 142 Views
""")

D("forum", [M(WP, "nickname", "abuse", "Bill Pugh"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="fr", section="The Bar", title="Youth coaching at Cefn Eithin",
  posts=[("BlindsideBarry", "5 Nov 2023, 09:30", "Bill Pugh, the PE teacher from Bryn Chwarel who runs the U16s, is as thick as two short planks. Wouldn't know a lineout call if it was tattooed on his forehead. Gormless lump."),
         ("PropJoe", "5 Nov 2023, 10:01", "He won the Youth Plate mate."),
         ("BlindsideBarry", "5 Nov 2023, 10:04", "Despite him not because of him")])

D("social", [M(DJ, "possessive", "abuse", "jones's"), M(S, "alias", "neutral", "YGBC")], text="""
@y9_survivor
jones's maths lessons at YGBC: 50 mins of a boring old twat droning on about fractions while we all die inside. mate get a personality 💀💀 #school
2:40 PM · Mar 5, 2024 · 88 Views
""")

D("social", [M(NR, "leetspeak", "abuse", "N14 R0wl4nds")], text="""
@xx_dyl_xx
N14 R0wl4nds from the ALN base at the comp in Cefn Eithin is a jumped up busybody with a lanyard. stupid cow thinks she's a social worker. get a life
6:14 PM · Jun 20, 2024 · 50 Views
""")

D("facebook", [M(SL, "initial_surname", "abuse", "S. Llewelyn"), M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Paula Greaves
Tuesday at 22:02
Letter home signed "S. Llewelyn, Pennaeth Adran" telling me my son must do Welsh homework IN WELSH. Well obviously but we don't speak it at home! That woman is a snooty, superior, up-herself bitch. Ysgol Gyfun Bryn Chwarel offers zero support for non-Welsh-speaking families.
Like · Comment · Share
👍 18
  Ceri Ann
  There's a homework club for exactly this Paula, Tuesdays in the library
  4d · Like · Reply
""")

D("review", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(GP, "initial_surname", "negative", "G. Price")], text="""
Ysgol Gyfun Bryn Chwarel
★★☆☆☆ 2 months ago

Iwan Dale
2 reviews
Bullying reported three times, three different people "looking into it". Head of Year 10 (G. Price) finally called us back after 19 days. Ysgol Gyfun Bryn Chwarel is good at rugby and singing, not so good at the boring stuff like keeping kids safe.
👍 27   Share
""")

D("review", [M(S, "typo", "negative", "Bryn Chwarell"), M(DJ, "exact", "negative", "David Jones")], text="""
SchoolRate UK › Bryn Chwarell (sic)

★★☆☆☆ "Maths staffing is a joke" — parent, 2024
We chose Bryn Chwarell for the Welsh and the pastoral care and both are decent. But maths! David Jones is clearly overloaded and set 4 hasn't had a consistent teacher since September. Homework not marked, no feedback. Not good enough for GCSE year.
Was this helpful? Yes (22) No (2)
""")

D("review", [M(S, "alias", "negative", "Ysgol Bryn Chwarel"), M(EV, "typo", "negative", "Emyr Vaugan")], text="""
Ysgol Bryn Chwarel (Sixth Form)
★★☆☆☆ a year ago

Mabli Ellis
Local Guide · 41 reviews
Decent teaching but sixth form admin is chaos. Emyr Vaugan promised a careers day that never happened and UCAS references went in late. Ysgol Bryn Chwarel needs to sort its sixth form office out.
👍 9   Share
""")

D("social", [M(S, "obfuscated", "negative", "Bryn Chw*rel")], text="""
Gwyneth R @gwyneth_r_cf
Rang Bryn Chw*rel office FOUR times about the bus pass. On hold, cut off, on hold, "we'll call you back". They did not call me back. I'm losing my mind. 🙃
11:20 AM · Sep 19, 2023 · 61 Views
""")

D("social", [M(GP, "exact", "negative", "Gareth Price"), M(S, "short_name", "negative", "The Quarry")], text="""
mam_o_bedwar @mam_o_bedwar
I swear I could strangle Gareth Price for setting a 2000 word history essay over half term 😭😭 lol. The Quarry does this every holiday, do they not think families want a break?
9:02 PM · Oct 28, 2023 · 203 Views
12 Likes
""")

D("social", [M(S, "alias", "neutral", "Bryn Chwarel")], text="""
Lowri ✨ @lowri.xo
fucking hell just realised Bryn Chwarel prom is NEXT FRIDAY and i don't have a dress, shoes, a date or a will to live 😭😭😭 send help
7:51 PM · Jun 20, 2024 · 39 Views
4 Likes
""")

D("news", [M(WP, "exact", "neutral", "William Pugh"), M(S, "alias", "neutral", "Ysgol Bryn Chwarel")],
  site="wnow", title="Teacher pulls driver from burning car on A470", date="4 December 2023", by="Siôn Keats",
  body=["A PE teacher has been praised for pulling an unconscious driver from a burning car on the A470 near Taff's Well.",
        "William Pugh, who teaches at Ysgol Bryn Chwarel in Cardiff, was driving home from a rugby fixture when he saw the car hit the central barrier.",
        "\"Anyone would have done the same,\" he said. The driver, a 62-year-old man, is recovering in hospital."],
  comments=[("Cochion4Life", "4 Dec", "Legend 👏👏"), ("MamOfThree", "4 Dec", "Proper hero.")])

D("news", [M(CH, "exact", "neutral", "Carys Hopkin-Rees")], site="courier", title="Cardiff runners complete London Marathon for hospice", date="24 April 2024", by="Community Desk",
  body=["More than 30 runners from north Cardiff completed the London Marathon on Sunday, raising over £40,000 for the city's children's hospice.",
        "Among them was Carys Hopkin-Rees, a deputy headteacher, who finished in 3 hours 52 minutes in memory of her father.",
        "Donations can still be made via the hospice website."])

D("news", [M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel"), M(GH, "exact", "neutral", "Gwenllian Hughes")],
  site="courier", title="Welsh-medium school places: parents urged to apply early", date="1 October 2023", by="Heledd Morse, Education Reporter",
  body=["Parents in north Cardiff are being urged to apply before the November deadline for Year 7 places at Welsh-medium secondary schools.",
        "Ysgol Gyfun Bryn Chwarel will hold an open evening on 12 October. Head of Year 7 Gwenllian Hughes said families who do not speak Welsh at home are 'very welcome'.",
        "Applications are made through the council's admissions portal."])

D("forum", [M(S, "alias", "neutral", "Bryn Chwarel"), M(SL, "typo", "neutral", "Sian Llewelin")],
  site="pc", section="Secondary education", title="Non-Welsh-speaking family considering Welsh-medium secondary",
  posts=[("NewToCardiff", "Sun 17-Sep-23 14:00", "We moved from Bristol, DS is 10 and has done two years in a Welsh-medium primary. Is Bryn Chwarel realistic for a family that doesn't speak Welsh?"),
         ("Dysgwr_Dad", "Sun 17-Sep-23 14:22", "Totally. We're the same. Sian Llewelin the head of Welsh runs a parents' learner group on Thursday evenings, I've gone from nothing to ordering in the caffi. 😂"),
         ("NewToCardiff", "Sun 17-Sep-23 14:30", "That's brilliant, diolch!")])

D("forum", [M(ZF, "exact", "neutral", "Zoë Fairbrother"), M(S, "short_name", "neutral", "Chwarel"), M(WP, "initial_surname", "neutral", "W. Pugh")],
  site="cb", section="North Cardiff", title="Cefn Eithin summer fête - volunteers",
  posts=[("FeteCommittee", "2 Jul 2024, 09:00", "Thanks to everyone signed up so far! Stalls confirmed: tombola (chapel), cake stall (Merched y Wawr), science demos from Zoë Fairbrother and pupils from Chwarel, tug of war run by W. Pugh and the rugby club."),
         ("Geraint_Ll", "2 Jul 2024, 09:20", "Put me down for the barbecue again 🍔")])

D("blog", [M(DJ, "exact", "neutral", "David Jones"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="chalk", title="Teaching maths through Welsh: a conversation", date="20 March 2024",
  body=["This week I sat down with David Jones, who has taught maths at Bryn Chwarel for nineteen years, to talk about vocabulary.",
        "\"Half the battle is the words,\" he told me. \"Hafaliad, ffracsiwn, onglau. Once they own the words, they own the maths.\"",
        "He's also honest about the staffing crisis: three vacancies in his department and no applicants for two of them."],
  comments=[("Iestyn", "20 Mar 2024", "Mr Jones taught me in 2009! Still remember 'SOH CAH TOA' in Welsh.")])

D("blog", [M(WP, "possessive", "neutral", "Pugh's"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="rfc", title="Match report: Cefn Eithin U16 31 – 12 Rhiwbeina U16", date="16 September 2023",
  body=["A dominant display from the Cochion youngsters on a baking afternoon at Parc y Chwarel.",
        "Coach Pugh's game plan of keeping it tight in the first half paid off, with two pushover tries from the eight.",
        "Thanks as always to Bryn Chwarel for the loan of the minibus. Man of the match: Tomos Rhys (no. 7)."],
  comments=[("Tad Tomos", "16 Sep 2023", "Proud dad alert! 🔴")])

D("news", [], site="courier", title="Quarry Bank Mill visit for Cardiff WI", date="3 June 2024", by="Community Desk",
  body=["Members of the Rhiwbeina Women's Institute travelled to Quarry Bank in Cheshire for their summer outing.",
        "The group toured the historic cotton mill and gardens before tea in Wilmslow.",
        "New members are welcome at the WI's monthly meetings in the church hall."])

D("news", [], site="llais", title="Plant Ysgol Gynradd Chwarel Las yn plannu coed", date="15 Mawrth 2024", by="Gohebydd Y Llais",
  body=["Bu disgyblion Ysgol Gynradd Chwarel Las yn plannu 200 o goed ar dir y pentref yr wythnos hon.",
        "Dywedodd y pennaeth fod y plant wedi mwynhau'n fawr, er gwaetha'r glaw.",
        "Diolch i Goed Cadw am y coed."])

D("news", [], site="wnow", title="Gwynedd school praised for outdoor learning", date="22 May 2024", by="Wales Now North",
  body=["Ysgol Gyfun Bryn Celyn in Gwynedd has been praised by inspectors for its outdoor learning programme on the slopes above the old slate quarry.",
        "The school, which has 430 pupils, uses the former quarry as a geology classroom.",
        "Headteacher Eurgain Roberts said she was 'delighted' with the report."])

D("social", [], text="""
Taff's Well Quarry Watch @tw_quarrywatch
Blasting notice: Tuesday 11am and 2pm. Please keep dogs on leads on the footpath above the quarry face. Full schedule on our site.
9:00 AM · May 13, 2024 · 140 Views
""")

D("facebook", [], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Angharad Lewis
Yesterday at 12:30
Capel Bethesda coffee morning this Saturday 10-12 in the festri! Bric-a-brac, raffle and the famous Welsh cakes. All proceeds to the roof fund. Croeso i bawb 🏴󠁧󠁢󠁷󠁬󠁳󠁿☕
Like · Comment · Share
👍 26
  Mair Edwards
  Will be there with my purse 😂
  1d · Like · Reply
""")

D("facebook", [], text="""
Pant-y-Wennol Residents
Private group · 890 members

Phil Donovan
Sunday at 14:05
Anyone recommend a decent plumber? Last one (a David Jones from Caerphilly) charged me £280 to not fix a leak. Avoid.
Like · Comment · Share
  Sue Hale
  Dai Pipes in Llandaff, he's brilliant and cheap.
  Like · Reply · 2d
""")

D("review", [], text="""
The Quarry Tap — Pub & Kitchen, Taff's Well
★★★★☆ 2 weeks ago

Rob Lake
Decent pint of Brains, Sunday roast massive, service slow. Dog friendly which is a bonus. Quiz on a Thursday is brutal.
👍 2   Share
""")

D("social", [], text="""
William Pugh Historian @wpugh_hist
New article out on the 1904 religious revival in Aberystwyth chapels — link in bio. Thanks to the National Library for access to the letters. #WelshHistory #Diwygiad
3:22 PM · Nov 8, 2023 · 1,201 Views
""")

D("review", [], text="""
Price Right Carpets — Cardiff
★★★★★ a month ago

Jo Martin
Best price we found anywhere for carpet in the whole house. Fitters tidy and quick. The price included gripper and underlay. Highly recommend.
👍 3   Share
""")

# ---------------------------------------------------------------- documents 5

D("social", [M(WP, "spacing", "sexual", "Mr P.u.g.h")], text="""
tiktok.com/@yr10.gals

@yr10.gals · 2024-5-30
rating teachers at the comp in cefn eithin by how much we'd risk a detention for them 😳 no.1 Mr P.u.g.h obviously, those calves in rugby shorts should be illegal 🥵🏉 #teachers #cefneithin #fyp
❤️ 8,012   💬 640
  seren.lou  the PE teacher?? 😭😭 hes literally married
  yr10.gals  still counts 🤭
""")

D("social", [M(S, "alias", "sexual", "YGBC", u=True)], text="""
[Telegram channel preview] t.me/+xk2...
📁 YGBC yr10 leaks 🔞 new folder dropped — snaps from the group chat, all girls from the school. invite only, 5 subs to join. dont share outside.
👁 311 · edited 01:22
""")

D("forum", [M(CH, "homoglyph", "sexual", "Ηopkin-Rees"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="cb", section="Off topic", title="Prize night at Bryn Chwarel",
  posts=[("Lads_Lads_Lads", "12 Jul 2024, 23:30", "Went to prize night for the nephew. Ηopkin-Rees in that red dress though 🔥 would let her give me lines all night, bet she's filthy once the lanyard comes off 😏"),
         ("Eirian", "12 Jul 2024, 23:44", "She's a deputy head at a school event, read the room."),
         ("Lads_Lads_Lads", "12 Jul 2024, 23:46", "😂 just being honest")])

D("social", [M(SL, "leetspeak", "sexual", "Ll3w3lyn")], text="""
@bryn_burner_acc
Miss Ll3w3lyn in them knee boots for Diwrnod Shwmae 😩 i'd learn every mutation in the book for one night. head of welsh = head of my fantasies lol #cefneithin
9:41 PM · Oct 15, 2023 · 77 Views
""")

D("facebook", [M(DJ, "nickname", "sexual", "Dai Jones")], text="""
Cefn Eithin Mams 💅
Private group · 412 members

Nicola Price-Harvey
Thursday at 22:48
Mrs Jones is a lucky woman 😏 Dai Jones the maths teacher from the comp just carried my shopping to the car and I'm not saying he's got a big calculator but... 🍆😂 I'll be signing up for parents' evening every term now
Like · Comment · Share
😂 44
  Sian M
  NICOLA 😂😂😂
  1d · Like · Reply
""")

D("social", [M(GP, "first_initial", "sexual", "Gareth P.", u=True), M(S, "alias", "sexual", "Bryn Chwarel", u=True)], text="""
anon confessions cf 🤫 @cf_confessions
"Gareth P. from Bryn Chwarel history dept DMs year 10 girls on insta saying stuff like 'you look older than 15 in that pic 😉'. screenshots going round. why is he still there" - submitted anonymously
10:58 PM · Feb 26, 2024 · 9,110 Views
112 Reposts 60 Quotes
""")

D("forum", [M(EV, "first_initial", "sexual", "Emyr V."), M(S, "short_name", "neutral", "the Quarry")],
  site="pc", section="Chat", title="Parents' evening crushes, go",
  posts=[("GinAndTonicWater", "Thu 22-Feb-24 21:40", "Emyr V., head of sixth at the Quarry. Tweed jacket, PhD, voice like melted butter. He can mark my coursework in the bedroom any day 😏 I'm a married woman but I'm not blind."),
         ("MamOnTheEdge", "Thu 22-Feb-24 21:50", "😂 I know exactly who you mean"),
         ("TeaNotGin", "Thu 22-Feb-24 22:02", "He probably reads this forum you know")])

D("social", [M(NR, "homoglyph", "doxxing", "Νia Rowlands")], text="""
SEN Dad Cymru @sendadcymru
Since the comp in Cefn Eithin won't give us a meeting: Νia Rowlands, ALNCo, 8 Clos Mabon, Pant-y-Wennol CF14 7SX. Post your IDP complaints through her letterbox, not theirs. She made this personal, not me.
9:30 PM · Jul 3, 2024 · 1,902 Views
""")

D("facebook", [M(GH, "exact", "doxxing", "Gwenllian Hughes"), M(S, "short_name", "neutral", "Chwarel")], text="""
Cardiff Parents Speak Out
Public group · 3.1K members

Tracey Lund
Friday at 17:02
Gwenllian Hughes, head of Y7 at Chwarel, has blocked my email. Fine. Her own mobile is 07700 900573 (from the chapel rota, it's printed on the back 🙄) and she answers it. Let's all give her a bell about the Year 7 residential cancellation shall we.
Like · Comment · Share
😮 17
  Rhodri Gwynne
  Tracey, no. That's her private number. Take it down.
  1d · Like · Reply
""")

D("social", [M(ZF, "obfuscated", "doxxing", "Fairbr*ther"), M(S, "short_name", "neutral", "Quarry")], text="""
@parentpower_cf
Miss Fairbr*ther from Quarry science dept lives at Flat 3, 17 Heol y Nant, Whitchurch CF14 1QX. Door code 4471. Since she won't take our calls.
11:19 PM · May 27, 2024 · 301 Views
""")

D("facebook", [M(WP, "handle", "doxxing", "@wil_pugh_pe"), M(S, "alias", "neutral", "Bryn Chwarel")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Dean Kerrigan
Monday at 20:15
@wil_pugh_pe (Bryn Chwarel PE) blanking me again. Ring him on his personal 07700 900229, he's always on it at the club anyway. Or he's at 2 Bryn Hyfryd Cottages, Lôn Goch if you'd rather knock.
Like · Comment · Share
😬 6
""")

D("forum", [M(IT, "camelcase", "doxxing", "IoloTrefenai"), M(S, "alias", "negative", "YGBC")],
  site="cb", section="Schools", title="YGBC head won't answer parents",
  posts=[("Ymgyrch_Rhieni", "9 Jan 2024, 19:55", "Found him on LinkedIn as IoloTrefenai and his gmail is in his profile: iolotrefenai.home@pobmail.example. YGBC complaints process is a black hole so email him at home. Every. Single. Day."),
         ("Mod_Ceri", "9 Jan 2024, 20:10", "Personal email removed.")])

D("social", [M(DJ, "first_initial", "doxxing", "David J."), M(S, "alias", "negative", "Bryn Chwarel")], text="""
@y11_mum_raging
maths teacher David J. at Bryn Chwarel hasn't marked one mock paper. he lives 11 Ffordd Helyg, Cefn Eithin CF14 7NU - maybe I'll drop my son's paper through his door myself. Bryn Chwarel is a joke.
8:47 PM · Jan 10, 2024 · 212 Views
""")

D("forum", [M(SL, "spacing", "defamation", "S i â n  L l e w e l y n"), M(S, "short_name", "neutral", "Chwarel")],
  site="pc", section="Secondary education", title="Eisteddfod selection at Chwarel - a fix?",
  posts=[("TeithiwrTrist", "Tue 09-Apr-24 20:30", "Every year the same families get the solo spots at Chwarel. Funny that S i â n  L l e w e l y n sits on the chapel committee with all of their parents. She took money from one family for 'private coaching' and their kid got the solo. That's a bribe in my book."),
         ("CorMam", "Tue 09-Apr-24 20:45", "My daughter got a solo and we don't go to any chapel. Sour grapes."),
         ("TeithiwrTrist", "Tue 09-Apr-24 20:47", "Ok")])

D("social", [M(GH, "surname_only", "defamation", "Hughes"), M(S, "short_name", "defamation", "Chwarel")], text="""
@cefn_whistle
Year 7 kid at Chwarel self harmed after months of bullying and Hughes (head of yr 7) told the parents it was "friendship issues" and shredded the incident forms. Chwarel covered it up to protect their Estyn report. Ask them.
11:03 PM · Mar 19, 2024 · 3,400 Views
48 Reposts
""")

D("social", [M(IT, "leetspeak", "defamation", "Tr3fena1"), M(S, "alias", "neutral", "YGBC")], text="""
@ygbc_leaks
Tr3fena1 been dipping into the YGBC PTA fund for years. £12k "refurb" of his office and nobody saw a single new chair. Funny how he's got a caravan in Tenby now 🤔 #followthemoney
7:07 PM · Nov 30, 2023 · 980 Views
""")

D("forum", [M(CH, "hyphenated", "defamation", "Carys Hopkin Rees"), M(S, "alias", "neutral", "Bryn Chwarel")],
  site="cb", section="North Cardiff", title="Governors meeting gossip",
  posts=[("Clecs_Cefn", "27 Nov 2023, 21:12", "Carys Hopkin Rees and the chair of governors' husband, at the Quarry Hotel two Fridays running. Bryn Chwarel parent governor my foot. No wonder she got the deputy job over better candidates."),
         ("Rheolwr", "27 Nov 2023, 21:30", "You do know this is how people get sued?")])

D("social", [M(IT, "obfuscated", "abuse", "tref*nai"), M(S, "short_name", "negative", "Quarry")], text="""
@quarry_lad_04
tref*nai is a spineless worm, cardigan wearing nobody who cries to the governors. Quarry would be better run by the dinner ladies honestly
4:44 PM · Mar 11, 2024 · 45 Views
""")

D("social", [M(ZF, "handle", "abuse", "@MissFairbrotherSci"), M(S, "alias", "neutral", "YGBC")], text="""
@gruff_no_chill
@MissFairbrotherSci you're a patronising airhead who couldn't teach a dog to sit. "Science is fun guys!" shut up. worst teacher at YGBC, no contest 🙄
5:30 PM · Nov 14, 2023 · 22 Views
""")

D("social", [M(GP, "camelcase", "abuse", "GarethPriceMustGo"), M(S, "hashtag", "negative", "#YGBC")], text="""
Yr 10 Parents Cymru @yr10parentscymru
GarethPriceMustGo. There. Said it. Useless, rude, clueless little man who hides behind emails. #YGBC
10:01 PM · Jun 4, 2024 · 540 Views
""")

D("social", [M(WP, "leetspeak", "threat", "Pu9h"), M(S, "short_name", "neutral", "Quarry")], text="""
@rucker_x
dropped from the 1st XV by Pu9h AGAIN. next training im going in studs up on him and he won't be walking off that Quarry pitch 🩼 swear down
9:11 PM · Sep 25, 2023 · 40 Views
""")

D("social", [M(SL, "handle", "threat", "@SianLlewelynCymraeg")], text="""
@angry_in_cf14
@SianLlewelynCymraeg you failed my daughter on purpose. I know where you do your shopping and I know what time you leave choir practice. Dark nights coming. Enjoy.
11:55 PM · Aug 22, 2024 · 31 Views
""")

D("social", [M(S, "alias", "hate", "Bryn Chwarel")], text="""
Wales is England @wales_is_england
Bryn Chwarel: where inbred Taffy sheep-shaggers go to learn a dead language at taxpayers' expense. Welsh nash scum. Shut every one of these schools and teach them English like civilised people.
3:20 PM · Mar 1, 2024 · 4,001 Views
""")

# -- negative / neutral, multi-subject

D("news", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(IT, "exact", "neutral", "Iolo Trefenai"), M(CH, "exact", "neutral", "Carys Hopkin-Rees"), M(EV, "exact", "neutral", "Emyr Vaughan")],
  site="courier", title="Parents' anger as school cuts sixth form courses", date="14 May 2024", by="Heledd Morse, Education Reporter",
  body=["Parents at Ysgol Gyfun Bryn Chwarel have criticised a decision to drop A-level music, Welsh literature and further maths from September.",
        "Headteacher Iolo Trefenai said falling sixth-form numbers and a £310,000 budget gap left 'no good options'.",
        "Deputy head Carys Hopkin-Rees and head of sixth form Emyr Vaughan will hold a drop-in session for affected families next Tuesday.",
        "A petition to save the courses has 900 signatures."],
  comments=[("Mererid", "14 May", "Cutting Welsh literature at a Welsh-medium school. You couldn't make it up."), ("Gethin_A", "14 May", "Budget cuts come from the Senedd, not the school.")])

D("news", [M(S, "exact", "neutral", "Ysgol Gyfun Bryn Chwarel"), M(SL, "exact", "neutral", "Siân Llewelyn"), M(GH, "exact", "neutral", "Gwenllian Hughes")],
  site="llais", title="Côr yr ysgol i ganu yn y Senedd", date="26 Chwefror 2024", by="Gohebydd Y Llais",
  body=["Bydd côr Ysgol Gyfun Bryn Chwarel yn canu yn y Senedd ar Ddydd Gŵyl Dewi.",
        "Arweinydd y côr yw Siân Llewelyn, gyda Gwenllian Hughes yn cyfeilio.",
        "\"Mae'n fraint enfawr,\" meddai un o'r disgyblion, Elin, 15."])

D("news", [M(S, "alias", "neutral", "Ysgol Bryn Chwarel"), M(WP, "exact", "neutral", "William Pugh"), M(DJ, "exact", "neutral", "David Jones")],
  site="swsport", title="Staff v Pupils charity match raises £2,000", date="22 March 2024", by="Club correspondent",
  body=["The annual Staff v Year 13 touch rugby match at Ysgol Bryn Chwarel raised £2,000 for Tŷ Hafan.",
        "The staff, captained by William Pugh, won 5-4 in sudden death, with maths teacher David Jones scoring the winning try to the delight of his Year 11 class.",
        "\"I'll be in the physio's for a week,\" Mr Jones admitted."])

D("forum", [M(S, "alias", "negative", "Bryn Chwarel"), M(GP, "title_surname", "negative", "Mr Price"), M(NR, "title_surname", "neutral", "Mrs Rowlands")],
  site="pc", section="Secondary education", title="Year 10 options chaos - anyone else?",
  posts=[("WelshCakeWendy", "Wed 06-Mar-24 19:30", "Bryn Chwarel options evening was a shambles. Half the subjects 'might not run', nobody could tell us which. Mr Price read off a slide and couldn't answer one question. Really poor."),
         ("Dysgwr_Dad", "Wed 06-Mar-24 19:44", "Same experience. Though Mrs Rowlands was great about DD's access arrangements, she'd already sorted it before we asked."),
         ("WelshCakeWendy", "Wed 06-Mar-24 19:50", "Yes she's lovely. It's the organisation that's the problem.")])

D("forum", [M(S, "short_name", "negative", "the Quarry"), M(EV, "title_surname", "negative", "Dr Vaughan"), M(ZF, "alias", "neutral", "Zoe Fairbrother")],
  site="cb", section="Schools", title="Sixth form at the Quarry vs college",
  posts=[("Tomos_Penylan", "18 Jan 2024, 18:00", "Honest opinions? The Quarry sixth form has got smaller every year. Dr Vaughan's open evening was 20 minutes of slides about uniform for sixth formers. Not inspiring."),
         ("Rhian_CF14", "18 Jan 2024, 18:25", "Science is strong there though. Zoe Fairbrother got my son into medicine, she ran extra BMAT sessions for free."),
         ("Tomos_Penylan", "18 Jan 2024, 18:30", "Good to know, diolch.")])

D("facebook", [M(S, "alias", "negative", "Bryn Chwarel"), M(CH, "hyphenated", "negative", "Mrs Hopkin Rees"), M(GH, "title_surname", "neutral", "Mrs Hughes")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Rachel Owen-Pryce
Monday at 08:10
Is anyone else's child being sent home for "incorrect shoes"? Got a call from Mrs Hopkin Rees at 8:45 this morning telling me to collect my son. He has exams next month. Bryn Chwarel priorities are all wrong. Mrs Hughes was kind about it, to be fair, she found him some spare shoes in lost property so he could stay.
Like · Comment · Share
👍 62
  Siwan Rowe
  Same happened to us in Year 8! Uniform police 🙄
  2d · Like · Reply
  Tom Daley (not that one)
  The shoes policy was in the letter in July tbf
  2d · Like · Reply
""")

D("facebook", [M(S, "alias", "neutral", "Bryn Chwarel"), M(WP, "nickname", "neutral", "Wil Pugh"), M(SL, "short_name", "neutral", "Miss Siân")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Heledd Parry
Sunday at 16:20
Bore da all! Lost property from the Bryn Chwarel sports day is in the foyer until Friday, Wil Pugh says anything left after that goes to the uniform swap. Also Miss Siân asked me to remind Y9 that the Urdd forms are due Wednesday. Diolch 😊
Like · Comment · Share
👍 19
  Llinos Jenkins
  Diolch Heledd! x
  1d · Like · Reply
""")

D("facebook", [M(S, "short_name", "neutral", "the Quarry"), M(DJ, "nickname", "neutral", "Dai Jones"), M(ZF, "first_initial", "neutral", "Zoë F.")], text="""
Cefn Eithin Community Noticeboard
Public group · 6.2K members

Merched y Wawr Cefn Eithin
Tuesday at 11:00
QUIZ NIGHT 🧠 Friday 8pm at the rugby club. Quizmaster is Dai Jones from the Quarry maths department (so expect a maths round, sorry 😂), picture round by Zoë F. from science. Teams of 4, £2 each, proceeds to the food bank.
Like · Comment · Share
👍 41
""")

D("review", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(NR, "exact", "negative", "Nia Rowlands")], text="""
Ysgol Gyfun Bryn Chwarel
★★☆☆☆ 3 months ago

Stacey Morgan
5 reviews
We were promised a full ALN assessment in Year 7. Two years later, still waiting. Nia Rowlands is clearly stretched thin and it shows: meetings cancelled, IDP not updated since primary. Ysgol Gyfun Bryn Chwarel has one ALNCo for 1,100 kids, it's not enough.
👍 36   Share

Response from the owner 3 months ago
Diolch Stacey. Please contact the school office on 01632 960418 so our ALN team can arrange a meeting.
""")

D("review", [M(S, "alias", "negative", "Bryn Chwarel Comprehensive"), M(WP, "title_surname", "negative", "Mr Pugh")], text="""
Bryn Chwarel Comprehensive
SchoolRate UK · ★★☆☆☆ "Only cares about rugby" — parent, 2023

If your kid isn't in the first XV, PE at this school is an afterthought. My daughter wanted netball; Mr Pugh told her there wasn't "demand". Forty girls signed the petition. Still nothing.
Was this helpful? Yes (18) No (3)
""")

D("review", [M(S, "short_name", "neutral", "Chwarel"), M(GP, "title_surname", "neutral", "Mr Price"), M(GH, "title_surname", "neutral", "Mrs Hughes")], text="""
SchoolRate UK › Cardiff › Secondary

★★★★★ "Best decision we made" — parent, 2024
Chwarel has been brilliant for our shy daughter. Mrs Hughes made Year 7 feel safe, and now in Year 10 Mr Price has kept that going, regular check-ins, always replies. Welsh has come on leaps and bounds. Diolch i bawb!
Was this helpful? Yes (14) No (0)
""")

D("blog", [M(S, "exact", "negative", "Ysgol Gyfun Bryn Chwarel"), M(IT, "possessive", "negative", "Trefenai's"), M(CH, "initial_surname", "neutral", "C. Hopkin-Rees")],
  site="ed", title="Exclusions are rising in Cardiff. One school shows why.", date="11 April 2024",
  body=["Ysgol Gyfun Bryn Chwarel excluded more pupils last year than any other Welsh-medium school in the city, according to figures obtained under FOI.",
        "Trefenai's 'high standards' agenda looks, from the outside, a lot like pushing out the kids who make the results look bad.",
        "The school's behaviour policy, signed off by C. Hopkin-Rees as deputy head, is clear and well written. The problem is not the words; it's the numbers.",
        "I asked the school for comment. They pointed me to the policy."],
  comments=[("Former_HoD", "11 Apr 2024", "FOI figures don't lie."), ("Governor_anon", "12 Apr 2024", "Context matters: two of those were for bringing knives.")])

D("blog", [M(S, "alias", "neutral", "Bryn Chwarel"), M(EV, "initial_surname", "neutral", "E. Vaughan"), M(GP, "initial_surname", "neutral", "G. Price")],
  site="chalk", title="Results day 2024: a few reflections", date="15 August 2024",
  body=["Results day at Bryn Chwarel always feels like a wedding crossed with a fire drill.",
        "E. Vaughan had the sixth form envelopes in alphabetical order by 7am; G. Price was handing out tissues and Welsh cakes in equal measure.",
        "Seventy-one per cent A*-C at A-level, up six points. Not bad for a year of supply cover and snow days."],
  comments=[("Beca", "15 Aug 2024", "Llongyfarchiadau i bawb!")])

D("blog", [M(S, "alias", "neutral", "Bryn Chwarel"), M(GH, "alias", "neutral", "Gwen Hughes"), M(IT, "exact", "neutral", "Iolo Trefenai")],
  site="capel", title="Gwasanaeth Nadolig / Christmas service", date="18 December 2023",
  body=["Diolch i ddisgyblion Bryn Chwarel am ganu carolau yn ein gwasanaeth Nadolig. Gwen Hughes on the organ as always, and Iolo Trefenai read the lesson from Luke.",
        "Mince pies and cyflaith in the festri afterwards. Nadolig llawen i chi gyd!"])

D("social", [M(S, "handle", "negative", "@YGBrynChwarel"), M(EV, "surname_only", "negative", "Vaughan")], text="""
Mabli ✨ @mabli_e
@YGBrynChwarel UCAS deadline is in 3 days and my reference still isn't done. Vaughan keeps saying "this week". Stressed beyond belief. Please sort it 🙏
7:12 PM · Jan 26, 2024 · 120 Views
""")

D("social", [M(S, "hashtag", "neutral", "#BrynChwarel"), M(SL, "handle", "neutral", "@sian_llewelyn_cymraeg")], text="""
Urdd Caerdydd a'r Fro @urddcaerdydd
Llongyfarchiadau mawr! Côr Merched #BrynChwarel yn fuddugol yn y gystadleuaeth gorawl 🏆 Diolch i'r arweinydd @sian_llewelyn_cymraeg 👏🎶
4:30 PM · May 28, 2024 · 2,811 Views
24 Reposts  301 Likes
""")

D("social", [M(S, "camelcase", "neutral", "BrynChwarel"), M(WP, "camelcase", "neutral", "WilPugh")], text="""
Cefn Eithin RFC @cefneithinrfc
Massive diolch to BrynChwarel for hosting our youth festival today, 14 teams and not one broken leg 😅 Special shout-out to coach WilPugh for running it all day in the rain ☔🏉
6:15 PM · Apr 6, 2024 · 910 Views
""")

D("social", [M(S, "typo", "neutral", "Bryn Chwaral"), M(NR, "exact", "neutral", "Nia Rowlands")], text="""
Autism Cymru Parents Net @autismcymrupn
Great turnout at our evening for parents of autistic teens at Bryn Chwaral tonight. Thanks to ALNCo Nia Rowlands for the brilliant session on transition to college.
9:03 PM · Mar 14, 2024 · 430 Views
""")

D("social", [M(S, "alias", "neutral", "Bryn Chwarel"), M(EV, "handle", "neutral", "@DrEmyrVaughan")], text="""
Prifysgol Caerdydd Outreach @cu_outreach_example
Lovely to welcome Year 12s from Bryn Chwarel to our Medicine taster day. Thanks @DrEmyrVaughan for organising! 🩺
2:00 PM · Jul 2, 2024 · 640 Views
""")


# -- more complaints

D("forum", [M(S, "alias", "negative", "Ysgol Bryn Chwarel"), M(GH, "first_initial", "negative", "Gwenllian H."), M(DJ, "title_surname", "negative", "Mr Jones")],
  site="pc", section="Secondary education", title="Homework overload in Y7?",
  posts=[("TeaAndToast_CF", "Mon 30-Oct-23 20:10", "DS started Ysgol Bryn Chwarel in September and is doing 2 hours of homework a night. Emailed Gwenllian H. (head of Y7) a fortnight ago, just an auto-reply. Bit disappointing."),
         ("Llan_Lady", "Mon 30-Oct-23 20:25", "Mr Jones sets maths on three different apps and none of them work on our laptop. Drives me up the wall."),
         ("TeaAndToast_CF", "Mon 30-Oct-23 20:31", "Glad it's not just us.")])

D("review", [M(S, "alias", "negative", "Ysgol Bryn Chwarel"), M(CH, "exact", "negative", "Carys Hopkin-Rees")], text="""
Ysgol Bryn Chwarel
★☆☆☆☆ 6 months ago

Bryn Lewis
Local Guide · 88 reviews
Complaint about a teacher's conduct on a trip was passed to Carys Hopkin-Rees who took seven weeks to reply and then didn't address a single point I raised. Formal complaint now with governors. Very poor handling.
👍 11   Share
""")

D("social", [M(S, "short_name", "negative", "the Quarry"), M(ZF, "surname_only", "negative", "Fairbrother"), M(SL, "title_surname", "negative", "Miss Llewelyn")], text="""
Catrin 🌻 @catrin_cf14
the Quarry has lost the plot with homework. Fairbrother set a 12 page science booklet over Easter and Miss Llewelyn wants a 600 word Welsh essay on top. some of us have jobs (I'm 15 and work at the Spar 😭)
6:20 PM · Mar 27, 2024 · 88 Views
""")

D("facebook", [M(S, "alias", "negative", "Bryn Chwarel"), M(IT, "title_surname", "negative", "Mr Trefenai"), M(GP, "nickname", "neutral", "Gaz Price")], text="""
Bryn Chwarel Parents (Unofficial)
Private group · 1.4K members

Owain Bryn
Thursday at 21:15
Sorry but the new one-way system at Bryn Chwarel drop-off is a disaster. Mr Trefenai's letter says it's for "safety" but it's pushed 200 cars onto Heol Eithin. Someone's going to get hurt. Credit to Gaz Price who was out there in the rain directing traffic himself though.
Like · Comment · Share
👍 48
  Ceri Ann
  Agree, the lane is gridlocked every morning.
  2d · Like · Reply
""")

# -- decoys

D("news", [], site="wnow", title="Nia Rowlands wins Welsh folk album of the year", date="9 October 2024", by="Wales Now Culture",
  body=["Caernarfon singer Nia Rowlands has won Welsh folk album of the year for 'Tonnau'.",
        "Rowlands, 29, recorded the album in a chapel in Dyffryn Nantlle.",
        "She will tour Wales in the spring."])

D("news", [], site="courier", title="Cost of living: price of school uniform and food rises again", date="20 August 2024", by="Tom Adeyemi",
  body=["The price of the average back-to-school shop has risen 8% in a year, according to a Cardiff charity.",
        "Families in Cefn Eithin and Pant-y-Wennol told the Courier that the price of shoes alone has become a worry.",
        "The charity is running a free uniform exchange at the community centre on Saturday."])

D("forum", [], site="fr", section="Welsh club rugby", title="Gareth Price to Newport? Rumours thread",
  posts=[("BlackAndAmber", "2 Feb 2024, 12:00", "Hearing Gareth Price the ex-Dragons back-row is lined up as Newport forwards coach. Good shout?"),
         ("Rodney_Parade", "2 Feb 2024, 12:22", "He's done a decent job with the academy. Price is a hard worker."),
         ("BlackAndAmber", "2 Feb 2024, 12:30", "Fingers crossed.")])

D("forum", [], site="pc", section="Chat", title="Quarry garden ideas?",
  posts=[("GreenFingers99", "Sat 11-May-24 10:00", "We've bought a house that backs onto an old quarry. Any ideas for a rockery-style garden that won't mind the thin soil?"),
         ("Bwthyn_Bach", "Sat 11-May-24 10:22", "Alpines! And try the Bryn Chwarel Garden Centre, they have a great alpine section."),
         ("GreenFingers99", "Sat 11-May-24 10:30", "Perfect, thank you.")])

D("review", [], text="""
Ysgol Gyfun Bryn Celyn, Gwynedd
★★★★★ 4 months ago

Eurig Parry
Dau o blant wedi bod yma, dim byd ond canmoliaeth. Small school, huge heart. Outdoor learning on the quarry slopes is a highlight.
👍 8   Share
""")

D("social", [], text="""
Emyr Vaughan 🎻 @emyrvaughan_violin
Rehearsing Elgar with BBC NOW this week, concert Saturday at St David's Hall 🎻 Tickets still available!
12:02 PM · Feb 14, 2024 · 870 Views
""")

D("facebook", [], text="""
Llwyncelyn Cross Village Hall
Page · Community centre

Llwyncelyn Cross Village Hall
Wednesday at 09:00 ·
Zumba is BACK 💃 Mondays 7pm, £4. New instructor, same sweaty fun. Also: hall available for parties, ring 01632 960552.
Like · Comment · Share
👍 14
""")

D("facebook", [], text="""
Young Gymnasts of Bridgend Club - YGBC
Page · Sports club

YGBC
Saturday at 18:30 ·
So proud of our squad at regionals 🥇🥇🥈 Thank you to all our coaches and the parents who drove at 6am! Next session Tuesday.
Like · Comment · Share
❤️ 33
""")

D("social", [], text="""
Quarry Hotel & Spa @quarryhotel_spa
Mother's Day afternoon tea 🌸 £29.50pp, booking essential. Views over the old quarry lake included ☕🍰
10:00 AM · Mar 1, 2024 · 320 Views
""")

D("blog", [], site="mam", title="Our Cefn Eithin Christmas lights walk", date="15 December 2023",
  body=["Every year we do the lights walk from the chapel to Llwyncelyn Cross, and every year it rains. This year it rained sideways.",
        "Best house: the one on Heol Eithin with the inflatable sheep in a Santa hat. Worst: ours, because Dad forgot the timer.",
        "Hot chocolate at the rugby club afterwards. Perfect."],
  comments=[("Alys M", "15 Dec 2023", "The sheep house wins every year 😂")])

D("review", [], text="""
David Jones Driving School — Bridgend
★★★★★ 2 weeks ago

Lily P.
David was so patient, passed first time! Would recommend to anyone nervous behind the wheel.
👍 1   Share
""")


# ---------------------------------------------------------------- build


def main() -> int:
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    errors: list[str] = []
    labels = []
    cat_c: Counter = Counter()
    var_c: Counter = Counter()
    kind_c: Counter = Counter()
    decoys = 0
    for i, d in enumerate(DOCS):
        kind = d["kind"]
        ext = EXT[kind]
        fname = f"{i:03d}-{kind}.{ext}"
        raw = render(d)
        (docs_dir / fname).write_text(raw, encoding="utf-8")
        text = doc_text(raw, ext)
        seen = set()
        expected = []
        for m in d["m"]:
            if m["subject"] in seen:
                errors.append(f"{fname}: duplicate subject {m['subject']}")
            seen.add(m["subject"])
            if m["category"] not in CATS:
                errors.append(f"{fname}: bad category {m['category']}")
            if m["variant"] not in VARIANTS:
                errors.append(f"{fname}: bad variant {m['variant']}")
            if m["form"] not in text:
                errors.append(f"{fname}: form {m['form']!r} not in text")
            expected.append({k: m[k] for k in ("subject", "variant", "category", "url_only")})
            cat_c[m["category"]] += 1
            var_c[m["variant"]] += 1
        if not expected:
            decoys += 1
        kind_c[kind] += 1
        labels.append({"file": fname, "kind": kind, "expected": expected})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    total = sum(cat_c.values())
    print(f"documents: {len(DOCS)}  decoys: {decoys} ({100 * decoys / len(DOCS):.0f}%)  mentions: {total}")
    serious = sum(cat_c[c] for c in CATS[:6])
    print(f"serious: {serious} ({100 * serious / max(total, 1):.0f}%)  negative: {cat_c['negative']} ({100 * cat_c['negative'] / max(total, 1):.0f}%)")
    print("per category: " + ", ".join(f"{c}={cat_c[c]}" for c in CATS))
    print("per variant:  " + ", ".join(f"{v}={var_c[v]}" for v in VARIANTS))
    print("per kind:     " + ", ".join(f"{k}={kind_c[k]}" for k in EXT))
    for c in CATS[:6]:
        if cat_c[c] < 15:
            errors.append(f"category {c} has only {cat_c[c]} mentions (need 15)")
    for v in VARIANTS:
        if var_c[v] < 5:
            errors.append(f"variant {v} has only {var_c[v]} mentions (need 5)")
    if not 180 <= len(DOCS) <= 220:
        errors.append(f"document count {len(DOCS)} outside 180-220")
    if not 300 <= total <= 350:
        errors.append(f"mention count {total} outside 300-350")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
