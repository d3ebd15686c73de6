"""The newsroom's roles as Django groups with Wagtail permissions.

A first cut that the demo uses: writers draft, editors publish, photographers
handle images, the managing editor does everything. The newsroom issue narrows
writers and editors to their own sections and adds the review workflow.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

WRITER = "Penulis"
EDITOR = "Redaktur"
PHOTOGRAPHER = "Fotografer"
MANAGING_EDITOR = "Redaktur Pelaksana"

PAGE_PERMISSIONS = {
    WRITER: ["add_page", "change_page"],
    EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    PHOTOGRAPHER: ["add_page", "change_page"],
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
MODEL_PERMISSIONS = {
    WRITER: [],
    EDITOR: [
        "people.view_person",
        "people.view_agency",
        "comments.view_comment",
        "comments.change_comment",
        "comments.delete_comment",
        "comments.view_closedthread",
        "comments.add_closedthread",
        "comments.change_closedthread",
        "comments.delete_closedthread",
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
        "comments.view_comment",
        "comments.change_comment",
        "comments.delete_comment",
        "comments.view_closedthread",
        "comments.add_closedthread",
        "comments.change_closedthread",
        "comments.delete_closedthread",
        "comments.change_commentsitesettings",
    ],
}
LABELS = {
    WRITER: _("Penulis"),
    EDITOR: _("Redaktur"),
    PHOTOGRAPHER: _("Fotografer"),
    MANAGING_EDITOR: _("Redaktur Pelaksana"),
}


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_roles(root_page):
    """Create the four groups (once) with their permissions below ``root_page``."""
    collection = Collection.get_first_root_node()
    groups = {}
    for name in PAGE_PERMISSIONS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(_permission("wagtailadmin.access_admin"))
        for dotted in MODEL_PERMISSIONS[name]:
            group.permissions.add(_permission(dotted))
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=_permission(f"wagtailcore.{codename}"),
            )
        for codename in IMAGE_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=_permission(f"wagtailimages.{codename}"),
            )
        groups[name] = group
    return groups
