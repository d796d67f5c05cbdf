"""Fixtures for the browser journeys: the real server binary with demo data, and headless Chromium."""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
PASSWORD = "cybernorms-demo"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    binary = os.environ.get("CYBERNORMS_BINARY", str(ROOT / ".build" / "debug" / "cybernorms"))
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="cybernorms-browser-")
    log = open(os.path.join(workdir, "server.log"), "w")
    process = subprocess.Popen(
        [binary, "serve", "--demo", "--port", str(port), "--sqlite", os.path.join(workdir, "db.sqlite")],
        stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            break
        except Exception:
            if process.poll() is not None:
                raise RuntimeError("the server stopped: " + open(log.name).read()[-2000:])
            time.sleep(0.5)
    else:
        process.kill()
        raise RuntimeError("the server did not start within 120 s")
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
    shutil.rmtree(workdir, ignore_errors=True)


def make_driver():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400"]:
        options.add_argument(argument)
    chromium = shutil.which("chromium")
    if chromium:
        options.binary_location = chromium
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def _fresh_browser():
    """A fresh browser: each journey starts signed out, like a new visitor."""
    driver = make_driver()
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


browser = pytest.fixture(_fresh_browser, name="browser")
second_browser = pytest.fixture(_fresh_browser, name="second_browser")


def screenshot(driver, name: str):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
