#!/usr/bin/env python3
"""Kills the portal, its PostgreSQL, or both, with SIGKILL while an operator works through a
drill, starts again, and checks that every action the server acknowledged is there with the
time it acknowledged, that the audit chain verifies, and how long the restart took. The mode
"restore" backs the stopped portal up, changes more, restores the backup and checks that the
backup's state is what comes back.

Modes without a prefix run on the embedded default. Modes starting with "external-" run on a
fresh database of a local Debian PostgreSQL cluster (DRILLBOOK_FAULT_CLUSTER, e.g. 15/main),
set up by scripts/create-database.sh with the application in a role that does not own the
schema; "external-two-instances" runs two portals on it, signs in on the first, kills it and
carries on in the same session on the second. Run through scripts/fault-test.sh; see
docs/benchmarks.md."""

import base64
import copy
import http.cookiejar
import json
import re
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ADMIN_PASSWORD = "fault-admin-password-1"
PASSWORD = "fault-password-1"
SCRIPTS = Path(__file__).resolve().parent
SAMPLE = SCRIPTS.parent / "db" / "samples" / "virtualcenter.yaml"


class Portal:
    """The portal on the embedded default with the given data directory, or, with
    `database`, on that external database."""

    def __init__(self, jar, data, port, log, database=None):
        self.jar, self.data, self.port, self.log, self.database = jar, data, port, log, database
        self.process = None

    def start(self):
        started = time.monotonic()
        env = dict(os.environ, DRILLBOOK_ADMIN_PASSWORD=ADMIN_PASSWORD,
                   DRILLBOOK_AUDIT_KEY="fault-test-audit-key-0123456789abcdef")
        arguments = ["java", "-Xmx512m", "-jar", self.jar, f"--server.port={self.port}"]
        if self.database:
            env.update(self.database.settings())
        else:
            arguments.append(f"--drillbook.embedded-postgres.data-directory={self.data}")
        self.process = subprocess.Popen(arguments, stdout=open(self.log, "a"), stderr=subprocess.STDOUT, env=env)
        return self.answering(started)

    def answering(self, started):
        """Seconds from `started` until the portal's health is UP, its database included."""
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


class Session:
    """A person signed in through the login page: a session cookie and its CSRF token, as a
    browser holds them. Cookies do not depend on the port, so the session goes to whichever
    portal is asked."""

    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = None

    def sign_in(self, port, username, password):
        page = self.opener.open(f"http://localhost:{port}/login", timeout=30).read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"username": username, "password": password, "_csrf": token}).encode()
        self.opener.open(urllib.request.Request(f"http://localhost:{port}/login", data=form), timeout=30).read()
        home = self.opener.open(f"http://localhost:{port}/", timeout=30).read().decode()
        self.csrf = (re.search(r'name="csrf-header" content="([^"]+)"', home).group(1),
                     re.search(r'name="csrf-token" content="([^"]+)"', home).group(1))


