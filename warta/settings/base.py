"""Settings shared by every way of running Warta.

The embedded default needs no configuration at all: SQLite in ``$WARTA_DATA``
(``./var`` unless set), media files beside it, an in-process cache. Production
points ``DATABASE_URL`` at PostgreSQL and ``REDIS_URL`` at Redis; the code is the
same. Environment variables are read here and in ``production.py`` only.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from warta.settings.env import env_bool, env_float, env_int, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
DATA_DIR = Path(os.environ.get("WARTA_DATA", "var")).resolve()

DEBUG = False
# Every WARTA_* setting is declared in this module, with its default; code reads
# ``settings.WARTA_X`` and never declares a second default.
# The demo command may fill this database with sample content (demo.py and
# test.py say yes).
WARTA_DEMO = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "warta.delivery",
    "warta.core",
    "warta.images",
    "warta.people",
    "warta.sections",
    "warta.articles",
    "warta.multimedia",
    "warta.editions",
    "warta.newsroom",
    "warta.planning",
    "warta.popularity",
    "warta.comments",
    "warta.ingest",
    "warta.search",
    "warta.feeds",
    "warta.reach",
    "warta.newsletters",
    "warta.push",
    "warta.api",
    "warta.importers",
    "warta.trust",
    "warta.access",
    "warta.operations",
    "warta.queue",
    "warta.demo",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "warta.operations.security.SecurityHeadersMiddleware",
    "warta.operations.faults.DatabaseUnavailableMiddleware",
    # Unknown hosts, TRACE/OPTIONS, absurd paths: refused before the page cache.
    "warta.operations.requestshape.RequestShapeMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Inside SecurityHeadersMiddleware (cached pages still get those headers),
    # before sessions and auth (a hit costs no query): warta.delivery.
    "warta.importers.middleware.WordPressShortLinkMiddleware",  # /?p=123
    "warta.delivery.middleware.PageCacheMiddleware",
    "warta.delivery.memo.RequestMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "warta.access.twofactor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A review approval refused for uncredited pictures: the reason, not a 500.
    "warta.newsroom.approval.RefusedMiddleware",
    # Admin sessions unused WARTA_ADMIN_IDLE_MINUTES (60) are logged out.
    "warta.access.sessions.IdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # WARTA_PASSWORD_RESET_LIMIT reset mails per client per hour (default 5).
    "warta.operations.resetlimit.PasswordResetLimitMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

# Headers on every response (HSTS and secure cookies: production.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

ROOT_URLCONF = "warta.urls"
WSGI_APPLICATION = "warta.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "warta.sections.context_processors.paper",
            ],
        },
    },
]

# Database: PostgreSQL from DATABASE_URL, else the embedded SQLite file.
SQLITE_PATH = DATA_DIR / "warta.sqlite3"
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {
                # WAL lets readers go on while the newsroom writes; IMMEDIATE
                # transactions avoid "database is locked" on upgrade of a lock.
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA foreign_keys=ON;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # Kept open between requests (each worker thread has its own): a
            # new connection re-reads the schema and starts with an empty page
            # cache, which cost more than the render's own queries.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
    }

# Cache: Redis from REDIS_URL, else a per-process memory cache.
# What changed since a cached thing was made (warta.delivery.keys: one token
# per surface) must be known to every process: in Redis, else in small files.
if os.environ.get("REDIS_URL"):
    # A Redis that hangs or is down costs a request one short timeout at most:
    # a breaker then skips it for a few seconds and a stand-in in the process
    # answers; token bumps it missed are recorded and replayed when it is back
    # (warta.operations.rediscache).
    _redis = {
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "warta",
        "OPTIONS": {
            "socket_connect_timeout": 0.2,
            "socket_timeout": 0.25,
            "journal": DATA_DIR / "cache" / "unsent-tokens",
        },
    }
    CACHES = {
        "default": {
            "BACKEND": "warta.operations.rediscache.ResilientRedisCache",
            **_redis,
        },
        "generations": {
            "BACKEND": "warta.operations.rediscache.TokenRedisCache",
            **_redis,
        },
        "limits": {
            "BACKEND": "warta.operations.rediscache.ResilientRedisCache",
            **_redis,
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "warta",
        },
        "generations": {
            "BACKEND": "warta.delivery.tokenfiles.TokenFileCache",
            "LOCATION": DATA_DIR / "cache" / "generations",
            # One file per surface (a page's path): no culling in practice.
            "OPTIONS": {"MAX_ENTRIES": 1_000_000},
        },
        # Rate limits and "seen this story" marks, shared by every worker
        # (warta.delivery.counters: atomic across processes).
        "limits": {
            "BACKEND": "warta.delivery.counters.CounterCache",
            "LOCATION": DATA_DIR / "cache" / "limits.sqlite3",
        },
    }

# Newsroom logins (warta.access). Passwords: at least WARTA_PASSWORD_MIN_LENGTH
# characters, not like the username or e-mail, not a common or all-digit one.
_validators = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_validators}.UserAttributeSimilarityValidator"},
    {
        "NAME": f"{_validators}.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("WARTA_PASSWORD_MIN_LENGTH", 12)},
    },
    {"NAME": f"{_validators}.CommonPasswordValidator"},
    {"NAME": f"{_validators}.NumericPasswordValidator"},
]
# django-axes: after WARTA_LOGIN_FAILURE_LIMIT failed logins for one account, or
# from one client (its address read through WARTA_TRUSTED_PROXIES), that account
# or client is locked out for WARTA_LOGIN_LOCKOUT_MINUTES with a 429 page. The
# records (failures, lockouts, logins) are the audit trail, in the admin under
# "Audit masuk". `warta axes_reset` unlocks everyone.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
WARTA_PASSWORD_RESET_LIMIT = env_int("WARTA_PASSWORD_RESET_LIMIT", 5)
# Retention (`warta prune`, daily): days kept of commenters' e-mails, login
# records, read notifications, mail files and hourly view counters.
WARTA_RETAIN_COMMENT_EMAIL_DAYS = env_int("WARTA_RETAIN_COMMENT_EMAIL_DAYS", 90)
WARTA_RETAIN_LOGIN_DAYS = env_int("WARTA_RETAIN_LOGIN_DAYS", 90)
WARTA_RETAIN_NOTIFICATION_DAYS = env_int("WARTA_RETAIN_NOTIFICATION_DAYS", 90)
WARTA_RETAIN_MAIL_DAYS = env_int("WARTA_RETAIN_MAIL_DAYS", 30)
WARTA_RETAIN_VIEW_DAYS = env_int("WARTA_RETAIN_VIEW_DAYS", 30)
WARTA_RETAIN_TASK_DAYS = env_int("WARTA_RETAIN_TASK_DAYS", 7)
WARTA_RETAIN_CLICK_DAYS = env_int("WARTA_RETAIN_CLICK_DAYS", 400)
AXES_FAILURE_LIMIT = env_int("WARTA_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("WARTA_LOGIN_LOCKOUT_MINUTES", 15))
# Failures counted per client ("ip_address": five in all, whatever accounts it
# tries) and per client and account (the nested pair), never per account alone:
# a stranger's failures lock the stranger out, not the editor elsewhere.
AXES_LOCKOUT_PARAMETERS = ["ip_address", ["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# An admin session unused this long needs a new login (0: never); each use
# keeps it alive (warta.access.sessions).
WARTA_ADMIN_IDLE_MINUTES = env_int("WARTA_ADMIN_IDLE_MINUTES", 60)
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "warta.access.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "warta.access.lockout.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
# Two-factor (django-otp TOTP): optional per user, from the account menu
# ("Verifikasi dua langkah"); WARTA_REQUIRE_2FA=1 makes every admin user enrol.
WAGTAILADMIN_USER_LOGIN_FORM = "warta.access.forms.TwoFactorLoginForm"
WARTA_REQUIRE_2FA = env_bool("WARTA_REQUIRE_2FA", False)

# Readers see Bahasa Indonesia; times are Jakarta's (WIB).
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("WARTA_MEDIA_ROOT", DATA_DIR / "media"))
# The embedded default serves uploaded media itself; behind nginx or with object
# storage, set WARTA_SERVE_MEDIA=0 and let them do it.
WARTA_SERVE_MEDIA = env_bool("WARTA_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_MAX_AGE = 3600
# Media on S3-compatible object storage (pip install 'warta[s3]'), for several
# app servers without a shared folder: WARTA_S3_BUCKET switches it on; the keys
# come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or an instance role).
if os.environ.get("WARTA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["WARTA_S3_BUCKET"],
            "endpoint_url": os.environ.get("WARTA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("WARTA_S3_REGION") or None,
            "custom_domain": os.environ.get("WARTA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,  # published images are public
            "file_overwrite": False,
            "default_acl": None,  # the bucket's policy decides
        },
    }
    WARTA_SERVE_MEDIA = False

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The paper itself.
WARTA_SITE_NAME = os.environ.get("WARTA_SITE_NAME", "Harian Warta")
WARTA_BASE_URL = os.environ.get("WARTA_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

WAGTAIL_SITE_NAME = WARTA_SITE_NAME
OTP_TOTP_ISSUER = WARTA_SITE_NAME  # the name an authenticator app shows
WAGTAILADMIN_BASE_URL = WARTA_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "images.WartaImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]  # no SVG
# Uploads: checked by content, at most 20 MB and 60 megapixels, decoded in full.
WAGTAILIMAGES_IMAGE_FORM_BASE = "warta.images.forms.WartaImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
# Rich text posted to the admin is sanitised, even when it is not Draftail's JSON.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "warta.core.richtext_widget.SafeDraftailRichTextArea"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "mp4", "webm"]
WAGTAIL_I18N_ENABLED = False
# Approval publishes only what a direct publish may (picture credits).
WAGTAIL_FINISH_WORKFLOW_ACTION = "warta.newsroom.approval.publish_approved"
# No avatars from gravatar.com: no third-party request, no e-mail hash leaves.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
TAGGIT_CASE_INSENSITIVE = True
# Search (warta.search.text): the stemmer setup, one of STEMMERS there.
WARTA_SEARCH_STEMMER = os.environ.get("WARTA_SEARCH_STEMMER", "sastrawi+alt")
# Sitemaps (warta.feeds): URLs per sitemap file (the protocol allows 50,000).
WARTA_SITEMAP_LIMIT = env_int("WARTA_SITEMAP_LIMIT", 50_000)

# Terpopuler (warta.popularity): the proxies whose X-Forwarded-For names the
# reader (IPs or CIDRs; none by default: behind nginx on the same host set
# 127.0.0.1,::1, as deploy/warta.env.example does; a Unix socket peer counts
# as a local proxy), how long one client's repeat views of a story count once,
# and a client's hourly cap.
WARTA_TRUSTED_PROXIES = env_list("WARTA_TRUSTED_PROXIES", [])
WARTA_VIEW_WINDOW_MINUTES = env_int("WARTA_VIEW_WINDOW_MINUTES", 30)
WARTA_VIEW_HOURLY_CAP = env_int("WARTA_VIEW_HOURLY_CAP", 120)

# Reader comments (warta.comments): threads close N days after publication (0:
# never); the longest comment and most links it may hold; words that refuse a
# comment (comma-separated); the seconds a person needs at least between opening
# the form and sending it, and the hours a form stays valid; posts per client
# per window; reports per client per hour; reports that hide a comment again
# under post-moderation (0: never).
WARTA_COMMENTS_CLOSE_AFTER_DAYS = env_int("WARTA_COMMENTS_CLOSE_AFTER_DAYS", 30)
WARTA_COMMENTS_MAX_LENGTH = env_int("WARTA_COMMENTS_MAX_LENGTH", 3000)
WARTA_COMMENTS_MAX_LINKS = env_int("WARTA_COMMENTS_MAX_LINKS", 2)
WARTA_COMMENTS_BLOCKLIST = env_list("WARTA_COMMENTS_BLOCKLIST", [])
WARTA_COMMENTS_MIN_SECONDS = env_int("WARTA_COMMENTS_MIN_SECONDS", 3)
WARTA_COMMENTS_FORM_MAX_AGE_HOURS = env_int("WARTA_COMMENTS_FORM_MAX_AGE_HOURS", 24)
WARTA_COMMENTS_RATE_LIMIT = env_int("WARTA_COMMENTS_RATE_LIMIT", 10)
WARTA_COMMENTS_RATE_WINDOW_MINUTES = env_int("WARTA_COMMENTS_RATE_WINDOW_MINUTES", 10)
WARTA_COMMENTS_REPORT_LIMIT = env_int("WARTA_COMMENTS_REPORT_LIMIT", 20)
WARTA_COMMENTS_HIDE_AFTER_REPORTS = env_int("WARTA_COMMENTS_HIDE_AFTER_REPORTS", 3)
# Data exports (/komentar/data-saya/): requests per client an hour, mails to one
# address a day.
WARTA_COMMENTS_EXPORT_LIMIT = env_int("WARTA_COMMENTS_EXPORT_LIMIT", 3)
# A stale or forged form gets the site's Indonesian 403 page, not Django's.
CSRF_FAILURE_VIEW = "warta.comments.views.csrf_failure"

# Page cache (warta.delivery): whole reader pages for anonymous readers in the
# default cache, invalidated on publish. WARTA_PAGE_CACHE=0 turns it off (for
# measuring full renders); the Cache-Control header is for a proxy or CDN in
# front. Pages are kept per process in the local-memory default, but the
# generation tokens that invalidate them are shared ("generations" above), so
# a publish in one process reaches the pages of all.
# WARTA_FRONTEND_CACHE=nginx|varnish|cloudflare purges that cache on the same
# events (WARTA_FRONTEND_CACHE_URL, or WARTA_CLOUDFLARE_TOKEN and _ZONE_ID).
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    # Room for pages beside renditions, cards and counters (Django's default is 300).
    CACHES["default"]["OPTIONS"] = {"MAX_ENTRIES": 5000}
WARTA_PAGE_CACHE = env_bool("WARTA_PAGE_CACHE", True)
WARTA_PAGE_CACHE_SECONDS = env_int(
    "WARTA_PAGE_CACHE_SECONDS", 600 if os.environ.get("REDIS_URL") else 60
)
WARTA_PAGE_CACHE_CONTROL = os.environ.get(
    "WARTA_PAGE_CACHE_CONTROL",
    "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400",
)
# Under load one request renders a missing page; the others wait this many
# seconds at most for it before rendering themselves.
WARTA_PAGE_CACHE_WAIT = env_float("WARTA_PAGE_CACHE_WAIT", 3.0)
_frontend = os.environ.get("WARTA_FRONTEND_CACHE", "").strip().lower()
_frontend_backends = {
    "nginx": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "varnish": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "cloudflare": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
}
if _frontend == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": _frontend_backends["cloudflare"],
            "BEARER_TOKEN": os.environ.get("WARTA_CLOUDFLARE_TOKEN", ""),
            "ZONEID": os.environ.get("WARTA_CLOUDFLARE_ZONE_ID", ""),
        }
    }
elif _frontend in _frontend_backends:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": _frontend_backends[_frontend],
            "LOCATION": os.environ.get("WARTA_FRONTEND_CACHE_URL", "http://127.0.0.1"),
        }
    }
elif _frontend:
    raise ValueError(
        f"WARTA_FRONTEND_CACHE must be nginx, varnish or cloudflare; got {_frontend!r}"
    )

# Wire ingest (warta.ingest): the section drafts go to without --section (no
# default: the command says so); the largest feed or picture read; seconds
# before a network read gives up; what `warta ingest_feeds` polls, space
# separated URL_OR_PATH|SECTION|AGENCY entries (section and agency optional).
WARTA_WIRE_SECTION = os.environ.get("WARTA_WIRE_SECTION", "")
WARTA_WIRE_MAX_BYTES = env_int("WARTA_WIRE_MAX_BYTES", 20 * 1024 * 1024)
WARTA_WIRE_TIMEOUT = env_int("WARTA_WIRE_TIMEOUT", 15)
WARTA_WIRE_FEEDS = os.environ.get("WARTA_WIRE_FEEDS", "")

# `warta serve`: granian or gunicorn (--server overrides it).
WARTA_SERVER = os.environ.get("WARTA_SERVER", "granian")

# Background tasks (warta.queue): "database" (the default: a table in the
# database, served by `warta worker`, which `warta serve` starts), "rq" (Redis
# from REDIS_URL, where several machines share the work; `warta worker` on
# each) or "immediate" (run at once, in the request: tests, one-off scripts).
WARTA_TASKS = os.environ.get("WARTA_TASKS", "database")
if WARTA_TASKS == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
elif WARTA_TASKS == "rq":
    if not os.environ.get("REDIS_URL"):
        raise ValueError("WARTA_TASKS=rq needs REDIS_URL")
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": os.environ["REDIS_URL"], "DEFAULT_TIMEOUT": 900}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
elif WARTA_TASKS == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ValueError(
        f"WARTA_TASKS must be database, rq or immediate; got {WARTA_TASKS!r}"
    )
# A task left running by a worker not heard from for this long runs again.
WARTA_WORKER_STALE_SECONDS = env_int("WARTA_WORKER_STALE_SECONDS", 60)
# What the worker's clock queues: (task, every N seconds, offset seconds).
# Go-live times are to the minute: publishing runs half a second past it.
WARTA_PERIODIC_TASKS = [
    ("warta.newsroom.tasks.publish_due", 60, 0.5),
    ("warta.ingest.tasks.poll_wires", 60 * env_int("WARTA_WIRE_POLL_MINUTES", 5), 7),
    ("warta.newsletters.tasks.digests_due", 60, 3),
]
# Nawala (warta.newsletters): mails per batch and per minute (the provider's
# limit), how long before its time a digest is prepared for the editor to
# change or hold, how late a missed digest is still sent.
WARTA_NEWSLETTER_BATCH = env_int("WARTA_NEWSLETTER_BATCH", 50)
WARTA_NEWSLETTER_RATE = env_int("WARTA_NEWSLETTER_RATE", 600)
WARTA_NEWSLETTER_PREPARE_MINUTES = env_int("WARTA_NEWSLETTER_PREPARE_MINUTES", 60)
WARTA_NEWSLETTER_CATCH_UP_HOURS = env_int("WARTA_NEWSLETTER_CATCH_UP_HOURS", 3)
WARTA_NEWSLETTER_SIGNUP_LIMIT = env_int("WARTA_NEWSLETTER_SIGNUP_LIMIT", 5)
# Web push (warta.push): our own VAPID key (empty: $WARTA_DATA/vapid_private.pem,
# made on first use), the contact push services may write to (empty:
# DEFAULT_FROM_EMAIL), notifications a paper may send an hour, subscribe
# requests a client may make an hour, seconds a push service keeps a message.
WARTA_VAPID_PRIVATE_KEY = os.environ.get("WARTA_VAPID_PRIVATE_KEY", "")
WARTA_PUSH_CONTACT = os.environ.get("WARTA_PUSH_CONTACT", "")
WARTA_PUSH_HOURLY_LIMIT = env_int("WARTA_PUSH_HOURLY_LIMIT", 4)
WARTA_PUSH_SUBSCRIBE_LIMIT = env_int("WARTA_PUSH_SUBSCRIBE_LIMIT", 30)
WARTA_PUSH_TTL = env_int("WARTA_PUSH_TTL", 4 * 3600)
# Extra retry policies: {"module.task": attempts} (warta.queue.policy).
WARTA_TASK_RETRIES = {}

# Mail (newsroom notifications, password reset), read from the environment.
# WARTA_EMAIL_PROVIDER picks the way out: "file" (the default without
# EMAIL_HOST: one file per mail under $WARTA_DATA/mail/, the demo's), "smtp"
# (the default with EMAIL_HOST), "console", or an API provider through
# django-anymail (mailgun, sendgrid, postmark, amazon_ses, brevo, ...), whose
# settings come from ANYMAIL_<NAME> variables, e.g. ANYMAIL_MAILGUN_API_KEY.
# Sending waits at most EMAIL_TIMEOUT seconds; a failure is logged, never
# breaks the action that sent it (warta.newsroom.mail).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 587 if EMAIL_HOST else 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", f"{WARTA_SITE_NAME} <redaksi@localhost>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_SUBJECT_PREFIX = f"[{WARTA_SITE_NAME}] "
EMAIL_FILE_PATH = DATA_DIR / "mail"
_provider = os.environ.get("WARTA_EMAIL_PROVIDER", "").strip().lower()
WARTA_EMAIL_PROVIDER = _provider or ("smtp" if EMAIL_HOST else "file")
WARTA_EMAIL_PROVIDERS = {
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    **{
        name: f"anymail.backends.{name}.EmailBackend"
        for name in [
            "amazon_ses", "brevo", "mailersend", "mailgun", "mailjet", "mailtrap",
            "mandrill", "postal", "postmark", "resend", "scaleway", "sendgrid",
            "sparkpost", "unisender_go",
        ]
    },
}  # fmt: skip
if WARTA_EMAIL_PROVIDER not in WARTA_EMAIL_PROVIDERS:
    raise ValueError(
        "WARTA_EMAIL_PROVIDER must be one of "
        f"{', '.join(sorted(WARTA_EMAIL_PROVIDERS))}; got {WARTA_EMAIL_PROVIDER!r}"
    )
EMAIL_BACKEND = WARTA_EMAIL_PROVIDERS[WARTA_EMAIL_PROVIDER]
ANYMAIL = {
    "REQUESTS_TIMEOUT": EMAIL_TIMEOUT,
    **{
        name.removeprefix("ANYMAIL_"): value
        for name, value in os.environ.items()
        if name.startswith("ANYMAIL_")
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Both escape control characters a client sent (a forged line, ANSI codes).
    "formatters": {
        "json": {"()": "warta.operations.requestlog.JsonFormatter"},
        "text": {"()": "warta.operations.requestlog.SafeFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "text"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
# WARTA_JSON_LOGS=1: every log record as one JSON line, plus one per request
# (method, path, status, duration); `warta serve` then drops its text access log.
WARTA_JSON_LOGS = env_bool("WARTA_JSON_LOGS", False)
if WARTA_JSON_LOGS:
    MIDDLEWARE.insert(0, "warta.operations.requestlog.RequestLogMiddleware")
    LOGGING["handlers"]["console"]["formatter"] = "json"
    LOGGING["loggers"] = {"warta.requests": {"level": "INFO"}}
