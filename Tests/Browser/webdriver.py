"""A small W3C WebDriver client for headless Chromium, with no dependency beyond the standard library.

    from webdriver import Browser
    with Browser(width=1280, height=900) as browser:
        browser.get("http://127.0.0.1:8000/")
        link = browser.find("a")
        browser.click(link)
        print(browser.current_url(), browser.execute("return document.title"))

`Browser` starts Debian's `chromedriver` on a free local port, opens one session with headless Chromium
and a throwaway profile, and closes both on exit. Element handles are the WebDriver element ids (strings);
they may also be passed as arguments to `execute` and come back from it as elements.
"""
import base64, json, os, shutil, socket, subprocess, tempfile, time, urllib.error, urllib.request

ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"

CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
    "--no-first-run", "--no-default-browser-check", "--disable-client-side-phishing-detection",
    "--disable-domain-reliability", "--no-pings", "--disable-extensions", "--hide-scrollbars",
    "--mute-audio", "--metrics-recording-only", "--password-store=basic", "--use-mock-keychain",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--force-device-scale-factor=1",
]


class WebDriverError(Exception):
    """An error answered by chromedriver: `error` is the W3C error code, e.g. 'no such element'."""

    def __init__(self, error, message):
        super().__init__(f"{error}: {message}")
        self.error = error


