"""Gazette settings: one file, every deployment difference comes from the environment.

Nothing set gives the embedded default (SQLite in WAL mode under data/, in-memory
channel layer, local-memory cache, mail to the console). DATABASE_URL and REDIS_URL
switch to PostgreSQL and Redis. docs/configuration.md lists every variable.
"""

from pathlib import Path
from urllib.parse import urlparse

from django.conf.locale import LANG_INFO

from gazette.lib.env import (
    database_from_url,
    email_from_url,
    env_bool,
    env_int,
    env_list,
    env_str,
    secret_key,
)
from gazette.lib.security import limit_image_decoding, site_policy

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = BASE_DIR / "gazette"
DATA_DIR = Path(env_str("DATA_DIR", str(BASE_DIR / "data")))

DEBUG = env_bool("DEBUG", default=False)
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
IS_LOCAL_SITE = urlparse(SITE_URL).hostname in {"127.0.0.1", "localhost", "::1"}
# A site on a public address must be given its key; a local one makes its own.
SECRET_KEY = secret_key(DATA_DIR, may_generate=DEBUG or IS_LOCAL_SITE)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", SITE_URL)

INSTALLED_APPS = [
    "gazette.accounts",
    "gazette.moderation",
    "gazette.news",
    "gazette.realtime",
    "gazette.feed",
    "gazette.discussions",
    "gazette.chats",
    "gazette.newsletters",
    "gazette.pagecache",
    "gazette.editions",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.frontend_cache",
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
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "channels",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "gazette.news.restrictions.read_once_per_request",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "gazette.editions.middleware.EditionLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "gazette.lib.security.SiteCSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "gazette.news.create_race.PageCreateRaceMiddleware",
]

ROOT_URLCONF = "gazette.urls"
WSGI_APPLICATION = "gazette.wsgi.application"
ASGI_APPLICATION = "gazette.asgi.application"

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
                "gazette.news.context_processors.site_chrome",
                "gazette.lib.ui_strings.context_processor",
            ],
        },
    },
]

# Databases: SQLite in WAL mode by default, PostgreSQL from DATABASE_URL.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": database_from_url(DATABASE_URL)}
    # A server that accepts no connections (frozen, or a host that drops packets)
    # gives a 503 page after this many seconds instead of a request that hangs.
    DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", 5)
    # Lets parallel runs on one server keep apart (pytest-xdist adds its own suffix).
    DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_NAME") or None}
else:
    DATABASES = {
        "default": {
            "ENGINE": "gazette.lib.sqlite",
            "NAME": DATA_DIR / "gazette.sqlite3",
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                    " PRAGMA busy_timeout=20000;"
                ),
            },
            # In memory, as with Django's own backend (pytest-django recognises
            # that one by its name only).
            "TEST": {"NAME": ":memory:"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and channel layer: process memory by default, Redis from REDIS_URL.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, but an outage gives misses, not error pages.
            "BACKEND": "gazette.lib.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "gazette",
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                # redis-py 8 caps an async pool at 100 connections by default,
                # which fails the 101st concurrent WebSocket handshake.
                "hosts": [{"address": REDIS_URL, "max_connections": 10_000}],
                # Redis pub/sub ignores the database number: keep sites (and test
                # runs) on different databases of one server apart.
                "prefix": f"gazette{urlparse(REDIS_URL).path.strip('/') or '0'}",
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "gazette",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# Background jobs: django-tasks with its database backend, run by
# `manage.py run_worker`, which also runs these commands every so many seconds.
# Scheduled publishing runs where the readers' sockets are: in the web process when
# there is no shared channel layer (gazette/lib/web_scheduler.py), else in the worker.
PUBLISH_SCHEDULED_IN_WEB = env_bool("PUBLISH_SCHEDULED_IN_WEB", not REDIS_URL)
WORKER_PERIODIC_COMMANDS = [("send_due_newsletters", 300)]
if not PUBLISH_SCHEDULED_IN_WEB:
    WORKER_PERIODIC_COMMANDS.insert(0, ("publish_scheduled", 30))
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{VALIDATORS}.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Confirming in the signup browser logs in and returns to ?next (the discussion).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
ACCOUNT_ADAPTER = "gazette.accounts.adapters.AccountAdapter"

# Editions: one per language, the first is the default. A newsroom adds one by listing
# its code here (any language Django knows) and translating the front page in the admin.
EDITIONS = env_list("EDITIONS", "en,ru,ar")
LANGUAGE_CODE = EDITIONS[0]
LANGUAGES = [(code, LANG_INFO[code]["name_local"]) for code in EDITIONS]
LANGUAGE_COOKIE_NAME = "gazette_edition"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", default=not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or not STORAGES["staticfiles"]["BACKEND"].startswith(
    "whitenoise"
)

# Mail
globals().update(email_from_url(env_str("EMAIL_URL")))
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Gazette <newsroom@gazette.localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security: strict by default, HTTPS-only settings when SITE_URL is https.
SECURE = SITE_URL.startswith("https://")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE and env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000) if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
# Joining the browsers' HSTS preload list is hard to undo: the domain owner submits
# it by hand, so `check --deploy` should not nag about SECURE_HSTS_PRELOAD.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY") else None
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp 4): no inline script on the public site, its
# own looser policy under /admin/; gazette/lib/security.py says why.
CONTENT_SECURITY_POLICY = site_policy(secure=SECURE)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Gazette")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "news.NewsImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
limit_image_decoding(WAGTAILIMAGES_MAX_IMAGE_PIXELS)  # before decoding, not after
# Unreadable image data gets a form error instead of a server error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "gazette.lib.image_uploads.SafeImageForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin would tell a third party who is working.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Discussions close automatically this many days after publication.
DISCUSSION_CLOSE_AFTER_DAYS = env_int("DISCUSSION_CLOSE_AFTER_DAYS", 14)

# The newsletters bounce/complaint webhook's shared secret; unset refuses all.
NEWSLETTER_WEBHOOK_SECRET = env_str("NEWSLETTER_WEBHOOK_SECRET")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail logs every page action at INFO; its audit log keeps them anyway.
        "wagtail": {"level": "WARNING"},
        # The worker logs each job at INFO; failures still show.
        "django_tasks": {"level": "WARNING"},
    },
}
