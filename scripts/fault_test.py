#!/usr/bin/env python3
"""Kills the portal, its embedded PostgreSQL, or both, with SIGKILL while an operator works
through a drill, starts the portal again on the same data directory, and checks that every
action the server acknowledged is there with the time it acknowledged, that the audit chain
verifies, and how long the restart took. The mode "restore" backs the stopped portal up with
scripts/backup-embedded.sh, changes more, restores the backup with
scripts/restore-embedded.sh and checks that the backup's state is what comes back. Run
through scripts/fault-test.sh; see docs/benchmarks.md."""

import base64
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ADMIN_PASSWORD = "fault-admin-password-1"
PASSWORD = "fault-password-1"
SCRIPTS = Path(__file__).resolve().parent
SAMPLE = SCRIPTS.parent / "db" / "samples" / "virtualcenter.yaml"


class Portal:
    def __init__(self, jar, data, port, log):
        self.jar, self.data, self.port, self.log = jar, data, port, log
        self.process = None

    def start(self):
        started = time.monotonic()
        env = dict(os.environ, DRILLBOOK_ADMIN_PASSWORD=ADMIN_PASSWORD)
        self.process = subprocess.Popen(
            ["java", "-Xmx512m", "-jar", self.jar, f"--server.port={self.port}",
             f"--drillbook.embedded-postgres.data-directory={self.data}"],
            stdout=open(self.log, "a"), stderr=subprocess.STDOUT, env=env)
        while time.monotonic() - started < 180:
            if self.process.poll() is not None:
                raise SystemExit(f"the portal exited with {self.process.returncode}; see {self.log}")
            try:
                if call(self.port, "GET", "/actuator/health", None, None)[0] == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"the portal did not answer within 180 s; see {self.log}")

    def postmaster(self):
        return int((Path(self.data) / "postmaster.pid").read_text().splitlines()[0])

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.kill()


