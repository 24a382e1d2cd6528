package io.drillbook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Drillbook: disaster-recovery planning, runbooks and failover drills.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DrillbookApplication {

	public static void main(String[] args) {
		SpringApplication.run(DrillbookApplication.class, args);
	}

}
