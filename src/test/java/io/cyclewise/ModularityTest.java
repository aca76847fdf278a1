package io.cyclewise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each top-level package is a module; only their public API is used across them, and there are no cycles. A module's
 * base package is that API: what other modules need (services, read-only records, events, extension points). Its
 * entities, repositories, controllers and form objects live in sub-packages, which Spring Modulith keeps internal.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(CyclewiseApplication.class);

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cyclewise");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void basePackagesHoldOnlyTheModulesApi() {
		noClasses().that(inABasePackage())
			.should()
			.beAnnotatedWith(Entity.class)
			.orShould()
			.beAnnotatedWith(Embeddable.class)
			.orShould()
			.beAnnotatedWith(MappedSuperclass.class)
			.orShould()
			.beAssignableTo(Repository.class)
			.orShould()
			.beAnnotatedWith(Controller.class)
			.orShould()
			.beAnnotatedWith(RestController.class)
			.orShould()
			.haveSimpleNameEndingWith("Form")
			.because("a module's base package is its API; the rest is internal (docs/architecture.md)")
			.check(classes);
	}

	/** io.cyclewise.<module>, not a sub-package of it; shared is the common kernel every module may use. */
	private static DescribedPredicate<JavaClass> inABasePackage() {
		return DescribedPredicate.describe("reside in a module's base package",
				type -> type.getPackageName().matches("io\\.cyclewise\\.[a-z]+") && !type.getPackageName().equals("io.cyclewise.shared"));
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
