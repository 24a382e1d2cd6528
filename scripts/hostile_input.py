#!/usr/bin/env python3
"""Sends the portal the inputs that once cost minutes or gigabytes, against a portal started
with a 512 MB heap, and prints for each how long the refusal took, what it said and the
portal's peak resident memory; then checks that nothing was written and the portal still
answers. Run through scripts/hostile-input.sh; see docs/benchmarks.md."""

import base64
import http.client
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

from fault_test import Session

ADMIN_PASSWORD = "hostile-admin-password-1"
PASSWORD = "hostile-password-1"


def auth(user):
    return "Basic " + base64.b64encode(f"{user}:{PASSWORD if user != 'admin' else ADMIN_PASSWORD}".encode()).decode()


def request(port, method, path, user, body=None, headers=None, chunks=None):
    """Sends a request and times it up to the portal's answer. A chunked body is sent from a
    thread of its own, so that an answer given before the body ends is seen when it comes,
    not when the portal at last closes the connection."""
    connection = http.client.HTTPConnection("localhost", port, timeout=120)
    all_headers = {"Authorization": auth(user), "Accept": "application/json", **(headers or {})}
    started = time.monotonic()
    try:
        if chunks is not None:
            connection.putrequest(method, path)
            for name, value in all_headers.items():
                connection.putheader(name, value)
            connection.putheader("Transfer-Encoding", "chunked")
            connection.endheaders()

            sock = connection.sock

            def send():
                try:
                    for chunk in chunks:
                        sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sock.sendall(b"0\r\n\r\n")
                except OSError:
                    pass  # the portal answered and closed before the body ended: what is wanted

            threading.Thread(target=send, daemon=True).start()
        else:
            try:
                connection.request(method, path, body=body, headers=all_headers)
            except (BrokenPipeError, ConnectionResetError):
                pass  # answered before the body ended
        response = connection.getresponse()
        seconds = time.monotonic() - started
        text = response.read().decode(errors="replace")
        return response.status, text, seconds
    finally:
        connection.close()


def page_post(port, session, path, body, headers):
    """A form sent from a signed-in browser: session cookie and CSRF token."""
    started = time.monotonic()
    form = urllib.request.Request(f"http://localhost:{port}{path}", data=body, headers=headers, method="POST")
    form.add_header(*session.csrf)
    try:
        with session.opener.open(form, timeout=120) as response:
            return response.status, response.read().decode(errors="replace"), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), time.monotonic() - started


