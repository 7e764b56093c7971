package cn.perftarget.domain.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The demo organisation definition read from {@code demo/organisation.json}. */
record DemoOrganisation(List<Region> regions, List<Document> documents, List<User> users) {

    record Region(String region, Org bureau, List<Section> sections, List<Department> departments) {}

    record Org(String code, String name) {}

    record Section(String code, String name, List<String> departments) {}

    record Department(String code, String name, List<Org> units) {}

    /** A seed document and what to assume where it does not say (unit, year; null assumes nothing). */
    record Document(
            String file, @Nullable String unit, @Nullable Integer year) {}

    record User(String username, String name, String org, List<String> roles, boolean lead) {}
}
