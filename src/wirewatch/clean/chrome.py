"""Patterns for page chrome: the lines around a story that are not the story.

Kept apart from the cleaners the way trafilatura keeps its selectors in `xpaths.py`, so both the
flattened-text path and the HTML path read the same list and a new pattern is added in one place.
Every pattern matches a *whole* line (after trimming) and is limited in length, so a story
sentence that merely mentions "share" or "comments" is never taken for chrome.

`classify_chrome_line` gives the reason a line is chrome (the string recorded in `RemovedBlock`),
or None for a line that may be story text — or is a caption or photo credit, which `captions.py`
splits. It recognises bylines and datelines too; `byline_authors` and `parse_date` read the
names and the date out of those lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from dateutil import parser as date_parser

from wirewatch.clean.captions import has_caption_label, is_credit_line, split_caption_credit

SHARE_WIDGET = "share widget"
TEASER_LINK = "teaser link"
SECTION_LABEL = "section label"
PHOTO_CAPTION = "photo caption"
PHOTO_CREDIT = "photo credit"
DISCLAIMER = "disclaimer"
CORRECTION_PROMPT = "correction prompt"
CORRECTION_NOTICE = "correction notice"
TAG_LIST = "tag list"
COMMENT_PROMPT = "comment prompt"
SYNDICATION_NOTE = "syndication note"
NAVIGATION = "navigation"
BYLINE = "byline"
DATELINE = "dateline"
ADVERTISEMENT = "advertisement"
SUBSCRIPTION_PROMPT = "subscription prompt"
COOKIE_NOTICE = "cookie notice"
COPYRIGHT = "copyright notice"
LINK = "bare link"
PAGE_TITLE = "page title"
SITE_NAME = "site name"
AUTHOR_BIO = "author bio"
TIMESTAMP = "live-blog timestamp"
READING_TIME = "reading time"

_SOCIAL = (
    r"facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|email|e-mail|mail|print|google\+|"
    r"flipboard|messenger|tumblr|instagram|youtube|rss|sms|copy link|vk|weibo|wechat|pocket"
)
_SOCIAL = _SOCIAL + r"|link\s+kopieren|copier\s+le\s+lien|copiar\s+enlace"
# Page tools in a row of share links: "Print | Email to a colleague | Download PDF".
_TOOL = (
    r"download(?:\s+pdf)?|e-?mail\s+(?:to\s+a\s+(?:colleague|friend)|this(?:\s+(?:article|story|page))?)"
    r"|save\s+to\s+(?:folder|favou?rites|reading\s+list|my\s+\w+)|bookmark"
)
_SHARE_VERB = r"(?:share|compartir|teilen|partager|condividi|compartilhar|delen|поделиться)"
# "Facebook Twitter LinkedIn", "Share on X   Share on Facebook   WhatsApp", "Teilen: Facebook | X | E-Mail".
_SOCIAL_WORDS = re.compile(
    rf"(?:{_SHARE_VERB}(?:\s+(?:on|via|en|sur|this|article|story))*\s*:?\s*)?"
    rf"(?:(?:{_SHARE_VERB}\s+(?:on|via|en|sur)\s+)?\b(?:{_SOCIAL})(?:-\w+)?\b[\s,|·•/]*)+",
    re.IGNORECASE,
)

_TEASER_LABEL = re.compile(
    r"""^(?:trending(?:\s+now|\s+stories)?|related(?:\s+(?:articles?|stories|posts|content|coverage|news|reading|links?|topics|videos?))?
        |read\s+more|read\s+next|read\s+also|also\s+read|see\s+also|more\s+from\s+.{1,40}|more\s+(?:stories|news|on\s+this(?:\s+story)?)
        |(?:we\s+)?recommend(?:ed)?(?:\s+(?:stories|articles|for\s+you|reading|videos?))?|most\s+(?:read|popular|viewed|shared)|popular(?:\s+(?:posts|stories|now))?
        |you\s+may\s+(?:also\s+)?like(?:\s+these\s+posts)?|you\s+might\s+(?:also\s+)?like|don'?t\s+miss|must\s+read.{0,30}|up\s+next
        |latest(?:\s+(?:news|stories|posts|articles))?|top\s+stories|editor'?s\s+picks?|what\s+to\s+read\s+next|further\s+reading|reading\s+list
        |more\s+in\s+.{1,30}|recent\s+posts|random\s+posts|in\s+case\s+you\s+missed\s+it|watch|listen|story\s+timeline
        |(?:previous|earlier|past|older|back)\s+(?:digests?|issues?|editions?|bulletins?|newsletters?|updates?)
        |weitere\s+beiträge(?:\s+zum\s+thema)?|lire\s+aussi|à\s+lire\s+aussi|leer\s+más|lee\s+también|vea\s+también|mehr\s+zum\s+thema
        |lea\s+también|ver\s+también|lesen\s+sie\s+auch|leia\s+também|veja\s+também|leggi\s+anche
        |вам\s+также\s+может\s+быть\s+интересно|читайте\s+также)\s*[:»›>→.…]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_INLINE_TEASER = re.compile(
    # ">> READ MORE: …", "» Related: …": some sites set an arrow before the label.
    r"^(?:(?:>{1,3}|[»›→▶►])\s*)?"
    r"(?:related(?:\s+(?:updates?|stories|articles?|coverage|reports?|news|briefings?|bulletins?|readouts?|digests?|translations?|dispatches|items?|links?))?"
    r"|most\s+(?:read|popular|viewed|shared)|yesterday'?s\s+live\s+(?:blog|page)|also\s+on\s+[\w .'’-]{2,40}"
    # A wire's links to its other stories under the brief: "More from Harbour Wire: Port reopens | Ferry fares rise".
    # The outlet is a name in capitals; "More from the minister's speech: …" opens a story line.
    # "Read more on Harbour FM: Ferry fares rise | Port reopens": the same links under a label naming the outlet.
    r"|(?:more\s+from|read\s+more\s+(?:on|from|at))\s+(?:the\s+)?(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,5})"
    r"|read\s+more|read\s+also|also\s+read|see\s+also|more|watch|listen|recommended|trending|read"
    # A radio site's promos and a newsletter's contents: "Listen again: …", "Programme note: …", "In this issue: …".
    r"|listen\s+again|listen\s+live|tune\s+in|program(?:me)?\s+note|in\s+this\s+(?:issue|edition|newsletter|bulletin)"
    # "COMMUNITY NOTICEBOARD: Found - ID book … | Choir auditions Saturday": the board written as one word too.
    r"|(?:community|public|station)\s+(?:notice\s*board|notice|board|announcement)s?|announcements?|notices?|notice\s*board"
    r"|also\s+in\s+this\s+(?:bulletin|edition|issue|newsletter|programme|program|update)"
    r"|other\s+(?:items|stories|reports)\s+in\s+this\s+(?:bulletin|edition|issue|newsletter|digest|update)"
    # A monitor's links to its back issues under the digest: "Previous digests: No. 11/2031 (1-7 May) | No. 10/2031".
    # "Previous update: … | Next update: …" is the navigation to the issues either side, read below.
    r"|(?:previous|earlier|past|older|back)\s+(?:digests?|issues?|editions?|bulletins?|newsletters?|updates?)(?!.*[|·•]\s*next\b)"
    # The same inline teasers on pages in other languages ("Lea también: ¿Qué pasó…?").
    r"|lire\s+aussi|à\s+lire\s+aussi|mehr|lesen\s+sie\s+auch|le[ae]\s+también|leer\s+más|vea\s+también"
    r"|ver\s+también|leia\s+também|veja\s+também|leggi\s+anche)"
    r"\s*[:|»›]\s*\S.{0,600}$",
    re.IGNORECASE,
)

