from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The editorial desk: the editors' own pages for reviewing and correcting meetings."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "desk"
