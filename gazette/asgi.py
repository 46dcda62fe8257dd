import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from gazette.lib import web_scheduler  # noqa: E402
from gazette.pagecache.middleware import PageCacheMiddleware  # noqa: E402
from gazette.routing import websocket_urlpatterns  # noqa: E402

web_scheduler.start_once()

application = ProtocolTypeRouter(
    {
        # Anonymous page views are answered here from the page cache when warm.
        "http": PageCacheMiddleware(django_asgi_app),
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