# A news ticker run along the top of the page: "Breaking: Port reopens | Ferry fares rise | Storm warning for
# Tarvo". A lone "Breaking: …" may be the story's own headline; two or more headlines behind the label are a ticker.
_TICKER = re.compile(
    r"^(?:breaking(?:\s+news)?|just\s+in|news\s+ticker|ticker|news\s+flash|flash)\s*:\s*[^|]{2,160}(?:\s\|\s[^|]{2,160}){1,8}$",
    re.IGNORECASE,
)
# A site's links to more stories of a section, run together behind a label: "MORE LOCAL NEWS: Taxi rank upgrade delayed |
# Clinic gets new ambulance | Birds through to the semi-final". A station writing in its own language names the section
# its own way ("More Tarvo Nius: …"), so the label is any few words after "More"; two headlines at least behind it,
# so that "More than 300 people: …" opening a story sentence stays.
_MORE_STORIES_ROW = re.compile(
    r"^more\s+(?:[\w'’&-]+\s+){0,2}[\w'’&-]+\s*:\s*[^|]{2,160}(?:\s\|\s[^|]{2,160}){1,8}$",
    re.IGNORECASE,
)
# A headline ending in a running time is a link to a video: "Why Gibbons Swing (3:04)".
_VIDEO_TEASER = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)$")
# A bare label where an advert sits: "ADVERTISEMENT", "Story continues below advertisement".
_ADVERTISEMENT_LABEL = re.compile(
    r"^(?:advertisement|advertising|advert|ad|ads|sponsored(?:\s+(?:content|links?|stories))?|promoted(?:\s+content)?|paid\s+content|partner\s+content"
    r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+(?:below|the\s+main\s+story)"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|anzeige|publicité|publicidad|реклама)\s*[.:]?$",
    re.IGNORECASE,
)
_COPYRIGHT_NOTICE = re.compile(
    r"^(?:©|\(c\)|copyright\b|all\s+rights\s+reserved).{0,200}$|^.{0,120}\ball\s+rights\s+reserved\.?$"
    r"|^this\s+(?:document|article|material)\s+is\s+(?:subject\s+to|protected\s+by)\s+copyright.*$",
    re.IGNORECASE,
)
_LONGEST_COPYRIGHT_NOTICE = 240
# A notice a page sets in a box of rules: "--- ANNOUNCEMENT ---", "*** PAID NOTICE ***", "=== ADVERTISEMENT ===".
# French-speaking radio sites read paid notices on air as "communiqués" or "avis": "--- COMMUNIQUÉ ---".
_NOTICE_BOX_LABEL = re.compile(
    r"^[-=*_~#]{2,}\s*(?:(?:community|public|station|paid)\s+)?(?:announcements?|notices?|advertisements?|adverts?"
    r"|communiqu[ée]s?|avis|sponsored(?:\s+content)?|promoted|vacanc(?:y|ies)|job\s+offers?)\s*[-=*_~#]{2,}$",
    re.IGNORECASE,
)
# The rule that closes the box: "----------", "* * *", "==========".
_RULE_LINE = re.compile(r"^(?:[-=*_~#]\s?){3,}$")
# How a translator's headnote opens: "The following is a translation of …", "Below is our translation of …".
_TRANSLATION_HEADNOTE = (
    r"(?:the\s+following|below)\s+is\s+(?:an?|our)\s+(?:(?:full|unofficial|abridged|edited|partial)\s+)?"
    r"translation\s+of\b"
)
# (reason, pattern, longest line the pattern may remove). Order matters: the first match wins.
_LINE_PATTERNS: Sequence[tuple[str, re.Pattern[str], int]] = (
    # A live blog's entry time on its own line: "16:40 CEST", "9.05am", "14h30 GMT".
    (
        TIMESTAMP,
        re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$", re.IGNORECASE),
        20,
    ),
    (
        READING_TIME,
        # How long the page says the story takes to read: "Reading time: 4 min", "5 min read", "Lesezeit: 3 Minuten".
        re.compile(
            r"^(?:(?:(?:estimated\s+)?read(?:ing)?\s+time|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura"
            r"|tempo\s+(?:de|di)\s+le(?:itura|ttura))\s*:?\s*(?:about\s+|approx\.?\s+|ca\.\s+|~\s*)?\d{1,3}\s*"
            r"(?:min(?:ute)?s?|minuten|minutos|minuti|mn)\.?"
            r"|(?:about\s+)?\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read)$",
            re.IGNORECASE,
        ),
        40,
    ),
    (
        SHARE_WIDGET,
        re.compile(
            rf"^(?:share(?:\s+(?:this|on|via|the|article|story|post|page))?(?:\s+(?:article|story|post|page|on\s+(?:{_SOCIAL})))?"
            rf"|\d[\d.,]*[kKmM]?\s+shares?|shares?|share\s+this(?:\s+\w+)?:?|tweet|pin\s+it|email\s+me|copied!?"
            rf"|(?:share|post|send)\s+(?:on|to|via)\s+(?:{_SOCIAL})|(?:{_SOCIAL})(?:-\w+)?|click\s+to\s+share.*|partager|teilen|compartir"
            # "Email | X | Facebook | Copy link | Download PDF"
            rf"|(?:(?:{_SOCIAL}|{_TOOL})\s*[|·•]\s*)+(?:{_SOCIAL}|{_TOOL}))\s*:?$",
            re.IGNORECASE,
        ),
        80,
    ),
    (ADVERTISEMENT, _ADVERTISEMENT_LABEL, 80),
    (
        ADVERTISEMENT,
        # "Ad: Mekelle Farmers' Union - improved teff seed now available at all branches": a labelled advert.
        # "[Advertisement] Kestrel Telecom 5G now in Tarvo", "(Sponsored) …": the label in brackets.
        # "ADVERTISEMENT - Tarvo Blood Bank: give blood, save a life": the label set off by a dash.
        re.compile(
            r"^(?:(?:ad|advert|advertisement|sponsored|promoted)\s*:"
            r"|(?:advert|advertisement|sponsored|promoted)\s+[-–—|]\s"
            r"|[\[(]\s*(?:ad|advert|advertisement|sponsored|promoted)\s*[\])]\s*:?)\s*\S.*$",
            re.IGNORECASE,
        ),
        # The label says what the line is, so a hotel's advert of two sentences and a phone number goes too.
        260,
    ),
    (
        ADVERTISEMENT,
        # A station's paid notices, closed by a number to ring: "Harbour FM reads death notices after the 6pm
        # news. Call or SMS 0700 000 000." A story reports an appeal in its own words ("Police asked residents to
        # call 0700 …"); it does not end a paragraph by telling the reader to ring. An advert sets its parts off
        # by dashes instead of full stops: "Buy Certified Maize Seed Today - Free delivery - Call 0700 000 111".
        re.compile(
            r"^.{10,200}(?:[.!?]\s+|\s[-–—|]\s+)(?:call|ring|phone|sms|text|whatsapp)(?:\s*(?:or|/|and)\s*(?:call|sms|text|whatsapp))?"
            r"(?:\s+us)?(?:\s+(?:on|at))?\s*:?\s*\+?\d[\d ()-]{6,18}\d\s*\.?$",
            re.IGNORECASE,
        ),
        260,
    ),
    (
        ADVERTISEMENT,
        # A sponsor's line over a bulletin: "This bulletin is brought to you by Tarvo Hardware - cement, roofing iron.
        # Next to the police station.", "Brought to you by Kestrel Seeds - …". A story does not address its reader so.
        re.compile(
            r"^(?:(?:this|today['’]?s|the)\s+(?:[\w'’-]+\s+){0,3}(?:is|are|was)\s+)?brought\s+to\s+you\s+by\s+\S.*$",
            re.IGNORECASE,
        ),
        260,
    ),
    (
        ADVERTISEMENT,
        # An advert's small print as its last sentence: "Norvik Savings: home loans from 3.1%. Terms apply." A story
        # reports terms in a sentence of its own ("Strict terms apply to the new loans, the bank said.").
        re.compile(
            r"^.{5,160}[.!?]\s+\*?(?:(?:full\s+)?terms(?:\s+(?:and|&)\s+conditions)?|t\s*&\s*cs?|ts\s*&\s*cs"
            r"|conditions(?:\s+may)?)\s+apply\s*[.!]?$",
            re.IGNORECASE,
        ),
        200,
    ),
    (
        CORRECTION_PROMPT,
        re.compile(
            r"^(?:truth\s+and\s+accuracy|submit\s+a\s+correction.*|suggest\s+a\s+correction.*|corrections?(?:\s+policy)?"
            r"|we\s+are\s+committed\s+to\s+(?:truth|accuracy).*|(?:read\s+)?our\s+editorial\s+standards.*|fact\s+check\s+this.*"
            # "Spotted an error?" is a prompt; "Engineers found an error in the code." is a story.
            r"|(?:spotted|found|see|notice)\s+an?\s+(?:error|mistake|typo)\s*\?.*|report\s+an?\s+(?:error|typo|correction)\s*[.:!→]?)$",
            re.IGNORECASE,
        ),
        240,
    ),
    (
        CORRECTION_NOTICE,
        # A corrections box under or over a story: "CORRECTION: An earlier version of this article said
        # …", "Correction, 18 February 2025: …". Between label and colon there may only be a date, so
        # "Corrections officers said: …" stays a story line; the stock opening "An earlier version of
        # this story …" is never story text.
        re.compile(
            r"^\(?\s*(?:(?:corrections?|clarifications?)(?:[\s,(]+(?=[^:]{0,40}\d)[^:]{1,40}?)?\s*:\s*\S.*"
            r"|(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|article|report|piece|post)\b.*"
            r"|this\s+(?:story|article|report|piece|post)\s+(?:has\s+been|was)\s+(?:corrected|amended)\b.*)$",
            re.IGNORECASE,
        ),
        500,
    ),
    (
        DISCLAIMER,
        re.compile(
            r"^(?:disclaimer\b.*|the\s+[\w .'’&-]{2,60}\s+has\s+not\s+reviewed\s+this\s+(?:story|article|content).*"
            # A monitor's note on its own updates: "About these updates: … Next update: 16 December 2025."
            r"|about\s+(?:these|this|our)\s+(?:updates?|reports?|bulletins?|briefs?|data)\s*:.*|next\s+update\s*:.*"
            # A monitor's note on how it counts: "Methodology: SCW records incidents confirmed by …".
            r"|(?:methodology|data(?:\s+note)?)\s*:.*"
            # "Note: Figures are preliminary and may be revised as verification continues. UMCHM counts …".
            # "Note: UMCO's figures are based on reports from field monitors …".
            # "Note: Figures in this bulletin are provisional and based on interviews …".
            # "Note: casualty and arrest figures are given as reported by the sources named …".
            r"|note\s*:\s*(?:all\s+)?(?:the\s+)?(?:[\w.&-]+(?:['’]s?)?\s+)?"
            r"(?:(?:casualty|death|arrest|detention|displacement)\s+(?:and\s+(?:casualty|death|arrest|detention|displacement)\s+)?)?"
            r"(?:figures|numbers|tolls?|data)\s+"
            r"(?:(?:in|of)\s+this\s+(?:bulletin|report|update|brief|summary)\s+)?"
            r"(?:are|is|were|may|remain|come|came)\b.*"
            # "Note: Kabul Media Watch translations are unofficial. Names are transliterated as in the original."
            r"|note\s*:\s*(?:the\s+)?[\w .'’&-]{0,60}\btranslations?\s+(?:are|is)\s+(?:unofficial|not\s+official|our\s+own)\b.*"
            # "Translator's note: The dam is also spelled Velka in some sources.": a note on the translation standing as
            # a paragraph of its own speaks of the translation, not of the events. A bracketed note inside a paragraph
            # stays with its paragraph.
            r"|translator['’]?s\s+note\s*:.*"
            # "Note: The Monitor has not independently verified the reports above. Figures are provisional …".
            r"|note\s*:\s*.{0,80}\bnot\s+(?:been\s+able\s+to\s+)?independently\s+(?:verif|confirm)\w*\b.*"
            # "Note: SEO documents incidents through a network of field correspondents and verifies each one …".
            r"|note\s*:\s*(?:the\s+)?[\w .'’&()-]{2,60}?\s+(?:documents|records|verifies|compiles|collects|counts)\s+"
            r"(?:all\s+)?(?:incidents|events|cases|violations|attacks|casualties)\b.*"
            # "Note: The Monitor compiles this digest from official statements and its own sources. …".
            r"|note\s*:\s*(?:the\s+)?[\w .'’&()-]{2,60}?\s+(?:compiles|prepares|produces|writes|bases)\s+"
            r"(?:this|these|the|its|our)\s+(?:digests?|bulletins?|updates?|briefs?|reports?|summar(?:y|ies)|newsletters?|round-?ups?)"
            r"\s+(?:from|on)\b.*"
            # "… translates reports from state media. Inclusion does not imply endorsement."
            r"|.{0,200}\b(?:inclusion|publication|reproduction)\s+(?:here\s+)?does\s+not\s+(?:imply|constitute|mean)\s+(?:an?\s+)?endorsement\b.*"
            r"|(?:the\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\s+(?:in\s+this\s+\w+\s+)?(?:are|do\s+not).*"
            r"|this\s+(?:story|article|content|post)\s+(?:was|has\s+been|is)\s+(?:automatically\s+)?(?:generated|provided|not\s+edited).*"
            r"|(?:it\s+is\s+)?provided\s+to\s+our\s+readers\s+as\s+a\s+service.*"
            r"|(?:ftc|disclosure)\s*:.*|this\s+(?:post|article|page)\s+(?:may\s+)?contains?\s+affiliate\s+links.*"
            # Legal boilerplate of product and health sites.
            r"|.*\b(?:are|is)\s+(?:a\s+)?registered\s+trademarks?\s+of\b.*|.*\bnot\s+been\s+evaluated\s+by\s+the\s+food\s+and\s+drug\s+administration\b.*"
            r"|\W?the\s+information\s+(?:provided\s+|contained\s+)?(?:on|in)\s+this\s+(?:web\s?)?site\b.*|[+*†]\s*results\s+(?:may\s+)?vary\b.*"
            r"|consult\s+your\s+(?:physician|doctor)\s+before\b.*)$",
            re.IGNORECASE,
        ),
        400,
    ),
    (
        SYNDICATION_NOTE,
        re.compile(
            r"^(?:\(?\s*(?:produced|published|written|distributed)\s+(?:in\s+(?:association|partnership|collaboration)\s+with|by\s+arrangement\s+with)\s+.{2,80}"
            # A wire's sign-off in brackets may name several desks: "(Reporting by Ana Roe in Tarvo and Jon Doe in Vell;
            # Writing by the Harbour desk; Editing by Kim Lee)". The closing bracket bounds it, so it may run longer.
            r"|\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+(?:provided\s+)?by\s+[^()]{2,240}\)\.?"
            r"|\(?\s*(?:additional\s+)?reporting\s+(?:provided\s+)?by\s+.{2,120}|\(?\s*(?:writing|editing)\s+by\s+.{2,120}"
            # "This story is republished from …'s newsletter.", "This article was first published in …".
            r"|\(?\s*this\s+(?:story|article|piece|post)\s+(?:(?:is|was|has\s+been)\s+)?(?:originally\s+|first\s+)?(?:appeared|published|ran|reprinted|republished)\s+(?:on|in|at|by|with|from)\s+.{2,120}"
            r"|\(?\s*(?:originally\s+)?(?:published|appeared)\s+(?:on|in|at)\s+.{2,80}|\(?\s*republished\s+with\s+permission.{0,120}"
            r"|\(?\s*(?:originally|first)\s+(?:published|appeared)\s+by\s+.{2,80}"
            # "Translated from Arabic by the … desk. The original report was published by …"
            # "Translated and summarised by … Words in square brackets are ours."
            r"|\(?\s*translated\s+(?:and\s+(?:summari[sz]ed|abridged|edited|condensed)\s+)?(?:from\s+[^\W\d_]+\s+)?(?:by|for)\s+.{2,200}"
            # "Text of report:", "Text of statement:": the label a monitoring service puts over the translation.
            r"|(?:full\s+)?text\s+of\s+(?:the\s+)?(?:report|statement|communiqu[ée]|readout|broadcast|item)\s*:"
            # "Text ends.", "(Text ends)": a monitoring service's mark where the translated text stops.
            r"|\(?\s*text\s+ends\s*\.?\s*\)?\.?"
            # "[Translated from Arabic]"; "This statement … is published as received, translated from Spanish by our
            # newsroom."
            r"|\[\s*translated\s+from\s+[^\]]{2,160}\]|\[\s*(?:translator|editor)'?s\s+note\s*:[^\]]{2,200}\]"
            # "[End of text]", "[End of KNA report]", "[End of the agency's report. Translated from Ostlandic
            # by our desk.]": the translation's close.
            r"|\[\s*end\s+of\s+(?:[\w.'’&-]+\s+){0,4}?"
            r"(?:text|translation|statement|readout|report|communiqu[ée]|transcript)\b[^\]]{0,200}\]"
            r"|\[\s*translation\s+ends\s*\]"
            r"|(?:end\s+of\s+translation|translation\s+ends)\s*\.?"
            # "Editor's note: The statement below was issued on Wednesday by … We publish it as received."
            r"|(?:translator|editor)'?’?s\s+note\s*:\s*.{0,160}\b(?:below|following|above|as\s+received|translated|reproduced|republished)\b.{0,300}"
            # "The following report was carried by the state news agency on Monday evening. Translated from …"
            r"|the\s+following\s+(?:report|statement|text|item|communiqu[ée])\s+(?:was|is)\s+(?:carried|issued|published|released)\b.{0,240}"
            # "The report below was carried by the state news agency on Monday. Translated from Arabic by …"
            r"|the\s+(?:report|statement|text|item|communiqu[ée])\s+below\s+(?:was|is)\s+(?:carried|issued|published|released)\b.{0,240}"
            # "Yemen Dispatch publishes below the full text of a statement issued on Friday by …"
            r"|.{0,80}\bpublishes\s+below\s+the\s+(?:full\s+)?text\s+of\b.{0,300}"
            # "The following is a translation of a report by the state news agency, published in Ostlandic …"
            # "Below is our translation of a report carried by the state news agency. The headline is ours."
            r"|(?:the\s+following|below)\s+is\s+the\s+(?:full\s+)?text\s+of\b.{0,240}"
            rf"|{_TRANSLATION_HEADNOTE}.{{0,240}}"
            # A bulletin's method and sources: "Compiled from official statements, …", "Sources: Saba; ONA; …".
            r"|(?:compiled|prepared)\s+from\s+.{2,200}|sources?\s*:\s*[^;]{2,80}(?:;\s*[^;]{2,100}){1,12}"
            # "Sources: Al-Akhbar, Shafaq News, Iraqi government statements, …": a list, no sentence.
            r"|sources?\s*:\s*[^,;.]{2,60}(?:,\s*[^,;.]{2,60}){2,12}\.?"
            r"|.{0,160}\bis\s+published\s+as\s+received\b.{0,200}"
            # "This article was translated from the Spanish edition of La Ría."
            r"|\(?\s*this\s+(?:story|article|report|piece)\s+(?:was|has\s+been|is)\s+translated\s+from\s+.{2,160}"
            r"|\(?\s*(?:source|via|courtesy)\s*:\s*.{2,80}|\(?\s*©?\s*(?:the\s+)?associated\s+press\s+contributed.{0,120})$",
            re.IGNORECASE,
        ),
        260,
    ),
    (
        SYNDICATION_NOTE,
        # "The following is a translation of a report by the state news agency, published in Ostlandic. Dates in the
        # original follow the old calendar; we have added ours in square brackets. The headline and notes are ours.":
        # a translator's headnote longer than the notes above, told by its remarks on the translation itself, so
        # that a paragraph carrying the translated story after such an opening stays.
        re.compile(
            rf"^{_TRANSLATION_HEADNOTE}(?=.*\b(?:(?:are|is)\s+ours|our\s+own|we\s+have\s+(?:added|kept|shortened|abridged)"
            r"|in\s+square\s+brackets|(?:have|has)\s+been\s+(?:kept|omitted)|headline\s+by\s+the|(?:are|is)\s+transliterated)\b).*$",
            re.IGNORECASE,
        ),
        600,
    ),
    (
        SYNDICATION_NOTE,
        # "[Translator's note: Casualty figures are as given in the original report … Place names are transliterated
        # from Ostlandic.]": a bracketed note on the translation longer than the notes above. The closing bracket says
        # where it ends, so it may run to several sentences.
        re.compile(r"^\[\s*(?:translator|editor)['’]?s\s+note\s*:[^\[\]]{2,560}\]$", re.IGNORECASE),
        600,
    ),
    (
        TAG_LIST,
        re.compile(
            r"^(?:tags?|tagged(?:\s+with)?|topics?|filed\s+(?:to|under|in)|categor(?:y|ies)|keywords?|schlagwörter|mots-clés|etiquetas|теги)"
            r"(?:\s*:\s*.{0,300}|\s*)$",
            re.IGNORECASE,
        ),
        320,
    ),
    (
        COMMENT_PROMPT,
        re.compile(
            r"^(?:conversation|comments?|\d+\s+comments?|comments?\s*\(\d+\)"
            # "9 COMMENTS | Sort by: newest": the count over the thread with its sorting control.
            r"|(?:\d+\s+comments?|comments?\s*\(\d+\))\s*[|·•]\s*sort(?:ed)?\s+by\b.{0,40}|(?:post|leave|add|write|submit)\s+a\s+(?:comment|reply|response).*"
            r"|join\s+the\s+(?:conversation|discussion).*|(?:show|view|load|see|read)\s+(?:all\s+)?(?:\d+\s+)?comments?.*|be\s+the\s+first\s+to\s+comment.*"
            r"|no\s+comments?(?:\s+yet)?\.?|discussion|reply|comment\s+policy|commenting\s+(?:policy|guidelines).*|kommentare?|commentaires?|comentarios?)$",
            re.IGNORECASE,
        ),
        160,
    ),
    (
        SUBSCRIPTION_PROMPT,
        re.compile(
            r"^(?:subscribe(?:\s+(?:now|today|here))?|subscribe\s+to\s+.{1,80}|sign\s+up(?:\s+(?:now|today|here|for\s+.{0,60}\b(?:newsletters?|alerts|emails?|updates|our)\b.{0,60}))?"
            r"|(?:get|receive)\s+.{1,80}\s+(?:delivered\s+)?(?:to|in)\s+your\s+inbox.*|(?:get|receive)\s+.{1,80}\s+delivered\b.*"
            r"|newsletters?(?:\s+sign[\s-]?up)?|already\s+a\s+(?:subscriber|member).*|(?:like|enjoy(?:ed)?)\s+this\s+(?:article|story)\?"
            r"|become\s+a\s+(?:member|subscriber|patron).*|support\s+(?:our|independent)\s+journalism.*|to\s+continue\s+reading.*"
            r"|you\s+have\s+\d+\s+free\s+(?:articles?|stories).*|follow\s+(?:us|by\s+email|[\w.'’ ]{1,40}\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin|tiktok|x)\b.{0,60})(?:\s+on\s+.{1,40})?|(?:search\s+)?subscribe\s*(?:sign|log)\s*in|search\s+(?:sign|log)\s+in(?:\s+subscribe)?"
            r"|.{0,120}\b(?:whatsapp|text|call|message)\s+(?:the\s+newsroom|our\s+newsroom|us)\s*(?:on|at|:).{0,40}"
            r"|forwarded\s+this\s+(?:e-?mail|newsletter|message)\s*\?.{0,200}"
            r"|.{0,200}\bsign\s+up\s+to\s+(?:receive|get)\b.{0,200}|refresh\s+(?:this|the)\s+page\b.{0,80}"
            # A radio station's own programme: "Listen to the Morning Bulletin every weekday from 6am on 101.3 FM."
            r"|listen\s+to\b.{0,120}\b\d{2,3}(?:[.,]\d)?\s*fm\b.{0,60}"
            # "Catch our news bulletins in English and Somali at 7am, 1pm and 7pm on 98.3 FM, or listen live …"
            # "Tune in to Peace Corner every Saturday at 4 pm on 89.4 FM."
            r"|(?:catch|tune\s+in\s+to|hear)\s.{0,120}\b\d{2,3}(?:[.,]\d)?\s*fm\b.{0,80}"
            # "Radio Wadi broadcasts daily on shortwave and online. Listen to our evening bulletin at 19:00 …"
            r"|.{0,60}\bbroadcasts\s+(?:daily|weekly|live|every\s+\w+|around\s+the\s+clock)\s+(?:on|in|from)\b.{0,120}\blisten\b.{0,120}"
            r"|listen\s+to\s+(?:our|the\s+full)\b.{0,120}"
            # "Listen to Karamoja Voice News every day at 7am, 1pm and 7pm, in Ngakarimojong and English.", "Listen
            # to Bui Voice News at 7am, 1pm and 7pm in Lamnso, Pidgin and English."
            # "Kapul FM News is on air at 7am, 12 noon and 6pm, Monday to Saturday."
            r"|[\w .'’&-]{2,60}?\s+(?:news|bulletins?)\s+(?:is|are)\s+on\s+(?:the\s+)?air\s+(?:at|every|daily)\b.{0,120}"
            # "Listen to Voice of Twic news in English every day at 1 pm and 6 pm."
            r"|listen\s+to\s+[\w .'’&-]{2,60}?\s+(?:news|bulletins?)\s+(?:in\s+[A-Z][\w ,]{2,40}?\s+)?(?:every\s+\w+|daily|on\s+weekdays"
            r"|at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)\b)\b.{0,120}"
            # "Follow the English news on Harbour FM 98.3 every day at 1pm and 7pm, and on our Facebook page."
            r"|follow\s+(?:the\s+|our\s+)?[\w .'’&-]{0,60}?\b(?:news|bulletins?)\s+(?:in\s+[A-Z][\w ,]{2,40}?\s+)?(?:on|from)\s+"
            r".{2,60}?\s+(?:every\s+\w+|daily|on\s+weekdays)\b.{0,120}"
            # "Tigris Monitor is an independent, non-partisan project. Republication with attribution only."
            r"|.{0,80}\bis\s+an?\s+independent\b.{0,40}\b(?:project|initiative|outlet|monitor|newsroom|platform)\b.{0,200}"
            r"|.{0,80}\bis\s+funded\s+by\s+(?:its\s+)?(?:members|readers|subscribers|listeners|independent\s+foundations?|donors)\b.{0,200}"
            r"|.{0,200}\bsign\s+up\s+here"
            r"|.{0,200}\bunsubscribe\s+at\s+any\s+time\b.{0,200}|no\s+spam\b.{0,200}|join\s+our\s+.{1,60}\b(?:forums?|community|newsletter|mailing\s+list)\b.{0,200})\s*[.!:]?$",
            re.IGNORECASE,
        ),
        200,
    ),
    (
        COOKIE_NOTICE,
        re.compile(
            r"^(?=.*\bcookies?\b)(?=.*\b(?:we\s+use|(?:this|our)\s+(?:web\s?)?site\s+uses|by\s+(?:continuing|using)"
            r"|cookie\s+(?:policy|settings|preferences|consent)|(?:accept|allow|reject)(?:\s+all)?\s+cookies\s*[.!]?$"
            r"|consent\s+to|your\s+(?:browsing|experience|device|consent|privacy))).*$",
            re.IGNORECASE,
        ),
        600,
    ),
    (COPYRIGHT, _COPYRIGHT_NOTICE, _LONGEST_COPYRIGHT_NOTICE),
    (
        COPYRIGHT,
        # "Tarvo Watch is a network of monitors based in Tarvo. Contact: desk@tarvowatch.example", "… is a service of
        # Harbour Monitoring. Support: desk@hm.example | (c) 2031 Harbour Monitoring": the publisher's blurb closing
        # the page, told by the address to write to that ends it. A story names an address in the middle of a
        # sentence ("… said in an e-mail to info@…"), not as a labelled field after its last one.
        re.compile(
            r"^.{10,400}[.!?|]\s*(?:(?:contact|support|e-?mail|enquiries|inquiries)\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
            r"(?:\s*[|·•]\s*(?:©|\(c\)|copyright)\s*\d{4}\b.{0,80})?)$",
            re.IGNORECASE,
        ),
        480,
    ),
    (
        AUTHOR_BIO,
        # "Jane Roe is a freelance writer based in Toronto. Her work has appeared in …"
        # A name, "is a … writer", and a sign of a bio (where they live, where their work appeared),
        # so that a story about a detained journalist is not taken for a bio.
        re.compile(
            r"^(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}"
            r"(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|freelancer)\b"
            r"(?=.*\b(?:based\s+in|work\s+has\s+(?:also\s+)?appeared|writes\s+about|covers|follow\s+(?:him|her|them)|reached\s+at)\b|.*@\w).*$"
            r"|^(?i:have\s+a\s+(?:news\s+)?tip\?|about\s+the\s+author\b).*$|^.{0,80}\b(?i:(?:may|can)\s+be\s+reached\s+at)\b.*$",
        ),
        500,
    ),
    (
        NAVIGATION,
        re.compile(
            r"^(?:home(?:page)?|menu|main\s+menu|back\s+to\s+(?:main\s+)?(?:menu|top)|search(?:\s+\S+)?|skip\s+to\s+(?:main\s+)?content|scroll\s+to\s+top|top"
            r"|next|previous|prev|next\s+(?:article|story|post)|previous\s+(?:article|story|post)|prev(?:ious)?next.*|sign\s+in|log\s*in|log\s+out|register"
            r"|my\s+account|contact(?:\s+us)?|about(?:\s+us)?|privacy(?:\s+policy)?|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions))?"
            r"|cookie\s+(?:policy|settings)|sitemap|site\s+map|toggle\s+navigation|close|open|more|all|sections|advertise(?:\s+with\s+us)?|careers"
            r"|help|faq|rss(?:\s+feeds?)?|accessibility|view\s+(?:all|more)|see\s+(?:all|more).*|load\s+more|show\s+more|expand|collapse|print\s+edition"
            r"|zurück(?:\s+zur\s+übersicht)?|accueil|inicio|главная|impressum|datenschutz|kontakt|[›‹»«×•|·\-–—>]+|\d{1,3}|false|true|null|undefined)\s*$",
            re.IGNORECASE,
        ),
        60,
    ),
    (
        NAVIGATION,
        # The links to the stories either side, on one line: "Previous: Tarvo council backs bridge | Next: Kestrel
        # port reopens".
        re.compile(
            r"^(?:«\s*)?prev(?:ious)?(?:\s+(?:story|article|post|item|report|update|brief|bulletin|digest|issue|edition))?\s*:\s*.{2,200}?\s*[|·•]\s*"
            r"next(?:\s+(?:story|article|post|item|report|update|brief|bulletin|digest|issue|edition))?\s*:\s*.{2,200}$",
            re.IGNORECASE,
        ),
        420,
    ),
)

