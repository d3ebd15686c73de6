"""Let the editors (Redaktur) and the managing editor (Redaktur Pelaksana) moderate.

Permissions are normally created after all migrations run; this creates this
app's first so it can grant them. The groups are created when missing (a fresh
site before ``warta demo``); ``warta.newsroom.roles`` grants the same set.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATE = [
    "view_comment",
    "change_comment",
    "delete_comment",
    "view_closedthread",
    "add_closedthread",
    "change_closedthread",
    "delete_closedthread",
]
GRANTS = {
    "Redaktur": MODERATE,
    "Redaktur Pelaksana": MODERATE + ["change_commentsitesettings"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("comments")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="comments", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="comments")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_moderation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
