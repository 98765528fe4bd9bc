"""Document metadata on small headers written for the tests."""

from __future__ import annotations

import pytest

from ktxh.extract.metadata import extract_metadata
from ktxh.text.structure import build_doc

UBND_REPORT = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:      /BC-UBND

Hà Giang, ngày    tháng 6 năm 2024

**BÁO CÁO**

**Tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ
trọng tâm 6 tháng cuối năm 2024**

**I. KẾT QUẢ ĐẠT ĐƯỢC**

Tổng sản phẩm trên địa bàn ước tăng 6,1% so với cùng kỳ.

**Nơi nhận:**
- Văn phòng Chính phủ;
- Bộ Kế hoạch và Đầu tư;
- Lưu: VT, KT.

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**

**Trần Văn Bình**
"""

VPCP_NOTICE = """VĂN PHÒNG CHÍNH PHỦ

Số: 215/TB-VPCP

Hà Nội, ngày 02 tháng 8 năm 2023

**THÔNG BÁO**

CÔNG VĂN ĐẾN
Giờ: ...
Ngày: 05/8/2023

**Kết luận của Phó Thủ tướng tại cuộc họp về tiến độ
các dự án giao thông trọng điểm**

Ngày 20 tháng 7 năm 2023, Phó Thủ tướng đã chủ trì cuộc họp với các bộ, ngành liên quan {LONG}

**Nơi nhận:**
- Thủ tướng, các Phó Thủ tướng;
- Các Bộ: GTVT, KH&ĐT, TC;
- Lưu: VT, CN.

**KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM**

**Nguyễn Hữu Phúc**
""".replace(
    "{LONG}", "về tiến độ các dự án giao thông trọng điểm trên địa bàn các tỉnh miền núi phía Bắc."
)

PARTY_PROGRAM = """ĐẢNG BỘ TỈNH CAO BẰNG
TỈNH ỦY

ĐẢNG CỘNG SẢN VIỆT NAM

Số 48-CTr/TU

Cao Bằng, ngày 15 tháng 3 năm 2021

**CHƯƠNG TRÌNH HÀNH ĐỘNG**

**Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025**

**I. MỤC ĐÍCH, YÊU CẦU**

Quán triệt sâu sắc các quan điểm, mục tiêu của Nghị quyết.

T/M BAN THƯỜNG VỤ

**Hoàng Thị Mai**
"""

CONG_VAN = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI

Số: 1234/UBND-TH
V/v báo cáo kết quả thực hiện
các chỉ tiêu kinh tế - xã hội quý III/2022

Lào Cai, ngày 5/10/2022

Kính gửi:
- Bộ Kế hoạch và Đầu tư;
- Bộ Tài chính.

Thực hiện văn bản số 567/BKHĐT-TH ngày 20/9/2022 của Bộ Kế hoạch và Đầu tư, {REPORTS}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Minh Sơn
""".replace("{REPORTS}", "Ủy ban nhân dân tỉnh báo cáo như sau:")

