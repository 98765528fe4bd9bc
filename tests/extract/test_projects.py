"""Projects: names and where they end, linking, forms, figures (own sentences)."""

from __future__ import annotations

import pytest

from ktxh.extract.project_names import cut_name, link, phase_of, project_key, same_project
from ktxh.extract.projects import find_projects
from ktxh.extract.records import Figure
from ktxh.text.model import Span
from ktxh.text.structure import build_doc


def projects(text: str, figures: tuple[Figure, ...] = ()):
    return find_projects(build_doc(text), {"figures": figures})


def names(text: str) -> list[str]:
    return [p.name for p in projects(text)]


NAMES = [
    # a colon after a bracket closes the name: "... (đoạn qua tỉnh X): Giao ..."
    ("Về mặt bằng dự án tuyến cao tốc Tân Phú - Bảo Lộc (đoạn qua tỉnh Lâm Đồng): Giao UBND "
     "huyện Bảo Lâm chủ trì hoàn thành bàn giao.",
     ["tuyến cao tốc Tân Phú - Bảo Lộc (đoạn qua tỉnh Lâm Đồng)"]),
    # after "dự án", cut before a stop word, "theo hình thức", a comma clause
    ("Đẩy nhanh tiến độ thi công dự án Hồ chứa nước Khuổi Lâm giai đoạn 2 để sớm tích nước.",
     ["Hồ chứa nước Khuổi Lâm giai đoạn 2"]),
    ("Triển khai dự án Khu công nghiệp Đông Sơn theo hình thức đối tác công tư (PPP).",
     ["Khu công nghiệp Đông Sơn"]),
    ("Dự án đường cao tốc Tân Phú - Bảo Lộc (khoảng 66km) đã bàn giao phần lớn mặt bằng.",
     ["đường cao tốc Tân Phú - Bảo Lộc"]),
    ("Đã cấp chủ trương cho dự án đầu tư Khu logistics Bảo Lâm với vốn đăng ký 900 tỷ đồng.",
     ["Khu logistics Bảo Lâm"]),
    ("Hoàn thành phần móng dự án Trụ sở làm việc các cơ quan khối tỉnh (giai đoạn II).",
     ["Trụ sở làm việc các cơ quan khối tỉnh (giai đoạn II)"]),
    ("Hoàn thành dự án Sửa chữa, nâng cấp đường tỉnh ĐT.229 trong quý III.",
     ["Sửa chữa, nâng cấp đường tỉnh ĐT.229"]),
    ("Tiếp tục triển khai dự án “Xây dựng cơ sở dữ liệu đất đai tỉnh” trong năm.",
     ["Xây dựng cơ sở dữ liệu đất đai tỉnh"]),
    ("Khởi công dự án Cầu Na Hình, dự án Kè bờ sông Bằng Giang (giai đoạn 1).",
     ["Cầu Na Hình", "Kè bờ sông Bằng Giang (giai đoạn 1)"]),
    ("Triển khai dự án Cấp nước thị trấn Na Dương sử dụng vốn vay ODA.",
     ["Cấp nước thị trấn Na Dương"]),
    ("Khởi công dự án tuyến đường kết nối Quốc lộ 1A với Quốc lộ 4B trong năm.",
     ["tuyến đường kết nối Quốc lộ 1A với Quốc lộ 4B"]),
    ("Hoàn thành tuyến cao tốc Đồng Đăng - Trà Lĩnh kết nối với cửa khẩu Tà Lùng.",
     ["tuyến cao tốc Đồng Đăng - Trà Lĩnh"]),
    ("Dự án ĐTXD công trình Trường THPT Việt Bắc đã hoàn thành.", ["Trường THPT Việt Bắc"]),
    ("Tiểu dự án Bồi thường, hỗ trợ, tái định cư Hồ chứa nước Bản Chè đã giải ngân 9 tỷ đồng.",
     ["Bồi thường, hỗ trợ, tái định cư Hồ chứa nước Bản Chè"]),
    ("Dự án Nhà máy xử lý rác thải thành phố (công suất 300 tấn/ngày) chậm tiến độ.",
     ["Nhà máy xử lý rác thải thành phố"]),
    ("Đã khởi công 03 nhà máy thủy điện (Bản Rạ, Nà Lừa, Khuổi Nà).",
     ["nhà máy thủy điện Bản Rạ", "nhà máy thủy điện Nà Lừa", "nhà máy thủy điện Khuổi Nà"]),
    ("DỰ ÁN ĐƯỜNG CAO TỐC ĐỒNG ĐĂNG - TRÀ LĨNH", ["ĐƯỜNG CAO TỐC ĐỒNG ĐĂNG - TRÀ LĨNH"]),
    ("Về Dự án đầu tư xây dựng công trình đường cao tốc Đồng Đăng - Trà Lĩnh theo hình thức "
     "đối tác công tư.", ["đường cao tốc Đồng Đăng - Trà Lĩnh"]),
    ("Khánh thành công trình Trụ sở làm việc Tỉnh ủy; khởi công công trình thủy lợi Khuổi Nà.",
     ["Trụ sở làm việc Tỉnh ủy", "thủy lợi Khuổi Nà"]),
    ("Ưu tiên vốn cho các công trình hạ tầng cấp thiết (giao thông, điện, thủy lợi).", []),
    ("Ký hiệp định dự án Phát triển hạ tầng các tỉnh miền núi phía Bắc: Hà Giang, Sơn La và "
     "Lai Châu với ADB.",
     ["Phát triển hạ tầng các tỉnh miền núi phía Bắc: Hà Giang, Sơn La và Lai Châu"]),
    ("Đôn đốc nhà thầu cải tạo, nâng cấp Quốc lộ 279 để kịp thông xe.",
     ["cải tạo, nâng cấp Quốc lộ 279"]),
    ("Hoàn thành dự án tỉnh lộ 229 đoạn Bình Gia - Văn Quan trong quý IV.",
     ["tỉnh lộ 229 đoạn Bình Gia - Văn Quan"]),
    # the name ends before the words of progress that follow it
    ("Dự án Đường Phủ Thông - Bằng Lãng khối lượng thực hiện ước đạt 60% giá trị hợp đồng.",
     ["Đường Phủ Thông - Bằng Lãng"]),
    ("Dự án Trường THPT Nà Phặc giá trị giải ngân đạt 30 tỷ đồng.", ["Trường THPT Nà Phặc"]),
    ("Dự án Khu tái định cư Bản Chang công tác giải phóng mặt bằng đạt 80%.",
     ["Khu tái định cư Bản Chang"]),
    ("Dự án Hồ chứa nước Nậm Cắt lũy kế giải ngân 210 tỷ đồng.", ["Hồ chứa nước Nậm Cắt"]),
    ("Dự án Kè sông Cầu ước giải ngân 45 tỷ đồng.", ["Kè sông Cầu"]),
    # a bracket with a kilometre post or a road locates the works
    ("Dự án Cầu Pác Cáp (Km45+200 Quốc lộ 3B) chậm tiến độ khoảng 4 tháng.", ["Cầu Pác Cáp"]),
    ("Dự án Cầu Nà Cù (lý trình Km7) đang thi công.", ["Cầu Nà Cù"]),
    ("Dự án Cầu Nà Cù (Quốc lộ 279) đang thi công.", ["Cầu Nà Cù"]),
    # lists after "các dự án ... như:", with ";" or ","
    ("Đã đưa vào sử dụng các công trình, dự án như: Cầu Hòa Bình; cầu Bắc Luân 2; "
     "tuyến tránh thị trấn Na Sầm.",
     ["Cầu Hòa Bình", "cầu Bắc Luân 2", "tuyến tránh thị trấn Na Sầm"]),
    ("Một số dự án lớn sẽ hoàn thành như: Nhà máy xi măng Đồng Bành, Hồ chứa nước Bản Chè, "
     "các dự án đầu tư vào khu du lịch...",
     ["Nhà máy xi măng Đồng Bành", "Hồ chứa nước Bản Chè"]),
    # a shared lead-in: "các dự án xây dựng hạ tầng A và B"
    ("Đang triển khai các dự án xây dựng hạ tầng Khu công nghiệp Na Dương và Khu chế xuất 2.",
     ["xây dựng hạ tầng Khu công nghiệp Na Dương", "xây dựng hạ tầng Khu chế xuất 2"]),
    # works heads without "dự án", in a sentence about building them
    ("Khẩn trương hoàn thành tuyến cao tốc Đồng Đăng - Trà Lĩnh, tạo động lực phát triển.",
     ["tuyến cao tốc Đồng Đăng - Trà Lĩnh"]),
    ("Đẩy nhanh tiến độ xây dựng Cầu Thác Mạ.", ["Cầu Thác Mạ"]),
    ("Đưa vào vận hành Nhà máy Thủy điện Bản Lạn giai đoạn 2; cải tạo đường nội thị.",
     ["Nhà máy Thủy điện Bản Lạn giai đoạn 2"]),
    # a name ends at its first predicate; a bracket of length, place or capital is no part
    ("Dự án đường bộ cao tốc Bắc - Nam phía Đông đoạn Quảng Ngãi - Hoài Nhơn (qua địa bàn "
     "tỉnh dài 41,2 km) cơ bản hoàn thành phần nền đường.",
     ["đường bộ cao tốc Bắc - Nam phía Đông đoạn Quảng Ngãi - Hoài Nhơn"]),
    ("Vật liệu đắp nền cho dự án cao tốc Tuyên Quang - Hà Giang thiếu, ảnh hưởng tiến độ.",
     ["cao tốc Tuyên Quang - Hà Giang"]),
    ("Dự án Nhà máy Nhiệt điện Quỳnh Lập (hình thức BOT) đang hoàn thiện hồ sơ.",
     ["Nhà máy Nhiệt điện Quỳnh Lập"]),
    ("Dự án Đường trục Bắc - Nam (vốn ngân sách tỉnh 360 tỷ đồng) mới giải ngân 20 tỷ đồng.",
     ["Đường trục Bắc - Nam"]),
    ("Dự án Cầu Hàm Rồng mới đạt 30% khối lượng.", ["Cầu Hàm Rồng"]),
    ("Dự án Khu đô thị mới Nam Hàm Rồng đã bàn giao 20 ha.", ["Khu đô thị mới Nam Hàm Rồng"]),
    # "với thị xã X" after "kết nối", "phục vụ Dự án X", "từ A đi/đến B" stay in the name
    ("Dự án Đường ven sông kết nối cao tốc Hà Nội - Hải Phòng với thị xã Kinh Môn (giai đoạn "
     "2) đã giải ngân 90 tỷ đồng.",
     ["Đường ven sông kết nối cao tốc Hà Nội - Hải Phòng với thị xã Kinh Môn (giai đoạn 2)"]),
    ("Dự án Hạ tầng khu tái định cư phục vụ Dự án Cảng nước sâu Mỹ Thủy: mới giải ngân 12 tỷ "
     "đồng.", ["Hạ tầng khu tái định cư phục vụ Dự án Cảng nước sâu Mỹ Thủy"]),
    ("Dự án Đường từ Cảng hàng không Đồng Hới đi Khu kinh tế Hòn La (giai đoạn 2) đang thi "
     "công.", ["Đường từ Cảng hàng không Đồng Hới đi Khu kinh tế Hòn La (giai đoạn 2)"]),
    ("Dự án Đường từ thị trấn Con Cuông đến xã Môn Sơn đạt 40% khối lượng.",
     ["Đường từ thị trấn Con Cuông đến xã Môn Sơn"]),
    ("Dự án Hồ chứa nước Bản Mồng từ năm 2020 đến nay đã tích nước.", ["Hồ chứa nước Bản Mồng"]),
    # a part named in lower case
    ("Dự án cao tốc Cam Lộ - La Sơn đã thông xe; dự án thành phần đoạn Vạn Ninh - Cam Lộ đạt "
     "82% giá trị hợp đồng.",
     ["cao tốc Cam Lộ - La Sơn", "dự án thành phần đoạn Vạn Ninh - Cam Lộ"]),
    # not projects
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Bình phối hợp "
     "với nhà thầu đẩy nhanh tiến độ.", []),
    ("Ban Quản lý các dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh tập trung "
     "hoàn thiện hồ sơ.", []),
    ("Tập trung đẩy nhanh tiến độ các dự án trọng điểm, dự án đầu tư công.", []),
    ("Rà soát các dự án có tổng mức đầu tư trên 50 tỷ đồng.", []),
    ("Góp ý dự án Luật Đất đai (sửa đổi) và dự án Nghị định về đầu tư.", []),
    ("Trên địa bàn hiện có 45 dự án FDI và 12 dự án ODA đang triển khai.", []),
    ("Đáp ứng nhu cầu Nhân dân về nhà ở, xây dựng thêm nhà ở xã hội.", []),
    ("Ban Quản lý dự án Đầu tư xây dựng tỉnh đang lập hồ sơ mời thầu.", []),
    ("Thu hút đầu tư vào Khu công nghiệp Đồng Bành đạt kết quả tích cực.", []),
    ("Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo.", []),
    ("Giải ngân các dự án Trung ương đầu tư trên địa bàn và dự án nhóm A của tỉnh.", []),
    ("Xây dựng trụ sở mới cho Chi cục Thuế tại quận Cầu Giấy.", []),
    ("Sản lượng điện của Nhà máy Thủy điện Bản Chát tăng 5% so với cùng kỳ.", []),
    ("Đầu tư xây dựng hạ tầng khu, cụm công nghiệp và khu vực cửa khẩu.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_one_project_many_mentions() -> None:
    text = (
        "Dự án Hồ chứa nước Nà Pàn được khởi công trong tháng 3. "
        "Đến nay dự án Hồ chứa nước Nà Pàn giai đoạn 1 đã hoàn thành đập chính."
    )
    found = projects(text)
    assert [p.name for p in found] == ["Hồ chứa nước Nà Pàn"]


@pytest.mark.parametrize(
    "text",
    [
        "Dự án Cầu Pác Cáp (Km45+200 Quốc lộ 3B) chậm tiến độ. Đề nghị đẩy nhanh tiến độ dự án "
        "Cầu Pác Cáp.",
        "Công trình cải tạo Quốc lộ 3B đoạn Km12+500 - Km27 đã thông tuyến. Yêu cầu Sở Xây dựng "
        "kiểm tra chất lượng công trình Quốc lộ 3B.",
    ],
)
def test_a_located_or_shortened_mention_is_the_same_project(text: str) -> None:
    assert len(projects(text)) == 1


SAME = [
    ("Dự án đường cao tốc Hữu Nghị - Chi Lăng", "tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng"),
    ("đường cao tốc Lạng Sơn - Hà Nội (đoạn Hữu Nghị - Chi Lăng)",
     "Đoạn cao tốc Chi Lăng - Hữu Nghị"),
    ("Nhiệt điện Na Dương II", "Nhà máy Nhiệt điện Na Dương giai đoạn 2"),
    ("Bệnh viện đa khoa tỉnh (500 giường)", "Bệnh viện đa khoa tỉnh 500 giường"),
    ("Hồ chứa nước Bản Lải", "Hồ chứa nước Bản Lải giai đoạn 1"),
    ("dự án Khu đô thị mới Mai Pha", "Khu đô thị mới Mai Pha"),
    ("Cụm công nghiệp Hợp Thành 1, 2", "cụm công nghiệp Hợp thành 1, 2 (huyện Cao Lộc)"),
    ("Bản Lải", "Hồ chứa nước Bản Lải"),
    ("Cầu Mỵ (Km78 Quốc lộ 32)", "dự án Cầu Mỵ"),
    ("Quốc lộ 3B", "cải tạo Quốc lộ 3B đoạn Km12+500 - Km27"),
]
NOT_SAME = [
    ("tuyến cao tốc Bắc Giang - Lạng Sơn (đoạn Bắc Giang - Chi Lăng)",
     "Đoạn cao tốc Chi Lăng - Hữu Nghị"),
    ("Hồ chứa nước Bản Lải giai đoạn 1", "Hồ chứa nước Bản Lải giai đoạn 2"),
    ("Khu chế xuất 1", "Khu chế xuất 2"),
    ("Cầu Kỳ Cùng", "Công viên bờ sông Kỳ Cùng"),
    ("Khu đô thị Nam Hoàng Đồng", "Khu đô thị Phú Lộc"),
    ("nhà máy thủy điện Nà Lừa", "nhà máy thủy điện Khuổi Nà"),
    ("Bản Lải", "Hồ chứa nước Bản Chè"),
    ("cải tạo Quốc lộ 3B đoạn Km0 - Km10", "cải tạo Quốc lộ 3B đoạn Km12+500 - Km27"),
    ("Quốc lộ 3B", "Quốc lộ 3"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_project(a: str, b: str) -> None:
    assert same_project(a, b) and same_project(b, a)


@pytest.mark.parametrize(("a", "b"), NOT_SAME)
def test_not_same_project(a: str, b: str) -> None:
    assert not same_project(a, b) and not same_project(b, a)


KEYS = [
    ("Dự án đường cao tốc Hữu Nghị - Chi Lăng", "cao tốc|chi lăng~hữu nghị"),
    ("Hồ chứa nước Bản Lải giai đoạn 1", "hồ chứa nước bản lải#1"),
    ("Công viên bờ sông Kỳ Cùng (giai đoạn II)", "công viên bờ sông kỳ cùng#2"),
    ("đầu tư xây dựng kết cấu hạ tầng Khu chế xuất 1", "khu chế xuất 1"),
    ("Cầu Mỵ (Km78 Quốc lộ 32)", "cầu mỵ"),
]


@pytest.mark.parametrize(("name", "key"), KEYS)
def test_project_key(name: str, key: str) -> None:
    assert project_key(name) == key


@pytest.mark.parametrize(
    ("name", "phase"),
    [("Hồ Bản Lải giai đoạn 1", "1"), ("Công viên (giai đoạn II)", "2"),
     ("Nhiệt điện Na Dương II", "2"), ("Cầu Kỳ Cùng", None)],
)
def test_phase(name: str, phase: str | None) -> None:
    assert phase_of(name) == phase


FORMS = [
    ("Thực hiện dự án Cầu Bến Lức theo hình thức BOT.", "BOT"),
    ("Kêu gọi đầu tư dự án Khu đô thị Bắc Sơn theo hình thức đối tác công tư.", "PPP"),
    ("Hoàn thành dự án Đường Tân Minh theo hợp đồng BT.", "BT"),
    ("Triển khai dự án Cấp nước thị trấn Na Dương sử dụng vốn vay ODA của JICA.", "ODA"),
    ("Triển khai dự án Cấp nước thị trấn Na Dương bằng vốn ngân sách tỉnh.", None),
    ("Thực hiện dự án Sửa chữa và nâng cao an toàn đập (WB8) tại các huyện.", "ODA"),
    ("Hoàn thành dự án Chợ Kỳ Lừa; các dự án ODA khác chậm tiến độ.", None),
    ("Dự án BOT cải tạo, nâng cấp Quốc lộ 1A đoạn tránh thành phố đã hoàn thành.", "BOT"),
]


@pytest.mark.parametrize(("text", "form"), FORMS)
def test_form(text: str, form: str | None) -> None:
    (p,) = projects(text)
    assert p.form == form


def _figure(text: str, number: str, value: float, unit: str, kind: str,
            value_max: float | None = None) -> Figure:
    i = text.index(number)
    return Figure(indicator="x", value=value, unit=unit, kind=kind, span=Span(i, i + len(number)),
                  quote=number, value_max=value_max, value_span=Span(i, i + len(number)))


def test_progress_figures_attach_to_their_project() -> None:
    text = (
        "Dự án Hồ chứa nước Bản Mới đã bàn giao được 120,5/300 ha mặt bằng, giải ngân đạt "
        "35,2% kế hoạch vốn; dự án Cầu Pác Luống thi công đạt 15,4km/60km."
    )
    figs = (
        _figure(text, "120,5/300", 120.5, "ha", "progress", 300),
        _figure(text, "35,2", 35.2, "%", "pct_of_plan"),
        _figure(text, "15,4km/60", 15.4, "km", "progress", 60),
    )
    a, b = projects(text, figs)
    assert [f.value for f in a.figures] == [120.5, 35.2]
    assert [f.value for f in b.figures] == [15.4]
    assert a.quote.startswith("Dự án Hồ chứa nước Bản Mới")


def test_sizes_in_name_become_figures() -> None:
    text = "Khởi công dự án đường cao tốc Tân Phú - Bảo Lộc (khoảng 66km) trong quý II."
    (p,) = projects(text)
    assert [(f.value, f.unit, f.indicator) for f in p.figures] == [(66.0, "km", "chiều dài")]


def test_counts_of_works_are_not_project_figures() -> None:
    text = "Đã đưa vào sử dụng 03 dự án, trong đó có dự án Cầu Na Sầm với vốn 120 tỷ đồng."
    figs = (
        _figure(text, "03", 3, "dự án", "level"),
        _figure(text, "120", 120, "tỷ đồng", "level"),
    )
    (p,) = projects(text, figs)
    assert [f.value for f in p.figures] == [120]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hoàn thành Khu chợ đầu mối nông sản với vốn 50 tỷ đồng.", "Khu chợ đầu mối nông sản"),
        ("nâng cấp đoạn Km5+200 - Km21, Quốc lộ 3B: xong", "đoạn Km5+200 - Km21, Quốc lộ 3B"),
        ("xây dựng Khu di tích Bắc Sơn và các điểm du lịch cộng đồng", "Khu di tích Bắc Sơn"),
    ],
)
def test_cut_name(text: str, name: str) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isupper() or text.startswith("đoạn", i))
    cut = cut_name(text, start, len(text))
    assert cut is not None and cut.name == name