def chromium_binary():
    """The Chromium executable itself (not Debian's launcher script, which adds flags of its own)."""
    for candidate in (os.environ.get("CHROMIUM_BINARY"), "/usr/lib/chromium/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("no Chromium binary found (apt-get install chromium)")


def chromedriver_binary():
    for candidate in (os.environ.get("CHROMEDRIVER"), shutil.which("chromedriver"), "/usr/lib/chromium/chromedriver"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise FileNotFoundError("no chromedriver found (apt-get install chromium-driver)")


def available():
    """True when both Chromium and chromedriver are installed."""
    try:
        chromium_binary()
        chromedriver_binary()
        return True
    except FileNotFoundError:
        return False


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wrap(value):
    """Element ids given as `ElementRef` become WebDriver element references."""
    if isinstance(value, ElementRef):
        return {ELEMENT_KEY: str(value)}
    if isinstance(value, (list, tuple)):
        return [_wrap(item) for item in value]
    if isinstance(value, dict):
        return {key: _wrap(item) for key, item in value.items()}
    return value


def _unwrap(value):
    """Element references in results become `ElementRef` strings (usable wherever an element id is)."""
    if isinstance(value, dict):
        if ELEMENT_KEY in value and len(value) == 1:
            return ElementRef(value[ELEMENT_KEY])
        return {key: _unwrap(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_unwrap(item) for item in value]
    return value


class ElementRef(str):
    """A WebDriver element id. It is a plain string, so it prints and compares as one."""


class Browser:
    def __init__(self, width=1280, height=900, timeout=30, page_load_timeout=60, script_timeout=60):
        self.width, self.height = width, height
        self.timeout = timeout
        self.page_load_timeout, self.script_timeout = page_load_timeout, script_timeout
        self.process = None
        self.session = None
        self.profile = None
        self.base = None

    # -- lifecycle ------------------------------------------------------------------------------------

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def start(self):
        port = free_port()
        self.profile = tempfile.mkdtemp(prefix="casebook-chromium-")
        self.process = subprocess.Popen(
            [chromedriver_binary(), f"--port={port}", "--allowed-ips=127.0.0.1"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                if self._request("GET", "/status", timeout=2).get("ready"):
                    break
            except (OSError, WebDriverError):
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        options = {
            "binary": chromium_binary(),
            "args": [*CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", f"--window-size={self.width},{self.height}"],
        }
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "pageLoadStrategy": "normal",
            "timeouts": {"pageLoad": self.page_load_timeout * 1000, "script": self.script_timeout * 1000, "implicit": 0},
        }}}
        try:
            answer = self._request("POST", "/session", capabilities, timeout=max(self.timeout, 60))
        except Exception:
            self.close()
            raise
        self.session = answer["sessionId"]
        self.set_window_size(self.width, self.height)

    def close(self):
        if self.session is not None:
            try:
                self._request("DELETE", f"/session/{self.session}", timeout=15)
            except Exception:
                pass
            self.session = None
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        if self.profile is not None:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    # -- protocol -------------------------------------------------------------------------------------

    def _request(self, method, path, body=None, timeout=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.page_load_timeout + 30) as response:
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as failure:
            try:
                value = json.loads(failure.read()).get("value", {})
            except ValueError:
                value = {}
            raise WebDriverError(value.get("error", f"HTTP {failure.code}"), value.get("message", "")) from None
        return answer.get("value")

    def command(self, method, path, body=None):
        """Sends one command of the session, e.g. command('GET', '/title'); returns its value."""
        if self.session is None:
            raise RuntimeError("no session")
        return self._request(method, f"/session/{self.session}{path}", body)

    # -- navigation -----------------------------------------------------------------------------------

    def get(self, url):
        self.command("POST", "/url", {"url": url})

    def current_url(self):
        return self.command("GET", "/url")

    def title(self):
        return self.command("GET", "/title")

    def back(self):
        self.command("POST", "/back", {})

    def forward(self):
        self.command("POST", "/forward", {})

    def refresh(self):
        self.command("POST", "/refresh", {})

    def set_window_size(self, width, height):
        """Sets the viewport (not the outer window) to width × height CSS pixels."""
        self.command("POST", "/window/rect", {"width": width, "height": height})
        inner = self.execute("return [window.innerWidth, window.innerHeight]")
        if inner and (inner[0] != width or inner[1] != height):
            self.command("POST", "/window/rect", {"width": 2 * width - inner[0], "height": 2 * height - inner[1]})
        self.width, self.height = width, height

    # -- scripts --------------------------------------------------------------------------------------

    def execute(self, script, *args):
        """Runs `script` as the body of a function with `arguments`; returns what it returns."""
        return _unwrap(self.command("POST", "/execute/sync", {"script": script, "args": _wrap(list(args))}))

    def wait_for(self, script, timeout=20, *args):
        """Runs `script` every 50 ms until it returns something truthy or `timeout` seconds pass; returns the last value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.execute(script, *args)
            if value or time.monotonic() > deadline:
                return value
            time.sleep(0.05)

    def execute_async(self, script, *args):
        """Runs `script` with a callback as its last argument; returns the value passed to the callback."""
        return _unwrap(self.command("POST", "/execute/async", {"script": script, "args": _wrap(list(args))}))

    # -- elements -------------------------------------------------------------------------------------

    def find(self, css):
        """The first element matching the CSS selector; raises WebDriverError('no such element') if none."""
        value = self.command("POST", "/element", {"using": "css selector", "value": css})
        return ElementRef(value[ELEMENT_KEY])

    def find_all(self, css):
        values = self.command("POST", "/elements", {"using": "css selector", "value": css})
        return [ElementRef(value[ELEMENT_KEY]) for value in values]

    def click(self, element):
        self.command("POST", f"/element/{element}/click", {})

    def send_keys(self, element, text):
        self.command("POST", f"/element/{element}/value", {"text": text})

    def clear(self, element):
        self.command("POST", f"/element/{element}/clear", {})

    def text(self, element):
        """The element's rendered text (as innerText)."""
        return self.command("GET", f"/element/{element}/text")

    def attribute(self, element, name):
        return self.command("GET", f"/element/{element}/attribute/{name}")

    def property(self, element, name):
        return self.command("GET", f"/element/{element}/property/{name}")

    def active_element(self):
        return ElementRef(self.command("GET", "/element/active")[ELEMENT_KEY])

    def press(self, *keys):
        """Presses keys on the focused element through the actions API, e.g. press(Keys.TAB)."""
        actions = []
        for key in keys:
            actions += [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]
        self.command("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})
        self.command("DELETE", "/actions")

    def cdp(self, command, params=None):
        """Sends a Chrome DevTools Protocol command through chromedriver, e.g. cdp('Emulation.setEmulatedMedia',
        {'media': 'print'})."""
        return self.command("POST", "/goog/cdp/execute", {"cmd": command, "params": params or {}})

    def emulate_media(self, media=""):
        """Renders the page as for `media` ('print', 'screen'); '' goes back to the default."""
        self.cdp("Emulation.setEmulatedMedia", {"media": media})

    def print_pdf(self, path, **options):
        """Prints the page to a PDF file as the browser would (W3C print: page size, margins, background…)."""
        data = self.command("POST", "/print", {"background": False, **options})
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))
        return path

    # -- screenshots ----------------------------------------------------------------------------------

    def screenshot(self, path, full_page=False):
        """Writes a PNG of the viewport to `path`; with full_page=True, of the whole document height."""
        if full_page:
            width, height = self.width, self.height
            total = self.execute("return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                                 " document.body ? document.body.scrollHeight : 0))")
            self.set_window_size(width, max(height, min(int(total), 16000)))
            try:
                data = self.command("GET", "/screenshot")
            finally:
                self.set_window_size(width, height)
        else:
            data = self.command("GET", "/screenshot")
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))
        return path


class Keys:
    """WebDriver key codes for send_keys and press."""
    TAB = "\ue004"
    ENTER = "\ue007"
    ESCAPE = "\ue00c"
    BACKSPACE = "\ue003"
    SHIFT = "\ue008"
    ARROW_UP = "\ue013"
    ARROW_DOWN = "\ue015"
    HOME = "\ue011"
    END = "\ue010"
