"""The editor's request for changes, shown at the top of the story's editor."""

from django import template
from wagtail.models import WorkflowState

from warta.newsroom.models import display_name

register = template.Library()


@register.inclusion_tag("newsroom/change_request.html")
def change_request(page):
    """The comment of the review that sent this story back, while it waits."""
    state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
        .select_related("current_task_state__finished_by__person")
        .first()
        if page and page.pk
        else None
    )
    task_state = state.current_task_state if state else None
    if task_state is None:
        return {"request": None}
    return {
        "request": task_state,
        "editor_name": display_name(task_state.finished_by),
        "comment": task_state.specific.get_comment(),
    }
