package com.kafkaconnectkraken.source.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldNamingTest {

    @Test
    void camelCaseSpellsTheTraderApiNamesOfSnakeCaseFields() {
        assertEquals("accountId", FieldNaming.CAMEL_CASE.wireName("account_id"));
        assertEquals("filledQuantity", FieldNaming.CAMEL_CASE.wireName("filled_quantity"));
        assertEquals("unrealizedPnl", FieldNaming.CAMEL_CASE.wireName("unrealized_pnl"));
        assertEquals("ts", FieldNaming.CAMEL_CASE.wireName("ts"));
        assertEquals("filled_quantity", FieldNaming.AS_IS.wireName("filled_quantity"));
    }
}
