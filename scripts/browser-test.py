#!/usr/bin/python3
"""End-to-end check of the visitor chat page and the staff review page in headless Chromium.

    /usr/bin/python3 scripts/browser-test.py .build/debug/helpline

Needs Debian's python3-selenium, chromium and chromium-driver (/usr/bin/chromium,
/usr/bin/chromedriver). Starts its own server on a free loopback port with a throw-away store,
prints one `ok - ...` / `not ok - ...` line per check and then `N passed, M failed`; exits 1
when anything failed. Standard library and selenium only.

The chat page is also checked as a visitor sees it, at 390x844 and 1280x800, with and without
prefers-reduced-motion: where each new reply and the crisis reply's 911 button are on screen;
and at both sizes, a reload (the conversation comes back), "New conversation" (it is cleared)
and a send while offline (the message is marked "Not sent" with Retry, and 911, 988 and the
helpline are on screen); the call-back form in view with the focus, and a number typed in the
chat asked back and taken with a yes.
Screenshots of each go to $HELPLINE_SCREENSHOTS (default .build/screenshots/).
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
OVERALL = 300        # seconds for the whole script
SETTLE = 3           # seconds a reply may take to scroll into view (smooth scrolling included)

XSS_MESSAGE = '<img src=x onerror="window.__xss=1"> I want to talk to a person'
URGENT_MESSAGE = "my friend overdosed and is not breathing"
NOTE = "Left a voicemail; will try again tomorrow <b>morning</b>"
# What a visitor sends at each screen size: an answer, a long answer, then a crisis.
ONLINE_MESSAGE = "is it online"
LONG_MESSAGE = "what is MAT"
CRISIS_MESSAGE = "i took too many pills"
SIZES = ((390, 844), (1280, 800))
HELPLINE_TEL = "tel:+18559930960"

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
        hrefs = [a.get_attribute("href") for a in alert.find_elements(By.CSS_SELECTOR, "a.call-button-big")]
        check(hrefs[:2] == ["tel:988", "sms:988"] and "tel:911" in hrefs and HELPLINE_TEL in hrefs,
              "visitor page: its buttons call 988 and text 988 first, then 911 and the helpline", "buttons %r" % hrefs)
        violations = csp_violations(driver)
        check(not violations, "visitor page: no Content-Security-Policy violations", "; ".join(violations)[:300])


# Where an element is on screen, against the viewport and the sticky input bar (#composer), and
# whether a point just inside its top-left corner shows the element itself (nothing covers it).
GEOMETRY = """
var el = arguments[0], r = el.getBoundingClientRect();
var bar = document.getElementById('composer').getBoundingClientRect();
var probe = document.elementFromPoint(r.left + Math.min(12, r.width / 2), r.top + Math.min(12, r.height / 2));
var centre = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height,
        barTop: bar.top, innerHeight: window.innerHeight, innerWidth: window.innerWidth,
        scrollY: window.scrollY, startShown: !!probe && el.contains(probe),
        centreShown: !!centre && el.contains(centre)};