# One name per "|": section names contain spaces ("Middle East", "Science & Astronomy").
_SECTION_NAMES = (
    "News|World|Politics|Business|Sport|Sports|Opinion|Tech|Technology|Science|Health|Entertainment|"
    "Lifestyle|Life|Culture|Arts|Video|Videos|Local|National|U.S.|US|UK|Economy|Markets|Money|Travel|"
    "Food|Style|Weather|Education|Environment|Climate|Middle East|Africa|Asia|Europe|Americas|"
    "Breaking News|Latest News|Analysis|Features|Reviews|Blog|Blogs|Podcasts|Photos|Gaming|Finance|"
    "Crime|Law|Media|Auto|Autos|Cars|Real Estate|Nation|Metro|Editorials|Columns|Obituaries|"
    "Science & Astronomy|Space|Security|Defense|Military|Actualités|Monde|Politique|Nachrichten|"
    "Politik|Wirtschaft|Noticias|Mundo|Internacional|Новости|أخبار|Context|Background|Explainer|Timeline|Factbox|"
    "Other incidents|Other developments|In other news|Also this week|Elsewhere|Summary|Key points|Details"
)
_SECTION_WORDS = frozenset(name.lower() for name in _SECTION_NAMES.split("|"))


_LONGEST_HEADING = 16
_LONGEST_ACRONYM = 4
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# The signature under an embedded post: "— Jane Roe (@janeroe) November 18, 2019".
_EMBEDDED_POST_SIGNATURE = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+.{4,40}$")
_COMMENT_AUTHOR = re.compile(
    r"^\S.{0,60}?\s(?:says|said|wrote|writes|replied|schreibt|dit)\s*:?$", re.IGNORECASE
)
_COMMENT_THREAD_HEAD = re.compile(
    r"^\d+\s+(?:responses?|replies|comments?|reactions?|thoughts)\s+(?:to|on)\b.{0,200}$"
    r"|^(?:leave\s+a\s+reply|join\s+the\s+(?:conversation|discussion))\b.*$",
    re.IGNORECASE,
)


