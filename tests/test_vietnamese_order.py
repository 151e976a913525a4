"""Vietnamese alphabetical order, whatever the database's collation (the embedded server: C).

a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; a syllable's tone after its bare
letters (none, huyền, hỏi, ngã, sắc, nặng); people by given name, then family name.
"""

import random

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from taggit.models import Tag

from articles.menu import category_menu
from articles.models import Author, Category
from core.sorting import sort_key
from core.text import vietnamese_slugify
from pages.models import StaticPage
from tests.factories import make_article, make_author, make_category, make_user

# Shuffled before every use; this is the order a Vietnamese reader expects.
WORDS = ["Anh", "Ánh", "Ăn", "Âu", "Dũng", "Đặng", "Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]
WORDS += ["Ông", "Ơn", "Uyên", "Ư", "Vũ"]
# Full names, in order: given name first ("An"), then family name ("Đặng" before "Nguyễn").
PEOPLE = [
    ("Đặng Văn", "An"),
    ("Nguyễn Văn", "An"),
    ("Vũ Thị", "Ánh"),
    ("Âu Thị", "Dung"),
    ("Ông Văn", "Dũng"),
    ("Trịnh Văn", "Đức"),
]
NAMES = [f"{family} {given}" for family, given in PEOPLE]


def _shuffled(items):
    items = list(items)
    random.Random(14).shuffle(items)
    assert items != sorted(items)
    return items


def _changelist(client, model_admin_url, **params):
    response = client.get(reverse(model_admin_url), params)
    assert response.status_code == 200
    return response.context["cl"]


def _column(cl, name):
    """The `o=` index of the column called `name` in a change list."""
    return next(
        i for i, column in enumerate(cl.list_display) if getattr(column, "__name__", column) == name
    )


def test_the_key_follows_the_vietnamese_alphabet_and_tone_order():
    assert sorted(_shuffled(WORDS), key=sort_key) == WORDS
    assert sorted(["Vũ", "Đặng", "Ánh"]) == ["Vũ", "Ánh", "Đặng"]  # what code points give


def test_case_and_where_the_tone_mark_sits_do_not_matter():
    assert sort_key("hòa bình") == sort_key("HOÀ BÌNH") == sort_key("Hoà Bình")
    assert sort_key("ĐẶNG") == sort_key("đặng")


def test_syllables_compare_one_by_one_letters_before_tones():
    ordered = ["an", "àn", "anh", "ánh", "Cà Mau", "Cả nước", "cá", "Số 2", "Số 10"]
    assert sorted(_shuffled(ordered), key=sort_key) == ordered


def test_people_sort_by_given_name_then_family_name():
    keys = [sort_key(name, person=True) for name in NAMES]
    assert sorted(_shuffled(NAMES), key=lambda n: sort_key(n, person=True)) == NAMES
    assert keys[0].startswith(sort_key("An"))  # "Đặng Văn An" is under A


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, make, column",
    [
        (
            "admin:taggit_tag_changelist",
            lambda w: Tag.objects.create(name=w, slug=_slug(w)),
            "name",
        ),
        ("admin:articles_category_changelist", lambda w: make_category(w), "name"),
        (
            "admin:pages_staticpage_changelist",
            lambda w: StaticPage.objects.create(title=w),
            "title",
        ),
    ],
)
def test_admin_lists_of_names_come_out_in_vietnamese_order(admin_client, url, make, column):
    for word in _shuffled(WORDS):
        make(word)
    cl = _changelist(admin_client, url)
    assert [str(row) for row in cl.result_list] == WORDS
    index = _column(cl, column)
    assert [str(row) for row in _changelist(admin_client, url, o=index).result_list] == WORDS
    reverse_order = _changelist(admin_client, url, o=f"-{index}").result_list
    assert [str(row) for row in reverse_order] == WORDS[::-1]


@pytest.mark.django_db
def test_admin_list_of_authors_sorts_by_given_name(admin_client):
    for name in _shuffled(NAMES):
        make_author(name, unit="")
    url = "admin:articles_author_changelist"
    cl = _changelist(admin_client, url)
    assert [a.name for a in cl.result_list] == NAMES
    descending = _changelist(admin_client, url, o=f"-{_column(cl, 'name')}").result_list
    assert [a.name for a in descending] == NAMES[::-1]


@pytest.mark.django_db
def test_admin_list_of_users_sorts_by_given_name(admin_client):
    for family, given in _shuffled(PEOPLE):
        make_user(vietnamese_slugify(f"{given} {family}"), first_name=given, last_name=family)
    url = "admin:auth_user_changelist"
    cl = _changelist(admin_client, url)
    people = [u for u in cl.result_list if u.last_name]
    assert [f"{u.last_name} {u.first_name}" for u in people] == NAMES
    descending = _changelist(admin_client, url, o=f"-{_column(cl, 'full_name')}").result_list
    assert [f"{u.last_name} {u.first_name}" for u in descending if u.last_name] == NAMES[::-1]


@pytest.mark.django_db
def test_keys_follow_every_rename():
    author, category = make_author("Vũ Văn Ánh"), make_category("Vũ")
    tag = Tag.objects.create(name="Vũ", slug="vu")
    user = make_user("vu", first_name="Ánh", last_name="Vũ Văn")
    author.name, category.name, tag.name = "Đặng Văn An", "Ánh", "Ánh"
    for row in (author, category, tag):
        row.save()
    user.first_name = "An"
    user.save()
    user.save(update_fields=["last_login"])  # a login leaves the key alone
    assert Author.objects.get().sort_key == sort_key("Đặng Văn An", person=True)
    assert Category.objects.get().sort_key == sort_key("Ánh")
    assert Tag.objects.get().sort_key.key == sort_key("Ánh")
    assert get_user_model().objects.get(pk=user.pk).sort_key.key == sort_key(
        "Vũ Văn An", person=True
    )


@pytest.mark.django_db
def test_public_lists_follow_vietnamese_order(client):
    parent = make_category("Chuyên mục")
    for word in _shuffled(WORDS):
        make_category(word, parent=parent)  # the same position: ordered by name
    authors = [make_author(name, unit="") for name in _shuffled(NAMES)]
    make_article(category=parent, authors=authors, tags=_shuffled(WORDS))
    assert [c.name for c in category_menu()[0].menu_children] == WORDS
    api = "/api/v1"
    assert [a["name"] for a in client.get(f"{api}/authors/").json()["results"]] == NAMES
    assert [t["name"] for t in client.get(f"{api}/tags/").json()["results"]] == WORDS
    categories = client.get(f"{api}/categories/").json()["results"]
    assert [c["name"] for c in categories if c["parent_id"]] == WORDS


def _slug(word):
    return f"{vietnamese_slugify(word)}-{WORDS.index(word)}"