def call(port, method, path, user, body, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(f"http://localhost:{port}{path}", data=data, method=method)
    if user:
        token = base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    if data is not None:
        request.add_header("Content-Type", content_type)
    request.add_header("Accept", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def expect(result, status):
    if result[0] != status:
        raise SystemExit(f"expected {status}, got {result[0]}: {result[1]}")
    return result[1]


def prepare(port):
    admin = ("admin", ADMIN_PASSWORD)
    for name, role in (("fault-architect", "ARCHITECT"), ("fault-operator", "OPERATOR"),
                       ("fault-auditor", "AUDITOR")):
        expect(call(port, "POST", "/api/v1/users", admin,
                    {"username": name, "name": name, "password": PASSWORD, "roles": [role]}), 201)
    architect = ("fault-architect", PASSWORD)
    yaml = SAMPLE.read_text().replace("key: virtualcenter", "key: fault").encode()
    expect(call(port, "PUT", "/api/v1/environments/fault", architect, yaml, "application/yaml"), 201)
    draft = expect(call(port, "GET", "/api/v1/environments/fault/runbooks/vc/site", architect, None), 200)
    version = expect(call(port, "POST", "/api/v1/environments/fault/runbooks/vc/site/publish", architect,
                          {"reviewedSha256": draft["draftSha256"]}), 201)
    drill = expect(call(port, "POST", "/api/v1/drills", ("fault-operator", PASSWORD),
                        {"runbookVersionId": version["id"], "kind": "DRILL", "scope": "SITE",
                         "target": "Headquarters data centre"}), 201)
    return drill["id"]


class Operator(threading.Thread):
    """Starts and completes the drill's steps one after the other, with a note after each
    action, and keeps what the server acknowledged."""

    def __init__(self, port, drill, limit=None):
        super().__init__(daemon=True)
        self.port, self.drill, self.limit = port, drill, limit
        self.acknowledged = []  # (step, field, time)
        self.notes = {}  # step -> notes acknowledged
        self.unanswered = None  # the step of a note sent when the kill came

    def run(self):
        user = ("fault-operator", PASSWORD)
        try:
            state = expect(call(self.port, "GET", f"/api/v1/drills/{self.drill}", user, None), 200)
            for step in state["steps"]:
                if self.limit is not None and len(self.acknowledged) >= self.limit:
                    return
                version = step["version"]
                for action, field in (("START", "startedAt"), ("COMPLETE", "finishedAt")):
                    answer = expect(call(self.port, "POST", f"/api/v1/drills/{self.drill}/steps/{step['id']}",
                                         user, {"action": action, "version": version}), 200)
                    version = answer["version"]
                    self.acknowledged.append((step["id"], field, answer[field]))
                    self.unanswered = step["id"]
                    expect(call(self.port, "POST", f"/api/v1/drills/{self.drill}/steps/{step['id']}/notes", user,
                                {"text": f"after {action.lower()}"}), 201)
                    self.unanswered = None
                    self.notes[step["id"]] = self.notes.get(step["id"], 0) + 1
            last = state["steps"][-1]["id"]
            while True:
                self.unanswered = last
                expect(call(self.port, "POST", f"/api/v1/drills/{self.drill}/steps/{last}/notes", user,
                            {"text": "still here"}), 201)
                self.unanswered = None
                self.notes[last] = self.notes.get(last, 0) + 1
        except (OSError, SystemExit):
            pass  # the kill came


def check(port, drill, operator):
    """What of the operator's acknowledged work is missing, and the audit chain."""
    stored = expect(call(port, "GET", f"/api/v1/drills/{drill}", ("fault-operator", PASSWORD), None), 200)
    steps = {s["id"]: s for s in stored["steps"]}
    lost = [f"step {s} {f} acknowledged at {t}, stored {steps[s][f]}"
            for s, f, t in operator.acknowledged if steps[s][f] != t]
    for step, count in operator.notes.items():
        # A note whose answer the kill cut off may or may not have been committed.
        extra = 1 if operator.unanswered == step else 0
        if not count <= steps[step]["notes"] <= count + extra:
            lost.append(f"step {step}: {count} notes acknowledged, {steps[step]['notes']} stored")
    chain = expect(call(port, "GET", "/api/v1/audit/verification", ("fault-auditor", PASSWORD), None), 200)
    return lost, chain, steps


def restore(jar, port):
    with tempfile.TemporaryDirectory() as work:
        data = str(Path(work) / "postgres")
        archive = str(Path(work) / "backup.tar.gz")
        portal = Portal(jar, data, port, str(Path(work) / "portal.log"))
        portal.start()
        drill = prepare(port)
        operator = Operator(port, drill, limit=6)
        operator.run()
        portal.stop()
        subprocess.run([str(SCRIPTS / "backup-embedded.sh"), data, archive], check=True, stdout=subprocess.DEVNULL)
        portal.start()
        last = operator.acknowledged[-1][0]
        expect(call(port, "POST", f"/api/v1/drills/{drill}/steps/{last}/notes", ("fault-operator", PASSWORD),
                    {"text": "written after the backup"}), 201)
        portal.stop()
        subprocess.run([str(SCRIPTS / "restore-embedded.sh"), archive, data], check=True, stdout=subprocess.DEVNULL)
        back = portal.start()
        try:
            lost, chain, steps = check(port, drill, operator)
        finally:
            portal.stop()
        if steps[last]["notes"] != operator.notes.get(last, 0):
            lost.append(f"step {last}: {steps[last]['notes']} notes after the restore, "
                        f"{operator.notes.get(last, 0)} in the backup")
        return report("backup and restore  ", "in the backup", "lost or left over", operator, lost, chain, back)


def run(mode, jar, port):
    if mode == "restore":
        return restore(jar, port)
    with tempfile.TemporaryDirectory() as work:
        data = str(Path(work) / "postgres")
        log = str(Path(work) / "portal.log")
        portal = Portal(jar, data, port, log)
        portal.start()
        drill = prepare(port)
        operator = Operator(port, drill)
        operator.start()
        time.sleep(3)
        postmaster = portal.postmaster()
        if mode in ("postgres", "both"):
            os.kill(postmaster, signal.SIGKILL)
        if mode in ("application", "both"):
            portal.kill()
        operator.join(60)
        if mode == "postgres":
            portal.stop()
        restart = portal.start()
        try:
            lost, chain, _ = check(port, drill, operator)
        finally:
            portal.stop()
        return report(f"kill -9 of {mode:11}", "acknowledged", "lost", operator, lost, chain, restart)


def report(label, kept, missing, operator, lost, chain, seconds):
    """Prints one line for the run and what went missing; whether it passed."""
    intact = chain["firstBroken"] is None
    acknowledged = len(operator.acknowledged) + sum(operator.notes.values())
    print(f"{label}: {acknowledged:3} actions {kept}, {len(lost)} {missing}; "
          f"audit chain of {chain['checked']} entries {'intact' if intact else 'BROKEN'}; back in {seconds:.1f} s")
    for line in lost:
        print("  " + line)
    return not lost and intact and acknowledged > 0


if __name__ == "__main__":
    jar, port, modes = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    results = [run(mode, jar, port) for mode in modes]
    sys.exit(0 if all(results) else 1)
