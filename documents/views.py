"""Public pages of the register. Every query starts from `Document.objects.published()`."""

import unicodedata

from django.conf import settings
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from articles.models import Article
from core.pagination import IndexPaginator
from documents import search
from documents.forms import DocumentFilterForm
from documents.models import Document, DocumentFile
from documents.seo import legislation

PAGE_SIZE = 20
# A PDF is shown by the browser's viewer, sandboxed: no script, no form, no plugin of its own.
PDF_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
CHAIN_LABELS = {
    "replaces": _("Thay thế văn bản"),
    "replaced_by": _("Bị thay thế bởi"),
    "amends": _("Sửa đổi, bổ sung văn bản"),
    "amended_by": _("Được sửa đổi, bổ sung bởi"),
}


@require_safe
def document_list(request):
    form = DocumentFilterForm(request.GET or None)
    data, notices = form.cleaned()
    query = " ".join(unicodedata.normalize("NFC", data.get("q") or "").split())
    documents = search.filtered(data, query, data.get("sort") or "")
    paginator_class = Paginator if query else IndexPaginator
    page = paginator_class(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "query": query,
        "notices": notices,
        "page_obj": page,
        "filtered": any(data.values()),
        "capped": bool(query)
        and data.get("sort") != "date"
        and page.paginator.count >= search.MAX_RANKED,
        "canonical": request.build_absolute_uri(request.path),
    }
    return render(request, "documents/list.html", context)


def _public_document(pk):
    return get_object_or_404(Document.objects.published().for_detail(), pk=pk)


def _detail_context(request, document):
    public = Document.objects.published().with_validity().select_related("doc_type")
    links = {
        "replaces": list(public.filter(replaced_by=document)),
        "replaced_by": list(public.filter(replaces=document)),
        "amends": list(public.filter(amended_by=document)),
        "amended_by": list(public.filter(amends=document)),
    }
    return {
        **links,
        "chain": [(CHAIN_LABELS[name], docs) for name, docs in links.items()],
        "document": document,
        "files": list(document.files.all()),
        "articles": list(
            Article.objects.published()
            .filter(pk__in=document.related_articles.values("pk"))
            .for_list()[:10]
        ),
        "canonical": request.build_absolute_uri(document.get_absolute_url()),
    }


@require_safe
def document_detail(request, slug, pk):
    document = _public_document(pk)
    if slug != document.slug:
        return redirect(document, permanent=True)
    context = _detail_context(request, document)
    context["json_ld"] = legislation(document, context, request)
    return render(request, "documents/detail.html", context)


@require_safe
def document_print(request, slug, pk):
    document = _public_document(pk)
    if slug != document.slug:
        return redirect("documents:print", slug=document.slug, pk=pk, permanent=True)
    response = render(request, "documents/print.html", _detail_context(request, document))
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def document_file(request, pk):
    """A file of a public document, under its original (Vietnamese) name."""
    public = Document.objects.published()
    attached = get_object_or_404(
        DocumentFile.objects.select_related("document"), pk=pk, document__in=public
    )
    try:
        handle = attached.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    inline = attached.kind == "pdf"
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=attached.original_name,
        content_type=attached.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = f"public, max-age={settings.PUBLIC_PAGE_MAX_AGE}"
    if inline:
        response["Content-Security-Policy"] = PDF_CSP
    return response
