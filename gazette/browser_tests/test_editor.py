"""An editor uploads a credited photo, writes a story around it, publishes it."""

import io
import re
import secrets
from datetime import UTC, datetime, timedelta

import pytest
from django.utils.text import slugify
from PIL import Image
from playwright.sync_api import expect

from gazette.browser_tests.a11y import assert_accessible
from gazette.browser_tests.site import EDITOR_PASSWORD, EDITOR_USERNAME

pytestmark = pytest.mark.browser


def jpeg_upload(name: str) -> dict:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 675), (180, 120, 40)).save(buffer, format="JPEG")
    return {"name": name, "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def log_in_to_admin(page) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", EDITOR_USERNAME)
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def upload_credited_image(page, title: str) -> None:
    page.goto("/admin/images/add/")
    page.fill("#id_title", title)
    page.set_input_files("#id_file", jpeg_upload("lighthouse.jpg"))
    page.fill("#id_alt_text", "A white lighthouse above grey waves")
    page.click("main form [type=submit]")
    # Without caption and credit the library refuses the photo, saying why.
    expect(page.locator("#id_caption")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("main")).to_contain_text("every image needs a credit")

    page.set_input_files("#id_file", jpeg_upload("lighthouse.jpg"))
    page.fill("#id_caption", "The lighthouse at Gull Point after the storm.")
    page.fill("#id_agency", "Northlight Press")
    page.fill("#id_photographer", "Ada Lind")
    page.fill("#id_copyright_year", "2026")
    page.click("main form [type=submit]")
    expect(page.locator(".messages")).to_contain_text(title)


def write_story(page, section_id: int, headline: str, image_title: str):
    page.goto(f"/admin/pages/add/news/articlepage/{section_id}/")
    page.fill("#id_title", headline)
    page.fill("#id_standfirst", "Keepers say the light never went out during the gale.")
    page.fill("#id_dateline", "Gull Point")

    page.get_by_role("button", name="Choose an image").click()
    chooser = page.locator(".modal")
    chooser.get_by_placeholder("Search").fill(image_title)
    chooser.get_by_role("link", name=image_title).first.click()
    expect(page.locator("#id_lead_image")).not_to_have_value("")

    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").first.click()
    editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    editor.press_sequentially(
        "The light at Gull Point shone all night as waves broke over the rocks."
    )

    page.select_option("#id_authors", index=0)
    # The headline fills in the slug by itself (TitleFieldPanel).
    page.get_by_role("tab", name="Promote").click()
    expect(page.locator("#id_slug")).to_have_value(slugify(headline))
    page.get_by_role("tab", name="Content").click()
    # Wagtail autosaves the draft half a second after a change, creating the page
    # the first time: let the last autosave start and finish, as an editor would
    # wait. A publish that still meets one is sent back to the saved story (publish()).
    page.wait_for_timeout(1000)
    expect(page.locator("#w-autosave-indicator")).not_to_have_attribute(
        "data-w-autosave-state-value", "saving"
    )


def first_section_id(live_site) -> int:
    """The first section of the default edition (its front comes first in the tree)."""
    return int(
        live_site.shell(
            "from gazette.news.models import SectionPage;"
            "print(SectionPage.objects.live().order_by('path').first().pk)"
        )
    )


def publish(page) -> None:
    page.get_by_role("button", name="More actions").click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_load_state()
    # The publish met the autosave creating the page: Gazette opens the saved story
    # and asks for the action again, which an editor then does.
    if page.locator(".messages", has_text="saved by the autosave").count():
        page.get_by_role("button", name="More actions").click()
        page.locator("button[name=action-publish]").click()


def write_and_publish_story(page, section_id: int, headline: str, image_title: str):
    write_story(page, section_id, headline, image_title)
    publish(page)
    expect(page.locator(".messages")).to_contain_text("published")


def test_editor_publishes_a_story_with_an_uploaded_photo(
    new_context, live_site, page_watch
):
    # The page editor autosaves drafts; while the form is still incomplete the
    # server answers those background saves with 400 and the browser logs it.
    page_watch.allow(r"status of 40[09] .*/admin/pages/")
    page = new_context().new_page()
    token = secrets.token_hex(3)
    image_title = f"Lighthouse {token}"
    headline = f"Lighthouse keepers ride out the storm {token}"
    section_id = first_section_id(live_site)

    log_in_to_admin(page)
    upload_credited_image(page, image_title)
    write_and_publish_story(page, section_id, headline, image_title)

    reader = new_context().new_page()
    reader.goto("/en/")
    reader.get_by_role("link", name=headline).first.click()
    expect(reader.locator("h1")).to_have_text(headline)
    figure = reader.locator("figure.article__lead-image").first
    expect(figure.locator("img")).to_have_attribute(
        "alt", "A white lighthouse above grey waves"
    )
    expect(figure).to_contain_text("The lighthouse at Gull Point after the storm.")
    expect(figure).to_contain_text("© Northlight Press 2026 / Ada Lind")
    expect(reader.locator(".byline a")).not_to_have_count(0)
    assert_accessible(reader)


def test_editor_schedules_then_publishes_and_an_open_newsfeed_shows_it(
    new_context, live_site, page_watch
):
    page_watch.allow(r"status of 40[09] .*/admin/pages/")
    token = secrets.token_hex(3)
    image_title = f"Harbour crane {token}"
    headline = f"New crane lifts first containers at Marlow Bay {token}"
    section_id = first_section_id(live_site)
    reader = new_context().new_page()
    reader.goto("/en/newsfeed/")
    newsfeed = reader.locator("[data-newsfeed-list]")
    expect(newsfeed.locator(".newsfeed__item").first).to_be_visible()

    editor = new_context().new_page()
    log_in_to_admin(editor)
    upload_credited_image(editor, image_title)
    write_story(editor, section_id, headline, image_title)

    # Scheduled for tomorrow: the editor's publish only books it.
    editor.get_by_role("button", name="Toggle status").click()
    editor.get_by_role("button", name="Set schedule").click()
    dialog = editor.locator("#schedule-publishing-dialog")
    dialog.locator("#id_go_live_at").fill(
        (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    )
    # The date picker that opens over the dialog may cover the button: press it.
    dialog.locator("button.action-save").evaluate("button => button.click()")
    expect(editor.locator(".messages")).to_contain_text(headline)
    edit_url = editor.url
    publish(editor)
    expect(editor.locator(".messages")).to_contain_text("scheduled")
    reader.wait_for_timeout(1000)  # time for a wrong live event to arrive
    expect(newsfeed).not_to_contain_text(headline)

    # Plans change: the schedule goes and the story is published now. The reader's
    # open Newsfeed shows it without a reload.
    editor.goto(edit_url)
    editor.get_by_text("Cancel scheduled publish").first.click()
    expect(editor.locator(".messages")).to_contain_text("unscheduled")
    # The draft still carries the date: clear it (the schedule dialog's field).
    editor.locator("#id_go_live_at").evaluate("field => { field.value = ''; }")
    publish(editor)
    expect(editor.locator(".messages")).to_contain_text("published")
    expect(newsfeed.locator(".newsfeed__item").first).to_contain_text(headline)
    assert_accessible(reader)
