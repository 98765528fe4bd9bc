"""In a real browser: log in, upload and correct, confirm a task, see the
dashboard change; a full-page screenshot of every page in artifacts/screenshots."""

from __future__ import annotations

import re

from tests.browser.conftest import HELD_BACK, SHOTS
from tests.web.conftest import PASSWORD, SAMPLES


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def login(page, name: str = "admin") -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    assert "/dang-nhap" in page.url
    shot(page, "01-dang-nhap")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))


def late_count(page) -> int:  # type: ignore[no-untyped-def]
    page.goto("/")
    return int(page.text_content(".stat.late strong"))


def test_login_rejects_bad_password(page):
    page.goto("/dang-nhap")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "sai-mat-khau")
    page.click("main button[type=submit]")
    assert "Sai tên đăng nhập" in page.text_content(".flash.error")


def test_upload_correct_confirm_and_dashboard(page):
    login(page)
    before = late_count(page)
    shot(page, "02-tong-quan")

    # upload a sample that is not in the store yet, correct its first figure, save
    page.goto("/tai-len")
    shot(page, "03-tai-len")
    page.set_input_files("input[name=file]", str(SAMPLES / HELD_BACK))
    page.click("main form button[type=submit]")
    page.wait_for_selector("input[name=figure-0-value]")
    shot(page, "04-tai-len-xem-truoc")
    field = page.locator("input[name=figure-0-value]")
    corrected = "9.999"
    field.fill(corrected)
    page.locator("button[value=save]").first.click()
    page.wait_for_url(re.compile(r"/van-ban/\d+\?saved=1"))
    assert "1 sửa đổi" in page.text_content(".flash")
    assert page.locator(".side .badge.info", has_text="sửa").count() == 1
    shot(page, "05-van-ban-sau-khi-luu")
    doc_url = page.url.split("?")[0]

    # jump from the side list to a figure: the mark is the :target
    page.goto(doc_url)
    first = page.locator(".side a[href^='#f-']").first
    anchor = first.get_attribute("href")
    first.click()
    assert page.evaluate("location.hash") == anchor
    assert page.locator(f"mark{anchor}").evaluate("m => m.matches(':target')")
    shot(page, "06-van-ban-chi-tiet")

    # the uploaded conclusion notice brings tasks; confirm an overdue one as done
    after_upload = late_count(page)
    assert after_upload >= before
    page.goto("/nhiem-vu?overdue=1")
    shot(page, "07-nhiem-vu")
    page.locator("table a[href^='/nhiem-vu/']").first.click()
    page.wait_for_selector("select[name=status]")
    page.select_option("select[name=status]", "done")
    page.fill("textarea[name=note]", "Đã hoàn thành, có báo cáo kết quả")
    page.click("form.stack button[type=submit]")
    page.wait_for_url(re.compile(r"\?ok=1"))
    assert "Đã hoàn thành, có báo cáo kết quả" in page.text_content("ol.history")
    shot(page, "08-nhiem-vu-chi-tiet")
    assert late_count(page) == after_upload - 1
    shot(page, "09-tong-quan-sau-cap-nhat")


def test_every_page_screenshot(page):
    login(page)
    pages = {
        "10-chi-tieu": "/chi-tieu", "12-du-an": "/du-an", "13-van-ban": "/van-ban",
        "14-tim-kiem": "/tim-kiem?q=giai+ngan", "15-kiem-tra": "/kiem-tra",
        "16-nguoi-dung": "/quan-tri/nguoi-dung", "17-api-docs": "/api/docs",
        "18-loi-404": "/van-ban/99999", "21-nhat-ky": "/quan-tri/nhat-ky",
    }
    for name, path in pages.items():
        response = page.goto(path)
        assert response.status == (404 if "404" in name else 200), path
        shot(page, name)
    page.goto("/chi-tieu")
    page.locator("table a[href^='/chi-tieu/']").first.click()
    page.wait_for_selector("svg.chart")
    shot(page, "11-chi-tieu-chi-tiet")
    # a chart point links to the document at the sentence
    href = page.locator("svg.chart a").first.get_attribute("href")
    assert href.startswith("/van-ban/")
    page.goto("/van-ban")
    page.locator("table a[href^='/van-ban/']").first.click()
    page.locator(".side a.edit").first.click()
    page.wait_for_selector("input[name=f-value]")
    shot(page, "20-sua-so-lieu")
    page.set_viewport_size({"width": 820, "height": 1180})  # a tablet
    page.goto("/")
    shot(page, "19-tong-quan-may-tinh-bang")
