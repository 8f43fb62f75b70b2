#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Held-out corpus "heldout30" for the repwatch matcher (written blind).

Setting
    Anvil Head Academy, an 11-18 comprehensive in Porthcarn, a former tin-mining town on
    the west Cornwall coast, run by the Kernow Coast Academies Trust (KCAT). Before
    academisation it was Porthcarn Comprehensive ("Porthcarn Comp"). Everyday short name
    "Anvil"; acronym "AHA" is shared with the American Heart Association, the
    Arts and Heritage Alliance and the interjection "aha". Locality: Porthcarn,
    Treveglos, Polgwidden Cove, Carn Ellas, Wheal Jenny estate. Office 01632 960418;
    own domain anvilhead.example.

Staff (watchlist ids and the variant traits they exercise)
    tpascoetrelawny  Dr Tamsin Pascoe-Trelawny, Headteacher: hyphenated surname, maiden
                     name alias "Tamsin Pascoe".
    kbolitho         Kerensa Bolitho, Deputy Head and DSL.
    lchegwidden      Lowenna Chegwidden, Head of Art: the unique name (counts anywhere).
    cosullivan       Ciaran O'Sullivan (Ciarán O'Sullivan), Head of PE / Surf Academy:
                     apostrophe and accent; alias without the fada.
    wrowe            William Rowe, Head of Year 10: nickname-able (Will, Bill, Billy).
    swilliams        Sarah Williams, chemistry: very common name, namesakes in decoys.
    dhake            Daniel Hake, maths: surname is an everyday word (the fish).
    rnancarrow       Rebecca Nancarrow, SENCo: nickname-able (Becky, Bex).
    rtregenza        Robin Tregenza (Mx), drama.
    jpengelly        Jenna Pengelly (nee Trevail), attendance officer: maiden-name alias.

Voices
    Surfers, fishing families, holiday-let rows and "emmets", Cornish dialect
    (dreckly, proper job, ansum, teasy, bleddy, wasson), community Facebook groups, a
    county news site (West Kernow Gazette) and a regional one (Cornwall Dispatch), a
    parents' forum (ParentPost), Google-style reviews, X and TikTok posts, local blogs.

Decoys
    hake the fish (market prices, recipes, trawler news); anvils and "the anvil" in
    forging / surf-break slang; AHA the heart charity and the arts alliance; excluded
    lookalikes (Anvil Head Holiday Park, Anvil Head Surf Co / anvilheadsurf.example,
    Anvil Head Coastguard); namesakes (Sarah Williams the Plymouth councillor, the
    Swansea runner; a Daniel Hake in Leeds; William Rowe the Victorian mine captain);
    Porthcarn/Treveglos news with no school; a similarly named school elsewhere
    (Anvil Hill Academy, Sheffield).

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
    Local choices: "Anvil" alone is short_name (for staff, a first name alone); a
    pupil's "I could kill him for that homework lol" is negative, not threat.

Running
    python3 tests/corpus_heldout30/build_heldout30.py
    Rewrites docs/ and labels.jsonl beside this file, checks every labelled surface form
    occurs in its document (and that no easier form of that subject is present), checks
    the corpus quotas and prints a summary. Standard library only; deterministic.
"""

import html
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS: list[dict] = []

S = "school"
TPT = "tpascoetrelawny"
KB = "kbolitho"
LC = "lchegwidden"
CO = "cosullivan"
WR = "wrowe"
SW = "swilliams"
DH = "dhake"
RN = "rnancarrow"
RT = "rtregenza"
JP = "jpengelly"

FULL = {
    S: "Anvil Head Academy",
    TPT: "Tamsin Pascoe-Trelawny",
    KB: "Kerensa Bolitho",
    LC: "Lowenna Chegwidden",
    CO: "O'Sullivan",
    WR: "William Rowe",
    SW: "Sarah Williams",
    DH: "Daniel Hake",
    RN: "Rebecca Nancarrow",
    RT: "Robin Tregenza",
    JP: "Jenna Pengelly",
}
FULL_CO = ["Ciarán O'Sullivan", "Ciaran O'Sullivan"]
ALIASES = {
    S: ["Anvil Head", "Porthcarn Comprehensive", "Porthcarn Comp"],
    TPT: ["Tamsin Pascoe"],
    JP: ["Jenna Trevail"],
}
SURNAME = {
    TPT: "Pascoe-Trelawny", KB: "Bolitho", LC: "Chegwidden", CO: "O'Sullivan", WR: "Rowe",
    SW: "Williams", DH: "Hake", RN: "Nancarrow", RT: "Tregenza", JP: "Pengelly",
}
VARIANTS = ["exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
            "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
            "obfuscated", "hashtag", "handle", "camelcase", "surname_only"]
CATS = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]


def M(subject, variant, category, form, url_only=False):
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def esc(t):
    return html.escape(t, quote=False)


def paras(text):
    out = []
    for p in text.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(x.strip()) for x in p.strip().split("\n")) + "</p>")
    return "\n".join(out)


def news(site, domain, section, headline, byline, date, body, comments=()):
    cm = "\n".join(
        f'<div class="comment"><span class="author">{esc(n)}</span> <time>{esc(w)}</time>\n{paras(t)}\n<div class="actions"><a href="#">Reply</a> · <a href="#">Report</a> · <span>▲ {i * 3 % 17}</span></div></div>'
        for i, (n, w, t) in enumerate(comments, 1))
    return "news", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(headline)} | {esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div class="cookie-banner">We use cookies to personalise ads and measure traffic. <button>Accept all</button> <button>Manage</button></div>
<header class="site-header">
<a class="logo" href="https://{domain}/">{esc(site)}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/news/{section.lower()}">{esc(section)}</a></li><li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/property">Property</a></li><li><a href="/announcements">Announcements</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › {esc(section)}</nav>
<article>
<h1>{esc(headline)}</h1>
<p class="byline">By {esc(byline)} · {esc(date)}</p>
{paras(body)}
<p class="share">Share: Facebook · X · WhatsApp · Email</p>
</article>
<section class="comments"><h2>Comments ({len(comments)})</h2>
<p class="rules">Comments are moderated. Keep it civil.</p>
{cm}
</section>
<aside class="most-read"><h3>Most read</h3><ol><li>A30 roadworks to run into the summer</li><li>Council tax: what your parish pays</li><li>Seal pup rescued from harbour slipway</li><li>Tributes paid to former lifeboat cox</li></ol></aside>
</main>
<footer><p>© 2025 {esc(site)} · <a href="/contact">Contact us</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · Regulated by IPSO</p></footer>
</body>
</html>
"""


def forum(site, domain, board, title, posts):
    ps = "\n".join(
        f'<div class="post" id="p{i}"><div class="user"><b>{esc(u)}</b><br><small>{esc(meta)}</small></div>\n<div class="meta">#{i} · {esc(w)}</div>\n<div class="body">{paras(t)}</div>\n<div class="actions">Quote · Like · Report</div></div>'
        for i, (u, meta, w, t) in enumerate(posts, 1))
    return "forum", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} - {esc(board)} - {esc(site)}</title></head>
<body>
<header><a class="logo" href="https://{domain}/">{esc(site)}</a>
<nav><a href="/talk">Talk</a> | <a href="/talk/active">Active</a> | <a href="/talk/new">New</a> | <a href="/login">Log in</a> | <a href="/register">Register</a></nav></header>
<main>
<div class="crumbs"><a href="/">Home</a> » <a href="/talk">Talk</a> » {esc(board)}</div>
<h1>{esc(title)}</h1>
<p class="thread-info">{len(posts)} posts · Watch thread · Page 1 of 1</p>
{ps}
<form class="reply"><textarea placeholder="Write a reply..."></textarea><button>Post reply</button></form>
</main>
<footer>{esc(site)} · Talk guidelines · Report a post · Privacy · © 2025</footer>
</body>
</html>
"""


def blog(name, domain, tagline, title, author, date, body, comments=()):
    cm = "\n".join(
        f'<li class="comment"><cite>{esc(n)}</cite> <span class="says">says:</span> <time>{esc(w)}</time>\n{paras(t)}\n<a class="reply" href="#">Reply</a></li>'
        for n, w, t in comments)
    return "blog", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} – {esc(name)}</title></head>
<body class="single-post">
<header id="masthead"><h1 class="site-title"><a href="https://{domain}/">{esc(name)}</a></h1>
<p class="site-description">{esc(tagline)}</p>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a> <a href="/contact">Contact</a></nav></header>
<div id="content">
<article class="post">
<h2 class="entry-title">{esc(title)}</h2>
<div class="entry-meta">Posted on {esc(date)} by {esc(author)}</div>
<div class="entry-content">
{paras(body)}
</div>
<footer class="entry-footer">Posted in Uncategorised · <a href="#comments">{len(comments)} Comments</a></footer>
</article>
<section id="comments"><h3>{len(comments)} thoughts on “{esc(title)}”</h3>
<ol class="comment-list">
{cm}
</ol>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
</section>
</div>
<aside id="secondary"><h3>Recent posts</h3><ul><li>Low tide walks for the winter</li><li>Notes from the archive</li></ul><h3>Meta</h3><ul><li>Log in</li><li>Entries feed</li></ul></aside>
<footer id="colophon">Proudly powered by WordPress · Theme: Driftwood</footer>
</body>
</html>
"""


def review(place, category, address, rating, count, reviews):
    out = [place, f"{rating} ★★★★★ ({count}) · {category}", address, "", "Overview   Reviews   About", "", "Sort by: Newest", ""]
    for name, meta, stars, when, text, reply in reviews:
        out += [name, meta, "★" * stars + "☆" * (5 - stars) + f"  {when}", text.strip(), "", "Like · Share"]
        if reply:
            out += ["", "Response from the owner " + reply[0], reply[1].strip()]
        out += ["", "─────────", ""]
    return "review", "\n".join(out) + "\n"


def facebook(group, members, posts):
    out = [group, f"Public group · {members} members", "Join group", ""]
    for name, when, text, reacts, comments in posts:
        out += [name, f"{when} · 🌍", text.strip(), "", f"👍😮😡 {reacts}    {len(comments)} comments", "Like · Comment · Share", ""]
        for cn, ct, ca in comments:
            ind = ""
            if cn.startswith(">"):
                ind, cn = "      ", cn[1:]
            out += [ind + cn, ind + ct.strip(), ind + f"{ca}  Like · Reply", ""]
        out += ["Write a comment...", "", "────────────────", ""]
    return "facebook", "\n".join(out) + "\n"


def x(posts):
    out = ["X", ""]
    for i, (disp, handle, when, text) in enumerate(posts):
        if i == 1:
            out += ["Replies", ""]
        out += [f"{disp} @{handle} · {when}", text.strip(),
                f"💬 {len(text) % 9}   🔁 {len(text) % 23}   ♡ {len(text) % 61}   📊 {len(text) * 7}", ""]
    return "social", "\n".join(out) + "\n"


def tiktok(handle, caption, sound, likes, comments):
    out = ["TikTok", f"@{handle}", caption.strip(), f"♬ {sound}", f"{likes} likes · {len(comments)} comments · Share", "", "Comments", ""]
    for user, text, age in comments:
        out += [user, text.strip(), f"{age}   Reply   ♡ {len(text) % 40}", ""]
    return "social", "\n".join(out) + "\n"


def add(doc, mentions=()):
    kind, text = doc
    DOCS.append({"kind": kind, "text": text, "mentions": list(mentions)})


GZ = ("West Kernow Gazette", "westkernowgazette.example")
CD = ("Cornwall Dispatch", "cornwalldispatch.example")
PP = ("ParentPost", "parentpost.example")
KM = ("Kernow Mams & Dads", "kernowmams.example")
SCHOOL_ADDR = "Carn Road, Porthcarn TR20 7AH · 01632 960418 · anvilhead.example"


# ---------------------------------------------------------------- documents
add(news(*GZ, "Education", "Anvil Head Academy pupils toast best GCSE results in five years", "Morwenna Hocking", "22 August 2024", """
There were hugs, tears and at least one celebratory pasty at Anvil Head Academy this morning as Year 11 pupils collected their GCSE results.

Headteacher Dr Tamsin Pascoe-Trelawny said the school in Porthcarn had seen its highest proportion of grade 4 and above in English and maths since it became an academy. "These young people started secondary school in lockdown. I could not be prouder," she said.

Art was again a standout, with head of department Lowenna Chegwidden's students taking eleven grade 9s between them. Surfer and fisherman's daughter Elowen T, 16, who got three 9s, said she was "off to sixth form dreckly, after the swell drops."
""", [("Kernow_Pete", "22 Aug 2024 11:02", "Proper job to all of them. Ansum."),
      ("Trev_on_the_quay", "22 Aug 2024 12:40", "Shame nobody mentions the maths. Hake's sets were miles below county average again, funny that isn't in the press release.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(TPT, "exact", "neutral", "Tamsin Pascoe-Trelawny"),
     M(LC, "exact", "neutral", "Lowenna Chegwidden"), M(DH, "possessive", "negative", "Hake's")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Sheila Rosewarne", "3 September at 15:41", "Can Anvil parents PLEASE stop parking across the dropped kerb on Carn Road at pick up. My husband is in a wheelchair and couldn't get out of our drive for 25 minutes today. Every single day. 😡", "48", [
        ("Dave Kitto", "Been like it since it was the old comp. Council won't do nothing.", "2d"),
        ("Jo Angove", "Sorry Sheila, I'll pass it on to the class WhatsApp", "2d"),
        (">Sheila Rosewarne", "Thank you my bird x", "2d"),
        ("Gary Pender", "Get the school to open the bottom gate, simple", "1d")])]),
    [M(S, "short_name", "negative", "Anvil parents")])

add(news(*CD, "Business", "Hake quota cut leaves west Cornwall skippers facing lean winter", "Ian Rodda", "14 December 2024", """
Skippers landing into Newlyn and Porthcarn say a cut to the hake quota for next year will leave smaller boats tied up for weeks at a time.

Hake has been the backbone of the inshore fleet's winter earnings since the 2010s. "People think of hake as the fish in the chippy. For us it's the mortgage," said one Porthcarn netter, whose family has fished out of the harbour for four generations.

The Cornish Fish Producers' Organisation said it would lobby for a mid-year review. Prices at the Porthcarn market were steady this week at around £4.10 a kilo for large hake.
""", [("salty_dog_61", "14 Dec 2024 18:20", "Hake, monk and a few crabs. That's all that's left. Bleddy shambles."),
      ("Ann P", "15 Dec 2024 09:02", "Support your local fishmonger, the hake on the quay is half what the supermarket charges.")]), [])

add(x([("ellie 🌊", "elliesurfsss", "8:14 PM · Oct 11, 2024", "i could actually kill mr hake for that homework 😭😭 45 questions on a friday. anvil head maths dept is a hate crime against year 10"),
       ("jakey", "jakeyp_", "8:20 PM · Oct 11, 2024", "literally did 3 and gave up"),
       ("ellie 🌊", "elliesurfsss", "8:21 PM · Oct 11, 2024", "copying urs on monday ty")]),
    [M(DH, "title_surname", "negative", "mr hake"), M(S, "alias", "negative", "anvil head")])

add(forum(*PP, "Secondary education", "Anvil Head Academy or the bus to Penzance for Y7?", [
    ("SeaGlassMum", "Joined 2019 · 412 posts", "Tue 4 Jun 2024 21:10", "DS is autistic and we're torn. Anvil Head Academy is walking distance but I keep hearing the behaviour in KS3 is awful. The alternative is an hour on the bus each way. Anyone with recent experience?"),
    ("wheal_rose", "Joined 2021 · 88 posts", "Tue 4 Jun 2024 21:33", "My DD is in Y8 there. Behaviour in corridors is rough, no point pretending. BUT Mrs Nancarrow (SENCo) is genuinely brilliant, she fought for DD's EHCP when the county were dragging their feet."),
    ("Porthcarn_Dad", "Joined 2023 · 12 posts", "Tue 4 Jun 2024 22:05", "Agree about the SENCo. Also Mr Rowe, head of Y10, actually answers emails, which is more than the rest of them."),
    ("SeaGlassMum", "Joined 2019 · 412 posts", "Wed 5 Jun 2024 07:12", "Thank you both, that's really helpful. Booking a visit.")]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(RN, "title_surname", "neutral", "Mrs Nancarrow"), M(WR, "title_surname", "neutral", "Mr Rowe")])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Tasha Uren", "6 reviews", 1, "2 months ago", "My son was bullied for a whole term. I emailed Mrs Bolitho four times. Every reply was 'we'll look into it', which round here means dreckly, which means never. Moved him in the end.", ("2 months ago", "Thank you for your feedback. We would welcome the chance to discuss this; please contact the school office on 01632 960418.")),
    ("Mark Jenkin", "Local Guide · 31 reviews", 5, "5 months ago", "Can only speak for the surf academy but Mr O'Sullivan has been incredible with our daughter. Got her through her NGB level 1 and she's lifeguarding at Polgwidden this summer.", None)]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(KB, "title_surname", "negative", "Mrs Bolitho"), M(CO, "title_surname", "neutral", "Mr O'Sullivan")])