CASES = [
    (
        UBND_REPORT,
        {
            "number": None,
            "symbol": "BC-UBND",
            "type": "bao_cao",
            "place": "Hà Giang",
            "date": "2024-06",
            "title": "Tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng "
            "cuối năm 2024",
            "period": "2024-H1",
            "issuer": "Ủy ban nhân dân tỉnh Hà Giang",
            "signer": "Trần Văn Bình",
            "signer_position": "Phó Chủ tịch",
            "authority": "KT. Chủ tịch",
            "distribution": ("Văn phòng Chính phủ", "Bộ Kế hoạch và Đầu tư", "Lưu: VT, KT"),
        },
    ),
    (
        VPCP_NOTICE,
        {
            "number": "215/TB-VPCP",
            "symbol": "TB-VPCP",
            "type": "thong_bao",
            "place": "Hà Nội",
            "date": "2023-08-02",
            "title": "Kết luận của Phó Thủ tướng tại cuộc họp về tiến độ các dự án giao thông "
            "trọng điểm",
            "period": None,
            "issuer": "Văn phòng Chính phủ",
            "signer": "Nguyễn Hữu Phúc",
            "signer_position": "Phó Chủ nhiệm",
            "authority": "KT. Bộ trưởng, Chủ nhiệm",
        },
    ),
    (
        PARTY_PROGRAM,
        {
            "number": "48-CTr/TU",
            "symbol": "CTr/TU",
            "type": "chuong_trinh",
            "place": "Cao Bằng",
            "date": "2021-03-15",
            "title": "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025",
            "period": "2020/2025",
            "issuer": "Tỉnh ủy Cao Bằng",
            "signer": "Hoàng Thị Mai",
        },
    ),
    (
        CONG_VAN,
        {
            "number": "1234/UBND-TH",
            "symbol": "UBND-TH",
            "type": "cong_van",
            "place": "Lào Cai",
            "date": "2022-10-05",
            "title": "V/v báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội quý III/2022",
            "period": "2022-Q3",
            "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
            "recipients": ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"),
            "signer": "Lê Minh Sơn",
            "signer_position": "Chủ tịch",
            "authority": "TM. Ủy ban nhân dân",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["ubnd", "vpcp", "party", "cong_van"])
def test_metadata(text: str, expected: dict) -> None:
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    got = {k: getattr(meta, k) for k in expected}
    assert got == expected


def test_spans_point_at_the_fields() -> None:
    doc = build_doc(VPCP_NOTICE, fmt="md")
    meta = extract_metadata(doc, {})
    assert doc.slice(meta.spans["number"]) == "215/TB-VPCP"
    assert doc.slice(meta.spans["place"]) == "Hà Nội"
    assert doc.slice(meta.spans["signer"]) == "Nguyễn Hữu Phúc"


def test_no_header_gives_nulls() -> None:
    meta = extract_metadata(build_doc("Tổng thu ngân sách ước đạt 1.200 tỷ đồng.", fmt="md"), {})
    assert (meta.number, meta.date, meta.title, meta.signer, meta.type) == (
        None, None, None, None, "other"
    )  # fmt: skip


PDF_COLUMNS = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH YÊN BÁI Độc lập - Tự do - Hạnh phúc
Số: 321/BC-UBND Yên Bái, ngày 5 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2023

Năm 2023 kinh tế của tỉnh tăng trưởng khá.

Nơi nhận: KT. CHỦ TỊCH
- Như trên; PHÓ CHỦ TỊCH
- Lưu: VT.

Nguyễn Văn An
"""

TABLE_LAYOUT = """| ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| SỞ KẾ HOẠCH VÀ ĐẦU TƯ | Độc lập - Tự do - Hạnh phúc |
| Số: 45/SKHĐT-TH | Điện Biên, ngày 5 tháng 3 năm 2024 |
| V/v góp ý dự thảo kế hoạch năm 2025 | |

Kính gửi: Ủy ban nhân dân tỉnh.

Sở Kế hoạch và Đầu tư có ý kiến như sau.

| Nơi nhận: | KT. GIÁM ĐỐC |
| - Như trên; | PHÓ GIÁM ĐỐC |
| - Lưu: VT. | (Đã ký) |
| | Lê Thị Hoa |
"""

LAYOUTS = [
    (  # two header columns run together on each line of PDF text
        PDF_COLUMNS,
        {
            "number": "321/BC-UBND",
            "place": "Yên Bái",
            "date": "2024-03-05",
            "issuer": "Ủy ban nhân dân tỉnh Yên Bái",
            "type": "bao_cao",
            "title": "Kết quả thực hiện nhiệm vụ năm 2023",
            "period": "2023",
            "signer": "Nguyễn Văn An",
            "signer_position": "Phó Chủ tịch",
            "authority": "KT. Chủ tịch",
            "distribution": ("Như trên", "Lưu: VT"),
        },
    ),
    (  # header and signature in table cells
        TABLE_LAYOUT,
        {
            "number": "45/SKHĐT-TH",
            "place": "Điện Biên",
            "type": "cong_van",
            "issuer": "Sở Kế hoạch và Đầu tư",
            "recipients": ("Ủy ban nhân dân tỉnh",),
            "title": "V/v góp ý dự thảo kế hoạch năm 2025",
            "signer": "Lê Thị Hoa",
            "authority": "KT. Giám đốc",
            "signer_position": "Phó Giám đốc",
            "distribution": ("Như trên", "Lưu: VT"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS, ids=["pdf_columns", "table"])
def test_layouts(text: str, expected: dict) -> None:
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    assert {k: getattr(meta, k) for k in expected} == expected


def test_type_word_and_title_on_one_line() -> None:
    text = "Số: 12/KH-UBND\n\nKẾ HOẠCH Triển khai nhiệm vụ trọng tâm năm 2025\n\nI. MỤC ĐÍCH\n"
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    assert (meta.type, meta.title, meta.period) == (
        "ke_hoach", "Triển khai nhiệm vụ trọng tâm năm 2025", "2025"
    )  # fmt: skip


def test_a_dated_body_sentence_is_no_issue_date() -> None:
    text = (
        "BÁO CÁO\nCông tác năm 2023\n\nHội nghị tổng kết công tác năm 2023 của ngành được tổ "
        "chức tại Bắc Giang, ngày 12/3/2023 với sự tham dự của đại biểu các sở, ban, ngành.\n"
    )
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    assert (meta.date, meta.place) == (None, None)


APPENDIX_AFTER = """ỦY BAN NHÂN DÂN TỈNH SƠN LA

Số: 77/BC-UBND

BÁO CÁO
Kết quả giải ngân vốn đầu tư công 9 tháng năm 2024

Tổng vốn giải ngân ước đạt 1.250 tỷ đồng.

Nơi nhận:
- Bộ Tài chính;
- Lưu VT

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lò Văn Mạnh

PHỤ LỤC
Danh mục dự án

| STT | Tên dự án | Chủ đầu tư |
| 1 | Đường nối trung tâm huyện | Ban Quản Lý |
| 2 | Trường học liên cấp | Phạm Văn Hùng |
"""


def test_signature_before_an_appendix() -> None:
    meta = extract_metadata(build_doc(APPENDIX_AFTER, fmt="md"), {})
    got = (meta.signer, meta.signer_position, meta.authority, meta.period, meta.distribution)
    assert got == ("Lò Văn Mạnh", "Phó Chủ tịch", "KT. Chủ tịch", "2024-M9",
                   ("Bộ Tài chính", "Lưu VT"))  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Mai Văn Tùng", True), ("NGUYỄN THỊ HÀ", True), ("Y Thanh Hà Niê Kđăm", True),
     ("Lưu VT", False), ("CHỦ TỊCH", False), ("Nơi nhận", False), ("Hà Nội, ngày", False)],
)  # fmt: skip
def test_is_name(line: str, expected: bool) -> None:
    from ktxh.extract.signature import is_name

    assert is_name(line) is expected


DIGITAL_STAMP = """Ký bởi: Ủy ban Nhân dân tỉnh Cao Bằng
Email: vanthu@example.vn
Ngày ký: 14-11-2023 09:30:22 +07:00

ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG

Số: 90/KH-UBND

Cao Bằng, ngày 13 tháng 11 năm 2023

KẾ HOẠCH
Thực hiện nhiệm vụ năm 2024

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký & đóng dấu)

Hoàng Xuân Ánh
"""


def test_digital_signature_stamp_is_skipped() -> None:
    meta = extract_metadata(build_doc(DIGITAL_STAMP, fmt="md"), {})
    got = (meta.date, meta.issuer, meta.signer, meta.signer_position, meta.authority)
    assert got == ("2023-11-13", "Ủy ban nhân dân tỉnh Cao Bằng", "Hoàng Xuân Ánh", "Chủ tịch",
                   "TM. Ủy ban nhân dân")  # fmt: skip


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        (
            "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\n**VĂN PHÒNG**",
            "Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang",
        ),
        ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nSỞ TÀI CHÍNH", "Sở Tài chính"),
        ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Bộ Kế hoạch và Đầu tư"),
        ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN CHIÊM HÓA", "Hội đồng nhân dân huyện Chiêm Hóa"),
        ("TỈNH ỦY CAO BẰNG\n*", "Tỉnh ủy Cao Bằng"),
        ("HUYỆN ỦY BẢO LẠC", "Huyện ủy Bảo Lạc"),
        # an organ of a party committee names its committee
        ("TỈNH ỦY NGHỆ AN\n**BAN THƯỜNG VỤ**", "Ban Thường vụ Tỉnh ủy Nghệ An"),
        ("HUYỆN ỦY ĐÔ LƯƠNG\nỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Huyện ủy Đô Lương"),
        # abbreviated bodies are written out
        ("UBND TỈNH SÓC TRĂNG\n**VĂN PHÒNG**", "Văn phòng Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("HĐND TỈNH HÀ GIANG", "Hội đồng nhân dân tỉnh Hà Giang"),
        ("UBND HUYỆN MƯỜNG TÈ", "Ủy ban nhân dân huyện Mường Tè"),
    ],
)
def test_issuer_from_header(header: str, issuer: str) -> None:
    text = f"{header}\n\nSố: 10/TB-XX\n\nTHÔNG BÁO\nKết quả cuộc họp giao ban\n"
    assert extract_metadata(build_doc(text, fmt="md"), {}).issuer == issuer


def test_signer_with_a_signed_note_on_the_line() -> None:
    text = (
        "Số: 5/BC-UBND\n\nBÁO CÁO\nCông tác tháng 5 năm 2024\n\nNội dung.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An (Đã ký)\n"
    )
    doc = build_doc(text, fmt="md")
    meta = extract_metadata(doc, {})
    assert (meta.signer, meta.signer_position, meta.period) == (
        "Nguyễn Văn An",
        "Phó Chủ tịch",
        "2024-05",
    )
    assert doc.slice(meta.spans["signer"]) == "Nguyễn Văn An"


def test_header_run_together_in_one_paragraph() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÒA BÌNH Độc lập - Tự do - "
        "Hạnh phúc Số: 61/BC-UBND Hòa Bình, ngày 02 tháng 7 năm 2024\n\nBÁO CÁO\n\n"
        "Tình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\nNội dung báo cáo.\n"
    )
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    got = (meta.issuer, meta.number, meta.place, meta.date, meta.period)
    assert got == (
        "Ủy ban nhân dân tỉnh Hòa Bình",
        "61/BC-UBND",
        "Hòa Bình",
        "2024-07-02",
        "2024-H1",
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vi Văn Lâm", ("Vi Văn Lâm", "Phó Chủ tịch", "KT. Chủ tịch")),
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Vi Văn Lâm", ("Vi Văn Lâm", "Chủ tịch",
                                                            "TM. Ủy ban nhân dân")),
    ],
)  # fmt: skip
def test_signature_block_in_one_table_cell(cell: str, expected: tuple) -> None:
    text = (
        "Số: 7/BC-UBND\n\nBÁO CÁO\nCông tác quý II năm 2024\n\nNội dung.\n\n"
        f"| Nơi nhận: - Văn phòng Chính phủ; - Lưu: VT. | {cell} |\n"
    )
    doc = build_doc(text, fmt="md")
    meta = extract_metadata(doc, {})
    assert (meta.signer, meta.signer_position, meta.authority) == expected
    assert meta.distribution == ("Văn phòng Chính phủ", "Lưu: VT")
    assert doc.slice(meta.spans["signer"]) == "Vi Văn Lâm"


def test_an_office_signs_for_its_chief() -> None:
    """ "KT. CHÁNH VĂN PHÒNG" ends in a position: "VĂN PHÒNG" is no name."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n**VĂN PHÒNG**\n\nSố: 12/TB-VPUBND\n\n"
        "Cao Bằng, ngày 03 tháng 4 năm 2024\n\n**THÔNG BÁO**\n\n**Ý kiến kết luận của Chủ tịch "
        "UBND tỉnh**\n\nNội dung.\n\n**Nơi nhận:**\n\n- Các sở, ban, ngành;\n- Lưu: VT.\n\n"
        "**KT. CHÁNH VĂN PHÒNG  \nPHÓ CHÁNH VĂN PHÒNG**\n\n**Lương Thị Hoa**\n"
    )
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    assert (meta.signer, meta.signer_position, meta.authority) == (
        "Lương Thị Hoa", "Phó Chánh văn phòng", "KT. Chánh văn phòng")


