package com.kafkaconnectkraken.source.futures;

import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.schema.DecimalTarget;
import com.kafkaconnectkraken.source.mapping.ConnectStructs;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * The {@code BookLevel} structs of {@code futures/book} records (price, qty in the task's decimal mode), built
 * straight from the book's levels, once per level: a book keeps each {@link BookLevel} instance until that level
 * changes, so a delta record, which repeats the top levels of the last one, builds the struct of the changed
 * level only and shares the others (structs are never modified once built). Remembers at most
 * {@code maxLevels} levels, then starts afresh. The values have the Java types of the level schema by construction
 * and are put without Connect's per-put validation ({@link ConnectStructs}). Reader thread only.
 */
final class BookLevelStructs {

    private final Schema schema;
    private final Field priceField;
    private final Field qtyField;
    private final DecimalHandlingMode mode;
    private final DecimalTarget price;
    private final DecimalTarget qty;
    private final int maxLevels;
    private final Map<BookLevel, Struct> built = new IdentityHashMap<>();

    /**
     * @param schema    the level struct schema (decimal mode applied)
     * @param precise   the same schema in PRECISE mode (gives the decimals' scale and precision)
     * @param mode      how decimals are written
     * @param maxLevels how many level structs to keep at most
     */
    BookLevelStructs(Schema schema, Schema precise, DecimalHandlingMode mode, int maxLevels) {
        this.schema = schema;
        this.priceField = schema.field("price");
        this.qtyField = schema.field("qty");
        this.mode = mode;
        this.price = DecimalTarget.of(precise.field("price").schema());
        this.qty = DecimalTarget.of(precise.field("qty").schema());
        this.maxLevels = maxLevels;
    }

    /**
     * @param levels book levels, best first
     * @return their structs, in the same order
     * @throws org.apache.kafka.connect.errors.DataException if a price or quantity does not fit the contract's decimal
     */
    List<Struct> of(List<BookLevel> levels) {
        List<Struct> out = new ArrayList<>(levels.size());
        for (BookLevel level : levels) {
            Struct struct = built.get(level);
            if (struct == null) {
                struct = ConnectStructs.put(new Struct(schema), priceField, mode.toConnectAt(level.price(), price));
                ConnectStructs.put(struct, qtyField, mode.toConnectAt(level.qty(), qty));
                if (built.size() >= maxLevels) {
                    built.clear();
                }
                built.put(level, struct);
            }
            out.add(struct);
        }
        return out;
    }
}
