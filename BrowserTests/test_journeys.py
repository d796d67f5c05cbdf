"""The main journeys through the web UI, in real headless Chromium against the real server."""
import json
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import PASSWORD, screenshot

CONTRIBUTOR = "contributor.mys@demo.cybernorms.example"
FOCAL_POINT = "focal.mys@demo.cybernorms.example"
OTHER_STATE = "focal.sgp@demo.cybernorms.example"


def sign_in(driver, base, email):
    driver.get(base + "/signin")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    assert "Sign out" in driver.find_element(By.TAG_NAME, "header").text


def record_stage(driver, base, norm):
    driver.get(base + "/states/MYS")
    cell = driver.find_element(By.CSS_SELECTOR, f'#evidence-on-record tr[data-norm="{norm}"] td.record-stage')
    return int(cell.text.split("·")[0].strip())


def fill_evidence_form(driver, title, items, tlp="AMBER", date="2024-05-01", url="https://example.org/doc"):
    Select(driver.find_element(By.ID, "kind")).select_by_value("policy")
    driver.find_element(By.ID, "title").send_keys(title)
    driver.find_element(By.ID, "issuer").send_keys("National Cyber Security Agency")
    driver.find_element(By.ID, "date").send_keys(date)
    driver.find_element(By.ID, "sourceURL").send_keys(url)
    Select(driver.find_element(By.ID, "tlp")).select_by_value(tlp)
    select = Select(driver.find_element(By.ID, "itemIDs"))
    for item in items:
        select.select_by_value(item)


def test_pages_of_the_public_site(browser, server):
    for name, path in [("overview", "/"), ("state-malaysia", "/states/MYS"), ("norm-d", "/norms/d"), ("evidence-public", "/evidence")]:
        browser.get(server + path)
        assert browser.find_element(By.TAG_NAME, "main").is_displayed()
        assert "Demo data." in browser.find_element(By.CLASS_NAME, "demo-banner").text
        screenshot(browser, name)
    browser.set_window_size(390, 844)
    browser.get(server + "/states/MYS")
    screenshot(browser, "state-malaysia-phone")


def test_contributor_submits_and_focal_point_validates_and_the_stage_changes(browser, second_browser, server):
    before = record_stage(browser, server, "f")
    sign_in(browser, server, CONTRIBUTOR)
    browser.get(server + "/evidence/new")
    fill_evidence_form(browser, "Briefing of defence officials on norm f", ["f.1.1"], tlp="CLEAR")
    screenshot(browser, "evidence-form-filled")
    browser.find_element(By.CSS_SELECTOR, "form.card button.primary").click()
    assert "Submitted." in browser.find_element(By.CSS_SELECTOR, "p.notice").text
    evidence_url = browser.current_url.split("?")[0]
    browser.get(server + "/my/submissions")
    assert "Briefing of defence officials on norm f" in browser.page_source
    screenshot(browser, "my-submissions")

    sign_in(second_browser, server, FOCAL_POINT)
    second_browser.get(evidence_url)
    screenshot(second_browser, "evidence-review")
    second_browser.find_element(By.CSS_SELECTOR, 'button[value="validate"]').click()
    assert "Validated" in second_browser.find_element(By.CSS_SELECTOR, "span.status").text

    after = record_stage(second_browser, server, "f")
    screenshot(second_browser, "state-after-validation")
    assert after > before, f"stage of norm f on the state page went from {before} to {after}"


def test_amber_evidence_is_invisible_to_another_state_and_the_public(browser, second_browser, server):
    sign_in(browser, server, CONTRIBUTOR)
    browser.get(server + "/evidence/new")
    title = "Incident escalation procedure 91c2"
    fill_evidence_form(browser, title, ["b.3.1"], tlp="AMBER")
    browser.find_element(By.CSS_SELECTOR, "form.card button.primary").click()
    evidence_url = browser.current_url.split("?")[0]
    evidence_id = evidence_url.rsplit("/", 1)[1]
    assert title in browser.page_source

    sign_in(second_browser, server, OTHER_STATE)
    for path in [evidence_url.replace(server, ""), "/evidence?q=91c2", "/states/MYS", f"/api/v1/evidence/{evidence_id}", "/api/v1/evidence?q=91c2"]:
        second_browser.get(server + path)
        assert title not in second_browser.page_source, path
        assert evidence_id.lower() not in second_browser.page_source.lower(), path
    second_browser.get(server + "/evidence?q=91c2")
    assert "0 results" in second_browser.find_element(By.ID, "result-count").text
    screenshot(second_browser, "other-state-search")

    # The public: a direct lookup is a plain 404, and search finds nothing.
    for path in [f"/evidence/{evidence_id}", f"/api/v1/evidence/{evidence_id}"]:
        body = expect_not_found(server + path)
        assert title not in body and evidence_id.lower() not in body.lower(), path
    body = urllib.request.urlopen(server + "/evidence?q=91c2").read().decode()
    assert title not in body and "0 results" in body
    assert json.loads(urllib.request.urlopen(server + "/api/v1/evidence?q=91c2").read())["count"] == 0


