package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

    @Test
    void rendersGroupsInDefinitionOrderAndKeysInGroupOrder() {
        ConfigDef def = new ConfigDef()
                .define("b.timeout.ms", Type.LONG, 500L, Range.atLeast(1), Importance.LOW, "Timeout in ms.",
                        "Second", 1, Width.SHORT, "Timeout")
                .define("a.topic", Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                        "Records go to <prefix>.<type>.", "First", 2, Width.MEDIUM, "Topic")
                .define("a.secret", Type.PASSWORD, "s3cr3t", Importance.HIGH, "A secret.", "First", 1, Width.LONG, "Secret")
                .define("loose", Type.LIST, List.of("x", "y"), Importance.MEDIUM, "No group.")
                .define("empty", Type.STRING, "", Importance.LOW, "Empty default.")
                .define("unset", Type.PASSWORD, null, Importance.LOW, "Null default.");
        String expected = """
                # Title

                Generated from the connector's ConfigDef; do not edit by hand.

                Intro text.

                ## Second

                ### `b.timeout.ms`

                Timeout in ms.

                - Type: long
                - Default: `500`
                - Valid values: [1,...]
                - Importance: low

                ## First

                ### `a.secret`

                A secret.

                - Type: password
                - Default: (hidden)
                - Importance: high

                ### `a.topic`

                Records go to \\<prefix>.\\<type>.

                - Type: string
                - Default: (required)
                - Importance: high

                ## Other

                ### `empty`

                Empty default.

                - Type: string
                - Default: ""
                - Importance: low

                ### `loose`

                No group.

                - Type: list
                - Default: `x,y`
                - Importance: medium

                ### `unset`

                Null default.

                - Type: password
                - Default: null
                - Importance: low
                """;
        assertEquals(expected, ConfigDocs.markdown("Title", "Intro text.", def));
    }

    @Test
    void classDefaultsShowTheClassName() {
        ConfigDef def = new ConfigDef().define("c", Type.CLASS, String.class, Importance.LOW, "A class.", "G", 1, Width.LONG, "C");
        String doc = ConfigDocs.markdown("T", "", def);
        assertEquals("""
                # T

                Generated from the connector's ConfigDef; do not edit by hand.

                ## G

                ### `c`

                A class.

                - Type: class
                - Default: `java.lang.String`
                - Importance: low
                """, doc);
    }

    @Test
    void incompleteNamesEveryKeyLackingDocGroupOrderWidthOrDisplayName() {
        ConfigDef def = new ConfigDef()
                .define("ok", Type.INT, 1, Importance.LOW, "Fine.", "G", 1, Width.SHORT, "OK")
                .define("bare", Type.INT, 1, Importance.LOW, "")
                .define("named.as.key", Type.INT, 1, Importance.LOW, "Doc.", "G", 2, Width.SHORT, "named.as.key");
        assertEquals(List.of("bare: no documentation, group, order in group, width, display name",
                "named.as.key: no display name"), ConfigDocs.incomplete(def));
    }
}