_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"""[.!?…。！？]["'”’»)\]]*\s*(?:\[\w{1,4}\])?\s*$""")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# An ISO date is not the head of a longer number: "Item no. KMD-TR-2031-05-1147" is an item number, not 11 May.
_DATE = re.compile(
    rf"""(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}(?!\d)(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)
      | (?P<mdy>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})
      | (?P<dmy>\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})
      | (?P<numeric>\b\d{{1,2}}/\d{{1,2}}/\d{{4}})
      | (?P<dotted>\b\d{{1,2}}\.\d{{1,2}}\.\d{{4}})""",
    re.VERBOSE | re.IGNORECASE,
)
# Month names of the other languages `detect_language` knows, for "12 mars 2025", "3. Juli 2024".
_FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "janvier januar enero gennaio janeiro januari",
            "février fevrier februar febrero febbraio fevereiro februari",
            "mars märz marzo março maart",
            "avril april abril aprile",
            "mai mayo maggio maio mei",
            "juin juni junio giugno junho",
            "juillet juli julio luglio julho",
            "août aout august agosto augustus",
            "septembre september septiembre settembre setembro",
            "octobre oktober octubre ottobre outubro",
            "novembre november noviembre novembro",
            "décembre decembre dezember diciembre dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
_FOREIGN_DATE = re.compile(
    r"\b(?P<day>\d{1,2})(?:er)?\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?(?P<year>\d{4})\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|от|written\s+by|posted\s+by)\s+(?P<names>[^\W\d_][\w.'’\- ]{1,80}?"
    r"(?:\s*(?:,|and|&|und|et|y)\s*[^\W\d_][\w.'’\- ]{1,60}?)*)"
    r"(?=\s*(?:$|[—–|,/•·]|\s-\s|\bon\b|\bpublished\b|\bupdated\b|\d|@))",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "di", "du", "le", "la", "dos"}
)
_NOT_NAME_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "next",
        "last",
        "this",
        "the",
    }
    | {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november"}
    | {"december", "morning", "afternoon", "evening", "night", "week", "year", "noon", "midnight", "now"}
)
_DATE_LABEL = re.compile(
    r"^(?:published|updated|posted|last\s+updated|date|publié|mis\s+à\s+jour|veröffentlicht|stand|publicado|actualizado)\b",
    re.I,
)
_HANDLE = re.compile(r"\s@\w{2,30}\b")
_FOREIGN_DATE_LABEL = re.compile(
    r"^(?:publié|mis\s+à\s+jour|veröffentlicht|stand|publicado|actualizado|pubblicato)\b", re.I
)
_NAME_THEN_DATE = re.compile(r"^(?P<name>(?:[A-Z][\w.'’\-]+\s+){1,3}[A-Z][\w.'’\-]+)\s*(?:[—–|/•·-]|@)")


