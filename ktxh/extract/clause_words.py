"""The words of task clauses: verbs that open an action, words that narrate or
state, heads and groups of bodies, places after "UBND", abbreviations.

Read by :mod:`ktxh.extract.clauses`; all lower case, new-style tones (``Doc.folded``).
"""

from __future__ import annotations

# "có" narrates, but not in these: "Đối với dự án …, có văn bản đề xuất cắt giảm vốn"
VERBS_WITH_CO = ("có văn bản", "có ý kiến", "có kế hoạch", "có phương án", "có giải pháp",
                 "có biện pháp")
# Verbs (and adverbs) that open an action: a body's name ends before them.
# "Bộ Tài chính | hướng dẫn ...", "Sở Y tế | tổ chức ...".
ACTION_PHRASES = (
    "chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "khẩn trương", "chủ động",
    "tích cực", "tập trung", "tiếp tục", "kịp thời", "nghiêm túc", "quyết liệt",
    "thường xuyên", "rà soát", "xây dựng", "đề xuất", "nghiên cứu", "xem xét", "tổng hợp",
    "thực hiện", "triển khai", "hướng dẫn", "chỉ đạo", "tham mưu", "báo cáo", "hoàn thành",
    "hoàn thiện", "tổ chức", "kiểm tra", "đôn đốc", "theo dõi", "đánh giá", "bố trí",
    "cân đối", "phân bổ", "giải quyết", "xử lý", "hỗ trợ", "tăng cường", "đẩy mạnh",
    "đẩy nhanh", "làm việc", "ban hành", "sửa đổi", "bổ sung", "điều chỉnh", "cập nhật",
    "thẩm định", "thẩm tra", "phê duyệt", "tuyên truyền", "vận động", "quán triệt",
    "nâng cao", "đảm bảo", "bảo đảm", "làm rõ", "thống nhất", "hoàn chỉnh", "chuẩn bị",
    "cung cấp", "giám sát", "quản lý", "tháo gỡ", "thu xếp", "thu hồi", "phát triển",
    "tạo điều kiện", "khắc phục", "căn cứ", "tiếp nhận", "phân công", "phổ biến",
    "công bố", "kiểm điểm", "làm tốt", "phát huy", "huy động", "ưu tiên", "quan tâm",
    "chấn chỉnh", "thanh tra", "phấn đấu", "cải thiện", "mở rộng", "duy trì", "củng cố",
    "đổi mới", "sắp xếp", "ứng dụng", "trực tiếp", "tiếp công dân", "đối thoại", "nắm bắt",
    "dự báo", "phòng chống", "ngăn chặn", "lựa chọn", "thanh toán", "quyết toán",
    "giải ngân", "nghiệm thu", "bàn giao", "đưa vào", "khảo sát", "lấy ý kiến",
    "thông qua", "soạn thảo", "dự thảo", "hoàn tất", "đàm phán", "ký kết", "cần",
    "công khai", "niêm yết", "tiếp thu", "kiện toàn", "thành lập", "tham gia", "tổng kết",
    "sơ kết", "tập huấn", "bồi dưỡng", "xác định", "xác minh", "bảo vệ", "phòng ngừa",
    "kiểm soát", "kêu gọi", "nộp", "hoàn trả", "giải trình", "vận hành", "sửa chữa",
    "nâng cấp", "di dời", "trả lời", "phản hồi", "rút kinh nghiệm", "điều tra", "cử",
    "cam kết", "số hóa", "mở", "lãnh đạo, chỉ đạo", "dự tính", "kiên quyết",
    # advice, care, relief and control in the field: "…; khuyến cáo nhà vườn trữ nước ngọt"
    "khuyến cáo", "khuyến khích", "lan tỏa", "khen thưởng", "tích trữ", "nạo vét", "gia cố",
    "khơi thông", "vận chuyển", "cấp phát", "chi trả", "thăm hỏi", "động viên",
    "hạn chế", "nghiêm cấm", "tuyệt đối không", "không để", "truy quét", "xử phạt",
    "chấp hành", "tuân thủ", "sơ tán", "khôi phục", "chăm sóc", "thu gom",
    # more of what is done, not a growth: "tăng thời lượng phát sóng", "tăng tần suất tuần tra"
    "tăng thời lượng", "tăng tần suất", "tăng thời gian", "tăng số lượng",
    *VERBS_WITH_CO,
    # a body that asks: "Sở Tài chính | đề nghị các cơ quan, đơn vị: ..."
    "đề nghị", "kiến nghị", "yêu cầu",
    "phải", "sớm", "trình", "lập", "giao", "gửi", "cấp", "làm", "định kỳ", "hằng năm",
    "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng",
)
# Verbs that open an action but go on inside a name: "Ban Chỉ đạo chuyển đổi số tỉnh", "Văn
# phòng đăng ký đất đai", "Trung tâm kết nối việc làm" (a name does not end before them).
ACTION_IN_NAMES = (
    "lắp đặt", "trang bị", "tuần tra", "thu hút", "chuyển đổi", "đăng ký", "giải phóng",
    "áp dụng", "kết nối", "ứng phó", "chăm lo", "đào tạo", "lồng ghép", "cưỡng chế", "kiểm kê",
    "đo đạc", "nhân rộng",
    # "Trung tâm giới thiệu việc làm", "Trung tâm xúc tiến đầu tư", "Ban Chỉ đạo … tìm kiếm cứu
    # nạn", "Chi cục dự trữ", "Trạm quan trắc": "…; giới thiệu các mô hình thoát nghèo"
    "giới thiệu", "xúc tiến", "quảng bá", "cứu hộ", "cứu nạn", "dự trữ", "bảo tồn", "quan trắc",
    "cảnh báo",
)
# After a subject, these say the sentence narrates or describes: no task.
# "Sở Y tế đã ...", "UBND tỉnh được ...", "Văn phòng Chính phủ thông báo ...".
NARRATIVE_WORDS = (
    "đã", "đang", "được", "bị", "vẫn", "đạt", "là", "còn", "chưa", "có", "thông báo",
    "kính", "trân trọng", "cho biết",
    "sẽ", "luôn", "không", "gồm", "với", "về", "của", "trong", "tại", "và",
)
# After the subject of a clause (not after "giao", "đề nghị"), these state what the
# body itself holds: "HĐND tỉnh cơ bản tán thành đánh giá ...", "Thủ tướng đánh giá cao
# ...". ("Đề nghị Bộ Tài chính đồng ý cho tỉnh ..." is still a request.)
STATEMENT_WORDS = (
    "tán thành", "cơ bản", "thông qua", "ghi nhận", "đánh giá cao", "nhất trí", "đồng ý",
    "biểu dương", "hoan nghênh", "khen ngợi", "chúc mừng", "cảm ơn", "đồng tình", "ủng hộ",
    "quyết nghị",
    # a status held: "Trạm Y tế xã duy trì đạt Bộ tiêu chí quốc gia về y tế"
    "duy trì đạt", "tiếp tục đạt", "đều đạt",
)
# Markers that make a subject clause a task outside the "nhiệm vụ" sections.
STRONG_MARKERS = ("chủ trì", "có trách nhiệm", "chịu trách nhiệm", "cần", "phải", "khẩn trương")

