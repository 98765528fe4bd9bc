"""The document's province, and the register's provincial bodies named for it."""

from __future__ import annotations

from datetime import date

import pytest

from ktxh.extract.metadata import extract_metadata
from ktxh.extract.provinces import Province, document_province, resolve
from ktxh.extract.records import DocumentMeta, Task
from ktxh.monitor.task_status import lead_display
from ktxh.text.model import Span
from ktxh.text.structure import build_doc

HA_GIANG = Province("Hà Giang", "tỉnh")
LANG_SON = Province("Lạng Sơn", "tỉnh")
CAN_THO = Province("Cần Thơ", "thành phố")

HEADERS = [
    # (document text, province)
    (  # a Sở's letterhead: the province is the line above the issuer
        "UBND TỈNH YÊN BÁI\n**SỞ TÀI CHÍNH**\n\nSố: 310/STC-NS\n\nYên Bái, ngày 4 tháng 3 năm 2024"
        "\n\nKính gửi: Các sở, ban, ngành.\n\nSở Tài chính đề nghị các đơn vị rà soát dự toán.\n",
        Province("Yên Bái", "tỉnh"),
    ),
    (
        "HỘI ĐỒNG NHÂN DÂN\n**TỈNH QUẢNG BÌNH**\n\nSố: 12/NQ-HĐND\n\n**NGHỊ QUYẾT**\n\n"
        "**Về dự toán ngân sách năm 2025**\n\nĐiều 1. Thông qua dự toán.\n",
        Province("Quảng Bình", "tỉnh"),
    ),
    (
        "ỦY BAN NHÂN DÂN\n**THÀNH PHỐ CẦN THƠ**\n\nSố: 88/KH-UBND\n\n**KẾ HOẠCH**\n\n"
        "**Thực hiện chuyển đổi số năm 2024**\n\nI. MỤC TIÊU\n",
        CAN_THO,
    ),
    (  # no letterhead: the title names the province
        "**KẾ HOẠCH**\n\n**Phát triển du lịch năm 2024 tỉnh Sơn La**\n\nI. MỤC TIÊU\n",
        Province("Sơn La", "tỉnh"),
    ),
    (  # a ministry in Hà Nội speaks for no province
        "BỘ TÀI CHÍNH\n\nSố: 1020/BTC-NSNN\n\nHà Nội, ngày 2 tháng 2 năm 2024\n\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Bộ Tài chính đề nghị các địa phương báo cáo.\n",
        None,
    ),
    (  # a pdf line break inside the province's name (was a KeyError)
        "ỦY BAN NHÂN DÂN TỈNH BẮC\nGIANG\n\nSố: 77/BC-UBND\n\n**BÁO CÁO**\n\n"
        "**Tình hình kinh tế - xã hội tháng 5 năm 2025**\n",
        Province("Bắc Giang", "tỉnh"),
    ),
    (  # the same, no space before the name
        "UBND TỈNHQUẢNG\nNINH\n\n**KẾ HOẠCH**\n\n**Cải cách hành chính năm 2025**\n",
        Province("Quảng Ninh", "tỉnh"),
    ),
]


@pytest.mark.parametrize(("text", "province"), HEADERS)
def test_document_province(text: str, province: Province | None) -> None:
    doc = build_doc(text, fmt="md")
    assert document_province(doc, extract_metadata(doc, {})) == province


@pytest.mark.parametrize(
    ("meta", "province"),
    [
        (DocumentMeta(issuer="Ủy ban nhân dân tỉnh Đắk Lắk"), Province("Đắk Lắk", "tỉnh")),
        (DocumentMeta(issuer="Tỉnh ủy Cao Bằng"), Province("Cao Bằng", "tỉnh")),
        (DocumentMeta(issuer="Văn phòng Chính phủ", title="Kết luận tại buổi làm việc với "
                      "lãnh đạo tỉnh Bà Rịa - Vũng Tàu"), Province("Bà Rịa - Vũng Tàu", "tỉnh")),
        (DocumentMeta(place="Lai Châu"), Province("Lai Châu", "tỉnh")),
        (DocumentMeta(place="Hà Nội"), None),  # a city where ministries sit: no province
        (DocumentMeta(place="Tam Kỳ"), None),  # a provincial capital is no province name
        (DocumentMeta(title="Báo cáo tình hình kinh tế - xã hội quý I"), None),
        (None, None),
    ],
)
def test_document_province_from_fields(meta: DocumentMeta | None,
                                       province: Province | None) -> None:
    doc = build_doc("Nội dung.", fmt="md")
    assert document_province(doc, meta) == province