def ends_sentence(text: str) -> bool:
    """Whether text ends like a sentence (".", "?", "!", "…", closing quote, a footnote mark)."""
    return _SENTENCE_END.search(text) is not None


def _looks_like_name(name: str) -> bool:
    """ "Marta Oyelaran", "Jan van der Berg" — but not "Friday afternoon" or "Next Week"."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    if any(word.lower().strip(".,") in _NOT_NAME_WORDS for word in words):
        return False
    return all(word[:1].isupper() or word.lower() in _NAME_PARTICLES for word in words)


def byline_authors(text: str) -> tuple[str, ...]:
    """The authors a byline names ("By Jane Roe and John Doe" → both), or () for a line that is no byline."""
    match = _BYLINE.match(text)
    if match:
        names = re.split(r"\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b)\s*", match.group("names"))
        return tuple(name.strip(" .") for name in names if _looks_like_name(name.strip(" .")))
    if _DATE.search(text) or _foreign_date(text) or _HANDLE.search(text):
        match = _NAME_THEN_DATE.match(text)
        if match and _looks_like_name(match.group("name")):
            return (match.group("name"),)
    return ()


def _foreign_date(text: str) -> re.Match[str] | None:
    for match in _FOREIGN_DATE.finditer(text):
        if match.group("month").lower() in _FOREIGN_MONTHS:
            return match
    return None


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY_THEN_MONTH = re.compile(rf"\b\d{{1,2}}\s+{_MONTH_NAMES}\b")
_MONTH_THEN_DAY = re.compile(rf"\b{_MONTH_NAMES}\.?\s+\d{{1,2}}\b(?!,?\s*\d{{3}})")


def writes_day_before_month(text: str) -> bool:
    """Whether a story writes its dates day first ("10 April") more often than month first ("April 10").

    An English edition of a Colombian paper writes "10 April" and stamps "11/04/2024": its numeric
    dates follow the same order as its written ones.
    """
    return len(_DAY_THEN_MONTH.findall(text)) > len(_MONTH_THEN_DAY.findall(text))


_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|released|issued)\b\s*(?:on\s*|:\s*)?", re.IGNORECASE)


_WEEKDAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|s|nesday|rsday|rs|r|urday)?\b\.?", re.IGNORECASE
)
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def parse_date(text: str, *, day_first: bool = False) -> str | None:
    """The first date written in `text` as ISO ("November 4, 2025" → "2025-11-04"), or None.

    "29.08.2024" is always day first; "11/04/2024" is read month first unless `day_first` (a page
    not in English) or the first number cannot be a month.
    """
    # "Reporting period 1–7 December 2025 · Published Tuesday, 9 December 2025": the labelled date is the one.
    label = _PUBLISHED_LABEL.search(text)
    match = (_DATE.search(text, label.end()) if label else None) or _DATE.search(text)
    if match is None:
        foreign = _foreign_date(text)
        if foreign is None or not 1 <= int(foreign.group("day")) <= 31:
            return None
        month = _FOREIGN_MONTHS[foreign.group("month").lower()]
        return f"{int(foreign.group('year')):04d}-{month:02d}-{int(foreign.group('day')):02d}"
    try:
        # A date stamp labelled in another language ("Publicado: 11/04/2024") puts the day first.
        foreign_label = bool(_FOREIGN_DATE_LABEL.match(text.strip()))
        day_first_here = day_first or foreign_label or bool(match.group("dotted"))
        moment = date_parser.parse(match.group(0), fuzzy=False, dayfirst=day_first_here)
        weekday = _WEEKDAY.search(text)
        if weekday is not None and "/" in match.group(0) and moment.weekday() != _WEEKDAYS[weekday.group(1).lower()]:
            # "Wed 08/04/2026": the weekday says which number is the day.
            other = date_parser.parse(match.group(0), fuzzy=False, dayfirst=not day_first_here)
            moment = other if other.weekday() == _WEEKDAYS[weekday.group(1).lower()] else moment
    except (ValueError, OverflowError):
        return None
    if match.group("iso") and ("T" in match.group(0) or " " in match.group(0)):
        return moment.isoformat()
    return moment.date().isoformat()


def nearest_reading(stamp: str, value: str, text: str) -> str:
    """ "12/08/2026" over a story whose caption says "August 11, 2026": where a numeric stamp reads both ways, the
    reading nearest the full dates the story writes, since a report is stamped within days of what it tells."""
    match = _DATE.search(stamp)
    if match is None or not match.group("numeric") or len(value) != 10:
        return value
    first, second, _ = (int(number) for number in match.group("numeric").split("/"))
    if first > 12 or second > 12 or first == second:
        return value
    written = []
    for found in _DATE.finditer(text):
        if found.group("mdy") or found.group("dmy") or (found.group("iso") and len(found.group(0)) == 10):
            try:
                written.append(date_parser.parse(found.group(0), fuzzy=False).date())
            except (ValueError, OverflowError):
                continue
    if not written:
        return value
    read = date_parser.parse(value).date()
    other = read.replace(month=read.day, day=read.month)

    def distance(day: date) -> int:
        return min(abs((day - told).days) for told in written)

    return other.isoformat() if distance(other) < distance(read) else value


# "Item ID: HM-2031-0042 | Source language: Ostlandic | Posted: 3 May 2031, 09:10 GMT | Desk: Tarvo": a monitoring
# service's record of the item, a row of labelled fields, one of them the publication stamp. Too many words for a
# date line, and the first date in it may sit inside an item number, so the stamp is read from its own field. Two
# fields are a row too: "Original time stamp: 10.03.2031, 09:52 | Translation posted: 10 March 2031, 10:40 GMT".
_FIELD_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+")  # also splits a footer row (_is_footer_row)
_LABELLED_FIELD = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s*\S.{0,60}$")
_LONGEST_FIELD_ROW = 300
# An item number without a colon: a label word, then one code of letters and digits joined by hyphens.
_ITEM_NUMBER_FIELD = re.compile(r"^(?:item|ref(?:erence)?|id|no\.?)\s+(?=[\w-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+$", re.IGNORECASE)
_FEWEST_FIELDS = 2
# "Translation posted: …", "First published: …": the publication label under a word saying which version it stamps.
_QUALIFIED_PUBLICATION_LABEL = re.compile(r"^[^\W\d_][\w'’-]*\s+(?:published|posted)\s*:", re.IGNORECASE)


def _fields_of_row(line: str) -> list[str] | None:
    """The fields of a row set apart by bars or dots, or None for a line too long to be such a row."""
    stripped = line.strip()
    if len(stripped) > _LONGEST_FIELD_ROW:
        return None
    return [field.strip() for field in _FIELD_ROW_SEPARATOR.split(stripped)]


def labelled_stamp(line: str) -> str | None:
    """The publication-stamp field of a row of labelled fields ("Posted: 3 May 2031"), or None for another line."""
    fields = _fields_of_row(line)
    if fields is None:
        return None
    # "Item SM-KZ-20310503-007 | Source language: Kazakh | Posted: 03.05.2031 09:10": the item number opening the
    # record may stand without its label's colon.
    labelled = fields[1:] if _ITEM_NUMBER_FIELD.match(fields[0]) else fields
    if len(labelled) < _FEWEST_FIELDS or not all(_LABELLED_FIELD.match(field) for field in labelled):
        return None
    stamps = [
        field
        for field in fields
        if (_DATE_LABEL.match(field) or _QUALIFIED_PUBLICATION_LABEL.match(field)) and parse_date(field) is not None
    ]
    return stamps[0] if stamps else None


# "Posted by Newsroom | Thursday, 12 February 2031 | 07:10 | Reporter: Ana Roe", "Published 21 April 2031 | Download PDF
# (1.1 MB) | Share: X · Email": a row of the page's own fields opened by the one saying when the page was posted, too
# long for a date line and not all written "Label: value". A date bar without such a field ("Friday, 9 October 2031 |
# Tarvo 33°C") may give the day the page was read rather than the day it came out; a row opened by something else (a
# byline, a place, a bulletin number) is left to the byline and date-line rules.
_ROW_PUBLICATION_LABEL = re.compile(r"\b(?:published|posted|released|issued)\b", re.IGNORECASE)
_LONGEST_ROW_FIELD = 12


def row_stamp(line: str) -> str | None:
    """The field dating the page in a row of short fields set apart by bars and opened by one labelled "Posted" or
    "Published": that field when it holds the date, else the first date after it. None for another line."""
    fields = _fields_of_row(line)
    if fields is None or len(fields) < 2 or any(
        len(_WORD.findall(field)) > _LONGEST_ROW_FIELD or ends_sentence(field) for field in fields
    ):
        return None
    if not _ROW_PUBLICATION_LABEL.match(fields[0]):
        return None
    return next((field for field in fields if parse_date(field) is not None and is_dateline(field)), None)


def is_dateline(line: str) -> bool:
    """Whether a short line is only a date or a publication stamp ("Published: May 2, 2025 at 9:14 am")."""
    line = line.strip()
    if labelled_stamp(line) is not None or row_stamp(line) is not None:
        return True
    match = _DATE.search(line) or _foreign_date(line)
    if match is None or len(_WORD.findall(line)) > 14:
        return False
    rest = line[: match.start()] + line[match.end() :]
    # "On March 3, 2024, the court ruled." is a story sentence; "Published: March 3, 2024." is not.
    return not ends_sentence(line) or bool(_DATE_LABEL.match(line)) or len(_WORD.findall(rest)) <= 3


def is_comment_author_line(line: str) -> bool:
    """Whether a line heads one reader comment ("jdoe says:", "Ana M. wrote:")."""
    stripped = line.strip()
    return len(stripped.split()) <= 8 and _COMMENT_AUTHOR.match(stripped) is not None


def is_comment_thread_head(line: str) -> bool:
    """Whether a line opens a reader-comment thread ("34 responses to “…”", "Leave a Reply")."""
    return _COMMENT_THREAD_HEAD.match(line.strip()) is not None


def is_embedded_post_signature(line: str) -> bool:
    """Whether a line signs an embedded social post ("— Jane Roe (@janeroe) November 18, 2019")."""
    return _EMBEDDED_POST_SIGNATURE.match(line.strip()) is not None


def is_teaser_label(line: str) -> bool:
    """Whether a line introduces a teaser link ("Trending:", "Related:", "Read more", "Most Read")."""
    stripped = line.strip()
    return len(stripped) <= 60 and bool(_TEASER_LABEL.match(stripped))


def is_advertisement_label(line: str) -> bool:
    """Whether a line only marks where an advert sits ("ADVERTISEMENT", "Scroll to continue")."""
    stripped = line.strip()
    return len(stripped) <= 80 and bool(_ADVERTISEMENT_LABEL.match(stripped))


def is_notice_box_label(line: str) -> bool:
    """Whether a line opens a notice set in a box of rules ("--- ANNOUNCEMENT ---", "*** PAID NOTICE ***")."""
    return _NOTICE_BOX_LABEL.match(line.strip()) is not None


def is_rule_line(line: str) -> bool:
    """Whether a line is only a horizontal rule ("----------", "* * *")."""
    return _RULE_LINE.match(line.strip()) is not None


def is_section_label(line: str) -> bool:
    """Whether a line is a bare section name ("News", "Politics", "Science & Astronomy")."""
    return line.strip().rstrip(":").lower() in _SECTION_WORDS


def is_capitalised_heading(line: str) -> bool:
    """ "BACKGROUND NOTES", "MONITOR'S NOTE", "TOP STORY: AN IRANIAN ENVOY IN MUSCAT": a short line in capitals
    without a full stop heads a part of the page; it tells nothing itself."""
    letters = [character for character in line if character.isalpha()]
    words = len(_WORD.findall(line))
    return (
        len(letters) >= 4
        and all(character.isupper() for character in letters)
        # One word in capitals is a heading when it is longer than an acronym ("NIASSA", not "NATO").
        and (2 <= words <= _LONGEST_HEADING or (words == 1 and len(letters) > _LONGEST_ACRONYM))
        and not line.endswith((".", "!", "?", "\"", "”"))
        and not is_dateline(line)
    )


def is_social_row(line: str) -> bool:
    """Whether a line lists only social networks ("Facebook Twitter LinkedIn", "Facebook-f Linkedin-in"), perhaps
    with the page's own tools after them ("Share: Facebook | X | Email | 14 comments | Listen (4 min)")."""
    stripped = line.strip()
    if 0 < len(stripped) <= 120 and _SOCIAL_WORDS.fullmatch(stripped) is not None:
        return True
    if len(stripped) > _LONGEST_TOOL_ROW:
        return False
    items = [item.strip() for item in _ROW_ITEM_SEPARATOR.split(_SHARE_ROW_LABEL.sub("", stripped, count=1))]
    networks = sum(1 for item in items if _SOCIAL_ITEM.fullmatch(item))
    return (
        networks >= _FEWEST_NETWORKS_IN_TOOL_ROW
        and networks < len(items)
        and all(_SOCIAL_ITEM.fullmatch(item) or _PAGE_TOOL_ITEM.fullmatch(item) for item in items)
    )


