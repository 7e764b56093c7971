package cn.perftarget.domain.json;

import cn.perftarget.domain.table.TableCodec;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.value.ValueParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The stored JSON form of a {@link TargetTable} (jsonb columns of target tables and revisions).
 * Uses its own mapper so that settings of the application's mapper never change what is stored.
 * Unknown properties are ignored, so snapshots written before a field was removed still read.
 */
@Component
public class TableJson implements TableCodec {

    private final ObjectMapper mapper;

    @Autowired
    public TableJson(ObjectProvider<ValueParser> parser) {
        this(parser.getIfUnique(() -> ValueParser.DEFAULT));
    }

    public TableJson(ValueParser parser) {
        this.mapper = JsonMapper.builder()
                .addModule(new TableJsonModule(parser))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public String write(TargetTable table) {
        try {
            return mapper.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("target table cannot be written as JSON", e);
        }
    }

    @Override
    public TargetTable read(String json) {
        try {
            return mapper.readValue(json, TargetTable.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored target table JSON cannot be read", e);
        }
    }
}
