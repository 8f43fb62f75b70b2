"""Name variants and the indexes that find them: built once per watchlist.

Part of the match stage. ``NameIndex(watchlist)`` turns the school's name and aliases and each
staff member's name and aliases into the forms people write (title + surname, initial +
surname, first name + initial, nicknames from the ``nicknames`` data set, hyphenated and
double-barrelled surnames, run-together hashtags and handles) and indexes them by *anchor
token* (a folded word that must appear in the text for any variant to be possible), so a scan
only looks at the few places where an anchor occurs, whatever the number of watched names.
Typos are found through a deletion index (SymSpell style) and confirmed with rapidfuzz.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nicknames import NickNamer
from rapidfuzz.distance import OSA

from repwatch.config import Watchlist
from repwatch.matching.normalise import fold, words

TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "sir",
        "prof",
        "mister",
        "missus",
        "madam",
        "dame",
        "rev",
        "coach",
        "sr",
        "fr",
        "revd",
        "reverend",
        "professor",
        # as staff's own communities address them: Polish, Romanian, German, French,
        # Spanish, Italian, Arabic ("Pani Wróblewska", "Doamna Popescu", "Ustadha Warsame")
        "pani",
        "doamna",
        "domnul",
        "frau",
        "herr",
        "madame",
        "monsieur",
        "mme",
        "senora",
        "senor",
        "signora",
        "ustaz",
        "ustadh",
        "ustadha",
        "ustaza",
    }
)
# Honorifics written after a surname, as South Asian and Turkish English has it ("Ahmed sir",
# "Mistry madam", "Yıldız hoca").
TITLES_AFTER = frozenset({"sir", "madam", "maam", "hoca", "hocam"})
# Words too common to be a school's short form after "the" ("the Park", "the Hill").
PLACE_WORDS = frozenset(
    [
        "park",
        "hill",
        "hills",
        "green",
        "road",
        "lane",
        "street",
        "way",
        "view",
        "side",
        "gate",
        "gates",
        "gardens",
        "field",
        "fields",
        "wood",
        "woods",
        "water",
        "bridge",
        "cross",
        "end",
        "top",
        "town",
        "city",
        "valley",
        "farm",
        "court",
        "place",
        "square",
    ]
)
ANCHOR_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir"})
# Titles that say whether the person is a man or a woman ("Mrs Ashdown" is not Robert).
TITLE_GENDER = {
    "mr": "male",
    "mister": "male",
    "sir": "male",
    "mrs": "female",
    "missus": "female",
    "miss": "female",
    "ms": "female",
    "madam": "female",
    "dame": "female",
    "pani": "female",
    "doamna": "female",
    "domnul": "male",
    "frau": "female",
    "herr": "male",
    "madame": "female",
    "monsieur": "male",
    "mme": "female",
    "senora": "female",
    "senor": "male",
    "signora": "female",
    "ustadha": "female",
    "ustaza": "female",
}


@lru_cache(maxsize=1)
def _gender_detector() -> Any:
    import gender_guesser.detector  # type: ignore[import-untyped]  # a name list, loaded once

    return gender_guesser.detector.Detector(case_sensitive=False)


# How common a word must be (wordfreq's Zipf scale: 3 is once per million words) for the
# school's one-word name to be read as the everyday word it also is ("Harbour", "Harvest").
EVERYDAY_ZIPF = 3.0


@lru_cache(maxsize=512)
def _zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's small list, loaded once and only when a
    page needs it; Zipf scale: 3 is once per million words, 0 not in the list)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="small"))


def everyday_word(word: str) -> bool:
    """Is ``word`` a common English word ("harbour", "harvest", "trinity"), not a coined
    place name ("kelbarrow", "ravensmoor") or an acronym? (Asked only when a page writes the
    school's one-word name after "the".)"""
    return _zipf(word) >= EVERYDAY_ZIPF


def known_word(word: str) -> bool:
    """Is ``word`` in the list at all (used at least about once per million words: "davis",
    "jonas", "smyth"), so a real word or name, not a misspelling?"""
    return _zipf(word) > 0


# Names gender-guesser calls male that British schools give to anyone ("Alex" for Alexandra,
# "Jess" for Jessica, "Jean" for a woman): no title can be ruled out for them.
SHARED_FIRST_NAMES = frozenset(
    {"alex", "jordan", "jesse", "toni", "nicky", "ali", "danni", "jess", "jean", "sasha"}
)


@lru_cache(maxsize=4096)
def first_name_gender(first: str) -> str | None:
    """ "male" or "female" when a first name is almost always one (gender-guesser's name
    lists: "Robert", "Katherine"); None when it is shared or unknown ("Sam", "Kit", "Siân",
    "Alex")."""
    if not first or first.split()[0].lower() in SHARED_FIRST_NAMES:
        return None
    got = _gender_detector().get_gender(first.split()[0])
    return got if got in ("male", "female") else None


# Departments of a school, as its accounts and hashtags append them to its short name (not
# "library", "music", "drama", "history" or "parents": a town has those too).
SCHOOL_DEPTS = (
    "pe",
    "maths",
    "science",
    "english",
    "geography",
    "pta",
    "ptfa",
    "sixthform",
    "mfl",
    "computing",
    "senco",
)
# Words in a school's name that say what it is, not which one it is.
# How a school name's generic words are cut short in posts and listings.
GENERIC_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "centre": ("ctr", "cntr", "cen"),
    "center": ("ctr", "cntr"),
    "academy": ("acad", "acdmy"),
    "college": ("coll", "clg"),
    "school": ("sch", "schl"),
    "primary": ("prim",),
    "community": ("comm", "cmty"),
    "secondary": ("sec",),
    "junior": ("jnr", "jr"),
    "infant": ("inf",),
    "infants": ("inf",),
}
GENERIC = frozenset(
    {
        "the",
        "school",
        "centre",
        "center",
        "academy",
        "college",
        "primary",
        "secondary",
        "high",
        "grammar",
        "of",
        "and",
        "st",
        "saint",
        "church",
        "community",
        "junior",
        "infant",
        "infants",
        "nursery",
        "free",
        "trust",
        "c",
        "e",
        "ce",
        "rc",
        "catholic",
        "upper",
        "lower",
        "middle",
        "for",
        "international",
        "sixth",
        "form",
        "prep",
        "preparatory",
        "house",
        # Abbreviated types: "Thornbury Vale CC" (community college), "… VC/VA" (voluntary
        # controlled/aided), "… HS" (high school).
        "cc",
        "hs",
        "vc",
        "va",
        "comprehensive",
        "comp",
        # a university technical college ("Ironstone University Technical College" is
        # "Ironstone" to its pupils, as "Keelhaven Academy" is "Keelhaven")
        "university",
        "technical",
        # Welsh schools put the type first: "Ysgol Gyfun Cwm Derwen" (comprehensive school),
        # "Ysgol Gynradd …" (primary), "Ysgol Uwchradd …" (secondary), "Ysgol Gymraeg …".
        "ysgol",
        "gyfun",
        "gynradd",
        "uwchradd",
        "gymraeg",
        "babanod",
        "iau",
    }
)
SURNAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "le",
        "la",
        "du",
        "del",
        "della",
        # Filipino and Iberian ("Rowena Dela Cruz", "dos Santos", "das Neves")
        "dela",
        "delos",
        "dos",
        "das",
        "ter",
        "ten",
        "st",
        "mac",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        # Irish surnames: a woman's "Ní"/"Nic", "Ó", "Uí", "Mhic" ("Nuala Ní Ghallchóir",
        # "Pádraig Ó Catháin"), not a middle name
        "ní",
        "ni",
        "nic",
        "ó",
        "uí",
        "mhic",
        # Welsh patronymics ("Gwion ap Hywel", "Rhys ab Owen", "Nia ferch Ifan")
        "ap",
        "ab",
        "ferch",
        "verch",
    }
)


