package cn.perftarget.domain.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** Reads a framework definition ({@code /frameworks/<id>.json}) with Jackson. */
public final class FrameworkLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FrameworkLoader() {}

    /** The JSON shape of a definition. */
    record Definition(String id, String name, List<Level1> level1, List<Group> required, List<Group> recommended) {}

    record Group(String label, Set<IndicatorKind> kinds) {}

    public static Framework bundled(String id) {
        return load("/frameworks/" + id + ".json");
    }

    public static Framework load(String resource) {
        try (InputStream in = FrameworkLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no framework definition " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("framework definition cannot be read: " + resource, e);
        }
    }

    public static Framework read(InputStream in) throws IOException {
        Definition d = JSON.readValue(in, Definition.class);
        return new Framework(d.id(), d.name(), d.level1(), groups(d.required()), groups(d.recommended()));
    }

    private static List<CategoryGroup> groups(List<Group> groups) {
        return groups == null
                ? List.of()
                : groups.stream()
                        .map(g -> new CategoryGroup(g.label(), g.kinds()))
                        .toList();
    }
}
