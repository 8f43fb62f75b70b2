# ruff: noqa: E501
"""Build the train15 labelled corpus for the repwatch matcher.

Setting: St Chad's Church of England Primary School (ages 4-11, with a nursery) in the invented
North Yorkshire market town of Ulverby, with its feeder villages Cawleside, Low Fenby and
Hollinthorpe (school on Fenby Lane). Eleven staff: head Helen Garbutt (maiden name Helen
Pybus), deputy head and DSL Simon Kettlewell, SENCO Joanne Pickersgill-Ward, EYFS lead Amara
Oduya, Year 2 teacher Thomas Dinsdale, Year 3/4 teacher Hannah Lister, Year 5/6 teacher
Katarzyna ("Kasia") Nowak, Reception teaching assistant Lorraine Sowerby, school business
manager Beverley Thwaites, sports coach Ryan Fairburn (supplied by Dales Active Sport) and
caretaker Keith Addyman. Everything is fictional: .example domains, Ofcom drama numbers
(01632 960xxx, 07700 900xxx), invented addresses and postcodes.

Voices: the Ulverby & Ryedale Courier (weekly local paper), a regional news site, council
minutes, the parish magazine, a Mumsnet-style forum, local Facebook groups, WhatsApp groups
pasted as text, pupils' and older siblings' TikTok/Instagram, Google-style and nursery-site
reviews, Ofsted-style summaries, job adverts and sports reports.

This corpus leans on child safety in a primary setting. Labelling conventions (on top of the
brief's):
- One entry per subject per document; category = the WORST the whole page gives that subject,
  in the order threat > hate > sexual > doxxing > defamation > abuse > negative > neutral.
  variant = the easiest form of the name on the page (exact > alias > title_surname > the rest).
- url_only = true only for sexual content where a child may be involved.
- A worry, rumour or allegation that a staff member has had inappropriate contact with a pupil
  (photos of children on a personal phone, one-to-one "special" attention, gifts or private
  messages to a child, a child saying a teacher touched them, a TA alone with children in the
  toilets, a coach in the changing rooms) is `sexual` with url_only=true for that staff member,
  and for the school when the page names it.
- CONVENTION for this corpus: the brief files a report of criminal charges against a named staff
  member under `defamation`; but a report that a named staff member is accused of, arrested for,
  charged with or convicted of sexual offences against children or indecent images of children
  is labelled `sexual` with url_only=true (for that person and for the school when named).
  Non-sexual charges (e.g. fraud) stay `defamation`.
- Calling a named staff member a "nonce"/paedophile is treated as a child-sexual allegation:
  `sexual`, url_only=true.
- Sexual remarks about an adult staff member with no child involved are `sexual`,
  url_only=false.
- A page that clears a staff member, denies a rumour, or condemns rumour-mongering is `neutral`
  for them (negation/condemnation), as long as it adds no new allegation. A page that keeps
  insinuating after a clearance ("no smoke without fire") is `sexual`/url_only.
- Near misses that are NOT sexual: safeguarding training, the DSL explaining policy, intimate
  care policy explained without suspicion, "touching story", children "all over" a teacher at a
  leavers' assembly, nativity photos posted by the school, "got intimate with the data", PE kit
  and changing-arrangement complaints (negative at most).
- A threat to a staff member that sits on a page about their sexual offending is labelled
  `threat` (worse), url_only=false.
- Reports quoting racist/homophobic abuse of a staff member in order to report it carry `hate`
  for that person (as a court report of a threat carries `threat`); pure condemnation with no
  quoted slur is neutral.
- A staff name counts only when the page ties it to the school (name, alias, locality, domain
  or their job there), unless the entry is unique (Oduya, Addyman). Pages about a different
  person who shares the name get no label, even for the unique names.
- variant "first_initial" = first name plus surname initial ("Ryan F."); "initial_surname" =
  initial plus surname ("R. Fairburn"); "Mr D"/"Miss O"/"Coach Ry"/"Bev" are nicknames.

Written WITHOUT reading the matcher (src/), the other corpora, bench/ or the README: this is a
generalisation test set. Never tune on it.
"""

from __future__ import annotations

import html
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

VARIANTS = {
    "exact",
    "title_surname",
    "initial_surname",
    "first_initial",
    "nickname",
    "possessive",
    "hyphenated",
    "typo",
    "leetspeak",
    "homoglyph",
    "spacing",
    "obfuscated",
    "hashtag",
    "handle",
    "camelcase",
    "alias",
    "short_name",
    "surname_only",
}
CATEGORIES = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"}
KINDS = {"forum", "news", "review", "social", "facebook", "blog"}
HTML_KINDS = {"news", "forum", "blog"}


@dataclass(frozen=True)
class Expect:
    subject: str
    variant: str
    category: str
    url_only: bool = False


def E(subject: str, variant: str, category: str, url_only: bool = False) -> Expect:
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    assert not url_only or category == "sexual", (subject, category)
    return Expect(subject, variant, category, url_only)


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[Expect, ...] = field(default=())

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


DOCS: list[Doc] = []


def add(kind: str, text: str, *expected: Expect) -> None:
    assert kind in KINDS, kind
    subjects = [e.subject for e in expected]
    assert len(subjects) == len(set(subjects)), subjects
    DOCS.append(Doc(kind, text.strip() + "\n", tuple(expected)))


# ---------------------------------------------------------------- page templates


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras(body: str) -> str:
    out = []
    for block in body.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        else:
            out.append(f"<p>{esc(block)}</p>")
    return "\n".join(out)


NEWS_SITES = {
    "courier": (
        "Ulverby &amp; Ryedale Courier",
        ["News", "Sport", "What's On", "Farming", "Announcements", "Jobs", "Motors"],
        "The Ulverby &amp; Ryedale Courier is published every Thursday. &copy; 2025 Vale Newspapers Ltd, "
        "4 Millgate Yard. Complaints: we follow the Editors' Code of Practice.",
    ),
    "region": (
        "YorkshireNow",
        ["Home", "News", "Crime", "Education", "Sport", "Weather", "Traffic"],
        "&copy; YorkshireNow Digital 2025. Cookie settings | Privacy | Sign up to our morning newsletter.",
    ),
    "gazette": (
        "Dales &amp; Vale Gazette",
        ["Local", "Courts", "Schools", "Community", "Sport", "Notices"],
        "Dales &amp; Vale Gazette &mdash; serving the dales since 1871. Read our Terms and Privacy notice.",
    ),
    "other": (
        "Midlands Echo Online",
        ["News", "Sport", "Business", "Lifestyle", "Property"],
        "&copy; Midlands Echo Online. All rights reserved. Advertise with us.",
    ),
    "council": (
        "North Yorkshire Council &ndash; Committee papers",
        ["Councillors", "Meetings", "Decisions", "Search"],
        "Published under the Local Government Act 1972. Large print copies on request.",
    ),
    "ofsted": (
        "School inspection reports",
        ["Find an inspection report", "About inspections", "Contact"],
        "This summary is provided for parents. The full report is available on request.",
    ),
    "church": (
        "Parish of Ulverby with Cawleside &ndash; The Beacon",
        ["Services", "Weddings &amp; Baptisms", "The Beacon magazine", "Contact"],
        "The Beacon is delivered free to every household in the parish. Registered charity no. 1190000.",
    ),
    "jobs": (
        "TeachNorth Jobs",
        ["Find jobs", "Schools", "Career advice", "Post a job"],
        "TeachNorth Jobs &copy; 2025. All vacancies are subject to safer recruitment checks.",
    ),
}


def news(
    site: str,
    headline: str,
    body: str,
    byline: str = "",
    date: str = "",
    related: tuple[str, ...] = (),
) -> str:
    name, nav, footer = NEWS_SITES[site]
    nav_html = " | ".join(f'<a href="/{n.lower().replace(" ", "-")}">{n}</a>' for n in nav)
    meta = " &middot; ".join(esc(x) for x in (byline, date) if x)
    rel = "".join(f"<li>{esc(r)}</li>" for r in related)
    aside = f"<aside><h3>Most read</h3><ul>{rel}</ul></aside>" if rel else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(headline)} | {name}</title></head>
<body>
<header><div class="masthead">{name}</div><nav>{nav_html}</nav></header>
<main><article>
<h1>{esc(headline)}</h1>
<p class="meta">{meta}</p>
{paras(body)}
</article>
{aside}
</main>
<footer><p>{footer}</p></footer>
</body></html>"""


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    items = []
    for user, when, text in posts:
        items.append(
            f'<div class="post"><div class="author">{esc(user)}</div>'
            f'<div class="when">{esc(when)}</div>\n{paras(text)}</div>'
        )
    body = "\n".join(items)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {esc(site)}</title></head>
<body>
<header><a href="/">{esc(site)}</a> &rsaquo; <a href="/talk">Talk</a> &rsaquo; {esc(board)}</header>
<main><h1>{esc(title)}</h1>
{body}
</main>
<footer>Please report posts that break our Talk Guidelines. Posts are the views of members, not of {esc(site)}.</footer>
</body></html>"""


def blog(
    blogname: str, title: str, date: str, body: str, comments: list[tuple[str, str]] = ()
) -> str:
    cm = "\n".join(f'<div class="comment"><b>{esc(u)}</b>: {esc(t)}</div>' for u, t in comments)
    cm_html = (
        f'<section class="comments"><h3>{len(comments)} comments</h3>\n{cm}</section>'
        if comments
        else ""
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} &ndash; {esc(blogname)}</title></head>
<body>
<header><h2>{esc(blogname)}</h2><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a></nav></header>
<article><h1>{esc(title)}</h1><time>{esc(date)}</time>
{paras(body)}
</article>
{cm_html}
<footer>Powered by a blogging platform. Share: Facebook | X | WhatsApp</footer>
</body></html>"""


def reviews(place: str, site: str, items: list[tuple[str, str, str, str]], header: str = "") -> str:
    lines = [f"{place}", f"{site}", header, ""]
    for who, stars, when, text in items:
        lines += [f"{who}", f"{stars} · {when}", text.strip(), "Helpful · Share", ""]
    return "\n".join(x for x in lines if x is not None)


def fb(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: list[tuple[str, str]] = (),
    reacts: str = "",
) -> str:
    lines = [group, f"{author} · {when}", "", text.strip(), ""]
    if reacts:
        lines.append(reacts)
    lines.append("Like · Comment · Share")
    lines.append("")
    for who, t in comments:
        lines.append(f"{who}")
        lines.append(t.strip())
        lines.append("Like · Reply")
        lines.append("")
    return "\n".join(lines)


def clip(
    platform: str, handle: str, caption: str, comments: list[tuple[str, str]] = (), stats: str = ""
) -> str:
    lines = [platform, handle, caption.strip()]
    if stats:
        lines.append(stats)
    lines.append("")
    for who, t in comments:
        lines.append(f"{who}  {t.strip()}")
    return "\n".join(lines)


def whatsapp(group: str, lines: list[tuple[str, str, str]], note: str = "") -> str:
    out = []
    if note:
        out += [note, ""]
    out.append(f"[WhatsApp] {group}")
    for when, who, t in lines:
        out.append(f"[{when}] {who}: {t}")
    return "\n".join(out)


# ---------------------------------------------------------------- documents
S = "school"

# === The sports coach strand (sexual, mostly url_only) ==============================

add(
    "news",
    news(
        "courier",
        "Sports coach arrested after concerns raised at Ulverby primary",
        """
A man who ran PE lessons and an after-school football club at St Chad's CE Primary School in Ulverby has been arrested on suspicion of making indecent images of children.

Police confirmed that a 31-year-old man from the Cawleside area was detained on Tuesday morning following "information received from a partner agency". He has since been released on bail while enquiries continue.

The man was not directly employed by the school. He was supplied by an outside provider which delivers sport in a number of primary schools across Ryedale and runs holiday camps in the summer.

Parents received a letter from the school on Wednesday evening. It said the individual "has not been on site since concerns were first raised and will not return", and that the school was "working fully with the police and the local authority designated officer".

One mother, who asked not to be named, said she had found out from a neighbour before the letter arrived. "You just feel sick. You hand your children over every day and you trust that the adults around them have been checked."

The provider said in a statement that it had suspended the coach and was "co-operating fully". It added that all of its staff hold enhanced DBS certificates.

Anyone with information is asked to call police on 101, or Crimestoppers anonymously. Children and young people can talk to Childline at any time.
""",
        byline="By Courier reporter",
        date="Thursday 13 February 2025",
        related=(
            "Ulverby Show moves to new field",
            "Bypass plans back on the table",
            "Cawleside pub reopens after flood",
        ),
    ),
    E(S, "alias", "sexual", True),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Gemma Hirst",
        "12 February at 21:47",
        """Is it true the coach at St Chad's has been arrested??? My Alfie does Thursday football club and he's been really off for weeks. Feel physically sick. Anyone know anything?""",
        [
            (
                "Leanne Wray",
                "It's in the Courier online. Doesn't say who but everyone knows it's Ryan F 😢",
            ),
            (
                "Dawn Pexton",
                "Please don't name people on here. The police haven't said who it is and you could wreck a case.",
            ),
            ("Gemma Hirst", "I'm not naming anyone I'm asking a question Dawn"),
            (
                "Kerry-Ann Booth",
                "My two both had him for PE. I'm ringing the school first thing, they'd better have answers.",
            ),
            ("Mark Sleightholme", "Letter has just come through on ParentMail, check your emails"),
            (
                "Admin – Sue",
                "Comments turned off. If you have concerns please go to the school or ring 101. We won't allow speculation in this group.",
            ),
        ],
        reacts="😢😮 214",
    ),
    E(S, "short_name", "sexual", True),
    E("rfairburn", "first_initial", "sexual", True),
)

add(
    "news",
    news(
        "region",
        "Ulverby sports coach charged with child abuse image offences",
        """
A sports coach who worked in primary schools in North Yorkshire has been charged with offences including making indecent images of children and sexual communication with a child.

Ryan Fairburn, 31, of Cawleside, near Ulverby, was charged on Friday after a three-month investigation. He is due to appear before York Magistrates' Court next month.

Mr Fairburn was employed by a community sports company and delivered PE lessons and after-school clubs at St Chad's Church of England Primary School in Ulverby, as well as running holiday camps in the area.

A police spokesperson said: "We understand the concern this will cause in the community. Specially trained officers are supporting the families involved. We would ask people not to speculate online, as this could jeopardise the court process."

The school said it could not comment on an ongoing criminal case but that it had "robust safeguarding procedures" and had written to all families.

## Advice for parents

The NSPCC helpline is available for adults worried about a child. Childline offers free, confidential support for children.
""",
        byline="Education and crime desk",
        date="16 May 2025",
        related=(
            "A64 closed after lorry fire",
            "Scarborough hotel plans approved",
            "Weather: heatwave on the way?",
        ),
    ),
    E("rfairburn", "exact", "sexual", True),
    E(S, "exact", "sexual", True),
)

add(
    "news",
    news(
        "gazette",
        "Court list: York Magistrates' Court, Thursday 12 June",
        """
The following cases were dealt with or adjourned. Ages and home areas are as given in court.

D. Pearson (44), Malton — driving with excess alcohol. Banned 18 months, fined £620.

J. Hodgson (27), Pickering — theft from a shop (x2). Community order, 60 hours unpaid work.

R. Fairburn (31), Cawleside — making indecent photographs of a child (x3); sexual communication with a child; sexual assault of a child under 13. No pleas indicated. Sent to York Crown Court; conditional bail.

S. Kemp (52), Helmsley — failing to stop after a collision. Adjourned for reports.

L. Moor (19), Norton — possession of cannabis. Fined £80.

A. Ward (36), Kirkbymoorside — using threatening words or behaviour. Discharged conditionally for 12 months.
""",
        byline="Courts reporter",
        date="13 June 2025",
    ),
    E("rfairburn", "initial_surname", "sexual", True),
)

add(
    "news",
    news(
        "courier",
        "Former St Chad's coach jailed for six years after abusing trust of families",
        """
A sports coach who used his position at an Ulverby primary school to target children has been jailed for six years.

Ryan Fairburn, 31, of Cawleside, pleaded guilty at York Crown Court to three counts of making indecent images of children, one count of sexual communication with a child and one count of sexual assault of a child under 13.

The court heard that Fairburn delivered PE lessons and ran a popular after-school football club at St Chad's Church of England Primary School on Fenby Lane for almost three years, employed by the community interest company Dales Active Sport.

Prosecuting, Ms Anita Choudhury told the court that Fairburn had "deliberately cultivated" a reputation as the fun coach that every child wanted to be picked by. He offered extra one-to-one sessions in the school hall after club had finished, gave some pupils presents including football boots and shirts, and followed families on social media so that he could message children directly.

Concerns first came to light when a parent noticed messages on her daughter's tablet from an account she did not recognise. She took them to the school, which contacted the local authority designated officer and the police the same afternoon.

Officers seized Fairburn's phone and a laptop. Analysis found more than 1,400 indecent images, a small number of which had been taken on school premises. None of the images has been shown publicly and the court heard no detail of their content beyond the legal categories.

In a victim statement read to the court, the mother of one child said her daughter had stopped sleeping through the night. "She thought she was special. She thought she had done something wrong by keeping his secret. We are trying to teach her that none of this was her fault."

Defending, Mr Peter Lowther said his client was "deeply ashamed" and had sought help from a charity that works with people who have a sexual interest in children.

Sentencing, His Honour Judge Atkinson said: "You were trusted by parents, by the school and by the children themselves. You exploited that trust in a calculated way. The harm you have done will last far longer than any sentence I can pass."

Fairburn was jailed for six years, will be on the sex offenders' register for life and is subject to an indefinite sexual harm prevention order.

## School statement

In a statement after the hearing, headteacher Helen Garbutt said: "Our thoughts are with the children and families affected. We acted as soon as a concern was brought to us and we have worked closely with the police throughout. The safety of our children is at the heart of everything we do, and we have reviewed every part of how we work with visiting coaches."

