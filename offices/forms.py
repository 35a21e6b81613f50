"""The admin form of an office page: its type must fit where it sits in the tree."""

from wagtail.admin.forms import WagtailAdminPageForm


class OfficePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        office_type = cleaned_data.get("office_type")
        if office_type and self.parent_page is not None:
            error = self.instance.placement_error(office_type, self.parent_page.specific_deferred)
            if error:
                self.add_error("office_type", error)
        return cleaned_data
