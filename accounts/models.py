from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The project's user. Custom from the first migration so it can grow."""

    class Meta(AbstractUser.Meta):
        db_table = "accounts_user"

    @property
    def role(self) -> str:
        from accounts.roles import role_of

        return role_of(self)
