package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;

/**
 * The table or task does not exist, or lies outside the user's scope: the two are never told apart
 * (内容不存在或无权访问). The only texts of this refusal are made here.
 */
public final class NotFoundException extends WorkflowException {

    private NotFoundException(Message text) {
        super(text);
    }

    /** 绩效目标表不存在或无权访问. */
    public static NotFoundException table() {
        return new NotFoundException(Message.of("error.notFound.table"));
    }

    /** 部门不存在或无权访问 (a department whose part the user may not read). */
    public static NotFoundException department() {
        return new NotFoundException(Message.of("error.notFound.department"));
    }

    /** 单位不存在或无权访问 (a unit outside the user's scope, e.g. for 催办). */
    public static NotFoundException unit() {
        return new NotFoundException(Message.of("error.notFound.unit"));
    }

    /** API 客户端不存在. */
    public static NotFoundException apiClient() {
        return new NotFoundException(Message.of("error.notFound.apiClient"));
    }

    /** 预算编制轮次不存在. */
    public static NotFoundException round() {
        return new NotFoundException(Message.of("error.notFound.round"));
    }

    /** 审批任务不存在或无权访问. */
    public static NotFoundException task() {
        return new NotFoundException(Message.of("error.notFound.task"));
    }
}
