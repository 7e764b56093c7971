package cn.perftarget.ui.export;

import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.export.ExportedFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link that downloads a file made when it is clicked: the supplier calls a workflow export service, which reads
 * within the user's scope and writes the audit. The supplier runs in the download's own request, without the UI's
 * lock: it must use only what it captured (the user, the language, the screen's filter as last set), never read a
 * component. A refusal answers 404 (not found or no access, never told apart) or 400, and the user gets no file.
 */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {}

    /** A link styled as a small button, with a download icon, the given id and text. */
    public static Anchor link(String id, String text, SerializableSupplier<ExportedFile> file) {
        Anchor a = new Anchor(handler(file), AttachmentType.DOWNLOAD, "");
        a.setId(id);
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(" " + text));
        a.addClassName("download-link");
        a.getStyle()
                .set("display", "inline-flex")
                .set("align-items", "center")
                .set("gap", "0.25em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("padding", "0.25em 0.5em");
        return a;
    }

    static DownloadHandler handler(SerializableSupplier<ExportedFile> file) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                ExportedFile f = file.get();
                return new DownloadResponse(
                        new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(), f.content().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404);
            } catch (WorkflowException e) {
                log.info("download refused: {}", e.getMessage());
                return DownloadResponse.error(400);
            }
        });
    }
}
