"""The search index: one row per findable story, stems and plain text.

The full-text structure lives beside it and is the backend's business: an FTS5
table kept in step by triggers on SQLite, a GIN expression index on PostgreSQL
(see the migrations and ``backends/``).
"""

from django.db import models
from wagtail.models import Page


class SearchDocument(models.Model):
    page = models.OneToOneField(
        Page, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    title_stems = models.TextField(blank=True)
    kicker_stems = models.TextField(blank=True)
    body_stems = models.TextField(blank=True)
    body_text = models.TextField(blank=True, help_text="Plain text for snippets.")
    published_at = models.DateTimeField(db_index=True)
    section_id = models.IntegerField(null=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["section_id", "published_at"])]

    def __str__(self):
        return f"SearchDocument({self.page_id})"
