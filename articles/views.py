from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from articles.models import Article
from desk.access import is_editor
from timeline.public import article_meetings


@require_safe
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk, status=Article.Status.PARSED)
    meetings = article_meetings(article, show_withdrawn=is_editor(request.user))
    return render(request, "articles/article.html", {"article": article, "meetings": meetings})
