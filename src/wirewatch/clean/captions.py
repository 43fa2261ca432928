"""Photo captions and photo credits: tell a caption from a story paragraph and split its credit off.

Shared by the flattened-text cleaner and the HTML path. A caption is recognised by how it ends: a
photo credit, which news sites write in a handful of shapes —

    ... in Gaza City on October 31, 2022. MAJDI FATHI/NURPHOTO VIA GETTY IMAGES     (all-caps credit)
    ... during an NHL game in Pittsburgh. (AP Photo/Gene J. Puskar)                (bracketed credit)
    ... to the surface of the moon. Credit: SpaceX                                 (labelled credit)

or by a credit standing on its own line right after the caption ("Photo: Getty Images",
"(Image: © NASA/ESA)", "Courtesy of Jane Doe"). Story paragraphs do not end in a credit, which is
what keeps these rules from eating body text.
"""

from __future__ import annotations

import re

from wirewatch.model import Caption

# Words that mark a run of capitals as a photo credit rather than an acronym ending a sentence.
PHOTO_AGENCY_WORDS = frozenset(
    str.split(
        "AFP AP AAP ANP ANSA DPA EPA EFE GETTY IMAGES IMAGE PHOTO PHOTOS PICTURES REUTERS SHUTTERSTOCK "
        "ISTOCK ISTOCKPHOTO ALAMY XINHUA TASS SIPA POOL NURPHOTO BLOOMBERG CORBIS PA WIRE SPUTNIK "
        "ANADOLU UPI ZUMA FILE HANDOUT VIA LIBRARY STAFF KEYSTONE BELGA "
    )
)

