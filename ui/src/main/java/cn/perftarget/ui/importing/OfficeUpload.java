package cn.perftarget.ui.importing;

import cn.perftarget.ui.component.Notices;
import cn.perftarget.workflow.approval.UploadedFile;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 上传文件: Word and Excel files dropped or chosen (several at once), kept in memory until the dialog closes; each
 * finished batch (or, failing the event, the next response after a file arrived), and each file removed, tells the
 * dialog to read them again. The browser refuses other types and
 * files over 20 MB; the server refuses a larger file too (the handler's limit) and the approval service checks every
 * file again. Id: {@code import-upload}.
 */
final class OfficeUpload extends Upload {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_FILES = 20;

    /** The files received, in the order they arrived (the handler hands them over under the UI's lock). */
    private final List<UploadedFile> received = new ArrayList<>();

    private final Runnable changed;
    /** A file arrived that the dialog has not read yet. */
    private boolean pending;
    /** The reading scheduled for the next response, in case no "all finished" event follows the file. */
    private StateTree.@Nullable ExecutionRegistration scheduled;

    OfficeUpload(Runnable changed) {
        this.changed = changed;
        setId("import-upload");
        setUploadHandler(
                new InMemoryUploadHandler((meta, bytes) -> received(new UploadedFile(meta.fileName(), bytes))) {
                    @Override
                    public long getFileSizeMax() {
                        return MAX_BYTES;
                    }
                });
        setMaxFiles(MAX_FILES);
        setMaxFileSize(MAX_BYTES);
        setAcceptedFileTypes(".docx", ".doc", ".xlsx", ".xls");
        setDropAllowed(true);
        setWidthFull();
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("import.upload.add"))
                .setMany(getTranslation("import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("import.upload.tooMany", MAX_FILES))
                .setFileIsTooBig(getTranslation("import.upload.tooBig"))
                .setIncorrectFileType(getTranslation("import.upload.wrongType")));
        setI18n(i18n);
        addAllFinishedListener(e -> flush());
        addFileRemovedListener(e -> {
            synchronized (received) {
                for (int i = received.size() - 1; i >= 0; i--) {
                    if (received.get(i).fileName().equals(e.getFileName())) {
                        received.remove(i);
                        break;
                    }
                }
            }
            changed.run();
        });
        addFileRejectedListener(
                e -> Notices.error(getTranslation("import.upload.rejected", e.getFileName(), e.getErrorMessage())));
    }

    /** A file arrived: the handler calls this under the UI's lock. */
    private void received(UploadedFile file) {
        synchronized (received) {
            received.add(file);
        }
        pending = true;
        if (scheduled == null) {
            getUI().ifPresent(ui -> scheduled = ui.beforeClientResponse(this, ctx -> flush()));
        }
    }

    /** Tells the dialog, once, that files arrived. */
    private void flush() {
        StateTree.ExecutionRegistration s = scheduled;
        if (s != null) {
            s.remove();
            scheduled = null;
        }
        if (pending) {
            pending = false;
            changed.run();
        }
    }

    /** The files received so far, in the order they arrived. */
    List<UploadedFile> files() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }
}
