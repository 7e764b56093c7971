package cn.perftarget.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.SeedLikeTables;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.ValueKind;
import cn.perftarget.domain.value.ValueParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableJsonTest {

    private final TableJson json = new TableJson(ValueParser.DEFAULT);

    @Test
    void writesAndReadsEveryTableCellForCell() {
        for (TargetTable table : SeedLikeTables.all()) {
            TargetTable back = json.read(json.write(table));
            assertThat(back).isEqualTo(table);
            assertThat(back.indicators())
                    .extracting(IndicatorRow::valueText)
                    .containsExactlyElementsOf(table.indicators().stream()
                            .map(IndicatorRow::valueText)
                            .toList());
        }
    }

    @Test
    void storesAnIndicatorValueAsItsTextOnly() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(json.write(SeedLikeTables.expertReview()));
        JsonNode value = tree.get("indicators").get(0).get("value");
        assertThat(value.isTextual()).isTrue();
        assertThat(value.asText()).isEqualTo("＞0");
        assertThat(tree.get("budget").asText()).isEqualTo("12.00");
        assertThat(tree.toString()).doesNotContain("kind", "operator", "blank");
    }

    @Test
    void parsesValuesAgainOnReadingWithTheConfiguredParser() {
        TargetTable table = SeedLikeTables.printing();
        assertThat(table.indicators().get(1).value().kind()).isEqualTo(ValueKind.TEXT);

        TableJson withMoreGrades = new TableJson(new ValueParser(List.of("显著提升")));
        IndicatorValue reread =
                withMoreGrades.read(json.write(table)).indicators().get(1).value();

        assertThat(reread.original()).isEqualTo("显著提升");
        assertThat(reread.kind()).isEqualTo(ValueKind.GRADE);
    }

    @Test
    void readsSnapshotsWithPropertiesTheModelNoLongerHasAndMissingOnes() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ObjectNode tree = (ObjectNode) plain.readTree(json.write(SeedLikeTables.printing()));
        tree.put("retiredField", "旧字段");
        tree.remove("goals");

        TargetTable back = json.read(tree.toString());

        assertThat(back).isEqualTo(SeedLikeTables.printing().withGoals(""));
    }
}
