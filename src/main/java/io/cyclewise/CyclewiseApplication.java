package io.cyclewise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Cyclewise: governs a portfolio of machine-learning initiatives (see ../shared/DOMAIN.md and docs/). */
@SpringBootApplication
public class CyclewiseApplication {

	public static void main(String[] args) {
		SpringApplication.run(CyclewiseApplication.class, args);
	}
}
