"""SQL expressions behind the stored search vector, shared by the model and the queries.

Kept free of model imports so `articles.models` can use them in field definitions.
The text search configuration is created by migration 0020.

"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVector
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Left

# `simple` parser and dictionary with `unaccent` in front: no stemming (Vietnamese has none),
# tones and đ folded away, so "Hội nghị" and "hoi nghi" give the same lexemes.
SEARCH_CONFIG = "public.vietnamese_unaccent"

# Tags become spaces before indexing; entities (&nbsp; &amp;) are skipped by the parser.
_TAG_PATTERN = "<[^>]*>"


def plain_body(max_length=None):
    """The body (or its first max_length characters) with HTML tags replaced by spaces."""
    body = F("body") if max_length is None else Left("body", max_length)
    return Func(
        body,
        Value(_TAG_PATTERN),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


def search_document():
    """Title (weight A), sapo (B) and body text (C): the stored generated tsvector."""
    return (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("sapo", weight="B", config=SEARCH_CONFIG)
        + SearchVector(plain_body(), weight="C", config=SEARCH_CONFIG)
    )


def syllable_pairs():
    """The document's adjacent syllable pairs ("van hoa", "hoa co"): narrow quoted phrases.

    A generated column cannot read another, so the pairs are derived from the same
    expression as the vector. `public.syllable_pairs` is created by migration 0040.
    """
    return Func(
        search_document(),
        function="public.syllable_pairs",
        output_field=ArrayField(TextField()),
    )
