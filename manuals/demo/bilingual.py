"""Demo specs written once in both languages.

A text value is a ``(thai, english)`` pair. :func:`thai_spec` returns the Thai
field values (StreamFields as raw blocks) and records each pair in ``english``,
the Thai-to-English map that :func:`portal.demo.loader.translate` applies.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bullets:
    """Rich text: a bulleted list of ``(thai, english)`` items."""

    items: tuple


@dataclass(frozen=True)
class Paragraph:
    """Rich text: one paragraph from a ``(thai, english)`` pair."""

    text: tuple


@dataclass(frozen=True)
class Ref:
    """A value the loader fills in (a document or page id), looked up by ``key``."""

    kind: str
    key: str


def thai_spec(spec, english, resolve):
    """Thai field values for ``spec``; ``resolve(ref)`` turns a :class:`Ref` into an id."""
    return {name: _thai(value, english, resolve) for name, value in spec.items()}


def _thai(value, english, resolve):
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        english[value[0]] = value[1]
        return value[0]
    if isinstance(value, Bullets):
        items = [_thai(item, english, resolve) for item in value.items]
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    if isinstance(value, Paragraph):
        return f"<p>{_thai(value.text, english, resolve)}</p>"
    if isinstance(value, Ref):
        return resolve(value)
    if isinstance(value, list):  # StreamField: [(block type, value), ...]
        return [
            {"type": block_type, "value": _thai(block_value, english, resolve)}
            for block_type, block_value in value
        ]
    if isinstance(value, dict):
        return {key: _thai(item, english, resolve) for key, item in value.items()}
    return value
