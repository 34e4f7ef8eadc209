"""Shared helpers for the gazetteer generator scripts in this folder.

Not a generator itself: imported by countries.py, vn_provinces.py,
foreign_places.py and regions.py.  Standard library only.

Provides
  * ``modern_tone``  - move the tone mark of syllable-final oa/oe/uy onto the
    first vowel ("hoà" -> "hòa", "Thuỷ" -> "Thủy", "khoẻ" -> "khỏe"), the
    placement used by the Vietnamese press.  "qu" + y keeps the mark on y
    ("quý"), and syllables with a final consonant are left alone ("hoàng").
  * ``norm``         - NFC + modern_tone + whitespace clean-up of one name.
  * ``match_key``    - the key under which the extractor considers two surface
    forms identical (case-folded, tone placement normalised, spacing around
    . - / ignored).  Used to drop aliases that the extractor would treat as
    the same string anyway.
  * ``check_text``   - the problems of one hand-written string (not NFC, stray
    spacing or separators, old tone placement), as error messages.
  * ``write_tsv``    - validates and writes one lexicon file (UTF-8, NFC, LF,
    '#' comment lines, header, sorted unique rows, TAB separated, '|' lists).
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
VOWELS = set("aăâeêioôơuưy")


def _clusters(word: str):
    """Split an NFD word into [base_char, [combining marks]] clusters."""
    out = []
    for ch in word:
        if unicodedata.combining(ch) and out:
            out[-1][1].append(ch)
        else:
            out.append([ch, []])
    return out


def _base(cl) -> str:
    """Letter of a cluster without its tone mark (keeps ^, breve, horn), lower-case, NFC."""
    return unicodedata.normalize(
        "NFC", cl[0].lower() + "".join(m for m in cl[1] if m not in TONES)
    )


def _modern_word(word: str) -> str:
    cls = _clusters(unicodedata.normalize("NFD", word))
    if len(cls) < 2:
        return word
    bases = [_base(c) for c in cls]
    pair = bases[-2] + bases[-1]
    if pair not in ("oa", "oe", "uy"):
        return word
    if len(bases) >= 3 and bases[-3] in VOWELS:
        return word  # e.g. "uya", "oay" nuclei: not this rule
    if pair == "uy" and len(bases) >= 3 and bases[-3] == "q":
        return word  # "quý": u belongs to the onset
    tone_last = [m for m in cls[-1][1] if m in TONES]
    if not tone_last or any(m in TONES for m in cls[-2][1]):
        return word
    cls[-1][1] = [m for m in cls[-1][1] if m not in TONES]
    cls[-2][1] = cls[-2][1] + tone_last
    return unicodedata.normalize("NFC", "".join(c[0] + "".join(c[1]) for c in cls))


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def modern_tone(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _modern_word(m.group(0)), text)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return modern_tone(text)


_PUNCT_SPACE = re.compile(r"\s*([.\-\u2010\u2011\u2013\u2014/])\s*")


def match_key(text: str) -> str:
    """Key under which the extractor treats two forms as the same string."""
    t = norm(text).casefold()
    t = _PUNCT_SPACE.sub(r"\1", t)
    return t


def uniq(items, exclude_keys=()):
    """Normalise, drop empties, drop items whose match_key was seen or is excluded."""
    seen = set(exclude_keys)
    out = []
    for it in items:
        if it is None:
            continue
        it = norm(it)
        if not it:
            continue
        k = match_key(it)
        if k in seen:
            continue
        seen.add(k)
        out.append(it)
    return out


def check_text(s: str, where: str) -> list[str]:
    """Problems with one string: NFC, spacing, old tone placement."""
    errs = []
    if s != unicodedata.normalize("NFC", s):
        errs.append(f"{where}: not NFC: {s!r}")
    if s != s.strip() or "  " in s or "\t" in s or "|" in s:
        errs.append(f"{where}: bad spacing or separator: {s!r}")
    if norm(s) != s:
        errs.append(f"{where}: not in modern tone placement (expected {norm(s)!r}): {s!r}")
    return errs


def split_list(value: str):
    return [v for v in value.split("|") if v] if value else []


def write_tsv(path, comments, header, rows, list_columns=()):
    """Validate and write a lexicon.

    rows: list of lists of str (list-valued fields already joined with '|').
    Exits with an error message on any structural problem.
    """
    ncol = len(header)
    clean = []
    for r in rows:
        if len(r) != ncol:
            sys.exit(f"{path}: row has {len(r)} fields, expected {ncol}: {r}")
        r = [unicodedata.normalize("NFC", f or "") for f in r]
        for i, f in enumerate(r):
            if "\t" in f or "\n" in f or "\r" in f:
                sys.exit(f"{path}: TAB/newline inside field: {r}")
            if f != f.strip():
                sys.exit(f"{path}: leading/trailing space in field: {r!r}")
            if header[i] not in list_columns and "|" in f:
                sys.exit(f"{path}: '|' in scalar field {header[i]}: {r}")
            if header[i] in list_columns and f and "" in f.split("|"):
                sys.exit(f"{path}: empty list element in {header[i]}: {r}")
        clean.append(tuple(r))
    if len(set(clean)) != len(clean):
        dups = sorted({r for r in clean if clean.count(r) > 1})
        sys.exit(f"{path}: duplicate rows: {dups}")
    clean.sort(key=lambda r: (r[0], r))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for c in comments:
            fh.write(unicodedata.normalize("NFC", "# " + c).rstrip() + "\n")
        fh.write("\t".join(header) + "\n")
        for r in clean:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {path}: {len(clean)} rows")
    return clean


def read_tsv(path):
    """Read a lexicon written by write_tsv: returns (header, rows as dicts)."""
    header = None
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            rows.append(dict(zip(header, fields)))
    return header, rows


def alias_collisions(entries):
    """entries: iterable of (entry_id, [surface forms]).  Returns {key: {ids}} for keys used by >1 entry."""
    owner = {}
    for eid, forms in entries:
        for f in forms:
            owner.setdefault(match_key(f), set()).add(eid)
    return {k: v for k, v in owner.items() if len(v) > 1}


REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LEXICON_DIR = os.path.join(REPO, "src", "lexicons")
# Where generators write (and read each other's output): src/lexicons/, or the folder in
# LEXICON_OUT_DIR (regen.py sets it to a temporary folder to compare before replacing).
OUT_DIR = os.environ.get("LEXICON_OUT_DIR") or LEXICON_DIR


# The pinned sources (requirements.txt, requirements-old.txt, npm/package-lock.json), installed by
# regen.py into target/lexicon-deps/{py,py_old,npm}; each folder can be overridden by its variable.
DEPS_DIR = os.environ.get("LEXICON_DEPS") or os.path.join(REPO, "target", "lexicon-deps")


def npm_dir():
    """Folder holding node_modules with the npm data packages (env NPM_LEX_DIR)."""
    return os.environ.get("NPM_LEX_DIR") or os.path.join(DEPS_DIR, "npm")


def pylex_dir():
    """Folder of the packages of requirements.txt (env PYLEX_DIR)."""
    return os.environ.get("PYLEX_DIR") or os.path.join(DEPS_DIR, "py")


def pylex_old_dir():
    """Folder of the packages of requirements-old.txt (env PYLEX_OLD_DIR)."""
    return os.environ.get("PYLEX_OLD_DIR") or os.path.join(DEPS_DIR, "py_old")


def add_pylex_path():
    """Make the packages of requirements.txt importable (installed with pip --target)."""
    p = pylex_dir()
    if os.path.isdir(p) and p not in sys.path:
        sys.path.insert(0, p)
