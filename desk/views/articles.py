from django.http import HttpResponse

from desk.access import editor_required


@editor_required
def article_desk(request, pk):
    return HttpResponse("The article desk is being built.")
