"""One demo login per newsroom role (demo only, never in production)."""

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from warta.newsroom import roles
from warta.people.models import Person
from warta.sections.models import SectionPage

DEMO_PASSWORD = "warta-demo"

# username, group (None: superuser), the demo person it belongs to
DEMO_LOGINS = [
    ("admin", None, None),
    ("redpel", roles.MANAGING_EDITOR, "dewi-anggraini"),
    ("redaktur", roles.EDITOR, "marlina-sitompul"),
    ("penulis", roles.WRITER, "rina-wulandari"),
    ("fotografer", roles.PHOTOGRAPHER, "agus-setiawan"),
]
# username: the sections (by slug) that login works on, with its desk role
DEMO_DESKS = {
    "penulis": (roles.WRITER, ["nasional"]),
    "redaktur": (roles.EDITOR, ["nasional", "mondial"]),
    "fotografer": (roles.PHOTOGRAPHER, ["foto"]),
}


def ensure_demo_logins(home):
    """Create the demo logins once; an existing account is left as it is."""
    groups = roles.ensure_roles(home)
    User = get_user_model()
    rows = []
    for username, group_name, person_slug in DEMO_LOGINS:
        person = (
            Person.objects.filter(slug=person_slug).first() if person_slug else None
        )
        user = User.objects.filter(username=username).first()
        if user is None:
            first, _, last = (person.name if person else "Admin Warta").partition(" ")
            user = User.objects.create_user(
                username=username,
                password=DEMO_PASSWORD,
                email=f"{username}@warta.invalid",
                first_name=first,
                last_name=last,
                is_staff=group_name is None,
                is_superuser=group_name is None,
            )
            if group_name:
                user.groups.add(groups[group_name])
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = "id"
            profile.save()
            if person and person.user_id is None:
                person.user = user
                person.save(update_fields=["user"])
        if not user.desk_assignments.exists():
            assign_desks(user)
        rows.append((username, group_name or "Superuser"))
    return rows


def assign_desks(user):
    role, slugs = DEMO_DESKS.get(user.username, (None, []))
    for section in SectionPage.objects.filter(slug__in=slugs):
        roles.assign(user, section, role)
