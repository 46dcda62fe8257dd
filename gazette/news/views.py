from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from gazette.editions.editions import current_locale_id
from gazette.news import queries
from gazette.news.models import Author, Topic
from gazette.news.revision_diff import article_diff, article_text

MAX_QUERY_LENGTH = 200


def topic_page(request, home, slug):
    topic = get_object_or_404(Topic, slug=slug, locale_id=home.locale_id)
    page_obj = queries.paginate(request, queries.topic_articles(topic), per_page=20)
    context = {
        "page": home,
        "topic": topic,
        "page_obj": page_obj,
        "edition_versions": queries.topic_versions(topic),
    }
    return TemplateResponse(request, "news/topic_page.html", context)


def author_page(request, home, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    page_obj = queries.paginate(
        request, queries.author_articles(author, locale_id=home.locale_id), per_page=20
    )
    context = {"page": home, "author": author, "page_obj": page_obj}
    return TemplateResponse(request, "news/author_page.html", context)


def search_query_error(query: str) -> str | None:
    """Why a search query cannot be run, in words a reader understands."""
    if len(query) > MAX_QUERY_LENGTH:
        return _("Search for at most %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    if any(ord(c) < 32 and c not in "\t\n\r" for c in query):
        return _("The search contains characters that cannot be searched for.")
    return None


def search_page(request, home):
    query = request.GET.get("q", "").strip()
    error = search_query_error(query)
    page_obj = None
    if query and not error:
        page_obj = queries.paginate(
            request, queries.search_articles(query, locale=home.locale), per_page=20
        )
    context = {"page": home, "query": "" if error else query, "error": error}
    context["page_obj"] = page_obj
    return TemplateResponse(
        request, "news/search_page.html", context, status=400 if error else 200
    )


def corrections_page(request, home):
    page_obj = queries.paginate(
        request, queries.public_corrections(home.locale_id), per_page=30
    )
    context = {"page": home, "page_obj": page_obj}
    return TemplateResponse(request, "news/corrections_page.html", context)


def article_changes_page(request, article, entry_id):
    """What changed in the text with a correction or update: a public diff."""
    entry = queries.public_correction(article, entry_id)
    previous = queries.previous_published_revision(article, entry.revision)
    changes = None
    if previous is not None:
        old = article_text(previous.as_object())
        new = article_text(entry.revision.as_object())
        changes = article_diff(old, new)
    context = {
        "page": article,
        "entry": entry,
        "previous": previous,
        "changes": changes,
        "edition_versions": {},  # a change log belongs to one edition's text
    }
    return TemplateResponse(request, "news/article_changes.html", context)


def feeds_page(request):
    context = queries.feed_directory(current_locale_id())
    return TemplateResponse(request, "news/feeds_page.html", context)
