"""Caption and credit splitting, shared by both cleaners."""

from __future__ import annotations

import pytest

from wirewatch.clean.captions import has_caption_label, is_credit_line, labelled_caption, split_caption_credit
from wirewatch.clean.flat import clean_flat_text
from wirewatch.model import Caption


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "File - Farida Osei, the port authority spokeswoman, in Accra, Ghana, on Aug. 17, 2024. KOFI MENSAH/AFP VIA GETTY IMAGES",
            "File - Farida Osei, the port authority spokeswoman, in Accra, Ghana, on Aug. 17, 2024.",
            "KOFI MENSAH/AFP VIA GETTY IMAGES",
        ),
        (
            # The credit starts after a word with a lower-case letter, even when it is badly capitalised.
            "Delegates leave the summit hall in IStanbul TOMAS REYES ATPIMAGES/GETTY IMAGES",
            "Delegates leave the summit hall in IStanbul",
            "TOMAS REYES ATPIMAGES/GETTY IMAGES",
        ),
        (
            "Rescue crews search the river bank in Dresden, Germany, Tuesday, May 6, 2025. (AP Photo/Jana Kraus)",
            "Rescue crews search the river bank in Dresden, Germany, Tuesday, May 6, 2025.",
            "(AP Photo/Jana Kraus)",
        ),
        (
            "Protesters gather outside parliament in Valletta on Monday. (Marco Borg/Reuters)",
            "Protesters gather outside parliament in Valletta on Monday.",
            "(Marco Borg/Reuters)",
        ),
        (
            "The new lander on its test stand in Bremen. Credit: Orbitwerk",
            "The new lander on its test stand in Bremen.",
            "Credit: Orbitwerk",
        ),
        (
            "Crowds at the reopened market hall in Lyon. [File: Reuters]",
            "Crowds at the reopened market hall in Lyon.",
            "[File: Reuters]",
        ),
        (
            "Displaced families gather at the camp near Kassala on 2 October 2024. — AFP PHOTO",
            "Displaced families gather at the camp near Kassala on 2 October 2024.",
            "AFP PHOTO",
        ),
        (
            "The premier speaks to reporters in Halifax, May 13, 2025. THE ATLANTIC PRESS/Jo Wyndham",
            "The premier speaks to reporters in Halifax, May 13, 2025.",
            "THE ATLANTIC PRESS/Jo Wyndham",
        ),
        (
            # The agency after "via" keeps its own case.
            "Delegates arrive for talks in Tromsø on Saturday, May 24, 2025. SIRI HÅLAND/NTB via Getty Images",
            "Delegates arrive for talks in Tromsø on Saturday, May 24, 2025.",
            "SIRI HÅLAND/NTB via Getty Images",
        ),
        (
            "The two ministers meet in Wonsan in this photo released by KCNA on May 2, 2025. KCNA via REUTERS",
            "The two ministers meet in Wonsan in this photo released by KCNA on May 2, 2025.",
            "KCNA via REUTERS",
        ),
        (
            "Le ministre Hervé Lécuyer à Nantes, le 3 mai 2025. LOÏC GUÉRIN/AFP",
            "Le ministre Hervé Lécuyer à Nantes, le 3 mai 2025.",
            "LOÏC GUÉRIN/AFP",
        ),
        (
            # A web address in the credit: its dots end no sentence.
            "The president speaks by telephone in Tarvo on November 24, 2024. Photo: president.example/Handout",
            "The president speaks by telephone in Tarvo on November 24, 2024.",
            "Photo: president.example/Handout",
        ),
        (
            "Troops on patrol near the border town of Tarvo in 2024. File photo: Northern Courier",
            "Troops on patrol near the border town of Tarvo in 2024.",
            "File photo: Northern Courier",
        ),
        (
            "The two presidents shake hands before their talks in Tarvo on Tuesday. PCO photo",
            "The two presidents shake hands before their talks in Tarvo on Tuesday.",
            "PCO photo",
        ),
        (
            "The general (right) receives the envoy in Tarvo on Tuesday. (Northern Command media office)",
            "The general (right) receives the envoy in Tarvo on Tuesday.",
            "(Northern Command media office)",
        ),
        (
            "Elders and officials meet at the Tarvo border crossing on Wednesday. — Northern Ledger photo",
            "Elders and officials meet at the Tarvo border crossing on Wednesday.",
            "Northern Ledger photo",
        ),
        (
            "FILE PHOTO: Soldiers patrol a road outside Tarvo, March 4, 2030. Northern Wire/Anna Lind/File Photo",
            "FILE PHOTO: Soldiers patrol a road outside Tarvo, March 4, 2030.",
            "Northern Wire/Anna Lind/File Photo",
        ),
        (
            "The crown prince receives the president at the palace in Tarvo on Monday. NPA / Handout",
            "The crown prince receives the president at the palace in Tarvo on Monday.",
            "NPA / Handout",
        ),
        (
            "The two leaders meet in Tarvo, August 20, 2030. NPA/Handout via Harbour Wire",
            "The two leaders meet in Tarvo, August 20, 2030.",
            "NPA/Handout via Harbour Wire",
        ),
        (
            "The minister greets the envoy at the District Secretariat in Tarvo on Wednesday. Photo: Harbour Wave/K. Lind",
            "The minister greets the envoy at the District Secretariat in Tarvo on Wednesday.",
            "Photo: Harbour Wave/K. Lind",
        ),
        (
            # People placed in the picture, then its source in brackets.
            "Ana Roe (left) and Jon Doe tour the ferry terminal in Tarvo on Monday. (Harbour News Agency)",
            "Ana Roe (left) and Jon Doe tour the ferry terminal in Tarvo on Monday.",
            "(Harbour News Agency)",
        ),
        (
            "Jan de Vries (second right) welcomes the envoy at the palace in Tarvo. (Ministerio del Interior)",
            "Jan de Vries (second right) welcomes the envoy at the palace in Tarvo.",
            "(Ministerio del Interior)",
        ),
    ],
)
def test_split_caption_credit(line: str, text: str, credit: str) -> None:
    assert split_caption_credit(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "The summit was attended by the leaders of NATO.",
        "He said the deal was signed with the US/UK ALLIANCE",
        "Officials said the photo was taken in May.",
        "The image shows the summit (left).",
        # A bracketed name closing a sentence that places no one in a picture is no credit.
        "The talks were held at the ministry of defence in Tarvo on Monday. (Kestrel News Agency)",
        "Ana Roe (left) and Jon Doe tour the ferry terminal. Both said the port would reopen. (Harbour News Agency)",
        # "via" an agency closes a credit only after a finished caption sentence.
        "The hostages were flown to the US via Reuters",
        "Footage of the raid reached us via AP",
        "Share",
        "",
    ],
)
def test_story_sentences_have_no_credit(line: str) -> None:
    assert split_caption_credit(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Getty Images",
        "Image copyright Getty Images",
        "Ana Pereira | Bloomberg | Getty Images",
        "Courtesy of the Harbour Museum",
        "(Image: © ESA/J. Moreau)",
        "REUTERS/Jane Doe",
        "Photo by Sam Okafor",
        "KCNA via REUTERS",
    ],
)
def test_credit_lines(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    ["Photos", "Photo of the day", "Credit card rates rise again", "The photo shows a cat on the roof."],
)
def test_lines_that_are_not_credits(line: str) -> None:
    assert not is_credit_line(line)


