#!/usr/bin/env python3
# ruff: noqa: E501, E741, B007
"""Build the train27 labelled evaluation corpus for the repwatch matcher.

Setting
    Heron Grammar School for Girls ("Heron", "Heron Grammar", "HGS"; until 1989 the
    Brackenden County School for Girls) is an invented selective girls' grammar school,
    ages 11-18 with a mixed sixth form, in the invented Kent commuter town of Brackenden
    in the Weald (villages: Ferris Green, Hobb's Cross, Lydgate Green). Storylines: 11+
    tutoring pressure and the private-tutor industry; a row over a new priority admissions
    area that cut out some villages; a head who tightened the uniform and phone rules;
    parents who are lawyers and want everything in writing; a sixth-form rugby-club chat
    scandal; a disputed permanent exclusion; an English teacher who went viral on TikTok.
    Office 01632 960274, own domain herongrammar.example. All people, places, numbers,
    postcodes, phone numbers and domains are fictitious.

Staff (watchlist.toml)
    Dr Fiona Kettering-Blake (Headteacher; hyphenated; formerly Fiona Kettering),
    Siobhán O'Dwyer (Deputy Head, behaviour; accent and apostrophe; alias without accent),
    William Tarrant (Head of Sixth Form; Will/Bill nicknames), Ottilie Strangeways
    (English; the viral TikTok teacher; unique = true), James Wilson (Director of Sport;
    very common name with namesakes in the decoys), Dr Anjali Mistry (Head of Science;
    maiden name Anjali Desai), Tomasz Kowalczyk (Physics; alias Tom Kowalczyk), Graham
    Pettigrew (Business and Admissions Manager), Rosalind Beaumont (SENCo and DSL;
    Ros/Roz), Margaret Ellwood (Chair of Governors; Maggie/Mags).

Voices
    A local news site with reader comments (Weald Chronicle), a regional evening paper,
    a national tabloid, council minutes, job boards, a PTA newsletter, parents' Facebook
    groups, a Mumsnet-style forum, an 11+ forum, a teachers' forum, tutor/parent/teacher
    blogs, Google/Indeed/Glassdoor reviews, and X/TikTok/Instagram/Snapchat extracts.

Decoys
    About a fifth of the documents have no expected mention: heron the bird, Heron Close,
    Heron Lodge Care Home, Heron Valley Taxis, Heron School of Motoring and other
    lookalike businesses; HGS used by a haulier, a gymnastics society and others;
    namesakes of staff (several James Wilsons, and others) clearly somewhere else; other
    invented schools; and pages that describe the school without naming it.

Labelling conventions
    One expected entry per subject per document, with the easiest form present (exact >
    alias > title_surname > the rest) and the WORST category for that subject there.
    The school is a subject only where the document refers to it (neutral when it is
    merely someone's workplace; negative for complaints; threat/hate/defamation when the
    school itself is threatened, attacked or accused). Non-unique staff count only where
    the page ties them to the school; Ottilie Strangeways counts wherever named.
    Sexual content where a child may be involved is sexual with url_only true for the
    staff member and for the school if named; innuendo about an adult teacher is sexual
    with url_only false. News of arrest, suspension or investigation is defamation.
    Quoting abuse to condemn it, news of a harasser's conviction, negated threats, jokes,
    praise and untargeted swearing are not serious for the person concerned; a staff
    member praised in a post attacking someone else is neutral.

Running
    python3 tests/corpus_train27/build_train27.py  (from any directory) rewrites docs/
    and labels.jsonl beside this file, checks every label and prints a summary; it exits
    1 if any check fails. Standard library only; deterministic.
"""

from __future__ import annotations

import html
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS_PATH = HERE / "labels.jsonl"
WATCHLIST_PATH = HERE / "watchlist.toml"

CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}
VARIANTS = (
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
)
HTML_KINDS = ("news", "forum", "blog")
TEXT_KINDS = ("review", "social", "facebook")

SITES = {
    "chronicle": ("The Weald Chronicle", "wealdchronicle.example", ["News", "Schools", "Crime", "Property", "Sport", "What's On", "Jobs", "Announcements"], "Have your say", "© Weald Chronicle Media Ltd. Comments are the views of readers. Report a comment: moderation@wealdchronicle.example"),
    "post": ("South East Evening Post", "sepost.example", ["Home", "News", "Education", "Business", "Opinion", "Sport", "Puzzles"], "Comments", "South East Evening Post is part of Meridian Regional Newspapers. Editorial complaints: readers@sepost.example"),
    "clarion": ("The Daily Clarion", "dailyclarion.example", ["News", "Showbiz", "Real Life", "Money", "Sport", "Travel", "Puzzles", "Bingo"], "Join the debate", "© The Daily Clarion. All rights reserved. Tips? Call the newsdesk 01632 960999 or email tips@dailyclarion.example"),
    "council": ("Brackenden Town Council", "brackenden-tc.example", ["Your Council", "Meetings & Minutes", "Planning", "Allotments", "Contact"], "", "Brackenden Town Council, Market Hall. Minutes are draft until approved at the next meeting."),
    "jobs": ("SchoolJobs Board", "schooljobs.example", ["Search jobs", "Schools", "Career advice", "Post a vacancy", "Sign in"], "", "SchoolJobs Board Ltd. We never ask candidates for payment."),
    "dispatch": ("The Northern Dispatch", "northerndispatch.example", ["News", "Sport", "Farming", "Announcements", "Weather"], "Comments", "© The Northern Dispatch"),
    "gazette": ("Coastline Gazette", "coastlinegazette.example", ["News", "Sport", "Leisure", "Obituaries", "Contact"], "Reader comments", "Coastline Gazette — serving the coast since 1884"),
    "rugbyweekly": ("Grassroots Rugby Weekly", "grassrootsrugby.example", ["Results", "Leagues", "Clubs", "Referees", "Shop"], "Comments", "Grassroots Rugby Weekly · fixtures supplied by clubs"),
    "parenttalk": ("ParentTalk", "parenttalk.example", ["Talk", "Am I Being Unreasonable?", "Education", "Secondary", "Teenagers", "Legal", "Active"], "Replies", "ParentTalk · Talk guidelines · Report a post · Privacy"),
    "elevenplus": ("ElevenPlusHub Forum", "elevenplushub.example", ["Forum", "Grammar schools", "Tutors", "Practice papers", "Results & appeals"], "Replies", "ElevenPlusHub is not affiliated with any school or local authority."),
    "staffroom": ("The Staffroom", "thestaffroom.example", ["Forums", "Workplace dilemmas", "Behaviour", "Leadership", "Pastoral", "New posts"], "Replies", "The Staffroom — a forum for people who work in schools. Be kind."),
    "kitchen": ("Notes from a Weald Kitchen Table", "wealdkitchentable.example", ["Home", "Family", "School stuff", "Recipes", "About me"], "Comments", "Notes from a Weald Kitchen Table · written between school runs · © the author"),
    "tutordesk": ("The Tutor's Desk", "tutorsdesk.example", ["Blog", "11+ Courses", "Mock Exams", "Testimonials", "Book a call"], "Comments", "The Tutor's Desk Tuition Ltd · enquiries@tutorsdesk.example · 07700 900112"),
    "chalk": ("Chalk and Consequence", "chalkandconsequence.example", ["Posts", "Pedagogy", "Leadership", "Rants", "About"], "Comments", "Chalk and Consequence · a teacher's blog · views my own"),
    "fairadmissions": ("Fair Admissions for Ferris Green", "fairadmissionsfg.example", ["Campaign", "Updates", "The Map", "Sign the petition", "Contact"], "Comments", "Fair Admissions for Ferris Green is a volunteer parents' campaign."),
    "pta": ("Friends of Heron — PTA Newsletter", "friendsofheron.example", ["Newsletter", "Events", "Uniform Shop", "Volunteer", "Donate"], "Comments", "Friends of Heron is a registered charity run by parent volunteers."),
    "alumnae": ("Old Girls' Notes", "oldgirlsnotes.example", ["Home", "Memories", "Reunions", "Essays"], "Comments", "Old Girls' Notes · an independent alumnae blog"),
    "birdblog": ("Weald Wings", "wealdwings.example", ["Sightings", "Walks", "Photos", "Links"], "Comments", "Weald Wings · a birdwatching diary · photographs © the author"),
    "property": ("Homefinder Property", "homefinder.example", ["Buy", "Rent", "Sold prices", "Agents", "Mortgages"], "", "Homefinder Property · listing details provided by the agent"),
    "edpolicy": ("Schools Week Review", "schoolsweekreview.example", ["News", "Analysis", "Opinion", "Jobs", "Events"], "Comments", "Schools Week Review · independent education journalism"),
    "village": ("Lydgate Green Village News", "lydgategreenvillage.example", ["News", "Parish", "Church", "Clubs", "Diary"], "Comments", "Produced by volunteers for Lydgate Green parish."),
    "localhistory": ("Marshbrook Local History Society", "marshbrookhistory.example", ["Articles", "Archive", "Talks", "Join"], "Comments", "Marshbrook Local History Society · registered charity"),
    "momblog": ("Tired Mum, Big Opinions", "tiredmumbigopinions.example", ["Home", "Rants", "Teens", "Money", "Contact"], "Comments", "Tired Mum, Big Opinions · © the author · all views my own"),
    "lawblog": ("Notes of a Reluctant Litigant", "reluctantlitigant.example", ["Posts", "Timeline", "Documents", "About"], "Comments", "Personal blog. Nothing here is legal advice."),
}

DOCS: list[dict] = []


def E(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    """One expected mention; `form` is only used by the build check."""
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def page(kind: str, site: str, title: str, body: str, comments=(), byline: str = "", exp=()) -> None:
    """An HTML document (news, forum, blog). body: paragraphs split by blank lines."""
    assert kind in HTML_KINDS, kind
    DOCS.append({"kind": kind, "site": site, "title": title, "body": body, "comments": list(comments), "byline": byline, "exp": list(exp)})


def plain(kind: str, text: str, exp=()) -> None:
    """A plain-text document (review, social, facebook) as copied from the platform."""
    assert kind in TEXT_KINDS, kind
    DOCS.append({"kind": kind, "text": text, "exp": list(exp)})


# ---------------------------------------------------------------------------
# documents: uniform and phone rules
# ---------------------------------------------------------------------------

page("news", "chronicle", "Heron Grammar head brings in 'gate to gate' phone ban and blazer checks",
     """
     Pupils at Heron Grammar School for Girls will have to hand in their phones at the front gate from
     September and will not get them back until they leave the site, under new rules announced this week.

     In a four-page letter to families, headteacher Dr Fiona Kettering-Blake said the school would also
     carry out "routine uniform checks" each morning, including skirt length, tights and the approved
     blazer, which must now be bought from a single supplier.

     "Our girls deserve a calm, focused day free from the constant pull of a screen," she wrote. "We are
     asking families to work with us." Phones seen during the day will be confiscated until the end of
     the week.

     The sixth form, which admits boys, will be allowed phones in the common room only.
     """,
     comments=[
         ("KentishMum72", "14 Mar 2024, 18:02", "My daughter's blazer cost £68 from the one approved supplier and now the skirt is the wrong pleat. Heron has completely lost touch with what ordinary families can afford."),
         ("RetiredDeputy", "14 Mar 2024, 18:40", "Good on her. Phones caused half the fallouts I dealt with in thirty years of pastoral work."),
         ("Dave_B", "14 Mar 2024, 19:11", "Another head on a power trip. Dr Kettering-Blake should spend less time looking at hemlines and more time sorting out the maths results."),
     ],
     byline="By Helen Crosby, Education Reporter · 14 March 2024",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "negative", "Fiona Kettering-Blake")])

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Nadine Forsyth-Hale · 2d · 🌐
    Right. Third letter home this term about "skirt compliance". I have now asked, IN WRITING, for the governors' minutes approving the new uniform policy at Heron Grammar, the equality impact assessment and every consultation response. If I don't have them in 20 school days it goes to the ICO. Everyone should do the same — paper trail, people!!

    👍❤️ 87 · 41 comments

    Jo Marchetti
    I did a subject access request last year for the detention log. Took four months. Stick with it x
    Like · Reply · 2d

    Carl Pym
    Forget letters. She's at 14 Pilgrims Rise, Lydgate Green TN98 4QL, grey Volvo on the drive. Go round and ask her about skirts to her face
    Like · Reply · 2d

        Nadine Forsyth-Hale
        Carl take that down. That's her home, her kids live there. Not what this is about.
        Like · Reply · 2d

        Carl Pym
        its on the electoral roll lol. Fiona Kettering-Blake, look it up yourself
        Like · Reply · 2d

    Admin · Brackenden Parents Chat
    Carl you've got ten minutes to delete that or you're out. Reported.
    Like · Reply · 1d
    """,
    exp=[E("school", "alias", "negative", "Heron Grammar"),
         E("fketteringblake", "exact", "doxxing", "Fiona Kettering-Blake")])

plain("social", """
    X
    Post

    Brackenden Dad @brackenden_dad · 9:14 PM · Jan 12, 2024
    kettering blake sent my daughter home today for wearing the "wrong" black tights. 40 denier apparently is not 60 denier. this woman is a jumped-up tin-pot little dictator and every parent at #HeronGrammar knows it
    14 replies · 3 reposts · 61 likes

    Sally @sallyinthealley · 9:20 PM
    Replying to @brackenden_dad
    denier-gate 😂 honestly tho the rules are bonkers

    mum of 3 @year9mumlife · 9:31 PM
    Replying to @brackenden_dad
    she did half of year 9 on monday. queue out the door
    """,
    exp=[E("school", "hashtag", "negative", "#HeronGrammar"),
         E("fketteringblake", "hyphenated", "abuse", "kettering blake")])

page("news", "clarion", "SKIRT PATROL: Top grammar school staff 'armed with rulers' at the gates",
     """
     Schoolgirls at one of Kent's most sought-after grammar schools are being pulled out of the morning
     queue by teachers carrying RULERS, furious parents have told the Clarion.

     Heron Grammar School for Girls in Brackenden, where competition for places is so fierce that some
     families pay thousands for tutoring, has introduced daily "compliance checks" under headteacher
     Dr Fiona Kettering-Blake, 51.

     One mum, who asked not to be named, said: "My daughter was made to kneel so they could see whether
     her skirt touched the floor. She is thirteen. She cried all the way home."

     The school insists no pupil is asked to kneel. Chair of governors Margaret Ellwood said: "The policy
     was agreed by the full governing body after consultation. Staff check uniform visually and
     respectfully, as in many schools."

     The row comes weeks after the school banned mobile phones "from gate to gate".
     """,
     comments=[
         ("PatriotPete", "2 days ago", "In my day we had proper discipline and we turned out fine. Snowflake parents."),
         ("Gazza1966", "2 days ago", "someone wants to give that Kettering-Blake woman a good hard slap in front of the whole school, see how SHE likes being humiliated"),
         ("Lou_Lou", "2 days ago", "Checking children's hemlines in a public queue is humiliating whichever way you dress it up."),
         ("NorthernNora", "1 day ago", "Try getting your kid into a school at all round here before moaning about skirts."),
     ],
     byline="By Clarion Reporter",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "threat", "Fiona Kettering-Blake"),
          E("mellwood", "exact", "neutral", "Margaret Ellwood")])

page("forum", "parenttalk", "AIBU to think the Heron phone ban is unlawful?",
     """
     I'm a solicitor (employment, not education, before anyone asks). DD is in Year 10 at Heron. The new
     rule is that any phone seen after the gate is confiscated until FRIDAY. Not end of day. Friday.

     Dr Kettering-Blake's letter cites the statutory power to confiscate, but surely keeping a child's
     property for up to five days is disproportionate, and what happens when she has to get the 17.10 bus
     home from netball in the dark with no way to call me?

     I have asked for the policy rationale in writing. AIBU?
     """,
     comments=[
         ("WealdWanderer", "Tue 19:02", "YABU. It's lawful and frankly I wish more schools did it. My DD says lunchtimes are noisy again because they actually talk to each other."),
         ("Pennyfeather", "Tue 19:15", "YANBU about the five days though. Ours is end of the day and that's plenty."),
         ("Whatnowmum", "Tue 19:40", "Not this again. Every thread about that school turns into lawyers quoting statute at each other. Buy her a £15 brick phone for the bus and move on."),
         ("LitigatorLou", "Tue 21:05", "Update for those who asked: acknowledgement received, substantive reply 'within 15 working days'. Will report back."),
     ],
     byline="LitigatorLou · Am I Being Unreasonable?",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("fketteringblake", "title_surname", "negative", "Dr Kettering-Blake")])

page("blog", "lawblog", "Open letter to the Headteacher: the confiscation policy",
     """
     I said I would publish my correspondence with the school so other parents can use it. Here is the
     letter I sent on 4 March by email and recorded delivery. Personal details removed.

     Dear Dr Fiona Kettering-Blake,

     I write as the parent of a pupil in Year 9 at Heron Grammar School for Girls regarding the revised
     behaviour and confiscation policy circulated on 26 February.

     1. Please provide the date on which the governing body approved the policy, and the minute recording it.

     2. Please explain, in writing, the basis for retaining personal property beyond the end of the school day.

     3. Please confirm what arrangements exist for pupils travelling independently after extra-curricular clubs.

     I look forward to your reply within 15 school days, in accordance with your own complaints procedure.
     A copy of this letter goes to the Chair of Governors, Margaret Ellwood.

     Yours sincerely, [name withheld]

     Update, 27 March: I received a two-paragraph reply which did not answer points 1 or 3. I have now
     escalated to stage two.
     """,
     comments=[
         ("another_parent_J", "28 Mar 2024", "Thank you. Using this as a template, hope that's OK."),
         ("Rowena T", "29 Mar 2024", "Stage two is the governors' panel. Ask for it to be heard in person and bring a note-taker."),
     ],
     byline="Posted 27 March 2024 · Filed under Documents",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "negative", "Fiona Kettering-Blake"),
          E("mellwood", "exact", "neutral", "Margaret Ellwood")])

plain("review", """
    Heron Grammar School for Girls
    Secondary school · Brackenden
    4.1 ★★★★☆ (238)

    Priya R.
    Local Guide · 31 reviews · 12 photos
    ★☆☆☆☆  3 weeks ago
    Academically excellent, pastorally a brick wall. Since the new head arrived it is uniform, uniform, uniform. I emailed Dr Kettering-Blake three times about my daughter's anxiety and got one reply, from the office, telling me to "refer to the policy". Lovely subject teachers, awful leadership.
    👍 23  Share

    Response from the owner  2 weeks ago
    Dear Ms R, thank you for your feedback. Please contact the school office on 01632 960274 so that we can arrange a meeting.
    """,
    exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
         E("fketteringblake", "title_surname", "negative", "Dr Kettering-Blake")])

plain("social", """
    TikTok · @yr10_rantz
    pov: ur head of school measuring ur skirt at the gate with an actual RULER 📏
    ♬ original sound - yr10_rantz
    2,184 comments

    lil.mae.xo
    she literally did this to me on monday 💀💀
    3d · 1,204 likes · Reply

    hxrley_b
    heron girlies we are so back (in detention)
    3d · 880 likes · Reply

    kezzaa_09
    that old witch kettering-bl*ke needs to get a life fr, who measures children for fun
    3d · 612 likes · Reply

    tobi_ade
    not the ruler 😭😭😭
    2d · 44 likes · Reply

    msdaniels_teaches
    Teacher here: please don't film staff without their consent, it can get you into real trouble x
    2d · 9 likes · Reply
    """,
    exp=[E("school", "short_name", "negative", "heron"),
         E("fketteringblake", "obfuscated", "abuse", "kettering-bl*ke")])

plain("facebook", """
    Ferris Green & Hobb's Cross Community Noticeboard
    Private group

    Marcus Leadbetter · 5h
    Before anyone reports this: nobody on here is saying anyone should hurt Dr Kettering-Blake or go anywhere near her house. What I am saying is she should RESIGN. A head who sends fourteen-year-olds home in February over sock colour, when the next bus to Ferris Green isn't until 3.40, has lost the room. Write to the governors. Use your words, not your fists.
    👍 54 · 22 comments

    Sue Abernethy
    Agree with every word. Chair is Mrs Ellwood, the clerk's address is on the HGS website
    5h · Like · Reply

    Tom Reddy
    Resign is a bit much mate, she's been there five minutes
    4h · Like · Reply
    """,
    exp=[E("school", "alias", "negative", "HGS"),
         E("fketteringblake", "title_surname", "negative", "Dr Kettering-Blake"),
         E("mellwood", "title_surname", "neutral", "Mrs Ellwood")])

plain("social", """
    X
    weald watcher @wealdwatcher99 · 7:02 AM · Feb 3, 2024
    Fiona Kettering-Blake stops in the same lay-by on the Ferris Green road at 7.20 every single morning to drink her coffee. Be a real shame if something happened to that car. Or to her. Tick tock, headmistress. #HeronGrammar
    2 replies · 0 reposts · 4 likes

    Ellie @elliewrites_ · 7:30 AM
    Replying to @wealdwatcher99
    Reported. This is a threat and you know it.
    """,
    exp=[E("school", "hashtag", "neutral", "#HeronGrammar"),
         E("fketteringblake", "exact", "threat", "Fiona Kettering-Blake")])

page("news", "chronicle", "Man fined for 'grossly offensive' emails to Brackenden headteacher",
     """
     A Ferris Green man has been fined and given a restraining order after admitting sending grossly
     offensive messages to the headteacher of Heron Grammar School for Girls.

     Maidley Magistrates' Court heard that Keith Arnott, 47, sent Dr Fiona Kettering-Blake 23 emails over
     six weeks after his daughter was given a detention for wearing trainers. In them he called her "a
     Nazi in a cardigan" and told her she "would get what was coming".

     Arnott, of Station Approach, pleaded guilty. He was fined £620 and must not contact the headteacher
     or go within 200 metres of the school for two years.

     In a statement the school said it was "grateful to the police and the court" and that "all staff have
     the right to do their jobs without fear".
     """,
     comments=[
         ("Brackenden Born", "5 days ago", "Good. Disagree with the uniform rules all you want, but this was vile."),
         ("m_h", "5 days ago", "Only a fine? He threatened her."),
         ("Ian Pollard", "4 days ago", "Restraining order is the important bit. Glad the court took it seriously."),
     ],
     byline="By Court Reporter · 18 April 2024",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "neutral", "Fiona Kettering-Blake")])

plain("social", """
    Instagram
    herongrammarsch
    Our Year 7s at their very first House Music rehearsal 🎶 So much talent in one hall! #housemusic #proud
    ♥ 412 likes

    bex.mum.of.3  Stunning! Lovely to see them enjoying themselves
    gymdad_88  shame they cant wear their own coats to get there lol
    anon.parent.k  Would be lovely if @herongrammarsch answered parents' emails as fast as it posts on Insta. Three weeks and counting.
    jules.pianist  The Year 7 choir is incredible 😍
    """,
    exp=[E("school", "handle", "negative", "@herongrammarsch")])

page("blog", "pta", "Spring Newsletter: thank yous, the quiz, and a new sixth form café",
     """
     What a term! Thank you to every family who came to the Quiz Night. We raised £3,412 for HGS, which
     will go towards the new sixth form café and library beanbags (yes, really).

     Will Tarrant, our Head of Sixth Form, was a brave quizmaster and has promised that next year's music
     round will contain at least one song from this century.

     A special thank you to Roz Beaumont and the learning support team for running the calm room stall at
     the Spring Fair, and to Maggie Ellwood, who chairs the governors, for once again judging the cake
     competition without fear or favour.

     Uniform Shop: the second-hand rail is open every other Thursday 3.30-4.30. We now have lots of the
     new-style blazers in sizes 28-34.
     """,
     comments=[("Fran (Y8 parent)", "2 April", "Thank you PTA, the quiz was brilliant!")],
     byline="Friends of Heron · Spring term",
     exp=[E("school", "alias", "neutral", "HGS"),
          E("wtarrant", "nickname", "neutral", "Will Tarrant"),
          E("rbeaumont", "nickname", "neutral", "Roz Beaumont"),
          E("mellwood", "nickname", "neutral", "Maggie Ellwood")])

page("blog", "momblog", "The great phone ban: confessions of a reluctant convert",
     """
     I was ready to hate it. When the letter came from Heron Grammar School for Girls saying phones would
     be locked away gate to gate, I composed at least three furious emails in my head.

     Six weeks in, I owe Dr Fiona Kettering-Blake a small apology. My fourteen-year-old comes home and
     talks. She has joined chess club. She says the group chats are "dead in the day" and she does not
     seem to mind.

     The uniform stuff is still daft, mind. Nobody needs tights inspected. But on phones, she was right.
     """,
     comments=[
         ("Rach_in_the_Weald", "3 weeks ago", "Same here, the difference at home is huge."),
         ("Carole M", "3 weeks ago", "Glad it's working for you. Still think the woman is an arrogant cow who enjoys bossing people about, mind."),
         ("author", "3 weeks ago", "Carole, let's keep it civil please."),
     ],
     byline="Posted in Teens",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "abuse", "Fiona Kettering-Blake")])

page("forum", "staffroom", "Head wants staff doing tights checks at the gate — normal?",
     """
     Selective girls' school, Kent, new head since last year. We've now been put on a rota to stand at
     the gate from 8.05 checking skirt length, tights "denier" and blazers, and confiscating phones.
     Anyone not compliant is sent to the isolation room before registration.

     I'm an experienced teacher and I don't object to uniform rules, but checking teenage girls' legs as
     they walk in makes me deeply uncomfortable. Has anyone pushed back on this successfully? Union rep is
     on maternity leave.
     """,
     comments=[
         ("HistoryHelen", "12 Jan", "Ask for it in writing, including what you are actually meant to check and how. Vague 'use judgement' instructions protect nobody."),
         ("BehaviourLead_NW", "12 Jan", "We do uniform at the gate but never legs. Pastoral staff only, and never male staff on the girls' line."),
         ("Quietly_Quitting", "13 Jan", "Leave. Honestly. It only gets worse from here."),
     ],
     byline="Started by Anon_Eng_Teacher · Workplace dilemmas",
     exp=[])

plain("social", """
    X
    Clare Dunmore @claredunmore_ · 8:47 PM · Mar 20, 2024
    Scrolling the replies under the Clarion story and people are calling Dr Kettering-Blake a "f***ing Nazi" and worse over a uniform policy. Whatever you think of the rules at Heron, that's disgusting. She is a person with a family. Argue the policy, not the woman.
    5 replies · 11 reposts · 140 likes

    Mark @markdoesrunning · 8:55 PM
    Replying to @claredunmore_
    Well said.
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("fketteringblake", "title_surname", "neutral", "Dr Kettering-Blake")])

