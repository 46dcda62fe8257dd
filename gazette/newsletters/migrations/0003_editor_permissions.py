"""Editors see subscribers, send tests and manage newsletters; chief editors the same."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "Editor": ["view_subscriber", "view_issue", "add_issue", "view_newsletter"],
    "Chief editor": [
        "view_subscriber",
        "change_subscriber",
        "view_issue",
        "add_issue",
        "view_newsletter",
        "add_newsletter",
        "change_newsletter",
    ],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("newsletters")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=PERMISSIONS):
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="newsletters",
                codename__in=PERMISSIONS[group.name],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletters", "0002_default_newsletters"),
        ("news", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
