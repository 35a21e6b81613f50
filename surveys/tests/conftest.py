import pytest

from offices.factories import OfficeIndexPageFactory, OfficePageFactory


@pytest.fixture
def offices(site):
    """(area office, its branch, another area office) under a new office directory."""
    directory = OfficeIndexPageFactory(parent=site.home)
    area = OfficePageFactory(parent=directory, code="PLK", title="สรรพากรพื้นที่พิษณุโลก")
    branch = OfficePageFactory(parent=area, branch=True, code="PLK-01", title="สาขาเมืองพิษณุโลก")
    other = OfficePageFactory(parent=directory, code="SKT", title="สรรพากรพื้นที่สุโขทัย")
    return area, branch, other