# Familiar forms the ``nicknames`` data set (English given names) lacks, for names common
# in British schools: Polish diminutives, and forms that are British rather than American.
MORE_NICKNAMES: dict[str, frozenset[str]] = {
    "katarzyna": frozenset({"kasia", "kasha", "kaska"}),
    "malgorzata": frozenset({"gosia", "małgosia"}),
    "agnieszka": frozenset({"aga", "agusia"}),
    "aleksandra": frozenset({"ola"}),
    "magdalena": frozenset({"magda"}),
    "joanna": frozenset({"asia"}),
    "wojciech": frozenset({"wojtek"}),
    "krzysztof": frozenset({"krzys"}),
    "rebecca": frozenset({"bex"}),
    "rebekah": frozenset({"bex"}),
    "denise": frozenset({"dee"}),
    "deirdre": frozenset({"dee"}),
    # Scots and Irish forms, and the anglicised spellings of Irish names that people write
    "robert": frozenset({"rab", "rabbie", "robbie"}),
    "padraig": frozenset({"paddy", "padraic", "pat", "patrick"}),
    "patrick": frozenset({"packie", "padraig"}),
    "sean": frozenset({"shaun", "seanie"}),
    "ciaran": frozenset({"kieran"}),
    "caoimhe": frozenset({"keeva", "keva"}),
    "niamh": frozenset({"neve", "neeve"}),
    "siobhan": frozenset({"shivaun", "shiv"}),
    "aoife": frozenset({"eefa"}),
    "sinead": frozenset({"shinead"}),
    "eoin": frozenset({"owen"}),
    # Welsh forms
    "dafydd": frozenset({"dai", "dafs", "daf", "dave", "david"}),
    "david": frozenset({"dai", "dafydd"}),
    "gwilym": frozenset({"gwil", "bill"}),
    "rhiannon": frozenset({"rhi"}),
    "gareth": frozenset({"gaz", "gar"}),
    "ieuan": frozenset({"ifan", "ianto"}),
    "iwan": frozenset({"ianto"}),
    "sian": frozenset({"shan"}),
}


