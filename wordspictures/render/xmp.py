"""The XMP metadata packet of an archival (PDF/A-2b) book.

PDF/A keeps the document's metadata as XMP and requires it to say which part and level of
the standard the file follows. fpdf2 can write this packet itself, but stamps it with the
clock; ours holds only the book's title, language and document date, so two builds of one
account stay identical.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

PDFA_PART = 2
PDFA_CONFORMANCE = "B"


def xmp_metadata(title: str, language: str, created: dt.datetime) -> str:
    """Return the <x:xmpmeta> element (fpdf2 wraps it in the xpacket)."""
    stamp = created.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    return "\n".join([
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '  <rdf:Description rdf:about=""',
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
        f"    xmp:CreateDate={quoteattr(stamp)}",
        f"    xmp:ModifyDate={quoteattr(stamp)}",
        f"    xmp:MetadataDate={quoteattr(stamp)}>",
        f"   <pdfaid:part>{PDFA_PART}</pdfaid:part>",
        f"   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>",
        "   <dc:format>application/pdf</dc:format>",
        f"   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{escape(title)}</rdf:li>"
        "</rdf:Alt></dc:title>",
        f"   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>",
        "  </rdf:Description>",
        " </rdf:RDF>",
        "</x:xmpmeta>",
    ])
