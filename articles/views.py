from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Article, Author, Category
from articles.pagination import IndexPaginator

PAGE_SIZE = 20


def home(request):
    latest = Article.objects.published().for_list()[:PAGE_SIZE]
    return render(request, "articles/home.html", {"articles": latest})


def category_detail(request, slug):
    category = get_object_or_404(Category, slug=slug)
    articles = Article.objects.published().filter(category=category).for_list()
    page = IndexPaginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "articles/category.html", {"category": category, "page_obj": page})


def author_detail(request, slug):
    author = get_object_or_404(Author, slug=slug)
    articles = Article.objects.published().filter(authors=author).for_list()
    page = IndexPaginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "articles/author.html", {"author": author, "page_obj": page})


def article_detail(request, category, slug, pk):
    article = get_object_or_404(Article.objects.published().for_detail(), pk=pk)
    if slug != article.slug or category != article.category.slug:
        return redirect(article, permanent=True)
    return render(request, "articles/detail.html", {"article": article})
