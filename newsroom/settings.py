"""Newsroom settings: one module, driven by environment variables.

Development works with no variables at all (DEBUG on, embedded PostgreSQL).
With DEBUG off the process refuses to start unless SECRET_KEY and
ALLOWED_HOSTS are given.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if DEBUG:
    # A fixed development key: every worker agrees, and it is never used with DEBUG off.
    SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set (50+ random characters) when DEBUG is off."
        )
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS must list the site's host names when DEBUG is off ('*' is refused)."
        )

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "newsroom.admin_site.csrf_failure"  # Vietnamese, in the admin's frame

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "taggit",
    "django_ckeditor_5",
    "csp",
    "simple_history",
    "accounts.login_records.LoginRecordsConfig",  # django-axes, named in Vietnamese
    "ninja",  # its Swagger UI assets, served from our own static files
    "newsroom",
    "core",
    "accounts",
    "pages",
    "images",
    "articles",
    "search",
    "documents",
    "api",
    "importer",
    "notifications",
    "django_tasks_db",  # the job queue's table (django-tasks itself needs no app entry)
    "jobs",  # background jobs; after django_tasks_db, whose admin it replaces
    "demo",
    "drills",
]

MIDDLEWARE = [
    # Serves cached public pages before the rest (articles.page_cache); stores the final ones.
    "articles.page_cache.PublicPageFrontMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Acts on 404 responses only: an old site's URL answers 301 to the imported item.
    "importer.middleware.OldUrlRedirectMiddleware",
    "newsroom.csp.NewsroomCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "articles.page_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom.faults.ServiceFaultMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
                "articles.menu.menu",
            ],
        },
    }
]

# --- Database: PostgreSQL only --------------------------------------------
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    _db = dj_database_url.parse(DATABASE_URL)
    if _db["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            "Newsroom runs on PostgreSQL only: DATABASE_URL must be postgres://…"
        )
else:
    from newsroom.embedded_db import database_settings

    _db = database_settings()
_db.update(CONN_MAX_AGE=int(os.environ.get("CONN_MAX_AGE", "60")), CONN_HEALTH_CHECKS=True)
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis when REDIS_URL is set, local memory otherwise ------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's backend, one client per pool (newsroom/redis_cache.py)
            "BACKEND": "newsroom.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Tag URLs transliterated like every other slug ("Đảng bộ" -> dang-bo), through Unidecode.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Full-page cache of anonymous public pages (articles.page_cache): seconds a page is
# kept server-side, and max-age sent to browsers and CDNs.
# Apps whose saves change what the public sees (core.content_version).
PUBLIC_CONTENT_APPS = ("articles", "pages", "taggit", "documents")
PUBLIC_PAGE_CACHE = env_bool("PUBLIC_PAGE_CACHE", True)
PUBLIC_PAGE_CACHE_SECONDS = int(os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", "60"))
PUBLIC_PAGE_MAX_AGE = int(os.environ.get("PUBLIC_PAGE_MAX_AGE", "60"))
# Per process: pages kept in memory, and seconds the content version is trusted before
# asking the shared cache again (a change made on another worker shows within that time).
# After a change, readers get a page's previous copy while one worker rebuilds it, for at
# most this many seconds after the first change the copy misses (articles.stale_pages).
PUBLIC_PAGE_GRACE_SECONDS = min(float(os.environ.get("PUBLIC_PAGE_GRACE_SECONDS", "30")), 30.0)
# A page built less than this many seconds ago is served, not rebuilt, after a change (at
# most half the grace); a withdrawn article still leaves it at once (articles.stale_pages).
PUBLIC_PAGE_REBUILD_INTERVAL = float(os.environ.get("PUBLIC_PAGE_REBUILD_INTERVAL", "5"))
# Pages rebuilt at once across the site after a change (articles.stale_pages): the other
# workers keep serving cached pages and previous copies meanwhile.
PUBLIC_PAGE_REBUILD_SLOTS = int(os.environ.get("PUBLIC_PAGE_REBUILD_SLOTS", "1"))
# A search (or typo suggestion) running longer is cancelled with a "narrow it down" message.
SEARCH_TIME_LIMIT_MS = int(os.environ.get("SEARCH_TIME_LIMIT_MS", "1500"))
# /healthz names tables at least this big whose planner statistics are missing.
STATISTICS_MIN_ROWS = int(os.environ.get("STATISTICS_MIN_ROWS", "1000"))
PUBLIC_PAGE_LOCAL_ENTRIES = int(os.environ.get("PUBLIC_PAGE_LOCAL_ENTRIES", "256"))
PUBLIC_VERSION_LOCAL_SECONDS = float(os.environ.get("PUBLIC_VERSION_LOCAL_SECONDS", "1"))
# Open-data API (api/): days a withdrawn article's tombstone is listed to syncing clients.
API_TOMBSTONE_DAYS = int(os.environ.get("API_TOMBSTONE_DAYS", "90"))
# The benchmark's fixed 20 KB page at /bench/ceiling (drills.bench): off unless asked.
BENCH_CEILING = env_bool("BENCH_CEILING", False)

# --- Auth ---------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"  # where a login with a refused ?next= lands
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes): lock a username from one address only, so one attacker
# cannot lock everyone out; the lock lifts by itself after the cool-off.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The lock lifts when the page says it will, even if someone keeps trying meanwhile.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
# Behind nginx set TRUSTED_PROXY_COUNT=1, or every reader would share the proxy's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"

# --- Abuse limits (core.ratelimit over django-ratelimit; view counts in articles.view_counts) ---
# Per reader address, in "count/period" (s, m, h, d): search pages actually rendered (cached
# ones cost nothing and are not counted), login form posts (beyond axes), view beacons.
RATE_LIMIT_SEARCH = os.environ.get("RATE_LIMIT_SEARCH", "30/m")
RATE_LIMIT_LOGIN = os.environ.get("RATE_LIMIT_LOGIN", "20/m")
RATE_LIMIT_VIEWS = os.environ.get("RATE_LIMIT_VIEWS", "120/m")
RATE_LIMIT_API = os.environ.get("RATE_LIMIT_API", "120/m")
RATELIMIT_FAIL_OPEN = True  # a counter lost in the cache lets the request through
# One view per reader (address + user agent) per article per window.
VIEW_COUNT_WINDOW_SECONDS = int(os.environ.get("VIEW_COUNT_WINDOW_SECONDS", 3600))
# Editor image uploads per user: count per minute and per day, and bytes per day.
UPLOADS_PER_MINUTE = int(os.environ.get("UPLOADS_PER_MINUTE", 30))
UPLOADS_PER_DAY = int(os.environ.get("UPLOADS_PER_DAY", 500))
UPLOAD_BYTES_PER_DAY = int(os.environ.get("UPLOAD_BYTES_PER_DAY", 1024 * 1024 * 1024))
# Article bodies: characters accepted from the editor, and nesting kept by the sanitizer.
ARTICLE_BODY_MAX_CHARS = int(os.environ.get("ARTICLE_BODY_MAX_CHARS", 500_000))
RICH_TEXT_MAX_DEPTH = 20
# Links to these hosts (and their subdomains) and to ALLOWED_HOSTS pass rank; any other
# host in an article body gets rel="nofollow".
FOLLOWED_LINK_HOSTS = env_list(
    "FOLLOWED_LINK_HOSTS", "gov.vn,chinhphu.vn,baochinhphu.vn,dangcongsan.vn"
)

# --- Email (notifications): the console unless EMAIL_HOST is set, then SMTP -----------
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = f"django.core.mail.backends.{'smtp' if EMAIL_HOST else 'console'}.EmailBackend"
EMAIL_PORT, EMAIL_USE_TLS = int(os.environ.get("EMAIL_PORT", 587)), env_bool("EMAIL_USE_TLS", True)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 10))  # seconds; the change is saved first
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "")  # email links

# --- Language and time --------------------------------------------------------
LANGUAGE_CODE = "vi"
# Vietnamese only: LocaleMiddleware must not switch the admin to English for a browser
# that asks for it (Chromium sends en-US by default).
LANGUAGES = [("vi", "Tiếng Việt")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Vietnamese display and input formats (day/month/year: 01/02 is 1 February) live in
# newsroom/formats/vi/formats.py, which takes precedence over Django's vi locale.
FORMAT_MODULE_PATH = ["newsroom.formats"]

# --- Static and media ------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Django serves media itself (newsroom.media: images inline, anything else as a download)
# unless a web server does; set SERVE_MEDIA=0 when nginx serves MEDIA_ROOT.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True) and MEDIA_URL.startswith("/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "newsroom.static_storage.StaticStorage"},
}
# Uploads: refuse oversize bodies early; images are checked again by images.intake.
DATA_UPLOAD_MAX_MEMORY_SIZE = FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
# Phone photos: a 200-megapixel JPEG weighs 30–60 MB; JPEGs are decoded at a reduced
# scale, so their own pixel cap is higher than that of the formats decoded whole.
IMAGE_MAX_BYTES = int(os.environ.get("IMAGE_MAX_BYTES", 64 * 1024 * 1024))
IMAGE_MAX_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", 50_000_000))
IMAGE_MAX_JPEG_PIXELS = int(os.environ.get("IMAGE_MAX_JPEG_PIXELS", 260_000_000))
IMAGE_RENDITION_WIDTHS = [480, 800, 1200]
# Never served as media (newsroom.media): documents/ (register view only), imports/ (import files).
DOCUMENT_MAX_BYTES = int(os.environ.get("DOCUMENT_MAX_BYTES", 20 * 1024 * 1024))
PRIVATE_MEDIA_DIRS = ("documents", "imports")
IMPORT_IMAGES_MAX_BYTES = int(os.environ.get("IMPORT_IMAGES_MAX_MB", 2048)) * 1024 * 1024
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # jobs app: run_worker

# --- Rich text editor (CKEditor 5, behind core.widgets.RichTextWidget) ---
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "articles:editor-image-upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp", "heic", "heif"]
EDITOR_TOOLBAR = (  # the groups between "|" (one line reads better than 16 list items)
    "heading | bold italic link | bulletedList numberedList blockQuote insertTable"
    " | imageUpload mediaEmbed | undo redo"
)
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "vi",
        "toolbar": {
            "items": EDITOR_TOOLBAR.split(),
            "shouldNotGroupWhenFull": True,
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Tiêu đề 2",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Tiêu đề 3",
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": "Tiêu đề 4",
                    "class": "ck-heading_heading4",
                },
            ]
        },
        "image": {
            "toolbar": ["imageTextAlternative", "toggleImageCaption", "|", "imageStyle:block"],
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        "mediaEmbed": {"previewsInData": False},
        "link": {"defaultProtocol": "https://"},
    }
}

# --- Security -------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)


# --- Content-Security-Policy (django-csp 4; newsroom.csp applies the admin one) ----
def _origin(url: str) -> list[str]:
    """`https://cdn.example/media/` → ["https://cdn.example"]; a local path → []."""
    parts = urlsplit(url)
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


_ASSETS = [SELF, *_origin(STATIC_URL), *_origin(MEDIA_URL)]
_YOUTUBE = "https://www.youtube-nocookie.com"
_CSP_COMMON = {
    "default-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
    "upgrade-insecure-requests": not DEBUG,
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        # No inline script or style on the public site; a nonce is there for templates
        # that ever need one ({{ request.csp_nonce }}). Images only from our own media.
        "script-src": [SELF, NONCE],
        "style-src": _ASSETS,
        "img-src": _ASSETS,
        "font-src": _ASSETS,
        "frame-src": [_YOUTUBE],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": [SELF],
        # CKEditor 5 injects <style> and style="" attributes, and previews images as
        # data:/blob: URLs and YouTube embeds in iframes while editing.
        "style-src": [*_ASSETS, UNSAFE_INLINE],
        "img-src": [*_ASSETS, "data:", "blob:"],
        "font-src": [*_ASSETS, "data:"],
        "frame-src": [_YOUTUBE, "https://www.youtube.com"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
