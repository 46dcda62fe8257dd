"""Story search in the edition's own language.

On PostgreSQL each story keeps a tsvector built with the text search configuration
of its edition's language (Russian stems Russian words, Arabic Arabic ones), and
queries use the same configuration. On SQLite, Wagtail's FTS5 index serves every
language with one tokenizer and no stemming.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Value
from django.utils.html import strip_tags

from gazette.editions.editions import locale_language

# PostgreSQL's configurations by language code; others fall back to "simple".
TEXT_SEARCH_CONFIGS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def text_search_config(language_code: str) -> str:
    return TEXT_SEARCH_CONFIGS.get(language_code.split("-")[0], "simple")


def body_text(article) -> str:
    return " ".join(
        strip_tags(str(part))
        for block in article.body
        for part in block.block.get_searchable_content(block.value)
    )


def index_article(article) -> None:
    """Store the story's search vector, weighted headline > standfirst > body."""
    config = text_search_config(locale_language(article.locale_id))
    vector = (
        SearchVector(Value(article.title), config=config, weight="A")
        + SearchVector(Value(article.standfirst), config=config, weight="B")
        + SearchVector(Value(body_text(article)), config=config, weight="C")
    )
    type(article).objects.filter(pk=article.pk).update(search_vector=vector)


def search_in_language(queryset, terms: str, language_code: str):
    """Stories with every word (stemmed in the language), best match first."""
    query = SearchQuery(
        terms, config=text_search_config(language_code), search_type="plain"
    )
    return (
        queryset.filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank", "-first_published_at")
    )
