from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Article


@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk, status=Article.Status.PARSED)
    mentions = article.mentions.select_related("event").order_by("start")
    return render(request, "articles/article.html", {"article": article, "mentions": mentions})
