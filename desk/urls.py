from django.urls import path

from desk.views import articles, events, queue

app_name = "desk"

urlpatterns = [
    # The review queue (desk/views/queue.py).
    path("", queue.review_queue, name="queue"),
    # An article's text with its meetings highlighted; add a missed meeting
    # (desk/views/articles.py).
    path("articles/<int:pk>/", articles.article_desk, name="article"),
    # One event: its fields and where they came from, history, merges and splits
    # (desk/views/events.py).
    path("events/<int:pk>/", events.event_desk, name="event"),
]
