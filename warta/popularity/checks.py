"""A mistyped WARTA_TRUSTED_PROXIES fails at start-up, not on the first reader."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from warta.popularity.clients import trusted_networks


@checks.register()
def check_trusted_proxies(app_configs=None, **kwargs):
    try:
        trusted_networks()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="popularity.E001")]
    return []
