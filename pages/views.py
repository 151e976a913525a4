from django.http import Http404
from django.shortcuts import get_object_or_404, render

from pages.models import StaticPage


def page_detail(request, slug, english=False):
    page = get_object_or_404(StaticPage.objects.published(), slug=slug)
    if english and not page.has_english:
        raise Http404
    return render(request, "pages/page.html", {"page": page, "english": english})
