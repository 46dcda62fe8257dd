from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from gazette.accounts.actions import reply_notifications_token
from gazette.discussions.models import Comment, CommentStatus
from gazette.editions.editions import locale_language


@task()
def send_reply_notification(comment_id: int) -> bool:
    """E-mail the parent comment's author about a visible reply. True if sent.

    Idempotent enough for a retried job: it re-reads the reply and its state and
    sends nothing for a reply that has gone or a reader who turned e-mails off.
    """
    reply = (
        Comment.objects.select_related("article__locale", "author", "parent__author")
        .filter(pk=comment_id, status=CommentStatus.VISIBLE)
        .first()
    )
    if reply is None or reply.parent is None:
        return False
    recipient = reply.parent.author
    if recipient is None or not recipient.notify_replies or not recipient.email:
        return False
    if recipient.pk == reply.author_id:
        return False
    token = reply_notifications_token(recipient)
    language = locale_language(reply.article.locale_id)
    with translation.override(language):
        off_path = reverse("accounts:notifications_off", args=[token])
    context = {
        "reply": reply,
        "recipient": recipient,
        "article": reply.article,
        "comment_url": f"{settings.SITE_URL}{reply.article.url}#c{reply.pk}",
        "off_url": f"{settings.SITE_URL}{off_path}",
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
    }
    # The mail reads in the language of the story's edition.
    with translation.override(language):
        subject = render_to_string("discussions/email/reply_subject.txt", context)
        body = render_to_string("discussions/email/reply.txt", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=body,
        to=[recipient.email],
        headers={
            "List-Unsubscribe": f"<{context['off_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()
    return True
