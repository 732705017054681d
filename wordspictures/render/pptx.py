"""Render a planned book to PPTX bytes with python-pptx: one editable slide a page.

Every text is a real text box (so parents and caseworkers can change a word in
PowerPoint), every picture has alt text, every slide has speaker notes for the reader,
and the file's properties say only what the account says.

So that the slides hold in PowerPoint and LibreOffice as the layout planned them: line
spacing is given in points (a percentage is taken of the font's own line height, and
Lexend's is tall: 1.59 times its size by its Windows metrics, 1.25 by its others, so
programs disagree); Lexend's regular and bold travel in the file as embedded fonts
(``fonts.office``); the layout left room for a wider font where a program shows another
(``fonts.substitutes``), and non-breaking spaces keep names and last words together in
any font (``layout.typeset``); a text box shrinks its text only when someone writes more
than it holds (``normAutofit``), never as the book is made.

A book read aloud carries each page's sound on its slide (``add_sound``), as PowerPoint
itself stores an inserted recording: the MP3 as a media part (``audio/mpeg``) that the
slide relates to twice (``a:audioFile`` by the audio relationship, ``p14:media`` by the
media one), a loudspeaker button (``illustrate.speaker``) in the slide's corner, and the
timing PowerPoint writes for "start: when clicked on": a click on the loudspeaker plays the
page, another pauses it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.media import Video
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Pt

from wordspictures.book.pages import Book, Page
from wordspictures.fonts.files import BOLD, FAMILY, REGULAR
from wordspictures.fonts.office import embedded_font
from wordspictures.illustrate.speaker import speaker_png
from wordspictures.layout.paper import LINE, Box, Line, PageLayout
from wordspictures.render.office import (
    app_properties,
    clean,
    column,
    fix_zip_times,
    left_to_right_numbers,
    text_groups,
)
from wordspictures.render.palette import (
    BAND_DEFAULT,
    DRAFT,
    INK,
    MUTED,
    RULE,
    SECOND_RULE,
    SECTION_COLOURS,
    STYLE_COLOURS,
    TITLE,
)

BLANK_LAYOUT = 6
SPEAKER = 26  # points: the loudspeaker's side, in the slide's top corner
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
P14_MEDIA = "{DAA4B4D4-6D71-4841-9C94-3DE7FCFB9230}"
# What PowerPoint writes for a sound that starts "when clicked on": an interactive sequence
# that a click on the shape triggers (togglePause), and the audio node itself.
SOUND_TIMING = (
    '<p:timing {ns}><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" '
    'nodeType="tmRoot"><p:childTnLst><p:seq concurrent="1" nextAc="seek"><p:cTn id="2" '
    'restart="whenNotActive" fill="hold" evtFilter="cancelBubble" nodeType="interactiveSeq">'
    '<p:stCondLst><p:cond evt="onClick" delay="0"><p:tgtEl><p:spTgt spid="{id}"/></p:tgtEl>'
    '</p:cond></p:stCondLst><p:endSync evt="end" delay="0"><p:rtn val="all"/></p:endSync>'
    '<p:childTnLst><p:par><p:cTn id="3" fill="hold"><p:stCondLst><p:cond delay="0"/>'
    '</p:stCondLst><p:childTnLst><p:par><p:cTn id="4" fill="hold"><p:stCondLst><p:cond '
    'delay="0"/></p:stCondLst><p:childTnLst><p:par><p:cTn id="5" presetID="2" '
    'presetClass="mediacall" presetSubtype="0" fill="hold" nodeType="clickEffect">'
    '<p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst><p:cmd type="call" '
    'cmd="togglePause"><p:cBhvr><p:cTn id="6" dur="1" fill="hold"/><p:tgtEl><p:spTgt '
    'spid="{id}"/></p:tgtEl></p:cBhvr></p:cmd></p:childTnLst></p:cTn></p:par></p:childTnLst>'
    '</p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn><p:nextCondLst>'
    '<p:cond evt="onClick" delay="0"><p:tgtEl><p:spTgt spid="{id}"/></p:tgtEl></p:cond>'
    '</p:nextCondLst></p:seq><p:audio><p:cMediaNode vol="80000"><p:cTn id="7" fill="hold" '
    'display="0"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:endCondLst>'
    '<p:cond evt="onStopAudio" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond>'
    '</p:endCondLst></p:cTn><p:tgtEl><p:spTgt spid="{id}"/></p:tgtEl></p:cMediaNode>'
    '</p:audio></p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>')
ALIGN = {"L": PP_ALIGN.LEFT, "C": PP_ALIGN.CENTER, "R": PP_ALIGN.RIGHT}
# The font of every run: Lexend, and where it is missing a sans-serif of variable pitch
# (pitch family 0x22: FF_SWISS | VARIABLE_PITCH), which is what a program substitutes.
FONT = f'<a:latin typeface={quoteattr(FAMILY)} pitchFamily="34" charset="0"/>'


def render_pptx(book: Book, layouts: Sequence[PageLayout], pictures: Sequence[bytes],
                created: dt.datetime, voices: Sequence[Any] = ()) -> bytes:
    """Return the PPTX of the book; ``layouts``, ``pictures`` and ``voices`` (when the book
    is read aloud: ``voice.PageVoice``) hold one item a page."""
    prs = Presentation()
    prs.slide_width = Pt(layouts[0].width)
    prs.slide_height = Pt(layouts[0].height)
    pages = zip(book.pages, layouts, pictures, strict=True)
    for number, (page, layout, picture) in enumerate(pages, 1):
        slide = add_slide(prs, book, page, layout, picture, number)
        voice = voices[number - 1] if voices else None
        if voice is not None and voice.sound:
            add_sound(slide, voice.sound, layout)
            notes = slide.notes_slide.notes_text_frame
            notes.text = clean("\n".join(filter(None, (page.notes, voice.note))))
            tag_paragraphs(notes, Tongue(book.language_tag, book.direction == "rtl"))
    set_properties(prs, book, created)
    drop_template_parts(prs)
    embed_fonts(prs)
    set_theme_font(prs)
    out = io.BytesIO()
    prs.save(out)
    return fix_zip_times(out.getvalue(), created, {"docProps/app.xml": app_properties(book)})


@dataclass(frozen=True)
class Tongue:
    """The language of every run of text: its tag, and whether it is written right to left."""

    tag: str
    rtl: bool = False


def add_slide(prs, book: Book, page: Page, layout: PageLayout, picture: bytes,
              number: int) -> Any:
    """Add one page as a slide and return it."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    slide.shapes.turbo_add_enabled = True  # count shape ids instead of searching for them
    lang = Tongue(book.language_tag, book.direction == "rtl")
    if layout.band is not None:
        add_band(slide, layout.band, SECTION_COLOURS.get(layout.section, BAND_DEFAULT))
    if layout.heading_rows:  # a page that goes on with the one before has none
        add_text(slide, layout.heading,
                 [(layout.heading_text, layout.heading_size, TITLE, True)],
                 lang, PP_ALIGN.CENTER, spacing=1.25)
    if layout.picture.height > 0 and picture:
        p = layout.picture
        shape = slide.shapes.add_picture(io.BytesIO(picture), Pt(p.x), Pt(p.y),
                                         Pt(p.width), Pt(p.height))
        shape.name = f"Picture {number}"
        shape._element.nvPicPr.cNvPr.set("descr", clean(page.scene.alt))
    if layout.space is not None:
        add_space(slide, layout.space)
    for group in text_groups(layout.paragraphs):
        if group[0].style == "write":
            add_rules(slide, group[0])
        else:
            add_lines(slide, group, lang)
        if group[0].style == "line":  # the signature line, on the row under the name
            line = group[0]
            row = line.size * LINE
            add_rules(slide, replace(line, box=replace(line.box, y=line.box.bottom - row,
                                                       height=row), lines=1))
    footer = layout.footer
    mark = DRAFT if book.is_draft else MUTED
    # A right-to-left book mirrors its footer: the label on the right, the number on the left.
    start, end = (PP_ALIGN.RIGHT, PP_ALIGN.LEFT) if lang.rtl else (PP_ALIGN.LEFT, PP_ALIGN.RIGHT)
    add_text(slide, footer, [(book.draft_label, layout.footer_size, mark, False)], lang, start)
    if layout.numbered:
        add_text(slide, footer, [(str(number), layout.footer_size, MUTED, False)], lang, end)
    slide.notes_slide.notes_text_frame.text = clean(page.notes)
    tag_paragraphs(slide.notes_slide.notes_text_frame, lang)
    return slide


