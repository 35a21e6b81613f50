import pytest

from offices.tests.helpers import build_directory


@pytest.fixture(scope="module")
def module_directory(module_site):
    """:func:`offices.tests.helpers.build_directory` on the module's site, built once."""
    return build_directory(module_site)


@pytest.fixture
def directory(module_directory, db):
    return module_directory
