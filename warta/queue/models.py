"""What the workers of the database backend tell each other.

A worker writes its beat every few seconds from a thread of its own, also
while a long task runs. A task left *running* by a worker whose beat has
stopped (killed, machine gone) is handed to the next worker: nothing is lost.
The clock's rows make a periodic task start once per period, however many
workers share the database.
"""

from django.db import models


class WorkerBeat(models.Model):
    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "pekerja"
        verbose_name_plural = "pekerja"

    def __str__(self):
        return f"{self.worker_id} ({self.host}:{self.pid})"


class ClockTick(models.Model):
    """The last period a periodic task was started for (seconds since the
    epoch, divided by its interval)."""

    name = models.CharField(max_length=200, unique=True)
    slot = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "jadwal berkala"
        verbose_name_plural = "jadwal berkala"

    def __str__(self):
        return f"{self.name} @ {self.slot}"