add(tiktok("kezzzz.x", "pov: mx tregenza makes us do trust falls for the 4th week running 😭 anvil head drama kids will get it #drama #cornwall", "original sound - kezzzz.x", "2,314", [
    ("lils", "the way they said 'we are a COMPANY' 😭", "3d"),
    ("trevs_dad_acc", "what even is a mx 💀 it's a bloke in a dress teaching our kids, confused freak, shouldn't be allowed near a school", "3d"),
    ("kezzzz.x", "@trevs_dad_acc they're literally the nicest teacher in the school go away", "3d")]),
    [M(RT, "title_surname", "hate", "mx tregenza"), M(S, "alias", "neutral", "anvil head")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Wayne Trezise", "Yesterday at 21:07", "That Hake up the academy give my boy a detention for saying wasson to a teacher. WASSON. It's how we talk down here. Someone ought to be waiting by his car at the fish cellars car park one morning and have a proper word. Not saying me. Just saying.", "31", [
        ("Lee Tonkin", "He drives that grey Skoda, in there every morning 7.30 like clockwork 👀", "20h"),
        ("Carol Eddy", "Wayne you can't post stuff like this. Admins?", "19h"),
        (">Wayne Trezise", "free speech carol", "19h"),
        ("Mikey Pollard", "🔨🔨", "18h")])]),
    [M(DH, "surname_only", "threat", "That Hake")])

add(review("Anvil Head Holiday Park", "Holiday park", "Polgwidden Cove, Porthcarn TR20 7PQ · 01632 960771", "4.3", "1,208", [
    ("Debbie from Derby", "Local Guide · 112 reviews", 5, "a week ago", "Lovely clean statics, sea views from the top field. Locals call us emmets, we call ourselves emmets, everyone's happy 😂 The clubhouse pasties are ansum.", ("a week ago", "Thanks Debbie, see you dreckly! The Anvil Head Holiday Park team")),
    ("R. Foster", "18 reviews", 2, "3 weeks ago", "Shower block was freezing and the wifi doesn't reach the lower field. Nice cove though.", None)]), [])

add(news(*GZ, "Courts", "Porthcarn man admits sending threatening messages to academy and its head", "Courts reporter", "9 January 2025", """
A Porthcarn man has admitted sending a series of threatening emails and voicemails to Anvil Head Academy and its headteacher, Dr Tamsin Pascoe-Trelawny.

Jory Treloar, 34, of the Wheal Jenny estate, pleaded guilty at Truro Magistrates' Court to sending communications with intent to cause distress. The court heard he had been angered by his nephew's exclusion.

Magistrates imposed a 12-month community order and a restraining order. The school said it was grateful to Devon and Cornwall Police and that staff safety "will always come first".
""", [("Nan Tregear", "9 Jan 2025 13:11", "Good. Nobody should go to work scared."),
      ("Bodmin_Moorland", "9 Jan 2025 14:32", "Pity nobody prosecutes the head for running that school into the ground mind. Been a shambles since she arrived.")]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(TPT, "exact", "negative", "Tamsin Pascoe-Trelawny")])

add(x([("Kernow Truth 🏴", "kernowtruth_", "7:02 AM · Mar 3, 2025", "Pascoe-Trelawny cut the surf academy budget and won't answer a single parent. Fine. Her house is the white one at the top of Chapel Hill, Treveglos TR20 8PN. Write to her there, see if she ignores that too. Anvil deserves better."),
       ("Bryony", "bryony_k", "7:40 AM · Mar 3, 2025", "Posting someone's home address is not ok, reported.")]),
    [M(TPT, "surname_only", "doxxing", "Pascoe-Trelawny cut"), M(S, "short_name", "negative", "Anvil deserves")])

add(blog("Carn Ellas Mining History", "carnellashistory.example", "Engine houses, adits and the people of the Porthcarn lode", "Wheal Anvil and the men who worked her", "Derek Hosking", "12 May 2024", """
Wheal Anvil never made anyone rich, but for forty years it kept Porthcarn fed. The sett ran under the headland and out beneath the sea, and in a westerly the men said they could hear the boulders rolling overhead.

The mine captain in the 1871 census is one William Rowe, aged 46, born in Carn Ellas, living with his wife Grace and seven children at Count House Row. Rowe was remembered as a hard but fair man; it was he who pushed the adventurers to fit a man engine after the ladder accident of 1868.

The engine house still stands above Polgwidden Cove. If you walk out there at low water you can see the old adit weeping orange into the sea.
""", [("Jen Rowe", "13 May 2024", "Captain William Rowe was my great-great-grandfather! Thank you for this."),
      ("Derek Hosking", "13 May 2024", "Wonderful, Jen. Do get in touch, I'd love to see any family papers.")]), [])

add(facebook("West Cornwall Surf Parents", "2.2K", [
    ("Demelza Carne", "Sunday at 18:22", "Huge thanks to Ciarán O'Sullivan and the Anvil Head surf academy crew for running the groms' comp at Polgwidden today. 60 kids, perfect little offshore peelers, not one tantrum (from the kids anyway 😂)", "112", [
        ("Rachael Curnow", "He's a legend. My two live for Thursday sessions.", "1d"),
        ("Nikki Spargo", "🥵 that man in a wetsuit though. I'd happily be rescued. Repeatedly.", "1d"),
        (">Demelza Carne", "NIKKI 😂", "1d"),
        ("Steve Curnow", "Good stuff. Proper job.", "1d")])]),
    [M(CO, "exact", "sexual", "Ciarán O'Sullivan"), M(S, "alias", "neutral", "Anvil Head")])

add(forum(*KM, "Porthcarn & Penwith", "Surf academy fundraiser - where did it go?", [
    ("TidalTina", "Member · 203 posts", "18 Feb 2025, 20:14", "Not saying anything but. £3,100 raised from the sponsored paddle last summer for new boards for the surf academy. Still no boards. Same summer a certain PE teacher turns up in a brand new T6 with a roof rack. Mr O'Sulivan if you read this, receipts please 🙂 And Anvil Head Academy signed it all off without a murmur."),
    ("Gwen_Lanyon", "Member · 51 posts", "18 Feb 2025, 20:41", "Tina you really cannot say that without proof. His wife's business is doing well, that's probably where the van came from."),
    ("TidalTina", "Member · 203 posts", "18 Feb 2025, 20:50", "Just asking questions 🤷‍♀️"),
    ("Admin_Kernow", "Moderator", "19 Feb 2025, 08:00", "Thread locked pending review. Please raise concerns with the school directly.")]),
    [M(CO, "typo", "defamation", "Mr O'Sulivan"), M(S, "exact", "negative", "Anvil Head Academy")])

add(news(*CD, "Housing", "Holiday lets blamed as Porthcarn school roll falls for third year", "Kayleigh Matthews", "2 October 2024", """
The number of children on roll at Anvil Head Academy has fallen for the third year running, and its headteacher believes second homes and holiday lets are a big part of the reason.

"We have streets in Porthcarn where every other house has a key safe on the wall," said Dr Tamsin Pascoe-Trelawny. "Families who have lived here for generations are being pushed out to Camborne and Redruth."

Cornwall Council figures show 1 in 5 homes in the parish is now a second home or short-term let.
""", [("emmet_out", "2 Oct 2024 10:14", "Emmets buying up everything. Fishermen's cottages going for half a million. Kids can't live where they grew up."),
      ("Holidaylet_Harry", "2 Oct 2024 11:47", "Tourism pays the bills down there whether you like it or not. Blaming Airbnb for an Ofsted 'requires improvement' is rich."),
      ("Tamsyn B", "2 Oct 2024 12:05", "Both things can be true Harry.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(TPT, "exact", "neutral", "Tamsin Pascoe-Trelawny")])

add(x([("American Heart Association", "American_Heart", "3:00 PM · Feb 1, 2025", "It's #AmericanHeartMonth ❤️ The AHA recommends at least 150 minutes of moderate activity a week. Swimming, dancing, even brisk walking counts. Find tips at heart.example"),
       ("Dr. Lin", "drlin_cardio", "3:12 PM · Feb 1, 2025", "Great reminder from the AHA. Sharing with my patients.")]), [])

add(x([("Concerned Cornish Dad", "kernowdad1975", "9:18 AM · Jun 3, 2024", "Anvil Head flying the rainbow flag over the school all June. Groomers the lot of them. Keep your alphabet agenda away from our kids. We know what you are 🤡🏳️‍🌈🚫"),
       ("Porthcarn Pride", "porthcarnpride", "9:45 AM · Jun 3, 2024", "Calling a school full of teachers 'groomers' for flying a flag is vile. Proud of our local school.")]),
    [M(S, "alias", "hate", "Anvil Head")])

add(facebook("Treveglos Village Chat", "1.9K", [
    ("Kelly Roskilly", "15 March at 22:51", "Since the school won't listen. Kerensa Bolitho, deputy head at Anvil Head, lives on Trenoweth Lane in Carn Ellas, blue door next to the chapel. Mobile 07700 900583. Ring her and ask why my daughter was excluded for something three other girls did too.", "9", [
        ("Pauline Stevens", "Kelly take this down, that's her home and her private number. You'll be in trouble.", "2h"),
        ("Kelly Roskilly", "Good", "2h"),
        ("Admin - Treveglos Village Chat", "Post removed shortly. Please don't share people's addresses here.", "1h")])]),
    [M(KB, "exact", "doxxing", "Kerensa Bolitho"), M(S, "alias", "negative", "Anvil Head")])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Jess Penhaligon", "3 reviews", 2, "4 months ago", "Mr Rowe is lovely and really tries but the place is chaos. Lessons disrupted daily, supply teachers everywhere. Needs a grip.", None),
    ("Peter Moyle", "Local Guide · 54 reviews", 4, "6 months ago", "Staff are fab on the whole. Miss Chegwidden's art department is the best thing about the school, the exhibition at the Cove Gallery was superb.", ("6 months ago", "Thank you Peter, we've passed this on to the art team."))]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(WR, "title_surname", "neutral", "Mr Rowe"), M(LC, "title_surname", "neutral", "Miss Chegwidden")])

add(tiktok("maisie.surfs", "mr o'sullivan teaching us to pop up like 🏄‍♂️😍 im not ok. husband material fr #anvilheadacademy #surf", "Sweater Weather - sped up", "18.9K", [
    ("bex ✨", "he's literally married sis 💀", "1w"),
    ("grommet", "tell me ur in year 10 without telling me", "1w"),
    ("maisie.surfs", "a girl can dream 🥲", "1w")]),
    [M(CO, "title_surname", "sexual", "mr o'sullivan"), M(S, "hashtag", "neutral", "#anvilheadacademy")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Sandra Vingoe", "2 July at 08:15", "Ask yourselves why the safeguarding lead at Anvil was three sheets to the wind at the Year 11 prom at the Carn Ellas Hotel. Had to be poured into a taxi by the caretaker. Bolitho is meant to be the one keeping our kids safe 🍷🍷🍷", "27", [
        ("Lou Harvey", "I was there. She had one glass of fizz and left at ten. Stop stirring Sandra.", "6d"),
        ("Sandra Vingoe", "Thats not what I heard", "6d"),
        ("Nathan Uren", "Where's your proof", "5d")])]),
    [M(KB, "surname_only", "defamation", "Bolitho is meant"), M(S, "short_name", "negative", "at Anvil was")])

add(x([("surf dad", "polgwidden_paul", "6:55 PM · Jan 20, 2025", "Pascoe Trelawny is a smug overpaid clown who has never set foot in a classroom she couldn't leave by 3. Absolute waste of oxygen. #AnvilHead"),
       ("K", "kayt_29", "7:01 PM · Jan 20, 2025", "she taught for 15 years paul, sit down")]),
    [M(TPT, "hyphenated", "abuse", "Pascoe Trelawny"), M(S, "hashtag", "negative", "#AnvilHead")])

add(news(*GZ, "Crime", "Teacher arrested after late-night disturbance on Porthcarn harbour", "Courts reporter", "17 November 2024", """
A Porthcarn maths teacher has been arrested on suspicion of assault following a disturbance outside the Mermaid Inn on the harbour front in the early hours of Saturday.

Daniel Hake, 41, who teaches at Anvil Head Academy, was released on police bail while enquiries continue. A man in his twenties was treated for minor facial injuries.

A spokesperson for the Kernow Coast Academies Trust said: "We are aware of an incident involving a member of staff outside of school. It would be inappropriate to comment while police enquiries are ongoing."
""", [("Harbour_Light", "17 Nov 2024 12:01", "Innocent until proven guilty, folks. From what I heard he was the one who got jumped."),
      ("Pol_fisher", "17 Nov 2024 12:40", "Best teacher my daughter ever had. Don't believe the gossip.")]),
    [M(DH, "exact", "defamation", "Daniel Hake"), M(S, "exact", "neutral", "Anvil Head Academy")])

add(blog("Kitchen by the Cove", "kitchenbythecove.example", "Seasonal recipes from a west Cornwall galley", "Cornish hake, saffron and mussels (a one-pan supper)", "Kensa", "3 March 2025", """
The boats were in early on Friday so I grabbed two fat fillets of hake from the quay at Porthcarn. Hake is the unsung hero of Cornish fish: sweet, flaky, and far cheaper than cod.

Soften a leek in butter, add a pinch of saffron and a splash of white wine, then nestle the hake on top with a handful of mussels. Lid on, eight minutes. That's it. Proper job.

Serve with crusty bread from the bakery on Fore Street, and eat it looking at the sea if you can.
""", [("Morwen", "4 March 2025", "Made this last night, ansum! Used pollock because the hake had sold out."),
      ("Kensa", "4 March 2025", "Pollock works beautifully too!")]), [])

add(forum(*PP, "Secondary education", "Parents' evening at Porthcarn Comp - is it just me?", [
    ("BlueWaterBaby", "Joined 2022 · 67 posts", "Thu 14 Nov 2024 22:31", "Anyone else notice Ms Williams the chemistry teacher dresses like she's off to Newquay on a Saturday night? Half the dads in the queue couldn't keep their eyes off her chest. I'm not judging... actually I am 😏"),
    ("mumof3_kernow", "Joined 2018 · 1,902 posts", "Thu 14 Nov 2024 22:40", "She wore a jumper and jeans. Some of you need to get out more."),
    ("BlueWaterBaby", "Joined 2022 · 67 posts", "Thu 14 Nov 2024 22:44", "A TIGHT jumper 😂 I bet she knows exactly what she's doing")]),
    [M(SW, "title_surname", "sexual", "Ms Williams"), M(S, "alias", "neutral", "Porthcarn Comp")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Roger Chenoweth", "20 May at 19:30", "Plastic paddy PE teacher up the academy telling Cornish kids how to surf. Go back to Cork, O'Sullivan, and take your fadas and your potatoes with you. This is Kernow not Dublin. Not one of us and never will be.", "14", [
        ("Kate Maddern", "Roger this is disgusting. He's coached half the kids in this town for free.", "3d"),
        ("Ben Oates", "Anti-Irish racism in 2025, lovely. Reported.", "3d"),
        ("Roger Chenoweth", "Just saying what everyone thinks", "3d")])]),
    [M(CO, "surname_only", "hate", "O'Sullivan")])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Chris Pascoe", "12 reviews", 1, "3 weeks ago", "The attendance officer, Jenna Pengelly, is a jumped-up little dictator. Rude, smug and power mad. Fined us £160 for taking the kids to their great-nan's funeral in Redruth. Vile woman.", ("3 weeks ago", "We're sorry to read this. Penalty notices are issued by the local authority; please contact the office so we can explain the process."))]),
    [M(JP, "exact", "abuse", "Jenna Pengelly"), M(S, "exact", "negative", "Anvil Head Academy")])

add(review("Pengelly's Bakery", "Bakery", "14 Fore Street, Porthcarn TR20 7AB · 01632 960233", "4.8", "402", [
    ("Andy V", "Local Guide · 77 reviews", 5, "2 days ago", "Best pasties in west Cornwall, no contest. Proper crimp, no carrots (carrots are for emmets). Mrs Pengelly always remembers your order.", ("2 days ago", "Thank you Andy! Steak and stilton back Friday.")),
    ("Lucy", "2 reviews", 4, "1 month ago", "Lovely saffron buns, queue out the door in August mind.", None)]), [])

