from django.urls import path

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:pk>-<slug:slug>/", views.event_detail, name="event"),
    path("events/<int:pk>/", views.event_without_slug, name="event-short"),
    path("api/events", views.api_events, name="api-events"),
]