# Round 4: "<br>" inside layout cells, appendix tables after the signature.
BR_LETTERHEAD = (
    "| UBND TỈNH THÁI BÌNH<br>**SỞ TÀI CHÍNH**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
    " NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>--------------- |\n|---|---|\n"
    "| Số: 977/STC-QLĐT<br>V/v đôn đốc thanh toán vốn đầu tư công năm 2025 | *Thái Bình, ngày"
    " 20 tháng 5 năm 2025* |\n\n"
    "Kính gửi: Các chủ đầu tư.\n\n"
    "Sở Tài chính đề nghị các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán.\n\n"
    "| ***Nơi nhận:***<br>- Như trên;<br>- Lưu: VT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**"
    "<br><br>**Đỗ Văn Khải** |\n|---|---|\n"
)

_DISTRICT_ROWS = "".join(
    f"| {i} | Huyện {name} | {i}10.500 | 4{i}.200 | {i}52.700 |\n"
    for i, name in enumerate(["Kiến Xương", "Tiền Hải", "Đông Hưng", "Hưng Hà", "Quỳnh Phụ",
                              "Thái Thụy", "Vũ Thư", "Thành phố Thái Bình", "Hưng Nhân"], 1)
)


def _resolution(signature: str, appendix_heading: str) -> str:
    return f"""**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THÁI BÌNH**

Số: 61/NQ-HĐND

*Thái Bình, ngày 9 tháng 12 năm 2024*

**NGHỊ QUYẾT**
**Về phân bổ dự toán ngân sách năm 2025**

**Điều 1.** Phân bổ dự toán chi ngân sách địa phương năm 2025 là 21.050 tỷ đồng.

**Điều 2.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

{signature}

**{appendix_heading}**
**SỐ BỔ SUNG CÂN ĐỐI CHO NGÂN SÁCH CẤP HUYỆN NĂM 2025**

*Đơn vị tính: triệu đồng*

| STT | Đơn vị | Bổ sung cân đối | Bổ sung có mục tiêu | Tổng cộng |
|---|---|---|---|---|
{_DISTRICT_ROWS}"""