add(tiktok("jaydenn_07", "when ur in the nurture room with n4nc4rr0w again 🤪🥴 the spoons club #send #fyp", "oh no - Kreepa", "6,022", [
    ("tyler", "anvil head sped room is a zoo 💀 full of windowlickers", "2d"),
    ("cass", "this is actually so nasty, my brother's in there", "2d"),
    ("jaydenn_07", "chill its a joke", "2d")]),
    [M(RN, "leetspeak", "hate", "n4nc4rr0w"), M(S, "alias", "hate", "anvil head")])

add(x([("nobody", "wheal_ghost", "11:48 PM · Apr 27, 2025", "anvil head is gonna get what's coming monday. i'd stay home if i was you 🔥🔥🔥"),
       ("Maya", "maya_pz", "11:55 PM · Apr 27, 2025", "what is wrong with you. reported to police")]),
    [M(S, "alias", "threat", "anvil head")])

add(news(*CD, "Education", "Police reassure parents after online threat to Porthcarn school", "Kayleigh Matthews", "28 April 2025", """
Police were at the gates of Anvil Head Academy this morning after a post on social media appeared to threaten the school.

Devon and Cornwall Police said officers were "aware of the post and are making enquiries", and that there was no evidence of a credible risk. A 15-year-old boy has been spoken to.

Headteacher Dr Pascoe-Trelawny wrote to parents last night saying the school would open as normal. "Please talk to your children about what they post," she said.
""", [("Wendy T", "28 Apr 2025 09:40", "Scary for the kids. Well handled by the school though."),
      ("Jono", "28 Apr 2025 10:02", "Kids are idiots online. Always have been.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(TPT, "title_surname", "neutral", "Dr Pascoe-Trelawny")])

add(forum(*KM, "Porthcarn & Penwith", "Anvil Head maths - predicted grades", [
    ("Fed_up_in_Treveglos", "Member · 19 posts", "3 Mar 2025, 21:02", "Maths at Anvil Head is a joke. Predicted a 6, got a 3 in the mocks, no intervention, no reply to emails. Hake's not hard to find if you want answers, 7 Wheal Rose Terrace, Porthcarn TR20 7QJ. Knock and ask him yourself."),
    ("Gwen_Lanyon", "Member · 52 posts", "3 Mar 2025, 21:15", "Deleting that address would be wise. Seriously."),
    ("Fed_up_in_Treveglos", "Member · 19 posts", "3 Mar 2025, 21:20", "its on the electoral roll")]),
    [M(DH, "possessive", "doxxing", "Hake's"), M(S, "alias", "negative", "Anvil Head")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Barry Tonkin", "10 June at 20:19", "Year 9 play cancelled 2 weeks before, costumes paid for, kids gutted. Mx Tregenza won't say why. Their private email is robin.t.drama@inbox.example and they live above the old net loft on Fore Street. Go tell them what you think.", "22", [
        ("Lowena Jewell", "Barry that's their personal stuff, not cool", "1d"),
        ("Barry Tonkin", "public info", "1d")])]),
    [M(RT, "title_surname", "doxxing", "Mx Tregenza")])

add(blog("Salt & Statements", "saltandstatements.example", "One west Cornwall mum, two SEND kids, far too many forms", "The SENCo who picked up the phone", "Cat Eddy", "11 January 2025", """
I have written here before about the tribunal, the lost paperwork and the months of being passed from one council officer to another. So it seems only fair to write about someone who got it right.

When my son started at Anvil Head Academy in September, Becky Nancarrow rang me before the first day. Not an email. A call. She had read every page of his plan. She knew he couldn't handle the canteen and had already sorted a quiet lunch space.

It shouldn't feel extraordinary. But it does, and I wanted to say thank you publicly.
""", [("Jo", "12 January 2025", "Same experience here, she's a gem."),
      ("Rhiannon", "12 January 2025", "Wish our school had one like her. Different county, same fight.")]),
    [M(RN, "nickname", "neutral", "Becky Nancarrow"), M(S, "exact", "neutral", "Anvil Head Academy")])

add(x([("lotte", "lotte.wav", "1:12 PM · Sep 9, 2024", "pascoe trelawny walking into assembly in them knee boots 😩 milf behaviour fr i'm not even sorry"),
       ("sam", "samthesurfer", "1:14 PM · Sep 9, 2024", "LOTTE 💀 she's the headteacher"),
       ("lotte", "lotte.wav", "1:15 PM · Sep 9, 2024", "and? anvil head's finest")]),
    [M(TPT, "hyphenated", "sexual", "pascoe trelawny"), M(S, "alias", "neutral", "anvil head")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Anvil Head Academy PTA", "28 November at 10:00", "🎄 Christmas concert, Thursday 12 December, 6.30pm at St Wenna's Church, Treveglos. Brass band, the choir and scenes from Mx Tregenza's Year 8 drama group. Tickets £3 at the door, mince pies included. All welcome!", "64", [
        ("Jill Hicks", "Lovely, we'll be there", "1w"),
        ("Alan Retallack", "Brass band always ansum", "1w")])]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(RT, "title_surname", "neutral", "Mx Tregenza")])

add(news("Sheffield Star-Ledger", "sheffieldstarledger.example", "Education", "Anvil Hill Academy rated 'good' in first inspection", "Priya Mistry", "6 February 2025", """
Inspectors have praised the "calm and purposeful" atmosphere at Anvil Hill Academy in Gleadless, which was rated good in its first full inspection since joining the Steel Valley Trust.

Principal Mark Oduya said staff were "thrilled". The report highlighted reading across the curriculum and a strong careers programme.
""", [("Sheff_Dad", "6 Feb 2025 18:22", "Well done Anvil Hill, massive turnaround.")]), [])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Nicola Thomas", "1 review", 5, "a month ago", "Daniel H. in maths turned my lad around completely. Went from refusing to go in to asking for extra revision sessions. Thank you!", None)]),
    [M(DH, "first_initial", "neutral", "Daniel H."), M(S, "exact", "neutral", "Anvil Head Academy")])

add(x([("Porthcarn Whispers", "porthcarn_whispers", "10:30 PM · Feb 8, 2025", "Everyone in Porthcarn knows W. Rowe from the academy has been carrying on with a year 10 mum since the Lisbon trip. Parents evening must be AWKWARD 👀👀"),
       ("anon", "trevossa_surf", "10:41 PM · Feb 8, 2025", "spill")]),
    [M(WR, "initial_surname", "defamation", "W. Rowe")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Tracey Hendra", "Tuesday at 17:02", "Complained AGAIN about the bullying and got fobbed off by the deputy head. \u0412\u043elitho is a spineless jobsworth who hides behind her 'safeguarding' title. Useless woman, absolute waste of a salary.", "19", [
        ("Mel Curnow", "Same experience Trace x", "5d"),
        ("Rob Hocking", "Go to the governors", "5d")])]),
    [M(KB, "homoglyph", "abuse", "\u0412\u043elitho")])

add(x([("kai", "kai_barrels", "4:40 PM · Nov 2, 2024", "H a k e smells like the fish he's named after and teaches like one too. absolute wet wipe. anvil maths is cursed"),
       ("ellie 🌊", "elliesurfsss", "4:44 PM · Nov 2, 2024", "the spaces 😭")]),
    [M(DH, "spacing", "abuse", "H a k e"), M(S, "short_name", "negative", "anvil maths")])

add(news(*GZ, "Sport", "Anvil Head Academy surfers crowned national schools champions", "Sports desk", "30 September 2024", """
A team from Anvil Head Academy has won the national schools surfing championship at Fistral, beating 22 schools from across the UK.

The Porthcarn school's surf academy, set up in 2019 by head of PE Ciaran O'Sullivan, trains on the reef at Polgwidden Cove before school three mornings a week.

"These kids are out there in November in 5mm wetsuits while everyone else is in bed," said O'Sullivan. "They've earned this."
""", [("Grom_Mum", "30 Sep 2024 20:02", "So proud!! Top man Ciaran."),
      ("Surfline_Steve", "30 Sep 2024 21:14", "Polgwidden reef on a good day is world class, no wonder they're good.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(CO, "alias", "neutral", "Ciaran O'Sullivan")])

add(x([("Plymouth City Council", "PlymouthCC", "11:00 AM · Mar 12, 2025", "Cllr Sarah Williams, cabinet member for transport, has today confirmed three new bus routes to Derriford hospital from April. Full details on our website."),
       ("Ann", "annieplym", "11:20 AM · Mar 12, 2025", "About time Sarah Williams. The 42 has been a nightmare.")]), [])

add(forum(*PP, "Secondary education", "Changing room assault - school covering it up?", [
    ("Worried_Porthcarn", "Joined 2024 · 3 posts", "Sun 9 Mar 2025 19:45", "A boy in Y9 at Anvil Head Academy got properly beaten up in the PE changing rooms last week. Mr O'Sullivan was supposedly supervising but was out on the field on his phone. School has covered the whole thing up to protect their Ofsted, nobody excluded, and the family told to keep quiet."),
    ("TrueBlueTruro", "Joined 2016 · 3,201 posts", "Sun 9 Mar 2025 20:10", "If that's true it needs to go to the LADO, not a forum."),
    ("Worried_Porthcarn", "Joined 2024 · 3 posts", "Sun 9 Mar 2025 20:19", "Everyone at the school gate knows.")]),
    [M(S, "exact", "defamation", "Anvil Head Academy"), M(CO, "title_surname", "defamation", "Mr O'Sullivan")])

add(tiktok("kernow.leaks2", "anvil head yr 9 changing room leak 👀👀 full vid link in bio, dm for more #cornwall", "original sound - kernow.leaks2", "412", [
    ("rosie", "these are CHILDREN. reported.", "5h"),
    ("ben", "reported, sick in the head", "5h")]),
    [M(S, "alias", "sexual", "anvil head", True)])

add(facebook("Treveglos Village Chat", "1.9K", [
    ("Lisa Trewhella", "Monday at 20:48", "Chegwidden's GCSE art coursework deadline has now moved THREE times. My daughter has been up till midnight every night this week and is in bits. Some consistency would be nice.", "11", [
        ("Amy Pryor", "Same here, my son's given up on the final piece", "2d"),
        ("Lisa Trewhella", "Emailing the head tomorrow", "2d")])]),
    [M(LC, "possessive", "negative", "Chegwidden's")])

add(blog("Gallery Notes West", "gallerynoteswest.example", "Exhibitions, openings and studio visits from Hayle to Land's End", "Lowenna Chegwidden: Tide Lines at the Chapel Gallery", "Simon Berryman", "19 April 2025", """
Lowenna Chegwidden's new series of oil-on-board seascapes is the best thing I have seen in the far west this spring. The palette is almost entirely greys and ochres, the colour of the mine waste that stains the coves at low water.

Tide Lines runs until 31 May at the Chapel Gallery, Mousehole. Prices from £450.
""", [("Annie", "20 April 2025", "Went on Saturday, the big triptych is stunning.")]),
    [M(LC, "exact", "neutral", "Lowenna Chegwidden")])

add(x([("Justice 4 Porthcarn Kids", "j4pk_", "9:09 AM · Jan 15, 2025", "Sign and share 👇 petitions.example/KerensaBolithoMustGo She has failed our kids on bullying for three years. Enough."),
       ("Dawn", "dawnie_c", "9:31 AM · Jan 15, 2025", "Signed. Every complaint I made went nowhere.")]),
    [M(KB, "camelcase", "negative", "KerensaBolithoMustGo")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Shane Bray", "Saturday at 23:14", "That Pengelly woman who rings round chasing attendance for Anvil Head. I know what car she drives and where she leaves it of a night. Red Fiesta, end of Chapel Row. Keep ringing my missus and see what happens.", "7", [
        ("Donna Roberts", "Shane delete this before someone screenshots it", "8h"),
        ("Shane Bray", "let em", "8h")])]),
    [M(JP, "surname_only", "threat", "That Pengelly woman"), M(S, "alias", "negative", "Anvil Head")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Janine Curnow", "Today at 07:12", "LOST DOG 🐕 Our collie Bryher ran off chasing a seal at Polgwidden Cove last night. Black and white, blue collar, very shy. Please ring 07700 900412 if seen around Carn Ellas or the cliff path. Thank you x", "89", [
        ("Mike Rowe", "Shared. Will look on the dog walk at Treveglos", "4h"),
        ("Janine Curnow", "FOUND! Asleep in a net loft on the quay 😂 thank you all", "1h")])]), [])

add(news(*GZ, "Arts", "Porthcarn art teacher's seascape scoops St Ives prize", "Morwenna Hocking", "14 June 2024", """
A painting by Anvil Head Academy's head of art has won the open prize at this year's St Ives Society exhibition.

Lowenna Chegwidden's "Adit, Low Water" was chosen from more than 600 entries. "I paint what I see on the walk to school," she said. "The orange water from the old mines, the surfers, the boats coming in."
""", [("Gill", "14 Jun 2024 15:09", "Well deserved, she taught my daughter and was inspirational.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(LC, "exact", "neutral", "Lowenna Chegwidden")])

add(x([("Kernow First", "kernowfirst_", "8:03 PM · Oct 4, 2024", "So anvil head hired another diversity box-tick for chemistry. Sarah Williams. Up from Cardiff, doesn't look Cornish, doesn't sound Cornish. Our kids need to be taught by their own kind. Kernow for the Cornish 🏴"),
       ("Liv", "liv_carne", "8:10 PM · Oct 4, 2024", "She's an amazing teacher and she's Welsh, you absolute weapon. Blocked.")]),
    [M(SW, "exact", "hate", "Sarah Williams"), M(S, "alias", "negative", "anvil head")])

add(x([("Rach", "rach_carn", "6:12 PM · May 2, 2025", "@osullivan_surfcoach enjoying the new van mate? bought with our kids' sponsored paddle money was it 🚐💷 asking for 60 parents"),
       ("Surf Coach C", "osullivan_surfcoach", "6:30 PM · May 2, 2025", "Happy to talk to anyone about the fundraiser accounts, they're published on the school site.")]),
    [M(CO, "handle", "defamation", "@osullivan_surfcoach")])

add(x([("Mum of 2", "kernowmum_2", "8:48 AM · Nov 19, 2024", "@AnvilHeadAcad three weeks and no reply from the head of year 10 about my son being threatened on the bus. Shocking. What is the point of your complaints policy?"),
       ("Anvil Head Academy", "AnvilHeadAcad", "9:30 AM · Nov 19, 2024", "We're sorry to hear this. Please DM us your details and we'll make sure someone calls you today.")]),
    [M(S, "exact", "negative", "Anvil Head Academy")])

add(x([("no name", "user83920118", "12:03 AM · Jun 21, 2024", "@mx_tregenza_drama watch your back. people like you don't last long round here. the cliff path is very dark at night 🔪"),
       ("Drama Dept", "mx_tregenza_drama", "8:15 AM · Jun 21, 2024", "Reported to police. Thank you to everyone who has sent kind messages.")]),
    [M(RT, "handle", "threat", "@mx_tregenza_drama")])

add(blog("Penwith Skies", "penwithskies.example", "Weather watching from the far west", "Thunder over the Atlantic: chasing a supercell from Cape Cornwall", "Martyn Oates", "28 July 2024", """
By four o'clock the anvil head of the storm had spread right across the horizon, a flat grey shelf thirty miles wide glowing gold on its western edge. From the cliff above Porthcarn you could watch the whole thing build.

Cumulonimbus clouds form an anvil when the updraft hits the tropopause and spreads sideways. A big anvil head is the classic sign of a mature storm cell.

We counted 140 strikes over the sea in an hour. Not a drop of rain on Treveglos.
""", [("Dave", "29 July 2024", "Saw it from Zennor, incredible."),
      ("Martyn Oates", "29 July 2024", "Anvil was still visible from Hayle at 9pm apparently!")]), [])

add(review("Anvil Head Surf Co", "Surf school", "The Slipway, Polgwidden Cove TR20 7PQ · anvilheadsurf.example", "4.9", "611", [
    ("Hannah", "Local Guide · 40 reviews", 5, "2 weeks ago", "Best surf lesson we've had anywhere. Instructor Jago was patient with my very nervous 9 year old. Board and wetsuit included. Will be back dreckly!", ("2 weeks ago", "Thanks Hannah! See you in the water 🤙")),
    ("Tom B", "3 reviews", 4, "1 month ago", "Good lesson, car park is a nightmare in August.", None)]), [])

add(forum(*PP, "Secondary education", "Head of year 10 at Anvil Head - nightmare", [
    ("Kernowgirl88", "Joined 2020 · 233 posts", "Mon 13 Jan 2025 20:01", "Bill Rowe is head of Y10 at Anvil Head and honestly the most useless man I've dealt with. Three meetings, three different stories, nothing done about DD being called names daily. He's more interested in his gig rowing."),
    ("TrueBlueTruro", "Joined 2016 · 3,201 posts", "Mon 13 Jan 2025 20:19", "Have you put it in writing to the head? Formal complaint route gets a response in a set time."),
    ("Kernowgirl88", "Joined 2020 · 233 posts", "Mon 13 Jan 2025 20:25", "Doing it tonight. Rowe's had his chances.")]),
    [M(WR, "nickname", "negative", "Bill Rowe"), M(S, "alias", "negative", "Anvil Head")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Jase Pender", "3 April at 22:40", "B-o-l-i-t-h-o wants to exclude my lad, fine. She wants to keep her windows in one piece she'll think again. Not a threat just a fact that things happen round here 🤷‍♂️", "12", [
        ("Michelle Tonkin", "Jase you're going to get yourself arrested", "2d"),
        ("Jase Pender", "for what? saying things happen", "2d")])]),
    [M(KB, "obfuscated", "threat", "B-o-l-i-t-h-o")])

add(news(*CD, "Coast", "Coastguard and RNLI rescue two walkers cut off by tide at Anvil Head", "Ian Rodda", "8 August 2024", """
Two walkers were rescued from the rocks below Anvil Head on Tuesday evening after being cut off by the incoming tide.

Anvil Head Coastguard Rescue Team and the Porthcarn inshore lifeboat were paged at 7.40pm. The pair, visitors from Bristol, were brought back to the slipway at Polgwidden Cove cold but unhurt.

The coastguard is reminding visitors to check tide times before exploring the coves.
""", [("lifeboat_fan", "8 Aug 2024 21:00", "Well done the crews. Emmets never check the tides bless em.")]), [])

add(x([("Arts and Heritage Alliance", "AHA_Cornwall", "10:00 AM · Jan 30, 2025", "📣 AHA small grants are open! Up to £2,000 for community heritage projects in west Cornwall: oral histories, mining heritage, festival banners. Deadline 14 March."),
       ("Porthcarn Old Cornwall Society", "porthcarnocs", "10:22 AM · Jan 30, 2025", "Brilliant, we'll be applying for the Wheal Anvil oral history project!")]), [])

add(tiktok("surfergrl.kernow", "teachers at my school ranked by how scared i am of them 😭 no.1 is obviously N a n c a r r o w when u forget ur reader pen #school #fyp", "Rank them - audio", "3,102", [
    ("josh", "she's actually sound tho", "4d"),
    ("surfergrl.kernow", "she is!! just terrifying", "4d")]),
    [M(RN, "spacing", "neutral", "N a n c a r r o w")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Eileen Pascoe", "12 October at 11:03", "Just want to say a huge thank you to Mrs Pengelly at Anvil Head Academy who personally drove my granddaughter home when she was poorly and I couldn't get there from Camborne. Above and beyond ❤️", "203", [
        ("Sue Hart", "She's lovely, known her since school", "3d"),
        ("Lorraine Kitto", "Heart of gold that one", "3d")])]),
    [M(JP, "title_surname", "neutral", "Mrs Pengelly"), M(S, "exact", "neutral", "Anvil Head Academy")])

