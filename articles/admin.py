from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from articles import services
from articles.models import Article


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
        if not files and self.required:
            # The browser sends an empty list, not a missing field, when nothing was chosen.
            raise forms.ValidationError("Choose at least one file to upload.", code="required")
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class UploadForm(forms.Form):
    files = MultipleFileField(
        help_text=(
            "One article per file, several files at once: plain text in any encoding, an HTML "
            "page, NewsML-G2 (.xml), ninjs (.json), Word (.docx) or a PDF with a text layer "
            "(not a scan). Each file's own language and date are used when it has them: "
            "agency metadata, a date in its name (2021-12-30-… or …_20211230…), its language "
            "read from the text."
        )
    )
    language = forms.ChoiceField(
        choices=[("", "Detect from the text"), *Article.Language.choices],
        required=False,
        label="Default language",
        help_text="For the files that do not say and whose text is too short to tell.",
    )
    published_at = forms.DateField(
        required=False,
        label="Default publication date",
        help_text=(
            "YYYY-MM-DD, for the files that carry no date of their own. Leave blank to infer "
            "it from the text (it is then marked inferred)."
        ),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    per_file = forms.CharField(
        required=False,
        label="Dates and languages per file",
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "afp-sommet.txt: 2021-12-30, fr"}),
        help_text=(
            "Only for files whose own date or language is wrong or missing: one line per "
            "file, its name exactly as uploaded, a colon, then its date (YYYY-MM-DD), its "
            "language (fr or en) or both, e.g. “afp-sommet.txt: 2021-12-30, fr”. "
            "What you write here wins over everything else."
        ),
    )

    def clean_per_file(self):
        try:
            return services.parse_file_settings(self.cleaned_data["per_file"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error

    def clean(self):
        cleaned = super().clean()
        names = {upload.name for upload in cleaned.get("files") or []}
        unknown = sorted(set(cleaned.get("per_file") or {}) - names)
        if names and unknown:
            self.add_error(
                "per_file",
                f"No uploaded file is named {', '.join(unknown)}; write the names exactly as "
                f"uploaded ({', '.join(sorted(names))}).",
            )
        return cleaned


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "display_title",
        "language",
        "published",
        "status_badge",
        "meetings",
        "error_summary",
        "created_at",
        "desk_link",
    ]
    list_filter = ["status", "language"]
    search_fields = ["title", "original_name", "text"]
    actions = ["parse_again"]
    readonly_fields = [
        "original",
        "original_name",
        "sha256",
        "status",
        "error",
        "attempts",
        "status_log",
        "published_inferred",
        "published_note",
        "text",
        "created_at",
        "desk_link",
    ]
    fields = [
        "title",
        "language",
        "published_at",
        *readonly_fields,
    ]

    class Media:
        js = ["articles/article_status.js"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(meeting_count=Count("mentions__event", distinct=True))
        )

    @admin.display(description="Title", ordering="title")
    def display_title(self, article):
        return article.display_title[:100]

    @admin.display(description="Published", ordering="published_at")
    def published(self, article):
        if not article.published_at:
            return "—"
        return f"{article.published_at}{' (inferred)' if article.published_inferred else ''}"

    @admin.display(description="Status", ordering="status")
    def status_badge(self, article):
        return format_html(
            '<span class="article-status" data-article-id="{}" data-status="{}">{}</span>',
            article.pk,
            article.status,
            article.get_status_display(),
        )

    @admin.display(description="Meetings", ordering="meeting_count")
    def meetings(self, article):
        return format_html(
            '<span class="article-meetings" data-article-id="{}">{}</span>',
            article.pk,
            article.meeting_count,
        )

    @admin.display(description="Why it failed")
    def error_summary(self, article):
        return format_html(
            '<span class="article-error" data-article-id="{}">{}</span>', article.pk, article.error
        )

    @admin.display(description="Desk")
    def desk_link(self, article):
        # The editors' view of the text, where a meeting the engine missed can be added.
        if not article.pk:
            return "—"
        return format_html(
            '<a href="{}">Open on the desk</a>', reverse("desk:article", args=[article.pk])
        )

    @admin.action(description="Parse again", permissions=["change"])
    def parse_again(self, request, queryset):
        queued = sum(services.request_parse(article=article) for article in queryset)
        skipped = queryset.count() - queued
        self.message_user(request, f"{queued} article(s) queued for parsing.", messages.SUCCESS)
        if skipped:
            self.message_user(
                request, f"{skipped} article(s) were already queued or parsing.", messages.INFO
            )

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="articles_upload"),
            path(
                "statuses/",
                self.admin_site.admin_view(self.statuses_view),
                name="articles_statuses",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:articles_upload")

    def upload_view(self, request):
        # admin_view only asks for a staff account; uploading is adding articles.
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            for upload in form.cleaned_data["files"]:
                self._upload_one(request, upload, form.cleaned_data)
            return redirect("admin:articles_article_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": "Upload articles",
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/articles/article/upload.html", context)

    def _upload_one(self, request, upload, options):
        own = options["per_file"].get(upload.name, services.FileSettings())
        try:
            result = services.upload_article(
                content=upload.read(),
                filename=upload.name,
                language=own.language,
                published_at=own.published_at,
                default_language=options["language"],
                default_published_at=options["published_at"],
            )
        except services.UploadRejected as error:
            # The other files of the batch go on; this one is named with what to do.
            self.message_user(request, f"Not uploaded: {upload.name}: {error}", messages.ERROR)
            return
        link = reverse("admin:articles_article_change", args=[result.article.pk])
        if result.created and not result.sent:
            self.message_user(
                request,
                format_html(
                    'Stored: {} is <a href="{}">article {}</a>. The message broker cannot be '
                    "reached right now, so it will be queued automatically once it is back.",
                    upload.name,
                    link,
                    result.article.pk,
                ),
                messages.WARNING,
            )
        elif result.created:
            self.message_user(
                request,
                format_html(
                    'New: {} is queued as <a href="{}">article {}</a> ({}).',
                    upload.name,
                    link,
                    result.article.pk,
                    result.summary,
                ),
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                format_html(
                    'Duplicate: {} is the same file as <a href="{}">article {}</a>; nothing added.',
                    upload.name,
                    link,
                    result.article.pk,
                ),
                messages.WARNING,
            )

    def statuses_view(self, request):
        """What the change list polls so statuses move without a reload."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        ids = [int(i) for i in request.GET.get("ids", "").split(",") if i.isdigit()][:500]
        articles = self.get_queryset(request).filter(pk__in=ids)
        return JsonResponse(
            {
                "articles": {
                    str(a.pk): {
                        "status": a.status,
                        "label": a.get_status_display(),
                        "meetings": a.meeting_count,
                        "error": a.error,
                    }
                    for a in articles
                }
            }
        )
