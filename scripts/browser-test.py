#!/usr/bin/python3
"""End-to-end check of the visitor chat page and the staff review page in headless Chromium.

    /usr/bin/python3 scripts/browser-test.py .build/debug/helpline

Needs Debian's python3-selenium, chromium and chromium-driver (/usr/bin/chromium,
/usr/bin/chromedriver). Starts its own server on a free loopback port with a throw-away store,
prints one `ok - ...` / `not ok - ...` line per check and then `N passed, M failed`; exits 1
when anything failed. Standard library and selenium only.
"""

import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WAIT = 10            # seconds for any one browser condition (kept under 15)
HTTP_TIMEOUT = 10    # seconds for any one HTTP request
START_TIMEOUT = 30   # seconds for the server to print its port
OVERALL = 150        # seconds for the whole script

XSS_MESSAGE = '<img src=x onerror="window.__xss=1"> I want to talk to a person'
URGENT_MESSAGE = "my friend overdosed and is not breathing"
NOTE = "Left a voicemail; will try again tomorrow <b>morning</b>"

passed = 0
failed = 0


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok - " + name, flush=True)
    else:
        failed += 1
        print("not ok - " + name + (": " + detail if detail else ""), flush=True)
    return ok


def check(condition, name, detail=""):
    return report(bool(condition), name, detail)


class Section:
    """Runs a group of checks; an exception fails the group (with its message) and ends it."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, kind, error, _traceback):
        if error is None or not isinstance(error, Exception):
            return False  # the time limit and ^C end the whole run
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        report(False, self.name, type(error).__name__ + ": " + message)
        return True  # carry on with the next section


class Overtime(BaseException):  # not an Exception: no check may swallow it
    pass


def on_alarm(_signum, _frame):
    raise Overtime("the script ran longer than %d s" % OVERALL)


# MARK: HTTP


def http(base, method, path, body=None, token=None):
    """Returns (status, parsed JSON or None, headers)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
            raw, status, headers = response.read(), response.status, response.headers
    except urllib.error.HTTPError as error:
        raw, status, headers = error.read(), error.code, error.headers
    try:
        parsed = json.loads(raw.decode("utf-8")) if raw else None
    except (ValueError, UnicodeDecodeError):
        parsed = None
    return status, parsed, headers


# MARK: server


def add_staff(helpline, store):
    result = subprocess.run([helpline, "staff", "add", "browser-tester", "--store", store],
                            capture_output=True, text=True, timeout=60)
    output = result.stdout + "\n" + result.stderr
    match = re.search(r"^\s*token:\s*(hl_\S+)\s*$", output, re.MULTILINE)
    if result.returncode != 0 or not match:
        raise RuntimeError("`helpline staff add` exited %d without a `token: hl_...` line: %s"
                           % (result.returncode, output.strip()[:300]))
    return match.group(1)


def start_server(helpline, store, intents, log_path):
    log = open(log_path, "wb")
    process = subprocess.Popen(
        [helpline, "serve", "--port", "0", "--store", store, "--rate-limit", "0",
         "--watch-interval", "0", "--intents", intents],
        stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL)
    lines = queue.Queue()

    def drain():  # keeps reading so the server never blocks on a full pipe
        for raw in iter(process.stdout.readline, b""):
            lines.put(raw.decode("utf-8", "replace"))
        lines.put(None)

    threading.Thread(target=drain, daemon=True).start()
    deadline = time.monotonic() + START_TIMEOUT
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line.strip())
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
        if match:
            return process, log, match.group(1)
    stop_server(process, log)
    try:
        with open(log_path, "rb") as f:
            tail = f.read().decode("utf-8", "replace").strip()[-300:]
    except OSError:
        tail = ""
    raise RuntimeError("the server did not print `listening on http://127.0.0.1:PORT` within %d s (stdout: %s; stderr: %s)"
                       % (START_TIMEOUT, " | ".join(seen)[-200:], tail))


def stop_server(process, log):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    log.close()


# MARK: browser


def make_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,900",
                     "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(15)
    driver.set_script_timeout(10)
    return driver


def wait_for(driver, description, condition, timeout=WAIT):
    """Waits for condition(driver) to return something truthy; fails with the description."""
    def safe(d):
        try:
            return condition(d)
        except Exception:  # stale elements and the like: try again
            return False
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.1).until(safe)
    except TimeoutException:
        raise AssertionError("timed out after %d s waiting for %s" % (timeout, description)) from None


def csp_violations(driver):
    try:
        entries = driver.get_log("browser")
    except Exception:
        return []
    return [e.get("message", "") for e in entries if "Content Security Policy" in e.get("message", "")]