add(x([("A-ha Fans UK", "ahafansuk", "7:00 PM · Apr 5, 2025", "40 years of Take On Me 🎹 Which a-ha album is your favourite? Ours is Hunting High and Low, obviously."),
       ("mel", "mel_80s", "7:08 PM · Apr 5, 2025", "aha! finally someone asks the real questions. Scoundrel Days all day")]), [])

add(x([("Trev", "trev_porthcarn", "5:51 PM · Feb 26, 2025", "Every single parent I speak to says the same. #SackHake #AnvilHeadAcademy he can't teach, won't listen and now the police are involved"),
       ("Sophie", "sophiewrites", "6:02 PM · Feb 26, 2025", "The police thing was him being assaulted, not the other way round. Get it right.")]),
    [M(DH, "hashtag", "defamation", "#SackHake"), M(S, "hashtag", "negative", "#AnvilHeadAcademy")])

add(forum(*KM, "Porthcarn & Penwith", "Chemistry supply cover - Y11", [
    ("Treveglos_Tess", "Member · 77 posts", "5 Dec 2024, 19:12", "Sarah W. at Anvil Head has been off sick for six weeks and the kids have had supply for chemistry the whole time. Year 11! GCSEs in May!"),
    ("porthcarnpaul", "Member · 14 posts", "5 Dec 2024, 19:30", "Not her fault she's ill. The school should have a plan B though."),
    ("Treveglos_Tess", "Member · 77 posts", "5 Dec 2024, 19:33", "Agree, it's the school I'm cross with really.")]),
    [M(SW, "first_initial", "negative", "Sarah W."), M(S, "alias", "negative", "Anvil Head")])

add(facebook("Anvil Head Academy Parents (unofficial)", "880", [
    ("Zoe Hendy", "Yesterday at 21:32", "Tr*genza made my daughter cry in rehearsals again tonight. Screaming at 12 year olds isn't 'passion', it's bullying. If the school won't deal with them I will.", "18", [
        ("Kirsty Mann", "Tr*genza is a nasty piece of work, always has been", "20h"),
        ("Paul Hendy", "Zoe calm down and email the school", "19h")])]),
    [M(RT, "obfuscated", "abuse", "Tr*genza"), M(S, "exact", "negative", "Anvil Head Academy")])

add(blog("A Teacher by the Sea", "teacherbythesea.example", "Notes from a west Cornwall classroom (views my own)", "Why I stopped reading the Facebook groups", "Anonymous teacher", "16 March 2025", """
Last month a colleague of mine had her home address posted in a local Facebook group. Underneath it, a man wrote "she wants to be careful driving home." The post stayed up for nine hours.

I won't name her, but I will quote what was written about my other colleague, because people should see it: "H*ke is a nonce-faced fish, someone should gut him." That was a comment about a maths teacher who spends his Saturdays running a free revision club at Anvil Head Academy.

We are not asking for sympathy. We are asking people to think before they type.
""", [("Lou", "16 March 2025", "Thank you for writing this. Our staff room in Redruth has the same problem."),
      ("Mark", "17 March 2025", "Sorry you're all going through this. Most of us appreciate you.")]),
    [M(DH, "obfuscated", "neutral", "H*ke"), M(S, "exact", "neutral", "Anvil Head Academy")])

add(x([("jj", "jj_wav_", "3:33 PM · Mar 18, 2025", "omg the teacher by the sea blog is about H*ke isnt it. someone should actually gut him lol 🐟🔪"),
       ("amber", "amberrr_k", "3:40 PM · Mar 18, 2025", "jj no")]),
    [M(DH, "obfuscated", "threat", "H*ke")])

add(news(*GZ, "Education", "Deputy head on leave as trust investigates complaint", "Education reporter", "21 February 2025", """
The deputy head of Anvil Head Academy in Porthcarn has been placed on leave while the Kernow Coast Academies Trust investigates a complaint.

Kerensa Bolitho, who is also the school's designated safeguarding lead, has been at the school for 14 years. The trust said the leave was "a neutral act" and not a disciplinary sanction.

Parents received a letter on Thursday explaining that safeguarding concerns should be directed to the assistant DSL in the interim.
""", [("Cove_Mum", "21 Feb 2025 17:40", "She's the only one who ever listened to us. I hope this gets sorted quickly."),
      ("KCAT_watcher", "21 Feb 2025 18:02", "Knew something was up. No smoke without fire.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(KB, "exact", "defamation", "Kerensa Bolitho")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Dean Roskilly", "22 February at 09:10", "Told you all months ago about Bolitho. Covered up for her mates in the staff room for years, lost files, the lot. Now the trust finally twigs. Wonder what else they've buried up at Anvil 🤔", "44", [
        ("Tina Bray", "Wouldn't surprise me one bit", "1d"),
        ("Helen Oates", "You don't know what the complaint is Dean", "1d"),
        ("Dean Roskilly", "I know enough", "1d")])]),
    [M(KB, "surname_only", "defamation", "about Bolitho"), M(S, "short_name", "defamation", "up at Anvil")])

add(facebook("Cornish Pirates Supporters", "12K", [
    ("Pirates Fan Zone", "Saturday at 17:45", "FULL TIME: Pirates 31 - 17 Jersey. Will Rowe with two tries on his 50th appearance! Mennaye was rocking 🏴‍☠️", "1.2K", [
        ("Jonny T", "Rowe was unstoppable today", "3h"),
        ("Ali", "Proper job boys", "3h")])]), [])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Kerry Angwin", "8 reviews", 1, "1 week ago", "K. Bolitho should not be anywhere near children. Drunk at school events, rude to parents, and covered up what happened to my son. Avoid this school.", ("1 week ago", "We take all concerns seriously. Please contact the Chair of Governors via the office."))]),
    [M(KB, "initial_surname", "defamation", "K. Bolitho"), M(S, "exact", "defamation", "Anvil Head Academy")])

add(x([("ceri", "ceri_wyn", "9:14 PM · Jun 30, 2024", "Sarah Williams absolutely smashing it at the Swansea half marathon today 🏃‍♀️ 1:21 PB! Proud of my sis"),
       ("Swansea Harriers", "swanseaharriers", "9:30 PM · Jun 30, 2024", "Massive run from Sarah, first female V35!")]), [])

add(tiktok("porthcarn.lad", "rating teachers based on vibes. P3ng3lly from attendance: -10/10 would not recommend 💀 #anvil #attendance", "vibe check - sound", "9,880", [
    ("mollz", "she rang my mum because i was 3 mins late 😭", "1w"),
    ("kian", "she's a proper dragon", "1w")]),
    [M(JP, "leetspeak", "abuse", "P3ng3lly"), M(S, "hashtag", "neutral", "#anvil")])

add(news(*GZ, "Council", "Porthcarn councillors back cap on new holiday lets", "Local democracy reporter", "4 March 2025", """
Porthcarn Town Council has voted to back a proposed cap on new short-term holiday lets in the parish, after a heated two-hour meeting at the Public Hall.

Residents spoke of streets in Treveglos and the Wheal Jenny estate where "the lights only come on in August". One second-home owner told councillors he contributed £9,000 a year to the local economy.

The proposal now goes to Cornwall Council. Porthcarn Primary School's headteacher told the meeting her reception class had halved in a decade.
""", [("Gwithian_Girl", "4 Mar 2025 20:14", "About time. Emmets have had it their way too long."),
      ("second_home_sam", "4 Mar 2025 21:00", "Who do you think keeps your cafes open in winter? Oh wait, nobody, they're shut.")]), [])

add(facebook("West Cornwall Surf Parents", "2.2K", [
    ("Jago Pollard", "4 June at 07:02", "Polgwidden was pumping this morning, 4ft and clean, and the Anvil surf academy kids were ripping 🔥 Ciarán O'Sullivan's got some future champions in that lot.", "77", [
        ("Mandy Pollard", "Our Morwenna got her first barrel!! 😭", "2d"),
        ("Jago Pollard", ">@Mandy Pollard proper job maid!", "2d")])]),
    [M(S, "short_name", "neutral", "Anvil surf academy"), M(CO, "exact", "neutral", "Ciarán O'Sullivan")])

add(x([("Porthcarn Parents United", "pcarnparents", "7:45 PM · Mar 9, 2025", "Join the page TamsinPascoeTrelawnyResign. If she won't go quietly there's plenty of us who'll help her out the door, one way or another 👊👊"),
       ("Gail", "gail_trev", "7:59 PM · Mar 9, 2025", "'one way or another' is a threat mate. Screenshotted.")]),
    [M(TPT, "camelcase", "threat", "TamsinPascoeTrelawnyResign")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Brenda Kitto", "8 May at 13:20", "So the drama teacher at the academy wants to be called 'Mx' Tr\u0435genza. It's not natural, a grown adult pretending to be neither, and they let it near our grandchildren. Mentally ill. Pray for it.", "16", [
        ("Jess Allen", "Brenda this is hateful. They're a brilliant teacher.", "4d"),
        ("Brenda Kitto", "Its called an opinion", "4d")])]),
    [M(RT, "homoglyph", "hate", "Tr\u0435genza")])

add(x([("jase", "jase_kernow", "10:11 PM · Apr 19, 2025", "the art teacher at my kids school, Chegwiddon, could paint me like one of her french girls any day 😏 them dungarees do things to me"),
       ("x", "carnellas_cat", "10:20 PM · Apr 19, 2025", "grim")]),
    [M(LC, "typo", "sexual", "Chegwiddon")])

add(facebook("Treveglos Village Chat", "1.9K", [
    ("Neil Opie", "Friday at 19:55", "Lowenna Chegwidden won't answer about my daughter's coursework. Her personal mobile is 07700 900771 (not the gallery one), try her there on a Sunday like I did.", "5", [
        ("Admin - Treveglos Village Chat", "Removed. Personal numbers are not allowed.", "2d")])]),
    [M(LC, "exact", "doxxing", "Lowenna Chegwidden")])

add(x([("surf watch", "polgwidden_locals", "7:30 AM · Jul 14, 2024", "C. O'Sullivan from the school lives at 2 Harbour View Cottages, Polgwidden TR20 7PT, the one with the boards stacked outside. Maybe ask him in person why locals can't use the school's surf kit."),
       ("mo", "mo_surfs", "7:45 AM · Jul 14, 2024", "that's his house with his kids in it mate. delete.")]),
    [M(CO, "initial_surname", "doxxing", "C. O'Sullivan")])

add(forum(*KM, "Porthcarn & Penwith", "SENCo not returning calls", [
    ("AnnaMarazion", "Member · 9 posts", "22 Jan 2025, 21:40", "Rebecca N., the SENCo at Anvil, has ignored me for a month. Fine, her own email is becky.nanc77@mailbox.example and she lives at 41 Engine Row on the Wheal Jenny estate. I'll see her at home if I have to."),
    ("Gwen_Lanyon", "Member · 53 posts", "22 Jan 2025, 21:48", "Anna I understand you're desperate but please don't post her address."),
    ("AnnaMarazion", "Member · 9 posts", "22 Jan 2025, 21:52", "desperate is the word")]),
    [M(RN, "first_initial", "doxxing", "Rebecca N."), M(S, "short_name", "negative", "at Anvil,")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Kev Trounson", "Sunday at 20:30", "Sarah Williams, chemistry at Anvil Head. 07700 900217. Lives in the flats above the Co-op in Treveglos. She gave my son a C on his practical when he deserved an A. Let her know.", "3", [
        ("Rachel Eva", "Kev you can't do this", "1d")])]),
    [M(SW, "exact", "doxxing", "Sarah Williams"), M(S, "alias", "negative", "Anvil Head")])

add(x([("old Porthcarn", "oldporthcarn", "11:02 PM · Oct 30, 2024", "Jenna Trevail as she was, works attendance up the comp now and thinks she's the police. Still at 9 Chapel Row, Porthcarn TR20 7AQ, same house she grew up in. Go and tell her what you think of fines."),
       ("sal", "sal_in_pz", "11:10 PM · Oct 30, 2024", "doxxing someone over a school fine, wow")]),
    [M(JP, "alias", "doxxing", "Jenna Trevail")])

add(facebook("Wheal Jenny Residents", "640", [
    ("Marilyn Curnow", "Tuesday at 18:05", "Tamsin Pascoe as was, headteacher now, grew up on this estate and forgot where she came from. Her mum's still at 12 Engine Row and she's there every Sunday dinner without fail if anyone wants a word about the cuts.", "12", [
        ("Glen Rowe", "Leave her mum out of it", "2d"),
        ("Marilyn Curnow", "Just saying where she is", "2d")])]),
    [M(TPT, "alias", "doxxing", "Tamsin Pascoe")])

add(x([("fed up dad", "fedupdad_kernow", "9:40 PM · May 21, 2025", "Danny Hake's mobile is 07700 900935. Maths at Porthcarn Comp. Text him about your kid's predicted grades, he LOVES it 😂"),
       ("Steph", "steph_pendeen", "9:50 PM · May 21, 2025", "reported")]),
    [M(DH, "nickname", "doxxing", "Danny Hake"), M(S, "alias", "negative", "Porthcarn Comp")])

add(forum(*PP, "Secondary education", "Safeguarding lead at our school", [
    ("MorvahMum", "Joined 2023 · 41 posts", "Sat 1 Mar 2025 10:02", "For anyone at Anvil Head wanting to contact the DSL directly while she's 'on leave': Kerensa Bolitoh's home email is kerensab1976@inbox.example. I got it from an old PTA list."),
    ("TrueBlueTruro", "Joined 2016 · 3,202 posts", "Sat 1 Mar 2025 10:20", "That's a personal email on a public forum. Reported to mods."),
    ("MorvahMum", "Joined 2023 · 41 posts", "Sat 1 Mar 2025 10:31", "It's hardly secret")]),
    [M(KB, "typo", "doxxing", "Kerensa Bolitoh"), M(S, "alias", "negative", "Anvil Head")])