"""


def geometry(driver, element):
    return driver.execute_script(GEOMETRY, element)


def start_in_view(g):
    """The element's first line is on screen: below the viewport's top, above the input bar."""
    return (g["top"] >= 0 and g["top"] + min(g["height"], 24) <= g["barTop"]
            and g["barTop"] <= g["innerHeight"] and g["startShown"])


def wholly_in_view(g):
    """All of the element is on screen above the input bar, and nothing covers its centre."""
    return (g["top"] >= 0 and g["bottom"] <= g["barTop"] and g["left"] >= 0
            and g["right"] <= g["innerWidth"] and g["centreShown"])


def settle(driver, element, test, timeout=SETTLE):
    """Polls the element's geometry until test passes with the page at rest (scrollY unchanged
    for 0.3 s, so a smooth scroll has ended) or timeout; returns the last geometry."""
    deadline = time.monotonic() + timeout
    still = 0
    last = None
    while True:
        g = geometry(driver, element)
        still = still + 1 if last is not None and g["scrollY"] == last else 0
        last = g["scrollY"]
        if (test(g) and still >= 3) or time.monotonic() >= deadline:
            return g
        time.sleep(0.1)


def shown(g):
    return "top %.0f, bottom %.0f, input bar top %.0f, viewport %dx%d, scrollY %.0f, start shown %s" % (
        g["top"], g["bottom"], g["barTop"], g["innerWidth"], g["innerHeight"], g["scrollY"], g["startShown"])


def send(driver, text):
    """Types text and presses Enter, as a visitor does; returns the new bot reply element."""
    before = len(driver.find_elements(By.CSS_SELECTOR, "#log .msg.bot"))
    wait_for(driver, "the send button to be enabled", lambda d: d.find_element(By.ID, "send").is_enabled())
    field = driver.find_element(By.ID, "message")
    field.send_keys(text + "\n")
    return wait_for(driver, "a reply to %r" % text,
                    lambda d: d.find_elements(By.CSS_SELECTOR, "#log .msg.bot")[before]
                    if len(d.find_elements(By.CSS_SELECTOR, "#log .msg.bot")) > before else None)


def bare_numbers(driver, element):
    """Phone-number-shaped text in the element that is not inside a link."""
    return driver.execute_script("""
        var walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT), found = [], node;
        while ((node = walker.nextNode())) {
          if (node.parentElement.closest('a')) continue;
          var m = node.nodeValue.match(/\\d{3}[-. ]\\d{3}[-. ]\\d{4}|(^|\\D)(911|988)(\\D|$)/g);
          if (m) found = found.concat(m);
        }
        return found;""", element)


def screenshot_folder(repo):
    folder = os.environ.get("HELPLINE_SCREENSHOTS") or os.path.join(repo, ".build", "screenshots")
    os.makedirs(folder, exist_ok=True)
    return folder


def visitor_view(driver, base, width, height, reduce, shots):
    """What a visitor sees at one size: each new reply's start on screen, the crisis reply's 911
    button whole and uncovered, numbers as tel: links, scrolling back up left alone."""
    motion = "reduced motion" if reduce else "motion"
    name = "visitor view %dx%d, %s" % (width, height, motion)
    with Section(name):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [
            {"name": "prefers-reduced-motion", "value": "reduce" if reduce else "no-preference"}]})
        driver.get(base + "/")
        driver.execute_script("window.sessionStorage.clear();")  # a new conversation
        wait_for(driver, "the message box #message", lambda d: d.find_element(By.ID, "message"))
        size = driver.execute_script("return [window.innerWidth, window.innerHeight, "
                                     "matchMedia('(prefers-reduced-motion: reduce)').matches];")
        check(size == [width, height, reduce], name + ": the viewport and the motion preference are as emulated",
              "got %r" % size)

        reply = send(driver, ONLINE_MESSAGE)
        g = settle(driver, reply, start_in_view)
        check(start_in_view(g), name + ": the reply to %r starts on screen above the input bar" % ONLINE_MESSAGE, shown(g))
        links = [a.get_attribute("href") for a in reply.find_elements(By.CSS_SELECTOR, "p.text a[href^='tel:']")]
        check(HELPLINE_TEL in links, name + ": the helpline number in that answer's text is a tel: link",
              "links %r, text %r" % (links, reply.text[:200]))
        bare = bare_numbers(driver, reply)
        check(not bare, name + ": no phone number in that answer is left as plain text", "plain: %r" % bare)

        reply = send(driver, LONG_MESSAGE)
        g = settle(driver, reply, start_in_view)
        check(start_in_view(g), name + ": the long answer to %r starts on screen above the input bar" % LONG_MESSAGE, shown(g))

        # The visitor scrolls back up to read: nothing pulls the view down until the next reply.
        scrolled = driver.execute_script("var y = window.scrollY; window.scrollTo(0, 0); return y;")
        time.sleep(1)
        scroll_y = driver.execute_script("return window.scrollY;")
        check(scrolled > 0 and scroll_y == 0, name + ": scrolling back up to read is left alone",
              "scrollY %r before, %r a second after scrolling to the top" % (scrolled, scroll_y))

        reply = send(driver, CRISIS_MESSAGE)
        g = settle(driver, reply, start_in_view)
        check(start_in_view(g), name + ": the crisis reply to %r starts on screen above the input bar" % CRISIS_MESSAGE, shown(g))
        check(reply.get_attribute("role") == "alert", name + ": the crisis reply is role=alert",
              "role %r" % reply.get_attribute("role"))
        others = driver.find_elements(By.CSS_SELECTOR, "#log .msg.bot:not(.emergency)[role='alert']")
        check(not others, name + ": other replies are not alerts (the log announces them politely)", "%d alerts" % len(others))
        sizes = driver.execute_script("""
            var lead = arguments[0].querySelector('.crisis-lead'), text = arguments[0].querySelector('p.text');
            return lead && text ? [lead.textContent, parseFloat(getComputedStyle(lead).fontSize),
                                   parseFloat(getComputedStyle(text).fontSize)] : null;""", reply)
        check(sizes and sizes[0].startswith("Call 911 now") and sizes[1] > sizes[2],
              name + ": the crisis reply's first line stands out in larger type", "lead, sizes: %r" % (sizes,))
        buttons = reply.find_elements(By.CSS_SELECTOR, "a.call-button-big[href='tel:911']")
        if check(buttons, name + ": the crisis reply has a big tel:911 button"):
            g = settle(driver, buttons[0], wholly_in_view)
            check(wholly_in_view(g), name + ": the 911 button is wholly on screen above the input bar, uncovered", shown(g))
        hrefs = [a.get_attribute("href") for a in reply.find_elements(By.CSS_SELECTOR, "a.call-button-big")]
        check(hrefs[:1] == ["tel:911"] and HELPLINE_TEL in hrefs,
              name + ": its buttons start with 911 and include the helpline", "buttons %r" % hrefs)
        active = driver.execute_script("return document.activeElement && document.activeElement.id;")
        check(active == "message", name + ": the message box keeps the focus", "focus on %r" % active)
        path = os.path.join(shots, "chat-%dx%d%s.png" % (width, height, "-reduced-motion" if reduce else ""))
        check(driver.save_screenshot(path), name + ": screenshot saved to " + path)

        # Markup in the visitor's words stays text; the reply (a call-back offer) still comes into view.
        reply = send(driver, XSS_MESSAGE)
        g = settle(driver, reply, start_in_view)
        form_open = driver.find_element(By.ID, "callback").is_displayed()
        check(form_open and start_in_view(g),
              name + ": the reply that opens the call-back form starts on screen above the input bar",
              "form open %s; %s" % (form_open, shown(g)))
        check(driver.execute_script("return typeof window.__xss;") == "undefined"
              and not driver.find_elements(By.CSS_SELECTOR, "#log img"),
              name + ": the visitor's <img ...> message did not run and made no <img>")


def in_viewport(g):
    """All of the element is inside the viewport (the sticky input bar included), uncovered."""
    return (g["top"] >= 0 and g["bottom"] <= g["innerHeight"] and g["left"] >= 0
            and g["right"] <= g["innerWidth"] and g["centreShown"])


def emulate(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [
        {"name": "prefers-reduced-motion", "value": "reduce"}]})


def offline(driver, on):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": on, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def visitor_reload(driver, base, width, height, shots):
    """A reload shows the conversation again; "New conversation" clears it, for good."""
    name = "reload %dx%d" % (width, height)
    with Section(name):
        emulate(driver, width, height)
        driver.get(base + "/")
        driver.execute_script("window.sessionStorage.clear();")
        driver.get(base + "/")
        wait_for(driver, "the message box #message", lambda d: d.find_element(By.ID, "message"))
        check(not driver.find_element(By.ID, "new-conversation").is_displayed(),
              name + ": no 'New conversation' button before there is a conversation")
        send(driver, ONLINE_MESSAGE)
        send(driver, LONG_MESSAGE)
        stored = driver.execute_script("return [sessionStorage.getItem('helpline.conversation'), "
                                       "sessionStorage.getItem('helpline.visitorKey')];")
        check(stored[0] and (stored[1] or "").startswith("hv_"),
              name + ": the tab keeps the conversation id and its visitor key in sessionStorage", repr(stored))

        driver.refresh()
        restored = wait_for(driver, "the visitor's two messages shown again after the reload",
                            lambda d: d.find_elements(By.CSS_SELECTOR, "#log .msg.visitor")
                            if len(d.find_elements(By.CSS_SELECTOR, "#log .msg.visitor")) == 2 else None)
        texts = [re.sub(r"^You said:\s*", "", m.text).strip() for m in restored]
        check(texts == [ONLINE_MESSAGE, LONG_MESSAGE], name + ": after a reload the visitor's messages are shown again, in order",
              repr(texts))
        note = wait_for(driver, "#status to say the conversation is shown again",
                        lambda d: d.find_element(By.ID, "status").text if "shown again" in d.find_element(By.ID, "status").text else None)
        check(note, name + ": the status line says the conversation is shown again", repr(note))
        replies = driver.find_elements(By.CSS_SELECTOR, "#log .msg.bot")
        check(len(replies) == 3 and "virtual" in replies[1].text.lower(),
              name + ": and the replies to them, after the welcome", "%d bot messages: %r" % (len(replies), [r.text[:60] for r in replies]))
        last = replies[-1]
        g = settle(driver, last, start_in_view)
        check(start_in_view(g), name + ": the last restored reply starts on screen above the input bar", shown(g))
        links = [a.get_attribute("href") for a in last.find_elements(By.CSS_SELECTOR, "a[href^='tel:']")]
        check(HELPLINE_TEL in links, name + ": the restored reply's helpline number is a tel: link", repr(links))
        path = os.path.join(shots, "chat-restored-%dx%d.png" % (width, height))
        check(driver.save_screenshot(path), name + ": screenshot saved to " + path)

        # The conversation goes on where it was.
        reply = send(driver, "thanks")
        check(driver.execute_script("return sessionStorage.getItem('helpline.conversation');") == stored[0],
              name + ": the next message continues the same conversation", repr(reply.text[:80]))

        button = driver.find_element(By.ID, "new-conversation")
        g = settle(driver, button, in_viewport)
        check(button.is_displayed() and in_viewport(g), name + ": a 'New conversation' button is on screen", shown(g))
        button.click()
        wait_for(driver, "the log back to the welcome alone",
                 lambda d: len(d.find_elements(By.CSS_SELECTOR, "#log .msg")) == 1)
        cleared = driver.execute_script("return [sessionStorage.getItem('helpline.conversation'), "
                                        "sessionStorage.getItem('helpline.visitorKey'), document.activeElement.id];")
        check(cleared == [None, None, "message"],
              name + ": 'New conversation' clears the log, forgets the id and key, and puts the focus in the message box",
              repr(cleared))
        driver.refresh()
        wait_for(driver, "the message box #message", lambda d: d.find_element(By.ID, "message"))
        time.sleep(0.5)
        check(len(driver.find_elements(By.CSS_SELECTOR, "#log .msg")) == 1,
              name + ": a reload after it shows the welcome only")


def visitor_offline(driver, base, width, height, shots):
    """A message sent with the network down: kept, marked "Not sent" with Retry; 911, 988 and the
    helpline on screen; Retry sends it once the network is back."""
    name = "failed send %dx%d" % (width, height)
    with Section(name):
        emulate(driver, width, height)
        driver.get(base + "/")
        driver.execute_script("window.sessionStorage.clear();")
        driver.get(base + "/")
        wait_for(driver, "the message box #message", lambda d: d.find_element(By.ID, "message"))
        send(driver, ONLINE_MESSAGE)
        send(driver, LONG_MESSAGE)  # a long page, so the failed message is far down
        offline(driver, True)
        try:
            text = "what is group therapy"
            wait_for(driver, "the send button to be enabled", lambda d: d.find_element(By.ID, "send").is_enabled())
            driver.find_element(By.ID, "message").send_keys(text + "\n")
            bubble = wait_for(driver, "the visitor's message marked as not sent",
                              lambda d: d.find_element(By.CSS_SELECTOR, "#log .msg.visitor.failed"))
            marker = bubble.find_element(By.CSS_SELECTOR, ".not-sent")
            check("Not sent" in marker.text, name + ": the message is marked 'Not sent'", repr(marker.text))
            g = settle(driver, marker, wholly_in_view)
            check(wholly_in_view(g), name + ": the 'Not sent' marker is on screen above the input bar", shown(g))
            retry = bubble.find_element(By.CSS_SELECTOR, "button.retry")
            g = settle(driver, retry, wholly_in_view)
            check(retry.is_displayed() and wholly_in_view(g), name + ": its Retry button is wholly on screen, uncovered", shown(g))
            value = driver.find_element(By.ID, "message").get_attribute("value")
            check(value == text, name + ": the message box has the text back", repr(value))
            panel = driver.find_element(By.ID, "send-error")
            check(panel.is_displayed() and panel.get_attribute("role") == "alert",
                  name + ": a notice (role=alert) says the message was not sent", repr(panel.text[:120]))
            for tel in ("tel:911", "tel:988", HELPLINE_TEL):
                links = panel.find_elements(By.CSS_SELECTOR, "a[href='%s']" % tel)
                if check(links, name + ": the notice has a %s link" % tel):
                    g = settle(driver, links[0], in_viewport)
                    check(in_viewport(g), name + ": the %s link is on screen, uncovered" % tel, shown(g))
            # Scrolled back up to read, the numbers stay in view (they are in the sticky input bar).
            driver.execute_script("window.scrollTo(0, 0);")
            link = panel.find_element(By.CSS_SELECTOR, "a[href='tel:911']")
            g = settle(driver, link, in_viewport)
            check(in_viewport(g), name + ": scrolled to the top, the 911 link is still on screen", shown(g))
            retry = panel.find_element(By.CSS_SELECTOR, "button.retry")
            g = settle(driver, retry, in_viewport)
            check(in_viewport(g), name + ": and so is the notice's own Retry button", shown(g))
            path = os.path.join(shots, "chat-not-sent-%dx%d.png" % (width, height))
            check(driver.save_screenshot(path), name + ": screenshot saved to " + path)
        finally:
            offline(driver, False)
        before = len(driver.find_elements(By.CSS_SELECTOR, "#log .msg.bot"))
        retry.click()
        wait_for(driver, "a reply after Retry",
                 lambda d: len(d.find_elements(By.CSS_SELECTOR, "#log .msg.bot")) > before)
        state = driver.execute_script("""
            return [document.querySelectorAll('#log .msg.visitor.failed').length,
                    document.querySelectorAll('#log .msg.visitor').length,
                    document.getElementById('send-error').hidden, document.getElementById('message').value];""")
        check(state == [0, 3, True, ""],
              name + ": Retry sends it once: no 'Not sent' left, no second copy, the notice gone, the box empty", repr(state))


def visitor_typed_number(driver, base, width, height):
    """The call-back form comes into view with the focus on its heading; a number typed in the
    chat instead is asked back and, with a yes, taken (the form closes)."""
    name = "typed number %dx%d" % (width, height)
    with Section(name):
        emulate(driver, width, height)
        driver.get(base + "/")
        driver.execute_script("window.sessionStorage.clear();")
        driver.get(base + "/")
        wait_for(driver, "the message box #message", lambda d: d.find_element(By.ID, "message"))
        send(driver, "can i talk to a real person")
        form = wait_for(driver, "the call-back form", lambda d: d.find_element(By.ID, "callback")
                        if d.find_element(By.ID, "callback").is_displayed() else None)
        heading = form.find_element(By.ID, "callback-title")
        g = settle(driver, heading, start_in_view)
        check(start_in_view(g), name + ": the call-back form's heading is on screen above the input bar", shown(g))
        active = driver.execute_script("return document.activeElement && document.activeElement.id;")
        check(active == "callback-title", name + ": the form's heading has the focus (a screen reader reads it out)",
              "focus on %r" % active)
        driver.find_element(By.ID, "message").click()
        reply = send(driver, "my number is 555 201 3344")
        check("Shall we call 555-201-3344?" in reply.text, name + ": the typed number is asked back", repr(reply.text[:120]))
        g = settle(driver, reply, start_in_view)
        check(start_in_view(g), name + ": that question starts on screen above the input bar", shown(g))
        reply = send(driver, "yes")
        check("call you at 555-201-3344" in reply.text, name + ": 'yes' is thanked with the number", repr(reply.text[:160]))
        check(not driver.find_element(By.ID, "callback").is_displayed(), name + ": and the call-back form closes")


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
            shots = screenshot_folder(repo)
            for width, height in SIZES:
                for reduce in (False, True):
                    visitor_view(driver, base, width, height, reduce, shots)
            for width, height in SIZES:
                visitor_reload(driver, base, width, height, shots)
                visitor_offline(driver, base, width, height, shots)
                visitor_typed_number(driver, base, width, height)
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
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