plain("review", """
    Indeed
    Heron Grammar School for Girls
    3.2 ★★★☆☆ · 41 reviews

    ★★☆☆☆  Great kids, exhausted staff
    Teaching Assistant (Former Employee) - Brackenden - 8 February 2024
    The students are a joy and most of the teachers would do anything for them. Since the leadership change it's all about compliance: uniform duty every morning in all weathers, phone logs, endless emails after 9pm. Support staff are treated as an afterthought and pay is the bare minimum.

    Pros
    Students, lovely site, good pension
    Cons
    Micromanagement, no work-life balance, TA hours cut without consultation
    """,
    exp=[E("school", "exact", "negative", "Heron Grammar School for Girls")])

page("news", "chronicle", "Governors back Heron head as uniform complaints reach 200",
     """
     The governing body of Heron Grammar School for Girls has given its "full and unanimous" backing to
     headteacher Dr Fiona Kettering-Blake after more than 200 complaints about the new uniform rules.

     In a letter to parents, Chair of Governors Margaret Ellwood said the policy would be reviewed in the
     summer "as planned" but that the board "will not be moved by social media campaigns". She added that
     every formal complaint would receive a written response.

     A petition calling for the rules to be relaxed has 1,140 signatures.
     """,
     comments=[
         ("OldFerrisian", "1 week ago", "Margaret Ellwood has chaired that board for fourteen years and it shows. Time for fresh blood and fresh ears."),
         ("Jas K", "1 week ago", "'Will not be moved' is exactly the attitude that got us here. Dr Kettering-Blake and her governors are not listening."),
         ("pragmatic_parent", "6 days ago", "200 out of 1,300 families. The rest of us are fine with it."),
     ],
     byline="By Helen Crosby, Education Reporter",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "negative", "Fiona Kettering-Blake"),
          E("mellwood", "exact", "negative", "Margaret Ellwood")])

# ---------------------------------------------------------------------------
# documents: catchment row and the 11+ industry
# ---------------------------------------------------------------------------

page("news", "council", "Minutes: Community and Planning Committee, 9 January 2024",
     """
     Present: Cllr R. Okafor (Chair), Cllr D. Hume, Cllr S. Patel, Cllr J. Ransome, Cllr L. Whitlock.
     In attendance: the Town Clerk; two members of the public.

     Item 6. Apologies were received from Cllr M. Gosden.

     Item 7. Heron Grammar School for Girls: consultation on a proposed priority admissions area.
     Mr Graham Pettigrew, Business and Admissions Manager, presented the proposal. Under the draft
     arrangements, applicants who pass the selection test and live within the shaded area would be
     prioritised after looked-after children and siblings. Cllr Okafor asked why the part of Ferris Green
     north of the bypass fell outside the area. Mr Pettigrew said the boundary followed the
     2011 census output areas and that distance would still apply within the zone.

     Mrs Margaret Ellwood, Chair of Governors, said the consultation would close on 28 February and that
     the governing body would consider every response. Members RESOLVED that the Clerk submit a
     response asking that Ferris Green be included in full.

     Item 8. Allotments: water troughs. Deferred.
     """,
     byline="Draft minutes · published 16 January 2024",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("gpettigrew", "exact", "neutral", "Graham Pettigrew"),
          E("mellwood", "exact", "neutral", "Margaret Ellwood")])

page("news", "chronicle", "Ferris Green families left outside grammar's new priority zone",
     """
     Dozens of families in Ferris Green say their daughters could lose out on places at Heron Grammar
     School for Girls after the school published its final priority admissions area.

     The map, approved by governors on Monday, follows the line of the Ferris Green bypass, leaving about
     140 homes to the north outside the zone. Girls living there who pass the 11+ will be ranked behind
     those inside it.

     Business and Admissions Manager Graham Pettigrew said the school had "listened carefully" and
     "made two changes" after consultation. "No admissions map will please everyone," he said.
     """,
     comments=[
         ("NorthOfTheBypass", "2 days ago", "Funny how the line bends round the golf club Pettigrew plays at and the close where two of the governors live. This was stitched up before the consultation even opened and he knows it."),
         ("Ann Thorley", "2 days ago", "It's a grammar school. Places should be on the test result, full stop."),
         ("Sean M", "1 day ago", "The school's own FAQ says the zone was drawn to reduce car journeys. Except it cuts off the villages with the worst buses."),
     ],
     byline="By Helen Crosby, Education Reporter",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("gpettigrew", "exact", "defamation", "Graham Pettigrew")])

plain("facebook", """
    Ferris Green Village (residents only)
    Private group · 611 members

    Leanne Cobb · 1d
    Anyone else's kids now OUTSIDE the Heron zone?? We're 80 metres the wrong side of the bypass. EIGHTY. My daughter has been working for this since Year 4.
    😢 33 · 47 comments

    Gemma Price
    Same. Rang the school about it and got that smug Graham P. from admissions, absolute weasel of a man, actually laughed when I said we'd appeal
    1d · Like · Reply

    Danny Cobb
    Put it all in an email babe. Phone calls don't count.
    1d · Like · Reply

    Rosie Penfold
    There's a campaign meeting in the village hall Thurs 7.30. Bring the letters.
    22h · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("gpettigrew", "first_initial", "abuse", "Graham P.")])

page("forum", "parenttalk", "Catchment gerrymandering at HGS — conflict of interest?",
     """
     Not sure where else to ask. The new priority area for HGS takes in the whole of the new Hobb's Cross
     development (300 houses, most not even built yet) but leaves out old Ferris Green, where families have
     lived for generations.

     I'm told Mrs Ellwood's husband's firm is the developer at Hobb's Cross and she chaired the meeting that
     signed the map off. Houses "in the Heron Grammar zone" sell for more. Draw your own conclusions.
     """,
     comments=[
         ("Marigold22", "Thu 08:14", "That's a serious thing to say. Have you got anything other than gossip?"),
         ("NotACynic", "Thu 08:30", "Someone said it's on Companies House. Haven't checked."),
         ("Lurker_with_a_law_degree", "Thu 09:02", "If it's true she should have declared an interest and left the room. If it isn't, OP is on very thin ice posting it."),
         ("OP", "Thu 10:45", "I'm only repeating what everyone at the school gate is saying."),
     ],
     byline="Started by WealdMother · Education",
     exp=[E("school", "alias", "negative", "Heron Grammar"),
          E("mellwood", "title_surname", "defamation", "Mrs Ellwood")])

page("blog", "fairadmissions", "Update 6: what the school told us, and what it didn't",
     """
     Thank you to the 212 people who came to the village hall on Thursday. Here is where we are.

     We wrote to Heron Grammar School for Girls on 2 March asking for the data behind the boundary. Graham
     Pettigrew replied on 20 March enclosing a one-page summary and declining to share the modelling,
     which he said was "commercially sensitive". We do not accept that admissions data for a state school
     is commercially sensitive and we have made a Freedom of Information request.

     We have also written to the Chair of Governors, Margaret Ellwood, asking for the minutes of the
     meeting at which the map was approved. No reply yet.

     Please keep everything in writing. Keep copies. Dates matter if this goes to the adjudicator.
     """,
     comments=[
         ("Hannah (Ferris Green)", "3 days ago", "Thank you for doing this. The FOI is a great idea."),
         ("Pete L", "3 days ago", "Commercially sensitive?! It's a school, not a hedge fund."),
     ],
     byline="Posted by the campaign committee",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("gpettigrew", "exact", "negative", "Graham Pettigrew"),
          E("mellwood", "exact", "negative", "Margaret Ellwood")])

page("news", "post", "Parents threaten legal challenge over grammar school admissions map",
     """
     Parents in a Kent village have instructed a barrister and say they will seek a judicial review unless
     a grammar school redraws the area it uses to prioritise applicants.

     The Fair Admissions for Ferris Green campaign says the new priority area at Heron Grammar School for
     Girls in Brackenden is "irrational" and unlawfully excludes children living a few hundred metres from
     the school gates.

     The school's admissions manager, Graham Pettigrew, said the arrangements had been "drawn up in line
     with the Schools Admissions Code and consulted on widely". Chair of governors Margaret Ellwood said the
     board was "confident the process was fair" but would respond to the campaign's letter.

     An objection has also been lodged with the Office of the Schools Adjudicator.
     """,
     comments=[("seen_it_all", "4 hours ago", "Only in Brackenden would a school admissions map come with a barrister. Half of that village are lawyers anyway.")],
     byline="By Aaron Falk, Local Democracy Reporter",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("gpettigrew", "exact", "neutral", "Graham Pettigrew"),
          E("mellwood", "exact", "neutral", "Margaret Ellwood")])

plain("social", """
    X
    Fair Admissions FG @FairAdmissionsFG · 6:12 PM · Mar 21, 2024
    Pettigrew and Ellwood had one job: draw a fair line. Instead 140 homes in Ferris Green are cut out while a half-built estate is in. Shame on the pair of them. #HeronGrammar #CatchmentStitchUp
    18 replies · 44 reposts · 97 likes

    Kay Lomax @kaylomax · 6:30 PM
    Replying to @FairAdmissionsFG
    signed and shared x
    """,
    exp=[E("school", "hashtag", "negative", "#HeronGrammar"),
         E("gpettigrew", "surname_only", "negative", "Pettigrew"),
         E("mellwood", "surname_only", "negative", "Ellwood")])

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Steve Gorringe · 6h
    Heron admissions won't answer emails? This is Graham Pettigrew's personal mobile, 07700 900318. He picks up on Saturdays. Ring him and tell him exactly what you think of his little map. 📞
    😡 19 · 26 comments

    Helen Acott
    Steve is that his actual personal number? You can't just put that up
    6h · Like · Reply

    Steve Gorringe
    got it off his kid's football club WhatsApp. fair game when he's wrecking our kids' futures
    5h · Like · Reply

    Group Admin
    Post has been reported. Steve please remove personal numbers.
    4h · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("gpettigrew", "exact", "doxxing", "Graham Pettigrew")])

page("forum", "elevenplus", "Passed with 232 but outside the new Heron zone — what now?",
     """
     DD scored 232, well above the pass mark. We live in Ferris Green, north of the bypass, so under the
     new map she is behind every girl inside the zone who scraped through. Offers are on 1 March.

     Has anyone successfully appealed on "outside priority area" grounds? Or is it hopeless?
     """,
     comments=[
         ("TutorTina", "Mon 20:02", "Not hopeless. Panels look at whether the arrangements were applied correctly. Get your evidence organised now."),
         ("AngryDadFG", "Mon 21:37", "If my girl passes and still gets nothing because of Pettigrew's map, he'd better start looking over his shoulder on his way to his car. I'm not joking either."),
         ("Moderator", "Mon 21:50", "AngryDadFG, that comment has been reported. Threats are not acceptable here."),
         ("Pass_and_pray", "Tue 07:15", "Same position, 224. Waiting list for us."),
     ],
     byline="Posted by worriedmum_FG · Results & appeals",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("gpettigrew", "possessive", "threat", "Pettigrew's")])

page("news", "chronicle", "Admissions appeals: 61 families win grammar places",
     """
     Sixty-one families have won appeals for Year 7 places at Heron Grammar School for Girls, the highest
     number for a decade, following the row over its new priority admissions area.

     Independent appeal panels sat for nine days in May. Admissions manager Graham Pettigrew said the
     school would "welcome every new student warmly" and would take on two additional form tutors.

     The campaign group Fair Admissions for Ferris Green called the figures "a vindication".
     """,
     byline="By Helen Crosby",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("gpettigrew", "exact", "neutral", "Graham Pettigrew")])

page("news", "village", "Parish responds to grammar school boundary",
     """
     At its March meeting the parish council agreed to write to Heron Grammar supporting families in the
     north of the parish who have been left outside the new admissions priority area.

     Cllr Jean Sewell said the parish had "a long relationship with the school, going back to when it was
     the county school" and hoped it would "think again". Mrs Ellwood, who chairs the governing body and
     lives in the parish, declared an interest and did not take part in the discussion.

     The next coffee morning is on Saturday 6 April in the church room.
     """,
     comments=[("Bob Rayner", "1 week ago", "Good that the parish is behind the families. Well done Jean.")],
     byline="Parish news · April issue",
     exp=[E("school", "alias", "negative", "Heron Grammar"),
          E("mellwood", "title_surname", "neutral", "Mrs Ellwood")])

plain("social", """
    X
    ask questions @brackenden_truths · 11:48 PM · Apr 2, 2024
    not saying it's true but. word at the gate is G. Pettigrew has been taking quiet "donations" from certain families to move them up the Heron waiting list. ask yourself how an admissions manager affords a brand new Range Rover on a school salary 🤔
    7 replies · 2 reposts · 15 likes

    jo @jo_FG_mum · Apr 3
    Replying to @brackenden_truths
    that's libel mate, careful
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("gpettigrew", "initial_surname", "defamation", "G. Pettigrew")])

