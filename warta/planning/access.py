"""Who sees and who plans a desk's budget.

Staff of a desk (any ``DeskAssignment`` on its section) see its plan; its
Redaktur plans it. The Redaktur Pelaksana and superusers see and plan
every desk.
"""

from warta.newsroom import roles
from warta.newsroom.choices import DeskRole
from warta.sections.models import SectionPage


def sees_every_desk(user):
    return user.is_superuser or user.groups.filter(name=roles.MANAGING_EDITOR).exists()


def visible_desks(user):
    desks = SectionPage.objects.order_by("path")
    if not user.is_authenticated:
        return desks.none()
    if sees_every_desk(user):
        return desks
    return desks.filter(desk_assignments__user=user).distinct()


def planned_desks(user):
    """The desks whose budget ``user`` may write."""
    desks = SectionPage.objects.order_by("path")
    if not user.is_authenticated:
        return desks.none()
    if sees_every_desk(user):
        return desks
    return desks.filter(
        desk_assignments__user=user, desk_assignments__role=DeskRole.EDITOR
    ).distinct()


def may_plan(user, desk):
    return planned_desks(user).filter(pk=desk.pk).exists()


def may_draft(user, item):
    """The assigned writer, or whoever plans the desk, if they may add stories there."""
    if item.page_id:
        return False
    mine = item.writer_id and item.writer.user_id == user.pk
    if not (mine or may_plan(user, item.desk)):
        return False
    return item.desk.permissions_for_user(user).can_add_subpage()