_PLAIN_SIGNATURE = """***Nơi nhận:***
- Thường trực Tỉnh ủy;
- Lưu: VT.

**CHỦ TỊCH**

**Phạm Thị Thu**"""
_NO_NOI_NHAN = """**CHỦ TỊCH**

**Phạm Thị Thu**"""

ROUND4 = [
    (BR_LETTERHEAD, {"number": "977/STC-QLĐT", "symbol": "STC-QLĐT", "type": "cong_van",
                     "title": "V/v đôn đốc thanh toán vốn đầu tư công năm 2025",
                     "issuer": "Sở Tài chính", "place": "Thái Bình", "date": "2025-05-20",
                     "signer": "Đỗ Văn Khải", "signer_position": "Phó Giám đốc"}),
    (_resolution(_PLAIN_SIGNATURE, "Phụ lục II"),
     {"signer": "Phạm Thị Thu", "signer_position": "Chủ tịch",
      "distribution": ("Thường trực Tỉnh ủy", "Lưu: VT")}),
    (_resolution(_NO_NOI_NHAN, "Biểu số 02"), {"signer": "Phạm Thị Thu"}),
    (_resolution(_PLAIN_SIGNATURE, "PHỤ LỤC"), {"signer": "Phạm Thị Thu"}),
    # no signature before the appendix: nothing is cut, no row label is a signer
    (_resolution("", "Phụ lục I"), {"signer": None}),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4,
                         ids=["br_letterhead", "appendix", "bieu", "caps", "unsigned"])
