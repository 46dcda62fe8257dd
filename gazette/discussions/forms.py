from django import forms
from django.utils.translation import gettext_lazy as _

from gazette.discussions.models import ReportReason


class CommentForm(forms.Form):
    # Length and content are checked by actions.clean_body, with messages for readers.
    body = forms.CharField(
        label=_("Your comment"), widget=forms.Textarea(attrs={"rows": 4}), strip=False
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why should a moderator look at this?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything else (optional)"), required=False, max_length=500
    )
