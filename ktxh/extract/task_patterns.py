"""The words of task sentences as patterns: list labels, lead-ins, the verbs
that assign or request, markers of a lead's role ("chủ trì", "phối hợp với"),
and the headings of the sections where subject clauses are directives.

Read by :mod:`ktxh.extract.tasks`, :mod:`ktxh.extract.task_heads`,
:mod:`ktxh.extract.task_leads` and :mod:`ktxh.extract.task_owners`; all patterns run
on ``Doc.folded`` (lower case, new-style tones).
"""

from __future__ import annotations

import re

from ktxh.extract.wordre import word_start

# Headings of the sections where a bare subject clause is a directive.
DIRECTIVE_HEADING = re.compile(
    r"nhiệm vụ|giải pháp|tổ chức thực hiện|kiến nghị|đề xuất|phương hướng|kết luận"
)
# ... unless the heading reports what was done: "Tình hình thực hiện nhiệm vụ quý I"
NARRATIVE_HEADING = re.compile(r"tình hình|kết quả|đánh giá|công tác chỉ đạo|đã đạt")
# "đã", "đang" soon after the subject: narration ("Sở X phối hợp ... đã tổ chức")
PAST = re.compile(r"[^.;]{0,40}?\b(?:đã|đang)\s")
# ... unless it qualifies a noun of a directive's action: "Tập trung vận động 12 hộ | đã phê
# duyệt phương án ...", "Khẩn trương thi công các đoạn | đã có mặt bằng"; after a comma or a
# conjunction it still narrates ("UBND huyện tích cực triển khai, đã bàn giao ...")
NARRATED = re.compile(r"(?:,|\b(?:và|nên|cũng|vẫn|đều|bước đầu|qua đó|do đó|từ đó))\s*$")
PAST_CLAUSE = re.compile(r"[^.;]{0,80}?\b(?:đã|đang)\s")
# its words and how far into the clause they may start: a clause without them is no
# match (two str.find, cheaper than the lazy scan of the regex)
PAST_CLAUSE_WORDS = ("đã", "đang")
PAST_CLAUSE_REACH = 80
MAJOR_HEADING = re.compile(r"^\s*(?:phần\s+\w+|[ivxlc]+\.|chương\s+\w+)\b")
DIRECTIVE_TYPES = {"thong_bao", "chi_thi", "quyet_dinh", "cong_van", "nghi_quyet"}
END_OF_BODY = re.compile(r"\s*nơi nhận\b")
# list labels and lead-in words before the subject of a clause
LABEL = re.compile(r"\s*(?:[-+•*–]\s*|\(?\d+(?:\.\d+)*[.)]\s*|\(?[a-zđ][.)]\s+)+")
LEAD_IN = re.compile(
    r"(?:(?:đồng thời|trong quá trình thực hiện|bên cạnh đó|ngoài ra|trước mắt|"
    r"trên cơ sở đó|để thực hiện[^,]{0,60})\s*,?\s*"
    # "nếu có khó khăn, vướng mắc, | các cơ quan ... báo cáo"; never over an address:
    # "nếu có vướng mắc, liên hệ Phòng Tổng hợp, | Sở Kế hoạch và Đầu tư (số điện thoại ...)"
    # "quá thời hạn trên mà không có văn bản cam kết, | Sở X tham mưu …"
    r"|(?:nếu|khi|trường hợp|(?:quá|hết) (?:thời )?hạn)\s"
    r"(?:(?!liên hệ|gửi\s|phản ánh\s|qua\s)[^.;:]){0,80}?,\s*"
    r"(?=các|ủy|ubnd|sở|bộ|ban|giao|yêu cầu|đề nghị))+"
)
# An adverbial that opens an item, before its body or verb: "Đối với dự án không có khả năng
# giải ngân hết kế hoạch vốn, | đề xuất ...", "Chậm nhất 04 ngày làm việc kể từ ..., | hoàn
# thiện hồ sơ", "Định kỳ trước ngày 05 hằng tháng, | các chủ đầu tư báo cáo ..."; the words of
# the time openings ("timed") may hold the deadline
OPENING = re.compile(
    r"(?:riêng\s+)?(?:đối với|trường hợp|ngay sau khi|sau khi|để|căn cứ|trên cơ sở"
    r"|(?P<timed>chậm nhất|định kỳ"
    r"|(?:hằng|hàng) (?:tháng|quý|năm|tuần)|trước ngày"
    r"|(?:ngay )?trong (?:thời gian|tháng|quý|năm|tuần)"
    r"|từ nay(?: đến| tới)?))(?:\s|(?=,))"
)  # "Ngay trong tuần, | làm việc …", "Từ nay đến cuối năm, | tập trung …"
# a recurring time with its verb right after it, no comma: "Định kỳ hằng quý | tổng hợp tình
# hình …, báo cáo …" (the comma after "tổng hợp …" ends no opening)
RECURRING_OPENING = re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng) (?:tuần|tháng|quý|năm)\s+")
# a short label before the subject: "Chế độ báo cáo: | các sở, ngành …" (the words before the
# colon name no body: "Sở Tài chính: chủ trì …" is read as the lead's)
LABEL_COLON = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*:\s*")
# the subject answers to someone, no task of its own: "… chịu trách nhiệm trước Chủ tịch UBND
# tỉnh về kết quả …", "… chịu trách nhiệm trước pháp luật nếu …"
ANSWERS = re.compile(r"chịu trách nhiệm(?:\s+toàn diện)?\s+trước\s+(?=pháp luật|\w+)")
# a milestone after a task: "...; | đến ngày 30/9/2025 đạt tối thiểu 70%; | đến ngày 31/12/2025
# đạt trên 95%" — one more task of the same lead for each day
MILESTONE = re.compile(
    r"(?:và\s+)?(?:đến|trước|chậm nhất)(?:\s+hết)?(?:\s+ngày)?\s+\d{1,2}\s*/\s*\d")
