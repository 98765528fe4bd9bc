import pytest

from ktxh.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu ngân sách đạt 1.234,5 tỷ đồng. Chi thường xuyên giảm 2%.",
            ["Thu ngân sách đạt 1.234,5 tỷ đồng.", "Chi thường xuyên giảm 2%."],
        ),
        ("Tuyến QL.4B đã thông xe. Cầu mới chậm.", ["Tuyến QL.4B đã thông xe.", "Cầu mới chậm."]),
        ("Đoạn Km3+700 đến Km5+200 hoàn thành.", ["Đoạn Km3+700 đến Km5+200 hoàn thành."]),
        ("Tăng 5%; giảm 3%; Huyện A ổn định.", ["Tăng 5%; giảm 3%; Huyện A ổn định."]),
        ("Làm việc với PGS.TS. Nguyễn Văn An về đề án.", None),
        ("Mời TS. Trần Bình và ThS. Lê Hoa dự họp.", None),
        ("Hội nghị tại TP. Lạng Sơn và Tp. Hồ Chí Minh.", None),
        ("Rau, củ, quả v.v. Được bán tại chợ.", None),
        ("Xi măng, sắt thép... được cung ứng đủ.", None),
        ("Ông Nguyễn V. An phát biểu.", None),
        (
            "Máy móc, thiết bị... Năm nay giảm mạnh.",
            ["Máy móc, thiết bị...", "Năm nay giảm mạnh."],
        ),
        ("1. Về phát triển kinh tế", None),
        ("I. ĐÁNH GIÁ CHUNG", None),
        ("Điều 2. Giao Sở Tài chính chủ trì.", None),
        ("2.1. Nông nghiệp. Diện tích giảm.", ["2.1. Nông nghiệp.", "Diện tích giảm."]),
        ("Kết quả quý I. Tổng thu tăng.", ["Kết quả quý I.", "Tổng thu tăng."]),
        ("Có đạt không? Có! Vượt kế hoạch.", ["Có đạt không?", "Có!", "Vượt kế hoạch."]),
        ("Văn phòng thông báo để thực hiện./.", None),
        ("Đạt 95%. “Điểm sáng” là du lịch.", ["Đạt 95%.", "“Điểm sáng” là du lịch."]),
        ("Năm 2024 tăng 7,2%. 12 huyện đạt chuẩn.", ["Năm 2024 tăng 7,2%.", "12 huyện đạt chuẩn."]),
        ("   Có khoảng trắng.   ", ["Có khoảng trắng."]),
    ],
)
def test_split(text, expected):
    assert sentences(text) == (expected if expected is not None else [text])


def test_offsets_are_within_the_range():
    text = "Đầu. Một câu. Hai câu. Cuối."
    spans = split_sentences(text, 5, 22)
    assert [text[a:b] for a, b in spans] == ["Một câu.", "Hai câu."]
