from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from gazette.news import urls as news_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("gazette.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include(news_urls)),
    path("newsfeed/", include("gazette.feed.urls")),
    path("discussions/", include("gazette.discussions.urls")),
    path("chats/", include("gazette.chats.urls")),
    path("subscribe/", include("gazette.newsletters.urls")),
    # sitemap.xml, news-sitemap.xml, robots.txt and feeds live in gazette.news.urls.
]

if settings.SERVE_MEDIA:
    # Without a proxy in front (the embedded default), the app serves uploads itself.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

# Wagtail's page tree answers everything else; keep it last.
urlpatterns += [path("", include(wagtail_urls))]

handler400 = "gazette.news.errors.bad_request"
handler404 = "gazette.news.errors.not_found"
handler500 = "gazette.news.errors.server_error"
