"""A learner's certificate (page and PDF) and the public verification pages.

Routes of the course page (certificate) and of the course index (verification)
call these with the page.
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.pdf import image_for_pdf
from core.routing import subpage_url
from portal import organisation
from training.access import learner_required
from training.certificates import (
    display_code,
    find_certificate,
    lookup_allowed,
    normalize_code,
    qr_svg,
    wording,
)
from training.learning import issue_certificate
from training.pdf import render_certificate


def _verify_url(request, index, certificate):
    """The public address that confirms ``certificate``, under the course index."""
    return request.build_absolute_uri(subpage_url(index, "verify", certificate.code))


@require_GET
@learner_required
def certificate_view(request, course):
    certificate = issue_certificate(request.user, course)
    if certificate is None:
        messages.warning(
            request,
            _("Your certificate is issued when every lesson is done and every quiz passed."),
        )
        return redirect(course.get_url(request))
    index = course.get_parent()
    verify_url = _verify_url(request, index, certificate)
    settings = organisation.for_request(request)
    return render(
        request,
        "training/certificate.html",
        {
            "course": course,
            "index": index,
            "certificate": certificate,
            "code": display_code(certificate.code),
            "wording": wording(certificate, settings),
            "verify_url": verify_url,
            "qr": qr_svg(verify_url, _("QR code of the verification address")),
        },
    )


@require_GET
@learner_required
def certificate_pdf(request, course):
    certificate = issue_certificate(request.user, course)
    if certificate is None:
        return redirect(subpage_url(course, "certificate", request=request))
    settings = organisation.for_request(request)
    content = render_certificate(
        certificate,
        wording(certificate, settings),
        _verify_url(request, course.get_parent(), certificate),
        image_for_pdf(settings.emblem),
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


@require_GET
def verify_form(request, index):
    """Type a code to check it; a filled-in form goes to that code's page."""
    code = normalize_code(request.GET.get("code", ""))
    if code:
        return redirect(subpage_url(index, "verify", code, request=request))
    context = {"index": index, "submitted": "code" in request.GET}
    return render(request, "training/verify_form.html", context)


@require_GET
def verify(request, index, code):
    """Confirms the name, course and date of a certificate, and nothing else."""
    if not lookup_allowed(request):
        return render(request, "training/verify_limited.html", status=429)
    certificate = find_certificate(code)
    if certificate is None:
        return render(request, "training/verify_not_found.html", {"index": index}, status=404)
    language = request.LANGUAGE_CODE
    return render(
        request,
        "training/verify.html",
        {
            "index": index,
            "name": certificate.name(language),
            "course_title": certificate.course_title(language),
            "issued_at": certificate.issued_at,
            "code": display_code(certificate.code),
        },
    )