def visitor_page(driver, base):
    with Section("visitor page"):
        driver.get(base + "/")
        field = wait_for(driver, "the message box #message", lambda d: d.find_element(By.ID, "message"))

        def bot_texts(d):
            return [m.text for m in d.find_elements(By.CSS_SELECTOR, "#log .msg.bot")]

        before = len(bot_texts(driver))  # the greeting already mentions virtual sessions
        field.send_keys("is group therapy available online?")
        driver.find_element(By.ID, "send").click()
        reply = wait_for(driver, "a reply that mentions 'virtual'",
                         lambda d: next((t for t in bot_texts(d)[before:] if "virtual" in t.lower()), None))
        check(reply, "visitor page: 'is group therapy available online?' gets a reply about virtual sessions")

        wait_for(driver, "the send button to be enabled again", lambda d: d.find_element(By.ID, "send").is_enabled())
        field = driver.find_element(By.ID, "message")
        field.send_keys("i want to end my life")
        driver.find_element(By.ID, "send").click()
        alert = wait_for(driver, "a role=alert element that mentions 988",
                         lambda d: next((a for a in d.find_elements(By.CSS_SELECTOR, "[role='alert']")
                                         if "988" in a.text), None))
        check(alert, "visitor page: 'i want to end my life' shows an alert with 988")
        violations = csp_violations(driver)
        check(not violations, "visitor page: no Content-Security-Policy violations", "; ".join(violations)[:300])


def staff_page(driver, base, token, normal_id, urgent_id):
    with Section("staff page: sign-in"):
        driver.get(base + "/staff")
        wait_for(driver, "the token field #token", lambda d: d.find_element(By.ID, "token").is_displayed())
        check(driver.find_element(By.ID, "token").get_attribute("type") == "password", "staff page: the token field is a password field")

        driver.find_element(By.ID, "token").send_keys("hl_not-a-real-token")
        driver.find_element(By.ID, "sign-in").click()
        error = wait_for(driver, "#error to show that the token was not accepted",
                         lambda d: d.find_element(By.ID, "error") if d.find_element(By.ID, "error").is_displayed()
                         and "not accepted" in d.find_element(By.ID, "error").text else None)
        check(error.get_attribute("role") == "alert" and driver.find_element(By.ID, "token").is_displayed(),
              "staff page: a wrong token shows 'not accepted' in #error (role=alert) and stays on sign-in")

        field = driver.find_element(By.ID, "token")
        field.clear()
        field.send_keys(token)
        driver.find_element(By.ID, "sign-in").click()
        wait_for(driver, "#queue to list the normal handoff",
                 lambda d: d.find_elements(By.CSS_SELECTOR, "#queue li[data-handoff-id='%s']" % normal_id))
        check(not driver.find_element(By.ID, "error").is_displayed(), "staff page: the real token signs in without an error")
        stored = driver.execute_script("return window.sessionStorage.getItem('helpline.staffToken');")
        check(stored == token, "staff page: the token is kept in sessionStorage (helpline.staffToken)")

    with Section("staff page: queue"):
        items = driver.find_elements(By.CSS_SELECTOR, "#queue > li")
        ids = [i.get_attribute("data-handoff-id") for i in items]
        check(normal_id in ids and urgent_id in ids, "staff page: #queue lists both handoffs", "ids: %s" % ids)
        if normal_id in ids and urgent_id in ids:
            check(ids.index(urgent_id) < ids.index(normal_id), "staff page: the urgent handoff comes before the normal one",
                  "order: %s" % ids)
        urgent_item = driver.find_element(By.CSS_SELECTOR, "#queue li[data-handoff-id='%s']" % urgent_id)
        check("URGENT" in urgent_item.text and "overdose" in urgent_item.text.lower(),
              "staff page: the urgent item shows an URGENT badge and its crisis category", repr(urgent_item.text[:200]))
        buttons = driver.find_elements(By.CSS_SELECTOR, "#queue > li button.open-handoff")
        check(len(buttons) == len(items) and len(items) > 0, "staff page: every queue item has a <button class=open-handoff>")

    with Section("staff page: transcript"):
        driver.find_element(By.CSS_SELECTOR, "#queue li[data-handoff-id='%s'] button.open-handoff" % normal_id).click()
        message = wait_for(driver, "a .visitor-message in #transcript with the <img ...> text",
                           lambda d: next((m for m in d.find_elements(By.CSS_SELECTOR, "#transcript .turn .visitor-message")
                                           if "<img src=x onerror=" in m.text), None))
        check(message, "staff page: the visitor's <img ...> message shows as literal characters")
        check(driver.execute_script("return typeof window.__xss;") == "undefined",
              "staff page: the visitor's markup did not run (window.__xss is undefined)")
        check(not driver.find_elements(By.CSS_SELECTOR, "#transcript img"), "staff page: no <img> element inside #transcript")
        turn = driver.find_element(By.CSS_SELECTOR, "#transcript .turn")
        check("talk-to-person" in turn.text, "staff page: the turn shows its intent (talk-to-person)", repr(turn.text[:300]))

    with Section("staff page: follow-up"):
        driver.find_element(By.CSS_SELECTOR, "button[data-status='contacted']").click()
        note = driver.find_element(By.ID, "note")
        note.clear()
        note.send_keys(NOTE)
        driver.find_element(By.ID, "save").click()
        notice = wait_for(driver, "#notice to confirm the save",
                          lambda d: d.find_element(By.ID, "notice").text if "Saved" in d.find_element(By.ID, "notice").text else None)
        check(notice, "staff page: Save confirms in #notice", repr(notice))
        status, body, _ = http(base, "GET", "/api/v1/handoffs/" + normal_id, token=token)
        handoff = (body or {}).get("handoff") or {}
        check(status == 200 and handoff.get("status") == "contacted" and handoff.get("note") == NOTE,
              "API: the handoff is now 'contacted' with the note",
              "HTTP %s, status %r, note %r" % (status, handoff.get("status"), handoff.get("note")))
        check(handoff.get("updated_by") == "browser-tester", "API: updated_by names the staff member",
              "updated_by %r" % handoff.get("updated_by"))
        # The default filter is 'open': after saving, the refreshed queue no longer lists it.
        wait_for(driver, "the refreshed open queue to drop the contacted handoff",
                 lambda d: not d.find_elements(By.CSS_SELECTOR, "#queue li[data-handoff-id='%s']" % normal_id))
        report(True, "staff page: after saving, the open queue is refreshed without the contacted handoff")
        violations = csp_violations(driver)
        check(not violations, "staff page: no Content-Security-Policy violations", "; ".join(violations)[:300])

    with Section("staff page: sign-out"):
        driver.find_element(By.ID, "sign-out").click()
        wait_for(driver, "the sign-in form after signing out", lambda d: d.find_element(By.ID, "token").is_displayed())
        stored = driver.execute_script("return window.sessionStorage.getItem('helpline.staffToken');")
        check(stored is None and not driver.find_elements(By.CSS_SELECTOR, "#transcript .turn"),
              "staff page: sign-out forgets the token and the transcript")