She said that Simon Kettlewell, the school's deputy head and designated safeguarding lead, had led a full review with the county's safeguarding team, and that extra support was in place for pupils.

Dales Active Sport said it had commissioned an independent review and no longer operated in schools while it was completed.

## Where to get help

Parents who are worried about a child can contact the NSPCC helpline. The Lucy Faithfull Foundation runs Stop It Now, a confidential service. Children can call Childline on 0800 1111.

Detective Sergeant Jo Rennison said: "I want to thank the families who came forward. Their courage made this prosecution possible."
""",
        byline="By Helen Storr, chief reporter",
        date="Thursday 18 September 2025",
        related=(
            "Ulverby Show results in full",
            "Why is the Fenby Lane bus always late?",
            "Planning: 40 homes at Hollinthorpe",
        ),
    ),
    E("rfairburn", "exact", "sexual", True),
    E(S, "exact", "sexual", True),
    E("hgarbutt", "exact", "neutral"),
    E("skettlewell", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Primary education",
        "AIBU to think the school should have told us MONTHS ago?",
        [
            (
                "OatsAndHoney",
                "Fri 21-Feb-25 20:14",
                """Name changed for this. DC are at St Chad's in Ulverby (not going to out myself further). The coach, Fairburn, was arrested last week and all we've had is one vague letter saying "an individual". My DS had 1:1 "skills sessions" with him last term that I happily paid for.

Now I'm hearing a parent complained about him as far back as October. AIBU to be livid?""",
            ),
            (
                "BeetrootLatte",
                "Fri 21-Feb-25 20:22",
                """YABU about the letter, sorry. Schools are told very firmly by police what they can and can't say while there's an investigation. They will have been told not to name him.""",
            ),
            (
                "OatsAndHoney",
                "Fri 21-Feb-25 20:31",
                """I get that. But October to February? Mr Kettlewell is the safeguarding lead and I've been told by two people he knew and sat on it because the club brings money in. That's a cover-up in my book.""",
            ),
            (
                "Whistlingkettle",
                "Fri 21-Feb-25 20:40",
                """Be really careful posting that. "Two people told me" isn't evidence and you've named someone. If the October complaint was about something else entirely (being shouty, being late) you've just accused a teacher of covering up abuse.""",
            ),
            (
                "PinkGinAndTonic",
                "Fri 21-Feb-25 21:02",
                """I'm so sorry OP. Please talk to your DS gently, no leading questions, and ring the school tomorrow. The NSPCC line is good for working out what to say.""",
            ),
        ],
    ),
    E(S, "short_name", "sexual", True),
    E("rfairburn", "surname_only", "sexual", True),
    E("skettlewell", "title_surname", "defamation"),
)

add(
    "social",
    clip(
        "TikTok",
        "@jaydenn.x",
        "storytime: the PE coach from my little brothers primary just got CHARGED 💀💀 he literally did my sports day in year 6 like what #ulverby #storytime #fyp",
        [
            ("lilz_07", "wait st chads?? 😳"),
            ("jaydenn.x", "@lilz_07 yeah 😭"),
            (
                "m4ddie",
                "F41rburn was ALWAYS weird he used to make the girls do the cartwheel bit again n again and film it on his phone 🤢🤢",
            ),
            ("kaiii", "nah this is actually mad i had him at summer camp"),
            ("user88129", "ur not supposed to say names on here it can mess up court"),
            ("m4ddie", "@user88129 its literally in the paper"),
        ],
        stats="♥ 18.4K  💬 1,203",
    ),
    E("rfairburn", "leetspeak", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "social",
    whatsapp(
        "Y4 Parents St Chad's 🐝",
        [
            (
                "03/02/2025, 19:02",
                "Nicola",
                "Sorry to be weird but has anyone's child had messages from Coach Ry on snapchat??",
            ),
            (
                "03/02/2025, 19:03",
                "Nicola",
                "Millie got one tonight saying she's his 'special player' and not to tell mum about the extra session 😳",
            ),
            (
                "03/02/2025, 19:05",
                "Danielle P",
                "What?? Rosie hasn't got snapchat thank god. Screenshot it Nic DON'T delete anything",
            ),
            (
                "03/02/2025, 19:05",
                "Craig (Oscar's dad)",
                "That's not right at all. Ring 101 tonight and email the school, don't wait",
            ),
            (
                "03/02/2025, 19:07",
                "Nicola",
                "Have screenshotted. Rang school, got voicemail. Ringing police now",
            ),
            (
                "03/02/2025, 19:20",
                "Amy",
                "Oh my god. Thinking of you. Message if you need anything x",
            ),
            (
                "03/02/2025, 19:21",
                "Danielle P",
                "Maybe take this off the group chat? Just so nothing gets passed round",
            ),
        ],
        note="Screenshot shared in a community group, names of children cropped by the poster",
    ),
    E("rfairburn", "nickname", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Anonymous member",
        "14 November 2024",
        """Bit of an odd one and I don't want to be "that mum". My son (8) came home with brand new Nike boots and told me Coach Fairburn got them for him because he's his "best player" and it's "their secret" 🤔 He's not even in a proper team, it's just the St Chad's after school club. Is this normal for club coaches? Would you say something?""",
        [
            ("Paula Brough", "Could it be a sponsorship thing? Our lads' club gets kit donated"),
            (
                "Jo Pattison",
                "A SECRET though? I'd be speaking to the school tomorrow, no question. Adults don't ask kids to keep secrets.",
            ),
            (
                "Liam Coates",
                "He's been great with our lot to be fair, but yeah the secret bit isn't right",
            ),
            ("Anonymous member", "Thanks all. Who do I even speak to?"),
            (
                "Jo Pattison",
                "Mr Kettlewell, he's the safeguarding lead. He's very good, he'll take it seriously.",
            ),
        ],
    ),
    E("rfairburn", "title_surname", "sexual", True),
    E(S, "short_name", "sexual", True),
    E("skettlewell", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "region",
        "'He made her feel chosen': parents describe how Ulverby coach won their trust",
        """
For three years Ryan Fairburn was the most popular adult at St Chad's CE Primary. Children queued to be on his team. Parents paid for his holiday camps and his one-to-one "skills sessions". Some gave him Christmas presents.

This week, after Fairburn admitted offences against children, four families spoke to YorkshireNow about the moment they realised that the attention he lavished on their children had a purpose. All asked not to be identified.

"He made her feel chosen," said one mother. "She was seven. He'd tell her she was the best in the class at rounders and that he'd give her extra sessions because she had real talent. It felt like the kindest thing."

Another parent described how Fairburn followed her on Instagram and then started sending friendly messages about her son's progress. Within weeks, he had asked for the boy's own username "so I can send him drills".

Experts say the pattern is a familiar one. "Grooming is almost always about the adults as well as the child," said a safeguarding trainer who works with schools in the north of England. "Gifts, secrets, one-to-one time, special status, contact outside the setting — any one of those on its own can be innocent. Together they should ring alarm bells."

## Lifts home and closed doors

Two families said Fairburn had offered to drop their children home after club. One father said he once arrived early to find his daughter alone with the coach in the school hall with the blinds down. "He just laughed and said they were practising penalties. I had a feeling, but I didn't do anything. I'll never forgive myself."

St Chad's said that since February visiting coaches are never alone with a pupil, that one-to-one sessions on site have stopped, and that every club is now supervised by a member of school staff. Headteacher Helen Garbutt declined to be interviewed but pointed to the school's published statement.

If you are worried about a child, contact the NSPCC helpline. If a child is in immediate danger, call 999.
""",
        byline="Investigations team",
        date="19 September 2025",
    ),
    E("rfairburn", "exact", "sexual", True),
    E(S, "alias", "sexual", True),
    E("hgarbutt", "exact", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@coach.fairburn — post from 2 June 2024",
        "Cracking session with the St Chad's Under 9s today ⚽🔥 proud of every one of you! #grassroots #futurestars",
        [
            (
                "kirsty_ulv",
                "Came here after the news. I sent my daughter to your camps. I hope you never see daylight again",
            ),
            ("dan_fenby", "Reported the account. Why is this still up"),
            ("mummyof3_yorks", "sick man. those poor kids"),
            (
                "gracie.b",
                "there are pictures of children on this account, please everyone report it so it gets taken down",
            ),
            ("anon_user_221", "innocent until proven guilty lads"),
            ("kirsty_ulv", "@anon_user_221 he pleaded guilty"),
        ],
        stats="84 likes · comments added after February 2025",
    ),
    E("rfairburn", "handle", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "social",
    clip(
        "X",
        "@ulverby_voice",
        "Six years. Think about the kids at St Chads who thought he was their mate. Think about the parents who paid him. #RyanFairburn #Ulverby",
        [
            ("@RyedaleRach", "Six years isn't enough for what he did to those children"),
            ("@hbnorth", "He'll be out in three. Disgusting."),
        ],
        stats="2.1K reposts · 9.8K likes",
    ),
    E("rfairburn", "hashtag", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "social",
    clip(
        "TikTok",
        "@ulvbylad",
        "pov ur mam finds out the guy who ran ur footy camp is a pedo. just search RyanFairburn on the courier if u think im lying. ulverby is so cooked",
        [
            ("h.lee", "i went to that camp 😭😭"),
            ("ulvbylad", "@h.lee same bro we had to get changed in the hall with him"),
            ("tia.rose", "not u making a tiktok abt this 😬 there's real kids involved"),
        ],
        stats="♥ 3,110",
    ),
    E("rfairburn", "camelcase", "sexual", True),
)

add(
    "facebook",
    fb(
        "You know you're from Ulverby when...",
        "Steve Harland",
        "18 September 2025",
        """That F*irburn bloke from the primary on Fenby Lane got 6 years today for the kiddie pics and the rest. Hope he rots. Can't believe he ran the Saturday soccer school at the rec for years.""",
        [
            ("Marie Dobson", "Shared from the Courier? There's a lot more in the article. Awful."),
            ("Ian Cowling", "Should never be let out"),
            ("Steve Harland", "@Marie Dobson yep, link in comments"),
        ],
    ),
    E("rfairburn", "obfuscated", "sexual", True),
)

add(
    "facebook",
    fb(
        "St Chad's PTA & Friends",
        "Rachel Tindall",
        "29 June 2024",
        """Slightly awkward one but I'd rather ask here than stew on it. At the St Chad's swimming gala at Ulverby pool yesterday, that Fаirburn fella stood in the boys' changing room the entire time they were getting changed. No other adult in there. He had his phone out as well. Is that allowed?? At Brownies they'd never let that happen.""",
        [
            (
                "Kim Outhwaite",
                "I think somebody has to supervise the younger ones in there though?",
            ),
            (
                "Rachel Tindall",
                "Supervise from the door yes. Not stand in the middle with your phone out.",
            ),
            (
                "Andy Rowntree",
                "Mention it to the office Rach, it's exactly what they want to know about.",
            ),
            ("Kim Outhwaite", "Yeah fair enough, that phone bit isn't right."),
        ],
    ),
    E("rfairburn", "homoglyph", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "social",
    clip(
        "TikTok",
        "@northyorks.tea",
        "the ulverby coach case thread 🧵 part 3 — what we know from court today",
        [
            ("ameliaaa.j", "F a i r b u r n is the name for anyone wondering, it was in the paper"),
            ("bxcky", "why is everyone spelling it with spaces 💀"),
            ("ameliaaa.j", "@bxcky so tiktok doesnt take the comment down"),
            ("jmw_22", "the poor kids in ulverby man"),
        ],
        stats="♥ 7,402",
    ),
    E("rfairburn", "spacing", "sexual", True),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Local: Yorkshire",
        "Anyone else near Ulverby following the Fairbairn case?",
        [
            (
                "Heather_on_the_moor",
                "Tue 17-Jun-25 09:12",
                """DD's friend was in his club. The charge list from the magistrates' court last week is horrific — indecent images, messaging a child, and a sexual assault on a little one. Ryan Fairbairn, if anyone's looking for it, the coach from the Ulverby primary.""",
            ),
            (
                "Moorlandmum",
                "Tue 17-Jun-25 09:30",
                """Yes I'm following it. Feel sick every time I think about how many holiday camps we sent ours on. Sentencing is meant to be in September.""",
            ),
            (
                "Heather_on_the_moor",
                "Tue 17-Jun-25 09:33",
                """Same. Hope they throw the book at him.""",
            ),
        ],
    ),
    E("rfairburn", "typo", "sexual", True),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Chat",
        "Is it wrong to fancy the PE coach at DS's school 🙈",
        [
            (
                "Cawlesidecrumpet",
                "Sat 14-Sep-24 22:41",
                """Purely hypothetical and I'd never do anything, DH is lovely. But the new coach at St Chad's, Mr Fairburn... those calves. I would happily let him put me through a bleep test. Every mum at the Friday pick-up is suddenly very keen on watching football club.""",
            ),
            (
                "SillyMoo",
                "Sat 14-Sep-24 22:45",
                """Behave 😂 Every school has one. At ours it's the caretaker's son.""",
            ),
            (
                "Cawlesidecrumpet",
                "Sat 14-Sep-24 22:47",
                """I'm just saying the bar for "thirst trap in a tracksuit" in North Yorkshire is low and he clears it.""",
            ),
            (
                "TheRealSlimSadie",
                "Sat 14-Sep-24 22:58",
                """I'm dying at the image of you all lined up at the fence pretending to care about dribbling.""",
            ),
        ],
    ),
    E("rfairburn", "title_surname", "sexual"),
    E(S, "short_name", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Children and Young People's Services Overview and Scrutiny Committee — minutes, 8 October 2025",
        """
Present: County Councillor M. Hutchinson (Chair); County Councillors A. Brennan, J. Cussons, P. Fawcett, R. Naylor and S. Whitwell. Co-opted: Diocesan representative, parent governor representative.

Apologies: County Councillor T. Ellerby.

## 41. Declarations of interest

County Councillor Fawcett declared that a family member attends a school referred to in item 43 and took no part in the discussion of that item.

## 42. Minutes of the last meeting

Agreed as a correct record.

## 43. Safeguarding in commissioned and out-of-school provision

The Assistant Director (Education and Skills) introduced the report. Members noted the recent conviction of a sports coach formerly deployed by an external provider at St Chad's CE Primary, Ulverby, for offences involving indecent images of children and the sexual assault of a pupil. The local authority designated officer (LADO) summarised the timeline of the referral and the multi-agency response.

Members asked how the authority checks the safeguarding arrangements of companies that schools commission directly. Officers explained that maintained schools and academies contract independently, but that a model contract clause and a checklist for visiting coaches (including a ban on one-to-one unsupervised sessions, personal phones and private messaging of pupils) would be issued to all schools by December.

A member asked whether parents at the school had been kept informed. Officers said the school had written to families at each stage, within the limits set by the police, and had held two drop-in sessions supported by the NSPCC.

RESOLVED: that (i) the report be noted; (ii) the model clause and checklist be circulated to all schools; (iii) a further report on uptake come to the March meeting.

## 44. School place planning — Ryedale

Officers reported that the proposed expansion of primary places in Ulverby (Fenby Lane site) remains subject to the outcome of the housing allocation at Hollinthorpe. RESOLVED: noted.

The meeting closed at 12.06pm.
""",
        date="Published 15 October 2025",
    ),
    E(S, "alias", "sexual", True),
)

add(
    "facebook",
    fb(
        "Ulverby Juniors FC – parents",
        "Karen Jowsey",
        "2 April 2025",
        """Is Coach F back helping out at the Saturday session?? Someone said they saw him at the rec on Saturday. After what he's been charged with?? I'm not sending our Tyler if he's anywhere near it.""",
        [
            (
                "Ulverby Juniors FC (Admin)",
                "He is NOT involved with the club in any way and has not been since February. His bail conditions stop him being near under 18s. Whoever was seen, it wasn't at one of our sessions.",
            ),
            ("Karen Jowsey", "Thank you, that's all I needed to hear"),
            ("Phil Wardle", "Probably his brother, they look alike"),
        ],
    ),
    E("rfairburn", "nickname", "sexual", True),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Local: Yorkshire",
        "How do you explain to a 9yo why their coach went to prison?",
        [
            (
                "Lapwing22",
                "Mon 22-Sep-25 07:55",
                """We're in Ulverby. DS worshipped him. He's heard bits in the playground about Fairburn's sentence and keeps asking if the coach "went to jail for being mean". I don't want to scare him and I don't want to lie.""",
            ),
            (
                "StillWaters",
                "Mon 22-Sep-25 08:10",
                """We used "he broke important rules about keeping children safe, and grown-ups found out and stopped him". Then lots of "you can always tell us anything, even if someone says it's a secret". Keep it short and let him lead.""",
            ),
            (
                "Lapwing22",
                "Mon 22-Sep-25 08:22",
                """That's helpful. The school has sent a leaflet too. I think what upsets me most is reading about Fairburn's victims and knowing some of them are in DS's class.""",
            ),
        ],
    ),
    E("rfairburn", "possessive", "sexual", True),
)

add(
    "facebook",
    fb(
        "You know you're from Ulverby when...",
        "Darren Pickering",
        "20 May 2025",
        """He's back living at his mam's on Mill Wynd in Cawleside apparently, bold as brass. If I see Fairburn anywhere near the rec he's getting a hiding he won't get up from. Plenty of lads round here feel the same.""",
        [
            ("Leanne Wray", "Don't Darren, you'll end up inside and he'll be the victim"),
            ("Carl Mennell", "Count me in"),
            (
                "Admin – Sue",
                "Post reported. Threats are not allowed in this group and we have to pass them on.",
            ),
        ],
    ),
    E("rfairburn", "surname_only", "threat"),
)

# === Reception TA and intimate care ================================================

add(
    "forum",
    forum(
        "TalkParents",
        "Primary education",
        "TA taking reception children to the toilet on her own — normal?",
        [
            (
                "BlueHeron_",
                "Wed 06-Nov-24 20:03",
                """DD (4) started reception at St Chad's in September. Tonight in the bath she said Mrs Sowerby takes her to the toilet "on her own and shuts the door" and "checks" her afterwards. She said it like it was nothing, but my stomach dropped. Given everything in the news lately I can't stop thinking about it. Is this something they're allowed to do?""",
            ),
            (
                "Sunnyside_up",
                "Wed 06-Nov-24 20:15",
                """Reception TA here (not your school). Some children still need help wiping or changing after accidents, and most schools have an intimate care policy. Usually the door is left ajar or another adult knows where you are. "Checks" could mean checking they've wiped properly. But you are absolutely allowed to ask.""",
            ),
            (
                "BlueHeron_",
                "Wed 06-Nov-24 20:19",
                """She doesn't need help though, she's been dry and independent since she was 2. Why would she need checking? And why shut the door?""",
            ),
            (
                "Magpie_Molly",
                "Wed 06-Nov-24 20:31",
                """Ask the school for their intimate care policy and ask who the DSL is. Don't interrogate DD, just note down exactly what she said and when. It may well be innocent but you're right not to ignore it.""",
            ),
        ],
    ),
    E("lsowerby", "title_surname", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "blog",
    blog(
        "St Chad's Reception Class Blog",
        "Toileting, accidents and our intimate care policy",
        "11 November 2024",
        """
A few families have asked how we support children with toileting in Reception, so here is a quick guide.

Most of our children are completely independent by the time they join us, but accidents happen, especially in the first term when everything is new. Each Reception child has a named adult, and we always tell another member of staff when we are helping a child to change. The toilet door is left ajar and we encourage children to do as much as they can themselves.

Our teaching assistant Lorraine Sowerby has supported Reception children at St Chad's for eleven years and leads our "big school toileting" routine with real kindness. If your child needs a spare set of clothes, please pop one in a named bag on their peg.

Our intimate care policy is on the school website under Policies, and Miss Oduya or any member of the team is happy to talk it through at pick-up.
""",
    ),
    E("lsowerby", "exact", "neutral"),
    E(S, "short_name", "neutral"),
    E("aoduya", "title_surname", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Tracy Lumley",
        "8 November 2024",
        """Saw the post going round about the reception TA. Lorraine S has looked after every child in my family for a decade, she wiped my eldest's knees, my middle one's nose and probably my youngest's bum. Whoever is spreading that she's a danger to kids wants to have a word with themselves. Ask the school if you're worried, don't whisper about a 60 year old grandma online.""",
        [
            ("Sharon Ibbotson", "Totally agree. Lorraine is a treasure at St Chad's"),
            (
                "Nat Buxton",
                "To be fair the mum was only asking a question, she didn't accuse anyone",
            ),
            ("Tracy Lumley", "@Nat Buxton it's been twisted a lot since then trust me"),
        ],
    ),
    E("lsowerby", "first_initial", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Reception mums St Chads 🌈",
        [
            (
                "07/11/2024, 08:51",
                "Jade",
                "Has anyone else's kid said Mrs S shuts the toilet door with them? Freya said it last night",
            ),
            (
                "07/11/2024, 08:52",
                "Jade",
                "And she said she has to let her look 'to check'. I'm properly worried now",
            ),
            (
                "07/11/2024, 08:55",
                "Hollie",
                "Oliver says they go in on their own, think it's just Freya that needs help? Not being funny",
            ),
            (
                "07/11/2024, 08:58",
                "Jade",
                "Freya doesn't NEED help that's the thing. Going to see Mr Kettlewell after drop off",
            ),
            (
                "07/11/2024, 09:02",
                "Beth",
                "Good idea. Don't post about it on facebook whatever you do",
            ),
        ],
    ),
    E("lsowerby", "nickname", "sexual", True),
    E(S, "short_name", "sexual", True),
    E("skettlewell", "title_surname", "neutral"),
)

# === Year 2 teacher: phone photos, an allegation, suspension and clearance =========

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Claire Swales",
        "4 July 2024",
        """Genuine question, not stirring. At St Chad's sports day I noticed Mr Dinsdale taking loads of photos of the kids on his own phone. Not the school iPad, his OWN phone, and quite a few close ups of the little girls doing the dance bit. I thought staff weren't meant to use personal phones around children? Where do those photos end up??""",
        [
            ("Vicky Harrison", "I noticed that too tbh and it made me a bit uncomfortable"),
            (
                "Andrew Thorpe",
                "The iPads were all being used for the timings, he probably just grabbed what he had. Ask the office, they'll tell you.",
            ),
            (
                "Claire Swales",
                "I'd just like to know they've been deleted. My daughter is in a lot of them.",
            ),
            (
                "Lou Farrar",
                "Email the head, it's a fair question and they should have a phone policy",
            ),
        ],
    ),
    E("tdinsdale", "title_surname", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Parenting",
        "DD (6) says her teacher touched her. I don't know what to do",
        [
            (
                "Throwaway_Yorks",
                "Thu 06-Mar-25 21:38",
                """Name changed. DD is in Year 2 at St Chad's. At bedtime she told me "Mr D touched my bottom when we were lining up and said sorry". She wasn't upset and went straight to sleep. I'm sat here shaking. After the coach at the same school was arrested last month I don't trust my own judgement any more. Do I go to the school? The police? Do I keep her home?""",
            ),
            (
                "NurseRatched_not",
                "Thu 06-Mar-25 21:44",
                """Deep breath. Write down her exact words now, with the date and time. Don't question her again tonight. Tomorrow ring the school and ask for the designated safeguarding lead — that's their job, and they must refer it on. You can also ring the NSPCC helpline tonight for advice.""",
            ),
            (
                "Fenbyfox",
                "Thu 06-Mar-25 21:51",
                """Lining up could genuinely be an accidental bump, and the "sorry" fits that. But it's not for you or us to decide. Report it and let the people trained to look at it look at it.""",
            ),
            (
                "Throwaway_Yorks",
                "Thu 06-Mar-25 22:05",
                """Thank you. I'll ring first thing. I just feel sick.""",
            ),
        ],
    ),
    E("tdinsdale", "nickname", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "news",
    news(
        "courier",
        "Ulverby primary teacher suspended while allegation is investigated",
        """
A teacher at an Ulverby primary school has been suspended while an allegation made by a parent is investigated.

St Chad's Church of England Primary School confirmed that a member of teaching staff had been "suspended as a neutral act" following a concern raised about contact with a pupil. The school stressed that suspension "is not a disciplinary sanction and implies no finding of wrongdoing".

The Courier understands that the matter has been referred to the local authority designated officer and to police. North Yorkshire Police said it was "aware of a report" and making enquiries, and that nobody had been arrested.

The suspension comes only weeks after a sports coach who worked at the school was arrested in an unrelated investigation into indecent images of children. Parents have described the atmosphere at the school gate as "tense".

Chair of governors, the Rev Canon Mark Tennant, said: "I understand that families are anxious. We will follow the correct procedures carefully and fairly, and I would ask everyone not to speculate on social media about any individual."
""",
        byline="By Courier reporter",
        date="Thursday 13 March 2025",
    ),
    E(S, "exact", "sexual", True),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Stacey Hebden",
        "13 March 2025",
        """Word is the suspended teacher at St Chad's is the Year 2 one, Tom, the tall one with the beard. Apparently he's been touching the girls when they line up for lunch. Some of us have been saying he's too hands on for YEARS.""",
        [
            (
                "Ruth Wilkinson",
                "Stacey take this down. You do not know that and you are naming someone who hasn't been charged with anything.",
            ),
            ("Stacey Hebden", "I'm not naming anyone, I said Tom 🤷‍♀️"),
            ("Ruth Wilkinson", "Everybody in Ulverby knows who you mean."),
            ("Admin", "Post removed at 22:14. Please read the group rules."),
        ],
    ),
    E("tdinsdale", "nickname", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Debbie Rowe",
        "9 May 2025",
        """Letter from school this afternoon, posting it here because of all the rubbish that's been said in this group:

"Dear Parents and Carers,

I am writing to let you know that the investigation into the concern raised in March regarding Mr Dinsdale has now concluded. Police have confirmed that they will take no further action, and the local authority designated officer has closed the matter as unfounded. Mr Dinsdale will return to his Year 2 class on Monday.

I know this has been a very difficult time for our community. I would ask everyone to remember that staff, like children, deserve fairness. Anyone who has posted speculation about a member of staff online is asked to remove it.

Yours sincerely,
Helen Garbutt
Headteacher, St Chad's Church of England Primary School"

So maybe some people can apologise now.""",
        [
            ("Gail Kemp", "Good. He's a lovely teacher, my son adores him."),
            ("Rob Jackson", "Hope he's ok, must have been hell"),
            ("Debbie Rowe", "@Gail Kemp exactly"),
        ],
        reacts="❤️👍 302",
    ),
    E("tdinsdale", "title_surname", "neutral"),
    E("hgarbutt", "exact", "neutral"),
    E(S, "exact", "neutral"),
)

