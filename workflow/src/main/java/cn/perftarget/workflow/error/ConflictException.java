package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;

/** Someone else acted first: the task was handled or claimed, or the table changed meanwhile. */
public class ConflictException extends WorkflowException {

    public ConflictException(Message text) {
        super(text);
    }

    public ConflictException(Message text, Throwable cause) {
        super(text, cause);
    }

    public static ConflictException of(String key, Object... args) {
        return new ConflictException(Message.of(key, args));
    }

    /** 该任务已被他人处理. */
    public static ConflictException taskHandled() {
        return of("error.conflict.taskHandled");
    }

    /** 该绩效目标表已被他人修改，请刷新后重试. */
    public static ConflictException tableChanged() {
        return of("table.stale");
    }
}