page("blog", "tutordesk", "How to pass the Heron Grammar 11+: our 2024 guide",
     """
     Every autumn we get the same question: "Is it too late to start?" Here is our honest guide to the
     test for Heron Grammar and the other selective schools in the area.

     1. Verbal reasoning still matters. The paper changed in 2022 but vocabulary is king. Read widely.

     2. Maths is where marks are lost. Speed plus accuracy. Our mock exams are timed to the second.

     3. Don't forget the writing task. It is only used for borderline cases, but borderline is where most
     of our families are.

     Our Year 5 intensive course starts in September. Places are limited to 12 per group. Book a call on
     07700 900112.
     """,
     comments=[
         ("Anxious in Brackenden", "2 weeks ago", "My daughter is in Year 3, is that too early to start?"),
         ("The Tutor's Desk", "2 weeks ago", "Not too early for reading! Formal prep usually from Year 4. Drop us a line."),
     ],
     byline="The Tutor's Desk team",
     exp=[E("school", "alias", "neutral", "Heron Grammar")])

page("forum", "elevenplus", "Is Heron worth all this pressure?",
     """
     DD is in Year 5 and doing two tutor sessions plus a Saturday mock every fortnight. She is ten. She
     cried this morning because she got 38/50 on a non-verbal paper. Her friends are all doing the same.

     Is Heron actually that much better than the comprehensive, or are we all just scared of each other?
     """,
     comments=[
         ("BeenThereDoneIt", "Wed 21:10", "Honestly? It's a good school but so is Wealdside Academy. What I regret is the two years of tension at home."),
         ("ParentOfTwoHerons", "Wed 21:40", "Both mine are there and happy. One is dyslexic and Mrs Beaumont, the SENCo, has been brilliant, proper support, not just a laptop. But I wouldn't tutor a child to tears to get in."),
         ("Tutor_Ade", "Thu 07:55", "Tutor here. If she is crying over 38/50, ease off. That is a decent score."),
     ],
     byline="Posted by PressureCooker · Grammar schools",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("rbeaumont", "title_surname", "neutral", "Mrs Beaumont")])

page("news", "post", "Children as young as six tutored for grammar school places, survey finds",
     """
     More than a third of parents of children at Kent grammar schools paid for private tutoring before the
     11+, and some started as early as Year 2, according to a survey by a parents' group.

     At Heron Grammar School for Girls in Brackenden, where there were more than nine applicants for every
     place last year, families reported spending up to £6,000. Its headteacher, Dr Fiona Kettering-Blake,
     said the school had worked with the test provider to make the paper "less tutorable" and to add a
     familiarisation session for every primary school in the area.

     "Tutoring is a symptom of anxiety, not of need," she said.
     """,
     byline="By Priya Sandhu, Education Correspondent",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "neutral", "Fiona Kettering-Blake")])

plain("review", """
    Brackenden Bright Minds Tuition
    Tutoring service · Brackenden
    4.9 ★★★★★ (64)

    Melanie Okoro
    3 reviews
    ★★★★★  a month ago
    Cannot recommend enough. Mr Hale worked with our daughter for eighteen months, twice a week, and she got into Heron Grammar in September. Expensive but worth every penny. Small groups, honest feedback, no false promises.

    Darren Vickers
    1 review
    ★★★★★  2 months ago
    Lovely tutors and the mock tests are exactly like the real thing.
    """,
    exp=[E("school", "alias", "neutral", "Heron Grammar")])

plain("review", """
    Heron Learning Centre — Ashby Wells
    Tutoring service
    3.6 ★★★☆☆ (19)

    Karl Denton
    ★★☆☆☆  5 months ago
    Booked a maths block for my son's GCSE. Tutor kept changing and the room above the pharmacy was freezing. Refund took six weeks.

    Asha Patel
    ★★★★★  7 months ago
    Ms Ryder at the Heron Learning Centre helped my daughter go from a 4 to a 7 in maths. Thank you!
    """,
    exp=[])

page("forum", "elevenplus", "Teacher tutoring on the side?",
     """
     Anyone else heard this? A mum in my daughter's class says one of the physics teachers at Heron,
     Kowalczyk, does private 11+ tuition in the evenings and gives his tutees the question types before the
     familiarisation session. That's how the same families get in every year.

     Isn't that a massive conflict of interest?
     """,
     comments=[
         ("Sceptical_Sue", "Sat 10:12", "A physics teacher? The test is maths and reasoning and it's set by an external provider. This sounds like nonsense."),
         ("Jen_W", "Sat 10:50", "Please don't post names on the basis of playground gossip."),
         ("origposter", "Sat 11:20", "I'm just asking the question."),
     ],
     byline="Posted by curious_parent · Tutors",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("tkowalczyk", "surname_only", "defamation", "Kowalczyk")])

plain("social", """
    TikTok · @11plus_guru
    POV: the email says "Congratulations, your daughter has been offered a place at Heron" 😭📩
    #11plus #grammarschool #kentmums
    1,022 comments

    katie.b.mum
    this was us last year and i still cry thinking about it
    2w · 301 likes

    realistic.rob
    my tutor charged £70 an hour and called heron "the harvard of kent" lmaooo it's a school in a car park
    2w · 211 likes

    amyyy.k
    good luck to everyone waiting 🤞
    2w · 90 likes
    """,
    exp=[E("school", "short_name", "neutral", "Heron")])

page("blog", "kitchen", "Our 11+ year: what I wish someone had told me",
     """
     This time last year I was lying awake doing non-verbal reasoning puzzles in my head. If you are in
     that place now, pour a tea.

     The moment it stopped being about scores was the open evening at Heron Grammar School for Girls. An
     English teacher, Miss Strangeways, read The Highwayman to a hall of three hundred anxious parents and
     ten-year-olds and you could have heard a pin drop. My daughter turned to me and said, "I want to be in
     her class." Not "I want to pass." That helped.

     What I would do differently: less tutoring, more sleep, and no comparing scores on the WhatsApp group.
     """,
     comments=[("Jess (Year 5 mum)", "1 month ago", "Needed this tonight. Thank you.")],
     byline="Filed under School stuff",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("ostrangeways", "title_surname", "neutral", "Miss Strangeways")])

page("news", "property", "3 bedroom semi-detached house for sale — Heron Close, Ferris Green",
     """
     Guide price £465,000. A well-presented three bedroom semi-detached home on the popular Heron Close,
     backing onto open farmland, within walking distance of the village shop and the mainline station.

     Ground floor: entrance hall, sitting room with wood burner, kitchen/diner with garden access, cloakroom.
     First floor: three bedrooms, family bathroom. Outside: driveway for two cars, 80ft rear garden.

     Close to a range of well-regarded primary and secondary schools. Buyers should make their own
     enquiries about school admissions. Council tax band D. EPC rating C.
     """,
     byline="Marketed by Fenwick & Lowe, Brackenden",
     exp=[])

page("news", "jobs", "HGV Class 1 Driver — nights — HGS Haulage",
     """
     HGS Haulage is a family-run haulage company with depots in Dunmere and Colebrook Park. We are looking
     for experienced Class 1 drivers for trunking work, four nights on, four off.

     £18.40 per hour, overtime at time and a half. Modern fleet, no multi-drop. You must hold a full C+E
     licence, a CPC card and a digital tachograph card, with no more than six points.

     To apply, call the transport office on 01632 960730 or email jobs@hgshaulage.example.
     """,
     byline="Posted by HGS Haulage · Dunmere · Full time",
     exp=[])

page("news", "gazette", "Gymnasts vault to regional titles",
     """
     Members of the Hartsfield Gymnastics Society brought home six medals from the South Coast regional
     championships on Sunday, including two golds in the under-12 vault.

     HGS head coach Mel Driscoll said: "We train in a leaky scout hut three nights a week and these girls
     still beat clubs with purpose-built gyms. I could not be prouder."

     The society is fundraising for new crash mats and will hold a sponsored cartwheel on the seafront
     in June.
     """,
     comments=[("Proud nan", "3 days ago", "Well done Ruby and all the girls!")],
     byline="By Sport Desk",
     exp=[])

plain("facebook", """
    Fair Admissions for Ferris Green
    Public group · 938 members

    Wayne Tuckett · 3h
    Since the chair of the Heron governors won't answer emails, here's where to find her. Margaret Ellwood, The Old Forge, Forge Lane, Hobb's Cross TN97 6RD. Personal email maggie.ellwood@fastpost.example. Letters to her HOME are much harder to ignore.
    👍 6 · 😮 4 · 19 comments

    Rosie Penfold (admin)
    Wayne, this is a peaceful campaign and we do not publish home addresses. Removing this now.
    3h · Like · Reply

    Wayne Tuckett
    what's peaceful about a letter
    2h · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("mellwood", "exact", "doxxing", "Margaret Ellwood")])

# ---------------------------------------------------------------------------
# documents: the sixth-form rugby club
# ---------------------------------------------------------------------------

page("news", "clarion", "GRAMMAR RUGBY LADS' VILE 'RATE THE GIRLS' GROUP CHAT",
     """
     Sixth-form boys at an elite girls' grammar school ran a secret group chat in which they scored their
     female classmates out of ten, the Clarion can reveal.

     The chat, set up by members of the rugby club at Heron Grammar School for Girls in Brackenden, Kent,
     which admits boys at 16, was passed to staff by a pupil last month. It is also said to have contained
     crude remarks about a young female teacher.

     Director of Sport James Wilson, 38, who ran the club, has been suspended while the school investigates
     what staff knew and when. Head of Sixth Form William Tarrant wrote to parents saying the messages were
     "utterly incompatible with our values" and that "every student named will be spoken to with their
     families".

     One mother said: "These are meant to be the brightest kids in the county."
     """,
     comments=[
         ("ColinFromKent", "3 hours ago", "Boys will be boys. In my day this was called banter."),
         ("Justice4Girls", "3 hours ago", "Expel every one of them and see how 'banter' looks on a UCAS form."),
         ("RealistRay", "2 hours ago", "A coach always knows what his team is up to. Wilson knew, full stop."),
     ],
     byline="By Clarion Investigations Team",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("jwilson", "exact", "defamation", "James Wilson"),
          E("wtarrant", "exact", "neutral", "William Tarrant")])

page("news", "chronicle", "Heron suspends sixth-form rugby club as investigation begins",
     """
     Heron Grammar School for Girls has suspended all sixth-form rugby fixtures and training while it
     investigates a group chat in which male students rated female classmates.

     Headteacher Dr Fiona Kettering-Blake said an independent investigator had been appointed and that the
     school was working with Kent Police "as a precaution". Director of Sport James Wilson is not currently
     at work, the school confirmed. Head of Sixth Form William Tarrant is meeting every family involved.

     The school admitted 74 boys into Year 12 this year, up from 40 five years ago.
     """,
     comments=[
         ("Sally_G", "1 day ago", "Mr Wilson taught my son for five years and would never have tolerated this. Don't let him be the scapegoat."),
         ("LydgateLad", "1 day ago", "Heron let boys in to prop up sixth form numbers and this is the result. Girls' school should stay a girls' school."),
         ("Ken W", "1 day ago", "An independent investigator is the right call. Let them do their job."),
     ],
     byline="By Helen Crosby, Education Reporter",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("jwilson", "exact", "defamation", "James Wilson"),
          E("wtarrant", "exact", "neutral", "William Tarrant"),
          E("fketteringblake", "exact", "neutral", "Fiona Kettering-Blake")])

plain("social", """
    X
    jay @jay_kb_06 · 10:22 PM · Feb 27, 2024
    cant even blame the rugby lads tbh have u SEEN miss strangeways 😏 id be taking extra english too if u know what i mean, she can mark my "work" anyday #heronsixthform
    3 replies · 1 repost · 22 likes

    liv @liv.rose7 · 10:40 PM
    Replying to @jay_kb_06
    ur actually part of the problem 🙄
    """,
    exp=[E("school", "hashtag", "neutral", "#heronsixthform"),
         E("ostrangeways", "title_surname", "sexual", "miss strangeways")])

plain("social", """
    Snapchat · story screenshot (reposted)
    caption: heron 6th form rugby gc LEAKED 💀💀 not me posting this

    [screenshot text]
    "Lads XV 🏉" (14 members)
    ben_t: ok ranking 12C girls rn, scores out of 10 go
    alfie.w: top 3 in 12C no contest, the one in the library would get it
    ben_t: 💯 send the pics from the formal
    m_cole: delete this before someone screenshots it lol
    alfie.w: relax its only us

    replies:
    sophie.xx: this is disgusting why is this still up
    annie_m: reported. those are real girls in our year
    """,
    exp=[E("school", "short_name", "sexual", "heron", url_only=True)])

page("forum", "staffroom", "Sixth-form boys' group chat rating girls — how did your school handle it?",
     """
     Mixed sixth form attached to a girls' school. A group of Year 12 boys, mostly from one sports team,
     has been found to run a chat ranking girls in their year. One girl found out her photo had been shared.
     We've involved police as a precaution and the coach is off while we look at what staff knew.

     I'm on the pastoral team. What worked for you in repairing trust with the girls? Assemblies feel
     useless. Restorative meetings feel risky.
     """,
     comments=[
         ("PastoralPaul", "2 days ago", "Small-group work with an external facilitator, separately for boys and girls, then a student-led charter. Took us a year."),
         ("DSL_Dee", "2 days ago", "Make sure the girls are asked what they want, not told. And keep the shared photo issue with the DSL, not the sports department."),
     ],
     byline="Started by pastoral_worrier · Pastoral",
     exp=[])

page("blog", "alumnae", "Heron's rugby boys and the culture of 'don't make a fuss'",
     """
     I left Heron Grammar School for Girls in 2019, two years after it started taking boys into the sixth
     form. I have been reading the coverage of the rugby chat with a horrible sense of recognition.

     When I reported a boy for sharing a photo of me in 2018, Mr Tarrant listened politely and told me it
     would be "better for everyone" not to make a fuss in exam year. I believe he meant it kindly. It was
     still the wrong answer.

     Two boys from that year have since told me that Wilson saw an earlier version of the chat on a
     minibus, laughed, and told them to delete it before anyone senior found out. I cannot prove that. But
     I believe them, and I think the investigation should ask.
     """,
     comments=[
         ("Class of 2017", "2 weeks ago", "Brave post. The 'don't make a fuss' thing was real."),
         ("Former parent", "2 weeks ago", "Naming a teacher on a blog on the word of two anonymous boys is not brave, it is reckless."),
     ],
     byline="An essay by a former student",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("wtarrant", "title_surname", "negative", "Mr Tarrant"),
          E("jwilson", "surname_only", "defamation", "Wilson")])

plain("social", """
    X
    FG mum @fgmum_of_two · 8:03 AM · Mar 1, 2024
    So Bill Tarrant's "investigation" into the rugby boys is him having a cosy chat with their dads over coffee. Spineless, gutless, useless excuse for a head of sixth. Girls deserve better. #HeronGrammar
    9 replies · 12 reposts · 73 likes
    """,
    exp=[E("school", "hashtag", "negative", "#HeronGrammar"),
         E("wtarrant", "nickname", "abuse", "Bill Tarrant")])

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Debbie Lusk · 4h
    Everyone's focused on the boys but nobody's asking why James Wilson spends so much time hanging round outside the girls' changing rooms at Heron. He's a nonce and the school knows it. Protect your daughters.
    😮 21 · 38 comments

    Phil Cartwright
    That is a disgusting thing to say about a man with zero evidence. Delete it.
    4h · Like · Reply

    Nina Shah
    My girls have had him for netball for years. Never a single issue. This is how rumours ruin lives.
    3h · Like · Reply

    Debbie Lusk
    no smoke without fire
    3h · Like · Reply
    """,
    exp=[E("school", "short_name", "sexual", "Heron", url_only=True),
         E("jwilson", "exact", "sexual", "James Wilson", url_only=True)])

plain("social", """
    TikTok · @heron.6th.confessions
    the rugby boys are back in the common room like NOTHING happened 😐
    431 comments

    maisie.k_
    the rugby lads at heron are actually disgusting but mr wilson is literally the only teacher who listened when we reported it and now HE'S the one suspended??
    5d · 1,877 likes · Reply

    tilly.t
    ^ this. he took it straight to the head
    5d · 402 likes · Reply

    dom_r
    boys arent all like that btw
    4d · 12 likes · Reply
    """,
    exp=[E("school", "short_name", "negative", "heron"),
         E("jwilson", "title_surname", "neutral", "mr wilson")])

page("news", "rugbyweekly", "Harrowfield hold on for derby win",
     """
     Harrowfield RFC 24 Castleburn Tigers 19

     James Wilson scored twice as Harrowfield survived a late Castleburn fightback to take the derby in
     front of a crowd of more than 600 at Mill Meadow.

     Wilson, the 23-year-old winger signed from Northfold in the summer, finished a flowing move in the
     corner on 12 minutes and then intercepted on halfway just after the break. Castleburn's pack drove
     over twice in the final quarter but could not find a third try.

     Harrowfield coach Dave Merritt said: "Jimmy was electric. Proper finisher."
     """,
     comments=[("TigerTim", "Sun 10:02", "Ref missed a forward pass for the second try, not that anyone cares.")],
     byline="Match report · Counties 1 North",
     exp=[])

page("news", "post", "Rugby chat: no criminal offence, police say, as school investigation continues",
     """
     Police have concluded that no criminal offence was committed by sixth-form students who took part in a
     group chat rating female classmates at a Brackenden grammar school.

     Kent Police said officers had reviewed the material at Heron Grammar School for Girls and given
     "words of advice" to two students about sharing images. The school's own independent investigation
     into its handling of the matter is continuing, and its Director of Sport, James Wilson, remains
     suspended pending its outcome.

     A spokesperson for the NEU said suspension was "a neutral act" and should not be read as a finding
     of wrongdoing.
     """,
     byline="By Aaron Falk",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("jwilson", "exact", "defamation", "James Wilson")])

page("forum", "parenttalk", "Should girls' grammars stop taking boys in the sixth form?",
     """
     Prompted by the rugby scandal at Heron. DD is in Year 11 there and now says she doesn't want to stay
     for sixth form because "the boys think they own the place". The school has done assemblies and
     Mr Tarrant sent a long letter that said absolutely nothing.

     Genuinely interested in views from people at other mixed-sixth-form girls' schools.
     """,
     comments=[
         ("Pomegranate_", "Mon 12:10", "Ours has had boys in the sixth form for 20 years with no scandals. It's about culture and leadership, not boys existing."),
         ("DadOfThree", "Mon 13:25", "The letter was written by lawyers, that's why it says nothing."),
         ("WealdWanderer", "Mon 14:02", "Heron's sixth form is still one of the best around. One group of idiots doesn't change that."),
     ],
     byline="Started by Y11mum · Secondary",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("wtarrant", "title_surname", "negative", "Mr Tarrant")])

plain("social", """
    Instagram
    @HGS_Netball
    Congratulations to our U16s, county finalists for the third year running! 🏆🏐
    ♥ 188 likes

    proudmum_ff  amazing girls!! 👏
    grandad.jim  Well played ladies
    concerned_dad_44  and Wils0n is still allowed near the girls' teams after everything?? someone should sort him out properly, break both his legs and see if he coaches then
    netball.nan  @concerned_dad_44 go away, this is about the girls
    """,
    exp=[E("school", "handle", "neutral", "@HGS_Netball"),
         E("jwilson", "leetspeak", "threat", "Wils0n")])

page("news", "chronicle", "Sixth form open evening draws record crowd despite rugby row",
     """
     More than 900 visitors attended the sixth form open evening at Heron Grammar School for Girls on
     Thursday, a record, despite the controversy over the rugby club.

     Head of Sixth Form William Tarrant told a packed hall that the school had "learned hard lessons" and
     had introduced a student-led respect charter, new reporting routes and training for all sports staff.
     Applications from boys are down by around a fifth on last year, the school said.
     """,
     comments=[
         ("Concerned Grandparent", "2 days ago", "Lessons learned would be Tarrant stepping down. He was in charge when all this went on."),
         ("Alex P", "2 days ago", "My daughter went and came away really reassured by the student panel."),
     ],
     byline="By Helen Crosby",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("wtarrant", "exact", "negative", "William Tarrant")])

