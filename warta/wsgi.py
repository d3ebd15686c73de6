"""The WSGI application (`warta serve` runs it with granian or gunicorn).

Django's application, with page-cache hits answered in front of it by
``warta.delivery.fastpath`` (the same bytes and headers, without the handler).
"""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from warta.delivery.fastpath import FastPath

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "warta.settings.demo")
application = FastPath(get_wsgi_application(), settings.MIDDLEWARE)
