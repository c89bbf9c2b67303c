"""Printable enrollment cards for Telegram workers: a QR code of the one-time deep link, the link itself, and a
neutral text in the worker's language (others may see the card: it never names a brand, an audit or a complaint).

QR codes are made with segno; the sheet is drawn with Pillow. Burmese, Khmer, Thai and the Indic scripts need
complex-text shaping: Pillow's layout engine raqm (``PIL.features.check("raqm")``) with Debian's Noto fonts
(fonts-noto-core, fonts-noto-cjk). Without them :func:`sheet_available` is False and the page offers the
printable HTML sheet instead.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import segno
from markupsafe import Markup
from PIL import Image, ImageDraw, ImageFont, features

FONT_DIRECTORIES = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"))
LATIN_FONT = ("NotoSans-Regular.ttf", 0)
FONTS: dict[str, tuple[str, int]] = {  # language -> (file, face index in a collection)
    "my": ("NotoSansMyanmar-Regular.ttf", 0),
    "km": ("NotoSansKhmer-Regular.ttf", 0),
    "th": ("NotoSansThai-Regular.ttf", 0),
    "hi": ("NotoSansDevanagari-Regular.ttf", 0),
    "mr": ("NotoSansDevanagari-Regular.ttf", 0),
    "ne": ("NotoSansDevanagari-Regular.ttf", 0),
    "bn": ("NotoSansBengali-Regular.ttf", 0),
    "ta": ("NotoSansTamil-Regular.ttf", 0),
    "kn": ("NotoSansKannada-Regular.ttf", 0),
    "ur": ("NotoNastaliqUrdu-Regular.ttf", 0),
    "ja": ("NotoSansCJK-Regular.ttc", 0),
    "ko": ("NotoSansCJK-Regular.ttc", 1),
    "zh": ("NotoSansCJK-Regular.ttc", 2),
}
RIGHT_TO_LEFT = frozenset({"ur"})
NO_SPACES = frozenset({"zh", "ja"})  # lines may break between any two characters
CLOSING_PUNCTUATION = "。、，．！？」』）"

DPI = 200
PAGE = (1654, 2339)  # A4 at 200 dpi
COLUMNS, ROWS = 2, 4
MARGIN = 60
CARD = ((PAGE[0] - 2 * MARGIN) // COLUMNS, (PAGE[1] - 2 * MARGIN) // ROWS)  # 767 x 554 px, 9.7 x 7 cm
PADDING = 28
QR_SIZE = 300


@dataclass(frozen=True)
class Card:
    link: str
    language: str
    text: str


def qr_svg(link: str) -> Markup:
    """The QR code as inline SVG markup for a page (no script, no external request)."""
    svg = segno.make(link, error="m").svg_inline(scale=6, border=4, omitsize=True, title="QR code of the link")
    return Markup(svg)  # segno's own markup of our own link: safe to put in the page as it is


def qr_image(link: str, size: int) -> Image.Image:
    """The QR code, quiet zone included, as a black-and-white image about ``size`` pixels wide."""
    code = segno.make(link, error="m")
    border = 4
    modules = code.symbol_size(border=border)[0]
    scale = max(1, size // modules)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=border)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def sheet_available() -> bool:
    """Shaping for every script and a font for every language: otherwise use the HTML sheet."""
    return bool(features.check("raqm")) and all(
        _font_path(name) is not None for name, _ in (*FONTS.values(), LATIN_FONT)
    )


def render_sheet(cards: list[Card], kind: str) -> bytes:
    """``kind`` "pdf": A4 pages of eight cards, to print and cut; "png": one image of them all, to look at."""
    if not cards:
        raise ValueError("no cards")
    drawn = [_draw_card(card) for card in cards]
    if kind == "png":
        rows = (len(drawn) + COLUMNS - 1) // COLUMNS
        image = Image.new("L", (PAGE[0], 2 * MARGIN + rows * CARD[1]), 255)
        for index, card in enumerate(drawn):
            image.paste(card, _slot(index))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()
    per_page = COLUMNS * ROWS
    pages = []
    for start in range(0, len(drawn), per_page):
        page = Image.new("L", PAGE, 255)
        for index, card in enumerate(drawn[start : start + per_page]):
            page.paste(card, _slot(index))
        pages.append(page)
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return buffer.getvalue()


def _slot(index: int) -> tuple[int, int]:
    return MARGIN + (index % COLUMNS) * CARD[0], MARGIN + (index // COLUMNS) * CARD[1]


def _draw_card(card: Card) -> Image.Image:
    image = Image.new("L", CARD, 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, CARD[0] - 1, CARD[1] - 1), outline=170, width=2)  # where to cut
    image.paste(qr_image(card.link, QR_SIZE), (PADDING, PADDING))
    left = PADDING + QR_SIZE + PADDING
    box = (CARD[0] - left - PADDING, CARD[1] - 2 * PADDING - 70)
    font, lines, spacing = _fit(card.text, card.language, box)
    rtl = card.language in RIGHT_TO_LEFT
    draw.multiline_text(
        (left + box[0] if rtl else left, PADDING),
        "\n".join(lines),
        font=font,
        fill=0,
        spacing=spacing,
        anchor="ra" if rtl else "la",
        align="right" if rtl else "left",
        language=card.language,
    )
    link_font = _font(LATIN_FONT, 20)
    link = card.link.removeprefix("https://")
    draw.text((PADDING, CARD[1] - PADDING - 30), link, font=link_font, fill=60)
    return image


def _fit(text: str, language: str, box: tuple[int, int]) -> tuple[ImageFont.FreeTypeFont, list[str], int]:
    """The largest font size at which the text, wrapped, fits ``box``; with its lines and line spacing."""
    measure = ImageDraw.Draw(Image.new("L", (1, 1)))
    for size in range(40, 13, -2):
        font = _font(FONTS.get(language, LATIN_FONT), size)
        lines = _wrap(text, language, font, box[0])
        spacing = int(size * (0.9 if language == "ur" else 0.45))
        left, top, right, bottom = measure.multiline_textbbox(
            (0, 0), "\n".join(lines), font=font, spacing=spacing, language=language
        )
        if right - min(left, 0) <= box[0] and bottom - min(top, 0) <= box[1]:
            break
    return font, lines, spacing


def _wrap(text: str, language: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    pieces = list(text) if language in NO_SPACES else text.split(" ")
    joiner = "" if language in NO_SPACES else " "
    lines: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current}{joiner}{piece}" if current else piece
        closing = language in NO_SPACES and piece in CLOSING_PUNCTUATION  # never at the start of a line
        if current and not closing and font.getlength(candidate, language=language) > width:
            lines.append(current)
            current = piece.lstrip()
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


@cache
def _font(face: tuple[str, int], size: int) -> ImageFont.FreeTypeFont:
    path = _font_path(face[0])
    if path is None:
        raise FileNotFoundError(f"font {face[0]} not found: install fonts-noto-core and fonts-noto-cjk")
    return ImageFont.truetype(str(path), size, index=face[1], layout_engine=ImageFont.Layout.RAQM)


@cache
def _font_path(name: str) -> Path | None:
    return next((d / name for d in FONT_DIRECTORIES if (d / name).exists()), None)
