"""Create the newsroom's four role groups and the "Review redaktur" workflow.

Idempotent: existing groups and grants are kept, missing ones added; the demo
calls the same ``roles.ensure_roles`` later.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from warta.newsroom import roles

    roles.ensure_roles(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("sections", "0002_create_homepage"),
        ("comments", "0003_moderator_permissions"),
        ("people", "0001_initial"),
        ("images", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
