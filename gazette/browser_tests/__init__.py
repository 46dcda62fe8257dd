"""End-to-end journeys in a real browser, and the site's safety gates."""