plain("social", """
    X
    no more silence @nomoresilence_k · 1:17 AM · Mar 4, 2024
    William Tarrant, head of sixth at Heron, lives at 7 Coopers Yard, Brackenden TN98 2HF. He covered for these boys. Let's see how he likes people knowing where HE sleeps.
    0 replies · 2 reposts · 5 likes
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("wtarrant", "exact", "doxxing", "William Tarrant")])

page("blog", "chalk", "What the Heron rugby story tells us about sixth-form culture",
     """
     I have no connection to Heron Grammar School for Girls, and I want to be careful, because the
     investigation is not finished and real people's careers are involved.

     But the story is familiar. A high-status team; a group chat; girls who knew and did not think telling
     would help. The school's Director of Sport, James Wilson, is suspended, which is standard practice and
     not a finding of anything. Head of Sixth Form William Tarrant has launched a respect charter.

     Charters are fine. What matters is whether a sixteen-year-old girl believes an adult will act the day
     she shows them her phone. Build that and the charter writes itself.
     """,
     comments=[
         ("MsK_teaches", "1 week ago", "Spot on. Reporting routes matter more than assemblies."),
         ("Governor_of_somewhere", "6 days ago", "Thoughtful piece. Thanks for not piling on."),
     ],
     byline="Posted in Leadership",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("jwilson", "exact", "defamation", "James Wilson"),
          E("wtarrant", "exact", "neutral", "William Tarrant")])

plain("review", """
    Heron Grammar School for Girls
    Secondary school · Brackenden
    4.0 ★★★★☆ (251)

    Andrew T.
    6 reviews
    ★☆☆☆☆  a week ago
    Moved my son here for the mixed sixth form on the strength of its reputation. The rugby scandal has been handled appallingly. Mr Tarrant did not return my calls for eight days and when he did it was to read from a script. Academically fine. Pastorally, not fit for purpose.
    """,
    exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
         E("wtarrant", "title_surname", "negative", "Mr Tarrant")])

plain("social", """
    Instagram
    @sixthform.memes.kent
    [meme] "Science dept when they realise the rugby boys made a staff top 10 list"
    ♥ 1,093 likes

    callum_rd  dr mistry at number 1 is the only correct decision ever made by those lads 🥵🥵 she could get it no question #heronsixthform
    jess.t  @callum_rd this is why we can't have nice things
    ollie.b  bro she teaches chemistry not OnlyFans 💀
    """,
    exp=[E("school", "hashtag", "neutral", "#heronsixthform"),
         E("amistry", "title_surname", "sexual", "dr mistry")])

plain("review", """
    James Wilson Plumbing & Heating
    Plumber · Colebrook Park
    4.8 ★★★★★ (112)

    Tanya Bright
    ★★★★★  2 weeks ago
    James came out on a Sunday when our boiler died with a newborn in the house. Fixed in an hour, fair price, cleaned up after himself. Cannot recommend enough.

    Graham Hart
    ★★★★☆  1 month ago
    Good job on the bathroom. Slightly later finish than quoted but the work is excellent.
    """,
    exp=[])

page("forum", "parenttalk", "Leavers' ball — did anyone else see what happened?",
     """
     Not naming anyone's child obviously. But at the HGS leavers' ball on Friday I was doing a lift and
     saw the head of sixth, Tarrant, being helped into a car by two of the students. My daughter says he'd
     been drinking all night and was slurring by the speeches. If that's true, who exactly was responsible
     for safeguarding 200 eighteen-year-olds?
     """,
     comments=[
         ("Marigold22", "Sun 09:12", "Could he have been unwell? You don't actually know he was drunk."),
         ("HGS_parent_2", "Sun 09:40", "I was there. He left early, that's all I saw."),
         ("origposter", "Sun 10:02", "My daughter knows what drunk looks like."),
     ],
     byline="Started by Lydgate_Lou · Teenagers",
     exp=[E("school", "alias", "negative", "HGS"),
          E("wtarrant", "surname_only", "defamation", "Tarrant")])

plain("social", """
    Snapchat · public story reply (screenshot shared to X)
    @k.anon_17

    ok i'll say it. tarrant's always hanging round the yr12 girls' study room at heron after 4. asks certain girls to "stay behind for a 1 to 1 about uni apps" with the door shut. only ever the pretty ones. everyone knows and nobody does anything 🤢

    reply from @molly.p: wait this actually happened to my friend
    reply from @zac_f: this is a serious claim u can't just post it
    """,
    exp=[E("school", "short_name", "sexual", "heron", url_only=True),
         E("wtarrant", "possessive", "sexual", "tarrant's", url_only=True)])

# ---------------------------------------------------------------------------
# documents: the disputed exclusion
# ---------------------------------------------------------------------------

SITES["excluded"] = ("Excluded: One Family's Fight", "excludedfamily.example", ["Our story", "Timeline", "Documents", "How to help"], "Comments", "This blog is written by the parents of an excluded pupil. Names of children have been changed.")

page("news", "chronicle", "Family challenge Heron exclusion at independent review",
     """
     The parents of a 15-year-old girl permanently excluded from Heron Grammar School for Girls are asking
     an independent review panel to overturn the decision, claiming the school ignored her autism and
     relied on an inaccurate account of the incident.

     The girl was excluded in January after an incident in a corridor in which a member of staff was pushed.
     Her parents, both solicitors, say the incident log written by deputy headteacher Siobhán O'Dwyer was
     "materially altered" after the event, and that the SENCo, Rosalind Beaumont, never completed an
     assessment the family had requested a year earlier.

     Headteacher Dr Fiona Kettering-Blake said the school "followed statutory guidance at every stage" and
     could not comment on an individual case.
     """,
     comments=[
         ("LydgateMum", "3 days ago", "Excluding an autistic child for a meltdown is a disgrace. That school has changed."),
         ("ex_teacher_bob", "3 days ago", "A member of staff was pushed. There are two sides to this."),
         ("K. Osei", "2 days ago", "Both parents solicitors. The school is about to find out what 'in writing' really means."),
     ],
     byline="By Helen Crosby, Education Reporter",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("sodwyer", "exact", "defamation", "Siobhán O'Dwyer"),
          E("rbeaumont", "exact", "negative", "Rosalind Beaumont"),
          E("fketteringblake", "exact", "neutral", "Fiona Kettering-Blake")])

page("blog", "excluded", "The timeline, in writing",
     """
     People keep asking what actually happened. So here it is, with dates, as we will put it to the panel.
     Our daughter is called Maya here. That is not her name.

     11 January, 10.42: Maya, who has a diagnosis of autism, is blocked from leaving a corridor during a
     fire-alarm test. She pushes past an adult. Nobody is hurt.

     14 January: Mrs O'Dwyer writes up the incident. Her account describes Maya "shoving a member of staff
     into a wall". That is false. She wrote it three days later and dated it the 11th. We have the document
     properties.

     15 January: permanent exclusion letter signed by Dr Fiona Kettering-Blake. It does not mention autism.

     2022 to 2023: we asked the SENCo, R. Beaumont, in writing, four times, for an assessment of Maya's
     needs. We have her replies promising "next half term".

     We are not asking for sympathy. We are asking for the law to be applied at Heron Grammar School for
     Girls the way it would be anywhere else.
     """,
     comments=[
         ("Supporter", "1 week ago", "Thank you for being so clear. Good luck at the panel."),
         ("Annie R", "1 week ago", "Document properties can be changed by anyone. Careful."),
     ],
     byline="Posted by Maya's parents",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("sodwyer", "title_surname", "defamation", "Mrs O'Dwyer"),
          E("fketteringblake", "exact", "negative", "Fiona Kettering-Blake"),
          E("rbeaumont", "initial_surname", "negative", "R. Beaumont")])

page("forum", "parenttalk", "Heron exclusion — does anyone know the family?",
     """
     Saw the Chronicle story. My DD is in the same year and says the girl was lovely and quiet and that
     the corridor thing was "nothing".

     Siobhan O'Dwyer is a vindictive bully who gets a kick out of breaking teenage girls. My eldest had
     her for two years and came home in tears every other week. I'm not surprised in the slightest.
     """,
     comments=[
         ("Marigold22", "Wed 17:33", "That's a horrible way to talk about someone you've never worked with."),
         ("LitigatorLou", "Wed 18:01", "Wait for the panel. We don't know what's in the evidence."),
         ("Whatnowmum", "Wed 19:20", "Heron's behaviour lot have always been harsh. It's why the results are good."),
     ],
     byline="Started by curious_in_brackenden · Secondary",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("sodwyer", "alias", "abuse", "Siobhan O'Dwyer")])

plain("social", """
    X
    Justice for Maya @JusticeForMaya_ · 5:55 PM · Feb 10, 2024
    Siobhán O'Dwyer signed off the log that got an autistic 15yo permanently excluded. Ask yourself why a deputy head would rewrite a report three days later. The panel sits on the 28th. #JusticeForMaya #HeronGrammar
    31 replies · 88 reposts · 203 likes
    """,
    exp=[E("school", "hashtag", "negative", "#HeronGrammar"),
         E("sodwyer", "exact", "defamation", "Siobhán O'Dwyer")])

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Roy Fensome · 7h
    That O'Dwyer one who runs discipline at Heron. What do you expect. Bog-trotting Paddies have hated English kids for 800 years and now we pay them to run our schools. Send her back to Dublin on the next ferry
    😡 9 · 😂 4 · 24 comments

    Lisa Baird
    Roy that's racist and you know it. Reported.
    7h · Like · Reply

    Roy Fensome
    irish isnt a race lol
    6h · Like · Reply

    Joanne Keeble
    My grandparents were from Cork. Get off this group.
    6h · Like · Reply
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("sodwyer", "surname_only", "hate", "O'Dwyer")])

plain("social", """
    X
    ftb @fedupdad_tn · 10:48 PM · Feb 18, 2024
    Mrs O'Dwyer had better not show her face at Brackenden station on monday morning. theres a few of us who'll be waiting on platform 2 and we wont be there to chat about behaviour policy
    1 reply · 0 reposts · 3 likes
    """,
    exp=[E("sodwyer", "title_surname", "threat", "Mrs O'Dwyer")])

page("news", "post", "Panel upholds grammar school's permanent exclusion",
     """
     An independent review panel has upheld the permanent exclusion of a pupil from Heron Grammar School
     for Girls in Brackenden, rejecting her parents' claim that the school had failed to take account of
     her autism.

     The panel found that the account given by deputy headteacher Siobhán O'Dwyer was "consistent and
     credible" and that the school had "considered the pupil's needs, though its record-keeping could have
     been better". It did not direct the governing body to reconsider.

     The governors' discipline committee had earlier declined to reinstate the pupil. Chair of Governors
     Margaret Ellwood said she hoped the family could "now find a positive next step".
     """,
     byline="By Aaron Falk",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("sodwyer", "exact", "neutral", "Siobhán O'Dwyer"),
          E("mellwood", "exact", "neutral", "Margaret Ellwood")])

plain("facebook", """
    Justice for Maya — supporters
    Private group · 402 members

    Kerry-Ann Voss · 1d
    Since the panel's a stitch up let's make it personal. Siobhan O'Dweyer, the deputy at Heron. Lives Hobb's Cross, white house at the very end of Tanyard Lane, blue door, TN97 5BB. Mobile 07700 900471. You didn't get this from me
    👍 11 · 30 comments

    Group admin
    Kerry-Ann I've hidden this. We agreed no personal details, it will sink the appeal.
    1d · Like · Reply

    Kerry-Ann Voss
    already screenshotted by half the group so 🤷
    1d · Like · Reply
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("sodwyer", "typo", "doxxing", "O'Dweyer")])

plain("review", """
    Glassdoor
    Heron Grammar School for Girls — Employee reviews
    3.4 ★★★☆☆

    "Brilliant students, top-down culture"
    ★★★☆☆  Former Employee - Teacher of Geography  ·  Brackenden  ·  Jul 2023
    Recommends: No   CEO approval: No opinion   Business outlook: Neutral

    Pros: Motivated, kind students. Strong departments. Beautiful old building. Ros Beaumont in learning support is a gem and the reason several kids get through the week.
    Cons: Behaviour systems run from the top by deputy head O'Dwyer, who micromanages every detention and overrides staff judgement. Meetings about meetings. Very little trust.
    Advice to Management: Let experienced teachers teach.
    """,
    exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
         E("sodwyer", "surname_only", "negative", "O'Dwyer"),
         E("rbeaumont", "nickname", "neutral", "Ros Beaumont")])

page("forum", "staffroom", "Being targeted online after an exclusion decision — where do I start?",
     """
     I'm a deputy head. I made a permanent exclusion recommendation this year that the panel has since
     upheld. The family and their supporters have posted my name, my town and, now, my road. I've had
     messages at 2am. My own children have seen some of it.

     The school has been supportive but slow. What actually worked for you? Police? Platform reports?
     Solicitor's letters? I'm not sleeping.
     """,
     comments=[
         ("UnionRep_SE", "2 days ago", "Ring your union today, not tomorrow. Keep a log with screenshots and URLs. Report the address post to the platform as doxxing, it comes down faster."),
         ("Head_in_Devon", "2 days ago", "Ask your head to write to the platform on school letterhead. And report the 2am messages to police as malicious communications."),
         ("anon_deputy", "1 day ago", "Thank you. Started the log tonight."),
     ],
     byline="Started by anon_deputy · Leadership",
     exp=[])

plain("social", """
    TikTok · @justice4maya.heron
    they excluded her for being AUTISTIC 💔 share this
    612 comments

    r0sie.lee
    O D W Y E R is an evil old hag and every single girl at heron hates her, she's been like this for years
    1w · 340 likes · Reply

    mimi.h
    sending love to maya x
    1w · 88 likes · Reply

    dani_says
    we don't actually know what happened tho
    1w · 12 likes · Reply
    """,
    exp=[E("school", "short_name", "neutral", "heron"),
         E("sodwyer", "spacing", "abuse", "O D W Y E R")])

page("news", "chronicle", "Parents say grammar is failing neurodivergent girls",
     """
     A group of parents of autistic and dyslexic pupils at Heron Grammar School for Girls has written to
     governors saying the school's special educational needs provision has "not kept pace" with a rising
     number of diagnoses.

     The letter, signed by 46 families, says assessments requested through the SENCo, Rosalind Beaumont,
     have taken up to a year and that reasonable adjustments agreed in meetings are not passed on to
     classroom teachers. The school said it had appointed an additional learning support assistant and
     was "reviewing communication with families".
     """,
     comments=[
         ("mum_of_an_aspie", "4 days ago", "Rosalind Beaumont is a useless jobsworth who thinks dyslexia is another word for lazy. Twelve months for one assessment."),
         ("Tara N", "4 days ago", "Our experience with learning support has been good, but I can believe it's overstretched."),
     ],
     byline="By Helen Crosby",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("rbeaumont", "exact", "abuse", "Rosalind Beaumont")])

page("forum", "parenttalk", "Safeguarding at Heron — should I go over their heads?",
     """
     Posting for a friend who isn't on here. Her daughter, Year 9, told a teacher about something
     happening at home. It went to the DSL, Beaumont, and then nothing happened for two weeks. No call to
     the family, no referral, nothing. My friend only found out because the girl told her.

     That's a safeguarding failure, isn't it? Should she go straight to the local authority?
     """,
     comments=[
         ("SocialWorker_K", "Fri 20:11", "She can contact the LADO or children's services directly, yes. But she might not know everything that happened behind the scenes."),
         ("Pennyfeather", "Fri 20:40", "DSLs don't always tell parents, especially if home is the issue. That may be the whole point."),
     ],
     byline="Started by WorriedFriend · Secondary",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("rbeaumont", "surname_only", "defamation", "Beaumont")])

page("news", "post", "Grammar school faces disability discrimination claim over exclusion",
     """
     The parents of a girl excluded from a Brackenden grammar school have lodged a disability
     discrimination claim with the First-tier Tribunal, alleging that the school unlawfully failed to make
     reasonable adjustments for her autism.

     The claim against Heron Grammar School for Girls says the school knew of the diagnosis for more than
     a year and "treated a predictable autistic response as wilful violence". The exclusion was recommended
     by deputy headteacher Siobhán O'Dwyer and confirmed by the head.

     The school said it would "defend the claim robustly". A hearing is expected in the autumn.
     """,
     byline="By Priya Sandhu",
     exp=[E("school", "exact", "defamation", "Heron Grammar School for Girls"),
          E("sodwyer", "exact", "neutral", "Siobhán O'Dwyer")])

plain("social", """
    X
    NEU Weald District @NEU_WealdDist · 4:20 PM · Feb 22, 2024
    Some of the messages sent to Mrs O'Dwyer at Heron Grammar this week: "Irish slag", "hope your own kids get excluded from life". These have been passed to police. Disagree with a decision if you like. This is not disagreement, it's abuse, and our members will not put up with it.
    12 replies · 64 reposts · 190 likes
    """,
    exp=[E("school", "alias", "neutral", "Heron Grammar"),
         E("sodwyer", "title_surname", "neutral", "Mrs O'Dwyer")])

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Anon member · 2d
    Let's be honest about why Heron's GCSE results look so good. They quietly push out the girls who won't get 9s. Maya, and at least three others in Year 10 last year, "encouraged" to go to Wealdside before the exams. It's off-rolling and it's an open secret in the staffroom.
    💬 52 comments

    Sian Ruddock
    My niece was one of them. They told her she "wasn't thriving".
    2d · Like · Reply

    Barry Cope
    That's a serious accusation against a school, anon or not.
    2d · Like · Reply
    """,
    exp=[E("school", "short_name", "defamation", "Heron")])

plain("facebook", """
    Justice for Maya — supporters
    Private group · 402 members

    Pauline Grice · 3d
    Watched the governors' "discipline committee" on the family's recording. Mags Ellwood chairing. Doddery old bat could barely find the right page, kept calling Maya by the wrong name and then nodded through whatever Heron's lawyer said. Kangaroo court.
    😡 17 · 11 comments

    Neil Brannigan
    Ellwood's been chair since the dinosaurs. Time she went.
    3d · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("mellwood", "nickname", "abuse", "Mags Ellwood")])

plain("review", """
    Heron Grammar School for Girls
    Secondary school · Brackenden
    4.0 ★★★★☆ (251)

    Carmen Dias
    2 reviews
    ★☆☆☆☆  5 days ago
    They excluded my autistic niece for a panic reaction during a fire alarm. Ms O'Dwyer treated her like a criminal from day one. Great if your child is "easy". If not, look elsewhere.

    Response from the owner  4 days ago
    We are unable to discuss individual pupils in a public forum. Please contact the school directly.
    """,
    exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
         E("sodwyer", "title_surname", "negative", "Ms O'Dwyer")])

plain("social", """
    TikTok · @yr11.heron.tea
    update on the exclusion drama 🍵
    289 comments

    big.k.energy
    someone needs to teach 0'Dwy3r a lesson she won't forget. wait for her in the car park after parents evening, she's always last out
    6d · 41 likes · Reply

    ellie_xo
    ^^ delete this you absolute weirdo
    6d · 120 likes · Reply
    """,
    exp=[E("school", "short_name", "neutral", "heron"),
         E("sodwyer", "leetspeak", "threat", "0'Dwy3r")])

page("news", "dispatch", "Dance school celebrates 25 years of reels and jigs",
     """
     The Siobhan O'Dwyer School of Irish Dance is celebrating its silver jubilee with a gala show at the
     Castleburn Assembly Rooms on Saturday.

     Siobhan O'Dwyer, who opened the school in a church hall in 1999 with six pupils, now teaches more
     than 120 dancers aged four to 60. "I still get nervous before every feis," she said.

     Tickets are £8, children £4, from the box office.
     """,
     comments=[("Castleburn Kate", "Fri", "Danced with Siobhan for ten years, best years of my life!")],
     byline="By Features Desk",
     exp=[])

