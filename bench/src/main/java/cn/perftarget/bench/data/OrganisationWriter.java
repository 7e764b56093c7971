package cn.perftarget.bench.data;

import cn.perftarget.domain.user.Role;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Writes the generated organisation (bureau, sections, departments, units, section responsibilities) and its users
 * with batched JDBC. Every user gets the same password, hashed once (BCrypt is slow on purpose). Departments are
 * assigned to sections in turn: department i to section i mod sections.
 */
final class OrganisationWriter {

    static final String PASSWORD = "bench123";

    private static final String[] DISTRICTS = {"东城区", "西城区", "北湖区", "南山区", "高新区", "经开区", "新华区", "桥西区", "桥东区", "滨海新区"};
    private static final String[] AGENCIES = {
        "教育局",
        "卫生健康局",
        "交通运输局",
        "民政局",
        "人力资源和社会保障局",
        "自然资源和规划局",
        "住房和城乡建设局",
        "农业农村局",
        "水务局",
        "文化广电和旅游局",
        "应急管理局",
        "市场监督管理局",
        "行政审批局",
        "生态环境局",
        "商务局",
        "科学技术局",
        "司法局",
        "统计局",
        "审计局",
        "医疗保障局"
    };
    private static final String[] UNIT_KINDS = {
        "本级", "服务中心", "信息中心", "事务中心", "培训中心", "综合执法大队", "检验检测中心", "管理站", "研究所", "综合保障中心"
    };
    private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    OrganisationWriter(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    BenchOrganisation write(GeneratorSettings s) {
        String hash = passwords.encode(PASSWORD);
        int first = s.firstDepartmentCode();
        long bureau = insertOrg(
                "B-" + s.regionCode() + "-" + first,
                "基准测试财政局（" + s.regionCode() + "-" + first + "）",
                "BUREAU",
                null,
                s.regionCode());

        List<BenchOrganisation.Section> sections = new ArrayList<>();
        for (int i = 0; i < s.sections(); i++) {
            String code = "F-B" + first + "-" + String.format("%02d", i + 1);
            String name = "基准市财政局预算审核" + (i < NUMBERS.length ? NUMBERS[i] : String.valueOf(i + 1)) + "科";
            long id = insertOrg(code, name, "SECTION", bureau, s.regionCode());
            List<String> reviewers = List.of(
                    "bf" + first + "s" + (i + 1) + "a",
                    "bf" + first + "s" + (i + 1) + "b",
                    "bf" + first + "s" + (i + 1) + "c");
            sections.add(new BenchOrganisation.Section(id, code, name, reviewers));
        }

        List<BenchOrganisation.Department> departments = new ArrayList<>();
        List<BenchOrganisation.Unit> units = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        for (int d = 0; d < s.departments(); d++) {
            String code = String.valueOf(first + d);
            String name = DISTRICTS[(d / AGENCIES.length) % DISTRICTS.length]
                    + AGENCIES[d % AGENCIES.length]
                    + (d >= DISTRICTS.length * AGENCIES.length ? "（" + code + "）" : "");
            long id = insertOrg(code, name, "DEPARTMENT", bureau, s.regionCode());
            BenchOrganisation.Section section = sections.get(d % sections.size());
            assignments.add(new Object[] {section.id(), id});
            BenchOrganisation.Department department = new BenchOrganisation.Department(
                    id, code, name, section.code(), List.of("br" + code + "a", "br" + code + "b"));
            departments.add(department);
            for (int u = 0; u < s.unitsPerDepartment(); u++) {
                String unitCode = code + String.format("%03d", u + 1);
                String unitName = name + (u < UNIT_KINDS.length ? UNIT_KINDS[u] : "第" + (u + 1) + "单位");
                long unitId = insertOrg(unitCode, unitName, "UNIT", id, s.regionCode());
                units.add(new BenchOrganisation.Unit(unitId, unitCode, unitName, department, "bd" + unitCode));
            }
        }
        jdbc.batchUpdate("insert into section_department (section_id, department_id) values (?, ?)", assignments);

        List<Object[]> users = new ArrayList<>();
        List<String[]> roles = new ArrayList<>();
        for (BenchOrganisation.Section section : sections) {
            for (String u : section.reviewers()) {
                users.add(new Object[] {u, "财政审核" + u, hash, section.id(), u.endsWith("a")});
                roles.add(new String[] {u, Role.FISCAL_REVIEWER.name()});
            }
        }
        for (BenchOrganisation.Department department : departments) {
            for (String u : department.reviewers()) {
                users.add(new Object[] {u, "部门审核" + u, hash, department.id(), false});
                roles.add(new String[] {u, Role.DEPT_REVIEWER.name()});
            }
        }
        for (BenchOrganisation.Unit unit : units) {
            users.add(new Object[] {unit.drafter(), "编制" + unit.drafter(), hash, unit.id(), false});
            roles.add(new String[] {unit.drafter(), Role.DRAFTER.name()});
        }
        String auditor = "ba" + s.regionCode() + "x" + first;
        users.add(new Object[] {auditor, "查阅" + auditor, hash, bureau, false});
        roles.add(new String[] {auditor, Role.AUDITOR.name()});
        jdbc.batchUpdate("""
                insert into app_user (username, display_name, password_hash, organisation_id, is_lead)
                values (?, ?, ?, ?, ?)""", users);
        jdbc.batchUpdate(
                "insert into user_role (user_id, role) select id, ? from app_user where username = ?",
                roles.stream().map(r -> new Object[] {r[1], r[0]}).toList());
        return new BenchOrganisation(s.regionCode(), PASSWORD, sections, departments, units, auditor);
    }

    private long insertOrg(String code, String name, String kind, @Nullable Long parent, String region) {
        Long id = jdbc.queryForObject("""
                        insert into organisation (code, name, kind, parent_id, region_code) values (?, ?, ?, ?, ?)
                        returning id""", Long.class, code, name, kind, parent, region);
        return id == null ? -1 : id;
    }
}
