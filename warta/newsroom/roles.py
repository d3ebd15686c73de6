"""The newsroom's roles as Django groups with Wagtail permissions.

Shared by the data migration (with the historical ``apps`` registry) and the
demo (with Django's), so a fresh site and the demo grant the same set.

- Penulis drafts in the sections they are assigned to and submits for review;
  without the publish permission Wagtail lets them neither publish, unpublish
  nor delete a live page.
- Redaktur edits and publishes (or schedules) in their sections and reviews
  the "Tinjauan redaktur" workflow there; moderates comments.
- Fotografer uploads images and builds galleries in the Foto desk.
- Redaktur Pelaksana: every section, their order, people, agencies, comments
  and users.

Section rights live on per-section groups ("Penulis · Nasional") that
``assign`` fills from ``DeskAssignment`` rows.
"""

from django.apps import apps as django_apps
from django.contrib.auth.management import create_permissions
from django.utils.translation import gettext_lazy as _

WRITER = "Penulis"
EDITOR = "Redaktur"
PHOTOGRAPHER = "Fotografer"
MANAGING_EDITOR = "Redaktur Pelaksana"
WORKFLOW_NAME = "Tinjauan redaktur"
TASK_NAME = "Persetujuan redaktur rubrik"

# Page permissions on the sections a user is assigned to (per-section groups).
DESK_PAGE_PERMISSIONS = {
    WRITER: ["add_page"],
    EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    PHOTOGRAPHER: ["add_page"],
}
# Page permissions on the home page (every section) for the role group itself.
PAGE_PERMISSIONS = {
    WRITER: [],
    EDITOR: [],
    PHOTOGRAPHER: [],
    MANAGING_EDITOR: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
IMAGE_PERMISSIONS = {
    WRITER: ["add_image", "choose_image"],
    EDITOR: ["add_image", "change_image", "choose_image"],
    PHOTOGRAPHER: ["add_image", "change_image", "delete_image", "choose_image"],
    MANAGING_EDITOR: ["add_image", "change_image", "delete_image", "choose_image"],
}
MODERATE_COMMENTS = [
    "comments.view_comment",
    "comments.change_comment",
    "comments.delete_comment",
    "comments.view_closedthread",
    "comments.add_closedthread",
    "comments.change_closedthread",
    "comments.delete_closedthread",
]
# Pedoman Media Siber (warta.trust): corrections, replies, takedowns and the
# "Masih diverifikasi" notice are the editors'. A writer has none of these.
TRUST = [
    "trust.add_correction",
    "trust.change_correction",
    "trust.delete_correction",
    "trust.view_correction",
    "trust.clear_verification",
    "trust.view_takedown",
    "trust.change_takedown",
]
# Nawala (warta.newsletters): editors see the issues and may change or hold
# one before it goes; the managing editor also runs the lists.
NAWALA_EDITOR = [
    "newsletters.view_issue",
    "newsletters.change_issue",
    "newsletters.add_issue",
    "newsletters.view_newsletterlist",
]
NAWALA_MANAGER = [
    *NAWALA_EDITOR,
    "newsletters.delete_issue",
    "newsletters.add_newsletterlist",
    "newsletters.change_newsletterlist",
    "newsletters.view_subscriber",
]
MODEL_PERMISSIONS = {
    WRITER: [],
    EDITOR: [
        "people.view_person",
        "people.view_agency",
        *MODERATE_COMMENTS,
        *TRUST,
        *NAWALA_EDITOR,
    ],
    PHOTOGRAPHER: [],
    MANAGING_EDITOR: [
        "people.add_person",
        "people.change_person",
        "people.delete_person",
        "people.add_agency",
        "people.change_agency",
        "people.delete_agency",
        "auth.add_user",
        "auth.change_user",
        "newsroom.add_deskassignment",
        "newsroom.change_deskassignment",
        "newsroom.delete_deskassignment",
        "newsroom.view_deskassignment",
        *MODERATE_COMMENTS,
        "comments.change_commentsitesettings",
        *TRUST,
        *NAWALA_MANAGER,
    ],
}
REVIEWERS = [EDITOR, MANAGING_EDITOR]
LABELS = {
    WRITER: _("Penulis"),
    EDITOR: _("Redaktur"),
    PHOTOGRAPHER: _("Fotografer"),
    MANAGING_EDITOR: _("Redaktur Pelaksana"),
}
APPS_WITH_PERMISSIONS = [
    "people",
    "comments",
    "newsroom",
    "auth",
    "wagtailadmin",
    "trust",
    "newsletters",
]
# Apps that migrate after the newsroom's first grant: their permissions are
# granted by their own migration (which calls ``ensure_roles`` again).
LATER_APPS = {"trust", "newsletters"}


def _permission(apps, dotted):
    app_label, codename = dotted.split(".")
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _has(apps, dotted):
    app_label, codename = dotted.split(".")
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).exists()


