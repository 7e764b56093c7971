package cn.perftarget.bench.data;

import java.util.List;

/**
 * The generated organisation: one fiscal bureau with its sections, the departments each section reviews (the same
 * assignment as the deployed routing DMN) and their units, with the users of each.
 */
public record BenchOrganisation(
        String regionCode,
        String password,
        List<Section> sections,
        List<Department> departments,
        List<Unit> units,
        String auditor) {

    /** 财政审核科室 and its 财政审核人. */
    public record Section(long id, String code, String name, List<String> reviewers) {}

    /** 主管部门, the section that reviews it and its 主管部门审核人. */
    public record Department(long id, String code, String name, String sectionCode, List<String> reviewers) {}

    /** 单位 and its 编制人. */
    public record Unit(long id, String code, String name, Department department, String drafter) {}

    public Section section(String code) {
        return sections.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + code));
    }
}