# Words that urge, opening the action of a group qualified by what it has not done: "Các đơn vị
# chưa nộp báo cáo | khẩn trương hoàn thành".
URGING = ("khẩn trương", "kịp thời", "nghiêm túc", "có trách nhiệm", "cần", "phải", "chủ động",
          "tập trung", "sớm")

# Heads of a named body; the name follows with a capital letter.
NAMED_HEADS = (
    "ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "ủy ban mặt trận tổ quốc",
    "ubmttq", "ubmttqvn",
    "ủy ban", "tổng cục", "chi cục", "bộ chỉ huy", "bộ", "sở", "ban", "cục", "ngân hàng",
    "văn phòng", "kho bạc", "công an", "thanh tra", "đài", "báo", "tỉnh đoàn", "hội",
    "liên đoàn", "liên minh", "trường", "viện", "trung tâm", "quỹ", "tập đoàn", "tổng công ty",
    "công ty", "bảo hiểm xã hội", "tòa án nhân dân", "viện kiểm sát nhân dân", "thường trực",
    "hiệp hội", "thuế",
    # since 2025: "Phòng Quản lý công nghiệp" (of a Sở), "Vườn quốc gia Bạch Mã", "Đảng ủy Ủy
    # ban nhân dân tỉnh", "Báo và Phát thanh, Truyền hình Quảng Trị" (a paper and a station merged)
    "phòng", "vườn quốc gia", "đảng ủy", "báo và phát thanh, truyền hình",
    # units of a huyện or a Sở: "Trạm Khuyến nông huyện", "Hạt Kiểm lâm", "Đội Quản lý thị
    # trường số 2", "Chi nhánh Văn phòng Đăng ký đất đai"
    "trạm", "hạt", "đội", "chi nhánh",
    # party bodies in a state body (documents of a Tỉnh ủy): "Ban cán sự đảng UBND tỉnh",
    # "Đảng đoàn HĐND tỉnh", "Đảng đoàn MTTQ tỉnh"
    "ban cán sự đảng", "đảng đoàn",
)
# Heads that go on inside a name and end none: "Ban Thường vụ | Đảng ủy xã" is one name,
# "Trung tâm | Phòng chống bệnh tật" too.
INNER_HEADS = ("đảng ủy", "phòng", "chi nhánh")  # "Ngân hàng Nhà nước Chi nhánh Khu vực 4"
# Bodies named without a proper name.
FIXED_BODIES = {
    "thủ tướng chính phủ": "Thủ tướng Chính phủ",
    "tỉnh đoàn": "Tỉnh đoàn",
    "thủ tướng": "Thủ tướng Chính phủ",
    "chính phủ": "Chính phủ",
    "quốc hội": "Quốc hội",
    "trung ương": "Trung ương",
    "nhà đầu tư": "nhà đầu tư",
    "chủ đầu tư": "chủ đầu tư",
    "các nhà đầu tư": "các nhà đầu tư",
    "tỉnh ủy": "Tỉnh ủy",
    "đảng ủy các cơ quan đảng tỉnh": "Đảng ủy các cơ quan Đảng tỉnh",
    # a sector named as a body: "…; phối hợp với ngành y tế giám sát ca bệnh"
    "ngành y tế": "ngành y tế",
    "ngành giáo dục": "ngành giáo dục",
    "ngành giáo dục và đào tạo": "ngành giáo dục và đào tạo",
}
# Bodies a group belongs to: "các Ban của HĐND tỉnh", "các đại biểu Quốc hội" (the first
# three without "của").
OWNER_HEADS = ("hội đồng nhân dân", "hđnd", "quốc hội", "ủy ban nhân dân", "ubnd", "tỉnh ủy")
# Titles of persons who head a body: "Chủ tịch UBND các huyện", "Thủ trưởng các cơ quan".
TITLES = ("phó chủ tịch", "chủ tịch", "thủ trưởng", "giám đốc", "người đứng đầu", "lãnh đạo")
# Nouns of a group: "các sở, ban, ngành", "các cấp, các ngành", "các cơ quan liên quan".
GROUP_NOUNS = (
    "tổ chức chính trị - xã hội", "đoàn thể chính trị - xã hội", "tổ chức xã hội", "tổ chức",
    "cơ quan", "đơn vị", "địa phương",
    "bộ", "ngành", "sở", "ban", "cấp", "quận", "huyện", "thành phố", "thị xã", "xã", "phường",
    "thị trấn", "doanh nghiệp", "hội", "đoàn thể", "ủy ban nhân dân", "ubnd", "nhà đầu tư",
    "chủ đầu tư", "ngân hàng thương mại", "ngân hàng", "tổ đại biểu", "đại biểu",
    "ban quản lý dự án", "ban quản lý", "ban quản lý rừng phòng hộ",
    "ban quản lý rừng đặc dụng", "ban quản lý rừng", "đặc khu", "chủ rừng", "hợp tác xã",
    "tổ chức tín dụng",
    "đảng ủy",  # "các đảng ủy trực thuộc Tỉnh ủy"
    "bệnh viện",  # "Các bệnh viện tuyến tỉnh triển khai bệnh án điện tử"
)
GROUP_TAILS = (
    "có liên quan", "liên quan", "trung ương", "thuộc tỉnh", "trực thuộc", "trên địa bàn tỉnh",
    "trên địa bàn", "của tỉnh", "cấp tỉnh", "cấp huyện", "cấp xã", "các cấp", "tỉnh",
    # of a huyện: "các đoàn thể chính trị - xã hội huyện", "các phòng, ban thuộc huyện"
    "huyện", "trên địa bàn huyện", "thuộc huyện", "của huyện",
    # "các đảng ủy trực thuộc Tỉnh ủy", "các chi bộ trực thuộc Huyện ủy"
    "trực thuộc tỉnh ủy", "trực thuộc huyện ủy", "trực thuộc thành ủy", "trực thuộc thị ủy",
    "chuyên môn", "chức năng", "chuyên ngành", "hành chính", "nhà nước", "được giao",
    "tuyến tỉnh", "tuyến huyện",  # "các bệnh viện tuyến tỉnh"
)
# Places after "UBND"/"Ủy ban nhân dân": "tỉnh Lạng Sơn", "các huyện, thành phố", "quận Sơn
# Trà", "các quận, huyện, thị xã" (of a centrally-run city).
UNIT_WORDS = ("tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn",
              "cấp tỉnh", "cấp huyện", "cấp xã", "đặc khu")