def test_caption_label() -> None:
    assert has_caption_label("Image caption Crowds outside the court in Tromsø")
    assert has_caption_label("Media caption Watch: the moment the bridge opened")
    assert not has_caption_label("The caption contest drew 400 entries.")


def test_a_labelled_caption_with_its_own_credit_is_a_caption_not_a_credit() -> None:
    line = "Photo: The governor meets elders in Tarvo on Sunday. (Harbor Daily/Ali Nur)"
    assert labelled_caption(line) == Caption(
        text="The governor meets elders in Tarvo on Sunday.", credit="(Harbor Daily/Ali Nur)"
    )
    assert labelled_caption("Photo: Getty Images") is None
    assert labelled_caption("The governor meets elders. (Harbor Daily/Ali Nur)") is None


def test_a_flat_page_keeps_a_labelled_caption_with_its_credit() -> None:
    text = (
        "Governor meets elders\n\n"
        "TARVO — The governor of Northland met a delegation of clan elders in Tarvo on Sunday, his office "
        "said, days after the elders brokered a ceasefire between two clans.\n\n"
        "Photo: The governor meets elders in Tarvo on Sunday. (Harbor Daily/Ali Nur)\n\n"
        "The elders asked for help with the return of displaced families to their villages near the river, "
        "and the governor promised to send water trucks before the end of the month."
    )
    article = clean_flat_text(text)
    assert [caption.credit for caption in article.captions] == ["(Harbor Daily/Ali Nur)"]
    assert len(article.body) == 2


