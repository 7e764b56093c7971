package cn.perftarget.ui.editor;

import com.vaadin.flow.component.UI;

/**
 * Where the editor takes the drafter when they leave it (返回, and after 提交): their list of tables. The list opens
 * the editor, so the list's package provides this as a bean; the editor naming the list's view would close the
 * package cycle tables → editor → tables.
 */
@FunctionalInterface
public interface EditorExit {

    void leave(UI ui);
}
