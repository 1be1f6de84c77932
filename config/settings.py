"""Settings, read from the environment with safe local defaults.

Every variable is listed in the README's configuration table. Locally nothing
needs setting: DEBUG is on, the database is an SQLite file in the project
folder and a throwaway secret key is used. With DJANGO_DEBUG off (production)
a secret key must be given, or the process refuses to start.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _tile_origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "accounts",
    "incidents",
    "searches",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "interchange",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
                "config.context_processors.layout_urls",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compiling: at 1,000,000 incidents it spent 84 ms compiling the combined search's
    # query and saved nothing measurable (2.07 s with it, 1.99-2.04 s without; issue 14).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dev server read while an ingest writes; a busy timeout
    # makes concurrent writers wait instead of failing at once.
    # IMMEDIATE: a transaction takes the write lock when it begins, so one that reads and
    # then writes waits its turn (the timeout) instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# Caches. "default" holds kept counts and look-ups (publishers, activity): per process in
# memory unless CACHE_REDIS_URL shares one cache between the workers. "template_fragments"
# holds what {% cache %} renders (list rows, filter forms, list controls, the menu):
# always in the process's memory, since their keys are made of what they show (they cannot go
# stale, so they need no sharing), and a page reads 25 of them. An entry is 0.5 KB (a row) to
# 7 KB (a filter form): 10,000 of them stay under 70 MB a worker, the least recently read third goes when full.
_fragments = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "template-fragments",
    "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("FRAGMENT_CACHE_ENTRIES", "10000"))},
}
if os.environ.get("CACHE_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_REDIS_URL"],
        },
        "template_fragments": _fragments,
    }
    # Sessions read through the shared cache, written through to the database. Not with a
    # per-process cache: a logout in one worker would leave the session alive in the others.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "template_fragments": _fragments,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
# django-axes first: it refuses a locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "accounts.backends.RoleLoadingBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
# The pages are written in English only, and the en-gb catalogues of Django and the installed apps
# translate no message differently, so translation is off (Django's switch "for performance"): the
# busiest country's incident list took 0.6-0.8 ms less CPU per request (12.4 -> 11.7 ms in-process,
# scripts/measure_list_cpu.py, A/B/A/B; issue 14). Formats still follow LANGUAGE_CODE (day-first dates
# typed, en-gb number grouping); tests/views/test_translation_off.py holds the pages equal to translation on.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Production hardening: on by default whenever DEBUG is off.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# The map's tiles, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". Unset: the map draws the
# country outlines shipped in static/vendor/natural-earth, so it works with no network at all.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "")

# Content-Security-Policy (django-csp): scripts and styles only from this site's static
# files, no inline script or style, no plugins, no framing. Map tiles are the one remote image.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Map tiles come from MAP_TILE_URL's origin, when one is configured.
        "img-src": ["'self'", "data:", *([_tile_origin(MAP_TILE_URL)] if MAP_TILE_URL else [])],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Password guessing (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one account,
# or from one client address, logins from there are refused for LOGIN_LOCKOUT_MINUTES.
# An admin unlocks early by deleting the attempts under Admin > Axes > Access attempts.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_address"

# Ingestion limits (see the ingest command).
INGEST_MAX_BYTES = int(os.environ.get("INGEST_MAX_BYTES", str(2 * 1024 * 1024)))

# Live ingest: every ingest from the browser, a feed or `ingest --queue` is a job on
# a queue, through Django's Tasks API. JOBS_BACKEND=database (default) keeps the queue
# in the database and `manage.py jobs_worker` runs it; JOBS_BACKEND=rq puts it on Redis
# (REDIS_URL), where workers on any number of machines take jobs. "immediate" runs a job
# at once in the process that enqueues it (tests).
JOBS_BACKEND = os.environ.get("JOBS_BACKEND", "database").strip().lower()
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
JOB_TIMEOUT_SECONDS = int(os.environ.get("JOB_TIMEOUT_SECONDS", "300"))
JOB_MAX_ATTEMPTS = int(os.environ.get("JOB_MAX_ATTEMPTS", "3"))
JOBS_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
if JOBS_BACKEND not in JOBS_BACKENDS:
    raise ImproperlyConfigured(f"JOBS_BACKEND must be one of {', '.join(JOBS_BACKENDS)}, not {JOBS_BACKEND!r}.")
TASKS = {"default": JOBS_BACKENDS[JOBS_BACKEND]}
if JOBS_BACKEND == "rq":
    INSTALLED_APPS.append("django_rq")
    # RQ's own time limit is a backstop behind the job's (see incidents.services.jobs).
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": JOB_TIMEOUT_SECONDS + 60}}
# Fetching article pages and feeds (incidents.services.fetching). Loopback is for tests only.
FETCH_TIMEOUT_SECONDS = int(os.environ.get("FETCH_TIMEOUT_SECONDS", "15"))
FETCH_ALLOW_LOOPBACK = env_bool("FETCH_ALLOW_LOOPBACK", False)
FEED_MAX_ITEMS = int(os.environ.get("FEED_MAX_ITEMS", "50"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}


# The REST API (api/): tokens or the session, cursor pages, a request budget per user.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.RolePermission"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.NewestFirstCursorPagination",
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": os.environ.get("API_THROTTLE_RATE", "2000/hour")},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Incident Desk API",
    "DESCRIPTION": "Incidents, groups, persons, places, sources and notes. Send `Authorization: Token KEY`.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ActorRoleEnum": "incidents.choices.ActorRole",
        "PersonRoleEnum": "incidents.choices.PersonRole",
        "GroupKindEnum": "incidents.choices.GroupKind",
        "LocationKindEnum": "incidents.choices.LocationKind",
        "PersonStatusEnum": "incidents.choices.PersonStatus",
        "ReviewStatusEnum": "incidents.choices.ReviewStatus",
    },
}
