from django import forms
from django.utils.translation import gettext_lazy as _

from gazette.chats.actions import MAX_MESSAGE_CHARS


class MessageForm(forms.Form):
    text = forms.CharField(
        label=_("Your message"),
        max_length=MAX_MESSAGE_CHARS,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": MAX_MESSAGE_CHARS}),
        error_messages={"required": _("Write a message first.")},
        strip=False,
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class ModerationForm(forms.Form):
    ACTIONS = [
        ("mute", _("Mute")),
        ("ban", _("Ban")),
        ("lift", _("Lift mute and ban")),
        ("slow_mode", _("Set slow mode")),
        ("close", _("Close the room")),
        ("reopen", _("Reopen the room")),
    ]
    action = forms.ChoiceField(choices=ACTIONS)
    user = forms.IntegerField(required=False, min_value=1)
    minutes = forms.IntegerField(
        label=_("Minutes"), required=False, min_value=1, max_value=30 * 24 * 60
    )
    days = forms.IntegerField(
        label=_("Days (empty: until lifted)"), required=False, min_value=1
    )
    seconds = forms.IntegerField(
        label=_("Seconds between messages"), required=False, min_value=0, max_value=3600
    )