def test_figures_of_a_list_item_and_later_sentences() -> None:
    text = (
        "- Dự án Trường Dân tộc nội trú tỉnh: bàn giao 12/20 ha; giải ngân 40 tỷ đồng.\n\n"
        "- Dự án Bệnh viện Phục hồi chức năng tỉnh khởi công năm 2023. Đến nay, dự án đã "
        "giải ngân 90 tỷ đồng. Sở Y tế đề nghị bổ sung 15 tỷ đồng cho Trung tâm Y tế huyện.\n"
    )
    figs = (
        _figure(text, "12/20", 12, "ha", "progress", 20),
        _figure(text, "40", 40, "tỷ đồng", "level"),
        _figure(text, "90", 90, "tỷ đồng", "level"),
        _figure(text, "15", 15, "tỷ đồng", "level"),
    )
    school, hospital = projects(text, figs)
    assert [f.value for f in school.figures] == [12, 40]
    assert [f.value for f in hospital.figures] == [90]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Khởi công dự án Khu dân cư Bến Bắc (thành phố Lạng Sơn) trong quý II.",
         "thành phố Lạng Sơn"),
        ("Hoàn thành dự án Chợ Đông Kinh tại huyện Cao Lộc trong năm.", "huyện Cao Lộc"),
        ("Hoàn thành dự án Chợ Đông Kinh trong năm.", None),
    ],
)
def test_place(text: str, place: str | None) -> None:
    (p,) = projects(text)
    assert p.place == place