def tag_paragraphs(frame, lang: Tongue) -> None:
    """Give the speaker notes the book's language on every run, and a right-to-left
    language's direction on every paragraph, like the slides' own text (``add_text``)."""
    for paragraph in frame.paragraphs:
        if lang.rtl:
            paragraph._p.get_or_add_pPr().set("rtl", "1")
        for run in paragraph.runs:
            run._r.get_or_add_rPr().set("lang", lang.tag)


def add_sound(slide, sound: bytes, layout: PageLayout) -> None:
    """Put a page's sound (MP3) on its slide, behind a loudspeaker in the top corner of the
    margin, playing when it is clicked (see the module's note)."""
    part = slide.part
    media = part.package.get_or_add_media_part(Video.from_blob(sound, "audio/mpeg",
                                                               "voice.mp3"))
    media_id, audio_id = part.relate_to(media, RT.MEDIA), part.relate_to(media, RT.AUDIO)
    _, icon_id = part.get_or_add_image_part(io.BytesIO(speaker_png()))
    shape_id = slide.shapes._next_shape_id
    side = min(SPEAKER, layout.heading.y - 8)
    x, y = layout.width - 8 - side, 8
    pic = parse_xml(
        f'<p:pic {nsdecls("a", "p", "r")}><p:nvPicPr><p:cNvPr id="{shape_id}" '
        f'name="Sound {shape_id}"><a:hlinkClick r:id="" action="ppaction://media"/>'
        f'</p:cNvPr><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr>'
        f'<a:audioFile r:link="{audio_id}"/><p:extLst><p:ext uri="{P14_MEDIA}"><p14:media '
        f'xmlns:p14="{P14}" r:embed="{media_id}"/></p:ext></p:extLst></p:nvPr></p:nvPicPr>'
        f'<p:blipFill><a:blip r:embed="{icon_id}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</p:blipFill><p:spPr><a:xfrm><a:off x="{Pt(x)}" y="{Pt(y)}"/><a:ext '
        f'cx="{Pt(side)}" cy="{Pt(side)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom></p:spPr></p:pic>')
    slide.shapes._spTree.insert_element_before(pic, "p:extLst")
    timing = parse_xml(SOUND_TIMING.format(ns=nsdecls("p"), id=shape_id))
    slide._element.insert_element_before(timing, "p:extLst")