def test_round4_layouts(text: str, expected: dict) -> None:
    meta = extract_metadata(build_doc(text, fmt="md"), {})
    assert {k: getattr(meta, k) for k in expected} == expected


# A công văn converted from PDF with its columns aligned by spaces (pdftotext -layout):
# the letterhead, the "V/v" lines beside nothing, the signature beside "Nơi nhận".
SPACED_CONG_VAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ                                  Độc lập - Tự do - Hạnh phúc
Số: 2045/UBND-NN                           Quảng Trị, ngày 9 tháng 5 năm 2023
V/v triển khai các biện pháp phòng,
chống bệnh dịch tả lợn châu Phi

Kính gửi:
- Sở Nông nghiệp và Phát triển nông thôn;
- UBND các huyện, thị xã, thành phố.

Thời gian qua, dịch bệnh tái phát tại 14 xã của 5 huyện.

Nơi nhận:                                           KT. CHỦ TỊCH
- Như trên;                                          PHÓ CHỦ TỊCH
- Lưu: VT, NN.
                                                   Lê Minh Tường
"""


def test_space_aligned_columns_of_a_pdf() -> None:
    meta = extract_metadata(build_doc(SPACED_CONG_VAN, fmt="txt"), {})
    assert (meta.number, meta.symbol, meta.place, meta.date) == (
        "2045/UBND-NN", "UBND-NN", "Quảng Trị", "2023-05-09")
    assert meta.title == ("V/v triển khai các biện pháp phòng, chống bệnh dịch tả lợn "
                          "châu Phi")
    assert meta.signer == "Lê Minh Tường"


def test_blanks_of_a_draft_are_no_columns() -> None:
    # "Số:      /BC-UBND" and "ngày    tháng 6" are blanks to fill in, one column each
    meta = extract_metadata(build_doc(UBND_REPORT, fmt="txt"), {})
    assert (meta.symbol, meta.place, meta.date) == ("BC-UBND", "Hà Giang", "2024-06")
