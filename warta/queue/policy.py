"""How often a failed task is tried again, and after how long.

A task says so where it is defined::

    @retried(attempts=5, backoff=30)
    @task()
    def send_batch(...): ...

``WARTA_TASK_RETRIES`` (``{"module.task_name": attempts}``) adds or changes
policies, Wagtail's own tasks included. Attempt n waits ``backoff * 2**(n-1)``
seconds, at most an hour. A task without a policy is tried once; what fails
for good stays in the admin's *Antrean tugas* list (the dead letters).
"""

import contextlib
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

LONGEST_WAIT = 3600


@dataclass(frozen=True)
class Policy:
    attempts: int = 1
    backoff: float = 30.0

    def delay(self, attempt):
        """Seconds to wait after failed attempt number ``attempt`` (1, 2, …)."""
        return min(self.backoff * 2 ** (attempt - 1), LONGEST_WAIT)


_policies = {}


def retried(attempts=5, backoff=30.0):
    def register(task):
        _policies[task.module_path] = Policy(attempts=attempts, backoff=backoff)
        return task

    return register


def policy_for(task_path):
    if task_path not in _policies:
        # A task's policy is registered where it is defined: import it (the
        # admin's process may not have yet). Paths come from the queue's rows.
        with contextlib.suppress(ImportError):
            import_string(task_path)
    configured = getattr(settings, "WARTA_TASK_RETRIES", {}).get(task_path)
    if configured is not None:
        base = _policies.get(task_path, Policy())
        return Policy(attempts=int(configured), backoff=base.backoff)
    return _policies.get(task_path, Policy())
