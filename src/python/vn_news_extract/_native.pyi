# The extension module; the package (__init__.pyi) types its functions.
from vn_news_extract import (
    MAX_INPUT_BYTES as MAX_INPUT_BYTES,
    extract as extract,
    extract_lines as extract_lines,
    extract_many as extract_many,
    version as version,
)
