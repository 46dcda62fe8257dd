"""Story search in the edition's own language.

On PostgreSQL each story keeps a tsvector built with the text search configuration
of its edition's language (Russian stems Russian words, Arabic Arabic ones), and
queries use the same configuration. On SQLite, Wagtail's FTS5 index serves every
language with one tokenizer and no stemming; `ranked_on_sqlite` reads it directly.
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


# Wagtail's FTS5 index, matched once. The bm25 weights go with its columns
# (autocomplete, body, title): a word in the headline counts twice one in the text.
MATCHES = """
    SELECT CAST(entry.object_id AS INTEGER) FROM wagtailsearch_indexentry_fts
    JOIN wagtailsearch_indexentry AS entry
      ON wagtailsearch_indexentry_fts.rowid = entry.id
    WHERE wagtailsearch_indexentry_fts MATCH %s AND entry.content_type_id = %s
"""
RANKED = "ORDER BY bm25(wagtailsearch_indexentry_fts, 0.0, 1.0, 2.0), entry.id DESC"


def ranked_on_sqlite(stories, terms: str) -> "RankedStories":
    """The stories with every word, best match first, from FTS5 directly.

    Wagtail's SQLite backend scores each match in a correlated subquery that runs
    the MATCH again for every matching row: 1 to 10 seconds a search at 100,000
    stories. Here the index is matched once for the ranked ids, and once inside the
    query that keeps those of `stories` (published, public, in the edition): one
    query doing both reads every allowed story first and measured slower.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db.models.expressions import RawSQL

    words = " AND ".join(f'"{word}"' for word in terms.split())
    content_type = ContentType.objects.get_for_model(stories.model)
    # Only values are passed as parameters; the SQL itself is fixed.
    params = ("{title body} : (" + words + ")", content_type.pk)
    with connection.cursor() as cursor:
        cursor.execute(MATCHES + RANKED, params)
        ids = [object_id for (object_id,) in cursor.fetchall()]
    matching = RawSQL(MATCHES, params)  # noqa: S611 (fixed SQL, values as parameters)
    shown = set(stories.filter(pk__in=matching).values_list("pk", flat=True))
    return RankedStories([pk for pk in ids if pk in shown], stories)


class RankedStories:
    """Story ids in rank order that a Paginator slices into loaded stories."""

    def __init__(self, ids: list[int], stories):
        self.ids = ids
        self.stories = stories

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        wanted = self.ids[index]
        found = self.stories.in_bulk(wanted)
        return [found[pk] for pk in wanted if pk in found]