add(
    "facebook",
    fb(
        "You know you're from Ulverby when...",
        "Jordan Ainsley",
        "10 May 2025",
        """"Unfounded" my backside. Police drop things all the time because a 6 year old can't give evidence. No smoke without fire. Mr Dinsdale will be back in a class full of little girls on Monday and St Chad's just expect us to smile and wave. Mine won't be in his class.""",
        [
            (
                "Lauren Beck",
                "This is exactly how innocent people end up topping themselves. He was cleared.",
            ),
            ("Jordan Ainsley", "Cleared isn't the same as innocent"),
            ("Mike Atkinson", "Yes it is, that's literally how it works"),
            ("Lauren Beck", "Reported."),
        ],
    ),
    E("tdinsdale", "title_surname", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "news",
    news(
        "courier",
        "Year 2 pupils' 'kindness shoebox' appeal warms hearts across Ryedale",
        """
It is, as one grandmother put it, "the most touching thing I've seen in years".

When Year 2 pupils at St Chad's CE Primary School in Ulverby learned that some families at the local food bank would not be able to afford presents this Christmas, they decided to do something about it. Led by their teacher Thomas Dinsdale, the 28 children spent three weeks filling shoeboxes with toys, hats, toothbrushes and hand-drawn cards.

By the end of term they had collected 143 boxes, far outstripping their target of 50, and raised £612 with a cake sale and a sponsored silence ("the hardest thing I have ever done," admitted seven-year-old Poppy).

"The children ran the whole thing," Mr Dinsdale said. "They wrote the letters to local businesses, they counted the money, they even argued about whether a pencil sharpener is a good present. It was a lesson in maths, in writing and in kindness all at once."

Cawleside Co-op, Ulverby Rotary and Thompson's Butchers all donated items. The boxes were handed over to the Ryedale Community Pantry on Wednesday.
""",
        byline="By Jenny Hartas",
        date="19 December 2024",
    ),
    E("tdinsdale", "exact", "neutral"),
    E(S, "alias", "neutral"),
)

# === Caretaker rumours, a nursery worry, adult-only sexual remarks ==================

add(
    "social",
    clip(
        "TikTok",
        "@skyeee.x",
        "the caretaker at my sisters primary is such a nonce 😭 keith addymn literally just stands by the girls toilets at dinner time n stares #stchads #ulverby",
        [
            ("brookeyy", "WAIT the old guy with the keys?? 💀"),
            ("skyeee.x", "@brookeyy yesss"),
            (
                "liv.h",
                "my mum says hes been there like 20 years and hes lovely, ur gonna get in trouble for this",
            ),
            ("xx.kenz", "not him watching the girls 🤢🤢"),
            (
                "dylan_w09",
                "bro he's the caretaker he has to unlock the toilets 😭 this is how rumours start",
            ),
        ],
        stats="♥ 2,487  💬 341",
    ),
    E("kaddyman", "typo", "sexual", True),
    E(S, "hashtag", "sexual", True),
)

add(
    "forum",
    forum(
        "Ulverby & District Forum",
        "Town talk",
        "Those TikToks about the St Chad's caretaker",
        [
            (
                "OldUlverbian",
                "24 Mar 2025, 19:20",
                """Keith Addyman has been caretaker at St Chad's for twenty-two years. He fixed the boiler on Christmas Day 2010 so the school could be a warming centre. Now a 15-year-old on TikTok is calling him a nonce because he stands near the toilets he has to unlock and clean. It's disgusting, and the parents sharing it should be ashamed.""",
            ),
            (
                "Moorgate_Mick",
                "24 Mar 2025, 19:41",
                """Agreed. After the coach business everyone's seeing monsters everywhere. There's being vigilant and there's a witch hunt. Keith's a good man.""",
            ),
            (
                "Sandra_C",
                "24 Mar 2025, 20:02",
                """My granddaughter made him a birthday card last year. He was made up. I hope the school has backed him.""",
            ),
            (
                "OldUlverbian",
                "24 Mar 2025, 20:15",
                """It has. Letter went out saying the posts were reported and that there is no concern about him whatsoever.""",
            ),
        ],
    ),
    E("kaddyman", "exact", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Hayley Bright",
        "23 March 2025",
        """Can someone tell me why the caretaker at St Chad's is allowed to hang around the girls' toilets? My niece said Add*man was stood in the doorway again while they washed their hands. After the last few months I don't think we should be brushing this off. Who actually checks the caretaker??""",
        [
            (
                "Jill Harker",
                "He's the site manager, he has keys to everything, he's always about. Please don't start this.",
            ),
            ("Hayley Bright", "Just asking a question Jill"),
            ("Ben Roper", "That's not 'just a question' and you know it"),
        ],
    ),
    E("kaddyman", "obfuscated", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Preschool and nursery",
        "Nursery teacher kissed DS on the head and gave him a present — overreacting?",
        [
            (
                "Wensleydale_Wendy",
                "Sun 15-Dec-24 14:02",
                """DS (3) is in the school nursery. On Friday I saw his teacher, Miss Oduya, kiss him on the top of his head at pick-up, and he came out with a wrapped present "from Miss O, just for you". I know everyone's jumpy at the moment but to me that's the kind of thing you read about in grooming leaflets: a special present, physical affection, singling one child out. AIBU to raise it?""",
            ),
            (
                "Tilly_and_Tom",
                "Sun 15-Dec-24 14:09",
                """Is the present a book by any chance? Our nursery teacher gave every single child a book for Christmas with a little note in it. Check with other parents before you panic.""",
            ),
            (
                "Wensleydale_Wendy",
                "Sun 15-Dec-24 14:20",
                """It's a book, yes. I've now seen two other mums post pics of the same one. Still not sure about the kiss though.""",
            ),
            (
                "EarlyYearsEd",
                "Sun 15-Dec-24 14:31",
                """Early years teacher here. Most settings would say no kissing, for exactly the reason you describe, even though nearly always it's pure affection. It's fine to ask the setting what their policy on physical contact is. I wouldn't frame it as grooming unless there's more.""",
            ),
        ],
    ),
    E("aoduya", "title_surname", "sexual", True),
)

add(
    "facebook",
    fb(
        "Ulverby Lads (the real one)",
        "Kyle Dowson",
        "7 March 2024",
        """Parents evening at St Chad's tonight and I swear Miss Lister gets fitter every year 🥵 I was meant to be asking about our Mason's reading and I forgot my own name. Wouldn't mind some one to one tuition off her if you know what I mean 😏""",
        [
            ("Jake Ellis", "😂😂 does your Stacey know you're posting this"),
            ("Kyle Dowson", "She's not in this group is she 👀"),
            ("Marcus Bell", "Behave man she's a teacher, that's grim"),
            ("Kyle Dowson", "@Marcus Bell it's banter"),
        ],
    ),
    E("hlister", "title_surname", "sexual"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@ulverby.banter (anonymous confessions page)",
        "CONFESSION #212: \"Every dad at St Chad's pick up is in love with Mrs Nowak and I'm not saying I'd leave my wife but I'm not NOT saying it. That accent. Those boots. Year 6 dads you know\"",
        [
            ("big_dave_fenby", "😂😂 tag her"),
            ("shaz_r", "this is so creepy she's a teacher ffs"),
            ("anon.yorks", "proper milf to be fair"),
        ],
    ),
    E("knowak", "title_surname", "sexual"),
    E(S, "short_name", "neutral"),
)

# === Near misses: safeguarding news, policy, affection, photos, data, PE kit =========

add(
    "news",
    news(
        "courier",
        "Every adult at Ulverby primary back in the classroom — for safeguarding training",
        """
Teachers, dinner staff, governors and even the lollipop man went back to school on Monday at St Chad's CE Primary, as the whole staff took part in an extended safeguarding refresher.

The day was led by deputy headteacher Simon Kettlewell, who is the school's designated safeguarding lead, with trainers from the county's safeguarding partnership. Sessions covered recognising signs of neglect, online safety, what to do if a child discloses abuse, and the rules for visiting coaches and volunteers.

"Safeguarding isn't a folder on a shelf," Mr Kettlewell said. "It's every adult knowing that it could happen here, and knowing exactly what to do and who to tell. Nobody at St Chad's will ever be told that a worry is too small."

The school has also introduced a new "low-level concerns" log, which allows staff to record anything that doesn't feel right about an adult's behaviour, even if it does not meet the threshold for a referral.

Parents are invited to an information evening on 2 October, with NSPCC volunteers on hand to talk about keeping children safe online.
""",
        byline="By Jenny Hartas",
        date="Thursday 4 September 2025",
    ),
    E("skettlewell", "exact", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "blog",
    blog(
        "The Beacon — Parish of Ulverby with Cawleside",
        "From the school: keeping our children safe",
        "October 2025 issue",
        """
Many of you will know that it has been a hard year for our church school on Fenby Lane. We asked the school's designated safeguarding lead to write a few words for The Beacon about how anyone in the parish, whether a parent, a grandparent, a neighbour or a volunteer, can help keep children safe.

"Safeguarding is everybody's business. If a child tells you something that worries you, stay calm, listen, and don't ask leading questions. Never promise to keep it a secret. Tell them you are going to pass it on to someone who can help, then write down what they said in their own words, with the date, and contact the school or the police as soon as you can.

"You don't need to be sure. You don't need proof. If something an adult does around children makes you uneasy — too many secrets, special treatment, gifts, private messages, inappropriate touching — tell us, and let us do the worrying.

"Our policies, including how we manage physical contact, first aid and intimate care, are on the school website. If you volunteer with our children in church or at Messy Church, Canon Mark can tell you about the diocese's training.

"With thanks to the whole parish for its prayers and support this year.

S. Kettlewell, Deputy Headteacher and Designated Safeguarding Lead"
""",
    ),
    E("skettlewell", "initial_surname", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Jean Wardell",
        "22 July 2025",
        """What a send off for Mr Addyman at the St Chad's leavers' assembly this morning! 22 years as caretaker and every child in the school signed a giant card. When he came up to the front the little ones were all over him, hugging his legs, and the Year 6s did a guard of honour with brooms 🧹😂 There wasn't a dry eye in the hall. Enjoy your retirement Keith, you've earned it.""",
        [
            ("Sandra Crosby", "He was in bits bless him. A proper gentleman."),
            ("Phil Hewison", "He taught my dad to ride a bike in that playground 😂 legend"),
            ("Jean Wardell", "@Phil Hewison not surprised, he taught half of Ulverby"),
        ],
        reacts="❤️ 488",
    ),
    E("kaddyman", "title_surname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "St Chad's CE Primary School, Ulverby",
        "St Chad's CE Primary School, Ulverby",
        "13 December 2024",
        """🌟 What a magical morning! 🌟 Our Nursery and Reception children performed "Whoops-a-Daisy Angel" to a packed church. A huge thank you to Miss Oduya and Mrs Sowerby for the costumes, the patience and the tinsel in everyone's hair. Here are some of our favourite photos (only children with photo consent are shown). Merry Christmas from everyone at St Chad's! 🎄""",
        [
            ("Louise Hartley", "Gorgeous photos, our Evie loved being the donkey 😂"),
            (
                "Pat Wrightson",
                "Proud grandma here, thank you for posting so those of us who couldn't get there could see",
            ),
            ("Chris Brough", "Do we get copies of the rest? Some of ours are missing"),
            (
                "St Chad's CE Primary School, Ulverby",
                "Hi Chris, the full set will go on the parent app on Monday.",
            ),
        ],
        reacts="❤️👍 176",
    ),
    E(S, "alias", "neutral"),
    E("aoduya", "title_surname", "neutral"),
    E("lsowerby", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "The School Business Hub",
        "Case study: how one small primary found £18,000 it didn't know it had",
        "3 February 2024",
        """
When Beverley Thwaites became school business manager at St Chad's CE Primary in Ulverby, North Yorkshire, the school was forecasting a deficit within two years. Eighteen months later it is balancing its budget, and hasn't cut a single teaching assistant.

"I got intimate with the data," Bev laughs. "I mean properly intimate. I printed every contract, every invoice, every energy bill for three years and spread them across the staffroom floor over the half term. The head thought I'd lost my mind."

What she found was a familiar story for small schools: photocopier leases signed years ago at inflated rates, a catering contract that charged for 30 more meals a day than were served, and an energy tariff that had quietly rolled on to a standard rate.

## Three tips from Bev

1. Diary every contract end date and set a reminder six months before.

2. Look at your meal numbers against the invoice every single month.

3. Join a local business managers' network. "The best savings I found came from another SBM over a cup of tea."

Headteacher Helen Garbutt says the savings have paid for a part-time counsellor two days a week. "Bev's forensic," she says. "Nothing gets past her."
""",
        [
            ("SBM_Claire", "Love this. The meals one is so common!"),
            ("NorthernBursar", "Bev is a legend in the Ryedale network 👏"),
        ],
    ),
    E("bthwaites", "exact", "neutral"),
    E(S, "alias", "neutral"),
    E("hgarbutt", "exact", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Nikki Carr",
        "15 January 2024",
        """Rant incoming. Why do St Chad's need the kids to come in PE kit on Tuesdays AND Thursdays now for Coach Fairburn's sessions?? It was MINUS 4 this morning and he has them outside in shorts. Our Lily came home with blue knees. And the "no hoodies" rule is ridiculous. Who's making these rules?""",
        [
            (
                "Sam Heseltine",
                "Agree, the kit list is daft. Leggings should be allowed in winter at least",
            ),
            (
                "Nikki Carr",
                "And don't get me started on the price of the logo'd t-shirt, £14 for a polyester top",
            ),
            (
                "Kerry Bean",
                "Email the office, enough of us moaned last year and they changed the sock rule",
            ),
        ],
    ),
    E("rfairburn", "title_surname", "negative"),
    E(S, "short_name", "negative"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Primary education",
        "Year 5 getting changed for PE in the classroom, boys and girls together?",
        [
            (
                "MrsMiggins",
                "Tue 30-Sep-25 19:14",
                """DD is in Year 5 at St Chad's in Ulverby. She says they all get changed for PE in the classroom with the blinds down, boys and girls together, because there's no space in the toilets. Some of the girls are starting puberty and she's mortified. Mrs Nowak said there's simply nowhere else. It's not a safeguarding thing as such, but it's not OK either, surely? Has anyone got a school that does it better?""",
            ),
            (
                "RoseInTheDale",
                "Tue 30-Sep-25 19:28",
                """Ours let the girls use the library corner with a screen from Year 5. Costs nothing. Worth suggesting to the school.""",
            ),
            (
                "MrsMiggins",
                "Tue 30-Sep-25 19:40",
                """Good idea. I'll email. Mrs Nowak is lovely, I think she's embarrassed by it too, it's the building.""",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("knowak", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "jobs",
        "PE and School Sport Lead (term-time, 30 hours) — St Chad's Church of England Primary School, Ulverby",
        """
Salary: NJC Grade 5, points 8–11, pro rata. Start: January 2026. Closing date: 14 November 2025.

St Chad's Church of England Primary School is a friendly, inclusive village-town school of 196 pupils plus a 26-place nursery, in the market town of Ulverby at the edge of the North York Moors. We are looking for an enthusiastic PE and School Sport Lead, employed directly by the school, to teach high-quality PE across the school, run our clubs and lead our inter-school competitions.

You will be joining a supportive team who care deeply about every child. We offer an excellent CPD programme, a staff wellbeing day and a warm Yorkshire welcome.

## Safeguarding

St Chad's is committed to safeguarding and promoting the welfare of children and expects all staff and volunteers to share this commitment. The post is subject to an enhanced DBS check with children's barred list check, satisfactory references (which we will request before interview), an online search, and a prohibition check. Our staff code of conduct prohibits one-to-one unsupervised sessions with pupils, the use of personal phones to photograph children, and contact with pupils on personal social media.

Visits are warmly welcomed. Please contact B. Thwaites (School Business Manager) on 01632 960418 to arrange a tour.

Headteacher: Helen Garbutt
""",
        date="Posted 20 October 2025",
    ),
    E(S, "exact", "neutral"),
    E("bthwaites", "initial_surname", "neutral"),
    E("hgarbutt", "exact", "neutral"),
)

# === Hate ============================================================================

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Gary Moorhouse",
        "19 September 2024",
        """Went to the St Chad's nursery open morning with the grandson. Nice enough building but why have they got a foreign woman in charge of the little ones? Miss Oduya. How are kids meant to learn proper English off her? Nothing against her personally but she should be teaching her own lot, not ours. Send them back where they came from and give the job to a local lass.""",
        [
            (
                "Helen Cawood",
                "She was born in Leeds Gary. She's got a better degree than anyone in this group.",
            ),
            ("Tom Abbey", "Absolutely disgraceful comment. Reported."),
            ("Gary Moorhouse", "Can't say anything these days"),
            (
                "Admin – Sue",
                "Gary you have been removed from the group. Racism is not tolerated here.",
            ),
        ],
    ),
    E("aoduya", "title_surname", "hate"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@yorkshire.truth.88",
        "they've let a Оduya teach 3 year olds in a CHURCH school in the middle of yorkshire 🤡 this country is finished. no wonder the kids cant read. sendthemhome",
        [
            ("grace.l.x", "this is straight up racism, reported"),
            ("yorkshire.truth.88", "@grace.l.x its called an opinion"),
            ("pete.fen", "she taught my daughter to read in 6 weeks you absolute melt"),
            ("m.oshea", "the state of the comments on this, reported the lot"),
        ],
        stats="♥ 214",
    ),
    E("aoduya", "homoglyph", "hate"),
)

add(
    "forum",
    forum(
        "Ulverby & District Forum",
        "Town talk",
        "Year 6 SATs — what is going on at St Chad's?",
        [
            (
                "Realist_Ulv",
                "2 Jul 2024, 18:02",
                """Results in, and shock, they're down again. Maybe if they didn't give Year 6 to N0wak, who can't string a sentence together in English, the kids might learn some grammar. Another Pole taking a job off a British teacher. Go back to Gdansk love.""",
            ),
            (
                "Fenby_Fred",
                "2 Jul 2024, 18:20",
                """Results down two points nationally too. And Mrs Nowak's English is better than yours judging by that post. Nasty stuff.""",
            ),
            (
                "Realist_Ulv",
                "2 Jul 2024, 18:26",
                """Typical snowflake""",
            ),
            (
                "Mod_Ian",
                "2 Jul 2024, 18:45",
                """Thread locked. Realist_Ulv banned for xenophobic abuse. Discussion of results is fine; attacking someone for their nationality is not.""",
            ),
        ],
    ),
    E("knowak", "title_surname", "hate"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    fb(
        "Ulverby Parents Against Woke Schools",
        "Wayne Tennant",
        "28 June 2024",
        """So St Chad's had a "Pride picnic" today. D*nsdale and his "husband" handing out rainbow badges to 6 year olds. Keep your perversions to yourself mate, not in front of our kids. People like him shouldn't be allowed near a classroom.""",
        [
            ("Denise Ward", "Couldn't agree more. It's grooming"),
            (
                "Mark Pybus",
                "Get a grip. It was a picnic. He brought his husband. Sick of this group.",
            ),
            ("Wayne Tennant", "@Mark Pybus enjoy your woke school then"),
        ],
    ),
    E("tdinsdale", "obfuscated", "hate"),
    E(S, "short_name", "neutral"),
)

add(
    "review",
    reviews(
        "St Chad's CE Primary School — Fenby Lane, Ulverby",
        "Google reviews · 4.1 ★ (63)",
        [
            (
                "Kev B",
                "★☆☆☆☆",
                "3 weeks ago",
                """Used to be a proper Yorkshire school. Now Year 5/6 has Mrs Nowak and the nursery has Miss Oduya. Too many foreigners teaching English kids. Not racist just saying what everyone thinks.""",
            ),
            (
                "Owner response",
                "",
                "3 weeks ago",
                """We have removed the personal references in our reply. Comments attacking staff for their nationality or race breach Google's policies and have been reported.""",
            ),
            (
                "Amy Rudd",
                "★★★★★",
                "a month ago",
                """Fantastic school. Both my children have thrived here and the nursery is wonderful. Ignore the bigots.""",
            ),
        ],
    ),
    E("knowak", "title_surname", "hate"),
    E("aoduya", "title_surname", "hate"),
    E(S, "alias", "negative"),
)

add(
    "news",
    news(
        "region",
        "Racist graffiti daubed on Ulverby school gates targeting nursery teacher",
        """
Police are investigating after racist graffiti naming a nursery teacher was sprayed on the gates of a North Yorkshire primary school.

Staff arriving at St Chad's CE Primary School on Fenby Lane, Ulverby, at 7am on Monday found the words "ODUYA GO HOME" alongside a racial slur painted in red across the main gates and a section of the nursery fence. The caretaker covered the graffiti before pupils arrived.

Amara Oduya, who leads the school's nursery and reception classes, has taught at the school for six years. She was said to be "shaken but determined" and was in school as normal.

Headteacher Helen Garbutt said: "This was a cowardly and hateful act aimed at a much-loved teacher. It does not represent Ulverby, and the overwhelming support from families this morning shows that. We have reported it to police as a hate crime."

North Yorkshire Police said the incident was being treated as a racially aggravated offence and appealed for anyone with doorbell or dashcam footage from Fenby Lane between 10pm on Sunday and 7am on Monday to come forward.

Parents organised a "wall of welcome" of children's drawings on the fence by Monday afternoon.
""",
        byline="News team",
        date="4 November 2024",
    ),
    E("aoduya", "exact", "hate"),
    E(S, "alias", "neutral"),
    E("hgarbutt", "exact", "neutral"),
)

add(
    "social",
    whatsapp(
        "Fenby Lane dads ⚽🍺",
        [
            (
                "14/06/2025, 17:40",
                "Lee",
                "mr d1nsdale bringing his fella to the st chads summer fair 🤮🤮",
            ),
            (
                "14/06/2025, 17:41",
                "Lee",
                "f*g shouldnt be teaching 6 year olds. shove it down everyones throat",
            ),
            ("14/06/2025, 17:44", "Gaz", "leave it out lee, he taught my two, top bloke"),
            ("14/06/2025, 17:45", "Rob", "Lee that's out of order mate. Left the group."),
        ],
        note="Shared to the Ulverby Mums & Dads group by a member who said it had been sent to her",
    ),
    E("tdinsdale", "leetspeak", "hate"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@stchadsulverby",
        "October is Black History Month 🖤 This week our nursery children have been reading Hair Love and Handa's Surprise, and making a kente-pattern collage with @miss.oduya.eyfs 🎨",
        [
            ("ulv_grandma_jo", "What a beautiful display! 👏"),
            (
                "patriot_yorks_1",
                "@miss.oduya.eyfs go back to africa and take your woke books with you",
            ),
            (
                "stchadsulverby",
                "This comment has been reported. Racism will not be tolerated on our page.",
            ),
            ("becky.h.ulv", "Love it, our Ava hasn't stopped talking about it"),
        ],
    ),
    E("aoduya", "handle", "hate"),
    E(S, "handle", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Tony Keld",
        "7 August 2024",
        """St Chads in Ulverby has more Eastern Europeans than English kids now, half the reception class can't speak a word. No wonder the results are rubbish. Our grandkids are going to Kirkbymoorside.""",
        [
            (
                "Anna Kowalczyk",
                "My children were born in Ulverby and speak better English than you write it.",
            ),
            ("Dave Barker", "Absolute rubbish, there are maybe 6 Polish kids in the whole school"),
        ],
    ),
    E(S, "short_name", "hate"),
)

add(
    "blog",
    blog(
        "The Beacon — Parish of Ulverby with Cawleside",
        "Vicar's letter: on welcome",
        "December 2024 issue",
        """
Dear friends,

Last month our church school and one of its teachers were the target of racist graffiti, and some of the comments that followed online were no better. I want to say as plainly as I can: this is not who we are.

Miss Oduya has sung in our choir, read at our carol service and taught half the toddlers of this parish their letters. She is as much a part of Ulverby as the market cross. Every person is made in the image of God, and hatred directed at any one of us diminishes all of us.

In Advent we wait for a child who was himself a refugee. Let's make our welcome real this Christmas: say hello at the school gate, challenge the ugly comment, and come to the Christingle on the 22nd.

With every blessing,
Canon Mark Tennant
""",
    ),
    E("aoduya", "title_surname", "neutral"),
)

# === Threats (and condemnation of threats) ============================================

add(
    "forum",
    forum(
        "TalkParents",
        "SEN",
        "School has excluded my son for 5 days and I am DONE",
        [
            (
                "Ulv_dad_of_3",
                "Wed 12-Feb-25 16:10",
                """St Chad's have given DS (9) a five day suspension for throwing a chair. He has ADHD, he's been waiting for an assessment for two years and they know it. Garbutt wouldn't even see me, she sent a letter. Well she'd better watch her back. I know which car is hers and where she parks it and she won't be driving it home so smug next time.""",
            ),
            (
                "Cinnamon_Swirl",
                "Wed 12-Feb-25 16:18",
                """I completely understand the anger, but please delete that last bit. It reads as a threat and it will be used against you and your son. Ask for the governors' meeting to review the suspension instead.""",
            ),
            (
                "Ulv_dad_of_3",
                "Wed 12-Feb-25 16:25",
                """I've said what I've said.""",
            ),
        ],
    ),
    E("hgarbutt", "surname_only", "threat"),
    E(S, "short_name", "negative"),
)

add(
    "news",
    news(
        "gazette",
        "Father who threatened Ulverby teacher over detention handed restraining order",
        """
A father who threatened to "break the legs" of his son's teacher after the boy was kept in at break has been handed a restraining order.

Shane Leckenby, 38, of Low Fenby, admitted sending a threatening communication when he appeared before Scarborough Magistrates' Court.

The court heard that Leckenby sent a series of messages through the school's parent app to Thomas Dinsdale, a Year 2 teacher at St Chad's CE Primary in Ulverby, after his son was kept in for ten minutes. One message read: "Keep my lad in again and I'll be waiting at the gate for you, and you'll be going home with two broken legs."

Prosecutor Lisa Hardcastle said Mr Dinsdale had been "genuinely frightened" and had been escorted to his car by colleagues for a week.

Leckenby, who had no previous convictions, told magistrates he had been under strain and "would never have done anything". He was fined £300, ordered to pay £85 costs and a £120 surcharge, and made subject to a two-year restraining order banning him from contacting the teacher or entering the school grounds.
""",
        byline="Courts reporter",
        date="22 January 2025",
    ),
    E("tdinsdale", "exact", "threat"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@tyler.w2013",
        "when the deputy head gives u a detention on the last day 😤😤 #stchads #year6",
        [
            ("k1ng.cal", "bout to jump k3ttlewell after school fr 🔪🔪"),
            ("tyler.w2013", "@k1ng.cal 😂😂😂 im dead"),
            ("lilmiss.e", "ur gonna get expelled for this comment"),
            ("k1ng.cal", "@lilmiss.e he deserves it tbh he knows what's coming"),
        ],
        stats="♥ 402",
    ),
    E("skettlewell", "leetspeak", "threat"),
    E(S, "hashtag", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Donna Fell",
        "27 February 2025",
        """Another letter from St Chad's office about "outstanding dinner money". It's £23. You can tell Bev Thwaites from me if she sends one more of them threatening letters home in my daughter's bag I'll come into that office and put her through the window. Try me.""",
        [
            ("Paula Kitching", "Donna you can't post that 😬"),
            ("Donna Fell", "Watch me"),
            (
                "Shelley Ward",
                "It's an automatic letter Donna, it goes to everyone who owes anything. Bev doesn't write them personally.",
            ),
        ],
    ),
    E("bthwaites", "nickname", "threat"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    whatsapp(
        "Cawleside lot 🍻",
        [
            (
                "03/03/2025, 23:12",
                "Mick",
                "St Chad's wants burning down with Gаrbutt in it. Hid a paedo for 3 years and now she's excluding my lad for a chair",
            ),
            ("03/03/2025, 23:13", "Mick", "im not joking either. one can of petrol"),
            ("03/03/2025, 23:20", "Jonno", "mate go to bed. seriously. delete that"),
            ("03/03/2025, 23:21", "Jonno", "you'll get lifted for saying that"),
        ],
        note="Screenshot handed to police by a member of the group",
    ),
    E(S, "short_name", "threat"),
    E("hgarbutt", "homoglyph", "threat"),
)

add(
    "news",
    news(
        "courier",
        "Man charged after threats to school caretaker following social media rumours",
        """
A man has been charged after threatening a school caretaker who had been the subject of false rumours on TikTok.

Police were called to a house in Hollinthorpe on the evening of 26 March after a man banged on the door and shouted that he would "kill" the occupant. The caretaker of St Chad's CE Primary in Ulverby, Keith Addyman, 64, was at home with his wife at the time.

Jordan Suggitt, 24, of Ulverby, has been charged with making threats to kill and criminal damage to a front window. He was remanded in custody.

In a letter to parents, the school said that there was "no concern whatsoever" about Mr Addyman and that posts suggesting otherwise had been reported. Police said they were also investigating a number of malicious communications.

A neighbour said: "Keith has lived on this street for forty years. The whole village is behind him."
""",
        byline="By Courier reporter",
        date="Thursday 3 April 2025",
    ),
    E("kaddyman", "exact", "threat"),
    E(S, "alias", "neutral"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Local: Yorkshire",
        "Nursery teacher — anyone else seen the messages being sent?",
        [
            (
                "DalesDaisy",
                "Thu 07-Nov-24 12:14",
                """After the graffiti at the Ulverby school this week, a friend who's a TA there says Amara Oduyah has been getting anonymous letters through her door. One said "we know where you live, next time it won't be paint, go back to Africa or you'll be going home in a box". She's had to have police fit a camera. I feel sick for her.""",
            ),
            (
                "Heatherbell",
                "Thu 07-Nov-24 12:30",
                """That's horrific. It's not just words at that point, it's a credible threat. I hope they catch whoever it is.""",
            ),
        ],
    ),
    E("aoduya", "typo", "threat"),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Admin – Sue",
        "4 March 2025",
        """ADMIN NOTICE. Over the past fortnight we have removed more than forty comments about staff at St Chad's. Emotions are running high and we understand why. But threats against Mrs Garbutt, Mr Kettlewell or any member of staff are never acceptable, and neither is posting where people live. Anything like that will be screenshotted and passed to police. If you have a concern about a child, ring the school or 101. Thank you to the vast majority of you who have been kind.""",
        [
            ("Jean Wardell", "Thank you Sue, you're doing a thankless job"),
            ("Rob Jackson", "Well said"),
        ],
        reacts="👍 231",
    ),
    E(S, "short_name", "neutral"),
    E("hgarbutt", "title_surname", "neutral"),
    E("skettlewell", "title_surname", "neutral"),
)

# === Doxxing (and the office number, which is not doxxing) ============================

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Lisa Harrop",
        "10 February 2025",
        """Fed up of ringing St Chad's office on 01632 960418 and getting the answerphone for the 5th day running. Garbutt's personal mobile is 07700 900412 — I've got it from when she did the Y6 residential. Ring her yourselves, see how she likes being hassled at tea time.""",
        [
            ("Emma Tuke", "Lisa you can't post a teacher's personal number on here"),
            ("Lisa Harrop", "It's a head teacher not the queen"),
            (
                "Admin – Sue",
                "Post removed and number reported to the school. Please don't share personal details of anyone.",
            ),
        ],
    ),
    E("hgarbutt", "possessive", "doxxing"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Carol Simpson",
        "6 January 2025",
        """Just a reminder that St Chad's reopens tomorrow (Tuesday 7th). If your child is starting in the nursery this term and you haven't had a welcome pack, ring the office on 01632 960418 or email office@stchads-ulverby.example. Happy new year all! 🎉""",
        [("Debbie Rowe", "Thanks Carol 👍"), ("Gail Kemp", "Can't come soon enough 😂")],
    ),
    E(S, "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "Ulverby & District Forum",
        "Town talk",
        "Who actually runs safeguarding at St Chad's? Nobody answers",
        [
            (
                "Truth_Seeker_YO62",
                "5 Mar 2025, 21:33",
                """Emailed three times. No reply. Since they won't answer, here's where the DSL lives: S. Kettlewell, 14 Beck Side, Low Fenby, YO62 5TR. Blue door, silver Skoda on the drive. Go and knock and ask him yourselves what he knew about that coach.""",
            ),
            (
                "Mod_Ian",
                "5 Mar 2025, 21:50",
                """Removed the address from the quote function and suspended this account. Publishing someone's home address is not acceptable here under any circumstances.""",
            ),
        ],
    ),
    E("skettlewell", "initial_surname", "doxxing"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@ellzz.b",
        "my teacher gave me a detention for 'attitude' 🙄🙄 #year6problems",
        [
            (
                "ellzz.b",
                "n o w a k lives at 7 tanpit lane hollinthorpe if anyone wants to egg her house 😂",
            ),
            ("sophie_rx", "ELLA 😭 delete that ur gonna get in so much trouble"),
            ("jac0b.t", "thats actually illegal i think"),
        ],
        stats="♥ 61",
    ),
    E("knowak", "spacing", "doxxing"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Local: Yorkshire",
        "St Chad's Ulverby PTA accounts — anyone else asked?",
        [
            (
                "Shortbread_Finger",
                "Mon 14-Oct-24 10:02",
                """I've asked the school for the summer fair figures twice. If anyone wants to email the SBM directly rather than wait for the office, her home email is beverley.thwaites72@mailhub.example — she gave it out when she was doing the PTA raffle. Maybe she'll answer that.""",
            ),
            (
                "Peppermint_Tea",
                "Mon 14-Oct-24 10:15",
                """Don't post people's personal emails! The PTA treasurer is the person to ask, not the business manager, they're separate.""",
            ),
        ],
    ),
    E("bthwaites", "exact", "doxxing"),
    E(S, "alias", "negative"),
)

add(
    "review",
    reviews(
        "St Chad's Nursery (school nursery, 2–4 years) — Ulverby",
        "NurseryFinder · 9.2/10 from 31 reviews",
        [
            (
                "Parent of a child (name withheld)",
                "Overall 2/10",
                "Reviewed May 2025",
                """Miss Oduya refuses to discuss my concerns at drop-off. If you want to take it up with her directly like I will, she's @amara.oduya on Instagram and lives in the flat above the Co-op on Market Place, Ulverby, the door round the back. Management don't care.""",
            ),
            (
                "Response from the provider",
                "",
                "May 2025",
                """We have asked NurseryFinder to remove personal details from this review. Please raise any concern with the school office or our chair of governors.""",
            ),
            (
                "Grandparent (Cawleside)",
                "Overall 10/10",
                "Reviewed April 2025",
                """My granddaughter has come on leaps and bounds. The staff are warm and the garden is lovely.""",
            ),
        ],
    ),
    E("aoduya", "title_surname", "doxxing"),
    E(S, "alias", "negative"),
)

add(
    "social",
    whatsapp(
        "Y2 Parents St Chads",
        [
            (
                "20/01/2025, 20:15",
                "Kelly",
                "Still no reply from school about Mason being kept in at dinner",
            ),
            (
                "20/01/2025, 20:16",
                "Kelly",
                "Dinsdale's address is 3 Chapel Garth, Cawleside YO62 7PL if anyone else wants to put a letter through his door since emails get ignored",
            ),
            ("20/01/2025, 20:19", "Jen", "Kelly I don't think you should share that on here hun"),
            ("20/01/2025, 20:20", "Kelly", "It's on the electoral roll anyway 🤷‍♀️"),
        ],
    ),
    E("tdinsdale", "possessive", "doxxing"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@ulv_lad_2012",
        "caretaker took our ball AGAIN. thats 4 balls this year. Addyman lives at 3 Church View, Hollinthorpe, the bungalow with the gnomes, go get them back lads ⚽",
        [
            ("@jake_fenby", "😂😂 hes got like 40 balls in that shed"),
            ("@ulv_lad_2012", "@jake_fenby fr"),
        ],
    ),
    E("kaddyman", "surname_only", "doxxing"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Jo Bellerby",
        "18 June 2025",
        """Year 4 residential at Robin Hood's Bay next week. If your child is poorly or you can't get through to school, Miss Lister's personal number (she gave it to a few of us for the trip) is 07700 900733. Text her directly, she won't mind.""",
        [
            (
                "Kim Outhwaite",
                "Jo I'm not sure she'd want that on here, there's 3,000 people in this group",
            ),
            ("Jo Bellerby", "Oh god, good point, will delete"),
        ],
    ),
    E("hlister", "title_surname", "doxxing"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "SEN",
        "SENCO won't return calls — so here's her number",
        [
            (
                "AutismMumYorks",
                "Fri 24-Jan-25 22:08",
                """Eight weeks waiting for a reply from the SENCO at St Chad's about DS's EHCP review. Mrs Pickersgill's personal mobile is 07700 900586 — got it off another parent whose child she used to tutor privately. Everyone ring her until she answers.""",
            ),
            (
                "SENDadvocate",
                "Fri 24-Jan-25 22:20",
                """I get the frustration, really, but please edit that out. Write to the head and chair of governors and copy in the local authority SEN team; put it all in writing with dates.""",
            ),
        ],
    ),
    E("jpickersgillward", "hyphenated", "doxxing"),
    E(S, "short_name", "negative"),
)

# === Defamation =======================================================================

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Anonymous member",
        "9 October 2024",
        """Does nobody else find it strange that the St Chad's summer fair "only made £900" when there were 600 people there? Bev Thwaites has had her hand in the PTA till for years, everyone in the office knows it. New kitchen, new car, two holidays. Go figure.""",
        [
            ("Pam Riley", "That's a very serious thing to say anonymously"),
            ("Anonymous member", "Ask to see the books then"),
            (
                "Sue Metcalfe",
                "The PTA is run by parents, not the business manager. She doesn't touch the money. This is how people get sued.",
            ),
        ],
    ),
    E("bthwaites", "nickname", "defamation"),
    E(S, "short_name", "negative"),
)

