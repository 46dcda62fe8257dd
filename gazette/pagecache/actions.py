"""Purging the page cache: the only writes this app makes."""

import logging
from urllib.parse import urlsplit

from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from gazette.editions.editions import current_edition, locale_language
from gazette.pagecache import files
from gazette.pagecache.conf import get_conf
from gazette.pagecache.store import GLOBAL, get_store

logger = logging.getLogger(__name__)

FEED_FORMATS = ("rss", "atom", "json")


def purge_paths(paths: list[str], *, site_root: str = "") -> None:
    """Drop the cached copies of these paths (every host, every query string).

    Runs after the surrounding transaction commits, so a reader who fetches the page
    straight after the purge gets the new content rather than re-caching the old.
    Purges the app cache in every process sharing it (Redis) and, when
    PAGECACHE_PURGE_URLS is set, a CDN or Varnish through Wagtail's frontend cache.
    """
    unique = sorted(set(paths))

    def run() -> None:
        get_store().bump(unique)
        files.remove(unique)
        purge_frontend_caches(unique, site_root)

    transaction.on_commit(run)


def purge_everything() -> None:
    """Drop every cached page: for changes that show on pages no one can list."""

    def run() -> None:
        get_store().bump([GLOBAL])
        files.remove_all()

    transaction.on_commit(run)


def purge_for_page(page, *, extra_paths: list[str] = ()) -> None:
    """Purge every page a Wagtail page appears on: itself, its ancestors (front page,
    section), and for articles their topic and author pages, feeds, sitemaps and the
    newsfeed page. Call with the page as it is now; pass old paths of a moved page.
    """
    # Paths are the page's edition's: /ru/feeds/… for a Russian story.
    with translation.override(locale_language(page.locale_id)):
        _purge_for_page(page, extra_paths=extra_paths)


def _purge_for_page(page, *, extra_paths) -> None:
    specific = page.specific_deferred
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    paths = [*extra_paths, *page_and_ancestor_paths(page, ancestors), *listing_paths()]
    for topic in getattr(specific, "topics", None) and specific.topics.all() or ():
        paths.append(topic.get_absolute_url())
        paths.extend(named_paths("feed_topic", slug=topic.slug))
    for author in getattr(specific, "authors", None) and specific.authors.all() or ():
        paths.append(author.get_absolute_url())
        paths.extend(named_paths("feed_author", slug=author.slug))
    # Sections sit under the front page (depth 2): their feeds are named by slug.
    for section in [*ancestors, page]:
        if section.depth == 3:
            paths.extend(named_paths("feed_section", slug=section.slug))
    site = page.get_site()
    purge_paths(paths, site_root=site.root_url if site else "")


def page_and_ancestor_paths(page, ancestors) -> list[str]:
    paths = []
    for item in [page, *ancestors]:
        url = item.get_url()
        if url:
            paths.append(urlsplit(url).path)
    return paths


def listing_paths() -> list[str]:
    """Pages that list the newest stories of the active edition."""
    from gazette.news.sitemaps import SITEMAPS

    # Every sitemap lists every section's newest stories, so they go as one group.
    paths = [reverse("news:sitemap", args=[name]) for name in SITEMAPS]
    paths += [reverse("news:sitemap_index"), reverse("news:news_sitemap")]
    paths += [current_edition().root + "corrections/", reverse("feed:newsfeed")]
    paths += named_paths("feed_latest")
    paths += named_paths("feed_corrections")
    return paths


def named_paths(prefix: str, **kwargs) -> list[str]:
    found = []
    for fmt in FEED_FORMATS:
        try:
            found.append(reverse(f"news:{prefix}_{fmt}", kwargs=kwargs))
        except NoReverseMatch:
            continue
    return found


def purge_frontend_caches(paths: list[str], site_root: str) -> None:
    """Tell a CDN or Varnish (PAGECACHE_PURGE_URLS) to drop these URLs too."""
    locations = get_conf().purge_urls
    if not locations or not site_root:
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    backends = {
        f"http{n}": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
        for n, location in enumerate(locations)
    }
    try:
        purge_urls_from_cache(
            [site_root.rstrip("/") + path for path in paths], backend_settings=backends
        )
    except Exception:  # noqa: BLE001 - a CDN outage must not fail a publish
        logger.exception("Front-end cache purge failed")
