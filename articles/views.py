"""Public pages. Every query starts from `Article.objects.published()`."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_safe
from taggit.models import Tag

from articles import page_frame
from articles.article_page import ArticleParts, Fragments, public_head
from articles.card_rows import newest_cards, public_cards
from articles.cards import card_html, cards_html, link_html
from articles.fragment_nodes import render_missing
from articles.menu import category_menu, children_of, menu_category, menu_urls
from articles.models import Article, Author, Category
from articles.most_read import most_read_ids
from articles.querysets import newest_public_ids
from core.content_version import content_version
from core.pagination import IndexPaginator
from core.version_memo import per_version

PAGE_SIZE = 20
LATEST_SIZE = 6
BLOCK_SIZE = 4


def _home_blocks():
    """One block per top-level category shown on home (its children included), and
    Đọc nhiều.

    Two queries whatever the number of blocks or articles, one once this process has read
    the first for the current content version: the newest ids of each block (one
    statement, a LATERAL slice per block), then the cards for those ids and the most-read
    ones (whose ids are kept per process, see articles/most_read.py), as card rows
    (articles/card_rows.py).
    """
    categories = [c for c in category_menu() if c.show_on_home]
    groups = {c.pk: [c.pk, *(child.pk for child in c.menu_children)] for c in categories}
    rows = per_version("home-blocks", (), lambda: newest_public_ids(groups, BLOCK_SIZE))
    read_most = most_read_ids()
    cards = public_cards([article_id for _, article_id in rows] + read_most)
    most_read = [cards[pk] for pk in read_most if pk in cards]
    by_block = {}
    for block_id, article_id in rows:
        if article_id in cards:
            by_block.setdefault(block_id, []).append(cards[article_id])
    for block in by_block.values():
        block.sort(key=lambda a: (a.published_at, a.pk), reverse=True)
    urls = menu_urls()
    blocks = [(c, urls[c.pk], _block_cards(by_block[c.pk])) for c in categories if c.pk in by_block]
    return blocks, most_read


def _block_cards(articles):
    """A home block's cards: the newest one whole, the others compact."""
    return cards_html(articles[:1]) + cards_html(articles[1:], compact=True)


@require_safe
def home(request):
    # Read once per content version and process, as the feed's and "Tin khác" are.
    latest, featured = per_version(
        "home-newest", (), lambda: (newest_cards(LATEST_SIZE + 1), newest_cards(1, featured=True))
    )
    lead = featured[0] if featured else (latest[0] if latest else None)
    latest = [a for a in latest if a.pk != lead.pk][:LATEST_SIZE]
    blocks, most_read = _home_blocks()
    context = {
        "lead": lead,
        "latest": latest,
        "blocks": blocks,  # (category, its address, its cards' HTML)
        "most_read": most_read,
        # The cards' HTML is kept per article version (articles/cards.py).
        "lead_card": card_html(lead, is_lead=True, show_category=True) if lead else "",
        "latest_cards": cards_html(latest, compact=True, show_category=True),
        "most_read_links": [link_html(article) for article in most_read],
        "canonical": request.build_absolute_uri("/"),
    }
    return render(request, "articles/home.html", context)


def _list_page(request, articles, template, context, *, index_key, empty_is_404=False):
    paginator = IndexPaginator(articles, PAGE_SIZE, index_key=index_key, load=public_cards)
    page = paginator.get_page(request.GET.get("page"))
    if empty_is_404 and not page.paginator.count:
        raise Http404
    path = request.path if page.number == 1 else f"{request.path}?page={page.number}"
    context.update(
        page_obj=page, cards=cards_html(page), canonical=request.build_absolute_uri(path)
    )
    return render(request, template, context)


@require_safe
def category_detail(request, slug):
    category = menu_category(slug) or get_object_or_404(
        Category.objects.select_related("parent"), slug=slug
    )
    articles = Article.objects.published().in_category(category).for_list()
    context = {"category": category, "children": children_of(category)}
    return _list_page(
        request, articles, "articles/category.html", context, index_key=("category", category.pk)
    )


@require_safe
def author_detail(request, slug):
    author = get_object_or_404(Author, slug=slug)
    articles = Article.objects.published().filter(authors=author).for_list()
    context = {"author": author}
    return _list_page(
        request, articles, "articles/author.html", context, index_key=("author", author.pk)
    )


@require_safe
def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = Article.objects.published().filter(tags=tag).for_list()
    # A tag only drafts use must not reveal its name.
    return _list_page(
        request,
        articles,
        "articles/tag.html",
        {"tag": tag},
        index_key=("tag", tag.pk),
        empty_is_404=True,
    )


def _public_article(category, slug, pk):
    article = get_object_or_404(Article.objects.published().for_detail(), pk=pk)
    moved = slug != article.slug or category != article.category.slug
    return article, moved


@require_safe
def article_detail(request, category, slug, pk):
    """One query when the page's fragments are cached (see articles/article_page.py)."""
    head = public_head(pk)
    if head is None:
        raise Http404
    current_slug, current_category, changed_at = head
    url = reverse(
        "articles:detail", kwargs={"category": current_category, "slug": current_slug, "pk": pk}
    )
    if (category, slug) != (current_category, current_slug):
        return redirect(url, permanent=True)
    version = content_version()
    fragments = Fragments(request, pk, changed_at, version)
    canonical = request.build_absolute_uri(url)
    parts = ArticleParts(request, pk, version)
    context = {
        "article": SimpleLazyObject(lambda: parts.article),  # loaded only by a fragment miss
        "parts": parts,
        "fragments": fragments,
        "canonical": canonical,
    }
    if not fragments.complete:  # after a publication: related news, "Tin khác", header, footer
        render_missing(page_frame.TEMPLATE, request, context, fragments)
    if fragments.complete:  # the usual case: no template to render (articles/page_frame.py)
        html = page_frame.fill(fragments.html, canonical)
        if html is not None:
            fragments.save()
            return HttpResponse(html)
    response = render(request, page_frame.TEMPLATE, context)
    fragments.save()
    return response


@require_safe
def article_print(request, category, slug, pk):
    """A clean printable page (Nghị định 42/2022, Điều 7.1.c: print and save every article)."""
    article, moved = _public_article(category, slug, pk)
    if moved:
        return redirect(
            "articles:print",
            category=article.category.slug,
            slug=article.slug,
            pk=pk,
            permanent=True,
        )
    context = {
        "article": article,
        "canonical": request.build_absolute_uri(article.get_absolute_url()),
    }
    response = render(request, "articles/print.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