# A share row that also carries the page's tools: a comment count, a read-aloud button with its running time, the
# text-size buttons. Two networks at least, so that "Listen | 3 comments" alone is left to the other rules.
_LONGEST_TOOL_ROW = 160
_FEWEST_NETWORKS_IN_TOOL_ROW = 2
_ROW_ITEM_SEPARATOR = re.compile(r"\s*[|·•]\s*")
_SHARE_ROW_LABEL = re.compile(rf"^{_SHARE_VERB}(?:\s+(?:on|via|this|article|story))*\s*:\s*", re.IGNORECASE)
_SOCIAL_ITEM = re.compile(rf"(?:{_SOCIAL}|{_TOOL})(?:-\w+)?", re.IGNORECASE)
_PAGE_TOOL_ITEM = re.compile(
    r"\d[\d.,]*[kK]?\s+comments?|comments?(?:\s*\(\d[\d.,]*\))?"
    r"|(?:listen|read\s+aloud|play\s+audio)(?:\s+to\s+(?:this\s+)?(?:article|story))?(?:\s*\(\d{1,3}\s*min(?:ute)?s?\.?\))?"
    r"|a\s?\+\s*a\s?-|a\s?-\s*a\s?\+",
    re.IGNORECASE,
)


# "News agency | Gulf | Levant | Yemen | Photos | Subscribe": a site's menu flattened to one line.
_MENU_ITEM = re.compile(r"^[^\W\d_][\w&'’.-]*(?:\s+[\w&'’.-]+){0,2}$")