def test_link_across_documents() -> None:
    known = ["Khu đô thị mới Mai Pha", "Hồ chứa nước Bản Lải giai đoạn 1", "Cầu Kỳ Cùng"]
    assert link("dự án Hồ chứa nước Bản Lải", known) == 1
    assert link("cầu Kỳ Cùng", known) == 2
    assert link("Hồ chứa nước Bản Lải giai đoạn 2", known) is None


def test_heading_names_the_project_of_the_paragraphs_below() -> None:
    doc = build_doc(
        "**I. CÁC DỰ ÁN**\n\n"
        "**1. Dự án Cầu Na Hình**\n\n"
        "Dự án đầu tư theo hình thức BOT tại huyện Văn Lãng. Tổng chiều dài 1,2 km; "
        "đã hoàn thành 0,8/1,2 km.\n\n"
        "**2. Dự án Chợ Đông Kinh mới**\n\n"
        "Giải ngân 40 tỷ đồng.\n"
    )
    text = doc.text

    def fig(number: str, value: float, unit: str, kind: str, vmax: float | None = None):
        i = text.index(number)
        return Figure(indicator="x", value=value, unit=unit, kind=kind, span=Span(i, i + 3),
                      quote=number, value_max=vmax, value_span=Span(i, i + len(number)))

    figs = (fig("1,2 km", 1.2, "km", "level"), fig("0,8/1,2", 0.8, "km", "progress", 1.2),
            fig("40", 40, "tỷ đồng", "level"))
    bridge, market = find_projects(doc, {"figures": figs})
    assert (bridge.name, bridge.form, bridge.place) == ("Cầu Na Hình", "BOT", "huyện Văn Lãng")
    assert [f.value for f in bridge.figures] == [1.2, 0.8]
    assert [f.value for f in market.figures] == [40]


