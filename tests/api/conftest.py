import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.views.conftest import world  # noqa: F401 - the page tests' small world of records


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


@pytest.fixture
def viewer_api(viewer):
    return token_client(viewer)


@pytest.fixture
def analyst_api(analyst):
    return token_client(analyst)