# Abbreviations spelled out in canonical names.
ABBREVIATIONS = {
    "ubnd": "Ủy ban nhân dân", "hđnd": "Hội đồng nhân dân", "ptnt": "Phát triển nông thôn",
    "mttq": "Mặt trận Tổ quốc", "kh&đt": "Kế hoạch và Đầu tư", "khđt": "Kế hoạch và Đầu tư",
    "tn&mt": "Tài nguyên và Môi trường", "gtvt": "Giao thông vận tải",
    "nn&ptnt": "Nông nghiệp và Phát triển nông thôn", "ttg": "Thủ tướng",
    # the offices of a huyện: "Phòng LĐ-TB&XH", "Phòng TC-KH", "Phòng VH&TT", "Phòng GD&ĐT"
    "lđ-tb&xh": "Lao động - Thương binh và Xã hội", "lđtb&xh": "Lao động - Thương binh và Xã hội",
    "lđtbxh": "Lao động - Thương binh và Xã hội", "tc-kh": "Tài chính - Kế hoạch",
    "tckh": "Tài chính - Kế hoạch", "tnmt": "Tài nguyên và Môi trường",
    "vh&tt": "Văn hóa và Thông tin", "gd&đt": "Giáo dục và Đào tạo", "gdđt": "Giáo dục và Đào tạo",
    "kt-ht": "Kinh tế - Hạ tầng", "kt&ht": "Kinh tế và Hạ tầng", "qlđt": "Quản lý đô thị",
    "nn&mt": "Nông nghiệp và Môi trường", "kh&cn": "Khoa học và Công nghệ",
    "tt&tt": "Thông tin và Truyền thông", "vhtt&dl": "Văn hóa, Thể thao và Du lịch",
    "ubmttq": "Ủy ban Mặt trận Tổ quốc", "ubmttqvn": "Ủy ban Mặt trận Tổ quốc Việt Nam",
}

