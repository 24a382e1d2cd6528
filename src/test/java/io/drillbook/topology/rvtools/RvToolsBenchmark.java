package io.drillbook.topology.rvtools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.drillbook.topology.Problem;
import io.drillbook.topology.TopologyRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.drillbook.topology.rvtools.RvToolsInventory.Reading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long importing a large RVTools export takes: 10,000 VMs on 500 hosts in 40 clusters
 * at 2 datacenters, with vInfo as wide as the real one. Not part of the normal build; run
 * it with {@code ./mvnw -B test -Dtest=RvToolsBenchmark -Dgroups=benchmark
 * -DexcludedGroups=}. Figures and the machine they were taken on are in
 * {@code docs/benchmarks.md}.
 */
@Tag("benchmark")
public class RvToolsBenchmark {

	private static final int DATACENTERS = 2;

	private static final int CLUSTERS = 40;

	private static final int HOSTS = 500;

	private static final int VMS = 10_000;

	// RVTools 4.x writes about ninety columns into vInfo.
	private static final int VINFO_COLUMNS = 90;

	private static final int WARM_UPS = 2;

	private static final int REPETITIONS = 5;

	@Test
	void readsAndChecksTenThousandVms() throws IOException {
		RvToolsExports export = estate();
		byte[] workbook = export.xlsx();
		List<InventoryFile> xlsx = List.of(new InventoryFile("RVTools.xlsx", workbook));
		List<InventoryFile> csv = export.csvFiles();
		System.out.printf(Locale.ROOT, "RVTools benchmark: %,d VMs, %,d hosts, %,d clusters, %d datacenters%n", VMS,
				HOSTS, CLUSTERS, DATACENTERS);
		System.out.printf(Locale.ROOT, "workbook %.1f MiB; %s%n", mib(workbook.length), parts(workbook));
		System.out.printf(Locale.ROOT, "CSV files %.1f MiB%n",
				mib(csv.stream().mapToLong((file) -> file.content().length).sum()));
		measure("xlsx", xlsx);
		measure("csv", csv);
		List<InventoryFile> several = severalVCenters();
		System.out.printf(Locale.ROOT, "%d workbooks of %d vCenters, %.1f MiB together%n", several.size(),
				several.size(), mib(several.stream().mapToLong((file) -> file.content().length).sum()));
		measure("xlsx of several vCenters", several);
	}

	/**
	 * The same number of VMs, hosts and clusters in four vCenters, one workbook each as
	 * RVTools writes them: two keep their own datacenter names, two keep vSphere's
	 * default {@code Datacenter} and use the same cluster and short host names, which the
	 * import must keep apart.
	 */
	public static List<InventoryFile> severalVCenters() {
		int vcenters = 4;
		List<InventoryFile> files = new ArrayList<>();
		for (int v = 0; v < vcenters; v++) {
			String server = String.format(Locale.ROOT, "vc%d.example.net", v + 1);
			String datacenter = switch (v) {
				case 0 -> "Amsterdam DC";
				case 1 -> "Rotterdam DR";
				default -> "Datacenter";
			};
			RvToolsExports export = RvToolsExports.anExport();
			int clusters = CLUSTERS / vcenters;
			int hosts = HOSTS / vcenters;
			for (int c = 0; c < clusters; c++) {
				export.cluster(cluster(c), datacenter, c % 4 != 3, c % 2 == 0);
			}
			for (int h = 0; h < hosts; h++) {
				export.host(String.format(Locale.ROOT, "esx%03d", h), datacenter, cluster(h % clusters));
			}
			for (int i = 0; i < VMS / vcenters; i++) {
				int h = i % hosts;
				export.vm(String.format(Locale.ROOT, "app%05d", v * (VMS / vcenters) + i),
						String.format(Locale.ROOT, "esx%03d", h), cluster(h % clusters), datacenter);
			}
			byte[] workbook = export.fromVCenter(server).widenedTo(RvToolsExports.VINFO, VINFO_COLUMNS).xlsx();
			files.add(new InventoryFile("RVTools_export_all_" + server + ".xlsx", workbook));
		}
		return files;
	}

	private static void measure(String format, List<InventoryFile> files) {
		for (int i = 0; i < WARM_UPS; i++) {
			Reading reading = RvToolsInventory.read(files);
			assertThat(reading.problems()).isEmpty();
			assertThat(TopologyRules.check(reading.inventory())).isEmpty();
		}
		long[] reads = new long[REPETITIONS];
		long[] checks = new long[REPETITIONS];
		for (int i = 0; i < REPETITIONS; i++) {
			long start = System.nanoTime();
			Reading reading = RvToolsInventory.read(files);
			long read = System.nanoTime();
			List<Problem> problems = TopologyRules.check(reading.inventory());
			long checked = System.nanoTime();
			assertThat(reading.inventory().components()).hasSize(VMS);
			assertThat(problems).isEmpty();
			reads[i] = read - start;
			checks[i] = checked - read;
		}
		System.out.printf(Locale.ROOT, "%s read:  %s ms (median %d ms)%n", format, millis(reads), median(reads));
		System.out.printf(Locale.ROOT, "%s check: %s ms (median %d ms)%n", format, millis(checks), median(checks));
	}

	/** The benchmark estate, also imported end to end by {@link TopologyBenchmark}. */
	public static RvToolsExports estate() {
		RvToolsExports export = RvToolsExports.anExport();
		for (int c = 0; c < CLUSTERS; c++) {
			export.cluster(cluster(c), datacenter(c), c % 4 != 3, c % 2 == 0);
		}
		for (int h = 0; h < HOSTS; h++) {
			int c = h % CLUSTERS;
			export.host(host(h), datacenter(c), cluster(c));
		}
		for (int v = 0; v < VMS; v++) {
			int h = v % HOSTS;
			int c = h % CLUSTERS;
			export.vm(String.format(Locale.ROOT, "app%05d", v), host(h), cluster(c), datacenter(c));
			if (v % 50 == 0) {
				export.template(String.format(Locale.ROOT, "template%05d", v), host(h), cluster(c), datacenter(c));
			}
		}
		return export.widenedTo(RvToolsExports.VINFO, VINFO_COLUMNS);
	}

	private static String datacenter(int cluster) {
		return (cluster < CLUSTERS / DATACENTERS) ? "Amsterdam DC" : "Rotterdam DR";
	}

	private static String cluster(int cluster) {
		return String.format(Locale.ROOT, "Cluster-%02d", cluster);
	}

	private static String host(int host) {
		return String.format(Locale.ROOT, "esx%03d.example.net", host);
	}

	/** The expanded and compressed size of each sheet, to back the zip-bomb ratio. */
	private static String parts(byte[] workbook) throws IOException {
		List<String> parts = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				long expanded = zip.transferTo(java.io.OutputStream.nullOutputStream());
				if (entry.getName().startsWith("xl/worksheets/") || entry.getName().contains("sharedStrings")) {
					parts.add(String.format(Locale.ROOT, "%s %.1f MiB at %.1f %%", entry.getName(), mib(expanded),
							100.0 * entry.getCompressedSize() / expanded));
				}
			}
		}
		return String.join("; ", parts);
	}

	private static double mib(long bytes) {
		return bytes / 1024.0 / 1024.0;
	}

	private static String millis(long[] nanos) {
		return Arrays.toString(Arrays.stream(nanos).map((n) -> n / 1_000_000).toArray());
	}

	private static long median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1_000_000;
	}

}
