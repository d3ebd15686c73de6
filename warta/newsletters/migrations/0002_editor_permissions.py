"""Grant the editors Nawala's permissions (see ``warta.newsroom.roles``):
``roles.ensure_roles`` again, idempotent."""

from django.db import migrations


def grant(apps, schema_editor):
    from warta.newsroom import roles

    roles.ensure_roles(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletters", "0001_initial"),
        ("newsroom", "0002_roles_and_review_workflow"),
        ("trust", "0002_editor_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
