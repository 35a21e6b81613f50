"""A learner's certificate (page and PDF) and the public verification pages."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

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
from training.models import CoursePage
from training.pdf import render_certificate


def _own_certificate(request, course_id):
    """The learner's certificate for the course, issued now if the rules hold; else None."""
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        raise Http404
    return course, issue_certificate(request.user, course)


def _verify_url(request, certificate):
    return request.build_absolute_uri(reverse("training:verify", args=[certificate.code]))


@require_GET
@learner_required
def certificate_view(request, course_id):
    course, certificate = _own_certificate(request, course_id)
    if certificate is None:
        messages.warning(
            request,
            _("Your certificate is issued when every lesson is done and every quiz passed."),
        )
        return redirect(course.get_url(request))
    verify_url = _verify_url(request, certificate)
    return render(
        request,
        "training/certificate.html",
        {
            "course": course,
            "certificate": certificate,
            "code": display_code(certificate.code),
            "wording": wording(certificate, organisation.for_request(request)),
            "verify_url": verify_url,
            "qr": qr_svg(verify_url, _("QR code of the verification address")),
        },
    )


@require_GET
@learner_required
def certificate_pdf(request, course_id):
    course, certificate = _own_certificate(request, course_id)
    if certificate is None:
        return redirect("training:certificate", course_id=course.pk)
    text = wording(certificate, organisation.for_request(request))
    content = render_certificate(certificate, text, _verify_url(request, certificate))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


@require_GET
def verify_form(request):
    """Type a code to check it; a filled-in form goes to that code's page."""
    code = normalize_code(request.GET.get("code", ""))
    if code:
        return redirect("training:verify", code=code)
    return render(request, "training/verify_form.html", {"submitted": "code" in request.GET})


@require_GET
def verify(request, code):
    """Confirms the name, course and date of a certificate, and nothing else."""
    if not lookup_allowed(request):
        return render(request, "training/verify_limited.html", status=429)
    certificate = find_certificate(code)
    if certificate is None:
        return render(request, "training/verify_not_found.html", status=404)
    language = request.LANGUAGE_CODE
    return render(
        request,
        "training/verify.html",
        {
            "name": certificate.name(language),
            "course_title": certificate.course_title(language),
            "issued_at": certificate.issued_at,
            "code": display_code(certificate.code),
        },
    )