# the verb a milestone's figure repeats: "bảo đảm đến ngày 30/6 | giải ngân đạt 40%"
MILESTONE_VERB = re.compile(r"(?:giải ngân|thanh toán|thu|chi|hoàn thành|thực hiện)(?=\s+đạt\b)")
# a condition before the action of a clause with no subject of its own
# ("...; trường hợp cố tình không chấp hành thì | tổ chức cưỡng chế ...")
CONDITION = re.compile(
    r"(?:nếu|khi|trường hợp|(?:quá|hết) (?:thời )?hạn)\s[^.;:]{0,80}?(?:,\s*|\s+thì\s+)")
# "...; thời hạn: trước ngày 30/6" gives the deadline of the task before it
TIME_LIMIT = re.compile(r"\s*(?:thời hạn|thời gian hoàn thành|thời gian thực hiện)\b")
TOPIC = re.compile(r"(?:về|đối với)\s[^:;]{1,300}:\s*")
ASSIGN = re.compile(r"(?:giao nhiệm vụ cho|giao cho|giao|yêu cầu)\s+")
# "Sở Công Thương kính đề nghị UBND tỉnh ...": a request to the body after it
REQUEST = re.compile(r"(?:kính\s+)?(?:đề nghị|kiến nghị)\s+(?:với\s+)?")
INNER_ASSIGN = re.compile(r"[,:]\s*(?:(?P<req>đề nghị|kiến nghị)|giao cho|giao|yêu cầu)\s+")
# "cần", "phải" are dropped before the action; "có trách nhiệm" only before a verb
# ("chịu trách nhiệm trước Chủ tịch UBND tỉnh ..." is itself the action)
MODAL = re.compile(r"(?:,\s*)?(?:cần phải|cần|phải|(?:có|chịu) trách nhiệm(?=\s+(?P<verb>\S)))\s+")
# a role or short name in brackets after a heading's lead: "(cơ quan thường trực)", "(Ban ODA)"
ROLE_BRACKET = re.compile(r"\([^()]{1,80}\)")
CHU_TRI = re.compile(r",?\s*chủ trì\s*,?\s*")
PHOI_HOP = re.compile(r",?\s*phối hợp(?: chặt chẽ)?\s+(?:với|cùng)\s+")
# "…; hỗ trợ Tỉnh …" after "phối hợp với tỉnh X": the partner is the one helped
HELP = re.compile(r"(?:hỗ trợ|giúp đỡ|giúp|tạo điều kiện)\s")
# "Các sở theo chức năng, nhiệm vụ được giao chủ động ...": the duties, before the action
DUTIES = re.compile(
    r"(?:theo|căn cứ)\s+(?:chức năng,?\s+nhiệm vụ|nhiệm vụ,?\s+quyền hạn)(?:\s+được giao)?"
    r"(?:\s+của\s+(?:mình|ngành|đơn vị|địa phương))?\s*,?\s*"
)
# "Sở A, Sở B, Sở C lần lượt: (1) …; (2) …; (3) …": each body its own clause, in order
RESPECTIVELY = re.compile(r"(?:lần lượt|tương ứng)\s*:?\s*(?:\(?(?:1|a)[.)]\s*)?")
# "Bộ X làm việc với Bộ Y ...": Bộ Y supports, the verb stays in the action
WORK_WITH = re.compile(r"(?:làm việc|trao đổi|thống nhất)\s+(?:với|cùng)\s+")
# Words without which a narrative paragraph holds no task.
MARKER_WORDS = re.compile(
    word_start("giao", "yêu cầu", "đề nghị", "kiến nghị", "chủ trì", "trách nhiệm", "cần", "phải",
               "khẩn trương") + r"\b"
)
AIM = re.compile(r"phấn đấu\b")
# "...; (tuyệt đối) không để người dân quay lại vùng nguy hiểm": a condition of the task before
NOT_LETTING = re.compile(r"(?:tuyệt đối\s+)?không\s+để\s")
# "...; hằng năm tổ chức ít nhất 02 hội nghị kết nối": a count a year, a target
RECURRING_COUNT = re.compile(
    r"(?:hằng|hàng|mỗi) (?:năm|quý|tháng)\b[^;]{0,60}?(?<![\w/])\d{1,3}\s+(?=[^\W\d])"
)
# a deadline within a year: "trước ngày 30/6/2025", "đến ngày 31/12/2025", "trong quý II/2024",
# "trong tháng 8/2024" (not "trong năm 2026", "6 tháng đầu năm")
WITHIN_YEAR = re.compile(r"ngày|quý|tháng\s+\d|\d\s*/\s*\d")
COMPLETION = re.compile(r"(?:thực hiện |hoàn thành )?(?:hoàn thành|xong|hoàn tất)")
# "Chủ tịch UBND tỉnh chủ trì cuộc họp ...": the meeting, not a task
MEETING = re.compile(r"\s*(?:cuộc họp|buổi làm việc|buổi họp|hội nghị|phiên họp|cuộc làm việc)\b")
# "UBND tỉnh (kính) báo cáo Chính phủ, ..." closing a report
TRANSMIT = re.compile(r"(?:kính\s+)?(?:báo cáo|trình)\s+")
# words after a group that qualify it: "các xã có rừng", "các chủ rừng là tổ chức", "các đơn
# vị chưa nộp báo cáo", "các sở, ngành được phân công chủ trì soạn thảo"
GROUP_QUALIFIER = re.compile(r"(có|là|chưa|được(?=\s+(?:giao|phân công)\s))\s")
# a figure inside a group's qualifier: "các xã có tỷ lệ giải ngân dưới |30%| khẩn trương …"
QUALIFIER_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?:\s*%)?")
# what cannot go on a group's qualifier after a comma: another body or a clause of its own
# ("các xã có rừng, | các đơn vị …", "…, | đồng thời …")
QUALIFIER_LIST_BREAK = re.compile(r"(?:các|những|ủy ban|ubnd|sở|ban|và|đồng thời|trong đó)\s")
# the end of a line that lists what a qualified group is, not what it must do: "Các xã có
# tỷ lệ giải ngân thấp |gồm:", "… |như sau:", "…, |cụ thể:"
LISTING_END = re.compile(r"(?:^|[\s,])(?:bao gồm|gồm|như sau|cụ thể|sau đây|là)\s*:?\s*$")
# nouns a verb completes inside a group's qualifier: "các xã có tỷ lệ |giải ngân thấp",
# "các dự án có tiến độ |thi công chậm" (the verb of the clause comes later); not a
# qualifier ending in the noun: "các chủ đầu tư có dự án chậm tiến độ | cam kết …"
COMPLETED_NOUN = re.compile(r"(?<!\w)có\s+(?:tỷ lệ|tiến độ|kết quả|khối lượng|công tác)\s+$")
WORD_RE = re.compile(r"[^\W_]+|[^\w\s]")
# "Sở X là cơ quan thường trực (của Ban Chỉ đạo), chủ trì ...": the body leads what follows
STANDING = re.compile(
    r",?\s*là cơ quan (?:thường trực|đầu mối|chủ trì|tham mưu)(?:\s+(?:của|giúp)\s[^,;]{0,80}?)?"
    r"\s*,\s*"
)
# ... or with its action right after it: "Sở X là cơ quan đầu mối | theo dõi, tổng hợp …"
STANDING_BARE = re.compile(r",?\s*là cơ quan (?:thường trực|đầu mối|chủ trì|tham mưu)\s+")
# a modal after a group's long qualifier, before its verb: "Các chủ đầu tư có tỷ lệ giải ngân
# thấp hơn mức bình quân của tỉnh | phải | lập kế hoạch …"
QUALIFIER_MODAL = re.compile(r"(?:cần phải|phải|cần)\s+")
# The closing article of a decision: "Chánh Văn phòng ...; Giám đốc các sở ... chịu trách
# nhiệm thi hành Quyết định này", "... căn cứ Quyết định thi hành": no task
CLOSING = re.compile(
    r"(?:(?:có|chịu) trách nhiệm\s+)?(?:tổ chức\s+)?thi hành\s+"
    r"(?:quyết định|nghị quyết|chỉ thị|thông báo|văn bản)\s+này"
    r"|căn cứ (?:quyết định|nghị quyết|chỉ thị)(?: này)?(?: để)? thi hành"
)
# After the lead of a line heading a list, the words that only introduce it:
# "**1. Các chủ đầu tư** có trách nhiệm:", "Đề nghị Ban Thường vụ Đảng ủy xã tập trung lãnh
# đạo, chỉ đạo thực hiện tốt một số nhiệm vụ sau:", "... thực hiện các nội dung sau đây:"
INTRO_DUTY = re.compile(r"(?:có|chịu) trách nhiệm(?: thực hiện)?")
INTRO_LIST = re.compile(
    r"(?:[^.;:]{0,120}?\s)?(?:(?:các|những|một số)\s)?"
    r"(?:nhiệm vụ|nội dung|giải pháp|công việc|việc|biện pháp)(?:[^.;:]{0,40}?)?"
    r"\s(?:sau|sau đây|như sau)"
)
# After a group of bodies heading a list with a colon, a clause that picks some of them:
# "UBND các xã, phường |có tỷ lệ giải ngân dưới 30%:", "Các chủ đầu tư |chưa hoàn thành
# quyết toán:"; not a list of what they are ("… có tỷ lệ giải ngân thấp gồm:")
QUALIFIER = re.compile(
    r"(?:có|chưa|còn|không|thuộc)\s(?![^.;:]*(?<!\w)(?:gồm|là|như|sau)(?!\w))[^.;:]{1,100}"
)
# a line that tells what was done: "Sở Y tế đã thực hiện các nội dung sau:"
TOLD = re.compile(r"(?<!\w)(?:đã|đang|được)(?!\w)")
# "Chủ tịch UBND tỉnh yêu cầu:", "Sở Tài chính (kính) đề nghị các cơ quan, đơn vị:"
ISSUER_ASKS = re.compile(r"(?:kính\s+)?(?:(?P<req>đề nghị|kiến nghị)|giao|yêu cầu)(?!\w)\s*")

