from django.contrib import admin
from django.urls import include, path

from config.language import switch_language

admin.site.site_header = "Diplomatic timeline — editors"
admin.site.site_title = "Diplomatic timeline"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("language/", switch_language, name="set_language"),
    path("articles/", include("articles.urls")),
    path("desk/", include("desk.urls")),
    path("", include("timeline.urls")),
]