@pytest.mark.parametrize(
    ("name", "written", "province", "expected", "code"),
    [
        # a bare "tỉnh" takes the document's province; the register's only for its own
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", HA_GIANG,
         "Ủy ban nhân dân tỉnh Hà Giang", None),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", LANG_SON,
         "Ủy ban nhân dân tỉnh Lạng Sơn", "ubnd-tinh-ls"),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", None, "Ủy ban nhân dân tỉnh", None),
        ("Cục Thuế tỉnh", "Cục Thuế tỉnh", Province("Tuyên Quang", "tỉnh"),
         "Cục Thuế tỉnh Tuyên Quang", None),
        ("Cục Hải quan", "Cục Hải quan", Province("Tuyên Quang", "tỉnh"),
         "Cục Hải quan tỉnh Tuyên Quang", None),
        ("Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước tỉnh", Province("Bắc Kạn", "tỉnh"),
         "Kho bạc Nhà nước tỉnh Bắc Kạn", None),
        ("Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh", None,
         "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None),
        ("Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh",
         Province("Điện Biên", "tỉnh"), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên", None),
        ("Tỉnh ủy", "Tỉnh ủy", Province("Cao Bằng", "tỉnh"), "Tỉnh ủy Cao Bằng", None),
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", None, "Ban Thường vụ Tỉnh ủy", None),
        ("Tỉnh đoàn", "Tỉnh đoàn", HA_GIANG, "Tỉnh đoàn Hà Giang", None),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", CAN_THO,
         "Ủy ban nhân dân thành phố Cần Thơ", None),
        # a Sở has one name in every province; its code is the home's only
        ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", HA_GIANG, "Sở Kế hoạch và Đầu tư", None),
        ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", LANG_SON, "Sở Kế hoạch và Đầu tư",
         "so-ke-hoach-dau-tu-ls"),
        # central bodies, and words that name the home province, keep the register's entry
        ("Bộ Tài chính", "Bộ Tài chính", HA_GIANG, "Bộ Tài chính", "bo-tai-chinh"),
        ("Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn", HA_GIANG,
         "Ủy ban nhân dân tỉnh Lạng Sơn", "ubnd-tinh-ls"),
        ("Ủy ban nhân dân huyện Lộc Bình", "UBND huyện Lộc Bình", HA_GIANG,
         "Ủy ban nhân dân huyện Lộc Bình", "ubnd-h-loc-binh"),
        # the home's own bodies are not another province's
        ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Ban Quản lý Khu kinh tế",
         HA_GIANG, "Ban Quản lý Khu kinh tế", None),
        # unregistered: a bare "tỉnh" takes the province too; other names stay
        ("Chi cục Kiểm lâm tỉnh", "Chi cục Kiểm lâm tỉnh", Province("Điện Biên", "tỉnh"),
         "Chi cục Kiểm lâm tỉnh Điện Biên", None),
        ("Ủy ban nhân dân tỉnh Hà Giang", "UBND tỉnh Hà Giang", LANG_SON,
         "Ủy ban nhân dân tỉnh Hà Giang", None),
        ("Sở Điều tra Tương lai", "Sở Điều tra Tương lai", HA_GIANG, "Sở Điều tra Tương lai",
         None),
    ],
)
def test_resolve(name: str, written: str, province: Province | None, expected: str,
                 code: str | None) -> None:
    assert resolve(name, written, province) == (expected, code)


def test_succession_holds_in_any_province() -> None:
    """A Sở of another province has no code, yet the 2025 merger still shows."""
    lead, code = resolve("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", HA_GIANG)
    task = Task(kind="assignment", lead=lead, action="x", span=Span(0, 1), quote="x",
                lead_code=code)
    assert lead_display(task, on=date(2025, 6, 1)).text == (
        "Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)"
    )
    assert lead_display(task, on=date(2024, 6, 1)).text == "Sở Kế hoạch và Đầu tư"