# Boilerplate around the operative text, never a task (searched at the end of a clause):
# - an intro whose items are the tasks: "HĐND tỉnh quyết định dự toán ngân sách năm 2024 như
#   sau:", "Sở X báo cáo kết quả ... như sau:", "..., đề nghị các cơ quan, đơn vị tập trung thực
#   hiện tốt các nhiệm vụ sau:", "Sở Tài chính đề nghị:", "Chủ tịch UBND tỉnh chỉ thị:"
INTRO_END = re.compile(
    r"(?<!\w)(?:(?:như sau|sau đây|(?:nhiệm vụ|nội dung|giải pháp|công việc|biện pháp|yêu cầu"
    r"|vấn đề)(?:\s[^\s.;:]+){0,6}?\s+sau)[\s:*]*"
    # "..., Chủ tịch UBND tỉnh chỉ thị:", "Phó Chủ tịch UBND tỉnh kết luận:"
    r"|(?:đề nghị|kiến nghị|yêu cầu|chỉ thị|kết luận|quyết định|quyết nghị|chỉ đạo|giao)"
    r"\s*:[\s*]*)$"
)
# - the closing formula: "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.", "...
#   biết, thực hiện", "... biết và phối hợp thực hiện"
CLOSING_END = re.compile(
    r"(?<!\w)(?:quan tâm|biết)(?:\s*,\s*|\s+và\s+|\s+)(?:(?:chỉ đạo|phối hợp|triển khai|tổ chức)"
    r"(?:\s*,\s*|\s+và\s+|\s+))*(?:thực hiện|phối hợp|triển khai)[\s./*]*$"
)
# - "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, (các đơn vị) kịp thời báo cáo /
#   phản ánh về ...": the standing offer of help at the end
DIFFICULTY = re.compile(
    r"(?:(?:trong quá trình (?:thực hiện|triển khai|tổ chức thực hiện))\s*,?\s*)?"
    r"(?:nếu|khi|trường hợp)\s+(?:có\s+)?(?:phát sinh\s+)?(?:những\s+)?"
    r"(?:khó khăn|vướng mắc|bất cập)"
)
HELP_ACTION = re.compile(
    r"(?:(?:kịp thời|chủ động|đề nghị)\s+)*(?:phản ánh|báo cáo|liên hệ|trao đổi|gửi|đề xuất)\b"
)
# - the attendance of a meeting: "Tham dự cuộc họp có đại diện lãnh đạo các sở: ...; Ban QLDA
#   ...; UBND thị xã A, huyện B."
ATTENDANCE = re.compile(
    r"(?:cùng\s+)?(?:tham dự|dự họp|dự)\s+"
    r"(?:cuộc họp|buổi làm việc|hội nghị|phiên họp|cuộc làm việc)"
    r"|thành phần(?:\s+tham dự)?\s*(?:gồm|có)?\s*:|(?:cùng\s+)?tham dự(?:\s+có)?\s*:"
    # "Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh; …", "Cùng dự có lãnh đạo các sở …"
    r"|(?:cùng\s+)?(?:tham dự|cùng dự|dự họp)\s+(?:có|gồm)\s"
)