# ---------------------------------------------------------------------------
# documents: the teacher who went viral
# ---------------------------------------------------------------------------

page("news", "clarion", "MISS OTTILIE GOES VIRAL: English teacher's Shakespeare insults rack up 4m views",
     """
     A grammar school English teacher has become an unlikely TikTok star with a series of videos in which
     she roasts modern life using only Shakespearean insults.

     Ottilie Strangeways, 34, who teaches at Heron Grammar School for Girls in Brackenden, Kent, posts as
     @miss.strangeways.reads. Her clip calling a parking warden "a fustilarian, a scullion, a rampallian"
     has been watched more than four million times.

     "My students dared me," she said. "I did not expect the whole of the internet to join in."
     """,
     comments=[
         ("BazzaB", "5 hours ago", "Wouldn't mind being kept behind after class by her, if you know what I mean 😉"),
         ("Word_Nerd", "5 hours ago", "This is brilliant. Kids need teachers who make words fun."),
         ("TeacherMum", "4 hours ago", "@BazzaB grow up."),
     ],
     byline="By Showbiz Desk",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("ostrangeways", "exact", "sexual", "Ottilie Strangeways")])

plain("social", """
    TikTok · @miss.strangeways.reads
    "Thou art a boil, a plague sore" — what Shakespeare would say to your group chat 📚
    ♬ original sound
    12.4K comments

    hannah.reads
    I'm 29 and I've learned more about Shakespeare from you than in 5 years of school
    2d · 8,201 likes · Reply

    daveyboy_1977
    she can put me in detention any day 😏 bet she's a wild one once the classroom door is locked
    2d · 611 likes · Reply

    mr.t.english
    Stealing this for Year 10 on Monday
    2d · 402 likes · Reply
    """,
    exp=[E("ostrangeways", "handle", "sexual", "@miss.strangeways.reads")])

plain("social", """
    TikTok · comments on "meet my wife (she hates Shakespeare)" 💍
    3,102 comments

    truth.teller.uk
    Str4ngeways shoving her lesbian lifestyle in kids' faces. Disgusting. People like her should not be allowed within a mile of a classroom
    1d · 97 likes · Reply

    cleo.b
    @truth.teller.uk she literally just introduced her wife. calm down
    1d · 1,402 likes · Reply

    anna_and_bea
    Love this so much 🌈❤️
    1d · 880 likes · Reply
    """,
    exp=[E("ostrangeways", "leetspeak", "hate", "Str4ngeways")])

page("blog", "chalk", "Should teachers be on TikTok? The Strangeways question",
     """
     Ottilie Strangeways is, by any measure, a gifted communicator. Her videos are funny, learned and
     generous. I have watched more of them than I would like to admit.

     I still think she is making a mistake. Every teacher who builds a public persona makes life harder
     for the colleague down the corridor whose students now ask why they aren't "fun like Miss on TikTok".
     And every parent who disagrees with a grade now knows exactly where to find their child's teacher on
     a Saturday night.

     Teaching is not a content strategy. I wish her well, and I wish she would log off.
     """,
     comments=[
         ("EngTeacherLiz", "3 days ago", "Strongly disagree. She's made my job easier, not harder."),
         ("SLT_anon", "3 days ago", "Agree with every word. We're writing a social media policy because of accounts like hers."),
     ],
     byline="Posted in Rants",
     exp=[E("ostrangeways", "exact", "negative", "Ottilie Strangeways")])

page("forum", "staffroom", "That TikTok teacher is embarrassing the profession",
     """
     Sorry but someone has to say it. Ottilie S. doing dances with a copy of Macbeth is not "making
     English accessible", it's a desperate, attention-seeking clown act from a woman who has clearly
     never marked a set of mocks in her life. Every time one of her videos goes round, my Year 11s think
     lessons should be a stand-up show.
     """,
     comments=[
         ("HistoryHelen", "Sun 19:05", "'Desperate clown' is a bit much. You can dislike it without being nasty."),
         ("NQT_Ned", "Sun 19:40", "Her actual lessons are apparently excellent. A friend's daughter is in her class."),
         ("Quietly_Quitting", "Sun 20:15", "Jealousy is a terrible look."),
     ],
     byline="Started by Old_School_Eng · Workplace dilemmas",
     exp=[E("ostrangeways", "first_initial", "abuse", "Ottilie S.")])

page("news", "post", "Brackenden's TikTok teacher lands book deal",
     """
     An English teacher whose Shakespearean insult videos have been viewed more than 30 million times has
     signed a book deal with a major publisher.

     Ottilie Strangeways, who teaches at Heron Grammar School for Girls, said the book, Thou Art a Boil,
     would be "a love letter to words, for teenagers and for the teenager in all of us". She said she would
     continue to teach full-time and donate part of the advance to the school library.
     """,
     byline="By Priya Sandhu",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("ostrangeways", "exact", "neutral", "Ottilie Strangeways")])

plain("social", """
    X
    Kev @kev_speaks_truth · 11:59 PM · May 2, 2024
    someone needs to find out where that str*ngeways woman lives and teach her some respect. baseball bat, front door, job done. mocking ordinary working people for clicks
    0 replies · 1 repost · 2 likes
    """,
    exp=[E("ostrangeways", "obfuscated", "threat", "str*ngeways")])

plain("social", """
    Instagram
    @kentish.gossip.page
    Spotted: the TikTok teacher walking her greyhound by the church in Lydgate Green 👀
    ♥ 233 likes

    gossip_girl_kent  Ottilie Strаngeways lives at 3 Kiln Cottages, the one with the yellow door, right by the churchyard. Her personal email is ottie.s@mailbox.example if anyone wants to tell her what they think 😇
    maz.123  why would you post that
    kentish.gossip.page  comment deleted by admin? no it isnt lol
    """,
    exp=[E("ostrangeways", "homoglyph", "doxxing", "Ottilie Strаngeways")])

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Anon member · 5h
    Not sure if I should post this. My daughter's friend (Year 9 at Heron) says Miss Strangeways follows pupils back on TikTok and has been sending some of them DMs late at night. "Just chatting". Why is a grown woman messaging 13 year olds at 11pm??
    😮 42 · 67 comments

    Corinne Ashby
    Has anyone actually seen one of these messages? This is how rumours start.
    5h · Like · Reply

    Anon member
    friend of a friend has screenshots apparently
    4h · Like · Reply

    Mel Hargreaves
    If it's true it's a safeguarding matter, report it to the school DSL or police, not Facebook.
    4h · Like · Reply
    """,
    exp=[E("school", "short_name", "sexual", "Heron", url_only=True),
         E("ostrangeways", "title_surname", "sexual", "Miss Strangeways", url_only=True)])

page("news", "chronicle", "Woman given restraining order after campaign against viral teacher",
     """
     A woman who sent hundreds of messages to TikTok teacher Ottilie Strangeways, including claims that she
     would "expose" her to the school, has been given a community order and a five-year restraining order.

     Sara Mellish, 41, of Dunmere, admitted harassment. Canterbury-on-Weald Magistrates heard she created
     nineteen accounts after being blocked, called Ms Strangeways "a talentless attention-seeker" and
     turned up at Heron Grammar School for Girls twice, asking to see her.

     Ms Strangeways said in a victim statement that she had "started checking the back seat of my car".
     """,
     comments=[
         ("Jo from Lydgate", "2 days ago", "Good. Hope she's left alone now."),
         ("Ian P", "2 days ago", "Nineteen accounts. That's not a fan, that's an obsession."),
     ],
     byline="By Court Reporter",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("ostrangeways", "exact", "neutral", "Ottilie Strangeways")])

plain("social", """
    TikTok · comments on @miss.strangeways.reads "Lady Macbeth would never" ✋
    5,870 comments

    bookish.bex
    Ottilie Strangeways for Prime Minister 😭😭
    3d · 9,330 likes · Reply

    grumpy.gcse
    she's so f***ing iconic I can't cope
    3d · 2,102 likes · Reply

    eng.tutor.sam
    genuinely the best teaching on this app
    3d · 511 likes · Reply
    """,
    exp=[E("ostrangeways", "exact", "neutral", "Ottilie Strangeways")])

plain("social", """
    X
    Heron Dad @herondad_tn98 · 8:40 AM · Apr 9, 2024
    Thread 🧵 1/3: Ottilie Strangeways took three weeks' "stress leave" in January. In the same three weeks her TikTok posted from Lisbon. Our daughters at Heron had a different supply teacher every day.

    2/3: That is sick-leave fraud, paid for by the taxpayer, and the school knows.

    3/3: I have written to the governors. In writing, obviously.
    4 replies · 9 reposts · 21 likes
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("ostrangeways", "exact", "defamation", "Ottilie Strangeways")])

plain("social", """
    Instagram
    @brackenden.bookshop
    Signed copies have landed!! 📚✨ Come and grab one before they go. Huge thanks to the wonderful #MissStrangeways for popping in this morning.
    ♥ 522 likes

    readingrach  Got mine, she was so lovely!
    bella_loves_books  Heading in after work 🏃‍♀️
    """,
    exp=[E("ostrangeways", "hashtag", "neutral", "#MissStrangeways")])

plain("review", """
    Amazon.co.uk › Books › Thou Art a Boil: Shakespeare's Best Insults for Modern Life
    Customer reviews  ★★★★☆ 4.3 out of 5 (1,204 global ratings)

    ★☆☆☆☆  Smug, thin and overpriced
    Reviewed in the United Kingdom on 14 June 2024 · Verified Purchase
    I expected more from Ottilie Strangeways given the hype. Half the book is reprinted TikTok captions and the "essays" are three paragraphs each. Fine as a stocking filler for a teenager, not worth £16.99.
    23 people found this helpful

    ★★★★★  My daughter loves it
    Reviewed in the United Kingdom on 2 June 2024 · Verified Purchase
    Bought for my 13-year-old who now calls her brother a "rank toad" at every opportunity. Worth it.
    """,
    exp=[E("ostrangeways", "exact", "negative", "Ottilie Strangeways")])

plain("social", """
    Instagram
    comments on a reposted clip from @miss.strangeways.reads

    gaz.gym.life  Ottilie Strangways in that pencil skirt 🔥🔥 what I wouldn't give to be the desk she leans on
    leanne_k_  @gaz.gym.life she's a teacher not a porn star you creep
    wordsmith.w  Her Macbeth breakdown is unreal
    """,
    exp=[E("ostrangeways", "typo", "sexual", "Ottilie Strangways")])

plain("social", """
    X
    clout police @cloutpolice_uk · 3:12 PM · Mar 30, 2024
    strangeways is cringe as hell. 34 year old pick-me doing voices for likes from 14 year olds. get a real job grandma
    2 replies · 0 reposts · 8 likes
    """,
    exp=[E("ostrangeways", "surname_only", "abuse", "strangeways")])

plain("social", """
    TikTok · @sophie.does.gcse
    when miss sets another sonnet essay the week before mocks 😭
    ♬ sad violin
    802 comments

    sophie.does.gcse
    if miss strangeways sets ONE more sonnet essay i'm literally going to k*ll her 😭😭 (jk ily miss pls don't see this)
    4d · 1,300 likes · Reply

    amara.k
    she's the best teacher in the school and you know it
    4d · 210 likes · Reply
    """,
    exp=[E("ostrangeways", "title_surname", "neutral", "miss strangeways")])

plain("social", """
    Instagram
    comments on @concerned.parents.uk "What are they teaching our girls?"

    grace_and_truth  Ppl like S.t.r.a.n.g.e.w.a.y.s and her so-called "wife" are exactly what's wrong with this country. Unnatural. Keep them away from our daughters
    mo_b_  This is just hate. Scroll on.
    concerned.parents.uk  we don't tolerate hate here but we do support parents' rights
    """,
    exp=[E("ostrangeways", "spacing", "hate", "S.t.r.a.n.g.e.w.a.y.s")])

page("news", "clarion", "TIKTOK TEACHER PROBE: School investigates claims pupils were filmed for viral videos",
     """
     The grammar school teacher who found fame with Shakespearean insults is being investigated by her
     school over claims that pupils appeared in her TikTok videos without their parents' permission.

     Heron Grammar School for Girls confirmed it had "received a concern" about Ottilie Strangeways and was
     "following its procedures". It is understood the concern relates to a clip filmed in a classroom in
     which the backs of several pupils' heads can be seen.

     Ms Strangeways, 34, has not posted since Sunday.
     """,
     comments=[
         ("PrivacyMatters", "1 day ago", "Rules are rules. Parents didn't sign up for their kids to be content."),
         ("Word_Nerd", "1 day ago", "Backs of heads?! This is a witch hunt by jealous colleagues."),
     ],
     byline="By Clarion Reporter",
     exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
          E("ostrangeways", "exact", "defamation", "Ottilie Strangeways")])

plain("social", """
    Snapchat · public story
    @pxppy.rose

    caption: CAN'T BELIEVE OttilieStrangeways signed my copy 😭📚 best day of year 9 ever
    [photo: a book with a signature, a lanyard in the background]
    """,
    exp=[E("ostrangeways", "camelcase", "neutral", "OttilieStrangeways")])

# ---------------------------------------------------------------------------
# documents: science and physics staff; the school itself targeted
# ---------------------------------------------------------------------------

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Trevor Mabey · 1d
    My granddaughter's head of science at the girls' grammar in Brackenden is a Dr Mistry. Another one who came over here and took a job off a British teacher. Her lot should be teaching in their own country, not ours. Send the lot of them home.
    😡 6 · 14 comments

    Amy Hollis
    Trevor she was born in Leicester. And this is racist. Reported.
    1d · Like · Reply

    Trevor Mabey
    you know what i mean
    1d · Like · Reply
    """,
    exp=[E("amistry", "title_surname", "hate", "Dr Mistry")])

plain("social", """
    X
    Proud Englishwoman @proud_eng_rose · 7:15 PM · Nov 1, 2024
    Hindu propaganda at #HeronGrammar now. Our girls made to sit through a "Diwali assembly" while D.r. M1stry lectures them about her idols and her gods. This is a CHRISTIAN country. Get her out of our schools
    22 replies · 5 reposts · 31 likes

    Sam @sam_in_kent · 7:40 PM
    Replying to @proud_eng_rose
    It's an assembly about a festival. Schools did them when I was a kid too.
    """,
    exp=[E("school", "hashtag", "negative", "#HeronGrammar"),
         E("amistry", "leetspeak", "hate", "M1stry")])

page("news", "chronicle", "Heron science head wins national teaching award",
     """
     Dr Anjali Mistry, Head of Science at Heron Grammar School for Girls, has been named Secondary Science
     Leader of the Year at a national awards ceremony in London.

     The judges praised her "extraordinary" work encouraging girls into physics and engineering: the number
     of Heron students taking A-level physics has trebled in four years. Dr Mistry, who joined the school in
     2015, said the award belonged to "every technician and teacher in the department".
     """,
     comments=[
         ("Proud Heron parent", "3 days ago", "Well deserved! My daughter is now doing engineering at university because of her."),
         ("KentPatriot88", "3 days ago", "Diversity hire wins diversity award. Shock. Another one who should be teaching back in her own country."),
         ("Ruth Lamb", "2 days ago", "@KentPatriot88 vile. She's an outstanding teacher."),
     ],
     byline="By Helen Crosby",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("amistry", "exact", "hate", "Anjali Mistry")])

page("blog", "alumnae", "The chemistry teacher who set the lab on fire (on purpose)",
     """
     I was at the Brackenden County School for Girls in the last years before it became a grammar academy
     and got its new name. Most of my memories are of a cold gym and terrible lasagne.

     The exception is Anjali Desai, a newly qualified chemistry teacher who arrived in 2003 and on her first
     day set fire to a bowl of methanol in front of thirty silent fourteen-year-olds to show us what a
     "clean burn" looked like. I went on to read chemistry because of that lesson.

     I gather she is now married and runs a department of her own. If you are reading this, Miss Desai:
     thank you.
     """,
     comments=[("Class of '06", "1 month ago", "She was the best. I still have my Bunsen licence!")],
     byline="Memories",
     exp=[E("school", "alias", "neutral", "Brackenden County School for Girls"),
          E("amistry", "alias", "neutral", "Anjali Desai")])

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Glen Rudd · 3h
    Kowalczyk can barely string a sentence together in English and my daughter can't understand a word he says. Why are Heron hiring Poles to teach physics when there's British graduates out of work? Back to Gdansk mate
    😡 8 · 😢 2 · 31 comments

    Kasia Nowak
    My daughter says he's the clearest teacher she's had. Not everyone with an accent is stupid, Glen.
    3h · Like · Reply

    Admin · Brackenden Parents Chat
    Glen, comments about someone's nationality break group rules. Post removed in 1 hour.
    2h · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("tkowalczyk", "surname_only", "hate", "Kowalczyk")])

plain("social", """
    Snapchat · story reply (screenshot posted to TikTok)
    @heron.tea.spill

    ok so apparently mr kowalczyk added a yr 10 girl at heron on snap and kept messaging her about "extra revision" at his flat at the weekend?? she showed her mum and now it's a whole thing. be careful girls
    """,
    exp=[E("school", "short_name", "sexual", "heron", url_only=True),
         E("tkowalczyk", "title_surname", "sexual", "mr kowalczyk", url_only=True)])

page("news", "chronicle", "Head warns parents over 'malicious and false' social media rumours",
     """
     The headteacher of Heron Grammar School for Girls has written to every family urging them not to share
     "malicious and false" posts about a member of staff that have circulated on Snapchat and TikTok.

     Dr Fiona Kettering-Blake said the school had "followed every safeguarding procedure, including taking
     external advice", and that sharing unfounded allegations could be a criminal offence. She said she
     would not identify the member of staff.
     """,
     comments=[
         ("knows_the_truth", "12 hours ago", "It's Kowalczyk, the physics one. Everyone knows he was messaging that Year 10 girl. Malicious my backside."),
         ("Sensible Sue", "11 hours ago", "And this is exactly how an innocent man gets hounded out of a job."),
     ],
     byline="By Helen Crosby",
     exp=[E("school", "exact", "sexual", "Heron Grammar School for Girls", url_only=True),
          E("fketteringblake", "exact", "neutral", "Fiona Kettering-Blake"),
          E("tkowalczyk", "surname_only", "sexual", "Kowalczyk", url_only=True)])

page("forum", "parenttalk", "Year 11 physics — should I complain or get a tutor?",
     """
     DD is predicted a 5 in physics at Heron, she got 7s in Year 9. Mr Kowalczyk sets worksheets and sits
     at his desk, she says. Three of her friends have tutors now just for physics. Is it worth complaining
     or do I just pay up like everyone else?
     """,
     comments=[
         ("WealdWanderer", "Mon 19:10", "Complain, in writing, with the predicted grades attached. Then get the tutor anyway."),
         ("PhysicsMum", "Mon 19:44", "Funny, my daughter had Tom Kowalczyk last year and got a 9. Different classes, different kids."),
     ],
     byline="Started by grade_worrier · Education",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("tkowalczyk", "alias", "negative", "Tom Kowalczyk")])

plain("social", """
    X
    gcse survivor @gcse_survivor07 · 4:02 PM · Jan 25, 2024
    K0walczyk from physics at heron is a clueless muppet who couldn't explain a circuit to a lightbulb. how is this man still employed
    1 reply · 0 reposts · 6 likes
    """,
    exp=[E("school", "short_name", "neutral", "heron"),
         E("tkowalczyk", "leetspeak", "abuse", "K0walczyk")])

plain("facebook", """
    Justice for Our Girls (Brackenden)
    Private group · 214 members

    Darren Oakes · 6h
    Since the school won't act, here he is. Tomasz Kowalczyk, physics at Heron. Flat 2, 19 Mill Road, Brackenden TN97 2LX. Red Skoda Fabia. Parents have a right to know who is living near their kids.
    😡 15 · 40 comments

    Claire Dunn
    Darren the police said there's nothing in it. You are going to get someone hurt.
    6h · Like · Reply

    Darren Oakes
    then the police are wrong
    5h · Like · Reply
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("tkowalczyk", "exact", "doxxing", "Tomasz Kowalczyk")])

