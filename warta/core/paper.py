"""The paper's name and logo, wherever Warta names the paper.

An editor sets them in the admin (*Pengaturan* → *Identitas koran*, the
sections app's ``PaperIdentity``); search engines (JSON-LD, ``og:site_name``),
feeds, the news sitemap and the newsroom's e-mails must say the same. ``core``
is ground and imports no Warta app, so the sections app registers how the
identity is read (``provide``, in its ``AppConfig.ready``), the way Wagtail's
frontend cache asks a configured backend. Without one (a command run before
the apps are ready, a project without the sections app) the paper is the
server's default, ``settings.WARTA_SITE_NAME``.

Reading is cheap: the identity is kept under its own generation
(``warta.sections.chrome``), so asking on every render costs no query.
"""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Paper:
    name: str
    logo_url: str = ""  # a raster logo for Google's publisher logo, "" for none


_source = None


def provide(source):
    """``source(request)`` answers a ``Paper``; ``request`` may be None (a
    feed built outside a request, an e-mail): then it is the default site's."""
    global _source
    _source = source


def current(request=None):
    if _source is not None:
        return _source(request)
    return Paper(settings.WARTA_SITE_NAME)


def name(request=None):
    return current(request).name