# Words too common to be worth a look as a nickname alone ("the" of Theodore, "will" of
# William): a page has dozens of them. With a surname they still count ("Will Baker").
_COMMON_WORDS = (
    "the and all will day for not but can may one our out any are was has had her his "
    "him its who how now new old see way get got let put say too use did don man men far "
    "art max min log pre val nan dest char mon oct dec jan mar apr jun jul aug sep nov "
    "sun sat wed thu fri mat pat sue rob bill mark jack"
)
NOT_NICKNAMES = frozenset(_COMMON_WORDS.split())


# First names cut short that are everyday English words ("Must" of Mustafa, "Call" of
# Callum): nobody shortens a name so, and each is on every page. Picked by hand from the
# cut-short forms of 4,659 first names that are frequent English words (wordfreq Zipf >= 4.3,
# looked up once, offline), leaving the ones that are names too ("Del", "Rich", "Tom").
_CLIP_WORDS = (
    "you just more she made many same part must lot god care case hard call came job yes law "
    "war car per ago mind win hit past son song cost land died wish park sent save step dog "
    "hell kill met die sea deep lol dark wall beat gas jobs gun fear fit bar fan luck gay trip "
    "cars male mass nine ran heat fat lie cent push bag bet till cat nor van dear net wake aid "
    "mad arm bay core lies rain vice era milk mode row cry mile chat diet ban mate hat aim cap "
    "fed tie gang rid hunt rush egg hip fort math pet sand lab dust tho vol bro pan pen sin "
    "ward poll wolf ate sum gen edit"
)
COMMON_CLIP_WORDS = frozenset(_CLIP_WORDS.split())


def clipped(first: str) -> frozenset[str]:
    """The first name cut short, as people shorten any name ("Del" for Delroy, "Abdi" for
    Abdirahman): its first three or four letters, of a name of five or more; and made a
    diminutive ("Janey" of Jane, "Tommy" of Tom), unless that is an everyday word
    (:data:`COMMON_CLIP_WORDS`). Like a cut-short name, a diminutive counts only with the
    surname or a role."""
    forms = {first[:3], first[:4]} if len(first) >= 5 else set()
    forms |= diminutives(first)
    return frozenset(forms) - {first} - COMMON_CLIP_WORDS - NOT_NICKNAMES


