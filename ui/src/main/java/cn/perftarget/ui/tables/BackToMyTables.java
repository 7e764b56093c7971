package cn.perftarget.ui.tables;

import cn.perftarget.ui.editor.EditorExit;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/** The editor's way out: back to 我的绩效目标表. */
@Component
class BackToMyTables implements EditorExit {

    @Override
    public void leave(UI ui) {
        ui.navigate(MyTablesView.class);
    }
}