add(x([("ty", "ty.kernow", "4:20 PM · Jan 9, 2025", "if they exclude my brother again im burning anvil to the ground 🔥🔥 not even joking"),
       ("ty", "ty.kernow", "4:21 PM · Jan 9, 2025", "fr")]),
    [M(S, "short_name", "threat", "anvil to the ground")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Ross Harvey", "Thursday at 22:17", "Rowe's gig boat is tied up at the quay every night. Be a shame if it slipped its mooring one night. Or if he did. Head of year 10 at Anvil Head my arse, couldn't run a bath.", "21", [
        ("Cheryl Uren", "Ross 😬 delete", "1d"),
        ("Ross Harvey", "what? boats slip all the time 😇", "1d")])]),
    [M(WR, "possessive", "threat", "Rowe's gig boat"), M(S, "alias", "negative", "Anvil Head")])

add(tiktok("deanoo.x", "ms wiliams gave me a detention for breathing so imma slash her tyres 🔪 jk... unless 👀 #anvil #detention", "suspense - sound", "1,450", [
    ("lilz", "😭😭 unless", "2d"),
    ("callum", "bro ur getting excluded", "2d")]),
    [M(SW, "typo", "threat", "ms wiliams")])

add(x([("Gary", "gazza_pz", "6:06 PM · Feb 14, 2025", "Dr Pascoe-Trelawny better hope I don't bump into her at Tesco Penzance. I won't be responsible for what happens 👊 excluding my daughter on her birthday"),
       ("Anvil Head Academy", "AnvilHeadAcad", "9:00 AM · Feb 15, 2025", "This post has been reported to the police.")]),
    [M(TPT, "title_surname", "threat", "Dr Pascoe-Trelawny"), M(S, "exact", "neutral", "Anvil Head Academy")])

add(forum(*KM, "Porthcarn & Penwith", "Transfer blocked AGAIN", [
    ("Carn_Dad_2", "Member · 6 posts", "11 Apr 2025, 22:51", "Becca Nancarrow has blocked my son's transfer out of the academy for the third time. I know which car park she uses behind the Public Hall. Sooner or later somebody will have a word with her she won't forget."),
    ("Gwen_Lanyon", "Member · 54 posts", "11 Apr 2025, 23:05", "Please stop. This is how people end up in court.")]),
    [M(RN, "nickname", "threat", "Becca Nancarrow")])

add(facebook("West Cornwall Surf Parents", "2.2K", [
    ("Kane Tregear", "Monday at 06:20", "0'Sull1van thinks he owns Polgwidden reef with his school kids. His days are numbered. Lads are waiting for him next time he paddles out 🌊💀", "8", [
        ("Demelza Carne", "Kane this is a parents' group, take it elsewhere", "5h"),
        ("Kane Tregear", "localism is real", "5h")])]),
    [M(CO, "leetspeak", "threat", "0'Sull1van")])

add(x([("anon", "pz_anon11", "1:13 AM · Mar 22, 2025", "@lowenna_paints your precious little gallery window would look better with a brick through it. see you saturday"),
       ("Lowenna", "lowenna_paints", "8:02 AM · Mar 22, 2025", "Reported to police.")]),
    [M(LC, "handle", "threat", "@lowenna_paints")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Craig Roberts", "Last night at 23:58", "J. Pengelly. Red Fiesta. Chapel Row. Ring my house about attendance one more time. You have been warned.", "4", [
        ("Mel Curnow", "Craig what are you doing", "8h")])]),
    [M(JP, "initial_surname", "threat", "J. Pengelly")])

add(x([("Cornish Patriot", "kernowpatriot", "2:14 PM · Aug 29, 2024", "Another Irish blow-in taking a Cornish job at anvil head. Ciaran O'Sullivan and his begorrah surf nonsense. Pikeys and paddies, the lot of them, go home"),
       ("Niamh", "niamh_in_cornwall", "2:30 PM · Aug 29, 2024", "Anti-Irish slurs in your bio with a Cornish flag. Embarrassing.")]),
    [M(CO, "alias", "hate", "Ciaran O'Sullivan"), M(S, "alias", "negative", "anvil head")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Ray Nicholls", "Sunday at 16:44", "Mr Hake from the comp and his 'husband' holding hands at the harbour fete in front of all the kids. Disgusting. People like that shouldn't be let near children, never mind teaching them.", "9", [
        ("Amy Kitto", "Ray it's 2025. They're married. Get over it.", "2d"),
        ("Pete Rosewarne", "Homophobic drivel, reported", "2d")])]),
    [M(DH, "title_surname", "hate", "Mr Hake")])

add(tiktok("protectourkidz_kw", "T.r.e.g.e.n.z.a is a groomer in a cardigan 🤮 keep tr*nny ideology out of Cornish schools #protectkids #anvilhead", "dramatic - sound", "220", [
    ("pip", "reported for hate", "1d"),
    ("jenna", "they literally teach Shakespeare", "1d")]),
    [M(RT, "spacing", "hate", "T.r.e.g.e.n.z.a"), M(S, "hashtag", "neutral", "#anvilhead")])

add(forum(*PP, "Secondary education", "Standards at Anvil Head Academy slipping?", [
    ("KernowBorn", "Joined 2024 · 8 posts", "Wed 16 Oct 2024 19:03", "Anvil Head Academy is a third Eastern European now and you can see the standards dropping. Cornish kids last in line for everything. Send them back and watch results improve."),
    ("mumof3_kernow", "Joined 2018 · 1,905 posts", "Wed 16 Oct 2024 19:20", "Reported. Vile."),
    ("Lamorna_L", "Joined 2019 · 302 posts", "Wed 16 Oct 2024 19:28", "My kids' Polish and Romanian friends are some of the hardest workers in the year. Utter nonsense.")]),
    [M(S, "exact", "hate", "Anvil Head Academy")])

add(x([("real talk", "realtalk_kernow", "7:07 PM · Nov 11, 2024", "W1ll1ams in chemistry at anvil head is what happens when you hire for skin colour not ability 🐒🍌 draw your own conclusions"),
       ("Ash", "ash_redruth", "7:12 PM · Nov 11, 2024", "straight up racist. reported.")]),
    [M(SW, "leetspeak", "hate", "W1ll1ams"), M(S, "alias", "negative", "anvil head")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Darren Stevens", "Wednesday at 20:12", "Pascoe-Trelawny lets the Muslim kids off PE for Ramadan while ours get detentions for no kit. Two-tier schooling. This is what happens when you let them in. Our town, our rules.", "25", [
        ("Ellen Jory", "There are about four Muslim kids in the whole school Darren", "3d"),
        ("Darren Stevens", "4 too many", "3d")])]),
    [M(TPT, "surname_only", "hate", "Pascoe-Trelawny lets")])

add(x([("kernow kev", "kernowkev99", "5:51 PM · Jan 28, 2025", "Nancarrow's nurture room is where they dump the sp*stics and r*tards so the normal kids can learn. Total waste of our taxes."),
       ("Cat Eddy", "saltandstatements", "6:20 PM · Jan 28, 2025", "My son is in that room. You're talking about children. Disgusting.")]),
    [M(RN, "possessive", "hate", "Nancarrow's")])

add(x([("bex", "bexxx_porth", "3:05 PM · Jul 4, 2024", "ciaran o. in the staff v students football shorts 🥵🥵 the mums on the touchline were NOT ok and neither was i"),
       ("sarah", "sarahj_cornwall", "3:10 PM · Jul 4, 2024", "the anvil head sports day highlight tbh")]),
    [M(CO, "first_initial", "sexual", "ciaran o."), M(S, "alias", "neutral", "anvil head")])

add(facebook("Anvil Head Academy Parents (unofficial)", "880", [
    ("Leanne Bray", "Friday at 21:30", "Not gonna lie Dr Pascoe-Trelawny would get it 🔥 Headteacher glow up of the century. Sorry not sorry 😂🍷", "15", [
        ("Katie Jory", "LEANNE 😂 wine o'clock", "3d"),
        ("Gemma Pryor", "This is a school group girls 🙈", "3d")])]),
    [M(TPT, "title_surname", "sexual", "Dr Pascoe-Trelawny"), M(S, "exact", "neutral", "Anvil Head Academy")])

add(forum(*KM, "Porthcarn & Penwith", "Leavers' do photos", [
    ("Porthcarn_Pete", "Member · 33 posts", "1 Jul 2024, 23:10", "Kerensa B. in that pencil skirt at the leavers' do 👀🍑 the deputy head glow up is real. Some of the dads were drooling."),
    ("TidalTina", "Member · 204 posts", "2 Jul 2024, 07:30", "Pete you're a married man 😂"),
    ("Porthcarn_Pete", "Member · 33 posts", "2 Jul 2024, 07:41", "looking isn't a crime")]),
    [M(KB, "first_initial", "sexual", "Kerensa B.")])

add(tiktok("livvy.carnellas", "mr h4k3 is lowkey fit 🫣 the glasses and the rolled up sleeves in period 3... maths has never been this interesting #crush #school", "Lover - Taylor Swift", "27.1K", [
    ("grace", "NOT HAKE 😭😭", "5d"),
    ("livvy.carnellas", "don't judge me", "5d")]),
    [M(DH, "leetspeak", "sexual", "h4k3")])

add(x([("anon", "kw_anon_99", "12:40 AM · Feb 3, 2025", "anyone got the pics from the anvil head year 8 residential? the girls' dorm ones 🥵 dm me will swap"),
       ("Hannah", "hannahcove", "7:10 AM · Feb 3, 2025", "Reported to police and CEOP. These are 12 year olds.")]),
    [M(S, "alias", "sexual", "anvil head", True)])

add(tiktok("kernowvibes_99", "polgwidden summer 🌊 surf school kids 13-14 in their bikinis, anvil head grows em right 😍", "summer - sound", "88", [
    ("mum acc", "these are children. reported.", "6h"),
    ("kernowvibes_99", "its the beach", "6h")]),
    [M(S, "alias", "sexual", "anvil head", True)])

add(x([("Morvah Mike", "morvahmike", "9:00 PM · Oct 8, 2024", "Lowenna Chegwidden's evening life drawing class sounds like my kind of night out 😏 hope she does the modelling herself"),
       ("jo", "jo_draws", "9:05 PM · Oct 8, 2024", "it's an adult class for adults mike, and no.")]),
    [M(LC, "exact", "sexual", "Lowenna Chegwidden")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Stu Pender", "Saturday at 11:02", "Jenna from attendance at Anvil Head can ring me any time she likes 😏 that voice on the answerphone does things to a man", "6", [
        ("Lou Pender", "I'm right here Stuart", "1d")])]),
    [M(JP, "short_name", "sexual", "Jenna from attendance"), M(S, "alias", "neutral", "Anvil Head")])

add(x([("dad jokes", "porthcarn_dad", "8:12 PM · Nov 21, 2024", "parents evening at anvil = N*ncarrow bending over the photocopier 👀 best 10 minutes of the night"),
       ("missus", "porthcarn_mum", "8:30 PM · Nov 21, 2024", "sleeping in the shed tonight then")]),
    [M(RN, "obfuscated", "sexual", "N*ncarrow"), M(S, "short_name", "neutral", "anvil =")])

# ---- abuse / defamation / remaining serious
add(x([("Y10 parent", "y10parent_kw", "4:15 PM · Dec 2, 2024", "@WRowe_Y10 you absolute melt. Three weeks to answer one email and then you send a smiley face. A SMILEY FACE."),
       ("W Rowe", "WRowe_Y10", "4:40 PM · Dec 2, 2024", "Apologies for the delay, I've rung you this afternoon.")]),
    [M(WR, "handle", "abuse", "@WRowe_Y10")])

add(tiktok("tia.porthcarn", "B0l1th0 when you say 'it's not bullying it's banter' 🙄 face like a slapped cod #anvilhead #school", "angry - sound", "4,401", [
    ("finn", "slapped cod 😭😭", "3d"),
    ("tia.porthcarn", "she deserves it tbh", "3d")]),
    [M(KB, "leetspeak", "abuse", "B0l1th0"), M(S, "hashtag", "negative", "#anvilhead")])

add(facebook("Treveglos Village Chat", "1.9K", [
    ("Sharon Hicks", "Thursday at 21:14", "Nancarow at the academy is a useless, lazy cow. Two years and my son still hasn't been assessed. Sits in her office drinking tea all day.", "13", [
        ("Ruth Eddy", "She got my daughter's EHCP in 8 weeks, maybe it's the council not her", "2d")])]),
    [M(RN, "typo", "abuse", "Nancarow")])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Julian Ford", "Local Guide · 203 reviews", 1, "2 months ago", "The head, Dr Pascoe-Trelawny, is an arrogant snob who talks down to local families like we're something she trod in. Surrounded by yes-men. Dreadful leadership.", ("2 months ago", "Thank you for your review. Dr Pascoe-Trelawny holds open surgeries for parents every Friday.")),
    ("Karen Maddern", "4 reviews", 1, "3 months ago", "Mr Rowe smells of booze most mornings, the kids all joke about it. How is this allowed?", None)]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(TPT, "title_surname", "abuse", "Dr Pascoe-Trelawny"), M(WR, "title_surname", "defamation", "Mr Rowe")])

add(x([("art critic (unpaid)", "pz_artcritic", "10:03 AM · May 5, 2025", "lowenna chegwidden's paintings look like a toddler did them in a power cut. talentless fraud, and they let her teach art 🤡"),
       ("Simon", "gallerynoteswest", "10:30 AM · May 5, 2025", "Tell us you didn't go to the show without telling us.")]),
    [M(LC, "exact", "abuse", "lowenna chegwidden")])

add(tiktok("harrytheman_x", "ms w1ll1ams when you ask for the toilet 🙄 biggest karen in cornwall #anvil #chemistry", "karen - sound", "2,115", [
    ("josie", "she's actually nice tho", "2d"),
    ("harrytheman_x", "not to me 😭", "2d")]),
    [M(SW, "leetspeak", "abuse", "w1ll1ams"), M(S, "hashtag", "neutral", "#anvil")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Ian Kitto", "Monday at 19:19", "Billy Rowe wouldn't know discipline if it slapped him round the face with a wet mackerel. Spineless wet lettuce of a man. Year 10 at Anvil Head is feral and he's the reason.", "30", [
        ("Gail Kitto", "😂 wet lettuce", "4d"),
        ("Jo Angove", "He's doing his best with no support", "4d")])]),
    [M(WR, "nickname", "abuse", "Billy Rowe"), M(S, "alias", "negative", "Anvil Head")])

add(x([("annoyed", "annoyed_mum_pz", "8:45 AM · Sep 17, 2024", "Pengelley at the comp is a nosy old bat with nothing better to do than ring families at 8am. Get a life."),
       ("b", "b_treveglos", "8:50 AM · Sep 17, 2024", "she rang us too 😂")]),
    [M(JP, "typo", "abuse", "Pengelley")])

add(tiktok("skater.boi.kw", "P e n g e l l y from attendance rn 🦖📞 'just checking in' ok dragon #attendance #anvil", "jaws theme", "5,600", [
    ("leah", "dragon 😭", "1d"),
    ("skater.boi.kw", "she rang my nan", "1d")]),
    [M(JP, "spacing", "abuse", "P e n g e l l y"), M(S, "hashtag", "neutral", "#anvil")])

add(x([("Carn Ellas Kate", "kate_carnellas", "6:33 PM · Mar 30, 2025", "\u0421hegwidden is a pretentious cow who thinks Porthcarn kids are beneath her gallery crowd. Sick of her."),
       ("d", "d_on_the_cliff", "6:40 PM · Mar 30, 2025", "bit harsh")]),
    [M(LC, "homoglyph", "abuse", "\u0421hegwidden")])

add(facebook("West Cornwall Surf Parents", "2.2K", [
    ("Wes Tonkin", "Wednesday at 08:10", "O'Sulliv\u0430n is a bellend. Dropped my lad from the surf team for being 2 minutes late. Power trip.", "6", [
        ("Demelza Carne", "He has a waiting list of 40 kids Wes, rules are rules", "1d")])]),
    [M(CO, "homoglyph", "abuse", "O'Sulliv\u0430n")])

add(x([("ex pupil", "expupil_2019", "7:00 PM · Apr 2, 2025", "DanielHakeIsUseless should be a GCSE topic. he made me hate maths for life. #anvilhead"),
       ("m", "m_redruth", "7:05 PM · Apr 2, 2025", "he's literally the nicest man??")]),
    [M(DH, "camelcase", "abuse", "DanielHakeIsUseless"), M(S, "hashtag", "negative", "#anvilhead")])

