package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.office.OfficeImporter;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The document a command reads: a Word or Excel file (.docx, .doc, .xlsx, .xls, by its extension) through the
 * Office importer, anything else as text pasted out of Word or a PDF (UTF-8). A refused Office file is a
 * {@link CliException} with the refusal's message, like any file error.
 */
final class DocumentFiles {

    private final PasteImporter paste = new PasteImporter();
    private final OfficeImporter office = new OfficeImporter();

    ImportedDocument read(String argument, CliContext context) throws CliException {
        if (!OfficeImporter.accepts(argument)) {
            return paste.read(context.readUtf8(argument));
        }
        Path path = context.resolve(argument);
        if (Files.isDirectory(path)) {
            throw new CliException(Message.of("cli.error.directory", path.toString()));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return office.read(path.getFileName().toString(), in, ImportOptions.NONE, OfficeLimits.DEFAULTS);
        } catch (NoSuchFileException e) {
            throw new CliException(Message.of("cli.error.noFile", path.toString()), e);
        } catch (IOException e) {
            throw new CliException(
                    Message.of("cli.error.unreadable", path.toString(), String.valueOf(e.getMessage())), e);
        } catch (OfficeFileRefused e) {
            throw new CliException(e.message(), e);
        }
    }
}