def _is_menu_row(line: str) -> bool:
    items = [item.strip() for item in line.split("|")]
    return len(items) >= 5 and all(_MENU_ITEM.match(item) and not item.endswith(".") for item in items)


# "Search... | Sign in | Subscribe to E-Paper (T1,500/month)": a site's account bar, every item a link the page patterns
# know on its own. The price in brackets closing it would otherwise be read as a photo credit, the row as a caption.
# "Reading time: 4 min | 1.2k shares": the same bar under a headline, the story's reading time beside its share count.
_TOOL_ROW_SEPARATOR = re.compile(r"\s+\|\s+")
_SITE_TOOL_REASONS = frozenset({NAVIGATION, SUBSCRIPTION_PROMPT, SHARE_WIDGET, READING_TIME})


def _is_site_tool_row(line: str) -> bool:
    # A search box shows its placeholder with an ellipsis: "Search...".
    items = [item.strip().rstrip(".…").strip() for item in _TOOL_ROW_SEPARATOR.split(line)]
    return len(items) >= 2 and all(
        item
        and any(
            reason in _SITE_TOOL_REASONS and len(item) <= longest and pattern.match(item)
            for reason, pattern, longest in _LINE_PATTERNS
        )
        for item in items
    )


# "Harbour FM 98.3, Tarvo | Licensed by the regulator | (c) 2031 Harbour Media Ltd. All rights reserved. | Privacy":
# a site's footer flattened to one line, the copyright notice one of its items. A caption with its credit after a bar
# ("Boats in Tarvo harbour. | © Jane Roe") has two items, a footer row more.
_LONGEST_FOOTER_ROW = 400
_FEWEST_FOOTER_ITEMS = 3


