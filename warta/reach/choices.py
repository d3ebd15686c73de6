"""The channels a tracked link goes out through, and what each one tells analytics."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    NAWALA = "nawala", _("Nawala")
    PUSH = "push", _("Notifikasi")
    WHATSAPP = "whatsapp", _("WhatsApp")


# One letter per channel in a link's code (``warta.reach.links``). A letter, once
# sent out in a newsletter, must keep its meaning: add new ones, never reuse one.
LETTERS = {Channel.NAWALA: "n", Channel.PUSH: "p", Channel.WHATSAPP: "w"}
# ``utm_medium`` as analytics tools group traffic (GA4's default channel groups).
MEDIUMS = {Channel.NAWALA: "email", Channel.PUSH: "push", Channel.WHATSAPP: "social"}
