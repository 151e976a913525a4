from django.http import Http404
from django.shortcuts import get_object_or_404, render

from pages.models import StaticPage


def page_detail(request, slug, english=False):
    page = get_object_or_404(StaticPage.objects.published(), slug=slug)
    if english and not page.has_english:
        raise Http404
    url = page.get_english_url() if english else page.get_absolute_url()
    context = {"page": page, "english": english, "canonical": request.build_absolute_uri(url)}
    return render(request, "pages/page.html", context)
