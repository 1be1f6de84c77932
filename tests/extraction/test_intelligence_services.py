"""A state's intelligence services named by their common noun are a body of the story's state, never its army."""

from __future__ import annotations

from .readers import group_names


def test_intelligence_services_are_the_states_own_body(run):
    names = group_names(
        run(
            "MAIDUGURI: A gunman shot dead two traders in Bama on Sunday, police said. The suspect had been known to "
            "intelligence services since 2015."
        )
    )
    assert "Nigerian intelligence services" in names
    assert "Nigerian Army" not in names
