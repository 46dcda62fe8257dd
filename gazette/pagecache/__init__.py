"""Full-page cache for anonymous readers, served in front of Django."""
