from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from search.registry import searchable_types

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    type = forms.ChoiceField(label=_("Type"), required=False)
    lang = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("Everything"))] + [
            (key, searchable.label) for key, searchable in searchable_types().items()
        ]
        self.fields["lang"].choices = [
            ("", _("This language")),
            ("all", _("All languages")),
            *settings.LANGUAGES,
        ]

    def clean_q(self):
        """Collapse whitespace and cut very long queries (the page says so)."""
        query = " ".join(self.cleaned_data["q"].split())
        self.truncated = len(query) > MAX_QUERY_LENGTH
        return query[:MAX_QUERY_LENGTH]
