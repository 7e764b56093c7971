package cn.perftarget.domain.demo;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the tables of the seed documents as drafts (编制中) of their units, each with its 导入 audit entry.
 * A table already there (same year and project code) is left alone, so restarts change nothing.
 */
@Component
public class DemoTablesLoader {

    static final String ACTOR = "system";
    static final String ACTOR_ROLE = "SYSTEM";

    private final PasteImporter importer = new PasteImporter();
    private final OrganisationRepository organisations;
    private final TargetTableRepository tables;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    public DemoTablesLoader(
            OrganisationRepository organisations,
            TargetTableRepository tables,
            AuditLog audit,
            TransactionTemplate transaction) {
        this.organisations = organisations;
        this.tables = tables;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** How many seed tables there are and how many of them this load added. */
    public record Loaded(int added, int seedTables) {}

    /** Adds the seed tables that are not there yet. */
    public Loaded load() {
        int added = 0;
        int seedTables = 0;
        for (DemoOrganisation.Document doc : DemoOrganisationLoader.read().documents()) {
            int[] counts = transaction.execute(status -> loadDocument(doc));
            added += counts[0];
            seedTables += counts[1];
        }
        return new Loaded(added, seedTables);
    }

    /** Returns {added, tables in the document}. */
    private int[] loadDocument(DemoOrganisation.Document doc) {
        String unitCode = doc.unit();
        String unitName = unitCode == null
                ? null
                : organisations.findByCode(unitCode).map(Organisation::name).orElse(null);
        ImportedDocument imported = importer.read(read(doc.file()), new ImportOptions(unitCode, unitName, doc.year()));
        int added = 0;
        for (TargetTable table : imported.tables()) {
            Organisation unit = organisations
                    .findByCode(table.unitCode())
                    .orElseThrow(() -> new IllegalStateException("demo data " + doc.file() + ": unit "
                            + table.unitCode() + " is not in the demo organisation"));
            Integer year = table.fiscalYear();
            if (year == null) {
                throw new IllegalStateException(
                        "demo data " + doc.file() + ": table " + table.projectCode() + " has no year");
            }
            if (tables.findByYearAndCode(year, table.projectCode()).isPresent()) {
                continue;
            }
            StoredTable stored = tables.insert(unit.savedId(), year, TableStatus.DRAFTING, table);
            audit.append(new AuditEvent(
                    stored.id(),
                    ACTOR,
                    ACTOR_ROLE,
                    AuditAction.IMPORT,
                    null,
                    TableStatus.DRAFTING,
                    MessageBundles.domain().chinese(Message.of("demo.imported", doc.file())),
                    null));
            added++;
        }
        return new int[] {added, imported.tables().size()};
    }

    private static String read(String file) {
        try (InputStream in = DemoTablesLoader.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo data file missing: seeds/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
