"""Concern: which categories of DESIGN.md's severity table a passage falls into, and why.

Last step of the match stage. ``classify`` reads the folded passage around one mention (its
sentence and the next) and returns :class:`Cue` s, each naming the category, the rule and the
words that fired, so a line manager can judge the finding. Cues are phrase rules, not single
words, and each passes three guards before it counts:

* negation just before the cue ("would never hurt", "isn't an idiot", "not bad");
* condemnation in the same sentence ("threatening Mr Smith is never OK", "we condemn …");
* reporting — a news report or a quotation of what someone else said ("was jailed for
  threatening", 'a man shouted "…"') — which turns threat/hate/abuse into *negative*: the
  page is about an incident, it does not itself threaten.

Doxxing is a personal phone number (parsed with ``phonenumbers``; the school's published
numbers are excluded), a home address or postcode, or a personal email near a staff name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from repwatch.models import Category

_P = "(?:her|him|them|you|ya|u|she|he|they|this|that|the)"
_PRON = r"(?:she|he|they|her|him|you|u)"


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


THREAT = _rx(
    r"\b(?:i'?ll|i will|i'?m (?:gonna|going to)|gonna|we'?ll|we will|we'?re (?:gonna|going to)|"
    r"someone (?:should|needs to|ought to|is going to|will)|somebody (?:should|needs to|will)|"
    r"i (?:want|wanna|need) to|i could|let'?s|i swear i'?ll|i'?d (?:happily|gladly)?\s?)\s?"
    r"(?:\w+ )?(?:kill|hurt|stab|shoot|beat up|batter|punch|smash (?:her|his|him)|burn|bomb|"
    r"slap|strangle|knife|glass|torch|run (?:her|him|them) over|murder|kick|bash|choke|drown|"
    r"hang|slash|jump|end)\b(?! it\b| me\b| myself\b| the (?:day|lesson|term|year)| up\b)",
    r"\b(?:should|needs to|ought to|deserves? to|wants? to) (?:be )?(?:shot|stabbed|killed|"
    r"hanged|hung|beaten|burned|burnt|lynched|set on fire|put down|die|dead|hurt|gone missing)\b",
    rf"\b(?:hope|wish|pray) {_PRON} (?:dies|die|gets? (?:hurt|killed|stabbed|shot|run over)|"
    rf"(?:was|were) dead|drops dead|burns)\b",
    r"\bi know where (?:you|she|he|they) (?:live|lives|park|parks|sleep)s?\b",
    r"\bwatch (?:your|her|his|their) back\b", r"\bsleep with one eye open\b",
    r"\b(?:you'?ll|she'?ll|he'?ll|they'?ll|you will|she will|he will) (?:regret|pay for)\b",
    r"\b(?:coming|going) (?:for|after) (?:you|her|him|them)\b",
    r"\b(?:wait(?:ing)?|outside) (?:for )?(?:her|him|you) (?:after|at|outside) "
    r"(?:school|work|the gates)\b",
    r"\b(?:blow up|burn down|shoot up|bomb|torch) (?:the|that|this|your|her|his) (?:school|"
    r"place|building|house|car|classroom)\b",
    r"\bbring(?:ing)? (?:a|my) (?:gun|knife|blade|bat)\b", r"\bdead (?:man|woman) walking\b",
    r"\b(?:won'?t|will not|wont) (?:be safe|see (?:christmas|summer|the end of term))\b",
    r"\b(?:she|he)'?s (?:dead|finished|getting it)\b(?! tired| on| right| wrong)",
    r"\bput (?:her|him) in (?:hospital|the ground|a box|a coffin)\b",
    r"\b(?:slash|key|smash) (?:her|his|their) (?:tyres|tires|car|windows|face)\b",
    r"\bfind out where (?:she|he|they) lives?\b", r"\bpay (?:her|him|them) a visit\b",
    r"\btime (?:she|he) (?:was|got) (?:taught a lesson|sorted out|dealt with)\b",
    r"\b(?:acid|petrol) (?:in|on|over) (?:her|his) (?:face|house|car)\b",
    r"\b(?:kill|stab|shoot|hurt|beat|murder) (?:her|him|them|that (?:teacher|woman|man|cow|"
    r"bitch|prick))\b(?! with kindness)",
)

_SLURS = (r"paki|pakis|nigg(?:er|a|as|ers)|n1gg\w*|coons?|wogs?|chinks?|gooks?|spics?|kikes?|"
          r"ragheads?|towel ?heads?|faggots?|fags|dykes?|trann(?:y|ies)|shemales?|retards?|"
          r"spastics?|spazz?|mongs?|gypp?os?|pikeys?|curry munchers?|sand ?n\w+|yids?|"
          r"golliwogs?|half[- ]castes?|poofs?|batty ?(?:boy|man)s?|ching ?chong")
_GROUPS = (r"muslims?|jews?|jewish|gays?|lesbians?|blacks?|black people|immigrants?|foreigners?|"
           r"asians?|africans?|poles|polish|romanians?|indians?|pakistanis?|arabs?|trans|"
           r"transgender|queers?|homosexuals?|disabled|gypsies|travellers|refugees|migrants|"
           r"hindus?|sikhs?|catholics?|her kind|his kind|their kind|people like (?:her|him)")
HATE = _rx(
    rf"\b(?:{_SLURS})\b",
    r"\b(?:go|send (?:her|him|them)) back to (?:your|her|his|their|where) ?(?:own )?"
    r"(?:country|home|came from|africa|pakistan|india|poland|jungle)\b",
    rf"\b(?:{_GROUPS}) (?:shouldn'?t|should not|should never|don'?t|do not|can'?t) "
    r"(?:be allowed to )?(?:teach|work|be teachers|belong|be near)\b",
    rf"\b(?:no|ban all|get rid of(?: the)?|deport(?: the)?|gas the|hate) (?:{_GROUPS})\b",
    rf"\b(?:{_GROUPS}) (?:are|r) (?:all )?(?:scum|vermin|animals|subhuman|disgusting|"
    r"terrorists|paedos|pedos|groomers|a disease|filth|parasites)\b",
    r"\b(?:dirty|filthy|stupid|fat|typical) (?:muslim|jew|immigrant|foreigner|gay|lesbian|"
    r"tranny|black|asian|pole|gypsy|arab|indian|paki)\b",
    r"\b(?:ape|monkey|terrorist|bomber)s? (?:teacher|woman|man|lady|bitch)\b",
    r"\bshould(?:n'?t)? (?:be )?(?:teaching|allowed)[^.]{0,40}\b(?:because|cos|as) "
    r"(?:she'?s|he'?s|they'?re) (?:a |an )?(?:muslim|jew|gay|lesbian|black|trans|foreign|"
    r"disabled|immigrant|woman)\b",
    r"\b(?:wears? (?:a|that) (?:headscarf|hijab|turban|burqa|burka))\b[^.]{0,40}"
    r"\b(?:shouldn'?t|should not|not allowed|ban)\b",
)

SEXUAL = _rx(
    r"\b(?:sexy|hot as|so hot|proper fit|so fit|fit as|milf|dilf|horny|shag(?:ged|ging)?|"
    r"bang(?:ed|ing)? her|bang(?:ed|ing)? him|nudes?|naked|topless|nip slip|porn\w*|onlyfans|"
    r"only fans|upskirt|downblouse|sext(?:ed|ing)?|dick ?pics?|boobs|tits|titties|"
    r"camel ?toe|thong|knickers|lingerie|blow ?job|bj|handjob|wank(?:ed|ing)? over|"
    r"jerk(?:ed|ing)? off|cum|erotic|x-rated|sex tape|sex video|explicit (?:photos|pics|"
    r"pictures|video|images)|leaked (?:photos|pics|video)|in bed with|sleep(?:ing)? with (?:her|"
    r"him)|have sex|had sex|having sex|sexual(?:ly)?|smash(?:ed)? her back|her body|his body|"
    r"her legs|her bum|her arse|her ass|grope[ds]?|groping|touch(?:ed|ing)? (?:her|him|me) up|"
    r"rate (?:her|the teachers) out of 10|would (?:smash|do|bang|shag)|i'?d (?:smash|do|bang|"
    r"shag|ruin))\b",
    r"\b(?:hot|sexy|fit) (?:teacher|miss|mrs|ms|mr|sir|milf)\b",
)
CHILD = re.compile(
    r"\b(?:pupils?|students?|schoolgirls?|schoolboys?|school ?uniform|children|child|kids?|"
    r"minors?|underage|under ?age|under[- ]?(?:16|18)|year (?:[1-9]|1[0-3]|seven|eight|nine|"
    r"ten|eleven)\b|yr ?[1-9]|y(?:[7-9]|1[0-3])\b|(?:aged? )?(?:1[0-7]|[4-9])[- ]?(?:yo|y/o|"
    r"years?[- ]old|yrs? old)|teen(?:age|ager|agers|s)?|little (?:girl|boy)s?|young (?:girl|"
    r"boy)s?|girls? in (?:my|her|his|the) class|boys? in (?:my|her|his|the) class|sixth ?formers?)"
)

DEFAMATION = _rx(
    r"\b(?:is|was|he'?s|she'?s|they'?re|are|a|an|known|total|absolute|proper|real|massive) "
    r"(?:a |an )?(?:thief|thieves|fraud|fraudster|crook|criminal|paedo|paedophile|pedo|"
    r"pedophile|nonce|predator|groomer|drunk|alcoholic|junkie|drug addict|druggie|abuser|"
    r"child abuser|perv|pervert|kiddie fiddler|sex offender|liar and a cheat|embezzler)\b",
    r"\b(?:stole|steals|stealing|nicked|nicking|pocketed|embezzl\w+|siphon\w*|fiddl(?:ed|ing|es) "
    r"(?:the )?(?:books|accounts|results|expenses|money)|cook(?:ed|ing) the (?:books|results)|"
    r"fak(?:ed|ing|es) (?:the |its |their |her |his )?(?:exam |test |sats |gcse )?(?:results|"
    r"grades|marks|exams?|sats|register)|"
    r"chang(?:ed|ing|es) (?:the )?(?:exam |sats )?(?:answers|marks|grades|results)|"
    r"cheat(?:ed|ing|s)? (?:on|in) (?:the )?(?:exams?|sats|gcses|inspection|ofsted)|"
    r"lied to (?:ofsted|parents|the police|inspectors|governors)|took bribes|"
    r"takes bribes|falsif\w+)\b",
    r"\b(?:drunk|pissed|hammered|high|stoned|off (?:her|his) face|on drugs|smelling of "
    r"(?:drink|alcohol|booze|weed)) (?:at|in|during|before) (?:work|school|class|lessons?|"
    r"parents'? evening|the trip|sports day)\b",
    r"\b(?:hit|hits|hitting|slapped|slaps|punched|kicked|grabbed|shoved|assaulted|abused|"
    r"abuses|abusing|groomed|grooms|grooming|molest\w*|touched|touches|touching) (?:a |my |"
    r"the |our |her |his |their |those |young |little )?(?:kids?|children|child|pupils?|"
    r"students?|son|daughter|girls?|boys?|year \d+s?)\b",
    r"\b(?:affair|relationship|sleeping|slept) with (?:a |one of (?:her|his|the) )?"
    r"(?:pupils?|students?|sixth ?formers?|year \d+)\b",
    r"\bcover(?:ed|ing|s)? up (?:the |an? )?(?:abuse|assault|bullying|incident|complaints?|"
    r"allegations?|safeguarding)\b",
    r"\b(?:should be|needs to be|ought to be) (?:arrested|in (?:prison|jail)|locked up|"
    r"investigated by (?:the )?police|on the sex offenders register|struck off)\b",
    r"\b(?:arrested|charged|convicted|cautioned|under investigation|being investigated|"
    r"suspended|sacked|dismissed|struck off) (?:for|over|after|with) (?:theft|fraud|assault|"
    r"abuse|drink|drugs|stealing|sexual|grooming|misconduct|gross misconduct|hitting|"
    r"possession|harassment|racial|indecent|child)\w*",
    r"\b(?:police|the cops) (?:are|were|have been) (?:investigating|called|involved)\b",
    r"\b(?:racist|homophobic|sexist|transphobic) (?:teacher|bitch|cow|man|woman|pig|prick|"
    r"head|remarks|comments|abuse)\b",
    r"\b(?:is|was|he'?s|she'?s) (?:a |an )?(?:massive |total |known )?(?:racist|homophobe|"
    r"bully who hits)\b",
)

ABUSE = _rx(
    r"\b(?:idiot|idiots|moron|morons|cretin|imbecile|cow|cows|bitch|bitches|witch|hag|twat|"
    r"twats|cunt|cunts|dickhead|dick head|prick|pricks|wanker|wankers|tosser|knobhead|"
    r"knob ?head|bellend|slag|slut|whore|skank|scum|scumbag|pig|pigs|loser|clown|freak|creep|"
    r"weirdo|psycho|nutter|tramp|trash|vermin|parasite|leech|snake|rat|dinosaur|fatty|"
    r"fat (?:cow|bitch|pig|slob|lump|git|bastard)|bastard|git|numpty|muppet|plonker|"
    r"jobsworth|battleaxe|battle-axe|dumbass|dumb ass|airhead|bimbo|dog|minger|munter|"
    r"ugly (?:cow|bitch|old|hag|witch|git|face)|old bag|old hag|old witch|waste of (?:space|"
    r"oxygen|skin|air)|piece of (?:shit|crap|work|garbage|trash)|sack of shit|"
    r"lowlife|low life|subhuman|gobshite|shithead|shitbag|arsehole|asshole|douche\w*)\b",
    r"\b(?:kill yourself|kys|neck yourself|go die|drop dead|nobody (?:likes|wants) (?:you|her|"
    r"him)|everyone hates (?:you|her|him)|no one likes (?:you|her|him))\b",
    r"\b(?:let'?s all|everyone should|we should all|everybody) (?:report|spam|message|dm|email|"
    r"tag|troll|flood|target|harass|hound|pile on)\b",
    r"\bmake (?:her|his|their) life (?:hell|a misery|miserable)\b",
    r"\b(?:ugly|fat|thick|stupid|dumb|thick as shit|braindead|brain dead|gormless|pathetic|"
    r"vile|repulsive|disgusting|hideous|smelly|stinks?) (?:as (?:fuck|hell)|old|little|bitch|"
    r"cow|woman|man|teacher|prick|twat|loser|excuse)\b",
    r"\b(?:she'?s|he'?s|she is|he is|you'?re|you are|is) (?:so |such an? |an? |a total |"
    r"a complete |an absolute )?(?:ugly|fat|thick|stupid|dumb|braindead|gormless|vile|"
    r"repulsive|hideous|smelly|retarded|mental|a joke of a (?:person|human))\b",
    r"\bf+u+c+k+ (?:her|him|you|off|them|that (?:teacher|woman|man|cow))\b",
)
# Profanity that intensifies praise is not abuse ("fucking brilliant teacher").
PRAISE_INTENSIFIER = re.compile(
    r"\bshit[- ]hot\b|\b(?:fuck|bloody hell|holy shit|oh my god|omg)[, ]+(?:me|yes)?\b|"
    r"\b(?:fucking|effing|bloody|damn|freaking|frickin|proper|shit[- ]?hot)\s+(?:brilliant|"
    r"amazing|great|good|legend|awesome|fantastic|ace|excellent|class|best|lovely|top|nice)\b")

NEGATIVE = _rx(
    r"\b(?:terrible|awful|appalling|appaling|dreadful|atrocious|horrendous|abysmal|worst|"
    r"rubbish|useless|incompetent|clueless|hopeless|lazy|unprofessional|rude|arrogant|"
    r"condescending|patronising|patronizing|disgrace|disgraceful|shambles|shambolic|"
    r"joke of a|pathetic|laughable|shocking|poor|poorly|failing|failed|unfair|unacceptable|"
    r"disappointed|disappointing|disappointment|let down|let us down|letting (?:us|them|kids|"
    r"children) down|complain(?:t|ts|ed|ing)?|grievance|avoid|nightmare|ruined|ruining|"
    r"inadequate|requires improvement|special measures|bullying|bullied|bullies|bully|"
    r"ignored|ignores|ignoring|never (?:replies|replied|answers|answered|responds|listen\w*)|"
    r"doesn'?t care|don'?t care|didn'?t care|couldn'?t care less|shouted at|screamed at|"
    r"yell(?:s|ed)? at|humiliat\w+|embarrass\w+|should be (?:sacked|fired|ashamed|replaced)|"
    r"needs to (?:go|be sacked|be fired|resign)|resign|sack (?:her|him|them)|"
    r"get rid of (?:her|him|them)|hate|hated|hates|hating|sucks|crap|crappy|shit|shite|"
    r"wtf|fuming|furious|livid|angry|outraged|outrage|scandal|concerns?|concerning|"
    r"worrying|worried|investigation|investigated|suspended|sacked|dismissed|resigned|"
    r"closure|closed down|waste of (?:time|money)|one star|1 star|zero stars|0 stars|"
    r"do not send|don'?t send|wouldn'?t recommend|would not recommend|not recommend|"
    r"overrated|chaos|chaotic|out of control|toxic|favouritism|favoritism|picks on|"
    r"picking on|victimis\w+|discriminat\w+|negligent|negligence|neglect\w*|"
    r"cover[- ]up|lies|lying|liar|dishonest|mismanage\w*|struggling|downhill|"
    r"threat\w*|abuse|abusive|harass\w*|attack(?:ed)?|assault(?:ed)?|jailed|convicted|"
    r"charged with|arrested|(?:in|at|to) court)\b",
    r"\b(?:not|isn'?t|wasn'?t|aren'?t) (?:good|great|safe|fit to|qualified|welcoming|"
    r"supportive|helpful|happy)\b",
    r"\bshould(?:n'?t| not) (?:be (?:teaching|allowed|in charge|working with))\b",
)

NEGATORS = re.compile(
    r"\b(?:not|never|no|nobody|no one|noone|nothing|don'?t|doesn'?t|didn'?t|wouldn'?t|"
    r"shouldn'?t|couldn'?t|won'?t|isn'?t|wasn'?t|aren'?t|weren'?t|hardly|without|nor|"
    r"cannot|can'?t|zero)\b[^.!?\n,;]{0,18}$")
CONDEMN = re.compile(
    r"\b(?:is|are|was|it'?s|its) (?:never|not|absolutely not|totally not) (?:ok|okay|"
    r"acceptable|alright|all right|on|funny|a joke|right|banter)\b|\bunacceptable\b|"
    r"\bcondemn\w*|\bno place (?:for|in)\b|\b(?:no one|nobody|noone) (?:should|deserves|has "
    r"the right)\b|\bshould never\b|\b(?:stand|standing|stands) (?:with|by)\b|\bappall\w*|"
    r"\b(?:disgusted|sickened|horrified|saddened|shocked) (?:by|at|to (?:see|read|hear)|that)\b|"
    r"\b(?:it|that|this) (?:is|'s) (?:wrong|vile|disgusting|sickening)\b|\bit'?s wrong to\b|"
    r"\bstop (?:the )?(?:abuse|threats|hate|trolling|harassment)\b|"
    r"\breport(?:ed)? (?:it|this|them|the (?:post|account|comments?)) to\b|\bbe kind\b|"
    r"#bekind|\bzero tolerance\b|\bwe do not tolerate\b|"
    r"\bnot (?:calling|saying) (?:her|him|anyone)\b|\bdon'?t (?:call|threaten|abuse) \b|"
    r"\b(?:calling|saying|threatening|telling|posting|writing|sending)\b[^.!?\n]{0,60}"
    r"\b(?:is|was|are|were)\b (?:racist|wrong|vile|disgusting|sick|sickening|hateful|"
    r"(?:never|not) (?:ok|okay|acceptable))")
REPORTED = re.compile(
    r"\b(?:was|were|has been|have been|had been|is being|been) (?:jailed|convicted|charged|"
    r"sentenced|arrested|cautioned|fined|banned|found guilty|remanded|bailed|given a "
    r"restraining order|handed)\b|\bpleaded (?:guilty|not guilty)\b|\bcourt (?:heard|was told)\b|"
    r"\b(?:police|prosecutors?|magistrates?|the judge|detectives?|a spokes(?:wo)?man|"
    r"the council|the trust|the school) (?:said|say|says|told|confirmed|added|stated)\b|"
    r"\badmitted (?:threatening|sending|harassment|making|racially)\b|\baccused of\b|"
    r"\bfor (?:threatening|sending|harassing|abusing|making threats)\b|\breportedly\b|"
    r"\ballegedly\b|\bthreatened to\b|\b(?:after|when) (?:a|he|she|they|the) \w* ?"
    r"(?:threatened|posted|shouted|sent|wrote)\b|\b(?:investigating|investigate) "
    r"(?:threats|messages|posts|comments|abuse)\b")
REPORT_VERBS = re.compile(
    r"\b(?:said|says|wrote|writes|posted|posts|shouted|yelled|screamed|tweeted|commented|"
    r"claimed|called (?:her|him)|messaged|texted|emailed|sent|told (?:her|him|us|me)|heard)\b")
QUOTED = re.compile(r"\"[^\"\n]{3,300}\"|(?<![a-z])'[^'\n]{6,300}'(?![a-z])")

PHONE_HINT = re.compile(r"(?:\+|\b0)\d[\d\s().-]{8,16}\d")
POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b")
STREET = re.compile(
    r"\b\d{1,4}[a-z]? (?:[a-z]+ ){1,3}(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|"
    r"dr|way|crescent|cres|gardens|gdns|court|ct|place|pl|grove|terrace|mews|row|walk|hill|"
    r"park|square|rise|view|green)\b")
HOME_CUE = re.compile(
    r"\b(?:lives (?:at|on|in|round|near)|her (?:home )?address|his (?:home )?address|their "
    r"(?:home )?address|home address|house is (?:at|on)|address is|she lives|he lives|"
    r"lives at|where (?:she|he) lives)\b")
EMAIL = re.compile(r"\b[a-z0-9._%+-]+@([a-z0-9.-]+\.[a-z]{2,})\b")
PERSONAL_CUE = re.compile(r"\b(?:personal|private|home|her own|his own|mobile|number|"
                          r"phone|ring|call|text|whatsapp|email (?:her|him)|address)\b")


@dataclass(frozen=True)
class Cue:
    category: Category
    rule: str  # plain-English name of the rule that fired
    words: str  # the words of the page that fired it
    pos: int = 0  # where in the passage they start


HEDGE = re.compile(r"\b(?:not saying|i'?m not calling|not calling|not that|wouldn'?t say|"
                   r"never said|no one is saying|nobody is saying)\b[^.!?\n]*$")


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 80):start]
    return (NEGATORS.search(before[-40:]) is not None) or HEDGE.search(before) is not None


def _inside_quote(text: str, start: int, end: int) -> tuple[bool, str]:
    for q in QUOTED.finditer(text):
        if q.start() <= start and end <= q.end():
            outside = text[:q.start()] + " " + text[q.end():]
            return True, outside
    return False, ""


def classify(
    passage: str,
    *,
    staff: bool,
    school_phones: frozenset[str] = frozenset(),
    own_domains: tuple[str, ...] = (),
    localities: tuple[str, ...] = (),
) -> list[Cue]:
    """Cues in a folded passage (lower-case, ASCII punctuation) about one subject."""
    cues: list[Cue] = []
    condemned = CONDEMN.search(passage)
    reported = REPORTED.search(passage)
    praise_spans = [m.span() for m in PRAISE_INTENSIFIER.finditer(passage)]

    def scan(category: Category, rx: re.Pattern[str], label: str) -> None:
        for m in rx.finditer(passage):
            words = m.group().strip()
            if any(s <= m.start() < e for s, e in praise_spans):
                continue
            if _negated(passage, m.start()):
                continue
            quoted, outside = _inside_quote(passage, m.start(), m.end())
            if category in (Category.THREAT, Category.HATE, Category.ABUSE,
                            Category.SEXUAL, Category.DEFAMATION):
                if condemned:
                    cues.append(Cue(Category.NEGATIVE, f"condemnation of {label}",
                                    f"{words}; {condemned.group()}", m.start()))
                    continue
                if quoted and REPORT_VERBS.search(outside):
                    cues.append(Cue(Category.NEGATIVE, f"reported {label} (quoted)", words,
                                    m.start()))
                    continue
                if reported and category in (Category.THREAT, Category.HATE, Category.ABUSE):
                    cues.append(Cue(Category.NEGATIVE, f"news report of {label}",
                                    f"{words}; {reported.group()}", m.start()))
                    continue
            cues.append(Cue(category, label, words, m.start()))
            return

    scan(Category.THREAT, THREAT, "a threat of violence")
    scan(Category.HATE, HATE, "hate speech against a protected group")
    scan(Category.SEXUAL, SEXUAL, "sexual content")
    scan(Category.DEFAMATION, DEFAMATION, "an allegation of crime or misconduct")
    scan(Category.ABUSE, ABUSE, "an insult or harassment")
    if staff:
        cues.extend(doxxing(passage, school_phones, own_domains, localities))
    if not any(c.category == Category.NEGATIVE for c in cues):
        scan(Category.NEGATIVE, NEGATIVE, "a complaint or criticism")
    return cues


def doxxing(passage: str, school_phones: frozenset[str], own_domains: tuple[str, ...],
            localities: tuple[str, ...]) -> list[Cue]:
    out: list[Cue] = []
    if PHONE_HINT.search(passage):
        for m in phonenumbers.PhoneNumberMatcher(passage, "GB",
                                                 leniency=phonenumbers.Leniency.POSSIBLE):
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            if e164 in school_phones:
                continue
            if phonenumbers.number_type(m.number) in (phonenumbers.PhoneNumberType.TOLL_FREE,
                                                      phonenumbers.PhoneNumberType.PREMIUM_RATE):
                continue
            out.append(Cue(Category.DOXXING, "a personal phone number", m.raw_string, m.start))
            break
    for em in EMAIL.finditer(passage):
        domain = em.group(1)
        if any(domain == d or domain.endswith("." + d) for d in own_domains):
            continue
        out.append(Cue(Category.DOXXING, "a personal email address", em.group(), em.start()))
        break
    home = HOME_CUE.search(passage)
    for rx, label in ((STREET, "a home address"), (POSTCODE, "a home postcode")):
        hit = rx.search(passage)
        if hit is None:
            continue
        if any(loc and loc in hit.group() for loc in localities):
            continue  # the school's own address
        if rx is POSTCODE and not home and not STREET.search(passage):
            continue  # a bare postcode-shaped token ("m25", "b12") is not an address
        out.append(Cue(Category.DOXXING, label, hit.group(), hit.start()))
        break
    if home and not any(c.rule in ("a home address", "a home postcode") for c in out):
        tail = passage[home.end():home.end() + 60]
        if re.search(r"\d|\b(?:road|street|lane|avenue|close|drive|estate|flats?)\b", tail):
            out.append(Cue(Category.DOXXING, "where a staff member lives", home.group(),
                           home.start()))
    return out
