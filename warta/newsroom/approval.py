"""Approval that publishes checks what a direct publish checks.

Wagtail runs ``before_publish_page`` only in the page editor's own publish.
An approval (from the dashboard's workflow dialog, or the editor's footer)
ends the review workflow and calls ``WAGTAIL_FINISH_WORKFLOW_ACTION``, which
publishes (or schedules) the story's latest revision with no hook at all, so
an uncredited picture went out on approval.

``publish_approved`` is that action here: it asks ``credits.publish_refusal``
first and raises ``Refused``. The approval runs inside Wagtail's
``TaskState.approve`` transaction, so the refusal rolls the approval back: the
story stays in review, nothing is logged as approved, nobody is told it went
out. ``RefusedMiddleware`` turns the exception into what a refused publish
shows: the same Indonesian message on the story's editor, not a 500.
"""

from importlib import import_module

from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.modal_workflow import render_modal_workflow


class Refused(Exception):
    def __init__(self, page, refusal):
        super().__init__(refusal.message)
        self.page = page
        self.refusal = refusal


def publish_approved(workflow_state, user=None):
    """``WAGTAIL_FINISH_WORKFLOW_ACTION``: Wagtail's own action (publish the
    latest revision), after the check a direct publish makes."""
    # Wagtail imports this module while it defines its models (the setting is
    # read in WorkflowState's class body), before the page models exist.
    credits = import_module("warta.newsroom.credits")
    revision = workflow_state.content_object.get_latest_revision()
    page = revision.as_object()
    refusal = credits.publish_refusal(page)
    if refusal is not None:
        raise Refused(page, refusal)
    revision.publish(user=user)


class RefusedMiddleware:
    """A refused approval: the reason on the story's editor (the dashboard's
    dialog is told to go there)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Refused):
            return None
        exception.refusal.tell(request)
        url = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            data = {"step": "success", "redirect": url}
            return render_modal_workflow(request, "", None, {}, json_data=data)
        return redirect(url)