def test_a_flat_page_keeps_a_caption_with_a_bracketed_source_out_of_the_body() -> None:
    text = (
        "Ministers agree to reopen the Tarvo crossing\n\n"
        "The interior ministers of Ostland and Kestrel met at the Tarvo border crossing on Monday and agreed to keep "
        "it open around the clock from next month, the Ostland interior ministry said in a statement.\n\n"
        "Ana Roe (left) and Jon Doe tour the cargo yard at the Tarvo crossing on Monday. (Ostland News Agency)\n\n"
        "The two ministers also agreed to set up a joint operations room against smuggling, and said their "
        "customs chiefs would meet again in Kestrel before the end of the year."
    )
    article = clean_flat_text(text)
    assert article.captions == (
        Caption(
            text="Ana Roe (left) and Jon Doe tour the cargo yard at the Tarvo crossing on Monday.",
            credit="(Ostland News Agency)",
        ),
    )
    assert len(article.body) == 2


def test_a_labelled_credit_closed_by_an_initial_is_split_off() -> None:
    line = "Riot police push protesters off the bridge in Tarvo on Saturday. Photo: Harbour Wave/Ana K."
    assert split_caption_credit(line) == Caption(
        text="Riot police push protesters off the bridge in Tarvo on Saturday.", credit="Photo: Harbour Wave/Ana K."
    )
    assert split_caption_credit("The exhibition in Tarvo opens with a photo by Ana K.") is None


def test_a_caption_under_a_label_in_brackets_loses_the_label() -> None:
    line = "[Photo] Families leave Tarvo on Tuesday as the fighting nears. Photo: Harbour FM/Correspondent"
    assert labelled_caption(line) == Caption(
        text="Families leave Tarvo on Tuesday as the fighting nears.", credit="Photo: Harbour FM/Correspondent"
    )
    assert labelled_caption("[Photo] Getty Images") is None
    assert labelled_caption("(Pictures of the raid were shared online on Monday, the police said.)") is None


def test_a_credit_behind_a_copyright_sign_is_split_off_as_written() -> None:
    line = "Villagers bury the dead in Tarvo on Wednesday. (c) Harbour FM/Ana Roe"
    assert split_caption_credit(line) == Caption(
        text="Villagers bury the dead in Tarvo on Wednesday.", credit="(c) Harbour FM/Ana Roe"
    )
    assert split_caption_credit("Fishing boats leave Norvik harbour at dawn. © Jane Roe") == Caption(
        text="Fishing boats leave Norvik harbour at dawn.", credit="© Jane Roe"
    )
    labelled = "PHOTO: Villagers bury the dead in Tarvo on Wednesday. (c) Harbour FM/Ana Roe"
    assert labelled_caption(labelled) == Caption(
        text="Villagers bury the dead in Tarvo on Wednesday.", credit="(c) Harbour FM/Ana Roe"
    )
    # A footer's copyright notice names a year; a list item after a sentence is the story's own.
    assert split_caption_credit("Harbour FM has served Tarvo since 1990. © 2031 Harbour Media") is None
    assert split_caption_credit("The law sets out three duties. (c) Councils must publish their accounts.") is None


def test_a_flat_page_keeps_a_labelled_caption_with_a_copyright_credit_and_the_quote_above_it() -> None:
    text = (
        "Gunmen kill nine in Tarvo village\n\n"
        "Gunmen killed nine villagers in Tarvo on Tuesday night and burned a dozen houses before fleeing into the "
        "forest, the head of the village council said on Wednesday.\n\n"
        "\"We found the bodies at dawn. Some families are still missing,\" the council head said.\n\n"
        "PHOTO: Villagers bury the dead in Tarvo on Wednesday. (c) Harbour FM/Ana Roe\n\n"
        "The army said it had sent two companies to the area and that patrols on the road to Norvik would be "
        "stepped up until the attackers were found.\n"
    )
    article = clean_flat_text(text)
    assert article.captions == (
        Caption(text="Villagers bury the dead in Tarvo on Wednesday.", credit="(c) Harbour FM/Ana Roe"),
    )
    assert len(article.body) == 3
    assert article.body[1].startswith("\"We found the bodies")


