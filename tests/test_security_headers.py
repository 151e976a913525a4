"""Security headers on real responses: public pages, admin, media, production settings."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.urls import reverse
from PIL import Image

from tests.factories import make_article, make_author, make_user

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db


def csp(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    directives = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_common_policy(policy):
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]


def assert_hardening_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_public_pages_carry_the_strict_policy(client):
    author = make_author()
    article = make_article(
        authors=[author],
        body='<figure class="media"><oembed url="https://youtu.be/dQw4w9WgXcQ"></oembed></figure>',
    )
    for url in [
        reverse("articles:home"),
        article.category.get_absolute_url(),
        author.get_absolute_url(),
        article.get_absolute_url(),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = csp(response)
        assert_common_policy(policy)
        assert_hardening_headers(response)
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["img-src"] == ["'self'"]
        assert policy["frame-src"] == ["https://www.youtube-nocookie.com"]


def test_admin_editor_gets_the_looser_policy_and_only_there(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(reverse("admin:articles_article_add"))
    assert response.status_code == 200
    assert b"django_ckeditor_5" in response.content  # the editor is on this page
    policy = csp(response)
    assert_common_policy(policy)
    assert_hardening_headers(response)
    assert "'unsafe-inline'" in policy["style-src"]
    assert {"data:", "blob:"} <= set(policy["img-src"])
    assert policy["script-src"] == ["'self'"]
    # The public site next door keeps the strict one.
    public = csp(client.get(reverse("articles:home")))
    assert "'unsafe-inline'" not in public["style-src"]
    assert "data:" not in public["img-src"]


def test_admin_login_page_is_not_frameable(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    assert csp(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def _png_bytes() -> bytes:
    from io import BytesIO

    out = BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


def test_media_images_are_served_inline_as_images_with_nosniff(client):
    name = default_storage.save("covers/2026/11/anh.png", ContentFile(_png_bytes()))
    response = client.get(default_storage.url(name))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == _png_bytes()


@pytest.mark.parametrize(
    "name, body",
    [
        ("editor/trang.html", b"<script>alert(1)</script>"),
        ("editor/hinh.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("editor/anh-gia.jpg.html", b"<html><script>alert(1)</script>"),
        ("editor/khong-duoi", b"<html><script>alert(1)</script>"),
    ],
)
def test_media_never_served_as_html_or_svg(client, name, body):
    stored = default_storage.save(name, ContentFile(body))
    response = client.get(default_storage.url(stored))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "script-src" not in response["Content-Security-Policy"]  # default-src 'none'
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_media_refuses_traversal_and_directories(client, settings):
    (settings.MEDIA_ROOT / "covers").mkdir(parents=True)
    for url in ["/media/../manage.py", "/media/%2e%2e/manage.py", "/media/covers/"]:
        assert client.get(url).status_code in (400, 404), url
    assert client.post("/media/covers/x.png").status_code == 405


PRODUCTION_PROBE = """
import json, django
django.setup()
from django.test import Client
c = Client()
plain = c.get("/healthz", HTTP_HOST="tin.example.vn")
r = c.get("/healthz", secure=True, HTTP_HOST="tin.example.vn")
login = c.post("/admin/login/?next=/admin/", {"username": "bientap", "password": "%s"},
               secure=True, HTTP_HOST="tin.example.vn")
cookies = {name: {k: m[k] for k in ("secure", "httponly", "samesite")}
           for name, m in c.cookies.items()}
print(json.dumps({"plain": [plain.status_code, plain.get("Location")],
                  "status": r.status_code, "headers": dict(r.headers),
                  "login": login.status_code, "cookies": cookies}))
"""


def production_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="tin.example.vn",
        CSRF_TRUSTED_ORIGINS="https://tin.example.vn",
        **extra,
    )
    return env


def test_check_deploy_is_clean_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(DATABASE_URL="postgres://u@127.0.0.1:1/none"),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db(transaction=True)
def test_production_responses_carry_hsts_and_secure_cookies(settings):
    password = "mat-khau-bien-tap-9"
    # Hash with production's hasher: the probe runs with production settings.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    make_user("bientap", password=password, is_staff=True)
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{quote(db['HOST'], safe='')}/{db['NAME']}"
    if db["PORT"]:
        url = f"postgres://{db['USER']}@{quote(db['HOST'], safe='')}:{db['PORT']}/{db['NAME']}"
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE % password],
        cwd=ROOT,
        env=production_env(DATABASE_URL=url),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["plain"] == [301, "https://tin.example.vn/healthz"]
    assert probe["status"] == 200
    headers = probe["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "upgrade-insecure-requests" in headers["Content-Security-Policy"]
    assert probe["login"] == 302
    session, csrf = probe["cookies"]["sessionid"], probe["cookies"]["csrftoken"]
    assert session["secure"] is True and session["httponly"] is True
    assert session["samesite"] == "Lax"
    # The editor's upload script reads the CSRF cookie, so it is Secure but not HttpOnly.
    assert csrf["secure"] is True
