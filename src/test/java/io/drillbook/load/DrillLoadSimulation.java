package io.drillbook.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Fifty operators act on the steps of ten running drills for two minutes: each reads its
 * drill, writes a note on a step, and takes the next step forward (start, then complete),
 * racing the others for it. Afterwards the drills must hold exactly the notes and actions
 * the server acknowledged. Run it with {@code scripts/load-test.sh}.
 */
public class DrillLoadSimulation extends Simulation {

	static final String BASE = System.getProperty("drillbook.url", "http://localhost:18080");

	static final String ADMIN_PASSWORD = System.getProperty("drillbook.admin.password", "");

	static final int OPERATORS = Integer.getInteger("drillbook.operators", 50);

	static final int DRILLS = Integer.getInteger("drillbook.drills", 10);

	static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("drillbook.seconds", 120));

	static final String PASSWORD = "load-operator-password";

	static final Path REPORT = Path.of("target", "load-test-acknowledged.txt");

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final List<Long> drills = new ArrayList<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong notes = new AtomicLong();

	private static final AtomicLong starts = new AtomicLong();

	private static final AtomicLong completions = new AtomicLong();

	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	static {
		prepare();
	}

	// Users, an environment, a published runbook and the running drills, made over the
	// API before any operator starts.
	private static void prepare() {
		send("POST", "/api/v1/users", "admin", ADMIN_PASSWORD, "{\"username\":\"load-architect-" + RUN
				+ "\",\"name\":\"Load architect\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"ARCHITECT\"]}", 201);
		for (int i = 1; i <= OPERATORS; i++) {
			send("POST", "/api/v1/users", "admin", ADMIN_PASSWORD,
					"{\"username\":\"" + operator(i) + "\",\"name\":\"Load operator " + i + "\",\"password\":\""
							+ PASSWORD + "\",\"roles\":[\"OPERATOR\"]}",
					201);
		}
		String architect = "load-architect-" + RUN;
		String environment = "load-" + RUN;
		String yaml;
		try {
			yaml = Files.readString(Path.of("db", "samples", "virtualcenter.yaml"))
				.replace("key: virtualcenter", "key: " + environment);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		send("PUT", "/api/v1/environments/" + environment, architect, PASSWORD, yaml, 201);
		JsonNode runbook = JSON.readTree(send("GET", "/api/v1/environments/" + environment + "/runbooks/vc/site",
				architect, PASSWORD, null, 200));
		String sha = runbook.get("draftSha256").asString();
		String version = send("POST", "/api/v1/environments/" + environment + "/runbooks/vc/site/publish", architect,
				PASSWORD, "{\"reviewedSha256\":\"" + sha + "\"}", 201);
		long versionId = JSON.readTree(version).get("id").asLong();
		for (int d = 0; d < DRILLS; d++) {
			String started = send("POST", "/api/v1/drills", operator(1), PASSWORD, "{\"runbookVersionId\":" + versionId
					+ ",\"kind\":\"DRILL\",\"scope\":\"SITE\",\"target\":\"Headquarters data centre\"}", 201);
			long id = JSON.readTree(started).get("id").asLong();
			drills.add(id);
		}
	}

	private static String operator(int i) {
		return "load-op-" + RUN + "-" + i;
	}

	HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json").disableCaching();

	Iterator<Map<String, Object>> feeder = Stream.iterate(1, (i) -> i + 1).map((i) -> {
		int n = ((i - 1) % OPERATORS) + 1;
		Map<String, Object> record = new HashMap<>();
		record.put("username", operator(n));
		record.put("drill", drills.get((n - 1) % DRILLS));
		return record;
	}).iterator();

	ScenarioBuilder operators = scenario("Operators on running drills").feed(this.feeder)
		.exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200)))
		.exec(http("drill page").get("/drills/#{drill}").check(css("meta[name=csrf-token]", "content").saveAs("csrf")))
		.during(DURATION)
		.on(exec(http("read the drill").get("/api/v1/drills/#{drill}")
			.check(jsonPath("$.steps[*].id").ofLong().findAll().saveAs("ids"))
			.check(jsonPath("$.steps[*].state").findAll().saveAs("states"))
			.check(jsonPath("$.steps[*].version").ofLong().findAll().saveAs("versions")))
			.exec(DrillLoadSimulation::chooseSteps)
			.exec(http("write a note").post("/api/v1/drills/#{drill}/steps/#{noteStep}/notes")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.header("Content-Type", "application/json")
				.body(StringBody("{\"text\":\"Checked by #{username}\"}"))
				.check(status().is(201)))
			.exec((session) -> {
				notes.incrementAndGet();
				return session;
			})
			.doIf((session) -> session.contains("actStep"))
			.then(exec(http("act on a step").post("/api/v1/drills/#{drill}/steps/#{actStep}")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.header("Content-Type", "application/json")
				.body(StringBody("{\"action\":\"#{action}\",\"version\":#{version}}"))
				.check(status().in(200, 409).saveAs("acted"))).exec(DrillLoadSimulation::countAction))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

	{
		setUp(this.operators.injectOpen(rampUsers(OPERATORS).during(Duration.ofSeconds(10)))).protocols(this.protocol)
			.assertions(global().responseTime().percentile(99.0).lt(200), global().failedRequests().count().is(0L));
	}

	// Notes go to any step; the action to the first unfinished step, started if pending,
	// completed if running, so that operators of one drill race each other for it.
	private static Session chooseSteps(Session session) {
		List<Long> ids = session.getList("ids");
		List<String> states = session.getList("states");
		List<Long> versions = session.getList("versions");
		Session next = session.set("noteStep", ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
			.remove("actStep");
		for (int i = 0; i < ids.size(); i++) {
			String state = states.get(i);
			if (state.equals("PENDING") || state.equals("RUNNING")) {
				return next.set("actStep", ids.get(i))
					.set("version", versions.get(i))
					.set("action", state.equals("PENDING") ? "START" : "COMPLETE");
			}
		}
		return next;
	}

	private static Session countAction(Session session) {
		if (session.getInt("acted") == 200) {
			(session.getString("action").equals("START") ? starts : completions).incrementAndGet();
		}
		return session;
	}

	/**
	 * Counts what the drills hold and compares it with what the server acknowledged.
	 */
	@Override
	public void after() {
		long storedNotes = 0;
		long storedStarts = 0;
		long storedCompletions = 0;
		for (long drill : drills) {
			JsonNode json = JSON.readTree(send("GET", "/api/v1/drills/" + drill, "admin", ADMIN_PASSWORD, null, 200));
			for (JsonNode step : json.get("steps")) {
				storedNotes += step.get("notes").asLong();
				storedStarts += step.get("startedAt").isNull() ? 0 : 1;
				storedCompletions += step.get("state").asString().equals("DONE") ? 1 : 0;
			}
		}
		String report = String.format(
				"acknowledged notes %d, stored %d%nacknowledged starts %d, stored %d%nacknowledged completions %d, stored %d%n%s%n",
				notes.get(), storedNotes, starts.get(), storedStarts, completions.get(), storedCompletions,
				(notes.get() == storedNotes && starts.get() == storedStarts && completions.get() == storedCompletions)
						? "MATCH" : "MISMATCH");
		System.out.print(report);
		try {
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT, report);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String send(String method, String path, String user, String password, String body, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request
				.header("Content-Type", path.startsWith("/api/v1/environments/") && method.equals("PUT")
						? "application/yaml" : "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(
						method + " " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