def diminutives(first: str) -> set[str]:
    """ "Janie", "Janey" of Jane; "Tommy", "Tommie" of Tom; "Ashy" of Ash: as friends write a
    first name, whatever the nickname lists say."""
    if not 3 <= len(first) <= 5 or not first.isalpha() or first[-1] in "iy":
        return set()
    if first[-1] == "e":
        stem = first[:-1]
        return {stem + "ie", stem + "ey", stem + "y"}
    if first[-1] in "aou":
        return set()
    if len(first) <= 4 and first[-2] in "aeiou" and first[-1] not in "wxh":
        return {first + first[-1] + "y", first + first[-1] + "ie"}  # "Tommy", "Benny"
    return {first + "ie", first + "y"}


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


def typo_budget(word: str) -> int:
    """Edit distance a token of this length can bear without matching ordinary words."""
    n = len(word)
    if n >= 8:
        return 2
    if n >= 5:
        return 1
    return 0


def deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1 :])
        out |= nxt
        frontier = nxt
    return out


@dataclass(frozen=True)
class PersonForm:
    """One way a staff member is named: "Jane Smith" or the alias "Jane Smyth-Jones"."""

    subject: str
    display: str
    first: str  # folded first name ("" for single-word aliases)
    surname: tuple[str, ...]  # folded surname words ("smyth", "jones")
    nicknames: frozenset[str]
    is_alias: bool
    clips: frozenset[str] = frozenset()  # "del" for Delroy: only with the surname or a role
    middle: tuple[str, ...] = ()  # folded middle names ("ann" of Mary Ann Smith)


@dataclass(frozen=True)
class SchoolForm:
    display: str
    tokens: tuple[str, ...]
    is_alias: bool


