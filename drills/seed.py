"""The content of a drill's site: the demo (`load_demo --articles N`) plus an editor account.

Runs inside the drill site's own `manage.py` (LiveSite.prepare), on its scratch database:
`main()` reads the editor's credentials from the environment and prints, as its last line,
the JSON of the URLs the drills read.
"""

import io
import json
import os

from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.roles import Role, assign_role
from articles.models import Article, Category

URLS_KEPT = 200  # newest published articles listed for the readers


def seed(articles: int, editor: str, password: str) -> dict:
    call_command("load_demo", articles=articles, force=True, verbosity=0, stdout=io.StringIO())
    user = get_user_model().objects.create_user(editor, password=password, is_staff=True)
    assign_role(user, Role.EDITOR)
    published = list(
        Article.objects.published()
        .select_related("category")
        .order_by("-published_at", "-id")[:URLS_KEPT]
    )
    categories = list(
        Category.objects.filter(articles__in=published).distinct().order_by("position", "id")
    )
    return {
        "home": "/",
        "categories": [category.get_absolute_url() for category in categories],
        "articles": [article.get_absolute_url() for article in published],
        "author": published[0].authors.order_by("id").first().get_absolute_url(),
        "category_ids": [category.pk for category in categories],
    }


def main() -> None:
    urls = seed(
        int(os.environ["SEED_ARTICLES"]), os.environ["SEED_EDITOR"], os.environ["SEED_PASSWORD"]
    )
    print(json.dumps(urls))
