"""Covers and author photos: the intake (images.intake) stores, these attach to the model."""

from images.intake import AUTHOR_PHOTO_MAX_SIDE, store_image


def attach_cover(article, source) -> None:
    """Store `source` (bytes or a file) as the article's cover (not saved to the database)."""
    stored = store_image(source, "covers")
    article.cover_image.name = stored.path
    article.cover_renditions = stored.renditions


def use_library_cover(article, image) -> None:
    """Make library `image` the article's cover (not saved to the database here)."""
    article.cover_source = image
    article.cover_image.name = image.file
    article.cover_renditions = image.renditions


def attach_author_photo(author, source) -> None:
    """Store `source` as the author's photo, one modest size (not saved to the database here)."""
    stored = store_image(source, "authors", max_side=AUTHOR_PHOTO_MAX_SIDE, widths=())
    author.photo.name = stored.path
