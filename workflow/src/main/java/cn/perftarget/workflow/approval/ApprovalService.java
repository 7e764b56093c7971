package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.table.DuplicateProjectCodeException;
import cn.perftarget.domain.table.StaleTableException;
import cn.perftarget.domain.table.TableNotFoundException;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.error.ValidationFailedException;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.limits.InputLimits;
import cn.perftarget.workflow.process.ServiceCall;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The approval service: every action on a target table and its approval round, for the UI and any API alike. The
 * acting user is passed explicitly; each action runs in one transaction that changes the process engine, the table
 * (status derived from the step the process reached), its revisions and its audit history together — or nothing.
 * <p>
 * Failures are {@link WorkflowException}s with Chinese messages: {@link NotFoundException} (not found or no access),
 * {@link NotAllowedException}, {@link ConflictException} (someone else acted first), {@link ValidationFailedException}
 * (ERROR findings) and {@link InvalidInputException} (e.g. a missing comment, or an input beyond its size limit:
 * {@link InputLimits}, checked before anything is read or stored).
 */
@Service
public class ApprovalService {

    private final DraftingActions drafting;
    private final SubmissionAction submission;
    private final WithdrawalAction withdrawal;
    private final AdjustmentAction adjustment;
    private final AssignmentActions assignment;
    private final DepartmentReviewActions departmentReview;
    private final FiscalReviewActions fiscalReview;
    private final UnitConfirmationActions unitConfirmation;
    private final ServiceGate gate;
    private final PasteParsing pasteParsing;
    private final FileParsing fileParsing;
    private final InputLimits limits;

    ApprovalService(
            DraftingActions drafting,
            SubmissionAction submission,
            WithdrawalAction withdrawal,
            AdjustmentAction adjustment,
            AssignmentActions assignment,
            DepartmentReviewActions departmentReview,
            FiscalReviewActions fiscalReview,
            UnitConfirmationActions unitConfirmation,
            ServiceGate gate,
            PasteParsing pasteParsing,
            FileParsing fileParsing,
            InputLimits limits) {
        this.drafting = drafting;
        this.submission = submission;
        this.withdrawal = withdrawal;
        this.adjustment = adjustment;
        this.assignment = assignment;
        this.departmentReview = departmentReview;
        this.fiscalReview = fiscalReview;
        this.unitConfirmation = unitConfirmation;
        this.gate = gate;
        this.pasteParsing = pasteParsing;
        this.fileParsing = fileParsing;
        this.limits = limits;
    }

    // ---------------------------------------------------------------- drafter (编制人)

    /** 新建: a table of the drafter's unit, in state 编制中; the content's fiscal year is required. */
    public ActionResult create(AppUser user, TargetTable content) {
        return run(user, ServiceAction.CREATE, "", u -> {
            limits.content(content);
            return drafting.create(u, content);
        });
    }

    /**
     * 导入: the tables of a pasted document that belong to the drafter's unit; others are skipped and listed.
     *
     * The text is checked against its limits (2 MB, 20,000 lines by default) and read before the transaction that
     * stores the tables opens.
     *
     * @param fiscalYear the year for tables whose document does not say, may be null
     */
    public ImportResult importTables(AppUser user, String pastedText, @Nullable Integer fiscalYear) {
        return run(
                user,
                ServiceAction.IMPORT,
                "",
                u -> drafting.importTables(u, pasteParsing.parse(u, pastedText, fiscalYear)));
    }

    /**
     * 导入预览: what {@link #importTables} would read from the paste — nothing is stored, no transaction opens; the
     * same refusals (not a drafter, blank, beyond the limits).
     */
    public ImportedDocument previewImport(AppUser user, String pastedText, @Nullable Integer fiscalYear) {
        return run(user, ServiceAction.PREVIEW_IMPORT, "", u -> pasteParsing.parse(u, pastedText, fiscalYear));
    }

    /**
     * 导入 from Word and Excel files (.docx, .doc, .xlsx, .xls): the tables of every file that belong to the drafter's
     * unit, in one transaction; others are skipped and listed. A refused file (over the size limit, a zip bomb,
     * encrypted, with macros, not what its name says) is reported with its refusal and nothing of it is stored; the
     * other files are imported. The number of files and each file's size are checked, and every file is read, before
     * the transaction opens.
     *
     * @param fiscalYear the year for tables whose document does not say, may be null
     * @return one result per file, in the order given
     */
    public List<FileImport> importFiles(AppUser user, List<UploadedFile> files, @Nullable Integer fiscalYear) {
        return run(user, ServiceAction.IMPORT, "files", u -> {
            List<FileReading> readings = fileParsing.parse(u, files, fiscalYear);
            List<ImportedDocument> documents = readings.stream()
                    .map(FileReading::document)
                    .filter(Objects::nonNull)
                    .toList();
            Iterator<ImportResult> stored =
                    drafting.importDocuments(u, documents).iterator();
            List<FileImport> outcome = new ArrayList<>();
            for (FileReading r : readings) {
                Message refusal = r.refusal();
                outcome.add(
                        refusal != null
                                ? FileImport.refused(r.fileName(), refusal)
                                : new FileImport(r.fileName(), null, stored.next()));
            }
            return outcome;
        });
    }

    /**
     * 导入预览 of files: what {@link #importFiles} would read from each file, or why it refuses it — nothing is
     * stored, no transaction opens; the same refusals (not a drafter, no file, too many files).
     */
    public List<FileReading> previewFiles(AppUser user, List<UploadedFile> files, @Nullable Integer fiscalYear) {
        return run(user, ServiceAction.PREVIEW_IMPORT, "files", u -> fileParsing.parse(u, files, fiscalYear));
    }

