from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Article(models.Model):
    """One uploaded file, kept exactly as received, and where its parse stands.

    The status is moved only by `articles.services`.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        PARSING = "parsing", "Parsing"
        PARSED = "parsed", "Parsed"
        FAILED = "failed", "Failed"

    class Language(models.TextChoices):
        FRENCH = "fr", _("French")
        ENGLISH = "en", _("English")

    original = models.FileField(upload_to="originals/%Y/%m/")
    original_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    title = models.CharField(max_length=300, blank=True)
    # Blank until detected, when the editor did not say.
    language = models.CharField(max_length=2, choices=Language.choices, blank=True)
    published_at = models.DateField(null=True, blank=True)
    published_inferred = models.BooleanField(default=False)
    published_note = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    # Every status change, oldest first: [{"status": ..., "at": iso datetime, "note": ...}].
    status_log = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title or self.original_name

    @property
    def display_title(self):
        return self.title or self.original_name
