"""StreamField blocks for portal pages."""

import copy
import re

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import SourceImageIOError
from wagtail_localize.segments import StringSegmentValue

CELL_PATH = re.compile(r"^r(\d+)c(\d+)$")
IMAGE_RENDITION = "width-1000"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class ImageValue(blocks.StructValue):
    def rendition(self):
        """The image at reading width, or None when the image or its file is gone."""
        image = self.get("image")
        if image is None:  # deleted
            return None
        try:
            return image.get_rendition(IMAGE_RENDITION)
        except SourceImageIOError:  # its file is missing
            return None


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        value_class = ImageValue


class DocumentLinkValue(blocks.StructValue):
    def available_document(self):
        """The linked document, or None when it was deleted or its file is missing."""
        document = self.get("document")
        if document is None or not document.file.storage.exists(document.file.name):
            return None
        return document

    def link_text(self):
        """The link text, or the document's title; "" for a deleted document without one."""
        document = self.get("document")
        return self.get("title") or (document.title if document else "")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document link")
        value_class = DocumentLinkValue


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Callout")


class TranslatableTableBlock(TableBlock):
    """A TableBlock whose caption and cells wagtail-localize can translate.

    wagtail-localize skips TableBlock by default, which would leave Thai cells
    on English pages; each non-empty cell becomes one segment ("r<row>c<col>").
    """

    def get_translatable_segments(self, value):
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row):
                if cell and cell.strip():
                    segments.append(StringSegmentValue(f"r{row_index}c{col_index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            elif match := CELL_PATH.match(segment.path):
                value["data"][int(match[1])][int(match[2])] = text
        return value


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    document = DocumentLinkBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    table = TranslatableTableBlock(label=_("Table"), template="blocks/table_block.html")
