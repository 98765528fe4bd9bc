"""Text: files to one clean, immutable document text with structure.

- :func:`ktxh.text.readers.read` — a .txt/.md/.docx/.pdf path to a
  :class:`~ktxh.text.model.Doc` (or :class:`~ktxh.text.errors.ReadError`).
- :mod:`ktxh.text.encodings` — UTF-8/UTF-16 and legacy TCVN3, VNI, Windows-1258.
- :mod:`ktxh.text.markup` — markdown-ish lines to paragraphs, marks recorded.
- :mod:`ktxh.text.footnotes` — footnotes after the body, page breaks rejoined.
- :mod:`ktxh.text.headings` — heading hierarchy from the numbering style.
- :mod:`ktxh.text.sentences` — sentence boundaries inside a block.
- :mod:`ktxh.text.structure` — paragraphs to blocks, sentences and footnotes.
"""
