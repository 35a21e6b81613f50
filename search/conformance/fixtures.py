"""Adapt modelsearch's backend suite to the library this repository builds."""

from modelsearch.test.testapp import models

from . import library


class LibraryMixin:
    """Build the suite's records (``library``) and the treebeard trees it expects,
    instead of loading the ``search`` fixture modelsearch does not ship."""

    fixtures = []

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        library.build()
        for model in (models.MPAnimal, models.NSAnimal):
            animal = model.add_root(name="Animal")
            mammal = animal.add_child(name="Mammal")
            mammal.add_child(name="Dog")
            mammal.add_child(name="Cat")
            animal.add_child(name="Reptile")
