"""Highlighted text is cut into escaped segments; spans never duplicate or drop text."""

from incidents.templatetags.incident_tags import evidence_excerpts, highlight_segments, month_chart


def test_segments_cover_the_text_exactly():
    text = "Alpha beta gamma delta"
    segments = highlight_segments(
        text, [(6, 10, "group", "/g/1/", "B"), (0, 5, "location", "", ""), (8, 16, "person", "", "")]
    )
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.kind) for s in segments if s.kind] == [
        ("Alpha", "location"),
        ("beta", "group"),
        (" gamma", "person"),
    ]  # overlap clipped


def test_spans_outside_the_text_are_clipped():
    segments = highlight_segments("short", [(3, 99, "group", "", ""), (50, 60, "group", "", "")])
    assert [(s.text, s.kind) for s in segments] == [("sho", ""), ("rt", "group")]


def test_evidence_excerpts_are_the_paragraphs_holding_evidence():
    text = "First paragraph.\nSecond has the evidence here.\nThird."
    start = text.index("evidence")
    excerpts = evidence_excerpts(text, [{"text": "evidence", "start": start, "end": start + 8}])
    assert len(excerpts) == 1
    assert "".join(s.text for s in excerpts[0]).strip() == "Second has the evidence here."


def test_month_chart_scales_to_the_tallest_month():
    import datetime as dt

    chart = month_chart([(dt.date(2025, 1, 1), 2), (dt.date(2025, 2, 1), 4)])
    assert chart["top"] == 4 and chart["bars"][1]["h"] == 2 * chart["bars"][0]["h"]
    assert month_chart([])["bars"] == []