add(facebook("Anvil Head Academy Parents (unofficial)", "880", [
    ("Kim Uren", "4 days ago", "Started a page: RobinTregenzaOut. Cancelled plays, kids in tears, no communication. We want a proper drama teacher.", "9", [
        ("Ali Moyle", "Count me out, my daughter adores them", "3d"),
        ("Kim Uren", "fair enough", "3d")])]),
    [M(RT, "camelcase", "negative", "RobinTregenzaOut"), M(S, "exact", "negative", "Anvil Head Academy")])

add(x([("Treveglos Tom", "trev_tom", "9:20 AM · Jun 6, 2025", "BillRoweMustGo is trending in our Year 10 parents' WhatsApp. Nobody's had a reply from him since Easter."),
       ("Sue", "sue_porth", "9:31 AM · Jun 6, 2025", "a WhatsApp can't trend Tom")]),
    [M(WR, "camelcase", "negative", "BillRoweMustGo")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Tania Roskilly", "Tuesday at 22:02", "Funny how the PTA raffle money went missing the same term Jenna P. got her new kitchen done. £800 in a cash tin, gone. Just saying 🤷‍♀️ Ask Anvil Head where it went.", "38", [
        ("Sue Hart", "Tania she's the most honest person I know", "1d"),
        ("Tania Roskilly", "then she's got nothing to worry about", "1d")])]),
    [M(JP, "first_initial", "defamation", "Jenna P."), M(S, "alias", "negative", "Anvil Head")])

add(x([("Porthcarn Whispers", "porthcarn_whispers", "11:11 PM · Aug 24, 2024", "Pascoe\u2013Trelawny fiddled the Y11 exam entries to boost the league tables. Kids entered for the easy papers without parents being told. Everyone in the staff room knows."),
       ("J", "j_kernow", "11:20 PM · Aug 24, 2024", "source: trust me bro")]),
    [M(TPT, "hyphenated", "defamation", "Pascoe\u2013Trelawny")])

add(forum(*KM, "Porthcarn & Penwith", "GCSE art pieces for sale?", [
    ("ArtMumKernow", "Member · 12 posts", "8 Sep 2024, 20:20", "My daughter is sure she saw her GCSE final piece for sale in a gallery in Mousehole. Chegwidden has a studio there. Selling the kids' work and pocketing it?"),
    ("Lamorna_L", "Member · 303 posts", "8 Sep 2024, 20:40", "Was it maybe the student exhibition? They have one every summer with no sales."),
    ("ArtMumKernow", "Member · 12 posts", "8 Sep 2024, 20:45", "There was a price tag 🤔")]),
    [M(LC, "surname_only", "defamation", "Chegwidden has")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Gavin Hosking", "Friday at 20:40", "Robin Tregenza was pushed out of their last school in Exeter over messages with a pupil. Look it up. And Anvil Head Academy took them on anyway.", "17", [
        ("Lowena Jewell", "There is literally nothing to look up because it didn't happen", "2d"),
        ("Gavin Hosking", "funny how you can't find their old school online then", "2d")])]),
    [M(RT, "exact", "defamation", "Robin Tregenza"), M(S, "exact", "negative", "Anvil Head Academy")])

add(news(*CD, "Education", "Trust investigates exam entry concerns at Porthcarn academy", "Kayleigh Matthews", "3 September 2024", """
The Kernow Coast Academies Trust has launched an investigation into how pupils at Anvil Head Academy were entered for GCSE exams this summer, after complaints from parents.

The trust said it had "received concerns about tiering decisions in a small number of subjects" and would report to governors by half term. The Porthcarn school's headteacher, Dr Tamsin Pascoe-Trelawny, said she welcomed the review.
""", [("Wendy T", "3 Sep 2024 12:10", "Hope it clears things up one way or the other.")]),
    [M(S, "exact", "defamation", "Anvil Head Academy"), M(TPT, "exact", "neutral", "Tamsin Pascoe-Trelawny")])

add(x([("Kernow Dad", "kernowdad1975", "9:00 PM · Nov 3, 2024", "Rowe's always offering year 9 girls lifts home after gig practice. Funny that. Anvil parents, ask your daughters."),
       ("Cove Rowing Club", "covegigs", "9:30 PM · Nov 3, 2024", "Our coaches drive juniors home in pairs with parental consent, as per our safeguarding policy. This post is untrue.")]),
    [M(WR, "possessive", "defamation", "Rowe's always"), M(S, "short_name", "negative", "Anvil parents")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Kelly Roskilly", "Sunday at 21:21", "Since Bolitho's back: she's at 6 Trenoweth Lane, Carn Ellas TR20 7LB and her husband's mobile is 07700 900466. Not hiding now is she.", "5", [
        ("Admin - Porthcarn & District Uncensored", "Post hidden. Final warning Kelly.", "1d")])]),
    [M(KB, "possessive", "doxxing", "Bolitho's")])

add(x([("quiet one", "quiet_one_kw", "2:02 AM · Dec 14, 2024", "Mx Tregenza lives at Flat 2, Net Loft Court, Fore Street, Porthcarn TR20 7AD. their mobile 07700 900358. enjoy"),
       ("Drama Dept", "mx_tregenza_drama", "8:10 AM · Dec 14, 2024", "Police have been informed.")]),
    [M(RT, "title_surname", "doxxing", "Mx Tregenza")])

add(facebook("West Cornwall Surf Parents", "2.2K", [
    ("Kane Tregear", "Yesterday at 19:04", "Ciarán O'Sullivan's home number is 01632 960512 and his wife's mobile 07700 900629. Ring them and ask why locals get kicked off the reef for his school kids.", "2", [
        ("Demelza Carne", "Removing this and removing you Kane.", "20h")])]),
    [M(CO, "exact", "doxxing", "Ciarán O'Sullivan")])

add(x([("Anvil Hate Watch", "pcarn_hatewatch", "5:00 PM · Jun 12, 2025", "D. Hake and his husband live at 7 Wheal Rose Terrace, TR20 7QJ. Parents have a right to know who's teaching their kids. Spread it."),
       ("Sophie", "sophiewrites", "5:20 PM · Jun 12, 2025", "This is a hate campaign against a gay teacher. Reported to police.")]),
    [M(DH, "initial_surname", "hate", "D. Hake")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Derek Pascoe", "Monday at 12:30", "Sarah Williams from the academy should go back where she came from. We don't need her sort teaching Cornish children. You know what I mean.", "4", [
        ("Ben Oates", "Cardiff? 😂 Racist old fool. Reported.", "3d")])]),
    [M(SW, "exact", "hate", "Sarah Williams")])

add(x([("tregear", "tregear_surf", "10:10 AM · Jul 2, 2025", "@osullivan_surfcoach another plastic paddy blow-in telling us when we can surf our own reef. go back to cork and take your potatoes"),
       ("Kate", "kate_maddern", "10:15 AM · Jul 2, 2025", "Reported for anti-Irish abuse.")]),
    [M(CO, "handle", "hate", "@osullivan_surfcoach")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Colin Treloar", "Wednesday at 18:02", "Everyone's scared to say it but R. Tregenza isn't a fit person to teach. It's a mental illness and they're making the kids confused about their own bodies. Keep those people away from schools.", "11", [
        ("Lowena Jewell", "Transphobia, reported", "2d")])]),
    [M(RT, "initial_surname", "hate", "R. Tregenza")])

add(tiktok("rosie.kw", "the way mr r o w e says 'right then' 😭 every single lesson #anvilhead #teachers", "right then - sound", "12.2K", [
    ("caitlin", "RIGHT THEN 😂", "5d"),
    ("rosie.kw", "icon honestly", "5d")]),
    [M(WR, "spacing", "neutral", "r o w e"), M(S, "hashtag", "neutral", "#anvilhead")])

add(x([("ex", "sixthformer_kw", "4:44 PM · May 15, 2025", "B o l i t h o gave me another lecture about my skirt length. get a hobby"),
       ("lily", "lily_porth", "4:50 PM · May 15, 2025", "the anvil uniform police strike again")]),
    [M(KB, "spacing", "negative", "B o l i t h o"), M(S, "short_name", "negative", "anvil uniform")])

add(x([("Porthcarn Whispers", "porthcarn_whispers", "9:45 PM · Mar 1, 2025", "PascoeTrelawny was seen leaving the Mermaid Inn at 2am with a governor's husband. You didn't hear it from me 🤫"),
       ("T", "t_porthcarn", "9:50 PM · Mar 1, 2025", "gossip account strikes again")]),
    [M(TPT, "hyphenated", "defamation", "PascoeTrelawny")])

add(forum(*PP, "Secondary education", "Headteacher drinking?", [
    ("Cornish_Cream", "Joined 2024 · 4 posts", "Thu 6 Mar 2025 21:10", "Is it common knowledge that the head at Anvil Head Academy has a drink problem? Pascoe Trelawny turned up to the governors' meeting slurring, I'm told. Someone should tell the trust."),
    ("TrueBlueTruro", "Joined 2016 · 3,210 posts", "Thu 6 Mar 2025 21:20", "'I'm told'. Careful. This is the sort of thing that gets forums sued.")]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(TPT, "hyphenated", "defamation", "Pascoe Trelawny")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Nathan Uren", "Saturday at 14:14", "Scuffle at the harbour was Hake's fault whatever the Gazette says. He's got a temper, everyone at Anvil knows it. Glasses off and swinging.", "10", [
        ("Pol Fisher", "You weren't there Nathan", "1d")])]),
    [M(DH, "possessive", "defamation", "Hake's fault"), M(S, "short_name", "negative", "at Anvil knows")])

add(tiktok("kernow_mum_vlogs", "day 40 of asking Anvil Head Academy why Sarah W. is still off and nobody is teaching chemistry 🙃 #year11 #gcse", "original sound - kernow_mum_vlogs", "1,980", [
    ("anna", "same in Y10", "6d"),
    ("kernow_mum_vlogs", "emailing the trust next", "6d")]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(SW, "first_initial", "negative", "Sarah W.")])

# ---- multi-subject neutral / negative
add(news(*GZ, "Education", "Anvil Head Academy sets out new leadership team after restructure", "Education reporter", "5 September 2024", """
Anvil Head Academy has announced a new leadership structure for the year ahead, which headteacher Dr Tamsin Pascoe-Trelawny says will "put pastoral care back at the centre".

Kerensa Bolitho remains deputy head and designated safeguarding lead. William Rowe becomes head of Year 10 and Rebecca Nancarrow, SENCo since 2019, joins the senior team.

Head of PE Ciarán O'Sullivan will lead a new enrichment programme built around the surf academy, while Lowenna Chegwidden takes on responsibility for the creative arts faculty, including drama under Robin Tregenza.

Attendance officer Jenna Pengelly will lead a "family first" approach to absence, with home visits replacing automatic letters.
""", [("Cove_Mum", "5 Sep 2024 19:02", "Good to see Mrs Nancarrow on the senior team at last."),
      ("Holidaylet_Harry", "5 Sep 2024 20:11", "Reshuffling the deckchairs.")]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(TPT, "exact", "neutral", "Tamsin Pascoe-Trelawny"), M(KB, "exact", "neutral", "Kerensa Bolitho"),
     M(WR, "exact", "neutral", "William Rowe"), M(RN, "exact", "neutral", "Rebecca Nancarrow"), M(CO, "exact", "neutral", "Ciarán O'Sullivan"),
     M(LC, "exact", "neutral", "Lowenna Chegwidden"), M(RT, "exact", "neutral", "Robin Tregenza"), M(JP, "exact", "neutral", "Jenna Pengelly")])

add(facebook("Anvil Head Academy Parents (unofficial)", "880", [
    ("Morwenna Stevens", "19 July at 16:00", "Last day for our youngest today 😭 Seven years at Anvil Head Academy between our three. Thank you Mr Hake for the maths miracles, Ms Williams for never giving up on chemistry, Mrs Bolitho for the tough love, Mx Tregenza for the best school play this town has seen, and Mr O'Sullivan for every freezing dawn surf session. Proper job, all of you ❤️", "311", [
        ("Jo Angove", "Lovely post Morwenna x", "2d"),
        ("Ali Moyle", "Couldn't agree more about the play", "2d"),
        ("Sue Hart", "Enjoy the summer maid", "2d")])]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(DH, "title_surname", "neutral", "Mr Hake"), M(SW, "title_surname", "neutral", "Ms Williams"),
     M(KB, "title_surname", "neutral", "Mrs Bolitho"), M(RT, "title_surname", "neutral", "Mx Tregenza"), M(CO, "title_surname", "neutral", "Mr O'Sullivan")])

add(forum(*PP, "Secondary education", "Good teachers at Anvil Head?", [
    ("NewToPenwith", "Joined 2025 · 2 posts", "Mon 10 Feb 2025 20:00", "Moving down from Bristol in the summer (yes, I know, an emmet 😅). Which teachers at Anvil Head should we hope for? DD loves art and science."),
    ("Lamorna_L", "Joined 2019 · 310 posts", "Mon 10 Feb 2025 20:14", "Art: Miss Chegwidden, hands down. Science: Ms Williams is strict but the results are great."),
    ("wheal_rose", "Joined 2021 · 90 posts", "Mon 10 Feb 2025 20:30", "Mrs Nancarrow if she needs any support. Maths is hit and miss; Mr Hake is kind but some sets are chaotic. Avoid expecting replies from Mr Rowe before Friday 😂"),
    ("NewToPenwith", "Joined 2025 · 2 posts", "Mon 10 Feb 2025 21:02", "This is so helpful, thank you!")]),
    [M(S, "alias", "neutral", "Anvil Head"), M(LC, "title_surname", "neutral", "Miss Chegwidden"), M(SW, "title_surname", "neutral", "Ms Williams"),
     M(RN, "title_surname", "neutral", "Mrs Nancarrow"), M(DH, "title_surname", "negative", "Mr Hake"), M(WR, "title_surname", "negative", "Mr Rowe")])

add(blog("Tin & Tide", "tinandtide.example", "Growing up in Porthcarn, then leaving, then coming back", "Ten years since I left Porthcarn Comp", "Jory Penrose", "30 June 2024", """
It's ten years since I walked out of the gates of what was still Porthcarn Comprehensive, before the academy rebrand. I went to Bristol, then London, then came home when the rents got silly and the surf didn't.

Some of my teachers are still there. Miss Chegwidden, who let me paint in the art room every lunchtime when I didn't want to be in the yard. Mr Rowe, who was a young history teacher then and who told me, correctly, that I talked too much. Ms Pengelly, then Miss Trevail, on reception, who knew every kid's name and every kid's mum.

The town is different now. Half of Fore Street is key safes. But the school still smells of floor polish and wet wetsuits.
""", [("Elowen", "1 July 2024", "Miss Trevail! She still knows everyone's name."),
      ("Jory Penrose", "1 July 2024", "She's a legend.")]),
    [M(S, "alias", "neutral", "Porthcarn Comprehensive"), M(LC, "title_surname", "neutral", "Miss Chegwidden"), M(WR, "title_surname", "neutral", "Mr Rowe"),
     M(JP, "alias", "neutral", "Miss Trevail")])

add(news(*CD, "Education", "Ofsted: Porthcarn academy 'requires improvement' but SEND provision praised", "Kayleigh Matthews", "15 May 2024", """
Inspectors have judged Anvil Head Academy in Porthcarn to require improvement overall, citing inconsistent behaviour management at Key Stage 3 and weak outcomes in maths.

However the report singled out provision for pupils with special educational needs as "a strength", praising the work of SENCo Rebecca Nancarrow and her team. Personal development, including the surf academy and a thriving drama programme, was judged good.

Headteacher Dr Tamsin Pascoe-Trelawny said the school accepted the findings. "We know where we need to be and we'll get there," she said.
""", [("porthcarnpaul", "15 May 2024 17:30", "Fair report I reckon. Behaviour is the issue."),
      ("Nan Tregear", "15 May 2024 18:02", "The SEN team deserve medals.")]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(RN, "exact", "neutral", "Rebecca Nancarrow"), M(TPT, "exact", "neutral", "Tamsin Pascoe-Trelawny")])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Becky Tonkin", "2 reviews", 5, "1 week ago", "Our son is autistic and Mrs Nancarrow's team have been amazing. Mx Tregenza gave him a speaking part in the play and he shone. Can't fault it.", None),
    ("Dan Hosking", "Local Guide · 12 reviews", 3, "2 weeks ago", "Mixed. Art and PE brilliant, Mr O'Sullivan is a star. Maths is weak and communication from the top is poor.", ("1 week ago", "Thank you, we're working hard on maths and on communication with families."))]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(RN, "title_surname", "neutral", "Mrs Nancarrow"), M(RT, "title_surname", "neutral", "Mx Tregenza"),
     M(CO, "title_surname", "neutral", "Mr O'Sullivan")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Porthcarn RNLI", "11 February at 12:00", "Thank you to Year 9 at Anvil Head Academy and PE teacher Ciaran O'Sullivan for the beach safety assembly and the £640 raised from the sponsored swim! 🛟", "140", [
        ("Jill Hicks", "Brilliant kids", "3d"),
        ("Rachael Curnow", "Mine did 40 lengths 💪", "3d")])]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(CO, "alias", "neutral", "Ciaran O'Sullivan")])

