"""Create (or reset) a demo user with a generated password, for the quickstart."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from accounts.roles import ANALYST, ROLES, assign_role


class Command(BaseCommand):
    help = "Create or reset a demo user with a freshly generated password and print it."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="analyst")
        parser.add_argument("--role", default=ANALYST, choices=ROLES)

    def handle(self, *args, username, role, **options):
        password = secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.save()
        assign_role(user, role)
        verb = "Created" if created else "Reset the password of"
        self.stdout.write(self.style.SUCCESS(f"{verb} the {role} user '{username}'."))
        self.stdout.write(f"  username: {username}\n  password: {password}")
