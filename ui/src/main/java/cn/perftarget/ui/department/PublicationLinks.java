package cn.perftarget.ui.department;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.department.DepartmentTargetsService;
import cn.perftarget.workflow.department.PublicationFile;
import cn.perftarget.workflow.department.PublicationFormat;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * 发布文档: the department's publication document of the year as Word and as PDF, each made by the server when it is
 * clicked (and recorded there as an export). Ids: {@code dept-publication-docx}, {@code dept-publication-pdf}.
 */
final class PublicationLinks extends HorizontalLayout {

    PublicationLinks(DepartmentTargetsService service, AppUser user, String departmentCode, int fiscalYear) {
        setAlignItems(Alignment.CENTER);
        add(
                link(service, user, departmentCode, fiscalYear, PublicationFormat.DOCX, "department.publication.docx"),
                link(service, user, departmentCode, fiscalYear, PublicationFormat.PDF, "department.publication.pdf"));
        setId("dept-publication");
    }

    private Anchor link(
            DepartmentTargetsService service,
            AppUser user,
            String departmentCode,
            int fiscalYear,
            PublicationFormat format,
            String labelKey) {
        String fileName = getTranslation(
                "department.publication.fileName", departmentCode, String.valueOf(fiscalYear), format.extension());
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                PublicationFile file = service.publication(user, departmentCode, fiscalYear, format);
                return new DownloadResponse(
                        new ByteArrayInputStream(file.content()),
                        fileName,
                        format.contentType(),
                        file.content().length);
            } catch (WorkflowException refused) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(labelKey));
        anchor.setId("dept-publication-" + format.extension());
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }
}
