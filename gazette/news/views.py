from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from gazette.news import queries
from gazette.news.models import ArticleCorrection, ArticlePage, Author, Topic

MAX_QUERY_LENGTH = 200


def topic_page(request, home, slug):
    topic = get_object_or_404(Topic, slug=slug)
    page_obj = queries.paginate(request, queries.topic_articles(topic), per_page=20)
    context = {"page": home, "topic": topic, "page_obj": page_obj}
    return TemplateResponse(request, "news/topic_page.html", context)


def author_page(request, home, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    page_obj = queries.paginate(request, queries.author_articles(author), per_page=20)
    context = {"page": home, "author": author, "page_obj": page_obj}
    return TemplateResponse(request, "news/author_page.html", context)


def search_page(request, home):
    query = request.GET.get("q", "").strip()
    if len(query) > MAX_QUERY_LENGTH:
        return HttpResponseBadRequest(
            _("Search for at most %(count)d characters.") % {"count": MAX_QUERY_LENGTH}
        )
    page_obj = None
    if query:
        results = ArticlePage.objects.live().public().search(query)
        page_obj = queries.paginate(request, results, per_page=20)
    context = {"page": home, "query": query, "page_obj": page_obj}
    return TemplateResponse(request, "news/search_page.html", context)


def corrections_page(request, home):
    entries = (
        ArticleCorrection.objects.filter(page__live=True)
        .select_related("page")
        .order_by("-created_at")
    )
    page_obj = queries.paginate(request, entries, per_page=30)
    context = {"page": home, "page_obj": page_obj}
    return TemplateResponse(request, "news/corrections_page.html", context)
