"""Indonesian names for the rows the admin shows by name.

The newsroom's workflow was created as "Review redaktur" (now
``roles.WORKFLOW_NAME``, "Tinjauan redaktur"); Wagtail's own migrations
create the groups "Editors" and "Moderators" and the workflow and task
"Moderators approval". Each row is renamed only where it exists under its
old name and the new name is still free; nothing else changes.
"""

from django.db import migrations

WORKFLOWS = {
    "Review redaktur": "Tinjauan redaktur",
    "Moderators approval": "Persetujuan moderator",
}
TASKS = {"Moderators approval": "Persetujuan moderator"}
GROUPS = {"Editors": "Penyunting", "Moderators": "Moderator"}


def _rename(model, names):
    for old, new in names.items():
        if not model.objects.filter(name=new).exists():
            model.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    _rename(apps.get_model("wagtailcore", "Workflow"), WORKFLOWS)
    _rename(apps.get_model("wagtailcore", "Task"), TASKS)
    _rename(apps.get_model("auth", "Group"), GROUPS)


def backwards(apps, schema_editor):
    def flip(names):
        return {new: old for old, new in names.items()}

    _rename(apps.get_model("wagtailcore", "Workflow"), flip(WORKFLOWS))
    _rename(apps.get_model("wagtailcore", "Task"), flip(TASKS))
    _rename(apps.get_model("auth", "Group"), flip(GROUPS))


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0003_notification"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
