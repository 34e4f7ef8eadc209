"""vn_news_extract: structured extraction from Vietnamese news text.

    >>> import vn_news_extract as vx
    >>> x = vx.extract("Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao.", reference_date="2025-12-23")
    >>> x["dates"][0]["value"], x["figures"][0]["value"]
    ('2025-12-22', 80.0)

The result is the Extraction of the project's SPEC.md (version 1) as plain Python objects,
the same JSON as the command line ``vn-news-extract`` prints. Spans (``start``/``end``) are
UTF-16 offsets, as in JavaScript: ``utf16_slice(text, span)`` gives the spanned text.
Extraction runs in native code with the GIL released; ``extract_many`` and ``extract_lines``
use several threads. The types (``Extraction``, ``Person``, …) are in the stubs
(``__init__.pyi``), for type checkers.
"""

from __future__ import annotations

from typing import Any, Mapping

from ._native import MAX_INPUT_BYTES, extract, extract_lines, extract_many, version

try:
    from importlib.metadata import version as _dist_version

    __version__ = _dist_version("vn-news-extract")
except Exception:  # not installed as a distribution (e.g. a bare build)
    __version__ = version()

__all__ = [
    "MAX_INPUT_BYTES",
    "extract",
    "extract_lines",
    "extract_many",
    "utf16_slice",
    "version",
    "__version__",
]


def utf16_slice(text: str, span: Mapping[str, Any]) -> str:
    """The part of ``text`` a span covers (its offsets count UTF-16 units, not code points)."""
    units = text.encode("utf-16-le", "surrogatepass")
    return units[2 * span["start"] : 2 * span["end"]].decode("utf-16-le", "replace")