    /** 修改: saves the working copy of a table in 编制中, if nobody changed it since {@code expectedVersion}. */
    public ActionResult saveDraft(AppUser user, long tableId, TargetTable content, int expectedVersion) {
        return run(user, ServiceAction.SAVE_DRAFT, "table:" + tableId, u -> {
            limits.content(content);
            return drafting.saveDraft(u, tableId, content, expectedVersion);
        });
    }

    /** 提交 or 重新提交: refused while an ERROR finding stands; freezes a revision. */
    public ActionResult submit(AppUser user, long tableId) {
        return run(user, ServiceAction.SUBMIT, "table:" + tableId, u -> submission.submit(u, tableId));
    }

    /** 撤回: until a reviewer has claimed the review task. */
    public ActionResult withdraw(AppUser user, long tableId) {
        return run(user, ServiceAction.WITHDRAW, "table:" + tableId, u -> withdrawal.withdraw(u, tableId));
    }

    /** 申请调整: reopens an approved table; the approved version stays in force until the adjustment is approved. */
    public ActionResult reopen(AppUser user, long tableId, String reason) {
        return run(user, ServiceAction.REOPEN, "table:" + tableId, u -> {
            limits.comment(reason);
            return adjustment.reopen(u, tableId, reason);
        });
    }

    /** 接受协商修改 (单位确认 after 良): the edited revision is approved. */
    public ActionResult accept(AppUser user, String taskId) {
        return run(user, ServiceAction.ACCEPT, "task:" + taskId, u -> unitConfirmation.accept(u, taskId));
    }

    /**
     * 提出异议 (单位确认 after 良): back to the fiscal review with the unit's own revision; comment mandatory (none,
     * null, is refused).
     */
    public ActionResult dispute(AppUser user, String taskId, @Nullable String comment) {
        return run(user, ServiceAction.DISPUTE, "task:" + taskId, u -> {
            limits.comment(comment);
            return unitConfirmation.dispute(u, taskId, comment);
        });
    }

    // ---------------------------------------------------------------- reviewers (审核人)

    /** 认领 a review task. */
    public ActionResult claim(AppUser user, String taskId) {
        return run(user, ServiceAction.CLAIM, "task:" + taskId, u -> assignment.claim(u, taskId));
    }

    /** 取消认领: the assignee gives the task back to the group. */
    public ActionResult unclaim(AppUser user, String taskId) {
        return run(user, ServiceAction.UNCLAIM, "task:" + taskId, u -> assignment.unclaim(u, taskId));
    }

    /** 转办 a review task to a colleague of the same organisation who may review it; comment optional. */
    public ActionResult transfer(AppUser user, String taskId, String colleagueUsername, @Nullable String comment) {
        return run(user, ServiceAction.TRANSFER, "task:" + taskId, u -> {
            limits.username(colleagueUsername);
            limits.comment(comment);
            return assignment.transfer(u, taskId, colleagueUsername, comment);
        });
    }

    /** 主管部门审核通过: on to the fiscal review (routed to the section responsible for the department); comment optional. */
    public ActionResult pass(AppUser user, String taskId, @Nullable String comment) {
        return run(user, ServiceAction.PASS, "task:" + taskId, u -> {
            limits.comment(comment);
            return departmentReview.pass(u, taskId, comment);
        });
    }

    /** 主管部门退回: back to the unit; comment mandatory (none, null, is refused). */
    public ActionResult returnToUnit(AppUser user, String taskId, @Nullable String comment) {
        return run(user, ServiceAction.RETURN_TO_UNIT, "task:" + taskId, u -> {
            limits.comment(comment);
            return departmentReview.returnToUnit(u, taskId, comment);
        });
    }

    /**
     * 财政审核评级. 优 approves; 良 needs {@code edited}, the reviewer's edit, which the unit then accepts or disputes;
     * 中 returns the table (comment mandatory); 差 ends the round as 不予安排. No grade (null) is refused.
     */
    public ActionResult grade(
            AppUser user,
            String taskId,
            @Nullable Grade grade,
            @Nullable String comment,
            @Nullable TargetTable edited) {
        return run(user, ServiceAction.GRADE, "task:" + taskId, u -> {
            limits.comment(comment);
            limits.content(edited);
            return fiscalReview.grade(u, taskId, grade, comment, edited);
        });
    }

    /**
     * Runs the action for the acting user through the {@link ServiceGate} (read again, the access policy asked,
     * refusals logged) and maps engine and storage exceptions to refusals.
     */
    private <T> T run(AppUser user, ServiceAction serviceAction, String target, Function<AppUser, T> action) {
        return gate.enter(user, serviceAction, target, acting -> call(() -> action.apply(acting)));
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return ServiceCall.run(action);
        } catch (WorkflowException e) {
            throw e;
        } catch (TableNotFoundException e) {
            throw NotFoundException.table();
        } catch (StaleTableException e) {
            throw new ConflictException(e.message(), e);
        } catch (DuplicateProjectCodeException e) {
            throw new ConflictException(e.message(), e);
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException(Message.of("error.conflict.taskClaimed"), e);
        } catch (OptimisticLockingException
                | MismatchingMessageCorrelationException
                | OptimisticLockingFailureException
                | PessimisticLockingFailureException e) {
            throw new ConflictException(Message.of("error.conflict.taskHandled"), e);
        }
    }
}
