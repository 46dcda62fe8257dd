from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from gazette.editions import views as editions_views
from gazette.editions.editions import all_editions
from gazette.news import urls as news_urls

# Outside the editions: the admin, files, robots.txt and the edition chooser.
urlpatterns = [
    path("", editions_views.choose_for_reader, name="choose_edition"),
    path("edition/<str:code>/", editions_views.switch, name="switch_edition"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "robots.txt",
        TemplateView.as_view(
            template_name="robots.txt",
            content_type="text/plain",
            extra_context={"editions": all_editions()},
        ),
        name="robots",
    ),
]

if settings.SERVE_MEDIA:
    # Without a proxy in front (the embedded default), the app serves uploads itself.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

# Everything a reader reads, once per edition: /en/…, /ru/…, /ar/….
urlpatterns += i18n_patterns(
    path("accounts/", include("gazette.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    # sitemaps and feeds live in gazette.news.urls.
    path("", include(news_urls)),
    path("newsfeed/", include("gazette.feed.urls")),
    path("discussions/", include("gazette.discussions.urls")),
    path("chats/", include("gazette.chats.urls")),
    path("subscribe/", include("gazette.newsletters.urls")),
    # Wagtail's page tree answers everything else; keep it last.
    path("", include(wagtail_urls)),
)

handler400 = "gazette.news.errors.bad_request"
handler404 = "gazette.news.errors.not_found"
handler500 = "gazette.news.errors.server_error"
