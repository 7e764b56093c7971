package cn.perftarget.workflow.admin;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.office.SheetReader.SheetRow;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 导入用户 from an Excel sheet with the columns 用户名, 姓名, 组织机构编码, 角色 (roles by their Chinese or English name or
 * constant, several apart by 、 , ; or blanks): a preview lists every row with its problems (the rules of
 * {@link AccountChecks}, a username twice in the sheet); the import stores nothing when a row has a problem, unless
 * the administrator confirms importing the valid rows alone. Each account gets a generated initial password, shown
 * once, to be changed at the first sign-in.
 */
@Service
public class UserImport {

    static final List<String> HEADER_WORDS = List.of("用户名", "账号", "username", "user");
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");

    private final ServiceGate gate;
    private final AccountChecks checks;
    private final UserAdministration administration;

    UserImport(ServiceGate gate, AccountChecks checks, UserAdministration administration) {
        this.gate = gate;
        this.checks = checks;
        this.administration = administration;
    }

    /** Every row with its problems; nothing is stored. */
    @Transactional(readOnly = true)
    public ImportPreview preview(AppUser admin, String fileName, byte[] content) {
        return gate.enter(admin, ServiceAction.IMPORT_USERS, "file:" + fileName, by -> read(by, fileName, content));
    }

    /**
     * Creates the accounts of the sheet. When a row has a problem nothing is created (the refusal says how many rows
     * are wrong) unless {@code validRowsOnly}: then the valid rows are.
     *
     * @return the accounts created, each with its initial password
     */
    @Transactional
    public List<CreatedAccount> importUsers(AppUser admin, String fileName, byte[] content, boolean validRowsOnly) {
        return gate.enter(admin, ServiceAction.IMPORT_USERS, "file:" + fileName, by -> {
            ImportPreview preview = read(by, fileName, content);
            OrganisationAdministration.refuseOutsideRegion(preview);
            if (preview.invalid() > 0 && !validRowsOnly) {
                throw InvalidInputException.of(
                        InvalidInputException.Input.DOCUMENT, "error.import.rowsWithProblems", preview.invalid());
            }
            if (preview.valid() == 0) {
                throw InvalidInputException.of(InvalidInputException.Input.DOCUMENT, "error.import.nothingValid");
            }
            List<CreatedAccount> created = new ArrayList<>();
            for (ImportRow row : preview.rows()) {
                if (row.ok()) {
                    AccountForm form = form(row.values());
                    created.add(administration.createChecked(
                            by,
                            form,
                            Objects.requireNonNull(
                                    checks.check(by, form, false, Set.of()).organisation()),
                            SecurityDetails.USERS_IMPORTED + " " + fileName + " #" + row.row()));
                }
            }
            return created;
        });
    }

    private ImportPreview read(AppUser by, String fileName, byte[] content) {
        List<ImportRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SheetRow sheetRow : SheetFile.rows(fileName, content, HEADER_WORDS)) {
            List<String> values = List.of(sheetRow.cell(0), sheetRow.cell(1), sheetRow.cell(2), sheetRow.cell(3));
            List<Message> problems = new ArrayList<>();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String token : ROLE_SEPARATORS.split(values.get(3).strip())) {
                if (token.isEmpty()) {
                    continue;
                }
                Role role = role(token);
                if (role == null) {
                    problems.add(Message.of("error.import.unknownRole", token));
                } else {
                    roles.add(role);
                }
            }
            AccountForm form = new AccountForm(values.get(0), values.get(1), values.get(2), roles);
            problems.addAll(checks.check(by, form, true, seen).problems());
            seen.add(form.username());
            rows.add(new ImportRow(sheetRow.number(), values, problems, null));
        }
        return new ImportPreview(fileName, rows);
    }

    private static AccountForm form(List<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : ROLE_SEPARATORS.split(values.get(3).strip())) {
            Role role = token.isEmpty() ? null : role(token);
            if (role != null) {
                roles.add(role);
            }
        }
        return new AccountForm(values.get(0), values.get(1), values.get(2), roles);
    }

    /** A role by its constant (DRAFTER), its Chinese (编制人) or English name, or null. */
    static @Nullable Role role(String token) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(token)
                    || token.equals(text(role, MessageBundles.CHINESE))
                    || token.equalsIgnoreCase(text(role, MessageBundles.ENGLISH))) {
                return role;
            }
        }
        return null;
    }

    private static String text(Role role, Locale locale) {
        return MessageBundles.domain().render(Message.of(role.labelKey()), locale);
    }
}