def test_table_rows_name_projects() -> None:
    doc = build_doc(
        "| STT | Tên dự án | Tổng mức đầu tư |\n|---|---|---|\n"
        "| I | Ngành nông nghiệp | 900 |\n"
        "| 1 | Dự án Hồ chứa nước Khuổi Lầy | 600 |\n"
        "| 2 | Kè bờ sông Kỳ Cùng (giai đoạn 3) | 300 |\n"
    )
    found = find_projects(doc, {"figures": ()})
    assert [p.name for p in found] == ["Hồ chứa nước Khuổi Lầy", "Kè bờ sông Kỳ Cùng (giai đoạn 3)"]
    assert "600" in found[0].quote  # the row is the quote


HEADINGS = (
    "**BÁO CÁO**\n\n**Tiến độ các dự án trọng điểm quý I năm 2025**\n\n"
    "**I. TÌNH HÌNH GIẢI NGÂN**\n\n"
    "| TT | Dự án | Tổng mức đầu tư (tỷ đồng) | Giải ngân đến 31/3/2025 (tỷ đồng) |\n"
    "|---|---|---|---|\n"
    "| 1 | Hạ tầng Khu công nghiệp Đông Hồi (giai đoạn 2) | 1.820 | 35,6 |\n\n"
    "**II. TIẾN ĐỘ TỪNG DỰ ÁN**\n\n"
    "**1. Dự án Hạ tầng Khu công nghiệp Đông Hồi (giai đoạn 2)**\n\n"
    "Diện tích quy hoạch 140 ha; đã giải phóng mặt bằng 101,5/140 ha. Tỷ lệ lấp đầy Khu "
    "công nghiệp Đông Hồi giai đoạn 1 đạt 78,6%.\n\n"
    "**2. Các dự án đầu tư theo phương thức đối tác công tư (PPP)**\n\n"
    "Dự án đường cao tốc Bắc Hồi - Nam Hồi đã hoàn thành 35% khối lượng.\n"
)


def test_a_table_row_and_a_heading_name_one_project() -> None:
    """The row's figures and the section's go to one project; a sentence on
    another phase of it under its heading is about it; a heading of one form
    gives it to the projects under it."""
    from ktxh.extract.pipeline import extract

    found = extract(build_doc(HEADINGS)).projects
    assert [(p.name, p.form) for p in found] == [
        ("Hạ tầng Khu công nghiệp Đông Hồi (giai đoạn 2)", None),
        ("đường cao tốc Bắc Hồi - Nam Hồi", "PPP"),
    ]
    assert [(f.indicator, f.value, f.period) for f in found[0].figures] == [
        ("tổng mức đầu tư", 1820.0, None),
        ("giải ngân", 35.6, "2025-Q1"),
        ("Diện tích quy hoạch", 140.0, None),
        ("giải phóng mặt bằng", 101.5, "2025-Q1"),
        ("Tỷ lệ lấp đầy Khu công nghiệp Đông Hồi giai đoạn 1", 78.6, "2025-Q1"),
    ]