def expect_not_found(url) -> str:
    try:
        urllib.request.urlopen(url)
    except urllib.error.HTTPError as error:
        assert error.code == 404, f"{url}: {error.code}"
        return error.read().decode()
    raise AssertionError(f"{url} answered the public")


def test_bad_input_shows_field_errors_and_keeps_the_input(browser, server):
    sign_in(browser, server, CONTRIBUTOR)
    browser.get(server + "/evidence/new")
    fill_evidence_form(browser, 'Act "with quotes" <kept>', ["a.1.1"], date="2024-13-45", url="not a url")
    browser.find_element(By.CSS_SELECTOR, "form.card button.primary").click()
    summary = browser.find_element(By.CSS_SELECTOR, "div.form-error").text
    assert "Nothing was saved" in summary
    assert "is not a date" in browser.find_element(By.ID, "date-error").text
    assert "web address" in browser.find_element(By.ID, "sourceURL-error").text
    assert browser.find_element(By.ID, "title").get_attribute("value") == 'Act "with quotes" <kept>'
    assert browser.find_element(By.ID, "date").get_attribute("value") == "2024-13-45"
    assert Select(browser.find_element(By.ID, "kind")).first_selected_option.get_attribute("value") == "policy"
    assert [o.get_attribute("value") for o in Select(browser.find_element(By.ID, "itemIDs")).all_selected_options] == ["a.1.1"]
    assert "date-error" in browser.find_element(By.ID, "date").get_attribute("aria-describedby")
    screenshot(browser, "evidence-form-errors")


def test_keyboard_users_can_skip_to_content(browser, server):
    browser.get(server + "/")
    skip = browser.find_element(By.CLASS_NAME, "skip-link")
    assert skip.get_attribute("href").endswith("#main")
    headings = browser.find_elements(By.TAG_NAME, "h1")
    assert len(headings) == 1
    for element in browser.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), select, textarea"):
        element_id = element.get_attribute("id")
        assert element_id and browser.find_elements(By.CSS_SELECTOR, f'label[for="{element_id}"]'), element_id


ASSESSOR = "assessor@demo.cybernorms.example"


def test_a_third_party_assessment_appears_beside_the_self_assessment(browser, server):
    sign_in(browser, server, ASSESSOR)
    browser.get(server + "/states/MYS/assessments")
    kind = Select(browser.find_element(By.ID, "kind"))
    kind.select_by_index(0)
    assert kind.first_selected_option.get_attribute("value").startswith("thirdParty:")
    asof = browser.find_element(By.ID, "asOf")
    asof.clear()
    asof.send_keys("2026-04-30")
    browser.find_element(By.CSS_SELECTOR, "main form button.primary").click()
    for select in browser.find_elements(By.CSS_SELECTOR, 'select[id^="judgement-a.1."], select[id^="judgement-a.2."]'):
        Select(select).select_by_value("met")
    browser.find_element(By.ID, "rationale-a.1.1").send_keys("Recorded vote on resolution 70/237.")
    screenshot(browser, "assessment-editor")
    browser.find_element(By.CSS_SELECTOR, "main form button.primary").click()
    assert "Judgements saved" in browser.find_element(By.CSS_SELECTOR, "p.notice").text
    assert "Stage 2 (Commitment) reached" in browser.find_element(By.ID, "norm-result").text
    browser.find_element(By.XPATH, "//button[normalize-space()='Submit for publication']").click()
    Select(browser.find_element(By.ID, "tlp")).select_by_value("CLEAR")
    browser.find_element(By.XPATH, "//button[normalize-space()='Publish']").click()
    assert browser.current_url.endswith("/states/MYS")

    browser.get(server + "/signin")  # a fresh look as the public
    browser.delete_all_cookies()
    browser.get(server + "/states/MYS")
    side = browser.find_element(By.ID, "side-by-side")
    assert "Third-party assessment by [DEMO] Regional cyber policy institute" in side.text
    cell = side.find_element(By.CSS_SELECTOR, 'tr[data-norm="a"] td.third-party-stage')
    assert cell.text.startswith("2")
    screenshot(browser, "state-side-by-side")
