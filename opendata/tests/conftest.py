import pytest

from opendata.tests.world import build_open_world


@pytest.fixture(scope="module")
def module_world(module_site):
    return build_open_world(module_site)


@pytest.fixture
def world(module_world, db):
    return module_world


@pytest.fixture
def api(client):
    """``api(path, **params)``: a GET of ``/api/v2/<path>`` as an anonymous client."""

    def get(path, **params):
        return client.get(f"/api/v2/{path}", params)

    return get
