import pytest
from django.db import connection


@pytest.fixture(autouse=True)
def _skip_postgres_only_elsewhere(request):
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
