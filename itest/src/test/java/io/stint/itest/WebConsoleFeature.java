package io.stint.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ops4j.pax.exam.Option;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The optional feature "webconsole" added to a test runtime as a build adds it: its bundles as the
 * build resolved them (feature stint-webconsole of the generated features/catalog/target/features.xml,
 * Maven URLs) and the framework properties its features/webconsole/webconsole.bndrun sets, with bnd's
 * {@code ${random;n}} macro evaluated here. Runs on the configuring (JUnit) side.
 */
final class WebConsoleFeature {

    private static final Path ROOT = Path.of(System.getProperty("stint.root"));
    private static final Pattern RANDOM = Pattern.compile("\\$\\{random;(\\d+)}");

    private WebConsoleFeature() {
    }

    static List<Option> options() throws Exception {
        List<Option> options = new ArrayList<>();
        for (String location : bundles()) {
            options.add(bundle(location));
        }
        for (String property : runProperties()) {
            int eq = property.indexOf('=');
            options.add(frameworkProperty(property.substring(0, eq).strip()).value(random(property.substring(eq + 1).strip())));
        }
        return options;
    }

    /** The bundle locations of feature stint-webconsole (its own, not its dependency stint-platform's). */
    private static List<String> bundles() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(ROOT.resolve("features/catalog/target/features.xml").toFile());
        NodeList features = xml.getDocumentElement().getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element feature = (Element) features.item(i);
            if (feature.getAttribute("name").equals("stint-webconsole")) {
                List<String> locations = new ArrayList<>();
                NodeList bundles = feature.getElementsByTagNameNS("*", "bundle");
                for (int j = 0; j < bundles.getLength(); j++) {
                    locations.add(bundles.item(j).getTextContent().strip());
                }
                return locations;
            }
        }
        throw new IllegalStateException("no feature stint-webconsole in features.xml");
    }

    /** The key=value entries of the bndrun's -runproperties.webconsole instruction (backslash-continued). */
    private static List<String> runProperties() throws IOException {
        String bndrun = Files.readString(ROOT.resolve("features/webconsole/webconsole.bndrun")).replace("\\\n", "");
        Matcher m = Pattern.compile("(?m)^-runproperties\\.webconsole:(.*)$").matcher(bndrun);
        if (!m.find()) {
            throw new IllegalStateException("no -runproperties.webconsole in webconsole.bndrun");
        }
        return List.of(m.group(1).strip().split("\\s*,\\s*"));
    }

    private static String random(String value) {
        Matcher m = RANDOM.matcher(value);
        StringBuilder out = new StringBuilder();
        SecureRandom random = new SecureRandom();
        while (m.find()) {
            StringBuilder chars = new StringBuilder();
            for (int i = 0; i < Integer.parseInt(m.group(1)); i++) {
                chars.append((char) ('a' + random.nextInt(26)));
            }
            m.appendReplacement(out, chars.toString());
        }
        return m.appendTail(out).toString();
    }
}