add(
    "news",
    news(
        "gazette",
        "School business manager charged with fraud",
        """
A school business manager from Ulverby has been charged with fraud by abuse of position.

Beverley Thwaites, 53, of Cawleside, is accused of dishonestly transferring around £14,200 from the accounts of St Chad's CE Primary School, where she has worked since 2019, between March 2023 and August 2025.

She is due to appear at Scarborough Magistrates' Court on 6 November. Mrs Thwaites has been suspended by the school pending the outcome of proceedings.

The school's governing body said in a statement: "We have co-operated fully with the police and with the local authority's internal audit team. Pupils' education has not been affected and the school's finances remain secure."

Mrs Thwaites, through her solicitor, said she would "strongly contest" the charge.
""",
        byline="Courts reporter",
        date="16 October 2025",
    ),
    E("bthwaites", "exact", "defamation"),
    E(S, "alias", "neutral"),
)

add(
    "forum",
    forum(
        "Ulverby & District Forum",
        "Schools",
        "Those St Chad's SATs results don't add up",
        [
            (
                "Numbers_Dont_Lie",
                "12 Jul 2025, 14:40",
                """Two years ago 58% at expected standard, last year 61%, this year 89%?? In a year the school was in chaos? G4rbutt fiddled the SATs, plain and simple. My niece said the Year 6s were "helped" with the reading paper and a teacher stood over them pointing. That's cheating and it's fraud.""",
            ),
            (
                "Ulverby_Gov",
                "12 Jul 2025, 15:02",
                """The Year 6 cohort this year was 22 children, last year 31. Small cohorts swing wildly. If you genuinely believe there was maladministration, report it to the Standards and Testing Agency, don't post accusations here.""",
            ),
            (
                "Numbers_Dont_Lie",
                "12 Jul 2025, 15:10",
                """Convenient""",
            ),
        ],
    ),
    E("hgarbutt", "leetspeak", "defamation"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@its.chloe.xo",
        "my little brother came home from st chads crying AGAIN 😡 mrs nowak literally hit him with a ruler and grabbed his arm so hard he's got a bruise. how is she still allowed to teach??",
        [
            ("bella.rae", "that's assault omg report her"),
            ("its.chloe.xo", "my mum's going up tomorrow"),
            (
                "ollie_m",
                "i had her in y6 and she never touched anyone ngl, ur brother is a menace 😂",
            ),
            ("its.chloe.xo", "@ollie_m shut up"),
        ],
        stats="♥ 1,032",
    ),
    E("knowak", "title_surname", "defamation"),
    E(S, "short_name", "negative"),
)