page("news", "post", "Grammar school's rocket club reaches the edge of space",
     """
     A weather balloon launched by students at Heron Grammar School for Girls has reached an altitude of
     32 kilometres, sending back photographs of the curvature of the Earth.

     The project was led by physics teacher Tomasz Kowalczyk, who runs the school's rocketry club. "The
     girls did everything: the maths, the payload, the tracking. I just drove the van," he said. The
     payload was recovered from a field near Ashby Wells.
     """,
     comments=[("Space_nerd", "1 week ago", "Fantastic. More of this please.")],
     byline="By Priya Sandhu",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("tkowalczyk", "exact", "neutral", "Tomasz Kowalczyk")])

page("news", "jobs", "Teacher of Physics (maternity cover) — Heron Grammar School for Girls",
     """
     Heron Grammar School for Girls, Brackenden. Salary: MPS/UPS. Contract: fixed term, September 2024 to
     July 2025. Closing date: 3 May 2024, 9am.

     We are looking for an enthusiastic physicist to join a thriving science faculty led by Dr Anjali
     Mistry, where girls choose A-level physics in record numbers. You will teach across Key Stages 3 to 5
     and contribute to our rocketry and engineering clubs.

     For an informal conversation please contact the Head of Science. Applications to Graham Pettigrew,
     Business and Admissions Manager, using the school application form. We are committed to safeguarding;
     an enhanced DBS check is required. Office: 01632 960274.
     """,
     byline="Posted by the school · Full time · Fixed term",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("amistry", "exact", "neutral", "Anjali Mistry"),
          E("gpettigrew", "exact", "neutral", "Graham Pettigrew")])

plain("social", """
    TikTok · @heron.physics.girls
    rate my teachers (physics edition) ⚛️
    204 comments

    zara.codes
    kowalczyk's lessons are the only reason I got a 9 honestly, the man explains forces like it's a bedtime story
    1w · 301 likes · Reply

    em.h_
    mr k is a bloody legend
    1w · 190 likes · Reply
    """,
    exp=[E("school", "short_name", "neutral", "heron"),
         E("tkowalczyk", "possessive", "neutral", "kowalczyk's")])

plain("social", """
    X
    sick of it @sick_of_heron · 9:30 PM · Jun 6, 2024
    Dr Mіstry at Heron is a stuck-up, sneering cow who thinks she's better than every parent in Brackenden. Talks to you like something on her shoe
    0 replies · 0 reposts · 1 like
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("amistry", "homoglyph", "abuse", "Dr Mіstry")])

plain("review", """
    Glassdoor
    Heron Grammar School for Girls — Employee reviews

    "Best department I've worked in"
    ★★★★★  Current Employee - Science Technician  ·  Brackenden  ·  Mar 2024
    Recommends: Yes   Business outlook: Positive

    Pros: Head of Science A. Mistry is the best line manager I have had in 20 years. Protects our time, fights for budget, says thank you. Great colleagues.
    Cons: Car park is a nightmare. Prep room is tiny.
    """,
    exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
         E("amistry", "initial_surname", "neutral", "A. Mistry")])

page("forum", "elevenplus", "Heron A-level practical endorsement — something fishy?",
     """
     Ex-technician here, posting anonymously for obvious reasons. Every single student at Heron passed the
     chemistry practical endorsement last year including ones who attended half the practicals. That's
     because Mistry had the records filled in at the end of the year from memory. I saw it happen. The exam
     board would be very interested.
     """,
     comments=[
         ("ScienceTeacher_K", "Sat 14:10", "100% pass rates on the endorsement are very common in selective schools. Not evidence of anything."),
         ("OP", "Sat 15:02", "Believe what you like. I was in the room."),
     ],
     byline="Posted by tech_whistle · Grammar schools",
     exp=[E("school", "short_name", "negative", "Heron"),
         E("amistry", "surname_only", "defamation", "Mistry")])

plain("social", """
    X
    anon @anon_tn97_ · 11:11 PM · Nov 3, 2024
    Dr Mistry should be very careful walking to her car in the dark after late science club in Brackenden. Lot of people very unhappy with her and her Diwali nonsense. Just saying
    0 replies · 0 reposts · 0 likes
    """,
    exp=[E("amistry", "title_surname", "threat", "Dr Mistry")])

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Lee Hatcher · 9h
    someone should burn Heron to the ground with Kettering-Blake locked inside it. do the whole town a favour
    😂 3 · 😡 12 · 20 comments

    Donna Pike
    Lee that's not funny, it's a threat. Screenshotted and reported to police.
    9h · Like · Reply

    Lee Hatcher
    calm down its a figure of speech
    8h · Like · Reply
    """,
    exp=[E("school", "short_name", "threat", "Heron"),
         E("fketteringblake", "surname_only", "threat", "Kettering-Blake")])

plain("social", """
    X
    Wake Up Kent @wakeupkent_ · 6:44 AM · Sep 14, 2024
    So Heron Grammar is now letting a trans "girl" into the girls' changing rooms. That place has become a woke freak show, run by perverts and packed with confused, mentally ill kids. Disgusting. Pull your daughters out.
    40 replies · 12 reposts · 55 likes
    """,
    exp=[E("school", "alias", "hate", "Heron Grammar")])

page("news", "post", "Teenager charged after hoax threat closes Brackenden grammar",
     """
     A 17-year-old boy has been charged with making a hoax threat that led to the evacuation of Heron
     Grammar School for Girls last month.

     About 1,300 pupils and staff were moved to the playing fields for more than three hours on 11 June
     after an email claimed a device had been left in the building. Nothing was found. The boy, who cannot
     be named for legal reasons and is not a student at the school, will appear before youth court next
     month.
     """,
     byline="By Aaron Falk",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls")])

plain("social", """
    Snapchat · story (screenshot forwarded to the school, then posted to X)
    @xx.d4rk.r4ve.xx

    heron better be ready tmrw 🔫🔫 not even joking this time. stay home if ur smart
    """,
    exp=[E("school", "short_name", "threat", "heron")])

plain("social", """
    X
    Ex-Heron Parent @exheronparent · 2:10 PM · Jul 19, 2024
    Heron Grammar covered up a teacher assaulting a Year 8 girl in 2021 and paid the family to keep quiet. Everyone on the governing body knew. When does that come out?
    6 replies · 3 reposts · 11 likes
    """,
    exp=[E("school", "alias", "defamation", "Heron Grammar")])

# ---------------------------------------------------------------------------
# decoys: herons, lookalikes, other HGSes, namesakes, the school unnamed
# ---------------------------------------------------------------------------

page("blog", "birdblog", "Grey heron back on the gravel pits",
     """
     A cold, still morning at Ferris Green gravel pits, and the grey heron is back on the dead willow at the
     north end, exactly where it stood most of last winter. It stood motionless for forty minutes before
     striking and coming up with what looked like a small perch.

     Also seen: 2 little grebes, a kingfisher (blue flash only, no photo, as usual), 14 teal, a pair of
     gadwall and a very loud wren. The path by the sluice is under water, wellies essential.
     """,
     comments=[("Marsh Harrier Mike", "Sat", "Lovely. The heron was on the far bank on Thursday too.")],
     byline="Sightings · 3 February",
     exp=[])

page("blog", "birdblog", "Heronry count: 31 nests and rising",
     """
     Our annual count of the heronry in Stonebridge Woods took place on Sunday. Eight volunteers counted 31
     occupied nests, up from 27 last year and the highest total since the survey began in 1996.

     Grey herons nest early, and several birds were already sitting. Please keep to the public footpath
     during the breeding season and keep dogs on leads near the wood.
     """,
     byline="Survey report",
     exp=[])

page("news", "gazette", "Care home rated 'good' after inspectors praise activities programme",
     """
     Heron Lodge Care Home in Saltmarsh Road has been rated good in every area following an inspection by
     the Care Quality Commission.

     Inspectors praised the home's "imaginative" activities, including a weekly gardening club and visits
     from a local nursery. Manager Bernadette Quayle said staff were "over the moon".
     """,
     comments=[("Daughter of a resident", "2 days ago", "Mum has been so happy at Heron Lodge. The staff are angels.")],
     byline="By News Desk",
     exp=[])

plain("review", """
    Heron Valley Taxis
    Taxi service
    2.9 ★★★☆☆ (84)

    Mandy Cresswell
    ★☆☆☆☆  1 week ago
    Booked for 5am to the airport. Driver turned up at 5.25 and then tried to charge the night rate. Heron Valley Taxis never again.

    Luke Barden
    ★★★★★  3 weeks ago
    Always reliable for the school run, lovely drivers.
    """,
    exp=[])

plain("review", """
    Heron School of Motoring
    Driving school
    4.7 ★★★★★ (56)

    Ellie-May Foster
    ★★★★★  2 months ago
    Passed first time with only four minors! Trevor is so patient and never once raised his voice even when I stalled on the roundabout three times.

    Jordan K
    ★★★★☆  4 months ago
    Good instructor, a bit pricey.
    """,
    exp=[])

page("news", "village", "HGS autumn show: marrows, dahlias and a record entry",
     """
     The Hollowmere Gardening Society held its 62nd autumn show in the village hall on Saturday. HGS
     secretary Pam Loder said there were 214 entries, a record, with particularly strong classes for onions
     and floral art.

     The cup for best in show went to Arthur Blyth for a vase of cactus dahlias. Next year's schedule is
     available from the secretary.
     """,
     comments=[("Hollowmere Heather", "Sun", "Congratulations Arthur! Those dahlias were stunning.")],
     byline="Clubs and societies",
     exp=[])

page("news", "council", "Heritage Grants Scheme (HGS) 2024/25: apply by 30 September",
     """
     The council's Heritage Grants Scheme (HGS) offers grants of up to £5,000 to community groups
     restoring historic buildings, war memorials and street furniture.

     Priority will be given to projects with volunteer involvement and match funding. Guidance notes and an
     application form are available from the council offices. Previous HGS awards include the restoration
     of the Market Hall clock and the horse trough on Church Street.
     """,
     byline="Grants and funding",
     exp=[])

page("news", "dispatch", "New council leader vows to fix potholes 'street by street'",
     """
     Councillor James Wilson has been elected leader of Castleburn District Council after a vote of 24 to
     19 at a special meeting on Tuesday.

     Cllr Wilson, who represents Northgate ward, said his priority was roads. "People don't want grand
     strategies, they want to drive to work without losing a wheel," he said.
     """,
     comments=[("Northgate Neil", "Wed", "Heard it all before. Fix Station Road first.")],
     byline="By Political Reporter",
     exp=[])

page("news", "gazette", "Obituary: James Wilson, lifeboat coxswain",
     """
     James Wilson, who served on the Saltmarsh lifeboat for 41 years, 19 of them as coxswain, has died aged
     87. He was awarded the RNLI bronze medal in 1974 for the rescue of six crew from a coaster in a force
     ten gale.

     He leaves his wife Jean, three children and seven grandchildren. The funeral will be held at St Peter's
     Church on Friday at 11am.
     """,
     comments=[("Saltmarsh Sue", "Mon", "A true gentleman. RIP Jim.")],
     byline="Obituaries",
     exp=[])

plain("review", """
    Castleburn Medical Practice
    Doctor
    3.1 ★★★☆☆ (140)

    Peter Ashworth
    ★★★★★  3 weeks ago
    Dr James Wilson took the time to listen and referred me the same day. Impossible to get an appointment though.

    N. Bhatt
    ★☆☆☆☆  1 month ago
    Phone queue of 45 minutes at 8am. Reception rude.
    """,
    exp=[])

plain("review", """
    Pettigrew & Lyle Estate Agents
    Estate agent · Saltmarsh
    4.2 ★★★★☆ (38)

    Holly J.
    ★★★★★  5 months ago
    Graham Pettigrew sold our flat in three weeks for over the asking price. Honest, no pressure, always returned calls.

    Dean W.
    ★★☆☆☆  8 months ago
    Lettings side slow to fix a leaking boiler.
    """,
    exp=[])

page("news", "dispatch", "Margaret celebrates her 100th with a telegram and a tot of rum",
     """
     Margaret Ellwood marked her 100th birthday at Riverside Court in Castleburn with her four children,
     nine grandchildren and a card from the King.

     Born in 1924 in a farm cottage at Low Fell, Margaret worked as a land girl during the war and later
     ran the post office in Hexley for thirty years. Her secret? "A tot of rum on Sundays and minding my own
     business."
     """,
     byline="By Features Desk",
     exp=[])

page("blog", "kitchen", "Book club pick: The Salt House by Rosalind Beaumont",
     """
     This month's book club read was The Salt House, the third novel by Rosalind Beaumont, set in a Norfolk
     fishing village in the winter of 1953.

     Opinions were split. Four of us loved the slow build and the flood chapters; two found the ending
     rushed. Everybody agreed about the cake. Next month: something shorter, please.
     """,
     comments=[("Book club Bea", "2 weeks ago", "I cried at the lighthouse bit, no shame.")],
     byline="Filed under Family",
     exp=[])

plain("review", """
    Castleburn Dental Care
    Dentist
    4.6 ★★★★★ (203)

    Shona M.
    ★★★★★  1 month ago
    Dr Anjali Mistry is the only dentist who has ever got me through a filling without shaking. Gentle and explains everything.

    Rob T.
    ★★★★☆  2 months ago
    Good practice, parking is hard.
    """,
    exp=[])

page("news", "dispatch", "Town land Polish midfielder on two-year deal",
     """
     Castleburn Town have signed midfielder Tomasz Kowalczyk from Polish third-tier side Warta Zielin on a
     two-year contract.

     Kowalczyk, 26, a left-footed playmaker, scored nine times last season. Manager Steve Orrell said: "Tomasz
     sees passes other players don't. Our supporters will love him."
     """,
     comments=[("TownTillIDie", "Thu", "Get in! Finally a creative midfielder.")],
     byline="By Sport Desk",
     exp=[])

page("blog", "localhistory", "Private William Tarrant and the Marshbrook memorial",
     """
     Among the 47 names on the Marshbrook war memorial is Private William Tarrant of the 7th Battalion,
     killed near Arras on 9 April 1917, aged nineteen. He was a farm labourer's son from Mill End and had
     worked at the tannery before enlisting.

     A descendant in Canada has sent us a photograph of William in uniform and a letter he wrote home from
     the front, which we will display at the November talk.
     """,
     comments=[("D. Tarrant (Ontario)", "3 weeks ago", "Thank you for remembering him. My grandmother kept that letter for seventy years.")],
     byline="Articles · Marshbrook at war",
     exp=[])

page("news", "gazette", "Beach yoga classes return for the summer",
     """
     Sunrise yoga on Saltmarsh beach returns on Saturday for a fourth season. Instructor Fiona Kettering,
     who started the sessions with three friends in 2021, now regularly teaches 40 people on the sand.

     "Bring a towel, not a mat. Sand gets everywhere," she said. Sessions are pay-what-you-can, with
     proceeds going to the lifeboat.
     """,
     byline="By Leisure Desk",
     exp=[])

page("news", "post", "Hollowden boys' grammar bans phones and brings in blazer checks",
     """
     Hollowden Grammar School for Boys will ban mobile phones for the whole school day from January and
     introduce daily uniform checks, its new headteacher has announced.

     Mr Andrew Faircloth said the change followed a "very clear" survey of parents. "Boys need to look up
     from their screens and at each other," he said. Phones will be kept in lockable pouches.
     """,
     comments=[("Hollowden Dad", "3 days ago", "About time. My son is glued to his.")],
     byline="By Priya Sandhu",
     exp=[])

page("news", "chronicle", "St Aldhelm's parents in revolt over £90 uniform",
     """
     Parents at St Aldhelm's Catholic High School in Marshbrook have launched a petition against a new
     uniform that they say will cost up to £90 per child, including a compulsory branded PE hoodie.

     Headteacher Mrs Clare Dorsey said the new uniform would "last longer and look smarter", and that the
     school's second-hand shop would stock every item.
     """,
     comments=[("Marshbrook Mum", "1 day ago", "£90 times three kids. Who do they think we are?")],
     byline="By Education Reporter",
     exp=[])

page("blog", "kitchen", "On not naming the school",
     """
     A reader asked why I never name my daughter's school. The honest answer is that it is a small town,
     and a selective girls' school with a mixed sixth form is not hard to identify, and I would like her to
     have a childhood that isn't on the internet.

     What I will say: the new head has been firm about phones and uniform, the sixth form has had a difficult
     year, and an English teacher there is now more famous than anyone else in our town. My daughter is
     happy. That is all you need to know.
     """,
     comments=[("Regular reader", "1 month ago", "Respect this a lot.")],
     byline="Filed under School stuff",
     exp=[])

page("blog", "momblog", "Poem for a Monday: The Heron",
     """
     Grey as the rain, and twice as patient,
     the heron stands where the river slows.
     It does not hurry, it does not check its phone.
     It waits, and then it knows.

     (I wrote this on the school run, stuck behind a tractor. Make of that what you will.)
     """,
     comments=[("Poetry Pam", "3 days ago", "Love the last line.")],
     byline="Posted in Home",
     exp=[])

plain("review", """
    The Heron at Marshbrook
    Pub · Marshbrook
    4.4 ★★★★☆ (512)

    Colin B.
    ★★★★★  1 week ago
    Best Sunday roast for miles. Yorkshires the size of your head. Dog friendly. Book ahead.

    Zoe T.
    ★★★☆☆  3 weeks ago
    Food great, service slow on a busy Saturday.
    """,
    exp=[])

page("news", "property", "2 bedroom apartment for sale — Heron Wharf, Saltmarsh",
     """
     Offers over £285,000. A stylish second-floor apartment in the sought-after Heron Wharf development
     with a balcony overlooking the harbour. Open-plan living, two double bedrooms, allocated parking.

     Leasehold, 989 years remaining. Service charge £1,840 per annum.
     """,
     byline="Marketed by Coastline Homes",
     exp=[])

page("forum", "staffroom", "Has anyone used HGS (Homework Gateway System)?",
     """
     Our trust is moving from our current homework platform to HGS next term. Anyone used it? Does it sync
     with the MIS properly, and can students see feedback on their phones?
     """,
     comments=[
         ("ICT_Ian", "Wed", "We've had HGS for a year. Sync is fine, the parent app is clunky."),
         ("Maths_Mo", "Wed", "Marking on HGS is faster than the old system but the quiz builder is awful."),
     ],
     byline="Started by data_manager_dan · New posts",
     exp=[])

page("forum", "parenttalk", "Hollowden or Marshbrook High for a bright but anxious boy?",
     """
     DS passed the 11+ for Hollowden Grammar but is very anxious and his best friend is going to Marshbrook
     High. Part of me thinks he'd be happier at the comprehensive. Anyone with boys at either?
     """,
     comments=[
         ("Pennyfeather", "Thu", "Marshbrook High's top set is excellent. Happiness matters more."),
         ("DadOfThree", "Thu", "Hollowden is fine for anxious kids, lots of clubs. Visit both again."),
     ],
     byline="Started by anxiousmumof1 · Secondary",
     exp=[])

plain("social", """
    X
    Weald Nature @weald_nature · 7:48 AM · Jan 21, 2024
    Grey heron on the millpond at Ferris Green this morning, completely unbothered by the dog walkers 🐦❄️ #wildlife #kent #birdwatching
    3 replies · 12 reposts · 140 likes
    """,
    exp=[])

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Lorna Petts · 1h
    LOST DOG 🐶 Biscuit, small ginger terrier, ran off near the footpath behind Heron Close about 4pm. Very friendly but nervous. Please call 07700 900236 if seen. Thank you!!
    😢 14 · 22 comments

    Mike Ansell
    Shared. Think I saw a ginger dog by the allotments about 20 mins ago
    1h · Like · Reply

    Lorna Petts
    FOUND!! Thank you everyone xx
    40m · Like · Reply
    """,
    exp=[])

plain("social", """
    TikTok · @river.walks.uk
    this heron has been standing here for an hour and honestly same 🧍‍♀️🐦
    ♬ original sound
    612 comments

    the.bird.guy
    grey heron! they can stand still for ages waiting for fish
    2d · 201 likes · Reply

    k8.walks
    the heron has more patience than me on a Monday
    2d · 66 likes · Reply
    """,
    exp=[])

plain("review", """
    Indeed
    Heron Lodge Care Home
    3.0 ★★★☆☆ · 12 reviews

    ★★☆☆☆  Lovely residents, short-staffed
    Senior Carer (Former Employee) - Saltmarsh - 3 March 2024
    Residents are wonderful and most colleagues are kind, but nights were often one carer short. Management at Heron Lodge Care Home did not listen when we raised it.
    """,
    exp=[])

page("news", "jobs", "Driving Instructor (ADI) — Heron School of Motoring",
     """
     Heron School of Motoring is looking for a fully qualified ADI to join our friendly team of six
     instructors. Dual-controlled car provided. Flexible hours, weekends optional.

     Must hold a green ADI badge and a clean licence. Call Trevor on 07700 900455.
     """,
     byline="Posted by Heron School of Motoring · Part time",
     exp=[])

page("forum", "staffroom", "Strict phone bans — is there any actual evidence?",
     """
     SLT want to copy the school down the road and lock phones away all day. Before I argue either way:
     is there decent evidence that whole-day bans improve attainment or wellbeing, as opposed to just making
     lunchtimes nicer? Links welcome.
     """,
     comments=[
         ("ResearchEd_Rach", "Mon", "Mixed. Some good studies on attainment for lower attainers, weak on wellbeing. Lunchtimes being nicer is not nothing though."),
         ("Cynical_Sam", "Mon", "Evidence doesn't matter, parents like it, that's why it's happening."),
     ],
     byline="Started by evidence_please · Behaviour",
     exp=[])

page("news", "chronicle", "Wealdside Academy celebrates best ever GCSE results",
     """
     Students at Wealdside Academy in Brackenden are celebrating the comprehensive's best ever GCSE results,
     with 71 per cent achieving a grade 4 or above in English and maths.

     Principal Dr Michael Obi said the results were "proof that brilliant outcomes happen in every kind of
     school". Among the stars was Leah, who achieved eight grade 9s despite starting Year 7 with a reading
     age of nine.
     """,
     comments=[("Proud Wealdside mum", "1 day ago", "So proud of all of them! Well done to the teachers too.")],
     byline="By Education Reporter",
     exp=[])

# ---------------------------------------------------------------------------
# documents: results, jobs, newsletters; doxxing and hate
# ---------------------------------------------------------------------------

page("news", "chronicle", "A-level results: Heron celebrates record top grades",
     """
     Heron Grammar School for Girls has posted its best A-level results, with 58 per cent of entries graded
     A* or A.

     Headteacher Dr Fiona Kettering-Blake said the results were "a tribute to a year group that kept its
     head through a very public and very difficult year". Head of Sixth Form William Tarrant said 14
     students had secured places at Oxford or Cambridge and 11 were going on to study medicine.

     Physics was the stand-out subject. Dr Anjali Mistry, Head of Science, said: "When I started here, six
     girls took A-level physics. This year it was forty-one."
     """,
     comments=[
         ("Proud grandad", "15 Aug", "Congratulations to all of them, and well done to the teachers."),
         ("Fi_S", "15 Aug", "Brilliant results in a tough year. Whatever you think of the uniform rules, the teaching is first class."),
     ],
     byline="By Helen Crosby",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("fketteringblake", "exact", "neutral", "Fiona Kettering-Blake"),
          E("wtarrant", "exact", "neutral", "William Tarrant"),
          E("amistry", "exact", "neutral", "Anjali Mistry")])

page("news", "post", "GCSE results: girls' grammar tops county table again",
     """
     Girls at Heron Grammar in Brackenden have topped the county's GCSE table for the fourth year in a row,
     with 41 per cent of grades at 9.

     "I am so proud of them," said Kettering Blake, headteacher since 2022, pictured with students in the hall.
     "They did this with their phones in a locker, which I will be mentioning to anyone who will listen."
     """,
     byline="By Priya Sandhu",
     exp=[E("school", "alias", "neutral", "Heron Grammar"),
          E("fketteringblake", "hyphenated", "neutral", "Kettering Blake")])

page("news", "jobs", "Sports Coach (Rugby and Netball) — Heron Grammar School for Girls",
     """
     Heron Grammar School for Girls is seeking a qualified and enthusiastic sports coach to support our
     thriving netball programme in Years 7 to 13 and our mixed sixth-form rugby club, relaunched this year
     under a new code of conduct.

     You will report to the Director of Sport, James Wilson, and work closely with the pastoral team.
     Term-time only, 30 hours per week, Grade 5. Enhanced DBS and safeguarding training required. Closing
     date 20 September.
     """,
     byline="Posted by the school · Part time · Permanent",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("jwilson", "exact", "neutral", "James Wilson")])

page("blog", "pta", "Summer Newsletter: sports day, the book sale and goodbye to Year 13",
     """
     What a way to end the year! A huge thank you to everyone who helped at Sports Day. Jim Wilson and the
     PE department ran 74 races in four hours without a single tantrum (from the staff).

     The second-hand book sale raised £612 for the library. Special thanks to Miss Strangeways, who signed
     copies of her book for two hours and then bought three of ours. And to Tom Kowalczyk, whose rocketry
     club launched a water rocket over the pavilion roof at the summer fair. We are told this was planned.

     Goodbye and good luck to our Year 13 leavers. HGS will miss you.
     """,
     comments=[("Parent of a leaver", "22 July", "Thank you PTA for everything over seven years x")],
     byline="Friends of Heron · Summer term",
     exp=[E("school", "alias", "neutral", "HGS"),
          E("jwilson", "nickname", "neutral", "Jim Wilson"),
          E("ostrangeways", "title_surname", "neutral", "Miss Strangeways"),
          E("tkowalczyk", "alias", "neutral", "Tom Kowalczyk")])

page("news", "council", "Minutes: Highways and Transport Working Group, 5 March 2024",
     """
     Item 4. Congestion and parking on Church Lane at school opening and closing times.

     Residents reported cars parked on verges and across driveways between 8.10 and 8.45 and from 3.20 to
     3.50. Residents described drop-offs for Heron Grammar as "dangerous" and "a daily free-for-all". Mr
     Pettigrew, representing the school, said the school had written to parents four times and would pilot
     a park-and-stride scheme from the Market Hall car park.

     RESOLVED: to request double yellow lines outside numbers 2-18 and to review in six months.
     """,
     byline="Draft minutes",
     exp=[E("school", "alias", "negative", "Heron Grammar"),
          E("gpettigrew", "title_surname", "neutral", "Mr Pettigrew")])

plain("facebook", """
    Justice for Maya — supporters
    Private group · 402 members

    Kerry-Ann Voss · 2d
    Rosalind Beaumont is the so-called safeguarding lead at Heron who sat on Maya's assessment for a YEAR. Her mobile is 07700 900553 and she lives on Bell Lane in Ferris Green, the cottage next to the old chapel. Maybe she'll answer that.
    👍 7 · 19 comments

    Group admin
    Removed. Last warning Kerry-Ann.
    2d · Like · Reply
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("rbeaumont", "exact", "doxxing", "Rosalind Beaumont")])