def _create_permissions(apps):
    """During migrate, permissions appear only after all migrations: make them now."""
    for label in APPS_WITH_PERMISSIONS:
        try:
            app_config = apps.get_app_config(label)
        except LookupError:  # not migrated yet (see LATER_APPS)
            continue
        if not getattr(app_config, "models_module", None):
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)


def _home_page(apps):
    HomePage = apps.get_model("sections", "HomePage")
    home = HomePage.objects.order_by("path").first()
    return (
        apps.get_model("wagtailcore", "Page").objects.get(pk=home.pk) if home else None
    )


def ensure_roles(root_page=None, apps=django_apps):
    """Create the four groups (once) with their permissions; returns them by name."""
    _create_permissions(apps)
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Collection = apps.get_model("wagtailcore", "Collection")
    root_page_id = root_page.pk if root_page else getattr(_home_page(apps), "pk", None)
    collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name in PAGE_PERMISSIONS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(_permission(apps, "wagtailadmin.access_admin"))
        for dotted in MODEL_PERMISSIONS[name]:
            if dotted.split(".")[0] in LATER_APPS and not _has(apps, dotted):
                continue
            group.permissions.add(_permission(apps, dotted))
        # The first cut granted writers and editors the whole site: take it back.
        GroupPagePermission.objects.filter(group=group).exclude(
            permission__codename__in=PAGE_PERMISSIONS[name]
        ).delete()
        for codename in PAGE_PERMISSIONS[name] if root_page_id else []:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=root_page_id,
                permission=_permission(apps, f"wagtailcore.{codename}"),
            )
        for codename in IMAGE_PERMISSIONS[name] if collection else []:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=_permission(apps, f"wagtailimages.{codename}"),
            )
        groups[name] = group
    if root_page_id:
        ensure_workflow(root_page_id, [groups[name] for name in REVIEWERS], apps)
    return groups


def ensure_workflow(page_id, reviewer_groups, apps=django_apps):
    """The "Tinjauan redaktur" workflow on the home page: every story type under it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    SectionReviewTask = apps.get_model("newsroom", "SectionReviewTask")
    task = SectionReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type, _c = ContentType.objects.get_or_create(
            app_label="newsroom", model="sectionreviewtask"
        )
        task = SectionReviewTask.objects.create(
            name=TASK_NAME, content_type=content_type, active=True
        )
    task.groups.add(*reviewer_groups)
    workflow, _c = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    if not WorkflowPage.objects.filter(page_id=page_id).exists():
        WorkflowPage.objects.create(page_id=page_id, workflow=workflow)
    return workflow


def desk_group_name(role, section):
    return f"{role} · {section.title}"


def assign(user, section, role, apps=django_apps):
    """Record ``user``'s role on ``section`` and grant its page permissions."""
    DeskAssignment = apps.get_model("newsroom", "DeskAssignment")
    DeskAssignment.objects.get_or_create(user=user, section_id=section.pk, role=role)
    sync_desk_group(section, role, apps)


def sync_desk_group(section, role, apps=django_apps):
    """Make the section's group for ``role`` hold its assigned users and rights."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    DeskAssignment = apps.get_model("newsroom", "DeskAssignment")
    group, _c = Group.objects.get_or_create(name=desk_group_name(role, section))
    for codename in DESK_PAGE_PERMISSIONS[role]:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=section.pk,
            permission=_permission(apps, f"wagtailcore.{codename}"),
        )
    assigned = DeskAssignment.objects.filter(section_id=section.pk, role=role)
    User = group.user_set.model
    group.user_set.set(User.objects.filter(desk_assignments__in=assigned))
    return group