add(
    "review",
    reviews(
        "St Chad's CE Primary School",
        "Google reviews · Fenby Lane, Ulverby YO62",
        [
            (
                "Steph W",
                "★★☆☆☆",
                "5 months ago",
                """Teachers are fine, lovely even. But the caretaker Mr Addyman is drunk by 10am most days, you can smell it on him at the gate, and he's the one with keys to everything. How is that allowed in a primary school?""",
            ),
            (
                "Phil O",
                "★★★★★",
                "6 months ago",
                """Fantastic little school. Mr Dinsdale in Year 2 is a brilliant teacher, our son has flown this year.""",
            ),
        ],
    ),
    E("kaddyman", "title_surname", "defamation"),
    E("tdinsdale", "title_surname", "neutral"),
    E(S, "alias", "negative"),
)

add(
    "facebook",
    fb(
        "Ryedale SEND Parents Support",
        "Michelle Verrill",
        "30 April 2025",
        """Warning to any parent at St Chad's in Ulverby going for an EHCP. Pickersgill-Ward deliberately blocks applications so the school doesn't have to pay the first £6,000, she's told other parents that herself. And at our tribunal she lied under oath about the support my son was getting. She should be struck off.""",
        [
            ("Carla Dent", "We had the same experience with the EHCP, she was useless"),
            (
                "Ryedale SEND Parents Support (Admin)",
                "Please be careful about accusing a named person of lying under oath. Focus on your child's case and get advice from SENDIASS.",
            ),
        ],
    ),
    E("jpickersgillward", "surname_only", "defamation"),
    E(S, "short_name", "negative"),
)

add(
    "blog",
    blog(
        "Notes from a Yorkshire Supply Teacher",
        "The head who made the numbers disappear",
        "2 March 2025",
        """
I did supply in a lot of schools around Ryedale before I retired, and I've watched the news from St Chad's in Ulverby with a sinking feeling, because I worked under the head there years ago, when she was still Helen Pybus and had her first headship in a school I won't name.

Here's what I saw. Children with challenging needs being "encouraged" to move schools just before census day. Registers marked present for children who were at home. A parent told me she'd been advised to home educate "for a bit" and then the place was never offered back. It's called off-rolling and it's against the rules, and Helen Pybus was very, very good at it.

So when I read that St Chad's attendance is suddenly among the best in the county, forgive me if I don't reach for the bunting.
""",
        [
            ("OldHand_Ed", "Names, dates, evidence? Otherwise this is just gossip."),
            ("Anon", "Interesting. Heard similar."),
        ],
    ),
    E("hgarbutt", "alias", "defamation"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    whatsapp(
        "St Chad's Y6 parents 2024-25",
        [
            (
                "11/03/2025, 21:03",
                "Marie",
                "Apparently Kettlwell shredded the complaint file about the coach the day after the arrest. Someone in the office saw him",
            ),
            ("11/03/2025, 21:05", "Steve", "Who told you that?"),
            ("11/03/2025, 21:05", "Marie", "Can't say. But it makes sense doesn't it"),
            (
                "11/03/2025, 21:08",
                "Steve",
                "Not really Marie, police took everything in February. Be careful.",
            ),
        ],
    ),
    E("skettlewell", "typo", "defamation"),
    E(S, "short_name", "negative"),
)

# === Abuse ============================================================================

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Shannon Lythe",
        "5 September 2024",
        """First day back and St Chad's have changed the pick-up gate AGAIN without telling anyone. Mrs Garbutt is a useless jumped-up cow who couldn't organise a piss-up in a brewery. Sat in her office all day with her scented candles while the rest of us stand in the rain.""",
        [
            ("Andrea Pratt", "The gate change was in Friday's newsletter to be fair"),
            ("Shannon Lythe", "Who reads them"),
            ("Kate Lowe", "You can disagree without calling someone a cow Shannon"),
        ],
    ),
    E("hgarbutt", "title_surname", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@maisie.jxx",
        "rating my little sisters teachers at st chads based on vibes only 💅 part 2",
        [
            ("maisie.jxx", "mr dinsdale looks like a thumb with a beard 💀 3/10"),
            ("ruby.t", "NOT THE THUMB 😭😭"),
            ("maisie.jxx", "mrs nowak = scary but iconic 8/10"),
            ("jayyy", "this is so mean 😂 he's actually nice"),
            ("maisie.jxx", "@jayyy being nice doesnt stop him being a thumb"),
        ],
        stats="♥ 5,661",
    ),
    E("tdinsdale", "title_surname", "abuse"),
    E("knowak", "title_surname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "SEN",
        "Rant about the SENCO",
        [
            (
                "Tired_of_fighting",
                "Tue 03-Jun-25 21:11",
                """St Chad's SENCO Mrs Ward is a waste of oxygen. Smug, patronising, useless. Sat there nodding in the meeting and then did NOTHING. I hope she reads this. Absolute clown of a woman.""",
            ),
            (
                "Stripey_Socks",
                "Tue 03-Jun-25 21:30",
                """Sorry you're going through it. Have you asked for a SEN support plan in writing? Then at least there's a record.""",
            ),
        ],
    ),
    E("jpickersgillward", "hyphenated", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "review",
    reviews(
        "St Chad's CE Primary School, Ulverby",
        "Rate My Local School · 3.8 / 5",
        [
            (
                "Anonymous",
                "2/5",
                "June 2025",
                """Hannah L\u0456ster is a stuck-up little madam who looks down her nose at every parent who didn't go to university. Rolled her eyes at me in front of my son. Vile woman.""",
            ),
            (
                "Anonymous",
                "5/5",
                "May 2025",
                """Our daughter's Year 4 teacher this year has been brilliant. Reading has really taken off.""",
            ),
        ],
    ),
    E("hlister", "homoglyph", "abuse"),
    E(S, "alias", "negative"),
)