class External:
    """A new database on a local Debian PostgreSQL cluster, made by scripts/create-database.sh:
    Flyway migrates as its owner, the portal runs as the application role."""

    OWNER, APP = "drillbook_fault_owner", "drillbook_fault_app"

    def __init__(self, cluster, database="drillbook_fault"):
        self.database = database
        self.version, self.name = cluster.split("/")
        self.passwords = {"owner": f"owner-{os.getpid()}-{time.time_ns()}", "app": f"app-{os.getpid()}-{time.time_ns()}"}
        self.port = int(subprocess.run(["pg_conftool", "-s", self.version, self.name, "show", "port"],
                                       check=True, capture_output=True, text=True).stdout.strip())

    def psql(self, *sql):
        subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-p", str(self.port),
                        "-v", "ON_ERROR_STOP=1", *[part for statement in sql for part in ("-c", statement)]],
                       check=True, stdout=subprocess.DEVNULL)

    def create(self):
        self.drop()
        env = dict(os.environ, PSQL=f"runuser -u postgres -- psql -p {self.port}",
                   DRILLBOOK_DB_OWNER_PASSWORD=self.passwords["owner"], DRILLBOOK_DB_APP_PASSWORD=self.passwords["app"])
        subprocess.run([str(SCRIPTS / "create-database.sh"), self.database, self.OWNER, self.APP],
                       check=True, env=env, stdout=subprocess.DEVNULL)

    def drop(self, roles=True):
        self.psql(f"drop database if exists {self.database} with (force)")
        if roles:
            self.psql(f"drop role if exists {self.APP}", f"drop role if exists {self.OWNER}")

    def restored(self, name):
        """The same cluster and roles, another database."""
        other = copy.copy(self)
        other.database = name
        return other

    def settings(self):
        return {"SPRING_DATASOURCE_URL": f"jdbc:postgresql://127.0.0.1:{self.port}/{self.database}",
                "SPRING_DATASOURCE_USERNAME": self.APP, "SPRING_DATASOURCE_PASSWORD": self.passwords["app"],
                "SPRING_FLYWAY_USER": self.OWNER, "SPRING_FLYWAY_PASSWORD": self.passwords["owner"]}

    def kill(self):
        """SIGKILL of the postmaster and every backend, as when its machine dies."""
        data = Path(f"/var/lib/postgresql/{self.version}/{self.name}")
        postmaster = int((data / "postmaster.pid").read_text().splitlines()[0])
        children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
        killed = [postmaster, *map(int, children)]
        for pid in killed:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 60
        while any(alive(pid) for pid in killed) and time.monotonic() < deadline:
            time.sleep(0.1)
        # A dying machine takes its /run with it. Left behind, the socket's lock file names
        # the killed postmaster's PID, which a new thread of the portal may hold by now, and
        # PostgreSQL would take that for a live postmaster and refuse to start.
        for leftover in Path("/var/run/postgresql").glob(f".s.PGSQL.{self.port}*"):
            leftover.unlink(missing_ok=True)

    def start(self):
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", self.version, self.name, "start"], check=True)


def alive(pid):
    try:
        os.kill(pid, 0)
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False


