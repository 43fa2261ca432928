"""Times: date expressions found, normalized at their precision, anchored only to what the page gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from wirewatch.analyze.times import find_times
from wirewatch.clean import clean_page
from wirewatch.model import TimeExpression
from wirewatch.read import read_path

pytestmark = pytest.mark.slow


def times_of(nlp: Language, body: str, published: date | None, captions: tuple[str, ...] = ()):
    return find_times(nlp(body), [nlp(caption) for caption in captions], published)


def readings(times: tuple[TimeExpression, ...]) -> list[tuple[str, str | None, str, str]]:
    return [(time.text, time.value, time.precision, time.anchor) for time in times]


def test_absolute_dates_need_no_anchor(nlp: Language) -> None:
    body = (
        "The council met on Aug. 17, 2021, again on 3 March 2019 and on 2020-04-05. The plan dates from "
        "June 2021, was drafted in spring 2019, recalls the 1990s, has run since 2007 and ends by 2030."
    )
    assert readings(times_of(nlp, body, None)) == [
        ("Aug. 17, 2021", "2021-08-17", "day", "absolute"),
        ("3 March 2019", "2019-03-03", "day", "absolute"),
        ("2020-04-05", "2020-04-05", "day", "absolute"),
        ("from June 2021", "2021-06", "month", "absolute"),
        ("spring 2019", "2019-SP", "season", "absolute"),
        ("the 1990s", "199", "decade", "absolute"),
        ("since 2007", "2007", "year", "absolute"),
        ("by 2030", "2030", "year", "absolute"),
    ]


def test_offsets_point_into_body_and_captions(nlp: Language) -> None:
    body = "Talks resumed on Tuesday.\n\nThe envoy left last year."
    caption = "The envoy in Valdoria on June 27, 2021."
    times = times_of(nlp, body, date(2022, 5, 12), (caption,))
    for time in times:
        text = body if time.caption is None else caption
        assert text[time.start : time.end] == time.text
    assert [time.caption for time in times] == [None, None, 0]


def test_relative_expressions_anchor_to_the_publication_date(nlp: Language) -> None:
    # Thursday 12 May 2022.
    body = (
        "Shelling resumed on Tuesday and yesterday. On 3 March the town fell; last year it was quiet, "
        "two weeks ago it was not. Earlier this month talks stalled; next week they resume, and last summer "
        "they had failed. On Thursday last week a convoy arrived."
    )
    assert readings(times_of(nlp, body, date(2022, 5, 12))) == [
        ("on Tuesday", "2022-05-10", "day", "publication"),
        ("yesterday", "2022-05-11", "day", "publication"),
        ("On 3 March", "2022-03-03", "day", "publication"),
        ("last year", "2021", "year", "publication"),
        ("two weeks ago", "2022-04-25", "week", "publication"),
        ("Earlier this month", "2022-05", "month", "publication"),
        ("next week", "2022-05-16", "week", "publication"),
        ("last summer", "2021-SU", "season", "publication"),
        ("On Thursday last week", "2022-05-05", "day", "publication"),
    ]


def test_a_yearless_date_after_the_publication_is_last_year(nlp: Language) -> None:
    times = times_of(nlp, "The siege began on 20 December.", date(2023, 1, 15))
    assert readings(times) == [("on 20 December", "2022-12-20", "day", "publication")]


def test_sequence_expressions_follow_the_date_before_them(nlp: Language) -> None:
    body = (
        "On 3 March, regime forces shelled the village. On the same day, rebels clashed with troops. "
        "A day later, jets struck the outskirts, and two weeks later the road reopened. Hours later a "
        "convoy left, a week after the ceasefire."
    )
    assert readings(times_of(nlp, body, date(2024, 3, 5))) == [
        ("On 3 March", "2024-03-03", "day", "publication"),
        ("On the same day", "2024-03-03", "day", "publication"),
        ("A day later", "2024-03-04", "day", "publication"),
        ("two weeks later", "2024-03-18", "week", "publication"),
        ("Hours later", "2024-03-18", "day", "publication"),
        # Counted from the ceasefire, whose date the text does not give.
        ("a week after", None, "week", "unanchored"),
    ]


def test_vague_expressions_stay_unanchored(nlp: Language) -> None:
    times = times_of(nlp, "The meeting came just weeks after the vote.", date(2022, 5, 12))
    assert readings(times) == [("just weeks after", None, "week", "unanchored")]


def test_without_publication_date_never_today(nlp: Language) -> None:
    body = "Rebels entered the town on Tuesday.\n\nThe truce collapsed last year."
    assert readings(times_of(nlp, body, None)) == [
        ("on Tuesday", None, "day", "unanchored"),
        ("last year", None, "year", "unanchored"),
    ]


def test_without_publication_date_bounded_by_the_latest_date_on_the_page(nlp: Language) -> None:
    body = "The truce collapsed last year.\n\nA parade was held on October 31, 2022."
    assert readings(times_of(nlp, body, None))[0] == ("last year", "2021", "year", "bounded")


def test_lower_case_month_words_are_not_dates(nlp: Language) -> None:
    body = "Protesters may march again in May, they said, and may 4 more join."
    assert readings(times_of(nlp, body, date(2022, 5, 12))) == [("in May", "2022-05", "month", "publication")]


def test_a_month_without_year_is_the_latest_one(nlp: Language) -> None:
    body = "Prices have risen since January; the dam burst in November."
    assert readings(times_of(nlp, body, date(2024, 2, 20))) == [
        ("since January", "2024-01", "month", "publication"),
        ("in November", "2023-11", "month", "publication"),
    ]


def test_seed_page(nlp: Language, seed_page: Path) -> None:
    article = clean_page(list(read_path(str(seed_page), 10_000_000))[0])
    times = find_times(nlp(article.text), [nlp(c.text) for c in article.captions], date(2022, 11, 1))
    found = {(time.text, time.value, time.precision) for time in times}
    assert {
        ("Aug. 17, 2021", "2021-08-17", "day"),
        ("June 27, 2021", "2021-06-27", "day"),
        ("October 31, 2022", "2022-10-31", "day"),
        ("since 2007", "2007", "year"),
        ("last year", "2021", "year"),
        ("just weeks after", None, "week"),
    } <= found


def test_weekdays_in_a_wire_story_count_from_the_day_its_dateline_gives(nlp: Language) -> None:
    body = "TARVO, Nov. 3 (Gulf Wire) — The two delegations met on Saturday, officials said."
    # Published the next day, a Saturday: the story was filed on Friday the 3rd, so "Saturday" is the 28th.
    values = {time.text: time.value for time in times_of(nlp, body, date(2023, 11, 4))}
    assert values == {"Nov. 3": "2023-11-03", "on Saturday": "2023-10-28"}
    # A dateline date far from the publication date is not the filing day: the page's own date counts.
    values = {time.text: time.value for time in times_of(nlp, body, date(2023, 12, 20))}
    assert values["on Saturday"] == "2023-12-16"


def test_a_month_or_day_with_a_relative_year_is_one_expression(nlp: Language) -> None:
    body = "In late October last year, fighters raided the base. On 3 March this year, talks resumed."
    assert [(text, value, precision) for text, value, precision, _ in readings(times_of(nlp, body, date(2024, 10, 14)))] == [
        ("late October last year", "2023-10", "month"),
        ("On 3 March this year", "2024-03-03", "day"),
    ]
    unanchored = times_of(nlp, body, None)
    assert [(t.value, t.anchor) for t in unanchored] == [(None, "unanchored"), (None, "unanchored")]


def test_a_year_naming_which_happening_is_a_date(nlp: Language) -> None:
    body = (
        "The town fell after the 2009 uprising in the north. Their 2016 split and 2014's offensive"
        " followed. The 2000 displaced families came later; the army counted 1998 of them."
    )
    assert readings(times_of(nlp, body, None)) == [
        ("2009", "2009", "year", "absolute"),
        ("2016", "2016", "year", "absolute"),
        ("2014", "2014", "year", "absolute"),
    ]


def test_overnight_is_the_night_just_ended_dated_by_the_report_s_day(nlp: Language) -> None:
    body = "Gunmen raided the town of Kestrel overnight, killing six people, officials said."
    assert readings(times_of(nlp, body, date(2031, 5, 8))) == [("overnight", "2031-05-08", "day", "publication")]


def test_this_evening_and_last_night_are_the_report_s_day_and_the_night_before(nlp: Language) -> None:
    body = "The president received a call this evening. Fighting broke out in Tarvo last night, residents said."
    assert [(text, value) for text, value, *_ in readings(times_of(nlp, body, date(2031, 5, 8)))] == [
        ("this evening", "2031-05-08"),
        ("last night", "2031-05-07"),
    ]


def test_a_readouts_today_followed_by_its_weekday_is_that_weekday(nlp: Language) -> None:
    # Filed on Monday evening, published on Tuesday 13 October 2026.
    times = find_times(nlp("The president received today, Monday, the foreign minister."), [], date(2026, 10, 13))
    assert [(time.text, time.value) for time in times] == [("today, Monday", "2026-10-12")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The minister is due to return to Ankara on Thursday.", "2031-05-08"),  # published on a Thursday
        ("Talks will resume in Doha on Saturday.", "2031-05-10"),
        ("Talks will resume, the mediator said on Monday.", "2031-05-05"),  # the telling's own day
        ("Gunmen attacked the post on Saturday.", "2031-05-03"),
        ('Hamas said it "will not talk under fire", after air strikes on Saturday.', "2031-05-03"),
    ],
)
def test_a_weekday_in_a_clause_still_to_come_is_the_coming_one(nlp: Language, sentence: str, day: str) -> None:
    (time,) = find_times(nlp(sentence), (), date(2031, 5, 8))
    assert time.value == day


def test_a_date_that_names_a_movement_or_a_square_is_no_date(nlp: Language) -> None:
    body = (
        "Fighters of the March 23 Movement marched through the town on Tuesday, and youths of the 6 April Youth "
        "Movement gathered on 25 January Square. The talks of March 23 failed."
    )
    assert [time.text for time in times_of(nlp, body, date(2031, 7, 24))] == ["on Tuesday", "March 23"]
