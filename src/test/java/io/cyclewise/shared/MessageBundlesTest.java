package io.cyclewise.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every text a person reads comes from a message bundle: each bundle has a complete German twin, and no
 * template carries words of its own (only {@code #{…}} messages, data, and punctuation).
 */
class MessageBundlesTest {

	private static final Path RESOURCES = Paths.get("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** Text a person could read: two letters in a row. Symbols, numbers and punctuation need no translation. */
	private static final Pattern WORDS = Pattern.compile("\\p{L}{2}");

	/**
	 * A text literal inside a Thymeleaf expression ('There are ' + …). Message keys have no spaces or capitals, date
	 * patterns and enum names (ORGANIZATION) are codes, not words.
	 */
	private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

	/** Attributes a person reads (or hears, with a screen reader). */
	private static final List<String> READ_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "data-confirm");

	static Stream<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			List<String> names = new ArrayList<>(List.of("messages"));
			files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.contains("_"))
				.map(name -> "i18n/" + name.replace(".properties", ""))
				.sorted()
				.forEach(names::add);
			return names.stream();
		}
	}

	static Stream<String> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(Files::isRegularFile).map(file -> TEMPLATES.relativize(file).toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyBundleHasACompleteGermanTranslation(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties german = load(bundle + "_de.properties");
		assertThat(new TreeSet<>(german.stringPropertyNames())).as("keys of %s_de", bundle)
			.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
		german.forEach((key, text) -> assertThat(text.toString()).as("%s_de: %s", bundle, key).isNotBlank());
	}

	/** Every value of every domain term has its words in its module's bundle (and so, by the test above, in German). */
	@Test
	void everyDomainTermHasItsLabelInItsModulesBundle() {
		List<String> missing = new ArrayList<>();
		int terms = 0;
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.cyclewise")) {
			if (type.isEnum() && type.isAssignableTo(DomainTerm.class)) {
				terms++;
				long explained = java.util.Arrays.stream(type.reflect().getEnumConstants())
					.filter(constant -> hasMeaning((DomainTerm) constant))
					.count();
				if (explained > 0 && explained < type.reflect().getEnumConstants().length) {
					missing.add(type.getSimpleName() + ": some values have a .meaning, others not");
				}
				for (Object constant : type.reflect().getEnumConstants()) {
					try {
						assertThat(((DomainTerm) constant).label()).isNotBlank();
					}
					catch (IllegalStateException notInTheBundle) {
						missing.add(notInTheBundle.getMessage());
					}
				}
			}
		}
		assertThat(terms).as("domain term types found").isGreaterThan(30);
		assertThat(missing).isEmpty();
	}

	private static boolean hasMeaning(DomainTerm term) {
		try {
			term.meaning();
			return true;
		}
		catch (IllegalStateException none) {
			return false;
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void templatesHoldNoTextOfTheirOwn(String template) throws IOException {
		String source = Files.readString(TEMPLATES.resolve(template), StandardCharsets.UTF_8);
		List<String> inline = template.endsWith(".html") ? inlineTextOfHtml(source) : inlineTextOfText(source);
		assertThat(inline).as("text in %s that is not a message (#{…})", template).isEmpty();
	}

	private static List<String> inlineTextOfHtml(String source) {
		Document document = Jsoup.parse(source, "", Parser.xmlParser());
		List<String> inline = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (replaced(element.parent()) || List.of("script", "style").contains(element.tagName())) {
				continue;
			}
			if (!replacesContent(element)) {
				for (TextNode text : element.textNodes()) {
					if (WORDS.matcher(text.text()).find() && !inlinedExpression(text.text())) {
						inline.add("<" + element.tagName() + ">: " + text.text().strip());
					}
				}
			}
			for (String attribute : List.of("th:text", "th:utext", "th:title", "th:alt", "th:placeholder", "th:aria-label",
					"th:attr", "th:data-confirm")) {
				Matcher literal = LITERAL.matcher(element.attr(attribute));
				while (literal.find()) {
					if (WORDS.matcher(literal.group(1)).find() && literal.group(1).matches(".*[\\sA-Z].*")
							&& !literal.group(1).matches("[yMdHhms :.,/-]+") && !literal.group(1).matches("[A-Z][A-Z0-9_]*")) {
						inline.add(attribute + ": '" + literal.group(1) + "'");
					}
				}
			}
			for (String attribute : READ_ATTRIBUTES) {
				if (element.hasAttr(attribute) && WORDS.matcher(element.attr(attribute)).find()
						&& !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr")) {
					inline.add(attribute + "=\"" + element.attr(attribute) + "\"");
				}
			}
		}
		return inline;
	}

	/** A textual template (plain-text e-mail): words only inside [[…]] or [(…)] expressions and [# …] tags. */
	private static List<String> inlineTextOfText(String source) {
		String withoutExpressions = source.replaceAll("(?s)\\[\\[.*?]]|\\[\\(.*?\\)]|\\[#.*?]|\\[/]", "");
		return withoutExpressions.lines().filter(line -> WORDS.matcher(line).find()).toList();
	}

	/** Content that Thymeleaf throws away: the element's own text is only a prototype for the designer. */
	private static boolean replacesContent(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || includesAnotherTemplate(element, "th:replace")
				|| includesAnotherTemplate(element, "th:insert") || "all".equals(element.attr("th:remove"))
				|| "body".equals(element.attr("th:remove")) || element.hasAttr("th:errors");
	}

	/** A page passes its own parts into the layout ({@code layout(~{::title}, ~{::section})}): those are kept. */
	private static boolean includesAnotherTemplate(Element element, String attribute) {
		return element.hasAttr(attribute) && !element.attr(attribute).contains("~{::");
	}

	private static boolean replaced(Element element) {
		for (Element ancestor = element; ancestor != null; ancestor = ancestor.parent()) {
			if (replacesContent(ancestor)) {
				return true;
			}
		}
		return false;
	}

	/** [[#{…}]] and [[${…}]] inline expressions inside text. */
	private static boolean inlinedExpression(String text) {
		return !WORDS.matcher(text.replaceAll("(?s)\\[\\[.*?]]|\\[\\(.*?\\)]", "")).find();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