_BRACKETED_CREDIT = re.compile(
    r"""\s*(?P<credit>[(\[]\s*(?:file\s*:\s*)?[^()\[\]]{0,80}?
        (?:\bphoto\b|\bphotograph\b|\bimage\b|\bpicture\b|\bcredit\b|\bcourtesy\b|/|\|
           |\b(?:media|press)\s+(?:office|service|centre|center|department)\b|\bhandout\b
           |\b(?:AP|AFP|Reuters|REUTERS|Getty|GETTY|EPA|Xinhua|Bloomberg|Shutterstock|AAP|PA)\b)
        [^()\[\]]{0,80}[)\]])(?:\s+(?:less|more|hide caption|show caption))?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_LABELLED_CREDIT = re.compile(
    r"\s*(?P<credit>\b(?:file\s+)?(?:photo|image|picture|credit|foto|photograph|photo credit|image credit|crédit photo|bild)s?"
    # A dot inside a word is a web address ("Photo: president.ir/Handout"), and one after a lone capital is an
    # initial ("Photo: Northern Wave/K. Sivakumar"), not a sentence's end.
    r"\s*(?:by|:|\|)\s*(?:[^.:!?|]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s[A-Z])){2,80})\s*$",
    re.IGNORECASE,
)
# "… on the bridge in Tarvo on Saturday. Photo: Harbour Wave/Ana K.": a labelled credit closed by the photographer's
# initial. Only after a finished sentence and a label with a colon, so "… opens with a photo by Ana K." stays a sentence.
_INITIAL_CLOSED_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+(?P<credit>(?:photo|image|picture|photograph)s?\s*[:|]\s*"
    r"(?:[^.:!?|]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s[A-Z])){2,80}\s(?-i:[A-Z])\.)$",
    re.IGNORECASE,
)
# "… on the quay in Tarvo on Monday. PHOTO | HARBOUR LEDGER | Ana Roe": the label, then the outlet and the
# photographer set apart by bars ("PHOTO | FILE | HNG"). The labelled credit above stops at the first bar; this one
# takes two or three, and only after a finished sentence.
_BARRED_PHOTO_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+(?P<credit>(?:photo|image|picture|file\s+photo)s?(?:\s*\|\s*[^.:!?|\s](?:[^.:!?|]|\.(?=\w)){0,60}){2,3})$",
    re.IGNORECASE,
)
# "…in Ottawa, May 13, 2025. THE CANADIAN PRESS/Adrian Wyld": an agency in capitals, then the photographer.
_AGENCY_SLASH_NAME = re.compile(
    r"(?<=[.!?”\"])\s+(?P<credit>(?:[A-Z][A-Z.&'’-]+\s+){0,4}[A-Z][A-Z.&'’-]+/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$"
)
# "…in Libya, October 16, 2023. UN Photo/Loey Felipe": an outlet's photo desk, a slash, the photographer.
_PHOTO_DESK_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+(?P<credit>(?:[A-Z][\w.&'’-]*\s+){0,3}Photo/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$"
)
# "… in the Ségou region, Mali, March 4, 2025. West Africa Wire/Aliou Sidibé/File Photo": agency, photographer and
# what the picture is, between slashes.
_SLASHED_FILE_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+(?P<credit>(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*/[^/\n]{2,60}/"
    r"(?i:file\s+photo|handout|pool|illustration|photo))$"
)
# "… at Al-Yamamah Palace in Riyadh on Monday. SPA / Handout": an agency, a slash, what kind of picture it is.
_AGENCY_HANDOUT_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+(?P<credit>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*\s*/\s*(?i:handout|pool|file(?:\s+photo)?))$"
)
# "… in Hanoi on Tuesday. PCO photo", "… in 2024. AFP file photo", "… on Wednesday. — Frontier Ledger photo": the
# source, then the word photo.
_SOURCE_PHOTO_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+(?:[—–]\s*)?(?P<credit>(?:[A-Z][\w.&'’-]*\s+){1,3}(?:file\s+)?(?:photo|picture|image))$"
)
# "Ana Roe (left) and Jon Doe at the port in Tarvo on Monday. (Harbour News Agency)": one sentence placing the people
# in the picture ("(left)", "(second right)", "(centre)"), then its source in brackets. The place marker makes it a
# caption: a story sentence ending in a bracketed name ("… the defence ministry (MoD)") points at no one in a picture.
_PLACE_IN_PICTURE = r"\((?:(?:second|third|far|front|back|top|bottom|standing|seated)[\s,-]+)?(?:from\s+)?(?:left|right|centre|center|L|R|C)\)"
_CREDIT_WORD = r"(?:[A-Z][\w.&'’-]*|de|del|della|da|do|dos|di|du|des|la|le|of|the|al|el|and|y|et|&)"
_PLACED_CAPTION_CREDIT = re.compile(
    rf"^[^.!?()]{{2,150}}{_PLACE_IN_PICTURE}[^.!?]{{2,250}}[.!?][\"”]?\s+"
    rf"(?P<credit>\({_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,6}}\))$"
)
# "The president receives the visiting minister at the palace in Tarvo on Monday. (HNA)": one sentence, then the
# acronym of the agency that took the picture in brackets. A story paragraph holds more than one sentence or names
# its agency up front ("Tarvo, 3 May (HNA) - …"), and a lone story sentence signed by a wire ("…, the ministry
# said. (HNA)") reports what someone said, which a picture does not show. A dot inside a word ends no sentence: an
# agency writing the initial glued to the name ("Governor D.Tseren receives …") keeps its caption one sentence.
_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|Prof|Rev|Hon|St|No|[A-Z])"
_AGENCY_SIGNED_CAPTION = re.compile(
    r"^(?!.*\b(?:said|says|told|reported|according\s+to|added|stated)\b)"
    rf"(?:\b{_ABBREVIATION}\.\s|\.(?=\w)|[^.!?]){{10,250}}[.!?][\"”]?\s+(?P<credit>\([A-Z]{{2,8}}\))$"
)
# "… bury the dead in Tarvo on Wednesday. (c) Harbour FM/Ana Roe", "… at dawn. © Jane Roe": a credit behind the
# copyright sign, kept as the page writes it. A name, not a year, follows the sign: "… since 1990. © 2031 Harbour
# Media" closes a footer, not a caption.
_COPYRIGHT_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+(?P<credit>(?:©|\((?i:c)\))\s*[A-Z](?:[^.:!?()\[\]]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s[A-Z])){1,80})$"
)
# "...isn't easy.Kathrin Ziegler/Getty": a credit glued to the caption's final full stop.
_GLUED_CREDIT = re.compile(
    r"(?<=[.!?”\"])(?P<credit>[A-Z][\w.'’\- ]{1,60}/(?:Getty|AP|AFP|Reuters|EPA|Shutterstock|Bloomberg)[\w ]*)$"
)
_CREDIT_LINE = re.compile(
    r"""^(?:
        [(\[]?\s*(?:photo|image|picture|foto|photograph|illustration|video|graphic)s?\s*(?:credit)?\s*(?::|by\b)\s*.{1,120}?[)\]]?
      | [(\[]?\s*(?:image|photo)\s+(?:copyright|courtesy)\b.{0,120}?[)\]]?
      | [(\[]?\s*(?:credit|credits|source)\s*:\s*.{1,120}?[)\]]?
      | courtesy(?:\s+of)?\s+.{1,80}
      | .{1,60}\bsubmitted\s+photo
      | [(\[]?\s*©\s*.{1,120}?[)\]]?
      | (?:[\w.'’\- ]{1,40}\s*[|/]\s*){1,3}(?:getty\s+images|getty|ap|afp|reuters|epa|shutterstock|istock|alamy)
      | (?:getty\s+images|associated\s+press|ap\s+photo|reuters|afp|shutterstock|istock|alamy)(?:\s+images)?
      | (?:reuters|afp|ap|epa|getty\s+images|xinhua|anadolu|ap\s+photo)\s*/\s*[\w.'’\- ]{1,40}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_caps_word(word: str) -> bool:
    """A word with capitals and no lower-case letter ("GETTY", "YAM/LOS", "(AP")."""
    return any(char.isupper() for char in word) and not any(char.islower() for char in word)


# "KCNA via REUTERS", "FEDERICO PARRA/AFP via Getty Images": the distributing agency after "via" is
# often written in its own case, so the run of capitals before it is read up to the "via".
_PASSED_ON_BY = re.compile(r"\s+via\s+(?:[A-Z][\w.&'’-]*\s*){1,3}$")
_VIA_AGENCY = re.compile(r"\s+(?P<via>via\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)$")


def _via_agency(text: str) -> str | None:
    """A closing "via <photo agency>" in any case ("via Getty Images", "via REUTERS"), or None."""
    match = _VIA_AGENCY.search(text)
    if match is None:
        return None
    agency_words = match.group("via").split()[1:]
    return match.group("via") if all(word.upper() in PHOTO_AGENCY_WORDS for word in agency_words) else None


def _trailing_caps_credit(text: str) -> str | None:
    """An all-caps credit closing the text ("ALI ALLOUCH ATPIMAGES/GETTY IMAGES", "KCNA via REUTERS")."""
    via = _via_agency(text)
    words = (text[: len(text) - len(via)] if via else text).split()
    start = len(words)
    while start > 0 and _is_caps_word(words[start - 1]) and not words[start - 1].endswith((".", ",")):
        start -= 1
    credit_words = words[start:]
    if via:
        # Mixed case lets "via" close a story sentence too ("… flown to the US via AP"): the credit
        # must follow a finished caption sentence and hold more than a lone capital.
        caption_ended = start > 0 and words[start - 1][-1:] in '.!?”"'
        if not caption_ended or not any(sum(char.isalpha() for char in word) >= 2 for word in credit_words):
            return None
        credit_words = [*credit_words, *via.split()]
    # A lone sentence-final token such as "NATO" is an acronym, not a credit.
    if not credit_words or start < 3:
        return None
    # "HARBOUR WIRE SERVICE - REGIONAL FILE": a masthead in capitals, nothing a picture shows, over the words a
    # credit may hold. A caption describes its picture in a sentence written in lower case.
    if not any(char.islower() for word in words[:start] for char in word):
        return None
    has_agency = any(
        part in PHOTO_AGENCY_WORDS for word in credit_words for part in re.split(r"[/()\[\]]", word)
    )
    has_slash = any("/" in word for word in credit_words)
    # "US/UK ALLIANCE" closing a sentence is not a credit; "NOOR HADDAD/GULF LEDGER" is.
    if not ((has_agency and (has_slash or len(credit_words) >= 2)) or (has_slash and len(credit_words) >= 3)):
        return None
    return " ".join(credit_words)


_CAPTION_LABEL = re.compile(r"^(?:image|media|photo|video)\s+caption\b", re.IGNORECASE)


def has_caption_label(line: str) -> bool:
    """Whether a line says it is a caption ("Image caption Crowds outside the court…")."""
    return _CAPTION_LABEL.match(line.strip()) is not None


def split_caption_credit(text: str) -> Caption | None:
    """The caption in `text` with its trailing photo credit split off, or None when no credit ends it.

    >>> split_caption_credit("Crowds in Lyon on May 2, 2024. JEAN DUPONT/AFP VIA GETTY IMAGES")
    Caption(text='Crowds in Lyon on May 2, 2024.', credit='JEAN DUPONT/AFP VIA GETTY IMAGES')
    """
    stripped = text.strip()
    if len(stripped.split()) < 4:
        return None
    bracketed = _BRACKETED_LABELLED_CAPTION.match(stripped)
    if bracketed is not None:
        return split_caption_credit(f"{bracketed.group('caption').strip()} {bracketed.group('credit')}")
    # "… in Riyadh, August 20, 2026. SPA/Handout via Nile Wire": the outlet that passed the picture on closes a
    # credit of its own.
    passed_on = _PASSED_ON_BY.search(stripped)
    if passed_on is not None:
        inner = split_caption_credit(stripped[: passed_on.start()])
        if inner is not None and inner.credit and "/" in inner.credit:
            return Caption(text=inner.text, credit=inner.credit + stripped[passed_on.start() :])
    for pattern in (
        _BRACKETED_CREDIT,
        _LABELLED_CREDIT,
        _INITIAL_CLOSED_CREDIT,
        _BARRED_PHOTO_CREDIT,
        _COPYRIGHT_CREDIT,
        _GLUED_CREDIT,
        _AGENCY_SLASH_NAME,
        _PHOTO_DESK_CREDIT,
        _SLASHED_FILE_CREDIT,
        _AGENCY_HANDOUT_CREDIT,
        _SOURCE_PHOTO_CREDIT,
        _PLACED_CAPTION_CREDIT,
        _AGENCY_SIGNED_CAPTION,
    ):
        match = pattern.search(stripped)
        if match and len(stripped[: match.start("credit")].split()) >= 3:
            return Caption(
                text=_without_separator(stripped[: match.start("credit")]),
                credit=stripped[match.start("credit") :].strip(),
            )
    credit = _trailing_caps_credit(stripped)
    if credit is not None:
        return Caption(text=_without_separator(stripped[: len(stripped) - len(credit)]), credit=credit)
    return None


# "[Image: Families leave Tarvo on Tuesday.] Photo: Harbour FM": the caption held in brackets behind its label, the
# credit after them.
_BRACKETED_LABELLED_CAPTION = re.compile(
    r"^\[\s*(?:image|photo|picture|caption)\s*:\s*(?P<caption>[^\[\]]{10,400})\]\s+(?P<credit>\S.*)$", re.IGNORECASE
)


# "Photo: …", or the label in brackets: "[Photo] Families leave Tarvo on Tuesday. Photo: Harbour FM".
_LEADING_PHOTO_LABEL = re.compile(
    r"^(?:(?:photo|image|picture|pictured|above|top|file photo)\s*:|[\[(]\s*(?:photo|image|picture|file photo)\s*[\])]\s*:?)\s*",
    re.IGNORECASE,
)


def labelled_caption(text: str) -> Caption | None:
    """ "Photo: Elders meet the president in Mogadishu. (Horn Daily/Ali Nur)": a caption under a label.

    The label alone would make the whole line look like a credit ("Photo: Getty Images"); a line whose
    rest is a caption of its own, with its credit, is a caption.
    """
    label = _LEADING_PHOTO_LABEL.match(text.strip())
    if label is None:
        return None
    return split_caption_credit(text.strip()[label.end() :])


def _without_separator(text: str) -> str:
    """Caption text without the dash or bar some sites put before the credit ("… 2024. — AFP PHOTO")."""
    return text.rstrip().rstrip("—–-|·•").rstrip()


def is_credit_line(line: str) -> bool:
    """Whether a whole line is only a photo credit ("Photo: Getty Images", "(Image: © NASA)")."""
    stripped = line.strip()
    if not stripped or len(stripped) > 140:
        return False
    if _BRACKETED_LABELLED_CAPTION.match(stripped) and split_caption_credit(stripped) is not None:
        return False  # "[Image: Workers reseal the road.] Photo: Harbour FM" holds a caption before its credit
    if _CREDIT_LINE.match(stripped):
        return True
    words = stripped.split()
    caps_credit = _trailing_caps_credit("x x x. " + stripped)
    return caps_credit == stripped and len(words) <= 10
