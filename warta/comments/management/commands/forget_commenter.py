"""``warta forget_commenter EMAIL``: a reader's right to be forgotten, for comments."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from warta.comments.actions import forget_commenter


class Command(BaseCommand):
    help = (
        "Delete for good every comment written with EMAIL (any letter case), "
        "with the replies under them, and print a summary line."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        try:
            validate_email(email.strip())
        except ValidationError:
            raise CommandError(f"{email!r} bukan alamat email yang valid.") from None
        own, replies = forget_commenter(email)
        self.stdout.write(
            f"{own} komentar dari {email.strip()} dihapus permanen, "
            f"beserta {replies} balasan di bawahnya."
        )
