"""Grant the editors the trust permissions (corrections, takedowns, clearing
the "Masih diverifikasi" notice): ``roles.ensure_roles`` again, idempotent."""

from django.db import migrations


def grant(apps, schema_editor):
    from warta.newsroom import roles

    roles.ensure_roles(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("trust", "0001_initial"),
        ("newsroom", "0002_roles_and_review_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
