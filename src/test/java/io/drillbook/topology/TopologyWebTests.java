package io.drillbook.topology;

import io.drillbook.DrillbookTest;
import io.drillbook.topology.file.EnvironmentFileCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class TopologyWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environments environments;

	@Autowired
	Imports imports;

	@BeforeEach
	void sample() {
		if (this.environments.find(new EnvironmentKey("vc-web")).isEmpty()) {
			importSample("vc-web");
		}
	}

	@Test
	void anArchitectUploadsAFileSeesThePreviewAndConfirms() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "estate.yaml", "application/yaml",
				Samples.virtualCenterAs("vc-upload"));
		MvcResult preview = this.mvc
			.perform(multipart("/environments/import").file(file).with(architect()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Creates VirtualCenter estate (vc-upload)")))
			.andExpect(content().string(containsString("Confirm the import")))
			.andReturn();
		assertThat(this.environments.find(new EnvironmentKey("vc-upload"))).isEmpty();

		Imports.Preview shown = (Imports.Preview) preview.getModelAndView().getModel().get("preview");
		this.mvc.perform(post("/environments/import/" + shown.id().orElseThrow()).with(architect()).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.environments.find(new EnvironmentKey("vc-upload"))).isPresent();
	}

	@Test
	void aBrokenUploadListsEveryProblemAndCreatesNothing() throws Exception {
		String broken = new String(Samples.virtualCenterAs("vc-broken"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("placement: {kind: physical, host: sqlhq01}", "placement: {kind: physical, host: nowhere}")
			.replace("rto: 2h", "rto: soon");
		MockMultipartFile file = new MockMultipartFile("file", "broken.yaml", "application/yaml",
				broken.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		this.mvc.perform(multipart("/environments/import").file(file).with(architect()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nothing was saved")))
			.andExpect(content().string(containsString("broken.yaml, components[3] (vcdb)")))
			.andExpect(content().string(containsString("cannot read &#39;soon&#39; as a duration")));
		assertThat(this.environments.find(new EnvironmentKey("vc-broken"))).isEmpty();
	}

	@Test
	void theOverviewSearchesAndPagesComponents() throws Exception {
		this.mvc.perform(get("/environments/vc-web").param("q", "server").with(operator()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("matching", 3))
			.andExpect(content().string(containsString("VirtualCenter Server")))
			.andExpect(content().string(not(containsString("Payroll application"))));

		this.mvc.perform(get("/environments/vc-web").param("q", "esx02").header("HX-Request", "true").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Payroll application")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void hostsAndDependenciesAreSearchable() throws Exception {
		this.mvc.perform(get("/environments/vc-web/infrastructure").param("q", "esx02").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("esx02.hq.example.net")))
			.andExpect(content().string(not(containsString("esx03.hq.example.net"))))
			.andExpect(content().string(containsString("1 host(s); page 1 of 1")));
		this.mvc.perform(get("/environments/vc-web/dependencies").param("q", "license").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 dependency; page 1 of 1")))
			.andExpect(content().string(containsString("grace period, 14 days")))
			.andExpect(content().string(not(containsString("Derived from the clusters"))));
	}

	@Test
	void aDependencyTheClusterImpliesIsShownAsDerivedOnceNoLongerWritten() throws Exception {
		importSample("vc-derived");
		this.mvc
			.perform(post("/environments/vc-derived/dependencies/delete").with(architect())
				.with(csrf())
				.param("revision", revision("vc-derived"))
				.param("dependent", "vmotion")
				.param("dependsOn", "vc"))
			.andExpect(status().isFound());

		this.mvc.perform(get("/environments/vc-derived/dependencies").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Derived from the clusters (rule T1)")))
			.andExpect(content().string(containsString("vmotion → vc")))
			.andExpect(content().string(containsString("VMotion of Production HA cluster is driven by")))
			.andExpect(content().string(not(containsString("drs → vc"))));
	}

	@Test
	void anArchitectEditsSitesClustersHostsAndDependenciesInPlace() throws Exception {
		importSample("vc-infra");
		String base = "/environments/vc-infra";
		this.mvc
			.perform(post(base + "/sites").with(architect())
				.with(csrf())
				.param("revision", revision("vc-infra"))
				.param("key", " lab ")
				.param("name", "Lab room")
				.param("role", "recovery"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "Saved site lab."));
		this.mvc
			.perform(post(base + "/clusters").with(architect())
				.with(csrf())
				.param("revision", revision("vc-infra"))
				.param("key", "labc")
				.param("name", "Lab cluster")
				.param("site", "lab")
				.param("ha", "true")
				.param("admissionControl", "true")
				.param("managedBy", ""))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "Saved cluster labc."));
		this.mvc
			.perform(post(base + "/hosts").with(architect())
				.with(csrf())
				.param("revision", revision("vc-infra"))
				.param("key", "esx21")
				.param("name", "esx21.lab.example.net")
				.param("site", "lab")
				.param("cluster", "labc"))
			.andExpect(flash().attribute("flashSuccess", "Saved host esx21."));
		Topology topology = this.environments.require(new EnvironmentKey("vc-infra")).topology();
		assertThat(topology.sites()).contains(new Site("lab", "Lab room", SiteRole.RECOVERY));
		assertThat(topology.clusters())
			.contains(new Cluster("labc", "Lab cluster", "lab", true, false, false, java.util.Optional.empty()));
		assertThat(topology.hosts()).contains(
				new Host("esx21", "esx21.lab.example.net", "lab", java.util.Optional.of("labc"), HostKind.HYPERVISOR));

		this.mvc
			.perform(post(base + "/dependencies").with(architect())
				.with(csrf())
				.param("revision", revision("vc-infra"))
				.param("dependent", "webaccess")
				.param("dependsOn", "license")
				.param("graceDays", "0"))
			.andExpect(flash().attribute("flashError",
					"Grace days: at least 1; leave the field empty for a hard dependency."));
		this.mvc
			.perform(post(base + "/hosts").with(architect())
				.with(csrf())
				.param("revision", revision("vc-infra"))
				.param("key", "esx22")
				.param("site", "nowhere"))
			.andExpect(flash().attribute("flashError", "Nothing was saved: fix the problems listed below."))
			.andExpect(flash().attribute("problems", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())));
		this.mvc.perform(
				post(base + "/sites/lab/delete").with(operator()).with(csrf()).param("revision", revision("vc-infra")))
			.andExpect(status().isForbidden());
		assertThat(this.environments.require(new EnvironmentKey("vc-infra")).topology().hosts()).extracting(Host::key)
			.contains("esx21")
			.doesNotContain("esx22");
	}

	@Test
	void anArchitectDeclaresAFailoverClusterAndThePlanJudgesIt() throws Exception {
		importSample("vc-failover");
		String base = "/environments/vc-failover";
		this.mvc
			.perform(post(base + "/failover-clusters").with(architect())
				.with(csrf())
				.param("revision", revision("vc-failover"))
				.param("key", "vcdb-fc")
				.param("name", "VCDB cluster")
				.param("runs", "vcdb")
				.param("nodes", "sqlhq01")
				.param("quorum", "majority-node-set"))
			.andExpect(flash().attribute("flashError", "Nothing was saved: fix the problems listed below."))
			.andExpect(flash().attribute("problems",
					org.hamcrest.Matchers.hasItem(new Problem("failover cluster vcdb-fc", "nodes",
							"a failover cluster needs at least two nodes (two OS instances), each on its own host"))));
		this.mvc
			.perform(post(base + "/failover-clusters").with(architect())
				.with(csrf())
				.param("revision", revision("vc-failover"))
				.param("key", "vcdb-fc")
				.param("name", "VCDB cluster")
				.param("runs", "vcdb")
				.param("nodes", "sqlhq01, sqldr01")
				.param("quorum", "majority-node-set"))
			.andExpect(flash().attribute("flashSuccess", "Saved failover cluster vcdb-fc."));

		this.mvc.perform(get(base + "/infrastructure").with(operator()))
			.andExpect(content().string(containsString("VCDB cluster")))
			.andExpect(content().string(containsString("no witness share")))
			.andExpect(content().string(not(containsString("Declare failover cluster"))));
		this.mvc.perform(get(base + "/plan/vcdb").with(operator()))
			.andExpect(content().string(containsString("more than half of its votes")));
		this.mvc.perform(get("/api/v1/environments/vc-failover").with(operator()))
			.andExpect(jsonPath("$.failoverClusters[0].nodes[1]").value("sqldr01"));

		this.mvc
			.perform(post(base + "/failover-clusters/vcdb-fc/delete").with(architect())
				.with(csrf())
				.param("revision", revision("vc-failover")))
			.andExpect(flash().attribute("flashSuccess", "Removed failover cluster vcdb-fc."));
		assertThat(this.environments.require(new EnvironmentKey("vc-failover")).topology().failoverClusters())
			.isEmpty();
	}

	@Test
	void anEnvironmentIsRemovedOnlyWhenItsKeyIsTypedToConfirm() throws Exception {
		importSample("vc-remove");
		this.mvc
			.perform(post("/environments/vc-remove/delete").with(architect()).with(csrf()).param("confirmKey", "vc"))
			.andExpect(flash().attribute("flashError", "Type the key vc-remove to confirm the removal."));
		assertThat(this.environments.find(new EnvironmentKey("vc-remove"))).isPresent();
		this.mvc
			.perform(post("/environments/vc-remove/delete").with(architect())
				.with(csrf())
				.param("confirmKey", " vc-remove "))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "Removed VirtualCenter estate."));
		assertThat(this.environments.find(new EnvironmentKey("vc-remove"))).isEmpty();
	}

	@Test
	void anEnvironmentIsCreatedAndDescribedWithEachErrorBesideItsField() throws Exception {
		this.mvc
			.perform(post("/environments").with(architect())
				.with(csrf())
				.param("key", "vc-web")
				.param("name", " ")
				.param("description", "a second estate"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "key", "name"))
			.andExpect(content().string(containsString("an environment with the key &#39;vc-web&#39; exists")))
			.andExpect(content().string(containsString("a second estate")));
		this.mvc
			.perform(post("/environments").with(architect())
				.with(csrf())
				.param("key", " lab ")
				.param("name", "Lab")
				.param("description", ""))
			.andExpect(redirectedUrl("/environments/lab"));

		String seen = revision("lab");
		this.mvc
			.perform(post("/environments/lab").with(architect())
				.with(csrf())
				.param("revision", seen)
				.param("name", "")
				.param("description", "the test bench"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("the test bench")));
		this.mvc
			.perform(post("/environments/lab").with(architect())
				.with(csrf())
				.param("revision", seen)
				.param("name", "Test bench")
				.param("description", "the test bench"))
			.andExpect(redirectedUrl("/environments/lab"));
		this.mvc
			.perform(post("/environments/lab").with(architect())
				.with(csrf())
				.param("revision", seen)
				.param("name", "Bench")
				.param("description", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("Not saved: ")));
		assertThat(this.environments.require(new EnvironmentKey("lab")).name()).isEqualTo("Test bench");
	}

	private void importSample(String key) {
		this.imports.confirm(
				this.imports.previewFile("vc.yaml", Samples.virtualCenterAs(key), "architect").id().orElseThrow(),
				"architect");
	}

	private String revision(String environment) {
		return Long.toString(this.environments.require(new EnvironmentKey(environment)).revision());
	}

	@Test
	void aComponentFormErrorNamesTheField() throws Exception {
		long revision = this.environments.require(new EnvironmentKey("vc-web")).revision();
		this.mvc
			.perform(post("/environments/vc-web/components").with(architect())
				.with(csrf())
				.param("revision", Long.toString(revision))
				.param("key", "crm")
				.param("name", "CRM")
				.param("kind", "application")
				.param("placementKind", "vm")
				.param("placementCluster", "missing")
				.param("tier", "2")
				.param("rto", "4h")
				.param("rpo", "1h"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "placementCluster"))
			.andExpect(content().string(containsString("unknown cluster &#39;missing&#39;")));
		assertThat(this.environments.require(new EnvironmentKey("vc-web")).topology().component("crm")).isEmpty();
	}

	@Test
	void anArchitectAddsAComponent() throws Exception {
		long revision = this.environments.require(new EnvironmentKey("vc-web")).revision();
		this.mvc
			.perform(post("/environments/vc-web/components").with(architect())
				.with(csrf())
				.param("revision", Long.toString(revision))
				.param("key", "billing")
				.param("name", "Billing")
				.param("kind", "application")
				.param("placementKind", "vm")
				.param("placementCluster", "prod")
				.param("tier", "2")
				.param("rto", "4h")
				.param("rpo", "1h")
				.param("mustSurvive", "host-failure", "os-failure"))
			.andExpect(status().isFound());
		Component billing = this.environments.require(new EnvironmentKey("vc-web"))
			.topology()
			.component("billing")
			.orElseThrow();
		assertThat(billing.mustSurvive()).containsExactlyInAnyOrder(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE);
	}

	@Test
	void whatIfTheVirtualCenterServerFails() throws Exception {
		this.mvc.perform(get("/environments/vc-web/impact").param("element", "component:vc").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fails at once (4)")))
			.andExpect(content().string(containsString("VMotion needs VirtualCenter Server (hard dependency)")))
			.andExpect(content().string(containsString("DRS needs VirtualCenter Server (hard dependency)")));
	}

	@Test
	void theDiagramIsDrawnFromTheEnvironmentsElements() throws Exception {
		this.mvc.perform(get("/environments/vc-web/diagram.json").with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.data.id == 'site:hq')].group").value("nodes"))
			.andExpect(jsonPath("$[?(@.data.id == 'dependency:vc -> license')].classes").value("grace"));
		this.mvc.perform(get("/environments/nowhere/diagram.json").with(operator())).andExpect(status().isNotFound());
	}

	@Test
	void theDiagramPageHoldsItsElementsAndNoNameCanCloseTheirScript() throws Exception {
		Topology sample = this.environments.require(new EnvironmentKey("vc-web")).topology();
		this.environments.create("vc-diagram", "Diagram", "",
				sample.withComponent(sample.component("payroll").orElseThrow().withName("</script><b>payroll & co")),
				"test");

		this.mvc.perform(get("/environments/vc-diagram/diagram").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<script type=\"application/json\" id=\"diagram-elements\">")))
			.andExpect(content().string(containsString("\\u003c/script\\u003e\\u003cb\\u003epayroll \\u0026 co")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("</script><b>payroll"))));
	}

	@Test
	void theExportReadsBackAsTheSameEnvironment() throws Exception {
		byte[] yaml = this.mvc.perform(get("/environments/vc-web/export.yaml").with(operator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("vc-web.yaml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Imports.Preview again = this.imports.previewFile("vc-web.yaml", yaml, "architect");
		assertThat(again.replacing()).isTrue();
		assertThat(again.changes()).isEmpty();
	}

	@Test
	void theApiReadsForEveryoneAndWritesForArchitects() throws Exception {
		this.mvc.perform(get("/api/v1/environments/vc-web").with(operator()))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.components.length()").value(8));
		this.mvc
			.perform(get("/api/v1/environments/vc-web/impact").param("type", "component")
				.param("element", "license")
				.with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.effects[?(@.key == 'vc')].outcome").value("FAILS_AFTER_GRACE"));

		String json = this.mvc.perform(get("/api/v1/environments/vc-web").with(operator()))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace("\"key\" : \"vc-web\"", "\"key\" : \"vc-api\"")
			.replace("\"key\":\"vc-web\"", "\"key\":\"vc-api\"");
		this.mvc
			.perform(put("/api/v1/environments/vc-api").contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.with(operator())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/environments/vc-api").contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.with(architect())
				.with(csrf()))
			.andExpect(status().isCreated());
		this.mvc
			.perform(put("/api/v1/environments/vc-api").contentType(MediaType.APPLICATION_JSON)
				.content(json.replace("\"dependsOn\":\"vcdb\"", "\"dependsOn\":\"nothing\""))
				.with(architect())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0].message").value("unknown component 'nothing'"));
		this.mvc
			.perform(put("/api/v1/environments/vc-api").contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.header("If-Match", "\"0000\"")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(delete("/api/v1/environments/vc-api").with(architect()).with(csrf()))
			.andExpect(status().isNoContent());
	}

	@Test
	void anApiBodyOverTheFileLimitIsRefusedWithTheLimitAndNothingSaved() throws Exception {
		byte[] body = new byte[EnvironmentFileCodec.MAX_BYTES + 1];
		java.util.Arrays.fill(body, (byte) ' ');
		this.mvc
			.perform(put("/api/v1/environments/vc-huge").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(architect())
				.with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("at most 32 MB")));
		assertThat(this.environments.find(new EnvironmentKey("vc-huge"))).isEmpty();
	}

	@Test
	void onlyArchitectsSeeTheFormsThatChangeTopology() throws Exception {
		this.mvc.perform(get("/environments/new").with(operator())).andExpect(status().isForbidden());
		this.mvc.perform(get("/environments/import").with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/environments/vc-web").with(operator()))
			.andExpect(content().string(not(containsString("Add component"))));
	}

	private static RequestPostProcessor architect() {
		return user("architect").roles("ARCHITECT");
	}

	private static RequestPostProcessor operator() {
		return user("olga").roles("OPERATOR");
	}

}