def call(port, method, path, user, body, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(f"http://localhost:{port}{path}", data=data, method=method)
    opener = urllib.request.build_opener()
    if isinstance(user, Session):
        opener = user.opener
        request.add_header(*user.csrf)
    elif user:
        token = base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    if data is not None:
        request.add_header("Content-Type", content_type)
    request.add_header("Accept", "application/json")
    try:
        with opener.open(request, timeout=30) as response:
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

    def __init__(self, port, drill, limit=None, user=("fault-operator", PASSWORD)):
        super().__init__(daemon=True)
        self.port, self.drill, self.limit, self.user = port, drill, limit, user
        self.acknowledged = []  # (step, field, time)
        self.notes = {}  # step -> notes acknowledged
        self.unanswered = None  # the step of a note sent when the kill came

    def done(self):
        """Whether the limit of actions, notes included, is reached."""
        return self.limit is not None and len(self.acknowledged) + sum(self.notes.values()) >= self.limit

    def run(self):
        """Goes on from wherever the drill stands, so that it can carry on elsewhere."""
        user = self.user
        try:
            state = expect(call(self.port, "GET", f"/api/v1/drills/{self.drill}", user, None), 200)
            for step in state["steps"]:
                if self.done():
                    return
                version = step["version"]
                for action, field in (("START", "startedAt"), ("COMPLETE", "finishedAt")):
                    if step[field] is not None:
                        continue
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
            while not self.done():
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
        operator = Operator(port, drill, limit=12)
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


def run(mode, jar, port, cluster):
    if mode == "restore":
        return restore(jar, port)
    if mode.startswith("external-"):
        if not cluster:
            raise SystemExit(f"{mode} needs DRILLBOOK_FAULT_CLUSTER, a local cluster such as 15/main")
        database = External(cluster)
        database.create()
        try:
            return external(mode.removeprefix("external-"), jar, port, database)
        finally:
            database.drop()
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


def external(mode, jar, port, database):
    with tempfile.TemporaryDirectory() as work:
        if mode == "two-instances":
            return two_instances(jar, port, database, work)
        if mode == "restore":
            return external_restore(jar, port, database, work)
        portal = Portal(jar, None, port, str(Path(work) / "portal.log"), database)
        portal.start()
        try:
            drill = prepare(port)
            operator = Operator(port, drill)
            operator.start()
            time.sleep(3)
            if mode in ("postgres", "both"):
                database.kill()
            if mode in ("application", "both"):
                portal.kill()
            operator.join(60)
            if mode in ("postgres", "both"):
                database.start()
            # After PostgreSQL alone went down the same portal goes on; otherwise a new one.
            restart = portal.answering(time.monotonic()) if mode == "postgres" else portal.start()
            lost, chain, _ = check(port, drill, operator)
        finally:
            portal.stop()
        return report(f"external, kill -9 of {mode:11}", "acknowledged", "lost", operator, lost, chain, restart)


def two_instances(jar, port, database, work):
    first = Portal(jar, None, port, str(Path(work) / "first.log"), database)
    second = Portal(jar, None, port + 1, str(Path(work) / "second.log"), database)
    first.start()
    try:
        second.start()
        drill = prepare(port)
        session = Session()
        session.sign_in(port, "fault-operator", PASSWORD)
        before = Operator(port, drill, user=session)
        before.start()
        time.sleep(3)
        first.kill()
        before.join(60)
        started = time.monotonic()
        after = Operator(port + 1, drill, limit=6, user=session)
        after.run()
        # One record of what both portals acknowledged; a note the kill cut off on the
        # first may or may not be there.
        before.acknowledged += after.acknowledged
        for step, count in after.notes.items():
            before.notes[step] = before.notes.get(step, 0) + count
        lost, chain, _ = check(port + 1, drill, before)
        if len(after.acknowledged) + sum(after.notes.values()) == 0:
            lost.append("the session signed in on the first portal could not act on the second")
        return report("external, two portals, first killed", "acknowledged", "lost", before, lost, chain,
                      time.monotonic() - started)
    finally:
        second.stop()
        if first.process.poll() is None:
            first.stop()


def external_restore(jar, port, database, work):
    """pg_dump of the database with a drill under way, more work, then pg_restore into an
    empty database as its owner: the backup's state comes back and the chain verifies."""
    dump = str(Path(work) / "drillbook.dump")
    portal = Portal(jar, None, port, str(Path(work) / "portal.log"), database)
    portal.start()
    drill = prepare(port)
    operator = Operator(port, drill, limit=12)
    operator.run()
    env = dict(os.environ, PGPASSWORD=database.passwords["owner"])
    subprocess.run(["pg_dump", "-h", "127.0.0.1", "-p", str(database.port), "-U", database.OWNER, "-Fc", "-f", dump,
                    database.database], check=True, env=env)
    last = operator.acknowledged[-1][0]
    expect(call(port, "POST", f"/api/v1/drills/{drill}/steps/{last}/notes", ("fault-operator", PASSWORD),
                {"text": "written after the backup"}), 201)
    portal.stop()
    restored = database.restored(database.database + "_restored")
    restored.drop(roles=False)
    database.psql(f"create database {restored.database} owner {database.OWNER}",
                  f"revoke all on database {restored.database} from public",
                  f"grant connect, temporary on database {restored.database} to {database.APP}")
    subprocess.run(["pg_restore", "-h", "127.0.0.1", "-p", str(database.port), "-U", database.OWNER,
                    "--exit-on-error", "-d", restored.database, dump], check=True, env=env)
    portal.database = restored
    try:
        back = portal.start()
        lost, chain, steps = check(port, drill, operator)
    finally:
        portal.stop()
        restored.drop(roles=False)
    if steps[last]["notes"] != operator.notes.get(last, 0):
        lost.append(f"step {last}: {steps[last]['notes']} notes after the restore, "
                    f"{operator.notes.get(last, 0)} in the backup")
    return report("external, pg_dump and pg_restore", "in the backup", "lost or left over", operator, lost, chain,
                  back)


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
    results = [run(mode, jar, port, os.environ.get("DRILLBOOK_FAULT_CLUSTER")) for mode in modes]
    sys.exit(0 if all(results) else 1)
