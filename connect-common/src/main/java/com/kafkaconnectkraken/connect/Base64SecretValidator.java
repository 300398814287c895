package com.kafkaconnectkraken.connect;

import java.util.Base64;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Accepts a {@link Password} whose value is Base64 (surrounding whitespace ignored, as
 * {@code client.rest.ApiSigner} does), the form in which Kraken issues API secrets
 * (https://docs.kraken.com/api/docs/guides/spot-rest-auth). {@code null} passes. The error names the
 * key but never the value.
 */
public final class Base64SecretValidator implements ConfigDef.Validator {

    /**
     * @throws ConfigException if the value is not Base64; the message does not contain it
     */
    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            return;
        }
        try {
            Base64.getDecoder().decode(((Password) value).value().trim());
        } catch (IllegalArgumentException e) {
            // the cause would echo a character of the secret: not attached
            throw new ConfigException(name + " must be the Base64 API secret Kraken issued (value not shown)");
        }
    }

    @Override
    public String toString() {
        return "Base64 (value hidden)";
    }
}
