from django.db import models
from django.urls import reverse
from django.utils.text import slugify


class Actor(models.Model):
    """A person, country or organisation, with its names in every language.

    Seeded from the gazetteer file the extraction engine ships; editors correct and extend it
    in admin, and workers read it back (see `timeline.services.gazetteer_records`).
    """

    class Type(models.TextChoices):
        PERSON = "person", "Person"
        COUNTRY = "country", "Country"
        ORGANIZATION = "organization", "Organisation"

    name = models.CharField(max_length=200, unique=True, help_text="Canonical English name.")
    slug = models.SlugField(max_length=200, unique=True)
    type = models.CharField(max_length=20, choices=Type.choices)
    aliases = models.JSONField(
        default=dict, blank=True, help_text='Names per language: {"en": [...], "fr": [...]}.'
    )
    # The rest of the gazetteer record (metonyms, demonyms, prefixes, country, roles).
    details = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "actor"
        super().save(*args, **kwargs)


class Place(models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="Canonical English name.")
    country = models.CharField(max_length=200, blank=True)
    aliases = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Event(models.Model):
    """One real meeting, however many articles mention it."""

    class Kind(models.TextChoices):
        CALL = "call", "Call"
        MEETING = "meeting", "Meeting"
        TALKS = "talks", "Talks"
        SUMMIT = "summit", "Summit"
        VISIT = "visit", "Visit"
        CONFERENCE = "conference", "Conference"

    class Status(models.TextChoices):
        HELD = "held", "Held"
        SCHEDULED = "scheduled", "Scheduled"
        CANCELLED = "cancelled", "Cancelled"

    class Precision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"

    class Review(models.TextChoices):
        UNREVIEWED = "unreviewed", "Not reviewed"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    # The first day of the period the text allows: a month-precision event is stored on the
    # 1st of that month and always shown as the month.
    date = models.DateField()
    precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices)
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120)
    participants = models.ManyToManyField(Actor, related_name="events", blank=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    confidence = models.FloatField(default=0.5)
    review = models.CharField(max_length=12, choices=Review.choices, default=Review.UNREVIEWED)
    # A postponed meeting: the cancelled entry at the old date points to the new one.
    rescheduled_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="rescheduled_from"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["date", "id"]
        indexes = [models.Index(fields=["date"]), models.Index(fields=["kind", "status"])]

    def __str__(self):
        return f"{self.title} ({self.date_value})"

    def save(self, *args, **kwargs):
        self.slug = slugify(self.title)[:120] or "meeting"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("timeline:event", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def date_value(self):
        """The date as the contract writes it: YYYY-MM-DD, YYYY-MM or YYYY."""
        iso = self.date.isoformat()
        return {"day": iso, "month": iso[:7], "year": iso[:4]}[self.precision]


class Mention(models.Model):
    """An article's evidence for an event: the sentence and where it stands in the text."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="mentions"
    )
    evidence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "start"], name="one_mention_per_span"
            )
        ]

    def __str__(self):
        return self.evidence[:80]