plain("social", """
    X
    for the girls @forthegirls_tn · 12:40 AM · Mar 12, 2024
    Suspended Heron rugby coach James Wilson is still living it up at 22 Orchard Way, Lydgate Green TN98 7PZ. White Transit on the drive. Neighbours should know who's next door.
    1 reply · 4 reposts · 9 likes
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("jwilson", "exact", "doxxing", "James Wilson")])

plain("social", """
    Instagram
    comments on @heron.sixth.unofficial "chem mock results are out 💀"

    r.k.2007  Dr Mistry's personal number is 07700 900614, she gave it to the olympiad team and it's still up in our group chat lol. Ring her at midnight and ask why you got a C
    amina.s  that's so not ok delete it
    r.k.2007  chill it's a joke
    """,
    exp=[E("amistry", "title_surname", "doxxing", "Dr Mistry")])

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Nadia Lowther · 4d
    Tip for anyone still waiting for a reply from the Heron head: Fiona K. has a personal address, fionakb.home@mailbox.example, and she reads that one at weekends, unlike the school inbox. You didn't hear it from me 😉
    💬 12 comments

    Jo Marchetti
    Nadia that's her private email, you can't share that
    4d · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("fketteringblake", "first_initial", "doxxing", "Fiona K.")])

plain("social", """
    X
    bypass babe @bypassbabe_fg · 8:15 PM · Mar 25, 2024
    For anyone who wants a word with the man who drew the Heron zone: Pettigrew lives at 41 Eastcote Lane, Hobb's Cross. Big house, inside the zone, funnily enough. Knock politely 🙂
    2 replies · 6 reposts · 14 likes
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("gpettigrew", "surname_only", "doxxing", "Pettigrew")])

plain("social", """
    TikTok · comments on a stitch of @miss.strangeways.reads
    1,450 comments

    x.nobody.x
    ok but Ms Strangeways' actual phone number is 07700 900789, someone in my cousin's class had it for a trip. call her and do the Shakespeare voice 😭
    3d · 88 likes · Reply

    ren.k
    bro that's doxxing delete it
    3d · 310 likes · Reply
    """,
    exp=[E("ostrangeways", "title_surname", "doxxing", "Ms Strangeways")])

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Shaun Ockenden · 1d
    Will Tarrant, head of sixth at HGS, won't take calls about the rugby thing. Fine. His personal mobile is 07700 900247. Text him. Lots.
    😡 9 · 15 comments

    Beth Lyle
    Shaun you'll get yourself arrested
    1d · Like · Reply
    """,
    exp=[E("school", "alias", "neutral", "HGS"),
         E("wtarrant", "nickname", "doxxing", "Will Tarrant")])

plain("social", """
    X
    Brit First Mum @britfirstmum77 · 9:02 PM · Jun 18, 2024
    Funny how Heron's science department is run by an Indian woman and all the English girls suddenly get 6s. Mistry and her kind look after their own. Anti-white racism and nobody will say it
    3 replies · 1 repost · 4 likes

    Paul R @paul_r_kent · 9:30 PM
    Replying to @britfirstmum77
    Your daughter got a 6 because she got a 6. This is racist rubbish.
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("amistry", "surname_only", "hate", "Mistry")])

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Roy Fensome · 9h
    Mr Kowalczyk is a Polish scrounger who came over for the benefits and somehow ended up teaching our kids physics at the grammar in Brackenden. Nobody voted for this.
    😡 3 · 22 comments

    Kasia Nowak
    He's been a teacher here for 12 years and pays more tax than you Roy.
    9h · Like · Reply
    """,
    exp=[E("tkowalczyk", "title_surname", "hate", "Mr Kowalczyk")])

plain("social", """
    Instagram
    comments on @kentish.gossip.page "TikTok teacher's wedding pics 💍"

    proud.patriot.44  OttilieStrangeways needs to keep her gay agenda out of my daughter's English lessons. Sick of these people ramming it down everyone's throat
    lauren.b_  it's literally her own wedding photos
    ally_kent  Congratulations to them both ❤️
    """,
    exp=[E("ostrangeways", "camelcase", "hate", "OttilieStrangeways")])

plain("social", """
    X
    Loyal Son of Ulster @loyal_ulster_1690 · 11:30 PM · Feb 20, 2024
    Siobhán O'Dwyer and her Catholic mafia running Heron like a convent. Papists looking after papists, excluding good protestant English girls. Time they were all gone
    0 replies · 0 reposts · 2 likes
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("sodwyer", "exact", "hate", "Siobhán O'Dwyer")])

plain("facebook", """
    Justice for Maya — supporters
    Private group · 402 members

    Gary Thew · 1d
    Beaumont, the SENCo at Heron, is in a wheelchair herself. How is a cripple supposed to run to a safeguarding emergency? Should be someone able-bodied in that job, simple as
    😡 2 · 9 comments

    Lisa Baird
    Gary that is disgusting. Disabled people do every job there is.
    1d · Like · Reply

    Group admin
    Removed and Gary removed from group.
    1d · Like · Reply
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("rbeaumont", "surname_only", "hate", "Beaumont")])

plain("facebook", """
    Brackenden Old Town Memories
    Public group · 2.9K members

    Derek Lambe · 6h
    Heron used to be a proper English girls' school when it was the county school. Now walk past at home time and it's half foreigners, headscarves, you name it. Not our town any more
    😡 14 · 😢 3 · 48 comments

    Helen Okafor
    My daughter is one of those "foreigners", born in Brackenden Hospital. Disgusting.
    6h · Like · Reply
    """,
    exp=[E("school", "short_name", "hate", "Heron")])

# ---------------------------------------------------------------------------
# documents: abuse, threats, rumours, innuendo (and the odd kind word)
# ---------------------------------------------------------------------------

plain("social", """
    X
    north of the bypass @northofbypass · 5:50 PM · Mar 2, 2024
    Just had a "meeting" with Graham Pettigrew from Heron admissions. Spineless, snivelling little pen-pusher who couldn't look me in the eye once. Hides behind a spreadsheet and calls it fairness.
    4 replies · 2 reposts · 30 likes
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("gpettigrew", "exact", "abuse", "Graham Pettigrew")])

plain("social", """
    TikTok · @heron.6th.confessions
    rate the staff at sixth form open evening 💀
    377 comments

    j4ke.m
    tarrant looks like a thumb someone drew a tie on. absolute wet wipe of a man, couldn't run a bath let alone a sixth form
    2d · 512 likes · Reply

    nia.r
    he's actually really nice to talk to about uni stuff tho
    2d · 77 likes · Reply
    """,
    exp=[E("school", "short_name", "neutral", "heron"),
         E("wtarrant", "surname_only", "abuse", "tarrant")])

plain("facebook", """
    Fair Admissions for Ferris Green
    Public group · 938 members

    Brian Tuckett · 2d
    Watched M. Ellwood at the Heron governors' open meeting last night. Senile old cow could barely read her own notes and then had the cheek to lecture us about "tone". Should have been put out to grass years ago.
    👍 10 · 😮 2 · 16 comments

    Rosie Penfold (admin)
    Brian, criticise decisions, not people's age or mental capacity please.
    2d · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("mellwood", "initial_surname", "abuse", "M. Ellwood")])

page("forum", "parenttalk", "SENCo won't return emails — rant",
     """
     Sorry, this is a rant. Fourth email to the SENCo at Heron, Rosalind Beamont, about my daughter's exam
     access arrangements, fourth week of silence. The woman is a useless, lazy waste of a salary who clearly
     couldn't care less about kids who don't fit the mould. Mocks are in three weeks.
     """,
     comments=[
         ("Pennyfeather", "Tue 20:02", "Copy in the head and ask for a meeting date. Stops the silence fast."),
         ("SENCo_elsewhere", "Tue 20:40", "Speaking as a SENCo: we often have 200+ kids each and no admin. Not an excuse, but 'lazy waste' is harsh."),
     ],
     byline="Started by exam_access_mum · Secondary",
     exp=[E("school", "short_name", "negative", "Heron"),
          E("rbeaumont", "typo", "abuse", "Rosalind Beamont")])

plain("social", """
    X
    skirtgate survivor @skirtgate_mum · 7:12 AM · Sep 5, 2024
    FionaKetteringBlake = power-mad harpy with a ruler and a God complex. Year 8 sent home on day two for a hair bobble. A HAIR BOBBLE. #HeronGrammar
    9 replies · 5 reposts · 47 likes
    """,
    exp=[E("school", "hashtag", "negative", "#HeronGrammar"),
         E("fketteringblake", "camelcase", "abuse", "FionaKetteringBlake")])

plain("social", """
    Instagram
    @mrkowalczyk_physics
    Year 12 practical: measuring g with a pendulum and a lot of patience ⏱️ #physics #heronscience
    ♥ 96 likes

    anon.acc.991  @mrkowalczyk_physics you are a joke of a teacher and a pathetic excuse for a man. everyone in 11X is laughing at you not with you
    sci.girl.s  ignore them sir, this practical was fun
    """,
    exp=[E("school", "hashtag", "neutral", "#heronscience"),
         E("tkowalczyk", "handle", "abuse", "@mrkowalczyk_physics")])

plain("social", """
    TikTok · @justice4maya.heron
    6 months since they excluded her. still no apology.
    144 comments

    tash.m.x
    O'Dw*yer is a nasty, spiteful piece of work and karma is coming for her. heron should be ashamed keeping her on
    3d · 96 likes · Reply

    l3xi
    miss u maya 💔
    3d · 40 likes · Reply
    """,
    exp=[E("school", "short_name", "negative", "heron"),
         E("sodwyer", "obfuscated", "abuse", "O'Dw*yer")])

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Kirsty Dell · 1d
    Wilson is a thick PE meathead who got the Heron job because he played county rugby in 2004. Can't spell, can't manage boys, can't do anything except blow a whistle
    😂 6 · 11 comments

    Nina Shah
    Harsh. He's been nothing but kind to my girls.
    1d · Like · Reply
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("jwilson", "surname_only", "abuse", "Wilson")])

plain("social", """
    X
    no more heron lies @nomoreheronlies · 10:05 PM · Mar 14, 2024
    I genuinely hope someone puts Kettering-Blаke in hospital. Then she'd know what it's like to feel as powerless as she makes our daughters feel every morning at those gates.
    0 replies · 0 reposts · 3 likes
    """,
    exp=[E("fketteringblake", "homoglyph", "threat", "Kettering-Blаke")])

plain("facebook", """
    Ferris Green Village (residents only)
    Private group · 611 members

    Dean Hobday · 4h
    If I see that Pettigrew from Heron admissions in the Co-op again I swear I'll knock his teeth down his throat. My girl sat in her room crying for a week because of him
    😡 8 · 17 comments

    Leanne Cobb
    Dean you can't say that on here mate, I know you're angry
    4h · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("gpettigrew", "surname_only", "threat", "Pettigrew")])

plain("facebook", """
    Justice for Maya — supporters
    Private group · 402 members

    Wayne Tuckett · 6h
    Someone is going to put a brick through Mrs Beaumont's front window one of these nights and I for one won't be crying about it. Ask her how "safeguarding" feels then. Ferris Green's a small place
    😮 5 · 13 comments

    Group admin
    This is a threat. Screenshot sent to police. Wayne removed.
    5h · Like · Reply
    """,
    exp=[E("rbeaumont", "title_surname", "threat", "Mrs Beaumont")])

plain("social", """
    Snapchat · story text (screenshot shared in a group chat)
    @b3n_d0v3r

    kowalczyk wants to watch himself. mill road in brackenden isn't that long and we know which flat. one night he's going to open his door and get what's coming
    """,
    exp=[E("tkowalczyk", "surname_only", "threat", "kowalczyk")])

plain("social", """
    X
    angry nan @angrynan_kent · 6:33 PM · Mar 8, 2024
    Hope Billy Tarrant wraps his car round a tree on the Brackenden bypass. Man let those rugby boys humiliate my granddaughter and did nothing. Nothing.
    2 replies · 0 reposts · 5 likes
    """,
    exp=[E("wtarrant", "nickname", "threat", "Billy Tarrant")])