def test_one_sentence_signed_with_an_agencys_acronym_is_a_caption() -> None:
    line = "The governor receives Mr. Jon Doe, the visiting envoy, at the palace in Tarvo on Monday. (ONA)"
    assert split_caption_credit(line) == Caption(
        text="The governor receives Mr. Jon Doe, the visiting envoy, at the palace in Tarvo on Monday.",
        credit="(ONA)",
    )
    # A story sentence signed by the wire reports what someone said, and a paragraph has more than one sentence.
    assert split_caption_credit("Gunmen burned the Tarvo market on Monday night, the governor said. (ONA)") is None
    assert split_caption_credit("The envoy reached Tarvo on Monday. Talks begin on Tuesday at the palace. (ONA)") is None
    # An acronym inside the sentence, before its full stop, names a group, not a source.
    assert split_caption_credit("Fighters of the Tarvo Liberation Front withdrew from the port (TLF).") is None


def test_a_flat_page_keeps_a_caption_signed_with_an_agencys_acronym_out_of_the_body() -> None:
    text = (
        "Ostland and Kestrel sign fisheries accord\n\n"
        "Tarvo, 4 May (ONA) - The prime ministers of Ostland and Kestrel signed a fisheries accord in Tarvo on "
        "Sunday evening, at the close of a two-day session of their joint commission.\n\n"
        "The accord opens each country's coastal waters to the other's trawlers for six months a year and sets up "
        "a joint patrol against illegal fishing.\n\n"
        "The governor receives the Kestrel prime minister at the palace in Tarvo on Monday. (ONA)\n\n"
        "The two prime ministers also agreed to reopen the ferry line between Tarvo and Norvik before the summer."
    )
    article = clean_flat_text(text)
    assert article.captions == (
        Caption(text="The governor receives the Kestrel prime minister at the palace in Tarvo on Monday.", credit="(ONA)"),
    )
    assert len(article.body) == 3


def test_a_credit_set_apart_by_bars_after_the_label_is_split_off() -> None:
    line = "Dockers unload sacks of maize at the Kestrel quay on Friday. PHOTO | HARBOUR LEDGER | Ana Roe"
    assert split_caption_credit(line) == Caption(
        text="Dockers unload sacks of maize at the Kestrel quay on Friday.",
        credit="PHOTO | HARBOUR LEDGER | Ana Roe",
    )
    assert split_caption_credit("Fishermen mend their nets on the beach at Tarvo. PHOTO | FILE | HNG") == Caption(
        text="Fishermen mend their nets on the beach at Tarvo.", credit="PHOTO | FILE | HNG"
    )
    # The bars must follow a finished sentence: a line that runs on into them is no caption.
    assert split_caption_credit("Stalls on the Tarvo quay sell postcards and photo | print | frame sets") is None


def test_a_flat_page_keeps_a_caption_with_a_barred_credit_out_of_the_body() -> None:
    text = (
        "Tarvo dockers strike over unpaid wages\n\n"
        "Dockers at the port of Tarvo stopped work on Friday to demand three months of unpaid wages, leaving "
        "ships waiting in the bay, union officials said.\n\n"
        "The port authority said it would pay the arrears by the end of the month and urged the dockers to "
        "return to work.\n\n"
        "Dockers sit on the quay in Tarvo on Friday during the strike. PHOTO | HARBOUR LEDGER | Ana Roe\n\n"
        "The union said the strike would go on until the money was in the workers' accounts."
    )
    article = clean_flat_text(text)
    assert article.captions == (
        Caption(text="Dockers sit on the quay in Tarvo on Friday during the strike.", credit="PHOTO | HARBOUR LEDGER | Ana Roe"),
    )
    assert len(article.body) == 3


def test_an_agency_signed_caption_may_write_an_initial_glued_to_the_name() -> None:
    line = "Governor B.Tserendorj and Mayor Li Wen open the new customs hall in Tarvo on May 3. (TNA)"
    assert split_caption_credit(line) == Caption(
        text="Governor B.Tserendorj and Mayor Li Wen open the new customs hall in Tarvo on May 3.", credit="(TNA)"
    )
    # Two sentences signed by the agency are a story paragraph, glued initials or not.
    assert split_caption_credit("Governor B.Tserendorj opened the hall. Mayor Li Wen came too. (TNA)") is None
