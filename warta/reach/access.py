"""Who sees the clicks and the WhatsApp composer: the people who edit stories.

Superusers and the groups holding ``change_page`` or ``publish_page`` somewhere
(Redaktur, Redaktur Pelaksana). A writer (Penulis) only adds drafts and gets a
403; the Kawat queue draws the same line (``warta.ingest.views``).
"""

from wagtail.models import GroupPagePermission

EDIT_CODENAMES = ["change_page", "publish_page"]


def can_use_reach(user):
    """Asked once per request and user (the page listing asks for every row)."""
    if not user.is_active or user.is_anonymous:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_warta_can_use_reach"):
        user._warta_can_use_reach = GroupPagePermission.objects.filter(
            group__user=user, permission__codename__in=EDIT_CODENAMES
        ).exists()
    return user._warta_can_use_reach