def main():
    if len(sys.argv) != 2:
        print("usage: browser-test.py PATH/TO/helpline", file=sys.stderr)
        return 2
    helpline = os.path.abspath(sys.argv[1])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    intents = os.path.join(repo, "intents")
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(OVERALL)

    tmp = tempfile.mkdtemp(prefix="helpline-browser-")
    store = os.path.join(tmp, "h.sqlite")
    server = log = driver = None
    try:
        with Section("setup"):
            token = add_staff(helpline, store)
            report(True, "setup: `helpline staff add` printed a token")
            server, log, base = start_server(helpline, store, intents, os.path.join(tmp, "server.log"))
            report(True, "setup: the server listens on " + base)
        if server is None:
            return 1

        normal_id = urgent_id = None
        with Section("API"):
            status, body, headers = http(base, "GET", "/staff")
            check(status == 200 and "text/html" in (headers.get("Content-Type") or "")
                  and "script-src 'self'" in (headers.get("Content-Security-Policy") or ""),
                  "API: GET /staff serves the staff page with the Content-Security-Policy", "HTTP %s" % status)
            status, body, _ = http(base, "GET", "/api/v1/handoffs")
            check(status == 401, "API: GET /api/v1/handoffs without a token is 401", "HTTP %s" % status)
            check(isinstance((body or {}).get("error"), dict), "API: the 401 carries an {error: {code, message}} body", repr(body)[:200])

            status, body, _ = http(base, "POST", "/api/v1/chat", {"message": XSS_MESSAGE})
            handoff = (body or {}).get("handoff") or {}
            check(status == 200 and handoff.get("priority") == "normal",
                  "API: 'I want to talk to a person' opens a normal handoff", "HTTP %s, handoff %r" % (status, handoff))
            normal_id = handoff.get("id")

            status, body, _ = http(base, "POST", "/api/v1/chat", {"message": URGENT_MESSAGE})
            handoff = (body or {}).get("handoff") or {}
            check(status == 200 and handoff.get("priority") == "urgent",
                  "API: 'my friend overdosed and is not breathing' opens an urgent handoff", "HTTP %s, handoff %r" % (status, handoff))
            urgent_id = handoff.get("id")

            status, body, _ = http(base, "GET", "/api/v1/handoffs?status=open", token=token)
            ids = [h.get("id") for h in (body or {}).get("handoffs", [])]
            check(status == 200 and normal_id in ids and urgent_id in ids,
                  "API: GET /api/v1/handoffs?status=open with the token lists both", "HTTP %s, ids %s" % (status, ids))

        with Section("browser"):
            driver = make_driver()
            report(True, "browser: headless Chromium started")
        if driver is not None:
            visitor_page(driver, base)
            if normal_id and urgent_id:
                staff_page(driver, base, token, normal_id, urgent_id)
            else:
                report(False, "staff page", "skipped: the API checks did not open both handoffs")
    except Overtime as error:
        report(False, "time limit", str(error))
    finally:
        signal.alarm(0)
        if driver is not None:
            try:
                driver.quit()
            except Exception:
                pass
        if server is not None:
            stop_server(server, log)
            if failed:
                try:
                    with open(os.path.join(tmp, "server.log"), "rb") as f:
                        tail = f.read().decode("utf-8", "replace").strip().splitlines()[-15:]
                    if tail:
                        print("# last lines of the server's log:", *("#   " + line for line in tail), sep="\n")
                except OSError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
        print("%d passed, %d failed" % (passed, failed), flush=True)
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
