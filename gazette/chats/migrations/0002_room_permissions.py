"""Editors and chief editors manage chat rooms in the admin; moderators may view them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROOM_PERMISSIONS = {
    "Editor": ["add_room", "change_room", "view_room"],
    "Chief editor": ["add_room", "change_room", "delete_room", "view_room"],
    "Moderator": ["change_room", "view_room"],
    "Moderators": ["change_room", "view_room"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("chats")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=ROOM_PERMISSIONS):
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="chats",
                codename__in=ROOM_PERMISSIONS[group.name],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("chats", "0001_rooms_messages"),
        ("news", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
