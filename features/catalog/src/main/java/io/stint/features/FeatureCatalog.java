package io.stint.features;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;

/** The features under features/, read from their POMs and .bndrun fragments, in the aggregator's module order. */
public final class FeatureCatalog {

    private final Map<String, Feature> features = new LinkedHashMap<>();

    private FeatureCatalog() {
    }

    /** Reads every feature module of {@code root}/features/pom.xml that has a .bndrun fragment. */
    public static FeatureCatalog read(Path root) throws Exception {
        FeatureCatalog catalog = new FeatureCatalog();
        Path dir = root.resolve("features");
        Document aggregator = parse(dir.resolve("pom.xml"));
        NodeList modules = aggregator.getElementsByTagName("module");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            String name = modules.item(i).getTextContent().strip();
            if (Files.exists(dir.resolve(name).resolve(name + ".bndrun"))) {
                names.add(name);
            }
        }
        for (String name : names) {
            catalog.features.put(name, read(dir.resolve(name), name, names));
        }
        return catalog;
    }

    private static Feature read(Path dir, String name, List<String> featureNames) throws Exception {
        Document pom = parse(dir.resolve("pom.xml"));
        String description = text(pom.getDocumentElement(), "description");
        List<String> dependsOn = new ArrayList<>();
        NodeList deps = pom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            String artifact = text(dep, "artifactId");
            if ("io.stint".equals(text(dep, "groupId")) && "pom".equals(text(dep, "type")) && featureNames.contains(artifact)) {
                dependsOn.add(artifact);
            }
        }
        Path fragment = dir.resolve(name + ".bndrun");
        List<String> brings = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        try (Processor p = new Processor()) {
            p.setProperties(fragment.toFile());
            String key = "-runrequires." + name.replace('-', '_');
            Parameters requirements = new Parameters(p.getProperty(key, ""), p);
            for (var entry : requirements.entrySet()) {
                String namespace = Processor.removeDuplicateMarker(entry.getKey());
                if (namespace.equals("bnd.identity")) {
                    brings.add(entry.getValue().get("id"));
                } else {
                    needs.add(namespace + ";" + entry.getValue());
                }
            }
        }
        return new Feature(name, description, List.copyOf(dependsOn), List.copyOf(brings), List.copyOf(needs), fragment);
    }

    public Collection<Feature> all() {
        return features.values();
    }

    public Feature get(String name) {
        Feature f = features.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no feature " + name);
        }
        return f;
    }

    /** The features and, transitively, every feature they depend on. */
    public Set<String> closure(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(names);
        while (!todo.isEmpty()) {
            String n = todo.remove(0);
            if (out.add(n)) {
                todo.addAll(get(n).dependsOn());
            }
        }
        return out;
    }

    /** The features that depend on {@code name}, directly or not. */
    public Set<String> dependents(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (Feature f : all()) {
            if (!f.name().equals(name) && closure(List.of(f.name())).contains(name)) {
                out.add(f.name());
            }
        }
        return out;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }
}