add(news(*GZ, "Community", "Pupils' mining mural unveiled at Porthcarn library", "Morwenna Hocking", "9 October 2024", """
A 12-metre mural telling the story of Porthcarn's tin mines has been unveiled on the side of the town library, painted by Year 8 pupils from Anvil Head Academy.

The project was led by head of art Lowenna Chegwidden with local historian Derek Hosking. Funding came from the Arts and Heritage Alliance.

"The kids interviewed their grandparents about the mine and the boats," said Ms Chegwidden. "Every face on that wall is somebody's nan or grandad."
""", [("Derek Hosking", "9 Oct 2024 14:44", "Proudest project I've been involved in. Thank you Lowenna and the children."),
      ("Gill", "9 Oct 2024 16:20", "Ansum. Went to see it this morning.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(LC, "exact", "neutral", "Lowenna Chegwidden")])

add(x([("Anvil Head Academy", "AnvilHeadAcad", "3:30 PM · Mar 14, 2025", "Huge congratulations to Mr Hake's Year 11 maths club, who raised £1,200 for Cornwall Hospice Care with a 24-hour maths-a-thon! 🧮💙"),
       ("proud mum", "proudmum_kw", "3:45 PM · Mar 14, 2025", "My daughter did the 3am shift 😂 thank you Mr Hake")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(DH, "title_surname", "neutral", "Mr Hake")])

add(facebook("Treveglos Village Chat", "1.9K", [
    ("Pauline Stevens", "Saturday at 10:10", "Does anyone know if Anvil Head Academy is open for the community swim on Sunday? Mrs Pengelly said to check on here.", "8", [
        ("Jenna Pengelly", "Yes Pauline, 9-11am, lifeguard on. See you there!", "1d"),
        ("Pauline Stevens", "Thank you my bird", "1d")])]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(JP, "exact", "neutral", "Jenna Pengelly")])

add(tiktok("anvilheaddrama", "Year 9 rehearsals for 'Under Milk Wood' with Mx Tregenza 🎭 3 weeks to go! #schoolplay #cornwall", "original sound - anvilheaddrama", "902", [
    ("mum of a mog", "can't wait!! 😍", "2d"),
    ("anvilheaddrama", "tickets from the office dreckly!", "2d")]),
    [M(S, "handle", "neutral", "@anvilheaddrama"), M(RT, "title_surname", "neutral", "Mx Tregenza")])

add(x([("Cornwall Schools Surf", "cornwallschoolsurf", "6:00 PM · Apr 28, 2025", "Congrats to coach Ciarán O'Sullivan, named @SurfingEngland schools coach of the year 🏆 A massive shout to Anvil Head and the Polgwidden groms."),
       ("Demelza", "demelzacarne", "6:12 PM · Apr 28, 2025", "Deserved! Proper job Ciarán")]),
    [M(CO, "exact", "neutral", "Ciarán O'Sullivan"), M(S, "alias", "neutral", "Anvil Head")])

add(forum(*KM, "Porthcarn & Penwith", "Buses to Anvil from Carn Ellas", [
    ("CarnEllasMum", "Member · 55 posts", "2 Sep 2024, 07:40", "Is the 8.05 bus to Anvil still running this year? Website says one thing, driver says another."),
    ("porthcarnpaul", "Member · 15 posts", "2 Sep 2024, 07:55", "It's running but it's always late. Ring the office on 01632 960418 and ask for Jenna Pengelly, she knows the bus stuff."),
    ("CarnEllasMum", "Member · 55 posts", "2 Sep 2024, 08:02", "Thanks!")]),
    [M(S, "short_name", "negative", "bus to Anvil"), M(JP, "exact", "neutral", "Jenna Pengelly")])

add(news(*GZ, "Education", "Porthcarn teacher cleared after harbour incident", "Courts reporter", "7 February 2025", """
A Porthcarn maths teacher arrested after a disturbance on the harbour last November will face no further action, police have confirmed.

Daniel Hake, who teaches at Anvil Head Academy, was himself treated for injuries after the incident outside the Mermaid Inn. Devon and Cornwall Police said a 23-year-old man had accepted a caution for assault.

Mr Hake thanked "colleagues, pupils and the whole town" for their support.
""", [("Harbour_Light", "7 Feb 2025 13:02", "Told you all. Glad he's cleared."),
      ("Sophie W", "7 Feb 2025 13:40", "Apologies owed from a few people on Facebook I reckon.")]),
    [M(DH, "exact", "neutral", "Daniel Hake"), M(S, "exact", "neutral", "Anvil Head Academy")])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Gary Pender", "Thursday at 08:30", "Whoever at Anvil Head decided to close the bottom gate at 3.15 needs their head looking at. Carn Road is gridlocked, tractor couldn't get through, emmets beeping. Sort it out.", "55", [
        ("Sheila Rosewarne", "Here we go again", "2d"),
        ("Dave Kitto", "Mr Rowe was out directing traffic bless him", "2d")])]),
    [M(S, "alias", "negative", "Anvil Head"), M(WR, "title_surname", "neutral", "Mr Rowe")])

add(x([("Porthcarn Town Council", "porthcarntc", "10:00 AM · Nov 11, 2024", "Thank you to the pupils of Anvil Head Academy who read the names at this morning's Remembrance service at the war memorial, and to Dr Pascoe-Trelawny and Mrs Bolitho for attending."),
       ("Alan", "alan_retallack", "10:15 AM · Nov 11, 2024", "The readings were beautiful.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(TPT, "title_surname", "neutral", "Dr Pascoe-Trelawny"), M(KB, "title_surname", "neutral", "Mrs Bolitho")])

add(blog("Surf Notes Kernow", "surfnoteskernow.example", "Swell, wind and waffle from west Cornwall", "Polgwidden on a perfect November morning", "Jago Pollard", "20 November 2024", """
Dawn patrol at Polgwidden: 4 to 5 foot, light offshore, tide pushing. The reef was reeling and the usual crew were out, plus a dozen kids from the Anvil Head surf academy who, frankly, were surfing better than most of the adults.

Their coach, O'Sullivan, sat on the shoulder calling waves like a traffic warden. Credit where it's due: the kids wait their turn, which is more than I can say for some of the lads from up the road.
""", [("Kane", "20 November 2024", "School kids shouldn't be out on the reef on a good day. Locals first."),
      ("Jago Pollard", "20 November 2024", "They ARE locals Kane.")]),
    [M(S, "alias", "neutral", "Anvil Head"), M(CO, "surname_only", "neutral", "O'Sullivan")])

add(facebook("Anvil Head Academy Parents (unofficial)", "880", [
    ("Lisa Trewhella", "Tuesday at 19:40", "Update: met Miss Chegwidden and Dr Pascoe-Trelawny today about the coursework deadlines. Honestly they were great, new plan in place, daughter much calmer. Sometimes it's worth just asking.", "34", [
        ("Amy Pryor", "That's good news", "1d"),
        ("Lisa Trewhella", "Proper job x", "1d")])]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(LC, "title_surname", "neutral", "Miss Chegwidden"), M(TPT, "title_surname", "neutral", "Dr Pascoe-Trelawny")])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Sam Angove", "6 reviews", 2, "3 days ago", "Communication is poor. Emailed Mr Rowe and Mrs Bolitho, no reply for a fortnight. The office are lovely though, Mrs Pengelly especially.", None),
    ("Tom Eddy", "1 review", 4, "1 week ago", "Huge improvement this year. Kids are happier.", None)]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(WR, "title_surname", "negative", "Mr Rowe"), M(KB, "title_surname", "negative", "Mrs Bolitho"),
     M(JP, "title_surname", "neutral", "Mrs Pengelly")])

add(news(*CD, "Education", "West Cornwall schools warn of teacher housing crisis", "Ian Rodda", "20 January 2025", """
Schools across west Cornwall say they are losing teachers because staff cannot find anywhere to live, as holiday lets and second homes swallow the rental market.

At Anvil Head Academy in Porthcarn, chemistry teacher Sarah Williams spent her first term living in a static caravan. "I love the job and the kids. But in August my landlord wanted the caravan back for tourists," she said.

The Kernow Coast Academies Trust says it is exploring building staff housing on land it owns at Carn Ellas.
""", [("emmet_out", "20 Jan 2025 09:00", "This is what Airbnb does. Teachers in caravans."),
      ("second_home_sam", "20 Jan 2025 09:30", "Build more houses then.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(SW, "exact", "neutral", "Sarah Williams")])

add(x([("Kernow Netball", "kernownetball", "7:40 PM · Feb 20, 2025", "U16 county final: Anvil 24 - 19 Truro High! Brilliant coaching from Ms Williams and a player-of-the-match shift from their GA 🏐"),
       ("Anvil Head Academy", "AnvilHeadAcad", "7:55 PM · Feb 20, 2025", "So proud of the team! 💙")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(SW, "title_surname", "neutral", "Ms Williams")])

add(tiktok("y11.memories", "things i'll miss about anvil head: chegwidden's art room at lunch, o'sullivan yelling 'PADDLE' at 7am, hake's dad jokes 🥹 #leavers #classof2025", "memories - sound", "7,744", [
    ("ruby", "crying", "3d"),
    ("y11.memories", "hake's dad jokes were elite", "3d")]),
    [M(S, "alias", "neutral", "anvil head"), M(LC, "possessive", "neutral", "chegwidden's"), M(CO, "surname_only", "neutral", "o'sullivan yelling"),
     M(DH, "possessive", "neutral", "hake's dad jokes")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Wayne Trezise", "Friday at 17:45", "Attendance fines are a racket. Anvil Head fined 40 families last term. Pengelly rings my missus at work. Nothing to do with learning, all about the Ofsted numbers.", "29", [
        ("Donna Roberts", "It's the council that fines Wayne not the school", "3h"),
        ("Wayne Trezise", "same difference", "3h")])]),
    [M(S, "alias", "negative", "Anvil Head"), M(JP, "surname_only", "negative", "Pengelly rings")])

add(x([("Sophie", "sophiewrites", "8:00 PM · Jun 14, 2025", "To the person posting Mr Hake's address: the whole town has seen it and the whole town thinks you're a coward. He ran a free revision club for my kid for two years. #StandWithHake"),
       ("Ellen", "ellen_jory", "8:10 PM · Jun 14, 2025", "Well said.")]),
    [M(DH, "title_surname", "neutral", "Mr Hake")])

add(x([("bugs", "bugsy_kernow", "6:00 PM · Sep 30, 2025", "\u041dake gave us a pop quiz on a monday first thing. what kind of psychopath. anvil maths again 🙄"),
       ("kai", "kai_barrels", "6:05 PM · Sep 30, 2025", "bro used a russian H 😂")]),
    [M(DH, "homoglyph", "negative", "\u041dake"), M(S, "short_name", "negative", "anvil maths")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Jase Pender", "Monday at 23:40", "Nanc\u0430rrow won't sign the form for my boy. Tell her from me she wants to be careful walking to her car after dark. Lots of dark corners round the Public Hall.", "3", [
        ("Michelle Tonkin", "Reported Jase. Enough.", "10h")])]),
    [M(RN, "homoglyph", "threat", "Nanc\u0430rrow")])

add(tiktok("quietkid.kw", "rating my teachers 1-10: R\u03bfwe 2/10 boring, Ch\u0435gwidden 10/10 goddess, that's it that's the video #anvil", "rating - sound", "3,331", [
    ("mia", "chegwidden supremacy", "2d"),
    ("quietkid.kw", "fr", "2d")]),
    [M(WR, "homoglyph", "negative", "R\u03bfwe"), M(LC, "homoglyph", "neutral", "Ch\u0435gwidden"), M(S, "hashtag", "neutral", "#anvil")])

add(x([("no", "carn_anon", "12:30 AM · Jan 4, 2025", "pascoe-trelawny's white volvo is parked on chapel hill every night. would be a shame if it went for a swim in the harbour 🚗🌊"),
       ("m", "m_kernow", "12:45 AM · Jan 4, 2025", "??? reported")]),
    [M(TPT, "surname_only", "threat", "pascoe-trelawny's white volvo")])

add(facebook("West Cornwall Surf Parents", "2.2K", [
    ("Nikki Spargo", "Sunday at 20:30", "Got a certain surf coach from the Anvil Head surf academy doing private lessons for us mums next week 😏🏄‍♂️ O'Sullivan in a rash vest is all I need for my birthday", "22", [
        ("Demelza Carne", "Nikki you're incorrigible 😂", "1d")])]),
    [M(CO, "surname_only", "sexual", "O'Sullivan in a rash vest"), M(S, "alias", "neutral", "Anvil Head")])

