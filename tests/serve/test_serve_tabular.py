"""CSV tables byte for byte: quoting, empty cells, formula guards, column order and the header."""

from __future__ import annotations

from wirewatch.serve import tabular


def test_a_small_table_comes_out_byte_for_byte() -> None:
    rows = [
        {"id": 1, "title": "Talks in Doha, day two", "rank": -1.25, "note": None},
        {
            "id": 2,
            "title": 'The "envoy" said: wait',
            "rank": 0.5,
            "note": '=HYPERLINK("x")',
            "extra": "dropped",
        },
        {"id": 3, "title": "Zürich\nsecond line", "note": "-5 casualties"},
        {"id": 4, "title": "@desk", "rank": 2, "note": "+1 report"},
    ]
    response = tabular.csv_response(rows, ("id", "title", "rank", "note"), "hits")
    assert response.body == (
        b"id,title,rank,note\n"
        b'1,"Talks in Doha, day two",-1.25,\n'
        b'2,"The ""envoy"" said: wait",0.5,"\'=HYPERLINK(""x"")"\n'
        b'3,"Z\xc3\xbcrich\nsecond line",,\'-5 casualties\n'
        b"4,'@desk,2,'+1 report\n"
    )
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="hits.csv"'


def test_an_empty_table_still_has_its_header() -> None:
    response = tabular.csv_table([], tabular.article_row, "articles")
    assert response.body == b"article_id,title,url,published,rank,snippet\n"
