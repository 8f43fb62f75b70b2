"""Text normalisation for matching: a folded "shadow" of the page text with a map back.

Sits at the start of the match stage: ``Matcher.scan`` normalises the extracted page text once,
finds names in the shadow, and maps every span back so findings index the *original* text.

The shadow is lower-case ASCII-ish text in which accents are stripped, Cyrillic/Greek
lookalikes become Latin letters, curly quotes and dashes become ASCII, and zero-width
characters and soft hyphens vanish. Most characters map one-to-one, so the map back is a short
list of segments, only as long as the number of characters whose length changed. Leetspeak,
letter spacing and punctuation inside words are *not* undone here (a global rewrite would
corrupt ordinary digits and punctuation); :func:`leet_forms` and the matcher's window
tokeniser undo them where a name is plausible.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

# Lookalikes that NFKD does not fold (they are letters of other scripts, not accented Latin).
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ԁ": "d",
    "һ": "h",
    "ӏ": "l",
    "ԛ": "q",
    "ԝ": "w",
    "ɡ": "g",
    "А": "a",
    "В": "b",
    "Е": "e",
    "К": "k",
    "М": "m",
    "Н": "h",
    "О": "o",
    "Р": "p",
    "С": "c",
    "Т": "t",
    "У": "y",
    "Х": "x",
    "Ѕ": "s",
    "І": "i",
    "Ј": "j",
    "Ԁ": "d",
    "Һ": "h",
    "Ӏ": "l",
    # Greek
    "α": "a",
    "β": "b",
    "ε": "e",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "γ": "y",
    "η": "n",
    "ω": "w",
    "Α": "a",
    "Β": "b",
    "Ε": "e",
    "Ζ": "z",
    "Η": "h",
    "Ι": "i",
    "Κ": "k",
    "Μ": "m",
    "Ν": "n",
    "Ο": "o",
    "Ρ": "p",
    "Τ": "t",
    "Υ": "y",
    "Χ": "x",
    # Latin lookalikes outside NFKD's reach
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ħ": "h",
    "ŀ": "l",
    "ſ": "s",
}
INVISIBLE = frozenset(
    "\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063"
    "\u2064\ufeff"
)
PUNCT: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2022": "*",
    "\u00b7": ".",
    "\u2027": ".",
    "\u2026": ".",
    # A soft hyphen stands where a hyphen may break the word: in "Lloyd\u00adDavies" it is
    # the double-barrel's hyphen, in "Sm\u00adith" the window tokeniser glues it back.
    "\u00ad": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
}
LEET: dict[str, tuple[str, ...]] = {
    "0": ("o",),
    "1": ("i", "l"),
    "3": ("e",),
    "4": ("a",),
    "@": ("a",),
    "5": ("s",),
    "$": ("s",),
    "7": ("t",),
    "8": ("b",),
    "9": ("g",),
    "!": ("i",),
    "|": ("l", "i"),
    "2": ("z",),
    "6": ("g",),
}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


# A single line break inside a paragraph is wrapping (text extraction and e-mail wrap long
# lines), not a break between sentences or names: "Priya\nKaur" is one name. Only a long line
# that stops mid-sentence is wrapped; a blank line, a short line (a username, a heading) or a
# line ending a sentence still separates. One character for one, so offsets are unchanged.
# The pattern opens with the literal "\n" and looks behind it, so the regex engine jumps from
# line break to line break; a leading lookbehind is tried at every character (9x slower).
_WRAP = re.compile(r"\n(?<=[^\n]{39}[^\n.!?:\"')\]]\n)(?=[^\n])")


def _join_lines(norm: str) -> str:
    return _WRAP.sub(" ", norm) if "\n" in norm else norm


@lru_cache(maxsize=4096)
def fold_char(c: str) -> tuple[str, bool]:
    """One character → its folded form (may be "" or longer) and whether it was a disguise."""
    if c in HOMOGLYPHS:
        return HOMOGLYPHS[c], True
    if c in INVISIBLE:
        return "", True
    if c in PUNCT:
        return PUNCT[c], False
    kc = unicodedata.normalize("NFKC", c)
    if kc.isascii():
        # Fullwidth and mathematical letters are a disguise; plain ligatures are not.
        return kc.lower(), unicodedata.category(c) in ("Lu", "Ll", "Nd") and kc.isalnum()
    base = "".join(ch for ch in unicodedata.normalize("NFKD", kc) if not unicodedata.combining(ch))
    if base and base.isascii():
        return base.lower(), False
    if all(unicodedata.combining(ch) for ch in kc):
        return "", False  # a stray combining accent: drop it with the accent it belongs to
    low = c.lower()
    return (low if len(low) == 1 else c), False


@dataclass(frozen=True)
class Normalised:
    """The original text, its folded shadow, and the map between their offsets."""

    original: str
    norm: str
    # Segments where the map changes: norm offset → original offset. Empty: identity.
    seg_norm: tuple[int, ...] = ()
    seg_orig: tuple[int, ...] = ()
    seg_fixed: tuple[bool, ...] = ()  # True: a character whose folded length differs
    disguised: tuple[int, ...] = ()  # original offsets of homoglyph/invisible characters

    def to_orig(self, pos: int, *, end: bool = False) -> int:
        if not self.seg_norm:
            return pos
        i = bisect_right(self.seg_norm, pos) - 1
        if i < 0:
            return pos
        if self.seg_fixed[i]:
            nstart, ostart = self.seg_norm[i], self.seg_orig[i]
            if pos == nstart:
                return ostart
            return ostart + 1 if end else ostart
        return self.seg_orig[i] + (pos - self.seg_norm[i])

    def to_norm(self, pos: int) -> int:
        """An original offset → the shadow offset of the same character."""
        if not self.seg_norm:
            return pos
        i = bisect_right(self.seg_orig, pos) - 1
        if i < 0:
            return pos
        if self.seg_fixed[i]:
            return self.seg_norm[i]
        return self.seg_norm[i] + (pos - self.seg_orig[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A shadow span → the original span covering the same characters."""
        s = self.to_orig(start)
        e = self.to_orig(end, end=True)
        if end > start:
            # Include a deleted invisible char only if it sits between the matched letters.
            e = max(e, self.to_orig(end - 1, end=True) + 1) if e <= s else e
        return s, e

    def is_disguised(self, start: int, end: int) -> bool:
        if not self.disguised:
            return False
        i = bisect_right(self.disguised, start - 1)
        return i < len(self.disguised) and self.disguised[i] < end


