"""Small assertions shared by the journeys."""

import time

IMAGE_LOADED = "img => img.complete && img.naturalWidth > 0"


def assert_image_loaded(image, *, timeout: float = 10) -> None:
    """The image has arrived and decoded; polls from Python, so works without JS."""
    deadline = time.monotonic() + timeout
    while not image.evaluate(IMAGE_LOADED):
        if time.monotonic() > deadline:
            src = image.evaluate("img => img.currentSrc || img.src")
            raise AssertionError(f"The image {src} did not load.")
        time.sleep(0.1)
