"""What the tax compass page (and its PDF) shows for a request."""

from django.http import QueryDict
from django.utils.translation import get_language, gettext
from wagtail.models import Page

from taxcompass import estimating, presentation

# The citizen handbooks' index, named rather than imported (apps import no other
# app's models): its handbooks cover filing a return and getting a refund.
HANDBOOK_INDEX = {"content_type__app_label": "manuals", "content_type__model": "handbookindexpage"}


def submitted(request):
    """The estimate's data: the query string (a shareable answer) or a POSTed form."""
    if request.method == "POST":
        return request.POST
    if "tax_year" in request.GET:
        return request.GET
    return None


def answer_context(outcome):
    """The answer's parts for the result template and the PDF."""
    answer = outcome.answer
    thai = (get_language() or "").startswith("th")
    return {
        "answer": answer,
        "steps": presentation.steps(answer),
        "filing": presentation.filing(answer, outcome.rules),
        "documents": presentation.documents(answer),
        "warnings": [gettext(message) % params for message, params in answer.warnings],
        "tax": presentation.money(answer.tax),
        "balance": presentation.money(abs(answer.balance)),
        "refund": answer.balance < 0,
        "saving": presentation.money(answer.saving_per_extra_allowance),
        "effective_rate": presentation.baht(answer.effective_rate),
        "marginal_rate": presentation.baht(answer.marginal_rate),
        # The year's note, as editors wrote it in each language.
        "rules_note": outcome.rules.data.get("note_th" if thai else "note", ""),
    }


def compass_context(page, request):
    years = estimating.approved_years()
    data = submitted(request)
    context = {"years": years, "efiling_url": presentation.EFILING_URL}
    if data is not None and years:
        outcome = estimating.run(data, years)
        context["form"] = outcome.form
        if outcome.answer is not None:
            context.update(answer_context(outcome))
            entered = estimating.entered(outcome.form)
            query = QueryDict(mutable=True)
            query.update(entered)
            context.update(query=query.urlencode(), entered=sorted(entered.items()))
    elif years:
        context["form"] = estimating.blank_form(years)
    handbooks = Page.objects.live().filter(locale_id=page.locale_id, **HANDBOOK_INDEX).first()
    context["handbooks_url"] = handbooks.get_url(request) if handbooks else ""
    return context
