"""The incident page quotes, beside each fact, the stored sentence it was read from."""

import lxml.html
from django.urls import reverse

from incidents.models import IncidentSource
from incidents.services import annotations
from tests.views.conftest import ARTICLE


def page(client, incident):
    response = client.get(reverse("incident-detail", args=[incident.pk]))
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def tip(doc, key) -> str:
    """The text of a fact's quote tooltip, which its marker button names as its description."""
    (button,) = doc.xpath(f'//button[@aria-describedby="quote-{key}"]')
    assert button.get("type") == "button"  # focusable, and does not submit anything
    (tooltip,) = doc.xpath(f'//*[@id="quote-{key}"]')
    assert tooltip.get("role") == "tooltip"
    return " ".join(tooltip.text_content().split())


LEAD = ARTICLE[ARTICLE.index("A commander") : ARTICLE.index("\n")]
BLAME = ARTICLE[ARTICLE.index("Officials blamed") :]


def test_each_fact_quotes_the_sentence_that_names_it(viewer_client, world):
    doc = page(viewer_client, world["killing"])
    assert LEAD in tip(doc, "type")
    assert LEAD in tip(doc, "place")  # the sentence holding the mention of Alphatown
    assert LEAD in tip(doc, "fatalities")  # the sentence holding "shot dead"
    targets = tip(doc, "targets")
    assert "Test Khorasan Front:" in targets and LEAD in targets
    # Nothing in the stored sentences names the victim or gives date words: said, not invented.
    assert tip(doc, "persons") == "Umar Testani: No stored quote."
    assert tip(doc, "date") == "No stored quote."


def test_only_sentences_supporting_a_fact_are_highlighted(viewer_client, world):
    link = IncidentSource.objects.get(incident=world["killing"])
    start = ARTICLE.index("Officials blamed")
    link.evidence = [*link.evidence, {"text": BLAME, "start": start, "end": len(ARTICLE)}]
    link.save()
    doc = page(viewer_client, world["killing"])
    marks = doc.xpath('//blockquote//mark[contains(@class, "m-evidence")]')
    assert [m.text_content() for m in marks] == [LEAD]
    # The unsupported sentence is still shown, as plain text in its paragraph.
    excerpts = " ".join(b.text_content() for b in doc.xpath('//blockquote[@class="excerpt"]'))
    assert BLAME in excerpts


def test_a_fact_edited_by_hand_says_it_has_no_stored_quote(analyst_client, analyst, world):
    killing = world["killing"]
    annotations.incident_update(killing, user=analyst, fields={"fatalities": 4, "type": "bombing"})
    doc = page(analyst_client, killing)
    assert tip(doc, "fatalities") == "No stored quote: edited by hand."
    assert tip(doc, "type") == "No stored quote: edited by hand."
    assert LEAD in tip(doc, "place")  # facts the analyst left alone keep their quote


def test_a_group_added_by_hand_has_no_quote_and_says_so(analyst_client, analyst, world):
    killing = world["killing"]
    annotations.incident_update(killing, user=analyst, fields={}, perpetrators=[world["army"]])
    assert tip(page(analyst_client, killing), "perpetrators") == "Zedland Army: No stored quote: edited by hand."


def test_article_markup_in_a_quote_is_shown_as_text(viewer_client, world):
    link = IncidentSource.objects.get(incident=world["killing"])
    source = link.source
    source.text = "<b>Alphatown</b> attack: a commander was shot dead.\n"
    source.save()
    link.evidence = [{"text": source.text.strip(), "start": 0, "end": len(source.text) - 1}]
    link.save()
    response = viewer_client.get(reverse("incident-detail", args=[world["killing"].pk]))
    assert b"<b>Alphatown</b>" not in response.content
    assert "&lt;b&gt;Alphatown&lt;/b&gt; attack" in response.content.decode()
