"""The workflow, task and group names the admin shows are Indonesian."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Task, Workflow

from warta.newsroom import roles

pytestmark = pytest.mark.django_db

rename = importlib.import_module(
    "warta.newsroom.migrations.0004_indonesian_workflow_and_group_names"
)


def test_the_newsroom_workflow_has_its_indonesian_name():
    assert Workflow.objects.filter(name=roles.WORKFLOW_NAME).exists()
    assert Task.objects.filter(name=roles.TASK_NAME).exists()
    assert not Workflow.objects.filter(name="Review redaktur").exists()


def test_the_migration_renames_wagtails_english_rows_where_they_exist():
    Workflow.objects.filter(name=roles.WORKFLOW_NAME).update(name="Review redaktur")
    Group.objects.filter(name__in=["Penyunting", "Moderator"]).delete()
    Group.objects.create(name="Editors")
    Group.objects.filter(name="Moderators").delete()
    rename.forwards(apps, None)
    names = set(Group.objects.values_list("name", flat=True))
    assert "Penyunting" in names and "Editors" not in names
    assert "Moderator" not in names  # there was no "Moderators" to rename
    assert Workflow.objects.filter(name=roles.WORKFLOW_NAME).exists()
    assert not Workflow.objects.filter(name="Review redaktur").exists()


def test_the_page_header_names_its_actions_in_indonesian(client):
    from django.contrib.auth import get_user_model

    from warta.sections.models import HomePage

    admin = get_user_model().objects.create_superuser("uji-tindakan", "", "x")
    client.force_login(admin)
    html = client.get(f"/admin/pages/{HomePage.objects.first().pk}/").content.decode()
    assert 'id="w-slim-header-buttons"' in html
    assert 'aria-label="Tindakan" id="w-slim-header-buttons"' in html
