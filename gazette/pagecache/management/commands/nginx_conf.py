"""manage.py nginx_conf: deploy/nginx.conf filled in for this machine and site.

    manage.py nginx_conf --listen 8080 --app 127.0.0.1:8000 --app 127.0.0.1:8001 \
        --run-dir data/nginx --out data/nginx/nginx.conf

Run it with the app's environment (PAGE_FILES_ROOT, the page cache's max-ages, the
editions): the config serves page files with the headers those settings give.
"""

import os
from pathlib import Path

from django.core.management.base import BaseCommand

from gazette.pagecache.nginx import ROOT, render


class Command(BaseCommand):
    help = "Print deploy/nginx.conf filled in for this machine (or write it, --out)."

    def add_arguments(self, parser):
        parser.add_argument("--listen", default="8080")
        parser.add_argument("--app", action="append", default=[])
        parser.add_argument("--run-dir", default=str(ROOT / "data" / "nginx"))
        parser.add_argument(
            "--static-root",
            default=os.environ.get("STATIC_ROOT", str(ROOT / "staticfiles")),
        )
        parser.add_argument(
            "--media-root",
            default=os.environ.get("MEDIA_ROOT", str(ROOT / "data" / "media")),
        )
        parser.add_argument("--server-name", default="_")
        parser.add_argument("--user", default=None)
        parser.add_argument("--out")

    def handle(self, *args, **options):
        text = render(
            listen=options["listen"],
            apps=options["app"] or ["127.0.0.1:8000"],
            run_dir=options["run_dir"],
            static_root=options["static_root"],
            media_root=options["media_root"],
            server_name=options["server_name"],
            user=options["user"],
        )
        if options["out"]:
            Path(options["out"]).write_text(text)
        else:
            self.stdout.write(text)