# Function words that end a proper name: "Bộ Tài chính | và các cơ quan ...".
NAME_STOP = frozenset(
    (
        "các", "với", "và", "để", "trong", "theo", "tại", "của", "cho", "về", "có", "được", "đã",
        "là", "thì", "mà", "nhằm", "từ", "đến", "những", "này", "đó", "khi", "nếu", "sau", "trước",
        "trên", "dưới", "bằng", "như", "hoặc", "cùng",
        "lần", "tương",  # "Sở Tài chính, Sở Xây dựng | lần lượt: …", "… | tương ứng: …"
    )
)
# What a report or a submission carries, named right after its body: a name read in lower
# case ends before them. "báo cáo Sở Tài chính | kết quả thực hiện", "gửi Sở Xây dựng | danh
# sách các dự án", "báo cáo Ban Quản lý dự án … tỉnh | tình hình …". ("thông tin" is not
# one: "Trung tâm Công nghệ thông tin và Truyền thông".)
REPORTED_OBJECTS = (
    "kết quả", "tình hình", "nguyên nhân", "giải pháp", "biện pháp", "danh sách", "số liệu",
    "nội dung", "ý kiến", "văn bản", "hồ sơ", "tài liệu", "tiến độ", "phương án", "kế hoạch",
    "dự toán", "nhu cầu", "tờ trình", "khó khăn", "vướng mắc",
)
# A project board's name runs over lower-case words to the verb: "Ban Quản lý dự án đầu tư
# xây dựng các công trình giao thông tỉnh | báo cáo ..."; these words of such names are
# verbs elsewhere, and these function words end it.
PROJECT_NAME_WORDS = ("xây dựng", "đầu tư", "công trình", "giao thông", "nông nghiệp", "dân dụng",
                       "phát triển nông thôn", "phát triển đô thị", "phát triển")
BOARD_STOP = frozenset(
    ("để", "theo", "tại", "trong", "với", "về", "cho", "nhằm", "từ", "đến", "khi", "nếu", "này",
     "đó", "thì", "mà", "có", "được", "đã", "là", "những", "trên", "dưới", "sau", "trước",
     "hoặc", "cùng", "bằng", "như")
)
