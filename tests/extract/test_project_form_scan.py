"""form_in finds a project's form from the words the form patterns open with, as the
patterns themselves do (long stretches take the literal scan, short ones the regex)."""

from __future__ import annotations

import pytest

from ktxh.extract.project_forms import FORMS, form_in
from ktxh.text.model import Span
from ktxh.text.readers.plain import text_to_doc

LONG = "Dự án được bố trí vốn để hoàn thành các hạng mục còn lại trong năm nay, "

CASES = [
    ("Dự án cải tạo Quốc lộ 4B theo hình thức hợp đồng BOT", "BOT"),
    (LONG + "theo hình thức hợp đồng BOT", "BOT"),
    (LONG + "đầu tư theo phương thức đối tác công tư", "PPP"),
    (LONG + "sử dụng vốn vay Ngân hàng Thế giới (WB)", "ODA"),
    (LONG + "vốn vay ADB2 giai đoạn sau", "ODA"),
    (LONG + "thanh toán bằng quỹ đất (hợp đồng BT)", "BT"),
    (LONG + "robot hóa dây chuyền, không có hình thức nào", None),  # "bot" inside a word
    (LONG + "đầu tư công theo kế hoạch trung hạn", None),
    ("hợp đồng BT", "BT"),
]


@pytest.mark.parametrize(("text", "form"), CASES)
def test_form_in_as_the_patterns(text: str, form: str | None) -> None:
    doc = text_to_doc(text)
    span = Span(0, len(doc.text))
    assert form_in(doc, span) == form
    chunk = doc.folded
    assert next((f for f, rx in FORMS if rx.search(chunk)), None) == form
