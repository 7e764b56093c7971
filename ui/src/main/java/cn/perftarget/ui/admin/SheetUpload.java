package cn.perftarget.ui.admin;

import cn.perftarget.ui.component.Notices;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.function.BiConsumer;

/**
 * One Excel sheet (.xlsx, .xls, at most 5 MB) uploaded into memory and handed over under the UI's lock; the
 * workflow checks the file again (its Office guard) and says in Chinese why one is refused.
 */
public final class SheetUpload extends Upload {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    public SheetUpload(String id, BiConsumer<String, byte[]> received) {
        setId(id);
        setUploadHandler(new InMemoryUploadHandler((meta, bytes) -> received.accept(meta.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        setMaxFiles(1);
        setMaxFileSize(MAX_BYTES);
        setAcceptedFileTypes(".xlsx", ".xls");
        setDropAllowed(true);
        setWidthFull();
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("admin.upload.add"))
                .setMany(getTranslation("admin.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("admin.upload.drop"))
                .setMany(getTranslation("admin.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("admin.upload.one"))
                .setFileIsTooBig(getTranslation("admin.upload.tooBig"))
                .setIncorrectFileType(getTranslation("admin.upload.wrongType")));
        setI18n(i18n);
        addFileRejectedListener(e -> Notices.error(e.getErrorMessage()));
    }
}
