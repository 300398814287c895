package com.kafkaconnectkraken.source.mapping;

/**
 * How a venue spells the JSON field of a schema field: Kraken Spot and Futures use the schema's names as they are;
 * the Trader WebSocket API sends camelCase ({@code filledQuantity}) for the contract's snake_case
 * ({@code filled_quantity}), docs/protocol/trader-api.md §4. Fields a schema does not model keep their wire name
 * in {@code extra_fields}.
 */
public enum FieldNaming {
    /** The JSON field has the schema field's name. */
    AS_IS,
    /** The JSON field is the schema field's name in lower camelCase: {@code free_margin} is {@code freeMargin}. */
    CAMEL_CASE;

    /**
     * @param schemaField a schema field name, e.g. {@code account_id}
     * @return the JSON field name it is read from, e.g. {@code accountId}
     */
    public String wireName(String schemaField) {
        if (this == AS_IS || schemaField.indexOf('_') < 0) {
            return schemaField;
        }
        StringBuilder out = new StringBuilder(schemaField.length());
        boolean upper = false;
        for (int i = 0; i < schemaField.length(); i++) {
            char c = schemaField.charAt(i);
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
