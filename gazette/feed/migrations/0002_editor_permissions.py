"""Editors and chief editors raise and clear breaking alerts and write live-blog entries."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "view_breakingalert", "add_breakingalert", "change_breakingalert",
    "delete_breakingalert", "view_liveblogentry", "add_liveblogentry",
    "change_liveblogentry", "delete_liveblogentry",
]  # fmt: skip


def grant(apps, schema_editor):
    app_config = apps.get_app_config("feed")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="feed", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=["Editor", "Chief editor"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("feed", "0001_initial"),
        ("news", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