# ---- more labelled
add(forum(*KM, "SEND in west Cornwall", "Transition to Anvil Head Academy - experiences?", [
    ("LittleFishMum", "Member · 30 posts", "3 Jun 2025, 20:05", "DS has ADHD and starts Y7 in September. Any tips for the transition days?"),
    ("CarnEllasMum", "Member · 57 posts", "3 Jun 2025, 20:22", "Ask for a meeting with Bex Nancarrow before the summer, she'll do a photo book of the building and the staff for him."),
    ("wheal_rose", "Member · 91 posts", "3 Jun 2025, 20:40", "And Mrs Bolitho does a quiet walk-round after school for anxious kids. Mr Rowe's tutor groups are lovely too.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(RN, "nickname", "neutral", "Bex Nancarrow"), M(KB, "title_surname", "neutral", "Mrs Bolitho"), M(WR, "title_surname", "neutral", "Mr Rowe")])

add(facebook("Cove Rowing Club", "540", [
    ("Cove Rowing Club", "Saturday at 18:00", "Our juniors came third at the Newquay regatta! 🚣 Thanks to coach Will Rowe, head of year 10 up at the Porthcarn Comp, who's been down the slip at 6am every Saturday since March.", "77", [
        ("Mandy Pollard", "Go on you gig girls!", "1d"),
        ("Will Rowe", "Proud of every one of them", "1d")])]),
    [M(WR, "nickname", "neutral", "Will Rowe"), M(S, "alias", "neutral", "Porthcarn Comp")])

add(x([("Kernow Sport Awards", "kernowsportawards", "5:00 PM · Nov 30, 2024", "Shortlist for Coach of the Year is out! Public vote open until Friday. #CiaranOSullivan4Coach from Anvil Head surf academy is flying 🌊"),
       ("grom mum", "grommum_kw", "5:10 PM · Nov 30, 2024", "voted x5")]),
    [M(CO, "hashtag", "neutral", "#CiaranOSullivan4Coach"), M(S, "alias", "neutral", "Anvil Head")])

add(x([("tired parent", "tired_parent_kw", "8:20 PM · Mar 4, 2025", "CiaranOSullivanForHead honestly. the only one at that school who answers a message the same day"),
       ("k", "k_pz", "8:22 PM · Mar 4, 2025", "he'd have them all surfing before registration")]),
    [M(CO, "camelcase", "neutral", "CiaranOSullivanForHead")])

add(forum(*PP, "Secondary education", "Coursework stress at Anvil Head", [
    ("StIvesSue", "Joined 2022 · 140 posts", "Sun 23 Mar 2025 21:00", "Ch*gwidden (not naming names 😉) has changed the GCSE art deadline again and Pascoe Trelawny's office just sends a form reply. DD is in tears. Is anyone else at Anvil Head going through this?"),
    ("Lamorna_L", "Joined 2019 · 311 posts", "Sun 23 Mar 2025 21:30", "Yes, same. Annoying but I think the exam board moved something.")]),
    [M(LC, "obfuscated", "negative", "Ch*gwidden"), M(TPT, "hyphenated", "negative", "Pascoe Trelawny"), M(S, "alias", "negative", "Anvil Head")])

add(news(*GZ, "Arts", "Porthcarn pupils' sea shanty musical wins county drama award", "Morwenna Hocking", "2 April 2025", """
A musical about the pilchard fishery, written and performed by pupils at Anvil Head Academy, has won best youth production at the Cornwall Drama Awards.

"Hevva!" was directed by drama teacher Robin Tregenza, with set design by the art department under Miss Chegwidden. Headteacher Dr Pascoe-Trelawny said she had "never heard a hall sing like it".
""", [("Alan Retallack", "2 Apr 2025 12:00", "Saw it twice. Ansum."),
      ("Lowena Jewell", "2 Apr 2025 12:20", "So deserved, well done Robin and the kids.")]),
    [M(S, "exact", "neutral", "Anvil Head Academy"), M(RT, "exact", "neutral", "Robin Tregenza"), M(LC, "title_surname", "neutral", "Miss Chegwidden"), M(TPT, "title_surname", "neutral", "Dr Pascoe-Trelawny")])

add(review("Anvil Head Academy", "Secondary school", SCHOOL_ADDR, "2.9", "87", [
    ("Polly Retallack", "9 reviews", 4, "5 days ago", "Dan Hake got my son through maths resits, and Miss Williams in science is firm but fair. Still too many supply teachers.", None),
    ("Mike Rowe", "Local Guide · 60 reviews", 2, "2 weeks ago", "Car park chaos every morning and the website is always out of date.", ("2 weeks ago", "Thanks Mike, the new drop-off plan starts after half term."))]),
    [M(S, "exact", "negative", "Anvil Head Academy"), M(DH, "nickname", "neutral", "Dan Hake"), M(SW, "title_surname", "neutral", "Miss Williams")])

# ---- decoys
add(x([("jules", "jules_pz", "9:02 AM · Oct 2, 2024", "aha! found my car keys in the fridge. 40 minutes late for work. again."),
       ("pete", "pete_hayle", "9:05 AM · Oct 2, 2024", "classic")]), [])

add(news(*CD, "Health", "New CPR guidance: 'push hard and fast', says AHA", "Health desk", "12 November 2024", """
Updated resuscitation guidance from the American Heart Association (AHA) and the UK Resuscitation Council stresses that bystanders should not worry about rescue breaths.

St John Ambulance will run free CPR sessions at the Public Hall in Porthcarn and at Treveglos chapel in January.
""", [("lifeboat_fan", "12 Nov 2024 18:00", "Everyone should learn this. Booked.")]), [])

add(blog("Hammer & Hearth", "hammerandhearth.example", "A blacksmith's notebook from a forge near Camborne", "Choosing your first anvil", "Tom Angwin", "14 August 2024", """
Everyone asks about the anvil first. Get the heaviest you can afford: 100kg minimum for general work. Check the face for chips and ring it with a hammer; a dead clunk means a crack.

The horn, the face, the hardy hole and the pritchel hole all have jobs. An old Peter Wright anvil with a good rebound is worth more than a shiny new one.
""", [("Ed", "15 August 2024", "Picked up an old anvil at a farm sale near Porthcarn last year, 120kg, lovely ring to it.")]), [])

add(facebook("Anvil Head Coastguard Rescue Team", "2.7K", [
    ("Anvil Head Coastguard Rescue Team", "Tuesday at 21:00", "Tasked at 18:40 to a dog cut off on the rocks below the engine house at Polgwidden. Dog and owner reunited, both wet, both fine. 🐕 Please keep dogs on leads near the cliff edge.", "211", [
        ("Janine Curnow", "Thank you all so much!! 🧡", "1d")])]), [])

add(facebook("Porthcarn Community Noticeboard", "6.1K", [
    ("Porthcarn Primary School PTA", "8 June at 09:00", "☀️ Summer fair this Saturday 12-3 at Porthcarn Primary School! Tombola, splat the rat, cream teas, and the Porthcarn Silver Band. All proceeds to the new outdoor classroom.", "92", [
        ("Jill Hicks", "Will be there with scones", "2d")])]), [])

add(news("Cambrian Courier", "cambriancourier.example", "Announcements", "Obituary: Sarah Williams, 1941-2025", "Announcements", "18 March 2025", """
Sarah Williams, of Penparcau, Aberystwyth, died peacefully at Bronglais Hospital aged 83. A retired primary headteacher, she taught generations of children in Ceredigion and sang with the chapel choir for sixty years.

Funeral at Capel y Morfa, Friday 28 March at 2pm.
""", [("Gwen", "18 Mar 2025 12:00", "She taught me to read. Cwsg mewn hedd, Mrs Williams.")]), [])

add(review("Hake Plumbing & Heating", "Plumber", "Unit 4, Kirkstall Trading Estate, Leeds LS5 3BT", "4.7", "93", [
    ("Graham W", "Local Guide · 88 reviews", 5, "a month ago", "Daniel Hake fixed our boiler on a Sunday, fair price, tidied up after himself. Top bloke.", ("a month ago", "Cheers Graham - Dan")),
    ("Sue", "2 reviews", 4, "2 months ago", "Good work, bit late arriving.", None)]), [])

add(x([("Porthcarn Fish Market", "porthcarnfish", "6:30 AM · Jan 22, 2025", "This morning's prices 🐟 Hake (large) £4.20/kg, monk tails £11, megrim £3.10, gurnard £1.80. Good landings from the netters after a week tied up."),
       ("chef", "cove_kitchen", "6:45 AM · Jan 22, 2025", "Saving me 10kg of that hake please!")]), [])

add(facebook("Porthcarn Harbour Users", "1.1K", [
    ("Andy Kitto", "Friday at 15:20", "FV Kerensa back in after four days, 200 stone of hake and a few turbot. Skipper's happy for once 😂 Bolitho's old trawler looking tidy since the refit.", "64", [
        ("Jan Kitto", "Proper job boys", "4h"),
        ("Andy Kitto", "Fish cellars tomorrow 7am if anyone wants some", "4h")])]), [])

add(review("Bolitho Motors", "Used car dealer", "Dolcoath Road, Camborne TR14 8RP · 01632 960099", "4.1", "156", [
    ("Rich", "14 reviews", 4, "3 weeks ago", "Bought a Corsa from Mr Bolitho, honest about the scratches, good price.", None),
    ("Kay", "1 review", 2, "5 months ago", "Warranty claim took ages.", None)]), [])

add(blog("Kernow Holiday Homes", "kernowholidayhomes.example", "Handpicked cottages in west Cornwall", "Five fishermen's cottages in Porthcarn for your summer escape", "Lettings team", "1 February 2025", """
Porthcarn is the west Cornwall secret everyone is talking about: a working harbour, old engine houses and the golden sand of Polgwidden Cove.

Our favourite is Net Loft Cottage, sleeps four, listed with Tregenza & Co estate agents, from £1,450 a week in August. Wake up to the boats coming in.
""", [("Local", "2 February 2025", "And this is why nobody who works here can live here."),
      ("Lettings team", "3 February 2025", "We appreciate the concern around housing in Cornwall.")]), [])

add(x([("birdwatch kernow", "birdwatchkw", "7:45 AM · Dec 5, 2024", "A robin singing its heart out on the fence at Treveglos this morning, plus a black redstart on the chapel roof. Winter birding in west Cornwall 🐦"),
       ("Robin", "robin_birds", "8:00 AM · Dec 5, 2024", "Black redstart! Jealous.")]), [])

add(news(*GZ, "Education", "New headteacher named at Penmorvah School", "Education reporter", "25 June 2024", """
The Kernow Coast Academies Trust has appointed Emma Tresize as the new headteacher of Penmorvah School near Helston. She joins from a school in Plymouth.

The trust, which runs eleven schools across west Cornwall, said it was delighted with the appointment.
""", [("Helston_Mum", "25 Jun 2024 19:00", "Good luck to her.")]), [])

add(tiktok("forge.and.flame", "restoring my grandad's anvil part 3 🔨 the ring on this thing after 80 years 😮‍💨 #blacksmith #restoration", "original sound - forge.and.flame", "412K", [
    ("steve", "that anvil has stories", "2w"),
    ("forge.and.flame", "he shod ponies on it in Carn Ellas", "2w")]), [])

add(facebook("Treveglos Gig Club", "730", [
    ("Treveglos Gig Club", "Sunday at 17:00", "Regatta results 🚣 Men's A: 2nd (cox Mike Rowe). Ladies' B: 1st! Juniors: 4th. Pasties at the clubhouse after, thank you Sandra.", "88", [
        ("Mike Rowe", "Proud of the lads", "1d")])]), [])

add(x([("Penguin Books UK", "penguinukbooks", "12:00 PM · May 8, 2025", "Out now: The Salt House by Sarah Williams, a story of three sisters and one very stubborn lighthouse. Join Sarah at Waterstones Piccadilly on Thursday."),
       ("reader", "booksandtea", "12:10 PM · May 8, 2025", "Pre-ordered!")]), [])

add(forum(*PP, "Secondary education", "St Piran's School Truro - maths department?", [
    ("TruroDad", "Joined 2020 · 60 posts", "Tue 7 Jan 2025 20:00", "Anyone at St Piran's got experience of the maths department? Mr Jelbert has been off and DS has had cover since October."),
    ("TrueBlueTruro", "Joined 2016 · 3,215 posts", "Tue 7 Jan 2025 20:20", "Mrs Dunstan runs it and she's very good. Email her direct.")]), [])

add(review("The Anvil Inn", "Pub", "Foundry Square, Hayle TR27 4HH · 01632 960650", "4.4", "879", [
    ("Beth", "Local Guide · 30 reviews", 5, "2 weeks ago", "Great pub, open fire, Doom Bar on tap, crab sandwich was ansum. Dogs welcome.", None),
    ("Mark", "5 reviews", 3, "1 month ago", "Busy with emmets in August (I was one of them).", None)]), [])

add(news(*CD, "Coast", "Porthcarn harbour dredging to start after two-year delay", "Ian Rodda", "10 October 2024", """
Work to dredge Porthcarn harbour will finally begin next month after funding was agreed by Cornwall Council and the harbour commissioners.

Silt from the old mine workings has built up so much that larger boats can only get in two hours either side of high water. "It's been a bleddy nightmare," said one skipper.
""", [("salty_dog_61", "10 Oct 2024 19:00", "Believe it when I see it."),
      ("Ann P", "10 Oct 2024 19:30", "Dreckly, as always.")]), [])

add(blog("Speak Kernewek", "speakkernewek.example", "Cornish words and phrases, old and new", "Dreckly, emmets and ansum: a beginner's glossary", "Tamsyn Bray", "5 May 2024", """
Dreckly: at some point, maybe, eventually. Never to be confused with "directly".

Emmet: a tourist (literally an ant). Ansum: handsome, lovely, used for people, pasties and waves. Proper job: well done. Teasy: grumpy.

"Wasson?" is how you say hello in half the pubs between Porthcarn and Penzance.
""", [("Jory", "6 May 2024", "You forgot 'my bird'!")]), [])

add(tiktok("pasty.queen", "how we crimp at Pengelly's Bakery in Porthcarn 🥟 20 crimps minimum or you're not Cornish #pasty #cornwall", "original sound - pasty.queen", "61.2K", [
    ("emmet_sam", "drove 4 hours for one of these, worth it", "1w"),
    ("pasty.queen", "see you dreckly!", "1w")]), [])

add(x([("World Snooker Tour", "WeAreWST", "9:40 PM · Apr 30, 2025", "147! 🔥 Ronnie O'Sullivan makes the 16th maximum of his career at the Crucible. Unbelievable."),
       ("fan", "snookerfan88", "9:42 PM · Apr 30, 2025", "The Rocket. GOAT.")]), [])

add(facebook("Cornwall Farm Days Out", "9.8K", [
    ("Nancarrow Farm", "Wednesday at 10:00", "🐑 Lambing weekend at Nancarrow Farm near Truro, 12-13 April. Bottle feeding, tractor rides and the farm shop open. Book online.", "420", [
        ("Lucy", "Booked for the kids!", "2d")])]), [])

# ---- late additions
add(x([("parent", "porth_parent_22", "9:15 PM · May 12, 2025", "@MrsBolitho_DSL two-faced snake. smiles at you in the meeting then does the opposite. you're a disgrace"),
       ("k", "kerry_a", "9:20 PM · May 12, 2025", "tagging her is a bit much")]),
    [M(KB, "handle", "abuse", "@MrsBolitho_DSL")])

add(facebook("Porthcarn & District Uncensored", "3.4K", [
    ("Lee Tonkin", "Tuesday at 21:30", "William Rowe, head of year 10 at the academy, lives at 3 Count House Row, Carn Ellas TR20 7LQ. Go round and ask him why my son's report came a month late.", "6", [
        ("Carol Eddy", "Lee take this down now", "1d")])]),
    [M(WR, "exact", "doxxing", "William Rowe")])

add(forum(*KM, "Porthcarn & Penwith", "Staff panto!", [
    ("Porthcarn_Pete", "Member · 34 posts", "14 Dec 2024, 22:00", "Staff panto at Anvil Head last night. Sarah Williams as the mermaid 🥵🧜‍♀️ in that tail... I need a cold shower. Best £5 I ever spent."),
    ("TidalTina", "Member · 206 posts", "14 Dec 2024, 22:20", "Pete, again, married man 😂")]),
    [M(SW, "exact", "sexual", "Sarah Williams"), M(S, "alias", "neutral", "Anvil Head")])


# ---------------------------------------------------------------- build and check
EXACT = {k: [v] for k, v in FULL.items()}
EXACT[CO] = FULL_CO[:1]
ALIASES[CO] = FULL_CO[1:]
TITLE_RE = r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+"
PRIORITY = {"exact": 0, "alias": 1, "title_surname": 2}


def plain(kind, text):
    if kind in ("news", "forum", "blog"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text


def check(i, d, text):
    low = text.lower()
    seen = set()
    for m in d["mentions"]:
        sub, var, cat = m["subject"], m["variant"], m["category"]
        assert sub not in seen, (i, sub, "duplicate subject")
        seen.add(sub)
        assert var in VARIANTS, (i, var)
        assert cat in CATS, (i, cat)
        assert m["form"].lower() in low, (i, sub, m["form"], "form not in text")
        rank = PRIORITY.get(var, 3)
        if rank > 0:
            for f in EXACT[sub]:
                assert f.lower() not in low, (i, sub, var, "exact form present", f)
        if rank > 1:
            for f in ALIASES.get(sub, []):
                if sub == S:
                    assert not re.search(re.escape(f), text, re.I), (i, var, "school alias present", f)
                else:
                    assert f.lower() not in low, (i, sub, var, "alias present", f)
            if sub == S and var not in ("hashtag", "handle", "camelcase"):
                assert not re.search(r"\bAHA\b", text), (i, "AHA present")
        if rank > 2 and sub != S:
            assert not re.search(TITLE_RE + re.escape(SURNAME[sub]), text, re.I), (i, sub, var, "title+surname present")
        if m["url_only"]:
            assert cat == "sexual", (i, "url_only needs sexual")
    if not d["mentions"]:
        assert "anvil head academy" not in low and "chegwidden" not in low, (i, "decoy names school/unique")


def main():
    out = HERE / "docs"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    labels = []
    for i, d in enumerate(DOCS):
        ext = "html" if d["kind"] in ("news", "forum", "blog") else "txt"
        name = f"{i:03d}-{d['kind']}.{ext}"
        (out / name).write_text(d["text"], encoding="utf-8")
        check(i, d, plain(d["kind"], d["text"]))
        exp = [{"subject": m["subject"], "variant": m["variant"], "category": m["category"], "url_only": m["url_only"]} for m in d["mentions"]]
        labels.append(json.dumps({"file": name, "kind": d["kind"], "expected": exp}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(labels) + "\n", encoding="utf-8")

    ments = [m for d in DOCS for m in d["mentions"]]
    cats = Counter(m["category"] for m in ments)
    vars_ = Counter(m["variant"] for m in ments)
    kinds = Counter(d["kind"] for d in DOCS)
    decoys = sum(1 for d in DOCS if not d["mentions"])
    serious = sum(cats[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation", "abuse"))
    print(f"documents: {len(DOCS)} (decoys {decoys}, {100 * decoys / len(DOCS):.0f}%)")
    print(f"mentions: {len(ments)} (serious {serious}, {100 * serious / max(1, len(ments)):.0f}%; url_only {sum(m['url_only'] for m in ments)})")
    print("per category: " + ", ".join(f"{c} {cats[c]}" for c in CATS))
    print("per variant: " + ", ".join(f"{v} {vars_[v]}" for v in VARIANTS))
    print("per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("per subject: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(m["subject"] for m in ments).items())))
    problems = []
    if not 180 <= len(DOCS) <= 220:
        problems.append("document count")
    if not 300 <= len(ments) <= 350:
        problems.append("mention count")
    for c in ("threat", "hate", "sexual", "doxxing", "defamation", "abuse"):
        if cats[c] < 15:
            problems.append(f"too few {c}")
    for v in VARIANTS:
        if vars_[v] < 5:
            problems.append(f"too few {v}")
    if problems:
        print("QUOTA PROBLEMS: " + "; ".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