def add_lines(slide, lines: Sequence[Line], lang: Tongue) -> None:
    """Add a run of placed paragraphs as one text box, spaced as the layout placed them."""
    first, last = lines[0].box, lines[-1].box
    left, right = column(lines[0])
    box = Box(left, first.y, right - left, last.bottom - first.y)
    spacing = 1.3 if lines[0].style in ("note", "stamp") else 1.25 if lines[0].style == \
        "second_heading" else LINE
    runs = [(line.text, line.size, STYLE_COLOURS.get(line.style, INK), line.bold) for line in lines]
    gaps = [0.0] + [b.box.y - a.box.bottom for a, b in zip(lines, lines[1:], strict=False)]
    # A line in the book's second language has its own language and direction.
    tongues = [Tongue(line.language, line.direction == "rtl") if line.language else lang
               for line in lines]
    # A right-to-left paragraph starts on the right, as in the PDF (render/drawn).
    aligns = [ALIGN["R" if tongue.rtl and line.align == "L" else line.align]
              for tongue, line in zip(tongues, lines, strict=True)]
    indents = [(line.box.x - left, right - line.box.x - line.box.width) for line in lines]
    add_text(slide, box, runs, lang, aligns[0], spacing=spacing, gaps=gaps,
             tongues=tongues, aligns=aligns, indents=indents)
    for line in lines:
        if line.rule is not None:  # the thin rule beside a line in the second language
            add_band(slide, line.rule, SECOND_RULE, name="Second language rule")


