"""The ``warta`` command: the project's manage.py, installed as a console script.

``warta migrate``, ``warta demo``, ``warta serve`` and every other Django or
Wagtail management command. Without DJANGO_SETTINGS_MODULE it runs the embedded
default (``warta.settings.demo``). Commands may be spelt with hyphens:
``warta import-wordpress`` runs ``import_wordpress``.
"""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "warta.settings.demo")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 (loads the settings module)
    except (ImproperlyConfigured, ValueError) as error:
        sys.exit(f"warta: configuration error: {error}")
    execute_from_command_line(hyphenated(list(argv or sys.argv)))


def hyphenated(argv):
    """``warta import-page`` for ``import_page``: the command name with hyphens."""
    if len(argv) > 1 and "-" in argv[1] and not argv[1].startswith("-"):
        import django
        from django.core.management import get_commands

        django.setup()
        name = argv[1].replace("-", "_")
        if name in get_commands():
            argv[1] = name
    return argv


if __name__ == "__main__":
    main()
