package cn.perftarget.domain.json;

import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.ValueParser;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/**
 * Jackson mapping of the table model. Records map by their components; an {@link IndicatorValue} is written as
 * the text the drafter typed and parsed again on reading (so a changed grammar or grade list applies to stored
 * tables); a {@link MoneyCell} is written as its text.
 */
public class TableJsonModule extends SimpleModule {

    public TableJsonModule(ValueParser parser) {
        super("perftarget-table");
        addSerializer(IndicatorValue.class, new StdScalarSerializer<>(IndicatorValue.class) {
            @Override
            public void serialize(IndicatorValue value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.original());
            }
        });
        addDeserializer(IndicatorValue.class, new StdScalarDeserializer<>(IndicatorValue.class) {
            @Override
            public IndicatorValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return parser.parse(_parseString(p, ctxt));
            }

            @Override
            public IndicatorValue getNullValue(DeserializationContext ctxt) {
                return parser.parse("");
            }
        });
        addSerializer(MoneyCell.class, new StdScalarSerializer<>(MoneyCell.class) {
            @Override
            public void serialize(MoneyCell value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.text());
            }
        });
        addDeserializer(MoneyCell.class, new StdScalarDeserializer<>(MoneyCell.class) {
            @Override
            public MoneyCell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return new MoneyCell(_parseString(p, ctxt));
            }

            @Override
            public MoneyCell getNullValue(DeserializationContext ctxt) {
                return MoneyCell.BLANK;
            }
        });
    }
}