def add_rules(slide, line: Line) -> None:
    """Add the ruled lines of a ``write`` paragraph as line shapes."""
    b = line.box
    pitch = b.height / max(line.lines, 1)
    for row in range(1, line.lines + 1):
        y = b.y + row * pitch - 2
        rule = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Pt(b.x), Pt(y),
                                          Pt(b.x + b.width), Pt(y))
        rule.line.color.rgb = RGBColor(*RULE)
        rule.line.width = Pt(0.6)


def add_band(slide, band: Box, colour: tuple[int, int, int], name: str = "Section band"
             ) -> None:
    """Add the band in the section's colour: a filled, rounded strip without an outline."""
    shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Pt(band.x), Pt(band.y),
                                   Pt(band.width), Pt(band.height))
    shape.adjustments[0] = 0.5
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor(*colour)
    shape.line.fill.background()
    shape.shadow.inherit = False
    shape.name = name


def add_space(slide, space: Box) -> None:
    """Add the dashed, rounded frame of a drawing page."""
    shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Pt(space.x), Pt(space.y),
                                   Pt(space.width), Pt(space.height))
    shape.adjustments[0] = min(12 / min(space.width, space.height), 0.5)
    shape.fill.background()
    shape.shadow.inherit = False
    shape.line.color.rgb = RGBColor(*RULE)
    shape.line.width = Pt(1.2)
    shape.line.dash_style = MSO_LINE.DASH


def add_text(slide, box: Box, runs, lang: Tongue, align, spacing: float = 1.2,
             gaps: Sequence[float] = (), tongues: Sequence[Tongue] = (),
             aligns: Sequence[Any] = (), indents: Sequence[tuple[float, float]] = ()) -> None:
    """Add a text box with one paragraph for each (text, size, colour, bold) run, its lines
    ``spacing`` times the size apart (in points: see the module's note). ``tongues``,
    ``aligns`` and ``indents`` (left, right) are each paragraph's own, where given.

    The box is written as XML in one go: the same elements python-pptx's text-frame calls
    make, at a third of their time (they were half of the PowerPoint's time).
    """
    shapes = slide.shapes
    shape_id = shapes._next_shape_id
    paragraphs = []
    for index, (text, size, colour, bold) in enumerate(runs):
        before = (f'<a:spcBef><a:spcPts val="{Pt(gaps[index]).centipoints}"/></a:spcBef>'
                  if index < len(gaps) and gaps[index] > 0 else "")
        tongue = tongues[index] if tongues else lang
        rtl = ' rtl="1"' if tongue.rtl else ""  # a right-to-left language's paragraph
        left, right = indents[index] if indents else (0.0, 0.0)
        if tongue.rtl:  # marL is the margin a paragraph starts at: the right, right to left
            left, right = right, left
            text = left_to_right_numbers(text)
        margins = (f' marL="{Pt(left)}"' if left > 0 else "") + (
            f' marR="{Pt(right)}"' if right > 0 else "")
        paragraphs.append(
            f'<a:p><a:pPr{margins} algn="{(aligns[index] if aligns else align).xml_value}"'
            f'{rtl}><a:lnSpc><a:spcPts '
            f'val="{round(size * spacing * 100)}"/></a:lnSpc>{before}</a:pPr>'
            f'<a:r><a:rPr sz="{Pt(size).centipoints}" b="{int(bool(bold))}" '
            f'lang={quoteattr(tongue.tag)}><a:solidFill><a:srgbClr val="{RGBColor(*colour)}"/>'
            f'</a:solidFill>{FONT}</a:rPr>'
            f'<a:t>{escape(run_text(text))}</a:t></a:r></a:p>')
    sp = parse_xml(
        f'<p:sp {nsdecls("a", "p")}><p:nvSpPr><p:cNvPr id="{shape_id}" '
        f'name="TextBox {shape_id - 1}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{Pt(box.x)}" y="{Pt(box.y)}"/><a:ext cx="{Pt(box.width)}" '
        f'cy="{Pt(box.height)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" anchor="t" lIns="0" '
        f'rIns="0" tIns="0" bIns="0"><a:normAutofit/></a:bodyPr><a:lstStyle/>'
        f'{"".join(paragraphs)}</p:txBody></p:sp>')
    shapes._spTree.insert_element_before(sp, "p:extLst")


