"""Admin: the two-factor page and the login audit for the Redaktur Pelaksana."""

from axes.models import AccessAttempt, AccessFailureLog
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from warta.access import views
from warta.newsroom.roles import MANAGING_EDITOR


@hooks.register("register_admin_urls")
def register_twofactor_url():
    return [path("dua-langkah/", views.twofactor, name="warta_twofactor")]


@hooks.register("register_account_menu_item")
def twofactor_menu_item(request):
    return {
        "url": reverse("warta_twofactor"),
        "label": "Verifikasi dua langkah",
        "help_text": "Minta kode dari aplikasi autentikator setiap kali masuk.",
    }


class AuditPermissionPolicy(ModelPermissionPolicy):
    """Read-only, for superusers and the Redaktur Pelaksana."""

    def user_has_permission(self, user, action):
        if action not in ("view",) or not user.is_active:
            return False
        return user.is_superuser or user.groups.filter(name=MANAGING_EDITOR).exists()

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AccessFailureLog, AuditPermissionPolicy(AccessFailureLog))
register_permission_policy(AccessAttempt, AuditPermissionPolicy(AccessAttempt))


class FailureLogViewSet(ModelViewSet):
    model = AccessFailureLog
    icon = "warning"
    menu_label = "Gagal masuk"
    url_prefix = "audit-masuk/gagal"
    list_display = ["attempt_time", "username", "ip_address", "path_info", "locked_out"]
    list_filter = ["locked_out"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    inspect_view_enabled = True
    form_fields = ["username"]  # required by ModelViewSet; the policy allows no edits


class AttemptViewSet(FailureLogViewSet):
    model = AccessAttempt
    menu_label = "Akun & alamat terkunci"
    url_prefix = "audit-masuk/percobaan"
    list_display = ["attempt_time", "username", "ip_address", "failures_since_start"]
    list_filter = []


class AuditGroup(ModelViewSetGroup):
    menu_label = "Audit masuk"
    menu_icon = "warning"
    menu_order = 9000
    items = [FailureLogViewSet("access_failures"), AttemptViewSet("access_attempts")]


@hooks.register("register_admin_viewset")
def register_audit():
    return AuditGroup()