def _is_footer_row(line: str) -> bool:
    items = _FIELD_ROW_SEPARATOR.split(line)
    return (
        len(line) <= _LONGEST_FOOTER_ROW
        and len(items) >= _FEWEST_FOOTER_ITEMS
        and any(len(item) <= _LONGEST_COPYRIGHT_NOTICE and _COPYRIGHT_NOTICE.match(item) for item in items)
    )


def classify_chrome_line(line: str) -> str | None:
    """The reason a line is page chrome ("share widget", "teaser link", …), or None if it may be story text.

    >>> classify_chrome_line("Submit a Correction →")
    'correction prompt'
    >>> classify_chrome_line("The council met on Tuesday.") is None
    True
    """
    stripped = line.strip().rstrip("→»›").strip()
    if not stripped:
        return None
    # A list of teasers run together ("Other items in this bulletin: 1. … | 3. … | 4. …") may run longer.
    teaser_length = 220 if stripped.count(" | ") < 2 else 600
    if is_teaser_label(stripped) or (len(stripped) <= teaser_length and _INLINE_TEASER.match(stripped)):
        return TEASER_LINK
    if is_social_row(stripped):
        return SHARE_WIDGET
    if len(stripped) <= 160 and _VIDEO_TEASER.search(stripped):
        return TEASER_LINK
    if len(stripped) <= 600 and (_TICKER.match(stripped) or _MORE_STORIES_ROW.match(stripped)):
        return TEASER_LINK
    if _URL_ONLY.match(stripped):
        return LINK
    for reason, pattern, longest in _LINE_PATTERNS:
        if len(stripped) <= longest and pattern.match(stripped):
            return reason
    if _is_menu_row(stripped) or _is_site_tool_row(stripped):
        return NAVIGATION
    if is_section_label(stripped):
        return SECTION_LABEL
    # Captions and credits are not chrome to drop but text to keep apart: `captions.py` reads them.
    if is_credit_line(stripped) or has_caption_label(stripped) or split_caption_credit(stripped) is not None:
        return None
    if _is_footer_row(stripped):
        return COPYRIGHT
    if is_embedded_post_signature(stripped):
        return None  # the signature under a quoted post belongs with the post
    if len(_WORD.findall(stripped)) <= 20 and byline_authors(stripped):
        return BYLINE
    if is_dateline(stripped):
        return DATELINE
    return None