def run_text(text: str) -> str:
    """Return text as python-pptx stores a run's text: control characters as _xHHHH_.

    ``clean`` has removed all that XML cannot hold; of the rest only a carriage return
    is one (tabs and line ends stay as they are)."""
    return clean(text).replace("\r", "_x000D_")


def set_properties(prs, book: Book, created: dt.datetime) -> None:
    """Set every core property: the template's own carry a stranger's name and dates."""
    props = prs.core_properties
    props.title = clean(book.title)
    props.language = book.language_tag
    for name in ("author", "last_modified_by", "subject", "keywords", "comments",
                 "category", "content_status", "identifier", "version"):
        setattr(props, name, "")
    props.revision = book.version or 1
    props.created = props.modified = created.replace(tzinfo=None)
    props.last_printed = created.replace(tzinfo=None)


def drop_template_parts(prs) -> None:
    """Remove what python-pptx's template brings along: a preview picture of an unrelated
    slide, and the settings of the printer it was made on."""
    rels = prs.part.package._rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        rels.pop(rid)
    rels = prs.part.rels  # presentation.xml names no printer settings: dropping is safe
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.PRINTER_SETTINGS]:
        rels.pop(rid)


def embed_fonts(prs) -> None:
    """Put Lexend's regular and bold into the file as PowerPoint embeds fonts: Embedded
    OpenType parts, related to the presentation and listed in its ``embeddedFontLst``."""
    package, presentation = prs.part.package, prs.part
    slots = []
    for number, (slot, weight) in enumerate((("regular", REGULAR), ("bold", BOLD)), 1):
        part = Part(PackURI(f"/ppt/fonts/font{number}.fntdata"), CT.X_FONTDATA, package,
                    embedded_font(weight))
        slots.append(f'<p:{slot} r:id="{presentation.relate_to(part, RT.FONT)}"/>')
    listed = parse_xml(f'<p:embeddedFontLst {nsdecls("p", "r")}><p:embeddedFont>'
                       f'<p:font typeface={quoteattr(FAMILY)} pitchFamily="34" charset="0"/>'
                       f'{"".join(slots)}</p:embeddedFont></p:embeddedFontLst>')
    root = presentation._element
    root.find(qn("p:notesSz")).addnext(listed)  # its place in the schema's order
    root.set("embedTrueTypeFonts", "1")
    # Whole fonts, also when PowerPoint saves the file again: with only the letters used,
    # a letter typed later on a computer without Lexend would fall back to another font.
    root.attrib.pop("saveSubsetFonts", None)


def set_theme_font(prs) -> None:
    """Make Lexend the theme's font for headings and text (the template's is Calibri), so
    a text box someone adds in PowerPoint is set in the book's font too."""
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    theme._blob = theme.blob.replace(b'<a:latin typeface="Calibri"/>', FONT.encode())