def multipart(field, filename, content, fields):
    boundary = "hostile-input-boundary"
    parts = []
    for name, value in fields.items():
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode())
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def shared_strings_workbook(megabytes):
    """A small workbook whose shared strings expand to the given size."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="vInfo" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
        with z.open("xl/sharedStrings.xml", "w") as strings:
            strings.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            written, i = 0, 0
            while written < megabytes * 1024 * 1024:
                # Compresses to about 1.8 %: above the zip-bomb guard's 1 %.
                item = b"<si><t>%s %d</t></si>" % (b"x" * 150, i)
                strings.write(item)
                written += len(item)
                i += 1
            strings.write(b"</sst>")
    return out.getvalue()


def understated(workbook, name, size):
    """The workbook with the size its zip directory gives for one entry rewritten, as a
    hostile file would, and the data left as it is."""
    data = bytearray(workbook)
    wanted = name.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        if int.from_bytes(data[at + 28:at + 30], "little") == len(wanted) and data[at + 46:at + 46 + len(wanted)] == wanted:
            data[at + 24:at + 28] = size.to_bytes(4, "little")
            return bytes(data)
        at = data.find(b"PK\x01\x02", at + 4)
    raise ValueError(f"no directory entry {name}")


def peak_memory(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0


def main(jar, port):
    with tempfile.TemporaryDirectory() as work:
        log = open(Path(work) / "portal.log", "w")
        env = dict(os.environ, DRILLBOOK_ADMIN_PASSWORD=ADMIN_PASSWORD)
        portal = subprocess.Popen(["java", "-Xmx512m", "-jar", jar, f"--server.port={port}",
                                   f"--drillbook.embedded-postgres.data-directory={work}/postgres"],
                                  stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            for _ in range(900):
                try:
                    if request(port, "GET", "/actuator/health", "admin")[0] == 200:
                        break
                except OSError:
                    pass
                time.sleep(0.2)
            status, text, _ = request(port, "POST", "/api/v1/users", "admin",
                                      json.dumps({"username": "hostile-architect", "name": "Hostile architect",
                                                  "password": PASSWORD, "roles": ["ARCHITECT"]}),
                                      {"Content-Type": "application/json"})
            assert status == 201, text
            before = peak_memory(portal.pid)
            deep = b"environment: " + b"[" * 200_000 + b"]" * 200_000 + b"\n"
            inputs = [
                ("YAML nested 200,000 levels deep (400 KB)", "PUT", "/api/v1/environments/deep", deep,
                 {"Content-Type": "application/yaml"}, None),
                ("YAML nested 1,000,000 levels deep (2 MB)", "PUT", "/api/v1/environments/deeper",
                 b"environment: " + b"[" * 1_000_000 + b"]" * 1_000_000 + b"\n",
                 {"Content-Type": "application/yaml"}, None),
                ("1 GiB chunked PUT body", "PUT", "/api/v1/environments/huge", None,
                 {"Content-Type": "application/json"}, (b" " * (1 << 20) for _ in range(1024))),
            ]
            workbook = shared_strings_workbook(480)
            body, content_type = multipart("file", "RVTools.xlsx", workbook, {})
            inputs.append((f"xlsx of {len(workbook) / 1e6:.1f} MB holding 480 MB of shared strings", "POST",
                           "/api/v1/environments/strings/rvtools", body, {"Content-Type": content_type}, None))
            body, content_type = multipart("file", "RVTools.xlsx", understated(workbook, "xl/sharedStrings.xml", 4096), {})
            inputs.append(("the same xlsx, its zip directory saying 4 KB of strings", "POST",
                           "/api/v1/environments/strings/rvtools", body, {"Content-Type": content_type}, None))
            # The same files through the import page's forms, which answer with the form again
            # and the problem beside the file field.
            pages = []
            body, content_type = multipart("file", "deep.yaml", deep, {})
            pages.append(("the 200,000-level YAML on the import page", "POST", "/environments/import", body,
                          {"Content-Type": content_type, "Accept": "text/html"}, None, "levels deep"))
            body, content_type = multipart("file", "RVTools.xlsx", workbook, {"environment": "strings", "name": "S"})
            pages.append(("the shared-strings xlsx on the RVTools import page", "POST", "/environments/import/rvtools",
                          body, {"Content-Type": content_type, "Accept": "text/html"}, None, "shared strings announce"))
            ok = True
            for label, method, path, body, headers, chunks in inputs:
                status, text, seconds = request(port, method, path, "hostile-architect", body, headers, chunks)
                try:
                    detail = json.loads(text)
                    said = detail.get("problems", [{}])[0].get("message") if detail.get("problems") else detail.get("detail")
                except ValueError:
                    said = text[:120]
                print(f"{label:58} {status} in {seconds:5.2f} s, peak RSS {peak_memory(portal.pid):5} MB: {said}")
                ok &= status in (413, 422)
            session = Session()
            session.sign_in(port, "hostile-architect", PASSWORD)
            for label, method, path, body, headers, chunks, expected in pages:
                status, text, seconds = page_post(port, session, path, body, headers)
                shown = expected in text and "Exception" not in text
                print(f"{label:58} {status} in {seconds:5.2f} s, peak RSS {peak_memory(portal.pid):5} MB: "
                      f"{'the form again, saying' if shown else 'NOT REFUSED AS EXPECTED:'} '{expected}'")
                ok &= status == 200 and shown
            status, text, _ = request(port, "GET", "/api/v1/environments", "hostile-architect")
            written = [e for e in json.loads(text) if e.get("key") in ("deep", "deeper", "huge", "strings")]
            print(f"environments written: {len(written)}; peak RSS before {before} MB; "
                  f"portal {'alive' if portal.poll() is None else 'DEAD'}")
            return ok and not written and portal.poll() is None
        finally:
            portal.terminate()
            portal.wait(60)


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1], int(sys.argv[2])) else 1)