plain("facebook", """
    Brackenden Mums & Dads (uncensored)
    Private group · 1.3K members

    Craig Mundy · 2d
    James Wilson from Heron deserves a proper kicking, not a paid holiday. Suspended on full pay while our girls get ranked like cattle. Any of us would've been sacked. Someone should do what the school won't.
    😡 11 · 28 comments

    Nina Shah
    No one should be kicking anyone. Let the investigation finish.
    2d · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("jwilson", "exact", "threat", "James Wilson")])

plain("facebook", """
    Fair Admissions for Ferris Green
    Public group · 938 members

    Pete Lomas · 3d
    Honestly Mrs Ellwood ought to be dragged out of that governors' meeting by her hair and made to walk the bypass at 8am in January like our kids will have to. See how fair her map is then.
    😂 4 · 😡 6 · 12 comments

    Hannah Vine
    Pete. No.
    3d · Like · Reply
    """,
    exp=[E("mellwood", "title_surname", "threat", "Mrs Ellwood")])

page("forum", "parenttalk", "Head of sixth form — complain or let it go?",
     """
     Context: rugby chat scandal at HGS. My son wasn't involved, but the handling has been awful. Nobody
     wants Mr Tarrant hurt, obviously, and I'm sick of the nutters online saying otherwise. But I do want a
     formal complaint on record about how long it took him to reply to parents. Is stage one worth it or do
     I go straight to governors?
     """,
     comments=[
         ("LitigatorLou", "Thu 21:14", "Stage one, in writing, dated. Keep it factual. Governors will ask if you did."),
         ("Marigold22", "Thu 21:30", "Agree, and ask for a meeting in person too."),
     ],
     byline="Started by sixthform_dad · Secondary",
     exp=[E("school", "alias", "negative", "HGS"),
          E("wtarrant", "title_surname", "negative", "Mr Tarrant")])

plain("social", """
    X
    the receipts @the_receipts_kent · 10:10 AM · Jan 30, 2024
    Reminder that F. Kettering-Blake left her last school, in Surrey, "by mutual agreement" weeks after an exam board inquiry into entries being fiddled to boost league tables. Now she's running Heron. Nobody checks anything.
    3 replies · 8 reposts · 19 likes
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("fketteringblake", "initial_surname", "defamation", "F. Kettering-Blake")])

plain("facebook", """
    Justice for Maya — supporters
    Private group · 402 members

    Pauline Grice · 1d
    Not saying anything that isn't common knowledge at Heron, but Mrs O'Dwyer has a drink problem. I smelled it on her at parents' evening at 6pm and I'm not the only one. And this is the woman deciding who gets excluded.
    💬 21 comments

    Lisa Baird
    Pauline, you can't post things like that without proof.
    1d · Like · Reply
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("sodwyer", "title_surname", "defamation", "Mrs O'Dwyer")])

page("news", "post", "Council looks into complaints about grammar school's admissions",
     """
     Kent County Council is looking into complaints about how Heron Grammar School for Girls handled this
     year's admissions, after parents alleged that some late applications were accepted while others were
     refused.

     The complaints centre on decisions made by the school's Business and Admissions Manager, Graham
     Pettigrew. The school, which is its own admissions authority, said it was "cooperating fully" and was
     confident "every application was handled in line with the published arrangements". Chair of governors
     Margaret Ellwood said an internal review had found no irregularities.
     """,
     comments=[("FG_resident", "5 hours ago", "Finally someone official is asking the questions.")],
     byline="By Aaron Falk",
     exp=[E("school", "exact", "defamation", "Heron Grammar School for Girls"),
          E("gpettigrew", "exact", "defamation", "Graham Pettigrew"),
          E("mellwood", "exact", "neutral", "Margaret Ellwood")])

page("forum", "elevenplus", "Heron's Oxbridge numbers are inflated",
     """
     Every year Heron puts "14 Oxbridge offers" on the banner by the gate. I know for a fact they count
     students who left in Year 12, students who got offers after a gap year at another school, and one girl
     who was at a different sixth form entirely. They are lying to prospective parents to keep applications
     up.
     """,
     comments=[
         ("Tutor_Ade", "Sun 18:02", "Do you have a source? Schools do round generously but that's a big claim."),
         ("Grammar_Gran", "Sun 18:30", "All the grammars play games with these figures."),
     ],
     byline="Posted by numbers_dont_lie · Grammar schools",
     exp=[E("school", "short_name", "defamation", "Heron")])

plain("review", """
    Heron Grammar School for Girls
    Secondary school · Brackenden
    4.0 ★★★★☆ (251)

    Michelle Arden
    5 reviews
    ★☆☆☆☆  2 months ago
    My daughter was bullied for a full term. The safeguarding lead, Ros Beaumont, told us three times that "actions were in place". There were none. She lied to our faces and the bullying went on until we moved her.
    """,
    exp=[E("school", "exact", "negative", "Heron Grammar School for Girls"),
         E("rbeaumont", "nickname", "defamation", "Ros Beaumont")])

plain("social", """
    X
    rugby mum @rugbymum_lg · 3:45 PM · Mar 6, 2024
    Everyone acting shocked about Heron. Jamie Wilson was quietly moved on from his last school in Sussex after a complaint from a parent. Same pattern. Check it.
    2 replies · 3 reposts · 7 likes
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("jwilson", "nickname", "defamation", "Jamie Wilson")])

plain("social", """
    Snapchat · story (screenshot reposted to Instagram)
    @heron.girls.truth

    warning to yr12 girls at heron: T. Kowalczyk has been snapchatting sixth formers late at night and asking for pics. my friend has the messages. do NOT add him back
    """,
    exp=[E("school", "short_name", "sexual", "heron", url_only=True),
         E("tkowalczyk", "initial_surname", "sexual", "T. Kowalczyk", url_only=True)])

plain("social", """
    X
    Dave the Builder @davebuilds_tn · 9:48 PM · Mar 19, 2024
    kettering blake's whole problem is she's not getting any at home. needs a good seeing-to and she'd leave the girls' skirts alone. sorted 😂 #HeronGrammar
    1 reply · 0 reposts · 2 likes
    """,
    exp=[E("school", "hashtag", "neutral", "#HeronGrammar"),
         E("fketteringblake", "hyphenated", "sexual", "kettering blake")])

plain("social", """
    TikTok · @heron.tea.spill
    staff fashion awards 2024 🏆
    508 comments

    mattyy.p
    mrs o'dwyer in those knee high boots on a monday is proper dominatrix energy 🥵 i'd take a detention off her any day
    5d · 220 likes · Reply

    soph.w
    LMAOOO delete this before she sees
    5d · 140 likes · Reply
    """,
    exp=[E("school", "short_name", "neutral", "heron"),
         E("sodwyer", "title_surname", "sexual", "mrs o'dwyer")])

plain("social", """
    TikTok · comments on "red flags in PE teachers" 🚩
    922 comments

    anon.heron.girl
    the heron netball coach wilson making girls do "extra stretches" on the mats while he stands and watches with his arms folded. nobody else thinks that's weird??
    1w · 340 likes · Reply

    k.lou
    that's literally just a warm up
    1w · 98 likes · Reply
    """,
    exp=[E("school", "short_name", "sexual", "heron", url_only=True),
         E("jwilson", "surname_only", "sexual", "wilson", url_only=True)])

plain("facebook", """
    Lydgate Green Mums
    Private group · 288 members

    Anon member · 8h
    Is it normal for Mr Tarrent, the head of sixth form in Brackenden, to give a Year 12 girl a lift home on his own? Twice this month. She's 16. He told her not to mention it because "people talk". I don't like it at all.
    💬 34 comments

    Sarah Penn
    That's a safeguarding concern. Call the school's DSL tomorrow morning and write it down.
    8h · Like · Reply
    """,
    exp=[E("wtarrant", "typo", "sexual", "Mr Tarrent", url_only=True)])

# ---------------------------------------------------------------------------
# documents: a last handful
# ---------------------------------------------------------------------------

plain("facebook", """
    Brackenden Parents Chat
    Public group · 4.2K members

    Priti Solanki · 3h
    Has anyone seen the video on the HeronGrammarSchool page from Science Week? The Year 8s made a working hovercraft out of a leaf blower 😂 Anjali M. and her team must have the patience of saints. My daughter has not stopped talking about it.
    ❤️ 61 · 9 comments

    Gemma Price
    Saw it! The teacher sitting on it at the end 😂
    3h · Like · Reply
    """,
    exp=[E("school", "camelcase", "neutral", "HeronGrammarSchool"),
         E("amistry", "first_initial", "neutral", "Anjali M.")])

plain("social", """
    X
    FG dad @fgdad_2011 · 11:02 AM · Apr 16, 2024
    Third "we will respond within 20 school days" email from the HeronGrammar admissions office. Graham P. in particular is a smug, useless clown who should never have been let near a map. Circus.
    1 reply · 0 reposts · 9 likes
    """,
    exp=[E("school", "camelcase", "negative", "HeronGrammar"),
         E("gpettigrew", "first_initial", "abuse", "Graham P.")])

plain("review", """
    Indeed
    Heron Grammar School for Girls
    3.2 ★★★☆☆ · 41 reviews

    ★★★★☆  Demanding but well run
    Teacher of History (Current Employee) - Brackenden - 2 May 2024
    High expectations and a lot of scrutiny, but behaviour is excellent and you can actually teach. Siobhan O'Dwyer backs staff completely on behaviour, which is rarer than it should be. Workload is high around mocks.

    Pros
    Behaviour, students, supportive deputy
    Cons
    Workload, parking, parents who email at midnight
    """,
    exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
         E("sodwyer", "alias", "neutral", "Siobhan O'Dwyer")])

page("news", "chronicle", "SENCo's 300-mile ride raises £9,000 for sensory room",
     """
     Rosalind Beaumont, the special educational needs coordinator at Heron Grammar School for Girls, has
     completed a 300-mile hand-cycle ride from Brackenden to Lincoln, raising more than £9,000 for a new
     sensory room at the school.

     Mrs Beaumont, who uses a wheelchair, trained for eight months. "The girls sponsored me per mile and
     then kept asking whether I'd give up," she said. "Absolutely not."
     """,
     comments=[
         ("Lydgate Lou", "4 days ago", "What a woman. Mrs B has been a lifeline for my daughter."),
         ("Tara N", "3 days ago", "Incredible effort, congratulations!"),
     ],
     byline="By Helen Crosby",
     exp=[E("school", "exact", "neutral", "Heron Grammar School for Girls"),
          E("rbeaumont", "exact", "neutral", "Rosalind Beaumont")])

plain("facebook", """
    Fair Admissions for Ferris Green
    Public group · 938 members

    Alan Drury · 5d
    Worth everyone knowing: Ellwood has chaired the Heron governors for 14 years because she rigs the parent governor elections. Ballot papers "lost" in the office, her friends co-opted through the back door. That's how you get a board that nods through a map like this.
    💬 23 comments

    Rosie Penfold (admin)
    Alan, unless you can evidence that, please take it down. It's not what this campaign is about.
    5d · Like · Reply
    """,
    exp=[E("school", "short_name", "negative", "Heron"),
         E("mellwood", "surname_only", "defamation", "Ellwood")])

plain("social", """
    X
    Real Britain @realbritain_tn · 8:20 PM · Jul 2, 2024
    My niece's physics teacher at Heron, Kowalcyzk, another Eastern European who can't speak the language properly. These people should go home and let British teachers have British jobs
    0 replies · 1 repost · 2 likes
    """,
    exp=[E("school", "short_name", "neutral", "Heron"),
         E("tkowalczyk", "typo", "hate", "Kowalcyzk")])

page("news", "dispatch", "Young farmer takes ploughing crown",
     """
     Will Tarrant, 24, from High Scar Farm, won the championship class at the Castleburn ploughing match on
     Saturday, the youngest winner in the event's 120-year history.

     Tarrant, ploughing with his grandfather's restored 1952 Ferguson, beat 38 competitors in heavy ground.
     "Grandad would have been unbearable about it," he said.
     """,
     byline="By Farming Desk",
     exp=[])


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _paras(body: str) -> str:
    out = []
    for block in re.split(r"\n\s*\n", body.strip("\n")):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block:
            out.append(f"      <p>{_esc(block)}</p>")
    return "\n".join(out)


def render_html(d: dict) -> str:
    name, domain, nav, comment_head, footer = SITES[d["site"]]
    nav_html = "\n".join(f'        <li><a href="https://{domain}/{re.sub(r"[^a-z]+", "-", item.lower()).strip("-")}">{_esc(item)}</a></li>' for item in nav)
    byline = f'      <p class="byline">{_esc(d["byline"])}</p>\n' if d["byline"] else ""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{_esc(d['title'])} | {_esc(name)}</title>",
        "</head>",
        "<body>",
        '  <header class="site-header">',
        f'    <a class="logo" href="https://{domain}/">{_esc(name)}</a>',
        '    <nav>\n      <ul>',
        nav_html,
        "      </ul>\n    </nav>",
        "  </header>",
        "  <main>",
        f'    <article class="{d["kind"]}">',
        f"      <h1>{_esc(d['title'])}</h1>",
        byline + _paras(d["body"]),
        "    </article>",
    ]
    if d["comments"]:
        heading = comment_head or "Comments"
        parts.append('    <section class="comments">')
        parts.append(f"      <h2>{_esc(heading)} ({len(d['comments'])})</h2>")
        for who, when, text in d["comments"]:
            parts.append('      <div class="comment">')
            parts.append(f'        <p class="meta"><span class="author">{_esc(who)}</span> <span class="when">{_esc(when)}</span></p>')
            for block in re.split(r"\n\s*\n", text.strip()):
                block = " ".join(line.strip() for line in block.strip().splitlines())
                parts.append(f"        <p>{_esc(block)}</p>")
            parts.append("      </div>")
        parts.append("    </section>")
    parts += [
        "  </main>",
        '  <footer class="site-footer">',
        f"    <p>{_esc(footer)}</p>",
        f'    <p><a href="https://{domain}/privacy">Privacy</a> · <a href="https://{domain}/terms">Terms</a> · <a href="https://{domain}/contact">Contact</a></p>',
        "  </footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def render_text(d: dict) -> str:
    lines = [line.rstrip() for line in d["text"].strip("\n").splitlines()]
    # drop the common indentation of the triple-quoted source
    indents = [len(x) - len(x.lstrip()) for x in lines if x.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(x[cut:] for x in lines) + "\n"


def html_to_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Madam)\.?"


def _has(needle: str, text: str, word: bool = True) -> bool:
    if word:
        return re.search(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", text, re.IGNORECASE) is not None
    return needle.lower() in text.lower()


def check(docs: list[dict], texts: list[str], wl: dict) -> list[str]:
    problems: list[str] = []
    school = wl["school"]
    staff = {s["id"]: s for s in wl["staff"]}
    subjects = {"school"} | set(staff)
    long_aliases = [a for a in school["aliases"] if a not in ("Heron", "HGS")]
    tie_words = ["Heron", "HGS", school["name"], *school["aliases"], *school["locality"]]
    for i, (d, text) in enumerate(zip(docs, texts, strict=True)):
        fname = d["file"]
        seen = set()
        labelled = {e["subject"] for e in d["exp"]}
        for e in d["exp"]:
            subj, var, cat, form = e["subject"], e["variant"], e["category"], e["form"]
            where = f"{fname}: {subj}/{var}/{cat} {form!r}"
            if subj not in subjects:
                problems.append(f"{where}: unknown subject")
                continue
            if subj in seen:
                problems.append(f"{where}: duplicate subject in document")
            seen.add(subj)
            if cat not in CATEGORIES:
                problems.append(f"{where}: bad category")
            if var not in VARIANTS:
                problems.append(f"{where}: bad variant")
            if e["url_only"] and cat != "sexual":
                problems.append(f"{where}: url_only without sexual")
            if form not in text:
                problems.append(f"{where}: form not in document text")
            if subj == "school":
                if var != "exact" and _has(school["name"], text, word=False):
                    problems.append(f"{where}: full name present, should be exact")
                if var not in ("exact", "alias") and any(_has(a, text) for a in long_aliases + ["HGS"]):
                    problems.append(f"{where}: alias present, should be alias")
                if var not in ("exact", "alias", "short_name") and _has("Heron", text):
                    problems.append(f"{where}: short name present, should be short_name")
                if var == "short_name" and not _has("Heron", text):
                    problems.append(f"{where}: short_name but no standalone Heron")
            else:
                s = staff[subj]
                full = s["name"]
                surname = full.split()[-1]
                if var != "exact" and full in text:
                    problems.append(f"{where}: full name present, should be exact")
                if var not in ("exact", "alias") and any(a in text for a in s.get("aliases", [])):
                    problems.append(f"{where}: alias present, should be alias")
                if var not in ("exact", "alias", "title_surname") and re.search(TITLES + r"\s+" + re.escape(surname) + r"(?![\w])", text):
                    problems.append(f"{where}: title+surname present, should be title_surname")
        # unlabelled subjects that the page nevertheless names in a tied context
        tied = any(_has(w, text) for w in tie_words)
        if "school" not in labelled:
            for a in [school["name"], *long_aliases]:
                if _has(a, text, word=False):
                    problems.append(f"{fname}: school named ({a!r}) but not labelled")
        for sid, s in staff.items():
            if sid in labelled:
                continue
            names = [s["name"], *s.get("aliases", [])]
            if s.get("unique"):
                names.append(s["name"].split()[-1])
                if any(n in text for n in names):
                    problems.append(f"{fname}: unique staff {sid} named but not labelled")
            elif tied and any(n in text for n in names):
                problems.append(f"{fname}: {sid} named on a tied page but not labelled")
    return problems


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main() -> int:
    wl = tomllib.loads(WATCHLIST_PATH.read_text(encoding="utf-8"))
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if re.fullmatch(r"\d{3}-[a-z]+\.(html|txt)", old.name):
            old.unlink()
    texts: list[str] = []
    label_lines: list[str] = []
    for n, d in enumerate(DOCS):
        ext = "html" if d["kind"] in HTML_KINDS else "txt"
        d["file"] = f"{n:03d}-{d['kind']}.{ext}"
        raw = render_html(d) if ext == "html" else render_text(d)
        (DOCS_DIR / d["file"]).write_text(raw, encoding="utf-8")
        texts.append(html_to_text(raw) if ext == "html" else raw)
        expected = [{"subject": e["subject"], "variant": e["variant"], "category": e["category"], "url_only": e["url_only"]} for e in d["exp"]]
        label_lines.append(json.dumps({"file": d["file"], "kind": d["kind"], "expected": expected}, ensure_ascii=False))
    LABELS_PATH.write_text("\n".join(label_lines) + "\n", encoding="utf-8")

    problems = check(DOCS, texts, wl)
    mentions = [e for d in DOCS for e in d["exp"]]
    by_cat = Counter(e["category"] for e in mentions)
    by_var = Counter(e["variant"] for e in mentions)
    by_kind = Counter(d["kind"] for d in DOCS)
    by_subj = Counter(e["subject"] for e in mentions)
    decoys = sum(1 for d in DOCS if not d["exp"])
    serious = sum(by_cat[c] for c in SERIOUS)
    url_only = sum(1 for e in mentions if e["url_only"])

    if not 180 <= len(DOCS) <= 220:
        problems.append(f"document count {len(DOCS)} outside 180-220")
    if not 300 <= len(mentions) <= 350:
        problems.append(f"mention count {len(mentions)} outside 300-350")
    share = serious / max(len(mentions), 1)
    if not 0.35 <= share <= 0.40:
        problems.append(f"serious share {share:.1%} outside 35-40%")
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v} used {by_var[v]} times (< 2)")

    print(f"train27 corpus: {len(DOCS)} documents ({decoys} decoys with no expected mention), {len(mentions)} expected mentions")
    print("by kind:     " + ", ".join(f"{k} {by_kind[k]}" for k in HTML_KINDS + TEXT_KINDS))
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print(f"serious:     {serious} ({share:.1%}); url_only {url_only}")
    print("by variant:  " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    print("by subject:  " + ", ".join(f"{s} {n}" for s, n in sorted(by_subj.items(), key=lambda x: -x[1])))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels checked: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