def normalise(text: str) -> Normalised:
    """Fold ``text`` for matching; ASCII text costs one ``lower()``."""
    if text.isascii():
        return Normalised(text, _join_lines(text.lower()))
    seg_norm: list[int] = [0]
    seg_orig: list[int] = [0]
    seg_fixed: list[bool] = [False]
    disguised: list[int] = []
    out: list[str] = []
    nlen = 0  # length of the shadow produced so far
    last = 0
    for m in _NON_ASCII.finditer(text):
        if m.start() > last:
            out.append(text[last : m.start()].lower())
            nlen += m.start() - last
        for k, c in enumerate(m.group(), start=m.start()):
            folded, disguise = fold_char(c)
            if disguise:
                disguised.append(k)
            if len(folded) != 1:
                seg_norm.append(nlen)
                seg_orig.append(k)
                seg_fixed.append(True)
                out.append(folded)
                nlen += len(folded)
                seg_norm.append(nlen)
                seg_orig.append(k + 1)
                seg_fixed.append(False)
            else:
                out.append(folded)
                nlen += 1
        last = m.end()
    out.append(text[last:].lower())
    norm = _join_lines("".join(out))
    if len(seg_norm) == 1:
        return Normalised(text, norm, disguised=tuple(disguised))
    # Drop zero-length fixed segments (deletions) that a following segment supersedes.
    keep_n: list[int] = []
    keep_o: list[int] = []
    keep_f: list[bool] = []
    for n, o, f in zip(seg_norm, seg_orig, seg_fixed, strict=True):
        if keep_n and keep_n[-1] == n:
            keep_n[-1], keep_o[-1], keep_f[-1] = n, o, f
        else:
            keep_n.append(n)
            keep_o.append(o)
            keep_f.append(f)
    return Normalised(text, norm, tuple(keep_n), tuple(keep_o), tuple(keep_f), tuple(disguised))


def fold(s: str) -> str:
    """Fold a watchlist string the same way page text is folded (for building indexes)."""
    return "".join(fold_char(c)[0] if not c.isascii() else c.lower() for c in s)


WORD = re.compile(r"[a-z]+")


def words(s: str) -> list[str]:
    """Folded alphabetic words of a watchlist string: "Smyth-Jones" → ["smyth", "jones"]."""
    return WORD.findall(fold(s))


def leet_forms(token: str, limit: int = 8) -> list[str]:
    """Readings of a token with leetspeak undone ("5m1th" → ["smith", "smlth"])."""
    choices = [LEET.get(c, (c,)) for c in token]
    out = []
    for combo in product(*choices):
        out.append("".join(combo))
        if len(out) >= limit:
            break
    return out


_WORD_START = re.compile(r"(^|[\s\-])([a-z])")


def display_case(text: str) -> str:
    """Folded words as a name is written: a capital at each word's start ("Botolph's",
    "Cwm-Derwen"); ``str.title`` would write "Botolph'S"."""
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