add(
    "news",
    news(
        "region",
        "Headteacher targeted by 'relentless' online campaign after coach's arrest",
        """
The headteacher of a North Yorkshire primary school has been subjected to a "relentless" campaign of online abuse in the months since a sports coach who worked at the school was arrested, governors have said.

Helen Garbutt, head of St Chad's Church of England Primary School in Ulverby since 2018, has been called "scum", "a disgrace" and "an enabler" in hundreds of posts in local Facebook groups, on TikTok and in anonymous emails to the school, according to a letter sent to parents by the chair of governors.

One anonymous account posted a doctored photograph of Mrs Garbutt with the caption "resign or we'll make you". Another set up a fake profile in her name.

"Criticism of how any school handles a difficult situation is legitimate," the letter said. "A personal campaign of harassment against an individual is not."

Police confirmed they had received a report of malicious communications and were investigating. The National Association of Head Teachers said it was supporting Mrs Garbutt and described the posts as "shameful".
""",
        byline="Education correspondent",
        date="29 April 2025",
    ),
    E("hgarbutt", "exact", "abuse"),
    E(S, "exact", "neutral"),
)

add(
    "social",
    whatsapp(
        "Ulverby Juniors U10 parents",
        [
            (
                "04/10/2024, 18:30",
                "Sarah",
                "Another letter from St Chad's about the trip payment being late 🙄",
            ),
            ("04/10/2024, 18:31", "Tasha", "Thwaites the jobsworth witch strikes again"),
            (
                "04/10/2024, 18:31",
                "Tasha",
                "honestly that woman is a miserable old bag. no wonder her husband left",
            ),
            ("04/10/2024, 18:35", "Sarah", "😂 harsh"),
        ],
    ),
    E("bthwaites", "surname_only", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "Instagram",
        "@coachfairburn_ulv — reel, 11 May 2024",
        "Saturday soccer school at Ulverby rec ☀️⚽ Spaces available for the summer camp — link in bio!",
        [
            (
                "dave_w_ulv",
                "@coachfairburn_ulv you're a joke mate, my lad's been every week for a year and never once got picked for the St Chad's team. Favourites much. Clown.",
            ),
            ("coachfairburn_ulv", "Hi Dave, drop me a DM and we can chat 👍"),
            ("dave_w_ulv", "Don't bother"),
        ],
    ),
    E("rfairburn", "handle", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@benji.ulv",
        "when the deputy head catches u on ur phone at the leavers disco 😭",
        [
            (
                "benji.ulv",
                "k e t t l e w e l l is a fat loser who has nothing better to do than ruin our lives",
            ),
            ("amz.h", "why u spelling it like that 😂"),
            ("benji.ulv", "@amz.h so he cant search it 🤫 ulverby's finest"),
        ],
    ),
    E("skettlewell", "spacing", "abuse"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Natalie Crossley",
        "23 January 2025",
        """Kasia Nowak has sent home ANOTHER spelling list with mistakes on it. Year 6 at St Chad's and the teacher is thick as mince. How can she teach them SPAG when she can't do it herself. Embarrassing.""",
        [
            ("Liam Coates", "One typo Natalie. Calm down."),
            ("Natalie Crossley", "It's the principle"),
        ],
    ),
    E("knowak", "alias", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@ryedale.rants",
        "the way the head at my kids school ignores every single email. G*rbutt you are a spineless waste of space and everyone in ulverby knows it 🙃 #schoolmums #rant",
        [("mum.of.four.yo62", "🔥🔥 say it louder"), ("kez_b", "she's alright to be fair 🤷‍♀️")],
        stats="♥ 388",
    ),
    E("hgarbutt", "obfuscated", "abuse"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Primary education",
        "Does anyone else's school send home the most useless SEN reports?",
        [
            (
                "Fig_roll",
                "Thu 10-Jul-25 19:33",
                """End of year report for DS from St Chad's came home today and the SEN bit was four generic lines. Pickersgill clearly didn't even read his plan. Lazy, smug cow. She's been coasting for a decade.""",
            ),
            (
                "LemonDrizzle",
                "Thu 10-Jul-25 19:40",
                """Ours was the same at a different school. Ask for a meeting before September.""",
            ),
        ],
    ),
    E("jpickersgillward", "hyphenated", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    fb(
        "You know you're from Ulverby when...",
        "Craig Hird",
        "2 December 2024",
        """Helen G at St Chad's has managed to cancel the Christmas pantomime trip because "the coach company let us down". Absolute shambles. That woman couldn't run a bath. Clueless, gutless and overpaid.""",
        [
            ("Sharon Ibbotson", "The coach company went bust Craig, it was on the news"),
            ("Craig Hird", "Should have had a plan B"),
        ],
    ),
    E("hgarbutt", "first_initial", "abuse"),
    E(S, "short_name", "negative"),
)

# === Everyday school life: praise, complaints, news, reviews ===========================

add(
    "news",
    news(
        "ofsted",
        "St Chad's Church of England Primary School — inspection summary",
        """
Inspection dates: 23 and 24 January 2024. Overall effectiveness: Requires improvement.

## What is it like to attend this school?

Pupils are happy at this small church school in Ulverby and say that adults care about them. Children in the nursery and Reception settle quickly and enjoy the well-resourced outdoor area. Pupils behave well in lessons and around the school.

However, the quality of education is not consistently good. In some subjects, including history and geography, the curriculum has not been thought through carefully enough, and pupils do not build their knowledge well over time. Pupils who are at the early stages of reading do not always read books that match the sounds they know.

## What does the school need to do to improve?

Leaders should ensure that the curriculum in foundation subjects identifies the important knowledge pupils should learn and the order in which they should learn it. Leaders should make sure that the phonics programme is delivered consistently by all staff, and that pupils with special educational needs and/or disabilities (SEND) receive the support set out in their plans.

## Safeguarding

The arrangements for safeguarding are effective.

Previous inspection grade: Good.
""",
        date="Published 1 March 2024",
    ),
    E(S, "exact", "negative"),
)

add(
    "news",
    news(
        "ofsted",
        "St Chad's CE Primary School, Ulverby — monitoring inspection letter (summary)",
        """
This was the first monitoring inspection since the school was judged as requires improvement. The inspector met the headteacher, the deputy headteacher, the SENCO, the chair of governors and a representative of the diocese, and visited lessons in every class.

Leaders and those responsible for governance are taking effective action to improve the school. A new phonics scheme is now taught consistently, and the inspector saw pupils in Year 1 and Year 2 reading fluently from books matched to their knowledge. The curriculum in history and geography has been rewritten.

Following a serious safeguarding matter involving an adult employed by an external provider, leaders commissioned an independent safeguarding review. Its recommendations have been implemented in full. The arrangements for safeguarding are effective.

Provision for pupils with SEND has improved, although some parents told the inspector that communication about support plans is still too slow.
""",
        date="Published 24 June 2025",
    ),
    E(S, "alias", "neutral"),
)

add(
    "review",
    reviews(
        "St Chad's Nursery — Fenby Lane, Ulverby",
        "NurseryFinder · parent reviews",
        [
            (
                "Mother of a child",
                "Overall 10/10",
                "Reviewed March 2025",
                """Miss Oduya is bloody brilliant, there's no other word for it. My son went in barely speaking and now narrates everything from dinosaurs to the bin lorry. Mrs Sowerby in Reception is lovely too. The garden is fab.""",
            ),
            (
                "Father of a child",
                "Overall 9/10",
                "Reviewed February 2025",
                """Warm, organised nursery. Only downside is the 3pm finish, which is hard with work. The app updates and photos are great.""",
            ),
            (
                "Grandparent of a child",
                "Overall 8/10",
                "Reviewed January 2025",
                """A happy place. Parking on Fenby Lane at pick-up is a nightmare though.""",
            ),
        ],
    ),
    E("aoduya", "title_surname", "neutral"),
    E("lsowerby", "title_surname", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "review",
    reviews(
        "St Chad's Nursery, Ulverby",
        "NurseryFinder · parent reviews",
        [
            (
                "Mother of a child",
                "Overall 4/10",
                "Reviewed October 2024",
                """Lovely staff but the communication is poor. We found out about the change to session times from another parent. Sessions are sometimes cancelled at short notice due to staffing and there is no holiday provision at all, which the private nurseries in Malton offer. The outdoor area floods every time it rains.""",
            ),
        ],
    ),
    E(S, "alias", "negative"),
)

add(
    "review",
    reviews(
        "St Chad's CE Primary School",
        "Google reviews · Fenby Lane, Ulverby",
        [
            (
                "Rachel D",
                "★★★★★",
                "2 months ago",
                """Miss Lister is one of those teachers your kids will remember forever. She made our very anxious daughter feel safe, and the Year 4 residential was the highlight of her year.""",
            ),
            (
                "Martin Y",
                "★★☆☆☆",
                "3 months ago",
                """Oh brilliant, another "exciting" uniform change, thanks Mrs Garbutt, just what every family needed in a cost of living crisis. Third change in two years. Nobody asked for a blazer in a primary school.""",
            ),
            (
                "Jo H",
                "★★★★☆",
                "4 months ago",
                """Good small school. Communication has improved a lot this year.""",
            ),
        ],
    ),
    E("hlister", "title_surname", "neutral"),
    E("hgarbutt", "title_surname", "negative"),
    E(S, "alias", "negative"),
)

add(
    "news",
    news(
        "courier",
        "Cross-country glory for Ulverby's pint-sized runners",
        """
St Chad's CE Primary were crowned small schools champions at the Ryedale Primary Cross-Country at Castle Howard on Saturday, with three pupils in the top ten of the Year 5/6 girls' race.

Coach Ryan Fairburn, who trains the team on Thursday evenings, said: "They've been out in the wind and the rain every week since September. Today was about grit, and they've got bags of it."

Full results: Year 3/4 girls — 1. Ulverby St Chad's; 2. Sinnington; 3. Ampleforth. Year 3/4 boys — 1. Helmsley; 2. Ulverby St Chad's. Year 5/6 girls — 1. Ulverby St Chad's; 2. Terrington; 3. Helmsley. Year 5/6 boys — 1. Slingsby; 2. Helmsley; 3. Ulverby St Chad's.
""",
        byline="Sport desk",
        date="21 November 2024",
    ),
    E("rfairburn", "exact", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@UlverbySchoolsSport",
        "What a day at the Ryedale Small Schools Football Festival! 12 schools, 140 players and not one sulk (ok, maybe one). Congratulations to our hosts #StChadsUlverby and to Sinnington for lifting the Fair Play shield 🏆",
        [("@SinningtonCP", "Thank you! Brilliant organisation 👏")],
    ),
    E(S, "hashtag", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@ulverby_bakehouse · 📍 StChadsUlverby",
        "200 gingerbread angels for the school Christmas fair 🎄👼 It's our favourite order of the year. See you at the cake stall!",
        [
            ("rach.bakes.too", "They look amazing 😍"),
            ("ulverby_bakehouse", "@rach.bakes.too thank you lovely!"),
        ],
    ),
    E(S, "camelcase", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@nanna.pat.yorks",
        "my grandson's nursery teacher had them all singing 'Away in a Manger' in Makaton 😭❤️ shoutout KeithAddyman too for building the stable out of pallets. best school in ulverby",
        [("user5512", "this made me cry 😭"), ("nanna.pat.yorks", "@user5512 me too love")],
        stats="♥ 940",
    ),
    E("kaddyman", "camelcase", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Emma Tuke",
        "14 March 2025",
        """For anyone who wants to say thank you — search HelenGarbutt on the NAHT "Thank a Head" wall, there's a page for her. Whatever people are saying online, she's held the school together this year. The St Chad's staff have been amazing with our kids.""",
        [("Gail Kemp", "Done ❤️"), ("Debbie Rowe", "Done, and shared")],
    ),
    E("hgarbutt", "camelcase", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Green Pen Teaching | a Polish-English classroom blog",
        "Why I still mark in green pen",
        "17 November 2024",
        """
Posted by KasiaNowak

Twelve years teaching, four in Poland and eight in Yorkshire, and I still mark in green. My Year 6 in Ulverby think it's because I'm old-fashioned. It's actually because red ink always made me feel like I had failed, and a child who feels they have failed stops writing.

This week we wrote letters to our future selves. One boy wrote: "Dear me, I hope you still like football and I hope you are kind." I had to go and look out of the window for a minute.

Next week: how we are using Polish and Romanian words in our poetry unit, and why the whole class now says "smacznego" before lunch.
""",
        [
            ("UlverbyMum", "Love this. Our daughter talks about your green pen all the time!"),
            ("Teacher_Tom", "Stealing the future-self letter idea 👏"),
        ],
    ),
    E("knowak", "camelcase", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Brian Clough",
        "11 September 2024",
        """Can the parents doing drop off at St Chad's PLEASE stop parking across the driveways on Fenby Lane. Third time this week I couldn't get out for work. There's a perfectly good car park at the church 200 yards away. The school needs to do something about this.""",
        [
            ("Sam Heseltine", "Agree. And the ones who sit with their engines running"),
            (
                "St Chad's PTA",
                "We've asked the council for yellow zig zags twice, please keep emailing them too",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Primary education",
        "How much homework is normal in Year 4?",
        [
            (
                "Grandma_Yorks",
                "Sun 09-Feb-25 18:40",
                """Grandma here, I do the school run three days a week. My grandson in Miss Lister's class at St Chad's gets a project every fortnight, spellings, times tables AND reading. This weekend it was build a working model of the digestive system. He's 8! Honestly I think it's too much, his mum does half of it and I do the other half.""",
            ),
            (
                "Primary_Teacher_Mike",
                "Sun 09-Feb-25 18:52",
                """Projects are usually optional extras, check with the teacher. Reading and times tables are the bits that actually matter.""",
            ),
            (
                "Grandma_Yorks",
                "Sun 09-Feb-25 19:05",
                """Optional my foot, there's a display board and everyone's is up on it!""",
            ),
        ],
    ),
    E("hlister", "title_surname", "negative"),
    E(S, "short_name", "negative"),
)

add(
    "forum",
    forum(
        "Ulverby & District Forum",
        "Schools",
        "Best and worst teachers at St Chad's — be honest",
        [
            (
                "ParentOf2Ulv",
                "19 Jul 2025, 20:01",
                """End of year, so: best, Nowak's class by a mile, our son went from hating maths to doing puzzles for fun, she's firm but bloody fantastic. Worst, the deputy. Mr Kettlewell is a power-tripping little man who gave a 10-year-old a detention for untucked shirt. Pathetic.""",
            ),
            (
                "Fenby_Fred",
                "19 Jul 2025, 20:15",
                """Kettlewell is strict but he's fair, and he's had the year from hell. Give the man a break.""",
            ),
        ],
    ),
    E("knowak", "possessive", "neutral"),
    E("skettlewell", "title_surname", "abuse"),
    E(S, "short_name", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Area Constituency Committee (Thirsk, Malton and Ryedale) — extract from minutes",
        """
## 17. Public questions

A resident of Fenby Lane, Ulverby, asked what action the council would take about parking at school drop-off and pick-up times near St Chad's CE Primary School. The Highways Area Manager said that "School Keep Clear" markings were being designed and would be subject to a formal Traffic Regulation Order consultation in the spring.

## 18. Ulverby primary school places

Members received a report on forecast demand for primary places in Ulverby following the Hollinthorpe Road housing allocation. Officers advised that St Chad's is expected to be over-subscribed from September 2027 and that an expansion from 0.9 to 1 form of entry was being explored with the Diocese of York and the school's governing body. Councillor Brennan asked that any building work take account of the flooding at the nursery garden.

RESOLVED: that the report be noted.
""",
        date="Minutes of meeting held 18 February 2025",
    ),
    E(S, "alias", "neutral"),
)

add(
    "facebook",
    fb(
        "St Chad's CE Primary School, Ulverby",
        "St Chad's CE Primary School, Ulverby",
        "7 March 2025",
        """📚 World Book Day! 📚 We had 14 Gruffalos, 9 Harry Potters, one very convincing Mr Twit and Tom D as the Cat in the Hat (thank you for being such a good sport!). Our Year 2s then read stories to the nursery children. Thank you to the Friends of St Chad's for the £5 book tokens.""",
        [
            ("Lou Farrar", "The Cat in the Hat 😂😂 my daughter hasn't stopped talking about it"),
            ("Pat Wrightson", "Brilliant costumes all round"),
        ],
    ),
    E("tdinsdale", "first_initial", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Diane Pybus",
        "22 June 2025",
        """Huge thank you to Mrs Ward at St Chad's (the SENCO) who sat with me for an hour and a half after school to go through my son's EHCP paperwork line by line. She didn't have to, and she did it with such kindness. He starts his new support plan in September. 💙""",
        [
            ("Michelle Verrill", "Glad it worked out for you Diane"),
            ("Tracy Lumley", "She's a good egg"),
        ],
    ),
    E("jpickersgillward", "hyphenated", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "SEN",
        "Waiting 10 weeks for a SENCO reply — normal?",
        [
            (
                "Curlew_Call",
                "Mon 17-Mar-25 13:05",
                """Our SENCO is Joanne Pickersgill-Ward at St Chad's CE Primary. Emailed in January asking for DD's needs to be assessed. One holding reply, then nothing. I know SENCOs are stretched but it's been ten weeks and DD is falling further behind. Is this normal? What can I do next?""",
            ),
            (
                "SENDadvocate",
                "Mon 17-Mar-25 13:20",
                """Sadly common, but not OK. You don't need the school's permission to request an EHC needs assessment — you can apply directly to the local authority. Keep a log of every contact.""",
            ),
        ],
    ),
    E("jpickersgillward", "exact", "negative"),
    E(S, "alias", "negative"),
)

add(
    "news",
    news(
        "courier",
        "Bishop opens new forest school at Ulverby church school",
        """
The Bishop of Whitby was given a muddy welcome on Friday when she opened a new forest school area at St Chad's CE Primary, Ulverby.

The woodland classroom, built on a neglected corner of the school field, includes a fire circle, a mud kitchen and a willow tunnel planted by pupils. It was funded by a £12,000 grant from a Ryedale charitable trust and £3,400 raised by the Friends of St Chad's.

Caretaker Keith Addyman spent much of the summer holidays clearing brambles and building benches from fallen oak. "I've been here 21 years and this is the best thing I've done," he said.

Headteacher Helen Garbutt thanked the many parents and grandparents who gave up weekends to help. The bishop led prayers and then, by special request, toasted a marshmallow.
""",
        byline="By Jenny Hartas",
        date="26 September 2024",
    ),
    E(S, "alias", "neutral"),
    E("kaddyman", "exact", "neutral"),
    E("hgarbutt", "exact", "neutral"),
)

add(
    "news",
    news(
        "jobs",
        "Class Teacher (Year 2), secondment cover — Ulverby, North Yorkshire",
        """
St Chad's Church of England Primary School, Fenby Lane, Ulverby. Main Pay Scale. Full-time, fixed term to July 2026. ECTs welcome.

We are looking for a kind, creative and resilient teacher to cover a colleague's secondment in our Year 2 class. You will work alongside an experienced Key Stage 1 team and be supported by our SENCO and EYFS lead.

What we offer: small classes, a beautiful rural setting, a forest school, and a staff team who genuinely look out for each other. "It's the friendliest staffroom I've worked in," says our Year 3/4 teacher, Hannah Lister.

The school is committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check and satisfactory references.
""",
        date="Posted 3 September 2025",
    ),
    E(S, "exact", "neutral"),
    E("hlister", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "The Beacon — Parish of Ulverby with Cawleside",
        "The Beacon, Summer 2025: news from around the parish",
        "June 2025",
        """
## Dates for your diary

Sunday 15 June: Father's Day breakfast after the 9.30 service. Saturday 21 June: St Chad's school summer fair, 12–3pm on the school field, with the Friends of St Chad's barbecue and the Year 6 "Guess the weight of the vicar" stall (he has asked us to point out that he has been on a diet). Sunday 29 June: Patronal festival and bring-and-share lunch. Saturday 5 July: Ulverby Show, Low Fenby showground.

## From the Rectory

Dear friends,

Summer in Ulverby always arrives twice: once when the swifts come screaming back over the market place, and again when the first tractor appears on Kirkgate with a trailer full of hay bales and holds up the whole town for a quarter of an hour. I've learned not to mind. There are worse things than being made to sit still for a moment.

It has been a hard year in parts of our community, and many of you have carried heavy burdens quietly. Thank you for the care you have shown to one another: the meals left on doorsteps, the lifts to hospital, the cups of tea. That is what a parish looks like when it is working well. Please keep praying for all who work with children and young people in our town, and for the families who have needed extra support.

With every blessing, Mark.

## Bell ringers

Our band rang a quarter peal of Plain Bob Doubles on Easter Day, the first for two of our younger ringers. Practice is on Tuesday evenings at 7.30pm and new ringers of all ages are welcome. You don't need to be musical, strong or a morning person, though it helps to be able to count to five. Tower captain Ken Rudd says learners will be "handled gently".

## Flower guild

Thank you to everyone who provided flowers for Easter, especially the Kitching family who gave the arrangement by the font in memory of Ada. The rota for July and August is on the board at the back of church; we are particularly short of volunteers for the first two weeks of August.

## Cawleside WI

In April the WI welcomed a speaker from the Ryedale Folk Museum who talked about Victorian laundry. We learned more than we ever wished to about mangles. In May members visited Castle Howard and enjoyed a very good scone. June's meeting will be a garden party at Rose Cottage. Visitors welcome — £3 including cake.

## Churchyard working party

The working party met three times this spring and has cleared the north side of the churchyard, rediscovering two headstones that had been lost under ivy since the 1970s. One belongs to a Thomas Rudd, blacksmith, d. 1871, an ancestor of our tower captain. Ken was visibly moved and then immediately asked whether anyone had seen his secateurs.

## Ulverby Food Bank

The Food Bank continues to see high demand. Items most needed this month: tinned meat, UHT milk, instant coffee, washing-up liquid and nappies (sizes 5 and 6). Collection points are at the back of church, the Co-op and the library. Thank you to the Rotary Club for their generous gift of £500.

## Messy Church

Messy Church meets on the second Saturday of each month in the church hall, 10am–12pm. In May we made edible Noah's arks out of Swiss rolls and Jaffa Cakes, and only three of the animals survived long enough to board. All families welcome. Please let Rachel know of any allergies.

## Ulverby Show

The Show committee is still looking for volunteers to steward car parking on the day. If you can give two hours, please contact the show office. The produce tent will once again feature the "Ugliest Vegetable" class, hotly contested since a cucumber of unusual shape won in 2019.

## Pastoral care team

Our visitors continue to take Holy Communion to the housebound and to the residents of Fenby House. If you know of anyone who would welcome a visit, or who is in hospital, please let the Rectory know.

## Thank you from Fenby House

The residents and staff at Fenby House care home would like to thank Mr Dinsdale's Year 2 class, who came to sing for them in May. "They did 'Lean on Me' with actions," said one resident, aged 97, "and I haven't laughed so much since VE Day." The children have been invited back at Christmas.

## Registers

Baptisms: Isla Mae Hewison; Arthur John Pattison. Weddings: Chloe Harland and Daniel Crosby. Funerals: Ada Kitching (94); Gordon Leckenby (81).
""",
    ),
    E(S, "short_name", "neutral"),
    E("tdinsdale", "title_surname", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Holly Sturdy",
        "2 September 2025",
        """Who else cried at the St Chad's gate this morning? 😭 Reception already!""",
        [("Beth Ainsley", "Me. Twice."), ("Jade Lund", "Blubbing in the car park 🙋‍♀️")],
    ),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@RyedaleRach",
        "Massive congratulations @StChadsUlverby on getting back to Good. After the year you've had, every single one of you deserves a week on a beach 🏖️",
        [("@StChadsUlverby", "Thank you Rachel! So proud of our children and staff 💙")],
    ),
    E(S, "handle", "neutral"),
)

add(
    "news",
    news(
        "region",
        "Ulverby primary school rated Good after 'year of turmoil'",
        """
A North Yorkshire church primary school that was rocked by the conviction of a visiting sports coach has been rated Good by inspectors.

St Chad's Church of England Primary School in Ulverby was judged to require improvement in early 2024. Inspectors who visited in October found that leaders had "transformed" the reading curriculum and that pupils were "safe, happy and proud of their school".

The report says: "Leaders have been open with families and rigorous in strengthening safeguarding. Staff know exactly what to do if they have a concern about a child or an adult."

Headteacher Helen Garbutt said: "This is for every child, parent and member of staff who kept faith with St Chad's through a difficult time."
""",
        byline="Education correspondent",
        date="20 November 2025",
    ),
    E(S, "exact", "neutral"),
    E("hgarbutt", "exact", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@ulv.twins",
        "the head g a r b u t t did the ice bucket challenge for the school roof fund 😭😭 ulverby was SHAKING #fyp",
        [
            ("lottie.m", "she screamed so loud 😂"),
            ("ulv.twins", "@lottie.m the whole of fenby lane heard it"),
        ],
        stats="♥ 12.2K",
    ),
    E("hgarbutt", "spacing", "neutral"),
)

add(
    "review",
    reviews(
        "St Chadds Primary, Ulverby",
        "Google reviews",
        [
            (
                "Lee M",
                "★☆☆☆☆",
                "1 week ago",
                """St Chadds is a joke. Rang 4 times about my sons lunch money and got no call back. Dinners are tiny and cold. Avoid.""",
            ),
        ],
    ),
    E(S, "typo", "negative"),
)

add(
    "social",
    whatsapp(
        "Nursery parents 2024-25 🐣",
        [
            (
                "02/12/2024, 19:11",
                "Class rep Laura",
                "Reminder nativity costumes in by Weds please! Miss O says tea towels for shepherds are fine, no need to buy anything 🐑",
            ),
            ("02/12/2024, 19:14", "Zoe", "Phew. Thank you!"),
            (
                "02/12/2024, 19:20",
                "Class rep Laura",
                "Also the St Chad's Christmas fair is Saturday 10-1 if anyone can do a 30 min slot on tombola",
            ),
        ],
    ),
    E("aoduya", "nickname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Grandad Jim's Allotment Diary",
        "Broad beans, blackfly and a very keen gardening club",
        "14 May 2025",
        """
Plot 14 is finally under control. The broad beans are up, the blackfly are on them, and I'm spraying with washing-up water like my father did.

On Wednesday afternoons I help at the gardening club at my granddaughter's school, St Chad's in Ulverby. Eleven children, forty trowels, and one worm called Gerald who has been dug up and reburied at least six times. Addy, the caretaker, built them raised beds out of old scaffolding boards and he is prouder of those beds than I am of my onions.

This week the children planted potatoes in tyres. They've been told that in July they'll find potatoes underneath. They do not believe me.
""",
        [("Margaret B", "Gerald the worm 😂 love it Jim"), ("Jim", "He's a survivor Margaret")],
    ),
    E("kaddyman", "nickname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "TalkParents",
        "Primary education",
        "St Chad's Ulverby or Sinnington for Reception 2026?",
        [
            (
                "NewToRyedale",
                "Wed 08-Oct-25 10:12",
                """Moving to the area in the spring. Torn between St Chad's Ulverby (walkable, has a nursery, but obviously had a lot of bad press this year) and Sinnington (lovely but a 15 minute drive). Anyone with children at either?""",
            ),
            (
                "Heather_on_the_moor",
                "Wed 08-Oct-25 10:40",
                """We're at St Chad's. It has been a horrible year but honestly the school handled it well, and the Reception team is brilliant. I'd go and visit both and trust your gut.""",
            ),
            (
                "Sinn_mum",
                "Wed 08-Oct-25 11:02",
                """Sinnington is lovely but the class sizes are mixed-age from Reception up, which suits some kids more than others.""",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Community Noticeboard",
        "Kath Rowntree",
        "30 January 2025",
        """FOUND on Fenby Lane outside the Spar: a navy PE bag with the St Chad's logo, name label says "Ella B". Left it with the school office.""",
        [("Sarah Bellerby", "That's ours!! Thank you so much 🙏")],
    ),
    E(S, "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "Ulverby & District Forum",
        "Schools",
        "Behaviour policy at St Chad's has gone too far",
        [
            (
                "Cawleside_Carl",
                "3 Oct 2025, 08:45",
                """New "silent corridors" rule, detentions for forgotten reading books, and a points chart on the wall for everyone to see. Kettlewell has turned a village primary into a boot camp. My lad used to love school and now he has a tummy ache every Sunday night.""",
            ),
            (
                "Ulverby_Gov",
                "3 Oct 2025, 09:10",
                """The behaviour policy went out for consultation in June and the governors are reviewing it after a term. Please do send your views to the clerk.""",
            ),
        ],
    ),
    E("skettlewell", "surname_only", "negative"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Louise Hartley",
        "11 July 2025",
        """Just want to give a shout out to Lister's Year 3/4 class at St Chad's who did the whole assembly on the Ulverby floods of 1931 from memory. The grandparents were in tears. Whoever taught them about evacuating the cows by boat deserves a medal 🐄🚣""",
        [("Sharon Ibbotson", "She is wonderful with them 💛"), ("Louise Hartley", "She really is")],
    ),
    E("hlister", "possessive", "neutral"),
    E(S, "short_name", "neutral"),
)

# === Decoys: lookalike organisations, places and namesakes (no label, or partial) ======

add(
    "news",
    news(
        "other",
        "Bells ring out again at St Chad's after £80,000 restoration",
        """
The six bells of St Chad's Church in Brinsford Heath, Staffordshire, rang out on Sunday for the first time in four years after an £80,000 restoration.

The bells, the oldest of which dates from 1612, were removed in 2021 after the timber frame was found to be rotten. They were retuned at a foundry in Loughborough and rehung on a new steel frame.

"It's been a long silence," said tower captain Alan Beech. "When the tenor went over for the first time there were people crying in the churchyard."

The Friends of St Chad's raised more than half of the cost through quiz nights, a sponsored abseil and a bell-shaped cake sale.
""",
        byline="Community reporter",
        date="7 April 2025",
    ),
)

add(
    "news",
    news(
        "other",
        "Norbury Heath's St Chad's CE Primary rated Good by Ofsted",
        """
St Chad's CE Primary School in Norbury Heath, Cheshire, has been rated Good in all areas following its first full inspection in seven years.

Inspectors praised the school's "ambitious and well-sequenced" curriculum and said pupils were "polite, curious and kind". The school's 210 pupils were described as "proud to belong".

Headteacher Mr Graham Oakes said he was "absolutely delighted" and thanked parents for their support. The school will celebrate with a community picnic on the village green next Friday.
""",
        byline="Education reporter",
        date="12 March 2025",
    ),
)

add(
    "news",
    news(
        "other",
        "Sunday League round-up: St Chad's FC go top after five-goal thriller",
        """
St Chad's FC moved to the top of the Birmingham Sunday Amateur League Division Two with a 3-2 win over Acocks Green Albion at Billesley Common.

Ryan Fairburn opened the scoring after eleven minutes with a looping header, and Danny Ojo made it two before the break. Albion hit back twice in ten minutes after the restart, but Fairburn's second, a low drive from the edge of the box with four minutes left, sealed the points.

Elsewhere, Kings Heath Celtic and Yardley Wood Rangers drew 1-1, and Hall Green Athletic were beaten 4-0 at home by Moseley Vale.
""",
        byline="Grassroots sport",
        date="2 December 2024",
    ),
)

add(
    "review",
    reviews(
        "St Chad's Court Care Home — Shrewsbury",
        "carehomefinder.example · 9.4 from 48 reviews",
        [
            (
                "Daughter of resident",
                "10/10",
                "September 2025",
                """Mum has been at St Chad's Court for two years. The staff know her routines and her jokes, and the activities coordinator Lorraine is a ray of sunshine.""",
            ),
            (
                "Son of resident",
                "9/10",
                "August 2025",
                """Clean, calm and caring. Car park is small.""",
            ),
        ],
    ),
)

add(
    "news",
    news(
        "region",
        "Property of the week: Victorian terrace on St Chad's Road, Headingley",
        """
This three-bedroom mid-terrace on St Chad's Road in Far Headingley, Leeds, has been lovingly restored by its current owners, keeping the original cornicing, sash windows and cast-iron fireplaces.

There's a generous through-lounge, a modern kitchen opening on to a south-facing yard, and a cellar converted into a home office. The property is within walking distance of the Otley Road shops and St Chad's Church.

Guide price: £365,000. Viewing through a local agent.
""",
        byline="Property desk",
        date="15 February 2025",
    ),
)

add(
    "review",
    reviews(
        "The St Chad's Arms — Hope Valley, Derbyshire",
        "Google reviews · 4.5 ★ (812)",
        [
            (
                "Walker Wendy",
                "★★★★★",
                "2 weeks ago",
                """Perfect stop after the Mam Tor ridge. Dog-friendly, roaring fire, and the steak and ale pie is enormous.""",
            ),
            (
                "Tom B",
                "★★★☆☆",
                "a month ago",
                """Food good, service slow on a Sunday. Quiz night on Thursday is great fun though.""",
            ),
        ],
    ),
)

add(
    "news",
    news(
        "region",
        "Family notices: Addyman, Keith",
        """
ADDYMAN Keith. Passed away peacefully at Castle Hill Hospital on 3 March 2025, aged 81, of Cottingham, Hull. Beloved husband of the late Margaret, much-loved dad of Gary and Susan, and grandad of five. A retired lock-keeper on the Humber and a lifelong Hull City supporter. Funeral service at Haltemprice Crematorium on Friday 21 March at 11.40am. Family flowers only; donations if desired to Dove House Hospice.
""",
        date="10 March 2025",
    ),
)

add(
    "blog",
    blog(
        "Between the Covers — book reviews",
        "Review: 'The Salt Roads' by Amara Oduya",
        "22 August 2025",
        """
Amara Oduya's second novel follows three generations of women from Lagos to Peckham, and it is every bit as good as the prize-winning debut that made her name.

Oduya, who trained as a barrister before turning to fiction, writes dialogue that crackles. The courtroom chapters in the middle section are the strongest, drawing on her years at the criminal bar in London.

If I have a criticism, the final fifty pages feel rushed. But this is a generous, funny and angry book, and I'll be pressing it on everyone I know.
""",
        [("Bookish_Bea", "Loved her first one, adding this to the pile!")],
    ),
)

add(
    "news",
    news(
        "region",
        "Darts: Castleford's Fairburn hits nine-darter in county final",
        """
Ryan Fairburn of Castleford produced the first nine-dart finish in the history of the West Yorkshire County Open on Sunday, on his way to beating Pontefract's Lee Ogden 6-3 in the final.

The 44-year-old scaffolder, who plays out of the Griffin in Glasshoughton, said he "nearly fell over" when the final double eighteen went in. "I've been throwing for 30 years and never got near one."
""",
        byline="Sport desk",
        date="30 June 2025",
    ),
)

add(
    "news",
    news(
        "gazette",
        "Darlington man banned after being found over limit in car park",
        """
A Darlington man has been banned from driving for 20 months after being found nearly twice the legal alcohol limit in a supermarket car park.

Thomas Dinsdale, 42, of Yarm Road, Darlington, pleaded guilty at Teesside Magistrates' Court to driving with excess alcohol. The court heard he had been seen by staff reversing into a trolley shelter. He was also fined £540 and ordered to pay £85 costs and a £216 surcharge.
""",
        byline="Courts reporter",
        date="9 October 2024",
    ),
)

add(
    "review",
    reviews(
        "Garbutt & Co Estate Agents — Linthorpe Road, Middlesbrough",
        "Google reviews · 4.8 ★ (201)",
        [
            (
                "Amir K",
                "★★★★★",
                "3 months ago",
                """Helen Garbutt sold our house in 6 weeks and kept us updated every step. Can't recommend enough.""",
            ),
            (
                "Claire S",
                "★★★★☆",
                "5 months ago",
                """Good service, Helen was friendly and honest about the price.""",
            ),
        ],
    ),
)

add(
    "news",
    news(
        "region",
        "Sheffield's Hannah Lister storms to Yorkshire half-marathon title",
        """
Hannah Lister of Sheffield Harriers won the women's race at the Yorkshire Half Marathon Championships in Harrogate on Sunday in a personal best of 1:14:52.

The 26-year-old physiotherapist, who only took up running during lockdown, pulled clear on the climb out of the Valley Gardens and finished almost two minutes ahead of Leeds City's Jess Whitfield. "I'm still in shock," she said. "My target was top ten."
""",
        byline="Athletics",
        date="14 April 2025",
    ),
)

add(
    "review",
    reviews(
        "Smaki Domu Polish Deli — Leeds Road, Bradford",
        "Google reviews · 4.9 ★ (356)",
        [
            (
                "Marek P",
                "★★★★★",
                "1 month ago",
                """Best pierogi in Bradford. Katarzyna Nowak, the owner, always has time for a chat and her sernik is incredible.""",
            ),
            (
                "Sue T",
                "★★★★★",
                "3 months ago",
                """Lovely little shop. The smoked sausage is a must.""",
            ),
        ],
    ),
)

add(
    "blog",
    blog(
        "Dales Days Out",
        "Kettlewell Scarecrow Festival: our family's favourite August tradition",
        "18 August 2025",
        """
Every August the Wharfedale village of Kettlewell fills with scarecrows: on walls, up lamp posts, peeking out of bedroom windows and, this year, one riding a quad bike down the beck.

We followed the trail map (£3, proceeds to the village) and counted 146 scarecrows. Our favourite was a life-size "Wallace and Gromit" made by local farmer Simon Kettlewell, whose family have farmed above the village, he told us, "since before anybody wrote things down".

Parking fills by 10am, so arrive early or catch the bus from Skipton. The tea room by the bridge does a very good rhubarb crumble.
""",
    ),
)

add(
    "news",
    news(
        "gazette",
        "Sowerby parish council backs new crossing on Front Street",
        """
Sowerby Parish Council, near Thirsk, has voted unanimously to support a new pedestrian crossing on Front Street after residents complained about speeding traffic on race days.

Chair Cllr Pat Dunning said: "Families are crossing with pushchairs between parked horseboxes. Something will go wrong." The council will now ask the highways authority to carry out a speed survey.
""",
        byline="Community news",
        date="1 May 2025",
    ),
)

add(
    "blog",
    blog(
        "Pints North",
        "A Beverley crawl: Thwaites, Theakston and a medieval minster",
        "9 November 2024",
        """
Beverley is one of the great small-town drinking destinations of the north. We started at a coaching inn on Saturday Market with a pint of Thwaites Wainwright, moved on to Theakston Old Peculier by the Minster, and finished in a tiny front-room pub where the landlord has kept the same jukebox since 1987.

Highlights: the Thwaites was in perfect condition, the pork pies are homemade, and the minster at dusk is worth the trip on its own.
""",
    ),
)

add(
    "blog",
    blog(
        "Tees Valley Walks",
        "Low Dinsdale and the old spa: a gentle river walk",
        "3 May 2025",
        """
This five-mile loop starts in Middleton One Row and follows the Tees to the tiny hamlet of Low Dinsdale, with its Norman church and the remains of Dinsdale Spa, where Georgian visitors came to take the sulphurous waters.

The path is muddy after rain but well signed. Look out for kingfishers on the stretch below the manor house.
""",
    ),
)

add(
    "review",
    reviews(
        "Lister Mills Events Space — Manningham, Bradford",
        "Wedding venue reviews",
        [
            (
                "Bride 2024",
                "5/5",
                "October 2024",
                """Our wedding at Lister's Mill was a dream. The chimney lit up, the views, the industrial chic. Staff were incredible.""",
            ),
        ],
    ),
)

add(
    "news",
    news(
        "courier",
        "Ulverby Christmas lights switched on in style",
        """
Hundreds of people packed Ulverby Market Place on Friday night to see the town's Christmas lights switched on by the Ryedale Panto cast.

The Ulverby Silver Band played carols, the Rotary Club's Santa sleigh made its first appearance of the season, and the queue for mulled wine outside the Black Bull stretched past the market cross.

Town council chair Jim Harland thanked the volunteers who spent three weekends putting up 2,000 bulbs. "And a special thanks to the lad who went up the ladder in the rain," he said.
""",
        byline="By Courier reporter",
        date="28 November 2024",
    ),
)

add(
    "news",
    news(
        "courier",
        "Sport in brief: netball, running and bowls",
        """
NETBALL: St Chad's CE Primary's Year 6 team won the Ryedale Schools High Five tournament at Malton, beating Norton in the final 9-6.

ATHLETICS: Hannah Lister (Sheffield Harriers) won the women's race at the Yorkshire Half Marathon Championships in Harrogate in 1:14:52. Pickering's Jonny Dale was fourth in the men's race.

BOWLS: Ulverby Bowls Club opened its season with a mixed triples competition. Winners were Maureen Suggitt, Derek Pattison and Alan Wray.

CRICKET: Cawleside's first XI lost by 12 runs to Hovingham in the Ryedale League.
""",
        byline="Sport desk",
        date="17 April 2025",
    ),
    E(S, "alias", "neutral"),
)

add(
    "facebook",
    fb(
        "Ulverby Buy, Sell & Swap",
        "Jenna Moor",
        "25 August 2025",
        """FOR SALE: St Chad's uniform bundle, age 7-8. 3 sweatshirts, 4 polo shirts, PE top. £10 the lot, collection Cawleside. Also if anyone needs a cheap MOT, Garbutt's Garage in Pickering did ours for £35 and were really honest.""",
        [
            ("Carly Hewison", "Interested in the uniform! PM'd"),
            ("Mike Atkinson", "+1 for Garbutts, good lads"),
        ],
    ),
    E(S, "short_name", "neutral"),
)

add(
    "news",
    news(
        "other",
        "Coach Fairburn's Bulldogs roll into state semi-finals",
        """
Lincoln Heights High School, Ohio, will play in the state semi-finals for the first time since 1998 after a 28-14 win on Friday night.

Coach Ryan Fairburn, in his third season with the Bulldogs, credited his defense. "Those guys played four quarters of the best football I've seen from a high school team," Fairburn said. "The town deserves this."
""",
        byline="High school sports",
        date="16 November 2024",
    ),
)

add(
    "news",
    news(
        "region",
        "Pontefract teenager fined for fly-tipping mattresses",
        """
A Pontefract teenager has been ordered to pay more than £700 after dumping three mattresses and a fridge in a country lane.

Ryan Fairburn, 19, of Carleton Road, pleaded guilty by post to depositing controlled waste. Wakefield Council traced him through a delivery note found among the rubbish.
""",
        byline="Courts",
        date="5 August 2025",
    ),
)

add(
    "review",
    reviews(
        "Pickersgill Opticians — Flowergate, Whitby",
        "Google reviews · 4.7 ★",
        [
            (
                "Janet R",
                "★★★★★",
                "2 months ago",
                """Mrs Pickersgill was so patient with my dad, who has dementia. Took her time and explained everything twice.""",
            ),
        ],
    ),
)

add(
    "news",
    news(
        "other",
        "St Chad's Hospice fun run raises £42,000",
        """
More than 900 runners, many in fancy dress, took part in the St Chad's Hospice Fun Run in Lichfield on Sunday, raising £42,000 for end-of-life care.

The fastest time on the 5k course was set by local PE teacher Dan Fisher, while the prize for the best costume went to a group of nurses dressed as the Spice Girls.
""",
        byline="Community",
        date="23 June 2025",
    ),
)

add(
    "news",
    news(
        "region",
        "Bradford Catholic primary celebrates best-ever SATs",
        """
St Chad's Catholic Primary School in Bradford is celebrating after 91% of its Year 6 pupils met the expected standard in reading, writing and maths.

Headteacher Mrs Patricia Kelly said the results were "a testament to our children's hard work and our brilliant teachers". The school serves a diverse community where more than 30 languages are spoken.
""",
        byline="Education",
        date="11 July 2025",
    ),
)

add(
    "review",
    reviews(
        "Keith Addyman Plumbing & Heating — Goole",
        "Checkatrade-style reviews · 9.8",
        [
            (
                "Sandra, Goole",
                "10",
                "June 2025",
                """Keith replaced our boiler in a day. Tidy, punctual and fairly priced.""",
            ),
            (
                "Mr Hussain, Howden",
                "10",
                "April 2025",
                """Fixed a leak nobody else could find. Highly recommended.""",
            ),
        ],
    ),
)

add(
    "news",
    news(
        "other",
        "Manchester nurse honoured for work with refugee families",
        """
A Manchester nurse has been named Community Nurse of the Year for her work setting up a health drop-in for newly arrived refugee families.

Amara Oduya, who came to the UK from Lagos in 2009, runs the weekly clinic at a church hall in Longsight, where she helps families register with GPs, arranges vaccinations and translates for new mothers. "Everyone deserves to be seen," she said.
""",
        byline="Health reporter",
        date="2 October 2025",
    ),
)

add(
    "news",
    news(
        "gazette",
        "Racing: Dinsdale Lad lands the spoils at Catterick",
        """
Dinsdale Lad, trained near Middleham, made all to win the three-mile handicap chase at Catterick on Wednesday at odds of 9-1. Jockey Ellie Thwaites, 22, said: "He jumped for fun. The softer the ground, the better he likes it."
""",
        byline="Racing",
        date="5 February 2025",
    ),
)

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Sam Heseltine",
        "12 May 2025",
        """Does anyone know a good kids' football coach for a birthday party? Not through any of the schools after everything this year, just someone DBS checked. Party is at Cawleside village hall.""",
        [
            ("Phil Wardle", "Try the Ryedale FA list, they're all checked"),
            ("Sam Heseltine", "Perfect thanks"),
        ],
    ),
)


# === A few more voices ================================================================

add(
    "facebook",
    fb(
        "Ulverby Mums & Dads (private group)",
        "Rachel Tindall",
        "3 October 2025",
        """Went to the online safety evening at St Chad's last night — if you missed it, honestly go next time. Simon K and two ladies from the NSPCC went through which apps have location sharing, how groomers use games like Roblox, and what "no secrets, only surprises" means. Really practical, nobody was made to feel stupid. Slides are on the parent app.""",
        [
            ("Kim Outhwaite", "Gutted I missed it, thanks for the summary"),
            ("Andy Rowntree", "The Roblox bit was eye opening"),
        ],
    ),
    E("skettlewell", "first_initial", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Friends of St Chad's",
        "Sports day 2025: the results are in!",
        "18 July 2025",
        """
What a scorcher! Thank you to everyone who came along to St Chad's sports day on the field and cheered until they were hoarse.

House results: 1st Rievaulx (412 points), 2nd Byland (398), 3rd Jervaulx (377), 4th Fountains (341).

Fastest class in the egg-and-spoon relay: Class 2 (T. Dinsdale), who also won the award for best team chant, which we're told was written by the children and is "about a goat".

Parents' race: won once again by a dad who we suspect has been training since January. Thank you to the PTA for the ice lollies, and to every volunteer who helped set up and pack away.
""",
    ),
    E("tdinsdale", "initial_surname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@kayleigh.xo2010",
        "NOBODY at st chads is allowed to be alone with the reception kids anymore and everyone knows why 👀 l0rraine s0werby is NOT getting away with it",
        [
            ("soph.m", "wait what did she do"),
            ("kayleigh.xo2010", "@soph.m toilets 🤐 ask ur mum"),
            (
                "jess_p",
                "my nana says that's a lie and she's been there forever, stop making stuff up",
            ),
            ("aimz", "reported for bullying"),
        ],
        stats="♥ 804",
    ),
    E("lsowerby", "leetspeak", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "social",
    clip(
        "Instagram",
        "@ulverby.parents.network",
        "Teacher Appreciation Week 💐 Your nominations for the teacher who made the biggest difference this year — and one name came up again and again. Thank you for the phonics songs, the wellies, the intimate little Christmas carol concert in the nursery garden, and the patience of a saint. #MissOduya #ThankATeacher",
        [
            ("ulv_grandma_jo", "So deserved! 👏"),
            ("becky.h.ulv", "Our Ava cried when we showed her this"),
        ],
    ),
    E("aoduya", "hashtag", "neutral"),
)

add(
    "forum",
    forum(
        "Ulverby & District Forum",
        "Town talk",
        "Safeguarding lead should resign",
        [
            (
                "Fenby_Watcher",
                "6 Mar 2025, 18:22",
                """Simple question. K*ttlewell was told about the coach's "private sessions" in the autumn. He did nothing. He let it carry on until a parent went to the police herself. That's gross misconduct and he should resign, or be sacked, before he's allowed near another child protection file in Ulverby.""",
            ),
            (
                "Ulverby_Gov",
                "6 Mar 2025, 18:40",
                """That is not what happened, and there is a live police investigation. Please stop.""",
            ),
        ],
    ),
    E("skettlewell", "obfuscated", "defamation"),
)

add(
    "social",
    clip(
        "TikTok",
        "@ruby.rants",
        "year 6 at st chads is actually a prison 😭 n\u043ewak gave the whole class a detention because ONE person laughed",
        [
            (
                "ruby.rants",
                "n\u043ewak is a miserable cow who hates kids, why did she even become a teacher",
            ),
            ("jojo.t", "she made me cry in front of everyone in y5 🙄"),
            ("ben_w", "she's fair tho u lot were being annoying"),
        ],
    ),
    E("knowak", "homoglyph", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@northyorks.tea",
        "ulverby update 🧵 the teacher who got suspended at the primary — people are saying its D i n s d a l e and that a little girl said he touched her in the line 😳 school aint saying anything",
        [
            ("gem.r", "not him he was my teacher 😭😭"),
            ("bxcky", "innocent til proven guilty guys"),
            ("tia.rose", "stop making content out of this, there's a little kid involved"),
        ],
        stats="♥ 3,902",
    ),
    E("tdinsdale", "spacing", "sexual", True),
)

add(
    "facebook",
    fb(
        "Ryedale SEND Parents Support",
        "Diane Pybus",
        "14 November 2025",
        """SEN coffee morning at St Chad's this Friday, 9–10am in the library. Mrs Pickersgill will be there to answer questions about support plans and the new sensory room, and the local authority's SENDIASS officer is coming too. Younger siblings welcome, there will be biscuits.""",
        [("Carla Dent", "Will try to make it 👍")],
    ),
    E("jpickersgillward", "hyphenated", "neutral"),
    E(S, "short_name", "neutral"),
)


# ---------------------------------------------------------------- validation and output


def validate() -> None:
    with (HERE / "watchlist.toml").open("rb") as fh:
        wl = tomllib.load(fh)
    subjects = {"school"} | {s["id"] for s in wl["staff"]}
    seen: set[str] = set()
    for i, doc in enumerate(DOCS):
        assert doc.kind in KINDS, (i, doc.kind)
        for e in doc.expected:
            assert e.subject in subjects, (i, e.subject)
            seen.add(e.subject)
    assert seen == subjects, subjects - seen
    mentions = [e for d in DOCS for e in d.expected]
    assert len(DOCS) >= 150, len(DOCS)
    assert len(mentions) >= 180, len(mentions)
    for v in VARIANTS:
        n = sum(1 for e in mentions if e.variant == v)
        assert n >= 4, (v, n)
    for c in CATEGORIES:
        n = sum(1 for e in mentions if e.category == c)
        assert n >= 8, (c, n)
    sexual = sum(1 for e in mentions if e.category == "sexual")
    assert sexual >= 25, sexual


def main() -> None:
    validate()
    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.iterdir():
        if old.is_file():
            old.unlink()
    lines = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (docs_dir / name).write_text(doc.text, encoding="utf-8")
        expected = [
            {
                "subject": e.subject,
                "variant": e.variant,
                "category": e.category,
                "url_only": e.url_only,
            }
            for e in doc.expected
        ]
        lines.append(
            json.dumps({"file": name, "kind": doc.kind, "expected": expected}, ensure_ascii=False)
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents, {sum(len(d.expected) for d in DOCS)} mentions")


if __name__ == "__main__":
    main()
