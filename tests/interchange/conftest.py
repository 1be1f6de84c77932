from tests.views.conftest import world  # noqa: F401 - the page tests' small world of records