@dataclass
class NameIndex:
    """Every anchor word and the forms it may start or end."""

    school_name: str
    school_forms: list[SchoolForm] = field(default_factory=list)
    school_by_first: dict[str, list[SchoolForm]] = field(default_factory=dict)
    school_short: set[str] = field(default_factory=set)  # "springfield"
    school_area_head: set[str] = field(default_factory=set)  # "fallowmead" (Vale Academy)
    # A short name of several words is anchored on its first: "holloway" → (("park",),).
    # "Park" alone names nothing.
    school_short_tail: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    school_generic_tail: set[str] = field(default_factory=set)  # "centre", "center"
    school_the_last: set[str] = field(default_factory=set)  # "grange": "the Grange"
    locality: list[tuple[str, ...]] = field(default_factory=list)
    by_surname_last: dict[str, list[PersonForm]] = field(default_factory=dict)
    by_first: dict[str, list[PersonForm]] = field(default_factory=dict)
    by_nick: dict[str, list[PersonForm]] = field(default_factory=dict)
    by_clip: dict[str, list[PersonForm]] = field(default_factory=dict)
    nick_anchors: frozenset[str] = frozenset()  # "del", "kasia": windows only when capitalised
    concat: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    typo_surname: dict[str, set[str]] = field(default_factory=dict)  # deletion → surname words
    typo_school: dict[str, set[str]] = field(default_factory=dict)
    anchors: frozenset[str] = frozenset()
    staff_unique: dict[str, bool] = field(default_factory=dict)
    staff_display: dict[str, str] = field(default_factory=dict)
    staff_role: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, w: Watchlist) -> NameIndex:
        idx = cls(school_name=w.school.name)
        school_by_first: dict[str, list[SchoolForm]] = defaultdict(list)
        concat: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        bare: set[str] = set()
        for n, name in enumerate((w.school.name, *w.school.aliases)):
            toks = tuple(words(name))
            if not toks:
                continue
            # A leading "the" is optional when people write the name; match without it.
            stripped = toks[1:] if toks[0] == "the" and len(toks) > 1 else toks
            # ... and with a generic word cut short as people do ("Springfield Ctr",
            # "Holloway Park Acad"): one word at a time.
            abbreviated = {
                stripped[:i] + (short,) + stripped[i + 1 :]
                for i, t in enumerate(stripped)
                if i > 0
                for short in GENERIC_ABBREVIATIONS.get(t, ())
            }
            for form_toks in {stripped, *abbreviated}:
                form = SchoolForm(name, form_toks, n > 0 or form_toks != stripped)
                idx.school_forms.append(form)
                school_by_first[form_toks[0]].append(form)
            concat["".join(stripped)].append(("school", "exact" if n == 0 else "alias", name))
            core = [t for t in stripped if t not in GENERIC]
            rest = [t for t in stripped if t in GENERIC]
            if core and len(rest) >= 2 and stripped[: len(core)] == tuple(core):
                # "@SallowfieldPS": the short name and the initials of what follows it
                concat["".join(core) + "".join(t[0] for t in rest)].append(
                    ("school", "alias", " ".join(core).title())
                )
            if len(core) > 1 and " ".join(core) in " ".join(stripped):
                # "Holloway Park Academy": the short name is "Holloway Park", not each word.
                idx.school_short.add(core[0])
                # Several names may share a first word ("Thornbury Vale College", "Thornbury
                # Vale CC"): keep every tail, longest first, so each is matched whole.
                tails = {*idx.school_short_tail.get(core[0], ()), tuple(core[1:])}
                idx.school_short_tail[core[0]] = tuple(sorted(tails, key=len, reverse=True))
                # ... and run together it is a handle or hashtag ("@HollowayParkAcad").
                concat["".join(core)].append(("school", "alias", " ".join(core).title()))
            if len(core) > 1 and len(core[-1]) >= 4 and core[-1] not in PLACE_WORDS:
                # "Ashcombe Grange Academy" is "the Grange" to its town.
                idx.school_the_last.add(core[-1])
            for t in stripped:
                if t not in GENERIC and len(t) >= 4 and len(core) == 1:
                    idx.school_short.add(t)
                    bare.add(t)
                elif t in GENERIC and t != "the":
                    idx.school_generic_tail.add(t)
        # The short name run together with a department of the school ("#LenbrookPE",
        # "@KingsmeadMusic"): no club or place is written so.
        for t in bare:
            for dept in SCHOOL_DEPTS:
                concat[t + dept].append(
                    (
                        "school",
                        "alias",
                        f"{t.title()} {dept.upper() if len(dept) <= 3 else dept.title()}",
                    )
                )
        # The area's name at the head of the school's ("Fallowmead Vale Academy" in
        # Fallowmead) is what its parents call it: "anyone else at Fallowmead?". The matcher
        # counts such a name only with what only a school has next to it.
        area_words = {"".join(words(loc)) for loc in w.school.locality}
        idx.school_area_head = area_words & idx.school_short_tail.keys()
        bare |= idx.school_area_head
        # A word that is a short name on its own ("Sallowfield Primary School") stays one
        # when an alias adds to it ("Sallowfield J&I").
        for t in bare & idx.school_short_tail.keys():
            idx.school_short_tail[t] = (*idx.school_short_tail[t], ())
        idx.school_by_first = dict(school_by_first)
        idx.locality = [tuple(words(loc)) for loc in w.school.locality if words(loc)]

        by_last: dict[str, list[PersonForm]] = defaultdict(list)
        by_first: dict[str, list[PersonForm]] = defaultdict(list)
        by_nick: dict[str, list[PersonForm]] = defaultdict(list)
        by_clip: dict[str, list[PersonForm]] = defaultdict(list)
        typo_surname: dict[str, set[str]] = defaultdict(set)
        nn = _nicknamer()
        for s in w.staff:
            idx.staff_unique[s.id] = s.unique
            idx.staff_display[s.id] = s.name
            idx.staff_role[s.id] = s.role
            for n, name in enumerate((s.name, *s.aliases)):
                pform = _person_form(s.id, name, n > 0, nn)
                if pform is None:
                    # A one-word alias (a username): match it whole, as written or as a handle.
                    key = "".join(words(name))
                    if len(key) >= 4:
                        concat[key].append((s.id, "alias", name))
                    continue
                by_last[pform.surname[-1]].append(pform)
                if pform.first:
                    by_first[pform.first].append(pform)
                    for nick in pform.nicknames:
                        by_nick[nick].append(pform)
                    for clip in pform.clips:
                        by_clip[clip].append(pform)
                sur = "".join(pform.surname)
                kind = "alias" if pform.is_alias else "exact"
                if pform.first:
                    concat[pform.first + sur].append((s.id, kind, name))
                    for title in ("mr", "mrs", "miss", "dr", "coach", "rev"):  # CoachImranKhan
                        concat[title + pform.first + sur].append((s.id, kind, name))
                    if len(sur) >= 4:  # "jsmith", not "mod" (M. O'D) or "ali" (A. Li)
                        concat[pform.first[0] + sur].append((s.id, "initial_surname", name))
                    for nick in pform.nicknames:
                        concat[nick + sur].append((s.id, "nickname", name))
                for title in ("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "coach", "rev", "revd"):
                    concat[title + sur].append((s.id, "title_surname", name))
                if len(pform.surname) > 1 and len(sur) >= 7:
                    # A double-barrelled surname run together ("AshdownPryce the gutless
                    # bully", "@OgilvieBain"): coined, so theirs.
                    concat[sur].append((s.id, "joined", name))
                for word in pform.surname:
                    budget = typo_budget(word)
                    if budget:
                        for d in deletes(word, budget):
                            typo_surname[d].add(word)
        idx.by_surname_last = dict(by_last)
        idx.by_first = dict(by_first)
        idx.by_nick = dict(by_nick)
        idx.by_clip = dict(by_clip)
        idx.concat = {k: v for k, v in concat.items() if v}
        idx.typo_surname = dict(typo_surname)
        typo_school: dict[str, set[str]] = defaultdict(set)
        for word in idx.school_short:
            for d in deletes(word, typo_budget(word)):
                typo_school[d].add(word)
        idx.typo_school = dict(typo_school)

        anchors: set[str] = set(idx.concat) | set(idx.school_by_first) | idx.school_short
        anchors |= idx.school_generic_tail | idx.school_the_last
        anchors |= {t for loc in idx.locality for t in loc[:1]}
        for forms in by_last.values():
            for f in forms:
                anchors.add(f.surname[-1])  # variants are matched from the surname's end
                if f.first:
                    anchors.add(f.first)
        anchors |= ANCHOR_TITLES
        # nicknames and cut-short first names, for the frames they name someone alone in
        idx.nick_anchors = (
            frozenset(k for k in (*by_nick, *by_clip) if len(k) >= 3) - anchors - NOT_NICKNAMES
        )
        idx.anchors = frozenset(anchors)
        return idx

    def typo_surnames(self, token: str) -> set[str]:
        """Surname words within their typo budget of ``token`` (never ``token`` itself)."""
        if len(token) < 4:
            return set()
        found: set[str] = set()
        for d in deletes(token, 1 if len(token) < 8 else 2):
            found |= self.typo_surname.get(d, set())
        # a name misspelt keeps its first letter: "Owen" is another name, not "Bowen" misspelt
        return {
            w
            for w in found
            if w != token and w[0] == token[0] and OSA.distance(token, w) <= typo_budget(w)
        }

    def typo_school_word(self, token: str) -> str | None:
        if len(token) < 5:
            return None
        for d in deletes(token, 1 if len(token) < 8 else 2):
            for w in self.typo_school.get(d, ()):
                if w != token and OSA.distance(token, w) <= typo_budget(w):
                    return w
        return None


def _person_form(subject: str, name: str, is_alias: bool, nn: NickNamer) -> PersonForm | None:
    parts = name.split()
    if len(parts) < 2:
        return None
    # Surname: the last word, with any lower-case particles before it ("van der Berg").
    k = len(parts) - 1
    while k > 1 and parts[k - 1].lower() in SURNAME_PARTICLES:
        k -= 1
    surname = tuple(t for p in parts[k:] for t in words(p))
    first_words = words(parts[0])
    if not surname or not first_words:
        return None
    first = first_words[0]
    nicks = (nn.nicknames_of(first) | nn.canonicals_of(first)) - {first}
    nicks = {fold(n) for n in (*nicks, *MORE_NICKNAMES.get(first, ())) if len(n) >= 2}
    nicks = {n for n in nicks if n.isalpha()}
    middle = tuple(t for p in parts[1:k] for t in words(p))
    return PersonForm(
        subject, name, first, surname, frozenset(nicks), is_alias, clipped(first) - nicks, middle
    )
