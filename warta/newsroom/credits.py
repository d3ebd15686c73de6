"""Who a story credits, and the picture credits it may not go out without.

- ``fill_byline``: a new story opens with its author's person already in the
  form (the writer of an article, the photographer of a gallery, the camera
  operator of a video), where they can change or remove it.
- ``credit_editor``: the first step of the publish pipeline
  (``warta.newsroom.publishing``). A story without a "Redaktur" gets the
  editor who put it out: who approved it in the review workflow, else who
  published or scheduled it. Whoever publishes (the editor at once, the
  workflow, the scheduler later), the credit is set the same way.
- ``uncredited_pictures``: the library pictures a story shows whose credit is
  empty; ``publish_refusal`` says why such a story (or a gallery without
  photos) may not go out. ``wagtail_hooks`` refuses a publish or schedule
  with it, ``warta.newsroom.approval`` an approval in the review workflow.
"""

import dataclasses

from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from wagtail.admin import messages
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import init_new_page

from warta.articles.models import ArticleWriter
from warta.multimedia.models import PhotoGalleryPage
from warta.people.models import Person
from warta.trust import ai

# The page's own person field filled for its author, and the role it needs.
BYLINE_FIELDS = [
    ("photographer", "is_photographer"),
    ("videographer", "is_photographer"),
]


def person_of(user):
    try:
        return user.person if user else None
    except ObjectDoesNotExist:
        return None


def fill_byline(sender, page, parent=None, **kwargs):
    """``init_new_page``: the empty form of a new story names its author."""
    person = person_of(page.owner)
    if person is None:
        return
    if hasattr(page, "writer_links") and (person.is_writer or person.is_columnist):
        page.writer_links = [ArticleWriter(person=person)]
    for field, role in BYLINE_FIELDS:
        if hasattr(page, f"{field}_id") and getattr(person, role):
            setattr(page, field, person)


def credit_editor(page, revision):
    """Credit the publishing editor on the page and on the revision it went
    out from (so the next draft, and a scheduled publish, keep it)."""
    if revision is None or not hasattr(page, "editor_id") or page.editor_id:
        return
    person = publishing_editor(revision)
    if person is None:
        return
    page.editor = person
    type(page).objects.filter(pk=page.pk).update(editor=person)
    revision.content["editor"] = person.pk
    revision.save(update_fields=["content"])


def publishing_editor(revision):
    """The editor's person behind ``revision`` going out: the reviewer who
    approved it, else its author when that is an editor (an editor's publish
    or schedule saves the revision it publishes), else the reviewer who last
    approved the story (a writer's later revision went out on that approval)."""
    for user_id in _who_put_out(revision):
        person = Person.objects.filter(user_id=user_id, is_editor=True).first()
        if person is not None:
            return person
    return None


def _who_put_out(revision):
    approved = TaskState.objects.filter(status=TaskState.STATUS_APPROVED).exclude(
        finished_by=None
    )
    newest = approved.order_by("-finished_at", "-pk").values_list(
        "finished_by_id", flat=True
    )
    yield from newest.filter(revision=revision)
    yield revision.user_id
    yield from newest.filter(
        workflow_state__base_content_type_id=revision.base_content_type_id,
        workflow_state__object_id=revision.object_id,
        workflow_state__status=WorkflowState.STATUS_APPROVED,
    )[:1]


@dataclasses.dataclass
class Refusal:
    """Why a story may not go out, and the pictures to fix (each a button)."""

    message: str
    pictures: list = dataclasses.field(default_factory=list)

    def tell(self, request):
        buttons = [
            messages.button(
                reverse("wagtailimages:edit", args=[image.pk]),
                format_lazy("{} {}", _("Isi kredit:"), image.title),
                new_window=True,
            )
            for image in self.pictures
        ]
        messages.error(request, self.message, buttons=buttons)


def publish_refusal(page):
    """A ``Refusal`` when ``page`` may not go out (now or scheduled), else None."""
    if isinstance(page, PhotoGalleryPage) and not page.photos.all():
        return Refusal(
            _("Belum diterbitkan: galeri ini belum punya foto. Draf sudah disimpan.")
        )
    missing = uncredited_pictures(page)
    if missing:
        names = ", ".join(f"“{image.title}”" for image in missing)
        message = _(
            "Belum diterbitkan: foto berikut belum punya kredit: %(names)s. "
            "Isi kreditnya di pustaka gambar, lalu terbitkan lagi. Draf sudah disimpan."
        ) % {"names": names}
        return Refusal(message, missing)
    # The Press Council's rule on AI (warta.trust.ai): every use checked by
    # an editor, every AI picture accounted for.
    message = ai.refusal_message(page, list(_pictures(page)))
    return Refusal(message) if message else None


def uncredited_pictures(page):
    """Library pictures the story shows (its own fields, its inline items such
    as a gallery's photos, its body) whose credit is empty, in order, once."""
    found = {image.pk: image for image in _pictures(page) if not image.credit.strip()}
    return list(found.values())


def _pictures(obj):
    Image = get_image_model()
    for field in obj._meta.concrete_fields:
        if field.is_relation and field.related_model is Image:
            image = getattr(obj, field.name)
            if image is not None:
                yield image
        elif isinstance(field, StreamField):
            yield from _in_stream(getattr(obj, field.name), Image)
    for relation in get_all_child_relations(obj):
        for child in getattr(obj, relation.get_accessor_name()).all():
            yield from _pictures(child)


def _in_stream(value, Image):
    if isinstance(value, Image):
        yield value
    elif isinstance(value, StreamValue):
        for block in value:
            yield from _in_stream(block.value, Image)
    elif isinstance(value, StructValue):
        for item in value.values():
            yield from _in_stream(item, Image)
    elif isinstance(value, ListValue):
        for item in value:
            yield from _in_stream(item, Image)


def connect():
    init_new_page.connect(fill_byline, dispatch_uid="newsroom-fill-byline")
