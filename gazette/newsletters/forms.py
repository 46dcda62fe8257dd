"""Forms of the newsletters app; every typed value is checked for line breaks."""

import zoneinfo
from functools import lru_cache

from django import forms
from django.conf import settings
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from gazette.newsletters.addresses import clean_address, has_line_break
from gazette.newsletters.models import Newsletter


@lru_cache(maxsize=1)
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")
    return [(name, name.replace("_", " ")) for name in names]


class TimeZoneField(forms.ChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault("choices", time_zone_choices)
        kwargs.setdefault("label", gettext_lazy("Your time zone"))
        kwargs.setdefault(
            "help_text",
            gettext_lazy("Digests arrive at their set hour in this time zone."),
        )
        super().__init__(**kwargs)


class NewsletterChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


def active_newsletters():
    return Newsletter.objects.for_edition(get_language()).filter(is_active=True)


class ChooseNewslettersForm(forms.Form):
    newsletters = NewsletterChoiceField(
        queryset=active_newsletters(),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Newsletters"),
        error_messages={"required": gettext_lazy("Choose at least one newsletter.")},
    )
    time_zone = TimeZoneField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["newsletters"].queryset = active_newsletters()
        self.fields["time_zone"].initial = settings.TIME_ZONE

    def clean(self):
        for name, value in self.data.items():
            if (
                isinstance(value, str)
                and has_line_break(value)
                and name != "csrfmiddlewaretoken"
            ):
                raise forms.ValidationError(_("Line breaks are not allowed here."))
        return super().clean()


class SubscribeForm(ChooseNewslettersForm):
    email = forms.CharField(
        label=gettext_lazy("Your e-mail address"),
        max_length=320,
        strip=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": gettext_lazy("Enter your e-mail address.")},
    )
    field_order = ["email", "newsletters", "time_zone"]

    def clean_email(self):
        return clean_address(self.cleaned_data["email"])


class ManageForm(ChooseNewslettersForm):
    """The same choice, where choosing nothing means unsubscribing from everything."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["newsletters"].required = False


class TestSendForm(forms.Form):
    newsletter = forms.ModelChoiceField(
        queryset=Newsletter.objects.all(), label=gettext_lazy("Newsletter")
    )
    email = forms.CharField(label=gettext_lazy("Send to"), max_length=320, strip=False)

    def clean_email(self):
        return clean_address(self.cleaned_data["email"])
