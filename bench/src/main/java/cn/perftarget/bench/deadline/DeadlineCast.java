package cn.perftarget.bench.deadline;

import cn.perftarget.bench.data.BenchOrganisation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who plays on deadline day, from the generated organisation: a quarter of the people are reviewers — three fifths of
 * them department reviewers (the first reviewer of as many departments), the rest fiscal reviewers (at most three of
 * each section, the sections in order) — and the others drafters of distinct units of those departments. The
 * departments are taken from the fiscal reviewers' sections in turn, so that every department in play has one
 * simulated department reviewer and one simulated fiscal reviewer (the section's departments shared out among its
 * simulated fiscal reviewers): no two simulated reviewers ever reach for the same task.
 */
record DeadlineCast(
        List<BenchOrganisation.Unit> drafters, List<Reviewer> departmentReviewers, List<Reviewer> fiscalReviewers) {

    /** A reviewer and the department codes whose tasks it takes. */
    record Reviewer(String username, List<String> departments) {}

    int people() {
        return drafters.size() + departmentReviewers.size() + fiscalReviewers.size();
    }

    static DeadlineCast of(BenchOrganisation org, int people) {
        int reviewers = Math.max(2, Math.round(people / 4f));
        int fiscal = Math.min(Math.max(1, reviewers * 2 / 5), org.sections().size() * 3);
        int department = reviewers - fiscal;
        int drafters = people - reviewers;
        List<BenchOrganisation.Section> sections =
                org.sections().subList(0, Math.min(fiscal, org.sections().size()));

        // departments of those sections, taken from the sections in turn
        Map<String, List<BenchOrganisation.Department>> bySection = new LinkedHashMap<>();
        sections.forEach(s -> bySection.put(s.code(), new ArrayList<>()));
        for (BenchOrganisation.Department d : org.departments()) {
            List<BenchOrganisation.Department> ofSection = bySection.get(d.sectionCode());
            if (ofSection != null) {
                ofSection.add(d);
            }
        }
        List<BenchOrganisation.Department> inPlay = new ArrayList<>();
        for (int round = 0; inPlay.size() < department; round++) {
            boolean any = false;
            for (List<BenchOrganisation.Department> ds : bySection.values()) {
                if (round < ds.size() && inPlay.size() < department) {
                    inPlay.add(ds.get(round));
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalArgumentException("too few departments for " + people + " people");
            }
        }

        // drafters: units of the departments in play, one department after the other in turn
        List<BenchOrganisation.Unit> units = new ArrayList<>();
        for (int round = 0; units.size() < drafters; round++) {
            boolean any = false;
            for (BenchOrganisation.Department d : inPlay) {
                List<BenchOrganisation.Unit> ofD = org.units().stream()
                        .filter(u -> u.department().id() == d.id())
                        .toList();
                if (round < ofD.size() && units.size() < drafters) {
                    units.add(ofD.get(round));
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalArgumentException("too few units for " + drafters + " drafters");
            }
        }

        List<Reviewer> departmentReviewers = inPlay.stream()
                .map(d -> new Reviewer(d.reviewers().get(0), List.of(d.code())))
                .toList();

        // fiscal reviewers: the sections in turn, each taking a share of its section's departments in play
        Map<String, Integer> perSection = new LinkedHashMap<>();
        for (int i = 0; i < fiscal; i++) {
            perSection.merge(sections.get(i % sections.size()).code(), 1, Integer::sum);
        }
        List<Reviewer> fiscalReviewers = new ArrayList<>();
        perSection.forEach((code, count) -> {
            List<String> departments = inPlay.stream()
                    .filter(d -> d.sectionCode().equals(code))
                    .map(BenchOrganisation.Department::code)
                    .toList();
            List<String> names = org.section(code).reviewers();
            int n = Math.min(count, Math.min(names.size(), departments.size()));
            for (int r = 0; r < n; r++) {
                List<String> share = new ArrayList<>();
                for (int j = r; j < departments.size(); j += n) {
                    share.add(departments.get(j));
                }
                fiscalReviewers.add(new Reviewer(names.get(r), List.copyOf(share)));
            }
        });
        return new DeadlineCast(List.copyOf(units), departmentReviewers, List.copyOf(fiscalReviewers));
    }
}
